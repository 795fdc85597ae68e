//! The reader app (`index.html`): loads the corpus once, holds the view state,
//! and shows the library or a speech as the URL says. A reader who has their
//! own texts or codebook is sent to the explore page, which has them.

use crate::corpus_data::CorpusData;
use crate::hooks::use_embed;
use crate::pages::reader_or_library;
use crate::route::{Entry, Route};
use crate::site::{redirect, use_view_state, Providers};
use yew::prelude::*;

/// The reader's root component.
#[function_component(App)]
pub fn app() -> Html {
    let data = use_memo((), |_| CorpusData::load());
    let state = use_view_state(&data);
    use_embed(state.clone(), data.clone());
    let page = match &state.route {
        Route::Library | Route::Reader(_) => reader_or_library(&state, &data, true),
        other => redirect(other, &state.ids),
    };
    html! {
        <Providers here={Entry::Reader} data={data} state={state.clone()}>
            { page }
        </Providers>
    }
}
