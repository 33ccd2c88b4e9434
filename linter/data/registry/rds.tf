# Model of terraform-aws-modules/rds/aws for the registry pack: the DB
# instance the module creates, with the inputs that decide its encryption,
# exposure and tags. The variables after this model are the module's own,
# copied by scripts/gen-registry-pack.py (`storage_encrypted` defaulted to
# false before 4.0.0).
resource "aws_db_instance" "this" {
  count = var.create_db_instance ? 1 : 0

  identifier          = var.identifier
  engine              = var.engine
  storage_encrypted   = var.storage_encrypted
  kms_key_id          = var.kms_key_id == "" ? null : var.kms_key_id
  publicly_accessible = var.publicly_accessible
  replicate_source_db = var.replicate_source_db == "" ? null : var.replicate_source_db
  snapshot_identifier = var.snapshot_identifier == "" ? null : var.snapshot_identifier
  tags                = var.tags
}

# Before 2.21.0 the module defaults `kms_key_id`, `replicate_source_db` and
# `snapshot_identifier` to "", which the provider reads as unset: the model
# passes them on as null.
