//! Azure DevOps: one `azure-pipelines.yml` with a stage per step of the flow.
//!
//! Deployments are deployment jobs bound to Azure DevOps environments;
//! approvals and checks are configured on the environment (not in YAML),
//! which the file says in a comment. An environment that is neither
//! automatic nor approval-gated waits for a `ManualValidation` task.
//! Secrets come from variable groups and are mapped into scripts through
//! `env:` (Azure never exposes secret variables to scripts on its own).

use super::language::Toolchain;
use super::shell;
use super::{Context, EnvironmentSpec, underscore_id, wired};
use crate::yaml::{self, Yaml};

/// Azure reads every scalar as a string and its published schema types
/// booleans and numbers as strings too, so they are written quoted.
///
/// Hosted agent image.
const VM_IMAGE: &str = "ubuntu-24.04";
/// Language caches, under the pipeline workspace.
const CACHE_DIR: &str = "$(Pipeline.Workspace)/.cache";

/// Renders the pipeline.
pub(super) fn render(ctx: &Context<'_>) -> String {
    let spec = ctx.spec;
    let branches = Yaml::map().with("include", spec.branches.iter().collect::<Yaml>());
    let scans = ctx.scan_jobs();

    let mut stages = Yaml::seq()
        .push(stage("lint", "Lint", &[], Yaml::seq().push(lint_job(ctx))))
        .push(stage(
            "test",
            "Test",
            &["lint"],
            Yaml::seq().push(test_job(ctx)),
        ));
    let mut build_after = "test";
    if !scans.is_empty() {
        let jobs: Yaml = scans.iter().map(|scan| scan_job(ctx, scan)).collect();
        stages = stages.push(stage("security", "Security scans", &["test"], jobs));
        build_after = "security";
    }
    stages = stages.push(
        stage(
            "build",
            "Build and push image",
            &[build_after],
            Yaml::seq().push(build_job(ctx)),
        )
        .with(
            "condition",
            "and(succeeded(), ne(variables['Build.Reason'], 'PullRequest'))",
        ),
    );
    let mut previous = "build".to_owned();
    for env in &spec.environments {
        let id = format!("deploy_{}", underscore_id(&env.name));
        let mut jobs = Yaml::seq();
        if !env.auto_deploy && !env.approval {
            jobs = jobs.push(manual_gate(env));
        }
        jobs = jobs.push(deploy_job(ctx, env));
        stages = stages.push(
            stage(
                &id,
                &format!("Deploy to {}", env.name),
                &[previous.as_str()],
                jobs,
            )
            .with(
                "condition",
                format!(
                    "and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/{}'))",
                    ctx.deploy_branch
                ),
            ),
        );
        previous = id;
    }

    let doc = Yaml::map()
        .with(
            "trigger",
            Yaml::map()
                .with("batch", "true")
                .with("branches", branches.clone()),
        )
        .with(
            "pr",
            Yaml::map()
                .with("autoCancel", "true")
                .with("branches", branches),
        )
        .with(
            "variables",
            Yaml::seq()
                .push(var("IMAGE", &spec.image))
                .push(var("IMAGE_TAG", "$(Build.SourceVersion)"))
                .push(var("REGISTRY", ctx.registry()))
                .push(var("APP", &spec.name)),
        )
        .with("pool", Yaml::map().with("vmImage", VM_IMAGE))
        .with_opt("resources", service_resources(ctx))
        .with("stages", stages);
    let mut out = yaml::comment(&spec.header);
    out.push_str(&yaml::comment(&notes(ctx)));
    out.push_str(&yaml::to_string(&doc));
    out
}

/// Explains the variable groups and environment checks the pipeline relies on.
fn notes(ctx: &Context<'_>) -> String {
    let name = &ctx.spec.name;
    let mut lines = vec![
        format!(
            "Variable group {name}-registry holds REGISTRY_USERNAME and REGISTRY_PASSWORD (secret) \
             for {}.",
            ctx.registry()
        ),
        format!(
            "Variable group {name}-<environment> holds KUBECONFIG_BASE64 (secret, a base64 \
             kubeconfig). Deployments run for {}.",
            ctx.deploy_branch
        ),
    ];
    for env in &ctx.spec.environments {
        if env.approval {
            lines.push(format!(
                "Environment {}: approvals are configured on the Azure DevOps environment {:?} \
                 (Pipelines > Environments > Approvals and checks), not in this file; add the \
                 approvers there.",
                env.name, env.name
            ));
        } else if !env.auto_deploy {
            lines.push(format!(
                "Environment {}: waits for a manual validation before deploying.",
                env.name
            ));
        }
    }
    lines.join("\n")
}

/// A `- name: / value:` variable.
fn var(name: &str, value: &str) -> Yaml {
    Yaml::map().with("name", name).with("value", value)
}

/// A stage depending on `after`.
fn stage(id: &str, title: &str, after: &[&str], jobs: Yaml) -> Yaml {
    Yaml::map()
        .with("stage", id)
        .with("displayName", title)
        .with("dependsOn", after.iter().copied().collect::<Yaml>())
        .with("jobs", jobs)
}

/// A script step.
fn script(title: &str, body: impl Into<String>) -> Yaml {
    Yaml::map()
        .with("script", body.into())
        .with("displayName", title)
}

/// A checkout step; Azure does not keep the token in `.git/config` unless
/// `persistCredentials` is set, so it is left out.
fn checkout(full_history: bool) -> Yaml {
    let step = Yaml::map().with("checkout", "self");
    // The published schema types fetchDepth as a string; Azure accepts both.
    step.with("fetchDepth", if full_history { "0" } else { "1" })
}

/// Steps installing the toolchain and restoring the dependency cache.
fn setup_steps(lang: &Toolchain) -> Vec<Yaml> {
    let task = |name: &str, inputs: Yaml| Yaml::map().with("task", name).with("inputs", inputs);
    let mut steps = vec![match lang.name {
        "python" => task(
            "UsePythonVersion@0",
            Yaml::map().with("versionSpec", lang.version),
        ),
        "node" => task(
            "NodeTool@0",
            Yaml::map().with("versionSpec", format!("{}.x", lang.version)),
        ),
        "go" => task("GoTool@0", Yaml::map().with("version", lang.version)),
        "java" => task(
            "JavaToolInstaller@0",
            Yaml::map()
                .with("versionSpec", lang.version)
                .with("jdkArchitectureOption", "x64")
                .with("jdkSourceOption", "PreInstalled"),
        ),
        _ => script("Set up Rust", lang.vm_setup),
    }];
    let key = std::iter::once(format!("\"{}\"", lang.name))
        .chain(std::iter::once("\"$(Agent.OS)\"".to_owned()))
        .chain(lang.cache_key_files.iter().map(|f| (*f).to_owned()))
        .collect::<Vec<_>>()
        .join(" | ");
    for path in lang.cache_paths_in(CACHE_DIR) {
        steps.push(
            task(
                "Cache@2",
                Yaml::map()
                    .with("key", format!("{key} | \"{path}\""))
                    .with("path", path),
            )
            .with("displayName", "Cache dependencies"),
        );
    }
    steps
}

/// A job with the language toolchain.
fn lang_job(
    ctx: &Context<'_>,
    id: &str,
    title: &str,
    timeout: i64,
    extra_vars: Vec<(String, String)>,
    body: Vec<Yaml>,
) -> Yaml {
    let mut vars: Vec<(String, Yaml)> = ctx
        .lang
        .cache_env_in(CACHE_DIR)
        .into_iter()
        .map(|(k, v)| (k, Yaml::Str(v)))
        .collect();
    vars.extend(extra_vars.into_iter().map(|(k, v)| (k, Yaml::Str(v))));
    let mut steps = vec![checkout(false)];
    steps.extend(setup_steps(&ctx.lang));
    steps.extend(body);
    let mut job = Yaml::map()
        .with("job", id)
        .with("displayName", title)
        .with("timeoutInMinutes", timeout.to_string());
    if !vars.is_empty() {
        job = job.with("variables", Yaml::Map(vars));
    }
    job.with("steps", Yaml::Seq(steps))
}

fn lint_job(ctx: &Context<'_>) -> Yaml {
    lang_job(
        ctx,
        "lint",
        "Lint",
        15,
        Vec::new(),
        vec![script("Lint", ctx.lang.lint)],
    )
}

/// Service containers for the test job, when any.
fn service_resources(ctx: &Context<'_>) -> Option<Yaml> {
    let services = shell::services(ctx);
    if services.is_empty() {
        return None;
    }
    let containers: Yaml = services
        .iter()
        .map(|s| {
            let mut c = Yaml::map()
                .with("container", s.name)
                .with("image", s.image)
                .with("ports", Yaml::seq().push(format!("{0}:{0}", s.port)));
            if !s.env.is_empty() {
                c = c.with(
                    "env",
                    Yaml::Map(
                        s.env
                            .iter()
                            .map(|(k, v)| ((*k).to_owned(), Yaml::from(*v)))
                            .collect(),
                    ),
                );
            }
            c.with(
                "options",
                format!(
                    "--health-cmd \"{}\" --health-interval 10s --health-timeout 5s --health-retries 10",
                    s.health_cmd
                ),
            )
        })
        .collect();
    Some(Yaml::map().with("containers", containers))
}

fn test_job(ctx: &Context<'_>) -> Yaml {
    let services = shell::services(ctx);
    let env = shell::service_env(ctx, |_| "localhost".to_owned());
    let mut body = vec![script(
        &format!("Test (coverage at least {}%)", ctx.spec.coverage_threshold),
        ctx.lang.test(ctx.spec.coverage_threshold),
    )];
    if let Some(junit) = ctx.lang.junit {
        body.push(publish_junit(junit, "Tests"));
    }
    let mut job = lang_job(ctx, "test", "Test", 30, env, body);
    if !services.is_empty() {
        let map = Yaml::Map(
            services
                .iter()
                .map(|s| (s.name.to_owned(), Yaml::from(s.name)))
                .collect(),
        );
        job = job.with("services", map);
    }
    job
}

/// Publishes JUnit results even when the step before failed.
fn publish_junit(files: &str, title: &str) -> Yaml {
    Yaml::map()
        .with("task", "PublishTestResults@2")
        .with(
            "inputs",
            Yaml::map()
                .with("testResultsFormat", "JUnit")
                .with("testResultsFiles", files)
                .with("testRunTitle", title),
        )
        .with("condition", "succeededOrFailed()")
}

/// A job on the bare agent.
fn vm_job(id: &str, title: &str, timeout: i64, steps: Yaml) -> Yaml {
    Yaml::map()
        .with("job", id)
        .with("displayName", title)
        .with("timeoutInMinutes", timeout.to_string())
        .with("steps", steps)
}

fn scan_job(ctx: &Context<'_>, scan: &str) -> Yaml {
    match scan {
        "sast" => vm_job(
            "sast",
            "SAST (semgrep)",
            20,
            Yaml::seq()
                .push(checkout(false))
                .push(script("Semgrep", shell::SAST.docker_run())),
        ),
        "secrets" => vm_job(
            "secrets",
            "Secret scan (gitleaks)",
            15,
            Yaml::seq()
                .push(checkout(true))
                .push(script("Gitleaks", shell::SECRETS.docker_run())),
        ),
        "iac" => vm_job(
            "iac",
            "IaC policy (devopsflow-lint)",
            20,
            Yaml::seq()
                .push(checkout(false))
                .push(script(
                    "Install devopsflow-lint",
                    format!("{}\n", shell::LINT_INSTALL),
                ))
                .push(script(
                    "devopsflow-lint",
                    shell::iac_lint("junit", "devopsflow-lint.xml"),
                ))
                .push(publish_junit("devopsflow-lint.xml", "devopsflow-lint")),
        ),
        _ => {
            let timeout = if ctx.lang.name == "java" { 30 } else { 15 };
            lang_job(
                ctx,
                "dependencies",
                "Dependency audit",
                timeout,
                Vec::new(),
                vec![script("Audit dependencies", ctx.lang.audit)],
            )
        }
    }
}

fn build_job(ctx: &Context<'_>) -> Yaml {
    let body = format!(
        "{}{}",
        shell::docker_login(),
        shell::build_and_push(ctx.scan("container"))
    );
    Yaml::map()
        .with("job", "build")
        .with("displayName", "Build, scan and push with SBOM")
        .with("timeoutInMinutes", "30")
        .with(
            "variables",
            Yaml::seq().push(Yaml::map().with("group", format!("{}-registry", ctx.spec.name))),
        )
        .with(
            "steps",
            Yaml::seq().push(checkout(false)).push(
                script("Build and push", body).with(
                    "env",
                    Yaml::map()
                        .with("REGISTRY_USERNAME", "$(REGISTRY_USERNAME)")
                        .with("REGISTRY_PASSWORD", "$(REGISTRY_PASSWORD)"),
                ),
            ),
        )
}

/// An agentless job that waits for someone to resume the run.
fn manual_gate(env: &EnvironmentSpec) -> Yaml {
    Yaml::map()
        .with("job", "wait_for_go")
        .with(
            "displayName",
            format!("Wait for the go to deploy to {}", env.name),
        )
        .with("pool", "server")
        .with("timeoutInMinutes", "4320")
        .with(
            "steps",
            Yaml::seq().push(
                Yaml::map().with("task", "ManualValidation@0").with(
                    "inputs",
                    Yaml::map()
                        .with("notifyUsers", "")
                        .with(
                            "instructions",
                            format!("Resume to deploy {} to {}.", "this build", env.name),
                        )
                        .with("onTimeout", "reject"),
                ),
            ),
        )
}

fn deploy_job(ctx: &Context<'_>, env: &EnvironmentSpec) -> Yaml {
    let mut vars = Yaml::seq()
        .push(Yaml::map().with("group", format!("{}-{}", ctx.spec.name, env.name)))
        .push(var("NAMESPACE", wired::namespace(env)))
        .push(var("KUBECONFIG", "$(Agent.TempDirectory)/kubeconfig"));
    if let Some(url) = &env.url {
        vars = vars.push(var("APP_URL", url));
    }
    for (name, value) in wired::variables(env) {
        vars = vars.push(var(name, value));
    }
    let mut steps = Yaml::seq();
    if wired::needs_checkout(env) {
        steps = steps.push(checkout(false));
    }
    steps = steps.push(
        script(
            "Configure cluster access",
            shell::kubeconfig("\"$KUBECONFIG\""),
        )
        .with(
            "env",
            Yaml::map().with("KUBECONFIG_BASE64", "$(KUBECONFIG_BASE64)"),
        ),
    );
    for step in wired::deploy_steps(&ctx.spec.deploy_strategy, env) {
        steps = steps.push(script(step.name, step.script));
    }
    steps = steps.push(
        script("Roll back", wired::rollback(&ctx.spec.deploy_strategy, env))
            .with("condition", "failed()"),
    );
    let mut job = Yaml::map()
        .with("deployment", "deploy")
        .with("displayName", format!("Deploy to {}", env.name))
        .with("environment", env.name.as_str())
        .with("timeoutInMinutes", "30");
    if !env.auto_deploy && !env.approval {
        job = job.with("dependsOn", Yaml::seq().push("wait_for_go"));
    }
    job.with("variables", vars).with(
        "strategy",
        Yaml::map().with(
            "runOnce",
            Yaml::map().with("deploy", Yaml::map().with("steps", steps)),
        ),
    )
}
