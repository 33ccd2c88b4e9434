//! What other resources learn about the app: the `deploy_target` a pipeline
//! deploys through and the `scrape_job` alert rules select, plus the scrape
//! annotations and the metrics port that make Prometheus produce that job.

use tfplug::{Declare, Value};

use super::{K8sAppSpec, Layout, PORT_NAME, common_labels, metadata, object, selector_labels};
use crate::yaml::Yaml;

/// The name of the container port metrics are served on, when it is not the app port.
const METRICS_PORT_NAME: &str = "metrics";
/// `metrics_path` when it is not set.
pub const DEFAULT_METRICS_PATH: &str = "/metrics";

/// Where and how the app is deployed: the computed `deploy_target` of
/// `devopsflow_k8s_app`, accepted by `devopsflow_pipeline`'s `environment`
/// blocks. Each field's doc comment is its description.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct DeployTarget {
    /// Namespace of every object of the app.
    pub namespace: String,
    /// Directory of the manifests and their `kustomization.yaml`, relative to the
    /// provider's `root_dir` (the repository root), e.g. `k8s/api`.
    pub manifests_dir: String,
    /// The Deployments, in order: `[<name>]` (rolling), `[<name>-blue, <name>-green]`
    /// (blue_green) or `[<name>-stable, <name>-canary]` (canary).
    pub deployments: Vec<String>,
    /// The Service in front of the app (the blue-green switch changes its `version`
    /// selector; `<service>-preview` selects the idle colour).
    pub service: String,
    /// The delivery strategy: `rolling`, `blue_green` or `canary`.
    pub strategy: String,
    /// The HTTP path of the app's liveness probe, which smoke tests request.
    pub health_path: String,
    /// The image as the manifests name it, without tag or digest (what `kustomize edit
    /// set image` matches).
    pub image: String,
}

impl DeployTarget {
    /// The deploy target of a valid spec.
    pub fn of(spec: &K8sAppSpec) -> Option<DeployTarget> {
        let layout = Layout::of(spec).ok()?;
        Some(DeployTarget {
            namespace: spec.namespace.clone(),
            manifests_dir: manifests_dir(spec),
            deployments: layout.deployments.into_iter().map(|d| d.name).collect(),
            service: spec.name.clone(),
            strategy: spec.strategy.clone(),
            health_path: spec.liveness_path.clone(),
            image: image_name(&spec.image).to_owned(),
        })
    }

    /// The attribute value.
    pub fn to_value(&self) -> Value {
        let string = |s: &str| Value::String(s.to_owned());
        Value::object([
            ("namespace", string(&self.namespace)),
            ("manifests_dir", string(&self.manifests_dir)),
            (
                "deployments",
                Value::List(self.deployments.iter().map(|d| string(d)).collect()),
            ),
            ("service", string(&self.service)),
            ("strategy", string(&self.strategy)),
            ("health_path", string(&self.health_path)),
            ("image", string(&self.image)),
        ])
    }
}

/// The directory the manifests are written to: `output_dir`, default `k8s/<name>`,
/// without a trailing `/`.
pub fn manifests_dir(spec: &K8sAppSpec) -> String {
    spec.output_dir
        .clone()
        .unwrap_or_else(|| format!("k8s/{}", spec.name))
        .trim_end_matches('/')
        .to_owned()
}

/// The `job` label Prometheus gives the app's series: the app name, which is
/// the `devopsflow_prometheus_config` job to name after it.
pub fn scrape_job(spec: &K8sAppSpec) -> String {
    spec.name.clone()
}

/// An image reference without its tag and digest.
fn image_name(image: &str) -> &str {
    let reference = image.split_once('@').map_or(image, |(name, _)| name);
    match reference.rfind(':') {
        Some(i) if !reference[i..].contains('/') => &reference[..i],
        _ => reference,
    }
}

/// The pod template's `prometheus.io/*` annotations, when `metrics_port` is set.
pub(super) fn scrape_annotations(spec: &K8sAppSpec) -> Option<Yaml> {
    let port = spec.metrics_port?;
    let path = spec.metrics_path.as_deref().unwrap_or(DEFAULT_METRICS_PATH);
    Some(
        Yaml::map()
            .with("prometheus.io/scrape", "true")
            .with("prometheus.io/port", port.to_string())
            .with("prometheus.io/path", path),
    )
}

/// The container ports: the app port `http`, and `metrics` when the metrics are
/// served on another port.
pub(super) fn container_ports(spec: &K8sAppSpec) -> Yaml {
    let port = |name: &str, number: i64| {
        Yaml::map()
            .with("name", name)
            .with("containerPort", number)
            .with("protocol", "TCP")
    };
    let ports = Yaml::seq().push(port(PORT_NAME, spec.port));
    match separate_metrics_port(spec) {
        Some(metrics) => ports.push(port(METRICS_PORT_NAME, metrics)),
        None => ports,
    }
}

/// Admits inbound traffic to the app's pods on the container port only (from
/// anywhere); outbound traffic is not restricted.
pub(super) fn network_policy_object(spec: &K8sAppSpec) -> Yaml {
    object(
        "networking.k8s.io/v1",
        "NetworkPolicy",
        metadata(spec, &spec.name, common_labels(spec)),
    )
    .with(
        "spec",
        Yaml::map()
            .with(
                "podSelector",
                Yaml::map().with("matchLabels", selector_labels(spec, None)),
            )
            .with("policyTypes", Yaml::seq().push("Ingress"))
            .with(
                "ingress",
                Yaml::seq().push(Yaml::map().with("ports", admitted_ports(spec))),
            ),
    )
}

/// The ports the NetworkPolicy admits: the app port and a separate metrics port.
fn admitted_ports(spec: &K8sAppSpec) -> Yaml {
    let port = |number: i64| Yaml::map().with("protocol", "TCP").with("port", number);
    let ports = Yaml::seq().push(port(spec.port));
    match separate_metrics_port(spec) {
        Some(metrics) => ports.push(port(metrics)),
        None => ports,
    }
}

/// `metrics_port` when it is set and is not the app port.
fn separate_metrics_port(spec: &K8sAppSpec) -> Option<i64> {
    spec.metrics_port.filter(|port| *port != spec.port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_name_drops_tag_and_digest_but_not_the_registry_port() {
        assert_eq!(
            image_name("registry.example.com/api:1.4.2"),
            "registry.example.com/api"
        );
        assert_eq!(image_name("localhost:5000/api"), "localhost:5000/api");
        assert_eq!(image_name("localhost:5000/api:2"), "localhost:5000/api");
        assert_eq!(
            image_name("ghcr.io/acme/api:1@sha256:0123456789abcdef"),
            "ghcr.io/acme/api"
        );
        assert_eq!(image_name("nginx"), "nginx");
    }
}
