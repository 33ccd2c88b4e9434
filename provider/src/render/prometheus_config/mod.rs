//! Renders the `devopsflow_prometheus_config` resource into a Prometheus
//! server configuration file (`prometheus.yml`).
//!
//! The file holds, in this order:
//!
//! 1. `global`: `scrape_interval` and `evaluation_interval`.
//! 2. `rule_files`: the globs as written. Prometheus resolves relative paths
//!    in its configuration against the directory of the configuration file,
//!    so `alerts/*.rules.yml` next to `monitoring/prometheus.yml` reads
//!    `monitoring/alerts/*.rules.yml` wherever Prometheus is started from.
//! 3. `alerting`: one Alertmanager set with the `alertmanagers` addresses as
//!    static targets (left out when there are none).
//! 4. `scrape_configs`: one per `job` block, in configuration order. The
//!    Prometheus `job` label of every series scraped is the block's `name`,
//!    which is what `devopsflow_alert_rules` selects with its `job`.
//!
//! # Kubernetes pod discovery
//!
//! A job with a `kubernetes_pods` block discovers pods through the Kubernetes
//! API (`kubernetes_sd_configs` with role `pod`, limited to `namespaces` and
//! to pods with the `pod_labels` when given) and keeps the pods that ask to be scraped with annotations:
//!
//! | annotation | effect |
//! | --- | --- |
//! | `prometheus.io/scrape: "true"` | the pod is scraped; pods without it are dropped |
//! | `prometheus.io/scheme` | `http` or `https` instead of the job's `scheme` |
//! | `prometheus.io/path` | the metrics path instead of the job's `metrics_path` |
//! | `prometheus.io/port` | the port scraped, on the pod's IP (IPv4 or IPv6) |
//!
//! Pods that are not running (`Pending`, `Succeeded`, `Failed`) are dropped,
//! and each target gets the `namespace` and `pod` labels, which the
//! Kubernetes presets of `devopsflow_alert_rules` join on.
//!
//! # Validation
//!
//! [`render`] reports every problem at once, each at its attribute path:
//! intervals that are not positive Prometheus durations; rule file globs that
//! are empty, absolute or not valid glob patterns; addresses (`alertmanagers`,
//! `targets`) that are not `host:port` with a port from 1 to 65535 (IPv6 hosts
//! in brackets, `[::1]:9090`), or that repeat within their list; job names that
//! are empty or used twice; jobs with neither `targets` nor `kubernetes_pods`;
//! a `metrics_path` not starting with `/`; a `scheme` other than `http` or
//! `https`; namespaces that are not Kubernetes names (RFC 1123 labels);
//! `pod_labels` keys or values that are not Kubernetes label keys or values.

mod kubernetes;
#[cfg(test)]
mod tests;
mod validate;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml::{self, Yaml};

/// Accepted values of [`ScrapeJob::scheme`].
pub const SCHEMES: &[&str] = &["http", "https"];

/// The decoded configuration of one `devopsflow_prometheus_config` resource
/// (all its attributes but `path`). Each field's doc comment is the
/// attribute's description in the schema and the docs.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct PrometheusConfigSpec {
    /// How often targets are scraped, a positive Prometheus duration such as
    /// `15s`.
    #[tf(default = "1m")]
    pub scrape_interval: String,
    /// How often alerting and recording rules are evaluated, a positive
    /// Prometheus duration such as `30s`.
    #[tf(default = "1m")]
    pub evaluation_interval: String,
    /// Rule files to load, as globs relative to the directory of this
    /// configuration file (Prometheus resolves them there), e.g.
    /// `alerts/*.rules.yml` for the files of `devopsflow_alert_rules` written
    /// under `<dir>/alerts/`. `promtool check config` fails when a glob
    /// matches a file that is not a valid rule file.
    #[tf(default)]
    pub rule_files: Vec<String>,
    /// Alertmanager addresses, `host:port`, that firing alerts are sent to.
    #[tf(default)]
    pub alertmanagers: Vec<String>,
    /// A scrape job; its `name` becomes the `job` label of what it scrapes.
    #[tf(block, rename = "job")]
    pub jobs: Vec<ScrapeJob>,
    /// Text put at the top of the file as `# ` comment lines (set by the resource).
    #[tf(skip)]
    pub header: String,
}

/// One scrape job: static targets, Kubernetes pod discovery, or both.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct ScrapeJob {
    /// The job's name, unique in the file: the `job` label of every series
    /// it scrapes.
    pub name: String,
    /// Static targets, `host:port` each.
    #[tf(default)]
    pub targets: Vec<String>,
    /// HTTP path the metrics are read from (a pod's `prometheus.io/path`
    /// annotation overrides it); starts with `/`.
    #[tf(default = "/metrics")]
    pub metrics_path: String,
    /// Protocol used to scrape (a pod's `prometheus.io/scheme` annotation
    /// overrides it).
    #[tf(one_of = SCHEMES, default = "http")]
    pub scheme: String,
    /// Discover the pods to scrape through the Kubernetes API, by their
    /// `prometheus.io/*` annotations (see the resource's description).
    #[tf(block)]
    pub kubernetes_pods: Option<KubernetesPods>,
}

/// Annotation-based Kubernetes pod discovery.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct KubernetesPods {
    /// Namespaces to discover pods in; every namespace when empty.
    #[tf(default)]
    pub namespaces: Vec<String>,
    /// Only pods carrying all of these labels (Kubernetes label key => value),
    /// selected by the Kubernetes API itself, so that one job scrapes one
    /// app: for example `{ "app.kubernetes.io/name" = "api" }` for the pods
    /// of `devopsflow_k8s_app` named `api`. Every annotated pod when empty.
    #[tf(default)]
    pub pod_labels: std::collections::BTreeMap<String, String>,
}

/// Validates `spec` and renders the configuration file, or returns every
/// problem found, each located by its Terraform attribute path.
pub fn render(spec: &PrometheusConfigSpec) -> Result<String, Vec<FieldError>> {
    let errors = validate::validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }

    let global = Yaml::map()
        .with("scrape_interval", spec.scrape_interval.as_str())
        .with("evaluation_interval", spec.evaluation_interval.as_str());
    let mut doc = Yaml::map().with("global", global);
    if !spec.rule_files.is_empty() {
        doc = doc.with("rule_files", spec.rule_files.clone());
    }
    if !spec.alertmanagers.is_empty() {
        let set = Yaml::map().with("static_configs", static_targets(&spec.alertmanagers));
        doc = doc.with(
            "alerting",
            Yaml::map().with("alertmanagers", Yaml::seq().push(set)),
        );
    }
    doc = doc.with(
        "scrape_configs",
        spec.jobs.iter().map(scrape_config).collect::<Yaml>(),
    );
    Ok(format!(
        "{}{}",
        yaml::comment(&spec.header),
        yaml::to_string(&doc)
    ))
}

/// A `static_configs` list holding one group with `targets`.
fn static_targets(targets: &[String]) -> Yaml {
    Yaml::seq().push(Yaml::map().with("targets", targets.to_vec()))
}

/// The `scrape_configs` entry of one job.
fn scrape_config(job: &ScrapeJob) -> Yaml {
    let mut config = Yaml::map()
        .with("job_name", job.name.as_str())
        .with("metrics_path", job.metrics_path.as_str())
        .with("scheme", job.scheme.as_str());
    if !job.targets.is_empty() {
        config = config.with("static_configs", static_targets(&job.targets));
    }
    if let Some(pods) = &job.kubernetes_pods {
        config = config
            .with("kubernetes_sd_configs", kubernetes::sd_configs(pods))
            .with("relabel_configs", kubernetes::pod_relabelling());
    }
    config
}
