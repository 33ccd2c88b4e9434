//! Kubernetes pod discovery by `prometheus.io/*` annotations: the service
//! discovery block and the relabelling rules that turn discovered pods into
//! scrape targets.
//!
//! A job may also have static `targets`. Static targets carry none of the
//! `__meta_kubernetes_*` labels, so every rule below leaves them as they are:
//! the `keep` rule keeps a target whose pod name is empty, and the other
//! rules only act on non-empty values.

use super::KubernetesPods;
use crate::yaml::Yaml;

/// Discovered label holding the pod's name (empty for a static target).
const POD_NAME: &str = "__meta_kubernetes_pod_name";

/// The discovered label of pod annotation `prometheus.io/<name>`.
fn annotation(name: &str) -> String {
    format!("__meta_kubernetes_pod_annotation_prometheus_io_{name}")
}

/// `kubernetes_sd_configs` of a job: pods, in `namespaces` when any are given,
/// carrying every one of `pod_labels` (an API-side label selector).
pub(super) fn sd_configs(pods: &KubernetesPods) -> Yaml {
    let mut config = Yaml::map().with("role", "pod");
    if !pods.namespaces.is_empty() {
        config = config.with(
            "namespaces",
            Yaml::map().with("names", pods.namespaces.clone()),
        );
    }
    if !pods.pod_labels.is_empty() {
        let selector: Vec<String> = pods
            .pod_labels
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect();
        config = config.with(
            "selectors",
            Yaml::seq().push(
                Yaml::map()
                    .with("role", "pod")
                    .with("label", selector.join(",")),
            ),
        );
    }
    Yaml::seq().push(config)
}

/// One relabelling rule: `action` on the values of `sources` joined with `;`.
fn rule(action: &str, sources: &[&str], regex: &str) -> Yaml {
    Yaml::map()
        .with("action", action)
        .with("source_labels", sources.iter().copied().collect::<Yaml>())
        .with("regex", regex)
}

/// A `replace` rule writing `replacement` into `target` when `regex` matches.
fn replace(sources: &[&str], regex: &str, target: &str, replacement: &str) -> Yaml {
    rule("replace", sources, regex)
        .with("target_label", target)
        .with("replacement", replacement)
}

/// `relabel_configs` of a job with pod discovery.
pub(super) fn pod_relabelling() -> Yaml {
    let scrape = annotation("scrape");
    let port = annotation("port");
    let pod_ip = "__meta_kubernetes_pod_ip";
    Yaml::seq()
        // Pods that ask to be scraped, and static targets (no pod name).
        .push(rule("keep", &[POD_NAME, &scrape], ";|[^;]+;true"))
        // Only running pods: finished or pending pods have nothing to serve.
        .push(rule(
            "drop",
            &["__meta_kubernetes_pod_phase"],
            "Pending|Succeeded|Failed",
        ))
        .push(replace(
            &[&annotation("scheme")],
            "(https?)",
            "__scheme__",
            "$1",
        ))
        .push(replace(
            &[&annotation("path")],
            "(/.*)",
            "__metrics_path__",
            "$1",
        ))
        // The annotated port on the pod's IP; IPv6 addresses go in brackets.
        .push(replace(
            &[&port, pod_ip],
            r"(\d+);(\d+\.\d+\.\d+\.\d+)",
            "__address__",
            "$2:$1",
        ))
        .push(replace(
            &[&port, pod_ip],
            r"(\d+);([0-9A-Fa-f]*:[0-9A-Fa-f:.]*)",
            "__address__",
            "[$2]:$1",
        ))
        .push(replace(
            &["__meta_kubernetes_namespace"],
            "(.+)",
            "namespace",
            "$1",
        ))
        .push(replace(&[POD_NAME], "(.+)", "pod", "$1"))
}
