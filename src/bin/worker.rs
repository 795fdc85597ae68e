//! The analysis worker's entry point (see `analysis_worker`).

use gloo::worker::Registrable;

fn main() {
    principle_lens::analysis_worker::AnalysisWorker::registrar().register();
}
