//! Words for readers: dates, counts, axis positions, where a label comes from.

use lens_engine::annotate::Source;

/// `n` and the noun, in singular or plural.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Where a position from -1 (security) to +1 (development) leans, in words.
pub fn lean(position: Option<f64>) -> String {
    match position {
        None => "uses neither vocabulary".to_string(),
        Some(p) if p.abs() < 0.15 => format!("balanced ({})", signed(p, 2)),
        Some(p) if p < 0.0 => format!("leans to security ({})", signed(p, 2)),
        Some(p) => format!("leans to development ({})", signed(p, 2)),
    }
}

pub use lens_engine::export::fixed;

/// `n` with its thousands grouped by commas: 70000 → "70,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A chart coordinate: one decimal at most, without the float printer.
pub fn px(x: f64) -> String {
    let s = fixed(x, 1);
    s.strip_suffix(".0").map_or(s.clone(), str::to_string)
}

/// [`fixed`] with a `+` on positive numbers.
pub fn signed(x: f64, decimals: u32) -> String {
    let s = fixed(x, decimals);
    if s.starts_with('-') {
        s
    } else {
        format!("+{s}")
    }
}

/// Which evidence a principle's label rests on, with the classifier's
/// confidence when it ran: the explanation panel's words.
pub fn source_note(source: Source, score: Option<u16>) -> String {
    let confidence = |s: u16| format!("{}%", (u32::from(s) + 5) / 10);
    match (source, score) {
        (Source::Both, Some(s)) => format!(
            "Found by the codebook and by the classifier (confidence {}).",
            confidence(s)
        ),
        (Source::Model, Some(s)) => format!(
            "Found by the classifier alone (confidence {}); no cue or rule of the codebook fired.",
            confidence(s)
        ),
        (_, Some(s)) => format!(
            "Found by the codebook; the classifier alone would not mark it (confidence {}).",
            confidence(s)
        ),
        (_, None) => "Found by the codebook (the classifier covers only the built-in principles, and only where it ran).".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_is_within_one_unit_of_the_float_printer() {
        // The float printer rounds exact halves to even (1.25 → "1.2"); ours
        // rounds them away from zero, so one unit in the last place may differ.
        for x in [0.0, 0.004, 0.005, 1.25, -0.42, 12.345, -3.0, 99.999, 1e-9] {
            for d in 0..3 {
                let want = format!("{x:.*}", d as usize);
                let got = fixed(x, d);
                let close = (want.parse::<f64>().unwrap() - got.parse::<f64>().unwrap()).abs()
                    <= 10f64.powi(-(d as i32)) + 1e-9;
                assert!(close, "{x} {d}: {got} vs {want}");
            }
        }
        assert_eq!(fixed(-0.0001, 2), "0.00");
        assert_eq!(signed(0.42, 2), "+0.42");
        assert_eq!(signed(-0.42, 2), "-0.42");
    }

    #[test]
    fn thousands_are_grouped() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (70000, "70,000"),
            (1234567, "1,234,567"),
        ];
        for (n, want) in cases {
            assert_eq!(thousands(n), want);
        }
    }

    #[test]
    fn a_label_says_what_found_it() {
        assert_eq!(
            source_note(Source::Both, Some(874)),
            "Found by the codebook and by the classifier (confidence 87%)."
        );
        assert!(source_note(Source::Model, Some(996))
            .starts_with("Found by the classifier alone (confidence 100%)"));
        assert!(source_note(Source::Codebook, Some(42)).contains("confidence 4%"));
        assert!(source_note(Source::Codebook, None)
            .starts_with("Found by the codebook (the classifier covers"));
    }
}
