variable "team" {
  type = string
}

output "bucket" {
  value = "logs-${var.team}"
}

output "tags" {
  value = { Team = var.team }
}
