//! Words: maximal runs of letters and digits, with apostrophes and hyphens
//! allowed between them ("countries’", "non-discriminatory" are one word each).

use std::ops::Range;

/// Whether `c` is part of a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// An iterator over the byte spans of the words of a text.
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

/// The words of `text`, as byte spans.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        // Skip to the next word character (ASCII fast path).
        loop {
            if i >= bytes.len() {
                self.pos = i;
                return None;
            }
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
            } else {
                let c = self.text[i..].chars().next()?;
                if c.is_alphanumeric() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        let start = i;
        let mut end = i;
        let mut chars = self.text[i..].char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            if is_word_char(c) {
                end = start + off + c.len_utf8();
            } else if is_joiner(c) && chars.peek().is_some_and(|&(_, n)| is_word_char(n)) {
                continue;
            } else {
                break;
            }
        }
        self.pos = end;
        Some(start..end)
    }
}

/// How many words `text` has.
pub fn count_words(text: &str) -> usize {
    words(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_and_hyphens_join_words() {
        let t = "The world’s non-discriminatory 2030 Agenda — now.";
        let w: Vec<&str> = words(t).map(|s| &t[s]).collect();
        assert_eq!(
            w,
            [
                "The",
                "world’s",
                "non-discriminatory",
                "2030",
                "Agenda",
                "now"
            ]
        );
    }
}
