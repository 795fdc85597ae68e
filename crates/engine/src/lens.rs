//! A codebook compiled for matching: the [`Lens`] every consumer annotates with.

use crate::codebook::Codebook;
use crate::phrases::PhraseSet;

/// What a cue phrase does for its principle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueRole {
    Cue,
    Contra,
    Exclusion,
}

/// A cue phrase's principle, role and index in that principle's list.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CueTarget {
    pub principle: usize,
    pub role: CueRole,
    pub index: usize,
}

/// A rule term: which flattened rule and which of its groups.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RuleTerm {
    pub rule: usize,
    pub group: usize,
}

/// A side of the axis, or an axis exclusion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AxisTerm {
    Security,
    Development,
    Exclusion,
}

/// What a phrase of the lens stands for, by family.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Term {
    Cue(CueTarget),
    Rule(RuleTerm),
    Axis(AxisTerm),
}

/// Family numbers in the phrase set: rule terms, the axis vocabulary, then one
/// family per principle. Each family chooses its own leftmost-longest matches,
/// so one principle's phrase never hides another's ("supply chain security"
/// for openness, "security standards" for rules and norms, in one stretch),
/// and a principle's exclusions veto only its own cues.
pub(crate) const RULE_TERMS: usize = 0;
pub(crate) const AXIS: usize = 1;
/// The family of principle `p`'s cues, contra cues and exclusions.
pub(crate) const fn cue_family(p: usize) -> usize {
    2 + p
}

/// A rule of some principle, with what its groups need.
#[derive(Clone, Debug)]
pub(crate) struct FlatRule {
    pub principle: usize,
    pub index: usize,
    /// Whether firing means rejecting the principle's opposite.
    pub rejects_opposite: bool,
    /// Bit mask with one bit per group.
    pub all_groups: u64,
    /// Groups satisfied by a security term in the sentence.
    pub security_groups: u64,
    /// Groups satisfied by a development term in the sentence.
    pub development_groups: u64,
}

/// A codebook ready to annotate texts. Build it once and reuse it: building
/// compiles the automaton.
///
/// ```
/// use lens_engine::{codebook::Codebook, Lens};
/// let lens = Lens::new(Codebook::bundled());
/// assert_eq!(lens.codebook().principles.len(), 11);
/// ```
#[derive(Clone, Debug)]
pub struct Lens {
    codebook: Codebook,
    pub(crate) phrases: PhraseSet<Term>,
    pub(crate) rules: Vec<FlatRule>,
}

impl Lens {
    /// Compiles a checked codebook.
    pub fn new(codebook: Codebook) -> Lens {
        let mut cue_entries = Vec::new();
        let mut rules = Vec::new();
        let mut term_entries = Vec::new();
        for (p, principle) in codebook.principles.iter().enumerate() {
            for (role, list) in [
                (CueRole::Cue, &principle.cues),
                (CueRole::Contra, &principle.contra),
                (CueRole::Exclusion, &principle.exclusions),
            ] {
                for (index, phrase) in list.iter().enumerate() {
                    cue_entries.push((
                        cue_family(p),
                        phrase.as_str(),
                        Term::Cue(CueTarget {
                            principle: p,
                            role,
                            index,
                        }),
                    ));
                }
            }
            for (index, rule) in principle.rules.iter().enumerate() {
                let mut flat = FlatRule {
                    principle: p,
                    index,
                    rejects_opposite: rule.rejects_opposite,
                    all_groups: 0,
                    security_groups: 0,
                    development_groups: 0,
                };
                let rule_id = rules.len();
                for (group, terms) in rule.all_of.iter().enumerate() {
                    let bit = 1u64 << group;
                    flat.all_groups |= bit;
                    match terms.first().map(String::as_str) {
                        Some("@security") => flat.security_groups |= bit,
                        Some("@development") => flat.development_groups |= bit,
                        _ => term_entries.extend(terms.iter().map(|t| {
                            (
                                RULE_TERMS,
                                t.as_str(),
                                Term::Rule(RuleTerm {
                                    rule: rule_id,
                                    group,
                                }),
                            )
                        })),
                    }
                }
                rules.push(flat);
            }
        }
        let axis = &codebook.axis;
        let axis_entries = [
            (&axis.security, AxisTerm::Security),
            (&axis.development, AxisTerm::Development),
            (&axis.exclusions, AxisTerm::Exclusion),
        ]
        .into_iter()
        .flat_map(|(list, side)| {
            list.iter()
                .map(move |t| (AXIS, t.as_str(), Term::Axis(side)))
        });
        let entries = cue_entries
            .into_iter()
            .chain(term_entries)
            .chain(axis_entries);
        Lens {
            phrases: PhraseSet::new(cue_family(codebook.principles.len()), entries),
            rules,
            codebook,
        }
    }

    /// The codebook this lens was built from.
    pub fn codebook(&self) -> &Codebook {
        &self.codebook
    }
}
