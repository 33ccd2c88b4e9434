//! `devopsflow_pipeline`: a complete CI/CD pipeline for GitHub Actions, GitLab CI,
//! Jenkins, CircleCI or Azure DevOps, from one short block.

use serde::Deserialize;
use tfplug::{Attribute, Block, Diagnostics, NestedBlock, Nesting, Type, Value};

use crate::engine::{ArtifactKind, Layout, decode_config, field_error_to_diagnostic, header};
use crate::render::pipeline::{self as render, EnvironmentSpec, PipelineSpec};

/// The resource kind.
pub(crate) struct Pipeline;

#[derive(Debug, Deserialize)]
struct Config {
    name: String,
    platform: String,
    language: String,
    image: String,
    output_dir: Option<String>,
    branches: Option<Vec<String>>,
    services: Option<Vec<String>>,
    coverage_threshold: Option<i64>,
    security_scans: Option<Vec<String>>,
    deploy_strategy: Option<String>,
    environment: Option<Vec<EnvironmentConfig>>,
}

#[derive(Debug, Deserialize)]
struct EnvironmentConfig {
    name: String,
    auto_deploy: Option<bool>,
    approval: Option<bool>,
    url: Option<String>,
}

fn one_of(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ArtifactKind for Pipeline {
    const TYPE_NAME: &'static str = "devopsflow_pipeline";
    const LAYOUT: Layout = Layout::Files;
    const LOCATION_ATTRIBUTE: &'static str = "output_dir";
    const DESCRIPTION: &'static str = "A CI/CD pipeline: lint, test with a coverage gate and \
        service containers, the security scans you ask for, build and push of the image tagged \
        with the commit SHA (with an SBOM), then one deploy job per environment (automatic or \
        behind an approval) carrying out the deployment strategy with a health check and a \
        rollback. Written with least-privilege permissions, pinned versions, timeouts and \
        secrets taken only from the platform's secret store.";

    fn inputs() -> Block {
        let string_list = Type::List(Box::new(Type::String));
        let defaults = PipelineSpec::default();
        Block::new()
            .attribute(Attribute::required("name", Type::String).description(
                "Pipeline name (`[a-z0-9][a-z0-9_-]*`); names the workflow file on GitHub.",
            ))
            .attribute(
                Attribute::required("platform", Type::String)
                    .description(format!("One of {}.", one_of(render::PLATFORMS))),
            )
            .attribute(
                Attribute::required("language", Type::String)
                    .description(format!("One of {}.", one_of(render::LANGUAGES))),
            )
            .attribute(Attribute::required("image", Type::String).description(
                "Image repository to build and push, without a tag (the commit SHA is the tag).",
            ))
            .attribute(Attribute::optional("output_dir", Type::String).description(
                "Directory of the pipeline file, relative to the provider's `root_dir`. \
                 Default: `.github/workflows` for GitHub Actions, `.circleci` for CircleCI, \
                 the repository root otherwise.",
            ))
            .attribute(Attribute::optional("branches", string_list.clone()).description(format!(
                "Branches that run the pipeline and deploy. Default `[{}]`.",
                defaults
                    .branches
                    .iter()
                    .map(|b| format!("\"{b}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
            .attribute(Attribute::optional("services", string_list.clone()).description(format!(
                "Service containers for the tests: {}.",
                one_of(render::SERVICES)
            )))
            .attribute(Attribute::optional("coverage_threshold", Type::Number).description(
                format!(
                    "Minimum test coverage in percent, 0-100; the test stage fails below it. Default {}.",
                    defaults.coverage_threshold
                ),
            ))
            .attribute(Attribute::optional("security_scans", string_list).description(format!(
                "Scans to run: {}. `iac` runs devopsflow-lint (SARIF upload on GitHub).",
                one_of(render::SCANS)
            )))
            .attribute(Attribute::optional("deploy_strategy", Type::String).description(format!(
                "One of {}. Default `{}`.",
                one_of(render::STRATEGIES),
                defaults.deploy_strategy
            )))
            .block(NestedBlock::new(
                "environment",
                Nesting::List,
                Block::new()
                    .description("A deployment environment, in promotion order.")
                    .attribute(
                        Attribute::required("name", Type::String)
                            .description("Environment name, unique in the pipeline."),
                    )
                    .attribute(
                        Attribute::optional("auto_deploy", Type::Bool)
                            .description("Deploy automatically after the previous stage."),
                    )
                    .attribute(Attribute::optional("approval", Type::Bool).description(
                        "Deploy only after a manual approval or a protected environment.",
                    ))
                    .attribute(
                        Attribute::optional("url", Type::String)
                            .description("URL of the environment; the smoke test checks it."),
                    ),
            ))
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let config: Config = decode_config(config)?;
        let defaults = PipelineSpec::default();
        let spec = PipelineSpec {
            header: header(Self::TYPE_NAME, &format!("pipeline {:?}", config.name)),
            name: config.name,
            platform: config.platform,
            language: config.language,
            output_dir: config.output_dir,
            branches: config.branches.unwrap_or(defaults.branches),
            image: config.image,
            services: config.services.unwrap_or_default(),
            coverage_threshold: config
                .coverage_threshold
                .unwrap_or(defaults.coverage_threshold),
            security_scans: config.security_scans.unwrap_or_default(),
            deploy_strategy: config.deploy_strategy.unwrap_or(defaults.deploy_strategy),
            environments: config
                .environment
                .unwrap_or_default()
                .into_iter()
                .map(|e| EnvironmentSpec {
                    name: e.name,
                    auto_deploy: e.auto_deploy.unwrap_or(false),
                    approval: e.approval.unwrap_or(false),
                    url: e.url,
                })
                .collect(),
        };
        render::render(&spec).map_err(|errors| {
            errors
                .into_iter()
                .map(field_error_to_diagnostic)
                .collect::<Diagnostics>()
        })
    }
}
