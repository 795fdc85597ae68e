//! The pieces the pages share, one component per file.

pub mod about;
pub mod add_texts;
pub mod axis;
pub mod chart_figure;
pub mod codebook_diagnostics;
pub mod dispersion;
pub mod embed_code;
pub mod explanation;
pub mod fingerprint;
pub mod legend;
pub mod outcome;
pub mod principle_badge;
pub mod principle_editor;
pub mod speech_text;
pub mod text_details;
pub mod texts_list;
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
