//! Deploy jobs of an environment wired to a `devopsflow_k8s_app` through
//! `deploy_target = devopsflow_k8s_app.NAME.deploy_target`.
//!
//! Wired deploys change the cluster only by applying the manifests the
//! k8s_app wrote, so the next `kubectl apply -k` keeps what the pipeline
//! deployed instead of undoing it. The pipeline edits its checkout of the
//! manifests directory with `kustomize edit`, then runs `kubectl apply -k`
//! into the k8s_app's namespace:
//!
//! - `rolling`: `kustomize edit set image <image>=$IMAGE:$IMAGE_TAG`, apply,
//!   `kubectl rollout status` of the Deployment.
//! - `canary`: a patch gives `<name>-canary` the new image and keeps
//!   `<name>-stable` on the image it runs; apply and wait; smoke checks;
//!   then a patch moves stable to the new image too.
//! - `blue_green`: the idle colour gets the new image, the Services keep
//!   selecting what they select now (patches of their `version` selector, the
//!   switch the manifests themselves make with `active_color`); after the
//!   idle colour passes the smoke test through `<name>-preview`, the patches
//!   swap the two selectors and the manifests are applied again.
//!
//! Smoke tests request the app's real health path (`health_path`, the
//! liveness path): `<url><health_path>` when the environment has a URL, else
//! through the API server's Service proxy
//! (`/api/v1/namespaces/<ns>/services/<service>:http/proxy<health_path>`).
//!
//! The scripts read, besides the variables of [`super::shell`]:
//!
//! | variable | meaning |
//! | --- | --- |
//! | `NAMESPACE` | the k8s_app's namespace |
//! | `MANIFESTS` | the manifests directory, relative to the checkout |
//! | `SERVICE` | the Service, also the Deployments' name prefix |
//! | `IMAGE_NAME` | the image as the manifests name it (no tag) |
//! | `HEALTH_PATH` | the liveness path |

use tfplug::AttributePath;

use super::shell::{self, DeployStep, PREVIOUS_COLOR, TOUCHED};
use super::{
    EnvironmentSpec, PipelineSpec, image_problem, kubernetes_name_problem, output_dir_problem,
};
use crate::render::k8s_app::DeployTarget;

/// Applies the edited manifests into the target namespace (a namespace other
/// than the manifests' own is refused by kubectl).
const APPLY: &str = "kubectl apply --kustomize \"$MANIFESTS\" --namespace \"$NAMESPACE\"\n";

/// The namespace an environment deploys to: its deploy target's, else its name.
pub(crate) fn namespace(env: &EnvironmentSpec) -> &str {
    env.deploy_target
        .as_ref()
        .map_or(env.name.as_str(), |target| target.namespace.as_str())
}

/// The variables wired scripts read besides the common ones; none unwired.
pub(crate) fn variables(env: &EnvironmentSpec) -> Vec<(&'static str, &str)> {
    env.deploy_target.as_ref().map_or_else(Vec::new, |target| {
        vec![
            ("MANIFESTS", target.manifests_dir.as_str()),
            ("SERVICE", target.service.as_str()),
            ("IMAGE_NAME", target.image.as_str()),
            ("HEALTH_PATH", target.health_path.as_str()),
        ]
    })
}

/// Whether the deploy job needs the repository checked out (for the manifests).
pub(crate) fn needs_checkout(env: &EnvironmentSpec) -> bool {
    env.deploy_target.is_some()
}

/// The steps of an environment's deploy job.
pub(crate) fn deploy_steps(strategy: &str, env: &EnvironmentSpec) -> Vec<DeployStep> {
    let has_url = env.url.is_some();
    if env.deploy_target.is_none() {
        return shell::deploy_steps(strategy, has_url);
    }
    match strategy {
        "blue_green" => vec![
            step(
                "Deploy to the idle colour",
                format!(
                    "active=\"$(kubectl get service \"$SERVICE\" --namespace \"$NAMESPACE\" --output 'jsonpath={{.spec.selector.version}}' --ignore-not-found)\"
if [ \"$active\" = green ]; then idle=blue; else active=blue; idle=green; fi
echo \"$active\" > {PREVIOUS_COLOR}
{keep}{new}{selectors}{roll}echo \"Active colour: $active; deployed to $idle\"
",
                    keep = keep_live_image("$SERVICE-$active"),
                    new = pin("$SERVICE-$idle", "$IMAGE:$IMAGE_TAG"),
                    selectors = selectors("$active", "$idle"),
                    roll = roll("$SERVICE-$idle"),
                ),
            ),
            step("Smoke test the idle colour", proxy_smoke("$SERVICE-preview")),
            step(
                "Switch traffic",
                format!(
                    "active=\"$(cat {PREVIOUS_COLOR})\"
if [ \"$active\" = green ]; then idle=blue; else idle=green; fi
{selectors}{APPLY}echo \"Traffic switched from $active to $idle\"
",
                    selectors = selectors("$idle", "$active"),
                ),
            ),
            step("Smoke test", smoke(has_url)),
        ],
        "canary" => vec![
            step(
                "Deploy the canary",
                format!(
                    "{}{}{}",
                    keep_live_image("$SERVICE-stable"),
                    pin("$SERVICE-canary", "$IMAGE:$IMAGE_TAG"),
                    roll("$SERVICE-canary")
                ),
            ),
            step(
                "Smoke test the canary",
                format!(
                    "{}echo \"Observing the canary for 2 minutes\"\nsleep 120\n{}",
                    smoke(has_url),
                    smoke(has_url)
                ),
            ),
            step(
                "Promote to stable",
                format!(
                    "{}{}",
                    pin("$SERVICE-stable", "$IMAGE:$IMAGE_TAG"),
                    roll("$SERVICE-stable")
                ),
            ),
            step("Smoke test", smoke(has_url)),
        ],
        _ => vec![
            step(
                "Rolling update",
                format!(
                    "{}{}",
                    kustomize("set image \"$IMAGE_NAME=$IMAGE:$IMAGE_TAG\""),
                    roll("$SERVICE")
                ),
            ),
            step("Smoke test", smoke(has_url)),
        ],
    }
}

/// What a failed deploy job runs: the previous colour selected again through the
/// manifests (blue-green), or `kubectl rollout undo` of what was rolled out.
pub(crate) fn rollback(strategy: &str, env: &EnvironmentSpec) -> String {
    if env.deploy_target.is_none() || strategy != "blue_green" {
        return shell::rollback(strategy);
    }
    format!(
        "echo \"Deployment failed; rolling back\" >&2
if [ -f {PREVIOUS_COLOR} ]; then
  previous=\"$(cat {PREVIOUS_COLOR})\"
  if [ \"$previous\" = green ]; then other=blue; else other=green; fi
{selectors}  {APPLY}  echo \"Traffic switched back to $previous\"
fi
",
        selectors = indent(&selectors("$previous", "$other")),
    )
}

fn step(name: &'static str, script: String) -> DeployStep {
    DeployStep { name, script }
}

fn indent(script: &str) -> String {
    script.lines().map(|line| format!("  {line}\n")).collect()
}

/// Runs `kustomize edit ARGS` in the manifests directory.
fn kustomize(args: &str) -> String {
    format!("(cd \"$MANIFESTS\" && kustomize edit {args})\n")
}

/// A JSON patch replacing one value, in the manifests' kustomization.
fn patch(kind: &str, name: &str, path: &str, value: &str) -> String {
    kustomize(&format!(
        "add patch --kind {kind} --name \"{name}\" --patch \"$(printf '[{{\"op\":\"replace\",\"path\":\"{path}\",\"value\":\"%s\"}}]' \"{value}\")\""
    ))
}

/// Sets the image of Deployment `deployment` in the manifests.
fn pin(deployment: &str, image: &str) -> String {
    patch(
        "Deployment",
        deployment,
        "/spec/template/spec/containers/0/image",
        image,
    )
}

/// Keeps Deployment `deployment` on the image it runs, when it exists.
fn keep_live_image(deployment: &str) -> String {
    format!(
        "live=\"$(kubectl get deployment \"{deployment}\" --namespace \"$NAMESPACE\" --output 'jsonpath={{.spec.template.spec.containers[0].image}}' --ignore-not-found)\"
if [ -n \"$live\" ]; then
{}fi
",
        indent(&pin(deployment, "$live"))
    )
}

/// Points the main Service at colour `main` and the preview Service at `preview`.
fn selectors(main: &str, preview: &str) -> String {
    format!(
        "{}{}",
        patch("Service", "$SERVICE", "/spec/selector/version", main),
        patch(
            "Service",
            "$SERVICE-preview",
            "/spec/selector/version",
            preview
        )
    )
}

/// Records `deployment` for the rollback, applies the manifests and waits for it.
fn roll(deployment: &str) -> String {
    format!(
        "echo \"deployment/{deployment}\" >> {TOUCHED}
{APPLY}kubectl rollout status --namespace \"$NAMESPACE\" \"deployment/{deployment}\" --timeout=10m
"
    )
}

/// The smoke test of the app: its URL's health path, else through the API proxy.
fn smoke(has_url: bool) -> String {
    if has_url {
        "curl --fail --silent --show-error --location --retry 10 --retry-delay 6 --retry-all-errors --max-time 10 \"${APP_URL%/}$HEALTH_PATH\"\n".to_owned()
    } else {
        proxy_smoke("$SERVICE")
    }
}

/// Requests the health path of Service `service` through the API server's proxy,
/// up to 10 times.
fn proxy_smoke(service: &str) -> String {
    format!(
        "healthy=no
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if kubectl get --raw \"/api/v1/namespaces/$NAMESPACE/services/{service}:http/proxy$HEALTH_PATH\"; then healthy=yes; break; fi
  echo \"Attempt $attempt: {service} is not healthy yet\"
  sleep 6
done
if [ \"$healthy\" != yes ]; then
  echo \"{service} did not answer on $HEALTH_PATH\" >&2
  exit 1
fi
"
    )
}

/// Checks environment `i`'s deploy target: its names, directory, path and image,
/// and that its strategy and Deployments are the pipeline's.
pub(super) fn validate(
    spec: &PipelineSpec,
    i: usize,
    target: &DeployTarget,
    push: &mut impl FnMut(AttributePath, &str, String),
) {
    let path = || {
        AttributePath::attr("environment")
            .index(i)
            .then_attr("deploy_target")
    };
    let mut problem = |detail: String| push(path(), "Invalid deploy_target", detail);
    if let Some(p) = kubernetes_name_problem(&target.namespace, false) {
        problem(format!("namespace: {p}; it must be a DNS-1123 label."));
    }
    if let Some(p) = kubernetes_name_problem(&target.service, true) {
        problem(format!("service: {p}; it must be a DNS-1035 label."));
    }
    match output_dir_problem(&target.manifests_dir) {
        Some(p) => problem(format!("manifests_dir: {p}")),
        None if target.manifests_dir.is_empty() => {
            problem("manifests_dir is empty.".to_owned());
        }
        None => {}
    }
    if !target.health_path.starts_with('/') || target.health_path.chars().any(unsafe_char) {
        problem(format!(
            "health_path {:?} must be an HTTP path starting with '/', without spaces, quotes, \
             '$', backslashes or braces.",
            target.health_path
        ));
    }
    if let Some(p) = image_problem(&target.image) {
        problem(format!("image: {p}"));
    }
    if target.strategy != spec.deploy_strategy {
        problem(format!(
            "The k8s_app is delivered with strategy {:?} but the pipeline's deploy_strategy is \
             {:?}: the deploy steps must drive the Deployments the manifests define. Set \
             deploy_strategy = {:?}.",
            target.strategy, spec.deploy_strategy, target.strategy
        ));
    } else {
        let expected = expected_deployments(&target.strategy, &target.service);
        if target.deployments != expected {
            problem(format!(
                "deployments {:?} are not the Deployments of a {:?} k8s_app named {:?}, \
                 which are {expected:?}.",
                target.deployments, target.strategy, target.service
            ));
        }
    }
}

/// The Deployments `devopsflow_k8s_app` writes for `strategy`.
fn expected_deployments(strategy: &str, service: &str) -> Vec<String> {
    match strategy {
        "blue_green" => vec![format!("{service}-blue"), format!("{service}-green")],
        "canary" => vec![format!("{service}-stable"), format!("{service}-canary")],
        _ => vec![service.to_owned()],
    }
}

/// Characters a value must not hold to be safe in every platform's variables.
fn unsafe_char(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '"' | '\'' | '`' | '\\' | '$' | '{' | '}' | '<' | '>')
}
