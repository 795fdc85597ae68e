//! Command-line arguments of `lens`.

use std::path::PathBuf;

/// Output format of `lens annotate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per sentence, per line.
    Jsonl,
    /// One CSV row per sentence, with a header.
    Csv,
    /// The classifier's labels, compact (`assets/corpus/model-labels.txt`).
    Labels,
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
    /// Label with the classifier's heads as well as the codebook (the default;
    /// `--no-model` turns it off).
    pub model: bool,
    /// `eval`: print JSON instead of a table.
    pub json: bool,
    /// `eval`: add micro-F1 per document to the table.
    pub by_doc: bool,
    /// `eval`: folds of cross-validation grouped by document.
    pub cv: Option<usize>,
    /// `eval`: the folder of the labelled texts (default: `texts/` beside the set).
    pub texts: Option<PathBuf>,
    /// `eval`: score only the bundled speeches' sentences (after training on all).
    pub bundled: bool,
}

/// How to use the tool.
pub const USAGE: &str = "\
usage: lens annotate [--format jsonl|csv|labels] [--codebook FILE] [--no-model] (--corpus | FILE...)
       lens stats [--codebook FILE] [--no-model] (--corpus | FILE...)
       lens eval [--codebook FILE] [--texts DIR] [--no-model | --cv K] [--bundled] [--json] [--by-doc] GOLD.jsonl
       lens train [--codebook FILE] [--texts DIR] GOLD.jsonl > assets/heads.txt

annotate  one record per sentence: doc, n, start, end, text, principles, axis
stats     texts × principles: sentences and cues per 1,000 words (CSV)
eval      precision, recall and F1 per principle, micro and macro F1, axis
          accuracy and confusion, against sentences labelled by hand (the
          shipped heads were trained on dev-gold: score them there with --cv)
train     the classifier's heads, trained on sentences labelled by hand

--corpus      the five bundled speeches (with their own cleaning rules)
--codebook    a codebook instead of the bundled one: JSON, or a quanteda
              YAML dictionary (.yml, .yaml) whose keys add to or replace
              the bundled principles
--format      jsonl (default), csv, or labels: the classifier's scores per
              sentence, compact (how the app gets the bundled
              speeches' labels: assets/corpus/model-labels.txt)
--no-model    the codebook alone; by default the classifier (assets/heads.txt)
              labels too, and each label says which found it, with its score
--texts       eval: the labelled texts, <doc>.txt (default: texts/ beside GOLD)
--cv          eval: K-fold cross-validation grouped by document
--json        eval: the report as JSON
--by-doc      eval: micro-F1 per document
--bundled     eval: score only the bundled speeches' sentences (with --cv,
              training still uses every other document)";

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
        model: true,
        json: false,
        by_doc: false,
        cv: None,
        texts: None,
        bundled: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => parsed.corpus = true,
            "--format" => {
                parsed.format = match args.next().as_deref() {
                    Some("jsonl") => Format::Jsonl,
                    Some("csv") => Format::Csv,
                    Some("labels") => Format::Labels,
                    Some(other) => {
                        return Err(format!(
                            "--format takes jsonl, csv or labels, not \"{other}\""
                        ))
                    }
                    None => return Err("--format needs a value: jsonl, csv or labels".into()),
                }
            }
            "--codebook" => match args.next() {
                Some(path) => parsed.codebook = Some(path.into()),
                None => return Err("--codebook needs a file".into()),
            },
            "--no-model" => parsed.model = false,
            "--json" => parsed.json = true,
            "--by-doc" => parsed.by_doc = true,
            "--bundled" => parsed.bundled = true,
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
    let eval_only = parsed.json
        || parsed.by_doc
        || parsed.bundled
        || parsed.cv.is_some()
        || parsed.texts.is_some();
    if matches!(parsed.command, Command::Eval | Command::Train) {
        if parsed.corpus || parsed.files.len() != 1 {
            return Err("eval takes one labelled set: lens eval GOLD.jsonl".into());
        }
    } else if eval_only {
        return Err("--json, --by-doc, --bundled, --cv and --texts are options of eval".into());
    }
    if parsed.format == Format::Labels && !parsed.model {
        return Err("--format labels is the classifier's: not with --no-model".into());
    }
    if !parsed.corpus && parsed.files.is_empty() {
        return Err("name files to read, or --corpus for the bundled speeches".into());
    }
    Ok(parsed)
}
