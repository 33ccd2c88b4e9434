//! Environments wired to a `devopsflow_k8s_app` through `deploy_target`: the
//! deploy jobs of every platform and the manifests agree on the namespace, the
//! names, the manifests directory, the image and the health path.

#![allow(clippy::expect_used)]

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
