//! Which part of a long text the reader keeps on the page: a window of
//! consecutive chunks of paragraphs that grows towards where the reader
//! scrolls and moves to wherever they jump, so that a text of any length
//! keeps a page of bounded size.

use std::ops::Range;
use std::rc::Rc;
use yew::Reducible;

/// Paragraphs per chunk: one chunk renders well within a frame.
pub const CHUNK: usize = 60;

/// The most chunks kept on the page at once; growing past it drops a chunk
/// from the other end.
pub const MAX_CHUNKS: usize = 8;

/// The chunks on the page: `start..end`, out of `chunks` in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadingWindow {
    /// First chunk on the page.
    pub start: usize,
    /// One past the last chunk on the page.
    pub end: usize,
    /// Chunks in the whole text (at least one).
    pub chunks: usize,
}

/// A change to the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// One more chunk before the window (`true`) or after it (`false`).
    Grow {
        /// Whether to grow towards the beginning of the text.
        back: bool,
    },
    /// Bring paragraph `n` onto the page.
    Include(usize),
}

impl ReadingWindow {
    /// The window of a text of `paragraphs` paragraphs that shows only the
    /// chunk holding paragraph `paragraph`.
    pub fn around(paragraph: usize, paragraphs: usize) -> Self {
        let chunks = paragraphs.div_ceil(CHUNK).max(1);
        let start = (paragraph / CHUNK).min(chunks - 1);
        Self {
            start,
            end: start + 1,
            chunks,
        }
    }

    /// The paragraphs of chunk `chunk`, for a text of `paragraphs` paragraphs.
    pub fn paragraphs(chunk: usize, paragraphs: usize) -> Range<usize> {
        chunk * CHUNK..((chunk + 1) * CHUNK).min(paragraphs)
    }

    /// Whether there is text before the window.
    pub fn more_before(&self) -> bool {
        self.start > 0
    }

    /// Whether there is text after the window.
    pub fn more_after(&self) -> bool {
        self.end < self.chunks
    }

    /// The window after `change`.
    pub fn moved(self, change: Move) -> Self {
        match change {
            Move::Grow { back: true } if self.more_before() => self.grown(true),
            Move::Grow { back: false } if self.more_after() => self.grown(false),
            Move::Grow { .. } => self,
            Move::Include(paragraph) => {
                let chunk = (paragraph / CHUNK).min(self.chunks - 1);
                if (self.start..self.end).contains(&chunk) {
                    self
                } else if chunk + 1 == self.start {
                    self.grown(true)
                } else if chunk == self.end {
                    self.grown(false)
                } else {
                    Self {
                        start: chunk,
                        end: chunk + 1,
                        ..self
                    }
                }
            }
        }
    }

    /// One chunk more at one end, and one fewer at the other if the window
    /// would be too long.
    fn grown(self, back: bool) -> Self {
        let (mut start, mut end) = if back {
            (self.start - 1, self.end)
        } else {
            (self.start, self.end + 1)
        };
        if end - start > MAX_CHUNKS {
            if back {
                end -= 1;
            } else {
                start += 1;
            }
        }
        Self { start, end, ..self }
    }
}

impl Reducible for ReadingWindow {
    type Action = Move;

    fn reduce(self: Rc<Self>, action: Move) -> Rc<Self> {
        let next = self.moved(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_one_whole_chunk() {
        let w = ReadingWindow::around(0, 12);
        assert_eq!((w.start, w.end, w.chunks), (0, 1, 1));
        assert!(!w.more_before() && !w.more_after());
        assert_eq!(w.moved(Move::Grow { back: false }), w);
        assert_eq!(ReadingWindow::around(0, 0).chunks, 1);
        assert_eq!(ReadingWindow::paragraphs(0, 12), 0..12);
    }

    #[test]
    fn growing_keeps_the_window_bounded() {
        let mut w = ReadingWindow::around(0, 100 * CHUNK);
        for _ in 0..20 {
            w = w.moved(Move::Grow { back: false });
        }
        assert_eq!((w.start, w.end), (21 - MAX_CHUNKS, 21));
        for _ in 0..30 {
            w = w.moved(Move::Grow { back: true });
        }
        assert_eq!((w.start, w.end), (0, MAX_CHUNKS));
    }

    #[test]
    fn including_extends_next_door_and_jumps_afar() {
        let w = ReadingWindow::around(5 * CHUNK, 10 * CHUNK + 3);
        assert_eq!((w.start, w.end, w.chunks), (5, 6, 11));
        assert_eq!(w.moved(Move::Include(5 * CHUNK + 7)), w);
        let next = w.moved(Move::Include(6 * CHUNK));
        assert_eq!((next.start, next.end), (5, 7));
        let before = w.moved(Move::Include(4 * CHUNK + 59));
        assert_eq!((before.start, before.end), (4, 6));
        let far = w.moved(Move::Include(10 * CHUNK + 2));
        assert_eq!((far.start, far.end), (10, 11));
        assert!(!far.more_after() && far.more_before());
        assert_eq!(ReadingWindow::paragraphs(10, 10 * CHUNK + 3), 600..603);
    }
}
