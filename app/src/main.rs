//! The reader entry point (`index.html`).

fn main() {
    yew::Renderer::<principle_lens::app::App>::new().render();
}
