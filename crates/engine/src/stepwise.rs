//! A long text analysed in short steps, so that whoever runs it (a Web Worker)
//! can report progress and stop between any two steps. The result is the same
//! [`Analysis`] as [`Analysis::new`] gives.

use crate::analysis::Analysis;
use crate::annotate::{annotate_sentences, SentenceAnnotation};
use crate::clean::{clean, CleanRules, Cleaned};
use crate::segment::{segment, Segmentation};
use crate::Lens;

/// About how many bytes of text one annotation step covers.
const STEP_BYTES: usize = 256 * 1024;

/// Where a stepwise analysis is.
enum Stage {
    /// Nothing done yet.
    Start,
    /// Cleaned; segmentation next.
    Cleaned(Cleaned),
    /// Cleaned and segmented; annotating, sentence by sentence.
    Annotating(Cleaned, Segmentation),
    /// Finished.
    Done(Analysis),
}

/// An analysis of one text, made by calling [`StepwiseAnalysis::step`] until it
/// says it is done.
///
/// ```
/// use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook, stepwise::StepwiseAnalysis};
/// let lens = Lens::new(Codebook::bundled());
/// let text = "We uphold multilateralism. Peace matters.\n\n".repeat(20_000);
/// let mut job = StepwiseAnalysis::new(text.clone(), CleanRules::generic());
/// let mut fractions = vec![];
/// while !job.step(&lens) {
///     fractions.push(job.progress());
/// }
/// assert!(fractions.len() > 3 && fractions.windows(2).all(|w| w[0] <= w[1]));
/// let whole = Analysis::new(&text, &CleanRules::generic(), &lens);
/// assert_eq!(job.finish().unwrap().sentences, whole.sentences);
/// ```
pub struct StepwiseAnalysis {
    raw: String,
    rules: CleanRules,
    stage: Stage,
    sentences: Vec<SentenceAnnotation>,
    annotated_bytes: usize,
}

impl StepwiseAnalysis {
    /// A job for `raw`, to be cleaned by `rules`.
    pub fn new(raw: String, rules: CleanRules) -> StepwiseAnalysis {
        StepwiseAnalysis {
            raw,
            rules,
            stage: Stage::Start,
            sentences: Vec::new(),
            annotated_bytes: 0,
        }
    }

    /// Does the next step with `lens`; true once the analysis is complete.
    pub fn step(&mut self, lens: &Lens) -> bool {
        self.stage = match std::mem::replace(&mut self.stage, Stage::Start) {
            Stage::Start => Stage::Cleaned(clean(&self.raw, &self.rules)),
            Stage::Cleaned(cleaned) => {
                let segments = segment(&cleaned.text);
                Stage::Annotating(cleaned, segments)
            }
            Stage::Annotating(cleaned, segments) => {
                let from = self.sentences.len();
                let start = segments.sentences.get(from).map_or(0, |s| s.span.start);
                let to = from
                    + segments.sentences[from..]
                        .iter()
                        .take_while(|s| s.span.start < start + STEP_BYTES)
                        .count()
                        .max(1);
                let to = to.min(segments.sentences.len());
                self.sentences
                    .extend(annotate_sentences(lens, &cleaned.text, &segments, from..to));
                self.annotated_bytes = segments
                    .sentences
                    .get(to)
                    .map_or(cleaned.text.len(), |s| s.span.start);
                if to == segments.sentences.len() {
                    Stage::Done(Analysis {
                        cleaned,
                        segments,
                        sentences: std::mem::take(&mut self.sentences),
                    })
                } else {
                    Stage::Annotating(cleaned, segments)
                }
            }
            done @ Stage::Done(_) => done,
        };
        matches!(self.stage, Stage::Done(_))
    }

    /// How far the analysis is, from 0 to 1: cleaning and segmenting count for
    /// a fifth each, annotation for the rest, by bytes annotated.
    pub fn progress(&self) -> f64 {
        match &self.stage {
            Stage::Start => 0.0,
            Stage::Cleaned(_) => 0.2,
            Stage::Annotating(cleaned, _) => {
                0.4 + 0.6 * self.annotated_bytes as f64 / cleaned.text.len().max(1) as f64
            }
            Stage::Done(_) => 1.0,
        }
    }

    /// The analysis, once [`StepwiseAnalysis::step`] has said it is complete.
    pub fn finish(self) -> Option<Analysis> {
        match self.stage {
            Stage::Done(analysis) => Some(analysis),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codebook::Codebook;
    use crate::corpus;

    #[test]
    fn the_bundled_corpus_in_steps_matches_the_whole() {
        let lens = Lens::new(Codebook::bundled());
        let raw: String = corpus::bundled_joined().repeat(20);
        let mut job = StepwiseAnalysis::new(raw.clone(), CleanRules::generic());
        let mut steps = 0;
        while !job.step(&lens) {
            steps += 1;
        }
        let got = job.finish().expect("done");
        let whole = Analysis::new(&raw, &CleanRules::generic(), &lens);
        assert!(steps >= 4, "{steps} steps");
        assert_eq!(got.text(), whole.text());
        assert_eq!(got.segments, whole.segments);
        assert_eq!(got.sentences, whole.sentences);
    }

    #[test]
    fn an_empty_text_finishes() {
        let lens = Lens::new(Codebook::bundled());
        let mut job = StepwiseAnalysis::new(String::new(), CleanRules::generic());
        while !job.step(&lens) {}
        assert!(job.finish().expect("done").sentences.is_empty());
    }
}
