//! Every resource type of the provider, and the lifecycle they share.
//!
//! A resource that renders files implements [`ArtifactKind`]: its schema inputs and a
//! `render` function. [`ArtifactResource`] gives it the rest: rendering at plan time,
//! atomic writes, drift detection on refresh, import by path, and deletion.

pub(crate) mod alert_rules;

use std::collections::BTreeMap;
use std::sync::Arc;

use tfplug::{
    ApplyRequest, ApplyResponse, Attribute, AttributePath, Block, Context, Diagnostic, Diagnostics,
    ImportedObject, Nesting, PlanRequest, PlanResponse, ReadRequest, ReadResponse, Resource,
    Schema, Type, Value,
};

use crate::artifact::{self, Root};
use crate::provider::Shared;

/// The one list of resources.
pub(crate) fn all(shared: &Arc<Shared>) -> Vec<Arc<dyn Resource>> {
    vec![Arc::new(ArtifactResource::<alert_rules::AlertRules>::new(
        Arc::clone(shared),
    ))]
}

/// What a file-rendering resource supplies.
pub(crate) trait ArtifactKind: Send + Sync + 'static {
    /// The resource type name.
    const TYPE_NAME: &'static str;
    /// The Markdown description of the resource.
    const DESCRIPTION: &'static str;

    /// The resource's input attributes and blocks (the engine adds `id`, `content`, `sha256`).
    fn inputs() -> Block;

    /// Renders the single file from a wholly known configuration; errors carry attribute paths.
    fn render(config: &Value) -> Result<String, Diagnostics>;
}

/// The file-rendering resource built from an [`ArtifactKind`].
pub(crate) struct ArtifactResource<K> {
    shared: Arc<Shared>,
    _kind: std::marker::PhantomData<fn() -> K>,
}

impl<K: ArtifactKind> ArtifactResource<K> {
    pub(crate) fn new(shared: Arc<Shared>) -> Self {
        Self {
            shared,
            _kind: std::marker::PhantomData,
        }
    }

    /// The root, or an error diagnostic.
    fn root(&self) -> Result<Root, Diagnostics> {
        self.shared
            .root()
            .map_err(|e| Diagnostic::error("Cannot determine root_dir", e.to_string()).into())
    }

    /// Resolves the `path` attribute of `value`, with diagnostics on `path`.
    fn resolve(&self, value: &Value) -> Result<std::path::PathBuf, Diagnostics> {
        let Some(relative) = value.get_attr("path").and_then(Value::as_str) else {
            return Err(
                Diagnostic::error("Missing path", "The path attribute must be set.")
                    .at(AttributePath::attr("path"))
                    .into(),
            );
        };
        let root = self.root()?;
        root.resolve(relative).map_err(|e| {
            Diagnostic::error(
                "Invalid artifact path",
                format!("{e} ({}).", root.dir().display()),
            )
            .at(AttributePath::attr("path"))
            .into()
        })
    }

    /// Checks a configuration that is wholly known: its path, then its rendering.
    fn check(&self, config: &Value) -> Result<String, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        if let Err(d) = self.resolve(config) {
            diagnostics.extend(d);
        }
        match K::render(config) {
            Ok(content) if !diagnostics.has_errors() => Ok(content),
            Ok(_) => Err(diagnostics),
            Err(d) => {
                diagnostics.extend(d);
                Err(diagnostics)
            }
        }
    }

    fn write(&self, state: &Value, content: &str) -> Diagnostics {
        let path = match self.resolve(state) {
            Ok(path) => path,
            Err(d) => return d,
        };
        match artifact::write_atomic(&path, content) {
            Ok(()) => Diagnostics::new(),
            Err(e) => Diagnostic::error(
                "Cannot write artifact",
                format!("Writing {}: {e}", path.display()),
            )
            .at(AttributePath::attr("path"))
            .into(),
        }
    }
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

/// Sets `content`, `sha256` and `id` for a known text.
fn with_content(state: &Value, content: &str) -> Value {
    let path = state.get_attr("path").cloned().unwrap_or(Value::Null);
    let state = with_attr(state, "content", Value::String(content.to_string()));
    let state = with_attr(
        &state,
        "sha256",
        Value::String(artifact::sha256_hex(content)),
    );
    with_attr(&state, "id", path)
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

#[tfplug::async_trait]
impl<K: ArtifactKind> Resource for ArtifactResource<K> {
    fn type_name(&self) -> &'static str {
        K::TYPE_NAME
    }

    fn schema(&self) -> Schema {
        let mut block = K::inputs().description(K::DESCRIPTION);
        block.attributes.insert(
            0,
            Attribute::computed("id", Type::String)
                .description("The artifact's path, relative to the provider's `root_dir`."),
        );
        block
            .attributes
            .push(Attribute::computed("content", Type::String).description(
                "The file's text, rendered at plan time so `terraform plan` shows it; \
                 on refresh, the text found on disk.",
            ));
        block.attributes.push(
            Attribute::computed("sha256", Type::String).description("Hex SHA-256 of `content`."),
        );
        Schema::new(block)
    }

    async fn validate(&self, _ctx: &Context, config: &Value) -> Diagnostics {
        // Unknown values are checked later, when Terraform knows them.
        if !config.is_wholly_known() {
            return Diagnostics::new();
        }
        match self.check(config) {
            Ok(_) => Diagnostics::new(),
            Err(diagnostics) => diagnostics,
        }
    }

    async fn plan(&self, _ctx: &Context, request: PlanRequest) -> PlanResponse {
        let mut response = PlanResponse::proposed(&request);
        let proposed = &request.proposed_new_state;
        if request.config.is_wholly_known() {
            match self.check(&request.config) {
                Ok(content) => response.planned_state = with_content(proposed, &content),
                Err(diagnostics) => response.diagnostics = diagnostics,
            }
        } else {
            let planned = with_attr(proposed, "content", Value::Unknown);
            let planned = with_attr(&planned, "sha256", Value::Unknown);
            let id = proposed.get_attr("path").cloned().unwrap_or(Value::Unknown);
            response.planned_state = with_attr(&planned, "id", id);
        }
        let prior_path = request.prior_state.get_attr("path");
        let new_path = proposed.get_attr("path");
        if !request.prior_state.is_null() && prior_path != new_path {
            response.requires_replace.push(AttributePath::attr("path"));
        }
        response
    }

    async fn create(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        self.apply(request)
    }

    async fn read(&self, _ctx: &Context, request: ReadRequest) -> ReadResponse {
        let state = request.current_state;
        let respond = |new_state, diagnostics| ReadResponse {
            new_state,
            private: request.private.clone(),
            diagnostics,
        };
        let path = match self.resolve(&state) {
            Ok(path) => path,
            Err(diagnostics) => return respond(state, diagnostics),
        };
        match artifact::read_text(&path) {
            // Gone: Terraform reports the deletion and plans a create.
            Ok(None) => respond(Value::Null, Diagnostics::new()),
            // Present: whatever is on disk is the state, so edits show as an update.
            Ok(Some(text)) => respond(with_content(&state, &text), Diagnostics::new()),
            Err(e) => respond(
                state,
                Diagnostic::error(
                    "Cannot read artifact",
                    format!("Reading {}: {e}", path.display()),
                )
                .into(),
            ),
        }
    }

    async fn update(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        self.apply(request)
    }

    async fn delete(&self, _ctx: &Context, state: Value) -> Diagnostics {
        let path = match self.resolve(&state) {
            Ok(path) => path,
            Err(diagnostics) => return diagnostics,
        };
        match artifact::remove(&path) {
            Ok(()) => Diagnostics::new(),
            Err(e) => Diagnostic::error(
                "Cannot delete artifact",
                format!("Removing {}: {e}", path.display()),
            )
            .into(),
        }
    }

    async fn import(&self, _ctx: &Context, id: &str) -> (Vec<ImportedObject>, Diagnostics) {
        let stub = with_attr(
            &empty_state(&K::inputs()),
            "path",
            Value::String(id.to_string()),
        );
        let path = match self.resolve(&stub) {
            Ok(path) => path,
            Err(diagnostics) => return (Vec::new(), diagnostics),
        };
        match artifact::read_text(&path) {
            Ok(Some(text)) => (
                vec![ImportedObject {
                    state: with_content(&stub, &text),
                    private: Vec::new(),
                }],
                Diagnostics::new(),
            ),
            Ok(None) => (
                Vec::new(),
                Diagnostic::error(
                    "Cannot import a missing file",
                    format!(
                        "No file at {}. The import ID is the artifact path relative to root_dir.",
                        path.display()
                    ),
                )
                .into(),
            ),
            Err(e) => (
                Vec::new(),
                Diagnostic::error("Cannot read artifact", format!("{}: {e}", path.display()))
                    .into(),
            ),
        }
    }
}

impl<K: ArtifactKind> ArtifactResource<K> {
    /// Create and update: write the planned text (rendered now if it was unknown at plan).
    fn apply(&self, request: ApplyRequest) -> ApplyResponse {
        let planned = request.planned_state;
        let content = match planned.get_attr("content") {
            Some(Value::String(text)) => text.clone(),
            _ => match self.check(&request.config) {
                Ok(text) => text,
                Err(diagnostics) => return ApplyResponse::failed(request.prior_state, diagnostics),
            },
        };
        let diagnostics = self.write(&planned, &content);
        if diagnostics.has_errors() {
            return ApplyResponse::failed(request.prior_state, diagnostics);
        }
        ApplyResponse {
            new_state: with_content(&planned, &content),
            private: Vec::new(),
            diagnostics,
        }
    }
}
