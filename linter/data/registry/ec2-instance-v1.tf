# Model of terraform-aws-modules/ec2-instance/aws 1.x and 2.x for the registry
# pack: `instance_count` instances with the inputs that decide their public
# address and the encryption of their root and EBS volumes (one block per
# entry of `root_block_device` / `ebs_block_device`). The module's own
# variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_instance" "this" {
  count = var.instance_count

  ami                         = "ami-from-the-caller"
  associate_public_ip_address = var.associate_public_ip_address

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
