//! go-plugin's controller and stdio services.

use std::pin::Pin;

use tokio_stream::Stream;
use tokio_util::sync::CancellationToken;
use tonic::{Request, Response, Status};

use crate::proto::plugin::grpc_controller_server::GrpcController;
use crate::proto::plugin::grpc_stdio_server::GrpcStdio;
use crate::proto::plugin::{Empty, StdioData};

/// Ends the process when Terraform is done with it, and holds the stdio stream open until then.
#[derive(Clone)]
pub(crate) struct Controller {
    shutdown: CancellationToken,
    /// False in debug mode, where the process outlives Terraform runs.
    managed: bool,
}

impl Controller {
    pub(crate) fn new(shutdown: CancellationToken, managed: bool) -> Self {
        Self { shutdown, managed }
    }
}

#[tonic::async_trait]
impl GrpcController for Controller {
    async fn shutdown(&self, _request: Request<Empty>) -> Result<Response<Empty>, Status> {
        if self.managed {
            log::debug!("shutdown requested by Terraform");
            // A graceful stop: the server finishes this call (and any other in flight),
            // then ends once Terraform, having its answer, closes the connection. Terraform
            // waits for the process to exit, so no delay may be added here.
            self.shutdown.cancel();
        } else {
            log::debug!("ignoring shutdown in debug mode");
        }
        Ok(Response::new(Empty {}))
    }
}

type StdioStream = Pin<Box<dyn Stream<Item = Result<StdioData, Status>> + Send + 'static>>;

#[tonic::async_trait]
impl GrpcStdio for Controller {
    /// The provider writes nothing to stdout after the handshake and logs on stderr
    /// directly, so the stream carries no data; it stays open until shutdown so
    /// Terraform does not log that the service is missing.
    async fn stream_stdio(&self, _request: Request<()>) -> Result<Response<StdioStream>, Status> {
        let shutdown = self.shutdown.clone();
        let stream = async_stream_until(shutdown);
        Ok(Response::new(Box::pin(stream)))
    }
}

/// A stream that yields nothing and ends when `shutdown` is cancelled.
fn async_stream_until(
    shutdown: CancellationToken,
) -> impl Stream<Item = Result<StdioData, Status>> + Send {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tokio::spawn(async move {
        shutdown.cancelled().await;
        drop(tx);
    });
    tokio_stream::wrappers::ReceiverStream::new(rx)
}
