//! "How reliable is this?": per principle, how often the highlights agree with
//! people who labelled 5,567 sentences by hand, from `lens eval` (the files in
//! `assets/eval/`, made by `scripts/train.sh` and checked fresh by
//! a test).

use crate::format::fixed;
use lens_engine::eval::Report;
use yew::prelude::*;

/// The four evaluations the page shows.
struct Figures {
    cv: Report,
    cv_bundled: Report,
    codebook: Report,
    codebook_bundled: Report,
}

fn figures() -> Figures {
    let read = |json: &str| -> Report {
        serde_json::from_str(json).expect("assets/eval is written by lens eval --json")
    };
    Figures {
        cv: read(include_str!("../../assets/eval/cv.json")),
        cv_bundled: read(include_str!("../../assets/eval/cv-bundled.json")),
        codebook: read(include_str!("../../assets/eval/codebook.json")),
        codebook_bundled: read(include_str!("../../assets/eval/codebook-bundled.json")),
    }
}

/// A rate as a two-decimal figure.
fn rate(x: f64) -> String {
    fixed(x, 2)
}

/// The reliability page.
#[function_component(ReliabilityPage)]
pub fn reliability_page() -> Html {
    let f = use_memo((), |_| figures());
    use_effect_with((), |_| {
        gloo::utils::document().set_title("How reliable is this? — Principle Lens")
    });
    let rows = f.cv.principles.iter().enumerate().map(|(i, p)| {
        let alone = &f.codebook.principles[i];
        let bundled = &f.cv_bundled.principles[i];
        html! {
            <tr data-principle={p.id.clone()}>
                <th scope="row"><code>{ &p.id }</code></th>
                <td>{ p.support }</td>
                <td class="num" data-figure="precision">{ rate(p.precision) }</td>
                <td class="num" data-figure="recall">{ rate(p.recall) }</td>
                <td class="num" data-figure="f1">{ rate(p.f1) }</td>
                <td class="num" data-figure="codebook-f1">{ rate(alone.f1) }</td>
                <td class="num" data-figure="bundled-f1">{ if bundled.support == 0 { "—".to_string() } else { rate(bundled.f1) } }</td>
            </tr>
        }
    });
    let summary = |label: &str, r: &Report, key: &str| {
        html! {
            <tr data-summary={key.to_string()}>
                <th scope="row">{ label }</th>
                <td>{ r.sentences }</td>
                <td class="num" data-figure="micro-precision">{ rate(r.micro_precision) }</td>
                <td class="num" data-figure="micro-recall">{ rate(r.micro_recall) }</td>
                <td class="num" data-figure="micro-f1">{ rate(r.micro_f1) }</td>
                <td class="num" data-figure="macro-f1">{ rate(r.macro_f1) }</td>
                <td class="num" data-figure="axis-accuracy">{ rate(r.axis_accuracy) }</td>
            </tr>
        }
    };
    html! {
        <main id="main" class="reliability">
            <h1>{ "How reliable is this?" }</h1>
            <p>{ "Every highlight comes from the codebook (cue phrases and rules you can read), from a classifier trained on sentences labelled by hand, or from both; the explanation panel says which. Below is how often each agrees with people: 5,567 sentences of 56 speeches (the 5 bundled ones and 51 UN General Debate speeches) labelled under the project's annotation guide. Two people labelling the same sentences agree at micro-F1 0.92: no tool can be expected to do better." }</p>
            <dl class="terms">
                <dt>{ "Precision" }</dt>
                <dd>{ "Of the sentences the tool marks with a principle, the share that people marked with it too." }</dd>
                <dt>{ "Recall" }</dt>
                <dd>{ "Of the sentences people marked with a principle, the share the tool marks." }</dd>
                <dt>{ "F1" }</dt>
                <dd>{ "One figure for both: their harmonic mean, from 0 to 1." }</dd>
                <dt>{ "Cross-validated" }</dt>
                <dd>{ "The classifier is scored only on speeches it was not trained on (5 folds, each speech in one), so the figures say how it does on a text it has never seen, such as yours." }</dd>
            </dl>
            <table class="figures" aria-describedby="reliability-caption">
                <caption id="reliability-caption">{ "Per principle: codebook and classifier, cross-validated on all 56 speeches; F1 of the codebook alone; F1 on the 5 bundled speeches (cross-validated)" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Principle" }</th>
                        <th scope="col">{ "Labelled sentences" }</th>
                        <th scope="col">{ "Precision" }</th>
                        <th scope="col">{ "Recall" }</th>
                        <th scope="col">{ "F1" }</th>
                        <th scope="col">{ "F1, codebook alone" }</th>
                        <th scope="col">{ "F1, bundled speeches" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            <table class="figures">
                <caption>{ "Overall: micro averages pool every sentence and principle; the macro average weighs each principle with at least 5 labelled sentences alike" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Lens, texts" }</th>
                        <th scope="col">{ "Sentences" }</th>
                        <th scope="col">{ "Micro precision" }</th>
                        <th scope="col">{ "Micro recall" }</th>
                        <th scope="col">{ "Micro-F1" }</th>
                        <th scope="col">{ "Macro-F1" }</th>
                        <th scope="col">{ "Axis accuracy" }</th>
                    </tr>
                </thead>
                <tbody>
                    { summary("Codebook and classifier, all 56 speeches (cross-validated)", &f.cv, "cv") }
                    { summary("Codebook alone, all 56 speeches", &f.codebook, "codebook") }
                    { summary("Codebook and classifier, 5 bundled speeches (cross-validated)", &f.cv_bundled, "cv-bundled") }
                    { summary("Codebook alone, 5 bundled speeches", &f.codebook_bundled, "codebook-bundled") }
                </tbody>
            </table>
            <p>{ "Where these figures are low, read the highlights as suggestions and check the explanation: a principle found by the classifier alone has no cue to show, only its confidence." }</p>
        </main>
    }
}
