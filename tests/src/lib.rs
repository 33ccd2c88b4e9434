//! Harness for the end-to-end tests: drives real Terraform binaries against providers.
//!
//! - [`Terraform`] finds the Terraform binaries that `scripts/install-tools.sh` installs into
//!   `.tools/`: 1.0.3 (the oldest version we support, always required) and a current 1.x (where
//!   one can be had). [`Terraform::all`] is the list a test runs against.
//! - [`ProviderOverride`] names a provider binary that Terraform should use in place of a
//!   registry release ([`ProviderOverride::devopsflow`], [`ProviderOverride::null`]).
//! - [`Workspace`] is a temporary Terraform working directory whose CLI configuration points
//!   `dev_overrides` at those binaries, so no `terraform init` (and no network) is needed, on
//!   Terraform 1.0.3 as on current versions. Its methods run Terraform and panic, with the
//!   command's captured output, when it does not behave as the test expects.
//!
//! Nothing here skips a test: a missing binary is a panic that says how to install it.

use std::collections::BTreeSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, SystemTime};

use anyhow::{Context, bail};
use serde_json::Value;

pub mod alertmanager;
pub mod markdownlint;
pub mod release;

/// Source address of this project's provider, as Terraform spells it in full.
pub const DEVOPSFLOW_SOURCE: &str = "registry.terraform.io/devopsflow/devopsflow";
/// Source address of the null provider.
pub const NULL_SOURCE: &str = "registry.terraform.io/hashicorp/null";

/// Environment variable naming the Terraform 1.0.x binary, instead of `.tools/`.
pub const ENV_TF_1_0: &str = "DEVOPSFLOW_TF_1_0";
/// Environment variable naming a current Terraform 1.x binary, instead of `.tools/`.
pub const ENV_TF_CURRENT: &str = "DEVOPSFLOW_TF_CURRENT";
/// Environment variable naming the provider binary, instead of `<target>/debug/`.
pub const ENV_PROVIDER_BIN: &str = "DEVOPSFLOW_PROVIDER_BIN";
/// Set to `1` to keep every workspace directory after the test (its path is printed).
pub const ENV_KEEP: &str = "DEVOPSFLOW_E2E_KEEP";
/// Seconds one Terraform command may take before it is killed (default 300).
pub const ENV_TIMEOUT: &str = "DEVOPSFLOW_E2E_TIMEOUT_SECS";

const INSTALL_HINT: &str = "run `scripts/install-tools.sh` from the repository root";
const NULL_PROVIDER_VERSION: &str = "2.1.2";

/// The repository root (the workspace directory that holds `tests/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent directory")
        .to_path_buf()
}

/// The directory `scripts/install-tools.sh` installs into.
pub fn tools_dir() -> PathBuf {
    repo_root().join(".tools")
}

/// Returns the path of a tool found on `PATH`, or panics telling how to install it.
pub fn require_on_path(tool: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| panic!("`{tool}` is not on PATH: {INSTALL_HINT}"))
}

// ---------------------------------------------------------------------------------------------
// Terraform binaries
// ---------------------------------------------------------------------------------------------

/// A Terraform CLI binary and the version it reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terraform {
    path: PathBuf,
    version: String,
}

impl Terraform {
    /// Asks the binary at `path` for its version (`terraform version -json`).
    pub fn at(path: impl Into<PathBuf>) -> anyhow::Result<Terraform> {
        let path = path.into();
        if !path.is_file() {
            bail!("{} does not exist", path.display());
        }
        let output = Command::new(&path)
            .args(["version", "-json"])
            .env("CHECKPOINT_DISABLE", "1")
            .env("TF_CLI_CONFIG_FILE", "/dev/null")
            .output()
            .with_context(|| format!("cannot run {}", path.display()))?;
        if !output.status.success() {
            bail!(
                "`{} version -json` failed: {}",
                path.display(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let json: Value = serde_json::from_slice(&output.stdout)
            .with_context(|| format!("`{} version -json` printed no JSON", path.display()))?;
        let version = json["terraform_version"]
            .as_str()
            .context("`version -json` has no terraform_version")?
            .to_string();
        Ok(Terraform { path, version })
    }

    /// Terraform 1.0.x, the oldest version the provider supports. Always required.
    ///
    /// Taken from `$DEVOPSFLOW_TF_1_0`, else `.tools/terraform-1.0.3/terraform`.
    pub fn floor() -> Terraform {
        static FLOOR: OnceLock<Terraform> = OnceLock::new();
        FLOOR.get_or_init(find_floor).clone()
    }

    /// A current Terraform 1.x (newer than 1.0), or `None` when `scripts/install-tools.sh`
    /// recorded that none can be had on this machine (`.tools/terraform-current.unavailable`).
    ///
    /// Taken from `$DEVOPSFLOW_TF_CURRENT`, else `.tools/terraform-current/terraform`.
    /// Panics when neither exists and nothing was recorded: the tools were not installed.
    pub fn current() -> Option<Terraform> {
        static CURRENT: OnceLock<Option<Terraform>> = OnceLock::new();
        CURRENT.get_or_init(find_current).clone()
    }

    /// Every Terraform the tests run against: [`Terraform::floor`], then
    /// [`Terraform::current`] where one can be had. The first call prints the list to stderr.
    pub fn all() -> Vec<Terraform> {
        static REPORTED: OnceLock<()> = OnceLock::new();
        let mut all = vec![Terraform::floor()];
        all.extend(Terraform::current());
        REPORTED.get_or_init(|| {
            let list: Vec<String> = all.iter().map(ToString::to_string).collect();
            eprintln!(
                "devopsflow-e2e: Terraform versions under test: {}",
                list.join(", ")
            );
            if all.len() == 1 {
                eprintln!(
                    "devopsflow-e2e: WARNING: no current Terraform 1.x on this machine; see {}",
                    tools_dir().join("terraform-current.unavailable").display()
                );
            }
        });
        all
    }

    /// The binary's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The version the binary reports, such as `1.0.3`.
    pub fn version(&self) -> &str {
        &self.version
    }
}

impl fmt::Display for Terraform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Terraform {} ({})", self.version, self.path.display())
    }
}

fn find_floor() -> Terraform {
    let (path, origin) = match std::env::var_os(ENV_TF_1_0) {
        Some(path) => (PathBuf::from(path), format!("${ENV_TF_1_0}")),
        None => (
            tools_dir().join("terraform-1.0.3/terraform"),
            "the default location".to_string(),
        ),
    };
    let tf = Terraform::at(&path).unwrap_or_else(|err| {
        panic!(
            "Terraform 1.0.x is required but missing at {} ({origin}): {err:#}\n{INSTALL_HINT}",
            path.display()
        )
    });
    assert!(
        tf.version.starts_with("1.0."),
        "{} ({origin}) is Terraform {}, expected 1.0.x",
        path.display(),
        tf.version
    );
    tf
}

fn find_current() -> Option<Terraform> {
    let (path, origin) = match std::env::var_os(ENV_TF_CURRENT) {
        Some(path) => (PathBuf::from(path), format!("${ENV_TF_CURRENT}")),
        None => {
            let path = tools_dir().join("terraform-current/terraform");
            let marker = tools_dir().join("terraform-current.unavailable");
            if !path.exists() && marker.is_file() {
                return None;
            }
            (path, "the default location".to_string())
        }
    };
    let tf = Terraform::at(&path).unwrap_or_else(|err| {
        panic!(
            "current Terraform 1.x missing at {} ({origin}): {err:#}\n{INSTALL_HINT}",
            path.display()
        )
    });
    assert!(
        tf.version.starts_with("1.") && !tf.version.starts_with("1.0."),
        "{} ({origin}) is Terraform {}, expected a 1.x newer than 1.0",
        path.display(),
        tf.version
    );
    Some(tf)
}

// ---------------------------------------------------------------------------------------------
// Provider binaries
// ---------------------------------------------------------------------------------------------

/// A provider binary that Terraform uses instead of a registry release (`dev_overrides`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderOverride {
    source: String,
    type_name: String,
    executable: PathBuf,
}

impl ProviderOverride {
    /// Overrides the provider `source` (e.g. `registry.terraform.io/hashicorp/null`) with
    /// `executable`. The provider type is the last segment of `source`.
    pub fn new(source: &str, executable: impl Into<PathBuf>) -> ProviderOverride {
        let type_name = source.rsplit('/').next().unwrap_or(source).to_string();
        ProviderOverride {
            source: source.to_string(),
            type_name,
            executable: executable.into(),
        }
    }

    /// This project's provider, `devopsflow/devopsflow`, from [`devopsflow_provider_bin`].
    pub fn devopsflow() -> ProviderOverride {
        ProviderOverride::new(DEVOPSFLOW_SOURCE, devopsflow_provider_bin())
    }

    /// The Go null provider 2.1.2 (`hashicorp/null`, protocol 5) from `.tools/null-provider/`.
    pub fn null() -> ProviderOverride {
        let executable = null_provider_dir().join(format!(
            "terraform-provider-null_v{NULL_PROVIDER_VERSION}_x4"
        ));
        assert!(
            executable.is_file(),
            "terraform-provider-null {NULL_PROVIDER_VERSION} is missing at {}: {INSTALL_HINT}",
            executable.display()
        );
        ProviderOverride::new(NULL_SOURCE, executable)
    }

    /// The full source address, such as `registry.terraform.io/hashicorp/null`.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The provider binary.
    pub fn executable(&self) -> &Path {
        &self.executable
    }
}

/// The null provider's directory inside the filesystem mirror that the installer lays out
/// under `.tools/null-provider/` (usable as a mirror root or, this leaf, as a dev override).
pub fn null_provider_dir() -> PathBuf {
    tools_dir().join(format!(
        "null-provider/registry.terraform.io/hashicorp/null/{NULL_PROVIDER_VERSION}/linux_amd64"
    ))
}

/// The `terraform-provider-devopsflow` binary: `$DEVOPSFLOW_PROVIDER_BIN`, else the one that
/// `cargo build -p terraform-provider-devopsflow` leaves beside this test binary's `deps/`
/// directory (`target/debug/deps/<test>` → `target/debug/terraform-provider-devopsflow`).
///
/// Panics when it does not exist. Prints a warning when it is older than the provider's
/// sources, because Cargo does not rebuild another package's binary for these tests.
pub fn devopsflow_provider_bin() -> PathBuf {
    const HINT: &str = "run `cargo build -p terraform-provider-devopsflow` first";
    if let Some(path) = std::env::var_os(ENV_PROVIDER_BIN) {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "${ENV_PROVIDER_BIN} = {} does not exist",
            path.display()
        );
        return path;
    }
    let path = profile_dir().join("terraform-provider-devopsflow");
    assert!(
        path.is_file(),
        "the provider binary {} does not exist: {HINT} (or set ${ENV_PROVIDER_BIN})",
        path.display()
    );
    warn_if_stale(&path);
    path
}

/// The binary of the tfplug example `name` (such as `hello`), built for these tests with
/// `cargo build -p tfplug --example NAME` in the profile of this test binary (Cargo does not
/// build another package's examples for them). Panics, with Cargo's output, when it fails.
pub fn tfplug_example_bin(name: &str) -> PathBuf {
    let profile_dir = profile_dir();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(repo_root())
        .args(["build", "--quiet", "-p", "tfplug", "--example", name]);
    if profile_dir.file_name().is_some_and(|dir| dir == "release") {
        command.arg("--release");
    }
    let output = command
        .output()
        .unwrap_or_else(|err| panic!("cannot run cargo to build the example {name}: {err}"));
    assert!(
        output.status.success(),
        "`cargo build -p tfplug --example {name}` failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let path = profile_dir.join("examples").join(name);
    assert!(path.is_file(), "cargo built no {}", path.display());
    path
}

/// The Cargo profile directory this test binary was built in (`target/debug` for
/// `target/debug/deps/<test>`), where Cargo puts the workspace's binaries and `examples/`.
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary knows its own path");
    let mut dir = exe
        .parent()
        .expect("the test binary is in a directory")
        .to_path_buf();
    if dir.file_name().is_some_and(|name| name == "deps") {
        dir.pop();
    }
    dir
}

/// Prints a warning when a source file of the provider (or its SDK) is newer than `binary`.
fn warn_if_stale(binary: &Path) {
    static WARNED: OnceLock<()> = OnceLock::new();
    let Ok(built) = binary.metadata().and_then(|meta| meta.modified()) else {
        return;
    };
    let root = repo_root();
    let newest = [
        "provider/src",
        "provider/Cargo.toml",
        "tfplug/src",
        "tfplug/Cargo.toml",
    ]
    .iter()
    .filter_map(|rel| newest_mtime(&root.join(rel)))
    .max();
    if newest.is_some_and(|newest| newest > built) {
        WARNED.get_or_init(|| {
            eprintln!(
                "devopsflow-e2e: WARNING: {} is older than the provider's sources; \
                 run `cargo build -p terraform-provider-devopsflow`",
                binary.display()
            );
        });
    }
}

fn newest_mtime(path: &Path) -> Option<SystemTime> {
    let meta = path.metadata().ok()?;
    if meta.is_file() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| newest_mtime(&entry.path()))
        .max()
}

// ---------------------------------------------------------------------------------------------
// Running commands
// ---------------------------------------------------------------------------------------------

/// What one Terraform command did. `Display` renders all of it, for panic messages.
#[derive(Debug, Clone)]
pub struct CommandOutput {
    /// The command line, with the Terraform version, as a human would type it.
    pub command: String,
    /// The working directory.
    pub dir: PathBuf,
    /// The exit code; `None` when the process was killed by a signal (or by the timeout).
    pub code: Option<i32>,
    /// Everything printed on stdout.
    pub stdout: String,
    /// Everything printed on stderr.
    pub stderr: String,
}

impl CommandOutput {
    /// True when the command exited with code 0.
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }
}

impl fmt::Display for CommandOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = match self.code {
            Some(code) => format!("exit code {code}"),
            None => "killed by a signal".to_string(),
        };
        writeln!(
            f,
            "$ {}    # in {}, {code}",
            self.command,
            self.dir.display()
        )?;
        writeln!(f, "----- stdout -----\n{}", self.stdout.trim_end())?;
        write!(
            f,
            "----- stderr -----\n{}\n------------------",
            self.stderr.trim_end()
        )
    }
}

fn command_timeout() -> Duration {
    let secs = std::env::var(ENV_TIMEOUT)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(300);
    Duration::from_secs(secs)
}

/// Runs `command` to completion, capturing its output; kills its whole process group (so the
/// provider plugins Terraform started die too) when it takes longer than `timeout`.
fn run_captured(
    mut command: Command,
    display: String,
    dir: &Path,
    timeout: Duration,
) -> CommandOutput {
    use std::os::unix::process::CommandExt;

    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = command
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start `{display}`: {err}"));
    let pid = child.id();
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out_reader = thread::spawn(move || read_lossy(&mut stdout));
    let err_reader = thread::spawn(move || read_lossy(&mut stderr));
    let (done_tx, done_rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        let status = child.wait();
        // The receiver may have given up waiting; nothing to do about it then.
        let _ = done_tx.send(());
        status
    });
    let timed_out = done_rx.recv_timeout(timeout).is_err();
    if timed_out {
        // Kill the process group: Terraform and every provider plugin it started.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .status();
    }
    let status = waiter
        .join()
        .expect("waiter thread")
        .expect("wait for terraform");
    let mut stderr = err_reader.join().expect("stderr reader thread");
    if timed_out {
        stderr.push_str(&format!("\n[harness] killed after {timeout:?}\n"));
    }
    CommandOutput {
        command: display,
        dir: dir.to_path_buf(),
        code: if timed_out { None } else { status.code() },
        stdout: out_reader.join().expect("stdout reader thread"),
        stderr,
    }
}

fn read_lossy(reader: &mut impl Read) -> String {
    let mut bytes = Vec::new();
    // A read error just truncates the captured text.
    let _ = reader.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Workspaces
// ---------------------------------------------------------------------------------------------

/// A temporary Terraform working directory.
///
/// Layout of the temporary directory:
/// - `cli.tfrc`: the CLI configuration, passed as `TF_CLI_CONFIG_FILE`;
/// - `providers/<type>/terraform-provider-<type>`: symlinks to the overridden provider binaries;
/// - `work/`: Terraform's working directory ([`Workspace::dir`]), holding `main.tf` and the
///   state. Relative paths given to the file methods are relative to it.
/// - `plan.tfplan`: the plan file of [`Workspace::plan_json`].
///
/// Commands run with `TF_IN_AUTOMATION=1`, `CHECKPOINT_DISABLE=1`, `-input=false` and
/// `-no-color`, and without `terraform init`: `dev_overrides` makes it unnecessary (Terraform
/// prints a warning that overrides are in effect), and `init` would fail for a provider that
/// is not published.
pub struct Workspace {
    terraform: Terraform,
    root: tempfile::TempDir,
    work: PathBuf,
    cli_config: PathBuf,
    timeout: Duration,
    env: Vec<(String, PathBuf)>,
}

impl Workspace {
    /// Creates an empty workspace in which Terraform uses the given provider binaries.
    pub fn new(terraform: &Terraform, providers: &[ProviderOverride]) -> Workspace {
        let mut root = tempfile::Builder::new()
            .prefix("devopsflow-e2e-")
            .tempdir()
            .expect("create a temporary directory");
        if std::env::var_os(ENV_KEEP).is_some_and(|value| value == "1") {
            root.disable_cleanup(true);
            eprintln!(
                "devopsflow-e2e: keeping workspace {}",
                root.path().display()
            );
        }
        let work = root.path().join("work");
        std::fs::create_dir(&work).expect("create the working directory");

        let mut overrides = String::new();
        let mut seen = BTreeSet::new();
        for provider in providers {
            assert!(
                seen.insert(&provider.source),
                "{} overridden twice",
                provider.source
            );
            let dir = root.path().join("providers").join(&provider.type_name);
            std::fs::create_dir_all(&dir).expect("create a provider directory");
            let link = dir.join(format!("terraform-provider-{}", provider.type_name));
            std::os::unix::fs::symlink(&provider.executable, &link).unwrap_or_else(|err| {
                panic!(
                    "cannot link {} to {}: {err}",
                    link.display(),
                    provider.executable.display()
                )
            });
            overrides.push_str(&format!(
                "    {} = {}\n",
                hcl_string(&provider.source),
                hcl_string(&dir.to_string_lossy())
            ));
        }
        let cli_config = root.path().join("cli.tfrc");
        let config = format!(
            "provider_installation {{\n  dev_overrides {{\n{overrides}  }}\n  direct {{}}\n}}\n"
        );
        std::fs::write(&cli_config, config).expect("write the CLI configuration");

        Workspace {
            terraform: terraform.clone(),
            root,
            work,
            cli_config,
            timeout: command_timeout(),
            env: Vec::new(),
        }
    }

    /// Sets how long one Terraform command may run before it is killed (by default
    /// `$DEVOPSFLOW_E2E_TIMEOUT_SECS`, else 300 s).
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Sets the environment variable `name` to `value` for every Terraform command, such as
    /// `SSL_CERT_FILE` naming a test CA.
    pub fn set_env(&mut self, name: &str, value: impl Into<PathBuf>) {
        self.env.push((name.to_string(), value.into()));
    }

    /// The Terraform this workspace runs.
    pub fn terraform(&self) -> &Terraform {
        &self.terraform
    }

    /// The CLI configuration file passed as `TF_CLI_CONFIG_FILE`.
    pub fn cli_config(&self) -> &Path {
        &self.cli_config
    }

    /// Terraform's working directory.
    pub fn dir(&self) -> &Path {
        &self.work
    }

    /// `rel` inside the working directory.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.work.join(rel)
    }

    /// Writes `contents` to `rel` (creating parent directories).
    #[track_caller]
    pub fn write_file(&self, rel: &str, contents: &str) {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|err| panic!("cannot create {}: {err}", parent.display()));
        }
        std::fs::write(&path, contents)
            .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
    }

    /// Writes the configuration, `main.tf`.
    pub fn set_config(&self, main_tf: &str) {
        self.write_file("main.tf", main_tf);
    }

    /// Reads `rel`, panicking when it cannot.
    #[track_caller]
    pub fn read_file(&self, rel: &str) -> String {
        let path = self.path(rel);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
    }

    /// True when `rel` exists.
    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// Deletes the file `rel`, panicking when it cannot.
    #[track_caller]
    pub fn remove_file(&self, rel: &str) {
        let path = self.path(rel);
        std::fs::remove_file(&path)
            .unwrap_or_else(|err| panic!("cannot remove {}: {err}", path.display()));
    }

    /// Runs `terraform <args>` in the working directory and returns what it did, whatever the
    /// exit code.
    pub fn run(&self, args: &[&str]) -> CommandOutput {
        let mut command = Command::new(self.terraform.path());
        command
            .args(args)
            .current_dir(&self.work)
            .env("TF_CLI_CONFIG_FILE", &self.cli_config)
            .env("TF_IN_AUTOMATION", "1")
            .env("CHECKPOINT_DISABLE", "1");
        for var in [
            "TF_CLI_ARGS",
            "TF_DATA_DIR",
            "TF_WORKSPACE",
            "TF_PLUGIN_CACHE_DIR",
            "TF_REATTACH_PROVIDERS",
            "TF_INPUT",
        ] {
            command.env_remove(var);
        }
        for (var, _) in std::env::vars_os() {
            if var.to_string_lossy().starts_with("TF_CLI_ARGS_") {
                command.env_remove(var);
            }
        }
        command.envs(self.env.iter().map(|(name, value)| (name, value)));
        let display = format!(
            "terraform {} (v{})",
            args.join(" "),
            self.terraform.version()
        );
        run_captured(command, display, &self.work, self.timeout)
    }

    /// Runs `terraform <args>` and panics, showing its output, unless it exits with code 0.
    #[track_caller]
    pub fn run_ok(&self, args: &[&str]) -> CommandOutput {
        let output = self.run(args);
        assert!(output.success(), "terraform command failed:\n{output}");
        output
    }

    /// Runs `terraform <args>` and returns its stderr; panics, showing its output, unless it
    /// exits with code 1 (Terraform's code for errors).
    #[track_caller]
    pub fn run_expect_error(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.code == Some(1),
            "terraform command was expected to fail with exit code 1:\n{output}"
        );
        output.stderr
    }

    /// `terraform apply -auto-approve`.
    #[track_caller]
    pub fn apply(&self) -> CommandOutput {
        self.run_ok(&["apply", "-auto-approve", "-input=false", "-no-color"])
    }

    /// `terraform apply -auto-approve`, which must fail; returns its stderr.
    #[track_caller]
    pub fn apply_expect_error(&self) -> String {
        self.run_expect_error(&["apply", "-auto-approve", "-input=false", "-no-color"])
    }

    /// `terraform plan`, which must fail; returns its stderr.
    #[track_caller]
    pub fn plan_expect_error(&self) -> String {
        self.run_expect_error(&["plan", "-input=false", "-no-color"])
    }

    /// `terraform plan -detailed-exitcode` (with `-refresh=false` unless `refresh`): 0 when the
    /// plan is empty, 2 when it has changes. Panics, showing the output, on errors.
    #[track_caller]
    pub fn plan_exitcode(&self, refresh: bool) -> i32 {
        let mut args = vec!["plan", "-detailed-exitcode", "-input=false", "-no-color"];
        if !refresh {
            args.push("-refresh=false");
        }
        let output = self.run(&args);
        match output.code {
            Some(code @ (0 | 2)) => code,
            _ => panic!("terraform plan failed:\n{output}"),
        }
    }

    /// The plan as JSON: `terraform plan -out=FILE` then `terraform show -json FILE`.
    #[track_caller]
    pub fn plan_json(&self) -> Value {
        let plan_file = self.root.path().join("plan.tfplan");
        let out = format!("-out={}", plan_file.display());
        self.run_ok(&["plan", "-input=false", "-no-color", &out]);
        let plan_file = plan_file.to_string_lossy();
        parse_json(self.run_ok(&["show", "-json", "-no-color", &plan_file]))
    }

    /// The state as JSON: `terraform show -json`.
    #[track_caller]
    pub fn show_state_json(&self) -> Value {
        parse_json(self.run_ok(&["show", "-json", "-no-color"]))
    }

    /// `terraform import ADDR ID`.
    #[track_caller]
    pub fn import(&self, addr: &str, id: &str) -> CommandOutput {
        self.run_ok(&["import", "-input=false", "-no-color", addr, id])
    }

    /// `terraform destroy -auto-approve`.
    #[track_caller]
    pub fn destroy(&self) -> CommandOutput {
        self.run_ok(&["destroy", "-auto-approve", "-input=false", "-no-color"])
    }
}

/// Hex SHA-256 of `text`, computed here rather than by the provider, to check its `sha256`.
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Quotes `value` as an HCL string literal (escaping quotes, backslashes, newlines and the
/// template sequences `${` and `%{`).
pub fn hcl_string(value: &str) -> String {
    let escaped = value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace("${", "$${")
        .replace("%{", "%%{");
    format!("\"{escaped}\"")
}

#[track_caller]
fn parse_json(output: CommandOutput) -> Value {
    serde_json::from_str(&output.stdout)
        .unwrap_or_else(|err| panic!("terraform printed invalid JSON ({err}):\n{output}"))
}

// ---------------------------------------------------------------------------------------------
// Reading plan and state JSON
// ---------------------------------------------------------------------------------------------

/// The `resource_changes` entry for `addr` in a plan (`show -json` of a plan file).
/// Panics, showing the addresses present, when there is none.
#[track_caller]
pub fn resource_change<'a>(plan: &'a Value, addr: &str) -> &'a Value {
    let changes = plan["resource_changes"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    changes
        .iter()
        .find(|change| change["address"] == addr)
        .unwrap_or_else(|| {
            let present: Vec<&str> = changes
                .iter()
                .filter_map(|change| change["address"].as_str())
                .collect();
            panic!("the plan has no change for {addr}; it has {present:?}")
        })
}

/// The planned actions for `addr`, such as `["update"]` or `["delete", "create"]`.
pub fn change_actions(plan: &Value, addr: &str) -> Vec<String> {
    resource_change(plan, addr)["change"]["actions"]
        .as_array()
        .map(|actions| {
            actions
                .iter()
                .filter_map(|a| a.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The attribute values of the root-module resource `addr` in a state (`show -json`), or
/// `None` when the state does not hold it.
pub fn state_values<'a>(state: &'a Value, addr: &str) -> Option<&'a Value> {
    state["values"]["root_module"]["resources"]
        .as_array()?
        .iter()
        .find(|resource| resource["address"] == addr)
        .map(|resource| &resource["values"])
}

/// The file paths (relative to `root_dir`) a multi-file resource `addr` records in the
/// workspace's state, sorted.
pub fn state_files(ws: &Workspace, addr: &str) -> Vec<String> {
    let state = ws.show_state_json();
    let values = state_values(&state, addr).unwrap_or_else(|| panic!("{addr} not in state"));
    let files = values["files"].as_object().expect("files is a map");
    files.keys().cloned().collect()
}

/// The addresses of the root-module resources in a state (`show -json`).
pub fn state_addresses(state: &Value) -> Vec<String> {
    state["values"]["root_module"]["resources"]
        .as_array()
        .map(|resources| {
            resources
                .iter()
                .filter_map(|r| r["address"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The lifecycle every multi-file resource shares, on a workspace where `addr` is
/// applied and owns `files`: an edit to the file `edited` plans as an update and apply
/// restores it; with every file removed the plan is a create; destroy removes every file
/// and empties the state.
pub fn assert_drift_recreate_and_destroy(
    ws: &Workspace,
    addr: &str,
    files: &[String],
    edited: &str,
) {
    let tf = ws.terraform();
    let original = ws.read_file(edited);
    ws.write_file(edited, "# edited\n");
    assert_eq!(
        change_actions(&ws.plan_json(), addr),
        ["update"],
        "{tf}: an edit is an update"
    );
    ws.apply();
    assert_eq!(ws.read_file(edited), original, "{tf}: apply restores");

    for file in files {
        ws.remove_file(file);
    }
    assert_eq!(
        change_actions(&ws.plan_json(), addr),
        ["create"],
        "{tf}: all gone is a create"
    );
    ws.apply();

    ws.destroy();
    for file in files {
        assert!(!ws.exists(file), "{tf}: {file} removed on destroy");
    }
    assert!(state_addresses(&ws.show_state_json()).is_empty(), "{tf}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hcl_string_escapes_quotes_and_templates() {
        assert_eq!(hcl_string(r#"a"b\c${x}%{y}"#), r#""a\"b\\c$${x}%%{y}""#);
    }

    #[test]
    fn plan_and_state_helpers_read_terraform_json() {
        let plan = serde_json::json!({
            "resource_changes": [
                {"address": "null_resource.a", "change": {"actions": ["delete", "create"]}}
            ]
        });
        assert_eq!(
            change_actions(&plan, "null_resource.a"),
            ["delete", "create"]
        );
        let state = serde_json::json!({
            "values": {"root_module": {"resources": [
                {"address": "null_resource.a", "values": {"id": "1"}}
            ]}}
        });
        assert_eq!(
            state_values(&state, "null_resource.a").map(|v| &v["id"]),
            Some(&"1".into())
        );
        assert_eq!(state_addresses(&state), ["null_resource.a"]);
        assert!(state_values(&state, "null_resource.b").is_none());
    }
}
