//! Real downloads, made in the page: text files, and charts as SVG or PNG.

use gloo::events::EventListener;
use gloo::utils::document;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Offers `content` as a file called `filename`.
pub fn text(filename: &str, mime: &str, content: &str) {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    save(&url, filename);
    // The download has its own reference by now; free ours a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

fn save(url: &str, filename: &str) {
    let Ok(anchor) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<HtmlAnchorElement>())
    else {
        return;
    };
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.click();
}

/// Offers an SVG document as `<stem>.png`, drawn at twice its `width` × `height`.
pub fn png(svg_document: &str, width: f64, height: f64, stem: &str) {
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let filename = format!("{stem}.png");
    let drawn = image.clone();
    EventListener::once(&image, "load", move |_| {
        let Some(canvas) = document()
            .create_element("canvas")
            .ok()
            .map(|c| c.unchecked_into::<HtmlCanvasElement>())
        else {
            return;
        };
        canvas.set_width((width * 2.0) as u32);
        canvas.set_height((height * 2.0) as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.scale(2.0, 2.0);
        let _ = context
            .draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, width, height);
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            save(&url, &filename);
        }
    })
    .forget();
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg_document)
    ));
}
