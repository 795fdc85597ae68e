//! Keeps the URL and the view state in step, both ways.

use crate::route::Route;
use crate::state::{Action, HistoryEntry, ViewState};
use gloo::events::EventListener;
use gloo::utils::window;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The URL's fragment, with its `#`.
pub fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Writes each change of view into the URL (as the state says: a new history
/// entry or a replaced one), and follows back, forward and edited URLs.
#[hook]
pub fn use_url_sync(state: UseReducerHandle<ViewState>) {
    {
        let state = state.clone();
        use_effect_with(state.route.clone(), move |route| {
            let fragment = route.to_fragment(&state.ids);
            if current_fragment() != fragment {
                if let Ok(history) = window().history() {
                    let url = Some(fragment.as_str());
                    // Failing to record history loses nothing on screen; the view stays.
                    let _ = match state.history {
                        HistoryEntry::Push => history.push_state_with_url(&JsValue::NULL, "", url),
                        HistoryEntry::Replace => {
                            history.replace_state_with_url(&JsValue::NULL, "", url)
                        }
                        HistoryEntry::None => Ok(()),
                    };
                }
            }
        });
    }
    use_effect_with((), move |_| {
        let follow = |dispatcher: UseReducerDispatcher<ViewState>,
                      ids: std::rc::Rc<Vec<String>>| {
            move |_: &Event| {
                dispatcher.dispatch(Action::Restore(Route::parse(&current_fragment(), &ids)))
            }
        };
        let listeners = [
            EventListener::new(
                &window(),
                "popstate",
                follow(state.dispatcher(), state.ids.clone()),
            ),
            EventListener::new(
                &window(),
                "hashchange",
                follow(state.dispatcher(), state.ids.clone()),
            ),
        ];
        move || drop(listeners)
    });
}
