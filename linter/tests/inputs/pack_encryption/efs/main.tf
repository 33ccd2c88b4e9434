# terraform-aws-modules/efs/aws without `terraform init`, judged by the
# registry pack.

# Encryption turned off.
module "shared" {
  source  = "terraform-aws-modules/efs/aws"
  version = "~> 1.0"

  name      = "shared"
  encrypted = false
}

# The default (encrypted): silent.
module "home" {
  source = "terraform-aws-modules/efs/aws"

  name = "home"
}

# No file system is created: silent.
module "disabled" {
  source  = "terraform-aws-modules/efs/aws"
  version = ">= 2.0"

  create    = false
  name      = "disabled"
  encrypted = false
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/efs/aws"
  version = "~> 99.0"

  name      = "future"
  encrypted = false
}

terraform {
  required_version = ">= 1.3"
}
