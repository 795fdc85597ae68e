//! One component per file.

pub mod about;
pub mod axis;
pub mod dispersion;
pub mod explanation;
pub mod fingerprint;
pub mod legend;
pub mod library_page;
pub mod principle_badge;
pub mod reader_page;
pub mod speech_text;
