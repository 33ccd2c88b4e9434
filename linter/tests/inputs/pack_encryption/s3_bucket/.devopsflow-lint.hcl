# Buckets must be encrypted with KMS (DFL101 is silent under the default policy).
s3_encryption = "kms"
