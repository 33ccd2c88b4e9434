# Model of terraform-aws-modules/autoscaling/aws 5.1.0 and later for the
# registry pack: the launch template the module creates (unless
# `create_launch_template` is false; launch configurations are gone), with
# the inputs that decide the encryption of its volumes and the public address
# of its network interfaces (from 9.0.0 both lists default to null). The
# module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_launch_template" "this" {
  count = var.create_launch_template ? 1 : 0

  dynamic "block_device_mappings" {
    for_each = var.block_device_mappings != null ? var.block_device_mappings : []
    content {
      device_name = try(block_device_mappings.value.device_name, null)

      dynamic "ebs" {
        for_each = try(block_device_mappings.value.ebs, null) != null ? flatten([block_device_mappings.value.ebs]) : []
        content {
          encrypted   = try(ebs.value.encrypted, null)
          kms_key_id  = try(ebs.value.kms_key_id, null)
          snapshot_id = try(ebs.value.snapshot_id, null)
        }
      }
    }
  }

  dynamic "network_interfaces" {
    for_each = var.network_interfaces != null ? var.network_interfaces : []
    content {
      associate_public_ip_address = try(network_interfaces.value.associate_public_ip_address, null)
    }
  }
}
