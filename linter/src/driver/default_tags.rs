//! Provider default tags (AWS `default_tags`, Google `default_labels`), by
//! provider address, inherited by called modules through `providers`.

use std::collections::BTreeMap;

use crate::model::{ModuleCtx, label};
use crate::value::Value;

/// Provider default tags (AWS `default_tags`, Google `default_labels`) by
/// provider address.
pub(super) fn provider_tags(
    module: &ModuleCtx<'_>,
    inherited: Option<BTreeMap<String, Value>>,
    definitely_root: bool,
) -> BTreeMap<String, Value> {
    let mut tags = inherited.unwrap_or_default();
    let standalone_unknown = !definitely_root && tags.is_empty();
    for name in ["aws", "google", "google-beta", "azurerm"] {
        tags.entry(name.to_owned())
            .or_insert(if standalone_unknown {
                // A module linted on its own may get a provider with default tags
                // from a caller we cannot see.
                Value::Unknown
            } else {
                Value::Object(BTreeMap::new())
            });
    }
    for provider in &module.items.providers {
        let Some(name) = label(provider.block, 0) else {
            continue;
        };
        let node = module.node(*provider);
        let key = match node.value("alias") {
            Some(Value::String(alias)) => format!("{name}.{alias}"),
            Some(_) => continue,
            None => name.to_owned(),
        };
        let value = match name {
            "aws" => {
                let blocks = node.blocks("default_tags");
                match blocks.as_slice() {
                    [] => Value::Object(BTreeMap::new()),
                    [one] if !one.uncertain => {
                        one.value("tags").unwrap_or(Value::Object(BTreeMap::new()))
                    }
                    _ => Value::Unknown,
                }
            }
            "google" | "google-beta" => node
                .value("default_labels")
                .unwrap_or(Value::Object(BTreeMap::new())),
            _ => Value::Object(BTreeMap::new()),
        };
        tags.insert(key, value);
    }
    tags
}
