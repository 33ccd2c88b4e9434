# terraform-aws-modules/s3-bucket/aws without `terraform init`, judged by the
# registry pack under `s3_encryption = "kms"`.

# No encryption input: S3's default SSE-S3 in every release.
module "logs" {
  source = "terraform-aws-modules/s3-bucket/aws"

  bucket = "acme-logs"
}

# AES256 asked for explicitly, on a 2.x release (the inline block).
module "reports" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 2.11"

  bucket = "acme-reports"
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
    }
  }
}

# KMS: silent.
module "ledger" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = ">= 4.0"

  bucket = "acme-ledger"
  server_side_encryption_configuration = {
    rule = {
      bucket_key_enabled = true
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/ledger"
      }
    }
  }
}

# No bucket is created: silent.
module "disabled" {
  source = "terraform-aws-modules/s3-bucket/aws"

  create_bucket = false
  bucket        = "acme-disabled"
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 99.0"

  bucket = "acme-future"
}

terraform {
  required_version = ">= 1.3"
}
