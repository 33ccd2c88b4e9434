//! Typed reading of values through serde: [`from_value`].

use std::collections::btree_map;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess,
    Visitor,
};

use super::error::ValueError;
use super::number::Number;
use super::values::Value;
use crate::path::AttributePath;

/// Reads a `T` out of a value through serde.
///
/// - Objects and maps read as structs and maps; lists, sets and tuples as
///   sequences; strings as strings and unit enum variants; a single-attribute
///   object as a data-carrying enum variant.
/// - `Null` reads as `None`, `()` or a unit struct. For struct fields a null
///   attribute counts as absent, so `Option` fields become `None` and
///   `#[serde(default)]` fields their default; a null required field is a
///   "missing field" error.
/// - `Unknown` anywhere it is read gives [`ValueError::Unknown`] naming its
///   path, even for `Option` fields (check with [`ValueError::is_unknown`]);
///   ignored attributes may be unknown.
/// - Numbers read as any integer type that holds them exactly, or as
///   floats; like cty's conversions, a string holding a number reads as a
///   number, and numbers and bools read as strings.
///
/// Errors name the path, e.g. `at .rule[2].expr: expected string, found
/// number`.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, ValueError> {
    T::deserialize(ValueDeserializer {
        value,
        path: AttributePath::root(),
    })
}

struct ValueDeserializer<'de> {
    value: &'de Value,
    path: AttributePath,
}

impl<'de> ValueDeserializer<'de> {
    fn mismatch(&self, expected: &str) -> ValueError {
        if self.value.is_unknown() {
            return self.unknown();
        }
        ValueError::mismatch(&self.path, expected, self.value.kind())
    }

    fn unknown(&self) -> ValueError {
        ValueError::Unknown {
            path: self.path.clone(),
        }
    }

    /// Gives errors raised by visitors (missing fields, out-of-range
    /// integers...) this value's path.
    fn located<T>(&self, result: Result<T, ValueError>) -> Result<T, ValueError> {
        result.map_err(|e| e.or_at(&self.path))
    }

    fn number(&self) -> Result<Number, ValueError> {
        match self.value {
            Value::Number(n) => Ok(n.clone()),
            Value::String(s) => Number::parse(s).map_err(|_| {
                ValueError::mismatch(&self.path, "number", "string that is not a number")
            }),
            _ => Err(self.mismatch("number")),
        }
    }

    fn signed<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        let n = self.number()?;
        match n.as_i64() {
            Some(i) => self.located(visitor.visit_i64(i)),
            None => Err(ValueError::mismatch(
                &self.path,
                "integer in the i64 range",
                format!("number {n}"),
            )),
        }
    }

    fn unsigned<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        let n = self.number()?;
        match n.as_u64() {
            Some(u) => self.located(visitor.visit_u64(u)),
            None => Err(ValueError::mismatch(
                &self.path,
                "integer in the u64 range",
                format!("number {n}"),
            )),
        }
    }

    fn seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::List(items) | Value::Set(items) | Value::Tuple(items) => {
                let access = SeqDeserializer {
                    items: items.iter(),
                    index: 0,
                    path: &self.path,
                };
                self.located(visitor.visit_seq(access))
            }
            _ => Err(self.mismatch("list")),
        }
    }

    fn map<V: Visitor<'de>>(
        self,
        visitor: V,
        skip_nulls: bool,
        expected: &str,
    ) -> Result<V::Value, ValueError> {
        match self.value {
            Value::Map(items) | Value::Object(items) => {
                let access = MapDeserializer {
                    entries: items.iter(),
                    pending: None,
                    path: &self.path,
                    attributes: matches!(self.value, Value::Object(_)),
                    skip_nulls,
                };
                self.located(visitor.visit_map(access))
            }
            _ => Err(self.mismatch(expected)),
        }
    }
}

impl<'de> de::Deserializer<'de> for ValueDeserializer<'de> {
    type Error = ValueError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::Null => self.located(visitor.visit_unit()),
            Value::Unknown => Err(self.unknown()),
            Value::Bool(b) => self.located(visitor.visit_bool(*b)),
            Value::Number(n) => {
                let result = if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else {
                    visitor.visit_f64(n.as_f64())
                };
                self.located(result)
            }
            Value::String(s) => self.located(visitor.visit_borrowed_str(s)),
            Value::List(_) | Value::Set(_) | Value::Tuple(_) => self.seq(visitor),
            Value::Map(_) | Value::Object(_) => self.map(visitor, false, "map"),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::Bool(b) => self.located(visitor.visit_bool(*b)),
            Value::String(s) if s == "true" || s == "false" => {
                self.located(visitor.visit_bool(s == "true"))
            }
            _ => Err(self.mismatch("bool")),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.signed(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.signed(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.signed(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.signed(visitor)
    }

    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.signed(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.unsigned(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.unsigned(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.unsigned(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.unsigned(visitor)
    }

    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.unsigned(visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        let n = self.number()?;
        self.located(visitor.visit_f64(n.as_f64()))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::String(s) => self.located(visitor.visit_borrowed_str(s)),
            Value::Number(n) => self.located(visitor.visit_string(n.to_string())),
            Value::Bool(b) => self.located(visitor.visit_str(if *b { "true" } else { "false" })),
            _ => Err(self.mismatch("string")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::String(s) => self.located(visitor.visit_borrowed_bytes(s.as_bytes())),
            _ => self.seq(visitor),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::Null => self.located(visitor.visit_none()),
            Value::Unknown => Err(self.unknown()),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self.value {
            Value::Null => self.located(visitor.visit_unit()),
            _ => Err(self.mismatch("null")),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.seq(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        self.seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        self.seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.map(visitor, false, "map")
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        self.map(visitor, true, "object")
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        match self.value {
            Value::String(s) => {
                let variant: BorrowedStrDeserializer<'de, ValueError> =
                    BorrowedStrDeserializer::new(s);
                self.located(visitor.visit_enum(variant))
            }
            Value::Map(items) | Value::Object(items) if items.len() == 1 => {
                let Some((name, value)) = items.iter().next() else {
                    return Err(self.mismatch("enum variant"));
                };
                let access = EnumDeserializer {
                    name,
                    value,
                    path: self.path.clone().then_attr(name),
                };
                self.located(visitor.visit_enum(access))
            }
            _ => Err(self.mismatch("string or single-attribute object (enum variant)")),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        // Ignored parts may be anything, unknown included.
        visitor.visit_unit()
    }
}

struct SeqDeserializer<'de, 'p> {
    items: std::slice::Iter<'de, Value>,
    index: usize,
    path: &'p AttributePath,
}

impl<'de> SeqAccess<'de> for SeqDeserializer<'de, '_> {
    type Error = ValueError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ValueError> {
        let Some(value) = self.items.next() else {
            return Ok(None);
        };
        let path = self.path.clone().index(self.index);
        self.index += 1;
        seed.deserialize(ValueDeserializer { value, path })
            .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapDeserializer<'de, 'p> {
    entries: btree_map::Iter<'de, String, Value>,
    pending: Option<(&'de String, &'de Value)>,
    path: &'p AttributePath,
    /// Whether the entries are object attributes (for paths).
    attributes: bool,
    /// Whether null entries are treated as absent (for structs).
    skip_nulls: bool,
}

impl<'de> MapAccess<'de> for MapDeserializer<'de, '_> {
    type Error = ValueError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ValueError> {
        for (key, value) in self.entries.by_ref() {
            if self.skip_nulls && value.is_null() {
                continue;
            }
            self.pending = Some((key, value));
            let key: BorrowedStrDeserializer<'de, ValueError> = BorrowedStrDeserializer::new(key);
            return seed.deserialize(key).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, ValueError> {
        let Some((key, value)) = self.pending.take() else {
            return Err(de::Error::custom("map value requested before its key"));
        };
        let path = if self.attributes {
            self.path.clone().then_attr(key)
        } else {
            self.path.clone().key(key)
        };
        seed.deserialize(ValueDeserializer { value, path })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

struct EnumDeserializer<'de> {
    name: &'de str,
    value: &'de Value,
    path: AttributePath,
}

impl<'de> EnumAccess<'de> for EnumDeserializer<'de> {
    type Error = ValueError;
    type Variant = ValueDeserializer<'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), ValueError> {
        let name: BorrowedStrDeserializer<'de, ValueError> =
            BorrowedStrDeserializer::new(self.name);
        let variant = seed.deserialize(name)?;
        Ok((
            variant,
            ValueDeserializer {
                value: self.value,
                path: self.path,
            },
        ))
    }
}

impl<'de> VariantAccess<'de> for ValueDeserializer<'de> {
    type Error = ValueError;

    fn unit_variant(self) -> Result<(), ValueError> {
        match self.value {
            Value::Null => Ok(()),
            _ => Err(self.mismatch("null for a unit variant")),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, ValueError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        self.seq(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ValueError> {
        self.map(visitor, true, "object")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Serialize};

    use super::super::{Type, decode_msgpack, encode_msgpack, to_value};
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Rule {
        expr: String,
        priority: Option<u32>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Mode {
        Fast,
        Careful,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Config {
        name: String,
        count: i64,
        ratio: f64,
        enabled: bool,
        description: Option<String>,
        tags: BTreeMap<String, String>,
        zones: Vec<String>,
        rule: Vec<Rule>,
        mode: Mode,
        #[serde(default)]
        retries: u8,
    }

    fn schema() -> Type {
        Type::object([
            ("name", Type::String),
            ("count", Type::Number),
            ("ratio", Type::Number),
            ("enabled", Type::Bool),
            ("description", Type::String),
            ("tags", Type::map(Type::String)),
            ("zones", Type::set(Type::String)),
            (
                "rule",
                Type::list(Type::object([
                    ("expr", Type::String),
                    ("priority", Type::Number),
                ])),
            ),
            ("mode", Type::String),
            ("retries", Type::Number),
            ("computed_id", Type::String),
        ])
    }

    fn config_value() -> Value {
        Value::object([
            ("name", Value::from("web")),
            ("count", Value::from(3)),
            ("ratio", Value::Number(Number::parse("0.1").unwrap())),
            ("enabled", Value::from(true)),
            ("description", Value::Null),
            ("tags", Value::map([("env", Value::from("prod"))])),
            ("zones", Value::set([Value::from("a"), Value::from("b")])),
            (
                "rule",
                Value::list([
                    Value::object([
                        ("expr", Value::from("x > 1")),
                        ("priority", Value::from(10)),
                    ]),
                    Value::object([("expr", Value::from("y")), ("priority", Value::Null)]),
                ]),
            ),
            ("mode", Value::from("careful")),
            ("retries", Value::Null),
            ("computed_id", Value::Unknown),
        ])
    }

    fn config() -> Config {
        Config {
            name: "web".into(),
            count: 3,
            ratio: 0.1,
            enabled: true,
            description: None,
            tags: BTreeMap::from([("env".into(), "prod".into())]),
            zones: vec!["a".into(), "b".into()],
            rule: vec![
                Rule {
                    expr: "x > 1".into(),
                    priority: Some(10),
                },
                Rule {
                    expr: "y".into(),
                    priority: None,
                },
            ],
            mode: Mode::Careful,
            retries: 0,
        }
    }

    #[test]
    fn reads_structs() {
        // `computed_id` is unknown but not read by `Config`, so it is fine.
        let cfg: Config = from_value(&config_value()).unwrap();
        assert_eq!(cfg, config());
    }

    #[test]
    fn full_round_trip_through_msgpack() {
        let mut state = to_value(&config()).unwrap();
        if let Value::Object(attrs) = &mut state {
            attrs.insert("computed_id".into(), Value::from("id-1"));
        }
        let state = state.conform(&schema()).unwrap();
        let bytes = encode_msgpack(&state, &schema()).unwrap();
        let back = decode_msgpack(&bytes, &schema()).unwrap();
        assert_eq!(back, state);
        assert_eq!(
            back.get_attr("ratio"),
            Some(&Value::Number(Number::parse("0.1").unwrap()))
        );
        let cfg: Config = from_value(&back).unwrap();
        assert_eq!(cfg, config());
    }

    #[test]
    fn unknown_surfaces_as_an_error_with_its_path() {
        let mut v = config_value();
        if let Value::Object(attrs) = &mut v {
            attrs.insert("description".into(), Value::Unknown);
        }
        let err = from_value::<Config>(&v).unwrap_err();
        assert!(err.is_unknown());
        assert_eq!(
            err,
            ValueError::Unknown {
                path: AttributePath::attr("description")
            }
        );

        let v = Value::list([Value::object([("expr", Value::Unknown)])]);
        let err = from_value::<Vec<Rule>>(&v).unwrap_err();
        assert_eq!(err.to_string(), "at [0].expr: value is not known yet");
        assert!(
            from_value::<Option<String>>(&Value::Unknown)
                .unwrap_err()
                .is_unknown()
        );
        assert!(
            from_value::<serde_json::Value>(&Value::Unknown)
                .unwrap_err()
                .is_unknown()
        );
        assert!(from_value::<i64>(&Value::Unknown).unwrap_err().is_unknown());
        assert!(
            from_value::<Vec<String>>(&Value::Unknown)
                .unwrap_err()
                .is_unknown()
        );
    }

    #[test]
    fn errors_name_the_path() {
        let rules = Value::object([(
            "rule",
            Value::list([
                Value::object([("expr", Value::from("a"))]),
                Value::object([("expr", Value::from("b"))]),
                Value::object([("expr", Value::list([]))]),
            ]),
        )]);
        #[derive(Debug, Deserialize)]
        struct Rules {
            #[allow(dead_code)]
            rule: Vec<Rule>,
        }
        let err = from_value::<Rules>(&rules).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at .rule[2].expr: expected string, found list"
        );

        let missing = Value::object([(
            "rule",
            Value::list([Value::object([("expr", Value::Null)])]),
        )]);
        let err = from_value::<Rules>(&missing).unwrap_err();
        assert_eq!(err.to_string(), "at .rule[0]: missing field `expr`");

        let err =
            from_value::<BTreeMap<String, u8>>(&Value::map([("k", Value::from(300))])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at [\"k\"]: invalid value: integer `300`, expected u8"
        );

        let err = from_value::<i64>(&Value::from(1.5)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "at (root): expected integer in the i64 range, found number 1.5"
        );
        let err = from_value::<u64>(&Value::from(-1)).unwrap_err();
        assert!(err.to_string().contains("u64 range"));
        let err = from_value::<Mode>(&Value::object([("tuple", Value::list([]))])).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("at (root): unknown variant `tuple`"),
            "{err}"
        );
    }

    #[test]
    fn loose_primitive_reads() {
        assert_eq!(from_value::<i32>(&Value::from("42")).unwrap(), 42);
        assert_eq!(from_value::<f64>(&Value::from("0.5")).unwrap(), 0.5);
        assert_eq!(from_value::<String>(&Value::from(12)).unwrap(), "12");
        assert_eq!(from_value::<String>(&Value::from(true)).unwrap(), "true");
        assert!(from_value::<bool>(&Value::from("true")).unwrap());
        assert_eq!(from_value::<u64>(&Value::from(u64::MAX)).unwrap(), u64::MAX);
        assert_eq!(
            from_value::<f64>(&Value::from(u64::MAX)).unwrap(),
            u64::MAX as f64
        );
        assert_eq!(from_value::<char>(&Value::from("x")).unwrap(), 'x');
        assert_eq!(from_value::<()>(&Value::Null).unwrap(), ());
        assert_eq!(from_value::<Option<i64>>(&Value::Null).unwrap(), None);
        assert_eq!(from_value::<Option<i64>>(&Value::from(1)).unwrap(), Some(1));
        assert_eq!(
            from_value::<(String, i64)>(&Value::tuple([Value::from("a"), Value::from(1)])).unwrap(),
            ("a".to_owned(), 1)
        );
        // Maps keep null entries; structs treat them as absent.
        assert_eq!(
            from_value::<BTreeMap<String, Option<i64>>>(&Value::map([("a", Value::Null)])).unwrap(),
            BTreeMap::from([("a".to_owned(), None)])
        );
        let json: serde_json::Value =
            from_value(&config_value().get_attr("rule").unwrap().clone()).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{"expr": "x > 1", "priority": 10}, {"expr": "y", "priority": null}])
        );
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    enum Shape {
        Point,
        Circle(f64),
        Rect { w: u32, h: u32 },
        Pair(i8, i8),
    }

    #[test]
    fn enums_both_ways() {
        let shapes = vec![
            Shape::Point,
            Shape::Circle(1.5),
            Shape::Rect { w: 2, h: 3 },
            Shape::Pair(-1, 1),
        ];
        let value = to_value(&shapes).unwrap();
        assert_eq!(
            value,
            Value::list([
                Value::from("Point"),
                Value::object([("Circle", Value::from(1.5))]),
                Value::object([(
                    "Rect",
                    Value::object([("w", Value::from(2)), ("h", Value::from(3))])
                )]),
                Value::object([("Pair", Value::tuple([Value::from(-1), Value::from(1)]))]),
            ])
        );
        assert_eq!(from_value::<Vec<Shape>>(&value).unwrap(), shapes);
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Wrapper(String);

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Unit;

    #[test]
    fn to_value_shapes() {
        assert_eq!(to_value(&Wrapper("x".into())).unwrap(), Value::from("x"));
        assert_eq!(to_value(&Unit).unwrap(), Value::Null);
        assert_eq!(to_value(&()).unwrap(), Value::Null);
        assert_eq!(to_value(&None::<String>).unwrap(), Value::Null);
        assert_eq!(to_value(&Some(1u8)).unwrap(), Value::from(1));
        assert_eq!(
            to_value(&(1, "a")).unwrap(),
            Value::tuple([Value::from(1), Value::from("a")])
        );
        assert_eq!(to_value(&'c').unwrap(), Value::from("c"));
        assert_eq!(
            to_value(&0.1f32).unwrap(),
            Value::Number(Number::parse("0.1").unwrap())
        );
        assert_eq!(to_value(&2.0f64).unwrap(), Value::from(2));
        assert_eq!(
            to_value(&u128::MAX)
                .unwrap()
                .as_number()
                .map(Number::to_string),
            Some(u128::MAX.to_string())
        );
        assert_eq!(
            to_value(&BTreeMap::from([(1, "a"), (2, "b")])).unwrap(),
            Value::map([("1", Value::from("a")), ("2", Value::from("b"))])
        );
        let err = to_value(&BTreeMap::from([((1, 2), "a")])).unwrap_err();
        assert!(err.to_string().contains("map keys must be"), "{err}");
        let err = to_value(&BTreeMap::from([("k", vec![1.0, f64::NAN])])).unwrap_err();
        assert_eq!(err.to_string(), "at [\"k\"][1]: expected number, found NaN");
        assert_eq!(
            from_value::<Wrapper>(&Value::from("x")).unwrap(),
            Wrapper("x".into())
        );
        assert_eq!(from_value::<Unit>(&Value::Null).unwrap(), Unit);
    }

    #[test]
    fn float_values_keep_their_decimal_meaning() {
        for f in [
            0.1,
            1.5,
            -2.75e-10,
            1e300,
            123456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            let value = to_value(&f).unwrap();
            assert_eq!(from_value::<f64>(&value).unwrap(), f);
            let bytes = encode_msgpack(&value, &Type::Number).unwrap();
            let back = decode_msgpack(&bytes, &Type::Number).unwrap();
            assert_eq!(back, value);
            assert_eq!(from_value::<f64>(&back).unwrap(), f);
        }
    }
}
