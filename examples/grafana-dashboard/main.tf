# A Grafana dashboard for an API service, rendered by devopsflow.
#
#   terraform plan    shows the dashboard JSON in full
#   terraform apply   writes monitoring/dashboards/api.json (atomically)
#   import it in Grafana (Dashboards > New > Import) and pick a Prometheus data source
#
# The metrics block and slo are those of examples/alert-rules: the error budget and
# burn-rate panels read the recording rules that devopsflow_alert_rules' slo adds.

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

resource "devopsflow_grafana_dashboard" "api" {
  path  = "monitoring/dashboards/api.json"
  title = "API service"
  job   = "api-service"

  metrics {
    requests_total    = "http_requests_total"
    status_labels     = ["code"]
    latency_histogram = "http_request_duration_seconds_bucket"
  }

  slo {
    objective = 99.9
    window    = "30d"
  }
}

output "dashboard_uid" {
  value = jsondecode(devopsflow_grafana_dashboard.api.content).uid
}
