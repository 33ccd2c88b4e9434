# Model of terraform-aws-modules/alb/aws 5.1.0 and 5.2.0 for the registry
# pack: the load balancer and its listeners from `http_tcp_listeners` and
# `https_listeners`, whose default action always forwards (these releases
# cannot redirect HTTP to HTTPS). HTTPS listeners take
# `listener_ssl_policy_default` unless they name a policy. The module's own
# variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_lb" "this" {
  count = var.create_lb ? 1 : 0

  load_balancer_type = var.load_balancer_type
}

resource "aws_lb_listener" "frontend_http_tcp" {
  count = var.create_lb ? length(var.http_tcp_listeners) : 0

  load_balancer_arn = aws_lb.this[0].arn
  protocol          = var.http_tcp_listeners[count.index]["protocol"]

  default_action {
    type = "forward"
  }
}

resource "aws_lb_listener" "frontend_https" {
  count = var.create_lb ? length(var.https_listeners) : 0

  load_balancer_arn = aws_lb.this[0].arn
  protocol          = lookup(var.https_listeners[count.index], "protocol", "HTTPS")
  ssl_policy        = lookup(var.https_listeners[count.index], "ssl_policy", var.listener_ssl_policy_default)

  default_action {
    type = "forward"
  }
}
