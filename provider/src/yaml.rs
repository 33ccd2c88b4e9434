//! A small typed YAML document model and a block-style YAML 1.2 writer.
//!
//! Renderers build a [`Yaml`] tree with the builder helpers and turn it into
//! text with [`to_string`] (one document) or [`to_string_multi`] (a stream of
//! documents separated by `---`). The writer never fails: every string is
//! emitted so that a YAML 1.2 parser reads back exactly the same string, and
//! so that YAML 1.1 parsers (go-yaml v2, PyYAML) do not turn it into another
//! type either (`yes`, `on`, `0777`, `1:20`, timestamps, ...).
//!
//! Output style:
//! - mappings and sequences in block style, indented by two spaces, sequence
//!   entries indented under their key (`key:\n  - item`);
//! - empty collections as `[]` and `{}`;
//! - strings plain when that is unambiguous, otherwise double-quoted with
//!   escapes; multi-line strings as literal block scalars (`|`, `|-`, `|+`);
//! - mapping keys longer than 1024 characters use the explicit `? key` form,
//!   because YAML limits implicit keys to 1024 characters.
//!
//! Duplicate keys are the caller's responsibility when a [`Yaml::Map`] is
//! built directly; [`Yaml::with`] replaces an existing key instead of adding
//! a second one.

use std::collections::BTreeMap;

/// One YAML node.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float; NaN and infinities are written as `.nan`, `.inf`, `-.inf`.
    Float(f64),
    /// A string, quoted or written as a block scalar when needed.
    Str(String),
    /// A sequence.
    Seq(Vec<Yaml>),
    /// A mapping with string keys, written in insertion order.
    Map(Vec<(String, Yaml)>),
}

impl Yaml {
    /// An empty mapping, to be filled with [`Yaml::with`].
    pub fn map() -> Self {
        Yaml::Map(Vec::new())
    }

    /// An empty sequence, to be filled with [`Yaml::push`].
    pub fn seq() -> Self {
        Yaml::Seq(Vec::new())
    }

    /// Sets `key` to `value` in a mapping and returns the mapping.
    ///
    /// An existing entry with the same key keeps its position and gets the new
    /// value. Calling this on a node that is not a mapping is a programming
    /// error: debug builds panic, release builds replace the node with a
    /// mapping holding only this entry.
    #[must_use]
    pub fn with(mut self, key: impl Into<String>, value: impl Into<Yaml>) -> Self {
        let (key, value) = (key.into(), value.into());
        debug_assert!(
            matches!(self, Yaml::Map(_)),
            "Yaml::with called on a non-mapping node"
        );
        match &mut self {
            Yaml::Map(entries) => match entries.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 = value,
                None => entries.push((key, value)),
            },
            _ => self = Yaml::Map(vec![(key, value)]),
        }
        self
    }

    /// Like [`Yaml::with`], but adds nothing when `value` is `None`.
    #[must_use]
    pub fn with_opt<V: Into<Yaml>>(self, key: impl Into<String>, value: Option<V>) -> Self {
        match value {
            Some(value) => self.with(key, value),
            None => self,
        }
    }

    /// Appends `item` to a sequence and returns the sequence.
    ///
    /// Calling this on a node that is not a sequence is a programming error:
    /// debug builds panic, release builds replace the node with a sequence
    /// holding only `item`.
    #[must_use]
    pub fn push(mut self, item: impl Into<Yaml>) -> Self {
        let item = item.into();
        debug_assert!(
            matches!(self, Yaml::Seq(_)),
            "Yaml::push called on a non-sequence node"
        );
        match &mut self {
            Yaml::Seq(items) => items.push(item),
            _ => self = Yaml::Seq(vec![item]),
        }
        self
    }
}

impl From<&str> for Yaml {
    fn from(value: &str) -> Self {
        Yaml::Str(value.to_owned())
    }
}

impl From<String> for Yaml {
    fn from(value: String) -> Self {
        Yaml::Str(value)
    }
}

impl From<&String> for Yaml {
    fn from(value: &String) -> Self {
        Yaml::Str(value.clone())
    }
}

impl From<bool> for Yaml {
    fn from(value: bool) -> Self {
        Yaml::Bool(value)
    }
}

impl From<i64> for Yaml {
    fn from(value: i64) -> Self {
        Yaml::Int(value)
    }
}

/// Integer types that always fit in an `i64`.
macro_rules! from_small_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Yaml {
            fn from(value: $t) -> Self {
                Yaml::Int(i64::from(value))
            }
        }
    )*};
}

from_small_int!(i8, i16, i32, u8, u16, u32);

impl From<f64> for Yaml {
    fn from(value: f64) -> Self {
        Yaml::Float(value)
    }
}

impl<T: Into<Yaml>> From<Option<T>> for Yaml {
    /// `None` becomes [`Yaml::Null`].
    fn from(value: Option<T>) -> Self {
        value.map_or(Yaml::Null, Into::into)
    }
}

impl<T: Into<Yaml>> From<Vec<T>> for Yaml {
    fn from(value: Vec<T>) -> Self {
        Yaml::Seq(value.into_iter().map(Into::into).collect())
    }
}

impl<K: Into<String>, V: Into<Yaml>> From<BTreeMap<K, V>> for Yaml {
    /// A mapping in the map's (sorted) key order.
    fn from(value: BTreeMap<K, V>) -> Self {
        Yaml::Map(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }
}

impl<T: Into<Yaml>> FromIterator<T> for Yaml {
    /// Collects into a sequence.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Yaml::Seq(iter.into_iter().map(Into::into).collect())
    }
}

/// Writes one YAML document. The result ends with a newline.
pub fn to_string(doc: &Yaml) -> String {
    let mut out = String::new();
    write_document(&mut out, doc);
    out
}

/// Writes a stream of documents, each one after the first preceded by a
/// `---` line. An empty slice gives an empty string.
pub fn to_string_multi(docs: &[Yaml]) -> String {
    let mut out = String::new();
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        write_document(&mut out, doc);
    }
    out
}

/// Renders `text` as YAML comment lines: `# line` for each line, `#` for an
/// empty line. Every YAML line break (`\n`, `\r\n`, `\r`, and the Unicode
/// breaks YAML 1.1 knows) starts a new comment line; characters a comment
/// cannot hold are replaced with U+FFFD. Empty text gives an empty string.
pub fn comment(text: &str) -> String {
    let mut out = String::new();
    if text.is_empty() {
        return out;
    }
    let normalized = text.replace("\r\n", "\n");
    for line in normalized.split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        let line: String = line
            .chars()
            .map(|c| {
                if is_printable(c) && c != '\u{feff}' {
                    c
                } else {
                    '\u{fffd}'
                }
            })
            .collect();
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Spaces of indentation per nesting level.
const INDENT: usize = 2;

/// YAML's limit on the length of an implicit mapping key, in characters.
const MAX_IMPLICIT_KEY_CHARS: usize = 1024;

fn write_document(out: &mut String, doc: &Yaml) {
    match doc {
        Yaml::Map(entries) if !entries.is_empty() => write_map(out, entries, 0, false),
        Yaml::Seq(items) if !items.is_empty() => write_seq(out, items, 0, false),
        Yaml::Str(s) => {
            // At the top level a block scalar needing an indentation indicator
            // is read differently by different parsers (the spec's parent
            // indentation there is -1, libyaml's is 0): quote it instead.
            match block_style(s) {
                Some(style) if !style.needs_indent_indicator => {
                    write_block_scalar(out, s, &style, 0);
                }
                _ => {
                    out.push_str(&flow_scalar(s));
                    out.push('\n');
                }
            }
        }
        other => {
            out.push_str(&inline_scalar(other));
            out.push('\n');
        }
    }
}

/// Writes mapping entries, keys at column `indent`. With `first_inline` the
/// first entry continues the current line (after `- ` or `: `).
fn write_map(out: &mut String, entries: &[(String, Yaml)], indent: usize, first_inline: bool) {
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 || !first_inline {
            push_indent(out, indent);
        }
        if key.chars().count() > MAX_IMPLICIT_KEY_CHARS {
            // Explicit key: `? "key"` then `: value` on the next line.
            out.push_str("? ");
            out.push_str(&quote(key));
            out.push('\n');
            push_indent(out, indent);
            out.push(':');
            write_compact(out, value, indent);
        } else {
            out.push_str(&key_scalar(key));
            out.push(':');
            write_map_value(out, value, indent);
        }
    }
}

/// Writes sequence items, dashes at column `indent`.
fn write_seq(out: &mut String, items: &[Yaml], indent: usize, first_inline: bool) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !first_inline {
            push_indent(out, indent);
        }
        out.push('-');
        write_compact(out, item, indent);
    }
}

/// Writes the value of an implicit-key mapping entry whose `key:` was just
/// written; the key sits at column `indent`.
fn write_map_value(out: &mut String, value: &Yaml, indent: usize) {
    match value {
        Yaml::Map(entries) if !entries.is_empty() => {
            out.push('\n');
            write_map(out, entries, indent + INDENT, false);
        }
        Yaml::Seq(items) if !items.is_empty() => {
            out.push('\n');
            write_seq(out, items, indent + INDENT, false);
        }
        scalar => write_scalar_after_indicator(out, scalar, indent),
    }
}

/// Writes a node right after a `-` or explicit-value `:` indicator at column
/// `indent`, using the compact notation for nested collections.
fn write_compact(out: &mut String, value: &Yaml, indent: usize) {
    match value {
        Yaml::Map(entries) if !entries.is_empty() => {
            out.push(' ');
            write_map(out, entries, indent + INDENT, true);
        }
        Yaml::Seq(items) if !items.is_empty() => {
            out.push(' ');
            write_seq(out, items, indent + INDENT, true);
        }
        scalar => write_scalar_after_indicator(out, scalar, indent),
    }
}

/// Writes ` scalar\n` after an indicator; a block scalar's content goes at
/// `indent + 2`, where `indent` is the column of the key or indicator.
fn write_scalar_after_indicator(out: &mut String, scalar: &Yaml, indent: usize) {
    out.push(' ');
    if let Yaml::Str(s) = scalar
        && let Some(style) = block_style(s)
    {
        write_block_scalar(out, s, &style, indent);
        return;
    }
    out.push_str(&inline_scalar(scalar));
    out.push('\n');
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// A scalar or empty collection written on one line, as a value.
fn inline_scalar(node: &Yaml) -> String {
    match node {
        Yaml::Null => "null".to_owned(),
        Yaml::Bool(b) => b.to_string(),
        Yaml::Int(i) => i.to_string(),
        Yaml::Float(f) => float_text(*f),
        Yaml::Str(s) => flow_scalar(s),
        // Only empty collections get here; non-empty ones are block nodes.
        Yaml::Seq(_) => "[]".to_owned(),
        Yaml::Map(_) => "{}".to_owned(),
    }
}

/// Formats a float so that YAML 1.2 and YAML 1.1 parsers both read a float:
/// always a `.` in the mantissa and a signed exponent.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        return ".nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.to_owned();
    }
    // `{:?}` gives the shortest representation that reads back exactly,
    // e.g. `1.0`, `0.5`, `1e100`, `1.5e-7`.
    let text = format!("{f:?}");
    match text.split_once('e') {
        Some((mantissa, exponent)) => {
            let mantissa = if mantissa.contains('.') {
                mantissa.to_owned()
            } else {
                format!("{mantissa}.0")
            };
            let exponent = if exponent.starts_with('-') {
                exponent.to_owned()
            } else {
                format!("+{exponent}")
            };
            format!("{mantissa}e{exponent}")
        }
        None if text.contains('.') => text,
        None => format!("{text}.0"),
    }
}

/// A mapping key: plain when safe, otherwise double-quoted (keys are never
/// block scalars).
fn key_scalar(key: &str) -> String {
    flow_scalar(key)
}

/// A string on one line: plain when safe, otherwise double-quoted.
fn flow_scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_owned()
    } else {
        quote(s)
    }
}

/// Whether `s` can be written as a plain scalar (in block context, as a value
/// or key) and be read back as the same string by YAML 1.2 and 1.1 parsers.
fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.starts_with([' ', '\t']) || s.ends_with([' ', '\t']) {
        return false;
    }
    // `: ` starts a value, ` #` a comment; a trailing `:` ends a key.
    if s.contains(": ") || s.contains(":\t") || s.ends_with(':') {
        return false;
    }
    if s.contains(" #") || s.contains("\t#") {
        return false;
    }
    // Plain scalars hold only printable characters and no tabs or breaks;
    // U+0085/U+2028/U+2029 are line breaks in YAML 1.1 and U+FEFF is a BOM.
    if s.chars().any(|c| {
        !is_printable(c)
            || matches!(
                c,
                '\t' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
            )
    }) {
        return false;
    }
    // Document markers, when the scalar starts a line at column 0.
    if s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    !resolves_to_non_string(s)
}

/// Whether a plain scalar `s` would be read as something other than a
/// string by a YAML 1.2 (core schema) or YAML 1.1 parser.
fn resolves_to_non_string(s: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        // null
        "null", "Null", "NULL", "~", // YAML 1.2 booleans
        "true", "True", "TRUE", "false", "False", "FALSE", // YAML 1.1 booleans
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
        "OFF", // YAML 1.1 merge and value keys
        "<<", "=",
    ];
    KEYWORDS.contains(&s) || looks_numeric(s) || looks_like_timestamp(s)
}

/// A conservative test for numbers in any YAML version: decimal, octal,
/// hexadecimal and binary integers (with `_` separators), floats with or
/// without exponent, `.inf`/`.nan`, and YAML 1.1 sexagesimal (`1:20`). Some
/// strings that are not numbers (like `1-2`) are quoted too; that is harmless.
fn looks_numeric(s: &str) -> bool {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let lower = unsigned.to_ascii_lowercase();
    if lower == ".inf" || lower == ".nan" || lower == "inf" || lower == "nan" {
        return true;
    }
    for (prefix, digits) in [
        ("0x", "0123456789abcdef_"),
        ("0o", "01234567_"),
        ("0b", "01_"),
    ] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && !rest.is_empty()
            && rest.chars().all(|c| digits.contains(c))
        {
            return true;
        }
    }
    let starts_numeric = unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    starts_numeric
        && unsigned.chars().any(|c| c.is_ascii_digit())
        && unsigned
            .chars()
            .all(|c| c.is_ascii_digit() || "_.:eE+-".contains(c))
}

/// YAML 1.1 timestamps start with `YYYY-M`: quote anything starting so.
fn looks_like_timestamp(s: &str) -> bool {
    matches!(s.as_bytes(), [y1, y2, y3, y4, b'-', m, ..]
        if [y1, y2, y3, y4, m].iter().all(|b| b.is_ascii_digit()))
}

/// YAML's printable character set (`c-printable`).
fn is_printable(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}'
        | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

/// A double-quoted scalar with escapes; valid for every string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            '\u{feff}' => out.push_str("\\uFEFF"),
            c if is_printable(c) => out.push(c),
            c if u32::from(c) <= 0xff => out.push_str(&format!("\\x{:02X}", u32::from(c))),
            c if u32::from(c) <= 0xffff => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

/// How a multi-line string is written as a literal block scalar.
#[derive(Debug)]
struct BlockStyle {
    /// `-` (strip), `` (clip) or `+` (keep).
    chomping: &'static str,
    /// The first content line starts with a space, so the content
    /// indentation must be given explicitly.
    needs_indent_indicator: bool,
}

/// Decides whether `s` is written as a literal block scalar, and how.
///
/// Only strings with a line feed qualify, and only when every character
/// can appear literally (printable, no `\r` or other line breaks, no BOM)
/// and no line consists of whitespace alone (parsers disagree about such
/// lines); those strings are double-quoted instead.
fn block_style(s: &str) -> Option<BlockStyle> {
    if !s.contains('\n') {
        return None;
    }
    let literal_ok = s.chars().all(|c| {
        is_printable(c) && !matches!(c, '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
    });
    if !literal_ok {
        return None;
    }
    let body = s.trim_end_matches('\n');
    if body.is_empty() {
        return None;
    }
    if body
        .split('\n')
        .any(|line| !line.is_empty() && line.trim_matches([' ', '\t']).is_empty())
    {
        return None;
    }
    let trailing_newlines = s.len() - body.len();
    let chomping = match trailing_newlines {
        0 => "-",
        1 => "",
        _ => "+",
    };
    // Leading empty lines are fine; the first line with content decides the
    // detected indentation, so it must not start with a space.
    let first_content_line = body.split('\n').find(|line| !line.is_empty()).unwrap_or("");
    Some(BlockStyle {
        chomping,
        needs_indent_indicator: first_content_line.starts_with(' '),
    })
}

/// Writes `|<indicator><chomping>` and the content lines at `indent + 2`;
/// `indent` is the column of the owning key or indicator (0 at top level).
fn write_block_scalar(out: &mut String, s: &str, style: &BlockStyle, indent: usize) {
    out.push('|');
    if style.needs_indent_indicator {
        out.push_str(&INDENT.to_string());
    }
    out.push_str(style.chomping);
    out.push('\n');
    // With keep chomping the trailing line feeds become empty lines; with
    // clip and strip the final line feed (if any) ends the last line.
    let content = s.strip_suffix('\n').unwrap_or(s);
    for line in content.split('\n') {
        if !line.is_empty() {
            push_indent(out, indent + INDENT);
            out.push_str(line);
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use saphyr::{LoadableYamlNode, YamlOwned};

    /// Converts a parsed saphyr node into our model, for round-trip checks.
    fn from_saphyr(node: &YamlOwned) -> Yaml {
        match node {
            YamlOwned::Value(scalar) => match scalar {
                saphyr::ScalarOwned::Null => Yaml::Null,
                saphyr::ScalarOwned::Boolean(b) => Yaml::Bool(*b),
                saphyr::ScalarOwned::Integer(i) => Yaml::Int(*i),
                saphyr::ScalarOwned::FloatingPoint(f) => Yaml::Float(f.into_inner()),
                saphyr::ScalarOwned::String(s) => Yaml::Str(s.clone()),
            },
            YamlOwned::Sequence(items) => Yaml::Seq(items.iter().map(from_saphyr).collect()),
            YamlOwned::Mapping(map) => Yaml::Map(
                map.iter()
                    .map(|(k, v)| {
                        let key = match k {
                            YamlOwned::Value(saphyr::ScalarOwned::String(s)) => s.clone(),
                            other => panic!("non-string key {other:?}"),
                        };
                        (key, from_saphyr(v))
                    })
                    .collect(),
            ),
            other => panic!("unexpected node {other:?}"),
        }
    }

    fn parse_all(text: &str) -> Vec<Yaml> {
        YamlOwned::load_from_str(text)
            .unwrap_or_else(|e| panic!("emitted YAML does not parse: {e}\n---\n{text}"))
            .iter()
            .map(from_saphyr)
            .collect()
    }

    /// Emits `doc`, parses it back and checks the result is identical.
    #[track_caller]
    fn assert_round_trip(doc: &Yaml) {
        let text = to_string(doc);
        let parsed = parse_all(&text);
        assert_eq!(parsed.len(), 1, "expected one document in:\n{text}");
        assert!(
            same(&parsed[0], doc),
            "round trip changed the value: {:?} != {doc:?}; YAML was:\n{text}",
            parsed[0]
        );
    }

    /// Structural equality that treats NaN as equal to NaN.
    fn same(a: &Yaml, b: &Yaml) -> bool {
        match (a, b) {
            (Yaml::Float(x), Yaml::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
            (Yaml::Seq(x), Yaml::Seq(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
            }
            (Yaml::Map(x), Yaml::Map(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .zip(y)
                        .all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy))
            }
            _ => a == b,
        }
    }

    /// Strings chosen to break naive emitters.
    fn tricky_strings() -> Vec<String> {
        let mut v: Vec<String> = [
            "",
            " ",
            "  ",
            "\t",
            "a",
            "plain text",
            "true",
            "True",
            "TRUE",
            "false",
            "yes",
            "Yes",
            "no",
            "NO",
            "on",
            "off",
            "y",
            "n",
            "null",
            "Null",
            "~",
            "1",
            "-1",
            "+1",
            "1.0",
            "-1.5",
            ".5",
            "1.",
            "1e3",
            "1E3",
            "1e-3",
            "0x1f",
            "0X1F",
            "0o17",
            "0b101",
            "017",
            "1_000",
            ".inf",
            "-.inf",
            ".NaN",
            ".nan",
            "inf",
            "nan",
            "1:20",
            "190:20:30",
            "2001-12-14",
            "2001-12-14t21:59:43.10-05:00",
            "<<",
            "=",
            "- item",
            "-",
            "--",
            "---",
            "...",
            "--- x",
            "? x",
            "?",
            ":",
            ":x",
            "x:",
            "a: b",
            "a:b",
            "a #b",
            "a#b",
            "#c",
            "# c",
            ",",
            "[a]",
            "]",
            "{a}",
            "}",
            "&anchor",
            "*alias",
            "!tag",
            "!!str",
            "|",
            ">",
            "'single'",
            "\"double\"",
            "%YAML",
            "@at",
            "`tick",
            " leading",
            "trailing ",
            "tab\tin",
            "\ttab",
            "back\\slash",
            "quote\"in",
            "it's",
            "emoji 🚀",
            "ünïcödé",
            "nbsp\u{a0}x",
            "\u{a0}",
            "bom\u{feff}x",
            "\u{feff}",
            "nul\0x",
            "bell\u{7}",
            "esc\u{1b}",
            "del\u{7f}",
            "c1\u{80}",
            "nel\u{85}x",
            "ls\u{2028}x",
            "ps\u{2029}x",
            "fffe\u{fffe}",
            "cr\rx",
            "crlf\r\nx",
            "\r",
            "\n",
            "\n\n",
            "a\n",
            "a\n\n",
            "a\n\n\n",
            "\na",
            "\n\na",
            "a\nb",
            "a\nb\n",
            "a\n\nb",
            " a\nb",
            "  indented\nnext",
            "a\n b",
            "\n  x",
            "\n \nx",
            "a\n \nb",
            "a\n\t\nb",
            "a\nb \n",
            "tab\tline\nnext",
            "\tlead\nx",
            "a\n# not comment",
            "a\n---\nb",
            "a\n...\nb",
            "- a\n- b",
            "key: value\nother: x",
            "{{ $labels.job }}",
            "x\u{2028}\ny",
            "%",
            "@",
            "a%",
            "http://example.com/a#b",
            "foo bar: baz",
            "1h",
            "30s",
            "5m",
            "http_requests_total{job=\"api\"}",
            "sum by (le) (rate(x[5m])) > 0.5",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        v.push("k".repeat(1100));
        v.push(format!("{}\n", "long line ".repeat(200)));
        v
    }

    #[test]
    fn tricky_strings_round_trip_as_values_keys_and_items() {
        for s in tricky_strings() {
            assert_round_trip(&Yaml::Str(s.clone()));
            assert_round_trip(&Yaml::map().with(s.clone(), s.clone()));
            assert_round_trip(&Yaml::map().with("k", Yaml::seq().push(s.clone()).push("after")));
            assert_round_trip(
                &Yaml::map()
                    .with(
                        "outer",
                        Yaml::map().with(s.clone(), Yaml::seq().push(s.clone())),
                    )
                    .with("next", 1),
            );
            assert_round_trip(&Yaml::seq().push(Yaml::seq().push(s.clone()).push(s.clone())));
        }
    }

    #[test]
    fn scalars_round_trip() {
        for node in [
            Yaml::Null,
            Yaml::Bool(true),
            Yaml::Bool(false),
            Yaml::Int(0),
            Yaml::Int(-42),
            Yaml::Int(i64::MAX),
            Yaml::Int(i64::MIN),
            Yaml::Float(0.0),
            Yaml::Float(1.0),
            Yaml::Float(-2.5),
            Yaml::Float(1e100),
            Yaml::Float(1.5e-7),
            Yaml::Float(f64::MAX),
            Yaml::Float(f64::MIN_POSITIVE),
            Yaml::Float(f64::INFINITY),
            Yaml::Float(f64::NEG_INFINITY),
            Yaml::Float(f64::NAN),
        ] {
            assert_round_trip(&node);
            assert_round_trip(&Yaml::map().with("v", node.clone()));
            assert_round_trip(&Yaml::seq().push(node));
        }
    }

    #[test]
    fn quoting_rules() {
        let cases = [
            ("plain", "plain"),
            ("with space", "with space"),
            ("", "\"\""),
            ("true", "\"true\""),
            ("yes", "\"yes\""),
            ("off", "\"off\""),
            ("null", "\"null\""),
            ("~", "\"~\""),
            ("1", "\"1\""),
            ("1.0", "\"1.0\""),
            ("0x1f", "\"0x1f\""),
            ("1e3", "\"1e3\""),
            (".inf", "\".inf\""),
            ("2024-01-02", "\"2024-01-02\""),
            (" lead", "\" lead\""),
            ("trail ", "\"trail \""),
            ("-x", "\"-x\""),
            ("@x", "\"@x\""),
            ("`x", "\"`x\""),
            ("%x", "\"%x\""),
            ("a: b", "\"a: b\""),
            ("a #b", "\"a #b\""),
            ("a:b", "a:b"),
            ("a#b", "a#b"),
            ("end:", "\"end:\""),
            ("30s", "30s"),
            ("tab\there", "\"tab\\there\""),
            ("nul\0", "\"nul\\0\""),
            ("del\u{7f}", "\"del\\x7F\""),
            ("\u{fffe}", "\"\\uFFFE\""),
            ("say \"hi\"", "say \"hi\""),
            ("\"hi\"", "\"\\\"hi\\\"\""),
            ("back\\", "back\\"),
            ("cr\r", "\"cr\\r\""),
        ];
        for (input, expected) in cases {
            assert_eq!(flow_scalar(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn block_scalar_chomping_and_indentation() {
        let doc = |s: &str| to_string(&Yaml::map().with("k", s));
        assert_eq!(doc("a\nb"), "k: |-\n  a\n  b\n");
        assert_eq!(doc("a\nb\n"), "k: |\n  a\n  b\n");
        assert_eq!(doc("a\nb\n\n"), "k: |+\n  a\n  b\n\n");
        assert_eq!(doc("a\n\nb"), "k: |-\n  a\n\n  b\n");
        assert_eq!(doc(" a\nb"), "k: |2-\n   a\n  b\n");
        assert_eq!(doc("\n a"), "k: |2-\n\n   a\n");
        // Whitespace-only lines and carriage returns force double quotes.
        assert_eq!(doc("a\n \nb"), "k: \"a\\n \\nb\"\n");
        assert_eq!(doc("a\r\nb"), "k: \"a\\r\\nb\"\n");
        assert_eq!(doc("\n"), "k: \"\\n\"\n");
        // In a sequence the content is indented past the dash.
        assert_eq!(to_string(&Yaml::seq().push(" x\ny")), "- |2-\n   x\n  y\n");
    }

    #[test]
    fn layout() {
        let doc = Yaml::map()
            .with("name", "api")
            .with("empty_seq", Yaml::seq())
            .with("empty_map", Yaml::map())
            .with("nothing", Yaml::Null)
            .with(
                "items",
                Yaml::seq()
                    .push(Yaml::map().with("a", 1).with("b", Yaml::seq().push("x")))
                    .push(Yaml::seq().push(true).push(2.5))
                    .push(Yaml::map()),
            )
            .with(
                "nested",
                Yaml::map().with("deep", Yaml::map().with("k", "v")),
            );
        let expected = "\
name: api
empty_seq: []
empty_map: {}
nothing: null
items:
  - a: 1
    b:
      - x
  - - true
    - 2.5
  - {}
nested:
  deep:
    k: v
";
        assert_eq!(to_string(&doc), expected);
        assert_round_trip(&doc);
    }

    #[test]
    fn with_replaces_existing_key_in_place() {
        let doc = Yaml::map().with("a", 1).with("b", 2).with("a", 3);
        assert_eq!(to_string(&doc), "a: 3\nb: 2\n");
    }

    #[test]
    fn conversions() {
        let mut labels = BTreeMap::new();
        labels.insert("z", "1");
        labels.insert("a", "2");
        let doc = Yaml::map()
            .with("labels", labels)
            .with("list", vec!["x", "y", "w"])
            .with("none", None::<&str>)
            .with_opt("skipped", None::<i64>)
            .with_opt("kept", Some(7))
            .with("collected", (1..=2).map(i64::from).collect::<Yaml>());
        assert_eq!(
            to_string(&doc),
            "labels:\n  a: \"2\"\n  z: \"1\"\nlist:\n  - x\n  - \"y\"\n  - w\nnone: null\nkept: 7\ncollected:\n  - 1\n  - 2\n"
        );
    }

    #[test]
    fn long_keys_use_explicit_form() {
        let key = "k".repeat(1100);
        let doc = Yaml::map()
            .with(key.clone(), Yaml::map().with("x", 1).with("z", 2))
            .with("after", Yaml::seq().push("v"));
        let text = to_string(&doc);
        assert!(
            text.starts_with(&format!("? \"{key}\"\n: x: 1\n  z: 2\n")),
            "{text}"
        );
        assert_round_trip(&doc);
    }

    #[test]
    fn top_level_scalars() {
        assert_eq!(to_string(&Yaml::Str("a\nb\n".into())), "|\n  a\n  b\n");
        assert_eq!(to_string(&Yaml::Str(" a\nb".into())), "\" a\\nb\"\n");
        assert_eq!(to_string(&Yaml::Int(3)), "3\n");
        assert_eq!(to_string(&Yaml::seq()), "[]\n");
        assert_eq!(to_string(&Yaml::map()), "{}\n");
    }

    #[test]
    fn multi_document() {
        let docs = [
            Yaml::map().with("a", 1),
            Yaml::Str("x\n\n".into()),
            Yaml::seq().push("w"),
            Yaml::map(),
        ];
        let text = to_string_multi(&docs);
        assert_eq!(text, "a: 1\n---\n|+\n  x\n\n---\n- w\n---\n{}\n");
        assert_eq!(parse_all(&text), docs.to_vec());
        assert_eq!(to_string_multi(&[]), "");
    }

    #[test]
    fn comments() {
        assert_eq!(comment(""), "");
        assert_eq!(
            comment("one\n\ntwo  \r\nthree\rfour"),
            "# one\n#\n# two\n# three\n# four\n"
        );
        assert_eq!(comment("bell\u{7}"), "# bell\u{fffd}\n");
        let text = format!("{}a: 1\n", comment("x: y\n# z\n\u{2028}w"));
        assert_eq!(parse_all(&text), vec![Yaml::map().with("a", 1)]);
    }
}
