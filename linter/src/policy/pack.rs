//! The built-in pack, loaded one policy at a time and only when needed.
//!
//! `linter/build.rs` compiles `policies/*.hcl` into [`compiled::POLICIES`]:
//! fields as literals, docs as byte ranges of the embedded files, each
//! condition as a function that builds its syntax tree. A lint run loads
//! only the policies whose types the module declares ([`for_types`]);
//! `rules`, `explain`, SARIF and rule lookups load the whole pack ([`all`]).
//! Either way each policy is loaded once and shared, so findings cite the
//! same `&'static Policy`. `tests::the_compiled_pack_matches_the_parse`
//! checks every compiled policy against the runtime parse of its file.

use std::sync::{Arc, OnceLock};

use super::compiled::{self, Compiled, Doc};
use super::parse::{analyse, category};
use super::{BUILTIN_FILES, Origin, Policy};
use crate::findings::{Docs, RuleMeta, Severity};

/// One loaded policy per compiled one.
static LOADED: [OnceLock<Option<&'static Policy>>; compiled::COUNT] =
    [const { OnceLock::new() }; compiled::COUNT];

/// The text of each embedded file, shared by its policies' origins.
static TEXTS: [OnceLock<Arc<str>>; BUILTIN_FILES.len()] =
    [const { OnceLock::new() }; BUILTIN_FILES.len()];

/// The policy of `POLICIES[n]`, loaded on first use.
fn load(n: usize) -> Option<&'static Policy> {
    *LOADED
        .get(n)?
        .get_or_init(|| build(compiled::POLICIES.get(n)?))
}

/// A policy from its compiled form; `None` (the policy left out rather than
/// stopping the linter) when its file is not embedded or a field is invalid,
/// which `tests::the_compiled_pack_matches_the_parse` rules out.
fn build(c: &'static Compiled) -> Option<&'static Policy> {
    let file = BUILTIN_FILES.iter().position(|(path, _)| *path == c.path)?;
    let source = BUILTIN_FILES[file].1;
    let text = TEXTS.get(file)?.get_or_init(|| Arc::from(source));
    let condition = (c.condition)();
    let facts = analyse(&condition, c.code).ok()?;
    let help = c
        .help
        .unwrap_or_else(|| Box::leak(format!("see `devopsflow-lint explain {}`", c.code).into()));
    let docs = match c.doc {
        Doc::Lines(from, to) => Docs::Heredoc {
            help,
            lines: source.get(from..to)?,
        },
        Doc::Text(doc) => Docs::Text { help, doc },
        Doc::None => Docs::Text {
            help,
            doc: Box::leak(
                format!(
                    "## What it does\nA policy of {}: reports {} resources where {}.\n",
                    c.path,
                    c.resource_types.join(", "),
                    c.message
                )
                .into(),
            ),
        },
    };
    let policy = Policy {
        meta: RuleMeta {
            code: c.code,
            name: c.name,
            category: category(c.category)?,
            severity: Severity::parse(c.severity)?,
            fixable: None,
            docs,
        },
        resource_types: c.resource_types.iter().map(|&t| t.to_owned()).collect(),
        message: c.message.to_owned(),
        condition,
        reads: facts.reads,
        uses_referenced_by: facts.uses_referenced_by,
        uses_module_resources: facts.uses_module_resources,
        origin: Origin {
            path: c.path.to_owned(),
            text: Arc::clone(text),
            code_span: c.code_span.0..c.code_span.1,
        },
    };
    Some(Box::leak(Box::new(policy)))
}

/// Every built-in policy, in file order.
pub(super) fn all() -> &'static [&'static Policy] {
    static ALL: OnceLock<Vec<&'static Policy>> = OnceLock::new();
    ALL.get_or_init(|| (0..compiled::COUNT).filter_map(load).collect())
}

/// The built-in policies that apply to some resource type of `present`, in
/// the order of [`all`]: the others report nothing, so they are not loaded.
#[must_use]
pub fn for_types(present: &[&str]) -> Vec<&'static Policy> {
    compiled::POLICIES
        .iter()
        .enumerate()
        .filter(|(_, c)| c.resource_types.iter().any(|t| present.contains(t)))
        .filter_map(|(n, _)| load(n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_file;

    /// Every compiled policy is its file's runtime parse, field by field
    /// (the condition's syntax tree included, spans and comments aside), in
    /// file order, and every embedded file is compiled.
    #[test]
    fn the_compiled_pack_matches_the_parse() {
        let mut full = Vec::new();
        for (path, text) in BUILTIN_FILES {
            full.extend(parse_file(text, path).expect("built-in file parses"));
        }
        assert_eq!(compiled::COUNT, full.len());
        assert_eq!(all().len(), full.len());
        for (loaded, parsed) in all().iter().zip(&full) {
            let code = parsed.meta.code;
            assert_eq!(loaded.meta.code, code);
            assert_eq!(loaded.meta.name, parsed.meta.name, "{code}");
            assert_eq!(loaded.meta.category, parsed.meta.category, "{code}");
            assert_eq!(loaded.meta.severity, parsed.meta.severity, "{code}");
            assert_eq!(loaded.meta.help(), parsed.meta.help(), "{code}");
            assert_eq!(loaded.meta.docs(), parsed.meta.docs(), "{code}");
            assert_eq!(loaded.message, parsed.message, "{code}");
            assert_eq!(loaded.resource_types, parsed.resource_types, "{code}");
            assert_eq!(loaded.condition, parsed.condition, "{code}");
            assert_eq!(loaded.reads, parsed.reads, "{code}");
            assert_eq!(
                loaded.uses_referenced_by, parsed.uses_referenced_by,
                "{code}"
            );
            assert_eq!(
                loaded.uses_module_resources, parsed.uses_module_resources,
                "{code}"
            );
            assert_eq!(loaded.origin.path, parsed.origin.path, "{code}");
            assert_eq!(&*loaded.origin.text, &*parsed.origin.text, "{code}");
            assert_eq!(loaded.origin.code_span, parsed.origin.code_span, "{code}");
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
