//! `lens eval`: scores the lens against a labelled set.

use crate::args::Args;
use crate::input;
use lens_engine::clean::CleanRules;
use lens_engine::codebook::SPEC_PRINCIPLES;
use lens_engine::eval::{read_gold, score, GoldSentence, Predicted, Report};
use lens_engine::{Analysis, Lens};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A labelled set with its texts, analysed by the lens.
pub struct LabelledSet {
    /// The labelled sentences.
    pub gold: Vec<GoldSentence>,
    /// Each document's analysis, by name.
    pub analyses: BTreeMap<String, Analysis>,
}

impl LabelledSet {
    /// Reads `gold` and the texts it names from `texts` (default: `texts/`
    /// beside it), and analyses each text as `lens annotate FILE` does.
    pub fn read(gold: &Path, texts: Option<&Path>, lens: &Lens) -> Result<LabelledSet, String> {
        let gold_text = input::read_text(gold)?;
        let sentences = read_gold(&gold_text).map_err(|e| format!("{}: {e}", gold.display()))?;
        if sentences.is_empty() {
            return Err(format!("{}: no labelled sentences", gold.display()));
        }
        let dir: PathBuf = match texts {
            Some(dir) => dir.to_path_buf(),
            None => gold.parent().unwrap_or(Path::new(".")).join("texts"),
        };
        let generic = CleanRules::generic();
        let mut analyses = BTreeMap::new();
        for g in &sentences {
            if !analyses.contains_key(&g.doc) {
                let raw = input::read_text(&dir.join(format!("{}.txt", g.doc)))?;
                analyses.insert(g.doc.clone(), Analysis::new(&raw, &generic, lens));
            }
        }
        Ok(LabelledSet {
            gold: sentences,
            analyses,
        })
    }

    /// The codebook's predictions for every document, over the spec's principles.
    pub fn codebook_predictions(&self, lens: &Lens) -> BTreeMap<String, Vec<Predicted>> {
        let index: Vec<Option<usize>> = lens
            .codebook()
            .principles
            .iter()
            .map(|p| SPEC_PRINCIPLES.iter().position(|id| *id == p.id))
            .collect();
        self.analyses
            .iter()
            .map(|(doc, a)| {
                let preds = a
                    .sentences
                    .iter()
                    .enumerate()
                    .map(|(n, ann)| Predicted {
                        span: a.sentence_raw_span(n),
                        principles: ann
                            .principles
                            .iter()
                            .filter_map(|h| index[h.principle])
                            .collect(),
                        axis: ann.axis,
                    })
                    .collect();
                (doc.clone(), preds)
            })
            .collect()
    }
}

/// Runs `lens eval` and returns what it prints.
pub fn run(args: &Args, lens: &Lens) -> Result<String, String> {
    let set = LabelledSet::read(&args.files[0], args.texts.as_deref(), lens)?;
    let report: Report = score(&set.gold, &set.codebook_predictions(lens), &SPEC_PRINCIPLES);
    Ok(if args.json {
        serde_json::to_string_pretty(&report).expect("a report serialises") + "\n"
    } else {
        report.to_text(args.by_doc)
    })
}
