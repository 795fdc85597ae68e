//! Scoring a lens against sentences labelled by hand (`tests/data/dev-gold`).
//!
//! Predicted sentences are aligned to labelled ones as the set's own scorer
//! (`score.py`) does: each predicted sentence goes to the labelled sentence of
//! the same document that it overlaps most, by bytes of the raw file, and a
//! labelled sentence's prediction is the union of what was aligned to it. So a
//! segmentation that differs from the labelled one still scores.

use crate::annotate::AxisSide;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

/// One labelled sentence, a line of `gold.jsonl`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSentence {
    /// Document name: the text's file stem.
    pub doc: String,
    /// Sentence index in the document.
    pub n: usize,
    /// Byte offset of the start in the raw text.
    pub start: usize,
    /// Byte offset of the end in the raw text.
    pub end: usize,
    /// The sentence, white space folded.
    pub text: String,
    /// Principle ids it carries.
    pub principles: Vec<String>,
    /// Axis side: `security`, `development`, `both` or `neither`.
    pub axis: String,
}

/// A line of a labelled set that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl std::fmt::Display for GoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads a labelled set in the JSON Lines format of `gold.jsonl`.
pub fn read_gold(jsonl: &str) -> Result<Vec<GoldSentence>, GoldError> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let g: GoldSentence = serde_json::from_str(line).map_err(|e| GoldError {
                line: i + 1,
                message: e.to_string(),
            })?;
            if g.start > g.end {
                return Err(GoldError {
                    line: i + 1,
                    message: format!("start {} is after end {}", g.start, g.end),
                });
            }
            Ok(g)
        })
        .collect()
}

/// A predicted sentence: its raw-file span, the principles (by index into the
/// scored ids) and its axis side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Predicted {
    /// Byte span in the raw text.
    pub span: Range<usize>,
    /// Indices into the ids being scored.
    pub principles: Vec<usize>,
    /// The predicted axis side.
    pub axis: AxisSide,
}

/// Counts and rates for one principle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrincipleScore {
    /// Principle id.
    pub id: String,
    /// Labelled positives.
    pub support: u32,
    /// True positives.
    pub tp: u32,
    /// False positives.
    pub fp: u32,
    /// False negatives.
    #[serde(rename = "fn", alias = "fn_")]
    pub fn_: u32,
    /// tp / (tp + fp).
    pub precision: f64,
    /// tp / (tp + fn).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// Micro-F1 of one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocScore {
    /// Document name.
    pub doc: String,
    /// Labelled sentences.
    pub sentences: usize,
    /// Micro-F1 over its sentences and principles.
    pub micro_f1: f64,
}

/// The axis sides, in the order of [`Report::axis_confusion`]'s rows and columns.
pub const AXIS_SIDES: [&str; 4] = ["security", "development", "both", "neither"];

/// Everything `lens eval` reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Labelled sentences scored.
    pub sentences: usize,
    /// Per principle, in the order of the scored ids.
    pub principles: Vec<PrincipleScore>,
    /// Micro-averaged precision.
    pub micro_precision: f64,
    /// Micro-averaged recall.
    pub micro_recall: f64,
    /// Micro-averaged F1.
    pub micro_f1: f64,
    /// Mean F1 of the principles with at least 5 labelled positives.
    pub macro_f1: f64,
    /// Share of aligned sentences whose predicted axis side equals the label.
    pub axis_accuracy: f64,
    /// Labelled sentences that some predicted sentence was aligned to: the
    /// axis is scored over these, as `score.py` does.
    pub axis_sentences: u32,
    /// `axis_confusion[labelled][predicted]`, sides in [`AXIS_SIDES`] order.
    pub axis_confusion: [[u32; 4]; 4],
    /// Per document, by name.
    pub docs: Vec<DocScore>,
}

/// Precision, recall and F1 from counts (0 where undefined).
pub fn prf(tp: u32, fp: u32, fn_: u32) -> (f64, f64, f64) {
    let ratio = |a: u32, b: u32| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, tp + fp), ratio(tp, tp + fn_));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn axis_index(side: &str) -> usize {
    AXIS_SIDES.iter().position(|s| *s == side).unwrap_or(3)
}

/// Scores `predicted` (per document) against `gold` over the principle `ids`.
/// Labels outside `ids` are ignored.
pub fn score(
    gold: &[GoldSentence],
    predicted: &BTreeMap<String, Vec<Predicted>>,
    ids: &[&str],
) -> Report {
    let mut by_doc: BTreeMap<&str, Vec<&GoldSentence>> = BTreeMap::new();
    for g in gold {
        by_doc.entry(&g.doc).or_default().push(g);
    }
    let k = ids.len();
    let (mut tp, mut fp, mut fn_) = (vec![0u32; k], vec![0u32; k], vec![0u32; k]);
    let mut confusion = [[0u32; 4]; 4];
    let mut docs = Vec::new();
    let none = Vec::new();
    for (doc, mut sents) in by_doc {
        sents.sort_by_key(|g| g.start);
        let mut labels = vec![vec![false; k]; sents.len()];
        let mut axes = vec![[false; 4]; sents.len()];
        let mut aligned = vec![false; sents.len()];
        for p in predicted.get(doc).unwrap_or(&none) {
            let mut best = None;
            let mut best_overlap = 0;
            for (i, g) in sents.iter().enumerate() {
                let overlap = p.span.end.min(g.end) as i64 - p.span.start.max(g.start) as i64;
                if overlap > best_overlap {
                    best = Some(i);
                    best_overlap = overlap;
                }
            }
            if let Some(i) = best {
                for &x in &p.principles {
                    labels[i][x] = true;
                }
                axes[i][axis_index(p.axis.as_str())] = true;
                aligned[i] = true;
            }
        }
        let mut counts = [0u32; 3];
        for (i, g) in sents.iter().enumerate() {
            for (x, id) in ids.iter().enumerate() {
                let labelled = g.principles.iter().any(|p| p == id);
                match (labelled, labels[i][x]) {
                    (true, true) => (tp[x] += 1, counts[0] += 1),
                    (false, true) => (fp[x] += 1, counts[1] += 1),
                    (true, false) => (fn_[x] += 1, counts[2] += 1),
                    (false, false) => ((), ()),
                };
            }
            if !aligned[i] {
                continue;
            }
            let a = axes[i];
            let predicted_side = if a[2] || (a[0] && a[1]) {
                2
            } else if a[0] {
                0
            } else if a[1] {
                1
            } else {
                3
            };
            confusion[axis_index(&g.axis)][predicted_side] += 1;
        }
        docs.push(DocScore {
            doc: doc.to_string(),
            sentences: sents.len(),
            micro_f1: prf(counts[0], counts[1], counts[2]).2,
        });
    }
    let principles: Vec<PrincipleScore> = ids
        .iter()
        .enumerate()
        .map(|(x, id)| {
            let (precision, recall, f1) = prf(tp[x], fp[x], fn_[x]);
            PrincipleScore {
                id: id.to_string(),
                support: tp[x] + fn_[x],
                tp: tp[x],
                fp: fp[x],
                fn_: fn_[x],
                precision,
                recall,
                f1,
            }
        })
        .collect();
    let (micro_precision, micro_recall, micro_f1) =
        prf(tp.iter().sum(), fp.iter().sum(), fn_.iter().sum());
    let counted: Vec<f64> = principles
        .iter()
        .filter(|p| p.support >= 5)
        .map(|p| p.f1)
        .collect();
    let macro_f1 = counted.iter().sum::<f64>() / counted.len().max(1) as f64;
    let correct: u32 = (0..4).map(|i| confusion[i][i]).sum();
    let axis_sentences: u32 = confusion.iter().flatten().sum();
    Report {
        sentences: gold.len(),
        principles,
        micro_precision,
        micro_recall,
        micro_f1,
        macro_f1,
        axis_accuracy: correct as f64 / axis_sentences.max(1) as f64,
        axis_sentences,
        axis_confusion: confusion,
        docs,
    }
}

/// Splits document names into `k` folds for cross-validation grouped by
/// document: each document is in exactly one fold, the folds as even in
/// labelled sentences as a greedy split makes them, and the split depends only
/// on the names and their sizes (no randomness), so runs are reproducible.
pub fn group_folds(sizes: &BTreeMap<String, usize>, k: usize) -> Vec<Vec<String>> {
    let k = k.max(1);
    let mut docs: Vec<(&String, usize)> = sizes.iter().map(|(d, n)| (d, *n)).collect();
    docs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut folds: Vec<(usize, Vec<String>)> = vec![(0, Vec::new()); k];
    for (doc, n) in docs {
        let lightest = (0..k).min_by_key(|&i| (folds[i].0, i)).unwrap_or(0);
        folds[lightest].0 += n;
        folds[lightest].1.push(doc.clone());
    }
    folds.into_iter().map(|(_, docs)| docs).collect()
}

impl Report {
    /// The report as a table for people, as `score.py` prints it, plus the
    /// axis confusion and, with `by_doc`, micro-F1 per document.
    pub fn to_text(&self, by_doc: bool) -> String {
        let mut out = format!(
            "{:24} {:>4} {:>4} {:>4} {:>4} {:>5} {:>5} {:>5}\n",
            "principle", "pos", "tp", "fp", "fn", "P", "R", "F1"
        );
        for p in &self.principles {
            out += &format!(
                "{:24} {:4} {:4} {:4} {:4} {:5.2} {:5.2} {:5.2}\n",
                p.id, p.support, p.tp, p.fp, p.fn_, p.precision, p.recall, p.f1
            );
        }
        out += &format!(
            "micro P={:.3} R={:.3} F1={:.3}; macro-F1 (principles with >=5 positives)={:.3}\n",
            self.micro_precision, self.micro_recall, self.micro_f1, self.macro_f1
        );
        out += &format!(
            "axis accuracy {:.3} over {} sentences; rows labelled, columns predicted:\n",
            self.axis_accuracy, self.axis_sentences
        );
        out += &format!("{:14}", "");
        for side in AXIS_SIDES {
            out += &format!(" {side:>11}");
        }
        out.push('\n');
        for (side, row) in AXIS_SIDES.iter().zip(self.axis_confusion) {
            out += &format!("{side:14}");
            for n in row {
                out += &format!(" {n:11}");
            }
            out.push('\n');
        }
        if by_doc {
            for d in &self.docs {
                out += &format!(
                    "  {:32} {:4} sentences  micro-F1 {:.3}\n",
                    d.doc, d.sentences, d.micro_f1
                );
            }
        }
        out += &format!("micro-F1 {:.3}\n", self.micro_f1);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(doc: &str, start: usize, end: usize, principles: &[&str], axis: &str) -> GoldSentence {
        GoldSentence {
            doc: doc.into(),
            n: 0,
            start,
            end,
            text: String::new(),
            principles: principles.iter().map(|p| p.to_string()).collect(),
            axis: axis.into(),
        }
    }

    #[test]
    fn a_prediction_goes_to_the_sentence_it_overlaps_most() {
        let set = [
            gold("d", 0, 10, &["a"], "security"),
            gold("d", 11, 30, &[], "neither"),
        ];
        // One predicted sentence spanning both, mostly the second: its label
        // lands there (a false positive), and the first is missed.
        let preds = BTreeMap::from([(
            "d".to_string(),
            vec![Predicted {
                span: 5..30,
                principles: vec![0],
                axis: AxisSide::Both,
            }],
        )]);
        let r = score(&set, &preds, &["a"]);
        assert_eq!(
            (r.principles[0].tp, r.principles[0].fp, r.principles[0].fn_),
            (0, 1, 1)
        );
        assert_eq!(r.axis_sentences, 1, "only aligned sentences score the axis");
        assert_eq!(r.axis_confusion[3][2], 1);
    }

    #[test]
    fn folds_hold_each_document_once_and_are_even() {
        let sizes: BTreeMap<String, usize> = (0..10).map(|i| (format!("d{i}"), 10 + i)).collect();
        let folds = group_folds(&sizes, 3);
        let mut all: Vec<&String> = folds.iter().flatten().collect();
        all.sort();
        assert_eq!(all, sizes.keys().collect::<Vec<_>>());
        let loads: Vec<usize> = folds
            .iter()
            .map(|f| f.iter().map(|d| sizes[d]).sum())
            .collect();
        assert!(
            loads.iter().max().unwrap() - loads.iter().min().unwrap() <= 19,
            "{loads:?}"
        );
    }

    #[test]
    fn a_broken_line_is_named() {
        let e = read_gold("\n{\"doc\": 1}\n").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
