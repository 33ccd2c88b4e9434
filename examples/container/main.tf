# The container image definition of a Python API and a local stack to develop
# against: Postgres and Redis, each pinned, health-checked and on a named volume.
#
#   terraform apply
#   cd app && cp .env.example .env   # then fill in the passwords
#   docker compose up --build

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

resource "devopsflow_container" "api" {
  name        = "api"
  language    = "python"
  output_dir  = "app"
  port        = 8000
  health_path = "/health"
  services    = ["postgres", "redis"]
  env         = { LOG_LEVEL = "info" }
  command     = ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]
}

output "files" {
  value = keys(devopsflow_container.api.files_sha256)
}
