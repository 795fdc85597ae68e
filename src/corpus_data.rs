//! The speeches and the reader's own texts, analysed, with the codebook they
//! were analysed with: what every view shows.

use lens_engine::classify;
use lens_engine::codebook::{Codebook, Principle};
use lens_engine::corpus::{self, SpeechMeta};
use lens_engine::stats::TextStats;
use lens_engine::{Analysis, Lens};
use std::rc::Rc;

/// The classifier's labels of the bundled speeches (`lens annotate --format labels --corpus`).
const MODEL_LABELS: &str = include_str!("../assets/corpus/model-labels.txt");

/// One text with everything the engine says of it. Cheap to clone.
#[derive(Clone)]
pub struct SpeechData {
    /// Metadata: from `corpus.json`, or what the reader gave.
    pub meta: SpeechMeta,
    /// The raw text, for "what cleaning removed".
    pub raw: Rc<str>,
    /// Cleaned, segmented, annotated.
    pub analysis: Rc<Analysis>,
    /// Counts, densities, axis.
    pub stats: Rc<TextStats>,
    /// Added by the reader (not one of the bundled speeches).
    pub own: bool,
}

/// The lens and the analysed texts.
pub struct CorpusData {
    /// The compiled codebook.
    pub lens: Rc<Lens>,
    /// Bundled speeches in corpus order (by date), then the reader's texts.
    pub speeches: Vec<SpeechData>,
    /// For an edited codebook, how results name it ([`Codebook::provenance`]).
    pub edited: Option<String>,
}

impl CorpusData {
    /// Analyses the bundled speeches with the bundled codebook.
    pub fn load() -> CorpusData {
        let lens = Rc::new(Lens::new(Codebook::bundled()));
        CorpusData::new(lens.clone(), CorpusData::bundled(&lens))
    }

    /// The bundled speeches, analysed with `lens`, with the classifier's labels
    /// computed when the site was built (`assets/corpus/model-labels.txt`), so
    /// that the reader does not carry the classifier.
    pub fn bundled(lens: &Lens) -> Vec<SpeechData> {
        let n = lens.codebook().principles.len();
        corpus::bundled()
            .into_iter()
            .map(|s| {
                let mut analysis = Analysis::new(s.raw, &s.meta.cleaning, lens);
                // A test keeps the file fresh; should it ever not fit, the
                // speech keeps the codebook's labels alone.
                let sentences = analysis.sentences.len();
                if let Some(labels) =
                    classify::labels_from_text(MODEL_LABELS, &s.meta.id, sentences)
                {
                    classify::apply(&mut analysis, lens, &labels);
                }
                let stats = TextStats::new(&analysis, n);
                SpeechData {
                    meta: s.meta,
                    raw: Rc::from(s.raw),
                    analysis: Rc::new(analysis),
                    stats: Rc::new(stats),
                    own: false,
                }
            })
            .collect()
    }

    /// `speeches`, analysed with `lens`.
    pub fn new(lens: Rc<Lens>, speeches: Vec<SpeechData>) -> CorpusData {
        let book = lens.codebook();
        let edited = (*book != Codebook::bundled()).then(|| book.provenance());
        CorpusData {
            lens,
            speeches,
            edited,
        }
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
    /// Never changed once made: two handles are the same data.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
