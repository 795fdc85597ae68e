//! Statistics: per text and principle, sentences, cues and density; the axis
//! position of every paragraph and text; co-occurrence of principles.

use crate::annotate::{AxisSide, Stance};
use crate::words::count_words;
use crate::Analysis;
use serde::{Deserialize, Serialize};

/// Counts for one principle in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PrincipleCount {
    /// Sentences that carry the principle.
    pub sentences: usize,
    /// Of those, sentences that reject its opposite only.
    pub against_opposite: usize,
    /// Cues, contra cues and rules that fired, counted once each.
    pub cues: usize,
    /// `cues` per 1,000 words of the text: the measure comparable across texts
    /// of different lengths (as LIWC and quanteda weight by length).
    pub per_1000_words: f64,
}

/// How much security and development vocabulary a stretch of text uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AxisTally {
    /// Security terms.
    pub security: usize,
    /// Development terms.
    pub development: usize,
    /// Sentences where both sides meet.
    pub both_sentences: usize,
}

impl AxisTally {
    /// The position from -1 (security only) to +1 (development only), or
    /// `None` where the text uses neither vocabulary.
    pub fn position(&self) -> Option<f64> {
        let total = self.security + self.development;
        (total > 0).then(|| (self.development as f64 - self.security as f64) / total as f64)
    }
}

/// Statistics of one analysed text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextStats {
    /// Words in the cleaned text.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// One entry per codebook principle, in codebook order.
    pub principles: Vec<PrincipleCount>,
    /// The whole text on the axis.
    pub axis: AxisTally,
    /// Each paragraph on the axis.
    pub paragraphs: Vec<AxisTally>,
}

impl TextStats {
    /// Computes the statistics of `analysis` for a codebook of `principles` principles.
    pub fn new(analysis: &Analysis, principles: usize) -> TextStats {
        let words = count_words(analysis.text());
        let mut counts = vec![PrincipleCount::default(); principles];
        let mut paragraphs = vec![AxisTally::default(); analysis.segments.paragraphs.len()];
        for (sentence, ann) in analysis.segments.sentences.iter().zip(&analysis.sentences) {
            for hit in &ann.principles {
                let count = &mut counts[hit.principle];
                count.sentences += 1;
                count.against_opposite += usize::from(hit.stance == Stance::AgainstOpposite);
                count.cues += hit.cues.len() + hit.rules.len();
            }
            let tally = &mut paragraphs[sentence.paragraph];
            tally.security += ann.security.len();
            tally.development += ann.development.len();
            tally.both_sentences += usize::from(ann.axis == AxisSide::Both);
        }
        for count in &mut counts {
            count.per_1000_words = if words == 0 {
                0.0
            } else {
                count.cues as f64 * 1000.0 / words as f64
            };
        }
        let axis = paragraphs
            .iter()
            .fold(AxisTally::default(), |acc, p| AxisTally {
                security: acc.security + p.security,
                development: acc.development + p.development,
                both_sentences: acc.both_sentences + p.both_sentences,
            });
        TextStats {
            words,
            sentences: analysis.sentences.len(),
            principles: counts,
            axis,
            paragraphs,
        }
    }
}

/// Sentences carrying both principles `i` and `j`, as a square matrix over the
/// codebook's principles (the diagonal counts sentences carrying `i` at all).
pub fn cooccurrence<'a>(
    analyses: impl IntoIterator<Item = &'a Analysis>,
    principles: usize,
) -> Vec<Vec<usize>> {
    let mut matrix = vec![vec![0; principles]; principles];
    for analysis in analyses {
        for ann in &analysis.sentences {
            for a in &ann.principles {
                for b in &ann.principles {
                    matrix[a.principle][b.principle] += 1;
                }
            }
        }
    }
    matrix
}
