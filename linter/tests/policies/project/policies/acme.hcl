policy "ACME001" {
  name           = "sqs-visibility-timeout-short"
  category       = "reliability"
  severity       = "medium"
  resource_types = ["aws_sqs_queue"]
  condition      = try(self.visibility_timeout_seconds, 30) >= 60
  message        = "the visibility timeout is under a minute"
  help           = "set visibility_timeout_seconds to 60 or more"
  doc            = <<-EOT
    ## What it does
    Checks that SQS queues give consumers at least a minute.
  EOT
}
