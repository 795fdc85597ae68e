//! Statistics and concordance, on the bundled corpus and on small texts whose
//! answers can be counted by hand.

use lens_engine::annotate::AxisSide;
use lens_engine::clean::CleanRules;
use lens_engine::codebook::Codebook;
use lens_engine::kwic::{concordance, Query};
use lens_engine::stats::{cooccurrence, TextStats};
use lens_engine::{corpus, Analysis, Lens};

fn corpus_analyses(lens: &Lens) -> Vec<Analysis> {
    corpus::bundled()
        .iter()
        .map(|s| Analysis::new(s.raw, &s.meta.cleaning, lens))
        .collect()
}

#[test]
fn counts_and_density_by_hand() {
    let lens = Lens::new(Codebook::bundled());
    // 10 words; multilateralism cue twice in one sentence, once in another.
    let text = "Uphold multilateralism and multilateral processes. Multilateralism matters.";
    let a = Analysis::new(text, &CleanRules::generic(), &lens);
    let stats = TextStats::new(&a, lens.codebook().principles.len());
    let m = &stats.principles[lens.codebook().index_of("multilateralism").unwrap()];
    assert_eq!((stats.words, stats.sentences), (7, 2));
    assert_eq!((m.sentences, m.cues, m.against_opposite), (2, 3, 0));
    assert!((m.per_1000_words - 3000.0 / 7.0).abs() < 1e-9);
}

#[test]
fn axis_positions_lean_the_right_way() {
    let lens = Lens::new(Codebook::bundled());
    let text = "Cyber attacks and crime threaten us.\n\nGrowth and innovation drive the digital economy.\n\nThe sky is blue.";
    let a = Analysis::new(text, &CleanRules::generic(), &lens);
    let stats = TextStats::new(&a, lens.codebook().principles.len());
    assert_eq!(stats.paragraphs[0].position(), Some(-1.0));
    assert_eq!(stats.paragraphs[1].position(), Some(1.0));
    assert_eq!(stats.paragraphs[2].position(), None);
    assert_eq!(stats.axis.position(), Some(0.0));
    assert_eq!(a.sentences[0].axis, AxisSide::Security);
}

#[test]
fn corpus_statistics_are_consistent() {
    let lens = Lens::new(Codebook::bundled());
    let analyses = corpus_analyses(&lens);
    let n = lens.codebook().principles.len();
    let matrix = cooccurrence(&analyses, n);
    let mut per_principle = vec![0; n];
    for a in &analyses {
        let stats = TextStats::new(a, n);
        assert!(
            stats.words > 800 && stats.sentences > 40,
            "each speech is about a thousand words"
        );
        for (i, c) in stats.principles.iter().enumerate() {
            per_principle[i] += c.sentences;
            assert!(c.against_opposite <= c.sentences);
        }
        let position = stats.axis.position().unwrap();
        assert!((-1.0..=1.0).contains(&position));
    }
    for i in 0..n {
        assert_eq!(matrix[i][i], per_principle[i], "diagonal counts sentences");
        for j in 0..n {
            assert_eq!(matrix[i][j], matrix[j][i], "symmetric");
            assert!(matrix[i][j] <= matrix[i][i]);
        }
    }
    for (i, total) in per_principle.iter().enumerate() {
        assert!(
            *total > 0,
            "{} is found somewhere in the corpus",
            lens.codebook().principles[i].id
        );
    }
}

#[test]
fn concordance_finds_words_phrases_and_wildcards_in_the_corpus() {
    let lens = Lens::new(Codebook::bundled());
    let analyses = corpus_analyses(&lens);
    let count = |q: &str| concordance(&Query::parse(q).unwrap(), &analyses, 5).len();
    let by_hand = |needle: &str| -> usize {
        analyses
            .iter()
            .map(|a| a.text().to_lowercase().matches(needle).count())
            .sum()
    };
    assert_eq!(count("multilateralism"), by_hand("multilateralism"));
    assert_eq!(count("small circles"), 2);
    assert_eq!(count("digital divide*"), by_hand("digital divide"));
    assert!(count("*lateral*") > count("multilateralism"));
    let hits = concordance(&Query::parse("small circles").unwrap(), &analyses, 3);
    for h in &hits {
        assert_eq!(h.keyword.to_lowercase(), "small circles");
        assert!(h.left.split_whitespace().count() <= 3 && h.right.split_whitespace().count() <= 3);
        let sentence = &analyses[h.doc].segments.sentences[h.sentence];
        assert!(sentence.span.start <= h.span.start && h.span.end <= sentence.span.end);
    }
}

#[test]
fn bad_searches_say_what_to_do() {
    assert!(Query::parse("")
        .unwrap_err()
        .to_string()
        .contains("Type a word"));
    assert!(Query::parse("* *")
        .unwrap_err()
        .to_string()
        .contains("at least one letter"));
    assert!(Query::parse(&"word ".repeat(13)).is_err());
}

#[test]
fn highlight_runs_cover_sentences_and_steps_wrap() {
    use lens_engine::highlight::{runs, sentences_with, step};
    let lens = Lens::new(Codebook::bundled());
    for a in corpus_analyses(&lens) {
        for n in 0..a.sentences.len() {
            let r = runs(&a, n, |_| true);
            let span = &a.segments.sentences[n].span;
            assert_eq!(r.first().unwrap().span.start, span.start);
            assert_eq!(r.last().unwrap().span.end, span.end);
            assert!(r.windows(2).all(|w| w[0].span.end == w[1].span.start));
            let none = runs(&a, n, |_| false);
            assert!(none.iter().all(|r| r.principles.is_empty()));
        }
        let m = lens.codebook().index_of("multilateralism").unwrap();
        let with = sentences_with(&a, m);
        let has = |i: usize| with.contains(&i);
        if let (Some(&first), Some(&last)) = (with.first(), with.last()) {
            assert_eq!(step(&a, None, true, has), Some(first));
            assert_eq!(step(&a, None, false, has), Some(last));
            assert_eq!(
                step(&a, Some(last), true, has),
                Some(first),
                "wraps forward"
            );
            assert_eq!(step(&a, Some(first), false, has), Some(last), "wraps back");
        }
    }
}

#[test]
fn dispersion_marks_cover_each_sentence_once_at_any_resolution() {
    use lens_engine::highlight::{dispersion, sentences_with};
    let lens = Lens::new(Codebook::bundled());
    let raw: String = corpus::bundled_joined();
    let long = Analysis::new(&raw.repeat(4), &CleanRules::generic(), &lens);
    for a in corpus_analyses(&lens).iter().chain([&long]) {
        let total = a.sentences.len();
        for p in 0..lens.codebook().principles.len() {
            let with = sentences_with(a, p);
            for max in [1, 7, 200, total, total + 5] {
                let marks = dispersion(a, p, max);
                assert!(marks.len() <= max.max(1));
                assert_eq!(marks.iter().map(|m| m.count).sum::<usize>(), with.len());
                for m in &marks {
                    assert!(m.sentences.contains(&m.first) && with.contains(&m.first));
                    let inside = with.iter().filter(|n| m.sentences.contains(n)).count();
                    assert_eq!(inside, m.count);
                    assert!((0.0..=100.0).contains(&m.position));
                }
                assert!(marks
                    .windows(2)
                    .all(|w| w[0].sentences.end <= w[1].sentences.start));
                if max >= total {
                    let firsts: Vec<usize> = marks.iter().map(|m| m.first).collect();
                    assert_eq!(firsts, with, "a mark per sentence when there is room");
                }
            }
        }
    }
}

#[test]
fn hand_written_jsonl_is_what_serde_json_writes() {
    use lens_engine::classify::{apply, Heads};
    use lens_engine::export::{records, to_jsonl};
    let lens = Lens::new(Codebook::bundled());
    let heads = Heads::from_text(include_str!("../../../assets/heads.txt")).unwrap();
    let tricky = "Quote \" backslash \\ tab\t bell\u{7} done.\n\nÉtat “curly” — ok.";
    let mut texts: Vec<(String, Analysis)> = corpus::bundled()
        .iter()
        .map(|s| {
            (
                s.meta.id.clone(),
                Analysis::new(s.raw, &s.meta.cleaning, &lens),
            )
        })
        .collect();
    texts.push((
        "tricky \"doc\"".into(),
        Analysis::new(tricky, &CleanRules::generic(), &lens),
    ));
    for (doc, a) in &texts {
        let mut labelled = a.clone();
        apply(&mut labelled, &lens, &heads.labels(a, &lens));
        for recs in [records(doc, a, &lens), records(doc, &labelled, &lens)] {
            let by_serde: String = recs
                .iter()
                .map(|r| serde_json::to_string(r).unwrap() + "\n")
                .collect();
            assert_eq!(to_jsonl(&recs), by_serde, "{doc}");
        }
    }
}

#[test]
fn citations_and_dictionary_are_well_formed() {
    use lens_engine::cite::{bibtex, plain};
    use lens_engine::dictionary::to_quanteda_yaml;
    for s in corpus::bundled() {
        let b = bibtex(&s.meta);
        assert!(b.starts_with(&format!("@misc{{{},\n", s.meta.id)));
        assert_eq!(
            b.matches('{').count() - b.matches("\\{").count(),
            b.matches('}').count() - b.matches("\\}").count(),
            "balanced braces: {b}"
        );
        assert!(b.contains(&s.meta.sha256));
        let p = plain(&s.meta);
        assert!(p.contains(&s.meta.speaker) && p.contains(&s.meta.file));
        assert_eq!(
            p.contains("(date inferred)"),
            s.meta.date_inferred_from.is_some()
        );
    }
    let yaml = to_quanteda_yaml(&Codebook::bundled());
    let keys: Vec<&str> = yaml
        .lines()
        .filter(|l| !l.starts_with([' ', '#']))
        .collect();
    assert_eq!(keys.len(), 11);
    assert!(yaml
        .lines()
        .filter(|l| l.starts_with("    - "))
        .all(|l| l.ends_with('"')));
}

#[test]
fn html_reduction_ignores_what_is_not_text_and_never_panics() {
    use lens_engine::input::html_to_text;
    assert_eq!(
        html_to_text("<p>a</p><!-- <p>hidden</p> --><p>b &lt;c&gt; &#8212; &#x2019; &bogus; &</p>"),
        "a\n\nb <c> — ’ &bogus; &"
    );
    assert_eq!(
        html_to_text("<SCRIPT type=x>if (a < b) {}</SCRIPT>Peace"),
        "Peace"
    );
    assert_eq!(
        html_to_text("<style>p{}</style><noscript>no</noscript><svg><text>chart</text></svg>Text"),
        "Text"
    );
    assert_eq!(html_to_text("<script>never closed"), "");
    assert_eq!(html_to_text("Plain <unclosed"), "Plain");
    assert_eq!(html_to_text("<p>Line<br>break</p>"), "Line\n\nbreak");
    for junk in ["<", "&", "&#", "&#x110000;", "<<>>", "<p", "é<é>é", "&#0;"] {
        let _ = html_to_text(junk);
    }
}
