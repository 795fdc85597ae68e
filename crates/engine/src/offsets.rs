//! Byte offsets from a cleaned text back into its raw source.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One stretch of cleaned text and the raw bytes it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Piece {
    clean: usize,
    raw: usize,
    clean_len: usize,
    raw_len: usize,
    /// The cleaned bytes are the raw bytes (else they replace them, as one space
    /// replaces a run of white space).
    verbatim: bool,
}

/// Maps byte offsets of a cleaned text to byte offsets of the raw text it was
/// made from. Offsets inside a verbatim stretch map exactly; a replaced stretch
/// (folded white space, a joined line) maps to the whole raw stretch it replaced.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    clean_len: usize,
    raw_len: usize,
}

impl OffsetMap {
    /// The raw offset where the cleaned offset `clean` starts.
    pub fn raw_start(&self, clean: usize) -> usize {
        if clean >= self.clean_len {
            return self.raw_end(self.clean_len);
        }
        let p = self.pieces[self.pieces.partition_point(|p| p.clean <= clean) - 1];
        if p.verbatim {
            p.raw + (clean - p.clean)
        } else {
            p.raw
        }
    }

    /// The raw offset where a cleaned span ending at `clean` ends.
    pub fn raw_end(&self, clean: usize) -> usize {
        if clean == 0 {
            return self.pieces.first().map_or(0, |p| p.raw);
        }
        let i = self.pieces.partition_point(|p| p.clean < clean) - 1;
        let p = self.pieces[i];
        if p.verbatim {
            p.raw + (clean - p.clean)
        } else {
            p.raw + p.raw_len
        }
    }

    /// The raw span a cleaned span came from.
    pub fn raw_span(&self, clean: Range<usize>) -> Range<usize> {
        if clean.is_empty() {
            let at = self.raw_start(clean.start);
            return at..at;
        }
        self.raw_start(clean.start)..self.raw_end(clean.end)
    }

    /// Every verbatim stretch as (cleaned range, raw range), for checks and tests.
    pub fn verbatim_stretches(&self) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
        self.pieces
            .iter()
            .filter(|p| p.verbatim)
            .map(|p| (p.clean..p.clean + p.clean_len, p.raw..p.raw + p.raw_len))
    }

    /// Length of the raw text this map points into.
    pub fn raw_len(&self) -> usize {
        self.raw_len
    }
}

/// Builds a cleaned text and its [`OffsetMap`] together, one stretch at a time.
pub(crate) struct OffsetMapBuilder {
    text: String,
    pieces: Vec<Piece>,
}

impl OffsetMapBuilder {
    pub(crate) fn with_capacity(n: usize) -> Self {
        OffsetMapBuilder {
            text: String::with_capacity(n),
            pieces: Vec::new(),
        }
    }

    /// Appends `raw[range]` unchanged.
    pub(crate) fn copy(&mut self, raw: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        let clean = self.text.len();
        self.text.push_str(&raw[range.clone()]);
        if let Some(last) = self.pieces.last_mut() {
            if last.verbatim && last.raw + last.raw_len == range.start {
                last.clean_len += range.len();
                last.raw_len += range.len();
                return;
            }
        }
        self.pieces.push(Piece {
            clean,
            raw: range.start,
            clean_len: range.len(),
            raw_len: range.len(),
            verbatim: true,
        });
    }

    /// Appends `with` in place of `raw[range]`.
    pub(crate) fn replace(&mut self, with: &str, range: Range<usize>) {
        self.pieces.push(Piece {
            clean: self.text.len(),
            raw: range.start,
            clean_len: with.len(),
            raw_len: range.len(),
            verbatim: false,
        });
        self.text.push_str(with);
    }

    pub(crate) fn finish(self, raw_len: usize) -> (String, OffsetMap) {
        let clean_len = self.text.len();
        (
            self.text,
            OffsetMap {
                pieces: self.pieces,
                clean_len,
                raw_len,
            },
        )
    }
}
