# Model of terraform-aws-modules/sqs/aws for the registry pack, releases
# before 3.4.0: the queue, with the inputs that decide its encryption and
# tags. These releases never set `sqs_managed_sse_enabled`, so the queue gets
# what AWS does by default; only `kms_master_key_id` reaches it. Later
# releases have their own models (sqs-v3.4.0.tf, sqs-v3.4.1.tf, sqs-v4.tf).
# The variables after this model are the module's own, copied by
# scripts/gen-registry-pack.py.
resource "aws_sqs_queue" "this" {
  count = var.create ? 1 : 0

  name              = var.name
  kms_master_key_id = var.kms_master_key_id
  tags              = var.tags
}
