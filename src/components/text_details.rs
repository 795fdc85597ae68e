//! The four details a text is added with: title, speaker, date and venue.

use lens_engine::workspace::TextDetails;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`TextDetailsFields`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Unique prefix for the inputs' ids.
    pub id: AttrValue,
    /// The details as typed.
    pub details: TextDetails,
    /// Called with the details after each keystroke.
    pub on_change: Callback<TextDetails>,
}

/// Labelled inputs for a text's details; title and date are required.
#[function_component(TextDetailsFields)]
pub fn text_details_fields(props: &Props) -> Html {
    let field = |name: &'static str,
                 label: &'static str,
                 hint: Option<&'static str>,
                 value: &str,
                 set: fn(&mut TextDetails, String)| {
        let id = format!("{}-{name}", props.id);
        let hint_id = format!("{id}-hint");
        let oninput = {
            let details = props.details.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |e: InputEvent| {
                let mut details = details.clone();
                set(
                    &mut details,
                    e.target_unchecked_into::<HtmlInputElement>().value(),
                );
                on_change.emit(details);
            })
        };
        let required = hint.is_some();
        html! {
            <p class="field">
                <label for={id.clone()}>{ label }{ if required { " (required)" } else { "" } }</label>
                <input id={id} type="text" value={value.to_string()} {oninput} {required}
                    aria-describedby={hint.map(|_| hint_id.clone())} autocomplete="off" />
                if let Some(hint) = hint {
                    <span class="hint" id={hint_id}>{ hint }</span>
                }
            </p>
        }
    };
    let d = &props.details;
    html! {
        <div class="details">
            { field("title", "Title", Some("as the library will show it"), &d.title, |d, v| d.title = v) }
            { field("speaker", "Speaker", None, &d.speaker, |d, v| d.speaker = v) }
            { field("date", "Date", Some("a year (2021), a month (2021-09) or a day (2021-09-14)"), &d.date, |d, v| d.date = v) }
            { field("venue", "Venue", None, &d.venue, |d, v| d.venue = v) }
        </div>
    }
}
