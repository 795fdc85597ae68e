//! Citations of the bundled speeches, as plain text and as BibTeX.

use crate::corpus::{DatePrecision, SpeechMeta};

const BIB_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A plain-text citation (author–date style).
///
/// ```
/// let speech = &lens_engine::corpus::bundled()[0];
/// let cite = lens_engine::cite::plain(&speech.meta);
/// assert!(cite.starts_with("Wang Lei. 2019. “Statement at the General Debate"));
/// ```
pub fn plain(meta: &SpeechMeta) -> String {
    let year = year_of(meta);
    let date = meta.date_label();
    let place = meta
        .place
        .as_deref()
        .map_or(String::new(), |p| format!(", {p}"));
    let inferred = if meta.date_inferred_from.is_some() {
        " (date inferred)"
    } else {
        ""
    };
    format!(
        "{}. {year}. “{}.” {}{place}, {date}{inferred}. {}. Principle Lens corpus, file {} (SHA-256 {}).",
        meta.speaker,
        meta.title.trim_end_matches('.'),
        meta.venue,
        capitalise(&meta.source),
        meta.file,
        meta.sha256
    )
}

/// The year of a speech's date, as written.
fn year_of(meta: &SpeechMeta) -> String {
    meta.parsed_date()
        .map_or_else(|| meta.date.clone(), |d| d.year.to_string())
}

/// A BibTeX `@misc` entry keyed by the speech id.
pub fn bibtex(meta: &SpeechMeta) -> String {
    let year = year_of(meta);
    let parsed = meta.parsed_date();
    let month = parsed.and_then(|d| d.month);
    let day = parsed
        .and_then(|d| d.day)
        .filter(|_| meta.date_precision == DatePrecision::Day);
    let mut fields = vec![
        ("author", format!("{{{}}}", bib_escape(&meta.speaker))),
        ("title", format!("{{{}}}", bib_escape(&meta.title))),
        (
            "howpublished",
            bib_escape(&format!(
                "{}{}",
                meta.venue,
                meta.place
                    .as_deref()
                    .map_or(String::new(), |p| format!(", {p}"))
            )),
        ),
        ("year", year),
    ];
    if let Some(m) = month {
        fields.push(("month", BIB_MONTHS[m as usize - 1].to_string()));
    }
    let mut note = format!("{}; {}", capitalise(meta.kind.label()), meta.source);
    if let Some(d) = day {
        note.push_str(&format!("; day {d}"));
    }
    if let Some(from) = &meta.date_inferred_from {
        note.push_str(&format!("; date inferred from {from}"));
    }
    note.push_str(&format!(
        "; Principle Lens corpus file {}, SHA-256 {}",
        meta.file, meta.sha256
    ));
    fields.push(("note", bib_escape(&note)));
    let body: Vec<String> = fields
        .into_iter()
        .map(|(k, v)| {
            if k == "month" {
                format!("  {k} = {v}")
            } else {
                format!("  {k} = {{{v}}}")
            }
        })
        .collect();
    format!("@misc{{{},\n{}\n}}\n", meta.id, body.join(",\n"))
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// Escapes the characters BibTeX gives a meaning to.
fn bib_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c => out.push(c),
        }
    }
    out
}
