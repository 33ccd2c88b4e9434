//! A linter release served from loopback, shared by the installation tests (installer script,
//! pre-commit hook, GitHub Action).
//!
//! [`LintRelease::serve`] packages the linter binary cargo built for this test run with
//! `scripts/release.sh VERSION --lint-binary linux_amd64=...` (no release build: the archive
//! format is the same for any binary) into `ROOT/vVERSION/`, the layout of GitHub release
//! downloads, and serves ROOT with Python's `http.server` on a loopback port.

// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The version released: the workspace version, as the hook and the Action ask for.
pub(crate) const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("repository root")
}

/// A release directory tree served over HTTP on 127.0.0.1; the server is killed on drop.
pub(crate) struct LintRelease {
    root: tempfile::TempDir,
    server: Child,
    port: u16,
}

impl LintRelease {
    /// Packages this run's `devopsflow-lint` and starts serving it.
    pub(crate) fn serve() -> LintRelease {
        let root = tempfile::tempdir().expect("temp dir");
        let out = Command::new(repo().join("scripts/release.sh"))
            .arg(VERSION)
            .arg("--lint-binary")
            .arg(format!(
                "linux_amd64={}",
                env!("CARGO_BIN_EXE_devopsflow-lint")
            ))
            .arg("--out")
            .arg(root.path().join("www").join(format!("v{VERSION}")))
            .stdin(Stdio::null())
            .output()
            .expect("run scripts/release.sh");
        assert!(
            out.status.success(),
            "scripts/release.sh failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let log = std::fs::File::create(root.path().join("requests.log")).expect("log file");
        let mut server = Command::new("python3")
            .args(["-u", "-m", "http.server", "--bind", "127.0.0.1", "0"])
            .arg("--directory")
            .arg(root.path().join("www"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("python3 -m http.server starts (python3 is needed on PATH)");
        let mut line = String::new();
        BufReader::new(server.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read the server's first line");
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        let port = line
            .split_whitespace()
            .skip_while(|word| *word != "port")
            .nth(1)
            .and_then(|port| port.parse().ok());
        let Some(port) = port else {
            let _ = server.kill();
            let _ = server.wait();
            panic!("http.server did not start: {line:?}");
        };
        LintRelease { root, server, port }
    }

    /// The base URL to give the installer: releases are under `BASE/vVERSION/`.
    pub(crate) fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The release directory being served (`ROOT/vVERSION`).
    pub(crate) fn dir(&self) -> PathBuf {
        self.root.path().join("www").join(format!("v{VERSION}"))
    }

    /// The linux_amd64 archive's file name.
    pub(crate) fn archive_name() -> String {
        format!("devopsflow-lint_{VERSION}_linux_amd64.tar.gz")
    }

    /// How many times the archive was downloaded so far.
    pub(crate) fn archive_downloads(&self) -> usize {
        let log = std::fs::read_to_string(self.root.path().join("requests.log"))
            .expect("read the request log");
        let needle = format!("\"GET /v{VERSION}/{} ", LintRelease::archive_name());
        log.lines().filter(|line| line.contains(&needle)).count()
    }
}

impl Drop for LintRelease {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// Hex SHA-256 of a file, with the coreutils `sha256sum` (the linter has no hashing crate).
pub(crate) fn sha256_of(path: &Path) -> String {
    let out = Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("sha256sum runs");
    assert!(out.status.success(), "sha256sum {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}
