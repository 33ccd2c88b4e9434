# An Ansible playbook that configures the API's servers: base packages and an admin
# user, SSH without root or passwords, a firewall open on SSH and HTTPS only, Docker,
# the API container behind its health check, and the Prometheus node exporter.
#
#   terraform apply
#   cd ansible && cp inventory.example.ini inventory.ini   # list your servers
#   ansible-playbook site.yml

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

resource "devopsflow_ansible_playbook" "api" {
  name          = "api"
  output_dir    = "ansible"
  hosts         = "app_servers"
  roles         = ["common", "hardening", "docker", "app", "node_exporter"]
  image         = "registry.example.com/api:1.4.2"
  app_port      = 8000
  health_path   = "/health"
  allowed_ports = [22, 443, 8000]

  users = {
    alice = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@example.com"
  }
}

output "playbook" {
  value = keys(devopsflow_ansible_playbook.api.files_sha256)
}
