# Model of terraform-aws-modules/alb/aws 5.3.0 to 8.x for the registry pack:
# the load balancer and its listeners from `http_tcp_listeners` and
# `https_listeners`, each with the default action its `action_type` asks for
# (forward unless set; a redirect with the listener's `redirect` map). HTTPS
# listeners take `listener_ssl_policy_default` unless they name a policy.
# The module's own variables follow, copied by scripts/gen-registry-pack.py.
resource "aws_lb" "this" {
  count = var.create_lb ? 1 : 0

  load_balancer_type = var.load_balancer_type
}

resource "aws_lb_listener" "frontend_http_tcp" {
  count = var.create_lb ? length(var.http_tcp_listeners) : 0

  load_balancer_arn = aws_lb.this[0].arn
  protocol          = var.http_tcp_listeners[count.index]["protocol"]

  dynamic "default_action" {
    for_each = [var.http_tcp_listeners[count.index]]
    content {
      type = lookup(default_action.value, "action_type", "forward")

      dynamic "redirect" {
        for_each = length(keys(lookup(default_action.value, "redirect", {}))) == 0 ? [] : [lookup(default_action.value, "redirect", {})]
        content {
          protocol = lookup(redirect.value, "protocol", null)
        }
      }
    }
  }
}

resource "aws_lb_listener" "frontend_https" {
  count = var.create_lb ? length(var.https_listeners) : 0

  load_balancer_arn = aws_lb.this[0].arn
  protocol          = lookup(var.https_listeners[count.index], "protocol", "HTTPS")
  ssl_policy        = lookup(var.https_listeners[count.index], "ssl_policy", var.listener_ssl_policy_default)
}
