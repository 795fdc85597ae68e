//! The state of adding texts, as plain data: the files waiting for their
//! details, what the form says, and how an add changes them. The component
//! (`components::add_texts`) only renders this and sends it changes; the
//! rules are tested here, natively.

use lens_engine::workspace::{TextDetails, UserText, Workspace};
use std::rc::Rc;
use yew::Reducible;

/// A text waiting for its details.
#[derive(Clone, PartialEq)]
pub struct Pending {
    /// Where it came from: a file name, or `pasted`.
    pub file: String,
    /// The text as read.
    pub text: Rc<str>,
    /// What the reader typed about it.
    pub details: TextDetails,
    /// Why it could not be added last time.
    pub problem: Option<String>,
}

/// The files waiting, and what the form says to the reader.
#[derive(Clone, Default, PartialEq)]
pub struct Intakes {
    /// Files waiting for their details.
    pub pending: Vec<Pending>,
    /// Done, in a polite live region.
    pub status: String,
    /// Files refused on reading, and failures, in an alert.
    pub problems: Vec<String>,
}

/// A change to [`Intakes`]; files arrive one by one, so changes build on the
/// latest state.
pub enum IntakeChange {
    /// A file read: waiting, or refused.
    Arrived(Pending),
    /// A file refused.
    Refused(String),
    /// New reading or adding begins: messages cleared.
    Begin,
    /// An add finished: what is still waiting, and what to say.
    Added {
        /// The files still waiting (none: the waiting list is unchanged).
        left: Option<Vec<Pending>>,
        /// What to say.
        status: String,
        /// What went wrong.
        problems: Vec<String>,
    },
    /// Details of a waiting file typed.
    Details(usize, TextDetails),
    /// A waiting file dropped by the reader.
    Remove(usize),
}

impl Reducible for Intakes {
    type Action = IntakeChange;

    fn reduce(self: Rc<Self>, change: IntakeChange) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            IntakeChange::Arrived(p) => next.pending.push(p),
            IntakeChange::Refused(problem) => next.problems.push(problem),
            IntakeChange::Begin => {
                next.status.clear();
                next.problems.clear();
            }
            IntakeChange::Added {
                left,
                status,
                problems,
            } => {
                if let Some(left) = left {
                    next.pending = left;
                }
                next.status = status;
                next.problems = problems;
            }
            IntakeChange::Details(i, d) => {
                if let Some(p) = next.pending.get_mut(i) {
                    p.details = d;
                }
            }
            IntakeChange::Remove(i) => {
                if i < next.pending.len() {
                    next.pending.remove(i);
                }
            }
        }
        Rc::new(next)
    }
}

/// Checks `pending` against the workspace in order (a later one may repeat an
/// earlier one) and returns the texts that can be added; the others keep
/// their reason.
pub fn prepare(workspace: &Workspace, pending: &mut [Pending]) -> Vec<UserText> {
    let items = pending
        .iter()
        .map(|p| (p.file.clone(), p.text.to_string(), p.details.clone()));
    let results = workspace.prepare_all(items);
    let mut ready = Vec::new();
    for (p, result) in pending.iter_mut().zip(results) {
        match result {
            Ok(text) => {
                p.problem = None;
                ready.push(text);
            }
            Err(e) => p.problem = Some(e.to_string()),
        }
    }
    ready
}

/// The title a file suggests: its name without the extension.
pub fn title_of(file: &str) -> String {
    file.rsplit_once('.')
        .map_or(file, |(stem, _)| stem)
        .replace(['_', '-'], " ")
}

/// What the form says once `titles` were stored.
pub fn added_status(titles: &[String]) -> String {
    let count = if titles.len() == 1 {
        "one text".to_string()
    } else {
        format!("{} texts", titles.len())
    };
    let quoted: Vec<String> = titles.iter().map(|t| format!("“{t}”")).collect();
    format!(
        "Added {count} to your library: {}. It is being analysed; it opens from the list below.",
        quoted.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(file: &str, text: &str, title: &str, date: &str) -> Pending {
        Pending {
            file: file.into(),
            text: Rc::from(text),
            details: TextDetails {
                title: title.into(),
                speaker: "A. Delegate".into(),
                date: date.into(),
                venue: "Geneva".into(),
            },
            problem: None,
        }
    }

    #[test]
    fn a_batch_keeps_what_cannot_be_added_with_its_reason() {
        let mut batch = vec![
            pending("a.txt", "We uphold multilateralism.", "A", "2021-05-01"),
            pending("b.txt", "We uphold   multilateralism.", "B", "2021-05-01"),
            pending("c.txt", "Peace matters.", "C", ""),
        ];
        let ready = prepare(&Workspace::default(), &mut batch);
        assert_eq!(ready.len(), 1, "the first is added");
        assert!(batch[0].problem.is_none());
        assert!(
            batch[1].problem.as_deref().unwrap().contains("same"),
            "{:?}",
            batch[1].problem
        );
        assert!(
            batch[2].problem.as_deref().unwrap().contains("date"),
            "{:?}",
            batch[2].problem
        );
    }

    #[test]
    fn changes_build_on_the_latest_state() {
        let s = Rc::new(Intakes::default());
        let s = s.reduce(IntakeChange::Arrived(pending("a.txt", "x", "A", "2021")));
        let s = s.reduce(IntakeChange::Refused("b.bin: binary".into()));
        assert_eq!((s.pending.len(), s.problems.len()), (1, 1));
        let s = s.reduce(IntakeChange::Begin);
        assert!(
            s.problems.is_empty() && s.pending.len() == 1,
            "a new reading keeps the waiting files"
        );
        let s = s.reduce(IntakeChange::Remove(5));
        assert_eq!(
            s.pending.len(),
            1,
            "removing what is not there changes nothing"
        );
        let s = s.reduce(IntakeChange::Added {
            left: Some(Vec::new()),
            status: "done".into(),
            problems: Vec::new(),
        });
        assert!(s.pending.is_empty());
        assert_eq!(s.status, "done");
    }

    #[test]
    fn titles_and_messages_read_well() {
        assert_eq!(
            title_of("un_general-debate.2021.txt"),
            "un general debate.2021"
        );
        assert_eq!(title_of("speech"), "speech");
        assert_eq!(
            added_status(&["One".into()]),
            "Added one text to your library: “One”. It is being analysed; it opens from the list below."
        );
        assert!(added_status(&["A".into(), "B".into()])
            .starts_with("Added 2 texts to your library: “A”, “B”."));
    }
}
