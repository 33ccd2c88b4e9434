//! Layer 6: the one list of rules: stable code, name, category, default
//! severity and the file that implements it. Codes never change meaning once
//! released. Looking a rule up by code or name ([`find_rule`]) lives here.
//!
//! The fix column says which rules attach fixes: `Safe` (applied by
//! `--fix`), `Unsafe` (only with `--unsafe-fixes`) or `-` (none).
//!
//! `DFL1xx` encryption, `DFL2xx` network, `DFL3xx` tagging, `DFL4xx` backend
//! and versions, `DFL5xx` IAM, `DFL9xx` governance of suppressions.

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use crate::findings::Applicability;
use crate::findings::Category::{Backend, Encryption, Governance, Iam, Network, Tagging};
use crate::findings::Severity::{Critical, High, Low, Medium};
use crate::findings::{Docs, RuleMeta};
use crate::policy;
use crate::rule::Rule;
use crate::rules;

/// A registered rule: its metadata (what findings cite) and its check.
pub struct Registered {
    /// Code, name, category, default severity, fix applicability and docs.
    pub meta: RuleMeta,
    /// The check.
    pub rule: &'static dyn Rule,
}

impl Deref for Registered {
    type Target = RuleMeta;

    fn deref(&self) -> &RuleMeta {
        &self.meta
    }
}

impl fmt::Debug for Registered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.meta.fmt(f)
    }
}

/// Looks a rule up by code (any case) or name: the rules of [`RULES`] and
/// the built-in policies ([`policy::builtin`]).
#[must_use]
pub fn find_rule(key: &str) -> Option<&'static RuleMeta> {
    all().find(|r| r.code.eq_ignore_ascii_case(key) || r.name == key)
}

/// Looks a rule up among the built-in rules and policies, then `extra`
/// (user policies).
#[must_use]
pub fn find_rule_in(key: &str, extra: &[&'static RuleMeta]) -> Option<&'static RuleMeta> {
    find_rule(key).or_else(|| {
        extra
            .iter()
            .copied()
            .find(|r| r.code.eq_ignore_ascii_case(key) || r.name == key)
    })
}

/// Every built-in rule: the rules of [`RULES`], then the built-in policies,
/// sorted by code.
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    static ALL: OnceLock<Vec<&'static RuleMeta>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut metas: Vec<&'static RuleMeta> = RULES
            .iter()
            .map(|r| &r.meta)
            .chain(policy::builtin().iter().map(|p| &p.meta))
            .collect();
        metas.sort_by_key(|m| m.code);
        metas
    })
    .iter()
    .copied()
}

macro_rules! registry {
    (@fix -) => { None };
    (@fix $applicability:ident) => { Some(Applicability::$applicability) };
    ($($code:literal $name:literal $cat:ident $sev:ident $fix:tt $dir:ident :: $file:ident :: $ty:ident;)*) => {
        /// Every rule, sorted by code.
        pub static RULES: &[Registered] = &[
            $(Registered {
                meta: RuleMeta {
                    code: $code,
                    name: $name,
                    category: $cat,
                    severity: $sev,
                    fixable: registry!(@fix $fix),
                    docs: Docs::Source {
                        help: || Rule::help(&rules::$dir::$file::$ty),
                        source: include_str!(concat!("../rules/", stringify!($dir), "/", stringify!($file), ".rs")),
                    },
                },
                rule: &rules::$dir::$file::$ty,
            },)*
        ];
    };
}

#[rustfmt::skip]
registry! {
    "DFL101" "s3-bucket-not-encrypted"              Encryption Medium   -      encryption::s3_bucket_not_encrypted::S3BucketNotEncrypted;
    "DFL102" "rds-storage-not-encrypted"            Encryption High     Unsafe encryption::rds_storage_not_encrypted::RdsStorageNotEncrypted;
    "DFL103" "rds-cluster-storage-not-encrypted"    Encryption High     Unsafe encryption::rds_cluster_storage_not_encrypted::RdsClusterStorageNotEncrypted;
    "DFL104" "ebs-volume-not-encrypted"             Encryption High     Unsafe encryption::ebs_volume_not_encrypted::EbsVolumeNotEncrypted;
    "DFL105" "instance-volume-not-encrypted"        Encryption High     -      encryption::instance_volume_not_encrypted::InstanceVolumeNotEncrypted;
    "DFL106" "launch-volume-not-encrypted"          Encryption High     -      encryption::launch_volume_not_encrypted::LaunchVolumeNotEncrypted;
    "DFL107" "efs-not-encrypted"                    Encryption High     Unsafe encryption::efs_not_encrypted::EfsNotEncrypted;
    "DFL108" "elasticache-not-encrypted-at-rest"    Encryption High     Unsafe encryption::elasticache_not_encrypted_at_rest::ElasticacheNotEncryptedAtRest;
    "DFL109" "elasticache-not-encrypted-in-transit" Encryption Medium   Unsafe encryption::elasticache_not_encrypted_in_transit::ElasticacheNotEncryptedInTransit;
    "DFL110" "sns-topic-not-encrypted"              Encryption Medium   -      encryption::sns_topic_not_encrypted::SnsTopicNotEncrypted;
    "DFL111" "sqs-queue-not-encrypted"              Encryption Medium   -      encryption::sqs_queue_not_encrypted::SqsQueueNotEncrypted;
    "DFL112" "dynamodb-table-without-kms"           Encryption Low      -      encryption::dynamodb_table_without_kms::DynamodbTableWithoutKms;
    "DFL113" "kinesis-stream-not-encrypted"         Encryption Medium   -      encryption::kinesis_stream_not_encrypted::KinesisStreamNotEncrypted;
    "DFL114" "log-group-not-encrypted"              Encryption Low      -      encryption::log_group_not_encrypted::LogGroupNotEncrypted;
    "DFL115" "redshift-cluster-not-encrypted"       Encryption High     -      encryption::redshift_cluster_not_encrypted::RedshiftClusterNotEncrypted;
    "DFL116" "kms-key-rotation-disabled"            Encryption Medium   Safe   encryption::kms_key_rotation_disabled::KmsKeyRotationDisabled;
    "DFL117" "lb-listener-not-https"                Encryption High     -      encryption::lb_listener_not_https::LbListenerNotHttps;
    "DFL118" "lb-listener-outdated-tls-policy"      Encryption High     -      encryption::lb_listener_outdated_tls_policy::LbListenerOutdatedTlsPolicy;
    "DFL119" "storage-account-https-not-enforced"   Encryption High     Safe   encryption::storage_account_https_not_enforced::StorageAccountHttpsNotEnforced;
    "DFL120" "storage-account-outdated-tls"         Encryption High     Safe   encryption::storage_account_outdated_tls::StorageAccountOutdatedTls;
    "DFL121" "managed-disk-encryption-disabled"     Encryption Medium   -      encryption::managed_disk_encryption_disabled::ManagedDiskEncryptionDisabled;
    "DFL122" "sql-server-outdated-tls"              Encryption High     Safe   encryption::sql_server_outdated_tls::SqlServerOutdatedTls;
    "DFL123" "compute-disk-key-in-code"             Encryption Critical -      encryption::compute_disk_key_in_code::ComputeDiskKeyInCode;
    "DFL124" "compute-disk-without-cmek"            Encryption Low      -      encryption::compute_disk_without_cmek::ComputeDiskWithoutCmek;
    "DFL125" "storage-bucket-without-cmek"          Encryption Low      -      encryption::storage_bucket_without_cmek::StorageBucketWithoutCmek;
    "DFL126" "cloud-sql-ssl-not-required"           Encryption High     -      encryption::cloud_sql_ssl_not_required::CloudSqlSslNotRequired;
    "DFL201" "ingress-all-ports-public"             Network    Critical -      network::ingress_all_ports_public::IngressAllPortsPublic;
    "DFL202" "ingress-admin-port-public"            Network    Critical -      network::ingress_admin_port_public::IngressAdminPortPublic;
    "DFL203" "ingress-sensitive-port-public"        Network    High     -      network::ingress_sensitive_port_public::IngressSensitivePortPublic;
    "DFL204" "ingress-other-port-public"            Network    Medium   -      network::ingress_other_port_public::IngressOtherPortPublic;
    "DFL205" "egress-unrestricted"                  Network    Low      -      network::egress_unrestricted::EgressUnrestricted;
    "DFL301" "missing-required-tags"                Tagging    Low      -      tagging::missing_required_tags::MissingRequiredTags;
    "DFL401" "backend-missing"                      Backend    Medium   -      backend::backend_missing::BackendMissing;
    "DFL402" "s3-backend-not-encrypted"             Backend    Low      Safe   backend::s3_backend_not_encrypted::S3BackendNotEncrypted;
    "DFL403" "s3-backend-state-not-locked"          Backend    Medium   -      backend::s3_backend_state_not_locked::S3BackendStateNotLocked;
    "DFL404" "backend-without-kms"                  Backend    Low      -      backend::backend_without_kms::BackendWithoutKms;
    "DFL405" "credentials-in-code"                  Backend    Critical -      backend::credentials_in_code::CredentialsInCode;
    "DFL406" "required-version-missing"             Backend    Low      -      backend::required_version_missing::RequiredVersionMissing;
    "DFL407" "provider-version-unconstrained"       Backend    Low      -      backend::provider_version_unconstrained::ProviderVersionUnconstrained;
    "DFL501" "iam-policy-full-admin"                Iam        Critical -      iam::iam_policy_full_admin::IamPolicyFullAdmin;
    "DFL502" "iam-wildcard-action"                  Iam        Medium   -      iam::iam_wildcard_action::IamWildcardAction;
    "DFL503" "iam-privilege-escalation"             Iam        High     -      iam::iam_privilege_escalation::IamPrivilegeEscalation;
    "DFL504" "iam-unconstrained-write"              Iam        Medium   -      iam::iam_unconstrained_write::IamUnconstrainedWrite;
    "DFL505" "policy-public-principal"              Iam        High     -      iam::policy_public_principal::PolicyPublicPrincipal;
    "DFL901" "suppression-expired"                  Governance Medium   -      governance::suppression_expired::SuppressionExpired;
    "DFL902" "suppression-without-reason"           Governance Medium   -      governance::suppression_without_reason::SuppressionWithoutReason;
    "DFL903" "suppression-forbidden"                Governance High     -      governance::suppression_forbidden::SuppressionForbidden;
    "DFL904" "suppression-unused"                   Governance Low      -      governance::suppression_unused::SuppressionUnused;
}
