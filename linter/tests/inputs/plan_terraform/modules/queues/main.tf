variable "names" {
  type = list(string)
}

resource "aws_sqs_queue" "this" {
  for_each                = toset(var.names)
  name                    = "queue-${each.value}"
  sqs_managed_sse_enabled = each.value == "a"

  tags = {
    Owner = "platform"
  }
}
