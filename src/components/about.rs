//! "About this text": where the speech comes from, and what cleaning removed.

use crate::corpus_data::CorpusData;
use crate::format;
use lens_engine::clean::{Rule, Unwrap};
use std::rc::Rc;
use yew::prelude::*;

/// At most this many removals are listed one by one.
const LISTED: usize = 50;

/// Props of [`About`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Index of the speech.
    pub speech: usize,
}

/// The about section.
#[function_component(About)]
pub fn about(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let s = &data.speeches[props.speech];
    let m = &s.meta;
    let row =
        |term: &str, value: String| html! { <><dt>{ term.to_string() }</dt><dd>{ value }</dd></> };
    let joins: Vec<(&str, &str)> = m
        .cleaning
        .rules
        .iter()
        .filter_map(|r| match r {
            Rule::Join { after, why } => Some((after.as_str(), why.as_str())),
            _ => None,
        })
        .collect();
    let removals = &s.analysis.cleaned.removals;
    html! {
        <details class="about">
            <summary>{ "About this text" }</summary>
            <dl>
                { row("Speaker", format!("{}, {}", m.speaker, m.role)) }
                { row("Venue", m.venue.clone()) }
                { row("Date", m.date_label()) }
                if let Some(from) = &m.date_inferred_from { { row("Date inferred from", from.clone()) } }
                { row("Place", m.place.clone().unwrap_or_else(|| "not stated".into())) }
                { row("Kind", m.kind.label().into()) }
                { row("Source", m.source.clone()) }
                { row("File", format!("{} (SHA-256 {})", m.file, m.sha256)) }
                { row("Length", format!("{}, {}, {}", format::count(s.stats.words, "word", "words"), format::count(s.stats.sentences, "sentence", "sentences"), format::count(s.analysis.segments.paragraphs.len(), "paragraph", "paragraphs"))) }
            </dl>
            <h3>{ "What cleaning removed" }</h3>
            <p>{ "The file is shipped byte for byte; cleaning never edits a word. It removed:" }</p>
            <ul class="removals">
                { for removals.iter().take(LISTED).map(|r| html! {
                    <li><q>{ &s.raw[r.raw.clone()] }</q>{ format!(" — {}", r.why) }
                        if let Some(field) = &r.keep_as { { format!(" (kept as metadata: {field})") } }</li>
                }) }
                if removals.len() > LISTED { <li>{ format!("and {} more", format::thousands(removals.len() - LISTED)) }</li> }
                if removals.is_empty() { <li>{ "nothing" }</li> }
            </ul>
            <p>
                { "It also folded runs of spaces into one" }
                { match m.cleaning.unwrap { Unwrap::Always => ", joined hard-wrapped lines into paragraphs", Unwrap::Never => "", Unwrap::Auto => ", joined lines that continue a sentence" } }
                { if joins.is_empty() { "." } else { ", and joined paragraphs broken mid-sentence:" } }
            </p>
            if !joins.is_empty() {
                <ul>{ for joins.iter().map(|(after, why)| html! { <li>{ format!("after “{after}” — {why}") }</li> }) }</ul>
            }
        </details>
    }
}
