//! The traits a provider implements: [`Provider`], [`Resource`] and [`DataSource`].
//!
//! Every method receives values already decoded from the wire (see [`crate::value`])
//! and returns plain Rust values plus [`Diagnostics`]; the server converts them to
//! protocol messages. Nothing here names a protobuf type.

use std::sync::Arc;

use async_trait::async_trait;
use tokio_util::sync::CancellationToken;

use crate::diagnostics::{AttributePath, Diagnostics};
use crate::function::Function;
use crate::schema::Schema;
use crate::value::Value;

/// Per-request context.
#[derive(Debug, Clone)]
pub struct Context {
    stop: CancellationToken,
}

impl Context {
    pub(crate) fn new(stop: CancellationToken) -> Self {
        Self { stop }
    }

    /// A context that is never stopped (for unit tests of resources).
    #[must_use]
    pub fn detached() -> Self {
        Self::new(CancellationToken::new())
    }

    /// True once Terraform asked the provider to stop (Ctrl-C).
    #[must_use]
    pub fn is_stopped(&self) -> bool {
        self.stop.is_cancelled()
    }

    /// Completes when Terraform asks the provider to stop.
    pub async fn stopped(&self) {
        self.stop.cancelled().await;
    }
}

/// A provider: its configuration schema and the resources and data sources it serves.
#[async_trait]
pub trait Provider: Send + Sync + 'static {
    /// The schema of the `provider "<name>" { ... }` block.
    fn schema(&self) -> Schema;

    /// Validates the provider configuration (it may still contain unknown values).
    async fn validate(&self, _ctx: &Context, _config: &Value) -> Diagnostics {
        Diagnostics::new()
    }

    /// Configures the provider with its (wholly known) configuration.
    async fn configure(&self, ctx: &Context, request: ConfigureRequest) -> Diagnostics;

    /// Every resource type this provider serves.
    fn resources(&self) -> Vec<Arc<dyn Resource>>;

    /// Every data source type this provider serves.
    fn data_sources(&self) -> Vec<Arc<dyn DataSource>> {
        Vec::new()
    }

    /// Every provider-defined function this provider serves (Terraform 1.8 and later call
    /// them; older versions ignore them). None by default.
    fn functions(&self) -> Vec<Arc<dyn Function>> {
        Vec::new()
    }
}

/// What `ConfigureProvider` carries.
#[derive(Debug, Clone)]
pub struct ConfigureRequest {
    /// The Terraform version calling the provider, e.g. `1.0.3`.
    pub terraform_version: String,
    /// The provider block's value.
    pub config: Value,
}

/// What a resource's `plan` receives.
#[derive(Debug, Clone)]
pub struct PlanRequest {
    /// The state before the change; null on create.
    pub prior_state: Value,
    /// Terraform's proposal: configuration merged with prior computed values.
    pub proposed_new_state: Value,
    /// The configuration as written (may contain unknown values).
    pub config: Value,
    /// Opaque provider data stored with the prior state.
    pub prior_private: Vec<u8>,
}

/// What a resource's `plan` returns.
#[derive(Debug, Clone)]
pub struct PlanResponse {
    /// The planned new state; unknown values mark what apply will decide.
    pub planned_state: Value,
    /// Attributes whose change forces replacement.
    pub requires_replace: Vec<AttributePath>,
    /// Opaque data handed to apply.
    pub planned_private: Vec<u8>,
    /// Messages for the user.
    pub diagnostics: Diagnostics,
}

impl PlanResponse {
    /// A plan that keeps the proposal as it is.
    #[must_use]
    pub fn proposed(request: &PlanRequest) -> Self {
        Self {
            planned_state: request.proposed_new_state.clone(),
            requires_replace: Vec::new(),
            planned_private: request.prior_private.clone(),
            diagnostics: Diagnostics::new(),
        }
    }
}

/// What `create` and `update` receive.
#[derive(Debug, Clone)]
pub struct ApplyRequest {
    /// The state before the change; null on create.
    pub prior_state: Value,
    /// The state the plan promised (wholly known configuration, computed values possibly unknown).
    pub planned_state: Value,
    /// The configuration.
    pub config: Value,
    /// Opaque data from the plan.
    pub planned_private: Vec<u8>,
}

/// What `create` and `update` return.
#[derive(Debug, Clone)]
pub struct ApplyResponse {
    /// The new state: wholly known, matching every known planned value.
    pub new_state: Value,
    /// Opaque data stored with the state.
    pub private: Vec<u8>,
    /// Messages for the user.
    pub diagnostics: Diagnostics,
}

impl ApplyResponse {
    /// A response that fails with the given diagnostics and keeps `state`.
    #[must_use]
    pub fn failed(state: Value, diagnostics: Diagnostics) -> Self {
        Self {
            new_state: state,
            private: Vec::new(),
            diagnostics,
        }
    }
}

/// What `read` receives.
#[derive(Debug, Clone)]
pub struct ReadRequest {
    /// The state as last recorded.
    pub current_state: Value,
    /// Opaque data stored with the state.
    pub private: Vec<u8>,
}

/// What `read` returns.
#[derive(Debug, Clone)]
pub struct ReadResponse {
    /// The refreshed state; [`Value::Null`] means the object is gone (Terraform plans a create).
    pub new_state: Value,
    /// Opaque data stored with the state.
    pub private: Vec<u8>,
    /// Messages for the user.
    pub diagnostics: Diagnostics,
}

impl ReadResponse {
    /// A response that keeps the state as it is (an object with nothing to refresh).
    #[must_use]
    pub fn unchanged(request: ReadRequest) -> Self {
        Self {
            new_state: request.current_state,
            private: request.private,
            diagnostics: Diagnostics::new(),
        }
    }
}

/// One object adopted by `terraform import`.
#[derive(Debug, Clone)]
pub struct ImportedObject {
    /// Its state (attributes that cannot be known may stay null).
    pub state: Value,
    /// Opaque data stored with the state.
    pub private: Vec<u8>,
}

/// A managed resource type.
#[async_trait]
pub trait Resource: Send + Sync + 'static {
    /// The full type name, e.g. `devopsflow_alert_rules`.
    fn type_name(&self) -> &'static str;

    /// The resource schema.
    fn schema(&self) -> Schema;

    /// Validates configuration that may still contain unknown values.
    async fn validate(&self, _ctx: &Context, _config: &Value) -> Diagnostics {
        Diagnostics::new()
    }

    /// Plans a create or an update (never a destroy: the server plans those).
    async fn plan(&self, _ctx: &Context, request: PlanRequest) -> PlanResponse {
        PlanResponse::proposed(&request)
    }

    /// Creates the object.
    async fn create(&self, ctx: &Context, request: ApplyRequest) -> ApplyResponse;

    /// Refreshes the state from the real object.
    async fn read(&self, ctx: &Context, request: ReadRequest) -> ReadResponse;

    /// Updates the object in place.
    async fn update(&self, ctx: &Context, request: ApplyRequest) -> ApplyResponse;

    /// Deletes the object described by `state`.
    async fn delete(&self, ctx: &Context, state: Value) -> Diagnostics;

    /// Adopts an existing object for `terraform import <addr> <id>`.
    async fn import(&self, _ctx: &Context, _id: &str) -> (Vec<ImportedObject>, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        diagnostics.error(
            "Import not supported",
            format!("The resource type {} cannot be imported.", self.type_name()),
        );
        (Vec::new(), diagnostics)
    }

    /// Upgrades a state stored under an older schema `version` (JSON) to the current schema.
    ///
    /// States of the current version never reach this method: the server decodes them.
    /// The default refuses every older version; a resource that bumps its schema version
    /// overrides it.
    fn upgrade_state(&self, version: i64, _json: &[u8]) -> Result<Value, Diagnostics> {
        Err(crate::diagnostics::Diagnostic::error(
            "Unsupported state version",
            format!(
                "{} has schema version {}, and cannot upgrade state of version {version}.",
                self.type_name(),
                self.schema().version
            ),
        )
        .into())
    }
}

/// A data source type.
#[async_trait]
pub trait DataSource: Send + Sync + 'static {
    /// The full type name.
    fn type_name(&self) -> &'static str;

    /// The data source schema.
    fn schema(&self) -> Schema;

    /// Validates configuration that may still contain unknown values.
    async fn validate(&self, _ctx: &Context, _config: &Value) -> Diagnostics {
        Diagnostics::new()
    }

    /// Reads the data; returns the full state value.
    async fn read(&self, ctx: &Context, config: Value) -> (Value, Diagnostics);
}
