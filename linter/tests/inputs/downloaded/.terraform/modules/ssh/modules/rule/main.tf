variable "security_group_id" {
  type = string
}

variable "cidr_blocks" {
  type = list(string)
}

variable "ports" {
  type = list(any)
}

resource "aws_security_group_rule" "ingress" {
  type              = "ingress"
  security_group_id = var.security_group_id
  cidr_blocks       = var.cidr_blocks
  from_port         = var.ports[0]
  to_port           = var.ports[1]
  protocol          = var.ports[2]
}
