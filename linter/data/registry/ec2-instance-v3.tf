# Model of terraform-aws-modules/ec2-instance/aws 3.x to 5.x for the registry
# pack: one instance unless `create` is false (or, from 4.0.0,
# `create_spot_instance` asks for a spot request instead; 3.0.0 has no such
# input, so that part of the count is unknown and the instance is judged as
# created). Its inputs decide the public address and
# the encryption of the root and EBS volumes; with a `launch_template` the
# template decides. The module's own variables follow, copied by
# scripts/gen-registry-pack.py.
resource "aws_instance" "this" {
  count = var.create && !var.create_spot_instance ? 1 : 0

  ami                         = "ami-from-the-caller"
  associate_public_ip_address = var.associate_public_ip_address

  dynamic "launch_template" {
    for_each = var.launch_template != null && length(var.launch_template) > 0 ? [var.launch_template] : []
    content {
      id   = lookup(launch_template.value, "id", null)
      name = lookup(launch_template.value, "name", null)
    }
  }

  dynamic "root_block_device" {
    for_each = var.root_block_device
    content {
      encrypted  = lookup(root_block_device.value, "encrypted", null)
      kms_key_id = lookup(root_block_device.value, "kms_key_id", null)
    }
  }

  dynamic "ebs_block_device" {
    for_each = var.ebs_block_device
    content {
      device_name = lookup(ebs_block_device.value, "device_name", null)
      encrypted   = lookup(ebs_block_device.value, "encrypted", null)
      kms_key_id  = lookup(ebs_block_device.value, "kms_key_id", null)
      snapshot_id = lookup(ebs_block_device.value, "snapshot_id", null)
    }
  }
}
