//! The bundled codebook and corpus metadata, compiled from their JSON files by
//! `build.rs` (see there for why).

use crate::clean::{CleanRules, Rule, Unwrap};
use crate::codebook::{Axis, Codebook, CueRule, Principle};
use crate::corpus::{DatePrecision, SpeechKind, SpeechMeta};

fn s(x: &str) -> String {
    x.to_string()
}

fn v(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
