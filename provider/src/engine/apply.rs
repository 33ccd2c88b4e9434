//! Writing and removing an artifact resource's files, under the ownership rules of
//! [`super::ownership`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use tfplug::{ApplyRequest, ApplyResponse, AttributePath, Diagnostic, Diagnostics, Value};

use super::ownership::{self, Owner, Removal};
use super::settings::{self, OnConflict, Settings};
use super::{ArtifactKind, ArtifactResource, Layout, with_attr};
use crate::artifact::{self, Root};

/// The text a path holds now, if it exists and differs from `text`.
fn differing_text(path: &Path, text: &str) -> Option<String> {
    artifact::read_text(path)
        .ok()
        .flatten()
        .filter(|existing| existing != text)
}

impl<K: ArtifactKind> ArtifactResource<K> {
    /// The diagnostic for a path that another resource claims or wrote in this run.
    pub(super) fn shared_path(path: &Path, other_type: &str) -> Diagnostic {
        Diagnostic::error(
            "Two resources write the same file",
            format!(
                "{} is also written by another {other_type} in this configuration. A file \
                 has one owner: give one of them another path{}.",
                path.display(),
                if K::TYPE_NAME == "devopsflow_k8s_app" {
                    " (`output_dir`, or a `name` of its own)"
                } else {
                    ""
                }
            ),
        )
        .at(AttributePath::attr(K::LOCATION_ATTRIBUTE))
    }

    /// For the plan: claims every rendered path for this resource, and checks the paths
    /// new to it against `on_conflict`. Errors for paths another resource claims or for
    /// `on_conflict = "error"`; warnings for `"warn"`; and a warning naming the files
    /// in state (imported) that this configuration does not render and leaves alone.
    pub(super) fn plan_checks(
        &self,
        request_config: &Value,
        prior: &Value,
        files: &BTreeMap<String, String>,
        settings: &Settings,
    ) -> Diagnostics {
        let mut diagnostics = Diagnostics::new();
        let Ok(root) = self.root() else {
            return diagnostics;
        };
        let owner = ownership::owner_of(request_config);
        let registry = self.shared.registry();
        let known = if self.root_moved(prior) {
            Vec::new()
        } else {
            Self::state_paths(prior)
        };
        for (relative, text) in files {
            let Ok(path) = root.resolve(relative) else {
                continue;
            };
            if let Err(other_type) = registry.claim(&path, &owner, K::TYPE_NAME) {
                diagnostics.push(Self::shared_path(&path, other_type));
                continue;
            }
            if known.contains(relative) || settings.on_conflict == OnConflict::Adopt {
                continue;
            }
            if differing_text(&path, text).is_some() {
                diagnostics.push(Self::conflict(&path, settings.on_conflict));
            }
        }
        if self.root_moved(prior) {
            return diagnostics;
        }
        let owned = ownership::owned(prior, Self::single_path(prior));
        let skipped: Vec<&String> = known
            .iter()
            .filter(|p| !files.contains_key(*p) && !owned.contains_key(*p))
            .collect();
        if !skipped.is_empty() {
            diagnostics.push(
                Diagnostic::warning(
                    "Files this resource did not write are left alone",
                    format!(
                        "The state records {} which this configuration does not render and \
                         this resource did not write (they were imported). They leave the \
                         state and stay on disk unchanged.",
                        skipped
                            .iter()
                            .map(|p| p.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .at(AttributePath::attr(K::LOCATION_ATTRIBUTE)),
            );
        }
        diagnostics
    }

    /// The diagnostic for a path holding a file this resource did not write.
    fn conflict(path: &Path, on_conflict: OnConflict) -> Diagnostic {
        let make = if on_conflict == OnConflict::Error {
            Diagnostic::error
        } else {
            Diagnostic::warning
        };
        let detail = if on_conflict == OnConflict::Error {
            format!(
                "{} already exists, this resource did not write it, and its text differs from \
                 what {} renders; with on_conflict = \"error\" nothing is written. Move it away, \
                 `terraform import` it, or set on_conflict = \"adopt\".",
                path.display(),
                K::TYPE_NAME
            )
        } else {
            format!(
                "{} already exists and differs from what {} renders; apply replaces it. To keep \
                 its text, move it away first; to adopt it, `terraform import` it (or set \
                 on_conflict = \"adopt\" to overwrite it without this warning; \"error\" refuses).",
                path.display(),
                K::TYPE_NAME
            )
        };
        let summary = if on_conflict == OnConflict::Error {
            "A file this resource did not write is in the way"
        } else {
            "Apply will overwrite an existing file"
        };
        make(summary, detail).at(AttributePath::attr(K::LOCATION_ATTRIBUTE))
    }

    /// Create and update: check every planned file, write them, then remove the prior
    /// ones not rendered now (only while they hold what this resource wrote).
    pub(super) fn apply(&self, request: ApplyRequest) -> ApplyResponse {
        let planned = request.planned_state;
        let prior = request.prior_state;
        let failed = |diagnostics| ApplyResponse::failed(prior.clone(), diagnostics);
        // The plan holds the text when it was known at plan time and is kept in state;
        // otherwise the configuration, wholly known now, is rendered again.
        let files = match Self::state_texts(&planned) {
            Some(files) => files,
            None => match self.check(&request.config) {
                Ok(files) => files,
                Err(diagnostics) => return failed(diagnostics),
            },
        };
        let settings = match settings::parse(&request.config) {
            Ok(settings) => settings,
            Err(diagnostics) => return failed(diagnostics),
        };
        let root = match self.root() {
            Ok(root) => root,
            Err(diagnostics) => return failed(diagnostics),
        };
        let prior_root = match self.state_root(&prior) {
            Ok(prior_root) => prior_root,
            Err(diagnostics) => return failed(diagnostics),
        };
        let moved = prior_root != root;
        let owner = ownership::owner_of(&request.config);
        let prior_paths: BTreeSet<String> = Self::state_paths(&prior).into_iter().collect();
        // After a change of root_dir nothing under the new root is the resource's yet.
        let known = if moved {
            BTreeSet::new()
        } else {
            prior_paths.clone()
        };
        let prior_owned = ownership::owned(&prior, Self::single_path(&prior));
        let mut diagnostics = Diagnostics::new();
        let mut targets = Vec::new();
        for (relative, text) in &files {
            match self.resolve(&root, relative) {
                Ok(path) => {
                    // Checked again under the path's lock when writing; checking first
                    // leaves every file alone when one of them is another resource's.
                    let registry = self.shared.registry();
                    if registry.writer(&path).is_some_and(|writer| writer != owner) {
                        diagnostics.push(Self::shared_path(&path, "resource"));
                    }
                    if !known.contains(relative)
                        && settings.on_conflict == OnConflict::Error
                        && differing_text(&path, text).is_some()
                    {
                        diagnostics.push(Self::conflict(&path, settings.on_conflict));
                    }
                    targets.push((relative, text, path));
                }
                Err(d) => diagnostics.extend(d),
            }
        }
        if diagnostics.has_errors() {
            return failed(diagnostics);
        }
        let prior_dirs = owned_dirs(&prior);
        let mut dirs = if moved {
            BTreeSet::new()
        } else {
            prior_dirs.clone()
        };
        let mut owned = BTreeMap::new();
        for (relative, text, path) in targets {
            let keep_existing = settings.scaffold && known.contains(relative) && path.exists();
            if keep_existing {
                if let Some(hash) = prior_owned.get(relative) {
                    owned.insert(relative.clone(), hash.clone());
                }
                continue;
            }
            match self.write_one(&root, &path, text, &owner, &settings) {
                Ok(created) => {
                    dirs.extend(created);
                    owned.insert(relative.clone(), artifact::sha256_hex(text));
                }
                Err(d) => diagnostics.push(d),
            }
        }
        if diagnostics.has_errors() {
            return failed(diagnostics);
        }
        if !settings.keep_on_destroy {
            // The files no longer rendered, and after a change of root_dir all the files
            // under the old root.
            let stale: BTreeSet<&String> = prior_paths.iter().chain(prior_owned.keys()).collect();
            for relative in stale {
                if moved || !files.contains_key(relative) {
                    diagnostics.extend(self.remove_file(
                        &prior_root,
                        relative,
                        prior_owned.get(relative),
                        &prior_dirs,
                    ));
                }
            }
        }
        dirs.retain(|dir| root.dir().join(dir).is_dir());
        for dir in &dirs {
            // The directories it created follow directory_permission, as its files do.
            if let Err(e) = devopsflow_fs::set_mode(&root.dir().join(dir), settings.dir_mode) {
                diagnostics.push(Diagnostic::warning(
                    "Cannot set a directory's mode",
                    format!("{}: {e}", root.dir().join(dir).display()),
                ));
            }
        }
        // A plan that knew the directories promised them; keep the promise.
        let dirs = match planned.get_attr("owned_dirs") {
            Some(Value::List(planned_dirs)) => Value::List(planned_dirs.clone()),
            Some(Value::Null) => Value::Null,
            _ => Value::List(dirs.into_iter().map(Value::String).collect()),
        };
        let state = Self::with_files(&planned, &files, self.shared.content_in_state());
        let state = with_attr(&state, "owned_dirs", dirs);
        let state = match planned.get_attr("written_root_dir") {
            Some(Value::Null) => state,
            _ => with_attr(
                &state,
                "written_root_dir",
                Value::String(self.shared.root_config()),
            ),
        };
        let owned = owned
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect();
        let owned = match planned.get_attr("owned_sha256") {
            Some(Value::Null) => Value::Null,
            _ => Value::Map(owned),
        };
        ApplyResponse {
            new_state: with_attr(&state, "owned_sha256", owned),
            private: Vec::new(),
            diagnostics,
        }
    }

    /// Writes one file under its path lock, unless another resource wrote it in this run.
    fn write_one(
        &self,
        root: &Root,
        path: &Path,
        text: &str,
        owner: &Owner,
        settings: &Settings,
    ) -> Result<Vec<String>, Diagnostic> {
        let registry = self.shared.registry();
        let lock = registry.lock(path);
        let _held = lock.hold();
        if registry.writer(path).is_some_and(|writer| writer != *owner) {
            return Err(Self::shared_path(path, "resource"));
        }
        if let (Some(dir), Some(name)) = (path.parent(), path.file_name()) {
            // Temporary files a killed apply left next to this file.
            let _ = devopsflow_fs::remove_stale_temps(dir, &name.to_string_lossy());
        }
        let options = devopsflow_fs::WriteOptions {
            mode: Some(settings.file_mode),
            dir_mode: Some(settings.dir_mode),
        };
        let created = missing_dirs(root, path);
        devopsflow_fs::write_atomically_with(path, text.as_bytes(), options).map_err(|e| {
            Diagnostic::error(
                "Cannot write artifact",
                format!("Writing {}: {e}", path.display()),
            )
        })?;
        registry.wrote(path, owner);
        Ok(created)
    }

    /// Removes one file of this resource if it still holds what the resource wrote;
    /// warns when it is left on disk for another reason than another write in this run.
    pub(super) fn remove_file(
        &self,
        root: &Root,
        relative: &str,
        owned_hash: Option<&String>,
        owned_dirs: &BTreeSet<String>,
    ) -> Diagnostics {
        let path = match self.resolve(root, relative) {
            Ok(path) => path,
            Err(d) => return d,
        };
        let registry = self.shared.registry();
        let why = match ownership::remove_if_owned(registry, &path, owned_hash.map(String::as_str))
        {
            Ok(Removal::Removed) => {
                remove_empty_parents(root, &path, owned_dirs);
                return Diagnostics::new();
            }
            Ok(Removal::WrittenInThisRun) => return Diagnostics::new(),
            Ok(Removal::Changed) => "its text changed since this resource wrote it",
            Ok(Removal::NotOwned) => "this resource did not write it (it was imported)",
            Err(e) => {
                return Diagnostic::error(
                    "Cannot delete artifact",
                    format!("Removing {}: {e}", path.display()),
                )
                .into();
            }
        };
        Diagnostic::warning(
            "File left on disk",
            format!("{} was not removed: {why}.", path.display()),
        )
        .into()
    }

    /// The planned `owned_sha256`: the hash of every rendered file, except (scaffold)
    /// files already written and still on disk, which keep the hash recorded. Null for a
    /// state written before ownership was recorded, while nothing changes.
    pub(super) fn planned_owned(
        &self,
        prior: &Value,
        files: &BTreeMap<String, String>,
        settings: &Settings,
    ) -> Value {
        let prior_owned = ownership::owned(prior, Self::single_path(prior));
        let known = if self.root_moved(prior) {
            Vec::new()
        } else {
            Self::state_paths(prior)
        };
        let root = self.root().ok();
        let mut owned = BTreeMap::new();
        for (relative, text) in files {
            let on_disk = root
                .as_ref()
                .and_then(|root| root.resolve(relative).ok())
                .is_some_and(|path| path.exists());
            if settings.scaffold && known.contains(relative) && on_disk {
                if let Some(hash) = prior_owned.get(relative) {
                    owned.insert(relative.clone(), hash.clone());
                }
            } else {
                owned.insert(relative.clone(), artifact::sha256_hex(text));
            }
        }
        let legacy = !prior.is_null() && prior.get_attr("owned_sha256").is_none_or(Value::is_null);
        if legacy && owned == prior_owned {
            return Value::Null;
        }
        Value::Map(
            owned
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect(),
        )
    }

    /// A scaffold state without the files no longer on disk (so they are written again).
    pub(super) fn without_missing(state: &Value, found: &BTreeMap<String, String>) -> Value {
        let mut state = state.clone();
        if let Some(path) = Self::single_path(&state) {
            if !found.contains_key(path) {
                state = super::with_texts(K::LAYOUT, &state, Value::Null);
            }
        }
        for name in [
            "files",
            "sensitive_files",
            "files_sha256",
            "extra_files",
            "extra_files_sha256",
        ] {
            if let Some(Value::Map(map)) = state.get_attr(name) {
                let kept = map
                    .iter()
                    .filter(|(k, _)| found.contains_key(*k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                state = with_attr(&state, name, Value::Map(kept));
            }
        }
        state
    }

    /// The root a state's files are under: the `written_root_dir` it records (relative
    /// to Terraform's working directory, as root_dir is), else (a state from before it
    /// was recorded, or none) the provider's root_dir.
    pub(super) fn state_root(&self, state: &Value) -> Result<Root, Diagnostics> {
        match super::string_attr(state, "written_root_dir") {
            Some(dir) => Root::new(dir).map_err(|e| {
                Diagnostic::error("Invalid written_root_dir", format!("{dir}: {e}")).into()
            }),
            None => self.root(),
        }
    }

    /// Whether the provider's root_dir is not the one a state's files are under.
    pub(super) fn root_moved(&self, state: &Value) -> bool {
        match (self.state_root(state), self.root()) {
            (Ok(old), Ok(new)) => old != new,
            _ => false,
        }
    }

    /// Delete: removes the files a state records, by the ownership rules.
    pub(super) fn delete_files(&self, state: &Value) -> Diagnostics {
        let settings = settings::parse(state).unwrap_or_default();
        if settings.keep_on_destroy {
            return Diagnostics::new();
        }
        let root = match self.state_root(state) {
            Ok(root) => root,
            Err(diagnostics) => return diagnostics,
        };
        let owned = ownership::owned(state, Self::single_path(state));
        let dirs = owned_dirs(state);
        let paths: BTreeSet<String> = Self::state_paths(state)
            .into_iter()
            .chain(owned.keys().cloned())
            .collect();
        let mut diagnostics = Diagnostics::new();
        for relative in paths {
            diagnostics.extend(self.remove_file(&root, &relative, owned.get(&relative), &dirs));
        }
        diagnostics
    }

    /// The path of a single-file state, for [`ownership::owned`].
    pub(super) fn single_path(state: &Value) -> Option<&str> {
        match K::LAYOUT {
            Layout::File => super::string_attr(state, "path"),
            Layout::Files => None,
        }
    }
}

/// The path of `dir` relative to the root, with `/` separators.
fn relative_dir(root: &Root, dir: &Path) -> Option<String> {
    let relative = dir.strip_prefix(root.dir()).ok()?;
    if relative.as_os_str().is_empty() {
        return None;
    }
    Some(
        relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
    )
}

/// The directories, relative to the root, that writing `path` will create.
fn missing_dirs(root: &Root, path: &Path) -> Vec<String> {
    path.ancestors()
        .skip(1)
        .take_while(|dir| !dir.exists())
        .filter_map(|dir| relative_dir(root, dir))
        .collect()
}

/// The directories a state records as created by the resource (none for states written
/// before they were recorded, and for imported ones).
pub(super) fn owned_dirs(state: &Value) -> BTreeSet<String> {
    match state.get_attr("owned_dirs") {
        Some(Value::List(dirs)) => dirs
            .iter()
            .filter_map(|d| d.as_str().map(str::to_string))
            .collect(),
        _ => BTreeSet::new(),
    }
}

/// Removes, from a removed file up, the directories the resource created that are now
/// empty. Stops at the first directory it did not create or that holds anything.
fn remove_empty_parents(root: &Root, path: &Path, owned_dirs: &BTreeSet<String>) {
    for dir in path.ancestors().skip(1) {
        let Some(relative) = relative_dir(root, dir) else {
            break;
        };
        // remove_dir fails (and the walk stops) when the directory is not empty.
        if !owned_dirs.contains(&relative) || std::fs::remove_dir(dir).is_err() {
            break;
        }
    }
}
