//! Annotation: the spec's examples, held-out sentences of the genre (written
//! for these tests, not taken from the corpus), and the matching mechanics.

use lens_engine::annotate::{AxisSide, CueKind, Stance};
use lens_engine::clean::CleanRules;
use lens_engine::codebook::{Codebook, SPEC_PRINCIPLES};
use lens_engine::{Analysis, Lens};
use std::sync::OnceLock;

fn lens() -> &'static Lens {
    static LENS: OnceLock<Lens> = OnceLock::new();
    LENS.get_or_init(|| Lens::new(Codebook::bundled()))
}

/// (principle id, stance) for each principle of the first sentence of `text`.
fn codes(text: &str) -> Vec<(String, Stance)> {
    let a = Analysis::new(text, &CleanRules::generic(), lens());
    a.sentences[0]
        .principles
        .iter()
        .map(|h| {
            (
                lens().codebook().principles[h.principle].id.clone(),
                h.stance,
            )
        })
        .collect()
}

fn ids(text: &str) -> Vec<String> {
    codes(text).into_iter().map(|(id, _)| id).collect()
}

fn axis(text: &str) -> AxisSide {
    Analysis::new(text, &CleanRules::generic(), lens()).sentences[0].axis
}

#[test]
fn bundled_codebook_has_the_spec_principles_in_order() {
    let book = Codebook::bundled();
    let got: Vec<&str> = book.principles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(got, SPEC_PRINCIPLES);
    let mut colours: Vec<&str> = book.principles.iter().map(|p| p.colour.as_str()).collect();
    colours.sort();
    colours.dedup();
    assert_eq!(colours.len(), book.principles.len(), "colours differ");
    for p in &book.principles {
        assert!(
            p.definition.len() > 80,
            "{}: a one-paragraph definition",
            p.id
        );
        assert!(p.cues.len() + p.contra.len() >= 5, "{}: enough cues", p.id);
    }
}

#[test]
fn spec_passing_mention_is_not_multilateralism() {
    assert_eq!(
        ids("The United Nations will commemorate its 75th anniversary later this month."),
        Vec::<String>::new()
    );
}

#[test]
fn spec_reinvigorated_multilateralism_is() {
    assert_eq!(
        codes("We renew our commitment to a reinvigorated multilateralism."),
        [("multilateralism".to_string(), Stance::For)]
    );
}

#[test]
fn spec_condemning_small_circles_rejects_the_opposite() {
    assert_eq!(
        codes("We firmly oppose the small circles that some countries are forming."),
        [("multilateralism".to_string(), Stance::AgainstOpposite)]
    );
}

/// The annotation guide: on the axis, names count literally ("Security
/// Council", "Paris Peace Forum" give security).
#[test]
fn guide_names_count_literally_on_the_axis() {
    assert_eq!(
        axis("The Security Council met on Tuesday."),
        AxisSide::Security
    );
    assert_eq!(
        axis("We took part in the Paris Peace Forum."),
        AxisSide::Security
    );
    assert_eq!(
        axis("The General Assembly met on Tuesday."),
        AxisSide::Neither
    );
    assert_eq!(
        axis("Cyber attacks threaten hospitals."),
        AxisSide::Security
    );
}

#[test]
fn spec_balance_sentences_are_where_the_axis_meets() {
    let text = "Security and development are two sides of the same coin and must be given equal attention.";
    assert_eq!(axis(text), AxisSide::Both);
    assert_eq!(ids(text), ["security_development"]);
}

/// Sentences written in the register of these statements but found in none of
/// the bundled speeches, each with the principles a coder following the spec
/// would give it.
#[test]
fn held_out_sentences_of_the_genre() {
    let cases: &[(&str, &[&str])] = &[
        ("We call on all States to respect the sovereignty of other countries in cyberspace and refrain from interfering in their internal affairs.", &["sovereignty"]),
        ("A few countries should not be allowed to monopolise the rule-making for cyberspace.", &["anti_hegemony", "rules_norms"]),
        ("The international community should jointly develop a code of conduct for cyberspace under the auspices of the United Nations.", &["multilateralism", "cooperation", "rules_norms"]),
        ("Cyberspace must never become a new battlefield, and an arms race there must be prevented.", &["peace_stability"]),
        ("Developing countries need capacity building so that they can share in the benefits of the digital economy.", &["inclusive_development"]),
        ("We oppose decoupling and the severing of industrial chains under the pretext of national security.", &["openness"]),
        ("Personal information must be protected, and no backdoors should be installed in ICT products.", &["data_security"]),
        ("Accusations without evidence and double standards will only poison the atmosphere.", &["fairness_justice"]),
        ("Only through dialogue and consultation can mutual trust be built among nations.", &["cooperation"]),
        ("Security should not be used as an excuse to suppress the development of companies from other countries.", &["security_development", "anti_hegemony"]),
        ("We stand for a peaceful, secure, open and cooperative cyberspace.", &["peace_stability"]),
        ("Internet governance should be multilateral, democratic and transparent.", &["multilateralism"]),
        ("We reject the politicisation of attribution.", &["fairness_justice"]),
        ("States should settle their disputes in cyberspace by peaceful means.", &["peace_stability"]),
        ("Every country has the right to govern its own internet in accordance with its laws.", &["sovereignty"]),
        ("We must oppose any attempt to use ICTs to overthrow the governments of other countries.", &["sovereignty"]),
        ("Technology blockades against foreign companies must stop.", &["openness"]),
        ("Cross-border data flows should be orderly and free.", &["data_security"]),
        ("No state should pursue absolute security; we need common security for all.", &["peace_stability"]),
        ("We will announce additional commitments to fight the pandemic.", &[]),
        ("Investment must respect high labour standards.", &[]),
        ("We remain the largest contributor to humanitarian assistance.", &[]),
        ("States should honour their commitments and develop global standards for the security of ICT supply chains.", &["openness", "rules_norms"]),
        // Guide R2: international law outside cyberspace, ICT or data is not rules_norms.
        ("We call on all parties to respect international law and end the occupation.", &[]),
        ("All States must abide by international law in cyberspace.", &["rules_norms"]),
        ("The weather in Geneva was pleasant this week.", &[]),
        ("I thank the Chair for convening this meeting.", &[]),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, want)| ids(text) != *want)
        .map(|(text, want)| format!("{text}\n  want {want:?}\n  got  {:?}", ids(text)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn cues_match_whole_words_only() {
    assert_eq!(
        ids("Peacekeeping operations were discussed."),
        Vec::<String>::new()
    );
    assert_eq!(ids("We need peace."), ["peace_stability"]);
}

#[test]
fn a_star_matches_word_endings() {
    let a = Analysis::new(
        "They oppose unilateralism and unilateral sanctions.",
        &CleanRules::generic(),
        lens(),
    );
    let hit = &a.sentences[0].principles[0];
    let texts: Vec<&str> = hit.cues.iter().map(|c| &a.text()[c.span.clone()]).collect();
    assert_eq!(texts, ["unilateralism", "unilateral"]);
    assert!(hit.cues.iter().all(|c| c.kind == CueKind::Contra));
}

#[test]
fn matching_ignores_case_and_apostrophe_style() {
    assert_eq!(ids("UPHOLD MULTILATERALISM."), ["multilateralism"]);
    let book = Codebook::from_json(
        &Codebook::bundled_json().replace("\"two wings\"", "\"the world's future\""),
    )
    .unwrap();
    let lens = Lens::new(book);
    for text in ["For the world’s future.", "For the world's future."] {
        let a = Analysis::new(text, &CleanRules::generic(), &lens);
        assert_eq!(a.sentences[0].principles.len(), 1, "{text}");
    }
}

#[test]
fn leftmost_longest_exclusions_veto_cues() {
    assert_eq!(
        ids("The Roadmap for Digital Cooperation was launched."),
        Vec::<String>::new()
    );
    assert_eq!(ids("Digital cooperation matters."), ["cooperation"]);
}

#[test]
fn evidence_spans_point_at_the_cue_text() {
    let a = Analysis::new(
        "Para 1.\n\nWe must bridge the digital divide and uphold multilateralism.",
        &CleanRules::generic(),
        lens(),
    );
    let s = &a.sentences[1];
    for hit in &s.principles {
        let p = &lens().codebook().principles[hit.principle];
        for c in &hit.cues {
            let cue = p.cues[c.index].trim_end_matches('*').to_lowercase();
            assert!(a.text()[c.span.clone()].to_lowercase().starts_with(&cue));
        }
    }
}

#[test]
fn rules_report_the_terms_that_fired() {
    let text = "Maintaining cyber security should not hinder countries' economic growth.";
    let a = Analysis::new(text, &CleanRules::generic(), lens());
    let hit = &a.sentences[0].principles[0];
    assert_eq!(
        lens().codebook().principles[hit.principle].id,
        "security_development"
    );
    let rule = &hit.rules[0];
    let terms: Vec<&str> = rule.spans.iter().map(|s| &a.text()[s.clone()]).collect();
    assert_eq!(terms, ["security", "hinder", "economic"]);
}

#[test]
fn invalid_codebooks_say_where() {
    let good = Codebook::bundled_json();
    let cases = [
        (
            good.replace("\"letter\": \"M\"", "\"letter\": \"MM\""),
            "principles[0].letter",
        ),
        (
            good.replace("\"#0072b2\"", "\"blue\""),
            "principles[0].colour",
        ),
        (
            good.replace("\"multilateral*\"", "\"multi*lateral\""),
            "principles[0].cues[0]",
        ),
        (
            good.replace("\"id\": \"sovereignty\"", "\"id\": \"multilateralism\""),
            "principles[3].id",
        ),
        (
            good.replace("[\"@security\"]", "[\"@safety\"]"),
            "principles[1].rules[0].all_of[0]",
        ),
    ];
    for (json, at) in cases {
        let err = Codebook::from_json(&json).unwrap_err().to_string();
        assert!(err.starts_with(at), "{err}");
    }
    let err =
        Codebook::from_json(&good.replacen("\"version\": 1,", "\"version\": 1", 1)).unwrap_err();
    assert!(err.to_string().starts_with("line 3,"), "{err}");
}
