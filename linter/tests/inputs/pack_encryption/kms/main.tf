# terraform-aws-modules/kms/aws without `terraform init`, judged by the
# registry pack.

# Rotation turned off on a symmetric key.
module "app_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 2.0"

  description         = "application data"
  enable_key_rotation = false
}

# The same on a 1.x release, before replica keys existed.
module "old_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 1.0, < 1.4.0"

  description         = "old data"
  enable_key_rotation = false
}

# The default (rotation on): silent.
module "default_key" {
  source = "terraform-aws-modules/kms/aws"

  description = "default"
}

# An asymmetric signing key cannot rotate: silent.
module "signing_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.0"

  description              = "signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
  enable_key_rotation      = false
}

# A replica (1.4.0 and later) rotates with its primary: silent.
module "replica_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = ">= 1.4.0"

  description         = "replica"
  create_replica      = true
  enable_key_rotation = false
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 99.0"

  enable_key_rotation = false
}

terraform {
  required_version = ">= 1.3"
}
