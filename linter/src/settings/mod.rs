//! Layer 4: resolved settings, the values rules and the driver read. Data
//! only: `crate::config` parses a configuration file into [`Settings`].

use std::collections::HashMap;

use crate::findings::{RuleMeta, Severity};
use crate::policy::Policy;

/// Which server-side encryption an S3 bucket must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum S3Policy {
    /// Any encryption, which S3's default SSE-S3 (every new object since
    /// January 2023) already gives: nothing to report.
    Any,
    /// KMS (`aws:kms` or `aws:kms:dsse`).
    Kms,
}

/// Per-rule overrides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleOverride {
    /// `Some(false)` disables the rule.
    pub enabled: Option<bool>,
    /// A severity replacing the default.
    pub severity: Option<Severity>,
}

/// The resolved settings of one root module: what rules read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Tag keys every taggable resource must carry (after `default_tags`).
    pub required_tags: Vec<String>,
    /// Ports that may be open to the internet.
    pub allowed_public_ports: Vec<u16>,
    /// Ports (databases, caches, admin) that must never be open to the internet.
    pub sensitive_ports: Vec<u16>,
    /// The S3 encryption policy.
    pub s3_encryption: S3Policy,
    /// Require customer-managed KMS keys where the rules say "by policy"
    /// (DynamoDB, CloudWatch log groups, GCS buckets, GCE disks, state
    /// backends).
    pub require_kms: bool,
    /// Overrides keyed by rule code.
    pub rules: HashMap<&'static str, RuleOverride>,
    /// Governance of inline suppressions (`suppressions { ... }`).
    pub suppressions: SuppressionPolicy,
    /// User policies (from the configuration file and its `policy_paths`),
    /// run after the registry's rules and the built-in policies.
    pub policies: Vec<&'static Policy>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            required_tags: vec!["Environment".to_owned(), "Owner".to_owned()],
            allowed_public_ports: vec![80, 443],
            sensitive_ports: vec![
                22, 3389, 1433, 1521, 2049, 3306, 5432, 5984, 6379, 7000, 9042, 9200, 11211, 27017,
            ],
            s3_encryption: S3Policy::Any,
            require_kms: false,
            rules: HashMap::new(),
            suppressions: SuppressionPolicy::default(),
            policies: Vec::new(),
        }
    }
}

/// The configuration's governance of suppressions (`suppressions { ... }`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SuppressionPolicy {
    /// A suppression without a reason does not suppress.
    pub require_reason: bool,
    /// Rule codes that no inline comment may suppress.
    pub forbid: Vec<&'static str>,
    /// Report suppressions that match no finding.
    pub report_unused: bool,
}

impl Settings {
    /// Whether a rule runs.
    #[must_use]
    pub fn enabled(&self, meta: &RuleMeta) -> bool {
        self.rules
            .get(meta.code)
            .and_then(|o| o.enabled)
            .unwrap_or(true)
    }

    /// A rule's effective severity.
    #[must_use]
    pub fn severity(&self, meta: &RuleMeta) -> Severity {
        self.rules
            .get(meta.code)
            .and_then(|o| o.severity)
            .unwrap_or(meta.severity)
    }
}
