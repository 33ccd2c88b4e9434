# A stand-in for a downloaded security-group module: named rules resolved
# from a map, one rule per name, created by a local submodule.
variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "ingress_rules" {
  type    = list(string)
  default = []
}

variable "rules" {
  type = map(list(any))
  default = {
    ssh-tcp       = [22, 22, "tcp", "SSH"]
    https-443-tcp = [443, 443, "tcp", "HTTPS"]
  }
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id
}

module "rule" {
  source = "./modules/rule"
  count  = length(var.ingress_rules)

  security_group_id = aws_security_group.this.id
  cidr_blocks       = var.ingress_cidr_blocks
  ports             = var.rules[var.ingress_rules[count.index]]
}
