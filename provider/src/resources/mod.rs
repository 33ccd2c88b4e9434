//! One file per resource type; each implements [`crate::engine::ArtifactKind`].

pub(crate) mod alert_rules;
pub(crate) mod alertmanager_config;
pub(crate) mod ansible_playbook;
pub(crate) mod container;
pub(crate) mod deploy_scripts;
pub(crate) mod grafana_dashboard;
pub(crate) mod k8s_app;
pub(crate) mod pipeline;
pub(crate) mod prometheus_config;

/// `files` (names relative to `dir`) with their paths relative to `root_dir`; `dir`
/// `.` (or empty) is `root_dir` itself.
pub(crate) fn under(dir: &str, files: Vec<(String, String)>) -> Vec<(String, String)> {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() || dir == "." {
        return files;
    }
    files
        .into_iter()
        .map(|(name, text)| (format!("{dir}/{name}"), text))
        .collect()
}

/// `block` with the required `path` attribute of a one-file kind first, described by
/// `what` ("the rule file") and what every such path means.
pub(crate) fn with_path(mut block: tfplug::Block, what: &str, extra: &str) -> tfplug::Block {
    block.attributes.insert(
        0,
        tfplug::Attribute::required("path", tfplug::Type::String).description(format!(
            "Where to write {what}, relative to the provider's `root_dir`.{extra} Changing it \
             replaces the resource (the old file is removed)."
        )),
    );
    block
}

/// The string attribute `name` of a resource's configuration; empty when it is not a
/// known string (the schema makes the location attributes required).
pub(crate) fn string_attr(config: &tfplug::Value, name: &str) -> String {
    config
        .get_attr(name)
        .and_then(tfplug::Value::as_str)
        .unwrap_or_default()
        .to_string()
}
