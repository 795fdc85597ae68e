//! The invariants `docs/architecture.md` states that neither the compiler nor
//! another test checks, checked over the source tree.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Architecture invariant: `src/route.rs` is the only place a URL of the app
/// is written or read.
#[test]
fn urls_are_written_only_in_route_rs() {
    let route = root().join("src/route.rs");
    let offenders: Vec<String> = rust_files(&root().join("src"))
        .into_iter()
        .filter(|p| *p != route)
        .flat_map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.contains("\"#/") || l.contains("\"#?"))
                .map(|(i, l)| format!("{}:{}: {}", p.display(), i + 1, l.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

/// Architecture invariant: the engine has no web dependency, so it runs
/// natively, in the browser and in the CLI alike.
#[test]
fn the_engine_depends_on_nothing_of_the_web() {
    let manifest = std::fs::read_to_string(root().join("crates/engine/Cargo.toml")).unwrap();
    for web in ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
        assert!(
            !manifest.lines().any(|l| l.trim_start().starts_with(web)),
            "crates/engine depends on {web}"
        );
    }
}

/// Architecture invariant: the app renders what the engine computes; it does
/// not match cues or segment text itself.
#[test]
fn the_app_does_not_rederive_the_engines_work() {
    for p in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&p).unwrap();
        for own in ["AhoCorasick", "fn segment(", "fn clean("] {
            assert!(!text.contains(own), "{} has {own}", p.display());
        }
    }
}
