//! go-plugin's handshake: how Terraform starts a provider and learns where it listens.
//!
//! Terraform starts the binary with a magic cookie in the environment, offers plugin
//! protocol versions in `PLUGIN_PROTOCOL_VERSIONS` and a port range in
//! `PLUGIN_MIN_PORT`/`PLUGIN_MAX_PORT`; the provider answers with one line on stdout,
//! `1|6|tcp|127.0.0.1:PORT|grpc|CERT` (core version, protocol version, network, address,
//! protocol, base64 server certificate or empty for plaintext). A provider started for a
//! debugger prints a `TF_REATTACH_PROVIDERS` value instead.

use std::net::{Ipv4Addr, SocketAddr};

use tokio::net::TcpListener;

use crate::Error;

/// The cookie Terraform sets so a provider knows it was started by Terraform.
const MAGIC_COOKIE_KEY: &str = "TF_PLUGIN_MAGIC_COOKIE";
const MAGIC_COOKIE_VALUE: &str = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
/// The only application protocol version we speak.
pub(super) const PROTOCOL_VERSION: u32 = 6;
/// go-plugin's core protocol version, the first handshake field.
const CORE_PROTOCOL_VERSION: u32 = 1;

/// Fails with [`Error::NotAPlugin`] unless Terraform's magic cookie is set.
pub(super) fn check_started_by_terraform() -> Result<(), Error> {
    if std::env::var(MAGIC_COOKIE_KEY).ok().as_deref() == Some(MAGIC_COOKIE_VALUE) {
        Ok(())
    } else {
        Err(Error::NotAPlugin)
    }
}

/// Negotiates the protocol with the versions in `PLUGIN_PROTOCOL_VERSIONS`.
pub(super) fn negotiate_from_env() -> Result<u32, Error> {
    negotiate_version(std::env::var("PLUGIN_PROTOCOL_VERSIONS").ok().as_deref())
}

/// Binds loopback within `PLUGIN_MIN_PORT`..=`PLUGIN_MAX_PORT` (any port when unset).
pub(super) async fn bind_from_env() -> Result<TcpListener, Error> {
    bind_loopback(env_port("PLUGIN_MIN_PORT"), env_port("PLUGIN_MAX_PORT")).await
}

/// Chooses protocol 6 from the versions Terraform offers (`PLUGIN_PROTOCOL_VERSIONS`).
pub(super) fn negotiate_version(offered: Option<&str>) -> Result<u32, Error> {
    let Some(offered) = offered.filter(|s| !s.trim().is_empty()) else {
        // Clients older than version negotiation expect the server's only version.
        return Ok(PROTOCOL_VERSION);
    };
    let versions: Vec<u32> = offered
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .collect();
    if versions.contains(&PROTOCOL_VERSION) {
        Ok(PROTOCOL_VERSION)
    } else {
        Err(Error::Protocol(format!(
            "Terraform offers plugin protocol versions {offered}, but this provider speaks only \
             version {PROTOCOL_VERSION} (Terraform 1.0 or later)"
        )))
    }
}

fn env_port(name: &str) -> Option<u16> {
    std::env::var(name).ok()?.trim().parse().ok()
}

/// Binds 127.0.0.1 on the first free port of the range Terraform allows.
pub(super) async fn bind_loopback(
    min: Option<u16>,
    max: Option<u16>,
) -> Result<TcpListener, Error> {
    let (min, max) = match (min, max) {
        (Some(min), Some(max)) if min <= max && min > 0 => (min, max),
        _ => return Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?),
    };
    for port in min..=max {
        if let Ok(listener) = TcpListener::bind((Ipv4Addr::LOCALHOST, port)).await {
            return Ok(listener);
        }
    }
    Err(Error::Protocol(format!(
        "no free loopback port between {min} and {max}"
    )))
}

/// The six-field line go-plugin clients read from the plugin's stdout.
pub(super) fn handshake_line(addr: SocketAddr, cert: Option<&str>) -> String {
    format!(
        "{CORE_PROTOCOL_VERSION}|{PROTOCOL_VERSION}|tcp|{addr}|grpc|{}",
        cert.unwrap_or("")
    )
}

/// The `TF_REATTACH_PROVIDERS` value for a debug server.
pub(super) fn reattach_json(address: &str, pid: u32, addr: SocketAddr) -> String {
    serde_json::json!({
        address: {
            "Protocol": "grpc",
            "ProtocolVersion": PROTOCOL_VERSION,
            "Pid": pid,
            "Test": true,
            "Addr": { "Network": "tcp", "String": addr.to_string() },
        }
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_negotiation_picks_six_or_refuses() {
        assert_eq!(negotiate_version(Some("5,6")).ok(), Some(6));
        assert_eq!(negotiate_version(Some("6,5")).ok(), Some(6));
        assert_eq!(negotiate_version(None).ok(), Some(6));
        let err = negotiate_version(Some("5")).err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("speaks only version 6")));
    }

    #[test]
    fn handshake_has_exactly_six_fields() {
        let addr: SocketAddr = "127.0.0.1:10123".parse().expect("address");
        let line = handshake_line(addr, Some("MIIBabc"));
        assert_eq!(line, "1|6|tcp|127.0.0.1:10123|grpc|MIIBabc");
        assert_eq!(handshake_line(addr, None).split('|').count(), 6);
    }

    #[test]
    fn reattach_line_is_what_terraform_parses() {
        let addr: SocketAddr = "127.0.0.1:4000".parse().expect("address");
        let json: serde_json::Value =
            serde_json::from_str(&reattach_json("registry.terraform.io/a/b", 42, addr))
                .expect("json");
        let entry = &json["registry.terraform.io/a/b"];
        assert_eq!(entry["ProtocolVersion"], 6);
        assert_eq!(entry["Pid"], 42);
        assert_eq!(entry["Addr"]["Network"], "tcp");
        assert_eq!(entry["Addr"]["String"], "127.0.0.1:4000");
    }

    #[tokio::test]
    async fn binds_loopback_within_the_range() {
        let listener = bind_loopback(Some(20000), Some(20100)).await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        assert!(addr.ip().is_loopback());
        assert!((20000..=20100).contains(&addr.port()));
    }
}
