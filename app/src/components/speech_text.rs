//! The speech itself: paragraphs with coding stripes in the margin, sentences
//! tinted by the principles they carry, cues marked, and the axis bar of each
//! paragraph. A long text is rendered progressively, a chunk of paragraphs
//! per frame, each chunk its own component so that growing the text never
//! re-renders what is already on screen.

use crate::components::axis::ParagraphAxis;
use crate::components::principle_badge::pattern_class;
use crate::corpus_data::CorpusData;
use crate::state::{Action, ViewState};
use lens_engine::highlight::runs;
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`SpeechText`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Index of the speech.
    pub speech: usize,
    /// Per principle, whether it is shown.
    pub shown: Rc<Vec<bool>>,
    /// The selected sentence.
    pub selected: Option<usize>,
    /// Bumped when the selected sentence should take focus.
    pub focus_request: u32,
}

/// Paragraphs per chunk: one chunk renders well within a frame.
const CHUNK: usize = 60;

/// The element id of sentence `n`.
pub fn sentence_id(n: usize) -> String {
    format!("s-{n}")
}

/// The speech text.
#[function_component(SpeechText)]
pub fn speech_text(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let analysis = &data.speeches[props.speech].analysis;
    let paragraphs = analysis.segments.paragraphs.len();
    // Chunks on screen: at first those up to the selected sentence's, then one
    // more per frame until the text is complete.
    let wanted = props
        .selected
        .and_then(|n| analysis.segments.sentences.get(n))
        .map_or(1, |s| s.paragraph / CHUNK + 1);
    let shown_chunks = use_state(|| wanted);
    let chunks = paragraphs.div_ceil(CHUNK).max(1);
    let on_screen = (*shown_chunks).max(wanted).min(chunks);
    {
        let shown_chunks = shown_chunks.clone();
        use_effect_with((props.speech, on_screen), move |&(_, n)| {
            let next = (n < chunks)
                .then(|| gloo::timers::callback::Timeout::new(0, move || shown_chunks.set(n + 1)));
            move || drop(next)
        });
    }
    let selected = props.selected;
    use_effect_with((props.focus_request, on_screen > 0), move |(request, _)| {
        if *request > 0 {
            if let Some(n) = selected {
                focus(&sentence_id(n));
            }
        }
    });
    html! {
        <article class="speech" aria-label="Speech text" aria-busy={(on_screen < chunks).then_some("true")}>
            { for (0..on_screen).map(|c| {
                let range = c * CHUNK..((c + 1) * CHUNK).min(paragraphs);
                let selected = props.selected.filter(|&n| {
                    analysis.segments.sentences.get(n).is_some_and(|s| range.contains(&s.paragraph))
                });
                html! {
                    <Chunk key={c} speech={props.speech} paragraphs={range} shown={props.shown.clone()} {selected} />
                }
            }) }
        </article>
    }
}

/// Props of [`Chunk`].
#[derive(Properties, PartialEq)]
struct ChunkProps {
    speech: usize,
    paragraphs: Range<usize>,
    shown: Rc<Vec<bool>>,
    /// The selected sentence, if it is in this chunk.
    selected: Option<usize>,
}

/// Some consecutive paragraphs of the speech.
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    let speech = &data.speeches[props.speech];
    let analysis = &speech.analysis;
    let principles = data.principles();
    let text = analysis.text();
    let selected = props.selected;

    let sentence = |n: usize| -> Html {
        let span = analysis.segments.sentences[n].span.clone();
        let hits: Vec<usize> = analysis.sentences[n]
            .principles
            .iter()
            .map(|h| h.principle)
            .filter(|&p| props.shown[p])
            .collect();
        if hits.is_empty() {
            return html! { <><span id={sentence_id(n)} class="s">{ &text[span] }</span>{ " " }</> };
        }
        let select = |focus: bool| {
            let dispatch = dispatch.clone();
            move || {
                dispatch.dispatch(Action::Select {
                    sentence: Some(n),
                    focus,
                })
            }
        };
        let on_click = {
            let select = select(false);
            Callback::from(move |_: MouseEvent| select())
        };
        let on_focus = {
            let select = select(false);
            Callback::from(move |_: FocusEvent| select())
        };
        let ids: Vec<&str> = hits.iter().map(|&p| principles[p].id.as_str()).collect();
        html! {
            <>
                <span id={sentence_id(n)} class="s coded" tabindex="0" data-principles={ids.join(" ")}
                    style={format!("--c:{}", principles[hits[0]].colour)}
                    aria-current={(selected == Some(n)).then_some("true")}
                    onclick={on_click} onfocus={on_focus}>
                    { for runs(analysis, n, |p| props.shown[p]).into_iter().map(|run| {
                        let piece = &text[run.span.clone()];
                        if run.principles.is_empty() {
                            return html! { piece };
                        }
                        let first = &principles[run.principles[0]];
                        let letters: String = run.principles.iter().map(|&p| principles[p].letter.as_str()).collect();
                        let labels: Vec<&str> = run.principles.iter().map(|&p| principles[p].label.as_str()).collect();
                        let ids: Vec<&str> = run.principles.iter().map(|&p| principles[p].id.as_str()).collect();
                        html! {
                            <mark class={classes!("cue", pattern_class(run.principles[0]))} style={format!("--c:{}", first.colour)}
                                data-p={ids.join(" ")} data-l={letters} title={format!("Evidence for {}", labels.join(", "))}>
                                { piece }
                            </mark>
                        }
                    }) }
                    <span class="vh label">{ format!(" ({})", hits.iter().map(|&p| principles[p].label.as_str()).collect::<Vec<_>>().join(", ")) }</span>
                </span>
                { " " }
            </>
        }
    };

    html! {
        <>
            { for analysis.segments.paragraphs[props.paragraphs.clone()].iter().zip(props.paragraphs.clone()).map(|(para, i)| {
                let mut present: Vec<usize> = para.sentences.clone()
                    .flat_map(|n| analysis.sentences[n].principles.iter().map(|h| h.principle))
                    .filter(|&p| props.shown[p])
                    .collect();
                present.sort_unstable();
                present.dedup();
                html! {
                    <div class="para" key={i}>
                        <ul class="stripes" aria-label="Principles in this paragraph">
                            { for present.iter().map(|&p| {
                                let pr = &principles[p];
                                html! {
                                    <li class="stripe" style={format!("--c:{}", pr.colour)} title={pr.label.clone()}>
                                        <span aria-hidden="true">{ &pr.letter }</span><span class="vh">{ &pr.label }</span>
                                    </li>
                                }
                            }) }
                        </ul>
                        <p>{ for para.sentences.clone().map(sentence) }</p>
                        <ParagraphAxis tally={speech.stats.paragraphs[i]} />
                    </div>
                }
            }) }
        </>
    }
}

/// Moves keyboard focus to the element `id` and centres it.
fn focus(id: &str) {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let _ = element.focus();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
