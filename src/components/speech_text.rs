//! The speech itself: paragraphs with coding stripes in the margin, sentences
//! tinted by the principles they carry, cues marked, and the axis bar of each
//! paragraph. A long text keeps only a window of it on the page (see
//! [`ReadingWindow`]): the window grows as the reader scrolls towards either
//! end, or on the "show more" buttons, and moves to wherever they jump. Each
//! chunk of paragraphs is its own component, so growing the window never
//! re-renders what is already on screen.

use crate::components::axis::ParagraphAxis;
use crate::components::principle_badge::pattern_class;
use crate::corpus_data::CorpusData;
use crate::format;
use crate::hooks::use_near_viewport;
use crate::reading_window::{Move, ReadingWindow, CHUNK};
use crate::state::{Action, ViewState};
use lens_engine::annotate::Source;
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

/// How near the viewport (CSS margin) a "show more" button must come for the
/// window to grow by itself.
const NEAR: &str = "1200px 0px";

/// The element id of sentence `n`.
pub fn sentence_id(n: usize) -> String {
    format!("s-{n}")
}

/// The speech text. Give it a `key` per speech: its window belongs to one text.
#[function_component(SpeechText)]
pub fn speech_text(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let analysis = &data.speeches[props.speech].analysis;
    let paragraphs = analysis.segments.paragraphs.len();
    let paragraph_of = |n: usize| analysis.segments.sentences.get(n).map(|s| s.paragraph);
    let window = use_reducer({
        let at = props.selected.and_then(paragraph_of).unwrap_or(0);
        move || ReadingWindow::around(at, paragraphs)
    });
    let grow = {
        let window = window.dispatcher();
        move |back: bool| window.dispatch(Move::Grow { back })
    };
    let before = use_node_ref();
    let after = use_node_ref();
    use_near_viewport(
        vec![before.clone(), after.clone()],
        NEAR,
        *window,
        Callback::from({
            let grow = grow.clone();
            move |i: usize| grow(i == 0)
        }),
    );
    {
        let window = window.dispatcher();
        let at = props.selected.and_then(paragraph_of);
        use_effect_with((props.selected, props.focus_request), move |_| {
            if let Some(at) = at {
                window.dispatch(Move::Include(at));
            }
        });
    }
    let focused = use_mut_ref(|| 0u32);
    {
        let (selected, request) = (props.selected, props.focus_request);
        use_effect_with((request, *window), move |_| {
            if request > *focused.borrow() {
                if let Some(n) = selected {
                    if focus(&sentence_id(n)) {
                        *focused.borrow_mut() = request;
                    }
                }
            }
        });
    }
    let first = ReadingWindow::paragraphs(window.start, paragraphs).start;
    let last = ReadingWindow::paragraphs(window.end - 1, paragraphs).end;
    let more = |back: bool| {
        let grow = grow.clone();
        Callback::from(move |_: MouseEvent| grow(back))
    };
    html! {
        <article class="speech" aria-label="Speech text">
            if window.more_before() {
                <p class="window-note">
                    { format!("Paragraphs {}–{} of {} are shown. ", format::thousands(first + 1), format::thousands(last), format::thousands(paragraphs)) }
                    <button type="button" class="more" ref={before} onclick={more(true)}>
                        { format!("Show earlier text (paragraphs {}–{})", format::thousands(first.saturating_sub(CHUNK) + 1), format::thousands(first)) }
                    </button>
                </p>
            }
            // The chunks alone in their element: a fully keyed list, so that
            // growing or moving the window keeps the chunks already there.
            <div class="chunks">
                { for (window.start..window.end).map(|c| {
                    let range = ReadingWindow::paragraphs(c, paragraphs);
                    let selected = props.selected.filter(|&n| paragraph_of(n).is_some_and(|p| range.contains(&p)));
                    html! {
                        <Chunk key={c} speech={props.speech} paragraphs={range} shown={props.shown.clone()} {selected} />
                    }
                }) }
            </div>
            if window.more_after() {
                <p class="window-note">
                    { format!("Paragraphs {}–{} of {} are shown. ", format::thousands(first + 1), format::thousands(last), format::thousands(paragraphs)) }
                    <button type="button" class="more" ref={after} onclick={more(false)}>
                        { format!("Show more text (paragraphs {}–{})", format::thousands(last + 1), format::thousands((last + CHUNK).min(paragraphs))) }
                    </button>
                </p>
            }
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
        // Principles the classifier alone found have no cue to mark: a dashed
        // tag with their letters says they are there.
        let by_model: Vec<usize> = analysis.sentences[n]
            .principles
            .iter()
            .filter(|h| h.source == Source::Model && props.shown[h.principle])
            .map(|h| h.principle)
            .collect();
        let label = |p: usize| {
            let l = principles[p].label.as_str();
            if by_model.contains(&p) {
                format!("{l}, by the classifier")
            } else {
                l.to_string()
            }
        };
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
                    if !by_model.is_empty() {
                        <span class="model-tag" aria-hidden="true" title="Found by the classifier">
                            { by_model.iter().map(|&p| principles[p].letter.as_str()).collect::<String>() }
                        </span>
                    }
                    <span class="vh label">{ format!(" ({})", hits.iter().map(|&p| label(p)).collect::<Vec<_>>().join("; ")) }</span>
                </span>
                { " " }
            </>
        }
    };

    html! {
        <div class="chunk">
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
        </div>
    }
}

/// Moves keyboard focus to the element `id` and centres it; false when there
/// is no such element on the page (yet).
fn focus(id: &str) -> bool {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else {
        return false;
    };
    let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else {
        return false;
    };
    let _ = element.focus();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    // At once, not smoothly: paragraphs that come in above while a smooth
    // scroll runs would carry the sentence out of view.
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    true
}
