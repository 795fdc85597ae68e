//! How a codebook's cues behave on the texts at hand: matches per cue and
//! contra cue, cues that never match, the most frequent cues per principle,
//! and phrases that two principles share. What a coder checks before trusting
//! a dictionary (LIWC's and quanteda's per-entry counts).

use crate::annotate::CueKind;
use crate::codebook::Codebook;
use crate::Analysis;

/// One cue or contra cue and how often it matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueUse {
    /// Cue or contra cue.
    pub kind: CueKind,
    /// Index into the principle's `cues` or `contra`.
    pub index: usize,
    /// The phrase.
    pub phrase: String,
    /// Matches in all texts.
    pub matches: usize,
    /// Texts with at least one match.
    pub texts: usize,
}

/// Every cue of one principle with its matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrincipleUse {
    /// Index into the codebook's principles.
    pub principle: usize,
    /// Cues, then contra cues, in codebook order.
    pub cues: Vec<CueUse>,
    /// Times each rule fired, in codebook order.
    pub rules: Vec<usize>,
}

impl PrincipleUse {
    /// Cues and contra cues that matched nothing.
    pub fn never_matched(&self) -> impl Iterator<Item = &CueUse> {
        self.cues.iter().filter(|c| c.matches == 0)
    }

    /// The `n` cues with most matches (ties in codebook order), none unmatched.
    pub fn most_frequent(&self, n: usize) -> Vec<&CueUse> {
        let mut used: Vec<&CueUse> = self.cues.iter().filter(|c| c.matches > 0).collect();
        used.sort_by_key(|c| std::cmp::Reverse(c.matches));
        used.truncate(n);
        used
    }
}

/// A phrase listed by more than one principle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedCue {
    /// The phrase, as the first principle writes it.
    pub phrase: String,
    /// The principles that list it, in codebook order.
    pub principles: Vec<usize>,
}

/// The diagnostics of a codebook on some texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics {
    /// One entry per principle, in codebook order.
    pub principles: Vec<PrincipleUse>,
    /// Phrases in the cue or contra lists of two or more principles.
    pub shared: Vec<SharedCue>,
}

/// Counts every cue's matches in `analyses`, made with a lens of `book`.
///
/// ```
/// use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook, diagnostics::diagnose};
/// let lens = Lens::new(Codebook::bundled());
/// let a = Analysis::new("Multilateral talks need multilateral cooperation.", &CleanRules::generic(), &lens);
/// let d = diagnose(lens.codebook(), [&a]);
/// let top = d.principles[0].most_frequent(1);
/// assert_eq!((top[0].phrase.as_str(), top[0].matches), ("multilateral*", 2));
/// ```
pub fn diagnose<'a>(
    book: &Codebook,
    analyses: impl IntoIterator<Item = &'a Analysis>,
) -> Diagnostics {
    let mut principles: Vec<PrincipleUse> = book
        .principles
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let entry = |kind, (index, phrase): (usize, &String)| CueUse {
                kind,
                index,
                phrase: phrase.clone(),
                matches: 0,
                texts: 0,
            };
            let cues = p.cues.iter().enumerate().map(|c| entry(CueKind::Cue, c));
            let contra = p
                .contra
                .iter()
                .enumerate()
                .map(|c| entry(CueKind::Contra, c));
            PrincipleUse {
                principle: i,
                cues: cues.chain(contra).collect(),
                rules: vec![0; p.rules.len()],
            }
        })
        .collect();
    for analysis in analyses {
        let mut seen: Vec<Vec<bool>> = principles
            .iter()
            .map(|p| vec![false; p.cues.len()])
            .collect();
        for hit in analysis.sentences.iter().flat_map(|s| &s.principles) {
            let entry = &mut principles[hit.principle];
            let cue_count = book.principles[hit.principle].cues.len();
            for m in &hit.cues {
                let slot = match m.kind {
                    CueKind::Cue => m.index,
                    CueKind::Contra => cue_count + m.index,
                };
                entry.cues[slot].matches += 1;
                seen[hit.principle][slot] = true;
            }
            for r in &hit.rules {
                entry.rules[r.index] += 1;
            }
        }
        for (p, flags) in seen.iter().enumerate() {
            for (slot, _) in flags.iter().enumerate().filter(|(_, f)| **f) {
                principles[p].cues[slot].texts += 1;
            }
        }
    }
    Diagnostics {
        shared: shared_cues(book),
        principles,
    }
}

/// Phrases (compared without case) in the lists of several principles.
fn shared_cues(book: &Codebook) -> Vec<SharedCue> {
    let mut out: Vec<SharedCue> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for (i, p) in book.principles.iter().enumerate() {
        for phrase in p.cues.iter().chain(&p.contra) {
            let key = phrase.to_lowercase();
            match keys.iter().position(|k| *k == key) {
                Some(at) if !out[at].principles.contains(&i) => out[at].principles.push(i),
                Some(_) => {}
                None => {
                    keys.push(key);
                    out.push(SharedCue {
                        phrase: phrase.clone(),
                        principles: vec![i],
                    });
                }
            }
        }
    }
    out.retain(|s| s.principles.len() > 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::CleanRules;
    use crate::Lens;

    #[test]
    fn counts_matches_texts_and_never_matched() {
        let mut book = Codebook::bundled();
        book.principles.truncate(2);
        book.principles[0].cues = vec!["multilateral*".into(), "never seen phrase".into()];
        book.principles[0].contra = vec!["unilateralism".into()];
        book.principles[1].cues.push("Multilateral*".into());
        let lens = Lens::new(book.clone());
        let a = Analysis::new(
            "We uphold multilateralism. Multilateral cooperation. We reject unilateralism.",
            &CleanRules::generic(),
            &lens,
        );
        let b = Analysis::new("Multilateralism matters.", &CleanRules::generic(), &lens);
        let d = diagnose(&book, [&a, &b]);
        let p0 = &d.principles[0];
        assert_eq!((p0.cues[0].matches, p0.cues[0].texts), (3, 2));
        assert_eq!((p0.cues[2].kind, p0.cues[2].matches), (CueKind::Contra, 1));
        let never: Vec<&str> = p0.never_matched().map(|c| c.phrase.as_str()).collect();
        assert_eq!(never, ["never seen phrase"]);
        assert_eq!(p0.most_frequent(5).len(), 2);
        assert_eq!(d.shared.len(), 1);
        assert_eq!(d.shared[0].principles, [0, 1]);
    }

    #[test]
    fn bundled_codebook_on_the_corpus() {
        let lens = Lens::new(Codebook::bundled());
        let analyses: Vec<Analysis> = crate::corpus::bundled()
            .iter()
            .map(|s| Analysis::new(s.raw, &s.meta.cleaning, &lens))
            .collect();
        let d = diagnose(lens.codebook(), &analyses);
        let total: usize = d
            .principles
            .iter()
            .flat_map(|p| &p.cues)
            .map(|c| c.matches)
            .sum();
        let counted: usize = analyses
            .iter()
            .flat_map(|a| &a.sentences)
            .flat_map(|s| &s.principles)
            .map(|h| h.cues.len())
            .sum();
        assert_eq!(total, counted, "every cue match is counted once");
        assert!(d
            .principles
            .iter()
            .all(|p| p.cues.iter().all(|c| c.texts <= 5)));
    }
}
