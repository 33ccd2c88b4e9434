//! The schema Terraform sees, per resource: names, types, required/optional/computed,
//! sensitivity and block nesting. Descriptions are left out (the generated docs show
//! them); anything else that changes here changes what users may write.

use devopsflow_provider::provider::DevopsflowProvider;
use serde_json::{Value as Json, json};
use tfplug::{Attribute, AttributeKind, Block, Provider as _};

fn attribute_json(attribute: &Attribute) -> Json {
    let kind = match &attribute.kind {
        AttributeKind::Type(ty) => {
            let text = String::from_utf8(ty.to_json()).unwrap_or_default();
            serde_json::from_str(&text).unwrap_or(Json::String(text))
        }
        AttributeKind::Nested {
            nesting,
            attributes,
        } => json!({
            "nesting": format!("{nesting:?}"),
            "attributes": attributes.iter().map(attribute_json).collect::<Vec<_>>(),
        }),
    };
    json!({
        "name": attribute.name,
        "type": kind,
        "required": attribute.required,
        "optional": attribute.optional,
        "computed": attribute.computed,
        "sensitive": attribute.sensitive,
        "deprecated": attribute.deprecated,
    })
}

fn block_json(block: &Block) -> Json {
    json!({
        "attributes": block.attributes.iter().map(attribute_json).collect::<Vec<_>>(),
        "blocks": block.blocks.iter().map(|nested| json!({
            "type_name": nested.type_name,
            "nesting": format!("{:?}", nested.nesting),
            "min_items": nested.min_items,
            "max_items": nested.max_items,
            "block": block_json(&nested.block),
        })).collect::<Vec<_>>(),
        "deprecated": block.deprecated,
    })
}

#[test]
fn every_resource_schema_is_unchanged() {
    let provider = DevopsflowProvider::default();
    let mut resources = provider.resources();
    resources.sort_by_key(|r| r.type_name());
    let names: Vec<&str> = resources.iter().map(|r| r.type_name()).collect();
    assert_eq!(
        names,
        [
            "devopsflow_alert_rules",
            "devopsflow_alertmanager_config",
            "devopsflow_ansible_playbook",
            "devopsflow_container",
            "devopsflow_deploy_scripts",
            "devopsflow_grafana_dashboard",
            "devopsflow_k8s_app",
            "devopsflow_pipeline",
            "devopsflow_prometheus_config"
        ]
    );
    for resource in resources {
        let schema = resource.schema();
        let text = serde_json::to_string_pretty(&json!({
            "version": schema.version,
            "block": block_json(&schema.block),
        }))
        .unwrap_or_default();
        insta::assert_snapshot!(resource.type_name(), text);
    }
}
