//! A speech's principles at a glance: one bar per principle, its height the
//! principle's density, its letter below.

use crate::corpus_data::{CorpusData, SpeechData};
use crate::format;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Fingerprint`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Index of the speech.
    pub speech: usize,
}

/// The fingerprint, scaled to the densest principle in the corpus.
#[function_component(Fingerprint)]
pub fn fingerprint(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let speech: &SpeechData = &data.speeches[props.speech];
    let max = data.max_density();
    html! {
        <ul class="fingerprint" aria-label="Principles argued, by density">
            { for data.principles().iter().zip(&speech.stats.principles).map(|(p, c)| {
                let height = format::fixed(c.per_1000_words / max * 100.0, 0);
                html! {
                    <li style={format!("--c:{};--h:{height}%", p.colour)}>
                        <span class="bar" aria-hidden="true"></span>
                        <span class="letter" aria-hidden="true">{ &p.letter }</span>
                        <span class="vh">{ format!("{}: {} sentences, {} cues per 1,000 words", p.label, c.sentences, format::fixed(c.per_1000_words, 1)) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}
