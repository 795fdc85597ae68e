//! The codebook editor's rules, as plain functions: what a draft becomes
//! when applied, whether it can be, and what to say. The page
//! (`pages::codebook`) renders the draft and sends it edits; these are tested
//! here, natively.

use lens_engine::codebook::{Codebook, Principle};

/// The draft as it will be applied: phrase lists without blank lines, text trimmed.
pub fn settled(draft: &Codebook) -> Codebook {
    let mut book = draft.clone();
    book.name = book.name.trim().to_string();
    let tidy = |list: &mut Vec<String>| {
        *list = list
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    for p in &mut book.principles {
        p.label = p.label.trim().to_string();
        p.definition = p.definition.trim().to_string();
        tidy(&mut p.cues);
        tidy(&mut p.contra);
        tidy(&mut p.exclusions);
    }
    book
}

/// The draft, settled, if it is a valid codebook; else what to tell the reader.
pub fn check(draft: &Codebook) -> Result<Codebook, String> {
    let book = settled(draft);
    match book.validate() {
        Ok(()) => Ok(book),
        Err(e) => Err(format!(
            "Not applied: {e}. Highlights and counts still use the last valid codebook; correct this to apply your edits."
        )),
    }
}

/// A principle's one-line summary: label, cues, contra cues and rules counted.
pub fn summary(p: &Principle) -> String {
    let count = |list: &[String]| list.iter().filter(|c| !c.trim().is_empty()).count();
    let rules = if p.rules.len() == 1 { "rule" } else { "rules" };
    format!(
        " {} — {} cues, {} contra, {} {rules}",
        p.label,
        count(&p.cues),
        count(&p.contra),
        p.rules.len()
    )
}

/// Which list of a principle a text area edits.
#[derive(Clone, Copy)]
pub enum List {
    /// `cues`.
    Cues,
    /// `contra`.
    Contra,
    /// `exclusions`.
    Exclusions,
}

impl List {
    /// The list of `p` it edits.
    pub fn of(self, p: &mut Principle) -> &mut Vec<String> {
        match self {
            List::Cues => &mut p.cues,
            List::Contra => &mut p.contra,
            List::Exclusions => &mut p.exclusions,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_applied_tidy_or_not_at_all() {
        let mut draft = Codebook::bundled();
        draft.principles[0]
            .cues
            .push("  concert of nations ".into());
        draft.principles[0].cues.push(String::new());
        let book = check(&draft).unwrap();
        assert_eq!(
            book.principles[0].cues.last().unwrap(),
            "concert of nations"
        );
        draft.principles[0].cues.push("*broken".into());
        let e = check(&draft).unwrap_err();
        assert!(e.starts_with("Not applied: principles[0].cues["), "{e}");
        assert!(e.ends_with("correct this to apply your edits."));
    }

    #[test]
    fn summaries_count_what_is_there() {
        let mut p = Codebook::bundled().principles[1].clone();
        p.cues = vec!["a".into(), " ".into()];
        p.contra.clear();
        p.rules.truncate(1);
        assert!(
            summary(&p).ends_with("— 1 cues, 0 contra, 1 rule"),
            "{}",
            summary(&p)
        );
    }

    #[test]
    fn each_list_edits_its_own_field() {
        let mut p = Codebook::bundled().principles[0].clone();
        List::Exclusions.of(&mut p).push("x".into());
        assert_eq!(p.exclusions.last().unwrap(), "x");
    }
}
