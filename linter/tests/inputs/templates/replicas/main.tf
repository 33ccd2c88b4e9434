# A reusable module: no backend, no provider block, no caller here.
variable "replicas" {
  description = "Read replicas by name."
  type        = map(object({ node_type = string }))
  default     = {}
}

variable "create_listener" {
  type    = bool
  default = false
}

variable "volume_count" {
  type    = number
  default = 2
}

# No replica with the defaults: checked once, as a template.
resource "aws_elasticache_replication_group" "replica" {
  for_each                   = var.replicas
  replication_group_id       = each.key
  description                = "replica ${each.key}"
  node_type                  = each.value.node_type
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false
}

resource "aws_lb_listener" "http" {
  count             = var.create_listener ? 1 : 0
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1"
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1"
  }
}

# Instances with the defaults: checked as they are, not as a template.
resource "aws_ebs_volume" "scratch" {
  count             = var.volume_count
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

# A literal empty for_each does not depend on an input: nothing is checked.
resource "aws_elasticache_replication_group" "never" {
  for_each                   = {}
  replication_group_id       = each.key
  description                = "never"
  transit_encryption_enabled = false
}
