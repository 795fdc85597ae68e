//! Every URL of the app, in one place. The view lives in the URL's fragment
//! (`#/read/<speech>?p=<ids>&s=<n>`), so a link, a reload, back and forward
//! all restore it, and the same build works under any path with no server rules.

/// A page of the app and its state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of speeches: `#/`.
    Library,
    /// One speech: `#/read/<speech>`.
    Reader(ReaderView),
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
}

impl Route {
    /// Reads a fragment such as `#/read/x?p=a,b&s=3`. `known` is the codebook's
    /// ids: no `p` means all of them; unknown ids are dropped.
    pub fn parse(fragment: &str, known: &[String]) -> Route {
        let fragment = fragment.trim_start_matches('#');
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let Some(speech) = path
            .strip_prefix("/read/")
            .filter(|s| !s.is_empty() && !s.contains('/'))
        else {
            return Route::Library;
        };
        let mut shown = known.to_vec();
        let mut sentence = None;
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("p", ids)) => {
                    let wanted: Vec<&str> = ids.split(',').collect();
                    shown = known
                        .iter()
                        .filter(|k| wanted.contains(&k.as_str()))
                        .cloned()
                        .collect();
                }
                Some(("s", n)) => sentence = n.parse().ok(),
                _ => {}
            }
        }
        Route::Reader(ReaderView {
            speech: speech.to_string(),
            shown,
            sentence,
        })
    }

    /// The fragment for this route; `known` as in [`Route::parse`].
    pub fn to_fragment(&self, known: &[String]) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Reader(view) => {
                let mut out = format!("#/read/{}", view.speech);
                let mut query = Vec::new();
                if view.shown != known {
                    query.push(format!("p={}", view.shown.join(",")));
                }
                if let Some(n) = view.sentence {
                    query.push(format!("s={n}"));
                }
                if !query.is_empty() {
                    out.push('?');
                    out.push_str(&query.join("&"));
                }
                out
            }
        }
    }
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
        ] {
            assert_eq!(
                Route::parse(fragment, &k).to_fragment(&k),
                fragment,
                "{fragment}"
            );
        }
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
    }
}
