# terraform-aws-modules/alb/aws without `terraform init`: judged by the
# registry pack for the releases each `version` constraint admits.
terraform {
  required_version = ">= 1.5"
}

# 5.x: plain HTTP forwarded to the targets.
module "legacy_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 5.0"

  name = "legacy"
  http_tcp_listeners = [
    { port = 80, protocol = "HTTP" },
  ]
}

# 8.x: HTTP redirects to HTTPS, but the HTTPS listener keeps the module's
# default policy (ELBSecurityPolicy-2016-08, which allows TLS 1.0).
module "shop_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 8.0"

  name = "shop"
  http_tcp_listeners = [
    {
      port        = 80
      protocol    = "HTTP"
      action_type = "redirect"
      redirect    = { port = "443", protocol = "HTTPS", status_code = "HTTP_301" }
    },
  ]
  https_listeners = [
    { port = 443, protocol = "HTTPS", certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc" },
  ]
}

# 9.x: an HTTP listener that forwards.
module "api_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  name = "api"
  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      forward  = { target_group_key = "api" }
    }
  }
}

# 10.x: HTTP redirects to HTTPS, which keeps the module's modern policy.
module "web_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 10.0"

  name = "web"
  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      redirect = { port = "443", protocol = "HTTPS", status_code = "HTTP_301" }
    }
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
      forward         = { target_group_key = "web" }
    }
  }
}

# No described release is admitted: not judged.
module "future_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 99.0"

  name = "future"
  http_tcp_listeners = [
    { port = 80, protocol = "HTTP" },
  ]
}
