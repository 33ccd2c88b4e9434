required_tags = ["Environment", "Owner"]

policy "ACME001" {
  name           = "bucket-name-prefix"
  category       = "tagging"
  severity       = "low"
  resource_types = ["aws_s3_bucket"]
  condition      = startswith(self.bucket, "acme-")
  message        = "bucket names start with `acme-`"
}
