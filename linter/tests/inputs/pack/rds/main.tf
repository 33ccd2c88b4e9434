# terraform-aws-modules/rds/aws 1.x and 2.x without `terraform init`: these
# releases default `storage_encrypted` to false and the identifiers to "".
terraform {
  required_version = ">= 1.5"
}

# 2.x with the module's defaults: unencrypted in every release.
module "old_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 2.0"

  identifier = "old"
}

# 1.x, pinned.
module "older_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "1.37.0"

  identifier = "older"
}

# 2.x, encrypted.
module "kept_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 2.0"

  identifier        = "kept"
  storage_encrypted = true
}
