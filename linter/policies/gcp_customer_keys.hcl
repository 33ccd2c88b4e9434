# Built-in policies for customer-managed encryption keys on Google Cloud (hashicorp/google).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.
#
# The provider encrypts all of these at rest with keys it manages, so each
# policy reports only when the configuration sets `require_kms = true`
# (as DFL124 and DFL125 do).

policy "DFL184" {
  name           = "bigquery-dataset-without-cmek"
  category       = "encryption"
  severity       = "low"
  resource_types = ["google_bigquery_dataset"]
  condition      = !settings.require_kms || try(self.default_encryption_configuration[0].kms_key_name, null) != null
  message        = "new tables in the dataset are encrypted with a Google-managed key, not a customer-managed one"
  help           = "add default_encryption_configuration { kms_key_name = google_kms_crypto_key.x.id }"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that BigQuery datasets set a default
    customer-managed key (`default_encryption_configuration { kms_key_name
    }`), which every new table in the dataset inherits.

    ## Why is this bad?
    Data is encrypted at rest either way; with a Google-managed key you
    cannot revoke access to it, rotate it on your schedule, or audit its
    use.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: without the block, BigQuery uses a
    Google-managed key.

    ## Example
    ```hcl
    # config: require_kms = true
    resource "google_bigquery_dataset" "events" {
      dataset_id = "events"
    }
    ```

    Use instead:
    ```hcl
    resource "google_bigquery_dataset" "events" {
      dataset_id = "events"
      default_encryption_configuration {
        kms_key_name = google_kms_crypto_key.bq.id
      }
    }
    ```

    ## References
    Checkov `CKV_GCP_81`.
  EOT
}

policy "DFL186" {
  name           = "compute-instance-disk-without-cmek"
  category       = "encryption"
  severity       = "low"
  resource_types = ["google_compute_instance"]
  condition = !settings.require_kms || (
    try(self.boot_disk[0].source, null) != null
    || try(self.boot_disk[0].kms_key_self_link, null) != null
    || try(self.boot_disk[0].disk_encryption_key_raw, null) != null
    || try(self.boot_disk[0].disk_encryption_key_rsa, null) != null
  )
  message = "the boot disk is encrypted with a Google-managed key, not a customer-managed one"
  help    = "set boot_disk { kms_key_self_link = google_kms_crypto_key.x.id }"
  doc     = <<-EOT
    ## What it does
    With `require_kms = true`, checks that the boot disk a
    `google_compute_instance` creates is encrypted with a customer-managed
    key (`boot_disk { kms_key_self_link }`) or a customer-supplied one. A
    boot disk attached from an existing `source` disk is judged on that disk
    (DFL124), not here.

    ## Why is this bad?
    Disks are encrypted at rest either way; with a Google-managed key you
    cannot revoke access, rotate on your schedule, or audit the key's use.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: without a key, Compute Engine uses a
    Google-managed key.

    ## Example
    ```hcl
    # config: require_kms = true
    resource "google_compute_instance" "vm" {
      name         = "vm"
      machine_type = "e2-small"
      boot_disk {
        initialize_params {
          image = "debian-cloud/debian-12"
        }
      }
      network_interface {
        network = "default"
      }
    }
    ```

    Use instead:
    ```hcl
    resource "google_compute_instance" "vm" {
      name         = "vm"
      machine_type = "e2-small"
      boot_disk {
        kms_key_self_link = google_kms_crypto_key.disk.id
        initialize_params {
          image = "debian-cloud/debian-12"
        }
      }
      network_interface {
        network = "default"
      }
    }
    ```

    ## References
    Checkov `CKV_GCP_38`.
  EOT
}

policy "DFL187" {
  name           = "gke-secrets-not-encrypted"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["google_container_cluster"]
  condition      = !settings.require_kms || try(self.database_encryption[0].state, "DECRYPTED") == "ENCRYPTED"
  message        = "Kubernetes secrets are not encrypted with a Cloud KMS key"
  help           = "add database_encryption { state = \"ENCRYPTED\" key_name = google_kms_crypto_key.x.id }"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that GKE clusters encrypt Kubernetes
    secrets at the application layer with a Cloud KMS key
    (`database_encryption { state = "ENCRYPTED" }`).

    ## Why is this bad?
    Without it, secrets in etcd are protected only by the storage
    encryption; anyone who reads etcd or its backups reads the secrets.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: `database_encryption` defaults to
    `state = "DECRYPTED"`. GKE still encrypts etcd at rest with a
    Google-managed key, which is why the policy waits for `require_kms`.

    ## Example
    ```hcl
    # config: require_kms = true
    resource "google_container_cluster" "gke" {
      name               = "gke"
      location           = "europe-west1"
      initial_node_count = 1
    }
    ```

    Use instead:
    ```hcl
    resource "google_container_cluster" "gke" {
      name               = "gke"
      location           = "europe-west1"
      initial_node_count = 1
      database_encryption {
        state    = "ENCRYPTED"
        key_name = google_kms_crypto_key.gke.id
      }
    }
    ```

    ## References
    No checkov check (3.3.30) covers application-layer secrets encryption.
  EOT
}

policy "DFL188" {
  name           = "pubsub-topic-without-cmek"
  category       = "encryption"
  severity       = "low"
  resource_types = ["google_pubsub_topic"]
  condition      = !settings.require_kms || try(self.kms_key_name, null) != null
  message        = "messages are encrypted with a Google-managed key, not a customer-managed one"
  help           = "set kms_key_name = google_kms_crypto_key.x.id"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that Pub/Sub topics set
    `kms_key_name`.

    ## Why is this bad?
    Messages are encrypted at rest either way; with a Google-managed key
    you cannot revoke access, rotate on your schedule, or audit the key's
    use.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: without `kms_key_name`, Pub/Sub uses a
    Google-managed key.

    ## Example
    ```hcl
    # config: require_kms = true
    resource "google_pubsub_topic" "events" {
      name = "events"
    }
    ```

    Use instead:
    ```hcl
    resource "google_pubsub_topic" "events" {
      name         = "events"
      kms_key_name = google_kms_crypto_key.pubsub.id
    }
    ```

    ## References
    Checkov `CKV_GCP_83`.
  EOT
}
