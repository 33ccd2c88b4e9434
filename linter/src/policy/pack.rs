//! The built-in pack, parsed one policy at a time and only when needed.
//!
//! A cheap line scan of the embedded files finds each `policy` block (a
//! `policy "CODE" {` line and the `}` line closing it, both at column 0) and
//! its `resource_types` strings. A lint run parses only the policies whose
//! types the module declares ([`for_types`]); `rules`, `explain`, SARIF and
//! rule lookups parse the whole pack ([`all`]). Either way each policy is
//! parsed once and shared, so findings cite the same `&'static Policy`.
//! `tests::the_index_matches_the_parse` checks the scan against the parse.

use std::sync::OnceLock;

use super::parse::parse_file_with_docs;
use super::{BUILTIN_FILES, Policy, split_docs};

/// One policy block of a built-in file.
struct Entry {
    path: &'static str,
    /// The block's text, from its `policy` line to its closing `}`.
    block: &'static str,
    /// How many lines of the file come before the block.
    line: usize,
    /// Its `resource_types`, as scanned; `None` when the scan could not read
    /// them, and the policy is then parsed on every run.
    types: Option<Vec<&'static str>>,
    parsed: OnceLock<Option<&'static Policy>>,
}

impl Entry {
    /// The parsed policy: the block alone, after as many blank lines as the
    /// file has before it, so that line numbers stay those of the file.
    fn policy(&self) -> Option<&'static Policy> {
        *self.parsed.get_or_init(|| {
            let (rest, docs) = split_docs(self.block);
            let text = format!("{}{rest}", "\n".repeat(self.line));
            // The embedded files are tested to parse (`tests::builtin_parses`);
            // a block that does not is left out rather than stopping the linter.
            let parsed = parse_file_with_docs(&text, self.path, &docs).ok()?;
            match parsed.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        })
    }

    fn applies_to(&self, present: &[&str]) -> bool {
        self.types
            .as_ref()
            .is_none_or(|types| types.iter().any(|t| present.contains(t)))
    }
}

/// The scanned blocks of every built-in file, in file order.
fn index() -> &'static [Entry] {
    static INDEX: OnceLock<Vec<Entry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        BUILTIN_FILES
            .iter()
            .flat_map(|(path, text)| scan(path, text))
            .collect()
    })
}

/// Finds the policy blocks of one file.
fn scan(path: &'static str, text: &'static str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let end = offset + line.len();
        let bare = line.trim_end();
        if bare.starts_with("policy \"") && bare.ends_with('{') {
            start = Some((offset, number));
        } else if bare == "}"
            && let Some((from, first)) = start.take()
        {
            let block = &text[from..end];
            entries.push(Entry {
                path,
                block,
                line: first,
                types: resource_types(block),
                parsed: OnceLock::new(),
            });
        }
        offset = end;
    }
    entries
}

/// The quoted strings of a block's `resource_types = [ ... ]` list.
fn resource_types(block: &'static str) -> Option<Vec<&'static str>> {
    let at = block.find("\n  resource_types")?;
    let rest = &block[at..];
    let open = rest.find('[')?;
    let close = rest.find(']')?;
    let list = rest.get(open + 1..close)?;
    let types: Vec<&'static str> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.strip_prefix('"')?.strip_suffix('"'))
        .collect::<Option<_>>()?;
    (!types.is_empty()).then_some(types)
}

/// Every built-in policy, in file order.
pub(super) fn all() -> &'static [&'static Policy] {
    static ALL: OnceLock<Vec<&'static Policy>> = OnceLock::new();
    ALL.get_or_init(|| index().iter().filter_map(Entry::policy).collect())
}

/// The built-in policies that apply to some resource type of `present`, in
/// the order of [`all`]: the others report nothing, so they are not parsed.
#[must_use]
pub fn for_types(present: &[&str]) -> Vec<&'static Policy> {
    index()
        .iter()
        .filter(|e| e.applies_to(present))
        .filter_map(Entry::policy)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_file;

    /// The scan finds every policy of the full parse, in order, with its
    /// resource types, and the lazily parsed policies are the same.
    #[test]
    fn the_index_matches_the_parse() {
        let mut full = Vec::new();
        for (path, text) in BUILTIN_FILES {
            full.extend(parse_file(text, path).expect("built-in file parses"));
        }
        assert_eq!(index().len(), full.len());
        assert_eq!(all().len(), full.len());
        for ((entry, lazy), whole) in index().iter().zip(all()).zip(&full) {
            assert_eq!(lazy.meta.code, whole.meta.code);
            assert_eq!(lazy.meta.name, whole.meta.name);
            assert_eq!(lazy.meta.docs(), whole.meta.docs(), "{}", whole.meta.code);
            assert_eq!(lazy.message, whole.message);
            let types: Vec<&str> = whole.resource_types.iter().map(String::as_str).collect();
            assert_eq!(entry.types.as_deref(), Some(types.as_slice()));
            assert_eq!(lazy.resource_types, whole.resource_types);
            let line = |p: &Policy| p.origin.text[..p.origin.code_span.start].lines().count();
            assert_eq!(line(lazy), line(whole), "{}", whole.meta.code);
        }
    }

    #[test]
    fn only_the_policies_of_present_types_are_chosen() {
        assert!(for_types(&[]).is_empty());
        assert!(for_types(&["null_resource"]).is_empty());
        let ecr = for_types(&["aws_ecr_repository"]);
        assert!(!ecr.is_empty());
        assert!(
            ecr.iter()
                .all(|p| p.resource_types.iter().any(|t| t == "aws_ecr_repository"))
        );
        let expected = all()
            .iter()
            .filter(|p| p.resource_types.iter().any(|t| t == "aws_ecr_repository"))
            .count();
        assert_eq!(ecr.len(), expected);
        // The same parsed policies as the whole pack's.
        assert!(
            ecr.iter()
                .all(|p| all().iter().any(|q| std::ptr::eq(*p, *q)))
        );
    }
}
