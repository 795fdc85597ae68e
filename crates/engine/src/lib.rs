//! # Principle Lens engine
//!
//! Finds where a speech argues each principle of a codebook, and says why.
//! The engine is pure Rust with no web dependencies: the browser app, the
//! `lens` command-line tool and the tests all use it.
//!
//! The pipeline, one module a step:
//! [`clean`] (declared rules, offsets into the raw file) →
//! [`segment`] (paragraphs, sentences) →
//! [`annotate`] (cue matches with Aho–Corasick, principles per sentence, evidence) →
//! [`stats`] and [`kwic`] (density, axis, co-occurrence, concordance).
//!
//! ```
//! use lens_engine::{Analysis, Lens, clean::CleanRules, codebook::Codebook, stats::TextStats};
//!
//! let lens = Lens::new(Codebook::bundled());
//! let text = "We oppose small circles and group politics. The weather was fine.";
//! let analysis = Analysis::new(text, &CleanRules::generic(), &lens);
//! let first = &analysis.sentences[0].principles[0];
//! assert_eq!(lens.codebook().principles[first.principle].id, "multilateralism");
//! assert_eq!(first.stance.as_str(), "against_opposite");
//! assert!(analysis.sentences[1].principles.is_empty());
//!
//! let stats = TextStats::new(&analysis, lens.codebook().principles.len());
//! assert_eq!(stats.sentences, 2);
//! ```
#![deny(missing_docs)]

pub mod analysis;
pub mod annotate;
mod bundled;
pub mod cite;
pub mod classify;
pub mod clean;
pub mod codebook;
pub mod corpus;
pub mod date;
pub mod diagnostics;
pub mod dictionary;
pub mod eval;
pub mod export;
pub mod highlight;
pub mod input;
pub mod kwic;
mod lens;
pub mod offsets;
mod phrases;
pub mod segment;
pub mod stats;
pub mod stepwise;
pub mod words;
pub mod workspace;

pub use analysis::Analysis;
pub use lens::Lens;
