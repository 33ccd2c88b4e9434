# The bucket name and the tags are unknown in the source (a data source and
# a module output); the plan knows them.
data "aws_region" "current" {}

module "labels" {
  source = "./modules/labels"
  env    = "prod"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-${data.aws_region.current.name}"
  tags   = module.labels.tags
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  tags                = module.labels.tags
}

module "queue" {
  source = "./modules/queue"
  names  = ["a", "b"]
}

variable "encrypted" {
  type = bool
}
