//! The reader's workspace in the browser's IndexedDB: each text under its id
//! (its details as JSON and its words as UTF-8 bytes, so that a text of many
//! megabytes is copied, not escaped and re-encoded), the edited codebook
//! under `codebook`. Every write is one transaction, so a
//! write that fails (a full quota) leaves what was stored as it was.

use js_sys::Promise;
use lens_engine::codebook::Codebook;
use lens_engine::workspace::{UserText, Workspace};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "principle-lens";
const TEXTS: &str = "texts";
const SETTINGS: &str = "settings";
const CODEBOOK_KEY: &str = "codebook";
/// Set in `localStorage` while the workspace has anything in it, so that the
/// reader page (which has no workspace code) hands over to the one that does.
pub const ACTIVE_FLAG: &str = "principle-lens-workspace";

/// Why the store could not do what was asked, said for the reader.
pub fn describe(error: &JsValue, what: &str) -> String {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        format!("Your browser's storage for this site is full, so {what} was not saved. Delete texts you no longer need (export your workspace first to keep a copy), then try again. Nothing already stored was changed.")
    } else {
        let detail = error
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.message())
            .or_else(|| error.as_string())
            .unwrap_or_else(|| "the browser refused".into());
        format!("Your browser's storage did not accept {what} ({detail}). Nothing already stored was changed; try again, or export your workspace to keep a copy.")
    }
}

/// Waits for a request to succeed; its result.
async fn request(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |e: web_sys::Event| {
            let req: IdbRequest = e.target().expect("a request").unchecked_into();
            let _ = resolve.call1(&JsValue::NULL, &req.result().unwrap_or(JsValue::UNDEFINED));
        });
        let fail = Closure::once_into_js(move |e: web_sys::Event| {
            let req: IdbRequest = e.target().expect("a request").unchecked_into();
            let error = req
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Waits for a transaction to commit; its error if it aborts.
async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let tx_for_error = tx.clone();
        let fail = Closure::once_into_js(move || {
            let error = tx_for_error
                .error()
                .map_or(JsValue::from_str("the write was stopped"), JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(resolve.unchecked_ref()));
        tx.set_onabort(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// Opens (creating on first use) the database.
async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = gloo::utils::window()
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("this browser has no IndexedDB"))?;
    let req = factory.open_with_u32(DB, 1)?;
    let upgrade = Closure::once_into_js(move |e: web_sys::Event| {
        let req: IdbRequest = e.target().expect("a request").unchecked_into();
        let db: IdbDatabase = req.result().expect("the database").unchecked_into();
        for store in [TEXTS, SETTINGS] {
            if !db.object_store_names().contains(store) {
                let _ = db.create_object_store(store);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(request(&req).await?.unchecked_into())
}

/// A read-write transaction on both stores.
fn write(db: &IdbDatabase) -> Result<(IdbTransaction, IdbObjectStore, IdbObjectStore), JsValue> {
    let names = js_sys::Array::of2(&TEXTS.into(), &SETTINGS.into());
    let tx = db.transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)?;
    let texts = tx.object_store(TEXTS)?;
    let settings = tx.object_store(SETTINGS)?;
    Ok((tx, texts, settings))
}

/// Everything stored: the texts (oldest first) and the edited codebook.
/// Entries that no longer read are skipped and named in the second value.
pub async fn load() -> Result<(Workspace, Vec<String>), JsValue> {
    let db = open().await?;
    let (_tx, texts, settings) = write(&db)?;
    let values: js_sys::Array = request(&texts.get_all()?).await?.unchecked_into();
    let book = request(&settings.get(&CODEBOOK_KEY.into())?).await?;
    let mut workspace = Workspace::new();
    let mut unreadable = Vec::new();
    for value in values.iter() {
        match read_text(&value) {
            Ok(text) => workspace.texts.push(text),
            Err(e) => unreadable.push(format!("a stored text ({e})")),
        }
    }
    workspace.texts.sort_by_key(|t| t.added);
    if let Some(json) = book.as_string() {
        match Codebook::from_json(&json) {
            Ok(book) => workspace.codebook = Some(book),
            Err(e) => unreadable.push(format!("the stored codebook ({e})")),
        }
    }
    Ok((workspace, unreadable))
}

/// A text as stored: `[details as JSON, words as UTF-8 bytes]`.
fn text_record(text: &UserText) -> JsValue {
    let details = UserText {
        id: text.id.clone(),
        title: text.title.clone(),
        speaker: text.speaker.clone(),
        date: text.date.clone(),
        venue: text.venue.clone(),
        file: text.file.clone(),
        text: String::new(),
        added: text.added,
    };
    let json = serde_json::to_string(&details).expect("a text always serialises");
    let bytes = js_sys::Uint8Array::from(text.text.as_bytes());
    js_sys::Array::of2(&json.into(), &bytes).into()
}

/// A stored text, as [`text_record`] writes it or as one JSON string (how
/// earlier versions stored texts).
fn read_text(value: &JsValue) -> Result<UserText, String> {
    if let Some(json) = value.as_string() {
        return serde_json::from_str(&json).map_err(|e| e.to_string());
    }
    let record: &js_sys::Array = value.dyn_ref().ok_or("not a text record")?;
    let json = record.get(0).as_string().ok_or("no details")?;
    let mut text: UserText = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let bytes: js_sys::Uint8Array = record.get(1).dyn_into().map_err(|_| "no words")?;
    text.text = String::from_utf8(bytes.to_vec()).map_err(|e| e.to_string())?;
    Ok(text)
}

/// Stores `texts` (new or renamed) and, if given, the codebook (`Some(None)`:
/// back to the default), all in one transaction; ids in `delete` go.
pub async fn save(
    texts: &[UserText],
    delete: &[String],
    codebook: Option<Option<&Codebook>>,
) -> Result<(), JsValue> {
    let db = open().await?;
    let (tx, store, settings) = write(&db)?;
    for text in texts {
        store.put_with_key(&text_record(text), &text.id.as_str().into())?;
    }
    for id in delete {
        store.delete(&id.as_str().into())?;
    }
    match codebook {
        Some(Some(book)) => {
            let json = serde_json::to_string(book).expect("a codebook always serialises");
            settings.put_with_key(&json.into(), &CODEBOOK_KEY.into())?;
        }
        Some(None) => {
            settings.delete(&CODEBOOK_KEY.into())?;
        }
        None => {}
    }
    committed(&tx).await
}

/// Marks in `localStorage` whether the workspace has anything in it.
pub fn mark_active(active: bool) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = if active {
            storage.set_item(ACTIVE_FLAG, "1")
        } else {
            storage.remove_item(ACTIVE_FLAG)
        };
    }
}

/// Whether the workspace had anything in it when last saved.
pub fn is_active() -> bool {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(ACTIVE_FLAG).ok().flatten())
        .is_some()
}
