# Alertmanager routing for the alerts of devopsflow_alert_rules, rendered by devopsflow.
#
#   terraform plan    shows the configuration's full text
#   terraform apply   writes monitoring/alertmanager.yml (atomically)
#   amtool check-config monitoring/alertmanager.yml
#   amtool config routes test --config.file=monitoring/alertmanager.yml severity=critical
#
# Secrets stay out of Terraform: Alertmanager reads them from the *_file paths.

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

resource "devopsflow_alertmanager_config" "main" {
  path             = "monitoring/alertmanager.yml"
  default_receiver = "team-email"

  smtp {
    smarthost          = "smtp.example.com:587"
    from               = "alertmanager@example.com"
    auth_username      = "alertmanager"
    auth_password_file = "/etc/alertmanager/smtp_password"
  }

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
      channel      = "#alerts"
    }
  }

  receiver {
    name = "team-email"
    email {
      to = "team@example.com"
    }
  }

  receiver {
    name = "hook"
    webhook {
      url = "http://127.0.0.1:5001/"
    }
  }

  route {
    matchers = { severity = "critical" }
    receiver = "oncall"
  }

  route {
    matchers = { severity = "warning" }
    receiver = "team-chat"
  }
}

output "alertmanager_sha256" {
  value = devopsflow_alertmanager_config.main.sha256
}
