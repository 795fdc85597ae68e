//! Command-line arguments of `lens`.

use std::path::PathBuf;

/// Output format of `lens annotate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per sentence, per line.
    Jsonl,
    /// One CSV row per sentence, with a header.
    Csv,
}

/// What to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Annotate sentences.
    Annotate,
    /// Print the text × principle table.
    Stats,
}

/// Parsed arguments.
#[derive(Debug)]
pub struct Args {
    /// The subcommand.
    pub command: Command,
    /// Output format (annotate only).
    pub format: Format,
    /// A codebook to use instead of the bundled one.
    pub codebook: Option<PathBuf>,
    /// Include the bundled speeches.
    pub corpus: bool,
    /// Files to read.
    pub files: Vec<PathBuf>,
}

/// How to use the tool.
pub const USAGE: &str = "\
usage: lens annotate [--format jsonl|csv] [--codebook FILE] (--corpus | FILE...)
       lens stats [--codebook FILE] (--corpus | FILE...)

annotate  one record per sentence: doc, n, start, end, text, principles, axis
stats     texts × principles: sentences and cues per 1,000 words (CSV)

--corpus      the five bundled speeches (with their own cleaning rules)
--codebook    a codebook instead of the bundled one: JSON, or a quanteda
              YAML dictionary (.yml, .yaml) whose keys add to or replace
              the bundled principles
--format      jsonl (default) or csv";

/// Parses `args` (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut args = args.into_iter();
    let command = match args.next().as_deref() {
        Some("annotate") => Command::Annotate,
        Some("stats") => Command::Stats,
        Some("-h" | "--help" | "help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command \"{other}\"")),
    };
    let mut parsed = Args {
        command,
        format: Format::Jsonl,
        codebook: None,
        corpus: false,
        files: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => parsed.corpus = true,
            "--format" => {
                parsed.format = match args.next().as_deref() {
                    Some("jsonl") => Format::Jsonl,
                    Some("csv") => Format::Csv,
                    Some(other) => {
                        return Err(format!("--format takes jsonl or csv, not \"{other}\""))
                    }
                    None => return Err("--format needs a value: jsonl or csv".into()),
                }
            }
            "--codebook" => match args.next() {
                Some(path) => parsed.codebook = Some(path.into()),
                None => return Err("--codebook needs a file".into()),
            },
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option \"{flag}\"")),
            _ => parsed.files.push(arg.into()),
        }
    }
    if !parsed.corpus && parsed.files.is_empty() {
        return Err("name files to read, or --corpus for the bundled speeches".into());
    }
    Ok(parsed)
}
