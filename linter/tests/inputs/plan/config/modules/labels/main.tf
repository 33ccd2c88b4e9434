variable "env" {
  type = string
}

output "tags" {
  value = { Environment = var.env }
}
