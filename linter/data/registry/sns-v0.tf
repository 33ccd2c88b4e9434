# Model of terraform-aws-modules/sns/aws for the registry pack, releases
# before 5.0.0: the topic, with the inputs that decide its encryption and
# tags. No key is set by default in any release, so a topic is unencrypted
# unless `kms_master_key_id` is given. 5.0.0 renamed `create_sns_topic` to
# `create` (sns-v5.tf). The variables after this model are the module's
# own, copied by scripts/gen-registry-pack.py.
resource "aws_sns_topic" "this" {
  count = var.create_sns_topic ? 1 : 0

  name              = var.name
  kms_master_key_id = var.kms_master_key_id
  tags              = var.tags
}
