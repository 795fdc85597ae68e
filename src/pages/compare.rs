//! Compare: speeches × principles as a heatmap of density per 1,000 words,
//! with sentence counts, sortable by any principle (MAXQDA's code matrix, LIWC's
//! per-document table). A cell opens the reader on that speech with that
//! principle at its first sentence.

use crate::components::chart_figure::{chart_root, ChartFigure, CHART_FG, CHART_MUTED};
use crate::corpus_data::CorpusData;
use crate::download;
use crate::format::{self, px};
use crate::heatmap::{draw, Cell, CellText, Heatmap};
use crate::route::{reader_href, Route};
use crate::state::{Action, ViewState};
use crate::svg::{el, text};
use lens_engine::export::stats_csv;
use lens_engine::highlight::sentences_with;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The principle rows are sorted by.
    pub sort: Option<String>,
}

const LABEL_W: f64 = 200.0;
const CELL_W: f64 = 58.0;
const CELL_H: f64 = 42.0;
const TOP: f64 = 64.0;

/// The compare page.
#[function_component(ComparePage)]
pub fn compare_page(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let dispatch = use_context::<UseReducerDispatcher<ViewState>>().expect("state context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Compare speeches — Principle Lens")
    });
    let principles = data.principles();
    let sort_index = props
        .sort
        .as_deref()
        .and_then(|id| data.lens.codebook().index_of(id));
    let mut rows: Vec<usize> = (0..data.speeches.len()).collect();
    if let Some(p) = sort_index {
        rows.sort_by(|&a, &b| {
            let d = |s: usize| data.speeches[s].stats.principles[p].per_1000_words;
            d(b).total_cmp(&d(a))
        });
    }
    let max = data.max_density();

    let on_sort = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::Navigate(Route::Compare {
                sort: (!value.is_empty()).then_some(value),
            }));
        })
    };
    let on_csv = {
        let data = data.clone();
        Callback::from(move |_: MouseEvent| {
            let rows: Vec<(&str, &lens_engine::stats::TextStats)> = data
                .speeches
                .iter()
                .map(|s| (s.meta.id.as_str(), &*s.stats))
                .collect();
            download::text(
                "principle-lens-matrix.csv",
                "text/csv",
                &stats_csv(rows, &data.lens),
            );
        })
    };

    let width = LABEL_W + CELL_W * principles.len() as f64 + 16.0;
    let legend_rows = principles.len().div_ceil(3);
    let grid_bottom = TOP + CELL_H * rows.len() as f64;
    let height = grid_bottom + 28.0 + 18.0 * legend_rows as f64 + 16.0;
    let title = "Principles by speech: cues per 1,000 words (sentences)";
    let mut svg = chart_root(
        "compare",
        width,
        height,
        title,
        "Rows are speeches, columns principles; each cell gives the principle's cues per 1,000 words and, below, how many sentences carry it. Darker means denser.",
    );
    let map = Heatmap {
        label_width: LABEL_W,
        cell: (CELL_W, CELL_H),
        top: TOP,
        columns: principles
            .iter()
            .enumerate()
            .map(|(j, p)| {
                let sorted = Some(j) == sort_index;
                let letter = if sorted {
                    format!("{} ▾", p.letter)
                } else {
                    p.letter.clone()
                };
                (letter, sorted)
            })
            .collect(),
        rows: rows
            .iter()
            .map(|&s| {
                let speech = &data.speeches[s];
                let cells = principles
                    .iter()
                    .enumerate()
                    .map(|(j, p)| {
                        let c = &speech.stats.principles[j];
                        let label = format!(
                            "{}, {}: {} cues per 1,000 words, {}",
                            speech.meta.short,
                            p.label,
                            format::fixed(c.per_1000_words, 1),
                            format::count(c.sentences, "sentence", "sentences")
                        );
                        let link = sentences_with(&speech.analysis, j).first().map(|&first| {
                            let href =
                                reader_href(&speech.meta.id, &format!("?p={}&s={first}", p.id));
                            (href, ". Open in the reader.")
                        });
                        Cell {
                            data: [
                                ("data-speech", speech.meta.id.clone()),
                                ("data-principle", p.id.clone()),
                            ],
                            label,
                            link,
                            fill: (p.colour.clone(), 0.05 + 0.55 * c.per_1000_words / max),
                            outlined: false,
                            lines: vec![
                                CellText {
                                    text: format::fixed(c.per_1000_words, 1),
                                    class: "density",
                                    size: "13",
                                    fill: CHART_FG,
                                    y: 18.0,
                                    weight: "700",
                                    italic: false,
                                },
                                CellText {
                                    text: format!("({})", c.sentences),
                                    class: "sentences",
                                    size: "11",
                                    fill: CHART_MUTED,
                                    y: 33.0,
                                    weight: "400",
                                    italic: false,
                                },
                            ],
                        }
                    })
                    .collect();
                (speech.meta.short.clone(), cells)
            })
            .collect(),
    };
    svg = draw(svg, &map);
    for (j, p) in principles.iter().enumerate() {
        let x = 8.0 + (j % 3) as f64 * (width - 16.0) / 3.0;
        let y = grid_bottom + 30.0 + 18.0 * (j / 3) as f64;
        svg = svg
            .c(el("rect")
                .a("x", px(x))
                .a("y", px(y - 11.0))
                .a("width", "14")
                .a("height", "14")
                .a("rx", "2")
                .a("fill", p.colour.clone()))
            .c(text(x + 20.0, y, "12", CHART_FG).t(format!("{}  {}", p.letter, p.label)));
    }
    let table = html! {
        <table>
            <caption>{ title }</caption>
            <thead><tr><th scope="col">{ "Speech" }</th>{ for principles.iter().map(|p| html! { <th scope="col">{ &p.label }</th> }) }</tr></thead>
            <tbody>
                { for rows.iter().map(|&s| {
                    let speech = &data.speeches[s];
                    html! {
                        <tr>
                            <th scope="row">{ &speech.meta.short }</th>
                            { for speech.stats.principles.iter().map(|c| html! { <td>{ format!("{} ({})", format::fixed(c.per_1000_words, 1), c.sentences) }</td> }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    html! {
        <main id="main" class="page compare" tabindex="-1">
            <h1>{ "Compare speeches" }</h1>
            <p class="lede">{ "How densely each speech argues each principle. Numbers are cues per 1,000 words, with the number of sentences in brackets. Select a cell to read those sentences." }</p>
            <div class="controls">
                <label for="compare-sort">{ "Sort speeches by " }</label>
                <select id="compare-sort" onchange={on_sort}>
                    <option value="" selected={sort_index.is_none()}>{ "date" }</option>
                    { for principles.iter().enumerate().map(|(j, p)| html! {
                        <option value={p.id.clone()} selected={Some(j) == sort_index}>{ format!("{} (densest first)", p.label) }</option>
                    }) }
                </select>
                <button type="button" onclick={on_csv}>{ "Download matrix (CSV)" }</button>
            </div>
            <ChartFigure id="principle-lens-compare" title={title} description="Rows are speeches, columns principles (letters as in the legend). Darker cells argue the principle more densely." svg={svg} size={(width, height)} table={table} />
        </main>
    }
}
