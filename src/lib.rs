//! Principle Lens in the browser: the bundled speeches, analysed by the engine
//! on load, shown with every principle's evidence. Nothing leaves the page.
//!
//! Two entry points share this library, so that the first load stays small:
//! the reader (`index.html`: library and speeches, [`app::App`]) and the
//! exploration views (`explore.html`: compare, co-occurrence, over time,
//! concordance, export, [`explore::ExploreApp`]). Each links only the views it
//! shows; the exploration views added 70 KB of gzipped wasm to a single bundle.

pub mod analysis_worker;
pub mod app;
pub mod codebook_draft;
pub mod components;
pub mod corpus_data;
pub mod download;
pub mod embed;
pub mod explore;
pub mod file_intake;
pub mod format;
pub mod heatmap;
pub mod hooks;
pub mod intake_state;
pub mod pages;
pub mod reading_window;
pub mod route;
pub mod site;
pub mod state;
pub mod store;
pub mod svg;
pub mod workspace_state;
