//! The browser entry point: mounts the editor into the page body.

fn main() {
    yew::Renderer::<nianbao_app::App>::new().render();
}
