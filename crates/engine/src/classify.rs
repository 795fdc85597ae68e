//! The learned layer next to the codebook: one logistic head per built-in
//! principle, over a sentence's
//! words and word pairs, its paragraph's words, and the codebook's hits in the
//! sentence and its paragraph. Trained by [`train`] on sentences labelled by
//! hand; its file (`assets/heads.txt`) is plain text, small, and read without
//! a JSON parser.
//!
//! A sentence carries a principle when the codebook's evidence or the head
//! says so ([`Source`]). The axis stays the
//! codebook's vocabulary's: heads for it measured no better (0.872 against
//! 0.870 under cross-validation) and would explain it less well. [`Heads::labels`] scores
//! a text, [`apply`] adds the labels to its annotation; [`labels_to_text`]
//! keeps them in a small file, so that the browser's reader shows the bundled
//! speeches' labels without carrying the heads.

use crate::annotate::{PrincipleHit, Source, Stance};
use crate::codebook::SPEC_PRINCIPLES;
use crate::words::words;
use crate::{Analysis, Lens};
use std::collections::{BTreeMap, HashMap};

/// Names of the heads, in file order: the eleven built-in principles.
pub const HEADS: [&str; N] = SPEC_PRINCIPLES;
/// How many heads there are.
const N: usize = SPEC_PRINCIPLES.len();
const FILE_HEADER: &str = "principle-lens-heads 2";
/// Sentences of the paragraph read on each side of a sentence.
const CONTEXT: usize = 3;
/// Decimals kept of each weight in the file; training rounds to the same, so
/// what is scored is what is shipped.
const DECIMALS: f32 = 100.0;
/// Weights smaller than this are dropped from the file.
const PRUNE: f32 = 0.08;

/// The trained heads.
#[derive(Clone, Debug, PartialEq)]
pub struct Heads {
    /// Feature name → row of `weights`.
    index: HashMap<String, usize>,
    /// Feature names in file order.
    names: Vec<String>,
    /// One weight per head, per feature.
    weights: Vec<[f32; N]>,
    bias: [f32; N],
    /// A head fires at or above its threshold.
    thresholds: [f32; N],
}

/// What the heads say of one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceScores {
    /// Probability per head, in [`HEADS`] order.
    pub scores: [f32; N],
    /// Whether each head fired.
    pub fired: [bool; N],
}

/// What the heads say of one sentence, as kept and applied: each built-in
/// principle's probability in thousandths and whether its head fired.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceLabels {
    /// Probability per principle head (in [`SPEC_PRINCIPLES`] order), in
    /// thousandths; none where it is not known (labels read from a file keep
    /// only the scores of the labels that show).
    pub scores: [Option<u16>; N],
    /// Whether each principle head fired.
    pub fired: [bool; N],
}

impl SentenceScores {
    /// The labels kept of these scores.
    pub fn labels(&self) -> SentenceLabels {
        let mut scores = [None; N];
        let mut fired = [false; N];
        for h in 0..N {
            scores[h] = Some((self.scores[h] * 1000.0).round() as u16);
            fired[h] = self.fired[h];
        }
        SentenceLabels { scores, fired }
    }
}

/// For each principle of `lens`'s codebook, its head, if the classifier has
/// one (the built-in principles; a reader's own have none).
pub fn heads_of(lens: &Lens) -> Vec<Option<usize>> {
    lens.codebook()
        .principles
        .iter()
        .map(|p| HEADS.iter().position(|id| *id == p.id))
        .collect()
}

/// Adds the classifier's `labels` (one per sentence) to `analysis`, annotated
/// by `lens`: each built-in principle the codebook found gets its score (and
/// the source `both` where the head fired too), each the head alone found is
/// added with the source `model`.
/// Principles the codebook does not have are left out.
pub fn apply(analysis: &mut Analysis, lens: &Lens, labels: &[SentenceLabels]) {
    let book = lens.codebook();
    let index: Vec<Option<usize>> = SPEC_PRINCIPLES.iter().map(|id| book.index_of(id)).collect();
    for (ann, l) in analysis.sentences.iter_mut().zip(labels) {
        for (h, p) in index.iter().enumerate() {
            let Some(p) = *p else { continue };
            match ann.principles.iter_mut().find(|hit| hit.principle == p) {
                Some(hit) => {
                    hit.score = l.scores[h];
                    if l.fired[h] {
                        hit.source = Source::Both;
                    }
                }
                None if l.fired[h] => ann.principles.push(PrincipleHit {
                    principle: p,
                    stance: Stance::For,
                    cues: Vec::new(),
                    rules: Vec::new(),
                    source: Source::Model,
                    score: l.scores[h],
                }),
                None => {}
            }
        }
        ann.principles.sort_by_key(|hit| hit.principle);
    }
}

/// The labels of `analysis` (annotated by `lens`, the codebook alone) that
/// show, as lines of text: per sentence with any, `doc`, sentence number, then
/// `head:score` (the principle's place in [`HEADS`], the score in thousandths,
/// `+` where the head fired) for each principle the head fired for or the
/// codebook found. What the reader needs of the
/// bundled speeches, and no more.
pub fn labels_to_text(
    doc: &str,
    labels: &[SentenceLabels],
    analysis: &Analysis,
    lens: &Lens,
) -> String {
    let heads = heads_of(lens);
    let mut out = String::new();
    for (n, (l, ann)) in labels.iter().zip(&analysis.sentences).enumerate() {
        let shown: Vec<String> = (0..N)
            .filter(|&h| {
                l.fired[h]
                    || ann
                        .principles
                        .iter()
                        .any(|hit| heads[hit.principle] == Some(h))
            })
            .map(|h| {
                let score = l.scores[h].unwrap_or(0);
                format!("{h}:{score}{}", if l.fired[h] { "+" } else { "" })
            })
            .collect();
        if !shown.is_empty() {
            out += &format!("{doc}\t{n}\t{}\n", shown.join(" "));
        }
    }
    out
}

/// Reads the labels of document `doc`, of `sentences` sentences, from text
/// written by [`labels_to_text`]; sentences and principles it does not list
/// have no score. `None` if a line of `doc` is malformed or names a sentence
/// past the end (the file is stale): the caller then keeps the codebook's
/// labels alone.
pub fn labels_from_text(text: &str, doc: &str, sentences: usize) -> Option<Vec<SentenceLabels>> {
    let mut out = vec![
        SentenceLabels {
            scores: [None; N],
            fired: [false; N],
        };
        sentences
    ];
    for line in text.lines() {
        let mut fields = line.split('\t');
        if fields.next() != Some(doc) {
            continue;
        }
        let l = out.get_mut(fields.next()?.parse::<usize>().ok()?)?;
        for entry in fields.next()?.split(' ') {
            let (head, score) = entry.split_once(':')?;
            let h = head.parse::<usize>().ok().filter(|&h| h < N)?;
            l.fired[h] = score.ends_with('+');
            l.scores[h] = Some(score.trim_end_matches('+').parse().ok()?);
        }
    }
    Some(out)
}

/// A word reduced to what the heads read: lower case, cut to its first six
/// letters, so that "cooperation", "cooperate" and "cooperative" are one input.
fn stem(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| *c != '’' && *c != '\'')
        .take(6)
        .collect()
}

/// The names of the inputs of sentence `n` of `analysis`: its stems and stem
/// pairs, its paragraph's stems, and the principles the codebook finds in it
/// and in its paragraph.
pub fn features(analysis: &Analysis, lens: &Lens, n: usize) -> Vec<String> {
    let book = lens.codebook();
    let text = analysis.text();
    let sentence = &analysis.segments.sentences[n];
    let mut out = vec!["bias:1".to_string()];
    let stems: Vec<String> = words(&text[sentence.span.clone()])
        .map(|w| stem(&text[sentence.span.start + w.start..sentence.span.start + w.end]))
        .collect();
    for (i, s) in stems.iter().enumerate() {
        out.push(format!("w:{s}"));
        if let Some(next) = stems.get(i + 1) {
            out.push(format!("b:{s}_{next}"));
        }
    }
    // The paragraph as context: the sentences around this one, at most
    // CONTEXT on each side, so that a text with no paragraph breaks costs no
    // more per sentence than any other.
    let paragraph = &analysis.segments.paragraphs[sentence.paragraph].sentences;
    let around =
        n.saturating_sub(CONTEXT).max(paragraph.start)..(n + CONTEXT + 1).min(paragraph.end);
    for m in around.filter(|&m| m != n) {
        let span = analysis.segments.sentences[m].span.clone();
        out.extend(words(&text[span.clone()]).map(|w| {
            format!(
                "p:{}",
                stem(&text[span.start + w.start..span.start + w.end])
            )
        }));
        for hit in &analysis.sentences[m].principles {
            out.push(format!("cp:{}", book.principles[hit.principle].id));
        }
    }
    let ann = &analysis.sentences[n];
    for hit in &ann.principles {
        out.push(format!("c:{}", book.principles[hit.principle].id));
    }
    if !ann.security.is_empty() {
        out.push("a:security".into());
    }
    if !ann.development.is_empty() {
        out.push("a:development".into());
    }
    out.sort();
    out.dedup();
    out
}

impl Heads {
    /// The labels of every sentence of `analysis`, annotated by `lens` (the
    /// codebook alone: score before [`apply`]).
    pub fn labels(&self, analysis: &Analysis, lens: &Lens) -> Vec<SentenceLabels> {
        (0..analysis.sentences.len())
            .map(|n| self.score(analysis, lens, n).labels())
            .collect()
    }

    /// Scores one sentence.
    pub fn score(&self, analysis: &Analysis, lens: &Lens, n: usize) -> SentenceScores {
        let rows: Vec<usize> = features(analysis, lens, n)
            .iter()
            .filter_map(|f| self.index.get(f).copied())
            .collect();
        self.score_rows(&rows)
    }

    fn score_rows(&self, rows: &[usize]) -> SentenceScores {
        let mut z = self.bias;
        for &r in rows {
            for (h, w) in self.weights[r].iter().enumerate() {
                z[h] += w;
            }
        }
        let scores = z.map(sigmoid);
        let mut fired = [false; N];
        for h in 0..N {
            fired[h] = scores[h] >= self.thresholds[h];
        }
        SentenceScores { scores, fired }
    }

    /// The heads' file: a header, the head names, biases and thresholds, then
    /// one line per feature with its non-zero weights as `head:weight`. Deterministic: the same heads
    /// write the same bytes.
    pub fn to_text(&self) -> String {
        let num = |x: f32| {
            let r = (x * DECIMALS).round() / DECIMALS;
            if r == 0.0 {
                "0".to_string()
            } else {
                format!("{r}")
            }
        };
        let row = |xs: &[f32; N]| xs.iter().map(|x| num(*x)).collect::<Vec<_>>().join(" ");
        let mut out = format!(
            "{FILE_HEADER}\nheads {}\nbias {}\nthreshold {}\n",
            HEADS.join(" "),
            row(&self.bias),
            row(&self.thresholds)
        );
        for (name, w) in self.names.iter().zip(&self.weights) {
            let sparse: Vec<String> = w
                .iter()
                .enumerate()
                .filter(|(_, x)| **x != 0.0)
                .map(|(h, x)| format!("{h}:{}", num(*x)))
                .collect();
            out += &format!("{name}\t{}\n", sparse.join(" "));
        }
        out
    }

    /// Reads a heads file written by [`Heads::to_text`].
    pub fn from_text(text: &str) -> Result<Heads, String> {
        let mut lines = text.lines().enumerate();
        let mut next = |what: &str| {
            lines
                .next()
                .map(|(i, l)| (i + 1, l))
                .ok_or_else(|| format!("the file ends before its {what} line"))
        };
        let (_, header) = next("header")?;
        if header != FILE_HEADER {
            return Err(format!("line 1: expected \"{FILE_HEADER}\""));
        }
        let (line, heads) = next("heads")?;
        if heads.split(' ').skip(1).ne(HEADS) {
            return Err(format!(
                "line {line}: the heads are not {}",
                HEADS.join(" ")
            ));
        }
        let mut numbers = |label: &str| -> Result<[f32; N], String> {
            let (line, text) = next(label)?;
            let rest = text
                .strip_prefix(label)
                .ok_or_else(|| format!("line {line}: expected \"{label}\""))?;
            parse_row(rest).map_err(|e| format!("line {line}: {e}"))
        };
        let bias = numbers("bias")?;
        let thresholds = numbers("threshold")?;
        let mut names = Vec::new();
        let mut weights = Vec::new();
        for (i, l) in lines {
            let (name, row) = l
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected a feature, a tab and weights", i + 1))?;
            names.push(name.to_string());
            weights.push(parse_sparse_row(row).map_err(|e| format!("line {}: {e}", i + 1))?);
        }
        let index = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        Ok(Heads {
            index,
            names,
            weights,
            bias,
            thresholds,
        })
    }

    /// The threshold of each head.
    pub fn thresholds(&self) -> &[f32; N] {
        &self.thresholds
    }
}

fn parse_row(text: &str) -> Result<[f32; N], String> {
    let mut out = [0f32; N];
    let mut n = 0;
    for (i, part) in text.split_whitespace().enumerate() {
        if i >= 13 {
            return Err(format!("more than {N} numbers"));
        }
        out[i] = part
            .parse()
            .map_err(|_| format!("\"{part}\" is not a number"))?;
        n = i + 1;
    }
    if n != N {
        return Err(format!("{n} numbers where {N} are needed"));
    }
    Ok(out)
}

/// A feature's weights written as `head:weight` pairs, heads left out weigh 0.
fn parse_sparse_row(text: &str) -> Result<[f32; N], String> {
    let mut out = [0f32; N];
    for pair in text.split_whitespace() {
        let parsed = pair
            .split_once(':')
            .and_then(|(h, w)| Some((h.parse::<usize>().ok()?, w.parse::<f32>().ok()?)));
        match parsed {
            Some((h, w)) if h < N => out[h] = w,
            _ => {
                return Err(format!(
                    "\"{pair}\" is not head:weight with a head below {N}"
                ))
            }
        }
    }
    Ok(out)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// One labelled sentence as training sees it: its inputs and its labels per head.
#[derive(Clone, Debug)]
pub struct Example {
    /// Document name (cross-validation is grouped by it).
    pub doc: String,
    /// Input names ([`features`]).
    pub features: Vec<String>,
    /// Whether the codebook fires each principle head.
    pub codebook: [bool; N],
    /// The label of each head.
    pub labels: [bool; N],
}

/// Labels of each head from a labelled sentence's principle ids.
pub fn labels_of(principles: &[String]) -> [bool; N] {
    let mut out = [false; N];
    for (h, id) in SPEC_PRINCIPLES.iter().enumerate() {
        out[h] = principles.iter().any(|p| p == id);
    }
    out
}

/// How heads are trained.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the examples.
    pub epochs: usize,
    /// AdaGrad's step size.
    pub rate: f32,
    /// L2 penalty per step.
    pub l2: f32,
    /// An input is kept when it occurs in at least this many examples.
    pub min_count: usize,
    /// Folds of the inner cross-validation (grouped by document) that chooses
    /// the thresholds.
    pub threshold_folds: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 25,
            rate: 0.02,
            l2: 1e-5,
            min_count: 10,
            threshold_folds: 4,
        }
    }
}

/// Trains heads on `examples`: weights on all of them, and each head's
/// threshold where the labels it gives together with the codebook's score the
/// best F1 under cross-validation grouped by document.
pub fn train(examples: &[Example], options: &TrainOptions) -> Heads {
    let mut sizes: BTreeMap<String, usize> = BTreeMap::new();
    for e in examples {
        *sizes.entry(e.doc.clone()).or_default() += 1;
    }
    let folds = crate::eval::group_folds(&sizes, options.threshold_folds);
    let mut held_out: Vec<(usize, [f32; N])> = Vec::new();
    for fold in &folds {
        let (test, fit): (Vec<usize>, Vec<usize>) =
            (0..examples.len()).partition(|&i| fold.contains(&examples[i].doc));
        let heads = fit_weights(examples, &fit, options);
        for i in test {
            let rows = heads.rows_of(&examples[i].features);
            held_out.push((i, heads.score_rows(&rows).scores));
        }
    }
    let mut heads = fit_weights(examples, &(0..examples.len()).collect::<Vec<_>>(), options);
    for h in 0..N {
        heads.thresholds[h] = best_threshold(examples, &held_out, h);
    }
    heads
}

impl Heads {
    fn rows_of(&self, features: &[String]) -> Vec<usize> {
        features
            .iter()
            .filter_map(|f| self.index.get(f).copied())
            .collect()
    }
}

/// The threshold (a step of 0.02) that gives head `h` its best F1 on the
/// held-out scores, combined with the codebook.
fn best_threshold(examples: &[Example], held_out: &[(usize, [f32; N])], h: usize) -> f32 {
    let mut best = (f64::MIN, 0.5f32);
    for step in 1..50 {
        let t = step as f32 * 0.02;
        let (mut tp, mut fp, mut fn_) = (0u32, 0u32, 0u32);
        for (i, scores) in held_out {
            let e = &examples[*i];
            let codebook = e.codebook[h];
            let predicted = codebook || scores[h] >= t;
            match (e.labels[h], predicted) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                _ => {}
            }
        }
        let f1 = crate::eval::prf(tp, fp, fn_).2;
        if f1 > best.0 {
            best = (f1, t);
        }
    }
    best.1
}

/// Logistic regression per head by AdaGrad over `which` examples, in a fixed
/// order per epoch (a seeded shuffle), so training is reproducible.
fn fit_weights(examples: &[Example], which: &[usize], options: &TrainOptions) -> Heads {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in which {
        for f in &examples[i].features {
            *counts.entry(f).or_default() += 1;
        }
    }
    let names: Vec<String> = counts
        .into_iter()
        .filter(|(_, c)| *c >= options.min_count)
        .map(|(f, _)| f.to_string())
        .collect();
    let index: HashMap<String, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i))
        .collect();
    let rows: Vec<Vec<usize>> = which
        .iter()
        .map(|&i| {
            examples[i]
                .features
                .iter()
                .filter_map(|f| index.get(f).copied())
                .collect()
        })
        .collect();
    let mut weights = vec![[0f32; N]; names.len()];
    let mut squares = vec![[1e-6f32; N]; names.len()];
    let mut bias = [0f32; N];
    let mut bias_squares = [1e-6f32; N];
    let mut order: Vec<usize> = (0..which.len()).collect();
    let mut seed: u64 = 0x5eed_1e75;
    for _ in 0..options.epochs {
        for k in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(k, (seed >> 33) as usize % (k + 1));
        }
        for &o in &order {
            let labels = &examples[which[o]].labels;
            let mut z = bias;
            for &r in &rows[o] {
                for h in 0..N {
                    z[h] += weights[r][h];
                }
            }
            for h in 0..N {
                let g = sigmoid(z[h]) - if labels[h] { 1.0 } else { 0.0 };
                bias_squares[h] += g * g;
                bias[h] -= options.rate * g / bias_squares[h].sqrt();
                for &r in &rows[o] {
                    let grad = g + options.l2 * weights[r][h];
                    squares[r][h] += grad * grad;
                    weights[r][h] -= options.rate * grad / squares[r][h].sqrt();
                }
            }
        }
    }
    // Weights are rounded as the file keeps them, and small ones dropped: the
    // file stays small and what is scored is what is shipped.
    let round = |x: f32| {
        let r = (x * DECIMALS).round() / DECIMALS;
        if r.abs() < PRUNE {
            0.0
        } else {
            r
        }
    };
    // Inputs whose weights are all zero change no score: leave them out.
    let (names, weights): (Vec<String>, Vec<[f32; N]>) = names
        .into_iter()
        .zip(weights)
        .map(|(n, w)| (n, w.map(round)))
        .filter(|(_, w)| w.iter().any(|x| *x != 0.0))
        .unzip();
    let index = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i))
        .collect();
    Heads {
        index,
        names,
        weights,
        bias: bias.map(round),
        thresholds: [0.5; N],
    }
}
