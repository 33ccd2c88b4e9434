# terraform-aws-modules/rds-aurora/aws without `terraform init`: judged by the
# registry pack for the releases each `version` constraint admits.
terraform {
  required_version = ">= 1.5"
}

# 3.x: reader instances from `replica_count`, all public; storage unencrypted.
module "legacy_aurora" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "~> 3.0"

  name                = "legacy"
  engine              = "aurora-postgresql"
  replica_count       = 2
  storage_encrypted   = false
  publicly_accessible = true
}

# 9.x: one of the `instances` is public.
module "orders_aurora" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "~> 9.0"

  name   = "orders"
  engine = "aurora-postgresql"
  instances = {
    one = {}
    two = { publicly_accessible = true }
  }
}

# 10.x with the module's defaults: encrypted, no public instance.
module "billing_aurora" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "10.2.0"

  name   = "billing"
  engine = "aurora-mysql"
  instances = {
    one = { instance_class = "db.r6g.large" }
  }
}

# No described release is admitted: not judged.
module "future_aurora" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "~> 99.0"

  name                = "future"
  storage_encrypted   = false
  publicly_accessible = true
}

# 7.x: storage unencrypted, and every instance public through the module's
# own `publicly_accessible`.
module "reports_aurora" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "~> 7.7"

  name                = "reports"
  engine              = "aurora-mysql"
  storage_encrypted   = false
  publicly_accessible = true
  instances = {
    one = {}
  }
}
