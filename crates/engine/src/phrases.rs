//! Phrases matched with one Aho–Corasick automaton: case-insensitive, whole
//! words, leftmost-longest, with `*` word endings.
//!
//! Phrases come in families (principle cues, rule terms, axis vocabulary) that
//! must not hide each other: "data security" as a cue must not stop "security"
//! counting as axis vocabulary. Three automata would read the text three times;
//! instead one automaton reports every overlapping match in a single pass, and
//! each family then keeps its own leftmost-longest, non-overlapping choice.
//!
//! The automaton reads a *boundary view* of the text ([`boundary_view`]): the
//! same length, ASCII in lower case, every character that is not part of a
//! word turned into spaces, and one space in front. Each phrase is stored the
//! same way, with a space before it and (unless it ends in `*`) one after. So
//! the automaton only ever reports whole-word matches: short phrases inside
//! longer words ("un" in "fund", "war" in "toward") never surface (with the
//! other changes measured then, annotation went from 103 to 87 ms on the 10 MB
//! benchmark), and a longest match that fails the whole-word
//! test can no longer hide a shorter one that passes. Punctuation inside a
//! phrase ("open, fair") is a boundary like any other, and a hyphen matches a
//! space ("non-discriminatory", "non discriminatory").

use crate::words::is_word_char;
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::MatchKind;
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
    automaton: DFA,
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
    pub(crate) fn new<'a>(
        families: usize,
        entries: impl IntoIterator<Item = (usize, &'a str, T)>,
    ) -> Self {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target<T>>> = Vec::new();
        for (family, phrase, value) in entries {
            let prefix = phrase.ends_with('*');
            let stem = phrase.trim_end_matches('*');
            // The boundary view lower-cases ASCII; no Unicode case tables needed.
            for variant in apostrophe_variants(stem) {
                let mut key = String::from(" ");
                key.push_str(&boundary_view_of(&variant));
                if !prefix {
                    key.push(' ');
                }
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    targets.push(Vec::new());
                    patterns.len() - 1
                });
                targets[id].push(Target {
                    value,
                    family,
                    prefix,
                });
            }
        }
        // The DFA alone, not the `AhoCorasick` wrapper that can pick any kind:
        // it was the fastest kind here, and the wrapper would link the code of
        // the others into the wasm bundle. Every pattern starts with a space,
        // so a start-byte prefilter would stop at every space: none.
        let automaton = DFA::builder()
            .prefilter(false)
            .match_kind(MatchKind::Standard)
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
        let mut candidates: Vec<Vec<Candidate<T>>> =
            (0..self.families).map(|_| Vec::new()).collect();
        let view = boundary_view(text);
        let matches = self
            .automaton
            .try_find_overlapping_iter(aho_corasick::Input::new(&view))
            .expect("a DFA built for unanchored search");
        for m in matches {
            // The view has one space in front: view offset `k` is text offset `k - 1`.
            // Every pattern starts with that boundary space, and all but `*`
            // phrases end with one.
            let start = m.start();
            let targets = &self.targets[m.pattern().as_usize()];
            for t in targets {
                let end = if t.prefix { m.end() - 1 } else { m.end() - 2 };
                let to = if t.prefix { word_end(text, end) } else { end };
                insert_in_order(
                    &mut candidates[t.family],
                    Candidate {
                        span: start..to,
                        literal: end - start,
                        value: t.value,
                    },
                );
            }
        }
        candidates.into_iter().map(leftmost_longest).collect()
    }
}

/// The order candidates are chosen in: leftmost, then longest, then most specific.
fn order_key<T>(c: &Candidate<T>) -> (usize, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>) {
    use std::cmp::Reverse;
    (c.span.start, Reverse(c.span.end), Reverse(c.literal))
}

/// Inserts `c` into `sorted`, kept in [`order_key`] order. Matches arrive by
/// where they end, so a new one belongs at most a few places from the back:
/// cheaper than sorting afterwards.
fn insert_in_order<T>(sorted: &mut Vec<Candidate<T>>, c: Candidate<T>) {
    let key = order_key(&c);
    let mut at = sorted.len();
    while at > 0 && order_key(&sorted[at - 1]) > key {
        at -= 1;
    }
    sorted.insert(at, c);
}

/// Keeps the leftmost-longest non-overlapping spans, each with the values of
/// its most specific phrase. `hits` is in [`order_key`] order.
fn leftmost_longest<T>(hits: Vec<Candidate<T>>) -> Vec<Hit<T>> {
    let mut kept: Vec<Hit<T>> = Vec::with_capacity(hits.len());
    let mut last: Option<(Range<usize>, usize)> = None;
    for c in hits {
        let keep = match &last {
            None => true,
            Some((span, literal)) => {
                c.span.start >= span.end || (c.span == *span && c.literal == *literal)
            }
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

/// The boundary view of `text` (see the module documentation), as bytes: one
/// space, then `text` with ASCII lower-cased and each byte of a non-word
/// character turned into a space, then one more space. Word characters outside
/// ASCII stay as they are.
pub(crate) fn boundary_view(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut view = Vec::with_capacity(bytes.len() + 2);
    view.push(b' ');
    // One pass the compiler vectorises maps ASCII; bytes of other characters
    // pass through and are fixed below, character by character.
    view.extend(bytes.iter().map(|&b| view_byte(b)));
    view.push(b' ');
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b >= 0x80) {
        i += off;
        let c = text[i..].chars().next().expect("at a char boundary");
        let n = c.len_utf8();
        if !is_word_char(c) {
            view[i + 1..i + 1 + n].fill(b' ');
        }
        i += n;
    }
    view
}

/// The boundary view of a phrase, without the leading space.
fn boundary_view_of(phrase: &str) -> String {
    let view = boundary_view(phrase);
    String::from_utf8(view[1..view.len() - 1].to_vec()).expect("the view of UTF-8 is UTF-8")
}

/// A byte in the boundary view: ASCII letters lower-cased, digits and non-ASCII
/// bytes kept, other ASCII a space. Branch-free, so that it vectorises.
#[inline]
fn view_byte(b: u8) -> u8 {
    let lower = b | 0x20;
    let letter = lower.wrapping_sub(b'a') < 26;
    let digit = b.wrapping_sub(b'0') < 10;
    let kept = if digit || b >= 0x80 { b } else { b' ' };
    if letter {
        lower
    } else {
        kept
    }
}

/// The phrase with straight and with curly apostrophes, so that either matches
/// (they differ in length, so in the boundary view too).
fn apostrophe_variants(phrase: &str) -> Vec<String> {
    if phrase.contains(['\'', '’']) {
        vec![phrase.replace('’', "'"), phrase.replace('\'', "’")]
    } else {
        vec![phrase.to_string()]
    }
}
