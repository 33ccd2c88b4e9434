//! Declaring a block once: one Rust struct is both its Terraform schema and the
//! decoder of its configuration values.
//!
//! `#[derive(tfplug::Declare)]` on a struct with named fields gives:
//!
//! - [`Declare::block`]: the [`Block`], one attribute per field, in field order. The
//!   attribute's type comes from the field's type ([`AttributeValue`]); it is required
//!   unless the field is an `Option` or has a default; its description is the field's
//!   doc comment, followed by `Defaults to ...` when it has a default, so the docs
//!   cannot disagree with what the decoder does.
//! - [`Declare::decode`]: the struct from a configuration [`Value`], or every problem
//!   found in it at once, each a diagnostic on its attribute path (a null required
//!   attribute, a fractional count, a null map element...).
//!
//! Field options, in `#[tf(...)]`:
//!
//! | option | meaning |
//! | --- | --- |
//! | `rename = "for"` | the attribute's name, when it is not the field's |
//! | `default` | optional; when null, the field's value in `<Self as Default>::default()` |
//! | `default = EXPR` | optional; when null, `From::from(EXPR)` |
//! | `block` | a nested block: `Vec<T>` is a list of blocks, `Option<T>` at most one, `T` at most one (`T::default()` when absent) |
//! | `unset = EXPR` | for an `Option` the code fills in itself: documents `Defaults to EXPR` |
//! | `skip` | not in the schema; always the field's default (with `default`), else `Default::default()` |
//! | `sensitive` | the attribute is sensitive |
//! | `one_of = LIST` / `any_of = LIST` | appends "One of `a`, `b`." / "Any of ..." to the description (`LIST: &[&str]`) |
//!
//! ```
//! use tfplug::{Declare, Value};
//!
//! #[derive(Debug, Declare)]
//! struct Rule {
//!     /// Alert name.
//!     alert: String,
//!     /// How long the condition must hold.
//!     #[tf(rename = "for", default = "5m")]
//!     for_: String,
//! }
//!
//! let block = Rule::block();
//! assert!(block.get_attribute("alert").is_some_and(|a| a.required));
//! assert_eq!(block.get_attribute("for").map(|a| a.description.as_str()),
//!            Some("How long the condition must hold. Defaults to `\"5m\"`."));
//!
//! let rule = Rule::decode(&Value::object([("alert", Value::String("Down".into()))]));
//! assert_eq!(rule.map(|r| r.for_).ok().as_deref(), Some("5m"));
//! ```

use std::collections::BTreeMap;

use crate::diagnostics::{AttributePath, Diagnostics, PathStep};
use crate::schema::Block;
use crate::value::{Type, Value};

pub use tfplug_derive::Declare;

/// A struct declared as a Terraform block; derive it with `#[derive(tfplug::Declare)]`.
pub trait Declare: Sized {
    /// The block's schema.
    fn block() -> Block;

    /// Decodes an object value of this block found at `path`, adding every problem
    /// to `diagnostics`; `None` when there was at least one.
    fn decode_object(
        value: &Value,
        path: &AttributePath,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self>;

    /// Decodes a whole configuration (the root of a resource), or returns every
    /// problem found in it.
    ///
    /// # Errors
    ///
    /// The diagnostics, each on the path of the attribute it is about.
    fn decode(value: &Value) -> Result<Self, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        match Self::decode_object(value, &AttributePath::root(), &mut diagnostics) {
            Some(decoded) if !diagnostics.has_errors() => Ok(decoded),
            _ => Err(diagnostics),
        }
    }
}

/// A Rust type an attribute can hold: its Terraform type and how to decode it.
pub trait AttributeValue: Sized {
    /// Whether a null value is accepted (an `Option`), which makes the attribute optional.
    const NULLABLE: bool = false;

    /// The attribute's Terraform type.
    fn attribute_type() -> Type;

    /// Decodes `value` found at `path`; reports problems to `diagnostics` and returns
    /// `None` when there was one.
    fn decode_value(
        value: &Value,
        path: &AttributePath,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self>;
}

/// A value shown as an HCL literal in descriptions (`"rolling"`, `2`, `["main"]`).
pub trait HclLiteral {
    /// The HCL text of the value.
    fn to_hcl(&self) -> String;
}

/// Reports a null or unknown `value`; `None` for those, `Some(value)` otherwise.
fn present<'a>(
    value: &'a Value,
    path: &AttributePath,
    diagnostics: &mut Diagnostics,
) -> Option<&'a Value> {
    match value {
        Value::Null => {
            let (summary, detail) = match path.steps().last() {
                Some(PathStep::Attr(name)) => (
                    "Missing required argument",
                    format!("The argument \"{name}\" is required, but its value is null."),
                ),
                _ => ("Invalid null value", format!("{path} must not be null.")),
            };
            diagnostics.attribute_error(path.clone(), summary, detail);
            None
        }
        Value::Unknown => {
            diagnostics.attribute_error(
                path.clone(),
                "Value not known yet",
                format!("{path} must be known when Terraform plans."),
            );
            None
        }
        value => Some(value),
    }
}

/// Reports a value of the wrong kind (Terraform conforms values to the schema, so
/// this means a provider bug or a hand-built value).
fn mismatch(value: &Value, path: &AttributePath, expected: &str, diagnostics: &mut Diagnostics) {
    diagnostics.attribute_error(
        path.clone(),
        "Incorrect attribute value type",
        format!("{path} must be {expected}, not a {}.", value.kind()),
    );
}

/// `AttributeValue` for a type read from one kind of [`Value`].
macro_rules! scalar {
    ($rust:ty, $ty:expr, $variant:ident, $expected:literal) => {
        impl AttributeValue for $rust {
            fn attribute_type() -> Type {
                $ty
            }

            fn decode_value(
                value: &Value,
                path: &AttributePath,
                diagnostics: &mut Diagnostics,
            ) -> Option<Self> {
                match present(value, path, diagnostics)? {
                    Value::$variant(inner) => Some(inner.clone()),
                    other => {
                        mismatch(other, path, $expected, diagnostics);
                        None
                    }
                }
            }
        }
    };
}

scalar!(String, Type::String, String, "a string");
scalar!(bool, Type::Bool, Bool, "a bool");

impl AttributeValue for f64 {
    fn attribute_type() -> Type {
        Type::Number
    }

    fn decode_value(
        value: &Value,
        path: &AttributePath,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        match present(value, path, diagnostics)? {
            Value::Number(number) if !number.is_infinite() => Some(number.as_f64()),
            Value::Number(number) => {
                diagnostics.attribute_error(
                    path.clone(),
                    "Invalid number",
                    format!("{path} must be a finite number, not {number}."),
                );
                None
            }
            other => {
                mismatch(other, path, "a number", diagnostics);
                None
            }
        }
    }
}

/// Decodes a whole number in `T`'s range, naming the range when it is not.
fn whole_number<T: TryFrom<i64> + Into<i64> + Copy>(
    value: &Value,
    path: &AttributePath,
    diagnostics: &mut Diagnostics,
    (min, max): (T, T),
) -> Option<T> {
    let number = match present(value, path, diagnostics)? {
        Value::Number(number) => number,
        other => {
            mismatch(other, path, "a number", diagnostics);
            return None;
        }
    };
    let decoded = number.as_i64().and_then(|n| T::try_from(n).ok());
    if decoded.is_none() {
        diagnostics.attribute_error(
            path.clone(),
            "Invalid number",
            format!(
                "{path} must be a whole number from {} to {}, not {number}.",
                min.into(),
                max.into()
            ),
        );
    }
    decoded
}

/// `AttributeValue` for an integer type: a whole number in its range.
macro_rules! integer {
    ($($rust:ty),*) => {$(
        impl AttributeValue for $rust {
            fn attribute_type() -> Type {
                Type::Number
            }

            fn decode_value(
                value: &Value,
                path: &AttributePath,
                diagnostics: &mut Diagnostics,
            ) -> Option<Self> {
                whole_number(value, path, diagnostics, (<$rust>::MIN, <$rust>::MAX))
            }
        }
    )*};
}

integer!(i64, u32);

/// Decodes every element of a list (all of them, so that every problem is reported).
fn each_element<T>(
    items: &[Value],
    path: &AttributePath,
    diagnostics: &mut Diagnostics,
    decode: fn(&Value, &AttributePath, &mut Diagnostics) -> Option<T>,
) -> Option<Vec<T>> {
    let decoded: Vec<Option<T>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| decode(item, &path.clone().index(i), diagnostics))
        .collect();
    decoded.into_iter().collect()
}

impl<T: AttributeValue> AttributeValue for Option<T> {
    const NULLABLE: bool = true;

    fn attribute_type() -> Type {
        T::attribute_type()
    }

    fn decode_value(
        value: &Value,
        path: &AttributePath,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            value => T::decode_value(value, path, diagnostics).map(Some),
        }
    }
}

impl<T: AttributeValue> AttributeValue for Vec<T> {
    fn attribute_type() -> Type {
        Type::list(T::attribute_type())
    }

    fn decode_value(
        value: &Value,
        path: &AttributePath,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        let Some(items) = present(value, path, diagnostics)?.as_list() else {
            mismatch(value, path, "a list", diagnostics);
            return None;
        };
        each_element(items, path, diagnostics, T::decode_value)
    }
}

impl<T: AttributeValue> AttributeValue for BTreeMap<String, T> {
    fn attribute_type() -> Type {
        Type::map(T::attribute_type())
    }

    fn decode_value(
        value: &Value,
        path: &AttributePath,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        let Some(entries) = present(value, path, diagnostics)?.as_map() else {
            mismatch(value, path, "a map", diagnostics);
            return None;
        };
        let decoded: Vec<Option<(String, T)>> = entries
            .iter()
            .map(|(key, item)| {
                T::decode_value(item, &path.clone().key(key), diagnostics).map(|v| (key.clone(), v))
            })
            .collect();
        decoded.into_iter().collect()
    }
}

impl HclLiteral for str {
    fn to_hcl(&self) -> String {
        format!("{self:?}")
    }
}

impl HclLiteral for String {
    fn to_hcl(&self) -> String {
        self.as_str().to_hcl()
    }
}

impl<T: HclLiteral + ?Sized> HclLiteral for &T {
    fn to_hcl(&self) -> String {
        (**self).to_hcl()
    }
}

/// `HclLiteral` for a type whose `Display` is its HCL text.
macro_rules! displayed {
    ($($rust:ty),*) => {$(
        impl HclLiteral for $rust {
            fn to_hcl(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

displayed!(bool, i64, u32, f64);

impl<T: HclLiteral> HclLiteral for Option<T> {
    fn to_hcl(&self) -> String {
        self.as_ref()
            .map_or_else(|| "null".to_owned(), HclLiteral::to_hcl)
    }
}

impl<T: HclLiteral> HclLiteral for Vec<T> {
    fn to_hcl(&self) -> String {
        let items: Vec<String> = self.iter().map(HclLiteral::to_hcl).collect();
        format!("[{}]", items.join(", "))
    }
}

impl<T: HclLiteral> HclLiteral for BTreeMap<String, T> {
    fn to_hcl(&self) -> String {
        let entries: Vec<String> = self
            .iter()
            .map(|(k, v)| format!("{k:?} = {}", v.to_hcl()))
            .collect();
        if entries.is_empty() {
            return "{}".to_owned();
        }
        format!("{{ {} }}", entries.join(", "))
    }
}

// What the derive calls; public for the generated code, not part of the documented API.

/// The attributes of an object value, or a diagnostic at `path` when it is not one.
#[doc(hidden)]
pub fn object<'a>(
    value: &'a Value,
    path: &AttributePath,
    diagnostics: &mut Diagnostics,
) -> Option<&'a BTreeMap<String, Value>> {
    match present(value, path, diagnostics)? {
        Value::Object(fields) | Value::Map(fields) => Some(fields),
        other => {
            mismatch(other, path, "an object", diagnostics);
            None
        }
    }
}

/// The value of attribute `name`; null when the object does not have it.
#[doc(hidden)]
#[must_use]
pub fn attribute_or_null<'a>(object: &'a BTreeMap<String, Value>, name: &str) -> &'a Value {
    static NULL: Value = Value::Null;
    object.get(name).unwrap_or(&NULL)
}

/// A single nested block: `Some(None)` when absent.
#[doc(hidden)]
pub fn block_optional<T: Declare>(
    object: &BTreeMap<String, Value>,
    name: &str,
    path: &AttributePath,
    diagnostics: &mut Diagnostics,
) -> Option<Option<T>> {
    match attribute_or_null(object, name) {
        Value::Null => Some(None),
        value => T::decode_object(value, &path.clone().then_attr(name), diagnostics).map(Some),
    }
}

/// A list of nested blocks: empty when absent.
#[doc(hidden)]
pub fn block_list<T: Declare>(
    object: &BTreeMap<String, Value>,
    name: &str,
    path: &AttributePath,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<T>> {
    let path = path.clone().then_attr(name);
    let value = attribute_or_null(object, name);
    if value.is_null() {
        return Some(Vec::new());
    }
    let Some(items) = value.as_list() else {
        mismatch(value, &path, "a list of blocks", diagnostics);
        return None;
    };
    each_element(items, &path, diagnostics, T::decode_object)
}

/// Appends a sentence to a description, with a space when it is not empty.
#[doc(hidden)]
pub fn append_sentence(description: &mut String, sentence: &str) {
    if !description.is_empty() {
        description.push(' ');
    }
    description.push_str(sentence);
}

/// "One of `a`, `b`." from a list of accepted values.
#[doc(hidden)]
#[must_use]
pub fn one_of(lead: &str, values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    format!("{lead} {}.", quoted.join(", "))
}
