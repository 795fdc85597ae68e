//! One component per file.

pub mod about;
pub mod axis;
pub mod axis_time_page;
pub mod chart_figure;
pub mod compare_page;
pub mod cooccurrence_page;
pub mod dispersion;
pub mod embed_code;
pub mod explanation;
pub mod export_page;
pub mod fingerprint;
pub mod legend;
pub mod library_page;
pub mod principle_badge;
pub mod reader_page;
pub mod search_page;
pub mod speech_text;
