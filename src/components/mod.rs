//! One file per component, plus the small helpers they share (marks, labels, focus).

pub mod banners;
pub mod drafts_panel;
pub mod export_menu;
pub mod findings_panel;
pub mod focus;
pub mod guide;
pub mod labels;
pub mod marks;
pub mod meta_form;
pub mod question_dialog;
pub mod report_editor;
pub mod report_table;
pub mod signature_block;
pub mod status_line;
pub mod table_scroll;
pub mod text_field;
pub mod toolbar;
pub mod value_input;
