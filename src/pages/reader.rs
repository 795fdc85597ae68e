//! The reader: one speech with its principles highlighted, the legend, where
//! each principle falls, the security–development axis, and why each
//! highlight is there.

use crate::components::about::About;
use crate::components::axis::AxisOverall;
use crate::components::dispersion::Dispersion;
use crate::components::embed_code::EmbedCode;
use crate::components::explanation::Explanation;
use crate::components::legend::Legend;
use crate::components::speech_text::SpeechText;
use crate::corpus_data::CorpusData;
use crate::hooks::use_keydown;
use crate::route::{ReaderView, Route};
use crate::state::{Action, ViewState};
use lens_engine::highlight::step;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ReaderPage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to show.
    pub view: ReaderView,
    /// Bumped when the selected sentence should take focus.
    pub focus_request: u32,
}

/// The reader page. Keys: `n`/`j` next and `p`/`k` previous highlighted
/// sentence, `Escape` clears the selection.
#[function_component(ReaderPage)]
pub fn reader_page(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    let index = data
        .speeches
        .iter()
        .position(|s| s.meta.id == props.view.speech)
        .expect("checked by App");
    let speech = &data.speeches[index];
    let shown: Rc<Vec<bool>> = use_memo(props.view.shown.clone(), {
        let data = data.clone();
        move |shown| {
            data.principles()
                .iter()
                .map(|p| shown.contains(&p.id))
                .collect()
        }
    });
    let selected = props
        .view
        .sentence
        .filter(|&n| n < speech.analysis.sentences.len());

    use_effect_with(speech.meta.title.clone(), |title| {
        gloo::utils::document().set_title(&format!("{title} — Principle Lens"))
    });
    let on_key = use_callback((index, selected, shown.clone()), {
        let data = data.clone();
        let dispatch = dispatch.clone();
        move |key: KeyboardEvent, (index, selected, shown)| {
            let analysis = &data.speeches[*index].analysis;
            let highlighted = |i: usize| {
                analysis.sentences[i]
                    .principles
                    .iter()
                    .any(|h| shown[h.principle])
            };
            let forward = match key.key().as_str() {
                "n" | "j" => true,
                "p" | "k" => false,
                "Escape" => {
                    dispatch.dispatch(Action::Select {
                        sentence: None,
                        focus: false,
                    });
                    return;
                }
                _ => return,
            };
            if let Some(n) = step(analysis, *selected, forward, highlighted) {
                key.prevent_default();
                dispatch.dispatch(Action::Select {
                    sentence: Some(n),
                    focus: true,
                });
            }
        }
    });
    use_keydown(on_key);

    let m = &speech.meta;
    let embed = props.view.embed;
    let full_view = ReaderView {
        embed: false,
        host: None,
        ..props.view.clone()
    };
    html! {
        <main id="main" class={classes!("reader", embed.then_some("embedded"))} tabindex="-1">
            <header class="reader-head">
                if embed {
                    <p class="crumbs"><a href={Route::Reader(full_view.clone()).to_fragment(&data.principle_ids())} target="_blank" rel="noopener">
                        { "Open in Principle Lens ↗" }</a></p>
                } else {
                    <p class="crumbs"><a href={Route::Library.to_fragment(&[])}>{ "← All speeches" }</a></p>
                }
                <h1>{ &m.title }</h1>
                <p class="who">{ format!("{}, {} · {} · {}", m.speaker, m.role, m.venue, m.date_label()) }
                    { if m.date_inferred_from.is_some() { " (date inferred)" } else { "" } }</p>
                if !embed { <AxisOverall speech={index} /> }
            </header>
            <div class="reader-body">
                <aside class="side" aria-label="Principles and where they fall">
                    <Legend speech={index} shown={shown.clone()} selected={selected} />
                    if !embed {
                        <Dispersion speech={index} shown={shown.clone()} selected={selected} />
                    }
                    <p class="keys">{ "Keys: " }<kbd>{ "n" }</kbd>{ " next, " }<kbd>{ "p" }</kbd>{ " previous highlighted sentence, " }<kbd>{ "Esc" }</kbd>{ " clear." }</p>
                </aside>
                <SpeechText key={speech.meta.id.clone()} speech={index} shown={shown.clone()} selected={selected} focus_request={props.focus_request} />
                <Explanation speech={index} shown={shown} selected={selected} />
            </div>
            if !embed {
                <About speech={index} />
                <EmbedCode view={full_view} title={m.title.clone()} />
            }
        </main>
    }
}
