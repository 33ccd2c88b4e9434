# Model of terraform-aws-modules/sns/aws 5.0.0 and later: as before, with
# the topic created when `create` is true.
resource "aws_sns_topic" "this" {
  count = var.create ? 1 : 0

  name              = var.name
  kms_master_key_id = var.kms_master_key_id
  tags              = var.tags
}
