# Prometheus alert rules for an API service, rendered by devopsflow.
#
#   terraform plan    shows the rule file's full text
#   terraform apply   writes monitoring/alerts/api.rules.yml (atomically)
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

resource "devopsflow_alert_rules" "api" {
  path     = "monitoring/alerts/api.rules.yml"
  group    = "api"
  interval = "30s"
  job      = "api-service"
  presets  = ["high_error_rate", "high_latency", "pod_down"]

  slo {
    objective = 99.9
    window    = "30d"
  }

  rule {
    alert       = "QueueBacklog"
    expr        = "sum(queue_depth{job=\"api-service\"}) > 100"
    for         = "10m"
    severity    = "warning"
    summary     = "Queue backlog"
    description = "Depth is {{ $value }}"
    runbook_url = "https://runbooks.example.com/queue"
    labels      = { team = "payments" }
  }
}

output "rules_sha256" {
  value = devopsflow_alert_rules.api.sha256
}
