//! The embed protocol: what an embedded reader tells its host page, and what a
//! host may ask of it, over `postMessage`. Documented in `docs/embedding.md`.
//!
//! Version 1. The frame sends `{type: "principle-lens:ready", version: 1}` once,
//! `{type: "principle-lens:height", version: 1, height}` whenever its content's
//! height changes, and `{type: "principle-lens:error", version: 1, message}` for
//! a command it refuses. A host sends `{type: "principle-lens:show", version: 1,
//! speech, principles?}`. Nothing else is sent: no text, no selection, no data
//! of the reader's. With `host=<origin>` in the frame's URL, the frame talks to
//! that origin only and ignores every other; without it, it sends heights to
//! any parent (they say nothing of the reader) and accepts valid commands.

/// The protocol version this frame speaks.
pub const VERSION: u32 = 1;

/// A command from the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Show this speech with these principles (all when none are named).
    Show {
        /// Speech id.
        speech: String,
        /// Principle ids, in the host's order.
        principles: Option<Vec<String>>,
    },
}

/// A message's fields as the frame reads them, whatever its JavaScript shape.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Message {
    /// `type`, if a string.
    pub kind: Option<String>,
    /// `version`, if a number.
    pub version: Option<f64>,
    /// `speech`, if a string.
    pub speech: Option<String>,
    /// `principles`: `None` if absent, `Some(Err)` if not an array of strings.
    pub principles: Option<Result<Vec<String>, ()>>,
}

/// Checks a host's message against the protocol and the corpus.
///
/// `Ok(None)` is a message of someone else's protocol, which the frame ignores.
pub fn command(
    msg: &Message,
    speeches: &[String],
    principles: &[String],
) -> Result<Option<Command>, String> {
    let Some(kind) = msg
        .kind
        .as_deref()
        .filter(|k| k.starts_with("principle-lens:"))
    else {
        return Ok(None);
    };
    if msg.version != Some(f64::from(VERSION)) {
        // No number in the message: formatting an f64 would link the float
        // printer into the bundle.
        return Err(format!(
            "unsupported version; this frame speaks version {VERSION}"
        ));
    }
    if kind != "principle-lens:show" {
        return Err(format!(
            "unknown command \"{kind}\"; the one command is principle-lens:show"
        ));
    }
    let speech = msg
        .speech
        .clone()
        .ok_or("principle-lens:show needs a speech id")?;
    if !speeches.contains(&speech) {
        return Err(format!(
            "no speech \"{speech}\"; known: {}",
            speeches.join(", ")
        ));
    }
    let principles = match &msg.principles {
        None => None,
        Some(Err(())) => return Err("principles must be an array of principle ids".into()),
        Some(Ok(ids)) => {
            if let Some(bad) = ids.iter().find(|id| !principles.contains(id)) {
                return Err(format!("no principle \"{bad}\""));
            }
            Some(ids.clone())
        }
    };
    Ok(Some(Command::Show { speech, principles }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|x| x.to_string()).collect()
    }

    fn msg(
        kind: &str,
        version: f64,
        speech: Option<&str>,
        principles: Option<Result<Vec<String>, ()>>,
    ) -> Message {
        Message {
            kind: Some(kind.into()),
            version: Some(version),
            speech: speech.map(String::from),
            principles,
        }
    }

    #[test]
    fn valid_commands_and_every_refusal() {
        let (s, p) = (ids(&["a-1", "b-2"]), ids(&["x", "y"]));
        let show = |speech, principles| Ok(Some(Command::Show { speech, principles }));
        assert_eq!(
            command(&msg("principle-lens:show", 1.0, Some("a-1"), None), &s, &p),
            show("a-1".into(), None)
        );
        assert_eq!(
            command(
                &msg(
                    "principle-lens:show",
                    1.0,
                    Some("b-2"),
                    Some(Ok(ids(&["y"])))
                ),
                &s,
                &p
            ),
            show("b-2".into(), Some(ids(&["y"])))
        );
        assert_eq!(
            command(&Message::default(), &s, &p),
            Ok(None),
            "not ours: ignored"
        );
        assert_eq!(
            command(&msg("other:thing", 1.0, None, None), &s, &p),
            Ok(None)
        );
        for (m, why) in [
            (
                msg("principle-lens:show", 2.0, Some("a-1"), None),
                "unsupported version",
            ),
            (
                msg("principle-lens:jump", 1.0, Some("a-1"), None),
                "unknown command",
            ),
            (
                msg("principle-lens:show", 1.0, None, None),
                "needs a speech",
            ),
            (
                msg("principle-lens:show", 1.0, Some("zzz"), None),
                "no speech \"zzz\"",
            ),
            (
                msg("principle-lens:show", 1.0, Some("a-1"), Some(Err(()))),
                "must be an array",
            ),
            (
                msg(
                    "principle-lens:show",
                    1.0,
                    Some("a-1"),
                    Some(Ok(ids(&["x", "q"]))),
                ),
                "no principle \"q\"",
            ),
        ] {
            let err = command(&m, &s, &p).unwrap_err();
            assert!(err.contains(why), "{err}");
        }
    }
}
