//! What an action came to, said to the reader: done in a polite live region,
//! failed in an alert.

use yew::prelude::*;

/// Props of [`Outcome`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Nothing yet, done (what was done), or failed (why).
    pub outcome: Option<Result<String, String>>,
}

/// The status and alert regions of a section.
#[function_component(Outcome)]
pub fn outcome(props: &Props) -> Html {
    html! {
        <>
            <p role="status" class="status">{ match &props.outcome { Some(Ok(m)) => m.as_str(), _ => "" } }</p>
            <div role="alert" class="problems">{ match &props.outcome { Some(Err(m)) => html! { <p>{ m }</p> }, _ => html! {} } }</div>
        </>
    }
}
