//! Texts people bring: checked before analysis, with a message that names the
//! file and says what to do; HTML reduced to its text.

use std::fmt;

/// Why a file cannot be analysed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No bytes, or only white space.
    Empty,
    /// It has NUL bytes: an image, a PDF, a word-processor file…
    Binary,
    /// Not UTF-8; the offset of the first bad byte.
    NotUtf8(usize),
    /// Larger than the limit, in bytes.
    TooLarge {
        /// The file's size.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "is empty; choose a file with text in it"),
            InputError::Binary => write!(f, "looks like a binary file (it has NUL bytes); save it as plain text (.txt) and try again"),
            InputError::NotUtf8(at) => write!(f, "is not UTF-8 text (invalid byte at offset {at}); save it as UTF-8 and try again"),
            InputError::TooLarge { size, limit } => write!(
                f,
                "is {} MB, over the {} MB limit; split it into smaller files",
                size.div_ceil(1_000_000),
                limit / 1_000_000
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Reads a file named `name` as a text to analyse: checked by [`text`], and
/// for a name ending in `.html` or `.htm` reduced to its text by
/// [`html_to_text`]. The CLI and the app read files through this.
///
/// ```
/// use lens_engine::input::{document, InputError};
/// assert_eq!(document("a.HTML", b"<p>Peace.</p><script>x</script>", 100), Ok("Peace.".to_string()));
/// assert_eq!(document("a.html", b"<script>x</script>", 100), Err(InputError::Empty));
/// assert_eq!(document("a.txt", b"<p>Peace.</p>", 100), Ok("<p>Peace.</p>".to_string()));
/// ```
pub fn document(name: &str, bytes: &[u8], limit: usize) -> Result<String, InputError> {
    let raw = text(bytes, limit)?;
    let lower = name.to_ascii_lowercase();
    if !(lower.ends_with(".html") || lower.ends_with(".htm")) {
        return Ok(raw);
    }
    let body = html_to_text(&raw);
    if body.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(body)
}

/// Checks `bytes` as a text to analyse and returns it as a string.
///
/// ```
/// use lens_engine::input::{text, InputError};
/// assert_eq!(text(b"Peace.", 100), Ok("Peace.".to_string()));
/// assert_eq!(text(b" \n", 100), Err(InputError::Empty));
/// assert_eq!(text(b"Caf\xe9", 100), Err(InputError::NotUtf8(3)));
/// ```
pub fn text(bytes: &[u8], limit: usize) -> Result<String, InputError> {
    if bytes.len() > limit {
        return Err(InputError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    if bytes.contains(&0) {
        return Err(InputError::Binary);
    }
    let text = String::from_utf8(bytes.to_vec())
        .map_err(|e| InputError::NotUtf8(e.utf8_error().valid_up_to()))?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(text)
}

/// Elements whose content is not text to read.
const SKIPPED: [&str; 6] = ["script", "style", "noscript", "template", "svg", "head"];
/// Elements that start a new paragraph.
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "table",
    "hr",
    "pre",
    "main",
];

/// The readable text of an HTML document: tags dropped, the content of
/// scripts, styles and the like ignored, block elements as paragraph breaks,
/// character references decoded. Nothing is ever run or rendered.
///
/// ```
/// let html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Peace</h1><p>Keep it &amp; <b>hold</b> it.</p><script>alert(1)</script></body></html>";
/// assert_eq!(lens_engine::input::html_to_text(html), "Peace\n\nKeep it & hold it.");
/// ```
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            // Its content is not markup to parse ("a < b" in a script): jump
            // to its closing tag. Lower-casing ASCII keeps byte offsets.
            let end = rest.to_ascii_lowercase().find(&format!("</{name}"));
            rest = end.map_or("", |at| {
                rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..])
            });
        } else if BLOCKS.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    if !rest.starts_with('<') {
        push_text(&mut out, rest);
    }
    out.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[..rest.len().min(12)].find(';');
        match end.and_then(|e| decode(&rest[1..e]).map(|c| (e, c))) {
            Some((e, c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// A character reference's character: numeric, or one of the names that
/// speeches use.
fn decode(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "eacute" => 'é',
        _ => return None,
    })
}
