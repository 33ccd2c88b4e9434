//! `gen-taggable`: writes `linter/data/taggable.tsv`, the resource types that
//! take tags or labels and the attribute the tagging rule (DFL301) reads,
//! from the providers' public sources.
//!
//! ```text
//! cargo run -p devopsflow-lint --bin gen-taggable -- \
//!     --aws DIR --azurerm DIR --google DIR [--out FILE] [--check]
//! ```
//!
//! Each `DIR` is a git repository (a clone or a bare git directory) of:
//! - `--aws`: terraform-linters/tflint-ruleset-aws. Its `rules/tags/resources.go`
//!   lists every hashicorp/aws resource whose schema has a `tags` attribute; it
//!   is generated from `terraform providers schema -json` of the provider
//!   version pinned in `tools/provider-schema/.terraform.lock.hcl`.
//! - `--azurerm`: hashicorp/terraform-provider-azurerm.
//! - `--google`: hashicorp/terraform-provider-google (or google-beta).
//!
//! For azurerm and google the resource pages (`website/docs/r/*.html.markdown`)
//! are read: an argument counts when it is an unindented bullet of the
//! "Argument Reference" section that says `(Optional)` or `(Required)`. It is
//! nested after a line that introduces a block ("The `settings` block
//! supports:") and top-level again after a rule (`---`, `- - -`). Top-level
//! arguments are taken; a nested one only when the resource has no top-level
//! one and it is `user_labels` or `resource_labels` (as `settings.user_labels`
//! of `google_sql_database_instance`). An argument the page also describes as
//! a block is not a map of labels and is left out, and so are the types in
//! [`NOT_RESOURCE_LABELS`].
//!
//! Files are read from each repository's `HEAD` with git, and the commits are
//! written into the file's header. `--check` compares instead of writing and
//! exits 1 when the checked-in file differs. A source that cannot be read is
//! an error (exit 2), never a skip.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context as _, Result, bail};

const DOCS_DIR: &str = "website/docs/r/";

/// The attribute names that hold a resource's tags or labels, per provider.
/// Google's `tags` are network or Resource Manager tags, not labels; its
/// `terraform_labels` and `effective_labels` are computed, never arguments.
fn is_label_attribute(provider: &str, name: &str) -> bool {
    match provider {
        "google" => matches!(name, "labels" | "user_labels" | "resource_labels"),
        _ => name == "tags",
    }
}

/// Types whose label attribute is not free-form resource labels, with the
/// reason. Requiring keys there would ask for labels the API rejects.
const NOT_RESOURCE_LABELS: &[(&str, &str)] = &[(
    "google_cloud_identity_group",
    "its required `labels` select the group type and accept only Cloud Identity's own keys",
)];

/// When a resource has several label attributes, the one that holds the
/// resource's own labels: `user_labels` and `resource_labels` exist exactly
/// where `labels` means something else (for example a notification channel's
/// settings).
fn preference(name: &str) -> u8 {
    match name.rsplit('.').next().unwrap_or(name) {
        "resource_labels" => 0,
        "user_labels" => 1,
        _ => 2,
    }
}

/// A source given on the command line: a git repository and the revision to
/// read (`DIR` reads `HEAD`, `DIR@v3.117.1` a tag or commit).
struct Source {
    flag: &'static str,
    dir: PathBuf,
    rev: Option<String>,
}

impl Source {
    fn parse(flag: &'static str, value: &str) -> Self {
        let (dir, rev) = match value.rsplit_once('@') {
            Some((dir, rev)) if !rev.is_empty() && !rev.contains('/') => (dir, Some(rev)),
            _ => (value, None),
        };
        Self {
            flag,
            dir: PathBuf::from(dir),
            rev: rev.map(str::to_owned),
        }
    }

    /// The source as written in the file's header, without the local path.
    fn placeholder(&self, repo: &Repo) -> String {
        match &self.rev {
            Some(rev) => format!("{} {}@{rev}", self.flag, repo.name),
            None => format!("{} {}", self.flag, repo.name),
        }
    }
}

struct Args {
    sources: Vec<Source>,
    out: PathBuf,
    check: bool,
}

fn parse_args() -> Result<Args> {
    let mut sources = Vec::new();
    let mut out = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/taggable.tsv"));
    let mut check = false;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        let mut value = || {
            args.next()
                .map(|v| v.to_string_lossy().into_owned())
                .with_context(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--aws" => sources.push(Source::parse("--aws", &value()?)),
            "--azurerm" => sources.push(Source::parse("--azurerm", &value()?)),
            "--google" => sources.push(Source::parse("--google", &value()?)),
            "--out" => out = PathBuf::from(value()?),
            "--check" => check = true,
            other => bail!("unknown argument {other}"),
        }
    }
    for flag in ["--aws", "--azurerm", "--google"] {
        if !sources.iter().any(|s| s.flag == flag) {
            bail!(
                "missing {flag} DIR (a git repository of the source, see --help in the file header)"
            );
        }
    }
    Ok(Args {
        sources,
        out,
        check,
    })
}

/// One git repository, read at one commit.
struct Repo {
    dir: PathBuf,
    /// The Go module's repository (`hashicorp/terraform-provider-azurerm`).
    name: String,
    commit: String,
    date: String,
}

impl Repo {
    fn open(source: &Source) -> Result<Self> {
        let dir = &source.dir;
        let rev = format!("{}^{{commit}}", source.rev.as_deref().unwrap_or("HEAD"));
        let head = git(dir, &["log", "-1", "--format=%H %cs", &rev])?;
        let (commit, date) = head
            .trim()
            .split_once(' ')
            .with_context(|| format!("{}: no commit {rev}", dir.display()))?;
        let go_mod = git(dir, &["show", &format!("{commit}:go.mod")])?;
        // `github.com/OWNER/NAME` or `github.com/OWNER/NAME/v2`.
        let name = go_mod
            .lines()
            .find_map(|l| l.strip_prefix("module github.com/"))
            .map(|m| m.trim().split('/').take(2).collect::<Vec<_>>().join("/"))
            .with_context(|| format!("{}: go.mod names no github.com module", dir.display()))?;
        Ok(Self {
            dir: dir.to_owned(),
            name,
            commit: commit.to_owned(),
            date: date.to_owned(),
        })
    }

    fn show(&self, path: &str) -> Result<String> {
        git(&self.dir, &["show", &format!("{}:{path}", self.commit)])
    }

    /// The text of every file under `dir` at this commit, by path.
    fn files_under(&self, dir: &str) -> Result<BTreeMap<String, String>> {
        let list = git(&self.dir, &["ls-tree", "--name-only", &self.commit, dir])?;
        let paths: Vec<&str> = list.lines().collect();
        if paths.is_empty() {
            bail!("{}: no files under {dir}", self.dir.display());
        }
        let mut child = Command::new("git")
            .arg("-C")
            .arg(&self.dir)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .context("running git cat-file")?;
        let mut stdin = child.stdin.take().context("git stdin")?;
        let request: String = paths
            .iter()
            .map(|p| format!("{}:{p}\n", self.commit))
            .collect();
        let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
        let output = child.wait_with_output().context("reading git cat-file")?;
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("git writer panicked"))??;
        let mut rest = output.stdout.as_slice();
        let mut files = BTreeMap::new();
        for path in paths {
            let end = rest
                .iter()
                .position(|b| *b == b'\n')
                .context("truncated git output")?;
            let header = String::from_utf8_lossy(&rest[..end]).into_owned();
            let size: usize = header
                .rsplit(' ')
                .next()
                .and_then(|s| s.parse().ok())
                .with_context(|| format!("{path}: unexpected git header {header:?}"))?;
            let body = rest
                .get(end + 1..end + 1 + size)
                .context("truncated git output")?;
            files.insert(path.to_owned(), String::from_utf8_lossy(body).into_owned());
            rest = rest.get(end + 2 + size..).unwrap_or_default();
        }
        Ok(files)
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("running git")?;
    if !output.status.success() {
        bail!(
            "git -C {} {}: {}",
            dir.display(),
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// AWS: the quoted names in tflint-ruleset-aws's generated list, and the
/// provider version its schema came from.
fn aws_types(repo: &Repo) -> Result<(Vec<String>, String)> {
    let list = repo.show("rules/tags/resources.go")?;
    let types: Vec<String> = list
        .lines()
        .filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix("\","))
        .map(str::to_owned)
        .collect();
    if types.len() < 100 || types.iter().any(|t| !t.starts_with("aws_")) {
        bail!("rules/tags/resources.go does not look like the list of taggable AWS types");
    }
    let lock = repo.show("tools/provider-schema/.terraform.lock.hcl")?;
    let version = lock
        .split("provider \"registry.terraform.io/hashicorp/aws\"")
        .nth(1)
        .and_then(|rest| {
            let line = rest.lines().find(|l| l.trim().starts_with("version"))?;
            Some(line.split('"').nth(1)?.to_owned())
        })
        .context("no hashicorp/aws version in tools/provider-schema/.terraform.lock.hcl")?;
    Ok((types, version))
}

/// The resource type a documentation page describes: its `# <type>` title.
fn page_type<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.lines()
        .filter_map(|l| l.strip_prefix("# "))
        .map(str::trim)
        .find(|t| {
            t.starts_with(prefix)
                && t.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
}

/// The label attributes a resource page documents as arguments, as paths
/// (`tags`, `settings.user_labels`). An argument that the page also describes
/// as a block ("The `labels` block supports:", a list of key/value blocks) is
/// not a map of labels, and is left out.
fn documented_label_attributes(text: &str, provider: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_arguments = false;
    let mut block: Option<String> = None;
    let mut introduced: Vec<String> = Vec::new();
    let mut pending: Option<String> = None;
    let mut flush = |pending: &mut Option<String>, paragraph: &str| {
        if let Some(path) = pending.take()
            && (paragraph.contains("(Optional") || paragraph.contains("(Required"))
        {
            found.push(path);
        }
    };
    let mut paragraph = String::new();
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut pending, &paragraph);
            in_arguments = heading.trim_start().starts_with("Argument");
            block = None;
            continue;
        }
        if !in_arguments {
            continue;
        }
        let bullet = line
            .strip_prefix("* `")
            .or_else(|| line.strip_prefix("- `"))
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name);
        if let Some(name) = bullet {
            flush(&mut pending, &paragraph);
            paragraph.clear();
            if is_label_attribute(provider, name) {
                pending = Some(match &block {
                    Some(b) => format!("{b}.{name}"),
                    None => name.to_owned(),
                });
            }
        } else if !line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            flush(&mut pending, &paragraph);
            // A rule (`---`, `- - -`) separates groups of arguments; the
            // top-level ones may follow the blocks of earlier ones.
            if matches!(line.trim(), "---" | "- - -") {
                block = None;
            } else if let Some(name) = block_intro(line) {
                introduced.push(name.clone());
                block = Some(name);
            }
        }
        paragraph.push_str(line);
        paragraph.push('\n');
    }
    flush(&mut pending, &paragraph);
    found.retain(|path| {
        let leaf = path.rsplit('.').next().unwrap_or(path);
        !introduced.iter().any(|b| b == path || b == leaf)
    });
    found
}

/// The block a line such as "The `settings` block supports:" or "The optional
/// `settings.ip_configuration` subblock supports:" introduces. Notes that
/// merely mention a block (`~> **Note:** … the `x` block …`) introduce none.
fn block_intro(line: &str) -> Option<String> {
    let line = match line.strip_prefix("<a ") {
        Some(rest) => rest.split_once("</a>")?.1,
        None => line,
    };
    let first = line.split_whitespace().next()?;
    if !matches!(first, "A" | "An" | "The" | "a" | "an" | "Each") {
        return None;
    }
    let mut parts = line.splitn(3, '`');
    let (_, name, after) = (parts.next()?, parts.next()?, parts.next()?);
    let after = after.trim_start();
    let introduces = (after.starts_with("block") || after.starts_with("subblock"))
        && ["support", "export", "contain"]
            .iter()
            .any(|w| after.contains(w));
    let valid = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.');
    (introduces && valid).then(|| name.to_owned())
}

/// Every documented resource type with a label attribute, and the one the
/// rule reads.
fn documented_types(repo: &Repo, provider: &str) -> Result<BTreeMap<String, String>> {
    let prefix = format!("{provider}_");
    let mut out = BTreeMap::new();
    for (path, text) in repo.files_under(DOCS_DIR)? {
        let Some(rtype) = page_type(&text, &prefix) else {
            continue;
        };
        if NOT_RESOURCE_LABELS.iter().any(|(t, _)| *t == rtype) {
            continue;
        }
        let mut attrs = documented_label_attributes(&text, provider);
        let top_level = attrs.iter().any(|a| !a.contains('.'));
        if top_level {
            attrs.retain(|a| !a.contains('.'));
        } else {
            attrs.retain(|a| preference(a) < 2);
        }
        attrs.sort_by_key(|a| (preference(a), a.clone()));
        let Some(attr) = attrs.into_iter().next() else {
            continue;
        };
        if let Some(previous) = out.insert(rtype.to_owned(), attr) {
            bail!("{path}: {rtype} is documented twice (also with {previous})");
        }
    }
    if out.len() < 100 {
        bail!(
            "{}: only {} {provider} resources with labels found under {DOCS_DIR}",
            repo.dir.display(),
            out.len()
        );
    }
    Ok(out)
}

/// The repositories each flag accepts, and the provider their rows belong to.
fn expected(flag: &str) -> (&'static [&'static str], &'static str) {
    match flag {
        "--aws" => (&["terraform-linters/tflint-ruleset-aws"], "aws"),
        "--azurerm" => (&["hashicorp/terraform-provider-azurerm"], "azurerm"),
        _ => (
            &[
                "hashicorp/terraform-provider-google",
                "hashicorp/terraform-provider-google-beta",
            ],
            "google",
        ),
    }
}

fn render(args: &Args) -> Result<String> {
    // type -> (attribute, provider, source label); the first source given wins.
    let mut rows: BTreeMap<String, (String, &str, String)> = BTreeMap::new();
    let mut header_sources = String::new();
    let mut command = String::from("cargo run -p devopsflow-lint --bin gen-taggable --");
    for source in &args.sources {
        let repo = Repo::open(source)?;
        let (names, provider) = expected(source.flag);
        if !names.contains(&repo.name.as_str()) {
            bail!(
                "{} {}: expected a clone of {}, found {}",
                source.flag,
                source.dir.display(),
                names.join(" or "),
                repo.name
            );
        }
        let short = repo.name.rsplit('/').next().unwrap_or_default();
        let mut label = short
            .strip_prefix("terraform-provider-")
            .unwrap_or(provider)
            .to_owned();
        if let Some(rev) = &source.rev {
            label = format!("{label}@{rev}");
        }
        let found: Vec<(String, String)> = if provider == "aws" {
            let (types, version) = aws_types(&repo)?;
            header_sources.push_str(&format!(
                "# source {label}: {} {} ({}) rules/tags/resources.go, generated from the \
                 hashicorp/aws {version} schema\n",
                repo.name, repo.commit, repo.date
            ));
            types.into_iter().map(|t| (t, "tags".to_owned())).collect()
        } else {
            header_sources.push_str(&format!(
                "# source {label}: {} {} ({}) {DOCS_DIR}\n",
                repo.name, repo.commit, repo.date
            ));
            documented_types(&repo, provider)?.into_iter().collect()
        };
        for (t, attr) in found {
            rows.entry(t)
                .or_insert_with(|| (attr, provider, label.clone()));
        }
        command.push(' ');
        command.push_str(&source.placeholder(&repo));
    }
    let mut text = String::new();
    text.push_str(
        "# Resource types that take tags or labels, and the attribute the tagging rule\n\
         # (DFL301) reads. Generated: never edit by hand. Regenerate with\n",
    );
    text.push_str(&format!("#   {command}\n"));
    text.push_str(
        "# where each name stands for a git clone of that repository, read at HEAD or\n\
         # at the revision after @ (add --check to compare instead of writing).\n",
    );
    text.push_str(&header_sources);
    text.push_str("# columns: resource type, attribute, provider, source\n");
    for (t, (attr, provider, label)) in &rows {
        text.push_str(&format!("{t}\t{attr}\t{provider}\t{label}\n"));
    }
    Ok(text)
}

fn run() -> Result<ExitCode> {
    let args = parse_args()?;
    let text = render(&args)?;
    if args.check {
        let current = std::fs::read_to_string(&args.out)
            .with_context(|| format!("reading {}", args.out.display()))?;
        if current != text {
            eprintln!(
                "{} is stale: regenerate it with the command in its header",
                args.out.display()
            );
            return Ok(ExitCode::from(1));
        }
        eprintln!("{} is fresh", args.out.display());
        return Ok(ExitCode::SUCCESS);
    }
    std::fs::write(&args.out, text).with_context(|| format!("writing {}", args.out.display()))?;
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gen-taggable: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AZURERM_PAGE: &str = "\
# azurerm_example

## Arguments Reference

* `name` - (Required) The name.

---

~> **Note:** Set `enabled` in the `identity` block to use a managed identity.

A `job_storage_account` block supports the following:

* `account_name` - (Required) The account.

---

* `tags` - (Optional) A mapping of tags to assign to the resource.

---

A `volume` block supports the following:

* `tags` - (Optional) A mapping of tags for the volume.

## Attributes Reference

* `tags` - A mapping of tags.
";

    const GOOGLE_PAGE: &str = "\
---
# ----
#     ***     AUTO GENERATED CODE    ***
---

# google_example

## Argument Reference

<a name=\"nested_settings\"></a>The `settings` block supports:

* `user_labels` - (Optional) User labels.

* `labels` -
  (Optional)
  Kubernetes labels of the nodes.

- - -

* `labels` -
  (Optional)
  Labels of the resource.
  **Note**: Please refer to the field `effective_labels` for all of the labels.

* `terraform_labels` -
  The combination of labels configured directly on the resource.

* `tags` - (Optional) A map of resource manager tags.

## Attributes Reference

* `effective_labels` - All labels.
";

    #[test]
    fn azurerm_pages_yield_top_level_tags_after_nested_blocks() {
        assert_eq!(page_type(AZURERM_PAGE, "azurerm_"), Some("azurerm_example"));
        assert_eq!(
            documented_label_attributes(AZURERM_PAGE, "azurerm"),
            ["tags", "volume.tags"]
        );
    }

    #[test]
    fn google_pages_yield_labels_but_not_computed_labels_or_tags() {
        assert_eq!(page_type(GOOGLE_PAGE, "google_"), Some("google_example"));
        assert_eq!(
            documented_label_attributes(GOOGLE_PAGE, "google"),
            ["settings.user_labels", "settings.labels", "labels"]
        );
    }

    #[test]
    fn arguments_that_are_blocks_are_not_label_maps() {
        let page = "\
# google_example

## Argument Reference

* `labels` -
  (Optional)
  The labels of this descriptor.
  Structure is [documented below](#nested_labels).

<a name=\"nested_labels\"></a>The `labels` block supports:

* `key` -
  (Required)
  The key.
";
        assert!(documented_label_attributes(page, "google").is_empty());
    }

    #[test]
    fn only_lines_that_introduce_a_block_open_one() {
        let cases = [
            ("A `volume` block supports the following:", Some("volume")),
            (
                "An `identity` block exports the following:",
                Some("identity"),
            ),
            (
                "<a name=\"nested_x\"></a>The `settings` block supports",
                Some("settings"),
            ),
            (
                "The optional `settings.ip_configuration` subblock supports:",
                Some("settings.ip_configuration"),
            ),
            ("~> **Note:** the `identity` block is required.", None),
            (
                "In addition, one of either `identity` or `sp` blocks must be set.",
                None,
            ),
            ("A `tags` mapping supports the following:", None),
        ];
        for (line, block) in cases {
            assert_eq!(block_intro(line).as_deref(), block, "{line}");
        }
    }

    #[test]
    fn sources_take_an_optional_revision() {
        let head = Source::parse("--azurerm", "/src/azurerm");
        assert_eq!(
            (head.dir.as_path(), head.rev),
            (Path::new("/src/azurerm"), None)
        );
        let tag = Source::parse("--azurerm", "/src/azurerm@v3.117.1");
        assert_eq!(tag.rev.as_deref(), Some("v3.117.1"));
        assert_eq!(tag.dir, PathBuf::from("/src/azurerm"));
        let at_in_path = Source::parse("--google", "/home/me@work/google");
        assert_eq!(at_in_path.rev, None);
    }

    #[test]
    fn the_resource_labels_win_over_labels_that_mean_something_else() {
        let mut attrs = vec!["labels", "user_labels", "resource_labels"];
        attrs.sort_by_key(|a| preference(a));
        assert_eq!(attrs, ["resource_labels", "user_labels", "labels"]);
    }
}
