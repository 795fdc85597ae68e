//! The security–development axis over time: each speech placed by its date,
//! with its paragraphs as small dots, so the shift from 2019 to 2021 shows;
//! the time axis spans whatever dates the texts have, the reader's own too.

use crate::components::chart_figure::{chart_root, ChartFigure, CHART_BG, CHART_FG, CHART_MUTED};
use crate::corpus_data::CorpusData;
use crate::format::{self, px};
use crate::route::reader_href;
use crate::svg::{el, line, text};
use lens_engine::corpus::SpeechMeta;
use std::rc::Rc;
use yew::prelude::*;

const W: f64 = 760.0;
const H: f64 = 440.0;
const LEFT: f64 = 118.0;
const RIGHT: f64 = W - 150.0;
const TOP: f64 = 50.0;
const BOTTOM: f64 = H - 90.0;
const PARAGRAPH: &str = "#0b57a4";
/// At most this many paragraph dots per speech; a longer text shows an even
/// sample of its paragraphs.
const DOTS: usize = 300;

/// Months since year 0 of a speech's date (mid-month when only the month is known).
fn months(meta: &SpeechMeta) -> f64 {
    // Every date is checked when its text is added, and the corpus's by a test.
    meta.parsed_date().map_or(0.0, |d| d.months())
}

/// The time axis: the months it spans (since year 0) and its ticks.
#[derive(Debug, PartialEq)]
struct TimeScale {
    from: f64,
    to: f64,
    ticks: Vec<(f64, String)>,
}

impl TimeScale {
    /// A scale from the half-year before the earliest month to the half-year
    /// after the latest, ticked every half-year over up to four years, else
    /// every year, or every 2, 5 or 10 years so that no more than about
    /// eight ticks show.
    fn new(earliest: f64, latest: f64) -> Self {
        let half = |m: f64| (m / 6.0).floor() * 6.0;
        let from = half(earliest);
        let to = half(latest) + 6.0;
        let years = (to - from) / 12.0;
        let step = [6.0, 12.0, 24.0, 60.0, 120.0, 240.0, 600.0]
            .into_iter()
            .find(|s| (to - from) / s <= 8.0)
            .unwrap_or(1200.0);
        let mut ticks = Vec::new();
        let mut t = (from / step).ceil() * step;
        while t <= to {
            let year = (t / 12.0).floor();
            let label = match (years <= 4.0, t % 12.0 == 0.0) {
                (true, true) => format!("Jan {year}"),
                (true, false) => format!("Jul {year}"),
                (false, _) => format!("{year}"),
            };
            ticks.push((t, label));
            t += step;
        }
        Self { from, to, ticks }
    }

    fn x_of(&self, m: f64) -> f64 {
        LEFT + (m - self.from) / (self.to - self.from) * (RIGHT - LEFT)
    }
}

fn y_of(position: f64) -> f64 {
    BOTTOM - (position + 1.0) / 2.0 * (BOTTOM - TOP)
}

/// The axis-over-time page.
#[function_component(AxisTimePage)]
pub fn axis_time_page() -> Html {
    let data = use_context::<Rc<CorpusData>>().expect("corpus context");
    use_effect_with((), |_| {
        gloo::utils::document().set_title("Security and development over time — Principle Lens")
    });
    let mut order: Vec<usize> = (0..data.speeches.len()).collect();
    order.sort_by(|&a, &b| {
        months(&data.speeches[a].meta).total_cmp(&months(&data.speeches[b].meta))
    });
    let month_of = |s: usize| months(&data.speeches[s].meta);
    let (earliest, latest) = match (order.first(), order.last()) {
        (Some(&a), Some(&b)) => (month_of(a), month_of(b)),
        _ => (2019.0 * 12.0, 2021.0 * 12.0),
    };
    let scale = TimeScale::new(earliest, latest);
    let x_of = |m: f64| scale.x_of(m);
    let title = match ((earliest / 12.0).floor(), (latest / 12.0).floor()) {
        (a, b) if a == b => format!("Security ↔ development, speech by speech, {a}"),
        (a, b) => format!("Security ↔ development, speech by speech, {a}–{b}"),
    };
    let points: Vec<(usize, f64, f64)> = order
        .iter()
        .filter_map(|&s| {
            data.speeches[s]
                .stats
                .axis
                .position()
                .map(|p| (s, x_of(months(&data.speeches[s].meta)), y_of(p)))
        })
        .collect();
    let path: Vec<String> = points
        .iter()
        .map(|(_, x, y)| format!("{},{}", format::fixed(*x, 1), format::fixed(*y, 1)))
        .collect();
    let mut svg = chart_root(
        "axis",
        W,
        H,
        &title,
        "Each large dot is a speech at its date, placed from −1 (only security vocabulary) to +1 (only development vocabulary); the small dots are its paragraphs.",
    );
    for v in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let y = y_of(v);
        let label = match v {
            1.0 => "+1 development".to_string(),
            -1.0 => "−1 security".to_string(),
            v => format::signed(v, 1),
        };
        svg = svg
            .c(line(LEFT, RIGHT, y, y, "#d9d6cf")
                .a("stroke-width", if v == 0.0 { "1.5" } else { "1" }))
            .c(text(LEFT - 6.0, y + 4.0, "11", CHART_MUTED)
                .a("text-anchor", "end")
                .t(label));
    }
    for (t, label) in &scale.ticks {
        let x = x_of(*t);
        svg = svg.c(line(x, x, BOTTOM, BOTTOM + 5.0, CHART_MUTED)).c(text(
            x,
            BOTTOM + 19.0,
            "11",
            CHART_MUTED,
        )
        .a("text-anchor", "middle")
        .t(label.clone()));
    }
    svg = svg.c(el("polyline")
        .a("points", path.join(" "))
        .a("fill", "none")
        .a("stroke", CHART_MUTED)
        .a("stroke-dasharray", "4 3"));
    let mut sampled = false;
    for &s in &order {
        let speech = &data.speeches[s];
        let x = x_of(months(&speech.meta));
        let placed: Vec<(usize, f64)> = speech
            .stats
            .paragraphs
            .iter()
            .enumerate()
            .filter_map(|(k, t)| t.position().map(|p| (k, p)))
            .collect();
        let stride = placed.len().div_ceil(DOTS).max(1);
        sampled |= stride > 1;
        let dots = placed.into_iter().step_by(stride).map(|(k, p)| {
            el("circle")
                .a("cx", px(x + ((k % 7) as f64 - 3.0) * 3.0))
                .a("cy", px(y_of(p)))
                .a("r", "3")
                .a("fill", PARAGRAPH)
                .a("fill-opacity", "0.45")
        });
        svg = svg.c(el("g")
            .a("class", "paragraphs")
            .a("data-speech", speech.meta.id.clone())
            .cs(dots));
    }
    for (k, &(s, x, y)) in points.iter().enumerate() {
        let speech = &data.speeches[s];
        let position = speech.stats.axis.position().unwrap_or(0.0);
        let label = format!(
            "{}, {}: {}",
            speech.meta.short,
            speech.meta.date_label(),
            format::lean(Some(position))
        );
        // Labels alternate above and below their dots, so that speeches close
        // in time do not overprint each other.
        let label_y = if k % 2 == 0 { y - 13.0 } else { y + 22.0 };
        svg = svg.c(el("a")
            .a("href", reader_href(&speech.meta.id, ""))
            .a("class", "speech-dot")
            .a("data-speech", speech.meta.id.clone())
            .a("data-position", format::fixed(position, 3))
            .a("aria-label", format!("{label}. Open in the reader."))
            .c(el("title").t(label))
            .c(el("circle")
                .a("cx", px(x))
                .a("cy", px(y))
                .a("r", "7")
                .a("fill", CHART_FG)
                .a("stroke", CHART_BG)
                .a("stroke-width", "2"))
            .c(text(x, label_y, "12", CHART_FG)
                .a("text-anchor", "middle")
                .a("font-weight", "600")
                .t(&speech.meta.short)));
    }
    svg = svg
        .c(el("circle").a("cx", px(LEFT + 6.0)).a("cy", px(H - 40.0)).a("r", "7").a("fill", CHART_FG))
        .c(text(LEFT + 18.0, H - 36.0, "12", CHART_FG).t("speech (all its vocabulary)"))
        .c(el("circle").a("cx", px(LEFT + 226.0)).a("cy", px(H - 40.0)).a("r", "3").a("fill", PARAGRAPH).a("fill-opacity", "0.45"))
        .c(text(LEFT + 236.0, H - 36.0, "12", CHART_FG).t("one of its paragraphs"))
        .c(text(LEFT, H - 14.0, "11", CHART_MUTED).t(format!(
            "Position = (development − security terms) ÷ all axis terms. Paragraphs using neither are not shown{}.",
            if sampled { format!("; texts with over {DOTS} placed paragraphs show an even sample") } else { String::new() }
        )));
    let table = html! {
        <table>
            <caption>{ title.clone() }</caption>
            <thead><tr>{ for ["Speech", "Date", "Position", "Security terms", "Development terms", "Paragraphs placed"].iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
            <tbody>
                { for order.iter().map(|&s| {
                    let speech = &data.speeches[s];
                    let a = speech.stats.axis;
                    let placed = speech.stats.paragraphs.iter().filter(|t| t.position().is_some()).count();
                    html! {
                        <tr>
                            <th scope="row">{ &speech.meta.short }</th>
                            <td>{ speech.meta.date_label() }</td>
                            <td>{ a.position().map_or("—".to_string(), |p| format::signed(p, 2)) }</td>
                            <td>{ a.security }</td><td>{ a.development }</td><td>{ placed }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    html! {
        <main id="main" class="page axis-time" tabindex="-1">
            <h1>{ "Security and development over time" }</h1>
            <p class="lede">{ "Where each speech sits between the security vocabulary (attacks, crime, threats, protection…) and the development vocabulary (digital economy, growth, innovation, the SDGs…), by date." }</p>
            <ChartFigure id="principle-lens-axis" title={title.clone()} description="Large dots are speeches by date, from −1 (security) to +1 (development); small dots are their paragraphs. Select a speech to read it." svg={svg} size={(W, H)} table={table} />
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_years_are_ticked_by_half_year() {
        let scale = TimeScale::new(2019.0 * 12.0 + 8.5, 2021.0 * 12.0 + 8.0);
        assert_eq!((scale.from, scale.to), (2019.0 * 12.0 + 6.0, 2022.0 * 12.0));
        let labels: Vec<&str> = scale.ticks.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            labels,
            ["Jul 2019", "Jan 2020", "Jul 2020", "Jan 2021", "Jul 2021", "Jan 2022"]
        );
    }

    #[test]
    fn long_spans_get_fewer_coarser_ticks_within_the_axis() {
        for (a, b) in [(2015, 2024), (1945, 2024), (2024, 2024), (2019, 2031)] {
            let scale = TimeScale::new(f64::from(a) * 12.0, f64::from(b) * 12.0 + 11.0);
            assert!(scale.from <= f64::from(a) * 12.0 && scale.to > f64::from(b) * 12.0 + 11.0);
            assert!(
                (2..=9).contains(&scale.ticks.len()),
                "{a}–{b}: {:?}",
                scale.ticks
            );
            assert!(scale
                .ticks
                .iter()
                .all(|(t, _)| (scale.from..=scale.to).contains(t)));
            assert!(scale.x_of(scale.from) == LEFT && scale.x_of(scale.to) == RIGHT);
        }
        let decade = TimeScale::new(2015.0 * 12.0, 2024.0 * 12.0);
        assert_eq!(decade.ticks[0].1, "2016");
    }
}
