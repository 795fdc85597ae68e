//! `lens eval`: scores the lens against a labelled set.

use crate::args::Args;
use crate::input;
use lens_engine::classify::{features, heads_of, labels_of, train, Example, Heads, TrainOptions};
use lens_engine::clean::CleanRules;
use lens_engine::codebook::SPEC_PRINCIPLES;
use lens_engine::eval::{group_folds, read_gold, score, GoldSentence, Predicted, Report};
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
        self.codebook_predictions_of(lens, |_| true)
    }

    /// The codebook's predictions for the documents `wanted` accepts.
    fn codebook_predictions_of(
        &self,
        lens: &Lens,
        wanted: impl Fn(&str) -> bool,
    ) -> BTreeMap<String, Vec<Predicted>> {
        let index = heads_of(lens);
        self.analyses
            .iter()
            .filter(|(doc, _)| wanted(doc))
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

impl LabelledSet {
    /// One training example per labelled sentence: the inputs of the lens's
    /// sentence that overlaps it most.
    pub fn examples(&self, lens: &Lens) -> Vec<Example> {
        let spec = heads_of(lens);
        self.gold
            .iter()
            .map(|g| {
                let a = &self.analyses[&g.doc];
                let n = (0..a.sentences.len())
                    .max_by_key(|&n| {
                        let s = a.sentence_raw_span(n);
                        (
                            s.end.min(g.end) as i64 - s.start.max(g.start) as i64,
                            -(n as i64),
                        )
                    })
                    .unwrap_or(0);
                let mut codebook = [false; 11];
                for hit in a.sentences.get(n).map(|s| &s.principles[..]).unwrap_or(&[]) {
                    if let Some(x) = spec[hit.principle] {
                        codebook[x] = true;
                    }
                }
                Example {
                    doc: g.doc.clone(),
                    features: if a.sentences.is_empty() {
                        Vec::new()
                    } else {
                        features(a, lens, n)
                    },
                    codebook,
                    labels: labels_of(&g.principles),
                }
            })
            .collect()
    }

    /// The predictions of the codebook together with `heads` for the documents
    /// `docs`: a principle where either fires, the axis from the codebook.
    pub fn combined_predictions(
        &self,
        lens: &Lens,
        heads: &Heads,
        docs: &[String],
    ) -> BTreeMap<String, Vec<Predicted>> {
        let mut out = self.codebook_predictions_of(lens, |doc| docs.iter().any(|d| d == doc));
        for (doc, preds) in out.iter_mut() {
            let labels = heads.labels(&self.analyses[doc], lens);
            for (p, l) in preds.iter_mut().zip(labels) {
                for h in 0..11 {
                    if l.fired[h] && !p.principles.contains(&h) {
                        p.principles.push(h);
                    }
                }
            }
        }
        out
    }
}

/// Runs `lens train` and returns the heads' file.
pub fn run_train(args: &Args, lens: &Lens) -> Result<String, String> {
    let set = LabelledSet::read(&args.files[0], args.texts.as_deref(), lens)?;
    Ok(train(&set.examples(lens), &TrainOptions::default()).to_text())
}

/// Runs `lens eval` and returns what it prints.
pub fn run(args: &Args, lens: &Lens) -> Result<String, String> {
    let set = LabelledSet::read(&args.files[0], args.texts.as_deref(), lens)?;
    let predictions = match args.cv {
        None if args.model => {
            // The heads as shipped: on the set they were trained on, in-sample.
            let docs: Vec<String> = set.analyses.keys().cloned().collect();
            set.combined_predictions(lens, &crate::bundled_heads(), &docs)
        }
        None => set.codebook_predictions(lens),
        Some(k) => {
            let examples = set.examples(lens);
            let mut sizes = BTreeMap::new();
            for g in &set.gold {
                *sizes.entry(g.doc.clone()).or_insert(0) += 1;
            }
            let mut all = BTreeMap::new();
            for fold in group_folds(&sizes, k) {
                let fit: Vec<Example> = examples
                    .iter()
                    .filter(|e| !fold.contains(&e.doc))
                    .cloned()
                    .collect();
                let heads = train(&fit, &TrainOptions::default());
                all.append(&mut set.combined_predictions(lens, &heads, &fold));
            }
            all
        }
    };
    let mut gold = set.gold;
    if args.bundled {
        let ids: Vec<String> = lens_engine::corpus::bundled()
            .into_iter()
            .map(|s| s.meta.id)
            .collect();
        gold.retain(|g| ids.contains(&g.doc));
    }
    let report: Report = score(&gold, &predictions, &SPEC_PRINCIPLES);
    Ok(if args.json {
        serde_json::to_string_pretty(&report).expect("a report serialises") + "\n"
    } else {
        report.to_text(args.by_doc)
    })
}
