//! The annotation export schema shared by `lens annotate`, the app's downloads
//! and the tests: one record per sentence, as JSON Lines or CSV.

use crate::annotate::CueKind;
use crate::stats::TextStats;
use crate::{Analysis, Lens};
use serde::Serialize;

/// A principle in a sentence record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrincipleRecord {
    /// Principle id.
    pub id: String,
    /// `for` or `against_opposite`.
    pub stance: &'static str,
    /// What fired: cue phrases as written in the codebook, contra cues prefixed
    /// with `!`, rules as `rule:<id>`.
    pub cues: Vec<String>,
    /// What the label rests on: `codebook`, `model` or `both`.
    pub source: &'static str,
    /// The classifier's probability for this principle (3 decimals), when it ran.
    pub score: Option<f64>,
}

/// One sentence, as exported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceRecord {
    /// File stem or speech id.
    pub doc: String,
    /// Sentence index from 0.
    pub n: usize,
    /// Byte offset of the sentence's start in the raw file.
    pub start: usize,
    /// Byte offset of the sentence's end in the raw file.
    pub end: usize,
    /// The sentence, cleaned.
    pub text: String,
    /// Principles carried.
    pub principles: Vec<PrincipleRecord>,
    /// `security`, `development`, `both` or `neither`.
    pub axis: &'static str,
    /// The codebook it was annotated with ([`Codebook::provenance`](crate::codebook::Codebook::provenance)).
    pub codebook: String,
}

/// The records of every sentence of `analysis`: its principles with their
/// evidence, source and score ([`crate::classify::apply`] adds the classifier's).
pub fn records(doc: &str, analysis: &Analysis, lens: &Lens) -> Vec<SentenceRecord> {
    let book = lens.codebook();
    let codebook = book.provenance();
    analysis
        .sentences
        .iter()
        .enumerate()
        .map(|(n, ann)| {
            let raw = analysis.sentence_raw_span(n);
            SentenceRecord {
                doc: doc.to_string(),
                n,
                start: raw.start,
                end: raw.end,
                text: analysis.sentence_text(n).to_string(),
                principles: ann
                    .principles
                    .iter()
                    .map(|hit| {
                        let p = &book.principles[hit.principle];
                        let mut cues: Vec<String> = Vec::new();
                        for c in &hit.cues {
                            let name = match c.kind {
                                CueKind::Cue => p.cues[c.index].clone(),
                                CueKind::Contra => format!("!{}", p.contra[c.index]),
                            };
                            if !cues.contains(&name) {
                                cues.push(name);
                            }
                        }
                        cues.extend(
                            hit.rules
                                .iter()
                                .map(|r| format!("rule:{}", p.rules[r.index].id)),
                        );
                        PrincipleRecord {
                            id: p.id.clone(),
                            stance: hit.stance.as_str(),
                            cues,
                            source: hit.source.as_str(),
                            score: hit.score.map(|x| f64::from(x) / 1000.0),
                        }
                    })
                    .collect(),
                axis: ann.axis.as_str(),
                codebook: codebook.clone(),
            }
        })
        .collect()
}

/// Records as JSON Lines, one object per line, exactly as `serde_json` would
/// write them (a test checks it). Written by hand so that the browser app,
/// which exports the same lines, does not link serde_json's serializer
/// (16 KB of gzipped wasm).
pub fn to_jsonl(records: &[SentenceRecord]) -> String {
    let mut out = String::new();
    for r in records {
        out.push_str("{\"doc\":");
        json_string(&mut out, &r.doc);
        out.push_str(&format!(
            ",\"n\":{},\"start\":{},\"end\":{},\"text\":",
            r.n, r.start, r.end
        ));
        json_string(&mut out, &r.text);
        out.push_str(",\"principles\":[");
        for (i, p) in r.principles.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"id\":");
            json_string(&mut out, &p.id);
            out.push_str(",\"stance\":");
            json_string(&mut out, p.stance);
            out.push_str(",\"cues\":[");
            for (j, cue) in p.cues.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                json_string(&mut out, cue);
            }
            out.push_str("],\"source\":");
            json_string(&mut out, p.source);
            out.push_str(",\"score\":");
            match p.score {
                None => out.push_str("null"),
                Some(x) if x.fract() == 0.0 => out.push_str(&format!("{x:.1}")),
                Some(x) => out.push_str(&x.to_string()),
            }
            out.push('}');
        }
        out.push_str("],\"axis\":");
        json_string(&mut out, r.axis);
        out.push_str(",\"codebook\":");
        json_string(&mut out, &r.codebook);
        out.push_str("}\n");
    }
    out
}

/// Appends `s` as a JSON string literal, escaped as serde_json escapes it.
pub(crate) fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The CSV header of [`to_csv`].
pub const CSV_HEADER: &str = "doc,n,start,end,axis,principles,cues,text,codebook,sources";

/// Records as CSV rows (no header). `principles` is `id:stance` joined by `;`,
/// `cues` is `id=cue|cue` joined by `;`, `sources` is `id=source` (with
/// `:score` when the classifier ran) joined by `;`.
pub fn to_csv(records: &[SentenceRecord]) -> String {
    let mut out = String::new();
    for r in records {
        let principles: Vec<String> = r
            .principles
            .iter()
            .map(|p| format!("{}:{}", p.id, p.stance))
            .collect();
        let cues: Vec<String> = r
            .principles
            .iter()
            .map(|p| format!("{}={}", p.id, p.cues.join("|")))
            .collect();
        let sources: Vec<String> = r
            .principles
            .iter()
            .map(|p| match p.score {
                Some(x) => format!("{}={}:{x}", p.id, p.source),
                None => format!("{}={}", p.id, p.source),
            })
            .collect();
        let fields = [
            r.doc.clone(),
            r.n.to_string(),
            r.start.to_string(),
            r.end.to_string(),
            r.axis.to_string(),
            principles.join(";"),
            cues.join(";"),
            r.text.clone(),
            r.codebook.clone(),
            sources.join(";"),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// One CSV field, quoted when it must be (RFC 4180). A field that a spreadsheet
/// would run as a formula is prefixed with `'`.
pub(crate) fn csv_field(field: &str) -> String {
    let guarded = if field.starts_with(['=', '+', '@'])
        || (field.starts_with('-')
            && field.len() > 1
            && !field[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The text × principle table as CSV with a header: for each principle its
/// sentence count and its cues per 1,000 words.
pub fn stats_csv<'a>(
    rows: impl IntoIterator<Item = (&'a str, &'a TextStats)>,
    lens: &Lens,
) -> String {
    let mut out = String::from("doc,words,sentences");
    for p in &lens.codebook().principles {
        out.push_str(&format!(",{0}_sentences,{0}_per_1000_words", p.id));
    }
    out.push_str(",axis_security,axis_development,axis_position,codebook\n");
    let codebook = csv_field(&lens.codebook().provenance());
    for (doc, stats) in rows {
        out.push_str(&format!(
            "{},{},{}",
            csv_field(doc),
            stats.words,
            stats.sentences
        ));
        for count in &stats.principles {
            out.push_str(&format!(",{},{:.2}", count.sentences, count.per_1000_words));
        }
        let position = stats
            .axis
            .position()
            .map_or(String::new(), |p| format!("{p:.3}"));
        out.push_str(&format!(
            ",{},{},{},{codebook}\n",
            stats.axis.security, stats.axis.development, position
        ));
    }
    out
}

/// `x` with `decimals` places, rounded half away from zero. Written with
/// integers because `format!("{:.2}")` (and any `f64` to string) links the
/// float printer into the wasm bundle, about 9 KB gzipped. The CLI and the app
/// both print numbers through this, so their outputs agree.
///
/// ```
/// use lens_engine::export::fixed;
/// assert_eq!(fixed(2.5, 2), "2.50");
/// assert_eq!(fixed(-0.42, 1), "-0.4");
/// assert_eq!(fixed(-0.04, 1), "0.0");
/// assert_eq!(fixed(7.0, 0), "7");
/// ```
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals);
    let n = (x * scale as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (whole, frac) = (n.abs() / scale, n.abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = decimals as usize)
    }
}
