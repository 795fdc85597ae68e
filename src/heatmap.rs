//! The heatmap that compare (speeches × principles) and co-occurrence
//! (principles × principles) share: lettered columns, labelled rows, and
//! cells that are links where there is something to open. A pure function of
//! its description, tested natively.

use crate::components::chart_figure::CHART_FG;
use crate::format::{fixed, px};
use crate::svg::{el, text, El};

/// One line of text in a cell.
pub struct CellText {
    /// The text.
    pub text: String,
    /// Its class (what tests and styles find it by).
    pub class: &'static str,
    /// Font size.
    pub size: &'static str,
    /// Colour.
    pub fill: &'static str,
    /// Baseline, from the cell's top.
    pub y: f64,
    /// Font weight.
    pub weight: &'static str,
    /// Italic (the co-occurrence diagonal).
    pub italic: bool,
}

/// One cell.
pub struct Cell {
    /// `data-*` attributes naming what the cell is about.
    pub data: [(&'static str, String); 2],
    /// What the cell says, for its tooltip and screen readers.
    pub label: String,
    /// Where it leads, with what the link adds to the label; none: not a link.
    pub link: Option<(String, &'static str)>,
    /// Fill colour and opacity.
    pub fill: (String, f64),
    /// Outlined (the selected cell).
    pub outlined: bool,
    /// Its lines of text.
    pub lines: Vec<CellText>,
}

/// A heatmap: where it goes in the chart, its columns and its rows.
pub struct Heatmap {
    /// Width of the row labels.
    pub label_width: f64,
    /// Cell width and height.
    pub cell: (f64, f64),
    /// Top of the first row.
    pub top: f64,
    /// Column headings, bold where marked (the sort column).
    pub columns: Vec<(String, bool)>,
    /// Row labels and their cells, one per column.
    pub rows: Vec<(String, Vec<Cell>)>,
}

/// Adds `map` to the chart `svg`.
pub fn draw(mut svg: El, map: &Heatmap) -> El {
    let (w, h) = map.cell;
    for (j, (heading, bold)) in map.columns.iter().enumerate() {
        svg = svg.c(text(
            map.label_width + w * j as f64 + w / 2.0,
            map.top - 10.0,
            "14",
            CHART_FG,
        )
        .a("text-anchor", "middle")
        .a("font-weight", if *bold { "800" } else { "700" })
        .t(heading.clone()));
    }
    for (i, (label, cells)) in map.rows.iter().enumerate() {
        let y = map.top + h * i as f64;
        svg = svg.c(text(8.0, y + h / 2.0 + 5.0, "13", CHART_FG).t(label.clone()));
        for (j, cell) in cells.iter().enumerate() {
            let x = map.label_width + w * j as f64;
            let root = match &cell.link {
                Some((href, adds)) => el("a")
                    .a("href", href.clone())
                    .a("aria-label", format!("{}{adds}", cell.label)),
                None => el("g"),
            };
            let mut node = root.a("class", "cell");
            for (name, value) in &cell.data {
                node = node.a(name, value.clone());
            }
            node = node.c(el("title").t(cell.label.clone())).c(el("rect")
                .a("x", px(x + 1.0))
                .a("y", px(y + 1.0))
                .a("width", px(w - 2.0))
                .a("height", px(h - 2.0))
                .a("rx", "3")
                .a("fill", cell.fill.0.clone())
                .a("fill-opacity", fixed(cell.fill.1, 3))
                .a("stroke", if cell.outlined { CHART_FG } else { "none" })
                .a("stroke-width", "2"));
            for line in &cell.lines {
                node = node.c(text(x + w / 2.0, y + line.y, line.size, line.fill)
                    .a("text-anchor", "middle")
                    .a("font-weight", line.weight)
                    .a("font-style", if line.italic { "italic" } else { "normal" })
                    .a("class", line.class)
                    .t(line.text.clone()));
            }
            svg = svg.c(node);
        }
    }
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(link: bool) -> Cell {
        Cell {
            data: [("data-a", "x".into()), ("data-b", "y".into())],
            label: "X and Y: 2 sentences".into(),
            link: link.then(|| ("somewhere.html".into(), ". List them.")),
            fill: ("#0b57a4".into(), 0.25),
            outlined: false,
            lines: vec![CellText {
                text: "2".into(),
                class: "count",
                size: "13",
                fill: CHART_FG,
                y: 25.0,
                weight: "600",
                italic: false,
            }],
        }
    }

    #[test]
    fn cells_are_links_only_where_there_is_something_to_open() {
        let map = Heatmap {
            label_width: 100.0,
            cell: (40.0, 40.0),
            top: 60.0,
            columns: vec![("X".into(), true), ("Y".into(), false)],
            rows: vec![("Row".into(), vec![cell(true), cell(false)])],
        };
        let svg = draw(el("svg"), &map).document();
        assert_eq!(svg.matches("class=\"cell\"").count(), 2);
        assert_eq!(svg.matches("<a href=\"somewhere.html\"").count(), 1);
        assert!(svg.contains("aria-label=\"X and Y: 2 sentences. List them.\""));
        assert!(svg.contains("data-a=\"x\""));
        assert!(svg.contains("class=\"count\">2</text>"));
        assert!(
            svg.contains("font-weight=\"800\">X</text>"),
            "the bold column"
        );
        assert!(svg.contains("fill-opacity=\"0.250\""));
    }
}
