variable "db_encrypted" {
  type    = bool
  default = true
}

variable "admin_cidr" {
  type    = string
  default = "10.0.0.0/8"
}
