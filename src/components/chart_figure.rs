//! A chart as every chart here is shown: the SVG (which carries its own title
//! and legend), a description, downloads as SVG and PNG, and the same figures
//! as a table for screen readers.

use crate::download;
use crate::svg::El;
use yew::prelude::*;

/// Props of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Element id stem; also the download file name.
    pub id: AttrValue,
    /// The chart's title (the SVG shows it, so downloads carry it).
    pub title: AttrValue,
    /// What the chart shows, in a sentence or two.
    pub description: AttrValue,
    /// The chart.
    pub svg: El,
    /// Its size in SVG units, for the PNG.
    pub size: (f64, f64),
    /// The same figures as a table.
    pub table: Html,
}

/// The chart figure.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &Props) -> Html {
    let on_svg = {
        let (svg, stem) = (props.svg.clone(), props.id.to_string());
        Callback::from(move |_: MouseEvent| {
            download::text(&format!("{stem}.svg"), "image/svg+xml", &svg.document())
        })
    };
    let on_png = {
        let (svg, stem, (w, h)) = (props.svg.clone(), props.id.to_string(), props.size);
        Callback::from(move |_: MouseEvent| download::png(&svg.document(), w, h, &stem))
    };
    html! {
        <figure class="chart" aria-labelledby={format!("{}-caption", props.id)}>
            <figcaption id={format!("{}-caption", props.id)} class="vh">{ props.title.clone() }</figcaption>
            <div class="chart-svg" id={format!("{}-chart", props.id)}>{ props.svg.html() }</div>
            <p class="chart-desc">{ props.description.clone() }</p>
            <div class="chart-actions">
                <button type="button" onclick={on_svg}>{ "Download SVG" }</button>
                <button type="button" onclick={on_png}>{ "Download PNG" }</button>
            </div>
            <details class="chart-table">
                <summary>{ "Table view" }</summary>
                { props.table.clone() }
            </details>
        </figure>
    }
}

/// The chart is self-contained (downloads carry no stylesheet), so it draws on
/// its own light background in either theme.
pub const CHART_BG: &str = "#ffffff";
/// Text colour on [`CHART_BG`].
pub const CHART_FG: &str = "#1d1d1f";
/// Secondary text on [`CHART_BG`] (4.5:1 or better).
pub const CHART_MUTED: &str = "#55555c";
/// Font for chart text, also in downloads.
pub const CHART_FONT: &str = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif";

/// The `<svg>` root every chart starts from: size, accessible name from its
/// `<title>` and `<desc>`, background, and the title drawn at the top.
pub fn chart_root(id: &str, width: f64, height: f64, title: &str, desc: &str) -> El {
    use crate::format::px;
    use crate::svg::el;
    el("svg")
        .a("xmlns", "http://www.w3.org/2000/svg")
        .a("viewBox", format!("0 0 {} {}", px(width), px(height)))
        .a("width", px(width))
        .a("height", px(height))
        // A group, not an image: the charts' cells and dots are links, and an
        // image's content would hide them from assistive technology.
        .a("role", "group")
        .a("aria-labelledby", format!("{id}-t {id}-d"))
        .a("font-family", CHART_FONT)
        .c(el("title").a("id", format!("{id}-t")).t(title))
        .c(el("desc").a("id", format!("{id}-d")).t(desc))
        .c(el("rect")
            .a("width", px(width))
            .a("height", px(height))
            .a("fill", CHART_BG))
        .c(el("text")
            .a("x", "8")
            .a("y", "22")
            .a("font-size", "15")
            .a("font-weight", "700")
            .a("fill", CHART_FG)
            .t(title))
}
