# Prometheus alert rules for an API service, rendered by devopsflow.
#
#   terraform plan    shows the rule file's full text
#   terraform apply   writes monitoring/alerts/api.rules.yml and one runbook per alert
#                     in monitoring/runbooks/ (atomically)
#   promtool check rules monitoring/alerts/api.rules.yml
#   markdownlint-cli2 "monitoring/runbooks/*.md"

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

  # One Markdown runbook per alert, relative to the rule file's directory:
  # monitoring/runbooks/pod-down.md, ... Each alert's runbook_url is its
  # runbook's path relative to the rule file (../runbooks/pod-down.md), or
  # runbook_base_url + file name when a base URL is set.
  runbook_dir = "../runbooks"

  # Names of the application's metrics, when they differ from promhttp's.
  metrics {
    requests_total    = "http_requests_total"
    status_labels     = ["code"]
    latency_histogram = "http_request_duration_seconds_bucket"
  }

  thresholds {
    error_rate     = 0.05
    pod_down_ratio = 0.5 # page when more than half of the targets are down
  }

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

output "runbooks" {
  value = keys(devopsflow_alert_rules.api.extra_files_sha256)
}
