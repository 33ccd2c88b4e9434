//! The `devopsflow` provider: its configuration and the one list of artifact kinds, each
//! served as a resource, as its data source twin and as its renderer function.

use std::sync::Arc;

use tfplug::function::Function;
use tfplug::{
    Attribute, Block, ConfigureRequest, Context, DataSource, Diagnostics, Provider, Resource,
    Schema, Type, Value,
};

use crate::artifact::Root;
use crate::engine::data_source::ArtifactDataSource;
use crate::engine::{ArtifactKind, ArtifactResource, Shared};
use crate::functions::{self, render::RenderFunction};
use crate::resources;

/// The provider's source address, as users write it in `required_providers`.
pub const ADDRESS: &str = "registry.terraform.io/devopsflow/devopsflow";

/// The devopsflow provider.
#[derive(Debug, Default)]
pub struct DevopsflowProvider {
    shared: Arc<Shared>,
}

#[tfplug::async_trait]
impl Provider for DevopsflowProvider {
    fn schema(&self) -> Schema {
        Schema::new(
            Block::new()
                .description(
                    "Renders delivery artifacts (CI/CD pipelines, Kubernetes manifests, \
                     Prometheus alert rules, Ansible playbooks) as files, shows them in `terraform plan`, and \
                     keeps them in sync.",
                )
                .attribute(Attribute::optional("root_dir", Type::String).description(
                    "Directory every artifact path is relative to. Paths may not leave \
                         it. Defaults to Terraform's working directory; a relative value is \
                         taken from there. It must be a directory, or not exist yet (the first \
                         write creates it). `~` is not expanded, neither here nor in artifact \
                         paths: write `pathexpand(\"~/...\")`.",
                ))
                .attribute(
                    Attribute::optional("content_in_state", Type::Bool).description(
                        "Whether the text of every file is kept in state, in `content` (or \
                         `files`), so that `terraform plan` shows it and diffs it line by line. \
                         Defaults to `true`. Set `false` for large fleets: state then keeps only \
                         hashes (`sha256`, `files_sha256`), so it stays small and applies stay \
                         fast, and plans show changes (including edits made on disk) as hash \
                         changes instead of text. Changing it rewrites no file: the next \
                         refresh records what it asks for, so the plan is empty (with \
                         `-refresh=false`, an in-place update records it).",
                    ),
                ),
        )
    }

    async fn configure(&self, _ctx: &Context, request: ConfigureRequest) -> Diagnostics {
        let mut diagnostics = Diagnostics::new();
        match request.config.get_attr("content_in_state") {
            None | Some(Value::Null) => self.shared.set_content_in_state(true),
            Some(Value::Bool(keep)) => self.shared.set_content_in_state(*keep),
            Some(_) => {
                diagnostics.attribute_error(
                    tfplug::AttributePath::attr("content_in_state"),
                    "content_in_state is not known",
                    "content_in_state must be known when Terraform plans, because it decides \
                     what every resource's plan holds. Use a literal or a variable.",
                );
                return diagnostics;
            }
        }
        let root_dir = request
            .config
            .get_attr("root_dir")
            .cloned()
            .unwrap_or(Value::Null);
        let dir = match &root_dir {
            Value::Null => ".".to_string(),
            Value::String(dir) if !dir.trim().is_empty() => dir.clone(),
            Value::String(_) => {
                diagnostics.attribute_error(
                    tfplug::AttributePath::attr("root_dir"),
                    "Invalid root_dir",
                    "root_dir must not be empty; leave it unset to use Terraform's working directory.",
                );
                return diagnostics;
            }
            _ => {
                diagnostics.attribute_error(
                    tfplug::AttributePath::attr("root_dir"),
                    "root_dir is not known",
                    "root_dir must be known when Terraform plans, because every artifact path \
                     is checked against it. Use a value that does not depend on other resources.",
                );
                return diagnostics;
            }
        };
        match check_root(&dir) {
            Ok(root) => self.shared.set_root(root, &dir),
            Err(detail) => diagnostics.attribute_error(
                tfplug::AttributePath::attr("root_dir"),
                "Invalid root_dir",
                detail,
            ),
        }
        diagnostics
    }

    fn resources(&self) -> Vec<Arc<dyn Resource>> {
        all_artifacts(&self.shared).resources
    }

    fn data_sources(&self) -> Vec<Arc<dyn DataSource>> {
        all_artifacts(&self.shared).data_sources
    }

    fn functions(&self) -> Vec<Arc<dyn Function>> {
        let mut all = functions::standalone();
        all.extend(all_artifacts(&self.shared).functions);
        all
    }
}

/// Resolves `root_dir`: `~` is not expanded (Terraform's `pathexpand()` does it), and
/// an existing root must be a directory (a missing one is created by the first write).
fn check_root(dir: &str) -> Result<Root, String> {
    if dir.starts_with('~') {
        return Err(format!(
            "{dir:?} starts with `~`, which the provider does not expand (it would be a \
             directory named `~`). Write root_dir = pathexpand({dir:?})."
        ));
    }
    let root = Root::new(dir).map_err(|e| format!("Cannot resolve {dir:?}: {e}"))?;
    if root.dir().exists() && !root.dir().is_dir() {
        return Err(format!(
            "{} is not a directory; root_dir must name a directory (or a path where one can \
             be created).",
            root.dir().display()
        ));
    }
    Ok(root)
}

/// The one list of artifact kinds: each line gives a resource, its data source and its
/// renderer function.
fn all_artifacts(shared: &Arc<Shared>) -> Artifacts {
    let mut all = Artifacts::new(shared);
    all.add::<resources::alert_rules::AlertRules>();
    all.add::<resources::alertmanager_config::AlertmanagerConfig>();
    all.add::<resources::ansible_playbook::AnsiblePlaybook>();
    all.add::<resources::container::Container>();
    all.add::<resources::deploy_scripts::DeployScripts>();
    all.add::<resources::grafana_dashboard::GrafanaDashboard>();
    all.add::<resources::k8s_app::K8sApp>();
    all.add::<resources::pipeline::Pipeline>();
    all.add::<resources::prometheus_config::PrometheusConfig>();
    all
}

/// The resources, data sources and functions served for a list of artifact kinds.
struct Artifacts {
    shared: Arc<Shared>,
    resources: Vec<Arc<dyn Resource>>,
    data_sources: Vec<Arc<dyn DataSource>>,
    functions: Vec<Arc<dyn Function>>,
}

impl Artifacts {
    fn new(shared: &Arc<Shared>) -> Self {
        Self {
            shared: Arc::clone(shared),
            resources: Vec::new(),
            data_sources: Vec::new(),
            functions: Vec::new(),
        }
    }

    /// Serves kind `K` as a resource, as a data source and as a function.
    fn add<K: ArtifactKind>(&mut self) {
        self.resources
            .push(Arc::new(ArtifactResource::<K>::new(Arc::clone(
                &self.shared,
            ))));
        self.data_sources
            .push(Arc::new(ArtifactDataSource::<K>::default()));
        self.functions
            .push(Arc::new(RenderFunction::<K>::default()));
    }
}
