//! Concordance (keyword in context) over the corpus, as AntConc shows it:
//! hits aligned on the keyword, sortable by the words to either side,
//! filterable by speech and principle, counted per speech. Each hit opens its
//! sentence in the reader; the whole search lives in the URL.

use crate::corpus_data::CorpusData;
use crate::route::{reader_href, Route, SearchView};
use crate::state::{Action, ViewState};
use lens_engine::kwic::{concordance, sort_hits, KwicOrder, Query};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Words of context either side of a hit.
const WINDOW: usize = 7;

/// Props of [`SearchPage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The search and its options.
    pub view: SearchView,
}

/// The concordance page.
#[function_component(SearchPage)]
pub fn search_page(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    let input = use_node_ref();
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Concordance — Principle Lens")
    });
    let view = &props.view;
    let go = {
        let dispatch = dispatch.clone();
        move |view: SearchView| dispatch.dispatch(Action::Navigate(Route::Search(view)))
    };
    let on_submit = {
        let (go, input, view) = (go.clone(), input.clone(), view.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<HtmlInputElement>() {
                go(SearchView {
                    query: field.value(),
                    ..view.clone()
                });
            }
        })
    };
    let on_select = |apply: fn(&mut SearchView, Option<String>)| {
        let (go, view) = (go.clone(), view.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = view.clone();
            apply(&mut next, (!value.is_empty()).then_some(value));
            go(next);
        })
    };

    let result: Option<Result<Query, String>> = (!view.query.trim().is_empty())
        .then(|| Query::parse(&view.query).map_err(|e| e.to_string()));
    let principle = view
        .principle
        .as_deref()
        .and_then(|id| data.lens.codebook().index_of(id));
    let body = match result {
        None => {
            html! { <p class="hint">{ "Type a word or phrase; * stands for any letters (multilateral*, data secur*, *lateral*)." }</p> }
        }
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(query)) => {
            let analyses = data.speeches.iter().map(|s| &*s.analysis);
            let mut hits = concordance(&query, analyses, WINDOW);
            if let Some(p) = principle {
                hits.retain(|h| {
                    data.speeches[h.doc].analysis.sentences[h.sentence]
                        .principles
                        .iter()
                        .any(|x| x.principle == p)
                });
            }
            let per_speech: Vec<usize> = (0..data.speeches.len())
                .map(|s| hits.iter().filter(|h| h.doc == s).count())
                .collect();
            if let Some(id) = &view.speech {
                hits.retain(|h| data.speeches[h.doc].meta.id == *id);
            }
            let order = match view.sort.as_deref() {
                Some("left") => KwicOrder::Left,
                Some("right") => KwicOrder::Right,
                _ => KwicOrder::Text,
            };
            sort_hits(&mut hits, order);
            let total: usize = per_speech.iter().sum();
            html! {
                <>
                    <p class="summary" role="status">{ format!("{} for “{}”{}", crate::format::count(total, "hit", "hits"), view.query.trim(),
                        principle.map_or(String::new(), |p| format!(" in sentences carrying {}", data.principles()[p].label))) }</p>
                    <table class="per-speech">
                        <caption>{ "Hits per speech" }</caption>
                        <thead><tr><th scope="col">{ "Speech" }</th><th scope="col">{ "Hits" }</th></tr></thead>
                        <tbody>
                            { for data.speeches.iter().zip(&per_speech).map(|(s, n)| html! {
                                <tr data-speech={s.meta.id.clone()}><th scope="row">{ &s.meta.short }</th><td class="n">{ n }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    if !hits.is_empty() {
                        <div class="kwic-wrap" tabindex="0" role="region" aria-label="Concordance lines">
                            <table class="kwic">
                                <caption class="vh">{ "Concordance lines: left context, keyword, right context" }</caption>
                                <thead><tr><th scope="col">{ "Speech" }</th><th scope="col" class="left">{ "Left" }</th><th scope="col">{ "Keyword" }</th><th scope="col">{ "Right" }</th></tr></thead>
                                <tbody>
                                    { for hits.iter().map(|h| {
                                        let speech = &data.speeches[h.doc];
                                        html! {
                                            <tr class="hit" data-speech={speech.meta.id.clone()} data-sentence={h.sentence.to_string()}>
                                                <td class="doc">{ &speech.meta.short }</td>
                                                <td class="left">{ &h.left }</td>
                                                <td class="kw"><a href={reader_href(&speech.meta.id, &format!("?s={}", h.sentence))}>{ &h.keyword }</a></td>
                                                <td class="right">{ &h.right }</td>
                                            </tr>
                                        }
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    }
                </>
            }
        }
    };
    html! {
        <main id="main" class="page search" tabindex="-1">
            <h1>{ "Concordance" }</h1>
            <form class="search-form" role="search" onsubmit={on_submit}>
                <label for="q">{ "Search the speeches" }</label>
                <input id="q" type="search" ref={input} value={view.query.clone()} autocomplete="off" spellcheck="false" />
                <button type="submit">{ "Search" }</button>
            </form>
            <div class="controls">
                <label for="kwic-sort">{ "Sort by " }</label>
                <select id="kwic-sort" onchange={on_select(|v, x| v.sort = x)}>
                    <option value="" selected={view.sort.is_none()}>{ "order in the text" }</option>
                    <option value="left" selected={view.sort.as_deref() == Some("left")}>{ "words to the left" }</option>
                    <option value="right" selected={view.sort.as_deref() == Some("right")}>{ "words to the right" }</option>
                </select>
                <label for="kwic-speech">{ "Speech " }</label>
                <select id="kwic-speech" onchange={on_select(|v, x| v.speech = x)}>
                    <option value="" selected={view.speech.is_none()}>{ "all" }</option>
                    { for data.speeches.iter().map(|s| html! { <option value={s.meta.id.clone()} selected={view.speech.as_deref() == Some(s.meta.id.as_str())}>{ &s.meta.short }</option> }) }
                </select>
                <label for="kwic-principle">{ "Principle " }</label>
                <select id="kwic-principle" onchange={on_select(|v, x| v.principle = x)}>
                    <option value="" selected={principle.is_none()}>{ "any or none" }</option>
                    { for data.principles().iter().enumerate().map(|(i, p)| html! { <option value={p.id.clone()} selected={principle == Some(i)}>{ &p.label }</option> }) }
                </select>
            </div>
            { body }
        </main>
    }
}
