//! What the provider's configuration gives every resource: the root directory and
//! whether text is kept in state.

use std::sync::RwLock;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Registry;
use crate::artifact::Root;

/// State shared between the provider and its resources once configured.
#[derive(Debug)]
pub(crate) struct Shared {
    root: RwLock<Option<Root>>,
    /// Whether the files' text is kept in state (`content_in_state`).
    content_in_state: AtomicBool,
    /// The paths claimed and written in this provider process.
    registry: Registry,
}

impl Default for Shared {
    fn default() -> Self {
        Self {
            root: RwLock::new(None),
            content_in_state: AtomicBool::new(true),
            registry: Registry::default(),
        }
    }
}

impl Shared {
    /// The configured root directory, or the current directory before configuration.
    pub(crate) fn root(&self) -> std::io::Result<Root> {
        if let Ok(guard) = self.root.read() {
            if let Some(root) = guard.as_ref() {
                return Ok(root.clone());
            }
        }
        Root::new(".")
    }

    /// Whether resources keep the files' text in state (`content` / `files`), or only hashes.
    pub(crate) fn content_in_state(&self) -> bool {
        self.content_in_state.load(Ordering::Relaxed)
    }

    /// The paths claimed and written in this provider process.
    pub(crate) fn registry(&self) -> &Registry {
        &self.registry
    }

    pub(crate) fn set_content_in_state(&self, keep: bool) {
        self.content_in_state.store(keep, Ordering::Relaxed);
    }

    pub(crate) fn set_root(&self, root: Root) {
        if let Ok(mut guard) = self.root.write() {
            *guard = Some(root);
        }
    }
}
