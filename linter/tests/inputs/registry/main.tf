# Registry modules without `terraform init`: judged by the registry pack for
# the releases each `version` constraint admits.
module "bastion_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.0"

  name                = "bastion"
  vpc_id              = "vpc-123"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "rdp_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "5.1.0"

  name   = "rdp"
  vpc_id = "vpc-123"
  ingress_with_cidr_blocks = [
    {
      from_port   = 3389
      to_port     = 3389
      protocol    = "tcp"
      cidr_blocks = "0.0.0.0/0"
    },
  ]
}

# storage_encrypted defaulted to false before 4.0.0.
module "legacy_db" {
  source  = "registry.terraform.io/terraform-aws-modules/rds/aws"
  version = ">= 3.0, < 5.0"

  identifier = "legacy"
  tags       = { Environment = "prod", Owner = "data" }
}

module "orders_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.0"

  identifier = "orders"
  tags       = { Environment = "prod", Owner = "data" }
}

# No described release is admitted: not judged.
module "future_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 99.0"

  identifier        = "future"
  storage_encrypted = false
}
