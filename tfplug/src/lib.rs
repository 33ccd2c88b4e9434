//! tfplug: a small SDK for Terraform and OpenTofu providers speaking plugin protocol 6.
//!
//! A provider implements [`Provider`] and a [`Resource`] per resource type (and, where it
//! has them, [`DataSource`]s and [`Function`]s), then calls
//! [`serve_main`] from `main`. tfplug does the rest: the go-plugin handshake and
//! AutoMTLS, the gRPC services Terraform expects, the cty value wire formats, and the
//! conversion of every request and response. No protobuf type appears in this API.
//!
//! - [`value`]: cty types and values, msgpack/JSON codecs, serde conversion.
//! - [`schema`]: attributes, nested blocks, descriptions, versions.
//! - [`declare`]: `#[derive(Declare)]`, one struct as a block's schema and decoder.
//! - [`diagnostics`]: errors and warnings with attribute paths.
//! - [`function`]: provider-defined functions (`provider::<name>::<function>(...)`, Terraform 1.8+).
//! - `testing` (cargo feature `testing`): an in-process harness with a real gRPC client.
#![warn(missing_docs)]

mod convert;
pub mod declare;
pub mod diagnostics;
mod error;
pub mod function;
mod logging;
mod path;
mod proto;
mod provider;
pub mod schema;
mod server;
#[cfg(feature = "testing")]
pub mod testing;
pub mod value;

pub use async_trait::async_trait;
pub use declare::Declare;
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use error::Error;
pub use function::{Function, FunctionError};
pub use path::{AttributePath, PathStep};
pub use provider::{
    ApplyRequest, ApplyResponse, ConfigureRequest, Context, DataSource, ImportedObject,
    PlanRequest, PlanResponse, Provider, ReadRequest, ReadResponse, Resource,
};
pub use schema::{Attribute, AttributeKind, Block, NestedBlock, Nesting, Schema};
pub use server::serve_main;
pub use value::{Type, Value};
