variable "identifier" {
  type = string
}

variable "storage_encrypted" {
  type    = bool
  default = true
}

resource "aws_db_instance" "this" {
  identifier        = var.identifier
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = var.storage_encrypted
}
