//! Your texts: add them, see them analysed, rename, delete, and keep the
//! workspace as a file. Nothing leaves the browser.

use crate::components::add_texts::AddTexts;
use crate::components::texts_list::TextsList;
use crate::components::workspace_file::WorkspaceFile;
use crate::workspace_state::WorkspaceHandle;
use yew::prelude::*;

/// The texts page.
#[function_component(TextsPage)]
pub fn texts_page() -> Html {
    let ws = use_context::<WorkspaceHandle>().expect("workspace context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Your texts — Principle Lens")
    });
    html! {
        <main id="main" class="page texts-page" tabindex="-1">
            <h1>{ "Your texts" }</h1>
            <p class="lede">{ "Bring the speeches you study. They are analysed in your browser with the codebook in force, join the library marked as yours, and open in the reader, compare and concordance views. They are kept in this browser's storage, offline too; nothing is sent anywhere." }</p>
            if !ws.model.load_problems.is_empty() {
                <div role="alert" class="problems">
                    <p>{ "Some of what this browser stored could not be read:" }</p>
                    <ul>{ for ws.model.load_problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            <TextsList />
            <AddTexts />
            <WorkspaceFile />
        </main>
    }
}
