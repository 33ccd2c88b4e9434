# One delivery system, wired through Terraform references instead of copied names:
#
# - devopsflow_k8s_app writes the manifests (blue-green, pods annotated for Prometheus)
#   and exports where it lives (`deploy_target`) and the `job` its metrics get
#   (`scrape_job`);
# - devopsflow_pipeline deploys through those manifests: `kustomize edit` then
#   `kubectl apply -k` into the app's namespace, a rollout wait on its Deployments and a
#   smoke test of its real liveness path, so the next `kubectl apply -k` keeps the deploy;
# - devopsflow_alert_rules selects the app's `job`.
#
#   terraform apply
#   kubectl apply -k k8s/api     # the first time; the pipeline deploys from then on
#   promtool check rules monitoring/alerts/api.rules.yml

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

provider "devopsflow" {
  root_dir = "."
}

resource "devopsflow_k8s_app" "prod" {
  name          = "api"
  namespace     = "shop"
  image         = "ghcr.io/acme/api:1.4.2"
  replicas      = 3
  port          = 8000
  output_dir    = "k8s/api"
  strategy      = "blue_green"
  active_color  = "blue"
  liveness_path = "/healthz"
  metrics_port  = 9102
  metrics_path  = "/metrics"
}

resource "devopsflow_pipeline" "api" {
  name            = "api"
  platform        = "github_actions"
  language        = "python"
  image           = "ghcr.io/acme/api"
  branches        = ["main"]
  security_scans  = ["secrets", "container"]
  deploy_strategy = devopsflow_k8s_app.prod.deploy_target.strategy

  environment {
    name          = "production"
    approval      = true
    url           = "https://api.example.com"
    deploy_target = devopsflow_k8s_app.prod.deploy_target
  }
}

resource "devopsflow_alert_rules" "api" {
  path     = "monitoring/alerts/api.rules.yml"
  group    = "api"
  interval = "30s"
  job      = devopsflow_k8s_app.prod.scrape_job
  presets  = ["high_error_rate", "high_latency", "pod_down", "pod_not_ready"]

  slo {
    objective = 99.9
    window    = "30d"
  }
}

output "deploy_target" {
  value = devopsflow_k8s_app.prod.deploy_target
}

output "scrape_job" {
  value = devopsflow_k8s_app.prod.scrape_job
}
