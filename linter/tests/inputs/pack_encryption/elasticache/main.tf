# terraform-aws-modules/elasticache/aws without `terraform init`, judged by
# the registry pack.

# Encryption turned off at rest and in transit.
module "sessions" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "~> 1.0"

  replication_group_id       = "sessions"
  at_rest_encryption_enabled = false
  transit_encryption_enabled = false
}

# The defaults (both on): silent.
module "cache" {
  source = "terraform-aws-modules/elasticache/aws"

  replication_group_id = "cache"
}

# A secondary member of a global datastore takes both settings from it:
# silent.
module "secondary" {
  source = "terraform-aws-modules/elasticache/aws"

  replication_group_id                      = "secondary"
  create_secondary_global_replication_group = true
  transit_encryption_enabled                = false
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "~> 99.0"

  replication_group_id       = "future"
  at_rest_encryption_enabled = false
}

terraform {
  required_version = ">= 1.3"
}
