//! `devopsflow_deploy_scripts`: `setup.sh`, `deploy.sh`, `health-check.sh`,
//! `rollback.sh` (and `switch-traffic.sh` for blue-green) for one application.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::deploy_scripts::{self as render, DeployScriptsSpec};

/// The resource kind.
pub(crate) struct DeployScripts;

impl ArtifactKind for DeployScripts {
    const TYPE_NAME: &'static str = "devopsflow_deploy_scripts";
    const LAYOUT: Layout = Layout::Files;
    const LOCATION_ATTRIBUTE: &'static str = "output_dir";
    const DESCRIPTION: &'static str = "Bash scripts that set up, deploy, check the health of \
        and roll back one application on Kubernetes (`kubectl`) or Docker Compose: \
        `setup.sh`, `deploy.sh --image IMAGE` (rolls out, waits, runs the health check, rolls \
        back and exits 1 on failure), `health-check.sh [--url URL] [--retries N] [--interval \
        SECONDS]` (exit 0 at the first 2xx answer, exit 1 after the last retry, never waiting \
        longer than retries × (interval + request timeout)), `rollback.sh`, and \
        `switch-traffic.sh` for blue-green. Every script runs under `set -euo pipefail`, \
        explains its arguments and exit codes with `--help`, logs timestamped lines on \
        stderr, prints the commands instead of running them with `--dry-run`, and holds no \
        secret. Files get `file_permission` (default `\"0644\"`): set `file_permission = \"0755\"` \
        to run them directly, or run them with `bash` (a `chmod` on disk is drift, reverted by \
        the next apply).";

    fn inputs() -> Block {
        DeployScriptsSpec::block()
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let mut spec = DeployScriptsSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("app {:?}", spec.name));
        let files = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(super::under(&spec.output_dir, files))
    }
}
