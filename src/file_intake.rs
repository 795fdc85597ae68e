//! Files the reader chooses or drops, read in the page and checked by the
//! engine before anything is kept: too large, binary, empty or not UTF-8 gets
//! a message naming the file; HTML is reduced to its text.

use gloo::file::callbacks::{read_as_bytes, FileReader};
use lens_engine::input::{document, InputError};
use lens_engine::workspace::{WorkspaceError, MAX_TEXT_BYTES};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A file's text, or why it cannot be used.
pub type Intake = Result<String, String>;

/// Checks a file's bytes as a text to add.
pub fn check(name: &str, bytes: &[u8]) -> Intake {
    let fail = |error| {
        WorkspaceError::Input {
            file: name.to_string(),
            error,
        }
        .to_string()
    };
    document(name, bytes, MAX_TEXT_BYTES).map_err(fail)
}

/// Reads the file chosen in the `<input type=file>` that fired `change`, and
/// clears the input so that choosing the same file again reads it again.
pub fn read_chosen(change: &web_sys::Event, done: Rc<dyn Fn(String, Intake)>) {
    let input: web_sys::HtmlInputElement = change
        .target()
        .expect("a change event has a target")
        .unchecked_into();
    let Some(file) = input.files().and_then(|l| l.get(0)) else {
        return;
    };
    input.set_value("");
    read(vec![file], done);
}

/// Reads `files` one by one, calling `done` with each file's name and intake.
/// A file over the limit is refused by its size, without being read.
pub fn read(files: Vec<web_sys::File>, done: Rc<dyn Fn(String, Intake)>) {
    let readers: Rc<RefCell<Vec<FileReader>>> = Rc::default();
    for file in files {
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_TEXT_BYTES {
            let error = InputError::TooLarge {
                size,
                limit: MAX_TEXT_BYTES,
            };
            let message = WorkspaceError::Input {
                file: name.clone(),
                error,
            };
            done(name, Err(message.to_string()));
            continue;
        }
        let done = done.clone();
        let keep = readers.clone();
        let reader = read_as_bytes(&gloo::file::File::from(file), move |bytes| {
            let intake = match bytes {
                Ok(bytes) => check(&name, &bytes),
                Err(e) => Err(format!(
                    "“{name}” could not be read ({e}); try choosing it again."
                )),
            };
            done(name, intake);
            // Free the reader once its own callback has returned.
            gloo::timers::callback::Timeout::new(0, move || drop(keep)).forget();
        });
        readers.borrow_mut().push(reader);
    }
}
