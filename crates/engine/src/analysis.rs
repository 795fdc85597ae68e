//! One text through the whole pipeline: clean, segment, annotate.

use crate::annotate::{annotate, SentenceAnnotation};
use crate::clean::{clean, CleanRules, Cleaned};
use crate::segment::{segment, Segmentation};
use crate::Lens;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A text cleaned, segmented and annotated.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Analysis {
    /// The cleaned text and its map into the raw text.
    pub cleaned: Cleaned,
    /// Paragraphs and sentences of the cleaned text.
    pub segments: Segmentation,
    /// One annotation per sentence.
    pub sentences: Vec<SentenceAnnotation>,
}

impl Analysis {
    /// Cleans `raw` by `rules` and annotates it with `lens`.
    ///
    /// ```
    /// use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook};
    /// let lens = Lens::new(Codebook::bundled());
    /// let a = Analysis::new("We must uphold multilateralism.", &CleanRules::generic(), &lens);
    /// let id = &lens.codebook().principles[a.sentences[0].principles[0].principle].id;
    /// assert_eq!(id, "multilateralism");
    /// ```
    pub fn new(raw: &str, rules: &CleanRules, lens: &Lens) -> Analysis {
        let cleaned = clean(raw, rules);
        let segments = segment(&cleaned.text);
        let sentences = annotate(lens, &cleaned.text, &segments);
        Analysis {
            cleaned,
            segments,
            sentences,
        }
    }

    /// The cleaned text.
    pub fn text(&self) -> &str {
        &self.cleaned.text
    }

    /// The text of sentence `n`.
    pub fn sentence_text(&self, n: usize) -> &str {
        &self.cleaned.text[self.segments.sentences[n].span.clone()]
    }

    /// The raw-file byte span of sentence `n`.
    pub fn sentence_raw_span(&self, n: usize) -> Range<usize> {
        self.cleaned
            .map
            .raw_span(self.segments.sentences[n].span.clone())
    }
}
