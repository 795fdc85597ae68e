//! The codebook as a quanteda dictionary in YAML, both ways.
//!
//! Written: one key per principle with its `cues` and `contra` lists, which
//! `quanteda::dictionary(file = …, format = "YAML")` reads as a two-level
//! dictionary. Read: that form, or the flat one (`key: [phrases]` or a block
//! list under the key). Exclusions, rules, labels and colours have no
//! dictionary form: a key that names a principle of the current codebook keeps
//! them; a new key becomes a new principle with a label, letter and colour of
//! its own. Errors point at the line.

use crate::codebook::{check_phrase, Codebook, CodebookError, Principle};

/// The codebook as a quanteda dictionary.
///
/// ```
/// let yaml = lens_engine::dictionary::to_quanteda_yaml(&lens_engine::codebook::Codebook::bundled());
/// assert!(yaml.contains("multilateralism:\n  cues:\n    - \"multilateral*\"\n"));
/// ```
pub fn to_quanteda_yaml(book: &Codebook) -> String {
    let mut out = format!(
        "# {} — a quanteda dictionary (quanteda::dictionary(file = \"…\", format = \"YAML\")).\n\
         # Cues argue for a principle; contra cues name the opposite it rejects.\n\
         # Left out, having no dictionary form: exclusions and multi-term rules.\n",
        book.name
    );
    for p in &book.principles {
        out.push_str(&format!("{}:\n", p.id));
        for (key, list) in [("cues", &p.cues), ("contra", &p.contra)] {
            if list.is_empty() {
                continue;
            }
            out.push_str(&format!("  {key}:\n"));
            for phrase in list {
                out.push_str(&format!(
                    "    - \"{}\"\n",
                    phrase.replace('\\', "\\\\").replace('"', "\\\"")
                ));
            }
        }
    }
    out
}

/// Colours for new principles, distinct from the bundled ones.
const NEW_COLOURS: [&str; 8] = [
    "#4d4d4d", "#984ea3", "#a65628", "#377eb8", "#4daf4a", "#e41a1c", "#f781bf", "#999999",
];

/// A list of phrases, each with its line.
type Phrases = Vec<(usize, String)>;

/// Reads a codebook file named `name`: a quanteda YAML dictionary (adding to
/// or replacing `base`'s principles) when the name ends in `.yml` or `.yaml`,
/// the app's JSON otherwise. The CLI's `--codebook` and the app's import both
/// read codebooks through this.
///
/// ```
/// use lens_engine::{codebook::Codebook, dictionary::read_codebook};
/// let base = Codebook::bundled();
/// let book = read_codebook("mine.YAML", "trust: [confidence building]\n", &base).unwrap();
/// assert_eq!(book.principles[0].cues, ["confidence building"]);
/// assert!(read_codebook("mine.json", "trust: [x]", &base).is_err());
/// ```
pub fn read_codebook(name: &str, text: &str, base: &Codebook) -> Result<Codebook, CodebookError> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".yml") || lower.ends_with(".yaml") {
        from_quanteda_yaml(text, base)
    } else {
        Codebook::from_json(text)
    }
}

/// Reads a quanteda dictionary into a codebook, taking what it lacks from `base`.
///
/// ```
/// use lens_engine::{codebook::{Codebook, CodebookError}, dictionary::from_quanteda_yaml};
/// let base = Codebook::bundled();
/// let book = from_quanteda_yaml("sovereignty:\n  - sovereign*\ntrust: [confidence building]\n", &base).unwrap();
/// assert_eq!(book.principles[0].label, "Sovereignty and non-interference");
/// assert_eq!(book.principles[1].cues, ["confidence building"]);
/// let err = from_quanteda_yaml("peace:\n  - \"*peace\"\n", &base).unwrap_err();
/// assert!(matches!(err, CodebookError::Syntax { line: 2, .. }));
/// ```
pub fn from_quanteda_yaml(yaml: &str, base: &Codebook) -> Result<Codebook, CodebookError> {
    let lines = significant_lines(yaml)?;
    if lines.is_empty() {
        return Err(syntax(1, "the dictionary has no keys"));
    }
    let mut principles: Vec<(usize, Principle)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (line, indent, text) = &lines[i];
        if *indent != 0 {
            return Err(syntax(*line, "expected a key at the start of the line"));
        }
        let (key, value) = split_key(text, *line)?;
        i += 1;
        let (cues, contra) = if value.is_empty() {
            let (lists, next) = read_principle_body(&lines, i, *line)?;
            i = next;
            lists
        } else {
            (read_inline_list(value, *line)?, Vec::new())
        };
        for (at, phrase) in cues.iter().chain(&contra) {
            check_phrase(phrase, "").map_err(|e| syntax(*at, &phrase_message(&e)))?;
        }
        let id = to_id(&key).ok_or_else(|| syntax(*line, "a key needs a letter or digit"))?;
        if principles.iter().any(|(_, p)| p.id == id) {
            return Err(syntax(*line, &format!("“{key}” is used twice")));
        }
        let mut principle = base
            .principles
            .iter()
            .find(|p| p.id == id)
            .cloned()
            .unwrap_or_else(|| new_principle(&id, &key));
        principle.cues = cues.into_iter().map(|(_, p)| p).collect();
        principle.contra = contra.into_iter().map(|(_, p)| p).collect();
        principles.push((*line, principle));
    }
    assign_letters_and_colours(&mut principles, base);
    let book = Codebook {
        version: 1,
        name: format!(
            "{} (from a dictionary)",
            base.name.trim_end_matches(" (from a dictionary)")
        ),
        principles: principles.iter().map(|(_, p)| p.clone()).collect(),
        axis: base.axis.clone(),
    };
    book.validate().map_err(|e| match &e {
        CodebookError::Invalid {
            principle, message, ..
        } => {
            let line = principle
                .and_then(|n| principles.get(n))
                .map_or(1, |(line, _)| *line);
            syntax(line, message)
        }
        CodebookError::Syntax { .. } => e.clone(),
    })?;
    Ok(book)
}

fn syntax(line: usize, message: &str) -> CodebookError {
    CodebookError::Syntax {
        line,
        column: 1,
        message: message.to_string(),
    }
}

fn phrase_message(e: &CodebookError) -> String {
    match e {
        CodebookError::Invalid { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// Lines with content: (1-based line, indent, text without comment).
fn significant_lines(yaml: &str) -> Result<Vec<(usize, usize, String)>, CodebookError> {
    let mut out = Vec::new();
    for (n, raw) in yaml.lines().enumerate() {
        let line = n + 1;
        if raw.contains('\t') && raw.trim_start().len() < raw.len() && raw.starts_with('\t') {
            return Err(syntax(line, "indent with spaces, not tabs"));
        }
        let text = strip_comment(raw);
        let trimmed = text.trim_end();
        if trimmed.trim().is_empty() || trimmed == "---" || trimmed == "..." {
            continue;
        }
        let indent = trimmed.len() - trimmed.trim_start().len();
        out.push((line, indent, trimmed.trim_start().to_string()));
    }
    Ok(out)
}

/// The line without a `#` comment (one at the start or after a space, outside quotes).
fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev == ' ' => return &line[..i],
            _ => {}
        }
        prev = c;
    }
    line
}

/// `key: value` → the key (unquoted) and the value.
fn split_key(text: &str, line: usize) -> Result<(String, &str), CodebookError> {
    let (key, rest) = if let Some(q @ ('"' | '\'')) = text.chars().next() {
        let end = text[1..]
            .find(q)
            .ok_or_else(|| syntax(line, "a quoted key is not closed"))?;
        (text[1..end + 1].to_string(), &text[end + 2..])
    } else {
        match text.find(':') {
            Some(at) => (text[..at].trim().to_string(), &text[at..]),
            None => return Err(syntax(line, "expected “key:”")),
        }
    };
    let value = rest
        .trim_start()
        .strip_prefix(':')
        .ok_or_else(|| syntax(line, "expected “:” after the key"))?;
    Ok((key, value.trim()))
}

/// The lines under a principle's key: a block list of cues, or `cues:` and
/// `contra:` keys with lists. Returns the lists and the next line's index.
fn read_principle_body(
    lines: &[(usize, usize, String)],
    mut i: usize,
    key_line: usize,
) -> Result<((Phrases, Phrases), usize), CodebookError> {
    let Some((_, indent, _)) = lines.get(i).filter(|(_, ind, _)| *ind > 0) else {
        return Err(syntax(key_line, "the key has no phrases under it"));
    };
    let indent = *indent;
    let (mut cues, mut contra) = (Vec::new(), Vec::new());
    while let Some((line, ind, text)) = lines.get(i) {
        if *ind < indent {
            break;
        }
        if *ind > indent {
            return Err(syntax(
                *line,
                "this line is indented more than the ones before it",
            ));
        }
        if let Some(item) = list_item(text) {
            cues.push((*line, scalar(item, *line)?));
            i += 1;
            continue;
        }
        let (sub, value) = split_key(text, *line)?;
        let target = match sub.as_str() {
            "cues" => &mut cues,
            "contra" => &mut contra,
            other => {
                return Err(syntax(
                    *line,
                    &format!("a principle takes “cues” and “contra” lists; “{other}” is neither"),
                ))
            }
        };
        i += 1;
        if !value.is_empty() {
            target.extend(read_inline_list(value, *line)?);
            continue;
        }
        while let Some((l, ind2, t)) = lines.get(i) {
            if *ind2 <= indent {
                break;
            }
            let item =
                list_item(t).ok_or_else(|| syntax(*l, "expected a list item, “- phrase”"))?;
            target.push((*l, scalar(item, *l)?));
            i += 1;
        }
    }
    Ok(((cues, contra), i))
}

/// The text of a `- item` line.
fn list_item(text: &str) -> Option<&str> {
    if text == "-" {
        return Some("");
    }
    text.strip_prefix("- ").map(str::trim)
}

/// A flow list `[a, "b c"]` or a single phrase.
fn read_inline_list(value: &str, line: usize) -> Result<Phrases, CodebookError> {
    let Some(inner) = value.strip_prefix('[') else {
        return Ok(vec![(line, scalar(value, line)?)]);
    };
    let inner = inner.strip_suffix(']').ok_or_else(|| {
        syntax(
            line,
            "a list opened with [ must close with ] on the same line",
        )
    })?;
    let mut out = Vec::new();
    let (mut start, mut quote) = (0, None);
    for (i, c) in inner.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, ',') => {
                out.push((line, scalar(inner[start..i].trim(), line)?));
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        out.push((line, scalar(inner[start..].trim(), line)?));
    }
    Ok(out)
}

/// A plain, `'single'` or `"double"` quoted scalar.
fn scalar(text: &str, line: usize) -> Result<String, CodebookError> {
    let unclosed = || syntax(line, "a quoted phrase is not closed");
    if let Some(rest) = text.strip_prefix('"') {
        let body = rest.strip_suffix('"').ok_or_else(unclosed)?;
        let mut out = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('"') => out.push('"'),
                    Some('\\') => out.push('\\'),
                    _ => return Err(syntax(line, "unknown escape in a quoted phrase")),
                }
            } else {
                out.push(c);
            }
        }
        return Ok(out);
    }
    if let Some(rest) = text.strip_prefix('\'') {
        return Ok(rest
            .strip_suffix('\'')
            .ok_or_else(unclosed)?
            .replace("''", "'"));
    }
    if text.is_empty() {
        return Err(syntax(line, "an empty phrase matches nothing"));
    }
    Ok(text.to_string())
}

/// A key as a principle id: lower case, runs of other characters as `_`.
fn to_id(key: &str) -> Option<String> {
    let mut id = String::new();
    for c in key.trim().chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('_') && !id.is_empty() {
            id.push('_');
        }
    }
    let id = id.trim_end_matches('_').to_string();
    match id.bytes().next() {
        None => None,
        Some(b) if b.is_ascii_digit() => Some(format!("p_{id}")),
        Some(_) => Some(id),
    }
}

/// A new, empty principle labelled `label` for `book`, with an id, letter
/// and colour that no principle of `book` has.
///
/// ```
/// use lens_engine::{codebook::Codebook, dictionary::fresh_principle};
/// let mut book = Codebook::bundled();
/// let p = fresh_principle(&book, "Digital trust");
/// assert_eq!((p.id.as_str(), p.letter.as_str()), ("digital_trust", "G"));
/// book.principles.push(p);
/// assert_eq!(fresh_principle(&book, "Digital trust").id, "digital_trust_2");
/// ```
pub fn fresh_principle(book: &Codebook, label: &str) -> Principle {
    let base = to_id(label).unwrap_or_else(|| "principle".into());
    let taken = |id: &str| book.principles.iter().any(|p| p.id == id);
    let id = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(|id| !taken(id))
        .expect("some suffix is free");
    let mut all: Vec<(usize, Principle)> = book.principles.iter().cloned().enumerate().collect();
    let mut fresh = new_principle(&id, label);
    fresh.definition = String::from("What a sentence says when it carries this principle.");
    all.push((all.len(), fresh));
    assign_letters_and_colours(&mut all, book);
    all.pop().expect("pushed above").1
}

fn new_principle(id: &str, key: &str) -> Principle {
    Principle {
        id: id.to_string(),
        label: key.trim().to_string(),
        letter: String::new(),
        colour: String::new(),
        definition: "Imported from a quanteda dictionary.".to_string(),
        cues: Vec::new(),
        contra: Vec::new(),
        exclusions: Vec::new(),
        rules: Vec::new(),
    }
}

/// Gives new principles a letter and colour no other principle has.
fn assign_letters_and_colours(principles: &mut [(usize, Principle)], base: &Codebook) {
    for i in 0..principles.len() {
        if !principles[i].1.letter.is_empty() {
            continue;
        }
        let taken = |s: &str| principles.iter().any(|(_, p)| p.letter == s);
        let from_label = principles[i]
            .1
            .label
            .chars()
            .filter(|c| c.is_alphanumeric())
            .map(|c| c.to_uppercase().to_string());
        let fallback = ('A'..='Z').chain('0'..='9').map(String::from);
        let letter = from_label.chain(fallback).find(|l| !taken(l));
        principles[i].1.letter = letter.unwrap_or_else(|| "?".into());
        let used = |c: &str| principles.iter().any(|(_, p)| p.colour == c);
        let base_colours = base.principles.iter().map(|p| p.colour.as_str());
        let colour = NEW_COLOURS
            .iter()
            .copied()
            .chain(base_colours)
            .find(|c| !used(c))
            .unwrap_or(NEW_COLOURS[0]);
        principles[i].1.colour = colour.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_reads_back_as_the_same_cues() {
        let base = Codebook::bundled();
        let book = from_quanteda_yaml(&to_quanteda_yaml(&base), &base).unwrap();
        assert_eq!(book.principles.len(), base.principles.len());
        for (a, b) in book.principles.iter().zip(&base.principles) {
            assert_eq!(a, b, "{} survives the round trip", a.id);
        }
    }

    #[test]
    fn flat_and_nested_forms_with_comments_and_quotes() {
        let yaml = "---\n# a dictionary\nDigital Trust:   # new\n  - 'confidence building'\n  - \"trust*\"\nsovereignty:\n  cues: [sovereign*, \"non-interference\"]\n  contra:\n    - interference in internal affairs\n";
        let book = from_quanteda_yaml(yaml, &Codebook::bundled()).unwrap();
        let trust = &book.principles[0];
        assert_eq!(trust.id, "digital_trust");
        assert_eq!(trust.label, "Digital Trust");
        assert_eq!(trust.letter, "D");
        assert_eq!(trust.cues, ["confidence building", "trust*"]);
        assert!(trust.colour.starts_with('#'));
        let sov = &book.principles[1];
        assert_eq!(sov.cues, ["sovereign*", "non-interference"]);
        assert_eq!(sov.contra, ["interference in internal affairs"]);
        assert!(!sov.definition.is_empty(), "keeps the base's definition");
    }

    #[test]
    fn errors_point_at_the_line() {
        let base = Codebook::bundled();
        for (yaml, line, says) in [
            ("a:\n  - x\n   - y\n", 3, "indented more"),
            ("a:\n  positive:\n    - good\n", 2, "“positive” is neither"),
            ("a:\n  - \"open\n", 2, "not closed"),
            ("a: [b, c\n", 1, "close with ]"),
            ("a:\n", 1, "no phrases"),
            ("a:\n  - b\na:\n  - c\n", 3, "used twice"),
            ("a:\n  - b\n  - c?\n", 3, "letter or digit"),
            ("just words\n", 1, "key:"),
            ("", 1, "no keys"),
        ] {
            match from_quanteda_yaml(yaml, &base) {
                Err(CodebookError::Syntax {
                    line: l, message, ..
                }) => {
                    assert_eq!(l, line, "{yaml:?}: {message}");
                    assert!(message.contains(says), "{yaml:?}: {message}");
                }
                other => panic!("{yaml:?} gave {other:?}"),
            }
        }
    }
}
