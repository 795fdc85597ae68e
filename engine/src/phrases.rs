//! A set of phrases matched at once with one Aho–Corasick automaton:
//! case-insensitive, whole words, leftmost-longest, with `*` word endings.

use crate::words::is_word_char;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// What a phrase stands for, and whether it ends in `*`.
#[derive(Clone, Copy, Debug)]
struct Target<T> {
    value: T,
    prefix: bool,
}

/// Phrases, each tagged with values of type `T` (one phrase may carry several).
#[derive(Clone, Debug)]
pub(crate) struct PhraseSet<T> {
    automaton: AhoCorasick,
    targets: Vec<Vec<Target<T>>>,
}

impl<T: Copy> PhraseSet<T> {
    /// Builds the set from `(phrase, value)` pairs written in the codebook's cue syntax.
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target<T>>> = Vec::new();
        for (phrase, value) in entries {
            let prefix = phrase.ends_with('*');
            let key = phrase.trim_end_matches('*').to_lowercase();
            for variant in apostrophe_variants(&key) {
                let id = *index.entry(variant.clone()).or_insert_with(|| {
                    patterns.push(variant);
                    targets.push(Vec::new());
                    patterns.len() - 1
                });
                targets[id].push(Target { value, prefix });
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("phrase sets are far below the automaton's size limits");
        PhraseSet { automaton, targets }
    }

    /// Calls `found(span, value)` for every whole-word match in `text`, in order.
    /// A match that starts or ends inside a word is skipped, and the search goes
    /// on from the next character so that a shorter phrase there can still match.
    pub(crate) fn find(&self, text: &str, mut found: impl FnMut(Range<usize>, T)) {
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.automaton.find(Input::new(text).span(pos..text.len())) else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            let mut matched_to = None;
            if !text[..start].chars().next_back().is_some_and(is_word_char) {
                let continues = text[end..].chars().next().is_some_and(is_word_char);
                for t in &self.targets[m.pattern().as_usize()] {
                    let to = if t.prefix {
                        word_end(text, end)
                    } else if continues {
                        continue;
                    } else {
                        end
                    };
                    found(start..to, t.value);
                    matched_to = matched_to.max(Some(to));
                }
            }
            pos = matched_to.unwrap_or_else(|| start + text[start..].chars().next().map_or(1, char::len_utf8));
        }
    }
}

/// The end of the word that goes on at `from`.
fn word_end(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(i, _)| from + i)
}

/// The phrase with straight and with curly apostrophes, so that either matches.
fn apostrophe_variants(phrase: &str) -> Vec<String> {
    if phrase.contains(['\'', '’']) {
        vec![phrase.replace('’', "'"), phrase.replace('\'', "’")]
    } else {
        vec![phrase.to_string()]
    }
}
