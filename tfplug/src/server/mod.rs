//! Serving a provider: the go-plugin handshake, TLS, the gRPC services and shutdown.

pub(crate) mod controller;
mod handshake;
pub(crate) mod provider_service;
pub(crate) mod tls;

use std::io::Write as _;
use std::net::Ipv4Addr;
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
    handshake::check_started_by_terraform()?;
    let version = handshake::negotiate_from_env()?;

    let listener = handshake::bind_from_env().await?;
    let addr = listener.local_addr()?;
    let client_cert = std::env::var("PLUGIN_CLIENT_CERT").unwrap_or_default();
    let tls = if client_cert.trim().is_empty() {
        None
    } else {
        Some(tls::server_tls(&client_cert)?)
    };
    let line = handshake::handshake_line(addr, tls.as_ref().map(|t| t.handshake_cert.as_str()));

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
    writeln!(stdout, "{line}")?;
    stdout.flush()?;
    drop(stdout);
    log::info!("serving plugin protocol {version} on {addr}");

    run_grpc(Arc::new(provider), incoming, shutdown, true).await
}

/// Serves for a debugger: no cookie, no TLS, no handshake; prints how to reattach.
async fn serve_debug<P: Provider>(address: &str, provider: P) -> Result<(), Error> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
    let addr = listener.local_addr()?;
    let reattach = handshake::reattach_json(address, std::process::id(), addr);
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
