variable "env" {
  default = "prod"
}

variable "size" {
  default = 20
}

variable "replicas" {
  default = 2
}

variable "encrypt_root" {
  default = false
}

variable "admin_ports" {
  default = [22]
}
