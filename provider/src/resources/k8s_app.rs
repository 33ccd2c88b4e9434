//! `devopsflow_k8s_app`: hardened Kubernetes manifests for one HTTP application,
//! delivered with a rolling, blue-green or canary strategy.

use std::collections::BTreeMap;

use serde::Deserialize;
use tfplug::{Attribute, Block, Diagnostics, NestedBlock, Nesting, Type, Value};

use crate::engine::{ArtifactKind, Layout, decode_config, field_error_to_diagnostic, header};
use crate::render::k8s_app::{
    self as render, Autoscaling, IngressSpec, K8sAppSpec, Resources, SecretRef,
};

/// The resource kind.
pub(crate) struct K8sApp;

#[derive(Debug, Deserialize)]
struct Config {
    name: String,
    namespace: String,
    image: String,
    replicas: Option<i64>,
    port: Option<i64>,
    output_dir: Option<String>,
    strategy: Option<String>,
    canary_weight: Option<i64>,
    active_color: Option<String>,
    env: Option<BTreeMap<String, String>>,
    secret_env: Option<BTreeMap<String, SecretConfig>>,
    liveness_path: Option<String>,
    readiness_path: Option<String>,
    service_account: Option<String>,
    resources: Option<ResourcesConfig>,
    autoscaling: Option<AutoscalingConfig>,
    ingress: Option<IngressConfig>,
}

#[derive(Debug, Deserialize)]
struct SecretConfig {
    secret: String,
    key: String,
}

#[derive(Debug, Deserialize)]
struct ResourcesConfig {
    cpu_request: Option<String>,
    memory_request: Option<String>,
    cpu_limit: Option<String>,
    memory_limit: Option<String>,
}

#[derive(Debug, Deserialize)]
struct AutoscalingConfig {
    min_replicas: i64,
    max_replicas: i64,
    cpu_utilization: Option<i64>,
    memory_utilization: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct IngressConfig {
    host: String,
    tls_secret: Option<String>,
    class_name: Option<String>,
    path: Option<String>,
}

const DEFAULT_REPLICAS: i64 = 2;
const DEFAULT_PORT: i64 = 8080;

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
        let string_map = Type::Map(Box::new(Type::String));
        let secret_ref = Type::Object(
            [
                ("secret".to_string(), Type::String),
                ("key".to_string(), Type::String),
            ]
            .into_iter()
            .collect(),
        );
        Block::new()
            .attribute(Attribute::required("name", Type::String).description(
                "Application name (a DNS-1035 label); names every object and the `app` label.",
            ))
            .attribute(
                Attribute::required("namespace", Type::String)
                    .description("Namespace of every object (it must already exist)."),
            )
            .attribute(Attribute::required("image", Type::String).description(
                "Container image reference, e.g. `registry.example.com/api:1.4.2` or a digest.",
            ))
            .attribute(Attribute::optional("replicas", Type::Number).description(format!(
                "Pod count (per colour for `blue_green`; split between stable and canary for \
                 `canary`). Default {DEFAULT_REPLICAS}."
            )))
            .attribute(Attribute::optional("port", Type::Number).description(format!(
                "Container port the app listens on (1-65535). Default {DEFAULT_PORT}."
            )))
            .attribute(Attribute::optional("output_dir", Type::String).description(
                "Directory for the manifests, relative to the provider's `root_dir`. \
                 Default `k8s/<name>`.",
            ))
            .attribute(Attribute::optional("strategy", Type::String).description(
                "`rolling` (default), `blue_green` or `canary`.",
            ))
            .attribute(Attribute::optional("canary_weight", Type::Number).description(format!(
                "Percent of pods running the canary, 1-99 (`canary` only). Default {}.",
                render::DEFAULT_CANARY_WEIGHT
            )))
            .attribute(Attribute::optional("active_color", Type::String).description(
                "`blue` (default) or `green`: the colour the main Service selects (`blue_green` only).",
            ))
            .attribute(
                Attribute::optional("env", string_map)
                    .description("Plain environment variables."),
            )
            .attribute(
                Attribute::optional("secret_env", Type::Map(Box::new(secret_ref))).description(
                    "Environment variables read from Secrets: `NAME = { secret = \"...\", key = \"...\" }`. \
                     Only references are written, never values.",
                ),
            )
            .attribute(Attribute::optional("liveness_path", Type::String).description(format!(
                "HTTP path of the liveness (and startup) probe. Default `{}`.",
                render::DEFAULT_LIVENESS_PATH
            )))
            .attribute(Attribute::optional("readiness_path", Type::String).description(format!(
                "HTTP path of the readiness probe. Default `{}`.",
                render::DEFAULT_READINESS_PATH
            )))
            .attribute(Attribute::optional("service_account", Type::String).description(
                "ServiceAccount name. Default: `name`.",
            ))
            .block(NestedBlock::new(
                "resources",
                Nesting::Single,
                Block::new()
                    .description("Container requests and limits (Kubernetes quantities).")
                    .attribute(Attribute::optional("cpu_request", Type::String).description(
                        format!("Default `{}`.", render::DEFAULT_CPU_REQUEST),
                    ))
                    .attribute(Attribute::optional("memory_request", Type::String).description(
                        format!("Default `{}`.", render::DEFAULT_MEMORY_REQUEST),
                    ))
                    .attribute(Attribute::optional("cpu_limit", Type::String).description(
                        format!("Default `{}`.", render::DEFAULT_CPU_LIMIT),
                    ))
                    .attribute(Attribute::optional("memory_limit", Type::String).description(
                        format!("Default `{}`.", render::DEFAULT_MEMORY_LIMIT),
                    )),
            ))
            .block(NestedBlock::new(
                "autoscaling",
                Nesting::Single,
                Block::new()
                    .description("A HorizontalPodAutoscaler (`autoscaling/v2`).")
                    .attribute(Attribute::required("min_replicas", Type::Number).description("At least 1."))
                    .attribute(
                        Attribute::required("max_replicas", Type::Number)
                            .description("At least `min_replicas`."),
                    )
                    .attribute(Attribute::optional("cpu_utilization", Type::Number).description(
                        format!(
                            "Target average CPU utilization in percent. Default {} when no target is set.",
                            render::DEFAULT_CPU_UTILIZATION
                        ),
                    ))
                    .attribute(
                        Attribute::optional("memory_utilization", Type::Number)
                            .description("Target average memory utilization in percent."),
                    ),
            ))
            .block(NestedBlock::new(
                "ingress",
                Nesting::Single,
                Block::new()
                    .description("An Ingress (`networking.k8s.io/v1`).")
                    .attribute(Attribute::required("host", Type::String).description("Host name."))
                    .attribute(
                        Attribute::optional("tls_secret", Type::String)
                            .description("Secret holding the TLS certificate; enables TLS."),
                    )
                    .attribute(
                        Attribute::optional("class_name", Type::String)
                            .description("`ingressClassName`."),
                    )
                    .attribute(Attribute::optional("path", Type::String).description(format!(
                        "Path prefix. Default `{}`.",
                        render::DEFAULT_INGRESS_PATH
                    ))),
            ))
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let config: Config = decode_config(config)?;
        let output_dir = config
            .output_dir
            .clone()
            .unwrap_or_else(|| format!("k8s/{}", config.name));
        let defaults = Resources::default();
        let resources = match config.resources {
            Some(r) => Resources {
                cpu_request: r.cpu_request.unwrap_or(defaults.cpu_request),
                memory_request: r.memory_request.unwrap_or(defaults.memory_request),
                cpu_limit: r.cpu_limit.unwrap_or(defaults.cpu_limit),
                memory_limit: r.memory_limit.unwrap_or(defaults.memory_limit),
            },
            None => defaults,
        };
        let spec = K8sAppSpec {
            header: header(Self::TYPE_NAME, &format!("app {:?}", config.name)),
            name: config.name,
            namespace: config.namespace,
            image: config.image,
            replicas: config.replicas.unwrap_or(DEFAULT_REPLICAS),
            port: config.port.unwrap_or(DEFAULT_PORT),
            strategy: config.strategy.unwrap_or_else(|| "rolling".to_string()),
            canary_weight: config.canary_weight,
            active_color: config.active_color,
            env: config.env.unwrap_or_default(),
            secret_env: config
                .secret_env
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| {
                    (
                        k,
                        SecretRef {
                            secret: v.secret,
                            key: v.key,
                        },
                    )
                })
                .collect(),
            liveness_path: config
                .liveness_path
                .unwrap_or_else(|| render::DEFAULT_LIVENESS_PATH.to_string()),
            readiness_path: config
                .readiness_path
                .unwrap_or_else(|| render::DEFAULT_READINESS_PATH.to_string()),
            resources,
            autoscaling: config.autoscaling.map(|a| Autoscaling {
                min_replicas: a.min_replicas,
                max_replicas: a.max_replicas,
                cpu_utilization: a.cpu_utilization,
                memory_utilization: a.memory_utilization,
            }),
            ingress: config.ingress.map(|i| IngressSpec {
                host: i.host,
                tls_secret: i.tls_secret,
                class_name: i.class_name,
                path: i
                    .path
                    .unwrap_or_else(|| render::DEFAULT_INGRESS_PATH.to_string()),
            }),
            service_account: config.service_account,
        };
        let files = render::render(&spec).map_err(|errors| {
            errors
                .into_iter()
                .map(field_error_to_diagnostic)
                .collect::<Diagnostics>()
        })?;
        let dir = output_dir.trim_end_matches('/');
        Ok(files
            .into_iter()
            .map(|(name, text)| (format!("{dir}/{name}"), text))
            .collect())
    }
}
