# Model of terraform-aws-modules/rds-aurora/aws 6.x and 7.x for the registry
# pack: the Aurora cluster and one instance per entry of `instances` (none
# for Serverless v1), with the inputs that decide storage encryption and
# public endpoints (an instance's own `publicly_accessible` wins over the
# module's). The module's own variables follow, copied by
# scripts/gen-registry-pack.py.
resource "aws_rds_cluster" "this" {
  count = var.create_cluster ? 1 : 0

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
  for_each = var.create_cluster && var.engine_mode != "serverless" ? var.instances : {}

  cluster_identifier  = "cluster-from-the-module"
  publicly_accessible = try(each.value.publicly_accessible, var.publicly_accessible)
  tags                = var.tags
}
