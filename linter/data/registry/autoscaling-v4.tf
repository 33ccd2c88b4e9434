# Model of terraform-aws-modules/autoscaling/aws 4.0.0 to 5.0.0 for the
# registry pack: the launch configuration (`create_lc`) and the launch template
# (`create_lt`) the module can create, both off by default, with the inputs
# that decide the encryption of their volumes and, for the template, the
# public address of its network interfaces. The module's own variables
# follow, copied by scripts/gen-registry-pack.py.
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

resource "aws_launch_template" "this" {
  count = var.create_lt ? 1 : 0

  dynamic "block_device_mappings" {
    for_each = var.block_device_mappings
    content {
      device_name = lookup(block_device_mappings.value, "device_name", null)

      dynamic "ebs" {
        for_each = flatten([lookup(block_device_mappings.value, "ebs", [])])
        content {
          encrypted   = lookup(ebs.value, "encrypted", null)
          kms_key_id  = lookup(ebs.value, "kms_key_id", null)
          snapshot_id = lookup(ebs.value, "snapshot_id", null)
        }
      }
    }
  }

  dynamic "network_interfaces" {
    for_each = var.network_interfaces
    content {
      associate_public_ip_address = lookup(network_interfaces.value, "associate_public_ip_address", null)
    }
  }
}
