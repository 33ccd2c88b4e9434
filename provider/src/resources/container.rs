//! `devopsflow_container`: the Dockerfile, `.dockerignore`, `compose.yaml` and
//! `.env.example` of one HTTP application.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::container::{self as render, ContainerSpec};

/// The resource kind.
pub(crate) struct Container;

impl ArtifactKind for Container {
    const TYPE_NAME: &'static str = "devopsflow_container";
    const LAYOUT: Layout = Layout::Files;
    const LOCATION_ATTRIBUTE: &'static str = "output_dir";
    const DESCRIPTION: &'static str = "The container image definition of one HTTP application \
        and a local stack to develop against. `Dockerfile`: a multi-stage build on pinned \
        images (dependencies installed before the source is copied, so edits reuse the \
        cached layers), a minimal runtime stage running as user 10001, `EXPOSE` and a \
        `HEALTHCHECK` on `health_path` with a program the runtime image has (the Python or \
        Node interpreter, BusyBox `wget` on Alpine). `.dockerignore` keeps `.env`, VCS data \
        and Terraform state out of the build. `compose.yaml`: the app built from the \
        Dockerfile (or the image in the `IMAGE` variable) and each of `services` (pinned image, healthcheck, named volume), the app \
        waiting for them with `condition: service_healthy`, every port published on \
        `127.0.0.1` only, credentials read from `.env`. `.env` is never written; \
        `.env.example` lists its variables with the passwords left empty.";

    fn inputs() -> Block {
        ContainerSpec::block()
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let mut spec = ContainerSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("app {:?}", spec.name));
        let files = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(super::under(&spec.output_dir, files))
    }
}
