//! The artifact lifecycle every file-rendering resource shares.
//!
//! A resource that renders files implements [`ArtifactKind`]: its input schema and a
//! `render` function. [`ArtifactResource`] gives it the rest: rendering at plan time,
//! path checks against `root_dir`, atomic writes, drift detection on refresh, import,
//! and deletion of exactly the files written.
//!
//! Two layouts exist:
//! - [`Layout::File`]: one file at the `path` attribute; computed `content`. A new `path`
//!   replaces the resource. A kind with [`ArtifactKind::EXTRA_FILES`] may write more files
//!   beside it (computed `extra_files` and `extra_files_sha256`), which are written, read
//!   back and removed with it, as the files of [`Layout::Files`] are.
//! - [`Layout::Files`]: several files (computed `files`, a map of path to text, paths
//!   relative to `root_dir`). A change of the file set is an in-place update that writes
//!   the new files and removes the ones no longer rendered.

mod apply;
pub(crate) mod data_source;
mod import;
mod ownership;
mod settings;
mod shared;

pub(crate) use ownership::Registry;
pub(crate) use shared::Shared;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use tfplug::{
    ApplyRequest, ApplyResponse, Attribute, AttributePath, Block, Context, Diagnostic, Diagnostics,
    ImportedObject, Nesting, PlanRequest, PlanResponse, ReadRequest, ReadResponse, Resource,
    Schema, Type, Value,
};

use crate::artifact::{self, Root};

/// How a resource's files appear in its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// One file: `path` (input) and `content` (computed).
    File,
    /// Several files: `files` (computed map of path to text).
    Files,
}

/// What a file-rendering resource supplies.
pub(crate) trait ArtifactKind: Send + Sync + 'static {
    /// The resource type name.
    const TYPE_NAME: &'static str;
    /// The Markdown description of the resource.
    const DESCRIPTION: &'static str;
    /// Its layout.
    const LAYOUT: Layout;
    /// The attribute whose problems a bad output location is reported on.
    const LOCATION_ATTRIBUTE: &'static str;
    /// For a [`Layout::File`] kind that may render files besides its `path`: what they
    /// are (Markdown, the start of the descriptions of `extra_files` and
    /// `extra_files_sha256`). `None` for the others.
    const EXTRA_FILES: Option<&'static str> = None;

    /// The input attributes and blocks (the engine adds `id`, `sha256` and `content` or `files`).
    fn inputs() -> Block;

    /// Renders a wholly known configuration: `(path relative to root_dir, text)` pairs.
    /// Errors carry attribute paths.
    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics>;

    /// Computed attributes the kind derives from its configuration for other resources
    /// to reference (`devopsflow_k8s_app.x.deploy_target`); none by default.
    fn outputs() -> Vec<Attribute> {
        Vec::new()
    }

    /// The values of [`Self::outputs`] for a wholly known configuration that renders;
    /// planned unknown while the configuration is not wholly known.
    fn output_values(_config: &Value) -> Vec<(&'static str, Value)> {
        Vec::new()
    }
}

/// The file-rendering resource built from an [`ArtifactKind`].
pub(crate) struct ArtifactResource<K> {
    shared: Arc<Shared>,
    _kind: std::marker::PhantomData<fn() -> K>,
}

/// A string attribute of an object value.
fn string_attr<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    value.get_attr(name).and_then(Value::as_str)
}

/// Sets attribute `name` of an object value.
fn with_attr(value: &Value, name: &str, new: Value) -> Value {
    let mut fields = match value {
        Value::Object(fields) => fields.clone(),
        _ => BTreeMap::new(),
    };
    fields.insert(name.to_string(), new);
    Value::Object(fields)
}

/// A state with every attribute null and every repeated block empty.
fn empty_state(block: &Block) -> Value {
    let mut fields = BTreeMap::new();
    for attribute in &block.attributes {
        fields.insert(attribute.name.clone(), Value::Null);
    }
    for nested in &block.blocks {
        let empty = match nested.nesting {
            Nesting::List => Value::List(Vec::new()),
            Nesting::Set => Value::Set(Vec::new()),
            Nesting::Map => Value::Map(BTreeMap::new()),
            Nesting::Single => Value::Null,
            Nesting::Group => empty_state(&nested.block),
        };
        fields.insert(nested.type_name.clone(), empty);
    }
    Value::Object(fields)
}

/// Whether a configuration or state asks for its text to be kept out of sight
/// (`sensitive = true`).
pub(crate) fn is_sensitive(value: &Value) -> bool {
    matches!(value.get_attr("sensitive"), Some(Value::Bool(true)))
}

/// The attribute that holds the text of a layout: `content`/`files`, or their
/// schema-sensitive twins when [`is_sensitive`].
pub(crate) fn text_attribute(layout: Layout, value: &Value) -> &'static str {
    match (layout, is_sensitive(value)) {
        (Layout::File, false) => "content",
        (Layout::File, true) => "sensitive_content",
        (Layout::Files, false) => "files",
        (Layout::Files, true) => "sensitive_files",
    }
}

/// Sets both text attributes of a layout (plain and sensitive) to `text`.
pub(crate) fn with_texts(layout: Layout, value: &Value, text: Value) -> Value {
    let names = match layout {
        Layout::File => ["content", "sensitive_content"],
        Layout::Files => ["files", "sensitive_files"],
    };
    names.iter().fold(value.clone(), |value, name| {
        with_attr(&value, name, text.clone())
    })
}

/// The paths of the extra files a [`Layout::File`] state records.
fn extra_paths(state: &Value) -> Vec<String> {
    map_keys(state, &["extra_files_sha256", "extra_files"])
}

/// The keys of the map attributes `names` of a state, sorted, without repeats.
fn map_keys(state: &Value, names: &[&str]) -> Vec<String> {
    let mut paths: Vec<String> = names
        .iter()
        .filter_map(|name| state.get_attr(name).and_then(Value::as_map))
        .flat_map(|files| files.keys().cloned())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// The hash recorded for a set of files: SHA-256 of each path and text in path order.
fn files_sha256(files: &BTreeMap<String, String>) -> String {
    if let [(_, text)] = files.iter().collect::<Vec<_>>().as_slice() {
        return artifact::sha256_hex(text);
    }
    let mut all = String::new();
    for (path, text) in files {
        all.push_str(path);
        all.push('\0');
        all.push_str(text);
        all.push('\0');
    }
    artifact::sha256_hex(&all)
}

impl<K: ArtifactKind> ArtifactResource<K> {
    pub(crate) fn new(shared: Arc<Shared>) -> Self {
        Self {
            shared,
            _kind: std::marker::PhantomData,
        }
    }

    fn root(&self) -> Result<Root, Diagnostics> {
        self.shared
            .root()
            .map_err(|e| Diagnostic::error("Cannot determine root_dir", e.to_string()).into())
    }

    /// Resolves an artifact path against the root, with a diagnostic on the location attribute.
    fn resolve(&self, root: &Root, relative: &str) -> Result<PathBuf, Diagnostics> {
        root.resolve(relative).map_err(|e| {
            Diagnostic::error(
                "Invalid artifact path",
                format!("{e} (root_dir is {}).", root.dir().display()),
            )
            .at(AttributePath::attr(K::LOCATION_ATTRIBUTE))
            .into()
        })
    }

    /// The files whose text a state records, if it records the text of all of them
    /// (not when `content_in_state` is off, nor when the text is still unknown).
    fn state_texts(state: &Value) -> Option<BTreeMap<String, String>> {
        match K::LAYOUT {
            Layout::File => {
                let path = string_attr(state, "path")?;
                let text = string_attr(state, text_attribute(K::LAYOUT, state))?;
                let mut files: BTreeMap<String, String> =
                    [(path.to_string(), text.to_string())].into();
                let texts = state.get_attr("extra_files").and_then(Value::as_map);
                for extra in extra_paths(state) {
                    let text = texts?.get(&extra)?.as_str()?;
                    files.insert(extra, text.to_string());
                }
                Some(files)
            }
            Layout::Files => state
                .get_attr(text_attribute(K::LAYOUT, state))
                .and_then(Value::as_map)
                .and_then(|files| {
                    files
                        .iter()
                        .map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                        .collect()
                }),
        }
    }

    /// The paths a state refers to, even where the text is unknown or not kept.
    fn state_paths(state: &Value) -> Vec<String> {
        match K::LAYOUT {
            Layout::File => {
                let mut paths: Vec<String> = string_attr(state, "path")
                    .map(str::to_string)
                    .into_iter()
                    .chain(extra_paths(state))
                    .collect();
                paths.sort();
                paths.dedup();
                paths
            }
            Layout::Files => map_keys(state, &["files_sha256", "files", "sensitive_files"]),
        }
    }

    /// Records files in a state: their hashes and id, and their text when `keep_text`
    /// (`content_in_state`), else null. The text goes to the attribute the state's
    /// `sensitive` chooses; the other one is null.
    fn with_files(state: &Value, files: &BTreeMap<String, String>, keep_text: bool) -> Value {
        let state = with_attr(state, "sha256", Value::String(files_sha256(files)));
        let state = with_texts(K::LAYOUT, &state, Value::Null);
        match K::LAYOUT {
            Layout::File => {
                let path = state.get_attr("path").cloned().unwrap_or(Value::Null);
                let main = path.as_str().and_then(|path| files.get(path));
                let text = match main {
                    Some(text) if keep_text => Value::String(text.clone()),
                    _ => Value::Null,
                };
                let mut state = with_attr(&state, text_attribute(K::LAYOUT, &state), text);
                if K::EXTRA_FILES.is_some() {
                    let extras: BTreeMap<&String, &String> = files
                        .iter()
                        .filter(|(relative, _)| Some(relative.as_str()) != path.as_str())
                        .collect();
                    let map = |value: &dyn Fn(&String) -> String| {
                        if extras.is_empty() {
                            return Value::Null;
                        }
                        Value::Map(
                            extras
                                .iter()
                                .map(|(k, v)| ((*k).clone(), Value::String(value(v))))
                                .collect(),
                        )
                    };
                    let texts = if keep_text && !is_sensitive(&state) {
                        map(&|text| text.clone())
                    } else {
                        Value::Null
                    };
                    state = with_attr(&state, "extra_files", texts);
                    state = with_attr(
                        &state,
                        "extra_files_sha256",
                        map(&|text| artifact::sha256_hex(text)),
                    );
                }
                with_attr(&state, "id", path)
            }
            Layout::Files => {
                let texts = if keep_text {
                    Value::Map(
                        files
                            .iter()
                            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                            .collect(),
                    )
                } else {
                    Value::Null
                };
                let hashes = files
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::String(artifact::sha256_hex(v))))
                    .collect();
                let id = files.keys().cloned().collect::<Vec<_>>().join(",");
                let state = with_attr(&state, text_attribute(K::LAYOUT, &state), texts);
                let state = with_attr(&state, "files_sha256", Value::Map(hashes));
                with_attr(&state, "id", Value::String(id))
            }
        }
    }

    /// Checks a wholly known configuration and renders it; paths are checked against root_dir.
    fn check(&self, config: &Value) -> Result<BTreeMap<String, String>, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        let root = self.root()?;
        if K::LAYOUT == Layout::File {
            if let Some(path) = string_attr(config, "path") {
                if let Err(d) = self.resolve(&root, path) {
                    diagnostics.extend(d);
                }
            }
        }
        let rendered = match K::render(config) {
            Ok(files) => files,
            Err(d) => {
                diagnostics.extend(d);
                return Err(diagnostics);
            }
        };
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        let scaffold = settings::parse(config).is_ok_and(|s| s.scaffold);
        let mut files = BTreeMap::new();
        for (path, text) in rendered {
            if let Err(d) = self.resolve(&root, &path) {
                diagnostics.extend(d);
            }
            let text = if scaffold {
                text.replacen(MANAGED_NOTE, SCAFFOLD_NOTE, 1)
            } else {
                text
            };
            files.insert(path, text);
        }
        if diagnostics.has_errors() {
            Err(diagnostics)
        } else {
            Ok(files)
        }
    }

    /// Runs [`Self::apply`] on tokio's blocking pool: it waits for fsync, and the server's
    /// few worker threads must stay free for the other calls Terraform makes meanwhile (it
    /// applies up to 10 resources at once).
    async fn apply_off_runtime(&self, request: ApplyRequest) -> ApplyResponse {
        let worker = Self::new(Arc::clone(&self.shared));
        let prior = request.prior_state.clone();
        match tokio::task::spawn_blocking(move || worker.apply(request)).await {
            Ok(response) => response,
            Err(e) => ApplyResponse::failed(
                prior,
                Diagnostic::error(
                    "Cannot write artifact",
                    format!("The task writing the files failed: {e}"),
                )
                .into(),
            ),
        }
    }
}

#[tfplug::async_trait]
impl<K: ArtifactKind> Resource for ArtifactResource<K> {
    fn type_name(&self) -> &'static str {
        K::TYPE_NAME
    }

    fn schema(&self) -> Schema {
        let mut block = K::inputs().description(K::DESCRIPTION);
        let (id_doc, outputs) = match K::LAYOUT {
            Layout::File => (
                "The artifact's path, relative to the provider's `root_dir`.",
                vec![
                    Attribute::computed("content", Type::String).description(
                        "The file's text, rendered at plan time so `terraform plan` shows it; \
                         after a refresh, the text found on disk. Null when the provider's \
                         `content_in_state` is `false`, or when `sensitive` is `true` (the \
                         text is then in `sensitive_content`).",
                    ),
                    Attribute::computed("sensitive_content", Type::String)
                        .sensitive()
                        .description(
                            "The file's text when `sensitive` is `true` (else null), as \
                             `content` would hold it; Terraform shows it as `(sensitive \
                             value)` in plans, `terraform show` and outputs.",
                        ),
                ],
            ),
            Layout::Files => (
                "The paths of the files written, relative to `root_dir`, separated by commas.",
                vec![
                    Attribute::computed("files", Type::Map(Box::new(Type::String))).description(
                        "Every file written: path relative to the provider's `root_dir` => \
                         text. Rendered at plan time so `terraform plan` shows it; after a \
                         refresh, the text found on disk. Null when the provider's \
                         `content_in_state` is `false`, or when `sensitive` is `true` (the \
                         text is then in `sensitive_files`).",
                    ),
                    Attribute::computed("sensitive_files", Type::Map(Box::new(Type::String)))
                        .sensitive()
                        .description(
                            "Every file written, as `files` would hold it, when `sensitive` is \
                             `true` (else null); Terraform shows it as `(sensitive value)` in \
                             plans, `terraform show` and outputs. The paths stay visible in \
                             `files_sha256`.",
                        ),
                    Attribute::computed("files_sha256", Type::Map(Box::new(Type::String)))
                        .description(
                            "Every file written: path relative to the provider's `root_dir` => \
                             hex SHA-256 of its text (after a refresh, of the text found on \
                             disk).",
                        ),
                ],
            ),
        };
        block.attributes.insert(
            0,
            Attribute::computed("id", Type::String).description(id_doc),
        );
        block.attributes.extend(settings::attributes());
        block.attributes.extend(outputs);
        block.attributes.extend(K::outputs());
        if let Some(what) = K::EXTRA_FILES {
            block.attributes.push(
                Attribute::computed("extra_files", Type::Map(Box::new(Type::String))).description(
                    format!(
                        "{what}: path relative to the provider's `root_dir` => text, rendered \
                         at plan time; after a refresh, the text found on disk. Null when \
                         there are none, when the provider's `content_in_state` is `false`, \
                         or when `sensitive` is `true` (the paths stay visible in \
                         `extra_files_sha256`)."
                    ),
                ),
            );
            block.attributes.push(
                Attribute::computed("extra_files_sha256", Type::Map(Box::new(Type::String)))
                    .description(format!(
                        "{what}: path relative to the provider's `root_dir` => hex SHA-256 \
                         of its text (after a refresh, of the text found on disk). Null when \
                         there are none."
                    )),
            );
        }
        block.attributes.push(
            Attribute::computed("owned_sha256", Type::Map(Box::new(Type::String))).description(
                "What this resource wrote: path relative to `root_dir` => hex SHA-256 of the \
                 text it wrote there. Destroy (and an update that stops rendering a file) \
                 removes a file only while it still holds that text. Empty after `terraform \
                 import`: imported files were not written by the resource.",
            ),
        );
        block.attributes.push(
            Attribute::computed("written_root_dir", Type::String).description(
                "The provider's `root_dir` as configured (`.` when unset) when the files were \
                 written. When `root_dir` changes, the plan shows an update that writes the \
                 files under the new root and removes those under the old one (only while \
                 they hold what the resource wrote, as on destroy). A relative `root_dir` \
                 keeps state portable across checkouts.",
            ),
        );
        block.attributes.push(
            Attribute::computed("owned_dirs", Type::List(Box::new(Type::String))).description(
                "The directories this resource created (relative to `root_dir`); destroy \
                 removes those left empty, and no other directory.",
            ),
        );
        block
            .attributes
            .push(Attribute::computed("sha256", Type::String).description(
            match K::LAYOUT {
                Layout::File if K::EXTRA_FILES.is_some() => {
                    "Hex SHA-256 of the file's text (after a refresh, of the text found on \
                     disk); with `extra_files`, over every file (path and text, in path order)."
                }
                Layout::File => {
                    "Hex SHA-256 of the file's text (after a refresh, of the text found on disk)."
                }
                Layout::Files => {
                    "Hex SHA-256 over every file (path and text, in path order); for a single \
                     file, the SHA-256 of its text."
                }
            },
        ));
        Schema::new(block)
    }

    async fn validate(&self, _ctx: &Context, config: &Value) -> Diagnostics {
        let mut diagnostics = settings::parse(config).err().unwrap_or_default();
        // Unknown values are checked later, when Terraform knows them.
        if config.is_wholly_known() {
            if let Err(errors) = self.check(config) {
                diagnostics.extend(errors);
            }
        }
        diagnostics
    }

    async fn plan(&self, _ctx: &Context, request: PlanRequest) -> PlanResponse {
        let mut response = PlanResponse::proposed(&request);
        let settings = match settings::parse(&request.config) {
            Ok(settings) => settings,
            Err(diagnostics) => {
                response.diagnostics = diagnostics;
                return response;
            }
        };
        let prior = &request.prior_state;
        let mut proposed = request.proposed_new_state.clone();
        for name in ["file_permission", "directory_permission"] {
            proposed = with_attr(&proposed, name, planned_mode(&request.config, prior, name));
        }
        let keep_text = self.shared.content_in_state();
        if request.config.is_wholly_known() {
            match self.check(&request.config) {
                Ok(files) => {
                    response.diagnostics.extend(self.plan_checks(
                        &request.config,
                        prior,
                        &files,
                        &settings,
                    ));
                    let planned = Self::with_files(&proposed, &files, keep_text);
                    let planned = with_attr(
                        &planned,
                        "owned_sha256",
                        self.planned_owned(prior, &files, &settings),
                    );
                    let same_files = !self.root_moved(prior)
                        && Self::state_paths(prior)
                            .into_iter()
                            .eq(files.keys().cloned());
                    let dirs = match prior.get_attr("owned_dirs") {
                        Some(dirs @ Value::List(_)) if same_files => dirs.clone(),
                        Some(Value::Null) | None if !prior.is_null() && same_files => Value::Null,
                        _ => Value::Unknown,
                    };
                    let planned = with_attr(&planned, "owned_dirs", dirs);
                    let planned = K::output_values(&request.config)
                        .into_iter()
                        .fold(planned, |planned, (name, value)| {
                            with_attr(&planned, name, value)
                        });
                    response.planned_state = self.with_planned_root(prior, planned);
                }
                Err(diagnostics) => response.diagnostics = diagnostics,
            }
        } else {
            let text = if keep_text {
                Value::Unknown
            } else {
                Value::Null
            };
            let extra_text = text.clone();
            // Whichever attribute gets the text, the other is null; with `sensitive`
            // itself unknown, both are unknown.
            let planned = match proposed.get_attr("sensitive") {
                Some(Value::Unknown) => with_texts(K::LAYOUT, &proposed, text),
                _ => {
                    let planned = with_texts(K::LAYOUT, &proposed, Value::Null);
                    with_attr(&planned, text_attribute(K::LAYOUT, &planned), text)
                }
            };
            let planned = match K::LAYOUT {
                Layout::File if K::EXTRA_FILES.is_some() => {
                    let planned = with_attr(&planned, "extra_files", extra_text);
                    with_attr(&planned, "extra_files_sha256", Value::Unknown)
                }
                Layout::File => planned,
                Layout::Files => with_attr(&planned, "files_sha256", Value::Unknown),
            };
            let planned = with_attr(&planned, "sha256", Value::Unknown);
            let planned = with_attr(&planned, "owned_sha256", Value::Unknown);
            let planned = with_attr(&planned, "owned_dirs", Value::Unknown);
            let planned = K::outputs().iter().fold(planned, |planned, output| {
                with_attr(&planned, &output.name, Value::Unknown)
            });
            let planned = self.with_planned_root(prior, planned);
            let id = match K::LAYOUT {
                Layout::File => proposed.get_attr("path").cloned().unwrap_or(Value::Unknown),
                Layout::Files => Value::Unknown,
            };
            response.planned_state = with_attr(&planned, "id", id);
        }
        if K::LAYOUT == Layout::File
            && !prior.is_null()
            && prior.get_attr("path") != request.proposed_new_state.get_attr("path")
        {
            response.requires_replace.push(AttributePath::attr("path"));
        }
        response
    }

    async fn create(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        self.apply_off_runtime(request).await
    }

    async fn read(&self, _ctx: &Context, request: ReadRequest) -> ReadResponse {
        let state = request.current_state;
        let respond = |new_state, diagnostics| ReadResponse {
            new_state,
            private: request.private.clone(),
            diagnostics,
        };
        let root = match self.state_root(&state) {
            Ok(root) => root,
            Err(diagnostics) => return respond(state, diagnostics),
        };
        let settings = settings::parse(&state).unwrap_or_default();
        let mut found = BTreeMap::new();
        let mut drifted_mode = None;
        for relative in Self::state_paths(&state) {
            let read = self.resolve(&root, &relative).and_then(|path| {
                let text = artifact::read_text(&path).map_err(|e| {
                    Diagnostics::from(Diagnostic::error(
                        "Cannot read artifact",
                        format!("Reading {}: {e}", path.display()),
                    ))
                })?;
                Ok(text.map(|text| (text, artifact::file_mode(&path))))
            });
            match read {
                Ok(Some((text, mode))) => {
                    if mode.is_some_and(|mode| mode != settings.file_mode) {
                        drifted_mode = drifted_mode.or(mode);
                    }
                    found.insert(relative, text);
                }
                Ok(None) => {}
                Err(diagnostics) => return respond(state, diagnostics),
            }
        }
        if found.is_empty() {
            // Every file is gone: Terraform reports the deletion and plans a create.
            return respond(Value::Null, Diagnostics::new());
        }
        if settings.scaffold {
            // Edits are the user's: only missing files are drift (they are written again).
            return respond(Self::without_missing(&state, &found), Diagnostics::new());
        }
        // What is on disk is the state, so edits (and missing files) show as an update,
        // and so does a changed mode.
        let state = Self::with_files(&state, &found, self.shared.content_in_state());
        let drifted_dir_mode = apply::owned_dirs(&state)
            .iter()
            .filter_map(|dir| artifact::file_mode(&root.dir().join(dir)))
            .find(|mode| *mode != settings.dir_mode);
        let mut state = state;
        for (name, drifted) in [
            ("file_permission", drifted_mode),
            ("directory_permission", drifted_dir_mode),
        ] {
            if let Some(mode) = drifted {
                state = with_attr(&state, name, Value::String(settings::format_mode(mode)));
            }
        }
        respond(state, Diagnostics::new())
    }

    async fn update(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        self.apply_off_runtime(request).await
    }

    async fn delete(&self, _ctx: &Context, state: Value) -> Diagnostics {
        // Off the runtime, as writes are: a removal may wait for a path's lock.
        let worker = Self::new(Arc::clone(&self.shared));
        match tokio::task::spawn_blocking(move || worker.delete_files(&state)).await {
            Ok(diagnostics) => diagnostics,
            Err(e) => Diagnostic::error(
                "Cannot delete artifact",
                format!("The task removing the files failed: {e}"),
            )
            .into(),
        }
    }

    async fn import(&self, _ctx: &Context, id: &str) -> (Vec<ImportedObject>, Diagnostics) {
        match self.import_files(id) {
            Ok(object) => (vec![object], Diagnostics::new()),
            Err(diagnostics) => (Vec::new(), diagnostics),
        }
    }
}

impl<K: ArtifactKind> ArtifactResource<K> {
    /// Plans `written_root_dir`: the provider's root_dir; null for a state from before it
    /// was recorded while nothing else changes (upgrading the provider plans no change).
    fn with_planned_root(&self, prior: &Value, planned: Value) -> Value {
        let legacy = !prior.is_null() && string_attr(prior, "written_root_dir").is_none();
        if legacy && with_attr(&planned, "written_root_dir", Value::Null) == *prior {
            return planned;
        }
        with_attr(
            &planned,
            "written_root_dir",
            Value::String(self.shared.root_config()),
        )
    }
}

/// The planned value of a mode attribute: the configured one; else the default, except
/// for a state that never recorded one (written before the setting existed, or
/// imported), which keeps null so that upgrading the provider plans no change.
fn planned_mode(config: &Value, prior: &Value, name: &str) -> Value {
    match config.get_attr(name) {
        Some(value) if !value.is_null() => value.clone(),
        _ if !prior.is_null() && prior.get_attr(name).is_none_or(Value::is_null) => Value::Null,
        _ => settings::planned_modes(config)
            .into_iter()
            .find(|(n, _)| *n == name)
            .map_or(Value::Null, |(_, v)| v),
    }
}

/// The header's note on edits, for managed files.
const MANAGED_NOTE: &str =
    "Edits made here show as drift in `terraform plan` and are overwritten by `terraform apply`.";
/// The same note for files written with `lifecycle_mode = "scaffold"`.
const SCAFFOLD_NOTE: &str =
    "Written once (lifecycle_mode = \"scaffold\"): edits made here are kept and are not drift.";

/// The header comment every generated file carries.
pub(crate) fn header(type_name: &str, what: &str) -> String {
    format!("Managed by Terraform ({type_name}, {what}).\n{MANAGED_NOTE}")
}

/// [`header`] with the note `config`'s `lifecycle_mode` calls for, for files whose
/// format makes the engine's own replacement of the note miss (wrapped text).
pub(crate) fn header_for(type_name: &str, what: &str, config: &Value) -> String {
    let text = header(type_name, what);
    if settings::parse(config).is_ok_and(|s| s.scaffold) {
        text.replacen(MANAGED_NOTE, SCAFFOLD_NOTE, 1)
    } else {
        text
    }
}
