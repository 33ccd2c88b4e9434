# Model of terraform-aws-modules/s3-bucket/aws for the registry pack: the
# bucket and its server-side encryption, from the inputs that decide them.
# Releases before 3.0.0 wrote the encryption as a block inside the bucket;
# later ones as a separate configuration resource. Both give the same
# algorithm from the same input, so the model uses the separate resource for
# every release. The input is empty by default in every release: the bucket
# then keeps S3's own default encryption (SSE-S3). The module's public access
# block, versioning and logging inputs are left out: no rule reads them.
# The variables after this model are the module's own, copied by
# scripts/gen-registry-pack.py.
resource "aws_s3_bucket" "this" {
  count = var.create_bucket ? 1 : 0

  bucket = var.bucket
  tags   = var.tags
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count = var.create_bucket && length(keys(var.server_side_encryption_configuration)) > 0 ? 1 : 0

  bucket = aws_s3_bucket.this[0].id

  # `rule` is one map, or (3.0.0 and later) a list of maps.
  dynamic "rule" {
    for_each = flatten([lookup(var.server_side_encryption_configuration, "rule", [])])
    content {
      dynamic "apply_server_side_encryption_by_default" {
        for_each = contains(keys(rule.value), "apply_server_side_encryption_by_default") ? [rule.value.apply_server_side_encryption_by_default] : []
        content {
          sse_algorithm     = apply_server_side_encryption_by_default.value.sse_algorithm
          kms_master_key_id = lookup(apply_server_side_encryption_by_default.value, "kms_master_key_id", null)
        }
      }
    }
  }
}
