//! The bundled speeches, analysed once at start-up and shared by every view.

use lens_engine::codebook::{Codebook, Principle};
use lens_engine::corpus::{self, SpeechMeta};
use lens_engine::stats::TextStats;
use lens_engine::{Analysis, Lens};

/// One speech with everything the engine says of it.
pub struct SpeechData {
    /// Metadata from `corpus.json`.
    pub meta: SpeechMeta,
    /// The raw file, for "what cleaning removed".
    pub raw: &'static str,
    /// Cleaned, segmented, annotated.
    pub analysis: Analysis,
    /// Counts, densities, axis.
    pub stats: TextStats,
}

/// The lens and the analysed speeches.
pub struct CorpusData {
    /// The compiled codebook.
    pub lens: Lens,
    /// Speeches in corpus order (by date).
    pub speeches: Vec<SpeechData>,
}

impl CorpusData {
    /// Analyses the bundled speeches with the bundled codebook.
    pub fn load() -> CorpusData {
        let lens = Lens::new(Codebook::bundled());
        let n = lens.codebook().principles.len();
        let speeches = corpus::bundled()
            .into_iter()
            .map(|s| {
                let analysis = Analysis::new(s.raw, &s.meta.cleaning, &lens);
                let stats = TextStats::new(&analysis, n);
                SpeechData {
                    meta: s.meta,
                    raw: s.raw,
                    analysis,
                    stats,
                }
            })
            .collect();
        CorpusData { lens, speeches }
    }

    /// The codebook's principles.
    pub fn principles(&self) -> &[Principle] {
        &self.lens.codebook().principles
    }

    /// The principle ids, in codebook order.
    pub fn principle_ids(&self) -> Vec<String> {
        self.principles().iter().map(|p| p.id.clone()).collect()
    }

    /// The highest density (cues per 1,000 words) of any principle in any
    /// speech, at least 1: the top of every density scale.
    pub fn max_density(&self) -> f64 {
        self.speeches
            .iter()
            .flat_map(|s| s.stats.principles.iter().map(|c| c.per_1000_words))
            .fold(1.0, f64::max)
    }

    /// The speech with this id.
    pub fn speech(&self, id: &str) -> Option<&SpeechData> {
        self.speeches.iter().find(|s| s.meta.id == id)
    }
}

impl PartialEq for CorpusData {
    /// Loaded once and never changed: two handles are the same data.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
