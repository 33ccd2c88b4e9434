//! A complete provider in one file: `hello`, with one resource and one function.
//!
//! ```hcl
//! resource "hello_greeting" "world" { name = "world" }
//! output "text" { value = hello_greeting.world.text }   # "Hello, world!"
//! output "loud" { value = provider::hello::shout("hi") } # "HI!" (Terraform 1.8+)
//! ```
//!
//! `cargo build -p tfplug --example hello`, then `dev_overrides` (see `tfplug/README.md`).

use std::process::ExitCode;
use std::sync::Arc;

use tfplug::function::{Function, FunctionError, Parameter};
use tfplug::{
    ApplyRequest, ApplyResponse, Attribute, Block, ConfigureRequest, Context, Diagnostics,
    PlanRequest, PlanResponse, Provider, ReadRequest, ReadResponse, Resource, Schema, Type, Value,
};

/// The provider: no settings, one resource, one function.
struct Hello;

#[tfplug::async_trait]
impl Provider for Hello {
    fn schema(&self) -> Schema {
        Schema::new(Block::new().description("Greets people."))
    }

    async fn configure(&self, _ctx: &Context, _request: ConfigureRequest) -> Diagnostics {
        Diagnostics::new()
    }

    fn resources(&self) -> Vec<Arc<dyn Resource>> {
        vec![Arc::new(Greeting)]
    }

    fn functions(&self) -> Vec<Arc<dyn Function>> {
        vec![Arc::new(Shout)]
    }
}

/// `provider::hello::shout(text)`: `text` in capitals, with a `!`.
struct Shout;

impl Function for Shout {
    fn name(&self) -> &'static str {
        "shout"
    }

    fn parameters(&self) -> Vec<Parameter> {
        vec![Parameter::new("text", Type::String).description("What to shout.")]
    }

    fn return_type(&self) -> Type {
        Type::String
    }

    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        match args[0].as_str() {
            Some(text) if !text.trim().is_empty() => Ok(format!("{}!", text.to_uppercase()).into()),
            _ => Err(FunctionError::argument(0, "there is nothing to shout")),
        }
    }
}

/// `hello_greeting`: a greeting for `name`, computed at plan time into `text`.
struct Greeting;

impl Greeting {
    /// The state for a configuration: its `name`, and `text` when the name is known.
    fn state_for(config: &Value) -> Value {
        let name = config.get_attr("name").cloned().unwrap_or(Value::Null);
        let text = match &name {
            Value::String(name) => Value::String(format!("Hello, {name}!")),
            _ => Value::Unknown,
        };
        Value::object([("name", name), ("text", text)])
    }

    fn applied(request: ApplyRequest) -> ApplyResponse {
        ApplyResponse {
            new_state: Self::state_for(&request.config),
            private: Vec::new(),
            diagnostics: Diagnostics::new(),
        }
    }
}

#[tfplug::async_trait]
impl Resource for Greeting {
    fn type_name(&self) -> &'static str {
        "hello_greeting"
    }

    fn schema(&self) -> Schema {
        Schema::new(
            Block::new()
                .description("A greeting.")
                .attribute(Attribute::required("name", Type::String).description("Who to greet."))
                .attribute(Attribute::computed("text", Type::String).description("The greeting.")),
        )
    }

    async fn validate(&self, _ctx: &Context, config: &Value) -> Diagnostics {
        let mut diagnostics = Diagnostics::new();
        if config.get_attr("name").and_then(Value::as_str) == Some("") {
            let path = tfplug::AttributePath::attr("name");
            diagnostics.attribute_error(path, "Empty name", "Give `name` at least one character.");
        }
        diagnostics
    }

    async fn plan(&self, _ctx: &Context, request: PlanRequest) -> PlanResponse {
        PlanResponse {
            planned_state: Self::state_for(&request.config),
            ..PlanResponse::proposed(&request)
        }
    }

    async fn create(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        Self::applied(request)
    }

    async fn read(&self, _ctx: &Context, request: ReadRequest) -> ReadResponse {
        ReadResponse::unchanged(request)
    }

    async fn update(&self, _ctx: &Context, request: ApplyRequest) -> ApplyResponse {
        Self::applied(request)
    }

    async fn delete(&self, _ctx: &Context, _state: Value) -> Diagnostics {
        Diagnostics::new()
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tfplug::serve_main("registry.terraform.io/example/hello", Hello).await
}
