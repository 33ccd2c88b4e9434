# Model of terraform-aws-modules/sqs/aws from 3.4.1 to 3.x: a false
# `sqs_managed_sse_enabled` is no longer sent (the attribute is left unset, so
# AWS's default applies); the KMS key is dropped when SQS-managed encryption
# is on.
resource "aws_sqs_queue" "this" {
  count = var.create ? 1 : 0

  name                    = var.name
  sqs_managed_sse_enabled = var.sqs_managed_sse_enabled ? true : null
  kms_master_key_id       = var.sqs_managed_sse_enabled ? null : var.kms_master_key_id
  tags                    = var.tags
}
