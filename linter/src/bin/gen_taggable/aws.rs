//! AWS: tflint-ruleset-aws's list of the resources whose schema has `tags`.

use anyhow::{Context as _, Result, bail};

use super::repo::Repo;

/// AWS: the quoted names in tflint-ruleset-aws's generated list, and the
/// provider version its schema came from.
pub(crate) fn aws_types(repo: &Repo) -> Result<(Vec<String>, String)> {
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
