terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "prod/app.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Environment = "prod"
      Owner       = "platform"
    }
  }
}

module "db" {
  source    = "../../modules/db"
  encrypted = var.db_encrypted
  name      = "orders"
}

module "web" {
  source     = "../../modules/web"
  admin_cidr = var.admin_cidr
}
