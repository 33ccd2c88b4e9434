//! Terraform's JSON configuration syntax (`.tf.json`, `.tofu.json`).
//!
//! The JSON is rewritten into the equivalent native syntax, which `hcl-edit`
//! then parses, so that rules see one kind of body. Every key and value of
//! the JSON leaves an *anchor* (an offset in the generated text and the
//! offset it stands for in the JSON), and [`Generated::json_span`] maps a
//! span of the generated body back into the JSON file, so findings point at
//! the JSON the user wrote.
//!
//! What Terraform's specification says, and how it is read here:
//! - A block type with labels is an object keyed by each label in turn; at
//!   any level, an array of such objects stands for several of them.
//! - A `"//"` property of a body is a comment. Its strings (the value, or
//!   each string of an array value) are kept as [`Comment`]s of the block
//!   that holds them, where suppressions are read.
//! - Strings are templates (`${}`, `%{}`), except where Terraform reads them
//!   literally (`variable` defaults, `module` `source`/`version`, the
//!   `terraform` block) or as an expression (`provider`, `depends_on`,
//!   `type`, `lifecycle` references, a module's `providers` map). A string that
//!   is one whole `${ ... }` interpolation is that expression's value.
//! - Inside a resource, whether an object property is an attribute (a map)
//!   or a nested block depends on the provider's schema, which the linter
//!   does not load: an object whose keys are all identifiers is read as a
//!   nested block, except for the known map attributes (`tags`, `labels`, ...);
//!   a non-empty array of objects is read as blocks.

use std::fmt::Write as _;
use std::ops::Range;

mod parse;
pub mod plan;

pub(crate) use parse::SyntaxError;
use parse::{JValue, Kind, Member};

/// Properties that are maps (attributes) wherever they appear, though their
/// value is an object with identifier keys.
const MAP_ATTRIBUTES: &[&str] = &[
    "tags",
    "tags_all",
    "labels",
    "user_labels",
    "resource_labels",
    "default_labels",
    "variables",
    "environment_variables",
    "parameters",
    "triggers",
    "annotations",
    "locals",
];

/// Native syntax generated from a JSON file, with the anchors that map its
/// offsets back to the JSON.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The native-syntax text that the body was parsed from.
    pub text: String,
    /// `(generated offset, JSON offset)` pairs, sorted by generated offset.
    anchors: Vec<(usize, usize)>,
    json_len: usize,
    /// The `"//"` comments of the blocks, in JSON order.
    pub comments: Vec<Comment>,
}

/// A string of a block's `"//"` property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// The string's value.
    pub text: String,
    /// The string's span in the JSON.
    pub span: Range<usize>,
    /// The block's span in the JSON: from its name (or, for an object of an
    /// array of blocks, the object) to the end of its object.
    pub block: Range<usize>,
}

impl Generated {
    /// The JSON offset a generated offset stands for.
    #[must_use]
    pub fn json_offset(&self, offset: usize) -> usize {
        let i = self.anchors.partition_point(|&(g, _)| g <= offset);
        let Some(&(g, j)) = i.checked_sub(1).and_then(|i| self.anchors.get(i)) else {
            return 0;
        };
        (j + (offset - g)).min(self.json_len)
    }

    /// The JSON span a span of the generated text stands for.
    #[must_use]
    pub fn json_span(&self, span: Range<usize>) -> Range<usize> {
        let start = self.json_offset(span.start);
        let end = if span.end > span.start {
            // The end is exclusive: map its last byte, then step past it.
            (self.json_offset(span.end - 1) + 1).min(self.json_len)
        } else {
            start
        };
        start..end.max(start)
    }
}

/// Converts a `.tf.json` text into native syntax.
///
/// # Errors
/// The JSON does not parse, or its root is not an object.
pub(crate) fn convert(json: &str) -> Result<Generated, SyntaxError> {
    let root = parse::parse(json)?;
    let Kind::Object(members) = &root.kind else {
        return Err(SyntaxError {
            offset: root.span.start,
            message: "a JSON configuration file must hold an object".to_owned(),
        });
    };
    let mut out = Writer::default();
    for member in members {
        let Some((labels, body)) = top_level(&member.key) else {
            continue;
        };
        let head = Head {
            ident: &member.key,
            span: &member.key_span,
            from: member.key_span.start,
        };
        out.blocks(&head, &[], &member.value, labels, body);
    }
    Ok(Generated {
        text: out.text,
        anchors: out.anchors,
        json_len: json.len(),
        comments: out.comments,
    })
}

/// How the body of a block is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    /// A resource, data source, provider or nested block: templates, meta
    /// arguments, and nested blocks guessed from the shape.
    Resource,
    /// Only attributes, whose strings are templates (`locals`, `output`).
    Attributes,
    /// Only attributes, whose strings are literal.
    Literal,
    /// A `module` call.
    Module,
    /// A `variable`.
    Variable,
    /// The `terraform` block.
    Terraform,
    /// A `dynamic` block.
    Dynamic,
    /// A `lifecycle` block.
    Lifecycle,
}

/// How a string is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Template,
    Literal,
    Expression,
}

/// The label count and body kind of a top-level block type; `None` for the
/// `"//"` comment and block types the linter does not read.
fn top_level(name: &str) -> Option<(usize, BodyKind)> {
    Some(match name {
        "resource" | "data" => (2, BodyKind::Resource),
        "provider" => (1, BodyKind::Resource),
        "module" => (1, BodyKind::Module),
        "variable" => (1, BodyKind::Variable),
        "output" => (1, BodyKind::Attributes),
        "locals" => (0, BodyKind::Attributes),
        "terraform" => (0, BodyKind::Terraform),
        _ => return None,
    })
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

#[derive(Default)]
struct Writer {
    text: String,
    anchors: Vec<(usize, usize)>,
    comments: Vec<Comment>,
}

/// The block type of [`Writer::blocks`]: its name, the span of its key, and
/// where the lines of the block (for its comments) start.
struct Head<'a> {
    ident: &'a str,
    span: &'a Range<usize>,
    from: usize,
}

impl Writer {
    fn mark(&mut self, json: usize) {
        self.anchors.push((self.text.len(), json));
    }

    /// One or more blocks of a type: `value` is keyed by the remaining
    /// `labels` labels, and any level may be an array of such objects.
    fn blocks(
        &mut self,
        head: &Head<'_>,
        outer: &[(&str, Range<usize>)],
        value: &JValue,
        labels: usize,
        kind: BodyKind,
    ) {
        match &value.kind {
            Kind::Array(items) => {
                for item in items {
                    let from = item.span.start;
                    self.blocks(&Head { from, ..*head }, outer, item, labels, kind);
                }
            }
            Kind::Object(members) if labels > 0 => {
                for member in members {
                    let mut inner = outer.to_vec();
                    inner.push((member.key.as_str(), member.key_span.clone()));
                    let from = member.key_span.start;
                    let head = Head { from, ..*head };
                    self.blocks(&head, &inner, &member.value, labels - 1, kind);
                }
            }
            Kind::Object(members) => self.block(head, outer, value, members, kind),
            _ => {}
        }
    }

    fn block(
        &mut self,
        head: &Head<'_>,
        labels: &[(&str, Range<usize>)],
        value: &JValue,
        members: &[Member],
        kind: BodyKind,
    ) {
        let ident = head.ident;
        if !is_identifier(ident) || ident.contains('-') {
            return;
        }
        self.comments(head.from..value.span.end, members);
        // The header points at the innermost label's key (the resource name),
        // or at the block's own key when it has no labels.
        let head = labels.last().map_or(head.span, |(_, span)| span);
        self.mark(head.start);
        self.text.push_str(ident);
        for (label, span) in labels {
            self.text.push(' ');
            self.mark(span.start);
            quote(&mut self.text, label, Mode::Literal);
            self.mark(span.end);
        }
        self.text.push(' ');
        self.mark(value.span.start);
        self.text.push_str("{\n");
        for member in members {
            self.member(member, kind);
        }
        self.mark(value.span.end.saturating_sub(1));
        self.text.push('}');
        self.mark(value.span.end);
        self.text.push('\n');
    }

    fn member(&mut self, member: &Member, kind: BodyKind) {
        let name = member.key.as_str();
        if name == "//" {
            return;
        }
        let nested = match (kind, name) {
            (BodyKind::Resource, "lifecycle") => Some((0, BodyKind::Lifecycle)),
            (BodyKind::Resource, "provisioner") => Some((1, BodyKind::Resource)),
            (BodyKind::Resource, "dynamic") => Some((1, BodyKind::Dynamic)),
            (BodyKind::Resource | BodyKind::Dynamic, _) if looks_like_block(member) => {
                Some((0, BodyKind::Resource))
            }
            (BodyKind::Variable, "validation") => Some((0, BodyKind::Attributes)),
            (BodyKind::Terraform, "backend") => Some((1, BodyKind::Literal)),
            (BodyKind::Terraform, "cloud") => Some((0, BodyKind::Resource)),
            (BodyKind::Terraform, "required_providers") => Some((0, BodyKind::Literal)),
            _ => None,
        };
        if let Some((labels, body)) = nested {
            let head = Head {
                ident: name,
                span: &member.key_span,
                from: member.key_span.start,
            };
            self.blocks(&head, &[], &member.value, labels, body);
            return;
        }
        if !is_identifier(name) {
            return;
        }
        let mode = match (kind, name) {
            (BodyKind::Resource | BodyKind::Dynamic, "provider" | "depends_on" | "iterator")
            | (BodyKind::Module | BodyKind::Attributes, "depends_on" | "providers" | "provider")
            | (BodyKind::Variable, "type")
            | (BodyKind::Lifecycle, "ignore_changes" | "replace_triggered_by") => Mode::Expression,
            (BodyKind::Module, "source" | "version")
            | (BodyKind::Variable, "default")
            | (BodyKind::Literal | BodyKind::Terraform, _) => Mode::Literal,
            _ => Mode::Template,
        };
        self.mark(member.key_span.start);
        self.text.push_str(name);
        self.text.push_str(" = ");
        self.expr(&member.value, mode);
        self.text.push('\n');
    }

    /// Keeps the strings of a block's `"//"` properties.
    fn comments(&mut self, block: Range<usize>, members: &[Member]) {
        for member in members.iter().filter(|m| m.key == "//") {
            let strings = match &member.value.kind {
                Kind::Array(items) => items.iter().collect(),
                _ => vec![&member.value],
            };
            for string in strings {
                if let Kind::String(text) = &string.kind {
                    self.comments.push(Comment {
                        text: text.clone(),
                        span: string.span.clone(),
                        block: block.clone(),
                    });
                }
            }
        }
    }

    fn expr(&mut self, value: &JValue, mode: Mode) {
        self.expr_masked(value, mode, None);
    }

    /// Writes a value; where `unknown` (a plan's `after_unknown`, parallel to
    /// the value) is `true`, the value is unknown.
    fn expr_masked(&mut self, value: &JValue, mode: Mode, unknown: Option<&JValue>) {
        self.mark(value.span.start);
        if unknown.is_some_and(is_true) {
            self.text.push_str(UNKNOWN);
            self.mark(value.span.end);
            return;
        }
        match &value.kind {
            Kind::Null => self.text.push_str("null"),
            Kind::Bool(b) => self.text.push_str(if *b { "true" } else { "false" }),
            Kind::Number(n) => self.text.push_str(n),
            Kind::String(s) => match mode {
                Mode::Expression if !s.trim().is_empty() => self.text.push_str(s),
                Mode::Template if whole_interpolation(s).is_some() => {
                    let inner = whole_interpolation(s).unwrap_or_default();
                    let _ = write!(self.text, "({inner}\n)");
                }
                _ => quote(&mut self.text, s, mode),
            },
            Kind::Array(items) => {
                self.text.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.text.push_str(", ");
                    }
                    self.expr_masked(item, mode, unknown.and_then(|u| item_of(u, i)));
                }
                self.mark(value.span.end.saturating_sub(1));
                self.text.push(']');
            }
            Kind::Object(members) => {
                self.text.push('{');
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        self.text.push_str(", ");
                    }
                    self.mark(member.key_span.start);
                    quote(&mut self.text, &member.key, Mode::Literal);
                    self.text.push_str(" = ");
                    let mask = unknown.and_then(|u| member_of(u, &member.key));
                    self.expr_masked(&member.value, mode, mask);
                }
                self.mark(value.span.end.saturating_sub(1));
                self.text.push('}');
            }
        }
        self.mark(value.span.end);
    }
}

/// The expression a value unknown until apply is written as: a name that
/// is bound nowhere, which the evaluator reads as unknown.
const UNKNOWN: &str = "known_after_apply";

fn is_true(value: &JValue) -> bool {
    matches!(value.kind, Kind::Bool(true))
}

/// The `i`th item of an array value.
fn item_of(value: &JValue, i: usize) -> Option<&JValue> {
    match &value.kind {
        Kind::Array(items) => items.get(i),
        _ => None,
    }
}

/// The member of an object value with a key.
fn member_of<'v>(value: &'v JValue, key: &str) -> Option<&'v JValue> {
    match &value.kind {
        Kind::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.value),
        _ => None,
    }
}

/// Whether an object property of a resource body is a nested block.
fn looks_like_block(member: &Member) -> bool {
    if MAP_ATTRIBUTES.contains(&member.key.as_str()) {
        return false;
    }
    let body = |v: &JValue| match &v.kind {
        Kind::Object(members) => members
            .iter()
            .all(|m| m.key == "//" || (is_identifier(&m.key) && !m.key.contains('-'))),
        _ => false,
    };
    match &member.value.kind {
        Kind::Object(_) => body(&member.value),
        Kind::Array(items) => !items.is_empty() && items.iter().all(body),
        _ => false,
    }
}

/// The expression of a string that is one whole `${ ... }` interpolation.
fn whole_interpolation(s: &str) -> Option<&str> {
    let inner = s.strip_prefix("${")?.strip_suffix('}')?;
    if inner.contains("${") || inner.contains("%{") {
        return None;
    }
    let expr = inner.trim().trim_start_matches('~').trim_end_matches('~');
    hcl_edit::parser::parse_expr(expr).ok().map(|_| expr)
}

/// Writes a native quoted string; a literal escapes template sequences.
fn quote(out: &mut String, s: &str, mode: Mode) {
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' | '%' if mode != Mode::Template && chars.peek() == Some(&'{') => {
                out.push(c);
                out.push(c);
            }
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_nested_blocks_and_comments_become_native_syntax() {
        let json = r#"{
  "//": "generated",
  "resource": {
    "aws_instance": {
      "web": [{
        "count": "${var.n}",
        "ami": "ami-${var.id}",
        "root_block_device": {"encrypted": false},
        "tags": {"Name": "web"},
        "provider": "aws.west"
      }]
    }
  },
  "variable": {"n": {"default": "${x}", "type": "number"}}
}"#;
        let generated = convert(json).expect("converts");
        let body = hcl_edit::parser::parse_body(&generated.text).expect("native text parses");
        let block = body.get_blocks("resource").next().expect("a resource");
        let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
        assert_eq!(labels, ["aws_instance", "web"]);
        assert!(block.body.get_blocks("root_block_device").next().is_some());
        assert!(block.body.get_attribute("tags").is_some());
        let count = block.body.get_attribute("count").expect("count");
        assert!(!matches!(
            count.value,
            hcl_edit::expr::Expression::StringTemplate(_)
        ));
        let var = body.get_blocks("variable").next().expect("a variable");
        let default = var.body.get_attribute("default").expect("default");
        assert_eq!(default.value.as_str(), Some("${x}"), "defaults are literal");
        // The header points at the name key, the attribute at its property.
        let start = hcl_edit::Span::span(&block.ident).expect("span").start;
        let end = hcl_edit::Span::span(&block.labels[1]).expect("span").end;
        assert_eq!(&json[generated.json_span(start..end)], r#""web""#);
        let nested = block
            .body
            .get_blocks("root_block_device")
            .next()
            .expect("block");
        let attr = nested.body.get_attribute("encrypted").expect("encrypted");
        let span = hcl_edit::Span::span(attr).expect("span");
        assert_eq!(&json[generated.json_span(span)], r#""encrypted": false"#);
    }

    #[test]
    fn comment_strings_are_kept_with_their_block() {
        let json = r#"{
  "//": "the file's",
  "resource": {"aws_ebs_volume": {"a": {"//": "on a", "size": 1}}},
  "module": {"m": [{"source": "./m"}, {"//": ["first", 2, "second"], "source": "./n"}]}
}"#;
        let generated = convert(json).expect("converts");
        let found: Vec<(&str, &str, &str)> = generated
            .comments
            .iter()
            .map(|c| {
                (
                    c.text.as_str(),
                    &json[c.span.clone()],
                    &json[c.block.clone()],
                )
            })
            .collect();
        let second = r#"{"//": ["first", 2, "second"], "source": "./n"}"#;
        assert_eq!(
            found,
            [
                ("on a", r#""on a""#, r#""a": {"//": "on a", "size": 1}"#),
                ("first", r#""first""#, second),
                ("second", r#""second""#, second),
            ]
        );
    }

    #[test]
    fn malformed_json_reports_its_offset() {
        let err = convert("{\"resource\": [1,}").expect_err("malformed");
        assert_eq!(err.offset, 16);
        assert!(convert("[1]").is_err(), "the root must be an object");
    }
}
