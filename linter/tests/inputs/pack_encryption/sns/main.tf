# terraform-aws-modules/sns/aws without `terraform init`, judged by the
# registry pack.

# No KMS key: unencrypted in every release.
module "alerts" {
  source = "terraform-aws-modules/sns/aws"

  name = "alerts"
}

# An old release, where the switch was still `create_sns_topic`.
module "legacy" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 3.0"

  name = "legacy"
}

# A KMS key: silent.
module "billing" {
  source  = "terraform-aws-modules/sns/aws"
  version = ">= 5.0"

  name              = "billing"
  kms_master_key_id = "alias/aws/sns"
}

# No topic is created (the switch of 5.0.0 and later): silent.
module "disabled" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 6.0"

  create = false
  name   = "disabled"
}

# No topic is created (the switch before 5.0.0): silent.
module "disabled_legacy" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 4.0"

  create_sns_topic = false
  name             = "disabled-legacy"
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 99.0"

  name = "future"
}

terraform {
  required_version = ">= 1.3"
}
