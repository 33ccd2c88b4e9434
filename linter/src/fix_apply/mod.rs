//! Layer 9: applying fixes. Rules attach [`Fix`] data to findings; only this
//! driver ([`fix_workspace`], [`write()`]) changes text or files, and it writes
//! them with `devopsflow_fs::write_atomically`.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::findings::{Applicability, Edit, Finding, Fix};
use crate::source::FileId;
use crate::source::workspace::Workspace;

/// How many lint-and-fix passes run at most (a pass skips fixes that overlap
/// one already applied; the next pass picks them up).
pub const MAX_PASSES: usize = 8;

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
        devopsflow_fs::write_atomically(&source.path, source.text.as_bytes())?;
        written.files.push(source.display.clone());
    }
    Ok(written)
}

/// The files [`write()`] wrote and left alone.
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
