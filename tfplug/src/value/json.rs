//! The JSON wire format of values (`RawState.json`, `DynamicValue.json`),
//! on top of a small JSON reader that keeps number text exactly.

use std::collections::BTreeMap;

use super::error::ValueError;
use super::number::Number;
use super::types::Type;
use super::values::Value;
use crate::path::{AttributePath, PathStep};

/// How deeply JSON arrays and objects may nest.
const MAX_DEPTH: usize = 128;

/// Decodes a JSON value of type `ty`, as found in Terraform state.
///
/// - `null` is [`Value::Null`]; objects and maps are JSON objects; lists,
///   sets and tuples are arrays; numbers keep their exact text.
/// - Object attributes missing from the JSON become `Null`; attributes the
///   type does not declare are ignored (state written by an older schema).
/// - Like cty, primitives are converted where safe: a number or bool from a
///   string (`"5"`, `"true"`), a string from a number or bool.
/// - A `Dynamic` slot is `{"type": <type JSON>, "value": <value>}`.
pub fn decode_json(bytes: &[u8], ty: &Type) -> Result<Value, ValueError> {
    let json = parse(bytes)?;
    let mut path = AttributePath::root();
    from_json(&json, ty, &mut path)
}

/// Encodes `value` as JSON of type `ty` (the inverse of [`decode_json`]).
///
/// Unknown values cannot be written as JSON and give
/// [`ValueError::Unknown`]. Infinities, which JSON numbers cannot hold, are
/// written as the strings `"+Inf"` and `"-Inf"`. Object attributes missing
/// from the value are written as `null`.
pub fn encode_json(value: &Value, ty: &Type) -> Result<Vec<u8>, ValueError> {
    let mut out = String::new();
    let mut path = AttributePath::root();
    write_value(&mut out, value, ty, &mut path)?;
    Ok(out.into_bytes())
}

/// A parsed JSON document; numbers keep their text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in document order; duplicates are kept (last one wins on
    /// lookup).
    Object(Vec<(String, Json)>),
}

impl Json {
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "bool",
            Json::Number(_) => "number",
            Json::String(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }
}

fn json_error(path: &AttributePath, message: impl Into<String>) -> ValueError {
    ValueError::Json {
        path: path.clone(),
        message: message.into(),
    }
}

fn from_json(json: &Json, ty: &Type, path: &mut AttributePath) -> Result<Value, ValueError> {
    if let Json::Null = json {
        return Ok(Value::Null);
    }
    let mismatch = || json_error(path, format!("expected {ty}, found {}", json.kind()));
    match (ty, json) {
        (Type::Dynamic, Json::Object(members)) => {
            let find = |name: &str| {
                members
                    .iter()
                    .rev()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v)
            };
            let (Some(type_json), Some(value_json)) = (find("type"), find("value")) else {
                return Err(json_error(
                    path,
                    "a dynamic value needs \"type\" and \"value\"",
                ));
            };
            let inner = type_from_json(type_json)?;
            from_json(value_json, &inner, path)
        }
        (Type::Dynamic, _) => Err(mismatch()),
        (Type::Bool, Json::Bool(b)) => Ok(Value::Bool(*b)),
        (Type::Bool, Json::String(s)) if s == "true" || s == "false" => {
            Ok(Value::Bool(s == "true"))
        }
        (Type::Number, Json::Number(text) | Json::String(text)) => Number::parse(text)
            .map(Value::Number)
            .map_err(|_| json_error(path, "invalid number")),
        (Type::String, Json::String(s)) => Ok(Value::String(s.clone())),
        (Type::String, Json::Number(text)) => Ok(Value::String(text.clone())),
        (Type::String, Json::Bool(b)) => Ok(Value::String(b.to_string())),
        (Type::List(elem) | Type::Set(elem), Json::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                path.push_index(i);
                let v = from_json(item, elem, path);
                path.pop();
                out.push(v?);
            }
            Ok(if matches!(ty, Type::Set(_)) {
                Value::Set(out)
            } else {
                Value::List(out)
            })
        }
        (Type::Tuple(elems), Json::Array(items)) => {
            if elems.len() != items.len() {
                return Err(json_error(
                    path,
                    format!(
                        "expected {} tuple elements, found {}",
                        elems.len(),
                        items.len()
                    ),
                ));
            }
            let mut out = Vec::with_capacity(items.len());
            for (i, (item, elem)) in items.iter().zip(elems).enumerate() {
                path.push_index(i);
                let v = from_json(item, elem, path);
                path.pop();
                out.push(v?);
            }
            Ok(Value::Tuple(out))
        }
        (Type::Map(elem), Json::Object(members)) => {
            let mut out = BTreeMap::new();
            for (key, item) in members {
                path.push(PathStep::Key(key.clone()));
                let v = from_json(item, elem, path);
                path.pop();
                out.insert(key.clone(), v?);
            }
            Ok(Value::Map(out))
        }
        (Type::Object(attrs), Json::Object(members)) => {
            let mut out: BTreeMap<String, Value> =
                attrs.keys().map(|k| (k.clone(), Value::Null)).collect();
            for (key, item) in members {
                // Attributes unknown to the type come from an older schema.
                let Some(attr_ty) = attrs.get(key) else {
                    continue;
                };
                path.push(PathStep::Attr(key.clone()));
                let v = from_json(item, attr_ty, path);
                path.pop();
                out.insert(key.clone(), v?);
            }
            Ok(Value::Object(out))
        }
        _ => Err(mismatch()),
    }
}

fn write_value(
    out: &mut String,
    value: &Value,
    ty: &Type,
    path: &mut AttributePath,
) -> Result<(), ValueError> {
    match (ty, value) {
        (_, Value::Unknown) => Err(ValueError::Unknown { path: path.clone() }),
        (_, Value::Null) => {
            out.push_str("null");
            Ok(())
        }
        (Type::Dynamic, _) => {
            let inner = value.infer_type();
            out.push_str("{\"value\":");
            write_value(out, value, &inner, path)?;
            out.push_str(",\"type\":");
            inner.write_json(out);
            out.push('}');
            Ok(())
        }
        (Type::Bool, Value::Bool(b)) => {
            out.push_str(if *b { "true" } else { "false" });
            Ok(())
        }
        (Type::Number, Value::Number(n)) => {
            if n.is_infinite() {
                write_string(out, &n.to_string());
            } else {
                out.push_str(&n.to_string());
            }
            Ok(())
        }
        (Type::String, Value::String(s)) => {
            write_string(out, s);
            Ok(())
        }
        (
            Type::List(elem) | Type::Set(elem),
            Value::List(items) | Value::Set(items) | Value::Tuple(items),
        ) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                path.push_index(i);
                let r = write_value(out, item, elem, path);
                path.pop();
                r?;
            }
            out.push(']');
            Ok(())
        }
        (Type::Tuple(elems), Value::List(items) | Value::Set(items) | Value::Tuple(items))
            if elems.len() == items.len() =>
        {
            out.push('[');
            for (i, (item, elem)) in items.iter().zip(elems).enumerate() {
                if i > 0 {
                    out.push(',');
                }
                path.push_index(i);
                let r = write_value(out, item, elem, path);
                path.pop();
                r?;
            }
            out.push(']');
            Ok(())
        }
        (Type::Map(elem), Value::Map(items) | Value::Object(items)) => {
            out.push('{');
            for (i, (key, item)) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                path.push(PathStep::Key(key.clone()));
                let r = write_value(out, item, elem, path);
                path.pop();
                r?;
            }
            out.push('}');
            Ok(())
        }
        (Type::Object(attrs), Value::Object(items) | Value::Map(items)) => {
            if let Some(extra) = items.keys().find(|k| !attrs.contains_key(*k)) {
                return Err(ValueError::UnsupportedAttribute {
                    path: path.clone(),
                    name: extra.clone(),
                });
            }
            out.push('{');
            for (i, (key, attr_ty)) in attrs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                path.push(PathStep::Attr(key.clone()));
                let r = write_value(out, items.get(key).unwrap_or(&Value::Null), attr_ty, path);
                path.pop();
                r?;
            }
            out.push('}');
            Ok(())
        }
        _ => Err(ValueError::mismatch(path, ty.to_string(), value.kind())),
    }
}

/// Reads a type constraint from parsed JSON.
pub(super) fn type_from_json(json: &Json) -> Result<Type, ValueError> {
    let invalid = |message: &str| ValueError::InvalidType {
        message: message.to_owned(),
    };
    match json {
        Json::String(name) => match name.as_str() {
            "bool" => Ok(Type::Bool),
            "number" => Ok(Type::Number),
            "string" => Ok(Type::String),
            "dynamic" => Ok(Type::Dynamic),
            _ => Err(ValueError::InvalidType {
                message: format!("unknown primitive type {name:?}"),
            }),
        },
        Json::Array(parts) => {
            let (Some(Json::String(kind)), Some(arg)) = (parts.first(), parts.get(1)) else {
                return Err(invalid("a complex type must be [kind, argument]"));
            };
            // The only kind with a third element is "object" (its optional
            // attributes), which does not matter for values.
            if parts.len() > 2 && !(kind == "object" && parts.len() == 3) {
                return Err(invalid("too many elements in a type"));
            }
            match (kind.as_str(), arg) {
                ("list", _) => Ok(Type::List(Box::new(type_from_json(arg)?))),
                ("set", _) => Ok(Type::Set(Box::new(type_from_json(arg)?))),
                ("map", _) => Ok(Type::Map(Box::new(type_from_json(arg)?))),
                ("object", Json::Object(members)) => {
                    let mut attrs = BTreeMap::new();
                    for (name, attr) in members {
                        attrs.insert(name.clone(), type_from_json(attr)?);
                    }
                    Ok(Type::Object(attrs))
                }
                ("tuple", Json::Array(elems)) => Ok(Type::Tuple(
                    elems.iter().map(type_from_json).collect::<Result<_, _>>()?,
                )),
                ("object", _) => Err(invalid("an object type needs a JSON object of attributes")),
                ("tuple", _) => Err(invalid("a tuple type needs a JSON array of element types")),
                _ => Err(ValueError::InvalidType {
                    message: format!("unknown type kind {kind:?}"),
                }),
            }
        }
        _ => Err(invalid("a type must be a JSON string or array")),
    }
}

/// Appends `s` as a JSON string literal.
pub(super) fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses a complete JSON document.
pub(super) fn parse(bytes: &[u8]) -> Result<Json, ValueError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        json_error(
            &AttributePath::root(),
            format!("not UTF-8 at byte {}", e.valid_up_to()),
        )
    })?;
    let mut parser = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    parser.skip_ws();
    let json = parser.value()?;
    parser.skip_ws();
    if parser.pos != text.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(json)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> ValueError {
        json_error(
            &AttributePath::root(),
            format!("{message} at byte {}", self.pos),
        )
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), ValueError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected '{}'", char::from(byte))))
        }
    }

    fn literal(&mut self, word: &str, json: Json) -> Result<Json, ValueError> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(json)
        } else {
            Err(self.error("invalid literal"))
        }
    }

    fn value(&mut self) -> Result<Json, ValueError> {
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b'[' | b'{') => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.error("nesting too deep"));
                }
                let result = if self.peek() == Some(b'[') {
                    self.array()
                } else {
                    self.object()
                };
                self.depth -= 1;
                result
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn array(&mut self) -> Result<Json, ValueError> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn object(&mut self) -> Result<Json, ValueError> {
        self.expect(b'{')?;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a string key"));
            }
            let key = self.string()?;
            self.skip_ws();
            self.expect(b':')?;
            self.skip_ws();
            let value = self.value()?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn number(&mut self) -> Result<Json, ValueError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.pos += 1;
            }
            p.pos - from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Json::Number(self.text[start..self.pos].to_owned()))
    }

    fn string(&mut self) -> Result<String, ValueError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // Runs end at ASCII bytes, so they are whole UTF-8 sequences.
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("control character in string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), ValueError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("unterminated string"));
        };
        self.pos += 1;
        let c = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    if !self.text[self.pos..].starts_with("\\u") {
                        return Err(self.error("unpaired surrogate"));
                    }
                    self.pos += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("unpaired surrogate"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate"))?
            }
            _ => return Err(self.error("invalid escape")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ValueError> {
        let hex = self
            .text
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("truncated \\u escape"))?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error("invalid \\u escape"));
        }
        self.pos += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.error("invalid \\u escape"))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents() {
        let json =
            parse(br#" {"a": [1, -2.5e3, true, null], "b": "x\"\u00e9\ud83d\ude00", "c": {}} "#)
                .unwrap();
        assert_eq!(
            json,
            Json::Object(vec![
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Number("1".into()),
                        Json::Number("-2.5e3".into()),
                        Json::Bool(true),
                        Json::Null,
                    ])
                ),
                ("b".into(), Json::String("x\"é😀".into())),
                ("c".into(), Json::Object(vec![])),
            ])
        );
    }

    #[test]
    fn rejects_bad_documents() {
        let bad: &[&[u8]] = &[
            b"",
            b"[",
            b"[1,]",
            b"{\"a\"}",
            b"01",
            b"1.",
            b"-",
            b"1e",
            b"nul",
            b"\"\\x\"",
            b"\"a",
            b"\"\\ud800\"",
            b"\"\x01\"",
            b"[] []",
            b"\xff",
            b"{1:2}",
            b"+1",
        ];
        for input in bad {
            assert!(
                parse(input).is_err(),
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(deep.as_bytes()).is_err());
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(ok.as_bytes()).is_ok());
    }

    #[test]
    fn string_escaping_round_trips() {
        let s = "quote \" backslash \\ newline \n tab \t bell \u{7} é 😀";
        let mut out = String::new();
        write_string(&mut out, s);
        assert_eq!(parse(out.as_bytes()).unwrap(), Json::String(s.into()));
        let via_serde: String = serde_json::from_str(&out).unwrap();
        assert_eq!(via_serde, s);
    }

    fn state_type() -> Type {
        Type::object([
            ("id", Type::String),
            ("count", Type::Number),
            ("enabled", Type::Bool),
            ("tags", Type::map(Type::String)),
            (
                "rules",
                Type::list(Type::object([
                    ("port", Type::Number),
                    ("cidr", Type::String),
                ])),
            ),
            ("ports", Type::set(Type::Number)),
            ("pair", Type::tuple([Type::String, Type::Number])),
            ("extra", Type::Dynamic),
        ])
    }

    #[test]
    fn state_with_missing_and_extra_attributes() {
        let state = br#"{
            "id": "abc",
            "count": 12345678901234567890123,
            "removed_in_v2": {"whatever": [1, 2]},
            "rules": [{"port": 443, "cidr": "0.0.0.0/0", "old": true}, {"port": "80"}],
            "ports": [1.5, 0.1],
            "pair": ["x", 1],
            "extra": {"type": ["list", "string"], "value": ["a", "b"]}
        }"#;
        let value = decode_json(state, &state_type()).unwrap();
        assert_eq!(value.get_attr("id"), Some(&Value::from("abc")));
        assert_eq!(
            value
                .get_attr("count")
                .and_then(Value::as_number)
                .map(Number::to_string),
            Some("12345678901234567890123".to_owned())
        );
        assert_eq!(value.get_attr("enabled"), Some(&Value::Null));
        assert_eq!(value.get_attr("tags"), Some(&Value::Null));
        let rules = value.get_attr("rules").and_then(Value::as_list).unwrap();
        assert_eq!(
            rules[0],
            Value::object([
                ("port", Value::from(443)),
                ("cidr", Value::from("0.0.0.0/0"))
            ])
        );
        assert_eq!(
            rules[1],
            Value::object([("port", Value::from(80)), ("cidr", Value::Null)])
        );
        assert_eq!(
            value.get_attr("ports"),
            Some(&Value::Set(vec![Value::from(1.5), Value::from(0.1)]))
        );
        assert_eq!(
            value.get_attr("extra"),
            Some(&Value::List(vec![Value::from("a"), Value::from("b")]))
        );
        assert!(value.get_attr("removed_in_v2").is_none());
    }

    #[test]
    fn json_round_trips() {
        let value = Value::object([
            ("id", Value::from("i-1")),
            (
                "count",
                Value::Number(Number::parse("0.30000000000000004441").unwrap()),
            ),
            ("enabled", Value::from(true)),
            (
                "tags",
                Value::map([("env", Value::from("prod")), ("empty", Value::from(""))]),
            ),
            (
                "rules",
                Value::list([Value::object([
                    ("port", Value::from(22)),
                    ("cidr", Value::Null),
                ])]),
            ),
            ("ports", Value::set([Value::from(1), Value::from(2)])),
            ("pair", Value::tuple([Value::from("p"), Value::from(-1)])),
            (
                "extra",
                Value::object([("nested", Value::list([Value::from(1.25)]))]),
            ),
        ]);
        let ty = state_type();
        let bytes = encode_json(&value, &ty).unwrap();
        assert_eq!(decode_json(&bytes, &ty).unwrap(), value);
        // serde_json agrees that it is JSON.
        let _: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    }

    #[test]
    fn json_encoding_details() {
        let ty = Type::object([("a", Type::Number), ("b", Type::Dynamic)]);
        let value = Value::object([("a", Value::Number(Number::from_f64(f64::INFINITY).unwrap()))]);
        assert_eq!(
            encode_json(&value, &ty).unwrap(),
            br#"{"a":"+Inf","b":null}"#
        );
        let value = Value::object([("b", Value::from("x"))]);
        assert_eq!(
            encode_json(&value, &ty).unwrap(),
            br#"{"a":null,"b":{"value":"x","type":"string"}}"#
        );
        let unknown = Value::object([("a", Value::Unknown)]);
        let err = encode_json(&unknown, &ty).unwrap_err();
        assert_eq!(
            err,
            ValueError::Unknown {
                path: AttributePath::attr("a")
            }
        );
        let extra = Value::object([("zzz", Value::from(1))]);
        assert!(matches!(
            encode_json(&extra, &ty),
            Err(ValueError::UnsupportedAttribute { .. })
        ));
    }

    #[test]
    fn json_primitive_conversions_and_errors() {
        assert_eq!(
            decode_json(b"\"5\"", &Type::Number).unwrap(),
            Value::from(5)
        );
        assert_eq!(
            decode_json(b"\"true\"", &Type::Bool).unwrap(),
            Value::from(true)
        );
        assert_eq!(
            decode_json(b"1.50", &Type::String).unwrap(),
            Value::from("1.50")
        );
        assert_eq!(
            decode_json(b"false", &Type::String).unwrap(),
            Value::from("false")
        );
        let ty = Type::object([("a", Type::list(Type::Bool))]);
        let err = decode_json(br#"{"a": [true, 3]}"#, &ty).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at .a[1]: invalid JSON: expected bool, found number"
        );
        assert!(decode_json(br#"{"a": [true]} x"#, &ty).is_err());
        assert!(decode_json(b"[1,2,3]", &Type::tuple([Type::Number])).is_err());
        assert!(decode_json(br#"{"value": 1}"#, &Type::Dynamic).is_err());
        assert!(decode_json(b"\"x\"", &Type::Number).is_err());
    }

    #[test]
    fn never_panics_on_damaged_input() {
        let ty = state_type();
        let value = Value::object([
            ("id", Value::from("é\"\\")),
            ("count", Value::from(1.25)),
            (
                "rules",
                Value::list([Value::object([("port", Value::from(1))])]),
            ),
            (
                "extra",
                Value::map([("k", Value::list([Value::from(true)]))]),
            ),
        ]);
        let bytes = encode_json(&value, &ty).unwrap();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for len in 0..bytes.len() {
            let _ = decode_json(&bytes[..len], &ty);
            let _ = Type::from_json(&bytes[..len]);
        }
        for i in 0..bytes.len() {
            for replacement in [
                b'"',
                b'\\',
                b'{',
                b']',
                b'-',
                b'e',
                b'u',
                0x00,
                0xc3,
                0xff,
                next() as u8,
            ] {
                let mut damaged = bytes.clone();
                damaged[i] = replacement;
                let _ = decode_json(&damaged, &ty);
                let _ = decode_json(&damaged, &Type::Dynamic);
            }
        }
        let alphabet = b"[]{}\",:0123456789.eE+-tfnul\\ \"abc";
        for _ in 0..5000 {
            let len = (next() % 30) as usize;
            let garbage: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let _ = decode_json(&garbage, &ty);
            let _ = decode_json(&garbage, &Type::Dynamic);
            let _ = Type::from_json(&garbage);
        }
    }
}
