# Built-in policies for least privilege on Google Cloud (hashicorp/google).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.

policy "DFL551" {
  name     = "iam-primitive-role"
  category = "iam"
  severity = "high"
  resource_types = [
    "google_project_iam_member", "google_project_iam_binding",
    "google_folder_iam_member", "google_folder_iam_binding",
    "google_organization_iam_member", "google_organization_iam_binding",
  ]
  condition = !contains(["roles/owner", "roles/editor"], try(self.role, ""))
  message   = "the binding grants a primitive role (roles/owner or roles/editor)"
  help      = "grant predefined or custom roles that cover only what the member needs"
  doc       = <<-EOT
    ## What it does
    Checks that project, folder and organisation IAM members and bindings
    do not grant the primitive roles `roles/owner` or `roles/editor`.

    ## Why is this bad?
    These roles span almost every service: Editor can change nearly any
    resource, Owner also manages IAM. Whoever holds them, a person or a
    service account whose key leaks, can do nearly anything.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: `role` is required; there is no default.

    ## Example
    ```hcl
    resource "google_project_iam_member" "ci" {
      project = "my-project"
      role    = "roles/editor"
      member  = "serviceAccount:ci@my-project.iam.gserviceaccount.com"
    }
    ```

    Use instead:
    ```hcl
    resource "google_project_iam_member" "ci" {
      project = "my-project"
      role    = "roles/run.developer"
      member  = "serviceAccount:ci@my-project.iam.gserviceaccount.com"
    }
    ```

    ## References
    Checkov `CKV_GCP_115`, `CKV_GCP_116`, `CKV_GCP_117`, `CKV_GCP_42`.
  EOT
}

policy "DFL552" {
  name     = "iam-public-member"
  category = "iam"
  severity = "high"
  resource_types = [
    "google_project_iam_member", "google_project_iam_binding",
    "google_folder_iam_member", "google_folder_iam_binding",
    "google_organization_iam_member", "google_organization_iam_binding",
    "google_storage_bucket_iam_member", "google_storage_bucket_iam_binding",
    "google_kms_crypto_key_iam_member", "google_kms_crypto_key_iam_binding",
    "google_kms_key_ring_iam_member", "google_kms_key_ring_iam_binding",
    "google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_binding",
    "google_bigquery_table_iam_member", "google_bigquery_table_iam_binding",
    "google_pubsub_topic_iam_member", "google_pubsub_topic_iam_binding",
    "google_pubsub_subscription_iam_member", "google_pubsub_subscription_iam_binding",
    "google_secret_manager_secret_iam_member", "google_secret_manager_secret_iam_binding",
    "google_artifact_registry_repository_iam_member", "google_artifact_registry_repository_iam_binding",
    "google_service_account_iam_member", "google_service_account_iam_binding",
    "google_compute_instance_iam_member", "google_compute_instance_iam_binding",
    "google_compute_image_iam_member", "google_compute_image_iam_binding",
    "google_compute_subnetwork_iam_member", "google_compute_subnetwork_iam_binding",
    "google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding",
    "google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding",
    "google_cloudfunctions_function_iam_member", "google_cloudfunctions_function_iam_binding",
    "google_cloudfunctions2_function_iam_member", "google_cloudfunctions2_function_iam_binding",
    "google_spanner_instance_iam_member", "google_spanner_instance_iam_binding",
    "google_spanner_database_iam_member", "google_spanner_database_iam_binding",
    "google_bigtable_instance_iam_member", "google_bigtable_instance_iam_binding",
    "google_dataproc_cluster_iam_member", "google_dataproc_cluster_iam_binding",
    "google_healthcare_dataset_iam_member", "google_healthcare_dataset_iam_binding",
    "google_sourcerepo_repository_iam_member", "google_sourcerepo_repository_iam_binding",
  ]
  condition = length([
    for m in concat(try([self.member], []), try(self.members, [])) : m
    if contains(["allUsers", "allAuthenticatedUsers"], m)
  ]) == 0
  message = "the binding grants access to anyone (allUsers or allAuthenticatedUsers)"
  help    = "grant the role to named users, groups or service accounts"
  doc     = <<-EOT
    ## What it does
    Checks that IAM members and bindings on projects, folders,
    organisations and the common data, key and compute resources do not
    name `allUsers` (anyone on the internet) or `allAuthenticatedUsers`
    (anyone with any Google account).

    ## Why is this bad?
    The role is granted to the whole internet: public buckets, datasets,
    keys and secrets are how data leaks. A Cloud Run service or function
    that is meant to be public is an intended exception: suppress the
    finding there with a reason.

    ## Provider defaults
    hashicorp/google 3.x to 6.x: `member`/`members` are required; there is
    no default.

    ## Example
    ```hcl
    resource "google_storage_bucket_iam_member" "public" {
      bucket = "reports"
      role   = "roles/storage.objectViewer"
      member = "allUsers"
    }
    ```

    Use instead:
    ```hcl
    resource "google_storage_bucket_iam_member" "analysts" {
      bucket = "reports"
      role   = "roles/storage.objectViewer"
      member = "group:analysts@example.com"
    }
    ```

    ## References
    Checkov `CKV_GCP_112`, `CKV2_GCP_6`, `CKV2_GCP_8`, `CKV_GCP_28`.
  EOT
}
