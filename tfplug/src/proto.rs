//! Generated protobuf and gRPC code, private to tfplug (see `convert` for the boundary).

#[allow(
    unreachable_pub,
    missing_docs,
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    dead_code
)]
pub(crate) mod tfplugin6 {
    tonic::include_proto!("tfplugin6");
}

#[allow(
    unreachable_pub,
    missing_docs,
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    dead_code
)]
pub(crate) mod plugin {
    tonic::include_proto!("plugin");
}
