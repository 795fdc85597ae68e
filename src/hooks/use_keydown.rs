//! Page-wide keyboard shortcuts.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::window;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Calls `on_key` for key presses anywhere on the page, except while typing in
/// a field or with a modifier held (so the browser's own shortcuts still work).
#[hook]
pub fn use_keydown(on_key: Callback<KeyboardEvent>) {
    use_effect_with(on_key, |on_key| {
        let on_key = on_key.clone();
        // Not passive: a handled key's default (scrolling) is prevented.
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&window(), "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if key.ctrl_key() || key.meta_key() || key.alt_key() {
                    return;
                }
                let typing = key
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                            || el.is_content_editable()
                    });
                if !typing {
                    on_key.emit(key.clone());
                }
            });
        move || drop(listener)
    });
}
