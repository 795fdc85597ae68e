//! The routed views, one file each: what a route shows ([`crate::route::Route`]),
//! composed of the shared pieces in [`crate::components`].

pub mod axis_time;
pub mod codebook;
pub mod compare;
pub mod cooccurrence;
pub mod export;
pub mod library;
pub mod reader;
pub mod reliability;
pub mod search;
pub mod texts;

use crate::corpus_data::CorpusData;
use crate::pages::{library::LibraryPage, reader::ReaderPage};
use crate::route::Route;
use crate::state::ViewState;
use yew::prelude::*;

/// The reader page's two views, shared by both entry pages: the library, or
/// the speech the route names; while the reader's own texts
/// are still being read or analysed (`settled` false), a wait notice for one
/// that is not there yet rather than "no such speech".
pub fn reader_or_library(state: &ViewState, data: &CorpusData, settled: bool) -> Html {
    match &state.route {
        Route::Reader(view) => match data.speech(&view.speech) {
            Some(_) => {
                html! { <ReaderPage view={view.clone()} focus_request={state.focus_request} /> }
            }
            None if !settled || view.speech.starts_with("own-") => html! {
                <main id="main" class="notice" aria-busy="true">
                    <h1>{ "Opening your text…" }</h1>
                    <p>{ "It is being read from this browser's storage and analysed. " }<a href={Route::Texts.to_fragment(&[])}>{ "See your texts" }</a></p>
                </main>
            },
            None => html! {
                <main id="main" class="notice">
                    <h1>{ "No such speech" }</h1>
                    <p>{ format!("This link names a speech, “{}”, that is not in this corpus.", view.speech) }</p>
                    <p><a href={Route::Library.to_fragment(&[])}>{ "See all speeches" }</a></p>
                </main>
            },
        },
        _ => html! { <LibraryPage /> },
    }
}
