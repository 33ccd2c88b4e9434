//! cty types and their JSON form.

use std::collections::BTreeMap;
use std::fmt;

use super::error::ValueError;
use super::json;

/// A cty type, as used in schemas and on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// `bool`.
    Bool,
    /// `number`: arbitrary-precision decimal.
    Number,
    /// `string`.
    String,
    /// `dynamic`: any type, decided by the value (Terraform's `any`).
    Dynamic,
    /// `list(T)`: an ordered sequence of elements of one type.
    List(Box<Type>),
    /// `set(T)`: an unordered collection of distinct elements of one type.
    Set(Box<Type>),
    /// `map(T)`: string keys to elements of one type.
    Map(Box<Type>),
    /// `object({...})`: named attributes, each with its own type.
    Object(BTreeMap<String, Type>),
    /// `tuple([...])`: a fixed-length sequence, each element with its own type.
    Tuple(Vec<Type>),
}

impl Type {
    /// `list(element)`.
    pub fn list(element: Type) -> Type {
        Type::List(Box::new(element))
    }

    /// `set(element)`.
    pub fn set(element: Type) -> Type {
        Type::Set(Box::new(element))
    }

    /// `map(element)`.
    pub fn map(element: Type) -> Type {
        Type::Map(Box::new(element))
    }

    /// `object({...})` from `(name, type)` pairs.
    pub fn object<K: Into<String>>(attributes: impl IntoIterator<Item = (K, Type)>) -> Type {
        Type::Object(attributes.into_iter().map(|(k, t)| (k.into(), t)).collect())
    }

    /// `tuple([...])` from element types.
    pub fn tuple(elements: impl IntoIterator<Item = Type>) -> Type {
        Type::Tuple(elements.into_iter().collect())
    }

    /// Whether this is `bool`, `number` or `string`.
    pub fn is_primitive(&self) -> bool {
        matches!(self, Type::Bool | Type::Number | Type::String)
    }

    /// The element type of a list, set or map.
    pub fn element_type(&self) -> Option<&Type> {
        match self {
            Type::List(t) | Type::Set(t) | Type::Map(t) => Some(t),
            _ => None,
        }
    }

    /// The attribute types of an object.
    pub fn attribute_types(&self) -> Option<&BTreeMap<String, Type>> {
        match self {
            Type::Object(attrs) => Some(attrs),
            _ => None,
        }
    }

    /// Whether `Dynamic` appears anywhere in this type.
    pub fn has_dynamic(&self) -> bool {
        match self {
            Type::Dynamic => true,
            Type::Bool | Type::Number | Type::String => false,
            Type::List(t) | Type::Set(t) | Type::Map(t) => t.has_dynamic(),
            Type::Object(attrs) => attrs.values().any(Type::has_dynamic),
            Type::Tuple(elems) => elems.iter().any(Type::has_dynamic),
        }
    }

    /// The compact JSON type constraint Terraform expects in
    /// `Schema.Attribute.type`, e.g. `"string"`, `["list","string"]`,
    /// `["object",{"a":"number"}]`, `["tuple",["string","bool"]]`.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = String::new();
        self.write_json(&mut out);
        out.into_bytes()
    }

    /// Reads a JSON type constraint (the inverse of [`Type::to_json`]).
    /// The optional-attributes list that may follow an object's attributes
    /// (`["object",{...},["a"]]`) is accepted and ignored.
    pub fn from_json(bytes: &[u8]) -> Result<Type, ValueError> {
        let parsed = json::parse(bytes).map_err(|e| ValueError::InvalidType {
            message: e.to_string(),
        })?;
        json::type_from_json(&parsed)
    }

    /// Appends the JSON type constraint to `out`.
    pub(super) fn write_json(&self, out: &mut String) {
        match self {
            Type::Bool => out.push_str("\"bool\""),
            Type::Number => out.push_str("\"number\""),
            Type::String => out.push_str("\"string\""),
            Type::Dynamic => out.push_str("\"dynamic\""),
            Type::List(t) | Type::Set(t) | Type::Map(t) => {
                let kind = match self {
                    Type::List(_) => "list",
                    Type::Set(_) => "set",
                    _ => "map",
                };
                out.push_str("[\"");
                out.push_str(kind);
                out.push_str("\",");
                t.write_json(out);
                out.push(']');
            }
            Type::Object(attrs) => {
                out.push_str("[\"object\",{");
                for (i, (name, t)) in attrs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json::write_string(out, name);
                    out.push(':');
                    t.write_json(out);
                }
                out.push_str("}]");
            }
            Type::Tuple(elems) => {
                out.push_str("[\"tuple\",[");
                for (i, t) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    t.write_json(out);
                }
                out.push_str("]]");
            }
        }
    }
}

/// Shows the type in Terraform's type-constraint syntax, e.g.
/// `list(object({a=string}))`; `Dynamic` shows as `dynamic`.
impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Bool => f.write_str("bool"),
            Type::Number => f.write_str("number"),
            Type::String => f.write_str("string"),
            Type::Dynamic => f.write_str("dynamic"),
            Type::List(t) => write!(f, "list({t})"),
            Type::Set(t) => write!(f, "set({t})"),
            Type::Map(t) => write!(f, "map({t})"),
            Type::Object(attrs) => {
                f.write_str("object({")?;
                for (i, (name, t)) in attrs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{name}={t}")?;
                }
                f.write_str("})")
            }
            Type::Tuple(elems) => {
                f.write_str("tuple([")?;
                for (i, t) in elems.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str("])")
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sample() -> Type {
        Type::object([
            ("name", Type::String),
            ("count", Type::Number),
            ("on", Type::Bool),
            ("any", Type::Dynamic),
            ("tags", Type::map(Type::String)),
            ("ids", Type::set(Type::Number)),
            ("rules", Type::list(Type::object([("expr", Type::String)]))),
            ("pair", Type::tuple([Type::String, Type::list(Type::Bool)])),
            ("empty", Type::object::<&str>([])),
            ("unit", Type::tuple([])),
        ])
    }

    #[test]
    fn json_form() {
        assert_eq!(Type::String.to_json(), b"\"string\"");
        assert_eq!(Type::list(Type::String).to_json(), br#"["list","string"]"#);
        assert_eq!(
            Type::object([("a", Type::Number)]).to_json(),
            br#"["object",{"a":"number"}]"#
        );
        assert_eq!(
            Type::tuple([Type::Bool, Type::Dynamic]).to_json(),
            br#"["tuple",["bool","dynamic"]]"#
        );
        assert_eq!(
            Type::object([("q\"", Type::map(Type::set(Type::Bool)))]).to_json(),
            br#"["object",{"q\"":["map",["set","bool"]]}]"#
        );
    }

    #[test]
    fn json_round_trip() {
        let ty = sample();
        assert_eq!(Type::from_json(&ty.to_json()).unwrap(), ty);
    }

    #[test]
    fn from_json_accepts_optional_attributes_and_spaces() {
        let ty =
            Type::from_json(br#" [ "object" , {"a": "string", "b": ["list", "number"]}, ["b"] ] "#)
                .unwrap();
        assert_eq!(
            ty,
            Type::object([("a", Type::String), ("b", Type::list(Type::Number))])
        );
    }

    #[test]
    fn from_json_rejects_garbage() {
        let bad: &[&[u8]] = &[
            b"",
            b"\"strin\"",
            b"[\"list\"]",
            b"[\"list\",\"string\",1]",
            b"[\"object\",[]]",
            b"[\"tuple\",{}]",
            b"[\"frob\",\"string\"]",
            b"42",
            b"[1,2]",
            b"\"string\" x",
        ];
        for input in bad {
            assert!(
                matches!(Type::from_json(input), Err(ValueError::InvalidType { .. })),
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn display() {
        assert_eq!(
            Type::list(Type::object([
                ("a", Type::String),
                ("b", Type::tuple([Type::Number, Type::Bool]))
            ]))
            .to_string(),
            "list(object({a=string, b=tuple([number, bool])}))"
        );
        assert!(sample().has_dynamic());
        assert!(!Type::map(Type::Bool).has_dynamic());
    }
}
