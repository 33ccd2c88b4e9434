//! Errors of the SDK itself (serving, TLS, codecs); user-facing problems are diagnostics.

/// An error that stops the provider process or a protocol exchange.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The binary was run without Terraform's magic cookie.
    #[error("this binary is a Terraform plugin and must be started by Terraform")]
    NotAPlugin,
    /// Protocol negotiation failed.
    #[error("plugin protocol: {0}")]
    Protocol(String),
    /// TLS set-up failed.
    #[error("TLS: {0}")]
    Tls(String),
    /// The gRPC transport failed.
    #[error("gRPC transport: {0}")]
    Transport(String),
    /// An I/O error (binding, writing the handshake).
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
