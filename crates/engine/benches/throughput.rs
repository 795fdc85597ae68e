//! Engine throughput: clean + segment + annotate, natively on one core.
//!
//! Prints figures; fails on nothing. Run with `cargo bench -p lens-engine`.
//! Measures a 10 MB text built from the bundled corpus (generic cleaning, as the
//! CLI applies to a user's file), each stage apart, and, when the scale-test
//! data set is beside the project (`../shared/datasets/ungd`), the 1,934 UN
//! General Debate speeches one by one. Then the classifier's heads
//! (`assets/heads.txt`): reading them, and labelling, in sentences per second,
//! on the 10 MB text and on a 100-sentence one.

use lens_engine::annotate::annotate;
use lens_engine::classify::{self, Heads};
use lens_engine::clean::{clean, CleanRules};
use lens_engine::codebook::Codebook;
use lens_engine::segment::segment;
use lens_engine::{corpus, Analysis, Lens};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const TARGET_BYTES: usize = 10 * 1024 * 1024;
const RUNS: usize = 7;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    black_box(f());
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn main() {
    let started = Instant::now();
    let lens = Lens::new(Codebook::bundled());
    println!(
        "build the lens (compile the automaton): {:.2} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    let mut text = String::with_capacity(TARGET_BYTES + 10_000);
    while text.len() < TARGET_BYTES {
        for s in corpus::bundled() {
            text.push_str(s.raw);
            text.push_str("\n\n");
        }
    }
    let rules = CleanRules::generic();
    let n = text.len();
    let cleaned = clean(&text, &rules);
    let seg = segment(&cleaned.text);
    let t_clean = time(RUNS, || clean(&text, &rules));
    let t_segment = time(RUNS, || segment(&cleaned.text));
    let t_annotate = time(RUNS, || annotate(&lens, &cleaned.text, &seg));
    let t_all = time(RUNS, || Analysis::new(&text, &rules, &lens));
    let a = Analysis::new(&text, &rules, &lens);
    println!(
        "corpus × {}: {:.1} MB, {} sentences",
        n / 35_000,
        n as f64 / 1e6,
        a.sentences.len()
    );
    let row = |name: &str, t: std::time::Duration| {
        let ms = t.as_secs_f64() * 1e3;
        println!("  {name:<9} {ms:>7.1} ms  {:>7.1} MB/s", mb_per_s(n, t));
    };
    row("clean", t_clean);
    row("segment", t_segment);
    row("annotate", t_annotate);
    println!(
        "  pipeline  {:>7.1} ms  {:>7.1} MB/s  (clean + segment + annotate, median of {RUNS})",
        t_all.as_secs_f64() * 1e3,
        mb_per_s(n, t_all)
    );

    classifier(&lens, &a);

    let corpus_time = time(RUNS, || {
        corpus::bundled()
            .iter()
            .map(|s| Analysis::new(s.raw, &s.meta.cleaning, &lens))
            .collect::<Vec<_>>()
    });
    println!(
        "the five bundled speeches with their rules: {:.2} ms",
        corpus_time.as_secs_f64() * 1e3
    );

    let ungd = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/datasets/ungd");
    let Ok(entries) = std::fs::read_dir(&ungd) else {
        println!(
            "UN General Debate set not found at {}: skipped",
            ungd.display()
        );
        return;
    };
    let mut texts: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    texts.sort();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut slowest = Duration::ZERO;
    let mut sentences = 0;
    let start = Instant::now();
    for t in &texts {
        let one = Instant::now();
        sentences += Analysis::new(t, &rules, &lens).sentences.len();
        slowest = slowest.max(one.elapsed());
    }
    let total = start.elapsed();
    println!(
        "UN General Debate 2015–2024: {} speeches, {:.1} MB, {} sentences in {:.0} ms: {:.1} MB/s; slowest speech {:.2} ms",
        texts.len(),
        bytes as f64 / 1e6,
        sentences,
        total.as_secs_f64() * 1e3,
        mb_per_s(bytes, total),
        slowest.as_secs_f64() * 1e3
    );
}

/// The classifier: reading its file, and labelling `big` (already annotated
/// by the codebook) and a 100-sentence text.
fn classifier(lens: &Lens, big: &Analysis) {
    let file = include_str!("../../../assets/heads.txt");
    let t_read = time(RUNS, || {
        Heads::from_text(file).expect("the shipped heads read")
    });
    let heads = Heads::from_text(file).expect("the shipped heads read");
    println!(
        "classifier: heads file {:.0} KB, read in {:.1} ms",
        file.len() as f64 / 1e3,
        t_read.as_secs_f64() * 1e3
    );
    let t_big = time(3, || heads.labels(big, lens));
    println!(
        "  labels, 10 MB text: {:.0} ms, {:.0} sentences/s",
        t_big.as_secs_f64() * 1e3,
        big.sentences.len() as f64 / t_big.as_secs_f64()
    );
    let short: String = big.text().split_inclusive(". ").take(100).collect();
    let t_short = time(RUNS, || {
        let mut a = Analysis::new(&short, &CleanRules::generic(), lens);
        let labels = heads.labels(&a, lens);
        classify::apply(&mut a, lens, &labels);
        a
    });
    println!(
        "  a 100-sentence text, analysed and labelled: {:.2} ms",
        t_short.as_secs_f64() * 1e3
    );
}
