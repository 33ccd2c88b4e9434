# One delivery system, wired through Terraform references instead of copied names:
#
# - devopsflow_k8s_app writes the manifests (blue-green, pods annotated for Prometheus)
#   and exports where it lives (`deploy_target`) and the `job` its metrics get
#   (`scrape_job`);
# - devopsflow_pipeline deploys through those manifests: `kustomize edit` then
#   `kubectl apply -k` into the app's namespace, a rollout wait on its Deployments and a
#   smoke test of its real liveness path, so the next `kubectl apply -k` keeps the deploy;
# - devopsflow_prometheus_config scrapes the app's pods under that `job`, loads the alert
#   rules and sends alerts to Alertmanager;
# - devopsflow_alert_rules selects the same `job`, with one runbook per alert;
# - devopsflow_alertmanager_config pages on critical alerts and sends warnings to chat;
# - devopsflow_grafana_dashboard shows the same job's RED, saturation and SLO panels.
#
#   terraform apply
#   kubectl apply -k k8s/api     # the first time; the pipeline deploys from then on
#   promtool check rules monitoring/alerts/api.rules.yml
#   amtool check-config monitoring/alertmanager.yml
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

resource "devopsflow_prometheus_config" "main" {
  path                = "monitoring/prometheus.yml"
  scrape_interval     = "15s"
  evaluation_interval = "30s"
  rule_files          = ["alerts/*.rules.yml"] # relative to monitoring/
  alertmanagers       = ["alertmanager:9093"]

  # The app's pods, by their prometheus.io/* annotations, under the job name the alert
  # rules and the dashboard select.
  job {
    name = devopsflow_k8s_app.prod.scrape_job
    kubernetes_pods {
      namespaces = [devopsflow_k8s_app.prod.deploy_target.namespace]
      pod_labels = { "app.kubernetes.io/name" = devopsflow_k8s_app.prod.name }
    }
  }
}

resource "devopsflow_alert_rules" "api" {
  path             = "monitoring/alerts/api.rules.yml"
  group            = "api"
  interval         = "30s"
  job              = devopsflow_k8s_app.prod.scrape_job
  presets          = ["high_error_rate", "high_latency", "pod_down", "pod_not_ready"]
  runbook_dir      = "../runbooks" # monitoring/runbooks/<alert>.md
  runbook_base_url = "https://git.example.com/acme/delivery/blob/main/monitoring/runbooks"

  slo {
    objective = 99.9
    window    = "30d"
  }
}

resource "devopsflow_alertmanager_config" "main" {
  path             = "monitoring/alertmanager.yml"
  default_receiver = "team-chat"

  receiver {
    name = "oncall"
    pagerduty {
      routing_key_file = "/etc/alertmanager/pagerduty_key"
    }
  }

  receiver {
    name = "team-chat"
    slack {
      api_url_file = "/etc/alertmanager/slack_url"
      channel      = "#api-alerts"
    }
  }

  route {
    matchers = { severity = "critical" }
    receiver = "oncall"
  }
}

resource "devopsflow_grafana_dashboard" "api" {
  path  = "monitoring/dashboards/api.json"
  title = "API service"
  job   = devopsflow_k8s_app.prod.scrape_job

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
