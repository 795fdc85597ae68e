//! Exports, as real downloads: the annotations in the schema of `lens
//! annotate`, the matrix of `lens stats`, the codebook as JSON and as a
//! quanteda dictionary, and a citation for each speech.

use crate::corpus_data::CorpusData;
use crate::download;
use lens_engine::cite::{bibtex, plain};
use lens_engine::codebook::Codebook;
use lens_engine::dictionary::to_quanteda_yaml;
use lens_engine::export::{records, stats_csv, to_csv, to_jsonl, SentenceRecord, CSV_HEADER};
use std::rc::Rc;
use yew::prelude::*;

/// The export page.
#[function_component(ExportPage)]
pub fn export_page() -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Export — Principle Lens")
    });
    let all_records = {
        let data = data.clone();
        move || -> Vec<SentenceRecord> {
            data.speeches
                .iter()
                .flat_map(|s| records(&s.meta.id, &s.analysis, &data.lens))
                .collect()
        }
    };
    let offer = |filename: &'static str, mime: &'static str, make: Rc<dyn Fn() -> String>| {
        Callback::from(move |_: MouseEvent| download::text(filename, mime, &make()))
    };
    let csv = {
        let all = all_records.clone();
        offer(
            "principle-lens-annotations.csv",
            "text/csv",
            Rc::new(move || format!("{CSV_HEADER}\n{}", to_csv(&all()))),
        )
    };
    let jsonl = {
        let all = all_records.clone();
        offer(
            "principle-lens-annotations.jsonl",
            "application/jsonl",
            Rc::new(move || to_jsonl(&all())),
        )
    };
    let matrix = {
        let data = data.clone();
        offer(
            "principle-lens-matrix.csv",
            "text/csv",
            Rc::new(move || {
                stats_csv(
                    data.speeches
                        .iter()
                        .map(|s| (s.meta.id.as_str(), &*s.stats)),
                    &data.lens,
                )
            }),
        )
    };
    let codebook_json = offer(
        "principle-lens-codebook.json",
        "application/json",
        Rc::new(|| Codebook::bundled_json().to_string()),
    );
    let codebook_yaml = {
        let data = data.clone();
        offer(
            "principle-lens-codebook.yml",
            "application/yaml",
            Rc::new(move || to_quanteda_yaml(data.lens.codebook())),
        )
    };
    let bib = {
        let data = data.clone();
        offer(
            "principle-lens-citations.bib",
            "application/x-bibtex",
            Rc::new(move || {
                data.speeches
                    .iter()
                    .map(|s| bibtex(&s.meta))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        )
    };
    html! {
        <main id="main" class="page export" tabindex="-1">
            <h1>{ "Export" }</h1>
            <p class="lede">{ "Everything is made in your browser. The annotations and the matrix are exactly what the command-line tool prints (lens annotate --corpus, lens stats --corpus). Charts download from their own pages." }</p>
            <ul class="downloads">
                <li><button type="button" onclick={csv}>{ "Annotations (CSV)" }</button>{ " one row per sentence: doc, n, start, end, axis, principles, cues, text, codebook, sources" }</li>
                <li><button type="button" onclick={jsonl}>{ "Annotations (JSON Lines)" }</button>{ " one object per sentence, with each principle's stance, cues, source and score" }</li>
                <li><button type="button" onclick={matrix}>{ "Matrix (CSV)" }</button>{ " speeches × principles: sentences and cues per 1,000 words" }</li>
                <li><button type="button" onclick={codebook_json}>{ "Codebook (JSON)" }</button>{ " the codebook as this app reads it" }</li>
                <li><button type="button" onclick={codebook_yaml}>{ "Codebook (quanteda YAML)" }</button>{ " a dictionary for quanteda: cues and contra cues per principle" }</li>
                <li><button type="button" onclick={bib}>{ "Citations (BibTeX)" }</button>{ " the bundled speeches" }</li>
            </ul>
            <h2>{ "How to cite each speech" }</h2>
            <ul class="citations">
                { for data.speeches.iter().map(|s| html! {
                    <li>
                        <p>{ plain(&s.meta) }</p>
                        <details><summary>{ format!("BibTeX for {}", s.meta.short) }</summary><pre>{ bibtex(&s.meta) }</pre></details>
                    </li>
                }) }
            </ul>
        </main>
    }
}
