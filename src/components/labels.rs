//! Header labels of the tables, wrapped where the printed tables wrap them. Every label comes from
//! the library's layout; accessible names of inputs come from `nianbao::names`.

/// A header label wrapped where the printed table wraps it (商业/企业).
pub fn header_lines(lines: &[&str]) -> yew::Html {
    use yew::html;
    html! {
        <>
            { for lines.iter().enumerate().map(|(i, line)| html! {
                <>
                    if i > 0 { <br /> }
                    { *line }
                </>
            }) }
        </>
    }
}
