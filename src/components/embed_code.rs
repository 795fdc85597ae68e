//! "Embed this view": the iframe code for the current speech and principles,
//! ready to paste into another site's page.

use crate::corpus_data::CorpusData;
use crate::route::{ReaderView, Route};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EmbedCode`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The view to embed (without the embed flag).
    pub view: ReaderView,
    /// The speech's title, for the iframe's accessible name.
    pub title: AttrValue,
}

/// The embed panel.
#[function_component(EmbedCode)]
pub fn embed_code(props: &Props) -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    let location = gloo::utils::window().location();
    let page = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let base = page
        .rsplit_once('/')
        .map_or(page.clone(), |(dir, _)| format!("{dir}/"));
    let view = ReaderView {
        embed: true,
        ..props.view.clone()
    };
    let src = format!(
        "{base}{}",
        Route::Reader(view).to_fragment(&data.principle_ids())
    );
    let code = format!(
        "<iframe src=\"{}\" title=\"Principle Lens: {}\" width=\"100%\" height=\"640\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads\" \
         style=\"border:0\" data-principle-lens></iframe>\n<script src=\"{base}embed.js\" async></script>",
        attr(&src),
        attr(&props.title)
    );
    html! {
        <details class="embed-code">
            <summary>{ "Embed this view" }</summary>
            <p>{ "Paste this into a web page to show this speech with the principles now shown. The small script resizes the frame to fit; add host=<your origin> to the frame's address to restrict messages to your site." }</p>
            <label for="embed-code-text">{ "Embed code" }</label>
            <textarea id="embed-code-text" readonly=true rows="6" value={code} />
        </details>
    }
}

/// Escapes a value for an HTML attribute in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
