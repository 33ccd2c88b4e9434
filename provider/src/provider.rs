//! The `devopsflow` provider: its configuration and the one list of resources.

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
#[derive(Debug, Default)]
pub struct Shared {
    root: RwLock<Option<Root>>,
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
                )),
        )
    }

    async fn configure(&self, _ctx: &Context, request: ConfigureRequest) -> Diagnostics {
        let mut diagnostics = Diagnostics::new();
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
