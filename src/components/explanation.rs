//! Why a sentence is highlighted: for each principle it carries, the
//! definition, whether it argues for it or rejects its opposite, which cues
//! and rules fired, and whether the codebook, the classifier or both found it.

use crate::components::principle_badge::PrincipleBadge;
use crate::components::SpeechViewProps;
use crate::corpus_data::CorpusData;
use crate::format;
use crate::state::{Action, ViewState};
use lens_engine::annotate::{AxisSide, CueKind, Stance};
use std::rc::Rc;
use yew::prelude::*;

/// The explanation panel.
#[function_component(Explanation)]
pub fn explanation(props: &SpeechViewProps) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    let analysis = &data.speeches[props.speech].analysis;
    let principles = data.principles();
    let text = analysis.text();
    let Some(n) = props.selected else {
        return html! {
            <aside class="explain" aria-labelledby="explain-title">
                <h2 id="explain-title">{ "Why it is highlighted" }</h2>
                <p class="hint">{ "Click, tap or Tab to a highlighted sentence to see which principle it carries, the cues and rules that found it, and whether it argues for the principle or rejects its opposite." }</p>
            </aside>
        };
    };
    let ann = &analysis.sentences[n];
    let close = Callback::from(move |_: MouseEvent| {
        dispatch.dispatch(Action::Select {
            sentence: None,
            focus: false,
        })
    });
    let labels: Vec<&str> = ann
        .principles
        .iter()
        .map(|h| principles[h.principle].label.as_str())
        .collect();
    let quoted = |spans: &mut dyn Iterator<Item = std::ops::Range<usize>>| -> String {
        spans
            .map(|s| format!("“{}”", &text[s]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <aside class="explain open" aria-labelledby="explain-title">
            <h2 id="explain-title">{ format!("Why sentence {} is highlighted", n + 1) }</h2>
            <p class="vh" aria-live="polite">{ format!("Sentence {}: {}", n + 1, if labels.is_empty() { "no principle".to_string() } else { labels.join(", ") }) }</p>
            <blockquote>{ analysis.sentence_text(n) }</blockquote>
            if ann.principles.is_empty() {
                <p>{ "This sentence carries no principle of the codebook." }</p>
            }
            <ul class="reasons">
                { for ann.principles.iter().map(|hit| {
                    let p = &principles[hit.principle];
                    let stance = match hit.stance {
                        Stance::For => "Argues for this principle.",
                        Stance::AgainstOpposite => "Rejects the opposite that this principle rejects.",
                    };
                    html! {
                        <li class="reason" data-principle={p.id.clone()}>
                            <h3>
                                <PrincipleBadge letter={p.letter.clone()} colour={p.colour.clone()} index={hit.principle} />
                                { &p.label }
                                if !props.shown[hit.principle] { <span class="hidden-note">{ " (hidden in the text)" }</span> }
                            </h3>
                            <p class="stance">{ stance }</p>
                            <p class="source" data-source={hit.source.as_str()}>{ format::source_note(hit.source, hit.score) }</p>
                            <p class="definition">{ &p.definition }</p>
                            if !hit.cues.is_empty() {
                                <ul class="cues">
                                    { for hit.cues.iter().map(|c| {
                                        let (kind, pattern) = match c.kind {
                                            CueKind::Cue => ("cue", &p.cues[c.index]),
                                            CueKind::Contra => ("contra cue, naming the opposite", &p.contra[c.index]),
                                        };
                                        html! { <li><q class="cue-text">{ &text[c.span.clone()] }</q>{ format!(" — {kind} ") }<code>{ pattern }</code></li> }
                                    }) }
                                </ul>
                            }
                            if !hit.rules.is_empty() {
                                <ul class="rules">
                                    { for hit.rules.iter().map(|r| {
                                        let rule = &p.rules[r.index];
                                        html! { <li>{ "Rule " }<code>{ &rule.id }</code>{ format!(": {}; terms {}", rule.description, quoted(&mut r.spans.iter().cloned())) }</li> }
                                    }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="axis-note">
                { "On the security–development axis: " }
                <strong>{ match ann.axis { AxisSide::Security => "security", AxisSide::Development => "development", AxisSide::Both => "where both meet", AxisSide::Neither => "neither" } }</strong>
                if !ann.security.is_empty() { { format!(" · {}: {}", format::count(ann.security.len(), "security term", "security terms"), quoted(&mut ann.security.iter().cloned())) } }
                if !ann.development.is_empty() { { format!(" · {}: {}", format::count(ann.development.len(), "development term", "development terms"), quoted(&mut ann.development.iter().cloned())) } }
            </p>
            <button type="button" class="close" onclick={close}>{ "Close" }</button>
        </aside>
    }
}
