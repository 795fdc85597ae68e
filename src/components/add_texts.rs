//! Adding texts: paste one, or choose or drop files. Each waits with its own
//! details form until it is added; one that cannot be added stays, with the
//! reason, and nothing already stored changes.

use crate::components::text_details::TextDetailsFields;
use crate::file_intake::{self, Intake};
use crate::intake_state::{added_status, prepare, title_of, IntakeChange, Intakes, Pending};
use crate::workspace_state::WorkspaceHandle;
use lens_engine::workspace::TextDetails;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The add-texts section.
#[function_component(AddTexts)]
pub fn add_texts() -> Html {
    let ws = use_context::<WorkspaceHandle>().expect("workspace context");
    let pasted = use_state(String::new);
    let paste_details = use_state(TextDetails::default);
    let intakes = use_reducer(Intakes::default);
    let busy = use_state(|| false);
    let dragging = use_state(|| false);

    // Files arrive one by one from their readers.
    let take_files = {
        let intakes = intakes.dispatcher();
        move |files: Vec<web_sys::File>| {
            intakes.dispatch(IntakeChange::Begin);
            let intakes = intakes.clone();
            let arrived: Rc<dyn Fn(String, Intake)> =
                Rc::new(move |file: String, intake: Intake| {
                    intakes.dispatch(match intake {
                        Ok(text) => IntakeChange::Arrived(Pending {
                            details: TextDetails {
                                title: title_of(&file),
                                ..Default::default()
                            },
                            file,
                            text: Rc::from(text),
                            problem: None,
                        }),
                        Err(problem) => IntakeChange::Refused(problem),
                    })
                });
            file_intake::read(files, arrived);
        }
    };
    let on_choose = {
        let take = take_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                take((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let take = take_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                take((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    // Adding: pasted text and waiting files go the same way.
    let add = {
        let ws = ws.clone();
        let messages = intakes.dispatcher();
        let busy = busy.clone();
        move |mut items: Vec<Pending>, files: bool, after: Rc<dyn Fn(bool)>| {
            let ready = prepare(&ws.model.stored, &mut items);
            let problems: Vec<String> = items.iter().filter_map(|p| p.problem.clone()).collect();
            let left: Vec<Pending> = items.into_iter().filter(|p| p.problem.is_some()).collect();
            let all_added = left.is_empty();
            let left = files.then_some(left);
            if ready.is_empty() {
                messages.dispatch(IntakeChange::Added {
                    left,
                    status: String::new(),
                    problems,
                });
                return;
            }
            let ws = ws.clone();
            let messages = messages.clone();
            let busy = busy.clone();
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let titles: Vec<String> = ready.iter().map(|t| t.title.clone()).collect();
                match ws.store_texts(ready).await {
                    Ok(()) => {
                        messages.dispatch(IntakeChange::Added {
                            left,
                            status: added_status(&titles),
                            problems,
                        });
                        after(all_added);
                    }
                    Err(problem) => messages.dispatch(IntakeChange::Added {
                        left: None,
                        status: String::new(),
                        problems: vec![problem],
                    }),
                }
                busy.set(false);
            });
        }
    };
    let add_pasted = {
        let add = add.clone();
        let pasted = pasted.clone();
        let details = paste_details.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let item = Pending {
                file: "pasted".into(),
                text: Rc::from(pasted.as_str()),
                details: (*details).clone(),
                problem: None,
            };
            let pasted = pasted.clone();
            let details = details.clone();
            add(
                vec![item],
                false,
                Rc::new(move |all_added: bool| {
                    if all_added {
                        pasted.set(String::new());
                        details.set(TextDetails::default());
                    }
                }),
            );
        })
    };
    let add_files = {
        let add = add.clone();
        let intakes = intakes.clone();
        Callback::from(move |_: MouseEvent| add(intakes.pending.clone(), true, Rc::new(|_| ())))
    };

    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let set_paste_details = {
        let details = paste_details.clone();
        Callback::from(move |d: TextDetails| details.set(d))
    };
    html! {
        <section class="add-texts" aria-labelledby="add-heading">
            <h2 id="add-heading">{ "Add texts" }</h2>
            <p role="status" class="status">{ &intakes.status }</p>
            <div role="alert" class="problems">
                if !intakes.problems.is_empty() {
                    <p>{ "Not added:" }</p>
                    <ul>{ for intakes.problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                }
            </div>
            <form class="paste" onsubmit={add_pasted}>
                <h3>{ "Paste a text" }</h3>
                <p class="field">
                    <label for="paste-text">{ "Text" }</label>
                    <textarea id="paste-text" rows="8" value={(*pasted).clone()} oninput={on_paste_input} />
                </p>
                <TextDetailsFields id="paste" details={(*paste_details).clone()} on_change={set_paste_details} />
                <button type="submit" disabled={*busy}>{ "Add to library" }</button>
            </form>
            <div class={classes!("files", dragging.then_some("dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <h3>{ "Or add files" }</h3>
                <p>
                    <label for="file-input">{ "Choose .txt, .md or .html files" }</label>
                    <input id="file-input" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onchange={on_choose} />
                </p>
                <p class="hint">{ "or drop them here. HTML is reduced to its text; scripts and styles are ignored. Up to 16 MB each." }</p>
            </div>
            if !intakes.pending.is_empty() {
                <section class="pending" aria-labelledby="pending-heading">
                    <h3 id="pending-heading">{ format!("Waiting for details ({})", intakes.pending.len()) }</h3>
                    <ol>
                        { for intakes.pending.iter().enumerate().map(|(i, p)| {
                            let on_change = {
                                let intakes = intakes.dispatcher();
                                Callback::from(move |d: TextDetails| intakes.dispatch(IntakeChange::Details(i, d)))
                            };
                            let remove = {
                                let intakes = intakes.dispatcher();
                                Callback::from(move |_: MouseEvent| intakes.dispatch(IntakeChange::Remove(i)))
                            };
                            html! {
                                <li key={format!("{i}-{}", p.file)}>
                                    <fieldset>
                                        <legend>{ format!("{} ({} bytes)", p.file, p.text.len()) }</legend>
                                        if let Some(problem) = &p.problem {
                                            <p class="problem">{ problem }</p>
                                        }
                                        <TextDetailsFields id={format!("pending-{i}")} details={p.details.clone()} {on_change} />
                                        <button type="button" class="quiet" onclick={remove}>{ format!("Remove {}", p.file) }</button>
                                    </fieldset>
                                </li>
                            }
                        }) }
                    </ol>
                    <button type="button" onclick={add_files} disabled={*busy}>
                        { if intakes.pending.len() == 1 { "Add this file to library".to_string() } else { format!("Add these {} files to library", intakes.pending.len()) } }
                    </button>
                </section>
            }
        </section>
    }
}
