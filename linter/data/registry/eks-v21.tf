# Model of terraform-aws-modules/eks/aws 21.x and later for the registry
# pack: as for 19.x (linter/data/registry/eks-v19.tf) with the inputs renamed
# (`endpoint_public_access`, `endpoint_public_access_cidrs`,
# `encryption_config`, `kubernetes_version`). `encryption_config` is an
# object whose `resources` default to secrets, so the module's `{}` default
# encrypts them. The module's own variables follow, copied by
# scripts/gen-registry-pack.py.
resource "aws_eks_cluster" "this" {
  count = var.create ? 1 : 0

  name     = "cluster-from-the-caller"
  role_arn = "role-from-the-module"
  version  = var.kubernetes_version

  vpc_config {
    subnet_ids             = ["subnets-from-the-caller"]
    endpoint_public_access = var.endpoint_public_access
    public_access_cidrs    = var.endpoint_public_access_cidrs
  }

  dynamic "encryption_config" {
    for_each = var.encryption_config != null ? [var.encryption_config] : []
    content {
      provider {
        key_arn = var.create_kms_key ? "key-from-the-module" : try(encryption_config.value.provider_key_arn, null)
      }
      resources = try(encryption_config.value.resources, ["secrets"])
    }
  }
}
