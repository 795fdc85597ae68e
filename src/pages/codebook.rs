//! The codebook in full, editable: every principle's label, definition,
//! colour, cues, contra cues and exclusions (rules shown as they are). A valid
//! edit is applied a moment after typing stops, and every highlight and count
//! follows; an invalid one is kept as typed, with the reason, and the last
//! valid codebook stays in force. Diagnostics, reset, import and export.

use crate::codebook_draft::{check, settled};
use crate::components::codebook_diagnostics::CodebookDiagnostics;
use crate::components::principle_editor::{principle_editor, Editor};
use crate::download;
use crate::file_intake;
use crate::workspace_state::WorkspaceHandle;
use gloo::timers::callback::Timeout;
use lens_engine::codebook::Codebook;
use lens_engine::dictionary::{fresh_principle, read_codebook, to_quanteda_yaml};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long typing must pause before an edit is applied, in milliseconds.
const SETTLE_MS: u32 = 300;

/// The codebook page.
#[function_component(CodebookPage)]
pub fn codebook_page() -> Html {
    let ws = use_context::<WorkspaceHandle>().expect("workspace context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Codebook — Principle Lens")
    });
    let draft = use_state(|| ws.model.codebook());
    let problem = use_state(|| None::<String>);
    let notice = use_state(String::new);
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        // The codebook changed elsewhere (loaded, imported, reset): show it.
        let draft = draft.clone();
        let current = ws.model.codebook();
        use_effect_with(ws.model.generation, move |_| {
            if settled(&draft) != current {
                draft.set(current);
            }
        });
    }
    let apply = {
        let ws = ws.clone();
        let problem = problem.clone();
        Rc::new(move |book: Codebook, now: bool| {
            let book = match check(&book) {
                Ok(book) => book,
                Err(message) => {
                    pending.borrow_mut().take();
                    problem.set(Some(message));
                    return;
                }
            };
            problem.set(None);
            let (ws, problem) = (ws.clone(), problem.clone());
            let run = move || {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = ws.set_codebook(Some(book)).await {
                        problem.set(Some(e));
                    }
                })
            };
            if now {
                pending.borrow_mut().take();
                run();
            } else {
                *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, run));
            }
        })
    };
    let edit: Editor = {
        let draft = draft.clone();
        let apply = apply.clone();
        Rc::new(move |change: Box<dyn FnOnce(&mut Codebook)>| {
            let mut book = (*draft).clone();
            change(&mut book);
            draft.set(book.clone());
            apply(book, false);
        })
    };
    let reset = {
        let ws = ws.clone();
        let draft = draft.clone();
        let notice = notice.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            draft.set(Codebook::bundled());
            problem.set(None);
            notice.set("The default codebook is in force again.".into());
            let (ws, problem) = (ws.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = ws.set_codebook(None).await {
                    problem.set(Some(e));
                }
            });
        })
    };
    let applied = ws.model.codebook();
    let export_json = {
        let book = applied.clone();
        Callback::from(move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&book).expect("a codebook always serialises");
            download::text("principle-lens-codebook.json", "application/json", &json)
        })
    };
    let export_yaml = {
        let book = applied.clone();
        Callback::from(move |_: MouseEvent| {
            download::text(
                "principle-lens-codebook.yml",
                "application/yaml",
                &to_quanteda_yaml(&book),
            )
        })
    };
    let import = {
        let draft = draft.clone();
        let apply = apply.clone();
        let problem = problem.clone();
        let notice = notice.clone();
        let base = applied.clone();
        Callback::from(move |e: Event| {
            let (draft, apply, problem, notice, base) = (
                draft.clone(),
                apply.clone(),
                problem.clone(),
                notice.clone(),
                base.clone(),
            );
            file_intake::read_chosen(
                &e,
                Rc::new(move |name: String, intake| {
                    let read = intake.and_then(|text| {
                        read_codebook(&name, &text, &base).map_err(|e| {
                            format!("“{name}” cannot be read: {e}. Nothing was changed.")
                        })
                    });
                    match read {
                        Ok(book) => {
                            notice.set(format!(
                                "Imported “{name}”: {} principles.",
                                book.principles.len()
                            ));
                            draft.set(book.clone());
                            apply(book, true);
                        }
                        Err(e) => {
                            notice.set(String::new());
                            problem.set(Some(e));
                        }
                    }
                }),
            );
        })
    };
    let add_principle = {
        let edit = edit.clone();
        Callback::from(move |_: MouseEvent| {
            edit(Box::new(|b: &mut Codebook| {
                let p = fresh_principle(b, "New principle");
                b.principles.push(p);
            }))
        })
    };
    let name_input = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            edit(Box::new(move |b: &mut Codebook| b.name = v))
        })
    };
    let is_default = applied == Codebook::bundled();
    html! {
        <main id="main" class="page codebook-page" tabindex="-1">
            <h1>{ "Codebook" }</h1>
            <p class="lede">
                { "What counts as arguing each principle. Edit any of it: highlights and counts follow as you type. " }
                <strong>{ if is_default { "This is the default codebook." } else { "This codebook is edited: results made with it are marked as such." } }</strong>
            </p>
            <p role="status" class="status">{ (*notice).clone() }</p>
            <div role="alert" class="problems">{ for problem.iter().map(|p| html! { <p>{ p }</p> }) }</div>
            <div class="codebook-actions">
                <button type="button" onclick={reset} disabled={is_default}>{ "Reset to default" }</button>
                <button type="button" onclick={export_json}>{ "Export codebook (JSON)" }</button>
                <button type="button" onclick={export_yaml}>{ "Export codebook (quanteda YAML)" }</button>
                <label for="codebook-import">{ "Import a codebook (.json, .yml)" }</label>
                <input id="codebook-import" type="file" accept=".json,.yml,.yaml,application/json,application/yaml" onchange={import} />
            </div>
            <p class="field">
                <label for="codebook-name">{ "Name" }</label>
                <input id="codebook-name" type="text" value={draft.name.clone()} oninput={name_input} />
            </p>
            <h2>{ "Principles" }</h2>
            { for draft.principles.iter().enumerate().map(|(i, p)| principle_editor(i, p, &edit)) }
            <p><button type="button" onclick={add_principle}>{ "Add a principle" }</button></p>
            <CodebookDiagnostics />
        </main>
    }
}
