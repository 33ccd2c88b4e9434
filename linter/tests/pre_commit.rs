//! The pre-commit hook (`.pre-commit-hooks.yaml` + `scripts/pre-commit-hook.sh`)
//! run by the real `pre-commit` (PyPI, installed into `.tools/venv` by
//! `scripts/install-validators.sh`) from a `git commit` in a sample repository.
//!
//! Design: the hook repository is a fresh git repository holding this working
//! tree's two hook files, so the definition under test is the one in the tree
//! (committed or not), referenced the way users reference it (`repo:` + `rev:`).
//! `DEVOPSFLOW_LINT_BIN` points the entry script at the binary cargo built for
//! this test run instead of letting it `cargo install` the linter, which takes
//! minutes on a CI machine; everything else (file filter, filename passing,
//! serial run, exit codes) is pre-commit's real behaviour.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn pre_commit() -> PathBuf {
    let bin = repo().join(".tools/venv/bin/pre-commit");
    assert!(
        bin.is_file(),
        "pre-commit is not installed ({}); run scripts/install-validators.sh",
        bin.display()
    );
    bin
}

struct Sandbox {
    _tmp: tempfile::TempDir,
    home: PathBuf,
    project: PathBuf,
}

impl Sandbox {
    fn command(&self, program: &Path, dir: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(dir)
            .env("HOME", &self.home)
            .env("PRE_COMMIT_HOME", self.home.join("pre-commit-cache"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "test")
            .env("GIT_AUTHOR_EMAIL", "test@example.com")
            .env("GIT_COMMITTER_NAME", "test")
            .env("GIT_COMMITTER_EMAIL", "test@example.com")
            .env("DEVOPSFLOW_LINT_BIN", env!("CARGO_BIN_EXE_devopsflow-lint"))
            // The hook script and the installed git hook need pre-commit on PATH.
            .env("PATH", path_with(&pre_commit()));
        cmd
    }

    fn git(&self, dir: &Path, args: &[&str]) -> Output {
        self.command(Path::new("git"), dir)
            .args(args)
            .output()
            .expect("git runs")
    }

    fn git_ok(&self, dir: &Path, args: &[&str]) {
        let out = self.git(dir, args);
        assert!(out.status.success(), "git {args:?}: {}", text(&out));
    }

    fn write(&self, rel: &str, content: &str) {
        let path = self.project.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, content).expect("write");
    }

    fn commits(&self) -> usize {
        let out = self.git(&self.project, &["rev-list", "--count", "HEAD"]);
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    }

    /// `git add -A && git commit`, returning the output of the commit.
    fn commit(&self, message: &str) -> Output {
        self.git_ok(&self.project, &["add", "-A"]);
        self.git(&self.project, &["commit", "-q", "-m", message])
    }
}

fn path_with(bin: &Path) -> String {
    let dir = bin.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut paths = vec![dir];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths)
        .expect("PATH joins")
        .to_string_lossy()
        .into_owned()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A hook repository with this tree's hook files, and a project repository
/// whose `.pre-commit-config.yaml` uses it, with the git hook installed.
fn sandbox() -> Sandbox {
    let pre_commit = pre_commit();
    let tmp = tempfile::tempdir().expect("temp dir");
    let home = tmp.path().join("home");
    let hooks = tmp.path().join("hooks");
    let project = tmp.path().join("project");
    for dir in [&home, &hooks, &project] {
        std::fs::create_dir_all(dir).expect("mkdir");
    }
    let sandbox = Sandbox {
        home,
        project,
        _tmp: tmp,
    };

    std::fs::create_dir(hooks.join("scripts")).expect("mkdir");
    for file in [".pre-commit-hooks.yaml", "scripts/pre-commit-hook.sh"] {
        std::fs::copy(repo().join(file), hooks.join(file)).expect("copy hook file");
    }
    sandbox.git_ok(&hooks, &["init", "-q"]);
    sandbox.git_ok(&hooks, &["add", "-A"]);
    sandbox.git_ok(&hooks, &["commit", "-q", "-m", "hook"]);
    let rev = sandbox.git(&hooks, &["rev-parse", "HEAD"]);
    let rev = String::from_utf8_lossy(&rev.stdout).trim().to_owned();

    let manifest = sandbox
        .command(&pre_commit, &hooks)
        .args(["validate-manifest", ".pre-commit-hooks.yaml"])
        .output()
        .expect("pre-commit runs");
    assert!(manifest.status.success(), "{}", text(&manifest));

    sandbox.git_ok(&sandbox.project, &["init", "-q"]);
    sandbox.write(
        ".pre-commit-config.yaml",
        &format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: devopsflow-lint\n",
            hooks.display()
        ),
    );
    let install = sandbox
        .command(&pre_commit, &sandbox.project)
        .arg("install")
        .output()
        .expect("pre-commit runs");
    assert!(install.status.success(), "{}", text(&install));
    sandbox
}

const CLEAN: &str = "variable \"name\" {\n  type    = string\n  default = \"demo\"\n}\n\noutput \"greeting\" {\n  value = \"hello ${var.name}\"\n}\n";
const BAD: &str = "resource \"aws_kms_key\" \"data\" {\n  description = \"data\"\n}\n";

#[test]
fn hook_blocks_bad_commits_and_passes_good_ones() {
    let s = sandbox();

    // A clean module commits.
    s.write("app/main.tf", CLEAN);
    let out = s.commit("clean module");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("devopsflow-lint"), "{}", text(&out));
    assert_eq!(s.commits(), 1);

    // A finding blocks the commit and is shown.
    s.write("legacy/main.tf", BAD);
    let out = s.commit("bad module");
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("DFL116"), "{}", text(&out));
    assert_eq!(s.commits(), 1);

    // Legacy code committed past the hook does not block commits elsewhere:
    // only the modules of the changed files are linted.
    let out = s.git(&s.project, &["commit", "-q", "--no-verify", "-m", "legacy"]);
    assert!(out.status.success(), "{}", text(&out));
    s.write("app/main.tf", &CLEAN.replace("demo", "demo2"));
    let out = s.commit("unrelated change");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.commits(), 3);

    // A clean file in a module with a finding: the whole module is linted.
    s.write(
        "legacy/variables.tf",
        "variable \"x\" {\n  type    = string\n  default = \"x\"\n}\n",
    );
    let out = s.commit("touch legacy module");
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("DFL116"), "{}", text(&out));
    assert_eq!(s.commits(), 3);

    // Files the hook does not match (README) do not run it.
    s.git_ok(&s.project, &["reset", "-q"]);
    std::fs::remove_file(s.project.join("legacy/variables.tf")).expect("rm");
    s.write("README.md", "# project\n");
    let out = s.commit("docs");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("(no files to check)"), "{}", text(&out));
    assert_eq!(s.commits(), 4);
}
