//! Where each shown principle's sentences fall in the speech: a strip per
//! principle with a mark at each of its sentences (AntConc's dispersion plot).

use crate::components::principle_badge::PrincipleBadge;
use crate::components::SpeechViewProps;
use crate::corpus_data::CorpusData;
use crate::format;
use crate::state::{Action, ViewState};
use lens_engine::highlight::dispersion as marks_of;
use std::rc::Rc;
use yew::prelude::*;

/// At most this many marks per strip: a mark per sentence in a speech of up
/// to this many sentences, a mark per stretch of sentences in a longer text.
const MARKS: usize = 60;

/// The dispersion strips; each mark is a button that jumps to its sentence.
/// The marks are left out of the Tab order (a long speech would put dozens of
/// stops there); the legend's previous and next buttons make the same jumps.
#[function_component(Dispersion)]
pub fn dispersion(props: &SpeechViewProps) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    let analysis = &data.speeches[props.speech].analysis;
    let total = analysis.sentences.len().max(1);
    let rows: Vec<Html> = data
        .principles()
        .iter()
        .enumerate()
        .filter(|(i, _)| props.shown[*i])
        .filter_map(|(i, p)| {
            let marks = marks_of(analysis, i, MARKS);
            let count: usize = marks.iter().map(|m| m.count).sum();
            (!marks.is_empty()).then(|| {
                html! {
                    <li key={p.id.clone()}>
                        <span class="row-label"><PrincipleBadge letter={p.letter.clone()} colour={p.colour.clone()} index={i} />{ &p.label }</span>
                        <div class="strip" role="group" aria-label={format!("{}: {} sentences", p.label, count)} style={format!("--c:{};--slots:{}", p.colour, total.clamp(1, MARKS))}>
                            { for marks.iter().map(|m| {
                                let first = m.first;
                                let jump = {
                                    let dispatch = dispatch.clone();
                                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select { sentence: Some(first), focus: true }))
                                };
                                let label = if m.sentences.len() == 1 {
                                    format!("Sentence {} of {}", first + 1, format::thousands(total))
                                } else {
                                    format!("Sentences {}–{} of {}: {} with this principle", format::thousands(m.sentences.start + 1),
                                        format::thousands(m.sentences.end), format::thousands(total), format::thousands(m.count))
                                };
                                html! {
                                    <button type="button" class="tick" tabindex="-1" style={format!("left:{}%", format::fixed(m.position, 2))} onclick={jump}
                                        aria-current={props.selected.is_some_and(|n| m.sentences.contains(&n)).then_some("true")}
                                        aria-label={label}></button>
                                }
                            }) }
                        </div>
                    </li>
                }
            })
        })
        .collect();
    html! {
        <section class="dispersion" aria-labelledby="dispersion-title">
            <h2 id="dispersion-title">{ "Where they fall" }</h2>
            if rows.is_empty() {
                <p class="empty">{ "No shown principle is argued in this speech." }</p>
            } else {
                <ul>{ for rows }</ul>
            }
        </section>
    }
}
