//! # Principle Lens engine
//!
//! Finds where a speech argues each principle of a codebook, and says why.
//! The engine is pure Rust with no web dependencies: the browser app, the
//! `lens` command-line tool and the tests all use it.
//!
//! The handful of types to learn:
//!
//! - [`Codebook`](codebook::Codebook): the principles, their cues, contra cues,
//!   exclusions and rules, and the axis vocabularies (`assets/codebook.json`,
//!   or a quanteda dictionary through [`dictionary::read_codebook`]).
//! - [`Lens`]: a codebook compiled for matching; build it once.
//! - [`Analysis`]: one text cleaned ([`clean`], offsets into the raw file),
//!   segmented ([`segment`]) and annotated ([`annotate`]): per sentence the
//!   principles with their evidence, source and score, and the axis side.
//! - [`classify::Heads`]: the classifier next to the codebook;
//!   [`classify::apply`] adds its labels to an analysis.
//! - [`export::records`]: the sentences as exported (JSON Lines, CSV);
//!   [`stats::TextStats`], [`kwic`] and [`highlight`] for the views;
//!   [`eval::score`] against sentences labelled by hand.
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
mod words;
pub mod workspace;

pub use analysis::Analysis;
pub use lens::Lens;
