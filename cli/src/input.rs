//! Reading the user's files, with one clear message for each that cannot be read.

use std::fs;
use std::path::Path;

/// Reads `path` as UTF-8 text, or says in one line why it cannot.
pub fn read_text(path: &Path) -> Result<String, String> {
    let shown = path.display();
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{shown}: no such file"),
        std::io::ErrorKind::PermissionDenied => format!("{shown}: permission denied"),
        _ => format!("{shown}: cannot read ({e})"),
    })?;
    if meta.is_dir() {
        return Err(format!("{shown}: is a directory, not a text file"));
    }
    let bytes = fs::read(path).map_err(|e| format!("{shown}: cannot read ({e})"))?;
    if bytes.contains(&0) {
        return Err(format!(
            "{shown}: looks like a binary file (it has NUL bytes); give a plain-text file"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{shown}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The name a file's records carry: its stem.
pub fn doc_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
