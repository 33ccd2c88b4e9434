# Model of terraform-aws-modules/efs/aws for the registry pack: the file
# system, with the inputs that decide its encryption and tags (the module
# adds a `Name` tag from `name`). Encryption is on by default in every
# release. The variables after this model are the module's own, copied by
# scripts/gen-registry-pack.py.
resource "aws_efs_file_system" "this" {
  count = var.create ? 1 : 0

  encrypted  = var.encrypted
  kms_key_id = var.kms_key_arn
  tags       = merge(var.tags, { Name = var.name })
}
