terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "timeout" {
  type = number
}

# ACME001 fires at the attribute.
resource "aws_sqs_queue" "short" {
  visibility_timeout_seconds = 10
  sqs_managed_sse_enabled    = true
}

# ACME001 fires at the resource: the default (30) is read, nothing written.
resource "aws_sqs_queue" "default" {
  sqs_managed_sse_enabled = true
}

# Unknown condition: nothing.
resource "aws_sqs_queue" "unknown" {
  visibility_timeout_seconds = var.timeout
  sqs_managed_sse_enabled    = true
}

# Suppressed by name.
# devopsflow-lint:ignore[sqs-visibility-timeout-short] batch consumers are fast
resource "aws_sqs_queue" "suppressed" {
  visibility_timeout_seconds = 5
  sqs_managed_sse_enabled    = true
}

resource "aws_sqs_queue" "long" {
  visibility_timeout_seconds = 120
  sqs_managed_sse_enabled    = true
}

# ACME002 fires: no public access block refers to it.
resource "aws_s3_bucket" "open" {
  bucket = "open"
}

resource "aws_s3_bucket" "closed" {
  bucket = "closed"
}

resource "aws_s3_bucket_public_access_block" "closed" {
  bucket                  = aws_s3_bucket.closed.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A reference inside a template counts.
resource "aws_s3_bucket" "templated" {
  bucket = "templated"
}

resource "aws_s3_bucket_public_access_block" "templated" {
  bucket                  = "${aws_s3_bucket.templated.id}"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ACME002 fires: depends_on orders, it does not refer.
resource "aws_s3_bucket" "ordered" {
  bucket = "ordered"
}

resource "aws_s3_bucket_public_access_block" "elsewhere" {
  bucket                  = "someone-elses-bucket"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
  depends_on              = [aws_s3_bucket.ordered]
}
