//! Reusable behaviour, as hooks.

mod use_embed;
mod use_keydown;
mod use_near_viewport;
mod use_url_sync;

pub use use_embed::use_embed;
pub use use_keydown::use_keydown;
pub use use_near_viewport::use_near_viewport;
pub use use_url_sync::{current_fragment, use_url_sync};
