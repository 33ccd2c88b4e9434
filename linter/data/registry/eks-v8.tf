# Model of terraform-aws-modules/eks/aws 8.x and 9.x for the registry pack:
# the cluster, with the inputs that decide its public API endpoint (public by
# default); these releases cannot envelope-encrypt secrets. 8.0.0 has no
# `cluster_endpoint_public_access_cidrs`: the ranges are unknown there. The
# module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_eks_cluster" "this" {
  count = var.create_eks ? 1 : 0

  name     = "cluster-from-the-caller"
  role_arn = "role-from-the-module"
  version  = var.cluster_version

  vpc_config {
    subnet_ids             = ["subnets-from-the-caller"]
    endpoint_public_access = var.cluster_endpoint_public_access
    public_access_cidrs    = var.cluster_endpoint_public_access_cidrs
  }
}
