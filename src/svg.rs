//! Charts as data: an SVG tree built with a few calls per element, shown by one
//! generic function, and written out as a standalone SVG file for downloads.
//!
//! Written with Yew's `html!` macro, every chart element expands into its own
//! code; three charts cost about 40 KB of gzipped wasm that way. As data they
//! cost a few bytes per attribute, and the download needs no DOM serialiser.

use crate::format::px;
use yew::virtual_dom::{VNode, VTag, VText};
use yew::Html;

/// An SVG element.
#[derive(Clone, Debug, PartialEq)]
pub struct El {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

/// An element or a text node.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// An element.
    El(El),
    /// Text, escaped wherever it is written.
    Text(String),
}

impl From<El> for Node {
    fn from(el: El) -> Node {
        Node::El(el)
    }
}

/// Starts an element.
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

impl El {
    /// Adds an attribute.
    pub fn a(mut self, name: &'static str, value: impl Into<String>) -> El {
        self.attrs.push((name, value.into()));
        self
    }

    /// Adds a child element.
    pub fn c(mut self, child: El) -> El {
        self.children.push(Node::El(child));
        self
    }

    /// Adds children.
    pub fn cs(mut self, children: impl IntoIterator<Item = El>) -> El {
        self.children.extend(children.into_iter().map(Node::El));
        self
    }

    /// Adds text.
    pub fn t(mut self, text: impl Into<String>) -> El {
        self.children.push(Node::Text(text.into()));
        self
    }

    /// The element as Yew nodes, to render.
    pub fn html(&self) -> Html {
        to_vnode(&Node::El(self.clone()))
    }

    /// The element as a standalone SVG document.
    pub fn document(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(&Node::El(self.clone()), &mut out);
        out
    }
}

fn to_vnode(node: &Node) -> VNode {
    match node {
        Node::Text(text) => VNode::VText(VText::new(text.clone())),
        Node::El(el) => {
            let mut tag = VTag::new(el.tag);
            for (name, value) in &el.attrs {
                tag.add_attribute(name, value.clone());
            }
            for child in &el.children {
                tag.add_child(to_vnode(child));
            }
            VNode::from(tag)
        }
    }
}

fn write(node: &Node, out: &mut String) {
    match node {
        Node::Text(text) => escape(text, out),
        Node::El(el) => {
            out.push('<');
            out.push_str(el.tag);
            for (name, value) in &el.attrs {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape(value, out);
                out.push('"');
            }
            out.push('>');
            for child in &el.children {
                write(child, out);
            }
            out.push_str("</");
            out.push_str(el.tag);
            out.push('>');
        }
    }
}

/// XML escaping for text and attribute values.
fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// A text element at (`x`, `y`).
pub fn text(x: f64, y: f64, size: &'static str, fill: &'static str) -> El {
    el("text")
        .a("x", px(x))
        .a("y", px(y))
        .a("font-size", size)
        .a("fill", fill)
}

/// A line from (`x1`, `y1`) to (`x2`, `y2`).
pub fn line(x1: f64, x2: f64, y1: f64, y2: f64, stroke: &'static str) -> El {
    el("line")
        .a("x1", px(x1))
        .a("x2", px(x2))
        .a("y1", px(y1))
        .a("y2", px(y2))
        .a("stroke", stroke)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_escape_text_and_attributes() {
        let svg = el("svg")
            .a("xmlns", "http://www.w3.org/2000/svg")
            .c(el("text").a("x", "1").t("A & <B> \"c\""));
        assert_eq!(
            svg.document(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"1\">A &amp; &lt;B&gt; &quot;c&quot;</text></svg>"
        );
    }
}
