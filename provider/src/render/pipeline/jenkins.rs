//! Jenkins: a declarative `Jenkinsfile`.
//!
//! Needs the Docker Pipeline plugin (stage agents and service containers)
//! and runs on agents with Docker. Scripts are single-quoted Groovy strings,
//! so neither Groovy nor Jenkins interpolates anything into the shell;
//! secrets come from Jenkins credentials through `credentials()`.
//! Approvals are `input` directives evaluated before an agent is taken.

use super::shell;
use super::{Context, EnvironmentSpec, groovy_comment, wired};
use std::fmt::Write as _;

/// Builds indented Groovy text.
struct Groovy {
    out: String,
    depth: usize,
}

impl Groovy {
    fn new() -> Self {
        Groovy {
            out: String::new(),
            depth: 0,
        }
    }

    /// Writes one line at the current depth.
    fn line(&mut self, text: &str) {
        if text.is_empty() {
            self.out.push('\n');
            return;
        }
        for _ in 0..self.depth {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// Opens a block: `head {`.
    fn open(&mut self, head: &str) {
        self.line(&format!("{head} {{"));
        self.depth += 1;
    }

    /// Closes the innermost block.
    fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.line("}");
    }

    /// An `sh` step running `script` (a triple-single-quoted string).
    fn sh(&mut self, label: &str, script: &str) {
        self.line(&format!("sh(label: {}, script: '''", quote(label)));
        // The body is written as it is: no indentation inside the literal.
        self.out.push_str(&escape_triple(script));
        if !script.ends_with('\n') {
            self.out.push('\n');
        }
        self.line("''')");
    }
}

/// A single-quoted Groovy string literal (no interpolation).
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Escapes text for a `'''` literal: backslashes and the delimiter.
fn escape_triple(s: &str) -> String {
    s.replace('\\', "\\\\").replace("'''", "\\'\\'\\'")
}

/// Renders the Jenkinsfile.
pub(super) fn render(ctx: &Context<'_>) -> String {
    let spec = ctx.spec;
    let mut g = Groovy::new();
    g.out.push_str(&groovy_comment(&spec.header));
    g.out.push_str(&groovy_comment(&notes(ctx)));
    g.open("pipeline");
    g.line("agent none");
    g.open("options");
    g.line("timeout(time: 3, unit: 'HOURS')");
    g.line("disableConcurrentBuilds()");
    g.line("buildDiscarder(logRotator(numToKeepStr: '30'))");
    g.close();
    g.open("environment");
    g.line(&format!("IMAGE = {}", quote(&spec.image)));
    g.line(&format!("REGISTRY = {}", quote(ctx.registry())));
    g.line(&format!("APP = {}", quote(&spec.name)));
    g.close();
    g.open("stages");
    lint_stage(&mut g, ctx);
    test_stage(&mut g, ctx);
    let scans = ctx.scan_jobs();
    if !scans.is_empty() {
        g.open("stage('Security')");
        g.open("parallel");
        for scan in &scans {
            scan_stage(&mut g, ctx, scan);
        }
        g.close();
        g.close();
    }
    build_stage(&mut g, ctx);
    for env in &spec.environments {
        deploy_stage(&mut g, ctx, env);
    }
    g.close();
    g.close();
    g.out
}

/// Explains the credentials and plugins the Jenkinsfile relies on.
fn notes(ctx: &Context<'_>) -> String {
    let name = &ctx.spec.name;
    let mut lines = vec![
        "Needs the Pipeline and Docker Pipeline plugins and agents with Docker.".to_owned(),
        format!(
            "Credentials: {name}-registry (username with password for {}), and \
             {name}-kubeconfig-<environment> (secret file) per environment.",
            ctx.registry()
        ),
        format!(
            "Deployments run on the {} branch; builds of one branch queue rather than overlap.",
            ctx.deploy_branch
        ),
    ];
    for env in &ctx.spec.environments {
        if env.approval {
            lines.push(format!(
                "Environment {}: waits for an approval (input); restrict who may approve with \
                 the input's submitter or the job's permissions.",
                env.name
            ));
        } else if !env.auto_deploy {
            lines.push(format!(
                "Environment {}: deployed when someone confirms the input.",
                env.name
            ));
        }
    }
    lines.join("\n")
}

/// A stage-level timeout.
fn timeout(g: &mut Groovy, minutes: u32) {
    g.open("options");
    g.line(&format!("timeout(time: {minutes}, unit: 'MINUTES')"));
    g.close();
}

/// A Docker agent; `reset_entrypoint` for images whose entrypoint is a tool.
fn docker_agent(g: &mut Groovy, image: &str, reset_entrypoint: bool) {
    g.open("agent");
    g.open("docker");
    g.line(&format!("image {}", quote(image)));
    if reset_entrypoint {
        g.line("args '--entrypoint='");
    }
    g.close();
    g.close();
}

/// An `environment` block with the language's cache variables plus `extra`.
fn lang_environment(g: &mut Groovy, ctx: &Context<'_>, extra: &[(String, String)]) {
    let mut vars = ctx.lang.cache_env_in(".cache");
    vars.extend(extra.iter().cloned());
    if vars.is_empty() {
        return;
    }
    g.open("environment");
    for (k, v) in vars {
        g.line(&format!("{k} = {}", quote(&v)));
    }
    g.close();
}

fn lint_stage(g: &mut Groovy, ctx: &Context<'_>) {
    g.open("stage('Lint')");
    docker_agent(g, ctx.lang.image, false);
    timeout(g, 15);
    lang_environment(g, ctx, &[]);
    g.open("steps");
    g.sh("Lint", ctx.lang.lint);
    g.close();
    g.close();
}

fn test_stage(g: &mut Groovy, ctx: &Context<'_>) {
    let services = shell::services(ctx);
    let title = format!("Test (coverage at least {}%)", ctx.spec.coverage_threshold);
    let test = ctx.lang.test(ctx.spec.coverage_threshold);
    g.open("stage('Test')");
    if services.is_empty() {
        docker_agent(g, ctx.lang.image, false);
        timeout(g, 30);
        lang_environment(g, ctx, &[]);
        g.open("steps");
        g.sh(&title, &test);
        g.close();
    } else {
        // Service containers are linked into the toolchain container by
        // their names; each is waited for until its health check passes.
        g.line("agent any");
        timeout(g, 30);
        lang_environment(g, ctx, &shell::service_env(ctx, |s| s.name.to_owned()));
        g.open("steps");
        g.open("script");
        for s in &services {
            let mut args = String::new();
            for (k, v) in s.env {
                let _ = write!(args, "-e {k}={v} ");
            }
            let _ = write!(
                args,
                "--health-cmd \"{}\" --health-interval 5s --health-retries 20",
                s.health_cmd
            );
            g.line(&format!(
                "docker.image({}).withRun({}) {{ {} ->",
                quote(s.image),
                quote(&args),
                s.name
            ));
            g.depth += 1;
            g.open(&format!("withEnv([\"SERVICE_ID=${{{}.id}}\"])", s.name));
            g.sh(
                &format!("Wait for {}", s.name),
                "until [ \"$(docker inspect --format '{{.State.Health.Status}}' \"$SERVICE_ID\")\" = healthy ]; do sleep 2; done\n",
            );
            g.close();
        }
        let links = services
            .iter()
            .map(|s| format!("--link ${{{0}.id}}:{0}", s.name))
            .collect::<Vec<_>>()
            .join(" ");
        g.open(&format!(
            "docker.image({}).inside(\"{links}\")",
            quote(ctx.lang.image)
        ));
        g.sh(&title, &test);
        g.close();
        for _ in &services {
            g.close();
        }
        g.close();
        g.close();
    }
    if let Some(junit) = ctx.lang.junit {
        g.open("post");
        g.open("always");
        g.line(&format!(
            "junit allowEmptyResults: true, testResults: {}",
            quote(junit)
        ));
        g.close();
        g.close();
    }
    g.close();
}

fn scan_stage(g: &mut Groovy, ctx: &Context<'_>, scan: &str) {
    match scan {
        "sast" => {
            g.open("stage('SAST')");
            docker_agent(g, shell::SAST.image, true);
            timeout(g, 20);
            g.open("steps");
            g.sh("Semgrep", &shell::SAST.in_image());
            g.close();
            g.close();
        }
        "secrets" => {
            g.open("stage('Secrets')");
            docker_agent(g, shell::SECRETS.image, true);
            timeout(g, 15);
            g.open("environment");
            g.line("GIT_CONFIG_COUNT = '1'");
            g.line("GIT_CONFIG_KEY_0 = 'safe.directory'");
            g.line("GIT_CONFIG_VALUE_0 = '*'");
            g.close();
            g.open("steps");
            g.sh("Gitleaks", &shell::SECRETS.in_image());
            g.close();
            g.close();
        }
        "iac" => {
            g.open("stage('IaC policy')");
            docker_agent(g, shell::LINT_IMAGE, false);
            timeout(g, 20);
            g.open("steps");
            g.sh(
                "Install devopsflow-lint",
                &format!("{}\n", shell::LINT_INSTALL),
            );
            g.sh(
                "devopsflow-lint",
                &shell::iac_lint("junit", "devopsflow-lint.xml"),
            );
            g.close();
            g.open("post");
            g.open("always");
            g.line("junit allowEmptyResults: true, testResults: 'devopsflow-lint.xml'");
            g.close();
            g.close();
            g.close();
        }
        _ => {
            g.open("stage('Dependencies')");
            docker_agent(g, ctx.lang.image, false);
            timeout(g, if ctx.lang.name == "java" { 30 } else { 15 });
            lang_environment(g, ctx, &[]);
            g.open("steps");
            g.sh("Audit dependencies", ctx.lang.audit);
            g.close();
            g.close();
        }
    }
}

fn build_stage(g: &mut Groovy, ctx: &Context<'_>) {
    g.open("stage('Build')");
    g.line("agent any");
    g.open("when");
    g.line("not { changeRequest() }");
    g.line("beforeAgent true");
    g.close();
    timeout(g, 30);
    g.open("environment");
    g.line(&format!(
        "REGISTRY_CREDENTIALS = credentials({})",
        quote(&format!("{}-registry", ctx.spec.name))
    ));
    g.close();
    g.open("steps");
    g.sh(
        "Build, scan and push with SBOM",
        &format!(
            "IMAGE_TAG=\"$GIT_COMMIT\"\nREGISTRY_USERNAME=\"$REGISTRY_CREDENTIALS_USR\"\nREGISTRY_PASSWORD=\"$REGISTRY_CREDENTIALS_PSW\"\nexport IMAGE_TAG REGISTRY_USERNAME REGISTRY_PASSWORD\n{}{}",
            shell::docker_login(),
            shell::build_and_push(ctx.scan("container"))
        ),
    );
    g.close();
    g.close();
}

fn deploy_stage(g: &mut Groovy, ctx: &Context<'_>, env: &EnvironmentSpec) {
    g.open(&format!(
        "stage({})",
        quote(&format!("Deploy to {}", env.name))
    ));
    g.open("when");
    g.line(&format!("branch {}", quote(ctx.deploy_branch)));
    g.line("beforeAgent true");
    if !env.auto_deploy {
        g.line("beforeInput true");
    }
    g.close();
    if !env.auto_deploy {
        let verb = if env.approval {
            "Approve deploying"
        } else {
            "Deploy"
        };
        g.open("input");
        g.line(&format!(
            "message {}",
            quote(&format!("{verb} {} to {}?", ctx.spec.name, env.name))
        ));
        g.line("ok 'Deploy'");
        g.close();
    }
    docker_agent(g, shell::KUBECTL_IMAGE, true);
    timeout(g, 30);
    g.open("environment");
    g.line(&format!("NAMESPACE = {}", quote(wired::namespace(env))));
    if let Some(url) = &env.url {
        g.line(&format!("APP_URL = {}", quote(url)));
    }
    for (name, value) in wired::variables(env) {
        g.line(&format!("{name} = {}", quote(value)));
    }
    g.line(&format!(
        "KUBECONFIG = credentials({})",
        quote(&format!("{}-kubeconfig-{}", ctx.spec.name, env.name))
    ));
    g.close();
    g.open("steps");
    for step in wired::deploy_steps(&ctx.spec.deploy_strategy, env) {
        g.sh(
            step.name,
            &format!(
                "IMAGE_TAG=\"$GIT_COMMIT\"\nexport IMAGE_TAG\n{}",
                step.script
            ),
        );
    }
    g.close();
    g.open("post");
    g.open("failure");
    g.sh(
        "Roll back",
        &wired::rollback(&ctx.spec.deploy_strategy, env),
    );
    g.close();
    g.close();
    g.close();
}
