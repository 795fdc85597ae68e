//! Concordance (keyword in context): every occurrence of a word or phrase,
//! with a window of words either side, as AntConc and Voyant show it.

use crate::words::words;
use crate::Analysis;
use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// A parsed search: words, each of which may hold `*` (any letters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// Per query word, its literal parts between `*`s, lower-cased.
    tokens: Vec<Vec<String>>,
}

/// Why a search cannot run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError(pub String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

/// Case and apostrophe folding for comparing words: ASCII letters lower-cased,
/// curly apostrophes made straight. Letters outside ASCII keep their case: full
/// Unicode case tables would add about 10 KB to the wasm bundle, and the
/// speeches are in English.
fn fold(s: &str) -> String {
    s.to_ascii_lowercase().replace('’', "'")
}

/// Longest phrase a search may have; longer ones are almost surely a paste by mistake.
const MAX_QUERY_WORDS: usize = 12;

impl Query {
    /// Parses a search such as `data secur*` or `*lateral*`.
    ///
    /// ```
    /// use lens_engine::kwic::Query;
    /// assert!(Query::parse("data secur*").is_ok());
    /// assert!(Query::parse("  ").is_err());
    /// ```
    pub fn parse(query: &str) -> Result<Query, QueryError> {
        let mut tokens = Vec::new();
        for raw in query.split_whitespace() {
            let lowered = fold(raw);
            let parts: Vec<String> = lowered
                .split('*')
                .map(|p| {
                    p.chars()
                        .filter(|&c| crate::words::is_word_char(c) || "'’-".contains(c))
                        .collect()
                })
                .collect();
            if parts.iter().all(|p: &String| p.is_empty()) && !raw.contains('*') {
                continue;
            }
            tokens.push(parts);
        }
        if tokens.is_empty() {
            return Err(QueryError(
                "Type a word to search for (use * for any letters).".into(),
            ));
        }
        if tokens.iter().all(|t| t.iter().all(String::is_empty)) {
            return Err(QueryError(
                "A search needs at least one letter besides *.".into(),
            ));
        }
        if tokens.len() > MAX_QUERY_WORDS {
            return Err(QueryError(format!(
                "A search may have at most {MAX_QUERY_WORDS} words."
            )));
        }
        Ok(Query { tokens })
    }

    fn matches_word(parts: &[String], word: &str) -> bool {
        let word = fold(word);
        if parts.len() == 1 {
            return word == parts[0];
        }
        let (first, last) = (&parts[0], &parts[parts.len() - 1]);
        if !word.starts_with(first.as_str())
            || word.len() < first.len() + last.len()
            || !word.ends_with(last.as_str())
        {
            return false;
        }
        let mut rest = &word[first.len()..word.len() - last.len()];
        for middle in &parts[1..parts.len() - 1] {
            match rest.find(middle.as_str()) {
                Some(i) => rest = &rest[i + middle.len()..],
                None => return false,
            }
        }
        true
    }
}

/// One occurrence of a search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KwicHit {
    /// Index of the text among those searched.
    pub doc: usize,
    /// Index of the sentence the occurrence starts in.
    pub sentence: usize,
    /// Byte span of the occurrence in the cleaned text.
    pub span: Range<usize>,
    /// Words before it, within its paragraph.
    pub left: String,
    /// The occurrence as written.
    pub keyword: String,
    /// Words after it, within its paragraph.
    pub right: String,
}

/// Every occurrence of `query` in `texts`, in order, with `window` words of
/// context either side.
///
/// ```
/// use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook, kwic::{concordance, Query}};
/// let lens = Lens::new(Codebook::bundled());
/// let a = Analysis::new("We protect data security. Data is secure.", &CleanRules::generic(), &lens);
/// let hits = concordance(&Query::parse("data secur*").unwrap(), [&a], 2);
/// assert_eq!(hits.len(), 1);
/// assert_eq!((hits[0].left.as_str(), hits[0].keyword.as_str()), ("We protect", "data security"));
/// ```
pub fn concordance<'a>(
    query: &Query,
    texts: impl IntoIterator<Item = &'a Analysis>,
    window: usize,
) -> Vec<KwicHit> {
    let mut hits = Vec::new();
    let n = query.tokens.len();
    for (doc, analysis) in texts.into_iter().enumerate() {
        let text = analysis.text();
        for paragraph in &analysis.segments.paragraphs {
            let base = paragraph.span.start;
            let spans: Vec<Range<usize>> = words(&text[paragraph.span.clone()])
                .map(|w| w.start + base..w.end + base)
                .collect();
            for i in 0..spans.len().saturating_sub(n - 1) {
                let all = (0..n)
                    .all(|k| Query::matches_word(&query.tokens[k], &text[spans[i + k].clone()]));
                if !all {
                    continue;
                }
                let span = spans[i].start..spans[i + n - 1].end;
                let left_from = spans[i.saturating_sub(window)].start;
                let right_to = spans[(i + n - 1 + window).min(spans.len() - 1)].end;
                let sentences = &analysis.segments.sentences[paragraph.sentences.clone()];
                let sentence = paragraph.sentences.start
                    + sentences
                        .partition_point(|s| s.span.end <= span.start)
                        .min(sentences.len().saturating_sub(1));
                hits.push(KwicHit {
                    doc,
                    sentence,
                    left: text[left_from..span.start].trim_end().to_string(),
                    keyword: text[span.clone()].to_string(),
                    right: text[span.end..right_to].trim_start().to_string(),
                    span,
                });
            }
        }
    }
    hits
}

/// How concordance lines are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KwicOrder {
    /// As they occur: by text, then position.
    Text,
    /// By the words just before the keyword, nearest first (AntConc's 1L, 2L…).
    Left,
    /// By the words just after the keyword (1R, 2R…).
    Right,
}

/// Sorts `hits` in `order`, case-insensitively; ties keep text order.
///
/// ```
/// use lens_engine::kwic::{KwicHit, KwicOrder, sort_hits};
/// let hit = |left: &str, right: &str| KwicHit { doc: 0, sentence: 0, span: 0..0, left: left.into(), keyword: "x".into(), right: right.into() };
/// let mut hits = vec![hit("we b", "zeta"), hit("a", "Alpha")];
/// sort_hits(&mut hits, KwicOrder::Right);
/// assert_eq!(hits[0].right, "Alpha");
/// sort_hits(&mut hits, KwicOrder::Left);
/// assert_eq!(hits[0].left, "a");
/// ```
pub fn sort_hits(hits: &mut [KwicHit], order: KwicOrder) {
    let key = |h: &KwicHit| -> Vec<String> {
        let words = |s: &str| {
            crate::words::words(s)
                .map(|w| s[w].to_lowercase())
                .collect::<Vec<_>>()
        };
        match order {
            KwicOrder::Text => Vec::new(),
            KwicOrder::Left => words(&h.left).into_iter().rev().collect(),
            KwicOrder::Right => words(&h.right),
        }
    };
    match order {
        KwicOrder::Text => hits.sort_by_key(|h| (h.doc, h.span.start)),
        _ => hits.sort_by_cached_key(|h| (key(h), h.doc, h.span.start)),
    }
}
