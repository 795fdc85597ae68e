//! Every URL of the app, in one place. The view lives in the URL's fragment
//! (`#/read/<speech>?p=<ids>&s=<n>`, `#/search?q=…`), so a link, a reload,
//! back and forward all restore it, and the same build works under any path
//! with no server rules.

/// A page of the app and its state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of speeches: `#/`.
    Library,
    /// One speech: `#/read/<speech>`.
    Reader(ReaderView),
    /// Speeches × principles: `#/compare?sort=<principle>`.
    Compare {
        /// The principle the rows are sorted by (densest first); none: by date.
        sort: Option<String>,
    },
    /// Principles × principles: `#/cooccur?in=<speech>&a=<id>&b=<id>`.
    Cooccurrence(CooccurrenceView),
    /// Speeches on the security–development axis by date: `#/axis`.
    AxisOverTime,
    /// Concordance: `#/search?q=…&sort=left|right&doc=<speech>&p=<principle>`.
    Search(SearchView),
    /// Downloads and citations: `#/export`.
    Export,
    /// The reader's own texts: add, rename, delete, export: `#/texts`.
    Texts,
    /// The codebook, in full and editable, with diagnostics: `#/codebook`.
    Codebook,
    /// How often the highlights agree with people: `#/reliability`.
    Reliability,
}

/// What the reader shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderView {
    /// Speech id.
    pub speech: String,
    /// Principle ids shown, in codebook order.
    pub shown: Vec<String>,
    /// The selected sentence.
    pub sentence: Option<usize>,
    /// Shown inside another site's page: compact, no site chrome (`embed=1`).
    pub embed: bool,
    /// The only origin an embedded reader talks to (`host=`), if named.
    pub host: Option<String>,
}

/// What the co-occurrence view shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CooccurrenceView {
    /// One speech, or the whole corpus.
    pub speech: Option<String>,
    /// The selected cell: two principle ids.
    pub pair: Option<(String, String)>,
}

/// What the concordance shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchView {
    /// The search as typed.
    pub query: String,
    /// `left`, `right`, or text order.
    pub sort: Option<String>,
    /// Only this speech.
    pub speech: Option<String>,
    /// Only sentences carrying this principle.
    pub principle: Option<String>,
}

/// The two pages the app is served as (see the crate documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// `index.html`: library and reader.
    Reader,
    /// `explore.html`: every view, the reader's own texts and codebook too.
    Explore,
}

/// A link to the reader on `speech` with `query` (`?s=3`), from either page
/// (both show the reader).
pub fn reader_href(speech: &str, query: &str) -> String {
    format!("#/read/{speech}{query}")
}

impl Route {
    /// The smallest page that shows this route.
    pub fn entry(&self) -> Entry {
        match self {
            Route::Library | Route::Reader(_) => Entry::Reader,
            _ => Entry::Explore,
        }
    }

    /// A link to this route from page `here`: a bare fragment on a page that
    /// shows it (no reload), the explore page's path and the fragment otherwise.
    pub fn href_from(&self, here: Entry, known: &[String]) -> String {
        let fragment = self.to_fragment(known);
        if self.entry() == here || here == Entry::Explore {
            fragment
        } else {
            format!("explore.html{fragment}")
        }
    }

    /// Reads a fragment such as `#/read/x?p=a,b&s=3`. `known` is the codebook's
    /// ids: no `p` means all of them; unknown ids are dropped.
    pub fn parse(fragment: &str, known: &[String]) -> Route {
        let fragment = fragment.trim_start_matches('#');
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let params: Vec<(&str, String)> = query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k, percent_decode(v)))
            .collect();
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        };
        let known_id = |name: &str| param(name).filter(|id| known.contains(id));
        let non_empty = |name: &str| param(name).filter(|v| !v.is_empty());
        match path {
            "/compare" => Route::Compare {
                sort: known_id("sort"),
            },
            "/cooccur" => Route::Cooccurrence(CooccurrenceView {
                speech: non_empty("in"),
                pair: known_id("a").zip(known_id("b")),
            }),
            "/axis" => Route::AxisOverTime,
            "/export" => Route::Export,
            "/texts" => Route::Texts,
            "/codebook" => Route::Codebook,
            "/reliability" => Route::Reliability,
            "/search" => Route::Search(SearchView {
                query: param("q").unwrap_or_default(),
                sort: param("sort").filter(|s| s == "left" || s == "right"),
                speech: non_empty("doc"),
                principle: known_id("p"),
            }),
            _ => match path
                .strip_prefix("/read/")
                .filter(|s| !s.is_empty() && !s.contains('/'))
            {
                Some(speech) => Route::Reader(ReaderView {
                    speech: speech.to_string(),
                    shown: param("p").map_or_else(
                        || known.to_vec(),
                        |ids| {
                            let wanted: Vec<&str> = ids.split(',').collect();
                            known
                                .iter()
                                .filter(|k| wanted.contains(&k.as_str()))
                                .cloned()
                                .collect()
                        },
                    ),
                    sentence: param("s").and_then(|n| n.parse().ok()),
                    embed: param("embed").as_deref() == Some("1"),
                    host: non_empty("host"),
                }),
                None => Route::Library,
            },
        }
    }

    /// The fragment for this route; `known` as in [`Route::parse`].
    pub fn to_fragment(&self, known: &[String]) -> String {
        let (path, query): (String, Vec<(&str, String)>) = match self {
            Route::Library => ("/".into(), vec![]),
            Route::Reader(view) => {
                let mut q = vec![];
                if view.shown != known {
                    q.push(("p", view.shown.join(",")));
                }
                if let Some(n) = view.sentence {
                    q.push(("s", n.to_string()));
                }
                if view.embed {
                    q.push(("embed", "1".into()));
                }
                q.extend(view.host.iter().map(|h| ("host", h.clone())));
                (format!("/read/{}", view.speech), q)
            }
            Route::Compare { sort } => (
                "/compare".into(),
                sort.iter().map(|s| ("sort", s.clone())).collect(),
            ),
            Route::Cooccurrence(view) => {
                let mut q: Vec<(&str, String)> =
                    view.speech.iter().map(|s| ("in", s.clone())).collect();
                if let Some((a, b)) = &view.pair {
                    q.push(("a", a.clone()));
                    q.push(("b", b.clone()));
                }
                ("/cooccur".into(), q)
            }
            Route::AxisOverTime => ("/axis".into(), vec![]),
            Route::Export => ("/export".into(), vec![]),
            Route::Texts => ("/texts".into(), vec![]),
            Route::Codebook => ("/codebook".into(), vec![]),
            Route::Reliability => ("/reliability".into(), vec![]),
            Route::Search(view) => {
                let mut q = vec![("q", view.query.clone())];
                q.extend(view.sort.iter().map(|s| ("sort", s.clone())));
                q.extend(view.speech.iter().map(|s| ("doc", s.clone())));
                q.extend(view.principle.iter().map(|s| ("p", s.clone())));
                ("/search".into(), q)
            }
        };
        let query: Vec<String> = query
            .iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(v)))
            .collect();
        if query.is_empty() {
            format!("#{path}")
        } else {
            format!("#{path}?{}", query.join("&"))
        }
    }
}

/// Encodes everything but unreserved characters, `*` and `,` (kept readable in links).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~*,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space); malformed escapes stay as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        ["a", "b", "c"].map(String::from).to_vec()
    }

    #[test]
    fn round_trips() {
        let k = known();
        for fragment in [
            "#/",
            "#/read/x",
            "#/read/x?p=a,c",
            "#/read/x?p=",
            "#/read/x?s=4",
            "#/read/x?p=b&s=0",
            "#/read/x?p=a&embed=1&host=https%3A%2F%2Fexample.org",
            "#/compare",
            "#/compare?sort=b",
            "#/cooccur?in=x&a=a&b=c",
            "#/axis",
            "#/export",
            "#/texts",
            "#/codebook",
            "#/reliability",
            "#/search?q=data%20secur*&sort=right&doc=x&p=a",
            "#/search?q=%E2%80%9Cquoted%E2%80%9D%20%26%20%3Cb%3E",
        ] {
            assert_eq!(
                Route::parse(fragment, &k).to_fragment(&k),
                fragment,
                "{fragment}"
            );
        }
    }

    #[test]
    fn links_cross_pages_only_when_they_must() {
        let k = known();
        let compare = Route::Compare { sort: None };
        assert_eq!(compare.href_from(Entry::Explore, &k), "#/compare");
        assert_eq!(
            compare.href_from(Entry::Reader, &k),
            "explore.html#/compare"
        );
        assert_eq!(Route::Library.href_from(Entry::Explore, &k), "#/");
        assert_eq!(Route::Library.href_from(Entry::Reader, &k), "#/");
        assert_eq!(
            Route::Texts.href_from(Entry::Reader, &k),
            "explore.html#/texts"
        );
        assert_eq!(reader_href("x", "?s=2"), "#/read/x?s=2");
    }

    #[test]
    fn unknown_and_broken_parts_fall_back() {
        let k = known();
        assert_eq!(Route::parse("", &k), Route::Library);
        assert_eq!(Route::parse("#/nowhere", &k), Route::Library);
        assert_eq!(Route::parse("#/read/", &k), Route::Library);
        let Route::Reader(v) = Route::parse("#/read/x?p=zz,b,a&s=oops", &k) else {
            panic!()
        };
        assert_eq!(v.shown, ["a", "b"], "codebook order, unknown ids dropped");
        assert_eq!(v.sentence, None);
        assert_eq!(
            Route::parse("#/compare?sort=zz", &k),
            Route::Compare { sort: None }
        );
        let Route::Search(s) = Route::parse("#/search?q=50%&sort=up", &k) else {
            panic!()
        };
        assert_eq!(
            (s.query.as_str(), s.sort),
            ("50%", None),
            "a malformed escape stays as typed"
        );
    }
}
