# Built-in policies: AWS services that always encrypt at rest with a key AWS
# owns or manages, where the only finding left is "no customer-managed key".
# Each reports only when the configuration sets `require_kms = true`.
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.

policy "DFL127" {
  name           = "ecr-repository-without-kms"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_ecr_repository"]
  condition      = !settings.require_kms || contains(["KMS", "KMS_DSSE"], try(self.encryption_configuration[0].encryption_type, "AES256"))
  message        = "repository is not encrypted with a customer-managed KMS key"
  help           = "set encryption_configuration { encryption_type = \"KMS\", kms_key = ... }"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that `aws_ecr_repository` resources
    encrypt images with KMS (`encryption_configuration { encryption_type =
    "KMS" }`, or `"KMS_DSSE"`).

    ## Why is this bad?
    Images are always encrypted at rest, but with a key nobody in the
    account can restrict, audit or revoke; a policy requiring
    customer-managed keys is not met.

    ## Provider defaults
    hashicorp/aws 3.x to 6.x: `encryption_type` defaults to `"AES256"`
    (S3-managed keys), so repositories are encrypted by default. Nothing
    is reported unless `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_ecr_repository" "app" {
      name = "app"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_ecr_repository" "app" {
      name = "app"
      encryption_configuration {
        encryption_type = "KMS"
        kms_key         = aws_kms_key.ecr.arn
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_136`; Trivy `AWS-0033`.
  EOT
}

policy "DFL128" {
  name           = "eks-secrets-not-encrypted"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_eks_cluster"]
  condition      = anytrue([for c in lookup(self, "encryption_config", []) : contains(try(c.resources, []), "secrets")]) || (!settings.require_kms && try(tonumber(element(split(".", self.version), 1)) >= 28, true))
  message        = "Kubernetes secrets are not envelope-encrypted with a customer-managed KMS key"
  help           = "add encryption_config { resources = [\"secrets\"] provider { key_arn = ... } }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_eks_cluster` resources envelope-encrypt Kubernetes
    secrets with a KMS key of the account (`encryption_config` whose
    `resources` include `"secrets"`). Without `require_kms = true`, only
    clusters pinned to a Kubernetes version before 1.28 are reported: from
    1.28, EKS envelope-encrypts all Kubernetes API data with a key AWS owns.

    ## Why is this bad?
    Before EKS's default envelope encryption, secrets in etcd were only
    protected by disk encryption; with a key AWS owns, the account cannot
    restrict or revoke who decrypts them.

    ## Provider defaults
    hashicorp/aws 3.x to 6.x: `encryption_config` is optional and absent by
    default. The default envelope encryption is EKS's (clusters on
    Kubernetes 1.28 and later, since 2025), not the provider's; a cluster
    without `version` gets the latest version and is not reported unless
    `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_eks_cluster" "main" {
      name     = "main"
      role_arn = aws_iam_role.eks.arn
      version  = "1.27"
      vpc_config {
        subnet_ids = var.subnet_ids
      }
    }
    ```

    Use instead:
    ```hcl
    resource "aws_eks_cluster" "main" {
      name     = "main"
      role_arn = aws_iam_role.eks.arn
      version  = "1.27"
      vpc_config {
        subnet_ids = var.subnet_ids
      }
      encryption_config {
        resources = ["secrets"]
        provider {
          key_arn = aws_kms_key.eks.arn
        }
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_58`; Trivy `AWS-0039`.
  EOT
}

policy "DFL129" {
  name           = "lambda-environment-without-kms"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_lambda_function"]
  condition      = !settings.require_kms || !contains(keys(self), "environment") || try(self.kms_key_arn, null) != null
  message        = "environment variables are not encrypted with a customer-managed KMS key"
  help           = "set kms_key_arn to a customer-managed key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that `aws_lambda_function` resources
    with an `environment` block set `kms_key_arn`.

    ## Why is this bad?
    Environment variables often carry credentials; encrypted with the
    AWS-managed `aws/lambda` key, anyone allowed to read the function's
    configuration reads them too.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: without `kms_key_arn`, Lambda encrypts
    environment variables at rest with the AWS-managed `aws/lambda` key.
    Nothing is reported unless `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_lambda_function" "api" {
      function_name = "api"
      role          = aws_iam_role.api.arn
      environment {
        variables = { DB_PASSWORD = var.password }
      }
    }
    ```

    Use instead:
    ```hcl
    resource "aws_lambda_function" "api" {
      function_name = "api"
      role          = aws_iam_role.api.arn
      kms_key_arn   = aws_kms_key.lambda.arn
      environment {
        variables = { DB_PASSWORD = var.password }
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_173`; Trivy `AWS-0066` (tracing) is unrelated.
  EOT
}

policy "DFL130" {
  name           = "secretsmanager-secret-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_secretsmanager_secret"]
  condition      = !settings.require_kms || try(self.kms_key_id, null) != null
  message        = "secret is not encrypted with a customer-managed KMS key"
  help           = "set kms_key_id to a customer-managed key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that `aws_secretsmanager_secret`
    resources set `kms_key_id`.

    ## Why is this bad?
    With the AWS-managed `aws/secretsmanager` key, the key policy cannot
    be narrowed and the secret cannot be shared across accounts.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: without `kms_key_id`, Secrets Manager uses
    the AWS-managed `aws/secretsmanager` key. Nothing is reported unless
    `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_secretsmanager_secret" "db" {
      name = "db"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_secretsmanager_secret" "db" {
      name       = "db"
      kms_key_id = aws_kms_key.secrets.arn
    }
    ```

    ## References
    Checkov `CKV_AWS_149`; Trivy `AWS-0098`.
  EOT
}

policy "DFL131" {
  name           = "ssm-parameter-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_ssm_parameter"]
  condition      = !settings.require_kms || try(self.type, "") != "SecureString" || try(self.key_id, null) != null
  message        = "SecureString parameter is not encrypted with a customer-managed KMS key"
  help           = "set key_id to a customer-managed key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that `aws_ssm_parameter` resources of
    type `SecureString` set `key_id`.

    ## Why is this bad?
    With the AWS-managed `aws/ssm` key, every principal allowed to read the
    parameter can decrypt it; the key policy cannot narrow that.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: a `SecureString` without `key_id` uses the
    AWS-managed `aws/ssm` key. Nothing is reported unless
    `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_ssm_parameter" "token" {
      name  = "/app/token"
      type  = "SecureString"
      value = var.token
    }
    ```

    Use instead:
    ```hcl
    resource "aws_ssm_parameter" "token" {
      name   = "/app/token"
      type   = "SecureString"
      value  = var.token
      key_id = aws_kms_key.ssm.arn
    }
    ```

    ## References
    Checkov `CKV_AWS_337`.
  EOT
}

policy "DFL132" {
  name           = "backup-vault-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_backup_vault"]
  condition      = !settings.require_kms || try(self.kms_key_arn, null) != null
  message        = "backup vault is not encrypted with a customer-managed KMS key"
  help           = "set kms_key_arn to a customer-managed key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that `aws_backup_vault` resources set
    `kms_key_arn`.

    ## Why is this bad?
    Recovery points encrypted with the AWS-managed `aws/backup` key cannot
    be restricted by key policy nor copied across accounts.

    ## Provider defaults
    hashicorp/aws 3.x to 6.x: without `kms_key_arn`, AWS Backup uses the
    AWS-managed `aws/backup` key. Nothing is reported unless
    `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_backup_vault" "main" {
      name = "main"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_backup_vault" "main" {
      name        = "main"
      kms_key_arn = aws_kms_key.backup.arn
    }
    ```

    ## References
    Checkov `CKV_AWS_166`.
  EOT
}

policy "DFL133" {
  name           = "cloudtrail-without-kms"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_cloudtrail"]
  condition      = !settings.require_kms || try(self.kms_key_id, null) != null
  message        = "trail logs are not encrypted with a customer-managed KMS key"
  help           = "set kms_key_id to a customer-managed key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that `aws_cloudtrail` resources set
    `kms_key_id`.

    ## Why is this bad?
    With SSE-KMS, reading the logs also needs `kms:Decrypt` on the key, a
    second control over who can read the account's audit trail.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: without `kms_key_id`, log files are encrypted
    with S3-managed keys (SSE-S3). Nothing is reported unless
    `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_cloudtrail" "main" {
      name           = "main"
      s3_bucket_name = aws_s3_bucket.trail.id
    }
    ```

    Use instead:
    ```hcl
    resource "aws_cloudtrail" "main" {
      name           = "main"
      s3_bucket_name = aws_s3_bucket.trail.id
      kms_key_id     = aws_kms_key.trail.arn
    }
    ```

    ## References
    Checkov `CKV_AWS_35`; Trivy `AWS-0015`.
  EOT
}

policy "DFL134" {
  name           = "rds-storage-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_db_instance", "aws_rds_cluster", "aws_neptune_cluster", "aws_docdb_cluster"]
  condition      = !settings.require_kms || !try(tobool(self.storage_encrypted), false) || try(self.kms_key_id, self.kms_key_arn, null) != null
  message        = "storage is encrypted with the AWS-managed key, not a customer-managed one"
  help           = "set kms_key_id to a customer-managed key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that encrypted `aws_db_instance`,
    `aws_rds_cluster`, `aws_neptune_cluster` and `aws_docdb_cluster`
    resources set `kms_key_id` (`kms_key_arn` for Neptune). Unencrypted
    storage is reported by DFL102,
    DFL103 and DFL135 instead.

    ## Why is this bad?
    Storage and snapshots encrypted with the AWS-managed `aws/rds` key
    cannot be shared across accounts, and the key policy cannot restrict
    who decrypts them.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `storage_encrypted = true` without
    `kms_key_id` uses the AWS-managed `aws/rds` key. Nothing is reported
    unless `require_kms = true`.

    ## Example
    ```hcl
    resource "aws_rds_cluster" "main" {
      engine            = "aurora-postgresql"
      storage_encrypted = true
    }
    ```

    Use instead:
    ```hcl
    resource "aws_rds_cluster" "main" {
      engine            = "aurora-postgresql"
      storage_encrypted = true
      kms_key_id        = aws_kms_key.rds.arn
    }
    ```

    ## References
    Checkov `CKV_AWS_327`, `CKV_AWS_347`.
  EOT
}
