//! `docs/rules/migrating.md` is generated from the suppression ID cross-walk
//! (`src/suppress/foreign.rs`). Regenerate with `DFL_UPDATE_DOCS=1 cargo test -p
//! devopsflow-lint --test migrating`.

use std::fmt::Write as _;
use std::path::Path;

use devopsflow_lint::registry::find_rule;
use devopsflow_lint::suppress::foreign::{MAPPING, Tool};

fn expected() -> String {
    let mut out = String::from(
        "<!-- Generated from linter/src/suppress/foreign.rs by linter/tests/migrating.rs; do not edit. -->\n\
         # Migrating suppressions from other linters\n\n\
         devopsflow-lint honours the inline suppression comments of tfsec/Trivy, Checkov and\n\
         tflint for the checks that mean the same as one of its rules, so a repository can\n\
         switch without rewriting its comments. They are placed like our own comments (on the\n\
         line above a block or attribute, or at the end of its first line); a Checkov comment\n\
         inside a block covers that whole top-level block, as in Checkov.\n\n\
         | Comment | Reason | Expiry |\n|---|---|---|\n\
         | `#tfsec:ignore:ID`, `#trivy:ignore:ID` (`AVD-` prefix optional) | none | `:exp:YYYY-MM-DD` |\n\
         | `#checkov:skip=ID[,ID]:reason` | after the second `:` | none |\n\
         | `# tflint-ignore: rule[, rule] # reason` | after the second `#` | none |\n\n\
         Foreign suppressions are governed like ours: an expired one reports `DFL901`, one without\n\
         a reason does not suppress under `suppressions { require_reason = true }` (tfsec/Trivy\n\
         comments cannot carry one), forbidden rules stay reported, and unused ones are listed by\n\
         `--report-unused-suppressions`. IDs not in the table below are ignored, as is tflint's `all`.\n\n\
         To move a comment to the native syntax, write\n\
         `# devopsflow-lint:ignore[CODE] until=YYYY-MM-DD reason`.\n\n",
    );
    let _ = writeln!(
        out,
        "{} mappings.\n\n| our rule | name | tool | ID |\n|---|---|---|---|",
        MAPPING.len()
    );
    for (tool, id, code) in MAPPING {
        let name = find_rule(code).map_or("", |r| r.name);
        let id = if *tool == Tool::Trivy && id.contains('-') && id.len() == 8 {
            format!("`{id}` / `AVD-{id}`")
        } else {
            format!("`{id}`")
        };
        let _ = writeln!(
            out,
            "| [{code}]({code}.md) | `{name}` | {} | {id} |",
            tool.as_str()
        );
    }
    out
}

#[test]
fn migration_doc_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/rules/migrating.md");
    let want = expected();
    if std::env::var_os("DFL_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).expect("docs/rules is writable");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules/migrating.md is out of date; run DFL_UPDATE_DOCS=1 cargo test -p devopsflow-lint --test migrating"
    );
}

#[test]
fn every_mapping_names_a_registered_rule() {
    for (_, id, code) in MAPPING {
        assert!(find_rule(code).is_some(), "{id} maps onto unknown {code}");
    }
}
