//! The linter's container image (`linter/Dockerfile`): hadolint-clean (hadolint from
//! `scripts/install-validators.sh`), a static musl build copied onto a distroless static
//! base, run as a non-root user, with the linter as its entry point; the build context
//! leaves out the repository's large local folders (`.dockerignore`).
//!
//! No image is built here: this machine has no container daemon (nor the base images).
//! The release workflow builds and pushes it.

mod support;

use std::process::Command;

use support::repo;

fn dockerfile() -> String {
    std::fs::read_to_string(repo().join("linter/Dockerfile")).expect("read linter/Dockerfile")
}

/// The instructions of the last stage (from its `FROM` on), without comments.
fn runtime_stage(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    let start = lines
        .iter()
        .rposition(|line| line.starts_with("FROM "))
        .expect("a FROM");
    lines[start..].to_vec()
}

#[test]
fn dockerfile_is_hadolint_clean() {
    let hadolint = repo().join(".tools/venv/bin/hadolint");
    assert!(
        hadolint.is_file(),
        "hadolint is not installed ({}); run scripts/install-validators.sh",
        hadolint.display()
    );
    let out = Command::new(hadolint)
        .arg(repo().join("linter/Dockerfile"))
        .output()
        .expect("hadolint runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn image_runs_a_static_binary_as_non_root() {
    let text = dockerfile();
    assert!(
        text.contains("-unknown-linux-musl") && text.contains("--locked -p devopsflow-lint"),
        "the build stage does not build the static (musl) linter:\n{text}"
    );
    let stage = runtime_stage(&text);
    assert!(
        stage[0].starts_with("FROM gcr.io/distroless/static") || stage[0] == "FROM scratch",
        "runtime base is not a static-only image: {}",
        stage[0]
    );
    let user = stage
        .iter()
        .rev()
        .find_map(|line| line.strip_prefix("USER "))
        .expect("the runtime stage sets a USER");
    let uid: u32 = user
        .split(':')
        .next()
        .and_then(|uid| uid.parse().ok())
        .expect("a numeric user id");
    assert_ne!(uid, 0, "runs as root");
    assert!(
        stage.contains(&"COPY --from=build /devopsflow-lint /usr/local/bin/devopsflow-lint"),
        "{stage:?}"
    );
    assert_eq!(
        stage.last(),
        Some(&r#"ENTRYPOINT ["/usr/local/bin/devopsflow-lint"]"#)
    );
}

#[test]
fn build_context_leaves_out_local_folders() {
    let ignore = std::fs::read_to_string(repo().join(".dockerignore")).expect("read .dockerignore");
    let entries: Vec<&str> = ignore
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    for folder in [".git", ".tools", "target", "dist"] {
        assert!(entries.contains(&folder), "{folder} is sent to the build");
    }
}
