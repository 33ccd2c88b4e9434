//! azurerm and google: the label arguments of the resource documentation pages.

use std::collections::BTreeMap;

use anyhow::{Result, bail};

use super::repo::Repo;

pub(crate) const DOCS_DIR: &str = "website/docs/r/";

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

/// Nested label attributes that hold the resource's own labels, read when the
/// resource has no top-level one: `user_labels` and `resource_labels`
/// (`settings.user_labels` of Cloud SQL), and the `labels` of the object
/// `metadata` of Cloud Run's Knative-style resources (`google_cloud_run_service`).
fn is_nested_resource_labels(path: &str) -> bool {
    preference(path) < 2 || path == "metadata.labels"
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Arguments,
    Attributes,
    Other,
}

/// The label attributes a resource page documents as arguments, as paths
/// (`tags`, `settings.user_labels`). An argument that the page also describes
/// as a block ("The `labels` block supports:", a list of key/value blocks) is
/// not a map of labels, and is left out. A top-level bullet of "Attributes
/// Reference" marked `(Optional)` or `(Required)` is an argument filed in the
/// wrong section, and counts too.
fn documented_label_attributes(text: &str, provider: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut section = Section::Other;
    let mut block: Option<String> = None;
    let mut introduced: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            let heading = heading.trim_start();
            section = if heading.starts_with("Argument") {
                Section::Arguments
            } else if heading.starts_with("Attribute") {
                Section::Attributes
            } else {
                Section::Other
            };
            block = None;
            continue;
        }
        if section == Section::Other {
            continue;
        }
        let bullet = line
            .strip_prefix("* `")
            .or_else(|| line.strip_prefix("- `"))
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name);
        if let Some(name) = bullet {
            let argument = section == Section::Arguments
                || (block.is_none() && (line.contains("(Optional") || line.contains("(Required")));
            if argument && is_label_attribute(provider, name) {
                found.push(match &block {
                    Some(b) => format!("{b}.{name}"),
                    None => name.to_owned(),
                });
            }
        } else if !line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            // A rule (`---`, `- - -`) separates groups of arguments; the
            // top-level ones may follow the blocks of earlier ones.
            if matches!(line.trim(), "---" | "- - -") {
                block = None;
            } else if let Some(name) = block_intro(line) {
                introduced.push(name.clone());
                block = Some(name);
            }
        }
    }
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
pub(crate) fn documented_types(repo: &Repo, provider: &str) -> Result<BTreeMap<String, String>> {
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
            attrs.retain(|a| is_nested_resource_labels(a));
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
    fn an_argument_filed_under_attributes_counts() {
        let page = "\
# azurerm_order

## Arguments Reference

* `name` - (Required) The name.

## Attributes Reference

* `id` - The ID.

* `tags` - (Optional) A mapping of tags to assign to the resource.

---

The `certificates` block supports the following:

* `tags` - (Optional) Not at the top level.
";
        assert_eq!(documented_label_attributes(page, "azurerm"), ["tags"]);
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
    fn nested_labels_count_only_where_they_are_the_resources_own() {
        for path in [
            "settings.user_labels",
            "node_config.resource_labels",
            "metadata.labels",
        ] {
            assert!(is_nested_resource_labels(path), "{path}");
        }
        for path in ["node_config.labels", "template.labels", "volume.tags"] {
            assert!(!is_nested_resource_labels(path), "{path}");
        }
    }

    #[test]
    fn the_resource_labels_win_over_labels_that_mean_something_else() {
        let mut attrs = vec!["labels", "user_labels", "resource_labels"];
        attrs.sort_by_key(|a| preference(a));
        assert_eq!(attrs, ["resource_labels", "user_labels", "labels"]);
    }
}
