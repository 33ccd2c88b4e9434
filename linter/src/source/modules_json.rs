//! The module manifest `terraform init` (or `terraform get`) writes,
//! `.terraform/modules/modules.json`: where each module call of a root
//! module was downloaded, whatever its source (registry, git, HTTP).

use std::path::{Path, PathBuf};

use super::workspace::normalize;

/// One downloaded module call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The call names from the root, joined with `.` (`app.sg`).
    pub key: String,
    /// The call's `source` as Terraform recorded it.
    pub source: String,
    /// The version installed, for a registry module.
    pub version: Option<String>,
    /// The directory holding the module.
    pub dir: PathBuf,
}

#[derive(serde::Deserialize)]
struct Manifest {
    #[serde(rename = "Modules", default)]
    modules: Vec<Entry>,
}

#[derive(serde::Deserialize)]
struct Entry {
    #[serde(rename = "Key")]
    key: String,
    #[serde(rename = "Source", default)]
    source: String,
    #[serde(rename = "Version", default)]
    version: Option<String>,
    #[serde(rename = "Dir")]
    dir: String,
}

/// Where a manifest of a root module directory is.
#[must_use]
pub fn path_in(root: &Path) -> PathBuf {
    root.join(".terraform/modules/modules.json")
}

/// Reads the manifest of a root module directory; `Ok(None)` when there is
/// none. Directories are relative to the root, as Terraform writes them.
///
/// # Errors
/// A manifest that exists but is not one (the message says why).
pub fn read(root: &Path) -> Result<Option<Vec<ManifestEntry>>, String> {
    let path = path_in(root);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(None);
    };
    let manifest: Manifest = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a module manifest: {e}", path.display()))?;
    Ok(Some(
        manifest
            .modules
            .into_iter()
            .filter(|e| !e.key.is_empty())
            .map(|e| ManifestEntry {
                key: e.key,
                source: e.source,
                version: e.version.filter(|v| !v.is_empty()),
                dir: normalize(&root.join(e.dir)),
            })
            .collect(),
    ))
}

/// Whether a path lies inside a `.terraform` directory (a downloaded module)
/// or is a module of the registry pack.
#[must_use]
pub fn is_downloaded(path: &Path) -> bool {
    super::registry_pack::is_pack(path) || path.components().any(|c| c.as_os_str() == ".terraform")
}
