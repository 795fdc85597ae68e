//! The reader app (`index.html`): loads the corpus once, holds the view state,
//! and shows the library or a speech as the URL says.

use crate::components::{library_page::LibraryPage, reader_page::ReaderPage};
use crate::hooks::use_embed;
use crate::route::{Entry, Route};
use crate::site::{redirect, use_app_state, Providers};
use yew::prelude::*;

/// The reader's root component.
#[function_component(App)]
pub fn app() -> Html {
    let (data, state) = use_app_state();
    use_embed(state.clone(), data.clone());
    let page = match &state.route {
        Route::Library => html! { <LibraryPage /> },
        Route::Reader(view) => match data.speech(&view.speech) {
            Some(_) => {
                html! { <ReaderPage view={view.clone()} focus_request={state.focus_request} /> }
            }
            None => html! {
                <main id="main" class="notice">
                    <h1>{ "No such speech" }</h1>
                    <p>{ format!("This link names a speech, “{}”, that is not in this corpus.", view.speech) }</p>
                    <p><a href="#/">{ "See all speeches" }</a></p>
                </main>
            },
        },
        other => redirect(other, &state.ids),
    };
    html! {
        <Providers here={Entry::Reader} data={data} state={state.clone()}>
            { page }
        </Providers>
    }
}
