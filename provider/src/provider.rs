//! The `devopsflow` provider: its configuration and the one list of resources.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

use tfplug::{
    Attribute, Block, ConfigureRequest, Context, Diagnostics, Provider, Resource, Schema, Type,
    Value,
};

use crate::artifact::Root;
use crate::resources;

/// The provider's source address, as users write it in `required_providers`.
pub const ADDRESS: &str = "registry.terraform.io/devopsflow/devopsflow";

/// State shared between the provider and its resources once configured.
#[derive(Debug)]
pub struct Shared {
    root: RwLock<Option<Root>>,
    /// Whether the files' text is kept in state (`content_in_state`).
    content_in_state: AtomicBool,
}

impl Default for Shared {
    fn default() -> Self {
        Self {
            root: RwLock::new(None),
            content_in_state: AtomicBool::new(true),
        }
    }
}

impl Shared {
    /// The configured root directory, or the current directory before configuration.
    pub(crate) fn root(&self) -> std::io::Result<Root> {
        if let Ok(guard) = self.root.read() {
            if let Some(root) = guard.as_ref() {
                return Ok(root.clone());
            }
        }
        Root::new(".")
    }

    /// Whether resources keep the files' text in state (`content` / `files`), or only hashes.
    pub(crate) fn content_in_state(&self) -> bool {
        self.content_in_state.load(Ordering::Relaxed)
    }

    fn set_content_in_state(&self, keep: bool) {
        self.content_in_state.store(keep, Ordering::Relaxed);
    }

    fn set_root(&self, root: Root) {
        if let Ok(mut guard) = self.root.write() {
            *guard = Some(root);
        }
    }
}

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
                     Prometheus alert rules) as files, shows them in `terraform plan`, and \
                     keeps them in sync.",
                )
                .attribute(Attribute::optional("root_dir", Type::String).description(
                    "Directory every artifact path is relative to. Paths may not leave \
                         it. Defaults to Terraform's working directory; a relative value is \
                         taken from there.",
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
        match Root::new(&dir) {
            Ok(root) => self.shared.set_root(root),
            Err(e) => diagnostics.attribute_error(
                tfplug::AttributePath::attr("root_dir"),
                "Invalid root_dir",
                format!("Cannot resolve {dir:?}: {e}"),
            ),
        }
        diagnostics
    }

    fn resources(&self) -> Vec<Arc<dyn Resource>> {
        resources::all(&self.shared)
    }
}
