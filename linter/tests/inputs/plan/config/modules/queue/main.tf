variable "names" {
  type = list(string)
}

resource "aws_sqs_queue" "this" {
  for_each                = toset(var.names)
  name                    = each.value
  sqs_managed_sse_enabled = each.value == "a"
}
