//! Provider-defined functions through the wire: GetFunctions, GetProviderSchema,
//! GetMetadata and CallFunction.

use std::sync::Arc;

use tfplug::function::{Function, FunctionError, Parameter};
use tfplug::testing::{EmptyProvider, TestServer};
use tfplug::{
    Block, ConfigureRequest, Context, Diagnostics, Provider, Resource, Schema, Type, Value,
};

/// `repeat(text, times)`: `text` repeated; a negative count is an error on argument 1.
struct Repeat;

impl Function for Repeat {
    fn name(&self) -> &'static str {
        "repeat"
    }
    fn parameters(&self) -> Vec<Parameter> {
        vec![
            Parameter::new("text", Type::String),
            Parameter::new("times", Type::Number).description("How many copies."),
        ]
    }
    fn return_type(&self) -> Type {
        Type::String
    }
    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        let text = args[0].as_str().unwrap_or_default();
        match args[1].as_i64().map(usize::try_from) {
            Some(Ok(times)) => Ok(Value::String(text.repeat(times))),
            _ => Err(FunctionError::argument(
                1,
                "times must be a whole number ≥ 0",
            )),
        }
    }
}

/// `join(separator, parts...)`: variadic; a part equal to the separator is an error on it.
struct Join;

impl Function for Join {
    fn name(&self) -> &'static str {
        "join"
    }
    fn parameters(&self) -> Vec<Parameter> {
        vec![Parameter::new("separator", Type::String)]
    }
    fn variadic_parameter(&self) -> Option<Parameter> {
        Some(Parameter::new("parts", Type::String))
    }
    fn return_type(&self) -> Type {
        Type::String
    }
    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        let texts: Vec<&str> = args.iter().filter_map(Value::as_str).collect();
        let (separator, parts) = texts.split_first().unwrap_or((&"", &[]));
        if let Some(at) = parts.iter().position(|part| part == separator) {
            return Err(FunctionError::argument(
                at + 1,
                "a part equals the separator",
            ));
        }
        Ok(Value::String(parts.join(separator)))
    }
}

/// Misbehaves: returns a list for a string, or blames an argument that does not exist.
struct Broken;

impl Function for Broken {
    fn name(&self) -> &'static str {
        "broken"
    }
    fn parameters(&self) -> Vec<Parameter> {
        vec![Parameter::new("blame_missing", Type::Bool)]
    }
    fn return_type(&self) -> Type {
        Type::String
    }
    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        if args[0].as_bool() == Some(true) {
            return Err(FunctionError::argument(7, "blames argument 7"));
        }
        Ok(Value::list([Value::from("not a string")]))
    }
}

struct WithFunctions;

#[tfplug::async_trait]
impl Provider for WithFunctions {
    fn schema(&self) -> Schema {
        Schema::new(Block::new())
    }
    async fn configure(&self, _ctx: &Context, _request: ConfigureRequest) -> Diagnostics {
        Diagnostics::new()
    }
    fn resources(&self) -> Vec<Arc<dyn Resource>> {
        Vec::new()
    }
    fn functions(&self) -> Vec<Arc<dyn Function>> {
        vec![Arc::new(Repeat), Arc::new(Join), Arc::new(Broken)]
    }
}

async fn server() -> TestServer {
    TestServer::start(WithFunctions).await.expect("serve")
}

#[tokio::test]
async fn functions_are_listed_in_get_functions_schema_and_metadata() {
    let mut tf = server().await;
    let expected = vec!["broken", "join", "repeat"];
    let (from_get_functions, from_schema) = tf.function_names().await.expect("names");
    assert_eq!(from_get_functions, expected);
    assert_eq!(from_schema, expected);
    assert_eq!(tf.metadata().await.expect("metadata").functions, expected);
}

#[tokio::test]
async fn a_provider_without_functions_lists_none() {
    let mut tf = TestServer::start(EmptyProvider).await.expect("serve");
    let (from_get_functions, from_schema) = tf.function_names().await.expect("names");
    assert!(from_get_functions.is_empty() && from_schema.is_empty());
}

#[tokio::test]
async fn a_call_returns_the_result() {
    let mut tf = server().await;
    let args = vec!["ab".into(), 3.into()];
    let result = tf.call_function("repeat", args).await;
    assert_eq!(result.expect("answered"), Ok(Value::from("ababab")));
}

#[tokio::test]
async fn variadic_arguments_arrive_in_order() {
    let mut tf = server().await;
    let args = vec!["-".into(), "a".into(), "b".into(), "c".into()];
    let joined = tf.call_function("join", args).await.expect("answered");
    assert_eq!(joined, Ok(Value::from("a-b-c")));
    let none = tf.call_function("join", vec!["-".into()]).await;
    assert_eq!(none.expect("answered"), Ok(Value::from("")));
}

#[tokio::test]
async fn errors_keep_the_argument_position() {
    let mut tf = server().await;
    let negative = tf
        .call_function("repeat", vec!["ab".into(), (-1).into()])
        .await;
    let error = negative
        .expect("answered")
        .expect_err("a negative count fails");
    assert_eq!(
        error,
        FunctionError::argument(1, "times must be a whole number ≥ 0")
    );

    let args = vec!["-".into(), "a".into(), "-".into()];
    let error = tf.call_function("join", args).await.expect("answered");
    assert_eq!(error.expect_err("fails").argument, Some(2));
}

#[tokio::test]
async fn a_result_of_the_wrong_type_is_an_error_not_a_broken_answer() {
    let mut tf = server().await;
    let result = tf.call_function("broken", vec![false.into()]).await;
    let error = result.expect("answered").expect_err("a list is no string");
    assert!(
        error.message.contains("does not match its return type"),
        "{}",
        error.message
    );
    assert_eq!(error.argument, None);
}

#[tokio::test]
async fn an_argument_position_past_the_arguments_is_dropped() {
    let mut tf = server().await;
    let result = tf.call_function("broken", vec![true.into()]).await;
    let error = result.expect("answered").expect_err("fails");
    assert_eq!(error, FunctionError::new("blames argument 7"));
}
