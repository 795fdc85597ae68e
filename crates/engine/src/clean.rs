//! Cleaning: from a raw file to the text a reader sees, by declared rules.
//!
//! Cleaning never edits a word. It drops whole lines that a rule names (site
//! navigation, comment forms, headers that belong in metadata), removes Markdown
//! bold markers, folds runs of white space into one space, joins hard-wrapped
//! lines, and separates paragraphs with one blank line. Every byte of the cleaned
//! text maps back into the raw file through an [`OffsetMap`], and every removal
//! is listed with its reason, so a reader can always see what was taken out.

use crate::offsets::{OffsetMap, OffsetMapBuilder};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How line breaks inside a block of lines (lines not separated by a blank line) are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unwrap {
    /// Decide per break: a narrow block (a hard-wrapped one) is joined, and so is a
    /// line that stops mid-sentence before a line that starts in lower case; any other
    /// line break starts a paragraph. This suits files whose form is not known.
    #[default]
    Auto,
    /// Every line break inside a block is a wrapped line, except before a list item.
    Always,
    /// Every line is a paragraph of its own.
    Never,
}

/// One declared cleaning rule, as written in a corpus data file:
/// `{"drop_line": {"text": …, "why": …}}`. (Externally tagged: an internally
/// tagged enum buffers its input and cost 8 KB more in the wasm bundle.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// Drop every line whose words are exactly `text` (white space folded).
    DropLine {
        /// The line's words.
        text: String,
        /// Why the line is not part of the speech.
        why: String,
        /// The metadata field this line's content belongs to, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        keep_as: Option<String>,
    },
    /// Drop a run of lines: from a line that starts with `first` to the next line
    /// that ends with `last`, both included.
    DropLines {
        /// How the first line starts (white space folded).
        first: String,
        /// How the last line ends (white space folded).
        last: String,
        /// Why the lines are not part of the speech.
        why: String,
        /// The metadata field these lines belong to, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        keep_as: Option<String>,
    },
    /// A paragraph whose text ends with `after` goes on in the next one: the blank
    /// line between them is a break in the source, not in the speech.
    Join {
        /// How the broken paragraph ends (white space folded).
        after: String,
        /// Why the paragraphs belong together.
        why: String,
    },
}

/// The cleaning applied to one text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CleanRules {
    /// How line breaks inside blocks are read.
    #[serde(default)]
    pub unwrap: Unwrap,
    /// Declared rules, applied in this order.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Drop page furniture of printed documents: short lines with digits and no
    /// lower-case letter, such as `A/70/PV.15 28/09/2015` or `15-29425 31/34`.
    #[serde(default)]
    pub page_furniture: bool,
}

impl CleanRules {
    /// The cleaning for a text nobody wrote rules for: automatic unwrapping and
    /// page-furniture removal, no per-text rules.
    pub fn generic() -> Self {
        CleanRules {
            unwrap: Unwrap::Auto,
            rules: Vec::new(),
            page_furniture: true,
        }
    }
}

/// A span of the raw file that cleaning removed, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// Byte range in the raw file.
    pub raw: Range<usize>,
    /// Why it was removed.
    pub why: String,
    /// The metadata field it belongs to, if any.
    pub keep_as: Option<String>,
}

/// The result of cleaning one raw text.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cleaned {
    /// The cleaned text: paragraphs separated by `"\n\n"`, no other line breaks.
    pub text: String,
    /// Maps cleaned byte offsets back into the raw text.
    pub map: OffsetMap,
    /// Everything removed, in raw order.
    pub removals: Vec<Removal>,
    /// For each declared rule, how many times it applied (a rule that never
    /// applies is a mistake in the data file).
    pub rule_hits: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineState {
    Kept,
    Blank,
    /// Dropped, or a page break: neither text nor a paragraph break.
    Transparent,
}

struct Line {
    content: Range<usize>,
    state: LineState,
}

/// Lines wider than this many bytes are not hard-wrapped prose; 004's widest
/// line is 83 bytes and typed or printed text wraps below 100 characters.
const NARROW_BLOCK_BYTES: usize = 110;

/// Cleans `raw` by `rules`. See the module documentation for what that means.
///
/// ```
/// use lens_engine::clean::{clean, CleanRules};
/// let cleaned = clean("A line that is\nwrapped.\n\n\n  Next\u{a0} paragraph. ", &CleanRules::generic());
/// assert_eq!(cleaned.text, "A line that is wrapped.\n\nNext paragraph.");
/// assert_eq!(cleaned.map.raw_span(0..6), 0..6);
/// ```
pub fn clean(raw: &str, rules: &CleanRules) -> Cleaned {
    let mut lines = split_lines(raw);
    let mut removals = Vec::new();
    let mut rule_hits = vec![0; rules.rules.len()];
    apply_drop_rules(raw, &mut lines, rules, &mut removals, &mut rule_hits);
    if rules.page_furniture {
        drop_page_furniture(raw, &mut lines, &mut removals);
    }
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].state == LineState::Kept)
        .collect();
    let narrow = narrow_blocks(&lines);

    let mut out = OffsetMapBuilder::with_capacity(raw.len());
    for (k, &i) in kept.iter().enumerate() {
        if k > 0 {
            let prev = kept[k - 1];
            let gap = lines[prev].content.end..lines[i].content.start;
            let blank_between = lines[prev + 1..i]
                .iter()
                .any(|l| l.state == LineState::Blank);
            let soft = if blank_between {
                join_rule_applies(raw, &lines[prev], rules, &mut rule_hits)
                    || (rules.unwrap == Unwrap::Auto
                        && broken_mid_sentence(raw, &lines[prev], &lines[i]))
            } else {
                soft_break(raw, &lines[prev], &lines[i], rules.unwrap, narrow[i])
            };
            out.replace(if soft { " " } else { "\n\n" }, gap);
        }
        emit_line(raw, lines[i].content.clone(), &mut out, &mut removals);
    }
    removals.sort_by_key(|r| r.raw.start);
    let (text, map) = out.finish(raw.len());
    Cleaned {
        text,
        map,
        removals,
        rule_hits,
    }
}

fn split_lines(raw: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', raw.as_bytes()).chain(std::iter::once(raw.len())) {
        let full = &raw[start..end];
        let trimmed = full.trim();
        let lead = full.len() - full.trim_start().len();
        let content = start + lead..start + lead + trimmed.len();
        let state = if !trimmed.is_empty() {
            LineState::Kept
        } else if full.contains('\u{c}') {
            LineState::Transparent
        } else {
            LineState::Blank
        };
        lines.push(Line { content, state });
        start = end + 1;
    }
    lines
}

/// Words of `s` joined by single spaces, so that rules match whatever white space
/// (no-break spaces, tabs, runs) the source used.
fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn drop_line(line: &mut Line, why: &str, keep_as: &Option<String>, removals: &mut Vec<Removal>) {
    line.state = LineState::Transparent;
    removals.push(Removal {
        raw: line.content.clone(),
        why: why.to_string(),
        keep_as: keep_as.clone(),
    });
}

fn apply_drop_rules(
    raw: &str,
    lines: &mut [Line],
    rules: &CleanRules,
    removals: &mut Vec<Removal>,
    hits: &mut [usize],
) {
    for (r, rule) in rules.rules.iter().enumerate() {
        match rule {
            Rule::DropLine { text, why, keep_as } => {
                let want = folded(text);
                for line in lines.iter_mut().filter(|l| l.state == LineState::Kept) {
                    if folded(&raw[line.content.clone()]) == want {
                        drop_line(line, why, keep_as, removals);
                        hits[r] += 1;
                    }
                }
            }
            Rule::DropLines {
                first,
                last,
                why,
                keep_as,
            } => {
                let (first, last) = (folded(first), folded(last));
                let mut i = 0;
                while i < lines.len() {
                    let starts = lines[i].state == LineState::Kept
                        && folded(&raw[lines[i].content.clone()]).starts_with(&first);
                    let end = starts
                        .then(|| {
                            (i..lines.len()).find(|&j| {
                                lines[j].state == LineState::Kept
                                    && folded(&raw[lines[j].content.clone()]).ends_with(&last)
                            })
                        })
                        .flatten();
                    if let Some(end) = end {
                        for line in &mut lines[i..=end] {
                            if line.state == LineState::Kept {
                                drop_line(line, why, keep_as, removals);
                            }
                        }
                        hits[r] += 1;
                        i = end;
                    }
                    i += 1;
                }
            }
            Rule::Join { .. } => {}
        }
    }
}

/// Page furniture is short, has a digit and no lower-case letter: a document
/// symbol, a page number, a print date. A heading in capitals has no digit.
fn is_page_furniture(line: &str) -> bool {
    line.len() <= 40
        && line.bytes().any(|b| b.is_ascii_digit())
        && !line.chars().any(char::is_lowercase)
}

fn drop_page_furniture(raw: &str, lines: &mut [Line], removals: &mut Vec<Removal>) {
    for line in lines.iter_mut().filter(|l| l.state == LineState::Kept) {
        if is_page_furniture(&raw[line.content.clone()]) {
            drop_line(line, "page furniture", &None, removals);
        }
    }
}

/// For each line, whether its block (lines between blank lines) is narrow
/// enough to be hard-wrapped prose.
fn narrow_blocks(lines: &[Line]) -> Vec<bool> {
    let mut narrow = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&i| lines[i].state == LineState::Blank)
            .unwrap_or(lines.len());
        let kept: Vec<&Line> = lines[start..end]
            .iter()
            .filter(|l| l.state == LineState::Kept)
            .collect();
        let widest = kept.iter().map(|l| l.content.len()).max().unwrap_or(0);
        let is_narrow = kept.len() >= 2 && widest <= NARROW_BLOCK_BYTES;
        narrow[start..end].fill(is_narrow);
        start = end + 1;
    }
    narrow
}

fn join_rule_applies(raw: &str, prev: &Line, rules: &CleanRules, hits: &mut [usize]) -> bool {
    let mut applies = false;
    for (r, rule) in rules.rules.iter().enumerate() {
        if let Rule::Join { after, .. } = rule {
            if folded(&raw[prev.content.clone()]).ends_with(&folded(after)) {
                hits[r] += 1;
                applies = true;
            }
        }
    }
    applies
}

/// A list item starts with a number or letter and a dot or bracket, a bullet, or a dash.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '◦' | '▪' | '–' | '—' | '-' | '*') => true,
        Some(c) if c.is_ascii_alphanumeric() => {
            let marker: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let after = line[marker.len()..].chars().next();
            marker.len() <= 3
                && (marker.bytes().all(|b| b.is_ascii_digit()) || marker.len() == 1)
                && matches!(after, Some('.' | ')'))
                && line[marker.len() + 1..].starts_with(char::is_whitespace)
        }
        _ => false,
    }
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '*'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// Words a sentence does not end on: a line ending with one was wrapped in
/// mid-phrase, whatever the next line starts with ("the foundational role of
/// the ⏎ UN in maintaining…").
const NEVER_LAST: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "between", "but", "by", "can", "for", "from", "has",
    "have", "in", "into", "is", "its", "must", "nor", "of", "on", "or", "our", "should", "that",
    "the", "their", "these", "this", "those", "through", "to", "was", "which", "will", "with",
    "would",
];

/// Whether a line stops where no sentence ends: on a word of [`NEVER_LAST`],
/// or on a comma after a line long enough to have been wrapped (a short one
/// is a salutation: "Mr. President,").
fn ends_mid_phrase(line: &str) -> bool {
    let line = line.trim_end();
    (line.ends_with(',') && line.len() >= WRAPPED_LINE_BYTES) || ends_on_word_never_last(line)
}

/// Whether the last word of `line` is one of [`NEVER_LAST`].
fn ends_on_word_never_last(line: &str) -> bool {
    let last = line
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    NEVER_LAST.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether blank lines (a page break, most often) fall inside a sentence: the
/// text before them stops mid-phrase, or the text after goes on in lower case.
fn broken_mid_sentence(raw: &str, prev: &Line, next: &Line) -> bool {
    let (a, b) = (&raw[prev.content.clone()], &raw[next.content.clone()]);
    !ends_sentence(a)
        && !is_list_item(b)
        && (b.starts_with(char::is_lowercase) || ends_on_word_never_last(a))
}

/// A line at least this long that ends in a comma was wrapped, not written so.
const WRAPPED_LINE_BYTES: usize = 60;

fn soft_break(raw: &str, prev: &Line, next: &Line, unwrap: Unwrap, narrow: bool) -> bool {
    let (a, b) = (&raw[prev.content.clone()], &raw[next.content.clone()]);
    match unwrap {
        Unwrap::Never => false,
        Unwrap::Always => !is_list_item(b),
        Unwrap::Auto => {
            let continues = !ends_sentence(a)
                && !is_list_item(b)
                && (b.starts_with(char::is_lowercase) || ends_mid_phrase(a));
            let wrapped = narrow && !is_list_item(b) && !(ends_sentence(a) && a.len() < 50);
            continues || wrapped
        }
    }
}

/// Copies one line's content, folding white-space runs to one space and dropping
/// Markdown bold markers.
fn emit_line(
    raw: &str,
    content: Range<usize>,
    out: &mut OffsetMapBuilder,
    removals: &mut Vec<Removal>,
) {
    let bytes = raw.as_bytes();
    let mut run_start = content.start;
    let mut i = content.start;
    while i < content.end {
        if i + BLOCK < content.end && plain_block(&bytes[i..=i + BLOCK]) {
            i += BLOCK;
            continue;
        }
        let b = bytes[i];
        if (b > b' ' && b < 0x80 && b != b'*')
            || (b == b' ' && bytes.get(i + 1).is_some_and(|&n| n > b' ' && n < 0x80))
        {
            i += 1;
            continue;
        }
        if b == b'*' && bytes.get(i + 1) == Some(&b'*') && i + 2 <= content.end {
            out.copy(raw, run_start..i);
            removals.push(Removal {
                raw: i..i + 2,
                why: "bold marker".to_string(),
                keep_as: None,
            });
            i += 2;
            run_start = i;
            continue;
        }
        let ws_len = whitespace_len(raw, i);
        if ws_len == 0 {
            i += 1;
            continue;
        }
        let mut j = i + ws_len;
        while j < content.end {
            let n = whitespace_len(raw, j);
            if n == 0 {
                break;
            }
            j += n;
        }
        if j - i == 1 && b == b' ' {
            i = j;
            continue;
        }
        out.copy(raw, run_start..i);
        out.replace(" ", i..j);
        i = j;
        run_start = j;
    }
    out.copy(raw, run_start..content.end);
}

/// Bytes checked at once by [`plain_block`].
const BLOCK: usize = 32;

/// Whether the first [`BLOCK`] bytes of `b` (which holds one more, to look
/// ahead) are copied as they are: visible ASCII and single spaces before
/// visible ASCII. Written without an early exit so that it compiles to vector
/// instructions; most of a speech passes through here.
#[inline]
fn plain_block(b: &[u8]) -> bool {
    let b: &[u8; BLOCK + 1] = b.try_into().expect("BLOCK + 1 bytes");
    let mut odd = 0u8;
    for k in 0..BLOCK {
        // As i8, bytes of 0x80 and above are negative: one compare finds
        // control characters and non-ASCII alike.
        let (x, y) = (b[k] as i8, b[k + 1] as i8);
        let unusual = u8::from(x < 0x20) | u8::from(x == b'*' as i8);
        let space_before_unusual = u8::from(x == 0x20) & u8::from(y <= 0x20);
        odd |= unusual | space_before_unusual;
    }
    odd == 0
}

/// The byte length of the white-space character at `i`, or 0 if there is none
/// (or `i` is inside a character).
#[inline]
pub(crate) fn whitespace_len(s: &str, i: usize) -> usize {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return usize::from(b.is_ascii_whitespace() || b == 0x0b);
    }
    if !s.is_char_boundary(i) {
        return 0;
    }
    match s[i..].chars().next() {
        Some(c) if c.is_whitespace() => c.len_utf8(),
        _ => 0,
    }
}
