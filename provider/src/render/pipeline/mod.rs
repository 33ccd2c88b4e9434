//! The pure renderer behind `devopsflow_pipeline`: a [`PipelineSpec`] in,
//! the CI/CD configuration files for one platform out.
//!
//! Every platform gets the same delivery flow, in this order:
//!
//! 1. **lint** – the language's linters and formatters;
//! 2. **test** – the test suite with optional service containers and an
//!    enforced coverage threshold;
//! 3. **security** – the scans asked for (`sast`, `dependencies`, `secrets`,
//!    `iac`); `container` scans the built image before it is pushed (or,
//!    on GitLab, right after);
//! 4. **build** – the container image, tagged with the commit SHA, pushed
//!    with an SBOM;
//! 5. **deploy** – one job per environment, in the order given, carrying out
//!    the deployment strategy against the manifests `devopsflow_k8s_app`
//!    writes (`k8s/<name>`, namespace = environment name), with a smoke
//!    check and a rollback when the deployment fails. An environment with a
//!    `deploy_target` (from `devopsflow_k8s_app`) deploys by editing and
//!    applying those manifests instead, in the k8s_app's namespace (see
//!    [`wired`]).
//!
//! Deployments run only for pushes to the first branch in `branches`.
//!
//! [`render`] validates the whole spec first and reports every problem at
//! once, each on the Terraform attribute path it concerns.

mod azure_devops;
mod circleci;
mod github_actions;
mod gitlab_ci;
mod jenkins;
mod language;
mod shell;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_wired;
mod wired;

use tfplug::{AttributePath, Declare};

use crate::render::FieldError;
use crate::render::k8s_app::DeployTarget;

/// Supported CI/CD platforms.
pub const PLATFORMS: &[&str] = &[
    "github_actions",
    "gitlab_ci",
    "jenkins",
    "circleci",
    "azure_devops",
];
/// Supported project languages.
pub const LANGUAGES: &[&str] = &["python", "node", "go", "java", "rust"];
/// Supported security scans.
pub const SCANS: &[&str] = &["sast", "dependencies", "secrets", "container", "iac"];
/// Supported deployment strategies.
pub const STRATEGIES: &[&str] = &["rolling", "blue_green", "canary"];
/// Supported test service containers.
pub const SERVICES: &[&str] = &["postgres", "redis", "mysql", "mongodb"];

/// Longest accepted pipeline or environment name.
const MAX_NAME_LEN: usize = 63;

/// What the user asked for: the `devopsflow_pipeline` attributes. Each field's doc
/// comment is the attribute's description in the schema and the docs.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct PipelineSpec {
    /// Pipeline name, a DNS-1035 label (lowercase letters, digits and `-`, starting
    /// with a letter): the Kubernetes Deployment and Service the deploy jobs act on
    /// (the `devopsflow_k8s_app` name); also names the workflow file on GitHub.
    pub name: String,
    /// The CI/CD platform.
    #[tf(one_of = PLATFORMS)]
    pub platform: String,
    /// The application's language.
    #[tf(one_of = LANGUAGES)]
    pub language: String,
    /// Image repository to build and push, without a tag (the commit SHA is the tag).
    pub image: String,
    /// Directory of the pipeline file, relative to the provider's `root_dir`.
    /// Default: `.github/workflows` for GitHub Actions, `.circleci` for CircleCI,
    /// the repository root otherwise.
    pub output_dir: Option<String>,
    /// Branches that run the pipeline; deployments run from the first one.
    #[tf(default)]
    pub branches: Vec<String>,
    /// Service containers for the tests.
    #[tf(any_of = SERVICES, default)]
    pub services: Vec<String>,
    /// Minimum test coverage in percent, 0-100; the test stage fails below it.
    #[tf(default)]
    pub coverage_threshold: i64,
    /// Scans to run; `iac` runs devopsflow-lint (SARIF upload on GitHub).
    #[tf(any_of = SCANS, default)]
    pub security_scans: Vec<String>,
    /// How each environment is deployed; with a `deploy_target`, the k8s_app's
    /// `strategy` (a different one is an error).
    #[tf(one_of = STRATEGIES, default)]
    pub deploy_strategy: String,
    /// A deployment environment, in promotion order.
    #[tf(block, rename = "environment")]
    pub environments: Vec<EnvironmentSpec>,
    /// Comment text put at the top of every file (set by the resource).
    #[tf(skip)]
    pub header: String,
}

/// One deployment environment.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct EnvironmentSpec {
    /// Environment name, unique in the pipeline; also the Kubernetes namespace
    /// deployed to when there is no `deploy_target`, so a DNS-1123 label (lowercase
    /// letters, digits and `-`).
    pub name: String,
    /// Deploy automatically after the previous stage.
    #[tf(default = false)]
    pub auto_deploy: bool,
    /// Deploy only after a manual approval or a protected environment.
    #[tf(default = false)]
    pub approval: bool,
    /// URL of the environment; the smoke test checks `<url>/health`, or
    /// `<url><health_path>` with a `deploy_target`.
    pub url: Option<String>,
    /// What to deploy to: `devopsflow_k8s_app.NAME.deploy_target`. The deploy job then
    /// checks out the repository, edits the k8s_app's manifests (`kustomize edit`) and
    /// applies them (`kubectl apply -k`) into the k8s_app's namespace, waits for the
    /// rollout of its Deployments and smoke-tests its liveness path, so the next apply
    /// of the manifests keeps what was deployed. Needs `kustomize` and, without `url`,
    /// access to the Service proxy (`services/proxy`) on the cluster.
    pub deploy_target: Option<DeployTarget>,
}

impl Default for PipelineSpec {
    /// The defaults of the Terraform resource, with empty name and image.
    fn default() -> Self {
        PipelineSpec {
            name: String::new(),
            platform: "github_actions".to_owned(),
            language: "python".to_owned(),
            output_dir: None,
            branches: vec!["main".to_owned()],
            image: String::new(),
            services: Vec::new(),
            coverage_threshold: 80,
            security_scans: Vec::new(),
            deploy_strategy: "rolling".to_owned(),
            environments: Vec::new(),
            header: String::new(),
        }
    }
}

/// The directory a platform's files go to when `output_dir` is not set:
/// `.github/workflows`, `.circleci`, or the repository root (`""`).
pub fn default_output_dir(platform: &str) -> &'static str {
    match platform {
        "github_actions" => ".github/workflows",
        "circleci" => ".circleci",
        _ => "",
    }
}

/// Validates `spec` and renders the platform's files as
/// `(path relative to the repository root, text)` pairs. The output is
/// deterministic. On invalid input every problem found is returned.
pub fn render(spec: &PipelineSpec) -> Result<Vec<(String, String)>, Vec<FieldError>> {
    let errors = validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }
    let ctx = Context::new(spec);
    let (file_name, text) = match spec.platform.as_str() {
        "github_actions" => (format!("{}.yml", spec.name), github_actions::render(&ctx)),
        "gitlab_ci" => (".gitlab-ci.yml".to_owned(), gitlab_ci::render(&ctx)),
        "jenkins" => ("Jenkinsfile".to_owned(), jenkins::render(&ctx)),
        "circleci" => ("config.yml".to_owned(), circleci::render(&ctx)),
        _ => ("azure-pipelines.yml".to_owned(), azure_devops::render(&ctx)),
    };
    let dir = spec
        .output_dir
        .as_deref()
        .unwrap_or_else(|| default_output_dir(&spec.platform))
        .trim_end_matches('/');
    let path = if dir.is_empty() || dir == "." {
        file_name
    } else {
        format!("{dir}/{file_name}")
    };
    Ok(vec![(path, text)])
}

/// Everything the platform renderers need, resolved once from a valid spec.
pub(crate) struct Context<'a> {
    spec: &'a PipelineSpec,
    lang: language::Toolchain,
    /// The first branch: the only one deployments run from.
    deploy_branch: &'a str,
}

impl<'a> Context<'a> {
    fn new(spec: &'a PipelineSpec) -> Self {
        Context {
            spec,
            lang: language::toolchain(&spec.language),
            deploy_branch: spec.branches.first().map_or("main", String::as_str),
        }
    }

    /// Whether the scan `name` was asked for.
    fn scan(&self, name: &str) -> bool {
        self.spec.security_scans.iter().any(|s| s == name)
    }

    /// The scans that run as their own jobs, in a fixed order (the
    /// container scan belongs to the build).
    fn scan_jobs(&self) -> Vec<&'static str> {
        ["sast", "dependencies", "secrets", "iac"]
            .into_iter()
            .filter(|s| self.scan(s))
            .collect()
    }

    /// The registry host of the image (`docker.io` for Docker Hub images).
    fn registry(&self) -> &str {
        registry_host(&self.spec.image)
    }
}

/// The registry part of an image repository reference.
fn registry_host(image: &str) -> &str {
    match image.split_once('/') {
        Some((first, _)) if first.contains(['.', ':']) || first == "localhost" => first,
        _ => "docker.io",
    }
}

/// Checks every attribute and returns all problems found.
pub fn validate(spec: &PipelineSpec) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |path: AttributePath, summary: &str, detail: String| {
        errors.push(FieldError {
            path,
            summary: summary.to_owned(),
            detail,
        });
    };

    if let Some(problem) = kubernetes_name_problem(&spec.name, true) {
        push(
            attr("name"),
            "Invalid pipeline name",
            format!(
                "{problem}. The name is the Kubernetes Deployment and Service name the deploy \
                 jobs act on (the devopsflow_k8s_app name), so it must be a DNS-1035 label: \
                 lowercase letters, digits and '-', starting with a letter, ending with a \
                 letter or digit, at most {MAX_NAME_LEN} characters.{}",
                suggestion(&spec.name, true)
            ),
        );
    }
    if !PLATFORMS.contains(&spec.platform.as_str()) {
        push(
            attr("platform"),
            "Unknown platform",
            unknown(&spec.platform, PLATFORMS),
        );
    }
    if !LANGUAGES.contains(&spec.language.as_str()) {
        push(
            attr("language"),
            "Unknown language",
            unknown(&spec.language, LANGUAGES),
        );
    }
    if let Some(dir) = &spec.output_dir {
        if let Some(problem) = output_dir_problem(dir) {
            push(attr("output_dir"), "Invalid output directory", problem);
        }
    }
    for (i, branch) in spec.branches.iter().enumerate() {
        if let Some(problem) = branch_problem(branch) {
            push(indexed("branches", i), "Invalid branch name", problem);
        }
    }
    if spec.branches.is_empty() {
        push(
            attr("branches"),
            "No branches",
            "At least one branch is needed: the pipeline runs for pushes to and pull requests \
             against these branches, and deploys from the first one."
                .to_owned(),
        );
    }
    if let Some(problem) = image_problem(&spec.image) {
        push(attr("image"), "Invalid image repository", problem);
    }
    check_list(&spec.services, "services", "service", SERVICES, &mut push);
    if !(0..=100).contains(&spec.coverage_threshold) {
        push(
            attr("coverage_threshold"),
            "Coverage threshold out of range",
            format!(
                "coverage_threshold is {}; it is a percentage and must be between 0 and 100.",
                spec.coverage_threshold
            ),
        );
    }
    check_list(
        &spec.security_scans,
        "security_scans",
        "security scan",
        SCANS,
        &mut push,
    );
    if !STRATEGIES.contains(&spec.deploy_strategy.as_str()) {
        push(
            attr("deploy_strategy"),
            "Unknown deployment strategy",
            unknown(&spec.deploy_strategy, STRATEGIES),
        );
    }
    for (i, env) in spec.environments.iter().enumerate() {
        let path = |field: &str| AttributePath::attr("environment").index(i).then_attr(field);
        if let Some(problem) = kubernetes_name_problem(&env.name, false) {
            push(
                path("name"),
                "Invalid environment name",
                format!(
                    "{problem}. The environment name is the Kubernetes namespace deployed to, \
                     so it must be a DNS-1123 label: lowercase letters, digits and '-', \
                     starting and ending with a letter or digit, at most {MAX_NAME_LEN} \
                     characters.{}",
                    suggestion(&env.name, false)
                ),
            );
        } else if let Some(first) = spec.environments[..i]
            .iter()
            .position(|other| other.name == env.name)
        {
            push(
                path("name"),
                "Duplicate environment name",
                format!(
                    "Environment {:?} is already defined by environment block {} (index {first}); \
                     each environment gets its own deploy job, so names must be unique.",
                    env.name,
                    first + 1,
                ),
            );
        }
        if env.approval && env.auto_deploy {
            push(
                path("approval"),
                "Approval contradicts auto_deploy",
                format!(
                    "Environment {:?} sets both auto_deploy = true and approval = true. A deploy \
                     that waits for an approval is not automatic, and no platform can run one \
                     job both ways: set auto_deploy = false to gate it behind an approval, or \
                     approval = false to deploy automatically.",
                    env.name
                ),
            );
        }
        if let Some(url) = &env.url {
            if let Some(problem) = url_problem(url) {
                push(path("url"), "Invalid environment URL", problem);
            }
        }
        if let Some(target) = &env.deploy_target {
            wired::validate(spec, i, target, &mut push);
        }
    }
    errors
}

/// `[Attr(name)]`.
fn attr(name: &str) -> AttributePath {
    AttributePath::attr(name)
}

/// `[Attr(name), Index(i)]`.
fn indexed(name: &str, i: usize) -> AttributePath {
    AttributePath::attr(name).index(i)
}

/// The detail of an "unknown value" error, listing the valid values.
fn unknown(value: &str, valid: &[&str]) -> String {
    format!(
        "{value:?} is not supported; valid values are: {}.",
        valid.join(", ")
    )
}

/// Validates a list attribute whose entries come from `valid`, rejecting
/// unknown and repeated entries.
fn check_list(
    values: &[String],
    attribute: &str,
    what: &str,
    valid: &[&str],
    push: &mut impl FnMut(AttributePath, &str, String),
) {
    for (i, value) in values.iter().enumerate() {
        if !valid.contains(&value.as_str()) {
            push(
                indexed(attribute, i),
                &format!("Unknown {what}"),
                unknown(value, valid),
            );
        } else if values[..i].contains(value) {
            push(
                indexed(attribute, i),
                &format!("Duplicate {what}"),
                format!("{value:?} is listed more than once in {attribute}."),
            );
        }
    }
}

/// Why `name` is not a Kubernetes name (a DNS-1123 label; a DNS-1035 label,
/// starting with a letter, when `letter_first`), if it is not.
fn kubernetes_name_problem(name: &str, letter_first: bool) -> Option<String> {
    let Some(first) = name.chars().next() else {
        return Some("The name is empty".to_owned());
    };
    if name.len() > MAX_NAME_LEN {
        return Some(format!("{name:?} is {} characters long", name.len()));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Some(format!("{name:?} contains {bad:?}"));
    }
    if letter_first && !first.is_ascii_lowercase() {
        return Some(format!("{name:?} must start with a lowercase letter"));
    }
    if name.starts_with('-') || name.ends_with('-') {
        return Some(format!(
            "{name:?} must start and end with a lowercase letter or a digit"
        ));
    }
    None
}

/// ` Did you mean "..."?` with `name` made a valid Kubernetes name
/// (lowercased, other characters turned into '-', trimmed), or nothing when
/// no such name is obvious.
fn suggestion(name: &str, letter_first: bool) -> String {
    let mapped: String = name
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '-'
            }
        })
        .collect();
    let mut fixed = mapped.trim_matches('-').to_owned();
    fixed.truncate(MAX_NAME_LEN);
    let fixed = fixed.trim_end_matches('-');
    if fixed != name && kubernetes_name_problem(fixed, letter_first).is_none() {
        format!(" Did you mean {fixed:?}?")
    } else {
        String::new()
    }
}

/// Why an output directory is unusable, if it is.
fn output_dir_problem(dir: &str) -> Option<String> {
    if dir.starts_with('/') || dir.contains('\\') {
        return Some(format!(
            "{dir:?} must be a relative path with '/' separators, inside the repository."
        ));
    }
    if dir.split('/').any(|part| part == "..") {
        return Some(format!(
            "{dir:?} must not contain '..': the files belong inside the repository."
        ));
    }
    if dir.chars().any(|c| c.is_control()) {
        return Some(format!("{dir:?} contains control characters."));
    }
    None
}

/// Why a branch name cannot be used, if it cannot. Branch names end up in
/// YAML and Groovy string literals and in trigger filters, so besides git's
/// own rules quotes, `$` and backslashes are refused.
fn branch_problem(branch: &str) -> Option<String> {
    if branch.trim().is_empty() {
        return Some("Branch names must not be empty.".to_owned());
    }
    let bad = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '~' | '^' | ':' | '?' | '*' | '[' | '\\' | '\'' | '"' | '$' | '`'
            )
    };
    if branch.chars().any(bad)
        || branch.starts_with(['-', '/'])
        || branch.ends_with(['/', '.'])
        || branch.contains("..")
        || branch.contains("//")
    {
        return Some(format!(
            "{branch:?} is not a usable git branch name (no spaces, quotes, '$', '~', '^', ':', \
             '?', '*', '[', '\\', '..', and no leading '-' or '/')."
        ));
    }
    None
}

/// Why `image` is not an image repository reference, if it is not.
///
/// Accepted: `[host[:port]/]component(/component)*` where components are
/// lowercase alphanumerics separated by `.`, `_`, `__` or `-` runs, and no
/// tag or digest (the pipeline tags the image with the commit SHA).
fn image_problem(image: &str) -> Option<String> {
    const FORMAT: &str = "Expected an image repository such as \"ghcr.io/acme/api\" or \
                          \"registry.example.com:5000/team/api\": lowercase path components, an \
                          optional registry host, and no tag or digest (the pipeline tags the \
                          image with the commit SHA).";
    if image.is_empty() {
        return Some(format!("The image repository is empty. {FORMAT}"));
    }
    if image.contains('@') {
        return Some(format!("{image:?} has a digest. {FORMAT}"));
    }
    let mut parts: Vec<&str> = image.split('/').collect();
    if parts.len() > 1 && (parts[0].contains(['.', ':']) || parts[0] == "localhost") {
        let host = parts.remove(0);
        let (name, port) = match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        };
        let host_ok = !name.is_empty()
            && name.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && port.is_none_or(|p| {
                !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit())
            });
        if !host_ok {
            return Some(format!(
                "{image:?} has an invalid registry host {host:?}. {FORMAT}"
            ));
        }
    }
    if let Some(last) = parts.last() {
        if last.contains(':') {
            return Some(format!("{image:?} has a tag. {FORMAT}"));
        }
    }
    let component_ok = |c: &str| {
        let bytes = c.as_bytes();
        let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        if bytes.is_empty() || !alnum(bytes[0]) || !alnum(bytes[bytes.len() - 1]) {
            return false;
        }
        // Separators: '.', '_', '__' or runs of '-'; never two different ones in a row.
        let mut prev_sep: Option<u8> = None;
        let mut run = 0;
        for &b in bytes {
            if alnum(b) {
                prev_sep = None;
                run = 0;
                continue;
            }
            let ok = match (b, prev_sep) {
                (b'.', None) => true,
                (b'_', None) => true,
                (b'_', Some(b'_')) => run < 2,
                (b'-', None | Some(b'-')) => true,
                _ => false,
            };
            if !ok {
                return false;
            }
            prev_sep = Some(b);
            run += 1;
        }
        true
    };
    if parts.is_empty() || !parts.iter().all(|c| component_ok(c)) {
        return Some(format!(
            "{image:?} is not a valid image repository. {FORMAT}"
        ));
    }
    None
}

/// Why an environment URL cannot be used, if it cannot.
fn url_problem(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let ok = rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && rest.chars().all(|c| {
                c.is_ascii_graphic()
                    && !matches!(c, '"' | '\'' | '`' | '\\' | '$' | '<' | '>' | '{' | '}')
            })
    });
    if ok {
        None
    } else {
        Some(format!(
            "{url:?} is not an http(s) URL such as \"https://api.example.com\" (no spaces, \
             quotes, '$', backslashes or braces)."
        ))
    }
}

/// The header as `//` comment lines for a Jenkinsfile (empty for no header).
fn groovy_comment(text: &str) -> String {
    let mut out = String::new();
    if text.is_empty() {
        return out;
    }
    for line in text.replace("\r\n", "\n").split(['\n', '\r']) {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str("//\n");
        } else {
            out.push_str("// ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A valid identifier for `env` on platforms that allow only `[A-Za-z0-9_]`.
fn underscore_id(name: &str) -> String {
    name.replace('-', "_")
}
