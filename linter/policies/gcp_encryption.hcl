# Built-in policies for encryption in transit and at rest on Google Cloud
# (hashicorp/google). Embedded in the binary and loaded like users'
# policies; see "Writing policies" in linter/README.md.

policy "DFL185" {
  name           = "kms-crypto-key-rotation-disabled"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["google_kms_crypto_key"]
  condition = (
    try(self.purpose, "ENCRYPT_DECRYPT") != "ENCRYPT_DECRYPT"
    || try(tonumber(replace(self.rotation_period, "s", "")) <= 7776000, false)
  )
  message = "the key is not rotated at least every 90 days"
  help    = "set rotation_period = \"7776000s\" (90 days) or less"
  doc     = <<-EOT
    ## What it does
    Checks that symmetric Cloud KMS keys (`purpose = "ENCRYPT_DECRYPT"`,
    the default) set a `rotation_period` of at most 90 days
    (`"7776000s"`). Asymmetric and MAC keys cannot rotate automatically and
    are not checked.

    ## Why is this bad?
    A key that never rotates protects ever more data, so a compromise of
    that one key version exposes all of it.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: without `rotation_period` the key is never
    rotated.

    ## Example
    ```hcl
    resource "google_kms_crypto_key" "key" {
      name     = "key"
      key_ring = google_kms_key_ring.ring.id
    }
    ```

    Use instead:
    ```hcl
    resource "google_kms_crypto_key" "key" {
      name            = "key"
      key_ring        = google_kms_key_ring.ring.id
      rotation_period = "7776000s"
    }
    ```

    ## References
    Checkov `CKV_GCP_43`.
  EOT
}

policy "DFL189" {
  name           = "memorystore-transit-encryption-disabled"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["google_redis_instance"]
  condition      = try(self.transit_encryption_mode, "DISABLED") == "SERVER_AUTHENTICATION"
  message        = "clients talk to the Redis instance in clear"
  help           = "set transit_encryption_mode = \"SERVER_AUTHENTICATION\""
  doc            = <<-EOT
    ## What it does
    Checks that Memorystore for Redis instances turn on in-transit
    encryption (`transit_encryption_mode = "SERVER_AUTHENTICATION"`).

    ## Why is this bad?
    Without it, the AUTH string and every command cross the network in
    clear.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: `transit_encryption_mode` defaults to
    `"DISABLED"`. It can only be chosen when the instance is created.

    ## Example
    ```hcl
    resource "google_redis_instance" "cache" {
      name           = "cache"
      memory_size_gb = 1
    }
    ```

    Use instead:
    ```hcl
    resource "google_redis_instance" "cache" {
      name                    = "cache"
      memory_size_gb          = 1
      transit_encryption_mode = "SERVER_AUTHENTICATION"
    }
    ```

    ## References
    Checkov `CKV_GCP_97`.
  EOT
}

policy "DFL190" {
  name           = "ssl-policy-outdated-tls"
  category       = "encryption"
  severity       = "high"
  resource_types = ["google_compute_ssl_policy"]
  condition      = !contains(["TLS_1_0", "TLS_1_1"], try(self.min_tls_version, "TLS_1_0"))
  message        = "the load balancer's SSL policy accepts TLS versions older than 1.2"
  help           = "set min_tls_version = \"TLS_1_2\""
  doc            = <<-EOT
    ## What it does
    Checks that `google_compute_ssl_policy` sets `min_tls_version` to
    `"TLS_1_2"` or later.

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).

    ## Provider defaults
    hashicorp/google 3.x to 6.x: `min_tls_version` defaults to `"TLS_1_0"`,
    so a policy that does not set it is reported.

    ## Example
    ```hcl
    resource "google_compute_ssl_policy" "web" {
      name    = "web"
      profile = "MODERN"
    }
    ```

    Use instead:
    ```hcl
    resource "google_compute_ssl_policy" "web" {
      name            = "web"
      profile         = "MODERN"
      min_tls_version = "TLS_1_2"
    }
    ```

    ## References
    Checkov `CKV_GCP_4`.
  EOT
}
