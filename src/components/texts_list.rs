//! The reader's texts: each with its analysis (progress and a cancel button
//! while it runs), a link to open it, and rename and delete.

use crate::components::outcome::Outcome;
use crate::format;
use crate::route::reader_href;
use crate::workspace_state::{TextStatus, WorkspaceHandle};
use lens_engine::workspace::UserText;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`TextRow`].
#[derive(Properties, PartialEq)]
struct RowProps {
    /// The text's id.
    id: String,
    /// Reports what was done, or what failed.
    on_message: Callback<Result<String, String>>,
}

/// One text of the list.
#[function_component(TextRow)]
fn text_row(props: &RowProps) -> Html {
    let ws = use_context::<WorkspaceHandle>().expect("workspace context");
    let renaming = use_state(|| None::<String>);
    let confirming = use_state(|| false);
    let Some(t) = ws.model.stored.texts.iter().find(|t| t.id == props.id) else {
        return html! {};
    };
    let status = ws.model.status.get(&t.id).cloned();
    let state = match &status {
        Some(TextStatus::Ready(speech)) => html! {
            <span>{ format::count(speech.stats.words, "word", "words") }{ ", " }{ format::count(speech.stats.sentences, "sentence", "sentences") }</span>
        },
        Some(TextStatus::Cancelled) => {
            let retry = {
                let ws = ws.clone();
                let id = t.id.clone();
                Callback::from(move |_: MouseEvent| ws.retry(&id))
            };
            html! { <span>{ "Analysis cancelled. " }<button type="button" onclick={retry}>{ format!("Analyse “{}”", t.title) }</button></span> }
        }
        Some(TextStatus::Analysing(_)) | Some(TextStatus::Waiting) | None => {
            let fraction = match &status {
                Some(TextStatus::Analysing(f)) => *f,
                _ => 0.0,
            };
            let cancel = {
                let ws = ws.clone();
                let id = t.id.clone();
                Callback::from(move |_: MouseEvent| ws.cancel(&id))
            };
            let percent = (fraction * 100.0).round() as u32;
            html! {
                <span class="analysing">
                    <label for={format!("progress-{}", t.id)}>{ "Analysing " }</label>
                    <progress id={format!("progress-{}", t.id)} max="100" value={percent.to_string()}>{ format!("{percent}%") }</progress>
                    <span aria-hidden="true">{ format!(" {percent}% ") }</span>
                    <button type="button" onclick={cancel}>{ format!("Cancel analysis of “{}”", t.title) }</button>
                </span>
            }
        }
    };
    let title = if matches!(status, Some(TextStatus::Ready(_))) {
        html! { <a href={reader_href(&t.id, "")}>{ &t.title }</a> }
    } else {
        html! { <span>{ &t.title }</span> }
    };
    let rename_form = renaming.as_ref().map(|draft| {
        let input_id = format!("rename-{}", t.id);
        let oninput = {
            let renaming = renaming.clone();
            Callback::from(move |e: InputEvent| {
                renaming.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
            })
        };
        let save = {
            let ws = ws.clone();
            let id = t.id.clone();
            let draft = draft.clone();
            let renaming = renaming.clone();
            let on_message = props.on_message.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let Some(text) = ws.model.stored.texts.iter().find(|t| t.id == id) else {
                    return;
                };
                let title = draft.trim().to_string();
                if title.is_empty() {
                    on_message.emit(Err(format!(
                        "“{}” was not renamed: give it a title.",
                        text.title
                    )));
                    return;
                }
                let renamed = UserText {
                    title: title.clone(),
                    ..text.clone()
                };
                let (ws, renaming, on_message) = (ws.clone(), renaming.clone(), on_message.clone());
                let old = text.title.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match ws.store_texts(vec![renamed]).await {
                        Ok(()) => {
                            renaming.set(None);
                            on_message.emit(Ok(format!("Renamed “{old}” to “{title}”.")));
                        }
                        Err(problem) => on_message.emit(Err(problem)),
                    }
                });
            })
        };
        let cancel = {
            let renaming = renaming.clone();
            Callback::from(move |_: MouseEvent| renaming.set(None))
        };
        html! {
            <form class="rename" onsubmit={save}>
                <label for={input_id.clone()}>{ format!("New title for “{}”", t.title) }</label>
                <input id={input_id} type="text" value={draft.clone()} {oninput} required=true />
                <button type="submit">{ "Save title" }</button>
                <button type="button" class="quiet" onclick={cancel}>{ "Keep title" }</button>
            </form>
        }
    });
    let start_rename = {
        let renaming = renaming.clone();
        let title = t.title.clone();
        Callback::from(move |_: MouseEvent| renaming.set(Some(title.clone())))
    };
    let delete = {
        let ws = ws.clone();
        let id = t.id.clone();
        let confirming = confirming.clone();
        let on_message = props.on_message.clone();
        Callback::from(move |_: MouseEvent| {
            if !*confirming {
                confirming.set(true);
                return;
            }
            let Some(text) = ws.model.stored.texts.iter().find(|t| t.id == id).cloned() else {
                return;
            };
            let (ws, on_message) = (ws.clone(), on_message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ws.delete(&text).await {
                    Ok(()) => on_message.emit(Ok(format!("Deleted “{}”.", text.title))),
                    Err(problem) => on_message.emit(Err(problem)),
                }
            });
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    html! {
        <tr>
            <th scope="row">{ title }<span class="own-mark">{ " (yours)" }</span></th>
            <td>{ t.meta().date_label() }</td>
            <td>{ if t.speaker.is_empty() { "—" } else { &t.speaker } }</td>
            <td>{ state }</td>
            <td class="actions">
                if let Some(form) = rename_form { { form } } else {
                    <button type="button" onclick={start_rename}>{ format!("Rename “{}”", t.title) }</button>
                }
                <button type="button" class={classes!(confirming.then_some("danger"))} onclick={delete}>
                    { if *confirming { format!("Confirm: delete “{}”", t.title) } else { format!("Delete “{}”", t.title) } }
                </button>
                if *confirming {
                    <button type="button" class="quiet" onclick={keep}>{ "Keep it" }</button>
                }
            </td>
        </tr>
    }
}

/// The list of the reader's texts.
#[function_component(TextsList)]
pub fn texts_list() -> Html {
    let ws = use_context::<WorkspaceHandle>().expect("workspace context");
    let message = use_state(|| None::<Result<String, String>>);
    let on_message = {
        let message = message.clone();
        Callback::from(move |m| message.set(Some(m)))
    };
    let texts = &ws.model.stored.texts;
    html! {
        <section class="your-texts" aria-labelledby="your-texts-heading">
            <h2 id="your-texts-heading">{ format!("Your texts ({})", texts.len()) }</h2>
            <Outcome outcome={(*message).clone()} />
            if !ws.model.loaded {
                <p aria-busy="true">{ "Reading your texts from this browser's storage…" }</p>
            } else if texts.is_empty() {
                <p>{ "None yet. Texts you add stay in this browser only: nothing is sent anywhere." }</p>
            } else {
                <table class="texts">
                    <thead><tr><th scope="col">{ "Title" }</th><th scope="col">{ "Date" }</th><th scope="col">{ "Speaker" }</th><th scope="col">{ "Analysis" }</th><th scope="col">{ "Actions" }</th></tr></thead>
                    <tbody>
                        { for texts.iter().map(|t| html! { <TextRow key={t.id.clone()} id={t.id.clone()} on_message={on_message.clone()} /> }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
