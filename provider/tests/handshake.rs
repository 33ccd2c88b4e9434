//! The provider binary as Terraform starts it: cookie check, version negotiation,
//! the handshake line, health, and shutdown.

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_terraform-provider-devopsflow");
const COOKIE: (&str, &str) = (
    "TF_PLUGIN_MAGIC_COOKIE",
    "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
);

#[test]
fn without_the_cookie_it_explains_and_exits_1() {
    let output = Command::new(BIN)
        .env_remove(COOKIE.0)
        .output()
        .expect("run provider");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "nothing on stdout");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("This binary is a plugin. These are not meant to be executed directly."),
        "{stderr}"
    );
}

#[test]
fn refuses_a_terraform_that_offers_only_protocol_5() {
    let output = Command::new(BIN)
        .env(COOKIE.0, COOKIE.1)
        .env("PLUGIN_PROTOCOL_VERSIONS", "5")
        .output()
        .expect("run provider");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "nothing on stdout");
    assert!(String::from_utf8_lossy(&output.stderr).contains("speaks only version 6"));
}

#[tokio::test]
async fn handshake_health_and_shutdown() {
    let started = Instant::now();
    let mut child = Command::new(BIN)
        .env(COOKIE.0, COOKIE.1)
        .env("PLUGIN_PROTOCOL_VERSIONS", "5,6")
        .env("PLUGIN_MIN_PORT", "21000")
        .env("PLUGIN_MAX_PORT", "21999")
        .env_remove("PLUGIN_CLIENT_CERT")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn provider");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let line = lines.next().expect("a handshake line").expect("utf-8");
    let startup = started.elapsed();

    let fields: Vec<&str> = line.split('|').collect();
    assert_eq!(fields.len(), 6, "{line}");
    assert_eq!(&fields[..3], ["1", "6", "tcp"]);
    assert_eq!(fields[4], "grpc");
    assert_eq!(fields[5], "", "no certificate without PLUGIN_CLIENT_CERT");
    let addr: std::net::SocketAddr = fields[3].parse().expect("address");
    assert!(addr.ip().is_loopback());
    assert!((21000..=21999).contains(&addr.port()));

    assert!(
        tfplug::testing::plugin_is_serving(fields[3])
            .await
            .expect("health")
    );
    tfplug::testing::shutdown_plugin(fields[3])
        .await
        .expect("shutdown");

    // Terraform kills a plugin that has not exited two seconds after Shutdown.
    let deadline = Instant::now() + Duration::from_secs(2);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "provider still running 2 s after Shutdown"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    assert!(
        lines.next().is_none(),
        "nothing on stdout after the handshake line"
    );
    eprintln!("start-up to handshake line: {startup:?}");
}

#[test]
fn an_unusable_client_certificate_stops_before_the_handshake() {
    let client_pem = "-----BEGIN CERTIFICATE-----\n\
MIIBlzCCATygAwIBAgIUEsl1R6pZv5P8vLqL4QK4YH0x3dUwCgYIKoZIzj0EAwIw\n\
-----END CERTIFICATE-----\n";
    // A malformed certificate is refused loudly, before any handshake line.
    let output = Command::new(BIN)
        .env(COOKIE.0, COOKIE.1)
        .env("PLUGIN_PROTOCOL_VERSIONS", "6")
        .env("PLUGIN_CLIENT_CERT", client_pem)
        .output()
        .expect("run provider");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.is_empty(),
        "no handshake line for an unusable certificate"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("TLS"));
}
