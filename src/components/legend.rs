//! The legend: each principle with its count in this speech, a switch to show
//! or hide it, and buttons to its previous and next sentence.

use crate::components::principle_badge::PrincipleBadge;
use crate::components::SpeechViewProps;
use crate::corpus_data::CorpusData;
use crate::format;
use crate::state::{Action, ViewState};
use lens_engine::highlight::step;
use std::rc::Rc;
use yew::prelude::*;

/// The legend.
#[function_component(Legend)]
pub fn legend(props: &SpeechViewProps) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    let speech = &data.speeches[props.speech];
    let analysis = &speech.analysis;
    let highlighted = analysis
        .sentences
        .iter()
        .filter(|s| s.principles.iter().any(|h| props.shown[h.principle]))
        .count();
    let shown_count = props.shown.iter().filter(|s| **s).count();
    let all = |on: bool| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowAll(on)))
    };
    html! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{ "Principles" }</h2>
            <p class="summary" id="legend-summary" aria-live="polite">
                { format!("Showing {shown_count} of {} principles · {} highlighted", props.shown.len(), format::count(highlighted, "sentence", "sentences")) }
            </p>
            <div class="legend-all">
                <button type="button" onclick={all(true)}>{ "Show all" }</button>
                <button type="button" onclick={all(false)}>{ "Hide all" }</button>
            </div>
            <ul>
                { for data.principles().iter().enumerate().map(|(i, p)| {
                    let count = speech.stats.principles[i].sentences;
                    let on = props.shown[i];
                    let toggle = {
                        let dispatch = dispatch.clone();
                        let id = p.id.clone();
                        Callback::from(move |_: Event| dispatch.dispatch(Action::Toggle(id.clone())))
                    };
                    let go = |forward: bool| {
                        let dispatch = dispatch.clone();
                        let target = step(analysis, props.selected, forward, |n| analysis.sentences[n].principles.iter().any(|h| h.principle == i));
                        Callback::from(move |_: MouseEvent| {
                            if target.is_some() {
                                dispatch.dispatch(Action::Select { sentence: target, focus: true });
                            }
                        })
                    };
                    let input_id = format!("toggle-{}", p.id);
                    html! {
                        <li class={classes!("legend-item", (!on).then_some("off"))} key={p.id.clone()}>
                            <input type="checkbox" id={input_id.clone()} checked={on} onchange={toggle} />
                            <label for={input_id}>
                                <PrincipleBadge letter={p.letter.clone()} colour={p.colour.clone()} index={i} />
                                <span class="label">{ &p.label }</span>
                                <span class="count" data-principle={p.id.clone()}>{ count }<span class="vh">{ " sentences" }</span></span>
                            </label>
                            <span class="steps">
                                <button type="button" disabled={count == 0} onclick={go(false)}
                                    aria-label={format!("Previous {} sentence", p.label)}>{ "‹" }</button>
                                <button type="button" disabled={count == 0} onclick={go(true)}
                                    aria-label={format!("Next {} sentence", p.label)}>{ "›" }</button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
