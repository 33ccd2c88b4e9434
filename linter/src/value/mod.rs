//! Layer 1: values produced by evaluating Terraform expressions.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A Terraform value as far as the linter can know it.
///
/// [`Value::Unknown`] stands for anything that cannot be known before `apply`
/// (resource attributes, variables without a value, unsupported functions).
/// Rules never report a finding that depends on an unknown value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// A list, tuple or set.
    List(Vec<Value>),
    /// A map or object.
    Object(BTreeMap<String, Value>),
    /// A value that cannot be known statically.
    Unknown,
}

impl Value {
    /// `true` unless the value is unknown or contains an unknown anywhere.
    #[must_use]
    pub fn is_wholly_known(&self) -> bool {
        match self {
            Value::Unknown => false,
            Value::List(items) => items.iter().all(Value::is_wholly_known),
            Value::Object(map) => map.values().all(Value::is_wholly_known),
            _ => true,
        }
    }

    /// `true` if the value itself is unknown (its parts may be known).
    #[must_use]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// The boolean this value converts to, as Terraform converts `"true"`.
    #[must_use]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::String(s) if s == "true" => Some(true),
            Value::String(s) if s == "false" => Some(false),
            _ => None,
        }
    }

    /// The number this value converts to.
    #[must_use]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// The value as a string slice, only for strings.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value converted to a string, as Terraform does for primitives.
    #[must_use]
    pub fn to_string_value(&self) -> Option<String> {
        match self {
            Value::String(s) => Some(s.clone()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Number(n) => Some(format_number(*n)),
            _ => None,
        }
    }

    /// The elements of a list.
    #[must_use]
    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }

    /// The entries of an object.
    #[must_use]
    pub fn as_object(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// `true` for `null`.
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Encodes the value as JSON text, or `None` if any part is unknown.
    #[must_use]
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::new();
        self.write_json(&mut out).then_some(out)
    }

    fn write_json(&self, out: &mut String) -> bool {
        match self {
            Value::Unknown => return false,
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(&format_number(*n)),
            Value::String(s) => out.push_str(&serde_json::Value::from(s.as_str()).to_string()),
            Value::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if !item.write_json(out) {
                        return false;
                    }
                }
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "{}:", serde_json::Value::from(k.as_str()));
                    if !v.write_json(out) {
                        return false;
                    }
                }
                out.push('}');
            }
        }
        true
    }

    /// Converts decoded JSON into a value.
    #[must_use]
    pub fn from_json(json: &serde_json::Value) -> Value {
        match json {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => n.as_f64().map_or(Value::Unknown, Value::Number),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(items) => {
                Value::List(items.iter().map(Value::from_json).collect())
            }
            serde_json::Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// The value as a list of strings; `None` if not a list of known strings.
    /// A single string counts as a one-element list.
    #[must_use]
    pub fn string_list(&self) -> Option<Vec<String>> {
        match self {
            Value::String(s) => Some(vec![s.clone()]),
            Value::List(items) => items.iter().map(Value::to_string_value).collect(),
            _ => None,
        }
    }
}

/// Formats a number as Terraform prints it (integers without a fraction).
#[must_use]
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}
