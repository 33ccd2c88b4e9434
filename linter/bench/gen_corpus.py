#!/usr/bin/env python3
"""Generates a Terraform corpus that scales: N root modules (one directory
each) calling a shared local module, with a realistic mix of AWS resources,
variables, locals, count/for_each and dynamic blocks. Deterministic for a
given N.

Usage: gen_corpus.py N OUT_DIR
"""
import os
import sys

SHARED = '''variable "name" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_db_instance" "this" {
  identifier        = var.name
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypted
  tags              = merge(var.tags, { Name = var.name })
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/${var.name}"
  retention_in_days = 30
  tags              = var.tags
}
'''

ROOT = '''terraform {{
  required_version = ">= 1.6"
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }}
  }}
  backend "s3" {{
    bucket       = "acme-state"
    key          = "svc{i}/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }}
}}

provider "aws" {{
  region = "eu-west-1"
  default_tags {{
    tags = {{
      Environment = var.environment
      Owner       = "team-{team}"
    }}
  }}
}}

locals {{
  name  = "svc{i}-${{var.environment}}"
  ports = {ports}
  buckets = {{
    logs   = {{ versioned = true }}
    assets = {{ versioned = false }}
  }}
}}

resource "aws_s3_bucket" "this" {{
  for_each = local.buckets
  bucket   = "${{local.name}}-${{each.key}}"
}}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {{
  for_each = aws_s3_bucket.this
  bucket   = each.value.id
  rule {{
    apply_server_side_encryption_by_default {{
      sse_algorithm = "aws:kms"
    }}
  }}
}}

resource "aws_security_group" "web" {{
  name = "${{local.name}}-web"

  dynamic "ingress" {{
    for_each = local.ports
    content {{
      protocol    = "tcp"
      from_port   = ingress.value
      to_port     = ingress.value
      cidr_blocks = [var.ingress_cidr]
    }}
  }}

  egress {{
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }}
}}

resource "aws_kms_key" "data" {{
  description         = "${{local.name}} data"
  enable_key_rotation = {rotation}
}}

resource "aws_sqs_queue" "jobs" {{
  count = var.queues
  name  = "${{local.name}}-jobs-${{count.index}}"
}}

resource "aws_iam_policy" "app" {{
  name = "${{local.name}}-app"
  policy = jsonencode({{
    Version = "2012-10-17"
    Statement = [{{
      Effect   = "Allow"
      Action   = ["sqs:SendMessage", "sqs:ReceiveMessage"]
      Resource = aws_sqs_queue.jobs[*].arn
    }}]
  }})
}}

module "db" {{
  source    = "../../modules/db"
  name      = local.name
  encrypted = {encrypted}
  tags      = {{ Service = "svc{i}" }}
}}
'''

VARS = '''variable "environment" {{
  type    = string
  default = "prod"
}}

variable "ingress_cidr" {{
  type    = string
  default = "{cidr}"
}}

variable "queues" {{
  type    = number
  default = {queues}
}}
'''


def main() -> None:
    n = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(os.path.join(out, "modules", "db"), exist_ok=True)
    with open(os.path.join(out, "modules", "db", "main.tf"), "w") as f:
        f.write(SHARED)
    for i in range(n):
        d = os.path.join(out, "services", f"svc{i}")
        os.makedirs(d, exist_ok=True)
        ports = "[443]" if i % 5 else "[443, 22]"
        with open(os.path.join(d, "main.tf"), "w") as f:
            f.write(ROOT.format(
                i=i,
                team=i % 7,
                ports=ports,
                rotation="true" if i % 3 else "false",
                encrypted="true" if i % 4 else "false",
            ))
        with open(os.path.join(d, "variables.tf"), "w") as f:
            f.write(VARS.format(cidr="0.0.0.0/0" if i % 2 else "10.0.0.0/8", queues=1 + i % 3))


if __name__ == "__main__":
    main()
