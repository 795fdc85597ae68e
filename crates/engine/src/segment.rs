//! Segmentation of a text into paragraphs and sentences, as byte spans.
//!
//! Paragraphs are separated by a blank line. A sentence ends at `.`, `!` or `?`
//! (with any closing quotes or brackets after it) followed by white space and a
//! character that can start a sentence. What diplomatic speeches put in the way
//! is handled: titles ("Mr.", "Amb."), "No. 5", initials ("U.N."), decimals
//! ("3.6 billion"), numbered items ("1. The first …"), dashes that open items
//! ("—We should …") and sentences that end inside quotes.
//!
//! Spans never overlap, come in order, lie on char boundaries, and what lies
//! between them is only white space.

use crate::clean::whitespace_len;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A paragraph: its byte span and the indices of its sentences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Byte span in the text, without surrounding white space.
    pub span: Range<usize>,
    /// Indices into [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence: its byte span and its paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span in the text, without surrounding white space.
    pub span: Range<usize>,
    /// Index into [`Segmentation::paragraphs`].
    pub paragraph: usize,
}

/// Paragraphs and sentences of one text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order, across all paragraphs.
    pub sentences: Vec<Sentence>,
}

/// Abbreviations after which a full stop does not end a sentence. Case matters:
/// "No." is a number sign only before a digit, and is handled apart.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Amb", "H.E", "St", "Jr", "Sr", "Gen", "Lt",
    "Col", "Capt", "Gov", "Sen", "Rep", "Hon", "Rev", "Sec", "Dept", "Inc", "Ltd", "Co", "Corp",
    "vs", "cf", "e.g", "i.e", "approx", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec",
];

/// Abbreviations that are one only before a number ("No. 5", "Art. 51", "para. 3").
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "Art", "Arts", "para", "paras", "p", "pp", "Vol",
];

/// Splits `text` into paragraphs and sentences.
///
/// ```
/// use lens_engine::segment::segment;
/// let text = "Mr. President, 3.6 billion people are offline. We must act.\n\n—We should help.";
/// let seg = segment(text);
/// let sentences: Vec<&str> = seg.sentences.iter().map(|s| &text[s.span.clone()]).collect();
/// assert_eq!(sentences, ["Mr. President, 3.6 billion people are offline.", "We must act.", "—We should help."]);
/// assert_eq!(seg.paragraphs.len(), 2);
/// ```
pub fn segment(text: &str) -> Segmentation {
    let mut seg = Segmentation::default();
    for span in paragraph_spans(text) {
        let first = seg.sentences.len();
        let paragraph = seg.paragraphs.len();
        split_sentences(text, span.clone(), |s| {
            seg.sentences.push(Sentence { span: s, paragraph })
        });
        seg.paragraphs.push(Paragraph {
            span,
            sentences: first..seg.sentences.len(),
        });
    }
    seg
}

/// Spans of text between blank lines, trimmed.
fn paragraph_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line_end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        let line = &text[line_start..line_end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            spans.extend(open.take());
        } else {
            let start = line_start + (line.len() - line.trim_start().len());
            let end = start + trimmed.len();
            open = Some(open.map_or(start, |o| o.start)..end);
        }
        line_start = line_end + 1;
    }
    spans.extend(open);
    spans
}

/// The byte length of a closing quote or bracket at `i`, or 0.
#[inline]
fn closer_len(text: &str, i: usize) -> usize {
    let rest = &text.as_bytes()[i..];
    match rest[0] {
        b'"' | b'\'' | b')' | b']' | b'.' | b'!' | b'?' | b'*' => 1,
        0xE2 if rest.len() >= 3 && rest[1] == 0x80 && matches!(rest[2], 0x9D | 0x99 | 0xA6) => 3,
        0xC2 if rest.len() >= 2 && rest[1] == 0xBB => 2,
        _ => 0,
    }
}

fn split_sentences(text: &str, para: Range<usize>, mut emit: impl FnMut(Range<usize>)) {
    let bytes = text.as_bytes();
    let mut start = para.start;
    let mut i = para.start;
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..para.end]) {
        i += found;
        let b = bytes[i];
        let mut end = i + 1;
        while end < para.end {
            let n = closer_len(text, end);
            if n == 0 {
                break;
            }
            end += n;
        }
        if end >= para.end || whitespace_len(text, end) == 0 {
            i = end;
            continue;
        }
        let mut next = end;
        while next < para.end {
            let n = whitespace_len(text, next);
            if n == 0 {
                break;
            }
            next += n;
        }
        if next >= para.end {
            break;
        }
        let next_char = text[next..].chars().next().unwrap_or(' ');
        let breaks = !(next_char.is_lowercase()
            || (b == b'.' && is_abbreviation(text, start, i, next_char)));
        if breaks {
            emit(start..end);
            start = next;
        }
        i = next;
    }
    if start < para.end {
        emit(start..para.end);
    }
}

/// Whether the full stop at `dot` belongs to an abbreviation, an initial or a
/// list marker rather than ending the sentence that began at `sentence_start`.
fn is_abbreviation(text: &str, sentence_start: usize, dot: usize, next: char) -> bool {
    let token_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '‘' | '"'))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        })
        .max(sentence_start);
    let token = &text[token_start..dot];
    if token.is_empty() {
        return false;
    }
    if ABBREVIATIONS.contains(&token) {
        return true;
    }
    if BEFORE_NUMBER.contains(&token) {
        return next.is_ascii_digit();
    }
    // Initials: "U.N", "U.S", "J".
    if token
        .split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
    {
        return true;
    }
    // A list marker opening the sentence: "1.", "a.", "iv.".
    token_start == sentence_start
        && token.len() <= 4
        && (token.bytes().all(|b| b.is_ascii_digit())
            || token.len() == 1
            || token.bytes().all(|b| b"ivxlIVXL".contains(&b)))
}
