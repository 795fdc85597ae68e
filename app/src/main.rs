//! Principle Lens in the browser: the bundled speeches, analysed by the engine
//! on load, shown with every principle's evidence. Nothing leaves the page.

mod app;
mod components;
mod corpus_data;
mod format;
mod hooks;
mod route;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
