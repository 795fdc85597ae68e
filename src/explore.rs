//! The exploration app (`explore.html`): every view of the reader page, the
//! corpus at a glance (compare, co-occurrence, the axis over time), the
//! concordance, exports, and the reader's own texts and codebook, which live
//! in this page's workspace.

use crate::hooks::use_embed;
use crate::pages::axis_time::AxisTimePage;
use crate::pages::codebook::CodebookPage;
use crate::pages::compare::ComparePage;
use crate::pages::cooccurrence::CooccurrencePage;
use crate::pages::export::ExportPage;
use crate::pages::reader_or_library;
use crate::pages::reliability::ReliabilityPage;
use crate::pages::search::SearchPage;
use crate::pages::texts::TextsPage;
use crate::route::{Entry, Route};
use crate::site::{use_view_state, Providers};
use crate::workspace_state::{use_workspace, WorkspaceHandle};
use yew::prelude::*;

/// The exploration app's root component.
#[function_component(ExploreApp)]
pub fn explore_app() -> Html {
    let (workspace, data) = use_workspace();
    let state = use_view_state(&data);
    use_embed(state.clone(), data.clone());
    let page = match &state.route {
        Route::Compare { sort } => html! { <ComparePage sort={sort.clone()} /> },
        Route::Cooccurrence(view) => html! { <CooccurrencePage view={view.clone()} /> },
        Route::AxisOverTime => html! { <AxisTimePage /> },
        Route::Search(view) => html! { <SearchPage view={view.clone()} /> },
        Route::Export => html! { <ExportPage /> },
        Route::Texts => html! { <TextsPage /> },
        Route::Codebook => html! { <CodebookPage /> },
        Route::Reliability => html! { <ReliabilityPage /> },
        Route::Library | Route::Reader(_) => {
            reader_or_library(&state, &data, workspace.model.loaded)
        }
    };
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            <Providers here={Entry::Explore} data={data} state={state.clone()}>
                { page }
            </Providers>
        </ContextProvider<WorkspaceHandle>>
    }
}
