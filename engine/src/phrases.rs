//! Phrases matched with one Aho–Corasick automaton: case-insensitive, whole
//! words, leftmost-longest, with `*` word endings.
//!
//! Phrases come in families (principle cues, rule terms, axis vocabulary) that
//! must not hide each other: "data security" as a cue must not stop "security"
//! counting as axis vocabulary. Three automata would read the text three times;
//! instead one automaton reports every overlapping match in a single pass, and
//! each family then keeps its own leftmost-longest, non-overlapping choice.
//! That is also exact where a plain leftmost-longest search is not: a longest
//! match that fails the whole-word test no longer hides a shorter one that passes.

use crate::words::is_word_char;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// What a phrase stands for, and whether it ends in `*`.
#[derive(Clone, Copy, Debug)]
struct Target<T> {
    value: T,
    family: usize,
    prefix: bool,
}

/// Phrases in families, each phrase tagged with values of type `T`.
#[derive(Clone, Debug)]
pub(crate) struct PhraseSet<T> {
    automaton: AhoCorasick,
    targets: Vec<Vec<Target<T>>>,
    families: usize,
}

/// One whole-word match: its span and what it stands for.
pub(crate) type Hit<T> = (Range<usize>, T);

/// A match before selection, with the length of the phrase's literal part: where
/// several phrases cover one span ("multilateral*" and "multilateralism"), the
/// most specific one is the match.
struct Candidate<T> {
    span: Range<usize>,
    literal: usize,
    value: T,
}

impl<T: Copy> PhraseSet<T> {
    /// Builds the set from `(family, phrase, value)` written in the codebook's cue syntax.
    pub(crate) fn new<'a>(families: usize, entries: impl IntoIterator<Item = (usize, &'a str, T)>) -> Self {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target<T>>> = Vec::new();
        for (family, phrase, value) in entries {
            let prefix = phrase.ends_with('*');
            let key = phrase.trim_end_matches('*').to_lowercase();
            for variant in apostrophe_variants(&key) {
                let id = *index.entry(variant.clone()).or_insert_with(|| {
                    patterns.push(variant);
                    targets.push(Vec::new());
                    patterns.len() - 1
                });
                targets[id].push(Target { value, family, prefix });
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("phrase sets are far below the automaton's size limits");
        PhraseSet {
            automaton,
            targets,
            families,
        }
    }

    /// For each family, its whole-word matches in `text`: leftmost-longest,
    /// non-overlapping, in order. Several values on one span are all kept.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<Hit<T>>> {
        let mut candidates: Vec<Vec<Candidate<T>>> = (0..self.families).map(|_| Vec::new()).collect();
        for m in self.automaton.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            if text[..start].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            let continues = text[end..].chars().next().is_some_and(is_word_char);
            for t in &self.targets[m.pattern().as_usize()] {
                let to = if t.prefix {
                    word_end(text, end)
                } else if continues {
                    continue;
                } else {
                    end
                };
                candidates[t.family].push(Candidate {
                    span: start..to,
                    literal: end - start,
                    value: t.value,
                });
            }
        }
        candidates.into_iter().map(leftmost_longest).collect()
    }
}

/// Keeps the leftmost-longest non-overlapping spans, each with the values of
/// its most specific phrase.
fn leftmost_longest<T>(mut hits: Vec<Candidate<T>>) -> Vec<Hit<T>> {
    use std::cmp::Reverse;
    hits.sort_by_key(|c| (c.span.start, Reverse(c.span.end), Reverse(c.literal)));
    let mut kept: Vec<Hit<T>> = Vec::with_capacity(hits.len());
    let mut last: Option<(Range<usize>, usize)> = None;
    for c in hits {
        let keep = match &last {
            None => true,
            Some((span, literal)) => c.span.start >= span.end || (c.span == *span && c.literal == *literal),
        };
        if keep {
            last = Some((c.span.clone(), c.literal));
            kept.push((c.span, c.value));
        }
    }
    kept
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
