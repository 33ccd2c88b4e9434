# Model of terraform-aws-modules/rds-aurora/aws 8.x and later for the
# registry pack: as for 6.x (linter/data/registry/rds-aurora-v6.tf), with
# `create` in place of `create_cluster`. From 10.0.0 the module has no
# `publicly_accessible` of its own: only an instance's entry decides. The
# module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_rds_cluster" "this" {
  count = var.create ? 1 : 0

  engine_mode                   = var.engine_mode
  storage_encrypted             = var.storage_encrypted
  kms_key_id                    = var.kms_key_id
  replication_source_identifier = var.replication_source_identifier
  snapshot_identifier           = var.snapshot_identifier
  global_cluster_identifier     = var.global_cluster_identifier
  source_region                 = var.source_region
  tags                          = var.tags
}

resource "aws_rds_cluster_instance" "this" {
  for_each = var.create && var.engine_mode != "serverless" ? var.instances : {}

  cluster_identifier  = "cluster-from-the-module"
  publicly_accessible = try(each.value.publicly_accessible, var.publicly_accessible)
  tags                = var.tags
}
