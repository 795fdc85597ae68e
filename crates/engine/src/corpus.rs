//! The bundled speeches: their raw files, compiled in byte for byte, and their
//! metadata and cleaning rules from `assets/corpus/corpus.json`.

use crate::clean::CleanRules;
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

/// What kind of text a speech file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeechKind {
    /// A statement as prepared or delivered.
    Statement,
    /// Remarks at a meeting.
    Remarks,
    /// A news report of a speech, quoting it.
    NewsReport,
}

impl SpeechKind {
    /// A label for readers.
    pub fn label(self) -> &'static str {
        match self {
            SpeechKind::Statement => "statement",
            SpeechKind::Remarks => "remarks",
            SpeechKind::NewsReport => "news report",
        }
    }
}

/// Metadata of one bundled speech.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeechMeta {
    /// Stable, readable id used in URLs and exports.
    pub id: String,
    /// A short label for charts and tables.
    pub short: String,
    /// File name in `assets/corpus/`.
    pub file: String,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// Title.
    pub title: String,
    /// Who spoke.
    pub speaker: String,
    /// The speaker's role.
    pub role: String,
    /// Venue or event.
    pub venue: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, per `date_precision`.
    pub date: String,
    /// How precise `date` is.
    pub date_precision: DatePrecision,
    /// Where the date (or speaker) is inferred rather than stated: from what.
    pub date_inferred_from: Option<String>,
    /// Place, if known.
    pub place: Option<String>,
    /// Kind of text.
    pub kind: SpeechKind,
    /// Where the text comes from.
    pub source: String,
    /// Cleaning rules for this file.
    pub cleaning: CleanRules,
}

impl SpeechMeta {
    /// The date, parsed ([`Date`]); `None` only if the metadata is malformed.
    pub fn parsed_date(&self) -> Option<Date> {
        Date::parse(&self.date)
    }

    /// The date written out: "8 September 2020", or "September 2019".
    ///
    /// ```
    /// let speeches = lens_engine::corpus::bundled();
    /// assert_eq!(speeches[0].meta.date_label(), "September 2019");
    /// assert_eq!(speeches[1].meta.date_label(), "8 September 2020");
    /// ```
    pub fn date_label(&self) -> String {
        self.parsed_date()
            .map_or_else(|| self.date.clone(), |d| d.label(self.date_precision))
    }
}

/// One bundled speech.
#[derive(Clone, Debug)]
pub struct Speech {
    /// Its metadata.
    pub meta: SpeechMeta,
    /// The file as received.
    pub raw: &'static str,
}

/// The shape of `corpus.json`, which tests read to check the compiled-in copy.
#[cfg(test)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    /// The speeches, in corpus order.
    speeches: Vec<SpeechMeta>,
}

/// The files, by name. Their order does not matter: `corpus.json` orders the speeches.
const FILES: [(&str, &str); 5] = [
    (
        "000_c054176d58585f4b.txt",
        include_str!("../../../assets/corpus/000_c054176d58585f4b.txt"),
    ),
    (
        "001_c6657ff20bea25a7.txt",
        include_str!("../../../assets/corpus/001_c6657ff20bea25a7.txt"),
    ),
    (
        "002_e3574a91118c7352.txt",
        include_str!("../../../assets/corpus/002_e3574a91118c7352.txt"),
    ),
    (
        "003_020ffd4338088df4.txt",
        include_str!("../../../assets/corpus/003_020ffd4338088df4.txt"),
    ),
    (
        "004_b9933d4005c1ed3d.txt",
        include_str!("../../../assets/corpus/004_b9933d4005c1ed3d.txt"),
    ),
];

/// The bundled speeches, in the order of `corpus.json` (by date). The metadata
/// is compiled in by the build script; tests check it equals `corpus.json`.
pub fn bundled() -> Vec<Speech> {
    crate::bundled::speeches()
        .into_iter()
        .map(|meta| {
            let raw = FILES
                .iter()
                .find(|(name, _)| *name == meta.file)
                .map(|(_, text)| *text)
                .expect("every speech names a bundled file (checked by tests)");
            Speech { meta, raw }
        })
        .collect()
}

/// The bundled speeches' raw texts one after another, a blank line between
/// them: one longer text, for tests and benchmarks of long input.
pub fn bundled_joined() -> String {
    bundled()
        .iter()
        .map(|s| s.raw)
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_in_metadata_and_codebook_equal_their_json_files() {
        let json = include_str!("../../../assets/corpus/corpus.json");
        let from_json: CorpusFile = serde_json::from_str(json).expect("corpus.json reads");
        let compiled: Vec<_> = bundled().into_iter().map(|s| s.meta).collect();
        assert_eq!(compiled, from_json.speeches);
        let book = crate::codebook::Codebook::from_json(crate::codebook::Codebook::bundled_json())
            .expect("codebook.json is valid");
        assert_eq!(crate::codebook::Codebook::bundled(), book);
    }

    #[test]
    fn every_bundled_file_is_named_by_one_speech() {
        let mut named: Vec<String> = bundled().into_iter().map(|s| s.meta.file).collect();
        named.sort();
        let files: Vec<&str> = FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(named, files);
    }
}
