# Model of terraform-aws-modules/kms/aws for the registry pack, releases
# before 1.4.0: the customer-managed key (none when `create_external` asks
# for a key with imported material), with the inputs that decide its
# rotation and tags. Rotation is on by default in every release. From 1.4.0
# on, replica keys also replace it (kms-v1.4.tf). The variables after this
# model are the module's own, copied by scripts/gen-registry-pack.py.
resource "aws_kms_key" "this" {
  count = var.create && !var.create_external ? 1 : 0

  description              = var.description
  enable_key_rotation      = var.enable_key_rotation
  customer_master_key_spec = var.customer_master_key_spec
  key_usage                = var.key_usage
  tags                     = var.tags
}
