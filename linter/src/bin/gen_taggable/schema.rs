//! A cross-check of the documentation against the Go schemas: the resource
//! types whose source file defines tags (azurerm) or the provider-managed
//! `effective_labels` (google). Differences are printed for review; the table
//! itself comes from the documentation, which names the attribute.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;

use super::repo::Repo;

/// azurerm's tags schemas, as written at a resource's top level.
const AZURERM_TAGS: &str = r#""tags":[[:space:]]+(commonschema\.Tags|commonschema\.TagsForceNew|tags\.Schema|tags\.ForceNewSchema)\("#;

/// Resource types whose Go source file defines tags or labels.
pub(crate) fn schema_types(repo: &Repo, provider: &str) -> Result<BTreeSet<String>> {
    let (pattern, dir) = match provider {
        "azurerm" => (AZURERM_TAGS, "internal/services"),
        _ => (r#""effective_labels""#, "."),
    };
    let files: Vec<String> = repo
        .grep(pattern, dir)?
        .into_iter()
        .filter(|p| {
            p.ends_with(".go")
                && !p.ends_with("_test.go")
                && !p.contains("data_source")
                && !p.starts_with("vendor/")
        })
        .collect();
    let paths: Vec<&str> = files.iter().map(String::as_str).collect();
    let texts = repo.read(&paths)?;
    if texts.len() != paths.len() {
        eprintln!(
            "  {} of {} schema files are not in this clone",
            paths.len() - texts.len(),
            paths.len()
        );
    }
    let registrations = if provider == "azurerm" {
        untyped_registrations(repo)?
    } else {
        BTreeMap::new()
    };
    let mut out = BTreeSet::new();
    for text in texts.values() {
        out.extend(registered_names(text, &registrations));
    }
    Ok(out)
}

/// azurerm's untyped resources: function name -> resource type, from the
/// services' `registration.go` maps (`"azurerm_x": resourceX(),`).
fn untyped_registrations(repo: &Repo) -> Result<BTreeMap<String, String>> {
    let files = repo.grep(r#""azurerm_[a-z0-9_]+":"#, "internal/services")?;
    let files: Vec<&str> = files
        .iter()
        .map(String::as_str)
        .filter(|p| p.ends_with("/registration.go"))
        .collect();
    let mut out = BTreeMap::new();
    for text in repo.read(&files)?.values() {
        for line in text.lines() {
            let Some((name, call)) = line.trim().split_once(':') else {
                continue;
            };
            let (Some(name), Some(function)) = (
                name.strip_prefix('"').and_then(|n| n.strip_suffix('"')),
                call.trim().strip_suffix("(),"),
            ) else {
                continue;
            };
            if name.starts_with("azurerm_") && function.starts_with("resource") {
                out.insert(function.to_owned(), name.to_owned());
            }
        }
    }
    Ok(out)
}

/// The resource types a Go file registers: a typed azurerm resource's
/// `ResourceType()`, an untyped one's constructor, or a google
/// `registry.Schema` of type resource.
fn registered_names(text: &str, untyped: &BTreeMap<String, String>) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let quoted = |line: &str| line.split('"').nth(1).map(str::to_owned);
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).copied().unwrap_or_default();
        if line.ends_with("ResourceType() string {")
            && !line.contains("DataSource)")
            && let Some(name) = next.strip_prefix("return ").and_then(quoted)
        {
            out.push(name);
        } else if let Some(rest) = line.strip_prefix("func ")
            && let Some((function, _)) = rest.split_once("() *pluginsdk.Resource")
            && let Some(name) = untyped.get(function)
        {
            out.push(name.clone());
        } else if line.starts_with("Name:")
            && lines[i..lines.len().min(i + 4)]
                .iter()
                .any(|l| l.contains("registry.SchemaTypeResource"))
            && let Some(name) = quoted(line)
        {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_untyped_and_registry_resources_are_found() {
        let typed = "func (r KeyResource) ResourceType() string {\n\treturn \"azurerm_key\"\n}\n\
                     func (r KeyDataSource) ResourceType() string {\n\treturn \"azurerm_key\"\n}\n";
        assert_eq!(registered_names(typed, &BTreeMap::new()), ["azurerm_key"]);
        let untyped = "func resourceOrder() *pluginsdk.Resource {\n";
        let map = BTreeMap::from([("resourceOrder".to_owned(), "azurerm_order".to_owned())]);
        assert_eq!(registered_names(untyped, &map), ["azurerm_order"]);
        let google = "registry.Schema{\n\tName: \"google_x\",\n\tProductName: \"x\",\n\
                      \tType: registry.SchemaTypeResource,\n}.Register()\n\
                      registry.Schema{\n\tName: \"google_x\",\n\tProductName: \"x\",\n\
                      \tType: registry.SchemaTypeDataSource,\n}.Register()\n";
        assert_eq!(registered_names(google, &BTreeMap::new()), ["google_x"]);
    }
}
