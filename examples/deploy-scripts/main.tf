# Deployment scripts for the blue-green Kubernetes app of examples/k8s-app (Deployments
# api-blue and api-green, Services api and api-preview in namespace prod).
#
#   terraform apply
#   ./scripts/setup.sh --manifests k8s/api
#   ./scripts/deploy.sh --image registry.example.com/api:1.4.3 --dry-run   # show the commands
#   ./scripts/deploy.sh --image registry.example.com/api:1.4.3

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

resource "devopsflow_deploy_scripts" "api" {
  name                   = "api"
  target                 = "kubernetes"
  namespace              = "prod"
  strategy               = "blue_green"
  output_dir             = "scripts"
  health_url             = "https://api.example.com/health"
  retries                = 10
  retry_interval_seconds = 3
  timeout_seconds        = 600
  file_permission        = "0755" # run them as ./scripts/deploy.sh
}

output "scripts" {
  value = keys(devopsflow_deploy_scripts.api.files_sha256)
}
