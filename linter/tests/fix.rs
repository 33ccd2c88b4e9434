//! Autofix. Library cases: every folder under `tests/fixtures/fix/<case>/`
//! holds `input.<ext>` files and the exact text after `--fix` in
//! `expected.<ext>` and after `--fix --unsafe-fixes` in
//! `expected-unsafe.<ext>` (a missing expected file means "unchanged", a
//! missing `expected-unsafe` means "as with safe fixes only"). Every case
//! runs both ways. Each case
//! also checks that the fixed findings are gone on re-lint, that a second
//! run changes nothing, and that only findings with a fix disappear.
//! CLI cases run the binary with `--fix`, `--diff` and `--unsafe-fixes`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use devopsflow_lint::findings::Applicability;
use devopsflow_lint::fix_apply as fix;
use devopsflow_lint::registry::RULES;
use devopsflow_lint::{Finding, Settings, Workspace, driver};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fix");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("fixtures/fix exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// A case's files: input name, input text, expected text with safe fixes
/// and with unsafe fixes too.
struct CaseFile {
    name: String,
    input: String,
    safe: String,
    unsafe_: String,
}

fn files(dir: &Path) -> Vec<CaseFile> {
    let mut out = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("case is readable")
        .map(|e| {
            e.expect("readable")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.starts_with("input."))
        .collect();
    names.sort();
    for name in names {
        let read = |n: String| std::fs::read_to_string(dir.join(n)).ok();
        let input = read(name.clone()).unwrap_or_else(|| panic!("{name} in {dir:?}"));
        let safe = read(name.replacen("input.", "expected.", 1)).unwrap_or_else(|| input.clone());
        let unsafe_ =
            read(name.replacen("input.", "expected-unsafe.", 1)).unwrap_or_else(|| safe.clone());
        out.push(CaseFile {
            name,
            input,
            safe,
            unsafe_,
        });
    }
    out
}

fn lint_all(ws: &Workspace) -> Vec<Finding> {
    driver::lint(ws, &|_| Settings::default())
}

/// `(rule, resource or span start)`: what a finding is about, across edits.
fn key(f: &Finding) -> (String, String) {
    (
        f.rule.code.to_owned(),
        f.resource.clone().unwrap_or_else(|| format!("{}", f.file)),
    )
}

fn fixed_rules() -> BTreeSet<(&'static str, Applicability)> {
    let mut seen = BTreeSet::new();
    for dir in cases() {
        let sources = files(&dir);
        let pairs: Vec<(&str, &str)> = sources
            .iter()
            .map(|f| (f.name.as_str(), f.input.as_str()))
            .collect();
        let ws = Workspace::from_sources(&pairs);
        for f in lint_all(&ws) {
            if let Some(fix) = &f.fix {
                seen.insert((f.rule.code, fix.applicability));
            }
        }
    }
    seen
}

#[test]
fn fixture_cases() {
    for dir in cases() {
        for unsafe_fixes in [false, true] {
            check_case(&dir, unsafe_fixes);
        }
    }
}

fn check_case(dir: &Path, unsafe_fixes: bool) {
    let case = format!(
        "{}{}",
        dir.file_name().unwrap_or_default().to_string_lossy(),
        if unsafe_fixes { " (unsafe)" } else { "" }
    );
    let sources = files(dir);
    assert!(!sources.is_empty(), "{case} has no input files");
    let pairs: Vec<(&str, &str)> = sources
        .iter()
        .map(|f| (f.name.as_str(), f.input.as_str()))
        .collect();
    let mut ws = Workspace::from_sources(&pairs);
    assert!(ws.parse_errors.is_empty(), "{case} input must parse");
    let before = lint_all(&ws);
    let run = fix::fix_workspace(&mut ws, unsafe_fixes, &lint_all);
    for (id, file) in sources.iter().enumerate() {
        let expected = if unsafe_fixes {
            &file.unsafe_
        } else {
            &file.safe
        };
        assert_eq!(
            ws.files[id].text, *expected,
            "{case}/{}: fixed text differs from expected",
            file.name
        );
    }
    // What had an applicable fix is gone; everything else is still there.
    let after: BTreeSet<_> = run.findings.iter().map(key).collect();
    for f in &before {
        let fixed = fix::applicable(f, unsafe_fixes);
        assert_eq!(
            !after.contains(&key(f)),
            fixed,
            "{case}: {} on {:?} should {}be reported after fixing",
            f.rule.code,
            f.resource,
            if fixed { "no longer " } else { "still " }
        );
    }
    assert!(
        run.findings
            .iter()
            .all(|f| !fix::applicable(f, unsafe_fixes)),
        "{case}: a fix is left over"
    );
    // Idempotent: a second run changes nothing.
    let again = fix::fix_workspace(&mut ws, unsafe_fixes, &lint_all);
    assert!(again.original.is_empty(), "{case}: second run changed text");
}

#[test]
fn every_fixable_rule_has_a_case_and_matches_the_registry() {
    let seen = fixed_rules();
    for rule in RULES {
        let produced: Vec<_> = seen
            .iter()
            .filter(|(code, _)| *code == rule.code)
            .map(|(_, a)| *a)
            .collect();
        match rule.fixable {
            Some(applicability) => assert_eq!(
                produced,
                vec![applicability],
                "{} is registered as {applicability:?}-fixable",
                rule.code
            ),
            None => assert!(
                produced.is_empty(),
                "{} is not registered as fixable",
                rule.code
            ),
        }
    }
}

#[test]
fn fixable_rules_document_fix_safety() {
    for rule in RULES {
        let documented = rule.docs().contains("## Fix safety");
        assert_eq!(
            documented,
            rule.fixable.is_some(),
            "{}: `## Fix safety` goes with a registered fix",
            rule.code
        );
    }
}

#[test]
fn rules_listing_shows_fixability() {
    let table = devopsflow_lint::output::rules::table(&[]);
    let row = |code: &str| {
        table
            .lines()
            .find(|l| l.starts_with(code))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(row("DFL116").ends_with(" safe"), "{}", row("DFL116"));
    assert!(row("DFL102").ends_with(" unsafe"), "{}", row("DFL102"));
    assert!(row("DFL101").ends_with(" no"), "{}", row("DFL101"));
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(args)
        .current_dir(dir)
        .env("DEVOPSFLOW_LINT_TODAY", "2026-01-01")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A backend whose only finding is DFL402 (safe fix), and a database whose
/// DFL102 fix is unsafe.
const BACKEND: &str = "terraform {\n  required_version = \">= 1.5\"\n\n  backend \"s3\" {\n    bucket       = \"acme-state\"\n    key          = \"prod.tfstate\"\n    region       = \"eu-west-1\"\n    use_lockfile = true\n  }\n}\n";
const DATABASE: &str = "resource \"aws_db_instance\" \"main\" {\n  engine            = \"postgres\"\n  storage_encrypted = false # legacy\n}\n";

fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    std::fs::write(
        dir.path().join(".devopsflow-lint.hcl"),
        "rule \"DFL301\" {\n  enabled = false\n}\nrule \"DFL407\" {\n  enabled = false\n}\n",
    )
    .expect("write config");
    dir
}

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).expect("read")
}

/// `--fix` rewrites a file through `devopsflow_fs::write_atomically`: the
/// file keeps its permission bits and no temporary file is left beside it.
#[cfg(unix)]
#[test]
fn fix_keeps_the_file_mode_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt as _;

    let dir = project(&[("main.tf", BACKEND)]);
    let path = dir.path().join("main.tf");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let (code, _, stderr) = run(dir.path(), &["--fix", "--format", "compact", "."]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        read(&dir, "main.tf").contains("encrypt      = true"),
        "not fixed"
    );
    let mode = std::fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the fix changed the file mode to {mode:o}");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.ends_with(".tmp")),
        "temporary files left: {names:?}"
    );
}

#[test]
fn diff_prints_without_writing_and_exits_1() {
    let dir = project(&[("main.tf", BACKEND), ("db.tf", DATABASE)]);
    let (code, stdout, stderr) = run(dir.path(), &["--diff", "."]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout,
        "--- main.tf\n+++ main.tf\n@@ -6,5 +6,6 @@\n     key          = \"prod.tfstate\"\n     region       = \"eu-west-1\"\n     use_lockfile = true\n+    encrypt      = true\n   }\n }\n"
    );
    assert!(
        stderr.contains("would fix 1 finding(s) in 1 file(s); 1 more with --unsafe-fixes"),
        "{stderr}"
    );
    assert_eq!(read(&dir, "main.tf"), BACKEND);

    let (code, stdout, _) = run(dir.path(), &["--diff", "--unsafe-fixes", "."]);
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with("--- db.tf\n+++ db.tf\n@@ -1,4 +1,4 @@\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "-  storage_encrypted = false # legacy\n+  storage_encrypted = true # legacy\n"
        )
    );
    assert_eq!(read(&dir, "db.tf"), DATABASE);
}

#[test]
fn diff_exits_0_when_nothing_to_fix() {
    let dir = project(&[(
        "main.tf",
        "terraform {\n  required_version = \">= 1.5\"\n\n  backend \"s3\" {\n    bucket       = \"b\"\n    key          = \"k\"\n    region       = \"eu-west-1\"\n    encrypt      = true\n    use_lockfile = true\n  }\n}\n",
    )]);
    let (code, stdout, stderr) = run(dir.path(), &["--diff", "."]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
}

#[test]
fn fix_writes_safe_fixes_and_exit_code_reflects_what_remains() {
    // Everything fixable: exit 0 and the report is clean.
    let dir = project(&[("main.tf", BACKEND)]);
    let (code, stdout, stderr) = run(dir.path(), &["--fix", "--format", "compact", "."]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert!(
        stderr.contains("fixed 1 finding(s) in 1 file(s)"),
        "{stderr}"
    );
    assert!(read(&dir, "main.tf").contains("    use_lockfile = true\n    encrypt      = true\n"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");

    // An unsafe fix stays unapplied without the flag: exit 1, reported.
    let dir = project(&[("main.tf", BACKEND), ("db.tf", DATABASE)]);
    let (code, stdout, stderr) = run(dir.path(), &["--fix", "--format", "compact", "."]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout,
        "db.tf:3:3: high DFL102 storage is not encrypted: `storage_encrypted` is false\n"
    );
    assert!(stderr.contains("1 more with --unsafe-fixes"), "{stderr}");
    assert_eq!(read(&dir, "db.tf"), DATABASE);

    // With it, the database is fixed too.
    let (code, stdout, stderr) = run(
        dir.path(),
        &["--fix", "--unsafe-fixes", "--format", "compact", "."],
    );
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert_eq!(read(&dir, "db.tf"), DATABASE.replace("= false", "= true"));
}

#[test]
fn files_that_do_not_parse_are_never_touched() {
    let broken = "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false\n";
    let dir = project(&[("main.tf", BACKEND), ("broken.tf", broken)]);
    let (code, _, stderr) = run(dir.path(), &["--fix", "--format", "compact", "."]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(read(&dir, "broken.tf"), broken);
    assert!(read(&dir, "main.tf").contains("encrypt      = true"));
}

#[test]
fn unsafe_fixes_alone_is_a_usage_error() {
    let dir = project(&[("main.tf", BACKEND)]);
    let (code, _, stderr) = run(dir.path(), &["--unsafe-fixes", "."]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--unsafe-fixes needs --fix or --diff"),
        "{stderr}"
    );
    assert_eq!(run(dir.path(), &["--fix", "--diff", "."]).0, 2);
    assert_eq!(read(&dir, "main.tf"), BACKEND);
}

#[test]
fn called_modules_outside_the_linted_paths_are_not_edited() {
    let key = "resource \"aws_kms_key\" \"k\" {\n  description = \"k\"\n}\n";
    let call = "module \"shared\" {\n  source = \"../shared\"\n}\n";
    let dir = project(&[]);
    for (sub, text) in [("root", call), ("shared", key)] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
        std::fs::write(dir.path().join(sub).join("main.tf"), text).expect("write");
    }
    let (code, _, stderr) = run(dir.path(), &["--fix", "root"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("fixed 0 finding(s) in 0 file(s)"),
        "{stderr}"
    );
    assert_eq!(read(&dir, "shared/main.tf"), key);
    // Linted itself, it is fixed.
    let (_, _, stderr) = run(dir.path(), &["--fix", "shared"]);
    assert!(
        stderr.contains("fixed 1 finding(s) in 1 file(s)"),
        "{stderr}"
    );
}

/// One replacement read from a machine-readable report: 1-based line and character column
/// of its start and end, and the new text.
struct ReportedEdit {
    start: (usize, usize),
    end: (usize, usize),
    replacement: String,
}

/// The byte offset of a 1-based line and character column in `text`.
fn offset_of(text: &str, (line, column): (usize, usize)) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let rest = &text[line_start..];
    line_start
        + rest
            .char_indices()
            .nth(column - 1)
            .map_or(rest.len(), |(i, _)| i)
}

/// `text` with the edits applied (they must not overlap).
fn apply_reported(text: &str, edits: &[ReportedEdit]) -> String {
    let mut ranges: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset_of(text, e.start),
                offset_of(text, e.end),
                e.replacement.as_str(),
            )
        })
        .collect();
    ranges.sort_by_key(|r| std::cmp::Reverse(r.0));
    let mut out = text.to_owned();
    for (start, end, replacement) in ranges {
        out.replace_range(start..end, replacement);
    }
    out
}

fn number(value: &serde_json::Value, key: &str) -> usize {
    value[key]
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("{key} is not a number in {value}"))
}

/// The JSON and SARIF reports carry each finding's fix as edits; applied by a client, they
/// give exactly the files `--fix --unsafe-fixes` writes.
#[test]
fn json_and_sarif_fixes_reproduce_what_fix_writes() {
    let kms = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fix/kms_rotation/input.tf"),
    )
    .expect("fixture");
    let suppressed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fix/suppressed/input.tf"),
    )
    .expect("fixture");
    let sources = [
        ("main.tf", BACKEND),
        ("db.tf", DATABASE),
        ("kms.tf", kms.as_str()),
        ("hsm.tf", suppressed.as_str()),
    ];
    let dir = project(&sources);

    let (_, json, stderr) = run(dir.path(), &["--format", "json", "."]);
    let report: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let mut from_json: BTreeMap<String, Vec<ReportedEdit>> = BTreeMap::new();
    let mut applicabilities = BTreeSet::new();
    for finding in report["findings"].as_array().expect("findings") {
        let Some(fix) = finding.get("fix") else {
            continue;
        };
        applicabilities.insert(
            fix["applicability"]
                .as_str()
                .expect("applicability")
                .to_owned(),
        );
        assert!(
            !fix["description"].as_str().unwrap_or_default().is_empty(),
            "{fix}"
        );
        let file = finding["file"].as_str().expect("file").to_owned();
        let text = sources
            .iter()
            .find(|(n, _)| *n == file)
            .map(|(_, t)| *t)
            .expect("a linted file");
        for edit in fix["edits"].as_array().expect("edits") {
            let reported = ReportedEdit {
                start: (number(edit, "line"), number(edit, "column")),
                end: (number(edit, "end_line"), number(edit, "end_column")),
                replacement: edit["replacement"]
                    .as_str()
                    .expect("replacement")
                    .to_owned(),
            };
            assert_eq!(
                offset_of(text, reported.start),
                number(edit, "start_offset"),
                "{edit}"
            );
            assert_eq!(
                offset_of(text, reported.end),
                number(edit, "end_offset"),
                "{edit}"
            );
            from_json.entry(file.clone()).or_default().push(reported);
        }
    }
    assert_eq!(
        applicabilities,
        BTreeSet::from(["safe".to_owned(), "unsafe".to_owned()])
    );
    assert_eq!(
        from_json.keys().collect::<Vec<_>>(),
        ["db.tf", "kms.tf", "main.tf"]
    );

    let (_, sarif, _) = run(dir.path(), &["--format", "sarif", "."]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    let mut from_sarif: BTreeMap<String, Vec<ReportedEdit>> = BTreeMap::new();
    for result in sarif["runs"][0]["results"].as_array().expect("results") {
        let Some(fixes) = result.get("fixes") else {
            continue;
        };
        for change in fixes[0]["artifactChanges"]
            .as_array()
            .expect("artifactChanges")
        {
            let file = change["artifactLocation"]["uri"]
                .as_str()
                .expect("uri")
                .to_owned();
            for replacement in change["replacements"].as_array().expect("replacements") {
                let region = &replacement["deletedRegion"];
                from_sarif
                    .entry(file.clone())
                    .or_default()
                    .push(ReportedEdit {
                        start: (number(region, "startLine"), number(region, "startColumn")),
                        end: (number(region, "endLine"), number(region, "endColumn")),
                        replacement: replacement["insertedContent"]["text"]
                            .as_str()
                            .expect("insertedContent")
                            .to_owned(),
                    });
            }
        }
    }
    assert_eq!(
        from_sarif.keys().collect::<Vec<_>>(),
        from_json.keys().collect::<Vec<_>>()
    );

    let (code, _, stderr) = run(
        dir.path(),
        &["--fix", "--unsafe-fixes", "--format", "compact", "."],
    );
    assert!(code == 0 || code == 1, "{stderr}");
    let suppressed_findings: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["file"] == "hsm.tf")
        .collect();
    assert_eq!(suppressed_findings.len(), 1, "{report:#}");
    assert_eq!(suppressed_findings[0]["suppressed"], true);
    assert!(
        suppressed_findings[0].get("fix").is_none(),
        "suppressed: no fix"
    );
    for (name, text) in sources {
        let fixed = read(&dir, name);
        if name == "hsm.tf" {
            assert_eq!(fixed, text, "--fix leaves suppressed findings alone");
            continue;
        }
        assert_ne!(fixed, text, "{name} has fixes");
        let none = Vec::new();
        assert_eq!(
            apply_reported(text, from_json.get(name).unwrap_or(&none)),
            fixed,
            "{name} (JSON)"
        );
        assert_eq!(
            apply_reported(text, from_sarif.get(name).unwrap_or(&none)),
            fixed,
            "{name} (SARIF)"
        );
    }
}
