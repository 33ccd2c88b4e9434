//! Automatic fixes. A fix is data: a rule attaches a [`Fix`] (byte edits,
//! their [`Applicability`] and a description) to a finding, and only the
//! driver here ([`fix_workspace`], [`write`]) changes text or files.
//!
//! Rules build edits with [`replace_literal`] (a literal value in place,
//! keeping its comments and alignment) and [`set_attribute`] (the same, or
//! a new attribute line when it is absent). Neither ever rewrites an
//! expression: a value that is not a literal gets no fix.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::ops::Range;

use hcl_edit::Span as _;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, Structure};

use crate::rule::Finding;
use crate::source::FileId;
use crate::workspace::Workspace;

/// How many lint-and-fix passes run at most (a pass skips fixes that overlap
/// one already applied; the next pass picks them up).
pub const MAX_PASSES: usize = 8;

/// One text replacement: a byte range of the file and its new text (an empty
/// range inserts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Byte offsets into the file.
    pub range: Range<usize>,
    /// The text that replaces the range.
    pub replacement: String,
}

/// Whether a fix may be applied without review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Applied by `--fix`: it changes nothing but the setting.
    Safe,
    /// Applied only with `--unsafe-fixes`: Terraform must replace the
    /// resource to apply it, so review the plan.
    Unsafe,
}

impl Applicability {
    /// The lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// A fix for one finding: edits applied together or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The edits, in no particular order; they never overlap each other.
    pub edits: Vec<Edit>,
    /// Safe or unsafe.
    pub applicability: Applicability,
    /// What the fix does, e.g. "set `encrypt = true`".
    pub description: String,
}

impl Fix {
    /// A safe fix of one edit.
    #[must_use]
    pub fn safe_edit(edit: Edit, description: String) -> Fix {
        Fix {
            edits: vec![edit],
            applicability: Applicability::Safe,
            description,
        }
    }

    /// An unsafe fix of one edit.
    #[must_use]
    pub fn unsafe_edit(edit: Edit, description: String) -> Fix {
        Fix {
            edits: vec![edit],
            applicability: Applicability::Unsafe,
            description,
        }
    }

    /// A fix of one edit with the given applicability.
    #[must_use]
    pub fn edit(applicability: Applicability, edit: Edit, description: String) -> Fix {
        Fix {
            edits: vec![edit],
            applicability,
            description,
        }
    }

    fn start(&self) -> usize {
        self.edits.iter().map(|e| e.range.start).min().unwrap_or(0)
    }
}

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

/// Applies the fixes that do not overlap an earlier one (by start offset) and
/// returns the new text with the number of fixes applied. A fix equal to one
/// already applied counts as applied.
#[must_use]
pub fn apply(text: &str, fixes: &[&Fix]) -> (String, usize) {
    let mut sorted: Vec<&Fix> = fixes.to_vec();
    sorted.sort_by_key(|f| f.start());
    let mut chosen: Vec<&Fix> = Vec::new();
    let mut edits: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for fix in sorted {
        if chosen.iter().any(|c| c.edits == fix.edits) {
            applied += 1;
            continue;
        }
        let clashes = fix.edits.iter().any(|e| {
            edits.iter().any(|o| {
                e.range.start < o.range.end && o.range.start < e.range.end
                    || e.range.start == o.range.start
                    || e.range.is_empty() && o.range.contains(&e.range.start)
                    || o.range.is_empty() && e.range.contains(&o.range.start)
            })
        });
        let in_bounds = fix.edits.iter().all(|e| {
            e.range.start <= e.range.end
                && text.is_char_boundary(e.range.start)
                && text.is_char_boundary(e.range.end)
                && e.range.end <= text.len()
        });
        if clashes || !in_bounds {
            continue;
        }
        edits.extend(&fix.edits);
        chosen.push(fix);
        applied += 1;
    }
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.range.start]);
        out.push_str(&edit.replacement);
        at = edit.range.end;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// What [`fix_workspace`] did.
#[derive(Debug, Default)]
pub struct FixRun {
    /// The original text of every file whose text changed.
    pub original: BTreeMap<FileId, String>,
    /// Fixes applied, over all passes.
    pub applied: usize,
    /// The findings of the fixed workspace.
    pub findings: Vec<Finding>,
}

/// `true` when a finding's fix may be applied in this run.
#[must_use]
pub fn applicable(finding: &Finding, unsafe_fixes: bool) -> bool {
    !finding.suppressed
        && finding
            .fix
            .as_ref()
            .is_some_and(|f| f.applicability == Applicability::Safe || unsafe_fixes)
}

/// Lints, applies the applicable fixes in memory and lints again, up to
/// [`MAX_PASSES`] times. Files that did not parse are never touched, nor
/// are suppressed findings, nor modules outside the linted paths (loaded
/// only because a linted module calls them); a file whose fixed text would
/// not parse keeps its text. `lint` runs the rules over the workspace.
pub fn fix_workspace(
    ws: &mut Workspace,
    unsafe_fixes: bool,
    lint: &dyn Fn(&Workspace) -> Vec<Finding>,
) -> FixRun {
    let mut run = FixRun::default();
    let mut untouchable: HashSet<FileId> = ws.parse_errors.iter().map(|e| e.file).collect();
    // Modules loaded only because a linted module calls them (outside the
    // linted paths) are reported but not edited.
    for (dir, files) in &ws.modules {
        if !ws.requested.contains(dir) {
            untouchable.extend(files);
        }
    }
    let mut findings = lint(ws);
    for _ in 0..MAX_PASSES {
        let mut by_file: BTreeMap<FileId, Vec<&Fix>> = BTreeMap::new();
        for finding in &findings {
            if applicable(finding, unsafe_fixes)
                && !untouchable.contains(&finding.file)
                && let Some(fix) = &finding.fix
            {
                by_file.entry(finding.file).or_default().push(fix);
            }
        }
        let mut changed = false;
        for (file, fixes) in by_file {
            let old = ws.files[file].text.clone();
            let (new, applied) = apply(&old, &fixes);
            if new == old {
                continue;
            }
            if ws.replace_text(file, new) {
                run.original.entry(file).or_insert(old);
                run.applied += applied;
                changed = true;
            } else {
                untouchable.insert(file);
            }
        }
        if !changed {
            break;
        }
        findings = lint(ws);
    }
    run.original
        .retain(|&file, old| ws.files[file].text != *old);
    run.findings = findings;
    run
}

/// One line for the terminal: how many fixes were (or would be) applied,
/// and how many unsafe ones remain available.
#[must_use]
pub fn summary(run: &FixRun, unsafe_fixes: bool, written: bool) -> String {
    let verb = if written { "fixed" } else { "would fix" };
    let mut line = format!(
        "{verb} {} finding(s) in {} file(s)",
        run.applied,
        run.original.len()
    );
    let hidden = run
        .findings
        .iter()
        .filter(|f| !f.suppressed && !applicable(f, unsafe_fixes) && f.fix.is_some())
        .count();
    if hidden > 0 {
        let _ = write!(
            line,
            "; {hidden} more with --unsafe-fixes (review the plan)"
        );
    }
    line
}

/// A unified diff (3 lines of context) of every file the run changed.
#[must_use]
pub fn diff(ws: &Workspace, run: &FixRun) -> String {
    let mut out = String::new();
    for (&file, old) in &run.original {
        let source = &ws.files[file];
        let _ = write!(
            out,
            "{}",
            similar::TextDiff::from_lines(old.as_str(), source.text.as_str())
                .unified_diff()
                .context_radius(3)
                .header(&source.display, &source.display)
        );
    }
    out
}

/// Writes every changed file atomically (temporary file and rename). A file
/// that changed on disk since it was read, or is not valid UTF-8, is left
/// alone and returned in `skipped`.
///
/// # Errors
/// A file cannot be written.
pub fn write(ws: &Workspace, run: &FixRun) -> std::io::Result<Written> {
    let mut written = Written::default();
    for (&file, old) in &run.original {
        let source = &ws.files[file];
        let on_disk = std::fs::read(&source.path)?;
        if on_disk != old.as_bytes() {
            written.skipped.push(source.display.clone());
            continue;
        }
        crate::baseline::write_atomically(&source.path, &source.text)?;
        written.files.push(source.display.clone());
    }
    Ok(written)
}

/// The files [`write`] wrote and left alone.
#[derive(Debug, Default)]
pub struct Written {
    /// Written, as displayed.
    pub files: Vec<String>,
    /// Changed on disk since read, or not UTF-8: not written.
    pub skipped: Vec<String>,
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
        let fix = Fix::safe_edit(edit, String::new());
        apply(text, &[&fix]).0
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

    #[test]
    fn overlapping_fixes_apply_the_first() {
        let a = Fix::safe_edit(
            Edit {
                range: 0..3,
                replacement: "A".into(),
            },
            String::new(),
        );
        let b = Fix::safe_edit(
            Edit {
                range: 2..4,
                replacement: "B".into(),
            },
            String::new(),
        );
        assert_eq!(apply("abcdef", &[&b, &a]), ("Adef".to_owned(), 1));
        assert_eq!(apply("abcdef", &[&a, &a.clone()]), ("Adef".to_owned(), 2));
    }
}
