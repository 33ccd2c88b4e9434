//! `gen-taggable` end to end, on small git repositories made here in the
//! shape of its real sources (no network): what it writes, and that `--check`
//! passes on a fresh file, fails on a stale one, and fails loudly without its
//! sources.

use std::path::Path;
use std::process::{Command, Output};

/// A git repository at `dir` with one commit holding `files`.
fn repo(dir: &Path, files: &[(String, String)]) {
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    for args in [
        &["init", "-q", "-b", "main"][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "commit",
            "-q",
            "-m",
            "fixture",
        ],
    ] {
        let status = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    }
}

fn go_mod(module: &str) -> (String, String) {
    ("go.mod".to_owned(), format!("module github.com/{module}\n"))
}

/// Sources in the real repositories' layout: 120 AWS types, and 110 azurerm
/// and google pages with tags or labels plus one without.
fn sources(root: &Path) {
    let aws: String = (0..120)
        .map(|i| format!("\t\"aws_thing_{i:03}\",\n"))
        .collect();
    repo(
        &root.join("aws"),
        &[
            go_mod("terraform-linters/tflint-ruleset-aws"),
            (
                "rules/tags/resources.go".to_owned(),
                format!("package tags\n\nvar Resources = []string{{\n{aws}}}\n"),
            ),
            (
                "tools/provider-schema/.terraform.lock.hcl".to_owned(),
                "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"6.1.0\"\n}\n"
                    .to_owned(),
            ),
        ],
    );
    for (name, attribute) in [("azurerm", "tags"), ("google", "labels")] {
        let mut files = vec![go_mod(&format!("hashicorp/terraform-provider-{name}"))];
        for i in 0..110 {
            files.push((
                format!("website/docs/r/thing_{i:03}.html.markdown"),
                format!(
                    "# {name}_thing_{i:03}\n\n## Argument Reference\n\n\
                     * `name` - (Required) The name.\n\n\
                     * `{attribute}` - (Optional) A mapping of {attribute}.\n\n\
                     ## Attributes Reference\n"
                ),
            ));
        }
        files.push((
            "website/docs/r/plain.html.markdown".to_owned(),
            format!("# {name}_plain\n\n## Argument Reference\n\n* `name` - (Required) The name.\n"),
        ));
        repo(&root.join(name), &files);
    }
}

fn generate(root: &Path, out: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen-taggable"))
        .arg("--aws")
        .arg(root.join("aws"))
        .arg("--azurerm")
        .arg(root.join("azurerm"))
        .arg("--google")
        .arg(root.join("google"))
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .expect("gen-taggable runs")
}

#[test]
fn writes_the_table_and_checks_it() {
    let root = tempfile::tempdir().expect("tempdir");
    sources(root.path());
    let out = root.path().join("taggable.tsv");

    let written = generate(root.path(), &out, &[]);
    assert!(written.status.success(), "{written:?}");
    let text = std::fs::read_to_string(&out).expect("written");
    let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(rows.len(), 340, "{text}");
    assert!(rows.contains(&"aws_thing_000\ttags\taws\taws"));
    assert!(rows.contains(&"azurerm_thing_109\ttags\tazurerm\tazurerm"));
    assert!(rows.contains(&"google_thing_042\tlabels\tgoogle\tgoogle"));
    assert!(!text.contains("_plain"));
    assert!(text.contains("generated from the hashicorp/aws 6.1.0 schema"));

    let fresh = generate(root.path(), &out, &["--check"]);
    assert_eq!(fresh.status.code(), Some(0), "{fresh:?}");

    std::fs::write(&out, text.replacen("aws_thing_000\t", "aws_thing_0\t", 1)).expect("edit");
    let stale = generate(root.path(), &out, &["--check"]);
    assert_eq!(stale.status.code(), Some(1), "{stale:?}");
    assert!(String::from_utf8_lossy(&stale.stderr).contains("is stale"));
}

#[test]
fn a_wrong_or_missing_source_is_an_error_not_a_skip() {
    let root = tempfile::tempdir().expect("tempdir");
    sources(root.path());
    let out = root.path().join("taggable.tsv");
    // The azurerm and google clones swapped.
    std::fs::rename(root.path().join("azurerm"), root.path().join("swap")).expect("rename");
    std::fs::rename(root.path().join("google"), root.path().join("azurerm")).expect("rename");
    std::fs::rename(root.path().join("swap"), root.path().join("google")).expect("rename");
    let wrong = generate(root.path(), &out, &[]);
    assert_eq!(wrong.status.code(), Some(2), "{wrong:?}");
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("expected a clone of"));

    std::fs::remove_dir_all(root.path().join("google")).expect("remove");
    let missing = generate(root.path(), &out, &["--check"]);
    assert_eq!(missing.status.code(), Some(2), "{missing:?}");
    assert!(!out.exists());
}
