//! Knowing when an element comes near the viewport, for content that grows
//! as the reader scrolls.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Calls `on_near(i)` when the element of `targets[i]` comes within `margin`
/// (a CSS margin) of the viewport. After every change of `deps` the targets
/// are observed afresh, so one that is still near is reported again: content
/// that grows a step per report keeps growing until the target is out of
/// reach. Where the browser has no IntersectionObserver nothing is reported.
#[hook]
pub fn use_near_viewport<D>(
    targets: Vec<NodeRef>,
    margin: &'static str,
    deps: D,
    on_near: Callback<usize>,
) where
    D: PartialEq + 'static,
{
    let latest = use_mut_ref(|| on_near.clone());
    *latest.borrow_mut() = on_near;
    let observer: Rc<RefCell<Option<IntersectionObserver>>> = use_mut_ref(|| None);
    {
        let (observer, targets) = (observer.clone(), targets.clone());
        use_effect_with((), move |_| {
            let callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    for entry in entries.iter() {
                        let entry: IntersectionObserverEntry = entry.unchecked_into();
                        let target = entry.target();
                        let found = targets
                            .iter()
                            .position(|t| t.cast::<Element>().is_some_and(|e| e == target));
                        if let (true, Some(i)) = (entry.is_intersecting(), found) {
                            let on_near = latest.borrow().clone();
                            on_near.emit(i);
                        }
                    }
                });
            let options = IntersectionObserverInit::new();
            options.set_root_margin(margin);
            *observer.borrow_mut() =
                IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
                    .ok();
            move || {
                if let Some(observer) = observer.borrow_mut().take() {
                    observer.disconnect();
                }
                drop(callback);
            }
        });
    }
    use_effect_with(deps, move |_| {
        if let Some(observer) = &*observer.borrow() {
            observer.disconnect();
            for element in targets.iter().filter_map(NodeRef::cast::<Element>) {
                observer.observe(&element);
            }
        }
    });
}
