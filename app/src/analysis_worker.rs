//! The analysis worker: analyses the reader's own texts off the main thread,
//! in steps, reporting progress after each and dropping a job when asked, so a
//! text of many megabytes never freezes the page. Runs in `principle-lens-worker`.

use gloo::timers::callback::Timeout;
use gloo::worker::{HandlerId, Worker, WorkerScope};
use lens_engine::clean::CleanRules;
use lens_engine::codebook::Codebook;
use lens_engine::stats::TextStats;
use lens_engine::stepwise::StepwiseAnalysis;
use lens_engine::{Analysis, Lens};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// What the page asks of the worker.
#[derive(Serialize, Deserialize)]
pub enum Request {
    /// Analyse `text` with `codebook`; replaces any queued job for `key`.
    Analyse {
        /// The text's id.
        key: String,
        /// The codebook's generation in the page, echoed in every report.
        generation: u64,
        /// The codebook to apply.
        codebook: Codebook,
        /// The raw text.
        text: String,
    },
    /// Stop analysing `key`.
    Cancel(String),
}

/// What the worker tells the page.
#[derive(Serialize, Deserialize)]
pub enum Report {
    /// How far the analysis of `key` is, from 0 to 1.
    Progress {
        /// The text's id.
        key: String,
        /// As in the request.
        generation: u64,
        /// Fraction done.
        fraction: f64,
    },
    /// The finished analysis of `key`.
    Done {
        /// The text's id.
        key: String,
        /// As in the request.
        generation: u64,
        /// Cleaned, segmented, annotated.
        analysis: Box<Analysis>,
        /// Its statistics.
        stats: TextStats,
    },
}

/// A queued or running analysis.
struct Job {
    who: HandlerId,
    key: String,
    generation: u64,
    codebook: Codebook,
    work: StepwiseAnalysis,
}

/// The worker's state: a queue of jobs, run one step per turn of the event
/// loop so that requests (a cancel) are heard between steps.
pub struct AnalysisWorker {
    queue: VecDeque<Job>,
    lens: Option<Lens>,
    stepping: bool,
}

/// Run the next step.
pub struct Step;

impl AnalysisWorker {
    /// Schedules the next step as a new task, unless one is scheduled.
    fn schedule(&mut self, scope: &WorkerScope<Self>) {
        if !self.stepping && !self.queue.is_empty() {
            self.stepping = true;
            let scope = scope.clone();
            Timeout::new(0, move || scope.send_message(Step)).forget();
        }
    }
}

impl Worker for AnalysisWorker {
    type Message = Step;
    type Input = Request;
    type Output = Report;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker {
            queue: VecDeque::new(),
            lens: None,
            stepping: false,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _step: Step) {
        self.stepping = false;
        let Some(job) = self.queue.front_mut() else {
            return;
        };
        if self.lens.as_ref().map(Lens::codebook) != Some(&job.codebook) {
            self.lens = Some(Lens::new(job.codebook.clone()));
        }
        let lens = self.lens.as_ref().expect("made above");
        if job.work.step(lens) {
            let job = self.queue.pop_front().expect("the job just stepped");
            let analysis = job.work.finish().expect("the step said done");
            let stats = TextStats::new(&analysis, job.codebook.principles.len());
            scope.respond(
                job.who,
                Report::Done {
                    key: job.key,
                    generation: job.generation,
                    analysis: Box::new(analysis),
                    stats,
                },
            );
        } else {
            scope.respond(
                job.who,
                Report::Progress {
                    key: job.key.clone(),
                    generation: job.generation,
                    fraction: job.work.progress(),
                },
            );
        }
        self.schedule(scope);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, who: HandlerId) {
        match request {
            Request::Analyse {
                key,
                generation,
                codebook,
                text,
            } => {
                self.queue.retain(|j| j.key != key);
                self.queue.push_back(Job {
                    who,
                    key,
                    generation,
                    codebook,
                    work: StepwiseAnalysis::new(text, CleanRules::generic()),
                });
            }
            Request::Cancel(key) => self.queue.retain(|j| j.key != key),
        }
        self.schedule(scope);
    }
}
