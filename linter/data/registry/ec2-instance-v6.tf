# Model of terraform-aws-modules/ec2-instance/aws 6.x and later for the
# registry pack: one instance unless `create` is false or
# `create_spot_instance` asks for a spot request instead, with one
# `root_block_device` object, and the extra volumes of `ebs_volumes` as
# `aws_ebs_volume` resources. The inputs decide the public address and the
# encryption of every volume; with a `launch_template` the template decides.
# The module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_instance" "this" {
  count = var.create && !var.create_spot_instance ? 1 : 0

  ami                         = "ami-from-the-caller"
  associate_public_ip_address = var.associate_public_ip_address

  dynamic "launch_template" {
    for_each = var.launch_template != null ? [var.launch_template] : []
    content {
      id   = try(launch_template.value.id, null)
      name = try(launch_template.value.name, null)
    }
  }

  dynamic "root_block_device" {
    for_each = var.root_block_device != null ? [var.root_block_device] : []
    content {
      encrypted  = try(root_block_device.value.encrypted, null)
      kms_key_id = try(root_block_device.value.kms_key_id, null)
    }
  }
}

resource "aws_ebs_volume" "this" {
  for_each = var.create && var.ebs_volumes != null ? var.ebs_volumes : {}

  availability_zone = "az-of-the-instance"
  encrypted         = try(each.value.encrypted, null)
  kms_key_id        = try(each.value.kms_key_id, null)
  snapshot_id       = try(each.value.snapshot_id, null)
}
