# Model of terraform-aws-modules/sqs/aws 3.4.0: the first release with
# `sqs_managed_sse_enabled`. It passes the input (false by default) to the
# queue as it is, and drops `kms_master_key_id` when SQS-managed encryption
# is on, so a queue without a KMS key is created unencrypted by default.
resource "aws_sqs_queue" "this" {
  count = var.create ? 1 : 0

  name                    = var.name
  sqs_managed_sse_enabled = var.sqs_managed_sse_enabled
  kms_master_key_id       = var.sqs_managed_sse_enabled ? null : var.kms_master_key_id
  tags                    = var.tags
}
