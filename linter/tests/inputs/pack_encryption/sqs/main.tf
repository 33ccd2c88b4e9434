# terraform-aws-modules/sqs/aws without `terraform init`, judged by the
# registry pack.

# SQS-managed encryption turned off and no KMS key (4.0.0 and later send it).
module "orders" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 4.0"

  name                    = "orders"
  sqs_managed_sse_enabled = false
}

# 3.4.0 sent its default (false) to the queue: unencrypted without a key.
module "legacy" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "3.4.0"

  name = "legacy"
}

# 3.4.1 to 3.x leave a false input unset (AWS's default applies): silent.
module "patched" {
  source  = "terraform-aws-modules/sqs/aws"
  version = ">= 3.4.1, < 4.0.0"

  name                    = "patched"
  sqs_managed_sse_enabled = false
}

# The dead-letter queue alone has encryption turned off.
module "jobs" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 5.0"

  name                        = "jobs"
  create_dlq                  = true
  dlq_sqs_managed_sse_enabled = false
}

# A KMS key: silent in every release.
module "payments" {
  source = "terraform-aws-modules/sqs/aws"

  name                    = "payments"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/payments"
}

# The defaults of 4.0.0 and later: silent.
module "events" {
  source  = "terraform-aws-modules/sqs/aws"
  version = ">= 4.0"

  name = "events"
}

# No described release is admitted: not judged.
module "future" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 99.0"

  name                    = "future"
  sqs_managed_sse_enabled = false
}

terraform {
  required_version = ">= 1.3"
}
