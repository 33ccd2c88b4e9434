# terraform-aws-modules/ec2-instance/aws without `terraform init`: judged by
# the registry pack for the releases each `version` constraint admits.
terraform {
  required_version = ">= 1.5"
}

# 2.x: a public address and an unencrypted data volume.
module "bastion" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 2.19"

  name                        = "bastion"
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  root_block_device = [
    { volume_size = 20, encrypted = true },
  ]
  ebs_block_device = [
    { device_name = "/dev/sdf", volume_size = 100 },
  ]
}

# 5.x: the root volume's encryption is not set.
module "worker" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 5.0"

  name          = "worker"
  ami           = "ami-123"
  instance_type = "t3.micro"
  root_block_device = [
    { volume_size = 50 },
  ]
}

# 6.x: an extra volume without encryption.
module "builder" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = ">= 6.0, < 7.0"

  name          = "builder"
  ami           = "ami-123"
  instance_type = "t3.micro"
  root_block_device = {
    encrypted = true
  }
  ebs_volumes = {
    cache = { size = 100 }
  }
}

# 6.x, encrypted and private.
module "api" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.4.0"

  name          = "api"
  ami           = "ami-123"
  instance_type = "t3.micro"
  root_block_device = {
    encrypted = true
  }
  ebs_volumes = {
    data = { size = 100, encrypted = true }
  }
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 99.0"

  name                        = "future"
  associate_public_ip_address = true
}
