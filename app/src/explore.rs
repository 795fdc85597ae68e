//! The exploration app (`explore.html`): the corpus at a glance (compare,
//! co-occurrence, the axis over time), the concordance, and exports. Every
//! view links back into the reader.

use crate::components::axis_time_page::AxisTimePage;
use crate::components::compare_page::ComparePage;
use crate::components::cooccurrence_page::CooccurrencePage;
use crate::components::export_page::ExportPage;
use crate::components::search_page::SearchPage;
use crate::corpus_data::CorpusData;
use crate::hooks::{current_fragment, use_url_sync};
use crate::route::{Entry, Route};
use crate::site::{redirect, SiteHeader};
use crate::state::ViewState;
use std::rc::Rc;
use yew::prelude::*;

/// The exploration app's root component.
#[function_component(ExploreApp)]
pub fn explore_app() -> Html {
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
        Route::Compare { sort } => html! { <ComparePage sort={sort.clone()} /> },
        Route::Cooccurrence(view) => html! { <CooccurrencePage view={view.clone()} /> },
        Route::AxisOverTime => html! { <AxisTimePage /> },
        Route::Search(view) => html! { <SearchPage view={view.clone()} /> },
        Route::Export => html! { <ExportPage /> },
        other => redirect(other, &state.ids),
    };
    html! {
        <ContextProvider<Rc<CorpusData>> context={data}>
            <ContextProvider<UseReducerDispatcher<ViewState>> context={state.dispatcher()}>
                <SiteHeader here={Entry::Explore} state={state.clone()} />
                { page }
            </ContextProvider<UseReducerDispatcher<ViewState>>>
        </ContextProvider<Rc<CorpusData>>>
    }
}
