//! What the provider's configuration gives every resource: the root directory and
//! whether text is kept in state.

use std::sync::RwLock;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Registry;
use crate::artifact::Root;

/// State shared between the provider and its resources once configured.
#[derive(Debug)]
pub(crate) struct Shared {
    /// The root, and root_dir as configured (`.` when unset).
    root: RwLock<Option<(Root, String)>>,
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
            if let Some((root, _)) = guard.as_ref() {
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

    /// root_dir as configured: `.` when unset (or before configuration).
    pub(crate) fn root_config(&self) -> String {
        self.root
            .read()
            .ok()
            .and_then(|guard| guard.as_ref().map(|(_, text)| text.clone()))
            .unwrap_or_else(|| ".".to_string())
    }

    pub(crate) fn set_root(&self, root: Root, configured: &str) {
        if let Ok(mut guard) = self.root.write() {
            *guard = Some((root, configured.to_string()));
        }
    }
}
