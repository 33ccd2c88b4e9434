//! CircleCI: `.circleci/config.yml` (config version 2.1).
//!
//! Language jobs run in CircleCI convenience images; the scans that run
//! tool images and the image build run on a `machine` executor with Docker.
//! Approvals are `type: approval` jobs in the workflow; credentials come
//! from contexts (`<name>-registry`, `<name>-<environment>`).

use super::shell;
use super::{Context, EnvironmentSpec, wired};
use crate::yaml::{self, Yaml};

/// Machine image for jobs that need Docker.
const MACHINE_IMAGE: &str = "ubuntu-2404:2024.11.1";
/// Where language caches live inside the convenience images.
const CACHE_DIR: &str = "/home/circleci/.cache/devopsflow";

/// Renders the configuration.
pub(super) fn render(ctx: &Context<'_>) -> String {
    let spec = ctx.spec;
    let scans = ctx.scan_jobs();
    let mut jobs = Yaml::map()
        .with("lint", lint_job(ctx))
        .with("test", test_job(ctx));
    for scan in &scans {
        jobs = jobs.with(*scan, scan_job(ctx, scan));
    }
    jobs = jobs.with("build", build_job(ctx));
    for env in &spec.environments {
        jobs = jobs.with(format!("deploy-{}", env.name), deploy_job(ctx, env));
    }

    let deploy_filter = Yaml::map().with(
        "branches",
        Yaml::map().with("only", Yaml::seq().push(ctx.deploy_branch)),
    );
    let mut workflow = Yaml::seq()
        .push("lint")
        .push(requires("test", &["lint"], None));
    for scan in &scans {
        workflow = workflow.push(requires(scan, &["test"], None));
    }
    let mut build_needs = vec!["test"];
    build_needs.extend(scans.iter().copied());
    workflow = workflow.push(requires(
        "build",
        &build_needs,
        Some(&format!("{}-registry", spec.name)),
    ));
    let mut previous = "build".to_owned();
    for env in &spec.environments {
        let deploy = format!("deploy-{}", env.name);
        let mut needs = previous.clone();
        if !env.auto_deploy {
            let hold = format!("approve-{}", env.name);
            workflow = workflow.push(
                Yaml::map().with(
                    hold.clone(),
                    Yaml::map()
                        .with("type", "approval")
                        .with("requires", Yaml::seq().push(previous.as_str()))
                        .with("filters", deploy_filter.clone()),
                ),
            );
            needs = hold;
        }
        let job = requires(
            &deploy,
            &[needs.as_str()],
            Some(&format!("{}-{}", spec.name, env.name)),
        );
        workflow = workflow.push(add_filter(job, &deploy, deploy_filter.clone()));
        previous = deploy;
    }

    let doc = Yaml::map().with("version", 2.1).with("jobs", jobs).with(
        "workflows",
        Yaml::map().with(spec.name.as_str(), Yaml::map().with("jobs", workflow)),
    );
    let mut out = yaml::comment(&spec.header);
    out.push_str(&yaml::comment(&notes(ctx)));
    out.push_str(&yaml::to_string(&doc));
    out
}

/// Explains the contexts and project settings the configuration relies on.
fn notes(ctx: &Context<'_>) -> String {
    let name = &ctx.spec.name;
    let mut lines = vec![
        format!(
            "Context {name}-registry holds REGISTRY_USERNAME and REGISTRY_PASSWORD for {}.",
            ctx.registry()
        ),
        format!(
            "Each environment's context {name}-<environment> holds KUBECONFIG_BASE64 (a base64 \
             kubeconfig); restrict it to the deployers' security group. Deployments run for {}.",
            ctx.deploy_branch
        ),
        "Turn on \"Auto-cancel redundant workflows\" in the project settings to cancel superseded \
         runs on non-default branches."
            .to_owned(),
    ];
    for env in &ctx.spec.environments {
        if env.approval {
            lines.push(format!(
                "Environment {}: waits for the approval job approve-{}.",
                env.name, env.name
            ));
        } else if !env.auto_deploy {
            lines.push(format!(
                "Environment {}: deployed when someone approves approve-{} (manual).",
                env.name, env.name
            ));
        }
    }
    lines.join("\n")
}

/// A workflow entry `name` requiring `needs`, with an optional context.
fn requires(name: &str, needs: &[&str], context: Option<&str>) -> Yaml {
    let mut body = Yaml::map().with("requires", needs.iter().copied().collect::<Yaml>());
    if let Some(context) = context {
        body = body.with("context", Yaml::seq().push(context));
    }
    Yaml::map().with(name, body)
}

/// Adds branch filters to the workflow entry `name`.
fn add_filter(entry: Yaml, name: &str, filters: Yaml) -> Yaml {
    match entry {
        Yaml::Map(mut entries) => {
            for (key, body) in &mut entries {
                if key == name {
                    *body = std::mem::replace(body, Yaml::Null).with("filters", filters.clone());
                }
            }
            Yaml::Map(entries)
        }
        other => other,
    }
}

/// A `run` step with a no-output timeout.
fn run(name: &str, command: impl Into<String>) -> Yaml {
    Yaml::map().with(
        "run",
        Yaml::map()
            .with("name", name)
            .with("command", command.into())
            .with("no_output_timeout", "20m"),
    )
}

/// The cache key of the language's dependency cache.
fn cache_key(ctx: &Context<'_>) -> String {
    let sums: String = ctx
        .lang
        .cache_key_files
        .iter()
        .map(|f| format!("-{{{{ checksum \"{f}\" }}}}"))
        .collect();
    format!("v1-{}{sums}", ctx.lang.name)
}

/// A job in the language's convenience image, wrapping `steps` in a
/// checkout and the dependency cache.
fn lang_job(
    ctx: &Context<'_>,
    extra_images: Vec<Yaml>,
    env: Vec<(String, String)>,
    steps: Vec<Yaml>,
) -> Yaml {
    let mut vars: Vec<(String, Yaml)> = ctx
        .lang
        .cache_env_in(CACHE_DIR)
        .into_iter()
        .map(|(k, v)| (k, Yaml::Str(v)))
        .collect();
    vars.extend(env.into_iter().map(|(k, v)| (k, Yaml::Str(v))));
    let mut primary = Yaml::map().with("image", ctx.lang.circleci_image);
    if !vars.is_empty() {
        primary = primary.with("environment", Yaml::Map(vars));
    }
    let mut images = vec![primary];
    images.extend(extra_images);
    let mut all = vec![
        Yaml::from("checkout"),
        Yaml::map().with(
            "restore_cache",
            Yaml::map().with("keys", Yaml::seq().push(cache_key(ctx))),
        ),
    ];
    all.extend(steps);
    all.push(
        Yaml::map().with(
            "save_cache",
            Yaml::map().with("key", cache_key(ctx)).with(
                "paths",
                ctx.lang
                    .cache_paths_in(CACHE_DIR)
                    .into_iter()
                    .collect::<Yaml>(),
            ),
        ),
    );
    Yaml::map()
        .with("docker", Yaml::Seq(images))
        .with("resource_class", "medium")
        .with("steps", Yaml::Seq(all))
}

fn lint_job(ctx: &Context<'_>) -> Yaml {
    lang_job(
        ctx,
        Vec::new(),
        Vec::new(),
        vec![run("Lint", ctx.lang.lint)],
    )
}

fn test_job(ctx: &Context<'_>) -> Yaml {
    let services: Vec<Yaml> = shell::services(ctx)
        .into_iter()
        .map(|s| {
            let image = Yaml::map().with("image", s.image);
            if s.env.is_empty() {
                image
            } else {
                image.with(
                    "environment",
                    Yaml::Map(
                        s.env
                            .iter()
                            .map(|(k, v)| ((*k).to_owned(), Yaml::from(*v)))
                            .collect(),
                    ),
                )
            }
        })
        .collect();
    let env = shell::service_env(ctx, |_| "localhost".to_owned());
    let mut steps = vec![run(
        &format!("Test (coverage at least {}%)", ctx.spec.coverage_threshold),
        ctx.lang.test(ctx.spec.coverage_threshold),
    )];
    if let Some(junit) = ctx.lang.junit {
        // A single file, or the directory of a glob.
        let path = if junit.contains('*') {
            junit.rsplit_once('/').map_or(".", |(dir, _)| dir)
        } else {
            junit
        };
        steps.push(Yaml::map().with("store_test_results", Yaml::map().with("path", path)));
    }
    steps.push(Yaml::map().with(
        "store_artifacts",
        Yaml::map().with("path", ctx.lang.coverage_report),
    ));
    lang_job(ctx, services, env, steps)
}

/// A job on the machine executor.
fn machine_job(steps: Yaml) -> Yaml {
    Yaml::map()
        .with("machine", Yaml::map().with("image", MACHINE_IMAGE))
        .with("resource_class", "medium")
        .with("steps", steps)
}

fn scan_job(ctx: &Context<'_>, scan: &str) -> Yaml {
    match scan {
        "sast" => machine_job(
            Yaml::seq()
                .push("checkout")
                .push(run("Semgrep", shell::SAST.docker_run())),
        ),
        "secrets" => machine_job(
            Yaml::seq()
                .push("checkout")
                .push(run("Gitleaks", shell::SECRETS.docker_run())),
        ),
        "iac" => Yaml::map()
            .with(
                "docker",
                Yaml::seq().push(Yaml::map().with("image", "cimg/rust:1.85.0")),
            )
            .with("resource_class", "medium")
            .with(
                "steps",
                Yaml::seq()
                    .push("checkout")
                    .push(run(
                        "Install devopsflow-lint",
                        format!("{}\n", shell::LINT_INSTALL),
                    ))
                    .push(run(
                        "devopsflow-lint",
                        format!(
                            "mkdir -p reports\n{}",
                            shell::iac_lint("junit", "reports/devopsflow-lint.xml")
                        ),
                    ))
                    .push(
                        Yaml::map().with("store_test_results", Yaml::map().with("path", "reports")),
                    ),
            ),
        _ => lang_job(
            ctx,
            Vec::new(),
            Vec::new(),
            vec![run("Audit dependencies", ctx.lang.audit)],
        ),
    }
}

/// Exports the inputs every script expects from CircleCI's variables.
fn exports(ctx: &Context<'_>) -> String {
    format!(
        "IMAGE={image}\nIMAGE_TAG=\"$CIRCLE_SHA1\"\nREGISTRY={registry}\nexport IMAGE IMAGE_TAG REGISTRY\n",
        image = ctx.spec.image,
        registry = ctx.registry()
    )
}

fn build_job(ctx: &Context<'_>) -> Yaml {
    let script = format!(
        "{}{}{}",
        exports(ctx),
        shell::docker_login(),
        shell::build_and_push(ctx.scan("container"))
    );
    machine_job(
        Yaml::seq()
            .push("checkout")
            .push(run("Build, scan and push with SBOM", script)),
    )
}

fn deploy_job(ctx: &Context<'_>, env: &EnvironmentSpec) -> Yaml {
    let mut vars = Yaml::map()
        .with("APP", ctx.spec.name.as_str())
        .with("NAMESPACE", wired::namespace(env))
        .with("KUBECONFIG", "/tmp/kubeconfig");
    if let Some(url) = &env.url {
        vars = vars.with("APP_URL", url.as_str());
    }
    for (name, value) in wired::variables(env) {
        vars = vars.with(name, value);
    }
    let prefix = exports(ctx);
    let mut steps = Yaml::seq();
    if wired::needs_checkout(env) {
        steps = steps.push("checkout");
    }
    steps = steps.push(run(
        "Configure cluster access",
        shell::kubeconfig("\"$KUBECONFIG\""),
    ));
    for step in wired::deploy_steps(&ctx.spec.deploy_strategy, env) {
        steps = steps.push(run(step.name, format!("{prefix}{}", step.script)));
    }
    let rollback = Yaml::map().with(
        "run",
        Yaml::map()
            .with("name", "Roll back")
            .with("command", wired::rollback(&ctx.spec.deploy_strategy, env))
            .with("when", "on_fail"),
    );
    steps = steps.push(rollback);
    Yaml::map()
        .with(
            "docker",
            Yaml::seq().push(
                Yaml::map()
                    .with("image", shell::KUBECTL_IMAGE)
                    .with("environment", vars),
            ),
        )
        .with("resource_class", "small")
        .with("steps", steps)
}
