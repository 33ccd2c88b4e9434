//! Benchmark (not a test): plugin start to first answered RPC, as Terraform starts a plugin.
//!
//! For each binary it spawns the plugin with go-plugin's handshake environment (the magic
//! cookie, `PLUGIN_PROTOCOL_VERSIONS`, no `PLUGIN_CLIENT_CERT`, so plaintext) and reads the
//! handshake line. For a plugin on TCP (ours) it then asks `grpc.health.v1` whether "plugin"
//! is serving (the first RPC; every go-plugin server answers it), calls `GetProviderSchema`
//! (protocol 6), and shuts the plugin down with `GRPCController.Shutdown`. A plugin on a Unix
//! socket (go-plugin's default on Linux, e.g. the Go null provider) is measured to its
//! handshake line only (this example's gRPC client speaks TCP), then killed and its socket
//! removed. Each binary is also started as Terraform really starts it, with AutoMTLS: a
//! P-521 CA client certificate like Terraform's in `PLUGIN_CLIENT_CERT`, so the plugin
//! generates its own certificate before the handshake line; that start is measured to the
//! handshake line and then killed. The binaries take turns, run after run, so both see the
//! same machine load. Times are from just before `spawn` and include the process start.
//!
//! ```text
//! cargo build --release -p terraform-provider-devopsflow
//! cargo run --release -p tfplug --example plugin_startup -- -r 200 \
//!     target/release/terraform-provider-devopsflow \
//!     .tools/null-provider/registry.terraform.io/hashicorp/null/2.1.2/linux_amd64/terraform-provider-null_v2.1.2_x4
//! ```
//!
//! Prints a Markdown table: for each binary and stage, median, p95, min and max in ms, and
//! the plugin's peak RSS (VmHWM) right after it answered.

use std::io::{BufRead as _, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const COOKIE: (&str, &str) = (
    "TF_PLUGIN_MAGIC_COOKIE",
    "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
);

/// One binary under test and what it measured.
struct Subject {
    path: PathBuf,
    handshake: Vec<f64>,
    handshake_mtls: Vec<f64>,
    health: Vec<f64>,
    schema: Vec<f64>,
    rss_kib: Vec<u64>,
}

/// Times of one start, in ms since just before `spawn`.
struct Sample {
    handshake: f64,
    health: Option<f64>,
    schema: Option<f64>,
    rss_kib: Option<u64>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut reps = 100usize;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-r" => reps = args.next().ok_or("-r takes a number")?.parse()?,
            "-h" | "--help" => {
                eprintln!("usage: plugin_startup [-r REPS] PLUGIN_BINARY...");
                return Ok(());
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return Err("usage: plugin_startup [-r REPS] PLUGIN_BINARY...".into());
    }
    let mut subjects: Vec<Subject> = paths
        .into_iter()
        .map(|path| Subject {
            path,
            handshake: Vec::new(),
            handshake_mtls: Vec::new(),
            health: Vec::new(),
            schema: Vec::new(),
            rss_kib: Vec::new(),
        })
        .collect();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let client_cert = terraform_like_client_cert()?;
    // One warm-up start each (page cache), not counted.
    for subject in &subjects {
        start_once(&runtime, &subject.path)?;
        start_mtls_once(&subject.path, &client_cert)?;
    }
    for _ in 0..reps {
        for subject in &mut subjects {
            subject
                .handshake_mtls
                .push(start_mtls_once(&subject.path, &client_cert)?);
            let sample = start_once(&runtime, &subject.path)?;
            subject.handshake.push(sample.handshake);
            if let Some(health) = sample.health {
                subject.health.push(health);
            }
            if let Some(schema) = sample.schema {
                subject.schema.push(schema);
            }
            if let Some(rss) = sample.rss_kib {
                subject.rss_kib.push(rss);
            }
        }
    }

    println!(
        "plugin start to first answered RPC: {reps} starts per binary, taking turns; ms from spawn"
    );
    println!();
    println!(
        "| plugin | stage | median (ms) | p95 (ms) | min (ms) | max (ms) | peak RSS at that point, median (MiB) |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|");
    for subject in &subjects {
        let name = subject
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rss = if subject.rss_kib.is_empty() {
            "n/a".to_string()
        } else {
            let mut rss = subject.rss_kib.clone();
            rss.sort_unstable();
            format!("{:.1}", rss[rss.len() / 2] as f64 / 1024.0)
        };
        for (stage, values) in [
            ("handshake line", &subject.handshake),
            ("handshake line, AutoMTLS", &subject.handshake_mtls),
            ("health check answered", &subject.health),
            ("GetProviderSchema answered", &subject.schema),
        ] {
            if values.is_empty() {
                continue;
            }
            let s = Stats::of(values);
            println!(
                "| {name} | {stage} | {:.2} | {:.2} | {:.2} | {:.2} | {rss} |",
                s.median, s.p95, s.min, s.max
            );
        }
    }
    Ok(())
}

/// A self-signed P-521/SHA-512 CA certificate, as Terraform passes in `PLUGIN_CLIENT_CERT`.
fn terraform_like_client_cert() -> Result<String, Box<dyn std::error::Error>> {
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P521_SHA512)?;
    let mut params = rcgen::CertificateParams::new(vec!["localhost".to_string()])?;
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::KeyEncipherment,
        rcgen::KeyUsagePurpose::KeyAgreement,
        rcgen::KeyUsagePurpose::KeyCertSign,
    ];
    Ok(params.self_signed(&key)?.pem())
}

/// Starts the plugin with AutoMTLS and returns ms to its handshake line; then kills it.
fn start_mtls_once(path: &PathBuf, client_cert: &str) -> Result<f64, Box<dyn std::error::Error>> {
    let started = Instant::now();
    let mut child = Command::new(path)
        .env(COOKIE.0, COOKIE.1)
        .env("PLUGIN_PROTOCOL_VERSIONS", "5,6")
        .env("PLUGIN_CLIENT_CERT", client_cert)
        .env_remove("TF_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut line = String::new();
    let read = child
        .stdout
        .take()
        .ok_or("no stdout")
        .map(|stdout| BufReader::new(stdout).read_line(&mut line));
    let elapsed = ms(started.elapsed());
    child.kill()?;
    child.wait()?;
    read??;
    let fields: Vec<&str> = line.trim().split('|').collect();
    if fields.len() != 6 || fields[5].is_empty() {
        return Err(format!("no certificate in the AutoMTLS handshake line {line:?}").into());
    }
    if fields[2] == "unix" {
        let _ = std::fs::remove_file(fields[3]);
    }
    Ok(elapsed)
}

fn start_once(
    runtime: &tokio::runtime::Runtime,
    path: &PathBuf,
) -> Result<Sample, Box<dyn std::error::Error>> {
    let started = Instant::now();
    let mut child = Command::new(path)
        .env(COOKIE.0, COOKIE.1)
        .env("PLUGIN_PROTOCOL_VERSIONS", "5,6")
        .env_remove("PLUGIN_CLIENT_CERT")
        .env_remove("TF_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let result = measure(runtime, &mut child, started);
    // Shut down as Terraform does; kill if that did not end it.
    match &result {
        Ok((Endpoint::Tcp(addr), _)) => {
            let _ = runtime.block_on(async {
                tokio::time::timeout(
                    Duration::from_secs(2),
                    tfplug::testing::shutdown_plugin(addr),
                )
                .await
            });
        }
        Ok((Endpoint::Unix(_), _)) | Err(_) => {
            let _ = child.kill();
        }
    }
    let deadline = Instant::now() + Duration::from_secs(3);
    while child.try_wait()?.is_none() {
        if Instant::now() > deadline {
            child.kill()?;
            child.wait()?;
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    if let Ok((Endpoint::Unix(path), _)) = &result {
        let _ = std::fs::remove_file(path);
    }
    result.map(|(_, sample)| sample)
}

/// Where the plugin listens, from its handshake line.
enum Endpoint {
    Tcp(String),
    Unix(PathBuf),
}

fn measure(
    runtime: &tokio::runtime::Runtime,
    child: &mut Child,
    started: Instant,
) -> Result<(Endpoint, Sample), Box<dyn std::error::Error>> {
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let handshake = ms(started.elapsed());
    let fields: Vec<&str> = line.trim().split('|').collect();
    if fields.len() < 5 {
        return Err(format!("unexpected handshake line {line:?}").into());
    }
    if fields[2] == "unix" {
        let sample = Sample {
            handshake,
            health: None,
            schema: None,
            rss_kib: vm_hwm_kib(child.id()),
        };
        return Ok((Endpoint::Unix(PathBuf::from(fields[3])), sample));
    }
    if fields[2] != "tcp" {
        return Err(format!("unexpected network in handshake line {line:?}").into());
    }
    let addr = fields[3].to_string();
    let protocol = fields[1];
    let serving = runtime.block_on(tfplug::testing::plugin_is_serving(&addr))?;
    let health = Some(ms(started.elapsed()));
    if !serving {
        return Err("the plugin does not report serving".into());
    }
    let schema = if protocol == "6" {
        let types = runtime.block_on(tfplug::testing::plugin_resource_types(&addr))?;
        if types.is_empty() {
            return Err("GetProviderSchema reported no resource types".into());
        }
        Some(ms(started.elapsed()))
    } else {
        None
    };
    let rss_kib = vm_hwm_kib(child.id());
    Ok((
        Endpoint::Tcp(addr),
        Sample {
            handshake,
            health,
            schema,
            rss_kib,
        },
    ))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

struct Stats {
    median: f64,
    p95: f64,
    min: f64,
    max: f64,
}

impl Stats {
    fn of(values: &[f64]) -> Stats {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let at = |q: f64| {
            let i = ((v.len() - 1) as f64 * q).round() as usize;
            v[i]
        };
        Stats {
            median: at(0.5),
            p95: at(0.95),
            min: v[0],
            max: v[v.len() - 1],
        }
    }
}
