#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use super::*;
use crate::render::installed_tool;

/// A spec with only the required attributes (and the header the resource sets).
fn minimal(language: &str) -> ContainerSpec {
    ContainerSpec {
        name: "api".to_owned(),
        language: language.to_owned(),
        output_dir: DEFAULT_OUTPUT_DIR.to_owned(),
        port: None,
        health_path: DEFAULT_HEALTH_PATH.to_owned(),
        base_image: None,
        base_image_digest: None,
        services: Vec::new(),
        env: BTreeMap::new(),
        command: None,
        header: "Managed by Terraform (devopsflow_container, app \"api\").".to_owned(),
    }
}

/// Every service, plain environment variables and a custom command.
fn full(language: &str) -> ContainerSpec {
    ContainerSpec {
        port: Some(8000),
        health_path: "/healthz?probe=docker".to_owned(),
        services: SERVICES.iter().map(|s| (*s).to_owned()).collect(),
        env: BTreeMap::from([
            ("LOG_LEVEL".to_owned(), "info".to_owned()),
            ("GREETING".to_owned(), "say \"hi\" for $5 \\o/".to_owned()),
        ]),
        ..minimal(language)
    }
}

fn render_ok(spec: &ContainerSpec) -> Vec<(String, String)> {
    render(spec).unwrap_or_else(|errors| {
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("render failed:\n{}", text.join("\n"))
    })
}

fn file<'a>(files: &'a [(String, String)], name: &str) -> &'a str {
    files
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("no {name}"))
}

fn assert_snapshot_named(name: &str, files: &[(String, String)]) {
    let text = files
        .iter()
        .map(|(name, text)| format!("### {name}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("../snapshots");
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn snapshot_each_language() {
    for language in LANGUAGES {
        assert_snapshot_named(
            &format!("container__{language}"),
            &render_ok(&minimal(language)),
        );
    }
}

#[test]
fn snapshot_every_service() {
    assert_snapshot_named("container__python_full", &render_ok(&full("python")));
}

#[test]
fn files_are_the_four_and_never_env() {
    let files = render_ok(&full("node"));
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            ".dockerignore",
            ".env.example",
            "Dockerfile",
            "compose.yaml"
        ]
    );
    assert!(file(&files, ".dockerignore").contains("\n.env\n"));
}

#[test]
fn dockerfile_is_multi_stage_non_root_with_a_healthcheck() {
    for language in LANGUAGES {
        let spec = full(language);
        let files = render_ok(&spec);
        let dockerfile = file(&files, "Dockerfile");
        let froms: Vec<&str> = dockerfile
            .lines()
            .filter(|l| l.starts_with("FROM "))
            .collect();
        assert_eq!(froms.len(), 2, "{language}: {dockerfile}");
        assert!(froms[0].ends_with(" AS build"), "{language}");
        assert!(froms[1].ends_with(" AS runtime"), "{language}");
        // The last USER is numeric and not root.
        let user = dockerfile
            .lines()
            .filter_map(|l| l.strip_prefix("USER "))
            .next_back()
            .unwrap();
        assert_eq!(user, "10001:10001", "{language}");
        assert!(dockerfile.contains("\nEXPOSE 8000\n"), "{language}");
        assert!(
            dockerfile.contains("http://127.0.0.1:8000/healthz?probe=docker"),
            "{language}: {dockerfile}"
        );
        // Dependencies install before the source is copied.
        let manifest = dockerfile.find("COPY ").unwrap();
        let source = dockerfile
            .find("COPY . .")
            .or(dockerfile.find("COPY src"))
            .unwrap();
        assert!(manifest < source, "{language}");
        // Plain values are written as given, escaped for the ENV parser.
        assert!(
            dockerfile.contains(r#"GREETING="say \"hi\" for \$5 \\o/""#),
            "{language}: {dockerfile}"
        );
    }
}

#[test]
fn default_ports_follow_the_language() {
    for (language, port) in [
        ("python", 8000),
        ("node", 3000),
        ("go", 8080),
        ("java", 8080),
        ("rust", 8080),
    ] {
        let files = render_ok(&minimal(language));
        assert!(
            file(&files, "Dockerfile").contains(&format!("\nEXPOSE {port}\n")),
            "{language}"
        );
        assert!(
            file(&files, "compose.yaml").contains(&format!("127.0.0.1:{port}:{port}")),
            "{language}"
        );
    }
}

#[test]
fn base_image_and_digest_pin_the_runtime_stage() {
    let digest = format!("sha256:{}", "a".repeat(64));
    let spec = ContainerSpec {
        base_image: Some("registry.example.com/base/python:3.12".to_owned()),
        base_image_digest: Some(digest.clone()),
        command: Some(vec!["gunicorn".to_owned(), "app:app".to_owned()]),
        ..minimal("python")
    };
    let dockerfile = file(&render_ok(&spec), "Dockerfile").to_owned();
    let pinned = format!("registry.example.com/base/python:3.12@{digest}");
    assert!(dockerfile.contains(&format!("FROM {pinned} AS build\n")));
    assert!(dockerfile.contains(&format!("FROM {pinned} AS runtime\n")));
    assert!(dockerfile.contains("CMD [\"gunicorn\",\"app:app\"]\n"));

    // Compiled languages keep their toolchain for the build stage.
    let spec = ContainerSpec {
        base_image_digest: Some(digest.clone()),
        ..minimal("go")
    };
    let dockerfile = file(&render_ok(&spec), "Dockerfile").to_owned();
    assert!(dockerfile.contains("FROM golang:1.23.4-bookworm AS build\n"));
    assert!(dockerfile.contains(&format!("FROM alpine:3.21.0@{digest} AS runtime\n")));
}

#[test]
fn compose_services_wait_healthy_and_publish_on_loopback() {
    let files = render_ok(&full("go"));
    let compose = file(&files, "compose.yaml");
    for service in SERVICES {
        assert!(
            compose.contains(&format!(
                "      {service}:\n        condition: service_healthy\n"
            )),
            "{service}: {compose}"
        );
        assert!(
            compose.contains(&format!("  {service}-data: {{}}\n")),
            "{service}"
        );
    }
    // Every published port is on the loopback interface: one per service and the app.
    assert_eq!(compose.matches("    ports:\n").count(), SERVICES.len() + 1);
    assert_eq!(
        compose.matches("    ports:\n      - \"127.0.0.1:").count(),
        SERVICES.len() + 1
    );
    assert_eq!(compose.matches("healthcheck:").count(), SERVICES.len());
    assert!(compose.contains("DATABASE_URL: postgresql://${POSTGRES_USER}"));
    // Credentials come from .env, which Compose demands.
    assert!(compose.contains("${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env"));
    let example = file(&files, ".env.example");
    assert!(example.contains("\nPOSTGRES_PASSWORD=\n"), "{example}");
    assert!(example.contains("\nRABBITMQ_USER=app\n"), "{example}");
}

#[test]
fn output_is_deterministic() {
    assert_eq!(render_ok(&full("java")), render_ok(&full("java")));
}

// --- validation ---

fn errors_of(spec: &ContainerSpec) -> Vec<(String, String)> {
    match render(spec) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors
            .iter()
            .map(|e| (e.path.to_string(), e.summary.clone()))
            .collect(),
    }
}

#[test]
fn every_problem_is_reported_at_once_on_its_attribute() {
    let spec = ContainerSpec {
        name: "API_1".to_owned(),
        language: "cobol".to_owned(),
        port: Some(70000),
        health_path: "health'".to_owned(),
        base_image: Some("Python".to_owned()),
        base_image_digest: Some("sha256:abc".to_owned()),
        services: vec![
            "postgres".to_owned(),
            "kafka".to_owned(),
            "postgres".to_owned(),
        ],
        env: BTreeMap::from([
            ("1BAD".to_owned(), "x".to_owned()),
            ("DB_PASSWORD".to_owned(), "hunter2".to_owned()),
            ("MOTD".to_owned(), "two\nlines".to_owned()),
        ]),
        command: Some(vec!["run".to_owned(), String::new()]),
        ..minimal("python")
    };
    assert_eq!(
        errors_of(&spec),
        [
            ("name", "Invalid name"),
            ("language", "Invalid language"),
            ("port", "Invalid port"),
            ("health_path", "Invalid health path"),
            ("base_image", "Invalid base image"),
            ("base_image_digest", "Invalid image digest"),
            ("services[1]", "Unknown service"),
            ("services[2]", "Duplicate service"),
            ("env[\"1BAD\"]", "Invalid environment variable name"),
            ("env[\"DB_PASSWORD\"]", "Secret in the image"),
            ("env[\"MOTD\"]", "Invalid environment variable value"),
            ("command[1]", "Invalid command argument"),
        ]
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
}

#[test]
fn conflicts_and_unpinned_images_are_refused() {
    let clash = ContainerSpec {
        name: "redis".to_owned(),
        port: Some(5432),
        services: vec!["redis".to_owned(), "postgres".to_owned()],
        ..minimal("node")
    };
    assert_eq!(
        errors_of(&clash),
        [
            ("name".to_owned(), "Name taken by a service".to_owned()),
            ("port".to_owned(), "Port taken by a service".to_owned()),
        ]
    );
    for image in ["python", "python:latest", "ghcr.io/acme/base:latest"] {
        let spec = ContainerSpec {
            base_image: Some(image.to_owned()),
            ..minimal("python")
        };
        assert_eq!(
            errors_of(&spec),
            [("base_image".to_owned(), "Invalid base image".to_owned())],
            "{image}"
        );
    }
    let spec = ContainerSpec {
        command: Some(Vec::new()),
        ..minimal("rust")
    };
    assert_eq!(
        errors_of(&spec),
        [("command".to_owned(), "Empty command".to_owned())]
    );
    // An untagged image is fine once pinned by digest; a port next to a service too.
    let spec = ContainerSpec {
        base_image: Some("localhost:5000/base".to_owned()),
        base_image_digest: Some(format!("sha256:{}", "0".repeat(64))),
        port: Some(5433),
        services: vec!["postgres".to_owned()],
        ..minimal("go")
    };
    render_ok(&spec);
}

// --- the artifacts' own validators ---

/// Writes `files` into a fresh directory and runs `program args` there; panics with
/// the output unless it exits 0 and prints nothing on stdout.
fn assert_clean(program: &Path, args: &[&str], files: &[(String, String)], what: &str) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let output = Command::new(program)
        .args(args)
        .current_dir(dir.path())
        .env("HOME", dir.path())
        .env_remove("XDG_CONFIG_HOME")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{what}: {} exited with {}\n{stdout}{stderr}",
        program.display(),
        output.status
    );
    assert!(
        stdout.trim().is_empty() || stdout.trim() == "ok -- validation done",
        "{what}: {stdout}{stderr}"
    );
}

/// The specs the validators judge: every language, bare and with everything set.
fn validator_specs() -> Vec<(String, ContainerSpec)> {
    let mut specs = Vec::new();
    for language in LANGUAGES {
        specs.push((format!("{language} minimal"), minimal(language)));
        specs.push((format!("{language} full"), full(language)));
    }
    specs.push((
        "pinned base, custom command".to_owned(),
        ContainerSpec {
            base_image: Some("python:3.12.8-alpine3.21".to_owned()),
            base_image_digest: Some(format!("sha256:{}", "b".repeat(64))),
            command: Some(vec!["python".to_owned(), "-m".to_owned(), "api".to_owned()]),
            services: vec!["mysql".to_owned()],
            ..minimal("python")
        },
    ));
    specs
}

/// hadolint at its default rules (no configuration file) finds nothing, at any
/// severity, in every Dockerfile.
#[test]
fn dockerfiles_pass_hadolint() {
    let hadolint = installed_tool("venv/bin/hadolint");
    for (what, spec) in validator_specs() {
        let files = render_ok(&spec);
        let dockerfile = [(
            "Dockerfile".to_owned(),
            file(&files, "Dockerfile").to_owned(),
        )];
        assert_clean(
            &hadolint,
            &["--no-color", "--failure-threshold", "style", "Dockerfile"],
            &dockerfile,
            &what,
        );
    }
}

/// Every `compose.yaml` validates against the Compose specification's schema.
#[test]
fn compose_files_pass_the_compose_spec() {
    let check = installed_tool("venv/bin/check-jsonschema");
    for (what, spec) in validator_specs() {
        let files = render_ok(&spec);
        assert_clean(
            &check,
            &[
                "--builtin-schema",
                "vendor.compose-spec",
                "--output-format",
                "text",
                "compose.yaml",
            ],
            &files,
            &what,
        );
    }
}

/// hadolint is not a rubber stamp here: a Dockerfile breaking its rules fails.
#[test]
fn hadolint_rejects_a_bad_dockerfile() {
    let hadolint = installed_tool("venv/bin/hadolint");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python\nRUN apt-get install curl\nCMD python main.py\n",
    )
    .unwrap();
    let output = Command::new(hadolint)
        .args(["--no-color", "Dockerfile"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "{stdout}");
    for rule in ["DL3006", "DL3008", "DL3025"] {
        assert!(stdout.contains(rule), "{rule}: {stdout}");
    }
}
