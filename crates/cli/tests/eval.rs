//! `lens eval` against the labelled set in `tests/data/dev-gold`, checked
//! against that set's own scorer, `score.py`, run on `lens annotate` output.

use std::path::{Path, PathBuf};
use std::process::Command;

fn gold_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dev-gold")
}

fn lens(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_lens"))
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// The lines both scorers print the same way: the per-principle rows and the
/// micro/macro line.
fn comparable(report: &str) -> Vec<String> {
    report
        .lines()
        .take_while(|l| !l.starts_with("axis accuracy"))
        .map(str::to_string)
        .collect()
}

#[test]
fn eval_agrees_with_the_sets_own_scorer() {
    let dir = gold_dir();
    let gold = dir.join("gold.jsonl");
    let mut texts: Vec<String> = std::fs::read_dir(dir.join("texts"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    texts.sort();
    let mut args = vec!["annotate"];
    args.extend(texts.iter().map(String::as_str));
    let pred = std::env::temp_dir().join(format!("lens-eval-pred-{}.jsonl", std::process::id()));
    std::fs::write(&pred, lens(&args)).unwrap();
    let python = Command::new("python3")
        .arg(dir.join("score.py"))
        .arg(&gold)
        .arg(&pred)
        .output()
        .expect("python3 runs the set's scorer");
    let theirs = String::from_utf8(python.stdout).unwrap();
    std::fs::remove_file(&pred).unwrap();
    let ours = lens(&["eval", gold.to_str().unwrap()]);
    assert_eq!(comparable(&ours), comparable(&theirs));
    // "axis accuracy 0.723 over 5567 sentences" and "axis accuracy 4025/5567 = 0.723"
    let axis = |r: &str, word: usize| {
        let line = r.lines().find(|l| l.starts_with("axis accuracy")).unwrap();
        line.split_whitespace().nth(word).unwrap().to_string()
    };
    assert_eq!(axis(&ours, 2), axis(&theirs, 4));
    assert_eq!(ours.lines().last(), theirs.lines().last());
}

#[test]
fn eval_json_has_every_principle_and_the_confusion() {
    let gold = gold_dir().join("gold.jsonl");
    let v: serde_json::Value =
        serde_json::from_str(&lens(&["eval", "--json", gold.to_str().unwrap()])).unwrap();
    assert_eq!(v["sentences"], 5567);
    assert_eq!(v["principles"].as_array().unwrap().len(), 11);
    let support: u64 = v["principles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["support"].as_u64().unwrap())
        .sum();
    assert_eq!(support, 4284, "the positives the set's README counts");
    let confusion: u64 = v["axis_confusion"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r.as_array().unwrap().iter().map(|n| n.as_u64().unwrap()))
        .sum();
    // The axis is scored over the labelled sentences a predicted one aligns
    // to: where the lens joins two labelled parts of a cut sentence, one.
    assert_eq!(confusion, v["axis_sentences"].as_u64().unwrap());
    assert!(confusion > 5500, "{confusion}");
    assert_eq!(v["docs"].as_array().unwrap().len(), 56);
}

#[test]
fn eval_names_a_broken_line_and_a_missing_text() {
    let dir = std::env::temp_dir().join(format!("lens-eval-bad-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("texts")).unwrap();
    let bad = dir.join("gold.jsonl");
    for (gold, says) in [
        ("{\"doc\": \"a\"}\n", "line 1: missing field"),
        (
            "{\"doc\":\"gone\",\"n\":0,\"start\":0,\"end\":3,\"text\":\"Hi.\",\"principles\":[],\"axis\":\"neither\"}\n",
            "gone.txt: no such file",
        ),
    ] {
        std::fs::write(&bad, gold).unwrap();
        let o = Command::new(env!("CARGO_BIN_EXE_lens"))
            .args(["eval", bad.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&o.stderr).contains(says), "{says}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn train_reproduces_the_shipped_heads_byte_for_byte() {
    let gold = gold_dir().join("gold.jsonl");
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/heads.txt"),
    )
    .unwrap();
    let trained = lens(&["train", gold.to_str().unwrap()]);
    assert!(
        trained == shipped,
        "assets/heads.txt is stale: run scripts/train.sh"
    );
}

#[test]
fn annotate_says_where_each_label_comes_from() {
    let text = gold_dir().join("texts/SGP_79_2024.txt");
    let out = lens(&["annotate", text.to_str().unwrap()]);
    let mut sources = std::collections::BTreeSet::new();
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for p in v["principles"].as_array().unwrap() {
            let source = p["source"].as_str().unwrap();
            let score = p["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
            if source == "model" {
                assert!(p["cues"].as_array().unwrap().is_empty());
            } else {
                assert!(!p["cues"].as_array().unwrap().is_empty(), "{line}");
            }
            sources.insert(source.to_string());
        }
    }
    assert_eq!(
        sources.into_iter().collect::<Vec<_>>(),
        ["both", "codebook", "model"]
    );
    let plain = lens(&["annotate", "--no-model", text.to_str().unwrap()]);
    assert!(plain.contains("\"source\":\"codebook\",\"score\":null"));
    assert!(!plain.contains("\"source\":\"model\""));
}

#[test]
fn cross_validated_model_beats_the_codebook_alone() {
    let gold = gold_dir().join("gold.jsonl");
    let f1 = |args: &[&str]| -> f64 {
        let v: serde_json::Value = serde_json::from_str(&lens(args)).unwrap();
        v["micro_f1"].as_f64().unwrap()
    };
    let codebook = f1(&["eval", "--json", "--no-model", gold.to_str().unwrap()]);
    let combined = f1(&["eval", "--json", "--cv", "5", gold.to_str().unwrap()]);
    assert!(codebook > 0.53, "codebook alone: {codebook}");
    assert!(
        combined > codebook + 0.04,
        "combined {combined} vs codebook {codebook}"
    );
}

#[test]
fn the_bundled_speeches_model_labels_are_fresh() {
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/corpus/model-labels.txt"),
    )
    .unwrap();
    assert!(
        lens(&["annotate", "--format", "labels", "--corpus"]) == shipped,
        "assets/corpus/model-labels.txt is stale: run scripts/train.sh"
    );
}

#[test]
fn the_reliability_pages_figures_are_fresh() {
    let gold = gold_dir().join("gold.jsonl");
    let gold = gold.to_str().unwrap();
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/eval");
    for (file, args) in [
        ("cv.json", &["--cv", "5"][..]),
        ("cv-bundled.json", &["--cv", "5", "--bundled"][..]),
        ("codebook.json", &["--no-model"][..]),
        ("codebook-bundled.json", &["--no-model", "--bundled"][..]),
    ] {
        let mut all = vec!["eval", "--json"];
        all.extend(args);
        all.push(gold);
        let shipped = std::fs::read_to_string(eval.join(file)).unwrap();
        assert!(
            lens(&all) == shipped,
            "assets/eval/{file} is stale: run scripts/train.sh"
        );
    }
}
