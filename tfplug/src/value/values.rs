//! Dynamically typed cty values.

use std::collections::BTreeMap;

use super::error::ValueError;
use super::number::Number;
use super::types::Type;
use crate::path::{AttributePath, PathStep};

/// A cty value.
///
/// Values do not carry their type: the wire formats are type-directed, so
/// the schema's [`Type`] is given alongside when encoding or decoding. Null
/// and unknown values are untyped for the same reason.
///
/// Equality is structural, except that sets compare as sets (ignoring
/// order) and numbers compare by value. Two `Unknown`s compare equal.
#[derive(Debug, Clone, Default)]
pub enum Value {
    /// A null value (an unset optional attribute, for example).
    #[default]
    Null,
    /// A value Terraform does not know yet (it is known after apply).
    Unknown,
    /// A bool.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// A list.
    List(Vec<Value>),
    /// A set; the order of elements carries no meaning.
    Set(Vec<Value>),
    /// A map.
    Map(BTreeMap<String, Value>),
    /// An object.
    Object(BTreeMap<String, Value>),
    /// A tuple.
    Tuple(Vec<Value>),
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::Unknown, Value::Unknown) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::List(a), Value::List(b)) | (Value::Tuple(a), Value::Tuple(b)) => a == b,
            (Value::Set(a), Value::Set(b)) => {
                a.len() == b.len()
                    && a.iter().all(|x| b.contains(x))
                    && b.iter().all(|x| a.contains(x))
            }
            (Value::Map(a), Value::Map(b)) | (Value::Object(a), Value::Object(b)) => a == b,
            _ => false,
        }
    }
}

impl Value {
    /// A list of the given elements.
    pub fn list(elements: impl IntoIterator<Item = Value>) -> Value {
        Value::List(elements.into_iter().collect())
    }

    /// A set of the given elements.
    pub fn set(elements: impl IntoIterator<Item = Value>) -> Value {
        Value::Set(elements.into_iter().collect())
    }

    /// A tuple of the given elements.
    pub fn tuple(elements: impl IntoIterator<Item = Value>) -> Value {
        Value::Tuple(elements.into_iter().collect())
    }

    /// A map from `(key, value)` pairs.
    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Map(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// An object from `(attribute, value)` pairs.
    pub fn object<K: Into<String>>(attributes: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Object(attributes.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// Whether this is [`Value::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is [`Value::Unknown`] (only the value itself; see
    /// [`Value::is_wholly_known`] for the parts).
    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// Whether no part of this value, at any depth, is unknown.
    pub fn is_wholly_known(&self) -> bool {
        match self {
            Value::Unknown => false,
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => true,
            Value::List(items) | Value::Set(items) | Value::Tuple(items) => {
                items.iter().all(Value::is_wholly_known)
            }
            Value::Map(items) | Value::Object(items) => items.values().all(Value::is_wholly_known),
        }
    }

    /// An attribute of an object (or an element of a map).
    pub fn get_attr(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(attrs) | Value::Map(attrs) => attrs.get(name),
            _ => None,
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The bool, if this is a bool.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number, if this is a number.
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The number as an `i64`, if this is an integer number in that range.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number().and_then(Number::as_i64)
    }

    /// The elements of a list, set or tuple.
    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) | Value::Set(items) | Value::Tuple(items) => Some(items),
            _ => None,
        }
    }

    /// The entries of a map or the attributes of an object.
    pub fn as_map(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Map(items) | Value::Object(items) => Some(items),
            _ => None,
        }
    }

    /// The kind of value, for messages: `null`, `unknown value`, `bool`,
    /// `number`, `string`, `list`, `set`, `map`, `object` or `tuple`.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Unknown => "unknown value",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::List(_) => "list",
            Value::Set(_) => "set",
            Value::Map(_) => "map",
            Value::Object(_) => "object",
            Value::Tuple(_) => "tuple",
        }
    }

    /// The most specific type this value has, used to encode a value into a
    /// `Dynamic` slot.
    ///
    /// Null and unknown values give `Dynamic`. A list, set or map whose
    /// elements have no common type becomes a tuple or object instead (their
    /// wire forms are the same). A null element adopts the type of its
    /// siblings; an empty collection has element type `Dynamic`.
    pub fn infer_type(&self) -> Type {
        match self {
            Value::Null | Value::Unknown => Type::Dynamic,
            Value::Bool(_) => Type::Bool,
            Value::Number(_) => Type::Number,
            Value::String(_) => Type::String,
            Value::List(items) | Value::Set(items) => {
                let types: Vec<Type> = items.iter().map(Value::infer_type).collect();
                match unify_all(&types) {
                    Some(t) if matches!(self, Value::Set(_)) => Type::set(t),
                    Some(t) => Type::list(t),
                    None => Type::Tuple(types),
                }
            }
            Value::Tuple(items) => Type::Tuple(items.iter().map(Value::infer_type).collect()),
            Value::Map(items) => {
                let types: BTreeMap<String, Type> = items
                    .iter()
                    .map(|(k, v)| (k.clone(), v.infer_type()))
                    .collect();
                let all: Vec<Type> = types.values().cloned().collect();
                match unify_all(&all) {
                    Some(t) => Type::map(t),
                    None => Type::Object(types),
                }
            }
            Value::Object(items) => Type::Object(
                items
                    .iter()
                    .map(|(k, v)| (k.clone(), v.infer_type()))
                    .collect(),
            ),
        }
    }

    /// Adjusts a loosely built value (for example one made by
    /// [`to_value`](super::to_value)) to `ty`:
    ///
    /// - lists, sets and tuples convert into each other (a tuple needs the
    ///   right length); sets drop duplicate known elements;
    /// - maps and objects convert into each other; attributes the object type
    ///   declares but the value lacks become `Null`, and attributes it does
    ///   not declare are an error;
    /// - a string converts to a number or bool when it holds one, and numbers
    ///   and bools convert to strings;
    /// - `Null` and `Unknown` fit any type, and any value fits `Dynamic`.
    ///
    /// Anything else is an error naming the path of the mismatch.
    pub fn conform(self, ty: &Type) -> Result<Value, ValueError> {
        let mut path = AttributePath::root();
        self.conform_at(ty, &mut path)
    }

    fn conform_at(self, ty: &Type, path: &mut AttributePath) -> Result<Value, ValueError> {
        let mismatch = |value: &Value, path: &AttributePath| {
            ValueError::mismatch(path, ty.to_string(), value.kind())
        };
        match (ty, self) {
            (_, v @ (Value::Null | Value::Unknown)) | (Type::Dynamic, v) => Ok(v),
            (Type::Bool, v @ Value::Bool(_)) | (Type::Number, v @ Value::Number(_)) => Ok(v),
            (Type::String, v @ Value::String(_)) => Ok(v),
            (Type::Bool, Value::String(s)) => match s.as_str() {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err(ValueError::mismatch(
                    path,
                    "bool",
                    "string that is not \"true\" or \"false\"",
                )),
            },
            (Type::Number, Value::String(s)) => Number::parse(&s)
                .map(Value::Number)
                .map_err(|_| ValueError::mismatch(path, "number", "string that is not a number")),
            (Type::String, Value::Number(n)) => Ok(Value::String(n.to_string())),
            (Type::String, Value::Bool(b)) => Ok(Value::String(b.to_string())),
            (Type::List(elem), Value::List(items) | Value::Set(items) | Value::Tuple(items)) => {
                Ok(Value::List(conform_elements(items, |_| elem, path)?))
            }
            (Type::Set(elem), Value::List(items) | Value::Set(items) | Value::Tuple(items)) => {
                let items = conform_elements(items, |_| elem, path)?;
                let mut unique: Vec<Value> = Vec::with_capacity(items.len());
                for item in items {
                    if !(item.is_wholly_known() && unique.contains(&item)) {
                        unique.push(item);
                    }
                }
                Ok(Value::Set(unique))
            }
            (Type::Tuple(elems), Value::List(items) | Value::Set(items) | Value::Tuple(items)) => {
                if elems.len() != items.len() {
                    return Err(ValueError::mismatch(
                        path,
                        format!("{ty} ({} elements)", elems.len()),
                        format!("{} elements", items.len()),
                    ));
                }
                Ok(Value::Tuple(conform_elements(items, |i| &elems[i], path)?))
            }
            (Type::Map(elem), Value::Map(items) | Value::Object(items)) => {
                let mut out = BTreeMap::new();
                for (key, item) in items {
                    path.push(PathStep::Key(key.clone()));
                    let conformed = item.conform_at(elem, path);
                    path.pop();
                    out.insert(key, conformed?);
                }
                Ok(Value::Map(out))
            }
            (Type::Object(attrs), Value::Map(mut items) | Value::Object(mut items)) => {
                let mut out = BTreeMap::new();
                for (name, attr_ty) in attrs {
                    let item = items.remove(name).unwrap_or(Value::Null);
                    path.push(PathStep::Attr(name.clone()));
                    let conformed = item.conform_at(attr_ty, path);
                    path.pop();
                    out.insert(name.clone(), conformed?);
                }
                if let Some(name) = items.into_keys().next() {
                    return Err(ValueError::UnsupportedAttribute {
                        path: path.clone(),
                        name,
                    });
                }
                Ok(Value::Object(out))
            }
            (_, v) => Err(mismatch(&v, path)),
        }
    }
}

fn conform_elements<'t>(
    items: Vec<Value>,
    elem_type: impl Fn(usize) -> &'t Type,
    path: &mut AttributePath,
) -> Result<Vec<Value>, ValueError> {
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        path.push_index(i);
        let conformed = item.conform_at(elem_type(i), path);
        path.pop();
        out.push(conformed?);
    }
    Ok(out)
}

/// The common type of `types`, where `Dynamic` (from null or unknown values)
/// gives way to anything; `None` if there is none.
fn unify_all(types: &[Type]) -> Option<Type> {
    types
        .iter()
        .try_fold(Type::Dynamic, |acc, t| unify(&acc, t))
}

fn unify(a: &Type, b: &Type) -> Option<Type> {
    match (a, b) {
        (Type::Dynamic, t) | (t, Type::Dynamic) => Some(t.clone()),
        (Type::List(x), Type::List(y)) => Some(Type::list(unify(x, y)?)),
        (Type::Set(x), Type::Set(y)) => Some(Type::set(unify(x, y)?)),
        (Type::Map(x), Type::Map(y)) => Some(Type::map(unify(x, y)?)),
        (Type::Object(x), Type::Object(y)) if x.len() == y.len() => {
            let mut attrs = BTreeMap::new();
            for ((kx, tx), (ky, ty)) in x.iter().zip(y) {
                if kx != ky {
                    return None;
                }
                attrs.insert(kx.clone(), unify(tx, ty)?);
            }
            Some(Type::Object(attrs))
        }
        (Type::Tuple(x), Type::Tuple(y)) if x.len() == y.len() => Some(Type::Tuple(
            x.iter()
                .zip(y)
                .map(|(tx, ty)| unify(tx, ty))
                .collect::<Option<_>>()?,
        )),
        (x, y) if x == y => Some(x.clone()),
        _ => None,
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::String(s.clone())
    }
}

impl From<Number> for Value {
    fn from(n: Number) -> Value {
        Value::Number(n)
    }
}

macro_rules! value_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Number(Number::from(n))
            }
        }
    )*};
}
value_from_int!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Uses [`Number::from_f64`] (the decimal a person means, so `0.1` is the
/// decimal 0.1). NaN, which cty cannot represent, becomes [`Value::Null`].
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

/// `None` becomes [`Value::Null`].
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Value {
        o.map_or(Value::Null, Into::into)
    }
}

/// A list.
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

/// A map.
impl<K: Into<String>, T: Into<Value>> From<BTreeMap<K, T>> for Value {
    fn from(items: BTreeMap<K, T>) -> Value {
        Value::Map(
            items
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        let v = Value::object([
            ("name", Value::from("web")),
            ("port", Value::from(8080)),
            ("on", Value::from(true)),
            ("tags", Value::map([("a", Value::from("b"))])),
            ("ids", Value::from(vec![1, 2])),
            ("later", Value::Unknown),
        ]);
        assert_eq!(v.get_attr("name").and_then(Value::as_str), Some("web"));
        assert_eq!(v.get_attr("port").and_then(Value::as_i64), Some(8080));
        assert_eq!(v.get_attr("on").and_then(Value::as_bool), Some(true));
        assert_eq!(
            v.get_attr("tags")
                .and_then(Value::as_map)
                .map(BTreeMap::len),
            Some(1)
        );
        assert_eq!(
            v.get_attr("ids")
                .and_then(Value::as_list)
                .map(<[Value]>::len),
            Some(2)
        );
        assert!(v.get_attr("later").is_some_and(Value::is_unknown));
        assert!(v.get_attr("missing").is_none());
        assert!(!v.is_wholly_known());
        assert!(!v.is_unknown() && !v.is_null());
        assert!(Value::list([Value::Null, Value::from(1.5)]).is_wholly_known());
        assert_eq!(Value::from(f64::NAN), Value::Null);
        assert_eq!(Value::from(None::<i64>), Value::Null);
        assert_eq!(Value::from(Some("x")), Value::from("x"));
        assert_eq!(Value::default(), Value::Null);
    }

    #[test]
    fn sets_compare_without_order() {
        let a = Value::set([Value::from(1), Value::from(2)]);
        let b = Value::set([Value::from(2), Value::from(1)]);
        assert_eq!(a, b);
        assert_ne!(a, Value::list([Value::from(1), Value::from(2)]));
        assert_ne!(a, Value::set([Value::from(1), Value::from(1)]));
    }

    #[test]
    fn infer_type() {
        let v = Value::object([
            ("s", Value::from("x")),
            ("l", Value::list([Value::Null, Value::from(1)])),
            ("mixed", Value::list([Value::from(1), Value::from("a")])),
            ("m", Value::map([("a", Value::from(true))])),
            (
                "m2",
                Value::map([("a", Value::from(true)), ("b", Value::from(1))]),
            ),
            (
                "objs",
                Value::list([
                    Value::object([("a", Value::Null)]),
                    Value::object([("a", Value::from("x"))]),
                ]),
            ),
            ("empty", Value::Set(vec![])),
            ("n", Value::Null),
        ]);
        assert_eq!(
            v.infer_type(),
            Type::object([
                ("s", Type::String),
                ("l", Type::list(Type::Number)),
                ("mixed", Type::tuple([Type::Number, Type::String])),
                ("m", Type::map(Type::Bool)),
                ("m2", Type::object([("a", Type::Bool), ("b", Type::Number)])),
                ("objs", Type::list(Type::object([("a", Type::String)]))),
                ("empty", Type::set(Type::Dynamic)),
                ("n", Type::Dynamic),
            ])
        );
    }

    #[test]
    fn conform_adjusts_shapes() {
        let ty = Type::object([
            ("name", Type::String),
            ("ids", Type::set(Type::Number)),
            ("pair", Type::tuple([Type::String, Type::Bool])),
            ("tags", Type::map(Type::String)),
            (
                "nested",
                Type::object([("a", Type::Number), ("b", Type::Bool)]),
            ),
            ("missing", Type::list(Type::String)),
            ("any", Type::Dynamic),
        ]);
        let loose = Value::map([
            ("name", Value::from(12)),
            (
                "ids",
                Value::list([Value::from("1"), Value::from(2), Value::from(1)]),
            ),
            ("pair", Value::list([Value::from("x"), Value::from("true")])),
            ("tags", Value::object([("k", Value::from(false))])),
            ("nested", Value::map([("a", Value::from("1.5"))])),
            ("any", Value::list([Value::from(1)])),
        ]);
        let got = loose.conform(&ty).unwrap();
        let want = Value::object([
            ("name", Value::from("12")),
            ("ids", Value::set([Value::from(1), Value::from(2)])),
            ("pair", Value::tuple([Value::from("x"), Value::from(true)])),
            ("tags", Value::map([("k", Value::from("false"))])),
            (
                "nested",
                Value::object([("a", Value::from(1.5)), ("b", Value::Null)]),
            ),
            ("missing", Value::Null),
            ("any", Value::list([Value::from(1)])),
        ]);
        assert_eq!(got, want);
        // Conforming a conformed value changes nothing.
        assert_eq!(got.clone().conform(&ty).unwrap(), got);
    }

    #[test]
    fn conform_errors_name_the_path() {
        let ty = Type::object([("rule", Type::list(Type::object([("expr", Type::String)])))]);
        let v = Value::object([(
            "rule",
            Value::list([
                Value::object([("expr", Value::from("a"))]),
                Value::object([("expr", Value::from("b"))]),
                Value::object([("expr", Value::list([]))]),
            ]),
        )]);
        let err = v.conform(&ty).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at .rule[2].expr: expected string, found list"
        );

        let v = Value::object([(
            "rule",
            Value::list([Value::object([("exp", Value::from("a"))])]),
        )]);
        let err = v.conform(&ty).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at .rule[0]: unsupported attribute \"exp\""
        );

        let err = Value::from("x").conform(&Type::Number).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at (root): expected number, found string that is not a number"
        );
        let err = Value::list([Value::from(1)])
            .conform(&Type::tuple([]))
            .unwrap_err();
        assert!(err.to_string().contains("0 elements"));
        let err = Value::map([("k", Value::list([]))])
            .conform(&Type::map(Type::Bool))
            .unwrap_err();
        assert_eq!(err.to_string(), "at [\"k\"]: expected bool, found list");
    }
}
