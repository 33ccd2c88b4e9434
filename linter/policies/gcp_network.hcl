# Built-in policies for network exposure on Google Cloud (hashicorp/google).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.

policy "DFL254" {
  name           = "cloud-sql-open-to-internet"
  category       = "network"
  severity       = "critical"
  resource_types = ["google_sql_database_instance"]
  condition = !contains(
    try([for n in self.settings[0].ip_configuration[0].authorized_networks : n.value], []),
    "0.0.0.0/0"
  )
  message = "an authorised network of the instance is 0.0.0.0/0, the whole internet"
  help    = "authorise only the client ranges that need the instance, or use private IP and the Cloud SQL Auth Proxy"
  doc     = <<-EOT
    ## What it does
    Checks that no `settings { ip_configuration { authorized_networks } }`
    entry of a Cloud SQL instance is `0.0.0.0/0`.

    ## Why is this bad?
    The database login becomes the only barrier against the whole internet.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: no network is authorised by default; only
    what is written here opens the instance.

    ## Example
    ```hcl
    resource "google_sql_database_instance" "db" {
      database_version = "POSTGRES_16"
      settings {
        tier = "db-f1-micro"
        ip_configuration {
          authorized_networks {
            name  = "all"
            value = "0.0.0.0/0"
          }
        }
      }
    }
    ```

    Use instead:
    ```hcl
    resource "google_sql_database_instance" "db" {
      database_version = "POSTGRES_16"
      settings {
        tier = "db-f1-micro"
        ip_configuration {
          authorized_networks {
            name  = "office"
            value = "203.0.113.0/24"
          }
        }
      }
    }
    ```

    ## References
    Checkov `CKV_GCP_11`.
  EOT
}

policy "DFL255" {
  name           = "gke-control-plane-public"
  category       = "network"
  severity       = "medium"
  resource_types = ["google_container_cluster"]
  condition = (
    try(self.private_cluster_config[0].enable_private_endpoint, false) == true
    || try(length(self.master_authorized_networks_config), 0) > 0 && !contains(
      try(flatten([for m in self.master_authorized_networks_config : [for c in m.cidr_blocks : c.cidr_block]]), []),
      "0.0.0.0/0"
    )
  )
  message = "the cluster's control plane accepts connections from any address"
  help    = "add master_authorized_networks_config { cidr_blocks { ... } }, or a private endpoint"
  doc     = <<-EOT
    ## What it does
    Checks that GKE clusters either use only a private control-plane
    endpoint (`private_cluster_config { enable_private_endpoint = true }`)
    or limit it to authorised networks (`master_authorized_networks_config`
    without `0.0.0.0/0`).

    ## Why is this bad?
    A public control plane with no address filter is open to scanning,
    brute force and any leaked credential from anywhere.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: without either block, the control plane
    has a public endpoint reachable from every address.

    ## Example
    ```hcl
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
      master_authorized_networks_config {
        cidr_blocks {
          cidr_block   = "203.0.113.0/24"
          display_name = "office"
        }
      }
    }
    ```

    ## References
    Checkov `CKV_GCP_20`, `CKV_GCP_18`.
  EOT
}
