//! Edit builders for rules' fixes: [`replace_literal`] (a literal value in
//! place, keeping its comments and alignment) and [`set_attribute`] (the
//! same, or a new attribute line when it is absent). Neither ever rewrites
//! an expression: a value that is not a literal gets no fix.

use hcl_edit::Span as _;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, Structure};

use crate::findings::Edit;

/// Replaces a literal value (`true`, `false`, `null`, a number or a plain
/// quoted string) with `value`. Anything else (a reference, a function call,
/// a template, a conditional) is an expression and gets no edit.
#[must_use]
pub fn replace_literal(expr: &Expression, value: &str) -> Option<Edit> {
    match expr {
        Expression::Bool(_)
        | Expression::Null(_)
        | Expression::Number(_)
        | Expression::String(_) => Some(Edit {
            range: expr.span()?,
            replacement: value.to_owned(),
        }),
        _ => None,
    }
}

/// Sets `name = value` in a block: replaces the attribute's literal value
/// when it is written, else inserts a line for it (see [`insert_attribute`]).
#[must_use]
pub fn set_attribute(text: &str, block: &Block, name: &str, value: &str) -> Option<Edit> {
    match block.body.get_attribute(name) {
        Some(attr) => replace_literal(&attr.value, value),
        None => insert_attribute(text, block, name, value),
    }
}

/// Inserts `name = value` on its own line at the block's indentation, after
/// the last attribute line that comes before the first nested block (so
/// before nested blocks), padding the name to the `=` column of that line
/// when it is aligned. An empty one-line block `{}` is opened onto three
/// lines; a one-line block with an attribute gets no edit. CRLF files get
/// CRLF.
#[must_use]
pub fn insert_attribute(text: &str, block: &Block, name: &str, value: &str) -> Option<Edit> {
    let span = block.span()?;
    let close = span.end.checked_sub(1)?;
    if text.as_bytes().get(close) != Some(&b'}') {
        return None;
    }
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let header_indent = indentation(text, span.start);
    let body = &block.body;
    if body.prefer_oneline() {
        if !body.is_empty() {
            return None;
        }
        let open = text.get(span.start..close)?.rfind('{')? + span.start;
        return Some(Edit {
            range: open + 1..close,
            replacement: format!("{nl}{header_indent}  {name} = {value}{nl}{header_indent}"),
        });
    }
    let mut last_attr = None;
    let mut first_block = None;
    for structure in body.iter() {
        match structure {
            Structure::Attribute(attr) => last_attr = Some(attr),
            Structure::Block(b) => {
                first_block = Some(b);
                break;
            }
        }
    }
    if let Some(attr) = last_attr {
        let attr_span = attr.span()?;
        let indent = indentation(text, attr_span.start);
        let at = line_end(text, attr_span.end)?;
        let width = aligned_width(text, attr, indent.len()).unwrap_or(0);
        return Some(Edit {
            range: at..at,
            replacement: format!("{indent}{name:<width$} = {value}{nl}"),
        });
    }
    let (at, indent) = match first_block {
        Some(b) => {
            let start = b.span()?.start;
            (line_start(text, start), indentation(text, start).to_owned())
        }
        None => {
            let at = line_start(text, close);
            if !text.get(at..close)?.trim().is_empty() {
                return None;
            }
            (at, format!("{header_indent}  "))
        }
    };
    Some(Edit {
        range: at..at,
        replacement: format!("{indent}{name} = {value}{nl}"),
    })
}

fn line_start(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// The offset just past the newline that ends the line holding `offset`.
fn line_end(text: &str, offset: usize) -> Option<usize> {
    text.get(offset..)?.find('\n').map(|i| offset + i + 1)
}

/// The leading whitespace of the line holding `offset`.
fn indentation(text: &str, offset: usize) -> &str {
    let start = line_start(text, offset);
    let line = text.get(start..).unwrap_or("");
    let len = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..len]
}

/// The name width that puts `=` in the column of a single-line attribute's
/// `=` (as `terraform fmt` aligns consecutive attributes).
fn aligned_width(
    text: &str,
    attr: &hcl_edit::structure::Attribute,
    indent: usize,
) -> Option<usize> {
    let key_end = attr.key.span()?.end;
    let value_start = attr.value.span()?.start;
    let between = text.get(key_end..value_start)?;
    let eq = key_end + between.find('=')?;
    let column = eq - line_start(text, attr.span()?.start);
    column.checked_sub(indent + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Block {
        let body = hcl_edit::parser::parse_body(text).expect("parses");
        body.into_blocks().next().expect("a block")
    }

    fn insert(text: &str) -> String {
        let edit = insert_attribute(text, &block(text), "encrypted", "true").expect("an edit");
        let mut out = text.to_owned();
        out.replace_range(edit.range, &edit.replacement);
        out
    }

    #[test]
    fn inserts_after_the_last_attribute_before_blocks() {
        let text = "resource \"a\" \"b\" {\n  size = 1 # GiB\n\n  tags {\n    x = 1\n  }\n}\n";
        assert_eq!(
            insert(text),
            "resource \"a\" \"b\" {\n  size = 1 # GiB\n  encrypted = true\n\n  tags {\n    x = 1\n  }\n}\n"
        );
    }

    #[test]
    fn aligns_with_an_aligned_group() {
        let text =
            "resource \"a\" \"b\" {\n  availability_zone = \"x\"\n  size              = 1\n}\n";
        assert_eq!(
            insert(text),
            "resource \"a\" \"b\" {\n  availability_zone = \"x\"\n  size              = 1\n  encrypted         = true\n}\n"
        );
    }

    #[test]
    fn opens_empty_blocks_and_keeps_crlf() {
        assert_eq!(
            insert("  x \"a\" {}\r\n"),
            "  x \"a\" {\r\n    encrypted = true\r\n  }\r\n"
        );
        assert_eq!(insert("x {\n}\n"), "x {\n  encrypted = true\n}\n");
        assert_eq!(
            insert("x {\r\n  y {\r\n  }\r\n}\r\n"),
            "x {\r\n  encrypted = true\r\n  y {\r\n  }\r\n}\r\n"
        );
    }

    #[test]
    fn one_line_blocks_with_content_and_expressions_get_no_edit() {
        let text = "x { a = 1 }\n";
        assert_eq!(insert_attribute(text, &block(text), "b", "true"), None);
        let text = "x {\n  b = var.b\n}\n";
        assert_eq!(set_attribute(text, &block(text), "b", "true"), None);
    }
}
