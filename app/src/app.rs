//! The reader app (`index.html`): loads the corpus once, holds the view state,
//! and shows the library or a speech as the URL says.

use crate::components::{library_page::LibraryPage, reader_page::ReaderPage};
use crate::corpus_data::CorpusData;
use crate::hooks::{current_fragment, use_url_sync};
use crate::route::{Entry, Route};
use crate::site::{redirect, SiteHeader};
use crate::state::ViewState;
use std::rc::Rc;
use yew::prelude::*;

/// The reader's root component.
#[function_component(App)]
pub fn app() -> Html {
    let data = use_memo((), |_| CorpusData::load());
    let ids = use_memo((), {
        let data = data.clone();
        move |_| data.principle_ids()
    });
    let state = use_reducer({
        let ids = ids.clone();
        move || {
            ViewState::new(
                Route::parse(&current_fragment(), &ids),
                Rc::new(ids.to_vec()),
            )
        }
    });
    use_url_sync(state.clone());

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
        <ContextProvider<Rc<CorpusData>> context={data}>
            <ContextProvider<UseReducerDispatcher<ViewState>> context={state.dispatcher()}>
                <SiteHeader here={Entry::Reader} state={state.clone()} />
                { page }
            </ContextProvider<UseReducerDispatcher<ViewState>>>
        </ContextProvider<Rc<CorpusData>>>
    }
}
