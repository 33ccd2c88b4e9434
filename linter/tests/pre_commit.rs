//! The pre-commit hook (`.pre-commit-hooks.yaml` + `scripts/pre-commit-hook.sh`)
//! run by the real `pre-commit` (PyPI, installed into `.tools/venv` by
//! `scripts/install-validators.sh`) from a `git commit` in a sample repository.
//!
//! Design: the hook repository is a fresh git repository holding this working
//! tree's hook files, so the definition under test is the one in the tree
//! (committed or not), referenced the way users reference it (`repo:` + `rev:`).
//! Most tests set `DEVOPSFLOW_LINT_BIN` to the binary cargo built for this test
//! run; everything else (file filter, filename passing, serial run, exit codes)
//! is pre-commit's real behaviour. The tests at the end take each of the entry
//! script's other ways to a linter: a `devopsflow-lint` on PATH, the release
//! binary downloaded from a loopback server (made by `scripts/release.sh` from
//! this run's binary), and, when no release can be had, building it with
//! cargo. That last one puts a stand-in `cargo` on PATH that records its
//! arguments and copies this run's binary where `cargo install` would put it: a
//! real `cargo install` is a release build of minutes on a CI machine.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::{LintRelease, repo};

fn pre_commit() -> PathBuf {
    let bin = repo().join(".tools/venv/bin/pre-commit");
    assert!(
        bin.is_file(),
        "pre-commit is not installed ({}); run scripts/install-validators.sh",
        bin.display()
    );
    bin
}

/// How the hook's entry script finds a linter in a sandbox.
enum Linter {
    /// `DEVOPSFLOW_LINT_BIN` names this run's binary.
    Env,
    /// No `DEVOPSFLOW_LINT_BIN`; these directories come first on PATH, and releases are
    /// read from this base URL.
    Search {
        path: Vec<PathBuf>,
        base_url: String,
    },
}

struct Sandbox {
    _tmp: tempfile::TempDir,
    home: PathBuf,
    project: PathBuf,
    linter: Linter,
}

impl Sandbox {
    fn command(&self, program: &Path, dir: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(dir)
            .env("HOME", &self.home)
            .env("PRE_COMMIT_HOME", self.pre_commit_home())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "test")
            .env("GIT_AUTHOR_EMAIL", "test@example.com")
            .env("GIT_COMMITTER_NAME", "test")
            .env("GIT_COMMITTER_EMAIL", "test@example.com");
        match &self.linter {
            Linter::Env => {
                cmd.env("DEVOPSFLOW_LINT_BIN", env!("CARGO_BIN_EXE_devopsflow-lint"))
                    // The hook script and the installed git hook need pre-commit on PATH.
                    .env("PATH", path_with(&[pre_commit_dir()]));
            }
            Linter::Search { path, base_url } => {
                let mut dirs = path.clone();
                dirs.push(pre_commit_dir());
                cmd.env_remove("DEVOPSFLOW_LINT_BIN")
                    .env("DEVOPSFLOW_LINT_BASE_URL", base_url)
                    .env("PATH", path_with(&dirs));
            }
        }
        cmd
    }

    fn pre_commit_home(&self) -> PathBuf {
        self.home.join("pre-commit-cache")
    }

    /// The linter the entry script installed in pre-commit's clone of the hook
    /// repository, if any.
    fn installed_linter(&self) -> Option<PathBuf> {
        std::fs::read_dir(self.pre_commit_home())
            .ok()?
            .filter_map(Result::ok)
            .map(|entry| entry.path().join(".pre-commit-build/bin/devopsflow-lint"))
            .find(|path| path.is_file())
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

fn pre_commit_dir() -> PathBuf {
    pre_commit()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// `dirs`, then this process's PATH without any directory holding a
/// `devopsflow-lint` (so that only the sandbox decides whether one is on PATH).
fn path_with(dirs: &[PathBuf]) -> String {
    let mut paths = dirs.to_vec();
    paths.extend(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
            .filter(|dir| !dir.join("devopsflow-lint").exists()),
    );
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
    sandbox_with(Linter::Env)
}

fn sandbox_with(linter: Linter) -> Sandbox {
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
        linter,
        _tmp: tmp,
    };

    std::fs::create_dir(hooks.join("scripts")).expect("mkdir");
    for file in [
        ".pre-commit-hooks.yaml",
        "scripts/pre-commit-hook.sh",
        "scripts/install-lint.sh",
        // The entry script reads the hook revision's version from it.
        "Cargo.toml",
    ] {
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

/// Writes the executable script `dir/name`.
fn write_script(dir: &Path, name: &str, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir).expect("mkdir");
    let path = dir.join(name);
    std::fs::write(&path, body).expect("write script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Commits a module with a finding, which the hook must block, showing the finding.
fn assert_blocks_a_finding(s: &Sandbox) {
    s.write("legacy/main.tf", BAD);
    let out = s.commit("bad module");
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("DFL116"), "{}", text(&out));
    assert_eq!(s.commits(), 0);
}

#[test]
fn hook_runs_the_devopsflow_lint_on_path_first() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let bin = tmp.path().join("bin");
    let calls = tmp.path().join("calls");
    write_script(
        &bin,
        "devopsflow-lint",
        &format!(
            "#!/bin/sh\necho \"$@\" >>'{}'\nexec '{}' \"$@\"\n",
            calls.display(),
            env!("CARGO_BIN_EXE_devopsflow-lint")
        ),
    );
    // Port 9 (discard) is closed: any download attempt would fail the hook.
    let s = sandbox_with(Linter::Search {
        path: vec![bin],
        base_url: "http://127.0.0.1:9".to_owned(),
    });
    assert_blocks_a_finding(&s);
    let calls = std::fs::read_to_string(&calls).expect("the PATH binary ran");
    assert!(calls.contains("legacy/main.tf"), "{calls}");
    assert_eq!(s.installed_linter(), None, "installed a linter anyway");
}

#[test]
fn hook_downloads_the_release_binary_once_when_none_is_on_path() {
    let release = LintRelease::serve();
    let s = sandbox_with(Linter::Search {
        path: Vec::new(),
        base_url: release.base_url(),
    });
    assert_blocks_a_finding(&s);
    assert_eq!(release.archive_downloads(), 1);
    let installed = s
        .installed_linter()
        .expect("the release binary is installed");
    assert_eq!(
        support::sha256_of(&installed),
        support::sha256_of(Path::new(env!("CARGO_BIN_EXE_devopsflow-lint")))
    );

    // The next run uses the installed binary: no second download.
    s.git_ok(&s.project, &["reset", "-q"]);
    std::fs::remove_dir_all(s.project.join("legacy")).expect("rm");
    s.write("app/main.tf", CLEAN);
    let out = s.commit("clean module");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(release.archive_downloads(), 1);
}

#[test]
fn hook_builds_with_cargo_when_no_release_can_be_had() {
    let release = LintRelease::serve();
    let tmp = tempfile::tempdir().expect("temp dir");
    let bin = tmp.path().join("bin");
    let calls = tmp.path().join("cargo-calls");
    // A stand-in for `cargo install --root ROOT ...`: records the call and puts this run's
    // binary in ROOT/bin, where cargo would.
    write_script(
        &bin,
        "cargo",
        &format!(
            "#!/bin/sh\necho \"$@\" >>'{}'\nroot=\nwhile [ $# -gt 0 ]; do\n  if [ \"$1\" = --root ]; then root=\"$2\"; fi\n  shift\ndone\nmkdir -p \"$root/bin\" && cp '{}' \"$root/bin/devopsflow-lint\"\n",
            calls.display(),
            env!("CARGO_BIN_EXE_devopsflow-lint")
        ),
    );
    // The server is up but holds no release under this base URL (HTTP 404).
    let s = sandbox_with(Linter::Search {
        path: vec![bin],
        base_url: format!("{}/no-releases-here", release.base_url()),
    });
    assert_blocks_a_finding(&s);
    assert_eq!(release.archive_downloads(), 0);
    let calls = std::fs::read_to_string(&calls).expect("cargo ran");
    let installed = s.installed_linter().expect("the built linter is installed");
    let clone = installed
        .ancestors()
        .nth(3)
        .expect("CLONE/.pre-commit-build/bin/devopsflow-lint");
    assert_eq!(
        calls.trim(),
        format!(
            "install --quiet --locked --path {}/linter --root {}/.pre-commit-build",
            clone.display(),
            clone.display()
        )
    );
}
