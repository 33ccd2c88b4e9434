//! GitLab CI: one `.gitlab-ci.yml`.
//!
//! Merge-request pipelines for MRs into the branches, branch pipelines for
//! pushes to them (never both for one commit); redundant pipelines are
//! auto-cancelled except for deploy jobs, which are not interruptible and
//! serialised per environment by a `resource_group`. Registry and cluster
//! credentials come from CI/CD variables (`$CI_REGISTRY_PASSWORD`, masked
//! project variables), never from the file.

use super::shell::{self, ScanTool};
use super::{Context, EnvironmentSpec, wired};
use crate::yaml::{self, Yaml};

/// Where jobs keep dependency caches, inside the project directory so that
/// GitLab can cache them.
const CACHE_DIR: &str = "$CI_PROJECT_DIR/.cache";
/// Where deploy jobs write the kubeconfig (outside the project directory,
/// so it is never part of an artifact).
const KUBECONFIG_PATH: &str = "/tmp/kubeconfig";

/// Renders the pipeline.
pub(super) fn render(ctx: &Context<'_>) -> String {
    let spec = ctx.spec;
    let branch_test = spec
        .branches
        .iter()
        .map(|b| format!("$CI_COMMIT_BRANCH == \"{b}\""))
        .collect::<Vec<_>>()
        .join(" || ");
    let mr_test = spec
        .branches
        .iter()
        .map(|b| format!("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME == \"{b}\""))
        .collect::<Vec<_>>()
        .join(" || ");
    let workflow = Yaml::map()
        .with(
            "rules",
            Yaml::seq()
                .push(Yaml::map().with(
                    "if",
                    format!("$CI_PIPELINE_SOURCE == \"merge_request_event\" && ({mr_test})"),
                ))
                .push(
                    Yaml::map()
                        .with("if", "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS")
                        .with("when", "never"),
                )
                .push(Yaml::map().with("if", branch_test)),
        )
        .with(
            "auto_cancel",
            Yaml::map().with("on_new_commit", "interruptible"),
        );

    let mut stages = Yaml::seq().push("lint").push("test");
    if !ctx.scan_jobs().is_empty() {
        stages = stages.push("security");
    }
    stages = stages.push("build");
    if !spec.environments.is_empty() {
        stages = stages.push("deploy");
    }

    let mut doc = Yaml::map()
        .with("workflow", workflow)
        .with("stages", stages)
        .with(
            "variables",
            Yaml::map()
                .with("IMAGE", spec.image.as_str())
                .with("IMAGE_TAG", "$CI_COMMIT_SHA")
                .with("APP", spec.name.as_str()),
        )
        .with("default", Yaml::map().with("interruptible", true))
        .with("lint", lint_job(ctx))
        .with("test", test_job(ctx));
    let scans = ctx.scan_jobs();
    for scan in &scans {
        doc = doc.with(job_id(scan), scan_job(ctx, scan));
    }
    doc = doc.with("build", build_job(ctx, &scans));
    let mut previous = "build".to_owned();
    if ctx.scan("container") {
        doc = doc.with("container_scan", container_scan_job(ctx));
        previous = "container_scan".to_owned();
    }
    for env in &spec.environments {
        let id = format!("deploy_{}", env.name);
        doc = doc.with(id.clone(), deploy_job(ctx, env, &previous));
        previous = id;
    }

    let mut out = yaml::comment(&spec.header);
    out.push_str(&yaml::comment(&notes(ctx)));
    out.push_str(&yaml::to_string(&doc));
    out
}

/// Explains the CI/CD variables and settings the pipeline relies on.
fn notes(ctx: &Context<'_>) -> String {
    let mut lines = vec![format!(
        "Deployments run for pushes to {} and read the masked CI/CD variable KUBECONFIG_BASE64 \
         (a base64 kubeconfig), scoped to each environment.",
        ctx.deploy_branch
    )];
    if !uses_gitlab_registry(ctx) {
        lines.push(format!(
            "Pushing to {} needs the masked CI/CD variables REGISTRY_USERNAME and REGISTRY_PASSWORD.",
            ctx.registry()
        ));
    }
    for env in &ctx.spec.environments {
        if env.approval {
            lines.push(format!(
                "Environment {}: a manual job that blocks the pipeline; protect the environment \
                 and add deployment approvals (Settings > CI/CD > Protected environments) so only \
                 approvers can run it.",
                env.name
            ));
        } else if !env.auto_deploy {
            lines.push(format!(
                "Environment {}: deployed by starting its manual job.",
                env.name
            ));
        }
    }
    lines.join("\n")
}

/// The job name of a scan (`dependencies` would read like the keyword).
fn job_id(scan: &str) -> &'static str {
    match scan {
        "sast" => "sast",
        "dependencies" => "dependency_audit",
        "secrets" => "secret_scan",
        _ => "iac_lint",
    }
}

/// Whether the image goes to the project's GitLab container registry.
fn uses_gitlab_registry(ctx: &Context<'_>) -> bool {
    ctx.registry() == "registry.gitlab.com"
}

/// A job skeleton in `stage` running in `image` with a timeout.
fn job(stage: &str, image: &str, timeout: &str) -> Yaml {
    Yaml::map()
        .with("stage", stage)
        .with("image", image)
        .with("timeout", timeout)
}

/// An image whose entrypoint is a tool, reset so GitLab can run the script.
fn tool_image(image: &str) -> Yaml {
    Yaml::map()
        .with("name", image)
        .with("entrypoint", Yaml::seq().push(""))
}

/// Variables moving the language caches into the project, plus `extra`.
fn lang_variables(ctx: &Context<'_>, extra: Vec<(String, String)>) -> Option<Yaml> {
    let mut vars: Vec<(String, Yaml)> = ctx
        .lang
        .cache_env_in(CACHE_DIR)
        .into_iter()
        .map(|(k, v)| (k, Yaml::Str(v)))
        .collect();
    vars.extend(extra.into_iter().map(|(k, v)| (k, Yaml::Str(v))));
    (!vars.is_empty()).then_some(Yaml::Map(vars))
}

/// The language dependency cache, keyed on the lock files.
fn lang_cache(ctx: &Context<'_>) -> Yaml {
    let paths: Yaml = ctx.lang.cache_paths_in(".cache").into_iter().collect();
    Yaml::map()
        .with(
            "key",
            Yaml::map().with(
                "files",
                ctx.lang.cache_key_files.iter().copied().collect::<Yaml>(),
            ),
        )
        .with("paths", paths)
}

/// A language job: the toolchain image, caches and `script`.
fn lang_job(
    ctx: &Context<'_>,
    stage: &str,
    timeout: &str,
    needs: &[&str],
    extra_vars: Vec<(String, String)>,
    script: String,
) -> Yaml {
    job(stage, ctx.lang.image, timeout)
        .with("needs", needs.iter().copied().collect::<Yaml>())
        .with_opt("variables", lang_variables(ctx, extra_vars))
        .with("cache", lang_cache(ctx))
        .with("script", Yaml::seq().push(script))
}

fn lint_job(ctx: &Context<'_>) -> Yaml {
    lang_job(
        ctx,
        "lint",
        "15m",
        &[],
        Vec::new(),
        ctx.lang.lint.to_owned(),
    )
}

fn test_job(ctx: &Context<'_>) -> Yaml {
    let services = shell::services(ctx);
    let env = shell::service_env(ctx, |s| s.name.to_owned());
    let mut job = lang_job(
        ctx,
        "test",
        "30m",
        &["lint"],
        env,
        ctx.lang.test(ctx.spec.coverage_threshold),
    );
    if !services.is_empty() {
        let list: Yaml = services
            .iter()
            .map(|s| {
                let mut service = Yaml::map().with("name", s.image).with("alias", s.name);
                if !s.env.is_empty() {
                    service = service.with(
                        "variables",
                        Yaml::Map(
                            s.env
                                .iter()
                                .map(|(k, v)| ((*k).to_owned(), Yaml::from(*v)))
                                .collect(),
                        ),
                    );
                }
                service
            })
            .collect();
        job = job.with("services", list);
    }
    let mut reports = Yaml::map();
    if let Some(junit) = ctx.lang.junit {
        reports = reports.with("junit", junit);
    }
    if let Some(format) = ctx.lang.gitlab_coverage_format {
        reports = reports.with(
            "coverage_report",
            Yaml::map()
                .with("coverage_format", format)
                .with("path", ctx.lang.coverage_report),
        );
    }
    let mut artifacts = Yaml::map()
        .with("when", "always")
        .with("expire_in", "30 days")
        .with("paths", Yaml::seq().push(ctx.lang.coverage_report));
    if reports != Yaml::map() {
        artifacts = artifacts.with("reports", reports);
    }
    job.with("artifacts", artifacts)
}

/// A scan job running in a tool's own image.
fn tool_job(tool: &ScanTool, timeout: &str) -> Yaml {
    Yaml::map()
        .with("stage", "security")
        .with("image", tool_image(tool.image))
        .with("timeout", timeout)
        .with("needs", Yaml::seq().push("test"))
        .with("script", Yaml::seq().push(tool.in_image()))
}

fn scan_job(ctx: &Context<'_>, scan: &str) -> Yaml {
    match scan {
        "sast" => tool_job(&shell::SAST, "20m"),
        // Full history for gitleaks; git must accept a checkout owned by
        // another user than the image's.
        "secrets" => tool_job(&shell::SECRETS, "15m").with(
            "variables",
            Yaml::map()
                .with("GIT_DEPTH", "0")
                .with("GIT_CONFIG_COUNT", "1")
                .with("GIT_CONFIG_KEY_0", "safe.directory")
                .with("GIT_CONFIG_VALUE_0", "*"),
        ),
        "iac" => job("security", shell::LINT_IMAGE, "20m")
            .with("needs", Yaml::seq().push("test"))
            .with(
                "script",
                Yaml::seq()
                    .push(format!("{}\n", shell::LINT_INSTALL))
                    .push(shell::iac_lint("junit", "devopsflow-lint.xml")),
            )
            .with(
                "artifacts",
                Yaml::map()
                    .with("when", "always")
                    .with("reports", Yaml::map().with("junit", "devopsflow-lint.xml")),
            ),
        _ => {
            let timeout = if ctx.lang.name == "java" {
                "30m"
            } else {
                "15m"
            };
            let job = lang_job(
                ctx,
                "security",
                timeout,
                &["test"],
                Vec::new(),
                ctx.lang.audit.to_owned(),
            );
            job.with("stage", "security")
        }
    }
}

/// Registry login variables: the project's registry credentials when the
/// image goes there; otherwise the masked project variables
/// `REGISTRY_USERNAME` / `REGISTRY_PASSWORD` are used as they are.
fn registry_variables(ctx: &Context<'_>) -> Yaml {
    let vars = Yaml::map().with("REGISTRY", ctx.registry());
    if uses_gitlab_registry(ctx) {
        vars.with("REGISTRY_USERNAME", "$CI_REGISTRY_USER")
            .with("REGISTRY_PASSWORD", "$CI_REGISTRY_PASSWORD")
    } else {
        vars
    }
}

/// Builds only in branch pipelines: merge-request pipelines never push.
fn branch_only() -> Yaml {
    Yaml::seq().push(Yaml::map().with("if", "$CI_COMMIT_BRANCH"))
}

fn build_job(ctx: &Context<'_>, scans: &[&str]) -> Yaml {
    let mut needs = Yaml::seq().push("test");
    for scan in scans {
        needs = needs.push(job_id(scan));
    }
    let vars = registry_variables(ctx)
        .with("DOCKER_HOST", "tcp://docker:2376")
        .with("DOCKER_TLS_CERTDIR", "/certs")
        .with("DOCKER_TLS_VERIFY", "1")
        .with("DOCKER_CERT_PATH", "/certs/client");
    job("build", shell::DOCKER_IMAGE, "30m")
        .with("needs", needs)
        .with(
            "services",
            Yaml::seq().push(
                Yaml::map()
                    .with("name", shell::DIND_IMAGE)
                    .with("alias", "docker"),
            ),
        )
        .with("variables", vars)
        .with("rules", branch_only())
        .with(
            "script",
            Yaml::seq()
                .push(shell::docker_login())
                .push(shell::build_and_push(false)),
        )
}

/// trivy on the pushed image; deployments wait for it.
fn container_scan_job(ctx: &Context<'_>) -> Yaml {
    let vars = registry_variables(ctx)
        .with("TRIVY_USERNAME", "$REGISTRY_USERNAME")
        .with("TRIVY_PASSWORD", "$REGISTRY_PASSWORD");
    Yaml::map()
        .with("stage", "build")
        .with("image", tool_image(shell::TRIVY_IMAGE))
        .with("timeout", "15m")
        .with("needs", Yaml::seq().push("build"))
        .with("variables", vars)
        .with("rules", branch_only())
        .with("script", Yaml::seq().push(shell::trivy_remote()))
}

fn deploy_job(ctx: &Context<'_>, env: &EnvironmentSpec, previous: &str) -> Yaml {
    let mut rule = Yaml::map().with(
        "if",
        format!("$CI_COMMIT_BRANCH == \"{}\"", ctx.deploy_branch),
    );
    if !env.auto_deploy {
        rule = rule.with("when", "manual").with("allow_failure", false);
    }
    let mut vars = Yaml::map()
        .with("NAMESPACE", wired::namespace(env))
        .with("KUBECONFIG", KUBECONFIG_PATH);
    if let Some(url) = &env.url {
        vars = vars.with("APP_URL", url.as_str());
    }
    for (name, value) in wired::variables(env) {
        vars = vars.with(name, value);
    }
    let mut script = Yaml::seq();
    for step in wired::deploy_steps(&ctx.spec.deploy_strategy, env) {
        script = script.push(format!("echo \"== {}\"\n{}", step.name, step.script));
    }
    let rollback: String = wired::rollback(&ctx.spec.deploy_strategy, env)
        .lines()
        .map(|l| format!("  {l}\n"))
        .collect();
    let environment = Yaml::map()
        .with("name", env.name.as_str())
        .with_opt("url", env.url.as_deref());
    job("deploy", shell::KUBECTL_IMAGE, "30m")
        .with("needs", Yaml::seq().push(previous))
        .with("rules", Yaml::seq().push(rule))
        .with("environment", environment)
        .with("resource_group", format!("deploy-{}", env.name))
        .with("interruptible", false)
        .with("variables", vars)
        .with(
            "before_script",
            Yaml::seq().push(shell::kubeconfig("\"$KUBECONFIG\"")),
        )
        .with("script", script)
        .with(
            "after_script",
            Yaml::seq().push(format!(
                "if [ \"$CI_JOB_STATUS\" = \"failed\" ]; then\n{rollback}fi\n"
            )),
        )
}
