# Model of terraform-aws-modules/autoscaling/aws 3.x for the registry pack:
# the launch configuration the module creates (unless `create_lc` is false),
# with the inputs that decide the encryption of its root and EBS volumes. The
# module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_launch_configuration" "this" {
  count = var.create_lc ? 1 : 0

  image_id                    = "ami-from-the-caller"
  instance_type               = "type-from-the-caller"
  associate_public_ip_address = var.associate_public_ip_address

  dynamic "root_block_device" {
    for_each = var.root_block_device
    content {
      encrypted = lookup(root_block_device.value, "encrypted", null)
    }
  }

  dynamic "ebs_block_device" {
    for_each = var.ebs_block_device
    content {
      device_name = lookup(ebs_block_device.value, "device_name", null)
      encrypted   = lookup(ebs_block_device.value, "encrypted", null)
      snapshot_id = lookup(ebs_block_device.value, "snapshot_id", null)
    }
  }
}
