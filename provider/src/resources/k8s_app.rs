//! `devopsflow_k8s_app`: hardened Kubernetes manifests for one HTTP application,
//! delivered with a rolling, blue-green or canary strategy.

use tfplug::{Attribute, Block, Declare, Diagnostics, Type, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::k8s_app::{self as render, DeployTarget, K8sAppSpec};

/// The resource kind.
pub(crate) struct K8sApp;

impl ArtifactKind for K8sApp {
    const TYPE_NAME: &'static str = "devopsflow_k8s_app";
    const LAYOUT: Layout = Layout::Files;
    const LOCATION_ATTRIBUTE: &'static str = "output_dir";
    const DESCRIPTION: &'static str = "Kubernetes manifests for one HTTP application: \
        Deployment(s), Service, HorizontalPodAutoscaler, PodDisruptionBudget, Ingress, \
        ServiceAccount, a NetworkPolicy admitting only the app port, and a `kustomization.yaml`. \
        Pods are hardened (non-root, read-only root filesystem, no capabilities, RuntimeDefault \
        seccomp) and spread across nodes. `strategy` switches between a rolling update, \
        blue-green (`active_color`) and canary (`canary_weight`) delivery.";

    fn inputs() -> Block {
        K8sAppSpec::block()
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let mut spec = K8sAppSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("app {:?}", spec.name));
        let dir = render::manifests_dir(&spec);
        let files = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(files
            .into_iter()
            .map(|(name, text)| (format!("{dir}/{name}"), text))
            .collect())
    }

    fn outputs() -> Vec<Attribute> {
        vec![
            Attribute::computed("deploy_target", DeployTarget::block().value_type()).description(
                "Where and how the app is deployed, for `devopsflow_pipeline`'s \
                 `environment { deploy_target = devopsflow_k8s_app.NAME.deploy_target }`: \
                 `namespace`, `manifests_dir` (relative to `root_dir`), `deployments` (the \
                 Deployment names), `service`, `strategy`, `health_path` (the liveness path) \
                 and `image` (the image name without tag). Known at plan time when the \
                 arguments are.",
            ),
            Attribute::computed("scrape_job", Type::String).description(
                "The `job` label of the app's metrics: the app `name`. Name the \
                 `devopsflow_prometheus_config` job that scrapes the annotated pods (see \
                 `metrics_port`) after it, and select it with `devopsflow_alert_rules`' \
                 `job = devopsflow_k8s_app.NAME.scrape_job`.",
            ),
        ]
    }

    fn output_values(config: &Value) -> Vec<(&'static str, Value)> {
        let Ok(spec) = K8sAppSpec::decode(config) else {
            return Vec::new();
        };
        let target = DeployTarget::of(&spec).map_or(Value::Null, |t| t.to_value());
        vec![
            ("deploy_target", target),
            ("scrape_job", Value::String(render::scrape_job(&spec))),
        ]
    }
}

#[cfg(test)]
mod tests {
    use tfplug::value::Number;

    use super::*;

    fn string(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    #[test]
    fn every_decode_error_is_reported_on_its_attribute() {
        let config = Value::object([
            ("name", string("api")),
            ("namespace", Value::Null),
            ("image", string("registry.example.com/api:1")),
            (
                "replicas",
                Value::Number(Number::from_f64(1.5).expect("finite")),
            ),
            ("env", Value::map([("TEAM", Value::Null)])),
        ]);
        let diagnostics = K8sApp::render(&config).expect_err("invalid");
        let paths: Vec<String> = diagnostics
            .as_slice()
            .iter()
            .map(|d| {
                d.attribute
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(paths, ["namespace", "replicas", "env[\"TEAM\"]"]);
    }
}
