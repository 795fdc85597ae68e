//! Where each shown principle's sentences fall in the speech: a strip per
//! principle with a mark at each of its sentences (AntConc's dispersion plot).

use crate::components::principle_badge::PrincipleBadge;
use crate::components::SpeechViewProps;
use crate::corpus_data::CorpusData;
use crate::format;
use crate::state::{Action, ViewState};
use lens_engine::highlight::sentences_with;
use std::rc::Rc;
use yew::prelude::*;

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
            let sentences = sentences_with(analysis, i);
            (!sentences.is_empty()).then(|| {
                html! {
                    <li key={p.id.clone()}>
                        <span class="row-label"><PrincipleBadge letter={p.letter.clone()} colour={p.colour.clone()} index={i} />{ &p.label }</span>
                        <div class="strip" role="group" aria-label={format!("{}: {} sentences", p.label, sentences.len())} style={format!("--c:{}", p.colour)}>
                            { for sentences.iter().map(|&n| {
                                let jump = {
                                    let dispatch = dispatch.clone();
                                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select { sentence: Some(n), focus: true }))
                                };
                                let left = if total > 1 { n as f64 * 100.0 / (total - 1) as f64 } else { 0.0 };
                                html! {
                                    <button type="button" class="tick" tabindex="-1" style={format!("left:{}%", format::fixed(left, 2))} onclick={jump}
                                        aria-current={(props.selected == Some(n)).then_some("true")}
                                        aria-label={format!("Sentence {} of {}", n + 1, total)}></button>
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
