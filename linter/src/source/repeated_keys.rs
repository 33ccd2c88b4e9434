//! Object constructors with a repeated key, parsed as Terraform reads them.
//!
//! Terraform accepts `{ a = 1, a = 2 }` and keeps the last value (such
//! constructors appear in official Google modules); `hcl-edit` rejects the
//! second key. On that error the second key is replaced in a copy of the text
//! by a placeholder identifier of the same length, so every span still points
//! into the original text, and parsing is retried. Afterwards each
//! placeholder's value replaces the value of the first key of its name, which
//! keeps that key's span, and the placeholder is removed.

use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, Object, ObjectKey};
use hcl_edit::parser::Error;
use hcl_edit::structure::Body;
use hcl_edit::visit_mut::{VisitMut, visit_object_mut};
use hcl_edit::{Decorated, Ident};

/// Retries allowed for one file (each a parse), so a pathological file
/// costs a bounded time.
const MAX_ATTEMPTS: usize = 256;

const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789";

/// Parses a body; a repeated object key keeps its last value. Any other
/// error is the parser's, for the original text.
pub(crate) fn parse_body(text: &str) -> Result<Body, Error> {
    let first = match hcl_edit::parser::parse_body(text) {
        Ok(body) => return Ok(body),
        Err(err) => err,
    };
    let mut work = text.to_owned();
    // (offset of a replaced key, the key it stands for, candidate number)
    let mut replaced: Vec<(usize, ObjectKey, usize)> = Vec::new();
    let mut err = first.clone();
    for _ in 0..MAX_ATTEMPTS {
        if !err.message().contains("redefined object key") {
            return Err(first);
        }
        let offset = err.location().offset();
        let attempt = match replaced.last_mut() {
            // The placeholder itself collided with a key: try the next one.
            Some((at, _, attempt)) if *at == offset => {
                *attempt += 1;
                *attempt
            }
            _ => {
                let Some((range, key)) = key_at(text, offset) else {
                    return Err(first);
                };
                debug_assert_eq!(range.start, offset);
                replaced.push((offset, key, 0));
                0
            }
        };
        let Some(range) = key_at(text, offset).map(|(r, _)| r) else {
            return Err(first);
        };
        let Some(placeholder) = placeholder(range.len(), attempt) else {
            return Err(first);
        };
        work.replace_range(range, &placeholder);
        match hcl_edit::parser::parse_body(&work) {
            Ok(mut body) => {
                let mut merge = Merge {
                    replaced: replaced.into_iter().map(|(at, key, _)| (at, key)).collect(),
                };
                merge.visit_body_mut(&mut body);
                return Ok(body);
            }
            Err(next) => err = next,
        }
    }
    Err(first)
}

/// The key written at `offset` of the original text: an identifier, or a
/// quoted string without escapes or templates.
fn key_at(text: &str, offset: usize) -> Option<(Range<usize>, ObjectKey)> {
    let rest = text.get(offset..)?;
    if let Some(quoted) = rest.strip_prefix('"') {
        let end = quoted.find('"')?;
        let inner = &quoted[..end];
        if inner.contains(['\\', '\n']) || inner.contains("${") || inner.contains("%{") {
            return None;
        }
        let key = ObjectKey::Expression(Expression::String(Decorated::new(inner.to_owned())));
        return Some((offset..offset + end + 2, key));
    }
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let name = &rest[..len];
    if !name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        return None;
    }
    Some((
        offset..offset + len,
        ObjectKey::Ident(Decorated::new(Ident::new(name))),
    ))
}

/// The `attempt`th identifier of `len` ASCII characters, if there is one.
fn placeholder(len: usize, attempt: usize) -> Option<String> {
    if len == 0 {
        return None;
    }
    let mut n = attempt;
    let mut out = Vec::with_capacity(len);
    out.push(FIRST[n % FIRST.len()]);
    n /= FIRST.len();
    for _ in 1..len {
        out.push(REST[n % REST.len()]);
        n /= REST.len();
    }
    if n > 0 {
        return None; // every identifier of this length is taken
    }
    String::from_utf8(out).ok()
}

/// Moves each placeholder's value onto the first key it stands for.
struct Merge {
    replaced: Vec<(usize, ObjectKey)>,
}

impl VisitMut for Merge {
    fn visit_object_mut(&mut self, node: &mut Object) {
        visit_object_mut(self, node);
        let mut found: Vec<(usize, ObjectKey)> = node
            .iter()
            .filter_map(|(key, _)| {
                let at = key.span()?.start;
                self.replaced
                    .iter()
                    .any(|(offset, _)| *offset == at)
                    .then(|| (at, key.clone()))
            })
            .collect();
        // In source order, so the last value is the one kept.
        found.sort_by_key(|(at, _)| *at);
        for (at, placeholder) in found {
            let Some(original) = self
                .replaced
                .iter()
                .find(|(offset, _)| *offset == at)
                .map(|(_, key)| key.clone())
            else {
                continue;
            };
            if let Some(value) = node.remove(&placeholder) {
                // An equal key keeps its place and span; the value changes.
                node.insert(original, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(body: &Body) -> &Object {
        let attr = body.get_attribute("x").expect("x");
        match &attr.value {
            Expression::Object(object) => object,
            other => panic!("not an object: {other:?}"),
        }
    }

    fn entries(object: &Object) -> Vec<(String, String)> {
        object
            .iter()
            .map(|(k, v)| {
                let key = match k {
                    ObjectKey::Ident(i) => i.as_str().to_owned(),
                    ObjectKey::Expression(e) => e.to_string().trim().to_owned(),
                };
                (key, v.expr().to_string().trim().to_owned())
            })
            .collect()
    }

    #[test]
    fn the_last_value_wins_and_spans_point_into_the_original() {
        let text = "x = {\n  a = 1\n  b = 2\n  a = 3\n  \"b\" = 4\n  \"b\" = 5\n  a = 6\n}\n";
        let body = parse_body(text).expect("parses");
        let object = object(&body);
        let got = entries(object);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], ("a".to_owned(), "6".to_owned()));
        assert_eq!(got[1], ("b".to_owned(), "2".to_owned()));
        assert_eq!(got[2], ("\"b\"".to_owned(), "5".to_owned()));
        let (_, a) = object.iter().next().expect("a");
        let span = a.expr().span().expect("a span");
        assert_eq!(&text[span], "6");
    }

    #[test]
    fn one_letter_keys_that_collide_with_the_placeholder_still_parse() {
        // The first placeholders (`a`, `b`) are keys of the object already.
        let body = parse_body("x = { a = 1, b = 2, c = 3, c = 4 }\n").expect("parses");
        let got = entries(object(&body));
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.contains(&("c".to_owned(), "4".to_owned())), "{got:?}");
    }

    #[test]
    fn other_errors_are_the_parsers() {
        let err = parse_body("x = {\n  a = \n}\n").expect_err("invalid");
        assert!(!err.message().contains("redefined"), "{}", err.message());
        assert!(parse_body("x = { a = 1, a = 2 } }\n").is_err());
    }

    #[test]
    fn the_placeholder_has_the_key_length() {
        assert_eq!(placeholder(1, 0).as_deref(), Some("a"));
        assert_eq!(placeholder(3, 1).as_deref(), Some("baa"));
        assert_eq!(placeholder(1, FIRST.len()), None);
        assert_eq!(placeholder(0, 0), None);
    }
}
