//! AutoMTLS as go-plugin does it, done so that Terraform's certificate is accepted.
//!
//! Terraform generates a self-signed ECDSA P-521 / SHA-512 client certificate
//! marked as a CA and passes it in `PLUGIN_CLIENT_CERT`. Two stock rustls setups
//! fail against it: the `ring` provider has no P-521 verification, so Go sends no
//! certificate at all; and webpki's client verifier rejects a CA certificate used
//! as an end entity. We therefore use the aws-lc-rs provider (which verifies P-521
//! signatures) and a verifier that accepts exactly one certificate: the DER bytes
//! Terraform gave us. Any other client certificate, or none, is refused.
//!
//! The server certificate is a fresh P-256 key with a `localhost` DNS name; its DER
//! goes, base64 without padding, into the sixth field of the handshake line.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use base64::Engine as _;
use rustls::client::danger::HandshakeSignatureValid;
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::{DigitallySignedStruct, DistinguishedName, SignatureScheme};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use crate::Error;

/// The TLS material of one plugin process.
pub(crate) struct ServerTls {
    /// Accepts TLS connections that present Terraform's certificate.
    pub(crate) acceptor: tokio_rustls::TlsAcceptor,
    /// The server certificate's DER, base64 (standard alphabet, no padding).
    pub(crate) handshake_cert: String,
}

/// Builds the server TLS configuration pinned to the PEM certificate Terraform sent.
pub(crate) fn server_tls(client_cert_pem: &str) -> Result<ServerTls, Error> {
    let client_cert = CertificateDer::from_pem_slice(client_cert_pem.as_bytes())
        .map_err(|e| Error::Tls(format!("PLUGIN_CLIENT_CERT is not a PEM certificate: {e}")))?;
    // Pinning compares bytes, so make sure they are a certificate at all.
    webpki::EndEntityCert::try_from(&client_cert).map_err(|e| {
        Error::Tls(format!(
            "PLUGIN_CLIENT_CERT is not an X.509 certificate: {e}"
        ))
    })?;

    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)
        .map_err(|e| Error::Tls(format!("generating the server key: {e}")))?;
    let mut params = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .map_err(|e| Error::Tls(format!("server certificate parameters: {e}")))?;
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "localhost");
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "devopsflow");
    // Go puts this certificate in its root pool, so mark it as a CA like go-plugin does.
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::KeyEncipherment,
        rcgen::KeyUsagePurpose::KeyAgreement,
        rcgen::KeyUsagePurpose::KeyCertSign,
    ];
    params.extended_key_usages = vec![
        rcgen::ExtendedKeyUsagePurpose::ServerAuth,
        rcgen::ExtendedKeyUsagePurpose::ClientAuth,
    ];
    let cert = params
        .self_signed(&key)
        .map_err(|e| Error::Tls(format!("signing the server certificate: {e}")))?;
    let server_der = cert.der().clone();
    let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));

    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let verifier = PinnedClientCert {
        der: client_cert.as_ref().to_vec(),
        algorithms: provider.signature_verification_algorithms,
    };
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Tls(e.to_string()))?
        .with_client_cert_verifier(Arc::new(verifier))
        .with_single_cert(vec![server_der.clone()], key_der)
        .map_err(|e| Error::Tls(e.to_string()))?;
    config.alpn_protocols = vec![b"h2".to_vec()];

    Ok(ServerTls {
        acceptor: tokio_rustls::TlsAcceptor::from(Arc::new(config)),
        handshake_cert: base64::engine::general_purpose::STANDARD_NO_PAD.encode(server_der),
    })
}

/// Accepts exactly one client certificate: the one Terraform passed in `PLUGIN_CLIENT_CERT`.
#[derive(Debug)]
struct PinnedClientCert {
    der: Vec<u8>,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ClientCertVerifier for PinnedClientCert {
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        if end_entity.as_ref() == self.der.as_slice() {
            Ok(ClientCertVerified::assertion())
        } else {
            Err(rustls::Error::General(
                "client certificate is not the one given in PLUGIN_CLIENT_CERT".to_string(),
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// A connection as tonic sees it: plain TCP or TLS over TCP.
pub(crate) enum Conn {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::server::TlsStream<TcpStream>>),
}

impl tonic::transport::server::Connected for Conn {
    type ConnectInfo = ();
    fn connect_info(&self) -> Self::ConnectInfo {}
}

impl AsyncRead for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_flush(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Conn::Plain(s) => s.is_write_vectored(),
            Conn::Tls(s) => s.is_write_vectored(),
        }
    }
}

#[cfg(test)]
mod tests {
    //! Plays Terraform's part: a P-521 / SHA-512 client certificate marked as a CA,
    //! made the way go-plugin makes it, against the server configuration above.

    use std::sync::Arc;

    use base64::Engine as _;
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::pki_types::{
        CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName, UnixTime,
    };
    use rustls::{DigitallySignedStruct, SignatureScheme};
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    use tokio::net::{TcpListener, TcpStream};
    use tokio_util::sync::CancellationToken;

    use super::server_tls;

    /// A certificate and key like the ones go-plugin generates for Terraform.
    fn terraform_like_cert() -> (String, Vec<u8>, Vec<u8>) {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P521_SHA512).expect("key");
        let mut params =
            rcgen::CertificateParams::new(vec!["localhost".to_string()]).expect("params");
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.key_usages = vec![
            rcgen::KeyUsagePurpose::DigitalSignature,
            rcgen::KeyUsagePurpose::KeyEncipherment,
            rcgen::KeyUsagePurpose::KeyAgreement,
            rcgen::KeyUsagePurpose::KeyCertSign,
        ];
        params.extended_key_usages = vec![
            rcgen::ExtendedKeyUsagePurpose::ClientAuth,
            rcgen::ExtendedKeyUsagePurpose::ServerAuth,
        ];
        let cert = params.self_signed(&key).expect("cert");
        (cert.pem(), cert.der().to_vec(), key.serialize_der())
    }

    /// Trusts exactly the server certificate announced in the handshake line, as Go does.
    #[derive(Debug)]
    struct PinnedServer(Vec<u8>);

    impl ServerCertVerifier for PinnedServer {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            _: &[CertificateDer<'_>],
            _: &ServerName<'_>,
            _: &[u8],
            _: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            if end_entity.as_ref() == self.0.as_slice() {
                Ok(ServerCertVerified::assertion())
            } else {
                Err(rustls::Error::General(
                    "unexpected server certificate".into(),
                ))
            }
        }
        fn verify_tls12_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            let algs =
                rustls::crypto::aws_lc_rs::default_provider().signature_verification_algorithms;
            rustls::crypto::verify_tls12_signature(m, c, d, &algs)
        }
        fn verify_tls13_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            let algs =
                rustls::crypto::aws_lc_rs::default_provider().signature_verification_algorithms;
            rustls::crypto::verify_tls13_signature(m, c, d, &algs)
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            rustls::crypto::aws_lc_rs::default_provider()
                .signature_verification_algorithms
                .supported_schemes()
        }
    }

    /// Connects with an optional client certificate and sends the HTTP/2 preface;
    /// returns how many bytes the server answered with (its SETTINGS frame), or an error.
    async fn talk(
        addr: std::net::SocketAddr,
        server_der: Vec<u8>,
        client: Option<(Vec<u8>, Vec<u8>)>,
    ) -> std::io::Result<usize> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(std::io::Error::other)?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(PinnedServer(server_der)));
        let mut config = match client {
            Some((cert, key)) => builder
                .with_client_auth_cert(
                    vec![CertificateDer::from(cert)],
                    PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
                )
                .map_err(std::io::Error::other)?,
            None => builder.with_no_client_auth(),
        };
        config.alpn_protocols = vec![b"h2".to_vec()];
        let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
        let tcp = TcpStream::connect(addr).await?;
        let name = ServerName::try_from("localhost").map_err(std::io::Error::other)?;
        let mut tls = connector.connect(name, tcp).await?;
        tls.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00")
            .await?;
        tls.flush().await?;
        let mut buf = [0u8; 64];
        let n = tokio::time::timeout(std::time::Duration::from_secs(5), tls.read(&mut buf))
            .await
            .map_err(std::io::Error::other)??;
        if n == 0 {
            return Err(std::io::Error::other("connection closed"));
        }
        Ok(n)
    }

    /// Starts a server with TLS pinned to `client_pem`; returns its address and certificate.
    async fn start(client_pem: &str) -> (std::net::SocketAddr, Vec<u8>, CancellationToken) {
        let tls = server_tls(client_pem).expect("tls config");
        let server_der = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(&tls.handshake_cert)
            .expect("handshake certificate is unpadded base64");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let shutdown = CancellationToken::new();
        let incoming = crate::server::accept_loop(listener, Some(tls.acceptor), shutdown.clone());
        let provider: Arc<dyn crate::Provider> = Arc::new(crate::testing::EmptyProvider);
        tokio::spawn(crate::server::run_grpc(
            provider,
            incoming,
            shutdown.clone(),
            true,
        ));
        (addr, server_der, shutdown)
    }

    #[tokio::test]
    async fn terraforms_p521_ca_certificate_is_accepted() {
        let (pem, der, key) = terraform_like_cert();
        let (addr, server_der, shutdown) = start(&pem).await;
        let answered = talk(addr, server_der, Some((der, key))).await;
        shutdown.cancel();
        assert!(answered.expect("mutual TLS with the pinned certificate") > 0);
    }

    #[tokio::test]
    async fn another_certificate_is_refused() {
        let (pem, _, _) = terraform_like_cert();
        let (_, other_der, other_key) = terraform_like_cert();
        let (addr, server_der, shutdown) = start(&pem).await;
        let answered = talk(addr, server_der, Some((other_der, other_key))).await;
        shutdown.cancel();
        assert!(
            answered.is_err(),
            "a client with another certificate got {answered:?}"
        );
    }

    #[tokio::test]
    async fn a_client_without_certificate_is_refused() {
        let (pem, _, _) = terraform_like_cert();
        let (addr, server_der, shutdown) = start(&pem).await;
        let answered = talk(addr, server_der, None).await;
        shutdown.cancel();
        assert!(
            answered.is_err(),
            "a client without certificate got {answered:?}"
        );
    }

    #[test]
    fn server_certificate_names_localhost() {
        let (pem, _, _) = terraform_like_cert();
        let tls = server_tls(&pem).expect("tls config");
        assert!(
            tls.handshake_cert.len() > 50,
            "go-plugin ignores short certificate fields"
        );
        assert!(!tls.handshake_cert.contains('='), "no base64 padding");
        let der = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(&tls.handshake_cert)
            .expect("base64");
        // The DNS name appears verbatim in the subjectAltName extension.
        assert!(der.windows(9).any(|w| w == b"localhost"));
    }

    #[test]
    fn garbage_instead_of_a_certificate_is_an_error() {
        assert!(server_tls("not a certificate").is_err());
        let fake = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        assert!(server_tls(fake).is_err());
    }
}
