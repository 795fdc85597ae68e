//! A principle's letter on its colour: how a principle is shown wherever it
//! appears, so that colour is never the only sign of which one it is.

use yew::prelude::*;

/// Props of [`PrincipleBadge`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The principle's letter.
    pub letter: AttrValue,
    /// The principle's colour.
    pub colour: AttrValue,
    /// Index in the codebook, which picks the underline pattern.
    pub index: usize,
}

/// The badge; decorative (its label is always written next to it).
#[function_component(PrincipleBadge)]
pub fn principle_badge(props: &Props) -> Html {
    html! {
        <span class={classes!("badge", pattern_class(props.index))} style={format!("--c:{}", props.colour)} aria-hidden="true">
            { props.letter.clone() }
        </span>
    }
}

/// The underline pattern class of the principle at `index`: five patterns, so
/// neighbours in the codebook never share one.
pub fn pattern_class(index: usize) -> String {
    format!("u{}", index % 5)
}
