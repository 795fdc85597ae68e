//! The reader's workspace on the explore page: their texts and codebook as
//! stored, each text's analysis (made by the analysis worker), and the
//! operations the texts and codebook pages offer. Memory changes only after
//! the store has committed, so a failed write loses nothing and shows nothing
//! that is not kept.

use crate::analysis_worker::{AnalysisWorker, Assembler, Outcome, Request};
use crate::corpus_data::{CorpusData, SpeechData};
use crate::store;
use gloo::worker::{Spawnable, WorkerBridge};
use lens_engine::codebook::Codebook;
use lens_engine::workspace::{UserText, Workspace};
use lens_engine::Lens;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use yew::prelude::*;

/// The worker's loader script, made by Trunk next to the page.
const WORKER_LOADER: &str = "principle-lens-worker_loader.js";

/// Where the analysis of one of the reader's texts is.
#[derive(Clone)]
pub enum TextStatus {
    /// Sent to the worker; nothing heard yet.
    Waiting,
    /// Being analysed: the fraction done.
    Analysing(f64),
    /// Stopped by the reader.
    Cancelled,
    /// Analysed with the current codebook.
    Ready(Box<SpeechData>),
}

/// The workspace as the page holds it.
#[derive(Clone, Default)]
pub struct Model {
    /// Texts and codebook, as stored.
    pub stored: Rc<Workspace>,
    /// Whether the store has been read.
    pub loaded: bool,
    /// What could not be read from the store, for the reader.
    pub load_problems: Vec<String>,
    /// Bumped whenever the codebook changes.
    pub generation: u64,
    /// Bumped whenever a text or an analysis changes.
    pub revision: u64,
    /// Each text's analysis, by id.
    pub status: Rc<HashMap<String, TextStatus>>,
}

/// A change to the workspace.
pub enum Change {
    /// Read from the store.
    Loaded(Workspace, Vec<String>),
    /// Texts stored (added, or renamed in place).
    Stored(Vec<UserText>),
    /// A text deleted from the store.
    Deleted(String),
    /// The codebook to analyse with (none: the default).
    Codebook(Option<Codebook>),
    /// What the worker reported.
    Worker(Outcome),
    /// The reader stopped an analysis.
    Cancelled(String),
    /// The reader asked for an analysis again.
    Retry(String),
}

impl Model {
    /// The codebook in force.
    pub fn codebook(&self) -> Codebook {
        self.stored
            .codebook
            .clone()
            .unwrap_or_else(Codebook::bundled)
    }

    fn edit(&self, f: impl FnOnce(&mut Workspace)) -> Model {
        let mut stored = (*self.stored).clone();
        f(&mut stored);
        Model {
            stored: Rc::new(stored),
            revision: self.revision + 1,
            ..self.clone()
        }
    }

    fn set_status(&self, id: String, status: TextStatus) -> Model {
        let mut all = (*self.status).clone();
        all.insert(id, status);
        Model {
            status: Rc::new(all),
            revision: self.revision + 1,
            ..self.clone()
        }
    }
}

impl PartialEq for Model {
    /// Every change bumps the revision or the generation.
    fn eq(&self, other: &Self) -> bool {
        (self.loaded, self.generation, self.revision)
            == (other.loaded, other.generation, other.revision)
    }
}

impl Reducible for Model {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let known = |id: &str| self.stored.texts.iter().any(|t| t.id == id);
        let next = match change {
            Change::Loaded(workspace, problems) => Model {
                stored: Rc::new(workspace),
                loaded: true,
                load_problems: problems,
                generation: self.generation + 1,
                revision: self.revision + 1,
                status: Rc::default(),
            },
            Change::Stored(texts) => self.edit(|w| {
                for text in texts {
                    match w.texts.iter_mut().find(|t| t.id == text.id) {
                        Some(old) => *old = text,
                        None => w.texts.push(text),
                    }
                }
            }),
            Change::Deleted(id) => {
                let mut next = self.edit(|w| w.texts.retain(|t| t.id != id));
                let mut status = (*next.status).clone();
                status.remove(&id);
                next.status = Rc::new(status);
                next
            }
            Change::Codebook(book) => {
                let mut next = self.edit(|w| w.codebook = book);
                next.generation += 1;
                next.status = Rc::default();
                next
            }
            Change::Worker(Outcome::Progress {
                key,
                generation,
                fraction,
            }) if generation == self.generation && known(&key) => {
                self.set_status(key, TextStatus::Analysing(fraction))
            }
            Change::Worker(Outcome::Finished {
                key,
                generation,
                analysis,
                stats,
            }) if generation == self.generation => {
                let Some(text) = self.stored.texts.iter().find(|t| t.id == key) else {
                    return self;
                };
                let speech = SpeechData {
                    meta: text.meta(),
                    raw: Rc::from(text.text.as_str()),
                    analysis: Rc::new(*analysis),
                    stats: Rc::new(stats),
                    own: true,
                };
                self.set_status(key, TextStatus::Ready(Box::new(speech)))
            }
            Change::Worker(_) => return self,
            Change::Cancelled(id) => self.set_status(id, TextStatus::Cancelled),
            Change::Retry(id) => {
                let mut status = (*self.status).clone();
                status.remove(&id);
                Model {
                    status: Rc::new(status),
                    revision: self.revision + 1,
                    ..(*self).clone()
                }
            }
        };
        Rc::new(next)
    }
}

/// The workspace and what can be done with it; given to the pages as a context.
#[derive(Clone)]
pub struct WorkspaceHandle {
    /// The state.
    pub model: UseReducerHandle<Model>,
    bridge: Rc<WorkerBridge<AnalysisWorker>>,
    /// Texts sent to the worker for the current generation.
    sent: Rc<RefCell<HashSet<(String, u64)>>>,
}

impl PartialEq for WorkspaceHandle {
    fn eq(&self, other: &Self) -> bool {
        self.model == other.model
    }
}

impl WorkspaceHandle {
    /// Stores `texts` (new, or renamed) in one transaction; on success they
    /// join the workspace. The error says why nothing was stored.
    pub async fn store_texts(&self, mut texts: Vec<UserText>) -> Result<(), String> {
        let now = js_sys::Date::now() as u64;
        for text in texts.iter_mut().filter(|t| t.added == 0) {
            text.added = now;
        }
        let what = match texts.as_slice() {
            [one] => format!("“{}”", one.title),
            many => format!("{} texts", many.len()),
        };
        store::save(&texts, &[], None)
            .await
            .map_err(|e| store::describe(&e, &what))?;
        store::mark_active(true);
        self.model.dispatch(Change::Stored(texts));
        Ok(())
    }

    /// Deletes a text from the store and the workspace.
    pub async fn delete(&self, text: &UserText) -> Result<(), String> {
        store::save(&[], std::slice::from_ref(&text.id), None)
            .await
            .map_err(|e| store::describe(&e, &format!("the deletion of “{}”", text.title)))?;
        self.bridge.send(Request::Cancel(text.id.clone()));
        let left = self.model.stored.texts.len() > 1 || self.model.stored.codebook.is_some();
        store::mark_active(left);
        self.model.dispatch(Change::Deleted(text.id.clone()));
        Ok(())
    }

    /// Analyses everything with `book` from now on (none: the default), and
    /// stores it.
    pub async fn set_codebook(&self, book: Option<Codebook>) -> Result<(), String> {
        let book = book.filter(|b| *b != Codebook::bundled());
        self.model.dispatch(Change::Codebook(book.clone()));
        store::mark_active(book.is_some() || !self.model.stored.texts.is_empty());
        store::save(&[], &[], Some(book.as_ref()))
            .await
            .map_err(|e| store::describe(&e, "the codebook"))
    }

    /// Stops analysing a text.
    pub fn cancel(&self, id: &str) {
        self.bridge.send(Request::Cancel(id.to_string()));
        self.model.dispatch(Change::Cancelled(id.to_string()));
    }

    /// Analyses a cancelled text after all.
    pub fn retry(&self, id: &str) {
        self.sent
            .borrow_mut()
            .remove(&(id.to_string(), self.model.generation));
        self.model.dispatch(Change::Retry(id.to_string()));
    }

    /// Sends every text with no analysis, and not yet sent, to the worker.
    fn send_pending(&self) {
        let model = &self.model;
        let mut sent = self.sent.borrow_mut();
        sent.retain(|(_, g)| *g == model.generation);
        let codebook = model.codebook();
        for text in &model.stored.texts {
            let key = (text.id.clone(), model.generation);
            if model.status.contains_key(&text.id) || sent.contains(&key) {
                continue;
            }
            sent.insert(key);
            self.bridge.send(Request::Analyse {
                key: text.id.clone(),
                generation: model.generation,
                codebook: codebook.clone(),
                text: text.text.clone(),
            });
        }
    }
}

/// The workspace: read from the store once, analysed by the worker, and the
/// corpus the views show (bundled speeches, then the reader's analysed texts,
/// all with the codebook in force).
#[hook]
pub fn use_workspace() -> (WorkspaceHandle, Rc<CorpusData>) {
    let model = use_reducer(Model::default);
    let bridge = {
        let dispatcher = model.dispatcher();
        use_memo((), move |_| {
            AnalysisWorker::spawner()
                .callback({
                    let assembler = RefCell::new(Assembler::default());
                    move |report| {
                        let outcome = assembler.borrow_mut().take(report);
                        if let Some(outcome) = outcome {
                            dispatcher.dispatch(Change::Worker(outcome));
                        }
                    }
                })
                .spawn_with_loader(WORKER_LOADER)
        })
    };
    let sent = use_memo((), |_| RefCell::new(HashSet::new()));
    let handle = WorkspaceHandle {
        model: model.clone(),
        bridge,
        sent,
    };
    {
        let dispatcher = model.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let change = match store::load().await {
                    Ok((workspace, problems)) => Change::Loaded(workspace, problems),
                    Err(e) => Change::Loaded(
                        Workspace::new(),
                        vec![store::describe(&e, "a request to read your texts")],
                    ),
                };
                dispatcher.dispatch(change);
            });
        });
    }
    {
        let handle = handle.clone();
        use_effect_with(model.revision, move |_| handle.send_pending());
    }
    let base = use_memo(model.generation, {
        let model = model.clone();
        move |_| {
            let lens = Rc::new(Lens::new(model.codebook()));
            let bundled = CorpusData::bundled(&lens);
            (lens, bundled)
        }
    });
    let data = use_memo((model.generation, model.revision), {
        let model = model.clone();
        move |_| {
            let mut speeches = base.1.clone();
            speeches.extend(model.stored.texts.iter().filter_map(
                |t| match model.status.get(&t.id) {
                    Some(TextStatus::Ready(speech)) => Some((**speech).clone()),
                    _ => None,
                },
            ));
            CorpusData::new(base.0.clone(), speeches)
        }
    });
    (handle, data)
}
