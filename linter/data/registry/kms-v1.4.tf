# Model of terraform-aws-modules/kms/aws 1.4.0 and later: as before, but a
# replica key (`create_replica`, `create_replica_external`) is created
# instead of the key. A replica rotates with its primary key, so only the
# key itself is modelled.
resource "aws_kms_key" "this" {
  count = var.create && !(var.create_external || var.create_replica || var.create_replica_external) ? 1 : 0

  description              = var.description
  enable_key_rotation      = var.enable_key_rotation
  customer_master_key_spec = var.customer_master_key_spec
  key_usage                = var.key_usage
  tags                     = var.tags
}
