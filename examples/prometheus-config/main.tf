# A Prometheus server configuration and the alert rules it loads, rendered by devopsflow.
#
#   terraform plan    shows both files' full text
#   terraform apply   writes monitoring/prometheus.yml and monitoring/alerts/api.rules.yml
#   promtool check config monitoring/prometheus.yml   (also checks the rule files it loads;
#     Debian's promtool is built without Kubernetes discovery and refuses the pod job)

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

resource "devopsflow_prometheus_config" "main" {
  path                = "monitoring/prometheus.yml"
  scrape_interval     = "15s"
  evaluation_interval = "30s"
  rule_files          = ["alerts/*.rules.yml"] # relative to monitoring/
  alertmanagers       = ["alertmanager:9093"]

  job {
    name         = "api-service"
    targets      = ["api:8000"]
    metrics_path = "/metrics"
  }

  job {
    name = "kubernetes-pods"
    kubernetes_pods {
      namespaces = ["prod"]
    }
  }
}

# The rules select the job above by its name.
resource "devopsflow_alert_rules" "api" {
  path    = "monitoring/alerts/api.rules.yml"
  group   = "api"
  job     = "api-service"
  presets = ["high_error_rate", "pod_down"]
}

output "prometheus_config_sha256" {
  value = devopsflow_prometheus_config.main.sha256
}
