//! The `lens` binary as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn lens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lens"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lens-cli-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn annotate_corpus_jsonl_follows_the_schema() {
    let o = lens(&["annotate", "--corpus"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let mut docs = Vec::new();
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let obj = v.as_object().unwrap();
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "axis",
                "codebook",
                "doc",
                "end",
                "n",
                "principles",
                "start",
                "text"
            ]
        );
        assert!(
            ["security", "development", "both", "neither"].contains(&v["axis"].as_str().unwrap())
        );
        assert!(v["start"].as_u64().unwrap() < v["end"].as_u64().unwrap());
        for p in v["principles"].as_array().unwrap() {
            assert!(["for", "against_opposite"].contains(&p["stance"].as_str().unwrap()));
            // Evidence for every label: cues or rules, or the classifier alone.
            let source = p["source"].as_str().unwrap();
            assert!(["codebook", "model", "both"].contains(&source));
            assert_eq!(p["cues"].as_array().unwrap().is_empty(), source == "model");
            assert!((0.0..=1.0).contains(&p["score"].as_f64().unwrap()));
        }
        let doc = v["doc"].as_str().unwrap().to_string();
        if !docs.contains(&doc) {
            assert_eq!(v["n"], 0, "n counts from 0 in each doc");
            docs.push(doc);
        }
    }
    assert_eq!(docs.len(), 5);
}

#[test]
fn offsets_point_into_the_file() {
    let dir = scratch("offsets");
    let file = dir.join("speech.txt");
    let raw = "Mr.\u{a0}President,\n\nWe   uphold\nmultilateralism. We reject small circles.\n";
    std::fs::write(&file, raw).unwrap();
    let o = lens(&["annotate", file.to_str().unwrap()]);
    assert!(o.status.success());
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["doc"], "speech");
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let raw_words: Vec<&str> = raw[s..e].split_whitespace().collect();
        let text_words: Vec<&str> = v["text"].as_str().unwrap().split_whitespace().collect();
        assert_eq!(raw_words, text_words);
    }
}

#[test]
fn csv_has_a_header_and_one_row_per_sentence() {
    let jsonl = stdout(&lens(&["annotate", "--corpus"]));
    let o = lens(&["annotate", "--format", "csv", "--corpus"]);
    let csv = stdout(&o);
    assert!(csv.starts_with("doc,n,start,end,axis,principles,cues,text,codebook,sources\n"));
    let rows = csv
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(','))
        .count()
        - 1;
    assert_eq!(rows, jsonl.lines().count());
}

#[test]
fn stats_prints_the_speech_by_principle_table() {
    let o = lens(&["stats", "--corpus"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6);
    assert!(lines[0].starts_with(
        "doc,words,sentences,multilateralism_sentences,multilateralism_per_1000_words,"
    ));
    let width = lines[0].split(',').count();
    assert!(lines.iter().all(|l| l.split(',').count() == width));
}

#[test]
fn bad_files_get_one_line_each_and_the_rest_is_processed() {
    let dir = scratch("bad");
    let good = dir.join("good.txt");
    std::fs::write(&good, "We uphold multilateralism.").unwrap();
    let binary = dir.join("image.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 1]).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 society").unwrap();
    let missing = dir.join("missing.txt");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, " \n").unwrap();
    let o = lens(&[
        "annotate",
        missing.to_str().unwrap(),
        dir.to_str().unwrap(),
        binary.to_str().unwrap(),
        latin1.to_str().unwrap(),
        empty.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5, "{err}");
    assert!(lines[0].contains("missing.txt: no such file"));
    assert!(lines[1].contains("is a directory"));
    assert!(lines[2].contains("image.png: looks like a binary file"));
    assert!(lines[3].contains("latin1.txt: is not UTF-8 text"));
    assert!(lines[4].contains("empty.txt: is empty"));
    assert_eq!(stdout(&o).lines().count(), 1, "good.txt still annotated");
}

#[test]
fn html_files_are_read_as_their_text() {
    let dir = scratch("html");
    let page = dir.join("statement.html");
    std::fs::write(&page, "<html><head><script>var multilateralism = 1;</script></head><body><p>We uphold <b>multilateralism</b> &amp; peace.</p></body></html>").unwrap();
    let o = lens(&["annotate", page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "the script is not text: {out}");
    assert!(
        out.contains("\"text\":\"We uphold multilateralism & peace.\""),
        "{out}"
    );
}

#[test]
fn a_custom_codebook_is_used_and_a_broken_one_is_refused() {
    let dir = scratch("codebook");
    let book = lens_engine::codebook::Codebook::bundled_json()
        .replace("\"multilateral*\"", "\"tea party\"");
    let custom = dir.join("custom.json");
    std::fs::write(&custom, book).unwrap();
    let text = dir.join("t.txt");
    std::fs::write(&text, "We hold a tea party.").unwrap();
    let o = lens(&[
        "annotate",
        "--codebook",
        custom.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    assert!(
        stdout(&o).contains("\"cues\":[\"tea party\"]"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("(edited, "),
        "results name the edited codebook: {}",
        stdout(&o)
    );

    let yaml = dir.join("dictionary.yml");
    std::fs::write(&yaml, "multilateralism:\n  - tea party\n").unwrap();
    let o = lens(&[
        "annotate",
        "--codebook",
        yaml.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    assert!(
        stdout(&o).contains("\"cues\":[\"tea party\"]"),
        "a quanteda dictionary is read: {}",
        stderr(&o)
    );
    let bad_yaml = dir.join("bad.yaml");
    std::fs::write(&bad_yaml, "peace:\n  - ok\n  - \"*bad\"\n").unwrap();
    let o = lens(&[
        "annotate",
        "--codebook",
        bad_yaml.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.yaml: line 3"), "{}", stderr(&o));

    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\n\"version\": 1,\n}").unwrap();
    let o = lens(&[
        "annotate",
        "--codebook",
        broken.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.json: line 3"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(lens(&["annotate"]).status.code(), Some(2));
    assert_eq!(
        lens(&["annotate", "--format", "xml", "--corpus"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(lens(&["frobnicate"]).status.code(), Some(2));
    let help = lens(&["--help"]);
    assert!(help.status.success() && stdout(&help).contains("usage: lens annotate"));
}
