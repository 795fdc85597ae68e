//! The codebook: principles, their cues, contra cues, exclusions and rules, and
//! the two vocabularies of the security–development axis. It is data
//! (`assets/codebook.json`), read and checked here.
//!
//! # Cue syntax
//! A cue is a phrase of whole words, matched case-insensitively. A `*` at the
//! end of its last word matches any ending of that word (`multilateral*`
//! matches "multilateral" and "multilateralism"). Straight and curly
//! apostrophes match each other. A rule's group may be `@security` or
//! `@development`: the sentence uses that side of the axis vocabulary.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The principle ids that every codebook built on the spec carries.
pub const SPEC_PRINCIPLES: [&str; 11] = [
    "multilateralism",
    "security_development",
    "fairness_justice",
    "sovereignty",
    "peace_stability",
    "cooperation",
    "inclusive_development",
    "openness",
    "anti_hegemony",
    "rules_norms",
    "data_security",
];

/// A whole codebook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Codebook {
    /// Schema version; this engine reads version 1.
    pub version: u32,
    /// A name shown with results made with this codebook.
    pub name: String,
    /// The principles, in display order.
    pub principles: Vec<Principle>,
    /// The security–development axis vocabularies.
    pub axis: Axis,
}

/// One principle and what counts as arguing it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Stable id (lower case, digits, underscores).
    pub id: String,
    /// Display label.
    pub label: String,
    /// One letter that stands for the principle where colour cannot.
    pub letter: String,
    /// Display colour, `#rrggbb`.
    pub colour: String,
    /// What a sentence says when it carries the principle.
    pub definition: String,
    /// Phrases that argue for the principle.
    #[serde(default)]
    pub cues: Vec<String>,
    /// Phrases naming the opposite the principle rejects.
    #[serde(default)]
    pub contra: Vec<String>,
    /// Phrases that veto any cue they overlap.
    #[serde(default)]
    pub exclusions: Vec<String>,
    /// Rules that need several terms in one sentence.
    #[serde(default)]
    pub rules: Vec<CueRule>,
}

/// A rule that fires when a sentence has a term from every group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueRule {
    /// Stable id, unique within the principle.
    pub id: String,
    /// What the rule captures, shown when it fires.
    pub description: String,
    /// Groups of phrases; each needs one match in the sentence. A group of just
    /// `@security` or `@development` needs that side of the axis vocabulary.
    pub all_of: Vec<Vec<String>>,
    /// The rule finds the opposite the principle rejects, so a sentence it fires
    /// in argues against that opposite (like a contra cue) rather than for.
    #[serde(default)]
    pub rejects_opposite: bool,
}

/// The vocabularies that place text between security and development.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// Security vocabulary.
    pub security: Vec<String>,
    /// Development vocabulary.
    pub development: Vec<String>,
    /// Phrases that veto axis terms they overlap ("Security Council").
    #[serde(default)]
    pub exclusions: Vec<String>,
}

/// Why a codebook cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodebookError {
    /// The file is not valid JSON of the codebook's shape.
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file parses but a value is not acceptable.
    Invalid {
        /// Where: a path such as `principles[3].cues[2]`.
        at: String,
        /// The index of the principle it is in, if it is in one.
        principle: Option<usize>,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for CodebookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodebookError::Syntax {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            CodebookError::Invalid { at, message, .. } => write!(f, "{at}: {message}"),
        }
    }
}

impl std::error::Error for CodebookError {}

fn invalid(at: impl Into<String>, message: impl Into<String>) -> CodebookError {
    CodebookError::Invalid {
        at: at.into(),
        principle: None,
        message: message.into(),
    }
}

/// Most groups a rule may have: a sentence with more conditions than this is
/// better found with a cue phrase.
pub const MAX_RULE_GROUPS: usize = 8;

/// The pole of the axis a rule group may refer to.
pub const POLE_REFS: [&str; 2] = ["@security", "@development"];

impl Codebook {
    /// The codebook that ships with the app: `assets/codebook.json`, compiled in
    /// by the build script (tests check it equals what [`Codebook::from_json`]
    /// reads, and that it is valid).
    pub fn bundled() -> Codebook {
        crate::bundled::codebook()
    }

    /// How results name the codebook they were made with: its name, and for
    /// any codebook but the bundled one, that it is edited and a fingerprint of
    /// its content, so that two edits are told apart too.
    ///
    /// ```
    /// use lens_engine::codebook::Codebook;
    /// let mut book = Codebook::bundled();
    /// assert_eq!(book.provenance(), book.name);
    /// book.principles[0].cues.push("concert of nations".into());
    /// assert!(book.provenance().starts_with(&format!("{} (edited, ", book.name)));
    /// ```
    pub fn provenance(&self) -> String {
        if *self == Codebook::bundled() {
            return self.name.clone();
        }
        format!("{} (edited, {:08x})", self.name, self.fingerprint() >> 32)
    }

    /// FNV-1a over every field, each string ended by a byte no UTF-8 string
    /// holds, so that two codebooks that differ anywhere differ here (but for
    /// hash collisions). Walks the fields itself: no serializer or formatter
    /// reaches the browser's wasm for this.
    fn fingerprint(&self) -> u64 {
        let mut hash = 0xcbf2_9ce4_8422_2325_u64;
        let mut feed = |text: &str| {
            for b in text.bytes().chain([0xff]) {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        };
        feed(if self.version == 1 { "1" } else { "other" });
        feed(&self.name);
        for p in &self.principles {
            for field in [&p.id, &p.label, &p.letter, &p.colour, &p.definition] {
                feed(field);
            }
            for list in [&p.cues, &p.contra, &p.exclusions] {
                list.iter().for_each(|x| feed(x));
                feed("\u{1}");
            }
            for r in &p.rules {
                feed(&r.id);
                feed(&r.description);
                for group in &r.all_of {
                    group.iter().for_each(|x| feed(x));
                    feed("\u{1}");
                }
                feed(if r.rejects_opposite {
                    "rejects"
                } else {
                    "finds"
                });
            }
            feed("\u{2}");
        }
        for list in [
            &self.axis.security,
            &self.axis.development,
            &self.axis.exclusions,
        ] {
            list.iter().for_each(|x| feed(x));
            feed("\u{1}");
        }
        hash
    }

    /// The bundled codebook's JSON, as shipped.
    pub fn bundled_json() -> &'static str {
        include_str!("../../../assets/codebook.json")
    }

    /// Reads and checks a codebook from JSON.
    ///
    /// ```
    /// use lens_engine::codebook::{Codebook, CodebookError};
    /// let err = Codebook::from_json("{\n  \"version\": 1,\n  oops }").unwrap_err();
    /// assert!(matches!(err, CodebookError::Syntax { line: 3, .. }));
    /// ```
    pub fn from_json(json: &str) -> Result<Codebook, CodebookError> {
        let book: Codebook = serde_json::from_str(json).map_err(|e| CodebookError::Syntax {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        book.validate()?;
        Ok(book)
    }

    /// Checks principle `i`, `p`.
    fn validate_principle(&self, i: usize, p: &Principle) -> Result<(), CodebookError> {
        let at = format!("principles[{i}]");
        check_id(&p.id, &format!("{at}.id"))?;
        if self.principles[..i].iter().any(|q| q.id == p.id) {
            return Err(invalid(
                format!("{at}.id"),
                format!("\"{}\" is used twice", p.id),
            ));
        }
        if p.label.trim().is_empty() {
            return Err(invalid(format!("{at}.label"), "a label is needed"));
        }
        if p.letter.chars().count() != 1 || !p.letter.chars().all(char::is_alphanumeric) {
            return Err(invalid(
                format!("{at}.letter"),
                "must be a single letter or digit",
            ));
        }
        if self.principles[..i].iter().any(|q| q.letter == p.letter) {
            return Err(invalid(
                format!("{at}.letter"),
                format!("\"{}\" is used twice", p.letter),
            ));
        }
        if !is_hex_colour(&p.colour) {
            return Err(invalid(
                format!("{at}.colour"),
                "must be a colour like #1f77b4",
            ));
        }
        if p.cues.is_empty() && p.contra.is_empty() && p.rules.is_empty() {
            return Err(invalid(
                at.clone(),
                "needs at least one cue, contra cue or rule",
            ));
        }
        for (field, list) in [
            ("cues", &p.cues),
            ("contra", &p.contra),
            ("exclusions", &p.exclusions),
        ] {
            for (j, cue) in list.iter().enumerate() {
                check_phrase(cue, &format!("{at}.{field}[{j}]"))?;
            }
        }
        for (r, rule) in p.rules.iter().enumerate() {
            let rat = format!("{at}.rules[{r}]");
            check_id(&rule.id, &format!("{rat}.id"))?;
            if p.rules[..r].iter().any(|earlier| earlier.id == rule.id) {
                return Err(invalid(
                    format!("{rat}.id"),
                    format!("a principle has two rules named \"{}\"", rule.id),
                ));
            }
            if rule.all_of.len() < 2 || rule.all_of.len() > MAX_RULE_GROUPS {
                return Err(invalid(
                    format!("{rat}.all_of"),
                    format!("a rule needs from 2 to {MAX_RULE_GROUPS} groups"),
                ));
            }
            for (g, group) in rule.all_of.iter().enumerate() {
                let gat = format!("{rat}.all_of[{g}]");
                if group.is_empty() {
                    return Err(invalid(gat, "a group needs at least one phrase"));
                }
                let refs = group.iter().filter(|t| t.starts_with('@')).count();
                if refs > 0 && (group.len() != 1 || !POLE_REFS.contains(&group[0].as_str())) {
                    return Err(invalid(
                        gat,
                        "a group is either phrases or one of @security, @development",
                    ));
                }
                if refs == 0 {
                    for (t, term) in group.iter().enumerate() {
                        check_phrase(term, &format!("{gat}[{t}]"))?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Checks ids, letters, colours and every phrase.
    pub fn validate(&self) -> Result<(), CodebookError> {
        if self.version != 1 {
            return Err(invalid(
                "version",
                "this version of Principle Lens reads codebook version 1",
            ));
        }
        if self.principles.is_empty() {
            return Err(invalid(
                "principles",
                "a codebook needs at least one principle",
            ));
        }
        for (i, p) in self.principles.iter().enumerate() {
            self.validate_principle(i, p).map_err(|e| match e {
                CodebookError::Invalid { at, message, .. } => CodebookError::Invalid {
                    at,
                    principle: Some(i),
                    message,
                },
                other => other,
            })?;
        }
        for (field, list) in [
            ("security", &self.axis.security),
            ("development", &self.axis.development),
            ("exclusions", &self.axis.exclusions),
        ] {
            for (j, term) in list.iter().enumerate() {
                check_phrase(term, &format!("axis.{field}[{j}]"))?;
            }
        }
        Ok(())
    }

    /// The index of the principle with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.principles.iter().position(|p| p.id == id)
    }
}

fn check_id(id: &str, at: &str) -> Result<(), CodebookError> {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && id.as_bytes()[0].is_ascii_lowercase();
    if ok {
        Ok(())
    } else {
        Err(invalid(
            at,
            format!("\"{id}\" is not an id: use lower-case letters, digits and _"),
        ))
    }
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Checks the cue syntax described in the module documentation.
pub fn check_phrase(phrase: &str, at: &str) -> Result<(), CodebookError> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() {
        return Err(invalid(at, "an empty phrase matches nothing"));
    }
    if words.join(" ") != phrase {
        return Err(invalid(at, format!("\"{phrase}\" has extra spaces")));
    }
    let last = words.len() - 1;
    for (i, w) in words.iter().enumerate() {
        let stars = w.matches('*').count();
        if stars > 1 || (stars == 1 && (i != last || !w.ends_with('*'))) {
            return Err(invalid(
                at,
                format!("\"{phrase}\": * may only end the last word"),
            ));
        }
        if w.trim_end_matches('*').is_empty() {
            return Err(invalid(
                at,
                format!("\"{phrase}\": * needs the start of a word before it"),
            ));
        }
    }
    let first = phrase.chars().next().unwrap_or(' ');
    let end = phrase.trim_end_matches('*').chars().last().unwrap_or(' ');
    if !crate::words::is_word_char(first) || !crate::words::is_word_char(end) {
        return Err(invalid(
            at,
            format!("\"{phrase}\" must start and end with a letter or digit"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_rules_of_one_name_are_refused() {
        let mut book = Codebook::bundled();
        let p = book.index_of("rules_norms").unwrap();
        let twin = book.principles[p].rules[0].clone();
        book.principles[p].rules.push(twin);
        let err = book.validate().unwrap_err().to_string();
        assert!(
            err.contains(&format!("principles[{p}].rules[1].id")),
            "{err}"
        );
        assert!(err.contains("two rules named"), "{err}");
    }
}
