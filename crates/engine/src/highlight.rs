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
    match (from, forward) {
        (None, true) => (0..n).find(|&i| wanted(i)),
        (None, false) => (0..n).rev().find(|&i| wanted(i)),
        (Some(f), true) => (f + 1..n).chain(0..=f.min(n - 1)).find(|&i| wanted(i)),
        (Some(f), false) => (0..f.min(n))
            .rev()
            .chain((f.min(n - 1)..n).rev())
            .find(|&i| wanted(i)),
    }
}

/// One mark on a principle's dispersion strip: a stretch of the text's
/// sentences of which at least one carries the principle.
#[derive(Clone, Debug, PartialEq)]
pub struct DispersionMark {
    /// The stretch of sentences (indices) the mark stands for.
    pub sentences: Range<usize>,
    /// The first sentence in the stretch that carries the principle.
    pub first: usize,
    /// How many sentences in the stretch carry the principle.
    pub count: usize,
    /// Where `first` falls along the text, from 0 to 100 (percent).
    pub position: f64,
}

/// Where principle `principle`'s sentences fall, as at most `max_marks` marks
/// (AntConc's dispersion plot). A text of up to `max_marks` sentences gets a
/// mark per sentence; a longer one is cut into `max_marks` equal stretches,
/// with a mark for each stretch that has any of the principle's sentences.
///
/// ```
/// use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook, highlight::dispersion};
/// let lens = Lens::new(Codebook::bundled());
/// let text = "We uphold multilateralism. The weather is fine. Multilateralism matters.";
/// let a = Analysis::new(text, &CleanRules::generic(), &lens);
/// let p = lens.codebook().principles.iter().position(|p| p.id == "multilateralism").unwrap();
/// let marks = dispersion(&a, p, 100);
/// assert_eq!(marks.iter().map(|m| m.first).collect::<Vec<_>>(), [0, 2]);
/// assert_eq!(marks[1].position, 100.0);
/// let coarse = dispersion(&a, p, 1);
/// assert_eq!((coarse.len(), coarse[0].count, coarse[0].sentences.clone()), (1, 2, 0..3));
/// ```
pub fn dispersion(analysis: &Analysis, principle: usize, max_marks: usize) -> Vec<DispersionMark> {
    let total = analysis.sentences.len();
    let stretches = max_marks.clamp(1, total.max(1));
    let stretch = |b: usize| (b * total).div_ceil(stretches)..((b + 1) * total).div_ceil(stretches);
    let position = |n: usize| {
        if total > 1 {
            n as f64 * 100.0 / (total - 1) as f64
        } else {
            0.0
        }
    };
    let mut marks: Vec<DispersionMark> = Vec::new();
    for n in sentences_with(analysis, principle) {
        let b = n * stretches / total;
        match marks.last_mut() {
            Some(last) if last.sentences.contains(&n) => last.count += 1,
            _ => marks.push(DispersionMark {
                sentences: stretch(b),
                first: n,
                count: 1,
                position: position(n),
            }),
        }
    }
    marks
}
