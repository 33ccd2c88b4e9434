//! `terraform-provider-devopsflow`: started by Terraform, or with `--debug` by you.

use std::process::ExitCode;

use devopsflow_provider::provider::{ADDRESS, DevopsflowProvider};

#[tokio::main]
async fn main() -> ExitCode {
    tfplug::serve_main(ADDRESS, DevopsflowProvider::default()).await
}
