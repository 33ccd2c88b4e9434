//! Environments wired to a `devopsflow_k8s_app` through `deploy_target`: the
//! deploy jobs of every platform and the manifests agree on the namespace, the
//! names, the manifests directory, the image and the health path.

#![allow(clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use saphyr::{LoadableYamlNode, YamlOwned};
use tfplug::{Declare, Value};

use super::tests::only_file;
use super::*;
use crate::render::k8s_app::{self, K8sAppSpec};

/// A k8s_app whose namespace, directory and health path all differ from the
/// defaults and from the environment's name.
pub(super) fn app(strategy: &str) -> K8sAppSpec {
    let string = |s: &str| Value::String(s.to_owned());
    let mut fields = vec![
        ("name", string("shop-api")),
        ("namespace", string("shop")),
        ("image", string("registry.example.com/shop/api:1.4.2")),
        ("output_dir", string("deploy/k8s/shop-api/")),
        ("strategy", string(strategy)),
        ("liveness_path", string("/healthz")),
        ("metrics_port", Value::Number(9102.into())),
    ];
    if strategy == "canary" {
        fields.push(("replicas", Value::Number(10.into())));
    }
    K8sAppSpec::decode(&Value::object(fields)).expect("valid k8s_app")
}

/// A pipeline deploying `target` to environment "production" (and the URL-less
/// "staging"), on `platform`.
pub(super) fn wired(
    platform: &str,
    language: &str,
    target: &k8s_app::DeployTarget,
) -> PipelineSpec {
    let env = |name: &str, url: Option<&str>| EnvironmentSpec {
        name: name.to_owned(),
        auto_deploy: url.is_none(),
        approval: url.is_some(),
        url: url.map(str::to_owned),
        deploy_target: Some(target.clone()),
    };
    PipelineSpec {
        name: "shop".to_owned(),
        platform: platform.to_owned(),
        language: language.to_owned(),
        image: "ghcr.io/acme/shop-api".to_owned(),
        deploy_strategy: target.strategy.clone(),
        environments: vec![
            env("staging", None),
            env("production", Some("https://shop.example.com")),
        ],
        ..PipelineSpec::default()
    }
}

/// The specs the validators check, one per language, cycling through the strategies.
pub(super) fn wired_specs(platform: &str) -> Vec<PipelineSpec> {
    LANGUAGES
        .iter()
        .zip(STRATEGIES.iter().cycle())
        .map(|(language, strategy)| {
            let target = k8s_app::DeployTarget::of(&app(strategy)).expect("target");
            wired(platform, language, &target)
        })
        .collect()
}

/// What the manifests say, parsed from the files `devopsflow_k8s_app` renders.
#[derive(Debug, Default)]
struct Manifests {
    namespaces: Vec<String>,
    deployments: Vec<String>,
    services: Vec<String>,
    liveness_paths: Vec<String>,
    images: Vec<String>,
    kustomization_namespace: String,
}

fn manifests(spec: &K8sAppSpec) -> Manifests {
    let files = k8s_app::render(spec).expect("k8s_app renders");
    let mut found = Manifests::default();
    for (file, text) in &files {
        let docs = YamlOwned::load_from_str(text).expect("manifest parses");
        let doc = &docs[0];
        let str_at = |node: &YamlOwned, path: &[&str]| -> Option<String> {
            path.iter()
                .try_fold(node, |node, key| node.as_mapping_get(key))
                .and_then(|n| n.as_str().map(str::to_owned))
        };
        if file == "kustomization.yaml" {
            found.kustomization_namespace = str_at(doc, &["namespace"]).expect("namespace");
            continue;
        }
        found
            .namespaces
            .push(str_at(doc, &["metadata", "namespace"]).expect("namespace"));
        let name = str_at(doc, &["metadata", "name"]).expect("name");
        match str_at(doc, &["kind"]).as_deref() {
            Some("Deployment") => {
                found.deployments.push(name);
                let container = ["spec", "template", "spec", "containers"]
                    .iter()
                    .try_fold(doc, |node, key| node.as_mapping_get(key))
                    .and_then(|c| c.as_sequence_get(0))
                    .expect("container");
                found.liveness_paths.push(
                    str_at(container, &["livenessProbe", "httpGet", "path"]).expect("liveness"),
                );
                found
                    .images
                    .push(str_at(container, &["image"]).expect("image"));
            }
            Some("Service") => found.services.push(name),
            _ => {}
        }
    }
    found
}

/// The values the deploy jobs give variable `name`, in any platform's syntax:
/// `NAME: value` (GitHub, GitLab, CircleCI), `- name: NAME` then `value: v`
/// (Azure DevOps), `NAME = 'value'` (Jenkins).
fn variable(text: &str, name: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut values = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(value) = line.strip_prefix(&format!("{name}: ")) {
            values.push(value.to_owned());
        } else if *line == format!("- name: {name}") {
            if let Some(value) = lines.get(i + 1).and_then(|l| l.strip_prefix("value: ")) {
                values.push(value.to_owned());
            }
        } else if let Some(value) = line.strip_prefix(&format!("{name} = '")) {
            values.push(value.trim_end_matches('\'').to_owned());
        }
    }
    values
}

/// The Deployments the scripts roll out, with `$SERVICE` and the colours expanded.
fn rolled_out(text: &str, service: &str) -> Vec<String> {
    let mut names = Vec::new();
    for part in text.split("\"deployment/").skip(1) {
        let Some(word) = part.split('"').next() else {
            continue;
        };
        let word = word.replace("$SERVICE", service);
        if word.contains("$idle") {
            names.push(word.replace("$idle", "blue"));
            names.push(word.replace("$idle", "green"));
        } else {
            names.push(word);
        }
    }
    names.sort();
    names.dedup();
    names
}

#[test]
fn deploy_jobs_and_manifests_agree_on_every_platform() {
    for strategy in STRATEGIES {
        let app = app(strategy);
        let found = manifests(&app);
        let target = k8s_app::DeployTarget::of(&app).expect("target");
        let mut expected_deployments = found.deployments.clone();
        expected_deployments.sort();
        let mut target_deployments = target.deployments.clone();
        target_deployments.sort();
        assert_eq!(target_deployments, expected_deployments, "{strategy}");
        for platform in PLATFORMS {
            let (_, text) = only_file(&wired(platform, "python", &target));
            let what = format!("{platform} {strategy}");
            let one = |name: &str| {
                let values = variable(&text, name);
                assert_eq!(
                    values.len(),
                    2,
                    "{what}: {name} once per environment: {values:?}"
                );
                assert!(values.iter().all(|v| *v == values[0]), "{what}: {values:?}");
                values[0].clone()
            };
            let namespace = one("NAMESPACE");
            assert_eq!(namespace, found.kustomization_namespace, "{what}");
            assert!(found.namespaces.iter().all(|n| *n == namespace), "{what}");
            assert_eq!(one("MANIFESTS"), "deploy/k8s/shop-api", "{what}");
            let service = one("SERVICE");
            assert!(
                found.services.contains(&service),
                "{what}: {:?}",
                found.services
            );
            if *strategy == "blue_green" {
                assert!(found.services.contains(&format!("{service}-preview")));
            }
            let health = one("HEALTH_PATH");
            assert!(found.liveness_paths.iter().all(|p| *p == health), "{what}");
            let image = one("IMAGE_NAME");
            assert!(
                found.images.iter().all(|i| i
                    .strip_prefix(&image)
                    .is_some_and(|tag| tag.starts_with(':'))),
                "{what}: {image} in {:?}",
                found.images
            );
            assert_eq!(rolled_out(&text, &service), expected_deployments, "{what}");
            // Nothing fights the manifests, and no hard-coded path or namespace is left.
            for stale in ["kubectl set image", "kubectl patch", "/health\""] {
                assert!(!text.contains(stale), "{what}: {stale:?} in\n{text}");
            }
            assert!(text.contains("kustomize edit"), "{what}");
            assert!(
                text.contains(
                    "kubectl apply --kustomize \"$MANIFESTS\" --namespace \"$NAMESPACE\""
                )
            );
            assert!(text.contains("${APP_URL%/}$HEALTH_PATH"), "{what}");
            assert!(
                text.contains("services/$SERVICE"),
                "{what}: proxy smoke test"
            );
        }
    }
}

#[test]
fn the_strategy_and_the_names_must_match_the_target() {
    let target = k8s_app::DeployTarget::of(&app("blue_green")).expect("target");
    let mut spec = wired("github_actions", "python", &target);
    spec.deploy_strategy = "rolling".to_owned();
    let mut bad = target.clone();
    bad.namespace = "Shop".to_owned();
    bad.health_path = "health check".to_owned();
    bad.deployments = vec!["shop-api".to_owned()];
    bad.manifests_dir = "../k8s".to_owned();
    spec.environments[1].deploy_target = Some(bad);
    let errors = validate(&spec);
    let at = |i: usize| {
        AttributePath::attr("environment")
            .index(i)
            .then_attr("deploy_target")
    };
    let details: Vec<&str> = errors
        .iter()
        .filter(|e| e.path == at(1))
        .map(|e| e.detail.as_str())
        .collect();
    assert!(
        details.iter().any(|d| d.starts_with("namespace:")),
        "{details:?}"
    );
    assert!(
        details.iter().any(|d| d.starts_with("manifests_dir:")),
        "{details:?}"
    );
    assert!(
        details.iter().any(|d| d.starts_with("health_path")),
        "{details:?}"
    );
    assert!(
        details
            .iter()
            .any(|d| d.contains("deploy_strategy = \"blue_green\""))
    );
    assert!(
        errors.iter().any(|e| e.path == at(0)),
        "the strategy of env 0 too"
    );
    spec.deploy_strategy = "blue_green".to_owned();
    let mut names = target.clone();
    names.deployments.reverse();
    spec.environments[1].deploy_target = Some(names);
    let errors = validate(&spec);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].detail.contains("are not the Deployments"),
        "{errors:?}"
    );
}

#[test]
fn without_a_target_the_environment_name_stays_the_namespace() {
    let spec = wired(
        "gitlab_ci",
        "go",
        &k8s_app::DeployTarget::of(&app("rolling")).expect("t"),
    );
    let mut unwired = spec.clone();
    for env in &mut unwired.environments {
        env.deploy_target = None;
    }
    let (_, text) = only_file(&unwired);
    assert_eq!(variable(&text, "NAMESPACE"), ["staging", "production"]);
    assert!(variable(&text, "MANIFESTS").is_empty());
    let (_, wired_text) = only_file(&spec);
    assert_eq!(variable(&wired_text, "NAMESPACE"), ["shop", "shop"]);
}

/// Golden files: every platform wired blue-green, GitHub also rolling and canary.
#[test]
fn snapshot_wired_deploys() {
    let mut cases: Vec<(&str, &str)> = PLATFORMS.iter().map(|p| (*p, "blue_green")).collect();
    cases.extend([("github_actions", "rolling"), ("github_actions", "canary")]);
    for (platform, strategy) in cases {
        let target = k8s_app::DeployTarget::of(&app(strategy)).expect("target");
        let (path, text) = only_file(&wired(platform, "go", &target));
        insta::assert_snapshot!(
            format!("wired_{platform}_{strategy}"),
            format!("=== {path}\n{text}")
        );
    }
}

/// A `kustomize` stand-in for `kustomize edit add patch --kind K --name N --patch P`
/// and `kustomize edit set image NAME=NEW:TAG`: it writes the entries kustomize writes
/// (`patches` with a target, `images`), which the real `kubectl kustomize` then applies.
const KUSTOMIZE_SHIM: &str = r#"#!/bin/sh
set -eu
[ "$1" = edit ] || { echo "unexpected: $*" >&2; exit 2; }
case "$2 $3" in
  "add patch")
    shift 3
    while [ $# -gt 0 ]; do
      case "$1" in
        --kind) kind=$2 ;;
        --name) name=$2 ;;
        --patch) patch=$2 ;;
        *) echo "unexpected: $1" >&2; exit 2 ;;
      esac
      shift 2
    done
    grep -q '^patches:' kustomization.yaml || echo 'patches:' >> kustomization.yaml
    printf -- "- patch: '%s'\n  target:\n    kind: %s\n    name: %s\n" "$patch" "$kind" "$name" >> kustomization.yaml
    ;;
  "set image")
    name=${4%%=*}
    new=${4#*=}
    printf 'images:\n- name: %s\n  newName: %s\n  newTag: %s\n' "$name" "${new%:*}" "${new##*:}" >> kustomization.yaml
    ;;
  *) echo "unexpected: $*" >&2; exit 2 ;;
esac
"#;

/// A `kubectl` stand-in: `get` answers from `SHIM_ACTIVE` (the Service's colour) and
/// `SHIM_LIVE` (a Deployment's image), `apply --kustomize DIR` records what the real
/// `kubectl kustomize DIR` builds, `rollout status` records the Deployment.
const KUBECTL_SHIM: &str = r#"#!/bin/sh
set -eu
case "$1" in
  get)
    case "$2" in
      service) printf '%s' "$SHIM_ACTIVE" ;;
      deployment) printf '%s' "$SHIM_LIVE" ;;
      --raw) echo "$3" >> "$SHIM_OUT/smoke" ;;
      *) exit 2 ;;
    esac
    ;;
  apply)
    [ "$2" = --kustomize ] && [ "$4" = --namespace ] || exit 2
    n=$(ls "$SHIM_OUT" | grep -c '^applied-' || true)
    "$REAL_KUBECTL" kustomize "$3" > "$SHIM_OUT/applied-$n.yaml"
    ;;
  rollout) echo "$5" >> "$SHIM_OUT/rollouts" ;;
  *) exit 2 ;;
esac
"#;

/// Deployment images and Service `version` selectors of an applied build.
fn applied(text: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for doc in YamlOwned::load_from_str(text).expect("kubectl kustomize output parses") {
        let at = |path: &[&str]| {
            path.iter()
                .try_fold(&doc, |node, key| node.as_mapping_get(key))
                .and_then(|n| n.as_str().map(str::to_owned))
        };
        let name = at(&["metadata", "name"]).unwrap_or_default();
        assert_eq!(at(&["metadata", "namespace"]).as_deref(), Some("shop"));
        match at(&["kind"]).as_deref() {
            Some("Deployment") => {
                let image = ["spec", "template", "spec", "containers"]
                    .iter()
                    .try_fold(&doc, |node, key| node.as_mapping_get(key))
                    .and_then(|c| c.as_sequence_get(0))
                    .and_then(|c| c.as_mapping_get("image"))
                    .and_then(|i| i.as_str().map(str::to_owned))
                    .unwrap_or_default();
                found.insert(format!("deployment/{name}"), image);
            }
            Some("Service") => {
                let version = at(&["spec", "selector", "version"]).unwrap_or_default();
                found.insert(format!("service/{name}"), version);
            }
            _ => {}
        }
    }
    found
}

/// Runs the deploy steps of `strategy` against the k8s_app's real manifests, with
/// stand-ins for the cluster, and returns each `kubectl apply -k` build.
fn run_deploy(strategy: &str, scratch: &Path) -> Vec<BTreeMap<String, String>> {
    let real_kubectl = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join("kubectl"))
        .find(|p| p.is_file())
        .expect("kubectl (with kustomize) is not on PATH");
    let spec = app(strategy);
    let target = k8s_app::DeployTarget::of(&spec).expect("target");
    for (name, text) in k8s_app::render(&spec).expect("renders") {
        let path = scratch.join(&target.manifests_dir).join(name);
        std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let bin = scratch.join("bin");
    let out = scratch.join("out");
    std::fs::create_dir_all(&bin).expect("bin");
    std::fs::create_dir_all(&out).expect("out");
    for (name, text) in [
        ("kustomize", KUSTOMIZE_SHIM),
        ("kubectl", KUBECTL_SHIM),
        ("sleep", "#!/bin/sh\n"),
    ] {
        let path = bin.join(name);
        std::fs::write(&path, text).expect("shim");
        let mut permissions = std::fs::metadata(&path).expect("shim").permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
        std::fs::set_permissions(&path, permissions).expect("chmod");
    }
    let env = wired("github_actions", "go", &target)
        .environments
        .remove(0);
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("PATH");
    for step in wired::deploy_steps(strategy, &env) {
        let status = Command::new("sh")
            .args(["-e", "-c", &step.script])
            .current_dir(scratch)
            .env("PATH", &path)
            .env("REAL_KUBECTL", &real_kubectl)
            .env("SHIM_OUT", &out)
            .env("SHIM_ACTIVE", "blue")
            .env("SHIM_LIVE", "ghcr.io/acme/shop-api:old")
            .env("NAMESPACE", wired::namespace(&env))
            .env("IMAGE", "ghcr.io/acme/shop-api")
            .env("IMAGE_TAG", "new")
            .envs(wired::variables(&env))
            .status()
            .expect("run sh");
        assert!(
            status.success(),
            "{strategy}: {}:\n{}",
            step.name,
            step.script
        );
    }
    let mut builds = Vec::new();
    while let Ok(text) = std::fs::read_to_string(out.join(format!("applied-{}.yaml", builds.len())))
    {
        builds.push(applied(&text));
    }
    builds
}

#[test]
fn deploy_steps_drive_kustomize_to_the_intended_manifests() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let (new, old) = ("ghcr.io/acme/shop-api:new", "ghcr.io/acme/shop-api:old");
    let get =
        |build: &BTreeMap<String, String>, key: &str| build.get(key).cloned().unwrap_or_default();

    let rolling = run_deploy("rolling", &scratch.path().join("rolling"));
    assert_eq!(rolling.len(), 1);
    assert_eq!(get(&rolling[0], "deployment/shop-api"), new);

    let canary = run_deploy("canary", &scratch.path().join("canary"));
    assert_eq!(canary.len(), 2, "{canary:?}");
    assert_eq!(get(&canary[0], "deployment/shop-api-canary"), new);
    assert_eq!(
        get(&canary[0], "deployment/shop-api-stable"),
        old,
        "stable keeps its image"
    );
    assert_eq!(
        get(&canary[1], "deployment/shop-api-stable"),
        new,
        "then is promoted"
    );
    assert_eq!(get(&canary[1], "deployment/shop-api-canary"), new);

    let blue_green = run_deploy("blue_green", &scratch.path().join("blue_green"));
    assert_eq!(blue_green.len(), 2, "{blue_green:?}");
    let (deploy, switch) = (&blue_green[0], &blue_green[1]);
    assert_eq!(
        get(deploy, "deployment/shop-api-green"),
        new,
        "the idle colour"
    );
    assert_eq!(
        get(deploy, "deployment/shop-api-blue"),
        old,
        "the live colour keeps its image"
    );
    assert_eq!(
        get(deploy, "service/shop-api"),
        "blue",
        "traffic stays until the switch"
    );
    assert_eq!(get(deploy, "service/shop-api-preview"), "green");
    assert_eq!(get(switch, "service/shop-api"), "green", "switched");
    assert_eq!(get(switch, "service/shop-api-preview"), "blue");
    assert_eq!(get(switch, "deployment/shop-api-green"), new);
    assert_eq!(get(switch, "deployment/shop-api-blue"), old);
}
