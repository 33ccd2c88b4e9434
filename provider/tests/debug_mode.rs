//! `terraform-provider-devopsflow --debug`: serves without the handshake, prints the
//! `TF_REATTACH_PROVIDERS` value, and Terraform 1.0.3 applies through that running process
//! with no `dev_overrides` and no installed provider.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_terraform-provider-devopsflow");
const ADDRESS: &str = "registry.terraform.io/devopsflow/devopsflow";
/// Set to use another Terraform 1.0.x than `.tools/terraform-1.0.3/terraform`.
const ENV_TF_1_0: &str = "DEVOPSFLOW_TF_1_0";

/// The debug-mode provider process; killed and reaped when dropped, so a failing test
/// does not leave it running.
struct DebugProvider {
    child: Child,
    stderr_log: PathBuf,
}

impl DebugProvider {
    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn is_running(&mut self) -> bool {
        self.child
            .try_wait()
            .expect("wait on the provider")
            .is_none()
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_log).unwrap_or_default()
    }

    /// Interrupts the process (Ctrl-C, as a developer ends a debug session) and waits up to
    /// `grace` for it to exit; kills it otherwise. True when it exited by itself.
    fn interrupt(&mut self, grace: Duration) -> bool {
        let sent = Command::new("kill")
            .args(["-INT", &self.pid().to_string()])
            .status()
            .is_ok_and(|status| status.success());
        let deadline = Instant::now() + grace;
        while sent && Instant::now() < deadline {
            if !self.is_running() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        false
    }
}

impl Drop for DebugProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the provider with `--debug` and returns it with the value it printed for
/// `TF_REATTACH_PROVIDERS`. It runs in `dir/work`, Terraform's working directory, as a
/// developer starts it in the project: a relative `root_dir` (and the default, the working
/// directory) is resolved against the provider process's own directory, which Terraform
/// sets only for providers it starts itself.
fn start_debug_provider(dir: &Path) -> (DebugProvider, String) {
    let stderr_log = dir.join("provider-stderr.log");
    let stderr = std::fs::File::create(&stderr_log).expect("create the stderr log");
    let mut child = Command::new(BIN)
        .arg("--debug")
        .current_dir(dir.join("work"))
        .env_remove("TF_PLUGIN_MAGIC_COOKIE")
        .env_remove("PLUGIN_CLIENT_CERT")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("spawn the provider in debug mode");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut provider = DebugProvider { child, stderr_log };

    // Read stdout on a thread (to the end, so the provider never blocks on a full pipe).
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                // The test no longer listens; keep draining.
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut printed = Vec::new();
    let reattach = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => {
                if let Some(rest) = line.trim().strip_prefix("TF_REATTACH_PROVIDERS=") {
                    let value = rest
                        .strip_prefix('\'')
                        .and_then(|v| v.strip_suffix('\''))
                        .unwrap_or_else(|| {
                            panic!("the value is single-quoted for a shell: {line}")
                        });
                    break value.to_string();
                }
                printed.push(line);
            }
            Err(_) => {
                let running = provider.is_running();
                panic!(
                    "no TF_REATTACH_PROVIDERS line within 30 s (running: {running}); stdout:\n{}\nstderr:\n{}",
                    printed.join("\n"),
                    provider.stderr()
                );
            }
        }
    };
    (provider, reattach)
}

fn terraform_1_0() -> PathBuf {
    let path = std::env::var_os(ENV_TF_1_0).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/terraform-1.0.3/terraform"),
        PathBuf::from,
    );
    assert!(
        path.is_file(),
        "Terraform 1.0.3 is required at {} (run scripts/install-tools.sh, or set ${ENV_TF_1_0})",
        path.display()
    );
    path
}

/// Runs Terraform in `dir` with `TF_REATTACH_PROVIDERS` and an empty CLI configuration (no
/// `dev_overrides`, no mirror), and panics with its output unless it exits with `expect`.
fn terraform(tf: &Path, dir: &Path, reattach: &str, args: &[&str], expect: i32) -> String {
    let cli_config = dir.join("empty.tfrc");
    std::fs::write(&cli_config, "").expect("write an empty CLI configuration");
    let mut command = Command::new(tf);
    command
        .args(args)
        .current_dir(dir.join("work"))
        .env("TF_REATTACH_PROVIDERS", reattach)
        .env("TF_CLI_CONFIG_FILE", &cli_config)
        .env("TF_IN_AUTOMATION", "1")
        .env("CHECKPOINT_DISABLE", "1")
        .stdin(Stdio::null());
    for var in [
        "TF_CLI_ARGS",
        "TF_DATA_DIR",
        "TF_WORKSPACE",
        "TF_PLUGIN_CACHE_DIR",
        "TF_LOG",
    ] {
        command.env_remove(var);
    }
    for (var, _) in std::env::vars_os() {
        if var.to_string_lossy().starts_with("TF_CLI_ARGS_") {
            command.env_remove(var);
        }
    }
    let output = command.output().expect("run terraform");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(
        output.status.code(),
        Some(expect),
        "terraform {} exited with {}:\nstdout:\n{stdout}\nstderr:\n{}",
        args.join(" "),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

const CONFIG: &str = r#"
terraform {
  required_providers {
    devopsflow = {
      source = "devopsflow/devopsflow"
    }
  }
}

provider "devopsflow" {
  root_dir = "."
}

resource "devopsflow_alert_rules" "api" {
  path    = "monitoring/alerts/api.rules.yml"
  group   = "api"
  job     = "api-service"
  presets = ["pod_down"]
}
"#;

#[test]
fn terraform_applies_through_a_debug_mode_provider() {
    let tf = terraform_1_0();
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("work")).expect("work dir");
    std::fs::write(dir.path().join("work/main.tf"), CONFIG).expect("main.tf");

    let (mut provider, reattach) = start_debug_provider(dir.path());

    // The printed value is what Terraform parses.
    let json: serde_json::Value = serde_json::from_str(&reattach)
        .unwrap_or_else(|e| panic!("TF_REATTACH_PROVIDERS is not JSON ({e}): {reattach}"));
    let providers = json
        .as_object()
        .expect("an object keyed by provider address");
    assert_eq!(
        providers.keys().collect::<Vec<_>>(),
        [ADDRESS],
        "{reattach}"
    );
    let entry = &json[ADDRESS];
    assert_eq!(entry["Protocol"], "grpc");
    assert_eq!(entry["ProtocolVersion"], 6);
    assert_eq!(entry["Pid"], provider.pid());
    assert_eq!(entry["Addr"]["Network"], "tcp");
    let addr = entry["Addr"]["String"].as_str().expect("Addr.String");
    let socket: std::net::SocketAddr = addr.parse().expect("a socket address");
    assert!(
        socket.ip().is_loopback(),
        "debug mode listens on loopback: {addr}"
    );

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    assert!(
        runtime
            .block_on(tfplug::testing::plugin_is_serving(addr))
            .expect("health check answers"),
        "grpc.health.v1 reports the plugin serving"
    );

    // The real proof: Terraform 1.0.3 uses the running process. No provider is installed and
    // no dev_overrides are configured, so nothing else could serve devopsflow.
    let applied = terraform(
        &tf,
        dir.path(),
        &reattach,
        &["apply", "-auto-approve", "-input=false", "-no-color"],
        0,
    );
    assert!(applied.contains("1 added"), "{applied}");
    let written = dir.path().join("work/monitoring/alerts/api.rules.yml");
    let rules = std::fs::read_to_string(&written)
        .unwrap_or_else(|e| panic!("apply wrote {}: {e}", written.display()));
    assert!(rules.contains("name: api"), "{rules}");
    assert!(rules.contains("alert:"), "{rules}");

    // Terraform leaves a reattached provider running: a second command uses it again.
    assert!(
        provider.is_running(),
        "the provider outlives the Terraform run"
    );
    terraform(
        &tf,
        dir.path(),
        &reattach,
        &["plan", "-detailed-exitcode", "-input=false", "-no-color"],
        0,
    );
    assert!(
        runtime
            .block_on(tfplug::testing::plugin_is_serving(addr))
            .expect("health check answers")
    );

    // Ctrl-C ends a debug session; the process must not leak.
    let pid = provider.pid();
    let clean = provider.interrupt(Duration::from_secs(5));
    assert!(
        clean,
        "the provider exits on an interrupt; stderr:\n{}",
        provider.stderr()
    );
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists(),
        "the provider process {pid} is gone"
    );
}
