//! Reading the user's files, with one clear message for each that cannot be read.

use std::fs;
use std::path::Path;

/// Largest file the tool reads: far above any speech, and it keeps a mistaken
/// argument (a disk image, a database dump) from filling memory.
const LIMIT: usize = 100_000_000;

/// Reads `path` as UTF-8 text (HTML reduced to its text), or says in one line
/// why it cannot. The checks are the engine's, shared with every consumer.
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
    lens_engine::input::document(&path.to_string_lossy(), &bytes, LIMIT)
        .map_err(|e| format!("{shown}: {e}"))
}

/// The name a file's records carry: its stem.
pub fn doc_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
