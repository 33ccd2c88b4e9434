# Kubernetes manifests for an API delivered as a canary: 10% of the pods run the new
# version (the canary and stable Deployments each get an autoscaler, 1-2 and 9-18 pods).
# Switch `strategy` to "blue_green" (and flip `active_color`) or "rolling", removing
# `canary_weight`: `terraform plan` shows exactly which manifests change.
#
#   terraform apply && kubectl apply -k k8s/api

# devopsflow-lint:ignore[DFL401] an example keeps its state locally; real roots use a remote backend
terraform {
  required_version = ">= 1.0"

  required_providers {
    devopsflow = {
      source  = "devopsflow/devopsflow"
      version = ">= 0.1.0"
    }
  }
}

provider "devopsflow" {}

resource "devopsflow_k8s_app" "api" {
  name           = "api"
  namespace      = "prod"
  image          = "registry.example.com/api:1.4.2"
  replicas       = 10
  port           = 8000
  output_dir     = "k8s/api"
  strategy       = "canary"
  canary_weight  = 10
  active_color   = "blue"
  env            = { LOG_LEVEL = "info" }
  secret_env     = { DATABASE_URL = { secret = "api-secrets", key = "database-url" } }
  liveness_path  = "/health"
  readiness_path = "/ready"

  resources {
    cpu_request    = "250m"
    memory_request = "256Mi"
    cpu_limit      = "500m"
    memory_limit   = "512Mi"
  }

  autoscaling {
    min_replicas       = 10
    max_replicas       = 20
    cpu_utilization    = 70
    memory_utilization = 80
  }

  ingress {
    host       = "api.example.com"
    tls_secret = "api-tls"
  }
}

output "manifests" {
  value = keys(devopsflow_k8s_app.api.files_sha256)
}
