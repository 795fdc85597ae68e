//! What both entry pages share: the corpus and view state, the contexts that
//! hand them to every component, the skip link and the site header with the
//! main navigation, which links across the two pages.

use crate::corpus_data::CorpusData;
use crate::hooks::{current_fragment, use_url_sync};
use crate::route::{Entry, Route};
use crate::state::{Action, ViewState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Holds the view state, in step with the URL and with the codebook of `data`.
#[hook]
pub fn use_view_state(data: &Rc<CorpusData>) -> UseReducerHandle<ViewState> {
    let state = use_reducer({
        let ids = data.principle_ids();
        move || ViewState::new(Route::parse(&current_fragment(), &ids), Rc::new(ids))
    });
    {
        let state = state.clone();
        use_effect_with(data.clone(), move |data| {
            let ids = data.principle_ids();
            if *state.ids != ids {
                state.dispatch(Action::Codebook(ids));
            }
        });
    }
    use_url_sync(state.clone());
    state
}

/// Props of [`Providers`].
#[derive(Properties, PartialEq)]
pub struct ProvidersProps {
    /// The page this is.
    pub here: Entry,
    /// The corpus.
    pub data: Rc<CorpusData>,
    /// The view state.
    pub state: UseReducerHandle<ViewState>,
    /// The page's content.
    pub children: Html,
}

/// The corpus and the state's dispatcher as contexts, the header, then the page.
#[function_component(Providers)]
pub fn providers(props: &ProvidersProps) -> Html {
    html! {
        <ContextProvider<Rc<CorpusData>> context={props.data.clone()}>
            <ContextProvider<UseReducerDispatcher<ViewState>> context={props.state.dispatcher()}>
                if !matches!(&props.state.route, Route::Reader(view) if view.embed) {
                    <SiteHeader here={props.here} state={props.state.clone()} />
                }
                if let Some(edited) = &props.data.edited {
                    <p class="codebook-note" role="note">
                        <strong>{ "Edited codebook. " }</strong>
                        { format!("Every highlight, count and export here is made with “{edited}”, not the default codebook. ") }
                        <a href={Route::Codebook.href_from(props.here, &props.state.ids)}>{ "See or reset the codebook" }</a>
                    </p>
                }
                { props.children.clone() }
            </ContextProvider<UseReducerDispatcher<ViewState>>>
        </ContextProvider<Rc<CorpusData>>>
    }
}

/// An entry of the main navigation.
struct NavItem {
    label: &'static str,
    /// Where it leads.
    to: fn() -> Route,
    /// Whether a route belongs to its section.
    is: fn(&Route) -> bool,
}

const NAV: [NavItem; 9] = [
    NavItem {
        label: "Speeches",
        to: || Route::Library,
        is: |r| matches!(r, Route::Library | Route::Reader(_)),
    },
    NavItem {
        label: "Compare",
        to: || Route::Compare { sort: None },
        is: |r| matches!(r, Route::Compare { .. }),
    },
    NavItem {
        label: "Co-occurrence",
        to: || Route::Cooccurrence(Default::default()),
        is: |r| matches!(r, Route::Cooccurrence(_)),
    },
    NavItem {
        label: "Over time",
        to: || Route::AxisOverTime,
        is: |r| matches!(r, Route::AxisOverTime),
    },
    NavItem {
        label: "Concordance",
        to: || Route::Search(Default::default()),
        is: |r| matches!(r, Route::Search(_)),
    },
    NavItem {
        label: "Export",
        to: || Route::Export,
        is: |r| matches!(r, Route::Export),
    },
    NavItem {
        label: "Your texts",
        to: || Route::Texts,
        is: |r| matches!(r, Route::Texts),
    },
    NavItem {
        label: "Codebook",
        to: || Route::Codebook,
        is: |r| matches!(r, Route::Codebook),
    },
    NavItem {
        label: "Reliability",
        to: || Route::Reliability,
        is: |r| matches!(r, Route::Reliability),
    },
];

/// Props of [`SiteHeader`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The page this header is on.
    pub here: Entry,
    /// The view shown.
    pub state: UseReducerHandle<ViewState>,
}

/// The skip link and the header.
#[function_component(SiteHeader)]
pub fn site_header(props: &Props) -> Html {
    let ids = &props.state.ids;
    let route = &props.state.route;
    html! {
        <>
            <a class="skip" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <header class="site">
                <a class="brand" href={Route::Library.href_from(props.here, ids)}>{ "Principle Lens" }</a>
                <nav aria-label="Main">
                    <ul>
                        { for NAV.iter().map(|item| html! {
                            <li><a href={(item.to)().href_from(props.here, ids)} aria-current={(item.is)(route).then_some("page")}>{ item.label }</a></li>
                        }) }
                    </ul>
                </nav>
            </header>
        </>
    }
}

/// The skip link moves focus without touching the URL, which holds the view.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = gloo::utils::document().get_element_by_id("main") {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    })
}

/// Sends a route that the other page shows to that page, keeping its fragment.
pub fn redirect(route: &Route, known: &[String]) -> Html {
    let href = route.href_from(Entry::Reader, known);
    let href = if href.starts_with('#') {
        route.href_from(Entry::Explore, known)
    } else {
        href
    };
    let _ = gloo::utils::window().location().replace(&href);
    html! { <main id="main"><p><a href={href}>{ "This view is on another page: open it." }</a></p></main> }
}
