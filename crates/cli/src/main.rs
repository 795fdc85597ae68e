//! `lens`: annotate texts with the Principle Lens engine from the command line.
//!
//! The bundled speeches are cleaned by their declared rules; the user's files by
//! generic cleaning only. Files that cannot be read get a one-line error each
//! and the others are still processed; the exit status is then 1.

mod args;
mod eval;
mod input;

use args::{Command, Format, USAGE};
use lens_engine::classify::{self, Heads};
use lens_engine::clean::CleanRules;
use lens_engine::codebook::Codebook;
use lens_engine::dictionary::read_codebook;
use lens_engine::export::{records, stats_csv, to_csv, to_jsonl, CSV_HEADER};
use lens_engine::stats::TextStats;
use lens_engine::{corpus, Analysis, Lens};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("lens: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let codebook = match &args.codebook {
        None => Codebook::bundled(),
        Some(path) => match input::read_text(path).and_then(|text| {
            read_codebook(&path.to_string_lossy(), &text, &Codebook::bundled())
                .map_err(|e| format!("{}: {e}", path.display()))
        }) {
            Ok(book) => book,
            Err(message) => {
                eprintln!("lens: {message}");
                return ExitCode::from(2);
            }
        },
    };
    let lens = Lens::new(codebook);
    if matches!(args.command, Command::Eval | Command::Train) {
        let run = if args.command == Command::Eval {
            eval::run
        } else {
            eval::run_train
        };
        return match run(&args, &lens) {
            Ok(out) => print(&out, false),
            Err(message) => {
                eprintln!("lens: {message}");
                ExitCode::from(2)
            }
        };
    }

    let mut texts: Vec<(String, Analysis)> = Vec::new();
    if args.corpus {
        for speech in corpus::bundled() {
            texts.push((
                speech.meta.id.clone(),
                Analysis::new(speech.raw, &speech.meta.cleaning, &lens),
            ));
        }
    }
    let mut failed = false;
    let generic = CleanRules::generic();
    for path in &args.files {
        match input::read_text(path) {
            Ok(raw) => texts.push((input::doc_name(path), Analysis::new(&raw, &generic, &lens))),
            Err(message) => {
                eprintln!("lens: {message}");
                failed = true;
            }
        }
    }

    let mut labels = String::new();
    if args.model {
        let heads = bundled_heads();
        for (doc, analysis) in texts.iter_mut() {
            let l = heads.labels(analysis, &lens);
            labels += &classify::labels_to_text(doc, &l, analysis, &lens);
            classify::apply(analysis, &lens, &l);
        }
    }
    let out = match args.command {
        Command::Annotate if args.format == Format::Labels => labels,
        Command::Annotate => {
            let mut out = String::new();
            if args.format == Format::Csv {
                out.push_str(CSV_HEADER);
                out.push('\n');
            }
            for (doc, analysis) in &texts {
                let recs = records(doc, analysis, &lens);
                out.push_str(&match args.format {
                    Format::Csv => to_csv(&recs),
                    _ => to_jsonl(&recs),
                });
            }
            out
        }
        Command::Stats => {
            let n = lens.codebook().principles.len();
            let stats: Vec<(String, TextStats)> = texts
                .iter()
                .map(|(doc, a)| (doc.clone(), TextStats::new(a, n)))
                .collect();
            stats_csv(stats.iter().map(|(d, s)| (d.as_str(), s)), &lens)
        }
        Command::Eval | Command::Train => unreachable!("returned above"),
    };
    print(&out, failed)
}

/// The classifier's heads shipped in `assets/heads.txt` (`lens train`).
pub fn bundled_heads() -> Heads {
    Heads::from_text(include_str!("../../../assets/heads.txt"))
        .expect("assets/heads.txt is checked by the tests")
}

/// Writes `out` to standard output; exit status 1 if that fails or `failed`.
fn print(out: &str, failed: bool) -> ExitCode {
    if std::io::stdout().lock().write_all(out.as_bytes()).is_err() || failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
