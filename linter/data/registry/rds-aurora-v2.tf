# Model of terraform-aws-modules/rds-aurora/aws 2.x to 5.x for the registry
# pack: the Aurora cluster and its `replica_count` reader instances (or
# `replica_scale_min` with replica autoscaling), with the inputs that decide
# storage encryption and public endpoints. Per-instance overrides
# (`instances_parameters`, 2.29 and later) are not modelled. The module's own
# variables follow, copied by scripts/gen-registry-pack.py; before 2.29.0 the
# module has no `create_cluster`, so the count is unknown and the cluster is
# judged as created. These releases default the identifiers to "", which the
# provider reads as unset: the model passes them on as null.
resource "aws_rds_cluster" "this" {
  count = var.create_cluster ? 1 : 0

  engine_mode                   = var.engine_mode
  storage_encrypted             = var.storage_encrypted
  kms_key_id                    = var.kms_key_id == "" ? null : var.kms_key_id
  replication_source_identifier = var.replication_source_identifier == "" ? null : var.replication_source_identifier
  snapshot_identifier           = var.snapshot_identifier == "" ? null : var.snapshot_identifier
  global_cluster_identifier     = var.global_cluster_identifier == "" ? null : var.global_cluster_identifier
  source_region                 = var.source_region == "" ? null : var.source_region
  tags                          = var.tags
}

resource "aws_rds_cluster_instance" "this" {
  count = var.create_cluster ? (var.replica_scale_enabled ? var.replica_scale_min : var.replica_count) : 0

  cluster_identifier  = "cluster-from-the-module"
  publicly_accessible = var.publicly_accessible
  tags                = var.tags
}
