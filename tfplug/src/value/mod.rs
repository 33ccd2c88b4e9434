//! cty values: the data Terraform exchanges with providers.
//!
//! - [`Type`] is a cty type; [`Type::to_json`] gives the type constraint used
//!   in schemas.
//! - [`Value`] is a value (with [`Number`] for arbitrary-precision numbers).
//!   Values are untyped: every wire operation takes the schema type too.
//! - [`decode_msgpack`] / [`encode_msgpack`] speak `DynamicValue.msgpack`;
//!   [`decode_json`] / [`encode_json`] speak `RawState.json` and
//!   `DynamicValue.json`.
//! - [`from_value`] / [`to_value`] convert to and from Rust types through
//!   serde, and [`Value::conform`] shapes a built value to a schema type.
//!
//! ```text
//! let cfg: MyConfig = from_value(&decode_msgpack(&req.config.msgpack, &schema_type)?)?;
//! let state = to_value(&my_state)?.conform(&schema_type)?;
//! let bytes = encode_msgpack(&state, &schema_type)?;
//! ```
//!
//! All errors are [`ValueError`]s naming the path inside the value, such as
//! `at .rule[2].expr: expected string, found number`. A value that is not
//! known yet surfaces as [`ValueError::Unknown`].

mod de;
mod error;
mod json;
mod msgpack;
mod number;
mod ser;
mod types;
mod values;

pub use de::from_value;
pub use error::ValueError;
pub use json::{decode_json, encode_json};
pub use msgpack::{decode_msgpack, encode_msgpack};
pub use number::Number;
pub use ser::to_value;
pub use types::Type;
pub use values::Value;
