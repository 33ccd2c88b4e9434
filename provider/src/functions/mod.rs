//! Provider-defined functions, `provider::devopsflow::<name>(...)` in Terraform 1.8 and
//! later. Terraform releases before 1.8 ignore them; the resources and data sources work
//! the same on every version.
//!
//! One file per function. The renderer functions ([`render::RenderFunction`]) are built
//! from the artifact kinds, in the provider's one list of kinds (`provider.rs`); the
//! others are listed in [`standalone`].

pub(crate) mod k8s_name;
pub(crate) mod promql_valid;
pub(crate) mod render;

use std::sync::Arc;

use tfplug::function::Function;

/// The functions that do not render an artifact kind.
pub(crate) fn standalone() -> Vec<Arc<dyn Function>> {
    vec![
        Arc::new(k8s_name::K8sName),
        Arc::new(promql_valid::PromqlValid),
    ]
}

#[cfg(test)]
pub(crate) mod test_support {
    use tfplug::Value;
    use tfplug::function::FunctionError;
    use tfplug::testing::TestServer;

    use crate::provider::DevopsflowProvider;

    /// Calls `name` with `args` through the plugin protocol, as Terraform does.
    pub(crate) fn call(name: &str, args: Vec<Value>) -> Result<Value, FunctionError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            let mut server = TestServer::start(DevopsflowProvider::default())
                .await
                .expect("the provider serves");
            server
                .call_function(name, args)
                .await
                .expect("the call goes through")
        })
    }
}

#[cfg(test)]
mod tests {
    use tfplug::testing::TestServer;

    use crate::provider::DevopsflowProvider;

    #[tokio::test]
    async fn the_schema_and_get_functions_list_every_function() {
        let mut server = TestServer::start(DevopsflowProvider::default())
            .await
            .expect("the provider serves");
        let (listed, in_schema) = server.function_names().await.expect("listed");
        assert_eq!(
            listed,
            [
                "alert_rules",
                "alertmanager_config",
                "ansible_playbook",
                "container",
                "deploy_scripts",
                "grafana_dashboard",
                "k8s_app",
                "k8s_name",
                "pipeline",
                "prometheus_config",
                "promql_valid"
            ]
        );
        assert_eq!(in_schema, listed);
    }
}
