//! The msgpack wire format of values (`DynamicValue.msgpack`), as cty
//! defines it.

use std::collections::BTreeMap;
use std::convert::Infallible;

use rmp::Marker;
use rmp::decode::Bytes;
use rmp::encode::{ByteBuf, ValueWriteError};

use super::error::ValueError;
use super::number::{Number, WireNumber};
use super::types::Type;
use super::values::Value;
use crate::path::{AttributePath, PathStep};

/// How deeply values may nest while decoding (dynamic values can nest
/// without bound otherwise).
const MAX_DEPTH: usize = 128;

/// The bytes cty writes for a wholly unknown value: fixext1, type 0, one
/// zero byte.
const UNKNOWN_BYTES: [u8; 3] = [0xd4, 0x00, 0x00];

/// Decodes a msgpack value of type `ty`, as Terraform sends it.
///
/// - `nil` is [`Value::Null`]; any msgpack extension is [`Value::Unknown`]
///   (including refined unknowns, extension 12, whose refinements are
///   skipped).
/// - Numbers may come as integers, floats or strings (`"0.1"`,
///   `"1e400"`, `"-Inf"`); all are kept exactly.
/// - Object attributes missing from the input are `Null`; attributes the
///   type does not declare are an error, as in cty.
/// - A `Dynamic` slot is `[type JSON (bin or str), value]`.
///
/// Never panics; malformed input, nesting deeper than 128 levels and trailing
/// bytes give an error.
pub fn decode_msgpack(bytes: &[u8], ty: &Type) -> Result<Value, ValueError> {
    let mut decoder = Decoder {
        input: Bytes::new(bytes),
        total: bytes.len(),
        depth: 0,
    };
    let mut path = AttributePath::root();
    let value = decoder.value(ty, &mut path)?;
    let rest = decoder.input.remaining_slice().len();
    if rest > 0 {
        return Err(decoder.error(&path, &format!("{rest} trailing bytes after the value")));
    }
    Ok(value)
}

/// Encodes `value` as msgpack of type `ty` (the inverse of
/// [`decode_msgpack`]).
///
/// - `Unknown` is written as `d4 00 00`, `Null` as `nil`, anywhere.
/// - Integers are msgpack integers, numbers that are exactly an `f64` are
///   float64, and other numbers (such as the decimal `0.1` or huge integers)
///   are strings holding their exact decimal text, as cty does.
/// - Objects are written with every attribute of the type, missing ones as
///   `nil`; attributes the type does not declare are an error.
/// - A `Dynamic` slot is written as `[type JSON, value]` with the type from
///   [`Value::infer_type`]; a null or unknown there is plain `nil`/unknown.
/// - Lists, sets and tuples are interchangeable as values (all are arrays),
///   as are maps and objects; primitives must match the type (use
///   [`Value::conform`] first to convert).
pub fn encode_msgpack(value: &Value, ty: &Type) -> Result<Vec<u8>, ValueError> {
    let mut out = ByteBuf::new();
    let mut path = AttributePath::root();
    encode(&mut out, value, ty, &mut path)?;
    Ok(out.into_vec())
}

/// Writing into a `ByteBuf` cannot fail; this unwraps that statically.
fn written<T>(result: Result<T, ValueWriteError<Infallible>>) -> T {
    match result {
        Ok(v) => v,
        Err(ValueWriteError::InvalidMarkerWrite(e) | ValueWriteError::InvalidDataWrite(e)) => {
            match e {}
        }
    }
}

fn length(path: &AttributePath, len: usize) -> Result<u32, ValueError> {
    u32::try_from(len).map_err(|_| ValueError::Msgpack {
        path: path.clone(),
        message: format!("collection of {len} elements is too large for msgpack"),
    })
}

fn encode(
    out: &mut ByteBuf,
    value: &Value,
    ty: &Type,
    path: &mut AttributePath,
) -> Result<(), ValueError> {
    match (ty, value) {
        (_, Value::Unknown) => {
            out.as_mut_vec().extend_from_slice(&UNKNOWN_BYTES);
        }
        (_, Value::Null) => {
            let Ok(()) = rmp::encode::write_nil(out);
        }
        (Type::Dynamic, _) => {
            let inner = value.infer_type();
            written(rmp::encode::write_array_len(out, 2));
            written(rmp::encode::write_bin(out, &inner.to_json()));
            encode(out, value, &inner, path)?;
        }
        (Type::Bool, Value::Bool(b)) => {
            let Ok(()) = rmp::encode::write_bool(out, *b);
        }
        (Type::Number, Value::Number(n)) => match n.to_wire() {
            WireNumber::Int(i) => {
                written(rmp::encode::write_sint(out, i));
            }
            WireNumber::UInt(u) => {
                written(rmp::encode::write_uint(out, u));
            }
            WireNumber::Float(f) => written(rmp::encode::write_f64(out, f)),
            WireNumber::Text(text) => written(rmp::encode::write_str(out, &text)),
        },
        (Type::String, Value::String(s)) => written(rmp::encode::write_str(out, s)),
        (
            Type::List(elem) | Type::Set(elem),
            Value::List(items) | Value::Set(items) | Value::Tuple(items),
        ) => {
            written(rmp::encode::write_array_len(
                out,
                length(path, items.len())?,
            ));
            for (i, item) in items.iter().enumerate() {
                path.push_index(i);
                let r = encode(out, item, elem, path);
                path.pop();
                r?;
            }
        }
        (Type::Tuple(elems), Value::List(items) | Value::Set(items) | Value::Tuple(items))
            if elems.len() == items.len() =>
        {
            written(rmp::encode::write_array_len(
                out,
                length(path, items.len())?,
            ));
            for (i, (item, elem)) in items.iter().zip(elems).enumerate() {
                path.push_index(i);
                let r = encode(out, item, elem, path);
                path.pop();
                r?;
            }
        }
        (Type::Map(elem), Value::Map(items) | Value::Object(items)) => {
            written(rmp::encode::write_map_len(out, length(path, items.len())?));
            for (key, item) in items {
                written(rmp::encode::write_str(out, key));
                path.push(PathStep::Key(key.clone()));
                let r = encode(out, item, elem, path);
                path.pop();
                r?;
            }
        }
        (Type::Object(attrs), Value::Object(items) | Value::Map(items)) => {
            if let Some(extra) = items.keys().find(|k| !attrs.contains_key(*k)) {
                return Err(ValueError::UnsupportedAttribute {
                    path: path.clone(),
                    name: extra.clone(),
                });
            }
            written(rmp::encode::write_map_len(out, length(path, attrs.len())?));
            for (name, attr_ty) in attrs {
                written(rmp::encode::write_str(out, name));
                path.push(PathStep::Attr(name.clone()));
                let r = encode(out, items.get(name).unwrap_or(&Value::Null), attr_ty, path);
                path.pop();
                r?;
            }
        }
        _ => return Err(ValueError::mismatch(path, ty.to_string(), value.kind())),
    }
    Ok(())
}

struct Decoder<'a> {
    input: Bytes<'a>,
    total: usize,
    depth: usize,
}

impl<'a> Decoder<'a> {
    fn offset(&self) -> usize {
        self.total - self.input.remaining_slice().len()
    }

    fn error(&self, path: &AttributePath, message: &str) -> ValueError {
        ValueError::Msgpack {
            path: path.clone(),
            message: format!("{message} (at byte {})", self.offset()),
        }
    }

    fn read_error(&self, path: &AttributePath, what: &str) -> ValueError {
        self.error(path, &format!("truncated or malformed {what}"))
    }

    fn peek(&self, path: &AttributePath) -> Result<Marker, ValueError> {
        match self.input.remaining_slice().first() {
            Some(&byte) => Ok(Marker::from_u8(byte)),
            None => Err(self.error(path, "unexpected end of input")),
        }
    }

    /// Takes the next `len` raw bytes.
    fn take(&mut self, len: u32, path: &AttributePath) -> Result<&'a [u8], ValueError> {
        let rest = self.input.remaining_slice();
        let len = len as usize;
        if len > rest.len() {
            return Err(self.error(path, &format!("{len} bytes announced, {} left", rest.len())));
        }
        let (taken, rest) = rest.split_at(len);
        self.input = Bytes::new(rest);
        Ok(taken)
    }

    /// Checks that `count` items of at least `min_size` bytes each can still
    /// follow, so that a forged length cannot make us allocate much.
    fn check_count(
        &self,
        count: u32,
        min_size: usize,
        path: &AttributePath,
    ) -> Result<usize, ValueError> {
        let count = count as usize;
        if count.saturating_mul(min_size) > self.input.remaining_slice().len() {
            return Err(self.error(
                path,
                &format!("{count} elements announced but input is shorter"),
            ));
        }
        Ok(count)
    }

    fn value(&mut self, ty: &Type, path: &mut AttributePath) -> Result<Value, ValueError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error(path, "value nested too deeply"));
        }
        self.depth += 1;
        let result = self.value_inner(ty, path);
        self.depth -= 1;
        result
    }

    fn value_inner(&mut self, ty: &Type, path: &mut AttributePath) -> Result<Value, ValueError> {
        let marker = self.peek(path)?;
        match marker {
            Marker::FixExt1
            | Marker::FixExt2
            | Marker::FixExt4
            | Marker::FixExt8
            | Marker::FixExt16
            | Marker::Ext8
            | Marker::Ext16
            | Marker::Ext32 => {
                // Every extension is an unknown value; the payload (the
                // refinements of extension 12) is skipped unread.
                let meta = rmp::decode::read_ext_meta(&mut self.input)
                    .map_err(|_| self.read_error(path, "extension"))?;
                self.take(meta.size, path)?;
                return Ok(Value::Unknown);
            }
            Marker::Null => {
                self.take(1, path)?;
                return Ok(Value::Null);
            }
            _ => {}
        }
        let kind_error = |this: &Self, path: &AttributePath| {
            this.error(
                path,
                &format!("expected {ty}, found {}", marker_kind(marker)),
            )
        };
        match ty {
            Type::Dynamic => self.dynamic(path),
            Type::Bool => match marker {
                Marker::True | Marker::False => {
                    self.take(1, path)?;
                    Ok(Value::Bool(marker == Marker::True))
                }
                _ => Err(kind_error(self, path)),
            },
            Type::Number => self.number(marker, path).map(Value::Number),
            Type::String => match marker {
                Marker::FixStr(_) | Marker::Str8 | Marker::Str16 | Marker::Str32 => {
                    self.string(path).map(Value::String)
                }
                _ => Err(kind_error(self, path)),
            },
            Type::List(elem) | Type::Set(elem) => {
                let count = self
                    .array_len(marker, path)
                    .ok_or_else(|| kind_error(self, path))??;
                let mut items = Vec::with_capacity(count);
                for i in 0..count {
                    path.push_index(i);
                    let item = self.value(elem, path);
                    path.pop();
                    items.push(item?);
                }
                Ok(if matches!(ty, Type::Set(_)) {
                    Value::Set(items)
                } else {
                    Value::List(items)
                })
            }
            Type::Tuple(elems) => {
                let count = self
                    .array_len(marker, path)
                    .ok_or_else(|| kind_error(self, path))??;
                if count != elems.len() {
                    return Err(self.error(
                        path,
                        &format!("expected {} tuple elements, found {count}", elems.len()),
                    ));
                }
                let mut items = Vec::with_capacity(count);
                for (i, elem) in elems.iter().enumerate() {
                    path.push_index(i);
                    let item = self.value(elem, path);
                    path.pop();
                    items.push(item?);
                }
                Ok(Value::Tuple(items))
            }
            Type::Map(elem) => {
                let count = self
                    .map_len(marker, path)
                    .ok_or_else(|| kind_error(self, path))??;
                let mut items = BTreeMap::new();
                for _ in 0..count {
                    let key = self.key(path)?;
                    path.push(PathStep::Key(key.clone()));
                    let item = self.value(elem, path);
                    path.pop();
                    if items.insert(key, item?).is_some() {
                        return Err(self.error(path, "duplicate map key"));
                    }
                }
                Ok(Value::Map(items))
            }
            Type::Object(attrs) => {
                let count = self
                    .map_len(marker, path)
                    .ok_or_else(|| kind_error(self, path))??;
                let mut items = BTreeMap::new();
                for _ in 0..count {
                    let name = self.key(path)?;
                    let Some(attr_ty) = attrs.get(&name) else {
                        return Err(ValueError::UnsupportedAttribute {
                            path: path.clone(),
                            name,
                        });
                    };
                    path.push(PathStep::Attr(name.clone()));
                    let item = self.value(attr_ty, path);
                    path.pop();
                    if items.insert(name, item?).is_some() {
                        return Err(self.error(path, "duplicate attribute"));
                    }
                }
                for name in attrs.keys() {
                    if !items.contains_key(name) {
                        items.insert(name.clone(), Value::Null);
                    }
                }
                Ok(Value::Object(items))
            }
        }
    }

    /// `[type JSON, value]`.
    fn dynamic(&mut self, path: &mut AttributePath) -> Result<Value, ValueError> {
        let marker = self.peek(path)?;
        let count = self
            .array_len(marker, path)
            .ok_or_else(|| self.error(path, "a dynamic value must be a [type, value] array"))??;
        if count != 2 {
            return Err(self.error(path, "a dynamic value must be a [type, value] array"));
        }
        let type_json = self.bytes_or_str(path)?;
        let ty = Type::from_json(type_json).map_err(|e| self.error(path, &e.to_string()))?;
        self.value(&ty, path)
    }

    /// Reads an array header if `marker` is one (`None` if it is not).
    fn array_len(
        &mut self,
        marker: Marker,
        path: &AttributePath,
    ) -> Option<Result<usize, ValueError>> {
        if !matches!(
            marker,
            Marker::FixArray(_) | Marker::Array16 | Marker::Array32
        ) {
            return None;
        }
        Some(
            rmp::decode::read_array_len(&mut self.input)
                .map_err(|_| self.read_error(path, "array"))
                .and_then(|count| self.check_count(count, 1, path)),
        )
    }

    /// Reads a map header if `marker` is one (`None` if it is not).
    fn map_len(
        &mut self,
        marker: Marker,
        path: &AttributePath,
    ) -> Option<Result<usize, ValueError>> {
        if !matches!(marker, Marker::FixMap(_) | Marker::Map16 | Marker::Map32) {
            return None;
        }
        Some(
            rmp::decode::read_map_len(&mut self.input)
                .map_err(|_| self.read_error(path, "map"))
                .and_then(|count| self.check_count(count, 2, path)),
        )
    }

    fn key(&mut self, path: &AttributePath) -> Result<String, ValueError> {
        match self.peek(path)? {
            Marker::FixStr(_) | Marker::Str8 | Marker::Str16 | Marker::Str32 => self.string(path),
            other => Err(self.error(
                path,
                &format!("map keys must be strings, found {}", marker_kind(other)),
            )),
        }
    }

    /// Reads a str value (the marker is known to be one).
    fn string(&mut self, path: &AttributePath) -> Result<String, ValueError> {
        let len = rmp::decode::read_str_len(&mut self.input)
            .map_err(|_| self.read_error(path, "string"))?;
        let raw = self.take(len, path)?;
        match std::str::from_utf8(raw) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(self.error(path, "string is not valid UTF-8")),
        }
    }

    /// Reads a str or bin value's raw bytes.
    fn bytes_or_str(&mut self, path: &AttributePath) -> Result<&'a [u8], ValueError> {
        let len = match self.peek(path)? {
            Marker::FixStr(_) | Marker::Str8 | Marker::Str16 | Marker::Str32 => {
                rmp::decode::read_str_len(&mut self.input)
                    .map_err(|_| self.read_error(path, "string"))?
            }
            Marker::Bin8 | Marker::Bin16 | Marker::Bin32 => {
                rmp::decode::read_bin_len(&mut self.input)
                    .map_err(|_| self.read_error(path, "binary"))?
            }
            other => {
                return Err(self.error(
                    path,
                    &format!("expected a type as bytes, found {}", marker_kind(other)),
                ));
            }
        };
        self.take(len, path)
    }

    fn number(&mut self, marker: Marker, path: &AttributePath) -> Result<Number, ValueError> {
        match marker {
            Marker::FixPos(_)
            | Marker::FixNeg(_)
            | Marker::I8
            | Marker::I16
            | Marker::I32
            | Marker::I64
            | Marker::U8
            | Marker::U16
            | Marker::U32 => rmp::decode::read_int::<i64, _>(&mut self.input)
                .map(Number::from_i64)
                .map_err(|_| self.read_error(path, "integer")),
            Marker::U64 => rmp::decode::read_int::<u64, _>(&mut self.input)
                .map(Number::from_u64)
                .map_err(|_| self.read_error(path, "integer")),
            Marker::F32 | Marker::F64 => {
                let f = if marker == Marker::F32 {
                    rmp::decode::read_f32(&mut self.input).map(f64::from)
                } else {
                    rmp::decode::read_f64(&mut self.input)
                }
                .map_err(|_| self.read_error(path, "float"))?;
                Number::from_f64_exact(f).ok_or_else(|| self.error(path, "NaN is not a number"))
            }
            Marker::FixStr(_) | Marker::Str8 | Marker::Str16 | Marker::Str32 => {
                let text = self.string(path)?;
                Number::parse(&text).map_err(|_| self.error(path, "string does not hold a number"))
            }
            other => Err(self.error(
                path,
                &format!("expected number, found {}", marker_kind(other)),
            )),
        }
    }
}

fn marker_kind(marker: Marker) -> &'static str {
    match marker {
        Marker::FixPos(_)
        | Marker::FixNeg(_)
        | Marker::U8
        | Marker::U16
        | Marker::U32
        | Marker::U64
        | Marker::I8
        | Marker::I16
        | Marker::I32
        | Marker::I64 => "integer",
        Marker::F32 | Marker::F64 => "float",
        Marker::FixStr(_) | Marker::Str8 | Marker::Str16 | Marker::Str32 => "string",
        Marker::Bin8 | Marker::Bin16 | Marker::Bin32 => "binary",
        Marker::FixArray(_) | Marker::Array16 | Marker::Array32 => "array",
        Marker::FixMap(_) | Marker::Map16 | Marker::Map32 => "map",
        Marker::True | Marker::False => "bool",
        Marker::Null => "nil",
        Marker::Reserved => "reserved byte 0xc1",
        _ => "extension",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// msgpack fixstr / str8 for `s`.
    fn s(text: &str) -> Vec<u8> {
        let mut out = ByteBuf::new();
        written(rmp::encode::write_str(&mut out, text));
        out.into_vec()
    }

    fn cat(parts: &[&[u8]]) -> Vec<u8> {
        parts.concat()
    }

    fn num(text: &str) -> Value {
        Value::Number(Number::parse(text).unwrap())
    }

    #[test]
    fn unknowns_as_terraform_sends_them() {
        for ty in [
            Type::String,
            Type::Number,
            Type::list(Type::Bool),
            Type::Dynamic,
        ] {
            assert_eq!(
                decode_msgpack(&[0xd4, 0x00, 0x00], &ty).unwrap(),
                Value::Unknown
            );
            // Refined: not null.
            assert_eq!(
                decode_msgpack(&[0xc7, 0x03, 0x0c, 0x81, 0x01, 0xc2], &ty).unwrap(),
                Value::Unknown
            );
            // Refined: not null, string prefix "abc".
            let prefix = [
                0xc7, 0x08, 0x0c, 0x82, 0x01, 0xc2, 0x02, 0xa3, b'a', b'b', b'c',
            ];
            assert_eq!(decode_msgpack(&prefix, &ty).unwrap(), Value::Unknown);
            // Refined: number lower bound [1, inclusive].
            let bound = [0xc7, 0x05, 0x0c, 0x81, 0x03, 0x92, 0x01, 0xc3];
            assert_eq!(decode_msgpack(&bound, &ty).unwrap(), Value::Unknown);
            // Other extension shapes, even with garbage payloads.
            for ext in [
                &[0xd5, 0x0c, 0xff, 0xff][..],
                &[0xc7, 0x00, 0x00],
                &[0xc8, 0x00, 0x01, 0x05, 0xc1],
            ] {
                assert_eq!(decode_msgpack(ext, &ty).unwrap(), Value::Unknown);
            }
        }
        let ty = Type::object([("id", Type::String), ("n", Type::Number)]);
        let bytes = cat(&[
            &[0x82],
            &s("id"),
            &[0xc7, 0x03, 0x0c, 0x81, 0x01, 0xc2],
            &s("n"),
            &[0xc0],
        ]);
        assert_eq!(
            decode_msgpack(&bytes, &ty).unwrap(),
            Value::object([("id", Value::Unknown), ("n", Value::Null)])
        );
    }

    #[test]
    fn numbers_in_every_wire_form() {
        let cases: &[(&[u8], Value)] = &[
            (&[0x07], Value::from(7)),
            (&[0xff], Value::from(-1)),
            (&[0xcc, 0xff], Value::from(255)),
            (&[0xd0, 0x80], Value::from(-128)),
            (&[0xcd, 0x01, 0xbb], Value::from(443)),
            (
                &[0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
                Value::from(u64::MAX),
            ),
            (&[0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0], Value::from(i64::MIN)),
            (&[0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0], Value::from(1.5)),
            (&[0xca, 0x3f, 0xc0, 0, 0], Value::from(1.5)),
            (&[0xa3, b'1', b'.', b'5'], Value::from(1.5)),
            (&[0xa3, b'0', b'.', b'1'], num("0.1")),
            (&[0xa4, b'-', b'I', b'n', b'f'], num("-Infinity")),
            (
                &[0xa8, b'I', b'n', b'f', b'i', b'n', b'i', b't', b'y'],
                num("+Inf"),
            ),
            (&[0xa5, b'1', b'e', b'4', b'0', b'0'], num("1e400")),
        ];
        for (bytes, want) in cases {
            assert_eq!(
                &decode_msgpack(bytes, &Type::Number).unwrap(),
                want,
                "{bytes:02x?}"
            );
        }
        // A float64 carries its exact binary value.
        let tenth = decode_msgpack(
            &[0xcb, 0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a],
            &Type::Number,
        )
        .unwrap();
        assert_eq!(tenth, Value::Number(Number::from_f64_exact(0.1).unwrap()));
        assert_ne!(tenth, num("0.1"));
        assert!(decode_msgpack(&[0xa1, b'x'], &Type::Number).is_err());
        assert!(decode_msgpack(&[0xcb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1], &Type::Number).is_err());
    }

    #[test]
    fn number_encoding() {
        let enc = |v: Value| encode_msgpack(&v, &Type::Number).unwrap();
        assert_eq!(enc(Value::from(5)), [0x05]);
        assert_eq!(enc(Value::from(-300)), [0xd1, 0xfe, 0xd4]);
        assert_eq!(
            enc(Value::from(u64::MAX)),
            [0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
        );
        assert_eq!(enc(Value::from(1.5)), [0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0]);
        assert_eq!(enc(num("0.1")), [0xa3, b'0', b'.', b'1']);
        assert_eq!(enc(Value::from(0.1)), [0xa3, b'0', b'.', b'1']);
        assert_eq!(enc(num("1e400")), cat(&[&s("1e400")]));
        assert_eq!(enc(num("-Inf")), [0xcb, 0xff, 0xf0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(
            enc(Value::Number(Number::from_f64_exact(0.1).unwrap())),
            [0xcb, 0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a]
        );
    }

    #[test]
    fn dynamic_values() {
        let type_json = br#""string""#;
        let with_bin = cat(&[&[0x92, 0xc4, type_json.len() as u8], type_json, &s("hello")]);
        let with_str = cat(&[&[0x92], &s(r#""string""#), &s("hello")]);
        for bytes in [&with_bin, &with_str] {
            assert_eq!(
                decode_msgpack(bytes, &Type::Dynamic).unwrap(),
                Value::from("hello")
            );
        }
        let list_json = br#"["list","number"]"#;
        let list = cat(&[
            &[0x92, 0xc4, list_json.len() as u8],
            list_json,
            &[0x92, 0x01, 0x02],
        ]);
        assert_eq!(
            decode_msgpack(&list, &Type::Dynamic).unwrap(),
            Value::list([Value::from(1), Value::from(2)])
        );
        assert_eq!(
            encode_msgpack(
                &Value::list([Value::from(1), Value::from(2)]),
                &Type::Dynamic
            )
            .unwrap(),
            list
        );
        assert_eq!(
            encode_msgpack(&Value::from("hello"), &Type::Dynamic).unwrap(),
            with_bin
        );
        // Null and unknown in a dynamic slot are plain.
        assert_eq!(
            encode_msgpack(&Value::Null, &Type::Dynamic).unwrap(),
            [0xc0]
        );
        assert_eq!(
            encode_msgpack(&Value::Unknown, &Type::Dynamic).unwrap(),
            UNKNOWN_BYTES
        );
        assert_eq!(
            decode_msgpack(&[0xc0], &Type::Dynamic).unwrap(),
            Value::Null
        );
        // Malformed wrappers.
        for bad in [
            &[0x91, 0xa0][..],
            &[0x92, 0x01, 0x01],
            &[0x92, 0xa3, b'x', b'y', b'z', 0x01],
            &[0x01],
        ] {
            assert!(decode_msgpack(bad, &Type::Dynamic).is_err(), "{bad:02x?}");
        }
    }

    fn rule_type() -> Type {
        Type::object([
            ("name", Type::String),
            (
                "rules",
                Type::list(Type::object([
                    ("cidr", Type::String),
                    ("port", Type::Number),
                ])),
            ),
        ])
    }

    #[test]
    fn nested_object_with_list_of_objects() {
        let bytes = cat(&[
            &[0x82],
            &s("name"),
            &s("web"),
            &s("rules"),
            &[0x92],
            &[0x82],
            &s("cidr"),
            &s("0.0.0.0/0"),
            &s("port"),
            &[0xcd, 0x01, 0xbb],
            // Second rule: attributes in another order, port unknown.
            &[0x82],
            &s("port"),
            &[0xd4, 0x00, 0x00],
            &s("cidr"),
            &[0xc0],
        ]);
        let value = decode_msgpack(&bytes, &rule_type()).unwrap();
        let want = Value::object([
            ("name", Value::from("web")),
            (
                "rules",
                Value::list([
                    Value::object([
                        ("cidr", Value::from("0.0.0.0/0")),
                        ("port", Value::from(443)),
                    ]),
                    Value::object([("cidr", Value::Null), ("port", Value::Unknown)]),
                ]),
            ),
        ]);
        assert_eq!(value, want);
        // Re-encoding writes attributes in sorted order, which for this
        // input differs only in the second rule.
        let again = encode_msgpack(&value, &rule_type()).unwrap();
        assert_eq!(decode_msgpack(&again, &rule_type()).unwrap(), want);
    }

    #[test]
    fn object_attribute_rules() {
        let ty = rule_type();
        // Missing attributes decode as null.
        let bytes = cat(&[&[0x81], &s("name"), &s("x")]);
        assert_eq!(
            decode_msgpack(&bytes, &ty).unwrap(),
            Value::object([("name", Value::from("x")), ("rules", Value::Null)])
        );
        // Undeclared attributes are errors.
        let bytes = cat(&[&[0x81], &s("nope"), &[0xc0]]);
        let err = decode_msgpack(&bytes, &ty).unwrap_err();
        assert_eq!(err.to_string(), "at (root): unsupported attribute \"nope\"");
        // Errors name the path.
        let bytes = cat(&[&[0x81], &s("rules"), &[0x91, 0x81], &s("port"), &s("x")]);
        let err = decode_msgpack(&bytes, &ty).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("at .rules[0].port: invalid msgpack"),
            "{err}"
        );
        // Encoding fills in missing attributes and rejects unknown ones.
        let partial = Value::object([("name", Value::from("x"))]);
        let bytes = encode_msgpack(&partial, &ty).unwrap();
        assert_eq!(
            bytes,
            cat(&[&[0x82], &s("name"), &s("x"), &s("rules"), &[0xc0]])
        );
        let extra = Value::object([("zzz", Value::from("x"))]);
        assert!(matches!(
            encode_msgpack(&extra, &ty),
            Err(ValueError::UnsupportedAttribute { .. })
        ));
        let wrong = Value::object([("name", Value::from(1))]);
        let err = encode_msgpack(&wrong, &ty).unwrap_err();
        assert_eq!(err.to_string(), "at .name: expected string, found number");
    }

    #[test]
    fn rejects_trailing_bytes_and_wrong_kinds() {
        assert!(decode_msgpack(&[0xc3], &Type::Bool).is_ok());
        let err = decode_msgpack(&[0xc3, 0x00], &Type::Bool).unwrap_err();
        assert!(err.to_string().contains("1 trailing bytes"), "{err}");
        assert!(decode_msgpack(&[], &Type::Bool).is_err());
        assert!(decode_msgpack(&[0x01], &Type::Bool).is_err());
        assert!(decode_msgpack(&[0x01], &Type::String).is_err());
        assert!(decode_msgpack(&[0x91, 0x01], &Type::map(Type::Number)).is_err());
        assert!(decode_msgpack(&[0x92, 0x01, 0x02], &Type::tuple([Type::Number])).is_err());
        assert!(decode_msgpack(&[0x81, 0x01, 0x01], &Type::map(Type::Number)).is_err());
        assert!(decode_msgpack(&[0xa2, 0xff, 0xfe], &Type::String).is_err());
        // A forged huge length fails fast instead of allocating.
        assert!(decode_msgpack(&[0xdd, 0xff, 0xff, 0xff, 0xff], &Type::list(Type::Bool)).is_err());
        assert!(decode_msgpack(&[0xdf, 0xff, 0xff, 0xff, 0xff], &Type::map(Type::Bool)).is_err());
        // Duplicate keys.
        let dup = cat(&[&[0x82], &s("a"), &[0x01], &s("a"), &[0x02]]);
        assert!(decode_msgpack(&dup, &Type::map(Type::Number)).is_err());
        assert!(decode_msgpack(&dup, &Type::object([("a", Type::Number)])).is_err());
    }

    /// Values of every type, each paired with its type.
    fn samples() -> Vec<(Value, Type)> {
        let obj_ty = Type::object([
            ("b", Type::Bool),
            ("n", Type::Number),
            ("s", Type::String),
            ("d", Type::Dynamic),
            ("l", Type::list(Type::String)),
            ("set", Type::set(Type::Number)),
            ("m", Type::map(Type::list(Type::Bool))),
            (
                "t",
                Type::tuple([Type::String, Type::Number, Type::Dynamic]),
            ),
            ("o", Type::object([("inner", Type::String)])),
        ]);
        let obj = Value::object([
            ("b", Value::from(true)),
            ("n", num("-12345678901234567890.125")),
            ("s", Value::from("héllo \u{0} wörld")),
            (
                "d",
                Value::object([("x", Value::list([Value::from(1.25), Value::Null]))]),
            ),
            (
                "l",
                Value::list([Value::from("a"), Value::Unknown, Value::Null]),
            ),
            ("set", Value::set([Value::from(1), Value::from(2)])),
            (
                "m",
                Value::map([
                    ("k", Value::list([Value::from(false)])),
                    ("e", Value::list([])),
                ]),
            ),
            (
                "t",
                Value::tuple([Value::from("x"), Value::from(3), Value::from(true)]),
            ),
            ("o", Value::Null),
        ]);
        vec![
            (Value::from(true), Type::Bool),
            (Value::from(false), Type::Bool),
            (Value::from(0), Type::Number),
            (Value::from(i64::MIN), Type::Number),
            (Value::from(u64::MAX), Type::Number),
            (num("0.1"), Type::Number),
            (num("1e-400"), Type::Number),
            (num("+Inf"), Type::Number),
            (
                Value::Number(Number::from_f64_exact(1e300).unwrap()),
                Type::Number,
            ),
            (Value::from(""), Type::String),
            (Value::from("x".repeat(70_000)), Type::String),
            (
                Value::list((0..20).map(Value::from)),
                Type::list(Type::Number),
            ),
            (Value::list([]), Type::list(Type::String)),
            (
                Value::set([Value::from("a"), Value::from("b")]),
                Type::set(Type::String),
            ),
            (
                Value::map([("a", Value::from(1)), ("b", Value::Null)]),
                Type::map(Type::Number),
            ),
            (
                Value::tuple([Value::from(1), Value::from("x")]),
                Type::tuple([Type::Number, Type::String]),
            ),
            (Value::tuple([]), Type::tuple([])),
            (Value::object::<&str>([]), Type::object::<&str>([])),
            (Value::from("dyn"), Type::Dynamic),
            (
                Value::map([("a", Value::from(1)), ("b", Value::from("x"))]),
                Type::Dynamic,
            ),
            (
                Value::list([Value::list([Value::from(1)]), Value::list([])]),
                Type::Dynamic,
            ),
            (Value::Null, Type::list(Type::String)),
            (Value::Unknown, Type::object([("a", Type::String)])),
            (obj.clone(), obj_ty.clone()),
            (Value::list([obj.clone(), obj]), Type::list(obj_ty)),
        ]
    }

    #[test]
    fn round_trips() {
        for (value, ty) in samples() {
            let bytes = encode_msgpack(&value, &ty).unwrap();
            let back = decode_msgpack(&bytes, &ty).unwrap_or_else(|e| panic!("{ty}: {e}"));
            // In a dynamic slot a value comes back shaped by its inferred
            // type (a map of mixed values as an object, say).
            let want = match ty {
                Type::Dynamic => value.clone().conform(&value.infer_type()).unwrap(),
                _ => value.clone(),
            };
            assert_eq!(back, want, "{ty}");
            assert_eq!(encode_msgpack(&back, &ty).unwrap(), bytes, "{ty}");
        }
    }

    /// A small deterministic pseudo-random generator (xorshift64*).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
    }

    #[test]
    fn never_panics_on_damaged_input() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let samples: Vec<(Value, Type)> = samples()
            .into_iter()
            .filter(|(v, _)| !matches!(v, Value::String(s) if s.len() > 1000))
            .collect();
        let mut checked = 0usize;
        for (value, ty) in &samples {
            let bytes = encode_msgpack(value, ty).unwrap();
            // Every truncation: must fail (or, rarely, decode) without panic.
            for len in 0..bytes.len() {
                let _ = decode_msgpack(&bytes[..len], ty);
                let _ = decode_msgpack(&bytes[..len], &Type::Dynamic);
                checked += 2;
            }
            // Every byte replaced by a few interesting and random values.
            for i in 0..bytes.len() {
                for replacement in [0x00, 0xc0, 0xc1, 0xd4, 0xdd, 0xdf, 0xff, rng.next() as u8] {
                    let mut damaged = bytes.clone();
                    damaged[i] = replacement;
                    let _ = decode_msgpack(&damaged, ty);
                    checked += 1;
                }
            }
        }
        // Random garbage against every sample type.
        for _ in 0..3000 {
            let len = (rng.next() % 40) as usize;
            let garbage: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            for (_, ty) in &samples {
                let _ = decode_msgpack(&garbage, ty);
                checked += 1;
            }
        }
        assert!(checked > 50_000, "{checked}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let layer = cat(&[&[0x92], &s(r#""dynamic""#)]);
        let mut bytes = layer.repeat(100_000);
        bytes.push(0x01);
        let err = decode_msgpack(&bytes, &Type::Dynamic).unwrap_err();
        assert!(err.to_string().contains("nested too deeply"), "{err}");
        let list_json = br#"["list","dynamic"]"#;
        let layer = cat(&[&[0x92, 0xc4, list_json.len() as u8], list_json, &[0x91]]);
        let mut bytes = layer.repeat(100_000);
        bytes.push(0xc0);
        assert!(decode_msgpack(&bytes, &Type::Dynamic).is_err());
        // Moderate nesting is fine.
        let layer = cat(&[&[0x92], &s(r#""dynamic""#)]);
        let mut bytes = layer.repeat(50);
        bytes.extend(cat(&[&[0x92], &s(r#""bool""#), &[0xc3]]));
        assert_eq!(
            decode_msgpack(&bytes, &Type::Dynamic).unwrap(),
            Value::from(true)
        );
    }
}
