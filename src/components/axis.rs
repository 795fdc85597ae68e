//! The security–development axis: the speech's overall position and a bar per
//! paragraph leaning to one side or the other.

use crate::corpus_data::CorpusData;
use crate::format;
use lens_engine::stats::AxisTally;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`AxisOverall`].
#[derive(Properties, PartialEq)]
pub struct OverallProps {
    /// Index of the speech.
    pub speech: usize,
}

/// The speech's position between security (left) and development (right).
#[function_component(AxisOverall)]
pub fn axis_overall(props: &OverallProps) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let axis = data.speeches[props.speech].stats.axis;
    let position = axis.position();
    let left = position.map_or(50.0, |p| (p + 1.0) * 50.0);
    html! {
        <figure class="axis-overall">
            <figcaption>
                <strong>{ "Security ↔ development: " }</strong>
                { format!("{}; {} security and {} development terms, {} where they meet.",
                    format::lean(position), axis.security, axis.development,
                    format::count(axis.both_sentences, "sentence", "sentences")) }
            </figcaption>
            <div class="meter" aria-hidden="true">
                <span class="end">{ "S" }</span>
                <span class="track"><span class="marker" style={format!("left:{}%", format::fixed(left, 1))}></span></span>
                <span class="end">{ "D" }</span>
            </div>
        </figure>
    }
}

/// Props of [`ParagraphAxis`].
#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// The paragraph's tally.
    pub tally: AxisTally,
}

/// A paragraph's lean: a bar growing left for security, right for development.
#[function_component(ParagraphAxis)]
pub fn paragraph_axis(props: &ParagraphProps) -> Html {
    let t = props.tally;
    let total = (t.security + t.development).max(1) as f64;
    let label = format!(
        "Axis: {}, {}",
        format::count(t.security, "security term", "security terms"),
        format::count(t.development, "development term", "development terms")
    );
    html! {
        <div class="para-axis" role="img" aria-label={label.clone()} title={label}>
            <span class="sec" style={format!("width:{}%", format::fixed(t.security as f64 / total * 50.0, 0))}></span>
            <span class="dev" style={format!("width:{}%", format::fixed(t.development as f64 / total * 50.0, 0))}></span>
        </div>
    }
}
