//! The bundled corpus: files byte for byte, metadata schema, and cleaning that
//! removes exactly what the rules declare.

use lens_engine::clean::{clean, Cleaned};
use lens_engine::corpus::{self, DatePrecision, Speech};
use lens_engine::segment::segment;
use sha2::{Digest, Sha256};
use std::path::Path;

fn speech(id: &str) -> Speech {
    corpus::bundled()
        .into_iter()
        .find(|s| s.meta.id == id)
        .unwrap_or_else(|| panic!("no speech {id}"))
}

fn cleaned(id: &str) -> (Speech, Cleaned) {
    let s = speech(id);
    let c = clean(s.raw, &s.meta.cleaning);
    (s, c)
}

fn sentences_of(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| &text[s.span.clone()])
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks that every bundled speech, as compiled in, is the file of the same
/// name in `dir`, byte for byte; returns the files' bytes.
fn same_as_files_in(dir: &Path) -> Vec<(Speech, Vec<u8>)> {
    corpus::bundled()
        .into_iter()
        .map(|s| {
            let on_disk = std::fs::read(dir.join(&s.meta.file)).unwrap();
            assert_eq!(
                on_disk,
                s.raw.as_bytes(),
                "{} differs from {}",
                s.meta.file,
                dir.display()
            );
            (s, on_disk)
        })
        .collect()
}

#[test]
fn files_are_byte_for_byte_what_metadata_says() {
    for (s, bytes) in
        same_as_files_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/corpus"))
    {
        assert_eq!(
            hex(&Sha256::digest(&bytes)),
            s.meta.sha256,
            "{} checksum",
            s.meta.file
        );
    }
}

/// The labelled set scores the bundled speeches on its own copies of them
/// (`tests/data/dev-gold/texts/<id>.txt`): they are the shipped files, byte for
/// byte, so its figures are about what the app shows.
#[test]
fn the_labelled_sets_copies_are_the_shipped_files() {
    let texts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dev-gold/texts");
    for s in corpus::bundled() {
        let copy = std::fs::read(texts.join(format!("{}.txt", s.meta.id))).unwrap();
        assert!(
            copy == s.raw.as_bytes(),
            "{} differs from its labelled copy",
            s.meta.id
        );
    }
}

#[test]
fn metadata_is_complete_and_consistent() {
    let speeches = corpus::bundled();
    assert_eq!(speeches.len(), 5);
    let mut files: Vec<&str> = speeches.iter().map(|s| s.meta.file.as_str()).collect();
    files.sort();
    files.dedup();
    assert_eq!(files.len(), 5, "each speech its own file");
    for (i, s) in speeches.iter().enumerate() {
        let m = &s.meta;
        let date = m.parsed_date().expect("a date the engine reads");
        assert_eq!(
            date.precision(),
            m.date_precision,
            "{}: date and its precision",
            m.id
        );
        assert!(
            m.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}: id is a slug",
            m.id
        );
        assert!(
            speeches[..i].iter().all(|o| o.meta.id != m.id),
            "{} unique",
            m.id
        );
        for (field, value) in [
            ("title", &m.title),
            ("speaker", &m.speaker),
            ("role", &m.role),
            ("venue", &m.venue),
            ("source", &m.source),
        ] {
            assert!(!value.trim().is_empty(), "{}: {field} empty", m.id);
        }
        let parts: Vec<&str> = m.date.split('-').collect();
        let want = match m.date_precision {
            DatePrecision::Day => 3,
            DatePrecision::Month => 2,
            DatePrecision::Year => 1,
        };
        assert_eq!(
            parts.len(),
            want,
            "{}: date {} fits its precision",
            m.id,
            m.date
        );
        assert!(parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())));
        if let Some(from) = &m.date_inferred_from {
            assert!(
                from.len() > 20,
                "{}: say what the date is inferred from",
                m.id
            );
        }
    }
    let dates: Vec<&str> = speeches.iter().map(|s| s.meta.date.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "corpus.json lists speeches by date");
}

/// Words of `raw` with the removed spans cut out, in order.
fn words_minus(raw: &str, c: &Cleaned) -> Vec<String> {
    let mut kept = String::new();
    let mut at = 0;
    for r in &c.removals {
        assert!(r.raw.start >= at, "removals are in order and disjoint");
        kept.push_str(&raw[at..r.raw.start]);
        kept.push(' ');
        at = r.raw.end;
    }
    kept.push_str(&raw[at..]);
    kept.split_whitespace().map(str::to_string).collect()
}

#[test]
fn cleaning_removes_exactly_the_declared_removals_word_for_word() {
    for s in corpus::bundled() {
        let c = clean(s.raw, &s.meta.cleaning);
        let cleaned_words: Vec<String> = c.text.split_whitespace().map(str::to_string).collect();
        assert_eq!(cleaned_words, words_minus(s.raw, &c), "{}", s.meta.id);
        for (r, hits) in c.rule_hits.iter().enumerate() {
            assert!(*hits > 0, "{}: rule {r} never applied", s.meta.id);
        }
    }
}

#[test]
fn every_cleaned_offset_maps_back_into_the_raw_file() {
    for s in corpus::bundled() {
        let c = clean(s.raw, &s.meta.cleaning);
        for (clean_range, raw_range) in c.map.verbatim_stretches() {
            assert_eq!(&c.text[clean_range], &s.raw[raw_range], "{}", s.meta.id);
        }
        let seg = segment(&c.text);
        let mut last_end = 0;
        for sentence in &seg.sentences {
            let raw = c.map.raw_span(sentence.span.clone());
            assert!(raw.start >= last_end && raw.start < raw.end && raw.end <= s.raw.len());
            assert!(s.raw.is_char_boundary(raw.start) && s.raw.is_char_boundary(raw.end));
            let raw_words: Vec<&str> = s.raw[raw.clone()].split_whitespace().collect();
            let clean_words: Vec<&str> = c.text[sentence.span.clone()].split_whitespace().collect();
            assert_eq!(
                raw_words, clean_words,
                "{}: sentence maps to its own words",
                s.meta.id
            );
            last_end = raw.end;
        }
    }
}

#[test]
fn desa_2020_file_date_and_author_tag_go_to_metadata() {
    let (_, c) = cleaned("liu-zhenmin-desa-2020");
    let kept: Vec<&str> = c
        .removals
        .iter()
        .filter_map(|r| r.keep_as.as_deref())
        .collect();
    assert_eq!(kept, ["file_date", "file_date", "author"]);
    assert!(!c.text.contains("File date") && !c.text.contains("Mr. Liu"));
    assert!(c
        .text
        .ends_with("I wish you all a dynamic and fruitful discussion."));
}

#[test]
fn wang_yi_2020_comment_form_and_picture_caption_are_removed() {
    let (_, c) = cleaned("wang-yi-data-security-2020");
    for gone in ["Leave a Reply", "Your email address", "(Pic;"] {
        assert!(!c.text.contains(gone), "{gone}");
    }
    assert!(c.text.ends_with("Yi states."));
}

#[test]
fn zhang_jun_2021_site_navigation_is_removed_and_date_kept() {
    let (_, c) = cleaned("zhang-jun-unsc-2021");
    for gone in [
        "Home Meetings",
        "Highlights of the Security Council >",
        "Suggest to a friend",
        "Print",
        "2021-06-29",
    ] {
        assert!(!c.text.contains(gone), "{gone}");
    }
    assert!(c.text.starts_with("Remarks by Amb. Zhang Jun"));
    assert!(c
        .removals
        .iter()
        .any(|r| r.keep_as.as_deref() == Some("published")));
}

#[test]
fn wang_lei_2019_header_goes_to_metadata_and_broken_paragraphs_are_joined() {
    let (_, c) = cleaned("wang-lei-oewg-2019");
    assert!(c.text.starts_with("Mr. President, colleagues,"));
    assert!(!c.text.contains("check against delivery") && !c.text.contains("**"));
    let kept: Vec<&str> = c
        .removals
        .iter()
        .filter_map(|r| r.keep_as.as_deref())
        .collect();
    assert!(kept.contains(&"delivery_note") && kept.contains(&"header"));
    let sentences = sentences_of(&c.text);
    assert!(sentences
        .iter()
        .any(|s| s.contains("forging military alliance and introducing rules of engagement")));
    assert!(sentences
        .iter()
        .any(|s| s.contains("sovereignty, security and development, it is crucial")));
}

#[test]
fn oewg_2021_hard_wrapped_lines_are_unwrapped_into_paragraphs() {
    let (_, c) = cleaned("oewg-2021-substantive");
    let paragraphs: Vec<&str> = c.text.split("\n\n").collect();
    assert!(!c.text.contains("\n\n\n"));
    assert!(paragraphs.iter().all(|p| !p.contains('\n')));
    assert_eq!(paragraphs.len(), 15, "{paragraphs:#?}");
    assert!(paragraphs.contains(&"Second, we should maintain peace in cyberspace. The discussion of the Working Group should stay the course of pursuing peace in cyberspace. The discussion on application of existing international law in cyberspace should at all times be based on the premise of neither encouraging nor legitimizing conflicts. In addition, the application of the sovereignty principle in cyberspace is an important means to ensure peace, stability and security in cyberspace. We should approach the issue from different dimensions to flesh it out and leave no stone unturned."));
}

#[test]
fn desa_2020_numbered_items_stay_items() {
    let (_, c) = cleaned("liu-zhenmin-desa-2020");
    let sentences = sentences_of(&c.text);
    assert!(sentences.contains(&"1. The first on data security and supply chain;"));
    assert!(sentences.contains(&"3. Third on global digital governance."));
    assert!(sentences.contains(&"Even before the pandemic, close to half of the global population – an estimated 3.6 billion people – remained offline."));
}
