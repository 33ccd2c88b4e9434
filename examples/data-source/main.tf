# Data sources render the same text as the resources, from the same arguments, and write
# no file: the text goes to whatever sink you choose. Here the sink is the null provider,
# standing in for github_repository_file, kubernetes_manifest or a module output.
#
#   terraform plan    reads the data sources and shows every file's text
#   terraform apply   writes no file at all

# devopsflow-lint:ignore[DFL401] an example keeps its state locally; real roots use a remote backend
terraform {
  required_version = ">= 1.0"

  required_providers {
    devopsflow = {
      source  = "devopsflow/devopsflow"
      version = ">= 0.1.0"
    }
    null = {
      source  = "hashicorp/null"
      version = ">= 2.1"
    }
  }
}

provider "devopsflow" {}

# The manifests `devopsflow_k8s_app` would write to `k8s/api/`, keyed by file name.
data "devopsflow_k8s_app" "api" {
  name      = "api"
  namespace = "prod"
  image     = "registry.example.com/api:1.4.2"

  autoscaling {
    min_replicas = 2
    max_replicas = 6
  }
}

# One object per manifest, as one `github_repository_file` per file would be; each is
# replaced when its manifest changes.
resource "null_resource" "manifest" {
  for_each = data.devopsflow_k8s_app.api.files

  triggers = {
    path   = "deploy/api/${each.key}"
    sha256 = sha256(each.value)
  }
}

# A single-file artifact: its text is `content`.
data "devopsflow_alert_rules" "api" {
  group   = "api"
  job     = "api-service"
  presets = ["high_error_rate", "pod_down"]
}

resource "null_resource" "alert_rules" {
  triggers = {
    rules = data.devopsflow_alert_rules.api.content
  }
}

# The pipeline file, keyed by its name relative to `.github/workflows`.
data "devopsflow_pipeline" "api" {
  name     = "api"
  platform = "github_actions"
  language = "python"
  image    = "ghcr.io/acme/api"
}

output "pipeline_files" {
  value = keys(data.devopsflow_pipeline.api.files)
}
