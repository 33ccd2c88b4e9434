# Model of terraform-aws-modules/eks/aws 19.x and 20.x for the registry pack:
# the cluster, with the inputs that decide its public API endpoint (private
# by default from 19.0.0) and the envelope encryption of its secrets (one
# `cluster_encryption_config` object, secrets with a key the module creates
# by default). The module's own variables follow, copied by
# scripts/gen-registry-pack.py.
resource "aws_eks_cluster" "this" {
  count = var.create ? 1 : 0

  name     = "cluster-from-the-caller"
  role_arn = "role-from-the-module"
  version  = var.cluster_version

  vpc_config {
    subnet_ids             = ["subnets-from-the-caller"]
    endpoint_public_access = var.cluster_endpoint_public_access
    public_access_cidrs    = var.cluster_endpoint_public_access_cidrs
  }

  dynamic "encryption_config" {
    for_each = length(var.cluster_encryption_config) > 0 ? [var.cluster_encryption_config] : []
    content {
      provider {
        key_arn = var.create_kms_key ? "key-from-the-module" : try(encryption_config.value.provider_key_arn, null)
      }
      resources = try(encryption_config.value.resources, null)
    }
  }
}
