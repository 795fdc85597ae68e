//! The whole view state as plain data, and every change to it as an [`Action`]:
//! each change is one match arm.

use crate::route::Route;
use std::rc::Rc;
use yew::Reducible;

/// How the latest change should be recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A new entry: back returns to the previous view (a selection; links to
    /// other pages make their own entries).
    Push,
    /// Replace the current entry (toggling principles is not a place to go back to).
    Replace,
    /// The change came from the history itself (back, forward, a typed URL).
    None,
}

/// The view state.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// What is shown; mirrored in the URL.
    pub route: Route,
    /// How to record the last change.
    pub history: HistoryEntry,
    /// Bumped when the selected sentence should take keyboard focus.
    pub focus_request: u32,
    /// The codebook's principle ids, for toggling in codebook order.
    pub ids: Rc<Vec<String>>,
}

/// A change of view.
pub enum Action {
    /// Go to a route (a form or a control; links go by the URL itself).
    Navigate(Route),
    /// The URL changed under us (back, forward, edit): show what it says.
    Restore(Route),
    /// Show or hide one principle.
    Toggle(String),
    /// Show every principle, or none.
    ShowAll(bool),
    /// The codebook changed: these are its principle ids now. The reader keeps
    /// showing what it showed that still exists, and shows new principles.
    Codebook(Vec<String>),
    /// Select a sentence (or none); with `focus`, move keyboard focus to it.
    Select {
        /// The sentence.
        sentence: Option<usize>,
        /// Whether to move focus there.
        focus: bool,
    },
}

impl ViewState {
    /// The state for a route read from the URL at start-up.
    pub fn new(route: Route, ids: Rc<Vec<String>>) -> ViewState {
        ViewState {
            route,
            history: HistoryEntry::Replace,
            focus_request: 0,
            ids,
        }
    }

    fn with(&self, route: Route, history: HistoryEntry) -> ViewState {
        ViewState {
            route,
            history,
            ..self.clone()
        }
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match (action, &self.route) {
            (Action::Navigate(route), _) => self.with(route, HistoryEntry::Push),
            (Action::Restore(route), _) => self.with(route, HistoryEntry::None),
            (Action::Toggle(id), Route::Reader(view)) => {
                let on = !view.shown.contains(&id);
                let shown = self
                    .ids
                    .iter()
                    .filter(|p| {
                        if **p == id {
                            on
                        } else {
                            view.shown.contains(p)
                        }
                    })
                    .cloned()
                    .collect();
                let mut view = view.clone();
                view.shown = shown;
                self.with(Route::Reader(view), HistoryEntry::Replace)
            }
            (Action::ShowAll(all), Route::Reader(view)) => {
                let mut view = view.clone();
                view.shown = if all { self.ids.to_vec() } else { Vec::new() };
                self.with(Route::Reader(view), HistoryEntry::Replace)
            }
            (Action::Codebook(ids), route) => {
                let route = match route {
                    Route::Reader(view) => {
                        let mut view = view.clone();
                        view.shown = ids
                            .iter()
                            .filter(|id| view.shown.contains(id) || !self.ids.contains(id))
                            .cloned()
                            .collect();
                        Route::Reader(view)
                    }
                    other => other.clone(),
                };
                ViewState {
                    ids: Rc::new(ids),
                    ..self.with(route, HistoryEntry::Replace)
                }
            }
            (Action::Select { sentence, focus }, Route::Reader(view)) => {
                let mut view = view.clone();
                view.sentence = sentence;
                let mut next = self.with(Route::Reader(view), HistoryEntry::Push);
                next.focus_request += u32::from(focus);
                next
            }
            _ => return self,
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
