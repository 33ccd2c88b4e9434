//! Discovery, reading and parsing of files, grouped by directory into modules.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::json_syntax::plan::{Plan, convert_plan};
use super::{FileId, FileKind, SourceFile};

/// A file that did not parse.
#[derive(Debug, Clone)]
pub struct ParseError {
    /// The file.
    pub file: FileId,
    /// Byte offset of the error.
    pub offset: usize,
    /// The parser's message.
    pub message: String,
}

/// Every file the run reads, and the modules (directories) they form.
#[derive(Debug, Default)]
pub struct Workspace {
    /// All files, indexed by [`FileId`].
    pub files: Vec<SourceFile>,
    /// Files that failed to parse.
    pub parse_errors: Vec<ParseError>,
    /// Module directories, keyed by their normalised path.
    pub modules: BTreeMap<PathBuf, Vec<FileId>>,
    /// The directories discovered from the command line (as opposed to
    /// directories loaded only because a module call points at them).
    pub requested: Vec<PathBuf>,
    /// Plans read with `--plan`: each is a module of its own, made of one
    /// file (the plan), and the only module linted.
    pub plans: Vec<PlanSource>,
    /// The module manifests (`.terraform/modules/modules.json`) of requested
    /// directories, by directory.
    pub manifests: BTreeMap<PathBuf, Vec<super::modules_json::ManifestEntry>>,
}

/// A plan and the configuration it was made from.
#[derive(Debug)]
pub struct PlanSource {
    /// The plan file (its module's key is the file's path).
    pub file: FileId,
    /// The configuration directory findings are pointed back at.
    pub config: PathBuf,
    /// The resource instances and module sources of the plan.
    pub plan: Plan,
}

/// Errors that stop a run before linting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// A path given on the command line does not exist.
    #[error("path not found: {0}")]
    NotFound(String),
    /// A plan file is not a plan Terraform wrote.
    #[error("{path}:{line}:{column}: {message}")]
    Plan {
        /// The plan file.
        path: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A module manifest (`.terraform/modules/modules.json`) is malformed.
    #[error("{0}")]
    Manifest(String),
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

fn skip_dir(name: &str) -> bool {
    name == ".terraform" || name == ".git"
}

/// Lexically normalises a path (removes `.` and resolves `..` where possible).
#[must_use]
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for comp in path.components() {
        match comp {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else if !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

fn display_path(path: &Path, cwd: Option<&Path>) -> String {
    let shown = match cwd {
        Some(cwd) if path.is_absolute() => path.strip_prefix(cwd).unwrap_or(path),
        _ => path,
    };
    let text = shown.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map_or(text.clone(), str::to_owned)
}

impl Workspace {
    /// Discovers the files under `paths` (files or directories) and parses them.
    ///
    /// # Errors
    /// A path that does not exist or cannot be walked.
    pub fn load(paths: &[PathBuf]) -> Result<Workspace, LoadError> {
        let mut found: Vec<PathBuf> = Vec::new();
        for path in paths {
            if !path.exists() {
                return Err(LoadError::NotFound(path.display().to_string()));
            }
            if path.is_file() {
                found.push(normalize(path));
                continue;
            }
            let walker = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    !(e.file_type().is_dir() && e.file_name().to_str().is_some_and(skip_dir))
                });
            for entry in walker {
                let entry = entry.map_err(|e| LoadError::Io {
                    path: path.display().to_string(),
                    source: e.into(),
                })?;
                if entry.file_type().is_file() && FileKind::of(entry.path()).is_some() {
                    found.push(normalize(entry.path()));
                }
            }
        }
        found.sort();
        found.dedup();
        let mut ws = Workspace::default();
        let mut requested: Vec<PathBuf> = Vec::new();
        for path in &found {
            if FileKind::of(path).is_none() {
                continue;
            }
            let dir = dir_of(path);
            if !requested.contains(&dir) {
                requested.push(dir.clone());
            }
        }
        // Files named on the command line still belong to their whole module.
        for dir in &requested {
            ws.load_dir(dir)?;
        }
        ws.requested = requested;
        Ok(ws)
    }

    /// Loads a module directory (its `.tf`, `.tofu`, `.tf.json`,
    /// `.tofu.json`, `.tfvars` and `.tfbackend` files) if it is not loaded yet. Returns whether it exists.
    ///
    /// # Errors
    /// A directory that cannot be read.
    pub fn load_dir(&mut self, dir: &Path) -> Result<bool, LoadError> {
        let dir = normalize(dir);
        if self.modules.contains_key(&dir) {
            return Ok(true);
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(false);
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| normalize(&e.path()))
            .filter(|p| FileKind::of(p).is_some())
            .collect();
        paths.sort();
        let cwd = std::env::current_dir().ok();
        let mut ids = Vec::with_capacity(paths.len());
        let texts: Vec<(PathBuf, Result<String, std::io::Error>)> = paths
            .into_iter()
            .map(|p| {
                let text = std::fs::read(&p).map(|b| String::from_utf8_lossy(&b).into_owned());
                (p, text)
            })
            .collect();
        for (path, text) in texts {
            let text = text.map_err(|source| LoadError::Io {
                path: path.display().to_string(),
                source,
            })?;
            let Some(kind) = FileKind::of(&path) else {
                continue;
            };
            let display = display_path(&path, cwd.as_deref());
            ids.push(self.add_source(path, display, text, kind));
        }
        self.modules.insert(dir, ids);
        Ok(true)
    }

    /// Reads a plan (`terraform show -json` output) as the one module to
    /// lint; `config` is the configuration directory it was made from, whose
    /// modules (already loaded) its findings point back at.
    ///
    /// # Errors
    /// An unreadable file, or one that is not a plan.
    pub fn load_plan(&mut self, path: &Path, config: &Path) -> Result<(), LoadError> {
        let text = std::fs::read(path)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|source| LoadError::Io {
                path: path.display().to_string(),
                source,
            })?;
        let key = normalize(path);
        let cwd = std::env::current_dir().ok();
        let display = display_path(&key, cwd.as_deref());
        let mut file = SourceFile::new(key.clone(), display.clone(), text, FileKind::Config);
        let problem = |offset: usize, message: String, file: &SourceFile| {
            let at = file.position(offset);
            LoadError::Plan {
                path: display.clone(),
                line: at.line,
                column: at.column,
                message,
            }
        };
        let plan = convert_plan(&file.text).map_err(|e| problem(e.offset, e.message, &file))?;
        let body = super::repeated_keys::parse_body(&plan.generated.text).map_err(|e| {
            let offset = plan.generated.json_offset(e.location().offset());
            problem(offset, e.message().to_owned(), &file)
        })?;
        file.body = Some(body);
        file.generated = Some(plan.generated.clone());
        let id = self.files.len();
        self.files.push(file);
        self.modules.insert(key.clone(), vec![id]);
        self.requested = vec![key];
        self.plans.push(PlanSource {
            file: id,
            config: normalize(config),
            plan,
        });
        Ok(())
    }

    /// How many files were read from the user's tree (the registry pack's
    /// models are not counted).
    #[must_use]
    pub fn user_file_count(&self) -> usize {
        self.files
            .iter()
            .filter(|f| !super::registry_pack::is_pack(&f.path))
            .count()
    }

    /// Loads an entry of the registry pack as a module (once); returns its
    /// directory.
    pub fn load_pack(&mut self, index: usize) -> PathBuf {
        let dir = super::registry_pack::dir_of(index);
        if self.modules.contains_key(&dir) {
            return dir;
        }
        let Some(entry) = super::registry_pack::entries().get(index) else {
            return dir;
        };
        let display = format!("{} {}", super::registry_pack::MODEL_NAME, entry.source);
        let id = self.add_source(
            dir.join("main.tf"),
            display,
            entry.text.clone(),
            FileKind::Config,
        );
        self.modules.insert(dir.clone(), vec![id]);
        dir
    }

    /// Adds a file from memory and parses it; returns its id.
    pub fn add_source(
        &mut self,
        path: PathBuf,
        display: String,
        text: String,
        kind: FileKind,
    ) -> FileId {
        let mut file = SourceFile::new(path, display, text, kind);
        let id = self.files.len();
        if kind == FileKind::Config && file.path.to_string_lossy().ends_with(".json") {
            match super::json_syntax::convert(&file.text) {
                Ok(generated) => match super::repeated_keys::parse_body(&generated.text) {
                    Ok(body) => {
                        file.body = Some(body);
                        file.generated = Some(generated);
                    }
                    Err(err) => self.parse_errors.push(ParseError {
                        file: id,
                        offset: generated.json_offset(err.location().offset()),
                        message: err.message().to_owned(),
                    }),
                },
                Err(err) => self.parse_errors.push(ParseError {
                    file: id,
                    offset: err.offset,
                    message: err.message,
                }),
            }
            self.files.push(file);
            return id;
        }
        if file.path.to_string_lossy().ends_with(".json") {
            match serde_json::from_str::<serde_json::Value>(&file.text) {
                Ok(serde_json::Value::Object(map)) => {
                    let mut body = hcl_edit::structure::Body::new();
                    for (key, value) in &map {
                        if let Ok(ident) = hcl_edit::Ident::try_new(key.as_str()) {
                            body.push(hcl_edit::structure::Attribute::new(ident, json_expr(value)));
                        }
                    }
                    file.body = Some(body);
                }
                Ok(_) => self.parse_errors.push(ParseError {
                    file: id,
                    offset: 0,
                    message: "a variables file must hold a JSON object".to_owned(),
                }),
                Err(err) => {
                    let line_start = file
                        .text
                        .split_inclusive('\n')
                        .take(err.line().saturating_sub(1))
                        .map(str::len)
                        .sum::<usize>();
                    self.parse_errors.push(ParseError {
                        file: id,
                        offset: line_start + err.column().saturating_sub(1),
                        message: err.to_string(),
                    });
                }
            }
            self.files.push(file);
            return id;
        }
        match super::repeated_keys::parse_body(&file.text) {
            Ok(body) => file.body = Some(body),
            Err(err) => self.parse_errors.push(ParseError {
                file: id,
                offset: err.location().offset(),
                message: err.message().to_owned(),
            }),
        }
        self.files.push(file);
        id
    }

    /// Replaces a file's text with a fixed version, if it parses; returns
    /// `false` (and keeps the old text) when it does not, or when the file is
    /// JSON, which is never fixed.
    pub fn replace_text(&mut self, id: FileId, text: String) -> bool {
        let Some(old) = self.files.get(id) else {
            return false;
        };
        if old.path.to_string_lossy().ends_with(".json") {
            return false;
        }
        let Ok(body) = super::repeated_keys::parse_body(&text) else {
            return false;
        };
        let mut file = SourceFile::new(old.path.clone(), old.display.clone(), text, old.kind);
        file.body = Some(body);
        self.files[id] = file;
        true
    }

    /// Builds a workspace from in-memory files (`(path, text)`), one module
    /// per directory; used by tests and fuzzing.
    #[must_use]
    pub fn from_sources(sources: &[(&str, &str)]) -> Workspace {
        let mut ws = Workspace::default();
        for (path, text) in sources {
            let path = PathBuf::from(path);
            let Some(kind) = FileKind::of(&path) else {
                continue;
            };
            let id = ws.add_source(
                path.clone(),
                (*path).to_string_lossy().into_owned(),
                (*text).to_owned(),
                kind,
            );
            let dir = dir_of(&path);
            if !ws.requested.contains(&dir) {
                ws.requested.push(dir.clone());
            }
            ws.modules.entry(dir).or_default().push(id);
        }
        ws
    }
}

/// Converts JSON into the equivalent literal HCL expression.
fn json_expr(value: &serde_json::Value) -> hcl_edit::expr::Expression {
    use hcl_edit::expr::{Array, Expression, Object, ObjectValue};
    match value {
        serde_json::Value::Null => Expression::null(),
        serde_json::Value::Bool(b) => Expression::from(*b),
        serde_json::Value::Number(n) => n.as_f64().map_or_else(Expression::null, Expression::from),
        serde_json::Value::String(s) => Expression::from(s.as_str()),
        serde_json::Value::Array(items) => {
            Expression::from(items.iter().map(json_expr).collect::<Array>())
        }
        serde_json::Value::Object(map) => {
            let mut object = Object::new();
            for (k, v) in map {
                object.insert(Expression::from(k.as_str()), ObjectValue::new(json_expr(v)));
            }
            Expression::from(object)
        }
    }
}

/// The directory a file belongs to (`.` for a bare file name).
#[must_use]
pub fn dir_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => normalize(p),
        _ => PathBuf::from("."),
    }
}
