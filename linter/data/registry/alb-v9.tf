# Model of terraform-aws-modules/alb/aws 9.x and later for the registry pack:
# the load balancer and one listener per entry of `listeners`, with
# `default_protocol` unless the entry names one, a redirect when the entry
# has a `redirect`, and for HTTPS and TLS a modern policy unless the entry
# names one (ELBSecurityPolicy-TLS13-1-2-Res-2021-06 in 9.x,
# ELBSecurityPolicy-TLS13-1-3-2021-06 from 10.0.0: both TLS 1.2 and later).
# The module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_lb" "this" {
  count = var.create ? 1 : 0

  load_balancer_type = var.load_balancer_type
}

resource "aws_lb_listener" "this" {
  for_each = var.create ? var.listeners : {}

  load_balancer_arn = aws_lb.this[0].arn
  protocol          = coalesce(try(each.value.protocol, null), var.default_protocol)
  ssl_policy = (
    contains(["HTTPS", "TLS"], coalesce(try(each.value.protocol, null), var.default_protocol))
    ? coalesce(try(each.value.ssl_policy, null), "ELBSecurityPolicy-TLS13-1-2-Res-2021-06")
    : try(each.value.ssl_policy, null)
  )

  dynamic "default_action" {
    for_each = try(each.value.forward, null) != null ? [each.value.forward] : []
    content {
      type = "forward"
    }
  }

  dynamic "default_action" {
    for_each = try(each.value.redirect, null) != null ? [each.value.redirect] : []
    content {
      type = "redirect"
      redirect {
        protocol = try(default_action.value.protocol, null)
      }
    }
  }
}
