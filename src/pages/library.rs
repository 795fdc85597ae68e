//! The library: every speech with its speaker, venue, date, length and fingerprint.

use crate::components::fingerprint::Fingerprint;
use crate::corpus_data::CorpusData;
use crate::format;
use crate::route::reader_href;
use std::rc::Rc;
use yew::prelude::*;

/// The library page.
#[function_component(LibraryPage)]
pub fn library_page() -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Principle Lens — speeches")
    });
    html! {
        <main id="main" class="library" tabindex="-1">
            <h1>{ "Speeches" }</h1>
            <p class="lede">
                { format!("{} speeches on cyberspace and digital governance, 2019–2021. Open one to see, sentence by sentence, where it argues each of {} principles.", data.speeches.len(), data.principles().len()) }
            </p>
            <ul class="cards">
                { for data.speeches.iter().enumerate().map(|(i, s)| {
                    let m = &s.meta;
                    let inferred = m.date_inferred_from.is_some();
                    html! {
                        <li class="card" key={m.id.clone()}>
                            <h2><a href={reader_href(&m.id, "")}>{ &m.title }</a></h2>
                            <p class="who">{ format!("{}, {}", m.speaker, m.role) }</p>
                            <p class="where">{ &m.venue }</p>
                            <p class="facts">
                                <span>{ m.date_label() }{ if inferred { " (date inferred)" } else { "" } }</span>
                                <span class="words" data-words={s.stats.words.to_string()}>{ format::count(s.stats.words, "word", "words") }</span>
                                <span>{ m.kind.label() }</span>
                            </p>
                            <Fingerprint speech={i} />
                        </li>
                    }
                }) }
            </ul>
        </main>
    }
}
