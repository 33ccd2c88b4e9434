//! The renderer functions: `provider::devopsflow::<kind>(config)` for every artifact kind
//! (`alert_rules`, `ansible_playbook`, `k8s_app`, `pipeline`), returning the files its data source renders.
//!
//! `config` is an object with the data source's arguments, written as HCL object syntax:
//! a nested block becomes an attribute holding an object (a single block) or a list of
//! objects (a repeated block). Its type is `DynamicPseudoType`, since the kinds have many
//! optional arguments and an object parameter of a fixed type would make the caller give
//! every one. The function fills in what is left out exactly as Terraform fills in a
//! block (absent arguments null, absent repeated blocks empty), then renders through
//! [`ArtifactDataSource::render`]: the function, the data source and the resource share
//! one rendering path and cannot differ.
//!
//! Every problem is an error on argument 0 whose message names the attribute path
//! (`config.rule[0].expr: ...`), all problems of the call at once.

use std::collections::BTreeMap;
use std::marker::PhantomData;

use tfplug::function::{Function, FunctionError, Parameter};
use tfplug::value::ValueError;
use tfplug::{Block, DataSource as _, Diagnostics, Nesting, Severity, Type, Value};

use crate::engine::data_source::ArtifactDataSource;
use crate::engine::{ArtifactKind, Layout};

/// The renderer function of artifact kind `K`.
pub(crate) struct RenderFunction<K> {
    summary: String,
    description: String,
    _kind: PhantomData<fn() -> K>,
}

impl<K: ArtifactKind> Default for RenderFunction<K> {
    fn default() -> Self {
        let name = K::TYPE_NAME;
        let files = match K::LAYOUT {
            Layout::File => format!(
                "one entry, under the key `{}`, whose text is what the resource writes at its \
                 `path`",
                ArtifactDataSource::<K>::file_name()
            ),
            Layout::Files => format!(
                "every file, keyed by its path relative to the resource's `{}`",
                K::LOCATION_ATTRIBUTE
            ),
        };
        let description = format!(
            "Renders the text the `{name}` resource writes, from the arguments of the `{name}` \
             data source, and returns a map of {files}. It writes and reads nothing, and gives \
             exactly the data source's `files` for the same arguments (they share one \
             renderer).\n\n\
             `config` is an object: each argument as an attribute, and each nested block as \
             an attribute holding an object (or a list of objects for a block that repeats). \
             Arguments left out are unset, as in the data source. A wrong type or an \
             unknown attribute is an error on the argument naming the first such attribute; \
             values the renderer refuses are all reported together, each with its path \
             (`config.<path>: ...`).\n\n\
             ```terraform\n{example}```\n\n{description}",
            example = example_for(name),
            description = K::DESCRIPTION,
        );
        let summary = match K::LAYOUT {
            Layout::File => format!("Renders the file of `{name}` without writing it"),
            Layout::Files => format!("Renders the files of `{name}` without writing them"),
        };
        Self {
            summary,
            description,
            _kind: PhantomData,
        }
    }
}

/// The example on the function's page.
fn example_for(type_name: &str) -> &'static str {
    match type_name {
        "devopsflow_alert_rules" => {
            "output \"rules\" {\n  value = provider::devopsflow::alert_rules({\n    \
             group   = \"api\"\n    job     = \"api-service\"\n    \
             presets = [\"high_error_rate\"]\n    rule = [{\n      \
             alert = \"QueueBacklog\"\n      expr  = \"sum(queue_depth) > 100\"\n      \
             for   = \"10m\"\n    }]\n  })[\"alert_rules\"]\n}\n"
        }
        "devopsflow_alertmanager_config" => {
            "output \"alertmanager\" {\n  value = provider::devopsflow::alertmanager_config({\n    \
             default_receiver = \"oncall\"\n    receiver = [{\n      name      = \"oncall\"\n      \
             pagerduty = [{ routing_key_file = \"/etc/alertmanager/pagerduty_key\" }]\n    }]\n    \
             route = [{ matchers = { severity = \"critical\" }, receiver = \"oncall\" }]\n  \
             })[\"alertmanager_config\"]\n}\n"
        }
        "devopsflow_ansible_playbook" => {
            "output \"playbook\" {\n  value = provider::devopsflow::ansible_playbook({\n    \
             name    = \"api\"\n    roles   = [\"common\", \"hardening\", \"app\"]\n    \
             command = \"/opt/api/bin/api\"\n  })\n}\n"
        }
        "devopsflow_k8s_app" => {
            "output \"manifests\" {\n  value = provider::devopsflow::k8s_app({\n    \
             name        = \"api\"\n    namespace   = \"prod\"\n    \
             image       = \"registry.example.com/api:1.4.2\"\n    \
             autoscaling = { min_replicas = 2, max_replicas = 6 }\n  })\n}\n"
        }
        "devopsflow_container" => {
            "output \"dockerfile\" {\n  value = provider::devopsflow::container({\n    \
             name     = \"api\"\n    language = \"go\"\n    \
             services = [\"postgres\"]\n  })[\"Dockerfile\"]\n}\n"
        }
        "devopsflow_deploy_scripts" => {
            "output \"scripts\" {\n  value = keys(provider::devopsflow::deploy_scripts({\n    \
             name       = \"api\"\n    target     = \"compose\"\n    \
             health_url = \"http://127.0.0.1:8080/health\"\n  }))\n}\n"
        }
        "devopsflow_prometheus_config" => {
            "output \"prometheus_yml\" {\n  value = provider::devopsflow::prometheus_config({\n    \
             scrape_interval = \"15s\"\n    rule_files      = [\"alerts/*.rules.yml\"]\n    \
             job = [{ name = \"api-service\", targets = [\"api:8000\"] }]\n  \
             })[\"prometheus_config\"]\n}\n"
        }
        "devopsflow_grafana_dashboard" => {
            "output \"dashboard\" {\n  value = provider::devopsflow::grafana_dashboard({\n    \
             title = \"API service\"\n    job   = \"api-service\"\n    \
             slo   = { objective = 99.9 }\n  })[\"grafana_dashboard\"]\n}\n"
        }
        // A kind without an example of its own gets the pipeline's; the function page
        // test fails on it, because the example does not call that page's function.
        _ => {
            "output \"workflows\" {\n  value = provider::devopsflow::pipeline({\n    \
             name        = \"api\"\n    platform    = \"github_actions\"\n    \
             language    = \"python\"\n    image       = \"ghcr.io/acme/api\"\n    \
             environment = [{ name = \"staging\", auto_deploy = true }]\n  })\n}\n"
        }
    }
}

impl<K: ArtifactKind> RenderFunction<K> {
    /// The data source's arguments: its schema without the attributes it computes.
    fn arguments() -> Block {
        let mut block = ArtifactDataSource::<K>::default().schema().block;
        block
            .attributes
            .retain(|attribute| !attribute.computed || attribute.optional);
        block
    }

    /// The configuration the data source would get for `config`, or the errors.
    fn configuration(config: Value) -> Result<Value, FunctionError> {
        if !matches!(config, Value::Object(_) | Value::Map(_)) {
            return Err(FunctionError::argument(
                0,
                format!(
                    "config must be an object of {} arguments, such as {{ {} }}; got a {}",
                    K::TYPE_NAME,
                    Self::example_attribute(),
                    config.kind()
                ),
            ));
        }
        let block = Self::arguments();
        let conformed = config.conform(&block.value_type()).map_err(|error| {
            let path = error
                .path()
                .filter(|path| !path.is_root())
                .map_or_else(String::new, |path| format!(".{path}"));
            let hint = match error {
                ValueError::UnsupportedAttribute { .. } => format!(
                    "; config takes the arguments of the {} data source",
                    K::TYPE_NAME
                ),
                _ => String::new(),
            };
            FunctionError::argument(0, format!("config{path}: {}{hint}", error.message()))
        })?;
        Ok(with_empty_blocks(&block, conformed))
    }

    /// A required argument, to show in messages.
    fn example_attribute() -> String {
        Self::arguments()
            .attributes
            .iter()
            .find(|attribute| attribute.required)
            .map_or_else(String::new, |attribute| format!("{} = ...", attribute.name))
    }
}

/// Absent repeated blocks as Terraform sends them: empty, not null (recursively).
fn with_empty_blocks(block: &Block, value: Value) -> Value {
    let Value::Object(mut fields) = value else {
        return value;
    };
    for nested in &block.blocks {
        let inner = fields.remove(&nested.type_name).unwrap_or(Value::Null);
        let filled = match (nested.nesting, inner) {
            (Nesting::List, Value::Null) => Value::List(Vec::new()),
            (Nesting::Set, Value::Null) => Value::Set(Vec::new()),
            (Nesting::Map, Value::Null) => Value::Map(BTreeMap::new()),
            (Nesting::List, Value::List(items)) => Value::List(
                items
                    .into_iter()
                    .map(|item| with_empty_blocks(&nested.block, item))
                    .collect(),
            ),
            (Nesting::Set, Value::Set(items)) => Value::Set(
                items
                    .into_iter()
                    .map(|item| with_empty_blocks(&nested.block, item))
                    .collect(),
            ),
            (Nesting::Map, Value::Map(items)) => Value::Map(
                items
                    .into_iter()
                    .map(|(key, item)| (key, with_empty_blocks(&nested.block, item)))
                    .collect(),
            ),
            (_, single) => with_empty_blocks(&nested.block, single),
        };
        fields.insert(nested.type_name.clone(), filled);
    }
    Value::Object(fields)
}

/// The diagnostics of a render as one message, each error with `config.<path>: `.
fn message(diagnostics: &Diagnostics) -> String {
    let lines: Vec<String> = diagnostics
        .as_slice()
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .map(|diagnostic| {
            let at = diagnostic
                .attribute
                .as_ref()
                .filter(|path| !path.is_root())
                .map_or_else(|| "config".to_string(), |path| format!("config.{path}"));
            format!("{at}: {}: {}", diagnostic.summary, diagnostic.detail)
        })
        .collect();
    lines.join("\n")
}

impl<K: ArtifactKind> Function for RenderFunction<K> {
    fn name(&self) -> &'static str {
        ArtifactDataSource::<K>::file_name()
    }

    fn parameters(&self) -> Vec<Parameter> {
        vec![Parameter::new("config", Type::Dynamic).description(format!(
            "An object with the arguments of the `{}` data source (nested blocks as \
             attributes: an object for a single block, a list of objects for a repeated one).",
            K::TYPE_NAME
        ))]
    }

    fn return_type(&self) -> Type {
        Type::Map(Box::new(Type::String))
    }

    fn summary(&self) -> &str {
        &self.summary
    }

    fn description(&self) -> &str {
        &self.description
    }

    fn call(&self, args: Vec<Value>) -> Result<Value, FunctionError> {
        let config = args.into_iter().next().unwrap_or(Value::Null);
        if !config.is_wholly_known() {
            return Ok(Value::Unknown);
        }
        let config = Self::configuration(config)?;
        let files = ArtifactDataSource::<K>::render(&config)
            .map_err(|diagnostics| FunctionError::argument(0, message(&diagnostics)))?;
        Ok(Value::Map(
            files
                .into_iter()
                .map(|(path, text)| (path, Value::String(text)))
                .collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use tfplug::Context;

    use super::*;
    use crate::functions::test_support::call;
    use crate::resources::alert_rules::AlertRules;
    use crate::resources::k8s_app::K8sApp;

    fn alert_rules_config() -> Value {
        Value::object([
            ("group", Value::from("api")),
            ("job", Value::from("api-service")),
            (
                "presets",
                Value::tuple([Value::from("high_error_rate"), Value::from("pod_down")]),
            ),
            (
                "rule",
                Value::tuple([Value::object([
                    ("alert", Value::from("QueueBacklog")),
                    ("expr", Value::from("sum(queue_depth) > 100")),
                    ("for", Value::from("10m")),
                ])]),
            ),
        ])
    }

    /// What the data source reads for the same arguments, given as HCL block syntax.
    fn data_source_files<K: ArtifactKind>(config: &Value) -> Value {
        let block = ArtifactDataSource::<K>::default().schema().block;
        let config = config
            .clone()
            .conform(&block.value_type())
            .expect("conforms");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        let (state, diagnostics) =
            runtime.block_on(ArtifactDataSource::<K>::default().read(&Context::detached(), config));
        assert!(!diagnostics.has_errors(), "{diagnostics:?}");
        state.get_attr("files").cloned().expect("files")
    }

    #[test]
    fn alert_rules_runbooks_are_files_next_to_the_rules() {
        let mut config = alert_rules_config();
        if let Value::Object(fields) = &mut config {
            fields.insert("runbook_dir".into(), Value::from("runbooks"));
        }
        let files = call("alert_rules", vec![config.clone()]).expect("renders");
        let map = files.as_map().expect("a map");
        assert_eq!(
            map.keys().collect::<Vec<_>>(),
            [
                "alert_rules",
                "runbooks/high-error-rate.md",
                "runbooks/job-absent.md",
                "runbooks/pod-crash-looping.md",
                "runbooks/pod-down.md",
                "runbooks/queue-backlog.md",
            ]
        );
        let rules = map["alert_rules"].as_str().expect("text");
        assert!(
            rules.contains("runbook_url: runbooks/pod-down.md\n"),
            "{rules}"
        );
        let runbook = map["runbooks/queue-backlog.md"].as_str().expect("text");
        assert!(runbook.contains("# QueueBacklog\n"), "{runbook}");
        assert_eq!(files, data_source_files::<AlertRules>(&config));
    }

    #[test]
    fn alert_rules_returns_what_the_data_source_reads() {
        let files = call("alert_rules", vec![alert_rules_config()]).expect("renders");
        let map = files.as_map().expect("a map");
        assert_eq!(map.keys().collect::<Vec<_>>(), ["alert_rules"]);
        let text = map["alert_rules"].as_str().expect("text");
        assert!(text.contains("alert: QueueBacklog"), "{text}");
        assert_eq!(
            files,
            data_source_files::<AlertRules>(&alert_rules_config())
        );
    }

    #[test]
    fn k8s_app_fills_in_absent_blocks_and_returns_every_manifest() {
        let config = Value::object([
            ("name", Value::from("api")),
            ("namespace", Value::from("prod")),
            ("image", Value::from("registry.example.com/api:1.4.2")),
            (
                "autoscaling",
                Value::object([
                    ("min_replicas", Value::from(2_i64)),
                    ("max_replicas", Value::from(6_i64)),
                ]),
            ),
        ]);
        let files = call("k8s_app", vec![config.clone()]).expect("renders");
        let map = files.as_map().expect("a map");
        assert!(map.len() > 1, "{map:?}");
        assert!(map.keys().any(|path| path.contains("hpa")), "{map:?}");
        assert_eq!(files, data_source_files::<K8sApp>(&config));
    }

    #[test]
    fn errors_are_on_argument_0_and_name_every_attribute() {
        let mut config = alert_rules_config();
        if let Value::Object(fields) = &mut config {
            fields.insert(
                "rule".into(),
                Value::tuple([Value::object([
                    ("alert", Value::from("Bad")),
                    ("expr", Value::from("sum(")),
                    ("for", Value::from("10x")),
                ])]),
            );
        }
        let error = call("alert_rules", vec![config]).expect_err("bad rule");
        assert_eq!(error.argument, Some(0));
        assert!(error.message.contains("config.rule[0].expr: "), "{error:?}");
        assert!(error.message.contains("config.rule[0].for: "), "{error:?}");
    }

    #[test]
    fn a_wrong_shape_is_an_error_naming_its_path() {
        let cases = [
            (Value::from("api"), "config must be an object"),
            (
                Value::object([
                    ("group", Value::from("api")),
                    ("path", Value::from("a.yml")),
                ]),
                "config: unsupported attribute \"path\"; config takes the arguments of the \
                 devopsflow_alert_rules data source",
            ),
            (
                Value::object([
                    ("group", Value::from("api")),
                    ("presets", Value::object([("a", Value::from(true))])),
                ]),
                "config.presets",
            ),
        ];
        for (config, expected) in cases {
            let error = call("alert_rules", vec![config]).expect_err("wrong shape");
            assert_eq!(error.argument, Some(0));
            assert!(error.message.contains(expected), "{expected}: {error:?}");
        }
    }

    #[test]
    fn a_missing_required_argument_is_named() {
        let config = Value::object([("namespace", Value::from("prod"))]);
        let error = call("k8s_app", vec![config]).expect_err("no name");
        assert_eq!(error.argument, Some(0));
        assert!(error.message.contains("config.name"), "{error:?}");
    }
}
