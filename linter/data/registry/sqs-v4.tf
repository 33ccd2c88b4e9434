# Model of terraform-aws-modules/sqs/aws 4.0.0 and later: SQS-managed
# encryption is on by default and sent unless a KMS key is given, so
# `sqs_managed_sse_enabled = false` without a key leaves the queue
# unencrypted. The optional dead-letter queue takes its own inputs, falling
# back to the main queue's.
resource "aws_sqs_queue" "this" {
  count = var.create ? 1 : 0

  name                    = var.name
  kms_master_key_id       = var.kms_master_key_id
  sqs_managed_sse_enabled = var.kms_master_key_id == null ? var.sqs_managed_sse_enabled : null
  tags                    = var.tags
}

resource "aws_sqs_queue" "dlq" {
  count = var.create && var.create_dlq ? 1 : 0

  kms_master_key_id = var.dlq_kms_master_key_id != null ? var.dlq_kms_master_key_id : var.kms_master_key_id
  sqs_managed_sse_enabled = (
    var.dlq_kms_master_key_id != null || var.kms_master_key_id != null
    ? null
    : (var.dlq_sqs_managed_sse_enabled != null ? var.dlq_sqs_managed_sse_enabled : var.sqs_managed_sse_enabled)
  )
  tags = var.tags
}
