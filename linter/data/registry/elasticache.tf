# Model of terraform-aws-modules/elasticache/aws for the registry pack: the
# replication group (Redis or Valkey), with the inputs that decide its
# encryption at rest and in transit, and its tags. The module creates it
# alone or as the primary of a global datastore; a secondary member takes
# both settings from the global datastore, so it is not modelled. Both
# settings are on by default in every release. The variables after this
# model are the module's own, copied by scripts/gen-registry-pack.py.
resource "aws_elasticache_replication_group" "this" {
  count = var.create && var.create_replication_group && !var.create_secondary_global_replication_group ? 1 : 0

  engine                     = var.engine
  at_rest_encryption_enabled = var.at_rest_encryption_enabled
  kms_key_id                 = var.at_rest_encryption_enabled ? var.kms_key_arn : null
  transit_encryption_enabled = var.transit_encryption_enabled
  tags                       = var.tags
}
