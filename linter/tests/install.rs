//! `scripts/install-lint.sh`: installs the linter's release binary for this platform from a
//! base URL (here a loopback server holding what `scripts/release.sh` wrote), checking the
//! archive against the release's SHA256SUMS, and installs nothing when that fails.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use support::{LintRelease, VERSION, repo, sha256_of};

fn install(release: &LintRelease, version: &str, bin_dir: &Path) -> Output {
    Command::new(repo().join("scripts/install-lint.sh"))
        .args(["--version", version, "--base-url", &release.base_url()])
        .arg("--bin-dir")
        .arg(bin_dir)
        .env_remove("DEVOPSFLOW_LINT_BASE_URL")
        .env_remove("DEVOPSFLOW_LINT_VERSION")
        .output()
        .expect("install-lint.sh runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn installs_the_release_binary_after_checking_its_checksum() {
    let release = LintRelease::serve();
    let tmp = tempfile::tempdir().expect("temp dir");
    let bin_dir = tmp.path().join("bin");

    let out = install(&release, VERSION, &bin_dir);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(release.archive_downloads(), 1);
    let installed = bin_dir.join("devopsflow-lint");
    assert_eq!(
        sha256_of(&installed),
        sha256_of(Path::new(env!("CARGO_BIN_EXE_devopsflow-lint"))),
        "the installed binary is not the released one"
    );
    let version = Command::new(&installed)
        .arg("--version")
        .output()
        .expect("the installed linter runs");
    assert!(
        String::from_utf8_lossy(&version.stdout).contains(VERSION),
        "{version:?}"
    );

    // A leading v is accepted, as in a tag.
    let out = install(&release, &format!("v{VERSION}"), &bin_dir);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_tampered_archive_installs_nothing() {
    let release = LintRelease::serve();
    let tmp = tempfile::tempdir().expect("temp dir");
    let bin_dir = tmp.path().join("bin");
    std::fs::create_dir_all(&bin_dir).expect("mkdir");
    let previous = bin_dir.join("devopsflow-lint");
    std::fs::write(&previous, "previous install").expect("write");

    // Another archive under the released name: a valid tar.gz whose checksum is not listed.
    let staged = tmp.path().join("stage");
    std::fs::create_dir_all(&staged).expect("mkdir");
    std::fs::write(staged.join("devopsflow-lint"), "#!/bin/sh\necho evil\n").expect("write");
    let archive = release.dir().join(LintRelease::archive_name());
    let tar = Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(&staged)
        .arg("devopsflow-lint")
        .output()
        .expect("tar runs");
    assert!(tar.status.success(), "{tar:?}");

    let out = install(&release, VERSION, &bin_dir);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("checksum mismatch"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&previous).expect("read"),
        "previous install",
        "the installed binary was replaced"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&bin_dir)
        .expect("list")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "temporary files left: {leftovers:?}");
}

#[test]
fn an_unknown_version_or_no_version_fails_clearly() {
    let release = LintRelease::serve();
    let tmp = tempfile::tempdir().expect("temp dir");
    let bin_dir = tmp.path().join("bin");

    let out = install(&release, "99.0.0", &bin_dir);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot download"), "{}", stderr(&out));

    let out = Command::new(repo().join("scripts/install-lint.sh"))
        .arg("--base-url")
        .arg(release.base_url())
        .env_remove("DEVOPSFLOW_LINT_VERSION")
        .output()
        .expect("install-lint.sh runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no version given"),
        "{}",
        stderr(&out)
    );
    assert!(!bin_dir.exists(), "created {}", bin_dir.display());
}
