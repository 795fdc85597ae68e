//! The editor of one principle: label, colour, definition, and its cue,
//! contra-cue and exclusion lists (rules shown as they are). Each edit goes to
//! the page's [`Editor`], which keeps the draft and applies it.

use crate::codebook_draft::{summary, List};
use lens_engine::codebook::{Codebook, Principle};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Applies a change to the draft (and, once valid and settled, to the workspace).
pub type Editor = Rc<dyn Fn(Box<dyn FnOnce(&mut Codebook)>)>;

/// The editor of principle `i`.
pub fn principle_editor(i: usize, p: &Principle, edit: &Editor) -> Html {
    let id = |field: &str| format!("p{i}-{field}");
    let text_field = |set: fn(&mut Principle, String)| {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            edit(Box::new(move |b: &mut Codebook| {
                set(&mut b.principles[i], v)
            }))
        })
    };
    let definition = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            edit(Box::new(move |b: &mut Codebook| {
                b.principles[i].definition = v
            }))
        })
    };
    let list_field = |list: List, label: &'static str, hint: &'static str| {
        let edit = edit.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            edit(Box::new(move |b: &mut Codebook| {
                *list.of(&mut b.principles[i]) = v.split('\n').map(str::to_string).collect()
            }))
        });
        let mut principle = p.clone();
        let value = list.of(&mut principle).join("\n");
        let field_id = id(label);
        html! {
            <p class="field">
                <label for={field_id.clone()}>{ label }</label>
                <textarea id={field_id.clone()} rows="5" value={value} {oninput} aria-describedby={format!("{field_id}-hint")} />
                <span class="hint" id={format!("{field_id}-hint")}>{ hint }</span>
            </p>
        }
    };
    let remove = {
        let edit = edit.clone();
        Callback::from(move |_: MouseEvent| {
            edit(Box::new(move |b: &mut Codebook| {
                b.principles.remove(i);
            }))
        })
    };
    html! {
        <details class="principle-editor" key={p.id.clone()}>
            <summary>
                <span class="letter" style={format!("background:{}", p.colour)} aria-hidden="true">{ &p.letter }</span>
                { summary(p) }
            </summary>
            <p class="field">
                <label for={id("label")}>{ "Label" }</label>
                <input id={id("label")} type="text" value={p.label.clone()} oninput={text_field(|p, v| p.label = v)} />
            </p>
            <p class="field">
                <label for={id("colour")}>{ "Colour" }</label>
                <input id={id("colour")} type="color" value={p.colour.clone()} oninput={text_field(|p, v| p.colour = v)} />
                { format!(" letter {}, id {}", p.letter, p.id) }
            </p>
            <p class="field">
                <label for={id("definition")}>{ "Definition" }</label>
                <textarea id={id("definition")} rows="3" value={p.definition.clone()} oninput={definition} />
            </p>
            { list_field(List::Cues, "Cues", "one phrase per line; * at the end of a word matches any ending") }
            { list_field(List::Contra, "Contra cues", "phrases naming the opposite this principle rejects") }
            { list_field(List::Exclusions, "Exclusions", "phrases that veto any cue they overlap") }
            if !p.rules.is_empty() {
                <div class="rules">
                    <h3>{ "Rules" }</h3>
                    <ul>{ for p.rules.iter().map(|r| html! {
                        <li><strong>{ &r.id }</strong>{ format!(": {} — one term from each of: ", r.description) }
                            { r.all_of.iter().map(|g| g.join(" | ")).collect::<Vec<_>>().join("; and ") }</li>
                    }) }</ul>
                </div>
            }
            <button type="button" class="danger" onclick={remove}>{ format!("Remove principle “{}”", p.label) }</button>
        </details>
    }
}
