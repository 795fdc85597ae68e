//! The exploration entry point (`explore.html`).

fn main() {
    yew::Renderer::<principle_lens::explore::ExploreApp>::new().render();
}
