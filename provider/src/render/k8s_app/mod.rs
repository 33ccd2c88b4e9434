//! `devopsflow_k8s_app`: production-grade Kubernetes manifests for one HTTP
//! application, with a `rolling`, `blue_green` or `canary` delivery strategy.
//!
//! [`render`] turns a [`K8sAppSpec`] into a set of files (one Kubernetes object
//! per file plus a `kustomization.yaml` listing them all), or into the list of
//! every problem found in the spec, each on its Terraform attribute path.
//!
//! # Files
//!
//! | file | object | when |
//! | --- | --- | --- |
//! | `deployment.yaml` | Deployment `<name>` | `rolling` |
//! | `deployment-blue.yaml`, `deployment-green.yaml` | Deployments `<name>-blue`, `<name>-green` | `blue_green` |
//! | `deployment-stable.yaml`, `deployment-canary.yaml` | Deployments `<name>-stable`, `<name>-canary` | `canary` |
//! | `service.yaml` | Service `<name>` (port 80 to the container port `http`) | always |
//! | `service-preview.yaml` | Service `<name>-preview`, selecting the idle colour | `blue_green` |
//! | `hpa.yaml` | HorizontalPodAutoscaler (`autoscaling/v2`) | `autoscaling` set, `rolling` |
//! | `hpa-blue.yaml`, `hpa-green.yaml` | one HorizontalPodAutoscaler per colour | `autoscaling` set, `blue_green` |
//! | `hpa-stable.yaml`, `hpa-canary.yaml` | one HorizontalPodAutoscaler per Deployment | `autoscaling` set, `canary` |
//! | `pdb.yaml` | PodDisruptionBudget `<name>` (`maxUnavailable: 1`, all pods of the app) | always |
//! | `ingress.yaml` | Ingress `<name>` (`networking.k8s.io/v1`, TLS when `tls_secret`) | `ingress` set |
//! | `serviceaccount.yaml` | ServiceAccount (token not mounted) | always |
//! | `networkpolicy.yaml` | NetworkPolicy admitting ingress traffic on the app port (and `metrics_port`) only | always |
//! | `kustomization.yaml` | Kustomization listing every other file | always |
//!
//! The Namespace itself is not created: it is expected to exist.
//!
//! # Strategies
//!
//! Every Deployment uses a RollingUpdate strategy with `maxUnavailable: 0`
//! and `maxSurge: 25%`, so a rollout never drops below full capacity.
//!
//! - `rolling`: one Deployment `<name>`; the Service selects `app: <name>`.
//! - `blue_green`: Deployments `<name>-blue` and `<name>-green`, pods labelled
//!   `version: blue|green`, each running `replicas` pods. The Service `<name>`
//!   selects the `active_color`, the Service `<name>-preview` the other one.
//!   Switching `active_color` changes only the two Services' selectors.
//! - `canary`: Deployments `<name>-stable` and `<name>-canary`, pods labelled
//!   `version: stable|canary`. The canary runs
//!   `max(1, round(replicas * canary_weight / 100))` pods (halves round up)
//!   and stable the rest; the one Service selects `app: <name>`, so traffic is
//!   shared in proportion to the pod counts. The weight is honoured or the
//!   plan fails: stable must keep at least one pod, and the canary's share of
//!   the pods must be within [`WEIGHT_TOLERANCE`] percentage point of
//!   `canary_weight` (with weight 10, `replicas = 2` is refused and the
//!   diagnostic suggests 10, 11, 19 ...). `canary_weight` with another
//!   strategy is an error.
//!
//! # Autoscaling
//!
//! With `autoscaling`, the autoscaled Deployments leave `spec.replicas` out
//! of their manifest (as the Kubernetes documentation recommends), so applying
//! the files never fights the autoscaler:
//!
//! - `rolling`: one HPA `<name>` on the Deployment.
//! - `blue_green`: one HPA per colour (`<name>-blue`, `<name>-green`); the
//!   idle colour idles at `min_replicas` and the active one follows the load,
//!   so switching colours touches no Deployment. Without autoscaling both
//!   colours run `replicas` pods.
//! - `canary`: one HPA per Deployment (`<name>-stable`, `<name>-canary`),
//!   whose bounds split `min_replicas` and `max_replicas` by the weight as
//!   `replicas` is split without autoscaling (each at least 1). Both follow
//!   the same utilization targets, so the canary keeps its share as the load
//!   grows. The same check applies: `min_replicas` and `max_replicas` must
//!   each honour `canary_weight` (with weight 10, 10-20 works, 3-20 is
//!   refused).
//!
//! When neither utilization target is given, the HPA targets
//! [`DEFAULT_CPU_UTILIZATION`] percent CPU.
//!
//! # Pod
//!
//! Pods run as user and group 10001 (`runAsNonRoot`), with the `RuntimeDefault`
//! seccomp profile, a read-only root filesystem with an `emptyDir` on `/tmp`,
//! no privilege escalation, every capability dropped and no service account
//! token. They spread across nodes and zones (`ScheduleAnyway`), expose the
//! container port as `http`, and have startup (on the liveness path),
//! readiness and liveness HTTP probes on it. Environment variables come from
//! `env` (values written as given) and `secret_env` (`secretKeyRef` only:
//! the files never hold a secret value).
//!
//! With `metrics_port`, pods carry the `prometheus.io/scrape`, `/port` and
//! `/path` annotations, and a separate metrics port is opened in the container
//! and the NetworkPolicy. The computed `deploy_target` and `scrape_job` tell a
//! pipeline where to deploy and alert rules which `job` to select.

use std::collections::BTreeMap;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml::{self, Yaml};

mod canary;
/// Its checks of names, paths and image references serve the other renderers too.
pub(crate) mod validate;
mod wiring;

pub use canary::{WEIGHT_TOLERANCE, canary_split};
pub(crate) use validate::{http_path, image_reference};
pub use wiring::{DEFAULT_METRICS_PATH, DeployTarget, manifests_dir, scrape_job};

#[cfg(test)]
mod tests;

/// The delivery strategies, as written in the `strategy` attribute.
pub const STRATEGIES: &[&str] = &["rolling", "blue_green", "canary"];

/// The colours of a blue-green deployment, as written in `active_color`.
pub const COLORS: &[&str] = &["blue", "green"];

/// `replicas` when it is not set.
pub const DEFAULT_REPLICAS: i64 = 2;
/// `port` when it is not set.
pub const DEFAULT_PORT: i64 = 8080;
/// `canary_weight` when it is not set.
pub const DEFAULT_CANARY_WEIGHT: i64 = 10;
/// `active_color` when it is not set.
pub const DEFAULT_ACTIVE_COLOR: &str = "blue";
/// `liveness_path` when it is not set.
pub const DEFAULT_LIVENESS_PATH: &str = "/health";
/// `readiness_path` when it is not set.
pub const DEFAULT_READINESS_PATH: &str = "/ready";
/// `resources.cpu_request` when it is not set.
pub const DEFAULT_CPU_REQUEST: &str = "100m";
/// `resources.memory_request` when it is not set.
pub const DEFAULT_MEMORY_REQUEST: &str = "128Mi";
/// `resources.cpu_limit` when it is not set.
pub const DEFAULT_CPU_LIMIT: &str = "500m";
/// `resources.memory_limit` when it is not set.
pub const DEFAULT_MEMORY_LIMIT: &str = "512Mi";
/// `ingress.path` when it is not set.
pub const DEFAULT_INGRESS_PATH: &str = "/";
/// The HPA's CPU target when neither utilization is set.
pub const DEFAULT_CPU_UTILIZATION: i64 = 80;

/// The user and group the containers run as.
const RUN_AS_ID: i64 = 10001;
/// The port the Services listen on; they forward to the container port `http`.
const SERVICE_PORT: i64 = 80;
/// The name of the container port, used by probes, Services and the Ingress.
const PORT_NAME: &str = "http";

/// Everything the resource renders from: the `devopsflow_k8s_app` attributes. Each
/// field's doc comment is the attribute's description in the schema and the docs.
#[derive(Debug, Clone, PartialEq, Declare)]
pub struct K8sAppSpec {
    /// Application name (a DNS-1035 label); names every object and the `app` label.
    /// Short enough that the derived names (`-preview`, `-stable`, `-canary`) stay
    /// within 63 characters.
    pub name: String,
    /// Namespace of every object (it must already exist).
    pub namespace: String,
    /// Container image reference, e.g. `registry.example.com/api:1.4.2` or a digest.
    pub image: String,
    /// Pod count (per colour for `blue_green`; split between stable and canary for
    /// `canary`, which must honour `canary_weight` within 1 percentage point). Not
    /// written for Deployments an HPA scales. 1 to 2^31-1.
    #[tf(default = DEFAULT_REPLICAS)]
    pub replicas: i64,
    /// Container port the app listens on (1-65535).
    #[tf(default = DEFAULT_PORT)]
    pub port: i64,
    /// Directory for the manifests, relative to the provider's `root_dir`.
    /// Default `k8s/<name>`.
    pub output_dir: Option<String>,
    /// The delivery strategy.
    #[tf(one_of = STRATEGIES, default = "rolling")]
    pub strategy: String,
    /// Percent of pods running the canary, 1-99; an error with any other strategy.
    /// The canary gets `max(1, round(replicas * canary_weight / 100))` pods, or with
    /// `autoscaling` its own HPA with `min_replicas` and `max_replicas` split the same
    /// way. The plan fails, naming the counts that work, when stable would have no pod
    /// or the canary's share would differ from the weight by more than 1 point.
    #[tf(unset = DEFAULT_CANARY_WEIGHT)]
    pub canary_weight: Option<i64>,
    /// The colour the main Service selects (`blue_green` only; checked whenever set).
    #[tf(one_of = COLORS, unset = DEFAULT_ACTIVE_COLOR)]
    pub active_color: Option<String>,
    /// Plain environment variables, written in the files as given.
    #[tf(default = BTreeMap::new())]
    pub env: BTreeMap<String, String>,
    /// Environment variables read from Secrets:
    /// `NAME = { secret = "...", key = "..." }`. Only references are written, never
    /// values.
    #[tf(default = BTreeMap::new())]
    pub secret_env: BTreeMap<String, SecretRef>,
    /// HTTP path of the liveness (and startup) probe.
    #[tf(default = DEFAULT_LIVENESS_PATH)]
    pub liveness_path: String,
    /// HTTP path of the readiness probe.
    #[tf(default = DEFAULT_READINESS_PATH)]
    pub readiness_path: String,
    /// ServiceAccount name (the resource renders it). Default: `name`.
    pub service_account: Option<String>,
    /// Port the app serves Prometheus metrics on (1-65535; the app port or another one,
    /// which the container and the NetworkPolicy then also open). When set, pods are
    /// annotated `prometheus.io/scrape`, `prometheus.io/port` and `prometheus.io/path`.
    pub metrics_port: Option<i64>,
    /// HTTP path of the metrics (only with `metrics_port`).
    #[tf(unset = DEFAULT_METRICS_PATH)]
    pub metrics_path: Option<String>,
    /// Container requests and limits (Kubernetes quantities).
    #[tf(block)]
    pub resources: Resources,
    /// A HorizontalPodAutoscaler (`autoscaling/v2`).
    #[tf(block)]
    pub autoscaling: Option<Autoscaling>,
    /// An Ingress (`networking.k8s.io/v1`).
    #[tf(block)]
    pub ingress: Option<IngressSpec>,
    /// Comment text written as `# ` lines at the top of every file (set by the
    /// resource).
    #[tf(skip)]
    pub header: String,
}

/// A key of a Kubernetes Secret.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct SecretRef {
    /// Secret name (a DNS-1123 subdomain).
    pub secret: String,
    /// Key inside the Secret.
    pub key: String,
}

/// Container requests and limits, as Kubernetes quantities.
///
/// CPU: cores (`0.5`, `2`) or millicores (`250m`). Memory: bytes (`134217728`),
/// binary (`128Mi`, `1Gi`) or decimal (`512M`) units. A request may not
/// exceed its limit.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct Resources {
    /// CPU request.
    #[tf(default)]
    pub cpu_request: String,
    /// Memory request.
    #[tf(default)]
    pub memory_request: String,
    /// CPU limit.
    #[tf(default)]
    pub cpu_limit: String,
    /// Memory limit.
    #[tf(default)]
    pub memory_limit: String,
}

impl Default for Resources {
    fn default() -> Self {
        Resources {
            cpu_request: DEFAULT_CPU_REQUEST.to_owned(),
            memory_request: DEFAULT_MEMORY_REQUEST.to_owned(),
            cpu_limit: DEFAULT_CPU_LIMIT.to_owned(),
            memory_limit: DEFAULT_MEMORY_LIMIT.to_owned(),
        }
    }
}

/// HorizontalPodAutoscaler settings (see the module documentation for which
/// Deployments are autoscaled).
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct Autoscaling {
    /// At least 1. With `canary`, split between the two HPAs by `canary_weight`.
    pub min_replicas: i64,
    /// At least `min_replicas`. With `canary`, split between the two HPAs by
    /// `canary_weight`.
    pub max_replicas: i64,
    /// Target average CPU utilization, percent of the request (1-100). The default
    /// applies only when `memory_utilization` is not set either.
    #[tf(unset = DEFAULT_CPU_UTILIZATION)]
    pub cpu_utilization: Option<i64>,
    /// Target average memory utilization, percent of the request (1-100).
    pub memory_utilization: Option<i64>,
}

/// An Ingress rule for one host.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct IngressSpec {
    /// Host name (a leading `*.` wildcard is allowed).
    pub host: String,
    /// Secret holding the TLS certificate; enables TLS.
    pub tls_secret: Option<String>,
    /// `ingressClassName`; the cluster's default class when unset.
    pub class_name: Option<String>,
    /// Path prefix routed to the Service.
    #[tf(default = DEFAULT_INGRESS_PATH)]
    pub path: String,
}

/// Renders the files for `spec`: `(file name relative to output_dir, text)`,
/// sorted by file name. The same spec always gives the same bytes.
///
/// # Errors
///
/// Every problem in the spec, each on its Terraform attribute path.
pub fn render(spec: &K8sAppSpec) -> Result<Vec<(String, String)>, Vec<FieldError>> {
    let errors = validate::validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }
    let layout = Layout::of(spec).map_err(|error| vec![error])?;
    let mut objects: Vec<(String, Yaml)> = Vec::new();

    for deployment in &layout.deployments {
        objects.push((deployment.file.clone(), deployment_object(spec, deployment)));
    }
    objects.push((
        "service.yaml".to_owned(),
        service_object(spec, &spec.name, layout.service_version),
    ));
    if let Some(preview) = layout.preview_version {
        objects.push((
            "service-preview.yaml".to_owned(),
            service_object(spec, &format!("{}-preview", spec.name), Some(preview)),
        ));
    }
    if let Some(autoscaling) = &spec.autoscaling {
        for hpa in &layout.autoscalers {
            objects.push((hpa.file.clone(), hpa_object(spec, autoscaling, hpa)));
        }
    }
    objects.push(("pdb.yaml".to_owned(), pdb_object(spec)));
    if let Some(ingress) = &spec.ingress {
        objects.push(("ingress.yaml".to_owned(), ingress_object(spec, ingress)));
    }
    objects.push((
        "serviceaccount.yaml".to_owned(),
        service_account_object(spec),
    ));
    objects.push((
        "networkpolicy.yaml".to_owned(),
        wiring::network_policy_object(spec),
    ));

    objects.sort_by(|a, b| a.0.cmp(&b.0));
    let kustomization = kustomization_object(spec, objects.iter().map(|(file, _)| file.as_str()));
    objects.push(("kustomization.yaml".to_owned(), kustomization));
    objects.sort_by(|a, b| a.0.cmp(&b.0));

    let header = yaml::comment(&spec.header);
    Ok(objects
        .into_iter()
        .map(|(file, object)| (file, format!("{header}{}", yaml::to_string(&object))))
        .collect())
}

/// Which objects a strategy needs.
#[derive(Debug)]
struct Layout {
    deployments: Vec<DeploymentPlan>,
    autoscalers: Vec<AutoscalerPlan>,
    /// The `version` label the main Service selects, if it selects one.
    service_version: Option<&'static str>,
    /// The `version` label of the preview Service, if there is one.
    preview_version: Option<&'static str>,
}

/// One Deployment to render.
#[derive(Debug)]
struct DeploymentPlan {
    file: String,
    name: String,
    /// The `version` label of its pods (multi-Deployment strategies).
    version: Option<&'static str>,
    /// `spec.replicas`; `None` when an HPA owns the count.
    replicas: Option<i64>,
}

/// One HorizontalPodAutoscaler to render.
#[derive(Debug)]
struct AutoscalerPlan {
    file: String,
    name: String,
    target: String,
    min_replicas: i64,
    max_replicas: i64,
}

impl Layout {
    /// Works out the objects for a validated spec.
    fn of(spec: &K8sAppSpec) -> Result<Layout, FieldError> {
        let name = &spec.name;
        let autoscaled = spec.autoscaling.is_some();
        let fixed = |count: i64| (!autoscaled).then_some(count);
        let deployment = |suffix: &str, version, replicas| DeploymentPlan {
            file: format!("deployment-{suffix}.yaml"),
            name: format!("{name}-{suffix}"),
            version: Some(version),
            replicas,
        };
        let (min, max) = spec
            .autoscaling
            .as_ref()
            .map_or((1, 1), |a| (a.min_replicas, a.max_replicas));
        let autoscaler =
            |file: &str, target: String, (min_replicas, max_replicas)| AutoscalerPlan {
                file: file.to_owned(),
                name: target.clone(),
                target,
                min_replicas,
                max_replicas,
            };
        let layout = match spec.strategy.as_str() {
            "rolling" => Layout {
                deployments: vec![DeploymentPlan {
                    file: "deployment.yaml".to_owned(),
                    name: name.clone(),
                    version: None,
                    replicas: fixed(spec.replicas),
                }],
                autoscalers: vec![autoscaler("hpa.yaml", name.clone(), (min, max))],
                service_version: None,
                preview_version: None,
            },
            "blue_green" => {
                let active = spec.active_color.as_deref().unwrap_or(DEFAULT_ACTIVE_COLOR);
                let (active, idle) = if active == "green" {
                    ("green", "blue")
                } else {
                    ("blue", "green")
                };
                Layout {
                    deployments: vec![
                        deployment("blue", "blue", fixed(spec.replicas)),
                        deployment("green", "green", fixed(spec.replicas)),
                    ],
                    autoscalers: vec![
                        autoscaler("hpa-blue.yaml", format!("{name}-blue"), (min, max)),
                        autoscaler("hpa-green.yaml", format!("{name}-green"), (min, max)),
                    ],
                    service_version: Some(active),
                    preview_version: Some(idle),
                }
            }
            "canary" => {
                let weight = spec.canary_weight.unwrap_or(DEFAULT_CANARY_WEIGHT);
                let (canary, stable) = canary_split(spec.replicas, weight);
                let (canary_min, stable_min) = canary_split(min, weight);
                let (canary_max, stable_max) = canary_split(max, weight);
                Layout {
                    deployments: vec![
                        deployment("stable", "stable", fixed(stable)),
                        deployment("canary", "canary", fixed(canary)),
                    ],
                    autoscalers: vec![
                        autoscaler(
                            "hpa-stable.yaml",
                            format!("{name}-stable"),
                            (stable_min, stable_max),
                        ),
                        autoscaler(
                            "hpa-canary.yaml",
                            format!("{name}-canary"),
                            (canary_min, canary_max),
                        ),
                    ],
                    service_version: None,
                    preview_version: None,
                }
            }
            other => return Err(validate::unknown_strategy(other)),
        };
        Ok(layout)
    }
}

/// Labels on every object.
fn common_labels(spec: &K8sAppSpec) -> Yaml {
    Yaml::map()
        .with("app", &spec.name)
        .with("app.kubernetes.io/name", &spec.name)
        .with("app.kubernetes.io/managed-by", "terraform")
}

/// Labels of a group of pods, also used as selectors: the `app` label and,
/// for multi-Deployment strategies, `version`.
fn selector_labels(spec: &K8sAppSpec, version: Option<&str>) -> Yaml {
    Yaml::map()
        .with("app", &spec.name)
        .with_opt("version", version)
}

/// `metadata` of a namespaced object.
fn metadata(spec: &K8sAppSpec, name: &str, labels: Yaml) -> Yaml {
    Yaml::map()
        .with("name", name)
        .with("namespace", &spec.namespace)
        .with("labels", labels)
}

/// The start of every object: `apiVersion`, `kind`, `metadata`.
fn object(api_version: &str, kind: &str, metadata: Yaml) -> Yaml {
    Yaml::map()
        .with("apiVersion", api_version)
        .with("kind", kind)
        .with("metadata", metadata)
}

fn deployment_object(spec: &K8sAppSpec, plan: &DeploymentPlan) -> Yaml {
    let labels = common_labels(spec).with_opt("version", plan.version);
    let selector = selector_labels(spec, plan.version);
    let strategy = Yaml::map().with("type", "RollingUpdate").with(
        "rollingUpdate",
        Yaml::map()
            .with("maxSurge", "25%")
            .with("maxUnavailable", 0),
    );
    let template_metadata = Yaml::map()
        .with("labels", labels.clone())
        .with_opt("annotations", wiring::scrape_annotations(spec));
    let template = Yaml::map()
        .with("metadata", template_metadata)
        .with("spec", pod_spec(spec, &selector));
    object("apps/v1", "Deployment", metadata(spec, &plan.name, labels)).with(
        "spec",
        Yaml::map()
            .with_opt("replicas", plan.replicas)
            .with("revisionHistoryLimit", 10)
            .with("selector", Yaml::map().with("matchLabels", selector))
            .with("strategy", strategy)
            .with("template", template),
    )
}

/// The hardened pod spec; `selector` picks this Deployment's pods, for the
/// topology spread constraints.
fn pod_spec(spec: &K8sAppSpec, selector: &Yaml) -> Yaml {
    let service_account = spec.service_account.as_deref().unwrap_or(&spec.name);
    let spread = |topology_key: &str| {
        Yaml::map()
            .with("maxSkew", 1)
            .with("topologyKey", topology_key)
            .with("whenUnsatisfiable", "ScheduleAnyway")
            .with(
                "labelSelector",
                Yaml::map().with("matchLabels", selector.clone()),
            )
            .with("matchLabelKeys", Yaml::seq().push("pod-template-hash"))
    };
    Yaml::map()
        .with("serviceAccountName", service_account)
        .with("automountServiceAccountToken", false)
        .with(
            "securityContext",
            Yaml::map()
                .with("runAsNonRoot", true)
                .with("runAsUser", RUN_AS_ID)
                .with("runAsGroup", RUN_AS_ID)
                .with("fsGroup", RUN_AS_ID)
                .with("seccompProfile", Yaml::map().with("type", "RuntimeDefault")),
        )
        .with(
            "topologySpreadConstraints",
            Yaml::seq()
                .push(spread("kubernetes.io/hostname"))
                .push(spread("topology.kubernetes.io/zone")),
        )
        .with("containers", Yaml::seq().push(container(spec)))
        .with(
            "volumes",
            Yaml::seq().push(
                Yaml::map()
                    .with("name", "tmp")
                    .with("emptyDir", Yaml::map()),
            ),
        )
}

fn container(spec: &K8sAppSpec) -> Yaml {
    let resources = &spec.resources;
    let probe = |path: &str, period: i64, failures: i64| {
        Yaml::map()
            .with(
                "httpGet",
                Yaml::map().with("path", path).with("port", PORT_NAME),
            )
            .with("periodSeconds", period)
            .with("timeoutSeconds", 2)
            .with("failureThreshold", failures)
    };
    Yaml::map()
        .with("name", &spec.name)
        .with("image", &spec.image)
        .with("ports", wiring::container_ports(spec))
        .with_opt("env", env_list(spec))
        .with(
            "resources",
            Yaml::map()
                .with(
                    "requests",
                    Yaml::map()
                        .with("cpu", &resources.cpu_request)
                        .with("memory", &resources.memory_request),
                )
                .with(
                    "limits",
                    Yaml::map()
                        .with("cpu", &resources.cpu_limit)
                        .with("memory", &resources.memory_limit),
                ),
        )
        // Up to 150 s to start before liveness checks begin.
        .with("startupProbe", probe(&spec.liveness_path, 5, 30))
        .with("readinessProbe", probe(&spec.readiness_path, 5, 3))
        .with("livenessProbe", probe(&spec.liveness_path, 10, 3))
        .with(
            "securityContext",
            Yaml::map()
                .with("allowPrivilegeEscalation", false)
                .with("readOnlyRootFilesystem", true)
                .with("runAsNonRoot", true)
                .with(
                    "capabilities",
                    Yaml::map().with("drop", Yaml::seq().push("ALL")),
                ),
        )
        .with(
            "volumeMounts",
            Yaml::seq().push(Yaml::map().with("name", "tmp").with("mountPath", "/tmp")),
        )
}

/// The container's `env`: plain variables, then Secret references, each
/// group sorted by name; `None` when there are none.
fn env_list(spec: &K8sAppSpec) -> Option<Yaml> {
    let plain = spec
        .env
        .iter()
        .map(|(name, value)| Yaml::map().with("name", name).with("value", value));
    let secret = spec.secret_env.iter().map(|(name, secret)| {
        Yaml::map().with("name", name).with(
            "valueFrom",
            Yaml::map().with(
                "secretKeyRef",
                Yaml::map()
                    .with("name", &secret.secret)
                    .with("key", &secret.key),
            ),
        )
    });
    let items: Vec<Yaml> = plain.chain(secret).collect();
    (!items.is_empty()).then_some(Yaml::Seq(items))
}

fn service_object(spec: &K8sAppSpec, name: &str, version: Option<&str>) -> Yaml {
    object("v1", "Service", metadata(spec, name, common_labels(spec))).with(
        "spec",
        Yaml::map()
            .with("type", "ClusterIP")
            .with("selector", selector_labels(spec, version))
            .with(
                "ports",
                Yaml::seq().push(
                    Yaml::map()
                        .with("name", PORT_NAME)
                        .with("port", SERVICE_PORT)
                        .with("targetPort", PORT_NAME)
                        .with("protocol", "TCP"),
                ),
            ),
    )
}

fn hpa_object(spec: &K8sAppSpec, autoscaling: &Autoscaling, plan: &AutoscalerPlan) -> Yaml {
    let metric = |resource: &str, utilization: i64| {
        Yaml::map().with("type", "Resource").with(
            "resource",
            Yaml::map().with("name", resource).with(
                "target",
                Yaml::map()
                    .with("type", "Utilization")
                    .with("averageUtilization", utilization),
            ),
        )
    };
    let cpu = match (autoscaling.cpu_utilization, autoscaling.memory_utilization) {
        (None, None) => Some(DEFAULT_CPU_UTILIZATION),
        (cpu, _) => cpu,
    };
    let metrics: Vec<Yaml> = [
        cpu.map(|u| metric("cpu", u)),
        autoscaling.memory_utilization.map(|u| metric("memory", u)),
    ]
    .into_iter()
    .flatten()
    .collect();
    object(
        "autoscaling/v2",
        "HorizontalPodAutoscaler",
        metadata(spec, &plan.name, common_labels(spec)),
    )
    .with(
        "spec",
        Yaml::map()
            .with(
                "scaleTargetRef",
                Yaml::map()
                    .with("apiVersion", "apps/v1")
                    .with("kind", "Deployment")
                    .with("name", &plan.target),
            )
            .with("minReplicas", plan.min_replicas)
            .with("maxReplicas", plan.max_replicas)
            .with("metrics", Yaml::Seq(metrics)),
    )
}

/// At most one pod of the app (all Deployments together) is evicted at a
/// time; pods that are not ready may always be evicted, so a crash-looping
/// pod never blocks a node drain.
fn pdb_object(spec: &K8sAppSpec) -> Yaml {
    object(
        "policy/v1",
        "PodDisruptionBudget",
        metadata(spec, &spec.name, common_labels(spec)),
    )
    .with(
        "spec",
        Yaml::map()
            .with("maxUnavailable", 1)
            .with("unhealthyPodEvictionPolicy", "AlwaysAllow")
            .with(
                "selector",
                Yaml::map().with("matchLabels", selector_labels(spec, None)),
            ),
    )
}

fn ingress_object(spec: &K8sAppSpec, ingress: &IngressSpec) -> Yaml {
    let backend = Yaml::map().with(
        "service",
        Yaml::map()
            .with("name", &spec.name)
            .with("port", Yaml::map().with("name", PORT_NAME)),
    );
    let rule = Yaml::map().with("host", &ingress.host).with(
        "http",
        Yaml::map().with(
            "paths",
            Yaml::seq().push(
                Yaml::map()
                    .with("path", &ingress.path)
                    .with("pathType", "Prefix")
                    .with("backend", backend),
            ),
        ),
    );
    let tls = ingress.tls_secret.as_ref().map(|secret| {
        Yaml::seq().push(
            Yaml::map()
                .with("hosts", Yaml::seq().push(&ingress.host))
                .with("secretName", secret),
        )
    });
    object(
        "networking.k8s.io/v1",
        "Ingress",
        metadata(spec, &spec.name, common_labels(spec)),
    )
    .with(
        "spec",
        Yaml::map()
            .with_opt("ingressClassName", ingress.class_name.as_ref())
            .with_opt("tls", tls)
            .with("rules", Yaml::seq().push(rule)),
    )
}

fn service_account_object(spec: &K8sAppSpec) -> Yaml {
    let name = spec.service_account.as_deref().unwrap_or(&spec.name);
    object(
        "v1",
        "ServiceAccount",
        metadata(spec, name, common_labels(spec)),
    )
    .with("automountServiceAccountToken", false)
}

fn kustomization_object<'a>(spec: &K8sAppSpec, files: impl Iterator<Item = &'a str>) -> Yaml {
    Yaml::map()
        .with("apiVersion", "kustomize.config.k8s.io/v1beta1")
        .with("kind", "Kustomization")
        .with("namespace", &spec.namespace)
        .with("resources", files.collect::<Yaml>())
}
