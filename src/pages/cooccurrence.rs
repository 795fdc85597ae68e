//! Co-occurrence: how many sentences carry both of two principles (MAXQDA's
//! code relations), in the corpus or one speech. A cell lists those sentences,
//! each linking into the reader.

use crate::components::chart_figure::{chart_root, ChartFigure, CHART_FG};
use crate::corpus_data::CorpusData;
use crate::format;
use crate::heatmap::{draw, Cell, CellText, Heatmap};
use crate::route::{reader_href, CooccurrenceView, Route};
use crate::state::{Action, ViewState};
use lens_engine::highlight::sentences_with_all;
use lens_engine::stats::cooccurrence;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`CooccurrencePage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Scope and selected cell.
    pub view: CooccurrenceView,
}

const LABEL_W: f64 = 250.0;
const CELL: f64 = 40.0;
const TOP: f64 = 64.0;
/// Cell fill: the link colour of the light theme, so counts read on any cell.
const FILL: &str = "#0b57a4";

/// The co-occurrence page.
#[function_component(CooccurrencePage)]
pub fn cooccurrence_page(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Co-occurrence — Principle Lens")
    });
    let principles = data.principles();
    let n = principles.len();
    let scope: Vec<usize> = (0..data.speeches.len())
        .filter(|&s| {
            props
                .view
                .speech
                .as_deref()
                .is_none_or(|id| data.speeches[s].meta.id == id)
        })
        .collect();
    let matrix = cooccurrence(scope.iter().map(|&s| &*data.speeches[s].analysis), n);
    let max = (0..n)
        .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
        .map(|(i, j)| matrix[i][j])
        .max()
        .unwrap_or(0)
        .max(1);
    let scope_name = props
        .view
        .speech
        .as_ref()
        .and_then(|id| data.speech(id))
        .map_or("every text".to_string(), |s| s.meta.short.clone());

    let on_scope = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::Navigate(Route::Cooccurrence(CooccurrenceView {
                speech: (!value.is_empty()).then_some(value),
                pair: None,
            })));
        })
    };
    let cell_href = |a: &str, b: &str| {
        Route::Cooccurrence(CooccurrenceView {
            speech: props.view.speech.clone(),
            pair: Some((a.to_string(), b.to_string())),
        })
        .to_fragment(&data.principle_ids())
    };

    let size = LABEL_W + CELL * n as f64 + 16.0;
    let height = TOP + CELL * n as f64 + 16.0;
    let title = format!("Principles argued in the same sentence, in {scope_name}");
    let selected = props.view.pair.as_ref().and_then(|(a, b)| {
        let book = data.lens.codebook();
        book.index_of(a).zip(book.index_of(b))
    });
    let svg = chart_root(
        "cooccur",
        size,
        height,
        &title,
        "Each cell counts the sentences that carry both the row's and the column's principle; the diagonal counts the sentences that carry the principle at all.",
    );
    let map = Heatmap {
        label_width: LABEL_W,
        cell: (CELL, CELL),
        top: TOP,
        columns: principles
            .iter()
            .map(|p| (p.letter.clone(), false))
            .collect(),
        rows: principles
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let cells = principles
                    .iter()
                    .enumerate()
                    .map(|(j, col)| {
                        let count = matrix[i][j];
                        let diagonal = i == j;
                        let sentences = format::count(count, "sentence", "sentences");
                        let label = if diagonal {
                            format!("{}: {sentences}", row.label)
                        } else {
                            format!("{} and {}: {sentences}", row.label, col.label)
                        };
                        Cell {
                            data: [("data-a", row.id.clone()), ("data-b", col.id.clone())],
                            label,
                            link: (count > 0)
                                .then(|| (cell_href(&row.id, &col.id), ". List them.")),
                            fill: if diagonal {
                                ("#eeeeee".to_string(), 1.0)
                            } else {
                                (FILL.to_string(), 0.04 + 0.5 * count as f64 / max as f64)
                            },
                            outlined: selected == Some((i, j)),
                            lines: vec![CellText {
                                text: count.to_string(),
                                class: "count",
                                size: "13",
                                fill: CHART_FG,
                                y: CELL / 2.0 + 5.0,
                                weight: "600",
                                italic: diagonal,
                            }],
                        }
                    })
                    .collect();
                (format!("{}  {}", row.letter, row.label), cells)
            })
            .collect(),
    };
    let svg = draw(svg, &map);
    let table = html! {
        <table>
            <caption>{ title.clone() }</caption>
            <thead><tr><th scope="col">{ "Principle" }</th>{ for principles.iter().map(|p| html! { <th scope="col">{ &p.letter }<span class="vh">{ format!(" {}", p.label) }</span></th> }) }</tr></thead>
            <tbody>
                { for principles.iter().enumerate().map(|(i, p)| html! {
                    <tr><th scope="row">{ &p.label }</th>{ for (0..n).map(|j| html! { <td>{ matrix[i][j] }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    };
    let listing = selected.map(|(a, b)| {
        let (pa, pb) = (&principles[a], &principles[b]);
        let items: Vec<Html> = scope
            .iter()
            .flat_map(|&s| {
                let speech = &data.speeches[s];
                sentences_with_all(&speech.analysis, &[a, b]).into_iter().map(move |n| (speech, n))
            })
            .map(|(speech, n)| html! {
                <li>
                    <a href={reader_href(&speech.meta.id, &format!("?s={n}"))}>{ format!("{}, sentence {}", speech.meta.short, n + 1) }</a>
                    { ": " }<q>{ speech.analysis.sentence_text(n) }</q>
                </li>
            })
            .collect();
        let heading = if a == b { format!("Sentences carrying {}", pa.label) } else { format!("Sentences carrying both {} and {}", pa.label, pb.label) };
        html! {
            <section class="listing" aria-labelledby="listing-title">
                <h2 id="listing-title">{ format!("{heading} ({})", items.len()) }</h2>
                <ol class="sentences">{ for items }</ol>
            </section>
        }
    });
    html! {
        <main id="main" class="page cooccur" tabindex="-1">
            <h1>{ "Co-occurrence" }</h1>
            <p class="lede">{ "Which principles a speech argues together, sentence by sentence. Select a cell to list its sentences." }</p>
            <div class="controls">
                <label for="cooccur-scope">{ "In " }</label>
                <select id="cooccur-scope" onchange={on_scope}>
                    <option value="" selected={props.view.speech.is_none()}>{ "every text" }</option>
                    { for data.speeches.iter().map(|s| html! {
                        <option value={s.meta.id.clone()} selected={props.view.speech.as_deref() == Some(s.meta.id.as_str())}>{ &s.meta.short }</option>
                    }) }
                </select>
            </div>
            <ChartFigure id="principle-lens-cooccurrence" title={title} description="Rows and columns are principles. Off the diagonal, a cell counts the sentences that carry both; darker means more. The diagonal (grey, italic) counts the sentences carrying the principle." svg={svg} size={(size, height)} table={table} />
            { for listing }
        </main>
    }
}
