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
    /// Score against a labelled set.
    Eval,
    /// Train the classifier's heads on a labelled set.
    Train,
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
    /// Files to read (for `eval`, the labelled set).
    pub files: Vec<PathBuf>,
    /// `annotate`, `eval`: label with the classifier's heads too.
    pub model: bool,
    /// `eval`: print JSON instead of a table.
    pub json: bool,
    /// `eval`: add micro-F1 per document to the table.
    pub by_doc: bool,
    /// `eval`: folds of cross-validation grouped by document.
    pub cv: Option<usize>,
    /// `eval`: the folder of the labelled texts (default: `texts/` beside the set).
    pub texts: Option<PathBuf>,
}

/// How to use the tool.
pub const USAGE: &str = "\
usage: lens annotate [--format jsonl|csv] [--codebook FILE] [--model] (--corpus | FILE...)
       lens stats [--codebook FILE] (--corpus | FILE...)
       lens eval [--codebook FILE] [--texts DIR] [--model | --cv K] [--json] [--by-doc] GOLD.jsonl
       lens train [--codebook FILE] [--texts DIR] GOLD.jsonl > assets/heads.txt

annotate  one record per sentence: doc, n, start, end, text, principles, axis
stats     texts × principles: sentences and cues per 1,000 words (CSV)
eval      precision, recall and F1 per principle, micro and macro F1, axis
          accuracy and confusion, against sentences labelled by hand
train     the classifier's heads, trained on sentences labelled by hand

--corpus      the five bundled speeches (with their own cleaning rules)
--codebook    a codebook instead of the bundled one: JSON, or a quanteda
              YAML dictionary (.yml, .yaml) whose keys add to or replace
              the bundled principles
--format      jsonl (default) or csv
--model       label with the classifier (assets/heads.txt) as well as the
              codebook; each label says which, with the classifier's score
--texts       eval: the labelled texts, <doc>.txt (default: texts/ beside GOLD)
--cv          eval: K-fold cross-validation grouped by document
--json        eval: the report as JSON
--by-doc      eval: micro-F1 per document";

/// Parses `args` (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut args = args.into_iter();
    let command = match args.next().as_deref() {
        Some("annotate") => Command::Annotate,
        Some("stats") => Command::Stats,
        Some("eval") => Command::Eval,
        Some("train") => Command::Train,
        Some("-h" | "--help" | "help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command \"{other}\"")),
    };
    let mut parsed = Args {
        command,
        format: Format::Jsonl,
        codebook: None,
        corpus: false,
        files: Vec::new(),
        model: false,
        json: false,
        by_doc: false,
        cv: None,
        texts: None,
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
            "--model" => parsed.model = true,
            "--json" => parsed.json = true,
            "--by-doc" => parsed.by_doc = true,
            "--cv" => {
                parsed.cv = match args.next().map(|k| k.parse::<usize>()) {
                    Some(Ok(k)) if k >= 2 => Some(k),
                    _ => return Err("--cv takes a number of folds, 2 or more".into()),
                }
            }
            "--texts" => match args.next() {
                Some(path) => parsed.texts = Some(path.into()),
                None => return Err("--texts needs a folder".into()),
            },
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option \"{flag}\"")),
            _ => parsed.files.push(arg.into()),
        }
    }
    let eval_only = parsed.json || parsed.by_doc || parsed.cv.is_some() || parsed.texts.is_some();
    if matches!(parsed.command, Command::Eval | Command::Train) {
        if parsed.corpus || parsed.files.len() != 1 {
            return Err("eval takes one labelled set: lens eval GOLD.jsonl".into());
        }
    } else if eval_only {
        return Err("--json, --by-doc, --cv and --texts are options of eval".into());
    }
    if parsed.model && parsed.command == Command::Stats {
        return Err("--model is an option of annotate and eval".into());
    }
    if !parsed.corpus && parsed.files.is_empty() {
        return Err("name files to read, or --corpus for the bundled speeches".into());
    }
    Ok(parsed)
}
