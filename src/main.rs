//! The reader entry point (`index.html`). A reader with a workspace (their
//! own texts or codebook) goes on to `explore.html`, which has it, at the same
//! view; an embedded reader shows the bundled speeches as it always does.

fn main() {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    if principle_lens::store::is_active() && !hash.contains("embed=1") {
        let _ = location.replace(&format!("explore.html{hash}"));
        return;
    }
    yew::Renderer::<principle_lens::app::App>::new().render();
}
