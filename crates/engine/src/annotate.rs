//! Annotation: which principles each sentence carries, with the evidence for
//! each (cues, contra cues and rules, with their spans), and where the sentence
//! sits on the security–development axis.

use crate::lens::{cue_family, AxisTerm, CueRole, Lens, Term, AXIS, RULE_TERMS};
use crate::segment::Segmentation;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Whether a sentence argues for a principle or rejects its opposite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// The sentence argues for the principle (a cue or rule fired).
    For,
    /// The sentence only rejects what the principle opposes (contra cues or
    /// rules that find the opposite fired).
    AgainstOpposite,
}

impl Stance {
    /// The stance as written in exports: `for` or `against_opposite`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::AgainstOpposite => "against_opposite",
        }
    }
}

/// Whether a cue argues for the principle or names the opposite it rejects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// From the principle's `cues`.
    Cue,
    /// From the principle's `contra` list.
    Contra,
}

/// One cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CueMatch {
    /// Cue or contra cue.
    pub kind: CueKind,
    /// Index into the principle's `cues` or `contra`.
    pub index: usize,
    /// Byte span in the cleaned text.
    pub span: Range<usize>,
}

/// One rule that fired in a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleMatch {
    /// Index into the principle's `rules`.
    pub index: usize,
    /// Whether the rule finds the opposite the principle rejects.
    pub rejects_opposite: bool,
    /// Spans of the terms that satisfied its groups.
    pub spans: Vec<Range<usize>>,
}

/// Which evidence a label rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The codebook's cues or rules only.
    Codebook,
    /// The classifier only.
    Model,
    /// Both.
    Both,
}

impl Source {
    /// As written in exports: `codebook`, `model` or `both`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Codebook => "codebook",
            Source::Model => "model",
            Source::Both => "both",
        }
    }
}

/// A principle found in a sentence, with its evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipleHit {
    /// Index into the codebook's principles.
    pub principle: usize,
    /// For the principle, or against its opposite.
    pub stance: Stance,
    /// Cues and contra cues, in text order.
    pub cues: Vec<CueMatch>,
    /// Rules that fired.
    pub rules: Vec<RuleMatch>,
    /// Whether the codebook, the classifier or both found it.
    pub source: Source,
    /// The classifier's probability in thousandths, when it ran
    /// ([`crate::classify`]).
    pub score: Option<u16>,
}

/// Where a sentence sits on the security–development axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AxisSide {
    /// Security vocabulary only.
    Security,
    /// Development vocabulary only.
    Development,
    /// Both, or the sentence names their balance.
    Both,
    /// Neither.
    Neither,
}

impl AxisSide {
    /// The side as written in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            AxisSide::Security => "security",
            AxisSide::Development => "development",
            AxisSide::Both => "both",
            AxisSide::Neither => "neither",
        }
    }
}

/// Everything found in one sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceAnnotation {
    /// Principles carried, in codebook order.
    pub principles: Vec<PrincipleHit>,
    /// Axis side.
    pub axis: AxisSide,
    /// Spans of security vocabulary.
    pub security: Vec<Range<usize>>,
    /// Spans of development vocabulary.
    pub development: Vec<Range<usize>>,
}

/// Annotates every sentence of `seg` (a segmentation of `text`).
pub fn annotate(lens: &Lens, text: &str, seg: &Segmentation) -> Vec<SentenceAnnotation> {
    annotate_sentences(lens, text, seg, 0..seg.sentences.len())
}

/// Annotates the sentences `which` of `seg`, searching only their stretch of
/// `text`: a long text can be annotated in parts, with the same result.
pub fn annotate_sentences(
    lens: &Lens,
    text: &str,
    seg: &Segmentation,
    which: Range<usize>,
) -> Vec<SentenceAnnotation> {
    let sentences = &seg.sentences[which];
    let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
        return Vec::new();
    };
    let from = first.span.start;
    let mut families = lens.phrases.find(&text[from..last.span.end]);
    for hit in families.iter_mut().flatten() {
        hit.0 = hit.0.start + from..hit.0.end + from;
    }
    // Each principle chose its own cues; walk them together, in text order.
    let mut cue_hits: Vec<_> = families.drain(cue_family(0)..).flatten().collect();
    cue_hits.sort_by_key(|(span, _)| span.start);
    let (term_hits, axis_hits) = (&families[RULE_TERMS], &families[AXIS]);
    let (mut c, mut t, mut a) = (0, 0, 0);
    let mut group_bits = vec![0u64; lens.rules.len()];
    let mut term_spans: Vec<Vec<Range<usize>>> = vec![Vec::new(); lens.rules.len()];
    sentences
        .iter()
        .map(|sentence| {
            let end = sentence.span.end;
            let mut out = SentenceAnnotation {
                principles: Vec::new(),
                axis: AxisSide::Neither,
                security: Vec::new(),
                development: Vec::new(),
            };
            while a < axis_hits.len() && axis_hits[a].0.start < end {
                let (span, term) = axis_hits[a].clone();
                match term {
                    Term::Axis(AxisTerm::Security) => out.security.push(span),
                    Term::Axis(AxisTerm::Development) => out.development.push(span),
                    _ => {}
                }
                a += 1;
            }
            while c < cue_hits.len() && cue_hits[c].0.start < end {
                let (span, term) = cue_hits[c].clone();
                c += 1;
                let Term::Cue(target) = term else { continue };
                let kind = match target.role {
                    CueRole::Cue => CueKind::Cue,
                    CueRole::Contra => CueKind::Contra,
                    CueRole::Exclusion => continue,
                };
                hit_for(&mut out.principles, target.principle)
                    .cues
                    .push(CueMatch {
                        kind,
                        index: target.index,
                        span,
                    });
            }
            let mut touched = Vec::new();
            while t < term_hits.len() && term_hits[t].0.start < end {
                let (span, term) = term_hits[t].clone();
                t += 1;
                let Term::Rule(term) = term else { continue };
                if group_bits[term.rule] == 0 {
                    touched.push(term.rule);
                }
                if group_bits[term.rule] & (1 << term.group) == 0 {
                    term_spans[term.rule].push(span);
                }
                group_bits[term.rule] |= 1 << term.group;
            }
            for (r, rule) in lens.rules.iter().enumerate() {
                let mut bits = group_bits[r];
                let mut spans = std::mem::take(&mut term_spans[r]);
                if rule.security_groups != 0 && !out.security.is_empty() {
                    bits |= rule.security_groups;
                    spans.push(out.security[0].clone());
                }
                if rule.development_groups != 0 && !out.development.is_empty() {
                    bits |= rule.development_groups;
                    spans.push(out.development[0].clone());
                }
                if bits == rule.all_groups {
                    spans.sort_by_key(|s| s.start);
                    hit_for(&mut out.principles, rule.principle)
                        .rules
                        .push(RuleMatch {
                            index: rule.index,
                            rejects_opposite: rule.rejects_opposite,
                            spans,
                        });
                }
            }
            for r in touched {
                group_bits[r] = 0;
            }
            for hit in &mut out.principles {
                let argues_for = hit.cues.iter().any(|c| c.kind == CueKind::Cue)
                    || hit.rules.iter().any(|r| !r.rejects_opposite);
                hit.stance = if argues_for {
                    Stance::For
                } else {
                    Stance::AgainstOpposite
                };
            }
            out.principles.sort_by_key(|h| h.principle);
            out.axis = match (out.security.is_empty(), out.development.is_empty()) {
                (false, false) => AxisSide::Both,
                (false, true) => AxisSide::Security,
                (true, false) => AxisSide::Development,
                (true, true) => AxisSide::Neither,
            };
            if out.axis != AxisSide::Both && names_balance(lens, &out) {
                out.axis = AxisSide::Both;
            }
            out
        })
        .collect()
}

/// Whether the sentence carries the principle of security and development in
/// balance: such a sentence is where the two sides meet, whatever its words.
fn names_balance(lens: &Lens, out: &SentenceAnnotation) -> bool {
    let balance = lens.codebook().index_of("security_development");
    out.principles
        .iter()
        .any(|h| Some(h.principle) == balance && h.stance == Stance::For)
}

fn hit_for(hits: &mut Vec<PrincipleHit>, principle: usize) -> &mut PrincipleHit {
    let i = match hits.iter().position(|h| h.principle == principle) {
        Some(i) => i,
        None => {
            hits.push(PrincipleHit {
                principle,
                stance: Stance::For,
                cues: Vec::new(),
                rules: Vec::new(),
                source: Source::Codebook,
                score: None,
            });
            hits.len() - 1
        }
    };
    &mut hits[i]
}
