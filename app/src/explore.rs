//! The exploration app (`explore.html`): the corpus at a glance (compare,
//! co-occurrence, the axis over time), the concordance, and exports. Every
//! view links back into the reader.

use crate::components::axis_time_page::AxisTimePage;
use crate::components::compare_page::ComparePage;
use crate::components::cooccurrence_page::CooccurrencePage;
use crate::components::export_page::ExportPage;
use crate::components::search_page::SearchPage;
use crate::route::{Entry, Route};
use crate::site::{redirect, use_app_state, Providers};
use yew::prelude::*;

/// The exploration app's root component.
#[function_component(ExploreApp)]
pub fn explore_app() -> Html {
    let (data, state) = use_app_state();
    let page = match &state.route {
        Route::Compare { sort } => html! { <ComparePage sort={sort.clone()} /> },
        Route::Cooccurrence(view) => html! { <CooccurrencePage view={view.clone()} /> },
        Route::AxisOverTime => html! { <AxisTimePage /> },
        Route::Search(view) => html! { <SearchPage view={view.clone()} /> },
        Route::Export => html! { <ExportPage /> },
        other => redirect(other, &state.ids),
    };
    html! {
        <Providers here={Entry::Explore} data={data} state={state.clone()}>
            { page }
        </Providers>
    }
}
