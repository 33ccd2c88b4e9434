# Policy for this repository.
required_tags        = ["Environment", "Owner"]
allowed_public_ports = [80, 443]

rule "egress-unrestricted" {
  enabled = false
}

rule "DFL406" {
  severity = "info"
}
