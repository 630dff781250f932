//! The box a table sits in. When the sheet is narrower than the table can be without cutting its
//! digits (a phone, a narrow window), the box scrolls sideways instead of the table squeezing.
//! Only then: a scrolling box clips whatever pops out of it, so a cell's message is then shown at
//! the foot of the window rather than beside the cell (styles: `.table-scroll.scrolls`).

use gloo::events::EventListener;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableScrollProps {
    pub children: Html,
}

#[component]
pub fn TableScroll(props: &TableScrollProps) -> Html {
    let node = use_node_ref();
    // _eq: measuring on every resize re-renders only when the answer changes.
    let scrolls = use_state_eq(|| false);
    {
        let node = node.clone();
        let scrolls = scrolls.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(element) = node.cast::<web_sys::Element>() {
                    // scrollWidth counts what overflows whether or not the box scrolls yet.
                    scrolls.set(element.scroll_width() > element.client_width());
                }
            };
            measure();
            // The sheet's width follows the window's (the findings panel moves below it on
            // narrower screens), so the window's resizing is all there is to follow.
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    html! {
        <div ref={node} class={classes!("table-scroll", scrolls.then_some("scrolls"))}>
            { props.children.clone() }
        </div>
    }
}
