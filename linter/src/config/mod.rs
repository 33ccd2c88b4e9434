//! Layer 7: the `.devopsflow-lint.hcl` configuration file, found by
//! [`discover`] and parsed into [`Settings`] by [`load`] and [`parse`],
//! with the user policies of its `policy` blocks and `policy_paths`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::eval::{ModuleEnv, Scope};
use crate::findings::{RuleMeta, Severity};
use crate::model::label;
use crate::policy::PolicyError;
use crate::registry::find_rule_in;
use crate::settings::{RuleOverride, S3Policy, Settings, SuppressionPolicy};
use crate::value::Value;

mod policies;

/// The name of the configuration file looked up from each linted path.
pub const FILE_NAME: &str = ".devopsflow-lint.hcl";

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid HCL (its [`miette::Diagnostic`] points at the
    /// error).
    #[error(transparent)]
    Parse(PolicyError),
    /// A key or block the configuration does not know.
    #[error("{path}: unknown configuration key `{key}`")]
    UnknownKey {
        /// The file.
        path: String,
        /// The key.
        key: String,
    },
    /// A `rule` block naming no known rule.
    #[error("{path}: unknown rule `{rule}` (use a code such as DFL102 or a name)")]
    UnknownRule {
        /// The file.
        path: String,
        /// What was written.
        rule: String,
    },
    /// A malformed policy, or one whose code or name is taken (its
    /// [`miette::Diagnostic`] points into the policy's file).
    #[error(transparent)]
    Policy(PolicyError),
    /// A value of the wrong type.
    #[error("{path}: invalid value for `{key}`: expected {expected}")]
    InvalidValue {
        /// The file.
        path: String,
        /// The key.
        key: String,
        /// What was expected.
        expected: &'static str,
    },
}

/// Finds the configuration file for a path: the first `.devopsflow-lint.hcl`
/// in its directory or any parent directory.
#[must_use]
pub fn discover(path: &Path) -> Option<PathBuf> {
    let start = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()?.to_path_buf()
    };
    let start = std::fs::canonicalize(&start).unwrap_or(start);
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Reads and parses a configuration file into settings.
///
/// # Errors
/// An unreadable or invalid file, or an unknown key.
pub fn load(path: &Path) -> Result<Settings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse(&text, &path.display().to_string())
}

/// Parses configuration text into settings; `path` is used in messages.
///
/// # Errors
/// Invalid HCL, an unknown key, or a value of the wrong type.
pub fn parse(text: &str, path: &str) -> Result<Settings, ConfigError> {
    let body = hcl_edit::parser::parse_body(text)
        .map_err(|e| ConfigError::Parse(PolicyError::syntax(text, path, &e)))?;
    let env = ModuleEnv::new(HashMap::new(), HashMap::new(), ".".to_owned());
    let scope = Scope::new(&env);
    let mut config = Settings::default();
    let policy_paths = body
        .get_attribute("policy_paths")
        .map(|attr| scope.eval(&attr.value));
    config.policies = policies::load(&body, text, path, policy_paths.as_ref())?;
    let policy_metas: Vec<_> = config.policies.iter().map(|p| &p.meta).collect();
    let invalid = |key: &str, expected| ConfigError::InvalidValue {
        path: path.to_owned(),
        key: key.to_owned(),
        expected,
    };
    for attr in body.attributes() {
        let key = attr.key.value().as_str();
        let value = scope.eval(&attr.value);
        match key {
            "required_tags" => {
                config.required_tags = value
                    .string_list()
                    .ok_or_else(|| invalid(key, "a list of strings"))?;
            }
            "allowed_public_ports" | "sensitive_ports" => {
                let ports = ports(&value).ok_or_else(|| invalid(key, "a list of port numbers"))?;
                if key == "sensitive_ports" {
                    config.sensitive_ports = ports;
                } else {
                    config.allowed_public_ports = ports;
                }
            }
            "s3_encryption" => {
                config.s3_encryption = match value.as_str() {
                    Some("any") => S3Policy::Any,
                    Some("kms") => S3Policy::Kms,
                    _ => return Err(invalid(key, "\"any\" or \"kms\"")),
                };
            }
            "policy_paths" => {}
            "require_kms" => {
                config.require_kms = value
                    .as_bool()
                    .ok_or_else(|| invalid(key, "true or false"))?;
            }
            _ => {
                return Err(ConfigError::UnknownKey {
                    path: path.to_owned(),
                    key: key.to_owned(),
                });
            }
        }
    }
    let mut seen = HashSet::new();
    for block in body.blocks() {
        let ident = block.ident.value().as_str();
        if ident == "suppressions" {
            config.suppressions = suppression_policy(block, path, &scope, &policy_metas)?;
            continue;
        }
        if ident == "policy" {
            continue;
        }
        if ident != "rule" {
            return Err(ConfigError::UnknownKey {
                path: path.to_owned(),
                key: ident.to_owned(),
            });
        }
        let name = label(block, 0).unwrap_or_default();
        let Some(meta) = find_rule_in(name, &policy_metas) else {
            return Err(ConfigError::UnknownRule {
                path: path.to_owned(),
                rule: name.to_owned(),
            });
        };
        seen.insert(meta.code);
        let mut over = RuleOverride::default();
        for attr in block.body.attributes() {
            let key = attr.key.value().as_str();
            let value = scope.eval(&attr.value);
            match key {
                "enabled" => {
                    over.enabled = Some(
                        value
                            .as_bool()
                            .ok_or_else(|| invalid(key, "true or false"))?,
                    )
                }
                "severity" => {
                    over.severity = Some(
                        value
                            .as_str()
                            .and_then(Severity::parse)
                            .ok_or_else(|| invalid(key, "critical, high, medium, low or info"))?,
                    );
                }
                _ => {
                    return Err(ConfigError::UnknownKey {
                        path: path.to_owned(),
                        key: format!("rule.{key}"),
                    });
                }
            }
        }
        if let Some(inner) = block.body.blocks().next() {
            return Err(ConfigError::UnknownKey {
                path: path.to_owned(),
                key: format!("rule.{}", inner.ident.value().as_str()),
            });
        }
        config.rules.insert(meta.code, over);
    }
    Ok(config)
}

/// The `suppressions { require_reason, forbid, report_unused }` block.
fn suppression_policy(
    block: &hcl_edit::structure::Block,
    path: &str,
    scope: &Scope<'_, '_>,
    policies: &[&'static RuleMeta],
) -> Result<SuppressionPolicy, ConfigError> {
    let invalid = |key: &str, expected| ConfigError::InvalidValue {
        path: path.to_owned(),
        key: format!("suppressions.{key}"),
        expected,
    };
    let mut policy = SuppressionPolicy::default();
    for attr in block.body.attributes() {
        let key = attr.key.value().as_str();
        let value = scope.eval(&attr.value);
        match key {
            "require_reason" | "report_unused" => {
                let on = value
                    .as_bool()
                    .ok_or_else(|| invalid(key, "true or false"))?;
                if key == "require_reason" {
                    policy.require_reason = on;
                } else {
                    policy.report_unused = on;
                }
            }
            "forbid" => {
                for name in value
                    .string_list()
                    .ok_or_else(|| invalid(key, "a list of rule codes or names"))?
                {
                    let Some(meta) = find_rule_in(&name, policies) else {
                        return Err(ConfigError::UnknownRule {
                            path: path.to_owned(),
                            rule: name,
                        });
                    };
                    policy.forbid.push(meta.code);
                }
            }
            _ => {
                return Err(ConfigError::UnknownKey {
                    path: path.to_owned(),
                    key: format!("suppressions.{key}"),
                });
            }
        }
    }
    if let Some(inner) = block.body.blocks().next() {
        return Err(ConfigError::UnknownKey {
            path: path.to_owned(),
            key: format!("suppressions.{}", inner.ident.value().as_str()),
        });
    }
    Ok(policy)
}

fn ports(value: &Value) -> Option<Vec<u16>> {
    value
        .as_list()?
        .iter()
        .map(|v| {
            v.as_f64()
                .filter(|n| (0.0..=65535.0).contains(n) && n.fract() == 0.0)
                .map(|n| n as u16)
        })
        .collect()
}
