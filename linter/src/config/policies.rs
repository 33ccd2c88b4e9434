//! The policies of a configuration: its `policy` blocks and the `*.hcl`
//! files of its `policy_paths`, checked for codes and names that collide
//! with a built-in rule or with each other.

use std::path::Path;
use std::sync::Arc;

use hcl_edit::structure::Body;

use super::ConfigError;
use crate::policy::{self, Policy, PolicyError};
use crate::registry::find_rule;
use crate::value::Value;

/// Loads the policies of a configuration file whose text is `text`.
pub(super) fn load(
    body: &Body,
    text: &str,
    path: &str,
    policy_paths: Option<&Value>,
) -> Result<Vec<&'static Policy>, ConfigError> {
    let mut out = Vec::new();
    let shared: Arc<str> = Arc::from(text);
    for block in body.blocks() {
        if block.ident.value().as_str() == "policy" {
            out.push(policy::parse_block(block, &shared, path).map_err(boxed)?);
        }
    }
    if let Some(value) = policy_paths {
        let dirs = value
            .string_list()
            .ok_or_else(|| ConfigError::InvalidValue {
                path: path.to_owned(),
                key: "policy_paths".to_owned(),
                expected: "a list of directories",
            })?;
        let base = Path::new(path).parent().unwrap_or(Path::new("."));
        for dir in dirs {
            out.extend(load_dir(&base.join(dir))?);
        }
    }
    for (i, policy) in out.iter().enumerate() {
        let (code, name) = (policy.meta.code, policy.meta.name);
        if let Some(builtin) = find_rule(code).or_else(|| find_rule(name)) {
            return Err(boxed(policy.error_at_code(format!(
                "policy {code} (`{name}`) collides with the built-in rule {} (`{}`)",
                builtin.code, builtin.name
            ))));
        }
        if let Some(earlier) = out[..i]
            .iter()
            .find(|p| p.meta.code.eq_ignore_ascii_case(code) || p.meta.name == name)
        {
            return Err(boxed(policy.error_at_code(format!(
                "policy {code} (`{name}`) collides with policy {} (`{}`) of {}",
                earlier.meta.code, earlier.meta.name, earlier.origin.path
            ))));
        }
    }
    Ok(out)
}

/// The policies of every `*.hcl` file of a directory, in name order.
fn load_dir(dir: &Path) -> Result<Vec<&'static Policy>, ConfigError> {
    let io = |source| ConfigError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|e| e == "hcl") && p.is_file())
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| ConfigError::Io {
            path: file.display().to_string(),
            source,
        })?;
        out.extend(policy::parse_file(&text, &file.display().to_string()).map_err(boxed)?);
    }
    Ok(out)
}

fn boxed(error: PolicyError) -> ConfigError {
    ConfigError::Policy(error)
}
