//! One component per file.

pub mod about;
pub mod add_texts;
pub mod axis;
pub mod axis_time_page;
pub mod chart_figure;
pub mod codebook_diagnostics;
pub mod codebook_page;
pub mod compare_page;
pub mod cooccurrence_page;
pub mod dispersion;
pub mod embed_code;
pub mod explanation;
pub mod export_page;
pub mod fingerprint;
pub mod legend;
pub mod library_page;
pub mod outcome;
pub mod principle_badge;
pub mod reader_page;
pub mod reliability_page;
pub mod search_page;
pub mod speech_text;
pub mod text_details;
pub mod texts_list;
pub mod texts_page;
pub mod workspace_file;

use std::rc::Rc;
use yew::Properties;

/// Props of the reader's panels that follow the view: which speech, which
/// principles are shown, which sentence is selected.
#[derive(Properties, PartialEq)]
pub struct SpeechViewProps {
    /// Index of the speech.
    pub speech: usize,
    /// Per principle, whether it is shown.
    pub shown: Rc<Vec<bool>>,
    /// The selected sentence.
    pub selected: Option<usize>,
}
