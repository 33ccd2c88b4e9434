# terraform-aws-modules/autoscaling/aws without `terraform init`: judged by
# the registry pack for the releases each `version` constraint admits.
terraform {
  required_version = ">= 1.5"
}

# 3.x: a launch configuration whose data volume is unencrypted.
module "legacy_workers" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 3.5"

  name          = "legacy"
  image_id      = "ami-123"
  instance_type = "t3.micro"
  ebs_block_device = [
    { device_name = "/dev/sdf", volume_size = "100" },
  ]
}

# 4.x: a launch template with public interfaces and an unencrypted volume.
module "web" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 4.0"

  name      = "web"
  create_lt = true
  use_lt    = true
  block_device_mappings = [
    { device_name = "/dev/xvda", ebs = { volume_size = 20 } },
  ]
  network_interfaces = [
    { associate_public_ip_address = true },
  ]
}

# 9.x: the template's volume is unencrypted.
module "batch" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 9.0"

  name = "batch"
  block_device_mappings = [
    { device_name = "/dev/xvda", ebs = { volume_size = 50, encrypted = false } },
  ]
}

# 7.x, encrypted and private.
module "api" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 7.0"

  name = "api"
  block_device_mappings = [
    { device_name = "/dev/xvda", ebs = { volume_size = 20, encrypted = true } },
  ]
  network_interfaces = [
    { associate_public_ip_address = false },
  ]
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 99.0"

  name = "future"
  block_device_mappings = [
    { device_name = "/dev/xvda", ebs = { encrypted = false } },
  ]
}

# 5.2.0: launch configurations are gone since 5.1.0; the launch template is
# created by default and its volume is unencrypted.
module "reports" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "5.2.0"

  name = "reports"
  block_device_mappings = [
    { device_name = "/dev/xvda", ebs = { volume_size = 20 } },
  ]
}
