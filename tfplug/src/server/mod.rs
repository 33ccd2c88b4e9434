//! Serving a provider: the go-plugin handshake, TLS, the gRPC services and shutdown.

pub(crate) mod controller;
pub(crate) mod provider_service;
pub(crate) mod tls;

use std::io::Write as _;
use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_util::sync::CancellationToken;

use crate::Error;
use crate::proto::plugin::grpc_controller_server::GrpcControllerServer;
use crate::proto::plugin::grpc_stdio_server::GrpcStdioServer;
use crate::proto::tfplugin6::provider_server::ProviderServer;
use crate::provider::Provider;
use tls::Conn;

/// The cookie Terraform sets so a provider knows it was started by Terraform.
const MAGIC_COOKIE_KEY: &str = "TF_PLUGIN_MAGIC_COOKIE";
const MAGIC_COOKIE_VALUE: &str = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
/// The only application protocol version we speak.
const PROTOCOL_VERSION: u32 = 6;
/// go-plugin's core protocol version, the first handshake field.
const CORE_PROTOCOL_VERSION: u32 = 1;
/// Terraform's own servers accept messages up to 256 MiB; so do we (tonic's default is 4 MiB).
pub(crate) const MAX_MESSAGE_SIZE: usize = 256 << 20;

/// Runs a provider process: what `main` of a provider binary calls.
///
/// With `--debug` as the first argument the provider serves without the handshake and
/// prints the `TF_REATTACH_PROVIDERS` value to use. Otherwise it expects to be started by
/// Terraform: it checks the magic cookie, negotiates protocol 6, prints the handshake
/// line on stdout and serves until Terraform shuts it down.
///
/// `address` is the provider's source address, e.g. `registry.terraform.io/acme/example`.
pub async fn serve_main<P: Provider>(address: &str, provider: P) -> ExitCode {
    crate::logging::init();
    let debug = std::env::args().nth(1).is_some_and(|a| a == "--debug");
    let result = if debug {
        serve_debug(address, provider).await
    } else {
        serve_plugin(provider).await
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::NotAPlugin) => {
            eprintln!(
                "This binary is a plugin. These are not meant to be executed directly.\n\
                 Please execute the program that consumes these plugins, which will\n\
                 load any plugins automatically"
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            log::error!("{e}");
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Serves under Terraform's control (the normal case).
async fn serve_plugin<P: Provider>(provider: P) -> Result<(), Error> {
    if std::env::var(MAGIC_COOKIE_KEY).ok().as_deref() != Some(MAGIC_COOKIE_VALUE) {
        return Err(Error::NotAPlugin);
    }
    negotiate_version(std::env::var("PLUGIN_PROTOCOL_VERSIONS").ok().as_deref())?;

    let listener = bind_loopback(env_port("PLUGIN_MIN_PORT"), env_port("PLUGIN_MAX_PORT")).await?;
    let addr = listener.local_addr()?;
    let client_cert = std::env::var("PLUGIN_CLIENT_CERT").unwrap_or_default();
    let tls = if client_cert.trim().is_empty() {
        None
    } else {
        Some(tls::server_tls(&client_cert)?)
    };
    let handshake = handshake_line(addr, tls.as_ref().map(|t| t.handshake_cert.as_str()));

    // Terraform forwards Ctrl-C to the provider through StopProvider; like go-plugin's
    // servers, the process itself ignores SIGINT.
    tokio::spawn(async {
        while tokio::signal::ctrl_c().await.is_ok() {
            log::debug!("ignoring interrupt; Terraform stops providers with StopProvider");
        }
    });

    let shutdown = CancellationToken::new();
    let incoming = accept_loop(listener, tls.map(|t| t.acceptor), shutdown.clone());
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{handshake}")?;
    stdout.flush()?;
    drop(stdout);
    log::info!("serving plugin protocol {PROTOCOL_VERSION} on {addr}");

    run_grpc(Arc::new(provider), incoming, shutdown, true).await
}

/// Serves for a debugger: no cookie, no TLS, no handshake; prints how to reattach.
async fn serve_debug<P: Provider>(address: &str, provider: P) -> Result<(), Error> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
    let addr = listener.local_addr()?;
    let reattach = reattach_json(address, std::process::id(), addr);
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "Provider started in debug mode. To let Terraform use this running process, set:\n\n\
         \tTF_REATTACH_PROVIDERS='{reattach}'\n"
    )?;
    stdout.flush()?;
    drop(stdout);

    let shutdown = CancellationToken::new();
    let on_interrupt = shutdown.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_interrupt.cancel();
        }
    });
    let incoming = accept_loop(listener, None, shutdown.clone());
    run_grpc(Arc::new(provider), incoming, shutdown, false).await
}

/// Serves the gRPC services until `shutdown` is cancelled.
pub(crate) async fn run_grpc(
    provider: Arc<dyn Provider>,
    incoming: ReceiverStream<Result<Conn, std::io::Error>>,
    shutdown: CancellationToken,
    managed: bool,
) -> Result<(), Error> {
    let (health_reporter, health_service) = tonic_health::server::health_reporter();
    health_reporter
        .set_service_status("plugin", tonic_health::ServingStatus::Serving)
        .await;

    let provider_service = provider_service::ProviderService::new(provider);
    let controller = controller::Controller::new(shutdown.clone(), managed);

    let server = tonic::transport::Server::builder()
        .add_service(health_service)
        .add_service(GrpcControllerServer::new(controller.clone()))
        .add_service(GrpcStdioServer::new(controller))
        .add_service(
            ProviderServer::new(provider_service)
                .max_decoding_message_size(MAX_MESSAGE_SIZE)
                .max_encoding_message_size(MAX_MESSAGE_SIZE),
        )
        .serve_with_incoming_shutdown(incoming, shutdown.clone().cancelled_owned());

    tokio::select! {
        result = server => result.map_err(|e| Error::Transport(e.to_string())),
        // Terraform waits two seconds for a clean exit before killing the process;
        // do not let a lingering connection hold the exit up.
        () = async {
            shutdown.cancelled().await;
            tokio::time::sleep(Duration::from_millis(500)).await;
        } => Ok(()),
    }
}

/// Accepts connections (and TLS handshakes) in the background; yields ready connections.
pub(crate) fn accept_loop(
    listener: TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    shutdown: CancellationToken,
) -> ReceiverStream<Result<Conn, std::io::Error>> {
    let (tx, rx) = mpsc::channel(16);
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                () = shutdown.cancelled() => return,
            };
            let (stream, peer) = match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    log::warn!("accepting a connection failed: {e}");
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            let tx = tx.clone();
            match &tls {
                None => {
                    if tx.send(Ok(Conn::Plain(stream))).await.is_err() {
                        return;
                    }
                }
                Some(acceptor) => {
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        let handshake =
                            tokio::time::timeout(Duration::from_secs(10), acceptor.accept(stream))
                                .await;
                        match handshake {
                            Ok(Ok(tls_stream)) => {
                                let _ = tx.send(Ok(Conn::Tls(Box::new(tls_stream)))).await;
                            }
                            Ok(Err(e)) => log::warn!("TLS handshake with {peer} refused: {e}"),
                            Err(_) => log::warn!("TLS handshake with {peer} timed out"),
                        }
                    });
                }
            }
        }
    });
    ReceiverStream::new(rx)
}

/// Chooses protocol 6 from the versions Terraform offers (`PLUGIN_PROTOCOL_VERSIONS`).
fn negotiate_version(offered: Option<&str>) -> Result<u32, Error> {
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
async fn bind_loopback(min: Option<u16>, max: Option<u16>) -> Result<TcpListener, Error> {
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
fn handshake_line(addr: SocketAddr, cert: Option<&str>) -> String {
    format!(
        "{CORE_PROTOCOL_VERSION}|{PROTOCOL_VERSION}|tcp|{addr}|grpc|{}",
        cert.unwrap_or("")
    )
}

/// The `TF_REATTACH_PROVIDERS` value for a debug server.
fn reattach_json(address: &str, pid: u32, addr: SocketAddr) -> String {
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
