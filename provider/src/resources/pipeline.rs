//! `devopsflow_pipeline`: a complete CI/CD pipeline for GitHub Actions, GitLab CI,
//! Jenkins, CircleCI or Azure DevOps, from one short block.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::pipeline::{self as render, PipelineSpec};

/// The resource kind.
pub(crate) struct Pipeline;

impl ArtifactKind for Pipeline {
    const TYPE_NAME: &'static str = "devopsflow_pipeline";
    const LAYOUT: Layout = Layout::Files;
    const LOCATION_ATTRIBUTE: &'static str = "output_dir";
    const DESCRIPTION: &'static str = "A CI/CD pipeline: lint, test with a coverage gate and \
        service containers, the security scans you ask for, build and push of the image tagged \
        with the commit SHA (with an SBOM), then one deploy job per environment (automatic or \
        behind an approval) carrying out the deployment strategy with a health check and a \
        rollback; an environment given a `devopsflow_k8s_app`'s `deploy_target` deploys by \
        applying that app's manifests. Written with least-privilege permissions, pinned versions, timeouts and \
        secrets taken only from the platform's secret store.";

    fn inputs() -> Block {
        PipelineSpec::block()
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let mut spec = PipelineSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("pipeline {:?}", spec.name));
        render::render(&spec).map_err(crate::render::diagnostics)
    }
}
