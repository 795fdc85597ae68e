//! The whole workspace as one file: exported to keep or move, imported to
//! add its texts (and its codebook) here. A file that does not read changes
//! nothing and says which line is wrong.

use crate::components::outcome::Outcome;
use crate::download;
use crate::file_intake;
use crate::workspace_state::WorkspaceHandle;
use lens_engine::workspace::Workspace;
use std::rc::Rc;
use yew::prelude::*;

/// Export and import of the workspace file.
#[function_component(WorkspaceFile)]
pub fn workspace_file() -> Html {
    let ws = use_context::<WorkspaceHandle>().expect("workspace context");
    let message = use_state(|| None::<Result<String, String>>);
    let export = {
        let ws = ws.clone();
        Callback::from(move |_: MouseEvent| {
            download::text(
                "principle-lens.lens-workspace.json",
                "application/json",
                &ws.model.stored.to_json(),
            )
        })
    };
    let import = {
        let ws = ws.clone();
        let message = message.clone();
        Callback::from(move |e: Event| {
            let (ws, message) = (ws.clone(), message.clone());
            file_intake::read_chosen(
                &e,
                Rc::new(move |name: String, intake| {
                    let read = intake.and_then(|json| {
                        Workspace::from_json(&json).map_err(|e| format!("“{name}”: {e}"))
                    });
                    let incoming = match read {
                        Ok(incoming) => incoming,
                        Err(problem) => return message.set(Some(Err(problem))),
                    };
                    let mut merged = (*ws.model.stored).clone();
                    let before = merged.texts.len();
                    let codebook = incoming.codebook.clone();
                    let (added, skipped) = merged.merge(incoming);
                    let new_texts = merged.texts.split_off(before);
                    let (ws, message) = (ws.clone(), message.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if !new_texts.is_empty() {
                            if let Err(problem) = ws.store_texts(new_texts).await {
                                return message.set(Some(Err(problem)));
                            }
                        }
                        let mut said = format!("Imported “{name}”: added {}", added.len());
                        said.push_str(if added.len() == 1 { " text" } else { " texts" });
                        if !skipped.is_empty() {
                            said.push_str(&format!(
                                "; skipped {} already in your library ({})",
                                skipped.len(),
                                skipped.join(", ")
                            ));
                        }
                        if codebook.is_some() {
                            if let Err(problem) = ws.set_codebook(codebook).await {
                                return message.set(Some(Err(problem)));
                            }
                            said.push_str("; its codebook is now in force");
                        }
                        said.push('.');
                        message.set(Some(Ok(said)));
                    });
                }),
            );
        })
    };
    html! {
        <section class="workspace-file" aria-labelledby="workspace-file-heading">
            <h2 id="workspace-file-heading">{ "Workspace file" }</h2>
            <p>{ "One file with your texts, their details and your codebook: keep it as a backup, or open it in another browser." }</p>
            <Outcome outcome={(*message).clone()} />
            <p>
                <button type="button" onclick={export}>{ "Export workspace" }</button>
                { " " }
                <label for="workspace-import">{ "Import a workspace file" }</label>
                <input id="workspace-import" type="file" accept=".json,application/json" onchange={import} />
            </p>
        </section>
    }
}
