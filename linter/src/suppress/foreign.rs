//! Suppression comments of other tools that devopsflow-lint honours, so a
//! repository can migrate without rewriting them: the ID cross-walk.
//!
//! Only checks whose intent matches one of our rules are listed; a comment
//! naming any other ID is ignored. IDs compare case-insensitively.

/// The tool a foreign suppression comment comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tool {
    /// `#tfsec:ignore:ID` and `#trivy:ignore:ID` (Trivy's `AVD-`/short IDs and tfsec's long IDs).
    Trivy,
    /// `#checkov:skip=ID:reason`.
    Checkov,
    /// `# tflint-ignore: rule`.
    Tflint,
}

impl Tool {
    /// The tool's name as it appears in documentation.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Tool::Trivy => "tfsec / Trivy",
            Tool::Checkov => "Checkov",
            Tool::Tflint => "tflint",
        }
    }
}

/// `(tool, foreign ID, our rule code)`, grouped by our code. One foreign ID
/// may map onto several rules (Checkov `CKV_AWS_8` covers instances and launch
/// configurations) and one rule onto several IDs.
#[rustfmt::skip]
pub static MAPPING: &[(Tool, &str, &str)] = &[
    (Tool::Checkov, "CKV_AWS_19", "DFL101"),
    (Tool::Trivy, "AWS-0088", "DFL101"),
    (Tool::Trivy, "aws-s3-enable-bucket-encryption", "DFL101"),
    (Tool::Checkov, "CKV_AWS_16", "DFL102"),
    (Tool::Trivy, "AWS-0080", "DFL102"),
    (Tool::Trivy, "aws-rds-encrypt-instance-storage-data", "DFL102"),
    (Tool::Checkov, "CKV_AWS_96", "DFL103"),
    (Tool::Trivy, "AWS-0079", "DFL103"),
    (Tool::Trivy, "aws-rds-encrypt-cluster-storage-data", "DFL103"),
    (Tool::Checkov, "CKV_AWS_3", "DFL104"),
    (Tool::Trivy, "AWS-0026", "DFL104"),
    (Tool::Trivy, "aws-ec2-enable-volume-encryption", "DFL104"),
    (Tool::Checkov, "CKV_AWS_8", "DFL105"),
    (Tool::Trivy, "AWS-0131", "DFL105"),
    (Tool::Trivy, "aws-ec2-enable-at-rest-encryption", "DFL105"),
    (Tool::Checkov, "CKV_AWS_8", "DFL106"),
    (Tool::Trivy, "AWS-0008", "DFL106"),
    (Tool::Trivy, "aws-ec2-enable-launch-config-at-rest-encryption", "DFL106"),
    (Tool::Checkov, "CKV_AWS_42", "DFL107"),
    (Tool::Trivy, "AWS-0037", "DFL107"),
    (Tool::Checkov, "CKV_AWS_29", "DFL108"),
    (Tool::Trivy, "AWS-0045", "DFL108"),
    (Tool::Checkov, "CKV_AWS_30", "DFL109"),
    (Tool::Trivy, "AWS-0051", "DFL109"),
    (Tool::Checkov, "CKV_AWS_26", "DFL110"),
    (Tool::Trivy, "AWS-0095", "DFL110"),
    (Tool::Checkov, "CKV_AWS_27", "DFL111"),
    (Tool::Trivy, "AWS-0096", "DFL111"),
    (Tool::Checkov, "CKV_AWS_119", "DFL112"),
    (Tool::Trivy, "AWS-0025", "DFL112"),
    (Tool::Checkov, "CKV_AWS_43", "DFL113"),
    (Tool::Trivy, "AWS-0064", "DFL113"),
    (Tool::Checkov, "CKV_AWS_158", "DFL114"),
    (Tool::Trivy, "AWS-0017", "DFL114"),
    (Tool::Checkov, "CKV_AWS_64", "DFL115"),
    (Tool::Trivy, "AWS-0084", "DFL115"),
    (Tool::Checkov, "CKV_AWS_7", "DFL116"),
    (Tool::Trivy, "AWS-0065", "DFL116"),
    (Tool::Trivy, "aws-kms-auto-rotate-keys", "DFL116"),
    (Tool::Checkov, "CKV_AWS_2", "DFL117"),
    (Tool::Trivy, "AWS-0054", "DFL117"),
    (Tool::Trivy, "aws-elb-http-not-used", "DFL117"),
    (Tool::Checkov, "CKV_AWS_103", "DFL118"),
    (Tool::Trivy, "AWS-0047", "DFL118"),
    (Tool::Trivy, "aws-elb-use-secure-tls-policy", "DFL118"),
    (Tool::Checkov, "CKV_AZURE_3", "DFL119"),
    (Tool::Trivy, "AZU-0008", "DFL119"),
    (Tool::Checkov, "CKV_AZURE_44", "DFL120"),
    (Tool::Trivy, "AZU-0011", "DFL120"),
    (Tool::Checkov, "CKV_AZURE_2", "DFL121"),
    (Tool::Trivy, "AZU-0038", "DFL121"),
    (Tool::Checkov, "CKV_AZURE_52", "DFL122"),
    (Tool::Trivy, "AZU-0026", "DFL122"),
    (Tool::Trivy, "azure-database-secure-tls-policy", "DFL122"),
    (Tool::Trivy, "GCP-0037", "DFL123"),
    (Tool::Trivy, "GCP-0034", "DFL124"),
    (Tool::Trivy, "GCP-0066", "DFL125"),
    (Tool::Checkov, "CKV_GCP_6", "DFL126"),
    (Tool::Trivy, "GCP-0015", "DFL126"),
    (Tool::Trivy, "google-sql-encrypt-in-transit-data", "DFL126"),
    (Tool::Checkov, "CKV_AWS_277", "DFL201"),
    (Tool::Trivy, "GCP-0072", "DFL201"),
    (Tool::Checkov, "CKV_AWS_24", "DFL202"),
    (Tool::Checkov, "CKV_AWS_25", "DFL202"),
    (Tool::Trivy, "AWS-0107", "DFL202"),
    (Tool::Trivy, "aws-ec2-no-public-ingress-sgr", "DFL202"),
    (Tool::Checkov, "CKV_AZURE_10", "DFL202"),
    (Tool::Checkov, "CKV_AZURE_9", "DFL202"),
    (Tool::Trivy, "AZU-0050", "DFL202"),
    (Tool::Trivy, "AZU-0048", "DFL202"),
    (Tool::Checkov, "CKV_GCP_2", "DFL202"),
    (Tool::Checkov, "CKV_GCP_3", "DFL202"),
    (Tool::Trivy, "GCP-0071", "DFL202"),
    (Tool::Trivy, "GCP-0070", "DFL202"),
    (Tool::Checkov, "CKV_GCP_88", "DFL203"),
    (Tool::Checkov, "CKV_AWS_260", "DFL204"),
    (Tool::Checkov, "CKV_AZURE_160", "DFL204"),
    (Tool::Checkov, "CKV_GCP_106", "DFL204"),
    (Tool::Checkov, "CKV_AWS_382", "DFL205"),
    (Tool::Trivy, "AWS-0104", "DFL205"),
    (Tool::Trivy, "aws-ec2-no-public-egress-sgr", "DFL205"),
    (Tool::Trivy, "GCP-0035", "DFL205"),
    (Tool::Trivy, "AZU-0051", "DFL205"),
    (Tool::Tflint, "aws_resource_missing_tags", "DFL301"),
    (Tool::Tflint, "azurerm_resource_missing_tags", "DFL301"),
    (Tool::Tflint, "terraform_required_version", "DFL406"),
    (Tool::Tflint, "terraform_required_providers", "DFL407"),
    (Tool::Checkov, "CKV_AWS_62", "DFL501"),
    (Tool::Checkov, "CKV_AWS_1", "DFL501"),
];

/// Our rule codes for a foreign ID. Trivy IDs are accepted with or without
/// the `AVD-` prefix.
#[must_use]
pub fn codes(tool: Tool, id: &str) -> Vec<&'static str> {
    let id = id.trim();
    let id = if tool == Tool::Trivy {
        id.strip_prefix("AVD-")
            .or_else(|| id.strip_prefix("avd-"))
            .unwrap_or(id)
    } else {
        id
    };
    MAPPING
        .iter()
        .filter(|(t, foreign, _)| *t == tool && foreign.eq_ignore_ascii_case(id))
        .map(|&(_, _, code)| code)
        .collect()
}
