# Model of terraform-aws-modules/eks/aws 10.x to 18.x for the registry pack:
# the cluster, with the inputs that decide its public API endpoint (public to
# the world by default) and the envelope encryption of its secrets (a list of
# `cluster_encryption_config` entries). The module calls the switch
# `create_eks` before 18.0.0 and `create` from then on: the input a release
# does not declare is unknown, so the other one decides. The module's own
# variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_eks_cluster" "this" {
  count = var.create_eks && var.create ? 1 : 0

  name     = "cluster-from-the-caller"
  role_arn = "role-from-the-module"
  version  = var.cluster_version

  vpc_config {
    subnet_ids             = ["subnets-from-the-caller"]
    endpoint_public_access = var.cluster_endpoint_public_access
    public_access_cidrs    = var.cluster_endpoint_public_access_cidrs
  }

  dynamic "encryption_config" {
    for_each = var.cluster_encryption_config
    content {
      provider {
        key_arn = encryption_config.value.provider_key_arn
      }
      resources = encryption_config.value.resources
    }
  }
}
