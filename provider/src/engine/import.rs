//! `terraform import` of artifact files.
//!
//! The import ID is one path relative to `root_dir` (a file, or for resources with
//! several files a directory), a JSON list of such paths (`["a,b.yml","c.yml"]`, for
//! paths holding commas), or paths separated by commas. Imported files are recorded as
//! not written by the resource: nothing deletes them until an apply has written them.

use std::collections::BTreeMap;

use tfplug::{Diagnostic, Diagnostics, ImportedObject, Value};

use super::{ArtifactKind, ArtifactResource, Layout, empty_state, with_attr};
use crate::artifact::{self, Root};

/// How the import ID is written, for error messages.
const ID_HELP: &str = "The import ID is the artifact's path relative to root_dir; for resources \
                       with several files, their directory, their paths separated by commas, \
                       or a JSON list of paths (for paths holding commas).";

/// The parts of an import ID: a path that exists as it is, a JSON list, or a comma list.
fn id_parts(root: &Root, id: &str) -> Result<Vec<String>, Diagnostics> {
    let whole = id.trim();
    if whole.starts_with('[') {
        return serde_json::from_str::<Vec<String>>(whole)
            .map_err(|e| Diagnostic::error("Invalid import ID", format!("{e}. {ID_HELP}")).into());
    }
    if root.resolve(whole).is_ok_and(|path| path.exists()) {
        return Ok(vec![whole.to_string()]);
    }
    Ok(whole
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect())
}

impl<K: ArtifactKind> ArtifactResource<K> {
    /// The files an import ID names; a directory (multi-file layout) names its regular
    /// files that are not hidden.
    fn import_paths(&self, root: &Root, id: &str) -> Result<Vec<String>, Diagnostics> {
        let mut paths = Vec::new();
        for part in id_parts(root, id)? {
            let full = self.resolve(root, &part)?;
            if K::LAYOUT == Layout::Files && full.is_dir() {
                let mut names: Vec<String> = std::fs::read_dir(&full)
                    .map_err(|e| {
                        Diagnostics::from(Diagnostic::error(
                            "Cannot read directory",
                            format!("{}: {e}", full.display()),
                        ))
                    })?
                    .filter_map(Result::ok)
                    .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .filter(|name| !name.starts_with('.'))
                    .collect();
                names.sort();
                let dir = part.trim_end_matches('/');
                paths.extend(names.into_iter().map(|name| format!("{dir}/{name}")));
            } else {
                paths.push(part);
            }
        }
        if paths.is_empty() {
            return Err(Diagnostic::error("Invalid import ID", ID_HELP).into());
        }
        if K::LAYOUT == Layout::File && paths.len() > 1 {
            return Err(Diagnostic::error(
                "Invalid import ID",
                format!("{} writes one file; give its single path.", K::TYPE_NAME),
            )
            .into());
        }
        Ok(paths)
    }

    /// Reads the files an import ID names into a state that owns none of them.
    pub(super) fn import_files(&self, id: &str) -> Result<ImportedObject, Diagnostics> {
        let root = self.root()?;
        let mut files = BTreeMap::new();
        for relative in self.import_paths(&root, id)? {
            let path = self.resolve(&root, &relative)?;
            match artifact::read_text(&path) {
                Ok(Some(text)) => {
                    files.insert(relative, text);
                }
                Ok(None) => {
                    return Err(Diagnostic::error(
                        "Cannot import a missing file",
                        format!("No file at {}. {ID_HELP}", path.display()),
                    )
                    .into());
                }
                Err(e) => {
                    return Err(Diagnostic::error(
                        "Cannot read artifact",
                        format!("{}: {e}", path.display()),
                    )
                    .into());
                }
            }
        }
        let mut stub = empty_state(&K::inputs());
        if K::LAYOUT == Layout::File {
            let path = files.keys().next().cloned().unwrap_or_default();
            stub = with_attr(&stub, "path", Value::String(path));
        }
        let state = Self::with_files(&stub, &files, self.shared.content_in_state());
        let state = with_attr(&state, "owned_sha256", Value::Map(BTreeMap::new()));
        let state = with_attr(
            &state,
            "written_root_dir",
            Value::String(self.shared.root_config()),
        );
        Ok(ImportedObject {
            state: with_attr(&state, "owned_dirs", Value::List(Vec::new())),
            private: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_path_a_json_list_or_a_comma_list() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = Root::new(dir.path()).expect("root");
        std::fs::write(dir.path().join("a,b.yml"), "x").expect("write");
        assert_eq!(
            id_parts(&root, "a,b.yml").ok(),
            Some(vec!["a,b.yml".into()])
        );
        assert_eq!(
            id_parts(&root, r#"["a,b.yml", "c.yml"]"#).ok(),
            Some(vec!["a,b.yml".into(), "c.yml".into()])
        );
        assert_eq!(
            id_parts(&root, "c.yml, d.yml").ok(),
            Some(vec!["c.yml".into(), "d.yml".into()])
        );
        assert!(id_parts(&root, "[1]").is_err());
    }
}
