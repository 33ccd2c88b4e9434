# User policies: one here, more in the files of policy_paths.
policy_paths = ["policies"]

policy "ACME002" {
  name           = "bucket-without-public-access-block"
  category       = "network"
  severity       = "high"
  resource_types = ["aws_s3_bucket"]
  condition      = length([for r in try(referenced_by.aws_s3_bucket_public_access_block, []) : r if r.attribute == "bucket"]) > 0
  message        = "no aws_s3_bucket_public_access_block refers to this bucket"
  help           = "add an aws_s3_bucket_public_access_block whose bucket is this bucket's id"
}

rule "DFL101" {
  enabled = false
}
