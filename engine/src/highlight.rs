//! What a reader shows of an annotated text: each sentence cut into runs, each
//! run with the principles whose evidence covers it, and where each principle's
//! sentences fall.

use crate::Analysis;
use std::ops::Range;

/// A stretch of a sentence and the principles whose evidence (cue, contra cue
/// or rule term) covers it; empty for plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Byte span in the cleaned text.
    pub span: Range<usize>,
    /// Principles (codebook indices, ascending) marked on this run.
    pub principles: Vec<usize>,
}

/// Cuts sentence `n` into runs, marking the evidence of the principles for which
/// `shown` is true. The runs cover the sentence exactly, in order.
///
/// ```
/// use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook, highlight::runs};
/// let lens = Lens::new(Codebook::bundled());
/// let a = Analysis::new("We uphold multilateralism today.", &CleanRules::generic(), &lens);
/// let r = runs(&a, 0, |_| true);
/// let texts: Vec<&str> = r.iter().map(|r| &a.text()[r.span.clone()]).collect();
/// assert_eq!(texts, ["We uphold ", "multilateralism", " today."]);
/// assert!(r[0].principles.is_empty() && !r[1].principles.is_empty());
/// ```
pub fn runs(analysis: &Analysis, n: usize, shown: impl Fn(usize) -> bool) -> Vec<Run> {
    let sentence = analysis.segments.sentences[n].span.clone();
    let mut marks: Vec<(Range<usize>, usize)> = Vec::new();
    for hit in analysis.sentences[n]
        .principles
        .iter()
        .filter(|h| shown(h.principle))
    {
        let spans = hit
            .cues
            .iter()
            .map(|c| c.span.clone())
            .chain(hit.rules.iter().flat_map(|r| r.spans.iter().cloned()));
        for span in spans {
            let clipped = span.start.max(sentence.start)..span.end.min(sentence.end);
            if !clipped.is_empty() {
                marks.push((clipped, hit.principle));
            }
        }
    }
    let mut cuts: Vec<usize> = vec![sentence.start, sentence.end];
    cuts.extend(marks.iter().flat_map(|(s, _)| [s.start, s.end]));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let span = w[0]..w[1];
            let mut principles: Vec<usize> = marks
                .iter()
                .filter(|(s, _)| s.start <= span.start && span.end <= s.end)
                .map(|(_, p)| *p)
                .collect();
            principles.sort_unstable();
            principles.dedup();
            Run { span, principles }
        })
        .collect()
}

/// Indices of the sentences that carry principle `principle`, in order.
pub fn sentences_with(analysis: &Analysis, principle: usize) -> Vec<usize> {
    sentences_with_all(analysis, &[principle])
}

/// Indices of the sentences that carry every one of `principles`, in order.
pub fn sentences_with_all(analysis: &Analysis, principles: &[usize]) -> Vec<usize> {
    analysis
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            principles
                .iter()
                .all(|&p| s.principles.iter().any(|h| h.principle == p))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The next (or, with `forward` false, previous) sentence after `from` that
/// `wanted` accepts, wrapping around; `None` when there is none at all.
pub fn step(
    analysis: &Analysis,
    from: Option<usize>,
    forward: bool,
    wanted: impl Fn(usize) -> bool,
) -> Option<usize> {
    let n = analysis.sentences.len();
    if n == 0 {
        return None;
    }
    let order: Vec<usize> = match (from, forward) {
        (None, true) => (0..n).collect(),
        (None, false) => (0..n).rev().collect(),
        (Some(f), true) => (f + 1..n).chain(0..=f.min(n - 1)).collect(),
        (Some(f), false) => (0..f.min(n)).rev().chain((f.min(n - 1)..n).rev()).collect(),
    };
    order.into_iter().find(|&i| wanted(i))
}
