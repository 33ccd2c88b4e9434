# terraform-aws-modules/eks/aws without `terraform init`: judged by the
# registry pack for the releases each `version` constraint admits.
terraform {
  required_version = ">= 1.5"
}

# 17.x: the API endpoint is public to the world by default, and secrets are
# not envelope-encrypted on Kubernetes 1.21.
module "legacy_eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 17.0"

  cluster_name    = "legacy"
  cluster_version = "1.21"
  subnets         = ["subnet-1", "subnet-2"]
  vpc_id          = "vpc-123"
}

# 21.x: the endpoint is made public without limiting the ranges.
module "platform_eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"

  name                   = "platform"
  kubernetes_version     = "1.27"
  endpoint_public_access = true
  subnet_ids             = ["subnet-1", "subnet-2"]
  vpc_id                 = "vpc-123"
}

# 20.x with the module's defaults: private endpoint, secrets encrypted with
# the module's key.
module "apps_eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.0"

  cluster_name    = "apps"
  cluster_version = "1.27"
  subnet_ids      = ["subnet-1", "subnet-2"]
  vpc_id          = "vpc-123"
}

# 19.x: public, but only from the office range.
module "office_eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 19.0"

  cluster_name                         = "office"
  cluster_version                      = "1.27"
  cluster_endpoint_public_access       = true
  cluster_endpoint_public_access_cidrs = ["203.0.113.0/24"]
  subnet_ids                           = ["subnet-1", "subnet-2"]
  vpc_id                               = "vpc-123"
}

# No described release is admitted: not judged.
module "future_eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 99.0"

  cluster_name                   = "future"
  cluster_version                = "1.21"
  cluster_endpoint_public_access = true
}
