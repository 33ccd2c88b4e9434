//! `#[derive(Declare)]`: the schema a struct declares and how its values decode.

use std::collections::BTreeMap;

use tfplug::value::Number;
use tfplug::{AttributePath, Declare, Diagnostics, Nesting, Type, Value};

/// Thresholds block.
#[derive(Debug, PartialEq, Declare)]
struct Limits {
    /// Ratio.
    #[tf(default)]
    ratio: f64,
    /// Not in the schema.
    #[tf(skip, default)]
    window: String,
    /// Not in the schema either, and no default.
    #[tf(skip)]
    note: String,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            ratio: 0.9,
            window: "5m".to_owned(),
            note: "from Default".to_owned(),
        }
    }
}

#[derive(Debug, PartialEq, Declare)]
struct Rule {
    /// Alert name.
    alert: String,
    /// Hold time.
    #[tf(rename = "for")]
    for_: Option<String>,
    /// Labels.
    #[tf(default = BTreeMap::new())]
    labels: BTreeMap<String, String>,
}

#[derive(Debug, PartialEq, Declare)]
struct App {
    /// The name.
    ///
    /// Second paragraph.
    name: String,
    /// Pods.
    #[tf(default = 2)]
    replicas: i64,
    /// Restarts.
    #[tf(unset = 3_u32)]
    restarts: Option<u32>,
    /// The strategy.
    #[tf(one_of = &["rolling", "canary"], default = "rolling")]
    strategy: String,
    /// Thresholds.
    #[tf(block)]
    limits: Limits,
    /// Rules.
    #[tf(block)]
    rule: Vec<Rule>,
    /// Optional block.
    #[tf(block)]
    extra: Option<Limits>,
}

fn string(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn number(text: &str) -> Value {
    Value::Number(Number::parse(text).unwrap_or_else(|e| panic!("{e}")))
}

fn errors(diagnostics: &Diagnostics) -> Vec<(String, String)> {
    diagnostics
        .as_slice()
        .iter()
        .map(|d| {
            (
                d.attribute
                    .as_ref()
                    .map(AttributePath::to_string)
                    .unwrap_or_default(),
                d.summary.clone(),
            )
        })
        .collect()
}

#[test]
fn the_block_follows_the_fields() {
    let block = App::block();
    let names: Vec<&str> = block.attributes.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["name", "replicas", "restarts", "strategy"]);
    let name = block.get_attribute("name").expect("name");
    assert!(name.required && !name.optional);
    assert_eq!(name.description, "The name.\n\nSecond paragraph.");
    let replicas = block.get_attribute("replicas").expect("replicas");
    assert!(replicas.optional && !replicas.required);
    assert_eq!(replicas.description, "Pods. Defaults to `2`.");
    let restarts = block.get_attribute("restarts").expect("restarts");
    assert!(restarts.optional);
    assert_eq!(restarts.description, "Restarts. Defaults to `3`.");
    assert_eq!(
        block
            .get_attribute("strategy")
            .map(|a| a.description.as_str()),
        Some("The strategy. One of `rolling`, `canary`. Defaults to `\"rolling\"`.")
    );
    let blocks: Vec<(&str, Nesting)> = block
        .blocks
        .iter()
        .map(|b| (b.type_name.as_str(), b.nesting))
        .collect();
    assert_eq!(
        blocks,
        [
            ("limits", Nesting::Single),
            ("rule", Nesting::List),
            ("extra", Nesting::Single)
        ]
    );
    let rule = &block.blocks[1].block;
    assert_eq!(rule.description, "Rules.");
    assert!(rule.get_attribute("for").is_some());
    assert_eq!(
        rule.get_attribute("labels").map(|a| a.value_type()),
        Some(Type::map(Type::String))
    );
    let limits = &block.blocks[0].block;
    assert_eq!(
        limits.attributes.len(),
        1,
        "skipped fields are not declared"
    );
    assert_eq!(
        limits.attributes[0].description,
        "Ratio. Defaults to `0.9`."
    );
}

#[test]
fn defaults_fill_what_the_configuration_leaves_null() {
    let app = App::decode(&Value::object([
        ("name", string("api")),
        ("replicas", Value::Null),
        ("rule", Value::list([])),
    ]))
    .expect("valid");
    assert_eq!(
        app,
        App {
            name: "api".to_owned(),
            replicas: 2,
            restarts: None,
            strategy: "rolling".to_owned(),
            limits: Limits::default(),
            rule: Vec::new(),
            extra: None,
        }
    );
}

#[test]
fn nested_blocks_and_renamed_attributes_decode() {
    let app = App::decode(&Value::object([
        ("name", string("api")),
        ("restarts", number("3")),
        ("limits", Value::object([("ratio", number("0.5"))])),
        (
            "rule",
            Value::list([Value::object([
                ("alert", string("Down")),
                ("for", string("1m")),
                ("labels", Value::map([("team", string("core"))])),
            ])]),
        ),
    ]))
    .expect("valid");
    assert_eq!(app.restarts, Some(3));
    assert_eq!(app.limits.ratio, 0.5);
    assert_eq!(app.limits.window, "5m");
    assert_eq!(app.limits.note, "", "a skipped field without default");
    assert_eq!(app.rule[0].for_.as_deref(), Some("1m"));
    assert_eq!(app.rule[0].labels["team"], "core");
}

#[test]
fn every_problem_is_reported_at_its_path_at_once() {
    let diagnostics = App::decode(&Value::object([
        ("name", Value::Null),
        ("replicas", number("1.5")),
        ("restarts", number("-1")),
        (
            "rule",
            Value::list([
                Value::object([("alert", string("ok"))]),
                Value::object([
                    ("alert", Value::Null),
                    ("labels", Value::map([("team", Value::Null)])),
                ]),
            ]),
        ),
    ]))
    .expect_err("invalid");
    assert_eq!(
        errors(&diagnostics),
        [
            ("name".to_owned(), "Missing required argument".to_owned()),
            ("replicas".to_owned(), "Invalid number".to_owned()),
            ("restarts".to_owned(), "Invalid number".to_owned()),
            (
                "rule[1].alert".to_owned(),
                "Missing required argument".to_owned()
            ),
            (
                "rule[1].labels[\"team\"]".to_owned(),
                "Invalid null value".to_owned()
            ),
        ]
    );
    assert!(
        diagnostics.as_slice()[1].detail.contains("1.5"),
        "{:?}",
        diagnostics.as_slice()[1]
    );
}

#[test]
fn unknown_and_mistyped_values_are_errors() {
    let diagnostics = App::decode(&Value::object([
        ("name", Value::Unknown),
        ("replicas", string("two")),
    ]))
    .expect_err("invalid");
    assert_eq!(
        errors(&diagnostics),
        [
            ("name".to_owned(), "Value not known yet".to_owned()),
            (
                "replicas".to_owned(),
                "Incorrect attribute value type".to_owned()
            ),
        ]
    );
    assert!(App::decode(&Value::Null).is_err());
}
