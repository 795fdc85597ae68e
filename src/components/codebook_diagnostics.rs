//! How the codebook in force behaves on the texts in the library: for each
//! principle its most frequent cues, the cues that never match and every
//! cue's matches; and the phrases two principles share.

use crate::corpus_data::CorpusData;
use crate::format;
use lens_engine::annotate::CueKind;
use lens_engine::diagnostics::diagnose;
use std::rc::Rc;
use yew::prelude::*;

/// The diagnostics section of the codebook page.
#[function_component(CodebookDiagnostics)]
pub fn codebook_diagnostics() -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let book = data.lens.codebook();
    let d = diagnose(book, data.speeches.iter().map(|s| &*s.analysis));
    let label = |i: usize| book.principles[i].label.clone();
    let phrase = |kind: CueKind, phrase: &str| match kind {
        CueKind::Cue => phrase.to_string(),
        CueKind::Contra => format!("{phrase} (contra)"),
    };
    html! {
        <section class="diagnostics" aria-labelledby="diagnostics-heading">
            <h2 id="diagnostics-heading">{ "Diagnostics" }</h2>
            <p>{ format!("Matches of each cue in the {} texts of the library, with the codebook in force.", data.speeches.len()) }</p>
            { for d.principles.iter().map(|u| {
                let top = u.most_frequent(5);
                let never: Vec<String> = u.never_matched().map(|c| phrase(c.kind, &c.phrase)).collect();
                let heading_id = format!("diag-{}", book.principles[u.principle].id);
                html! {
                    <section class="diagnostic" aria-labelledby={heading_id.clone()}>
                        <h3 id={heading_id}>{ label(u.principle) }</h3>
                        <p><strong>{ "Most frequent: " }</strong>{
                            if top.is_empty() { "no cue matched".to_string() } else {
                                top.iter().map(|c| format!("{} ({})", phrase(c.kind, &c.phrase), c.matches)).collect::<Vec<_>>().join(", ")
                            }
                        }</p>
                        <p class="never"><strong>{ format!("Never matched ({}): ", never.len()) }</strong>{ if never.is_empty() { "none".to_string() } else { never.join(", ") } }</p>
                        <details>
                            <summary>{ format!("Every cue of {} ({})", label(u.principle), u.cues.len()) }</summary>
                            <table class="cue-table">
                                <thead><tr><th scope="col">{ "Cue" }</th><th scope="col">{ "Matches" }</th><th scope="col">{ "Texts" }</th></tr></thead>
                                <tbody>{ for u.cues.iter().map(|c| html! {
                                    <tr><th scope="row">{ phrase(c.kind, &c.phrase) }</th><td>{ c.matches }</td><td>{ c.texts }</td></tr>
                                }) }</tbody>
                            </table>
                        </details>
                    </section>
                }
            }) }
            <h3>{ "Cues shared by two principles" }</h3>
            if d.shared.is_empty() {
                <p>{ "None: every phrase belongs to one principle." }</p>
            } else {
                <ul class="shared">{ for d.shared.iter().map(|s| html! {
                    <li><q>{ &s.phrase }</q>{ format!(" — {}", s.principles.iter().map(|&i| label(i)).collect::<Vec<_>>().join(" and ")) }</li>
                }) }</ul>
            }
            <p class="hint">{ format::count(d.principles.iter().map(|u| u.never_matched().count()).sum(), "cue never matches", "cues never match") }{ " in these texts." }</p>
        </section>
    }
}
