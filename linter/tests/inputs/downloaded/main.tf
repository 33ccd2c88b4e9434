# Calls of modules that `terraform init` downloaded into .terraform/modules
# (hand-written stand-ins here: a registry module and a git module).
module "ssh" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.0"

  name                = "bastion"
  vpc_id              = "vpc-123"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

# devopsflow-lint:ignore[DFL202] the legacy bastion closes in Q1
module "legacy_ssh" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.0"

  name                = "legacy"
  vpc_id              = "vpc-123"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "web" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.0"

  name                = "web"
  vpc_id              = "vpc-123"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["https-443-tcp"]
}

module "db" {
  source = "git::https://git.example.com/acme/rds.git?ref=v1.2.0"

  identifier        = "orders"
  storage_encrypted = false
}
