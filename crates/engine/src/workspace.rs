//! A reader's own workspace: the texts they add, with their details, and the
//! codebook they edit. The browser keeps it and writes it to one file
//! (`*.lens-workspace.json`) that reads back here, checked, with a message
//! that points at the line of any error.

use crate::clean::CleanRules;
use crate::codebook::Codebook;
use crate::corpus::{DatePrecision, SpeechKind, SpeechMeta};
use crate::date::Date;
use crate::input::InputError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest text a workspace takes, in bytes (the size of a long report).
pub const MAX_TEXT_BYTES: usize = 16_000_000;

/// The version of the workspace file this engine writes and reads.
pub const WORKSPACE_VERSION: u32 = 1;

/// What the reader says of a text they add.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextDetails {
    /// Title, as the library shows it.
    pub title: String,
    /// Who spoke or wrote it.
    pub speaker: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Venue or event.
    pub venue: String,
}

/// A text the reader added, as stored and exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserText {
    /// Id in URLs and exports, `own-…`, unique in the workspace.
    pub id: String,
    /// Title.
    pub title: String,
    /// Who spoke or wrote it.
    pub speaker: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Venue or event.
    pub venue: String,
    /// The file it came from, or `pasted`.
    pub file: String,
    /// The text (for HTML files, the page's text).
    pub text: String,
    /// When it was added, in milliseconds since 1970 (0: not recorded); keeps
    /// the library in the order texts were added.
    #[serde(default)]
    pub added: u64,
}

impl UserText {
    /// The text's metadata in the form the views show for every speech.
    pub fn meta(&self) -> SpeechMeta {
        SpeechMeta {
            id: self.id.clone(),
            short: short_label(&self.title),
            file: self.file.clone(),
            sha256: String::new(),
            title: self.title.clone(),
            speaker: self.speaker.clone(),
            role: String::new(),
            venue: self.venue.clone(),
            date: self.date.clone(),
            date_precision: date_precision(&self.date).unwrap_or(DatePrecision::Year),
            date_inferred_from: None,
            place: None,
            kind: SpeechKind::Statement,
            source: format!("Added by you from {}", self.file),
            cleaning: CleanRules::generic(),
        }
    }
}

/// Up to 24 characters of a title, cut at a word, for charts and tables.
fn short_label(title: &str) -> String {
    if title.chars().count() <= 24 {
        return title.to_string();
    }
    let mut out = String::new();
    for word in title.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > 23 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = title.chars().take(23).collect();
    }
    out.push('…');
    out
}

/// The precision of a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or
/// `None` if it is not one.
///
/// ```
/// use lens_engine::{corpus::DatePrecision, workspace::date_precision};
/// assert_eq!(date_precision("2021-09"), Some(DatePrecision::Month));
/// assert_eq!(date_precision("2021-13"), None);
/// assert_eq!(date_precision("Sept 2021"), None);
/// ```
pub fn date_precision(date: &str) -> Option<DatePrecision> {
    Date::parse(date).map(|d| d.precision())
}

/// The texts and codebook a reader keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    /// File version: [`WORKSPACE_VERSION`].
    pub version: u32,
    /// The reader's texts, in the order added.
    pub texts: Vec<UserText>,
    /// The edited codebook, or none for the default.
    #[serde(default)]
    pub codebook: Option<Codebook>,
}

/// Why a text or a workspace file cannot be taken. Each message names the
/// file and says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    /// The file's bytes are not a text to analyse.
    Input {
        /// The file.
        file: String,
        /// What is wrong.
        error: InputError,
    },
    /// The same text is already in the workspace.
    Duplicate {
        /// The file.
        file: String,
        /// The title of the text it repeats.
        of: String,
    },
    /// A detail is missing or malformed.
    Details {
        /// The file.
        file: String,
        /// What is wrong and what to do.
        message: String,
    },
    /// A workspace file that cannot be read.
    File {
        /// 1-based line, when the error has one.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkspaceError::Input { file, error } => write!(f, "“{file}” {error}."),
            WorkspaceError::Duplicate { file, of } => write!(
                f,
                "“{file}” is the same text as “{of}”, already in your library; it was not added again."
            ),
            WorkspaceError::Details { file, message } => write!(f, "“{file}”: {message}."),
            WorkspaceError::File {
                line: Some(line),
                message,
            } => write!(
                f,
                "This workspace file cannot be read: line {line}: {message}. Nothing was changed."
            ),
            WorkspaceError::File {
                line: None,
                message,
            } => write!(
                f,
                "This workspace file cannot be read: {message}. Nothing was changed."
            ),
        }
    }
}

impl std::error::Error for WorkspaceError {}

/// A text's words, lower-cased, one space between them, as characters.
fn words(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace().enumerate().flat_map(|(i, word)| {
        let space = (i > 0).then_some(' ');
        space
            .into_iter()
            .chain(word.chars().flat_map(char::to_lowercase))
    })
}

/// Whether two texts have the same words in the same order, whatever their
/// spacing or case: then they are the same text. Stops at the first
/// difference, and allocates nothing.
fn same_words(a: &str, b: &str) -> bool {
    words(a).eq(words(b))
}

/// An id for a text titled `title` that none of `texts` has.
fn fresh_id<'a>(texts: impl Iterator<Item = &'a UserText> + Clone, title: &str) -> String {
    let base = format!("own-{}", slug(title));
    let taken = |id: &str| texts.clone().any(|t| t.id == id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

/// Lower-case letters and digits of `title`, words joined by `-`, at most 40 bytes.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 40 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    if out.is_empty() {
        out.push_str("text");
    }
    out
}

impl Workspace {
    /// An empty workspace: no texts, the default codebook.
    pub fn new() -> Workspace {
        Workspace {
            version: WORKSPACE_VERSION,
            ..Workspace::default()
        }
    }

    /// Whether it holds nothing of the reader's.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty() && self.codebook.is_none()
    }

    /// Checks `details` and the text from `file`, and returns the text to add,
    /// with a fresh id; the workspace is not changed.
    ///
    /// ```
    /// use lens_engine::workspace::{TextDetails, Workspace, WorkspaceError};
    /// let mut ws = Workspace::new();
    /// let details = TextDetails { title: "Statement".into(), date: "2021".into(), ..Default::default() };
    /// let text = ws.prepare("a.txt", "We uphold multilateralism.".into(), &details).unwrap();
    /// assert_eq!(text.id, "own-statement");
    /// ws.texts.push(text);
    /// let again = ws.prepare("b.txt", "We  uphold\nmultilateralism.".into(), &details);
    /// assert!(matches!(again, Err(WorkspaceError::Duplicate { .. })));
    /// ```
    pub fn prepare(
        &self,
        file: &str,
        text: String,
        details: &TextDetails,
    ) -> Result<UserText, WorkspaceError> {
        self.prepare_among(&[], file, text, details)
    }

    /// [`Workspace::prepare`] for several texts at once: each is also checked
    /// against those before it that could be added (a duplicate of one of
    /// them is refused, and ids stay unique).
    ///
    /// ```
    /// use lens_engine::workspace::{TextDetails, Workspace};
    /// let details = TextDetails { title: "Statement".into(), date: "2021".into(), ..Default::default() };
    /// let texts = ["We uphold peace.", "We oppose hegemony.", "We uphold  peace."];
    /// let items = texts.iter().map(|t| ("f.txt".to_string(), t.to_string(), details.clone()));
    /// let out = Workspace::new().prepare_all(items);
    /// assert_eq!(out[0].as_ref().unwrap().id, "own-statement");
    /// assert_eq!(out[1].as_ref().unwrap().id, "own-statement-2");
    /// assert!(out[2].is_err());
    /// ```
    pub fn prepare_all(
        &self,
        items: impl IntoIterator<Item = (String, String, TextDetails)>,
    ) -> Vec<Result<UserText, WorkspaceError>> {
        let mut ready: Vec<UserText> = Vec::new();
        let mut out = Vec::new();
        for (file, text, details) in items {
            let result = self.prepare_among(&ready, &file, text, &details);
            if let Ok(text) = &result {
                ready.push(text.clone());
            }
            out.push(result);
        }
        out
    }

    /// [`Workspace::prepare`], as if `earlier` were in the workspace too.
    fn prepare_among(
        &self,
        earlier: &[UserText],
        file: &str,
        text: String,
        details: &TextDetails,
    ) -> Result<UserText, WorkspaceError> {
        let bad = |message: &str| WorkspaceError::Details {
            file: file.to_string(),
            message: message.to_string(),
        };
        let title = details.title.trim();
        if title.is_empty() {
            return Err(bad("give it a title"));
        }
        let date = details.date.trim();
        if date_precision(date).is_none() {
            return Err(bad(
                "give its date as a year (2021), a month (2021-09) or a day (2021-09-14)",
            ));
        }
        if text.len() > MAX_TEXT_BYTES {
            return Err(WorkspaceError::Input {
                file: file.to_string(),
                error: InputError::TooLarge {
                    size: text.len(),
                    limit: MAX_TEXT_BYTES,
                },
            });
        }
        if text.trim().is_empty() {
            return Err(WorkspaceError::Input {
                file: file.to_string(),
                error: InputError::Empty,
            });
        }
        let mut all = self.texts.iter().chain(earlier);
        if let Some(same) = all.find(|t| same_words(&t.text, &text)) {
            return Err(WorkspaceError::Duplicate {
                file: file.to_string(),
                of: same.title.clone(),
            });
        }
        Ok(UserText {
            id: fresh_id(self.texts.iter().chain(earlier), title),
            title: title.to_string(),
            speaker: details.speaker.trim().to_string(),
            date: date.to_string(),
            venue: details.venue.trim().to_string(),
            file: file.to_string(),
            text,
            added: 0,
        })
    }

    /// The workspace as a file, pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a workspace always serialises")
    }

    /// Reads a workspace file and checks every text and the codebook.
    ///
    /// ```
    /// use lens_engine::workspace::Workspace;
    /// let err = Workspace::from_json("{\n \"version\": 1,\n \"texts\": [}").unwrap_err();
    /// assert!(err.to_string().contains("line 3"));
    /// ```
    pub fn from_json(json: &str) -> Result<Workspace, WorkspaceError> {
        let ws: Workspace = serde_json::from_str(json).map_err(|e| WorkspaceError::File {
            line: Some(e.line()),
            message: e.to_string(),
        })?;
        let bad = |message: String| WorkspaceError::File {
            line: None,
            message,
        };
        if ws.version != WORKSPACE_VERSION {
            return Err(bad(format!(
                "it is version {}, and this version of Principle Lens reads version {WORKSPACE_VERSION}",
                ws.version
            )));
        }
        for (i, t) in ws.texts.iter().enumerate() {
            let ok_id = t.id.starts_with("own-")
                && t.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !ok_id {
                return Err(bad(format!(
                    "texts[{i}].id \"{}\" is not an own-… id",
                    t.id
                )));
            }
            if ws.texts[..i].iter().any(|u| u.id == t.id) {
                return Err(bad(format!("texts[{i}].id \"{}\" is used twice", t.id)));
            }
            if t.title.trim().is_empty() || t.text.trim().is_empty() {
                return Err(bad(format!("texts[{i}] needs a title and a text")));
            }
            if date_precision(&t.date).is_none() {
                return Err(bad(format!("texts[{i}].date \"{}\" is not a date", t.date)));
            }
            if t.text.len() > MAX_TEXT_BYTES {
                return Err(bad(format!("texts[{i}] is over the size limit")));
            }
        }
        if let Some(book) = &ws.codebook {
            book.validate().map_err(|e| bad(format!("codebook: {e}")))?;
        }
        Ok(ws)
    }

    /// Adds `other`'s texts that are not here already (by content; ids are
    /// renewed where taken) and takes its codebook if it has one. Returns the
    /// titles added and the titles skipped as duplicates.
    pub fn merge(&mut self, other: Workspace) -> (Vec<String>, Vec<String>) {
        let (mut added, mut skipped) = (Vec::new(), Vec::new());
        for text in other.texts {
            if self.texts.iter().any(|t| same_words(&t.text, &text.text)) {
                skipped.push(text.title);
                continue;
            }
            let id = if self.texts.iter().any(|t| t.id == text.id) {
                fresh_id(self.texts.iter(), &text.title)
            } else {
                text.id.clone()
            };
            added.push(text.title.clone());
            self.texts.push(UserText { id, ..text });
        }
        if other.codebook.is_some() {
            self.codebook = other.codebook;
        }
        (added, skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn details(title: &str, date: &str) -> TextDetails {
        TextDetails {
            title: title.into(),
            speaker: "A. Speaker".into(),
            date: date.into(),
            venue: "Geneva".into(),
        }
    }

    #[test]
    fn prepare_checks_details_and_names_the_file() {
        let ws = Workspace::new();
        let err = ws
            .prepare("notes.txt", "Peace.".into(), &details("", "2021"))
            .unwrap_err();
        assert_eq!(err.to_string(), "“notes.txt”: give it a title.");
        let err = ws
            .prepare("notes.txt", "Peace.".into(), &details("T", "21/9/2021"))
            .unwrap_err();
        assert!(err.to_string().contains("give its date as a year"));
        let err = ws
            .prepare("e.txt", " \n ".into(), &details("T", "2021"))
            .unwrap_err();
        assert!(err.to_string().starts_with("“e.txt” is empty"));
    }

    #[test]
    fn ids_are_unique_and_readable() {
        let mut ws = Workspace::new();
        for text in ["One.", "Two.", "Three."] {
            let t = ws
                .prepare(
                    "f.txt",
                    text.into(),
                    &details("Statement at the OEWG!", "2021-03"),
                )
                .unwrap();
            ws.texts.push(t);
        }
        let ids: Vec<&str> = ws.texts.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "own-statement-at-the-oewg",
                "own-statement-at-the-oewg-2",
                "own-statement-at-the-oewg-3"
            ]
        );
    }

    #[test]
    fn meta_carries_the_details() {
        let ws = Workspace::new();
        let t = ws
            .prepare(
                "speech.html",
                "Text.".into(),
                &details(
                    "A very long title of a statement on cyberspace",
                    "2021-09-14",
                ),
            )
            .unwrap();
        let meta = t.meta();
        assert_eq!(meta.short, "A very long title of a…");
        assert_eq!(meta.date_label(), "14 September 2021");
        assert_eq!(meta.speaker, "A. Speaker");
        assert_eq!(meta.source, "Added by you from speech.html");
    }

    #[test]
    fn the_file_round_trips_and_merges_without_duplicates() {
        let mut ws = Workspace::new();
        let t = ws
            .prepare("a.txt", "We uphold peace.".into(), &details("A", "2020"))
            .unwrap();
        ws.texts.push(t);
        ws.codebook = Some(Codebook::bundled());
        let back = Workspace::from_json(&ws.to_json()).unwrap();
        assert_eq!(back, ws);

        let mut other = Workspace::new();
        let dup = other
            .prepare(
                "copy.txt",
                "We uphold  peace.".into(),
                &details("A copy", "2020"),
            )
            .unwrap();
        let new = other
            .prepare("b.txt", "We oppose hegemony.".into(), &details("A", "2020"))
            .unwrap();
        other.texts.extend([dup, new]);
        let (added, skipped) = ws.merge(other);
        assert_eq!(added, ["A"]);
        assert_eq!(skipped, ["A copy"]);
        assert_eq!(ws.texts[1].id, "own-a-2", "a taken id is renewed");
    }

    #[test]
    fn bad_files_say_where() {
        for (json, says) in [
            ("not json", "line 1"),
            ("{\"version\": 2, \"texts\": []}", "version 2"),
            (
                "{\"version\": 1, \"texts\": [{\"id\": \"x\", \"title\": \"T\", \"speaker\": \"\", \"date\": \"2020\", \"venue\": \"\", \"file\": \"f\", \"text\": \"t\"}]}",
                "texts[0].id",
            ),
            (
                "{\"version\": 1, \"texts\": [{\"id\": \"own-x\", \"title\": \"T\", \"speaker\": \"\", \"date\": \"someday\", \"venue\": \"\", \"file\": \"f\", \"text\": \"t\"}]}",
                "texts[0].date",
            ),
            ("{\"version\": 1, \"texts\": [], \"extra\": 1}", "unknown field"),
        ] {
            let err = Workspace::from_json(json).unwrap_err().to_string();
            assert!(err.contains(says), "{err} should mention {says}");
            assert!(err.ends_with("Nothing was changed."));
        }
    }
}
