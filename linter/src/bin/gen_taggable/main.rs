//! `gen-taggable`: writes `linter/data/taggable.tsv`, the resource types that
//! take tags or labels and the attribute the tagging rule (DFL301) reads,
//! from the providers' public sources.
//!
//! ```text
//! cargo run -p devopsflow-lint --bin gen-taggable -- \
//!     --aws DIR[@REV]... --azurerm DIR[@REV]... --google DIR[@REV]... [--out FILE] [--check]
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
//! "Argument Reference" section named `tags` (azurerm) or `labels`,
//! `user_labels`, `resource_labels` (google). It is nested after a line that
//! introduces a block ("The `settings` block supports:") and top-level again
//! after a rule (`---`, `- - -`). Top-level arguments are taken; a nested one
//! only when the resource has no top-level one and it holds the resource's
//! own labels (`docs::is_nested_resource_labels`: `settings.user_labels` of
//! `google_sql_database_instance`, `metadata.labels` of Cloud Run v1). An
//! argument the page also describes as a block is not a map of labels and is
//! left out, and so are the types in `docs::NOT_RESOURCE_LABELS`.
//!
//! Files are read from each repository's `HEAD` with git, and the commits are
//! written into the file's header. `--check` compares instead of writing and
//! exits 1 when the checked-in file differs. A source that cannot be read is
//! an error (exit 2), never a skip.

mod aws;
mod docs;
mod repo;
mod schema;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use clap::Parser;

use repo::Repo;

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

/// Writes linter/data/taggable.tsv from the providers' sources (see the
/// file's header and linter/README.md).
#[derive(Debug, Parser)]
#[command(name = "gen-taggable")]
struct Args {
    /// A git clone of terraform-linters/tflint-ruleset-aws, as DIR or DIR@REV
    /// (repeatable; the first listing a type wins).
    #[arg(long = "aws", value_name = "DIR[@REV]", required = true)]
    aws: Vec<String>,
    /// A git clone of hashicorp/terraform-provider-azurerm, as DIR or DIR@REV
    /// (repeatable).
    #[arg(long = "azurerm", value_name = "DIR[@REV]", required = true)]
    azurerm: Vec<String>,
    /// A git clone of hashicorp/terraform-provider-google (or -google-beta),
    /// as DIR or DIR@REV (repeatable).
    #[arg(long = "google", value_name = "DIR[@REV]", required = true)]
    google: Vec<String>,
    /// The file to write or check.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/data/taggable.tsv"))]
    out: PathBuf,
    /// Compare with the file instead of writing it: exit 1 when it differs.
    #[arg(long)]
    check: bool,
}

impl Args {
    fn sources(&self) -> Vec<Source> {
        let flags = [
            ("--aws", &self.aws),
            ("--azurerm", &self.azurerm),
            ("--google", &self.google),
        ];
        flags
            .into_iter()
            .flat_map(|(flag, values)| values.iter().map(move |v| Source::parse(flag, v)))
            .collect()
    }
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
    for source in &args.sources() {
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
            let (types, version) = aws::aws_types(&repo)?;
            header_sources.push_str(&format!(
                "# source {label}: {} {} ({}) rules/tags/resources.go, generated from the \
                 hashicorp/aws {version} schema\n",
                repo.name, repo.commit, repo.date
            ));
            types.into_iter().map(|t| (t, "tags".to_owned())).collect()
        } else {
            header_sources.push_str(&format!(
                "# source {label}: {} {} ({}) {}\n",
                repo.name,
                repo.commit,
                repo.date,
                docs::DOCS_DIR
            ));
            let documented = docs::documented_types(&repo, provider)?;
            cross_check(&label, &documented, &schema::schema_types(&repo, provider)?);
            documented.into_iter().collect()
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

/// Prints, for review, how the documentation and the Go schema agree. The
/// documentation wins: it names the attribute, and it tells nested and
/// block-form arguments apart.
fn cross_check(
    label: &str,
    documented: &BTreeMap<String, String>,
    schema: &std::collections::BTreeSet<String>,
) {
    if schema.is_empty() {
        eprintln!("{label}: no cross-check (this revision registers resources in another way)");
        return;
    }
    let schema_only: Vec<&String> = schema
        .iter()
        .filter(|t| !documented.contains_key(*t))
        .collect();
    let both = documented.keys().filter(|t| schema.contains(*t)).count();
    eprintln!(
        "{label}: {} documented with tags or labels, {} with them in the Go schema, {both} in \
         both; in the Go schema only: {schema_only:?}",
        documented.len(),
        schema.len(),
    );
}

fn run() -> Result<ExitCode> {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            print!("{e}");
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => bail!("{e}"),
    };
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
    use std::path::Path;

    use super::*;

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
}
