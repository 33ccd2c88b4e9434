# Model of terraform-aws-modules/security-group/aws for the registry pack:
# the ingress rules the module creates from its inputs, as the module's
# main.tf builds them (named rules looked up in `rules`, CIDR blocks from
# `ingress_cidr_blocks` unless a rule gives its own). The variables after
# this model are the module's own, copied by scripts/gen-registry-pack.py.
resource "aws_security_group_rule" "ingress_rules" {
  count = var.create ? length(var.ingress_rules) : 0

  security_group_id = "sg-from-the-module"
  type              = "ingress"
  cidr_blocks       = var.ingress_cidr_blocks
  ipv6_cidr_blocks  = var.ingress_ipv6_cidr_blocks
  from_port         = var.rules[var.ingress_rules[count.index]][0]
  to_port           = var.rules[var.ingress_rules[count.index]][1]
  protocol          = var.rules[var.ingress_rules[count.index]][2]
}

resource "aws_security_group_rule" "ingress_with_cidr_blocks" {
  count = var.create ? length(var.ingress_with_cidr_blocks) : 0

  security_group_id = "sg-from-the-module"
  type              = "ingress"
  cidr_blocks = split(",", lookup(
    var.ingress_with_cidr_blocks[count.index],
    "cidr_blocks",
    join(",", var.ingress_cidr_blocks),
  ))
  from_port = lookup(
    var.ingress_with_cidr_blocks[count.index],
    "from_port",
    var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][0],
  )
  to_port = lookup(
    var.ingress_with_cidr_blocks[count.index],
    "to_port",
    var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][1],
  )
  protocol = lookup(
    var.ingress_with_cidr_blocks[count.index],
    "protocol",
    var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][2],
  )
}
