//! Segmentation: the cases diplomatic speeches contain, and a property test
//! that any text is covered exactly.

use lens_engine::clean::{clean, CleanRules};
use lens_engine::segment::segment;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| &text[s.span.clone()])
        .collect()
}

#[test]
fn titles_and_abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences(
            "Remarks by Amb. Zhang Jun. Mr. President, thank you. Dr. Li and Prof. Wu agree."
        ),
        [
            "Remarks by Amb. Zhang Jun.",
            "Mr. President, thank you.",
            "Dr. Li and Prof. Wu agree."
        ]
    );
}

#[test]
fn number_sign_only_before_a_number() {
    assert_eq!(
        sentences("See resolution No. 75/240 for details. No. We disagree."),
        [
            "See resolution No. 75/240 for details.",
            "No.",
            "We disagree."
        ]
    );
}

#[test]
fn initials_and_decimals_stay_inside() {
    assert_eq!(
        sentences("The U.N. system serves 3.6 billion people. It grows by 2.5 per cent."),
        [
            "The U.N. system serves 3.6 billion people.",
            "It grows by 2.5 per cent."
        ]
    );
}

#[test]
fn numbered_items_and_dash_items() {
    let text = "1. The first on data security;\n\n2. Second on the digital economy.\n\n—We should promote peace. —We should cooperate.";
    assert_eq!(
        sentences(text),
        [
            "1. The first on data security;",
            "2. Second on the digital economy.",
            "—We should promote peace.",
            "—We should cooperate."
        ]
    );
}

#[test]
fn sentences_ending_inside_quotes() {
    assert_eq!(
        sentences("The theme is ‘Seizing Digital Opportunities.’ It was chosen. “Global issues call for global solutions,” Yi says. He said “yes.” Then left."),
        ["The theme is ‘Seizing Digital Opportunities.’", "It was chosen.", "“Global issues call for global solutions,” Yi says.", "He said “yes.”", "Then left."]
    );
}

#[test]
fn bold_markers_are_cleaned_before_segmenting() {
    let c = clean(
        "**Statement of Counselor Wang Lei.** Please listen.",
        &CleanRules::generic(),
    );
    assert_eq!(
        sentences(&c.text),
        ["Statement of Counselor Wang Lei.", "Please listen."]
    );
}

#[test]
fn lower_case_after_a_stop_continues_the_sentence() {
    assert_eq!(
        sentences("Use e.g. this one, i.e. that. Done!"),
        ["Use e.g. this one, i.e. that.", "Done!"]
    );
}

#[test]
fn paragraphs_split_at_blank_lines_only() {
    let seg = segment("One line\nstill one. Two.\n \n\nThree.");
    assert_eq!(seg.paragraphs.len(), 2);
    assert_eq!(seg.paragraphs[0].sentences, 0..2);
    assert_eq!(seg.paragraphs[1].sentences, 2..3);
    assert_eq!(seg.sentences[2].paragraph, 1);
}

#[test]
fn empty_and_blank_texts_have_no_segments() {
    assert!(segment("").sentences.is_empty());
    assert!(segment(" \n\u{a0}\n\t").paragraphs.is_empty());
}

/// Checks the segmentation invariants on `text`.
fn check_cover(text: &str) -> Result<(), TestCaseError> {
    let seg = segment(text);
    let mut at = 0;
    for (i, s) in seg.sentences.iter().enumerate() {
        prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        prop_assert!(
            s.span.start >= at && s.span.start < s.span.end,
            "in order, no overlap, not empty"
        );
        prop_assert!(
            text[at..s.span.start].chars().all(char::is_whitespace),
            "only white space between"
        );
        let p = &seg.paragraphs[s.paragraph];
        prop_assert!(p.sentences.contains(&i));
        prop_assert!(p.span.start <= s.span.start && s.span.end <= p.span.end);
        at = s.span.end;
    }
    prop_assert!(
        text[at..].chars().all(char::is_whitespace),
        "nothing left after the last sentence"
    );
    let mut next = 0;
    for p in &seg.paragraphs {
        prop_assert_eq!(p.sentences.start, next);
        next = p.sentences.end;
    }
    prop_assert_eq!(next, seg.sentences.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_text_is_covered_exactly(text in "\\PC*") {
        check_cover(&text)?;
    }

    #[test]
    fn speech_like_text_is_covered_exactly(text in "([A-Za-z]{1,8}|[.!?”’\"' \n\u{a0}—]|Mr\\.|No\\.|U\\.N\\.|[0-9]\\.[0-9]|\\*\\*){0,80}") {
        check_cover(&text)?;
    }

    #[test]
    fn cleaning_then_segmenting_any_text_never_panics(text in "\\PC*|[ \n\u{c}a-z.*0-9/\u{a0}]{0,200}") {
        let c = clean(&text, &CleanRules::generic());
        check_cover(&c.text)?;
        let words_in: Vec<&str> = text.split_whitespace().flat_map(|w| w.split("**")).filter(|w| !w.is_empty()).collect();
        let words_out: Vec<&str> = c.text.split_whitespace().flat_map(|w| w.split("**")).filter(|w| !w.is_empty()).collect();
        prop_assert!(words_out.len() <= words_in.len());
        for (clean_range, raw_range) in c.map.verbatim_stretches() {
            prop_assert_eq!(&c.text[clean_range], &text[raw_range]);
        }
    }
}

/// The 56 labelled texts (tests/data/dev-gold), cleaned as a reader's own
/// texts are: no sentence stops on a word no sentence ends with, which is
/// where a hard wrap or a page break fell inside a sentence.
#[test]
fn no_labelled_text_is_cut_mid_sentence() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dev-gold/texts");
    let never_last = [
        "the", "of", "to", "a", "an", "for", "with", "by", "from", "that", "which", "between",
        "into", "through", "its", "their", "our", "this", "these", "was", "is", "are",
    ];
    let mut cut = Vec::new();
    let mut texts = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let raw = std::fs::read_to_string(&path).unwrap();
        texts += 1;
        let cleaned = clean(&raw, &CleanRules::generic());
        for s in segment(&cleaned.text).sentences {
            let sentence = &cleaned.text[s.span];
            let last = sentence
                .trim_end_matches([',', ';', ' '])
                .rsplit(' ')
                .next()
                .unwrap_or("");
            if never_last.iter().any(|w| last.eq_ignore_ascii_case(w)) {
                cut.push(format!(
                    "{}: …{}",
                    path.display(),
                    &sentence[sentence.len().saturating_sub(60)..]
                ));
            }
        }
    }
    assert_eq!(texts, 56);
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}

/// SGP_79_2024 is wrapped before a capital: "…the foundational role of the ⏎
/// UN in maintaining…" is one sentence.
#[test]
fn a_wrap_before_a_capital_inside_a_sentence_is_joined() {
    let raw = "First, we must return to the basics – by reinforcing the foundational role of the \nUN in maintaining international peace and security. That is the raison d’être for the \nUN.\n";
    let cleaned = clean(raw, &CleanRules::generic());
    let sentences: Vec<&str> = segment(&cleaned.text)
        .sentences
        .iter()
        .map(|s| &cleaned.text[s.span.clone()])
        .collect();
    assert_eq!(sentences.len(), 2, "{sentences:?}");
    assert!(sentences[0].contains("of the UN in maintaining"));
    let salutation = clean(
        "Mr. President,\n\nExcellencies and distinguished participants,\n\nWe meet today.",
        &CleanRules::generic(),
    );
    assert_eq!(
        segment(&salutation.text).paragraphs.len(),
        3,
        "salutations stay apart"
    );
}
