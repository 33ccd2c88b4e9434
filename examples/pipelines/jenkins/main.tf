# A jenkins pipeline for a Python API: lint, tests with a coverage gate and service
# containers, security scans, image build and push, then staging (automatic) and
# production (approval). `terraform plan` shows the pipeline file in full.

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

resource "devopsflow_pipeline" "api" {
  name               = "api"
  platform           = "jenkins"
  language           = "python"
  branches           = ["main", "develop"]
  image              = "ghcr.io/acme/api"
  services           = ["postgres", "redis"]
  coverage_threshold = 80
  security_scans     = ["sast", "dependencies", "secrets", "container", "iac"]
  deploy_strategy    = "blue_green"

  environment {
    name        = "staging"
    auto_deploy = true
  }

  environment {
    name     = "production"
    approval = true
    url      = "https://api.example.com"
  }
}

output "pipeline_files" {
  value = keys(devopsflow_pipeline.api.files_sha256)
}
