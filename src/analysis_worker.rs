//! The analysis worker: analyses the reader's own texts off the main thread,
//! in steps, reporting progress after each and dropping a job when asked, so a
//! text of many megabytes never freezes the page. Runs in `principle-lens-worker`.

use gloo::timers::callback::Timeout;
use gloo::worker::{HandlerId, Worker, WorkerScope};
use lens_engine::annotate::SentenceAnnotation;
use lens_engine::classify::{self, Heads};
use lens_engine::clean::{CleanRules, Cleaned};
use lens_engine::codebook::Codebook;
use lens_engine::segment::Segmentation;
use lens_engine::stats::TextStats;
use lens_engine::stepwise::StepwiseAnalysis;
use lens_engine::{Analysis, Lens};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, VecDeque};

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

/// What the worker tells the page. A finished analysis comes in parts, each
/// its own message, so that the page decodes it a slice per task: `Start`,
/// then `Text` and `Sentences` until all are there, then `Done`.
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
    /// The first part of a finished analysis: what cleaning did (its text
    /// left empty, to follow in `Text` parts), and the paragraphs and
    /// sentences.
    Start {
        /// The text's id.
        key: String,
        /// As in the request.
        generation: u64,
        /// The cleaning, without its text.
        cleaned: Box<Cleaned>,
        /// Its paragraphs and sentences.
        segments: Box<Segmentation>,
    },
    /// The next piece of the cleaned text.
    Text {
        /// The text's id.
        key: String,
        /// The piece, cut between characters.
        piece: String,
    },
    /// The annotations of the next sentences.
    Sentences {
        /// The text's id.
        key: String,
        /// The annotations, in order.
        sentences: Vec<SentenceAnnotation>,
    },
    /// The last part: the analysis of `key` is complete.
    Done {
        /// The text's id.
        key: String,
        /// Its statistics.
        stats: TextStats,
    },
}

/// Sentences per `Sentences` report.
const SENTENCES_PER_REPORT: usize = 4096;

/// Bytes of cleaned text per `Text` report, at most.
const TEXT_PER_REPORT: usize = 1 << 20;

/// `text` in pieces of at most `max` bytes (at least one character each),
/// cut between characters.
fn pieces(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut end = max.min(rest.len());
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        if end == 0 {
            end = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        let (piece, tail) = rest.split_at(end);
        out.push(piece);
        rest = tail;
    }
    out
}

/// A finished analysis as the reports that carry it to the page.
fn reports(key: String, generation: u64, analysis: Analysis, stats: TextStats) -> Vec<Report> {
    let Analysis {
        mut cleaned,
        segments,
        sentences,
    } = analysis;
    let text = std::mem::take(&mut cleaned.text);
    let mut out = vec![Report::Start {
        key: key.clone(),
        generation,
        cleaned: Box::new(cleaned),
        segments: Box::new(segments),
    }];
    out.extend(
        pieces(&text, TEXT_PER_REPORT)
            .into_iter()
            .map(|piece| Report::Text {
                key: key.clone(),
                piece: piece.to_string(),
            }),
    );
    out.extend(
        sentences
            .chunks(SENTENCES_PER_REPORT)
            .map(|part| Report::Sentences {
                key: key.clone(),
                sentences: part.to_vec(),
            }),
    );
    out.push(Report::Done { key, stats });
    out
}

/// What the page learns from the worker, once the parts are put together.
pub enum Outcome {
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
    Finished {
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

/// Puts finished analyses together from their reports, in the page.
#[derive(Default)]
pub struct Assembler {
    arriving: HashMap<String, (u64, Analysis)>,
}

impl Assembler {
    /// Takes one report; returns what the page should know, if anything yet.
    pub fn take(&mut self, report: Report) -> Option<Outcome> {
        match report {
            Report::Progress {
                key,
                generation,
                fraction,
            } => Some(Outcome::Progress {
                key,
                generation,
                fraction,
            }),
            Report::Start {
                key,
                generation,
                cleaned,
                segments,
            } => {
                let sentences = Vec::with_capacity(segments.sentences.len());
                let analysis = Analysis {
                    cleaned: *cleaned,
                    segments: *segments,
                    sentences,
                };
                self.arriving.insert(key, (generation, analysis));
                None
            }
            Report::Text { key, piece } => {
                if let Some((_, analysis)) = self.arriving.get_mut(&key) {
                    analysis.cleaned.text.push_str(&piece);
                }
                None
            }
            Report::Sentences { key, sentences } => {
                if let Some((_, analysis)) = self.arriving.get_mut(&key) {
                    analysis.sentences.extend(sentences);
                }
                None
            }
            Report::Done { key, stats } => {
                let (generation, analysis) = self.arriving.remove(&key)?;
                Some(Outcome::Finished {
                    key,
                    generation,
                    analysis: Box::new(analysis),
                    stats,
                })
            }
        }
    }
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
    /// The classifier, which labels the reader's texts next to the codebook.
    /// It is part of the worker's own wasm: fetched with it on first use,
    /// cached with it by the service worker.
    heads: Heads,
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
            heads: Heads::from_text(include_str!("../assets/heads.txt"))
                .expect("assets/heads.txt is checked by the tests"),
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
            let mut analysis = job.work.finish().expect("the step said done");
            let labels = self.heads.labels(&analysis, lens);
            classify::apply(&mut analysis, lens, &labels);
            let stats = TextStats::new(&analysis, job.codebook.principles.len());
            for report in reports(job.key, job.generation, analysis, stats) {
                scope.respond(job.who, report);
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use lens_engine::corpus;

    #[test]
    fn an_analysis_sent_in_parts_is_put_together_whole() {
        let lens = Lens::new(Codebook::bundled());
        let raw: String = corpus::bundled_joined();
        let analysis = Analysis::new(&raw.repeat(60), &CleanRules::generic(), &lens);
        let stats = TextStats::new(&analysis, lens.codebook().principles.len());
        assert!(
            analysis.sentences.len() > 2 * SENTENCES_PER_REPORT,
            "several parts"
        );
        let parts = reports("own-x".into(), 7, analysis.clone(), stats.clone());
        let texts = analysis.text().len().div_ceil(TEXT_PER_REPORT);
        assert!(texts > 1, "the text in several pieces");
        let sentences = analysis.sentences.len().div_ceil(SENTENCES_PER_REPORT);
        assert_eq!(parts.len(), 2 + texts + sentences);
        let mut assembler = Assembler::default();
        let mut outcomes = Vec::new();
        for part in parts {
            let bytes = bincode::serialize(&part).unwrap();
            outcomes.extend(assembler.take(bincode::deserialize(&bytes).unwrap()));
        }
        let [Outcome::Finished {
            key,
            generation,
            analysis: got,
            stats: got_stats,
        }] = &outcomes[..]
        else {
            panic!("one finished outcome, at the end");
        };
        assert_eq!((key.as_str(), *generation), ("own-x", 7));
        let json = |a: &Analysis| serde_json::to_string(a).unwrap();
        assert!(json(got) == json(&analysis) && *got_stats == stats);
        assert!(
            assembler
                .take(Report::Done {
                    key: "own-x".into(),
                    stats
                })
                .is_none(),
            "nothing left over"
        );
    }

    #[test]
    fn pieces_are_cut_between_characters() {
        let text = "aé€😀b".repeat(5);
        for max in 1..9 {
            let cut = pieces(&text, max);
            assert_eq!(cut.concat(), text);
            assert!(cut
                .iter()
                .all(|p| !p.is_empty() && (p.len() <= max || p.chars().count() == 1)));
        }
        assert!(pieces("", 4).is_empty());
    }
}
