//! A small provider for the SDK's integration tests: one resource, `test_sleeper`, whose
//! create either finishes at once or (with `slow = true`) sleeps for a minute, so tests
//! can have work in flight.
//! Each test binary uses a part of it.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use tfplug::{
    ApplyRequest, ApplyResponse, Attribute, Block, ConfigureRequest, Context, Diagnostics,
    PlanRequest, PlanResponse, Provider, ReadRequest, ReadResponse, Resource, Schema, Type, Value,
};
use tokio::sync::Notify;

/// The resource type the test provider serves.
pub(crate) const SLEEPER: &str = "test_sleeper";

/// How long a slow create sleeps: far longer than any test waits.
pub(crate) const SLOW_CREATE: Duration = Duration::from_secs(60);

/// What the tests observe of the resource's work.
#[derive(Debug, Default)]
pub(crate) struct Probe {
    /// Notified when a slow create has started sleeping.
    pub(crate) slow_started: Notify,
    /// How many slow creates have started.
    pub(crate) slow_creates: AtomicUsize,
    /// How many slow creates were dropped before they finished (cancelled).
    pub(crate) slow_cancelled: AtomicUsize,
    /// Set when any slow create ran to its end.
    pub(crate) slow_finished: AtomicBool,
}

/// The test provider: no configuration, one resource.
#[derive(Debug, Clone, Default)]
pub(crate) struct TestProvider {
    pub(crate) probe: Arc<Probe>,
}

#[tfplug::async_trait]
impl Provider for TestProvider {
    fn schema(&self) -> Schema {
        Schema::new(Block::new())
    }

    async fn configure(&self, _ctx: &Context, _request: ConfigureRequest) -> Diagnostics {
        Diagnostics::new()
    }

    fn resources(&self) -> Vec<Arc<dyn Resource>> {
        vec![Arc::new(Sleeper {
            probe: Arc::clone(&self.probe),
        })]
    }
}

struct Sleeper {
    probe: Arc<Probe>,
}

/// Counts a slow create as cancelled when its future is dropped before the end.
struct CancelGuard<'a> {
    probe: &'a Probe,
    finished: bool,
}

impl Drop for CancelGuard<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.probe.slow_cancelled.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn with_id(state: &Value) -> Value {
    let mut fields = match state {
        Value::Object(fields) => fields.clone(),
        _ => Default::default(),
    };
    let name = fields
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    fields.insert("id".to_string(), Value::String(format!("sleeper-{name}")));
    Value::Object(fields)
}

#[tfplug::async_trait]
impl Resource for Sleeper {
    fn type_name(&self) -> &'static str {
        SLEEPER
    }

    fn schema(&self) -> Schema {
        Schema::new(
            Block::new()
                .attribute(Attribute::required("name", Type::String))
                .attribute(Attribute::optional("slow", Type::Bool))
                .attribute(Attribute::computed("id", Type::String)),
        )
    }

    async fn plan(&self, _ctx: &Context, request: PlanRequest) -> PlanResponse {
        let mut response = PlanResponse::proposed(&request);
        if let Value::Object(fields) = &mut response.planned_state
            && fields.get("id").is_none_or(Value::is_null)
        {
            fields.insert("id".to_string(), Value::Unknown);
        }
        response
    }

    async fn create(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        let slow = request
            .config
            .get_attr("slow")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if slow {
            let mut guard = CancelGuard {
                probe: &self.probe,
                finished: false,
            };
            self.probe.slow_creates.fetch_add(1, Ordering::SeqCst);
            self.probe.slow_started.notify_one();
            tokio::time::sleep(SLOW_CREATE).await;
            guard.finished = true;
            self.probe.slow_finished.store(true, Ordering::SeqCst);
        }
        ApplyResponse {
            new_state: with_id(&request.planned_state),
            private: Vec::new(),
            diagnostics: Diagnostics::new(),
        }
    }

    async fn read(&self, _ctx: &Context, request: ReadRequest) -> ReadResponse {
        ReadResponse::unchanged(request)
    }

    async fn update(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        ApplyResponse {
            new_state: with_id(&request.planned_state),
            private: Vec::new(),
            diagnostics: Diagnostics::new(),
        }
    }

    async fn delete(&self, _ctx: &Context, _state: Value) -> Diagnostics {
        Diagnostics::new()
    }
}

/// A configuration of `test_sleeper`.
pub(crate) fn sleeper_config(name: &str, slow: bool) -> Value {
    Value::object([
        ("name", Value::String(name.to_string())),
        ("slow", Value::Bool(slow)),
        ("id", Value::Null),
    ])
}
