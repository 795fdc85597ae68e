//! The embedded reader's side of the embed protocol (see [`crate::embed`]).

use crate::corpus_data::CorpusData;
use crate::embed::{command, Command, Message, VERSION};
use crate::route::{ReaderView, Route};
use crate::state::{Action, ViewState};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use js_sys::{Array, Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MessageEvent, ResizeObserver};
use yew::prelude::*;

/// While the reader is embedded: says it is ready, reports its height as it
/// changes, and follows valid commands from the host.
#[hook]
pub fn use_embed(state: UseReducerHandle<ViewState>, data: Rc<CorpusData>) {
    let embedded = match &state.route {
        Route::Reader(view) if view.embed => Some(view.host.clone()),
        _ => None,
    };
    let dispatcher = state.dispatcher();
    let ids = state.ids.clone();
    use_effect_with(embedded, move |embedded| {
        let mut teardown: Option<Box<dyn FnOnce()>> = None;
        if let (Some(host), Ok(Some(parent))) = (embedded.clone(), window().parent()) {
            if parent != window() {
                let target = host.clone().unwrap_or_else(|| "*".into());
                post(&parent, &target, &[("type", "principle-lens:ready".into())]);
                let report = {
                    let (parent, target) = (parent.clone(), target.clone());
                    Closure::<dyn FnMut()>::new(move || {
                        if let Some(body) = document().body() {
                            let height = body.unchecked_ref::<HtmlElement>().offset_height();
                            post(
                                &parent,
                                &target,
                                &[
                                    ("type", "principle-lens:height".into()),
                                    ("height", height.into()),
                                ],
                            );
                        }
                    })
                };
                let observer = ResizeObserver::new(report.as_ref().unchecked_ref()).ok();
                if let (Some(observer), Some(body)) = (&observer, document().body()) {
                    observer.observe(&body);
                }
                let speeches: Vec<String> =
                    data.speeches.iter().map(|s| s.meta.id.clone()).collect();
                let listener = EventListener::new(&window(), "message", move |event| {
                    let Some(event) = event.dyn_ref::<MessageEvent>() else {
                        return;
                    };
                    if host.as_deref().is_some_and(|h| h != event.origin()) {
                        return;
                    }
                    match command(&read(&event.data()), &speeches, &ids) {
                        Ok(Some(Command::Show { speech, principles })) => {
                            let shown = match principles {
                                Some(wanted) => ids
                                    .iter()
                                    .filter(|id| wanted.contains(id))
                                    .cloned()
                                    .collect(),
                                None => ids.to_vec(),
                            };
                            dispatcher.dispatch(Action::Navigate(Route::Reader(ReaderView {
                                speech,
                                shown,
                                sentence: None,
                                embed: true,
                                host: host.clone(),
                            })));
                        }
                        Ok(None) => {}
                        Err(message) => {
                            let reply = if host.is_some() {
                                event.origin()
                            } else {
                                "*".into()
                            };
                            post(
                                &parent,
                                &reply,
                                &[
                                    ("type", "principle-lens:error".into()),
                                    ("message", message.into()),
                                ],
                            );
                        }
                    }
                });
                teardown = Some(Box::new(move || {
                    if let Some(observer) = observer {
                        observer.disconnect();
                    }
                    drop(report);
                    drop(listener);
                }));
            }
        }
        move || {
            if let Some(teardown) = teardown {
                teardown();
            }
        }
    });
}

/// Posts `{fields…, version}` to `parent`, for `target` origin only.
fn post(parent: &web_sys::Window, target: &str, fields: &[(&str, JsValue)]) {
    let message = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(key), value);
    }
    let _ = Reflect::set(
        &message,
        &JsValue::from_str("version"),
        &JsValue::from(VERSION),
    );
    let _ = parent.post_message(&message, target);
}

/// A message's fields, whatever it is.
fn read(data: &JsValue) -> Message {
    let get = |key: &str| Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if !data.is_object() {
        return Message::default();
    }
    let principles = get("principles");
    Message {
        kind: get("type").as_string(),
        version: get("version").as_f64(),
        speech: get("speech").as_string(),
        principles: if principles.is_undefined() {
            None
        } else if Array::is_array(&principles) {
            Some(
                Array::from(&principles)
                    .iter()
                    .map(|v| v.as_string().ok_or(()))
                    .collect(),
            )
        } else {
            Some(Err(()))
        },
    }
}
