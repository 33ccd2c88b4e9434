//! Release artifacts for the installation tests.
//!
//! - [`Release::build`] runs `scripts/release.sh` over the provider binary the suite already
//!   built (debug, or `$DEVOPSFLOW_PROVIDER_BIN`), so the tests package what they test and never
//!   start a release build. The format is the same for any binary.
//! - [`RegistryServer`] serves a release directory as a provider registry on a loopback HTTPS
//!   port (`tests/support/provider_registry.py`), with a test CA made for the run.
//! - [`h1_hash`] computes Terraform's `h1:` package hash independently of Terraform.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use sha2::{Digest, Sha256};

use crate::{devopsflow_provider_bin, repo_root, require_on_path};

/// The version the tests release: the workspace version, which `scripts/release.sh` requires.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The provider's executable name inside its zip.
pub const PROVIDER_NAME: &str = "terraform-provider-devopsflow";

/// A directory written by `scripts/release.sh`, and the binary it packaged.
pub struct Release {
    root: tempfile::TempDir,
    binary: PathBuf,
}

impl Release {
    /// Runs `scripts/release.sh VERSION --binary linux_amd64=<provider> --out <temp>/dist`;
    /// panics with its output when it fails.
    pub fn build() -> Release {
        let binary = devopsflow_provider_bin();
        let root = tempfile::Builder::new()
            .prefix("devopsflow-release-")
            .tempdir()
            .expect("create a temporary directory");
        let output = release_sh(&[
            VERSION,
            "--binary",
            &format!("linux_amd64={}", binary.display()),
            "--out",
            &root.path().join("dist").to_string_lossy(),
        ]);
        assert!(
            output.status.success(),
            "scripts/release.sh failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        Release { root, binary }
    }

    /// The release directory (`dist/VERSION`).
    pub fn dir(&self) -> PathBuf {
        self.root.path().join("dist")
    }

    /// A scratch directory beside the release, removed with it.
    pub fn scratch(&self, name: &str) -> PathBuf {
        let dir = self.root.path().join(name);
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        dir
    }

    /// The provider binary that went into the zip.
    pub fn binary(&self) -> &Path {
        &self.binary
    }

    /// `terraform-provider-devopsflow_VERSION_<suffix>`.
    pub fn file_name(suffix: &str) -> String {
        format!("{PROVIDER_NAME}_{VERSION}_{suffix}")
    }

    /// The path of `terraform-provider-devopsflow_VERSION_<suffix>` in the release.
    pub fn file(&self, suffix: &str) -> PathBuf {
        self.dir().join(Release::file_name(suffix))
    }

    /// The linux_amd64 zip.
    pub fn zip(&self) -> PathBuf {
        self.file("linux_amd64.zip")
    }

    /// The lines of the SHA256SUMS file: file name → hex SHA-256.
    pub fn sums(&self) -> BTreeMap<String, String> {
        let path = self.file("SHA256SUMS");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
        text.lines()
            .map(|line| {
                let (hash, name) = line
                    .split_once("  ")
                    .unwrap_or_else(|| panic!("malformed SHA256SUMS line {line:?}"));
                (name.to_string(), hash.to_string())
            })
            .collect()
    }
}

/// Runs `scripts/release.sh ARGS` and returns what it did.
pub fn release_sh(args: &[&str]) -> std::process::Output {
    Command::new(repo_root().join("scripts/release.sh"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run scripts/release.sh")
}

/// Hex SHA-256 of the file at `path`.
pub fn sha256_file_hex(path: &Path) -> String {
    let bytes =
        std::fs::read(path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    hex(&Sha256::digest(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Terraform's `h1:` hash of a package whose only file is `name` with the contents of `file`:
/// base64 of the SHA-256 of the line `"<hex sha256>  <name>\n"` (Go's `dirhash.Hash1`).
pub fn h1_hash(file: &Path, name: &str) -> String {
    let summary = format!("{}  {name}\n", sha256_file_hex(file));
    format!("h1:{}", base64(&Sha256::digest(summary.as_bytes())))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let word = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((word >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The `hashes` of provider `source` in a `.terraform.lock.hcl`, in file order.
pub fn lock_hashes(lock: &str, source: &str) -> Vec<String> {
    let header = format!("provider \"{source}\" {{");
    let Some(start) = lock.find(&header) else {
        panic!("the lock file has no entry for {source}:\n{lock}");
    };
    let block = &lock[start..];
    let block = &block[..block.find("\n}").unwrap_or(block.len())];
    block
        .lines()
        .map(str::trim)
        .filter_map(|line| line.strip_prefix('"')?.strip_suffix("\","))
        .map(str::to_string)
        .collect()
}

/// A provider registry on a loopback HTTPS port serving one release directory; killed on drop.
pub struct RegistryServer {
    child: Child,
    port: u16,
    state: PathBuf,
}

impl RegistryServer {
    /// Starts `tests/support/provider_registry.py` over `artifacts`, keeping its CA and request
    /// log in `state`, and waits until it listens.
    pub fn start(artifacts: &Path, state: &Path) -> RegistryServer {
        let python = require_on_path("python3");
        require_on_path("openssl");
        let mut child = Command::new(python)
            .arg(repo_root().join("tests/support/provider_registry.py"))
            .arg("--artifacts")
            .arg(artifacts)
            .arg("--state")
            .arg(state)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tests/support/provider_registry.py");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        // The server prints one line once it accepts connections, or exits (closing stdout)
        // after printing its error to our stderr.
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read the registry's first line");
        let port = line
            .trim()
            .strip_prefix("listening on ")
            .and_then(|port| port.parse().ok());
        let Some(port) = port else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the test registry did not start (first line {line:?}); see its stderr above");
        };
        RegistryServer {
            child,
            port,
            state: state.to_path_buf(),
        }
    }

    /// The registry's host, `localhost:PORT`, as a provider source address begins.
    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    /// The test CA's certificate, for `SSL_CERT_FILE`.
    pub fn ca_file(&self) -> PathBuf {
        self.state.join("ca.pem")
    }

    /// The paths requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(self.state.join("requests.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }
}

impl Drop for RegistryServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_like_the_standard_encoding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn lock_hashes_reads_one_provider_block() {
        let lock = "provider \"a/b/c\" {\n  version = \"1\"\n  hashes = [\n    \"h1:x=\",\n    \"zh:00\",\n  ]\n}\n\nprovider \"d/e/f\" {\n  hashes = [\n    \"h1:y=\",\n  ]\n}\n";
        assert_eq!(lock_hashes(lock, "a/b/c"), ["h1:x=", "zh:00"]);
        assert_eq!(lock_hashes(lock, "d/e/f"), ["h1:y="]);
    }
}
