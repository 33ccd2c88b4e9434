# Planned by real Terraform in tests/plan_terraform.rs, offline: the AWS
# provider plans new resources without calling AWS when it skips its
# credential, account and region checks (the keys are dummies in the
# environment). The bucket name and tags come from a module's outputs, so
# they are unknown in the source and known in the plan.
terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment = "test"
    }
  }
}

module "naming" {
  source = "./modules/naming"
  team   = "platform"
}

resource "aws_s3_bucket" "logs" {
  bucket = module.naming.bucket
  tags   = module.naming.tags
}

variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 1
  encrypted         = var.encrypted

  tags = {
    Owner = "platform"
  }
}

module "queues" {
  source = "./modules/queues"
  names  = ["a", "b"]
}
