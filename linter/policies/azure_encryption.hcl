# Built-in policies for encryption in transit and at rest on Azure
# (hashicorp/azurerm). Embedded in the binary and loaded like users'
# policies; see "Writing policies" in linter/README.md.
#
# Conditions are written so that an unset argument, or `null`, counts as the
# provider's default: a policy reports only what the provider would leave
# insecure.

policy "DFL170" {
  name     = "app-service-https-not-enforced"
  category = "encryption"
  severity = "high"
  resource_types = [
    "azurerm_app_service", "azurerm_app_service_slot",
    "azurerm_linux_web_app", "azurerm_linux_web_app_slot",
    "azurerm_windows_web_app", "azurerm_windows_web_app_slot",
    "azurerm_function_app", "azurerm_function_app_slot",
    "azurerm_linux_function_app", "azurerm_linux_function_app_slot",
    "azurerm_windows_function_app", "azurerm_windows_function_app_slot",
  ]
  condition = try(self.https_only, false) == true
  message   = "the app accepts plain HTTP requests"
  help      = "set https_only = true"
  doc       = <<-EOT
    ## What it does
    Checks that App Service web apps and function apps (and their slots)
    set `https_only = true`.

    ## Why is this bad?
    Without it, the app answers plain HTTP: credentials, cookies and data
    cross the network in clear, and can be read or changed on the way.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: `https_only` defaults to `false` on every
    one of these types, so an app that does not set it accepts HTTP.

    ## Example
    ```hcl
    resource "azurerm_linux_web_app" "app" {
      name                = "app"
      resource_group_name = "rg"
      location            = "westeurope"
      service_plan_id     = "plan"
      site_config {}
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_linux_web_app" "app" {
      name                = "app"
      resource_group_name = "rg"
      location            = "westeurope"
      service_plan_id     = "plan"
      https_only          = true
      site_config {}
    }
    ```

    ## References
    Checkov `CKV_AZURE_14`, `CKV_AZURE_70`, `CKV_AZURE_153`.
  EOT
}

policy "DFL171" {
  name     = "app-service-outdated-tls"
  category = "encryption"
  severity = "high"
  resource_types = [
    "azurerm_app_service", "azurerm_app_service_slot",
    "azurerm_linux_web_app", "azurerm_linux_web_app_slot",
    "azurerm_windows_web_app", "azurerm_windows_web_app_slot",
    "azurerm_function_app", "azurerm_function_app_slot",
    "azurerm_linux_function_app", "azurerm_linux_function_app_slot",
    "azurerm_windows_function_app", "azurerm_windows_function_app_slot",
  ]
  condition = !contains(["1.0", "1.1"], try(self.site_config[0].minimum_tls_version, self.site_config[0].min_tls_version, "1.2"))
  message   = "the app accepts TLS versions older than 1.2"
  help      = "set site_config { minimum_tls_version = \"1.2\" } (min_tls_version on azurerm_app_service and azurerm_function_app)"
  doc       = <<-EOT
    ## What it does
    Checks that App Service web apps and function apps do not lower the
    minimum TLS version below 1.2 (`site_config { minimum_tls_version }`,
    or `min_tls_version` on the older `azurerm_app_service` and
    `azurerm_function_app` types).

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x default the minimum to `"1.2"` on every one
    of these types, so only an explicit `"1.0"` or `"1.1"` is reported.

    ## Example
    ```hcl
    resource "azurerm_app_service" "app" {
      name                = "app"
      resource_group_name = "rg"
      location            = "westeurope"
      app_service_plan_id = "plan"
      site_config {
        min_tls_version = "1.1"
      }
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_app_service" "app" {
      name                = "app"
      resource_group_name = "rg"
      location            = "westeurope"
      app_service_plan_id = "plan"
      site_config {
        min_tls_version = "1.2"
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_15`, `CKV_AZURE_145`, `CKV_AZURE_154`.
  EOT
}

policy "DFL172" {
  name     = "app-service-ftp-allowed"
  category = "encryption"
  severity = "medium"
  resource_types = [
    "azurerm_app_service", "azurerm_app_service_slot",
    "azurerm_linux_web_app", "azurerm_linux_web_app_slot",
    "azurerm_windows_web_app", "azurerm_windows_web_app_slot",
    "azurerm_function_app", "azurerm_function_app_slot",
    "azurerm_linux_function_app", "azurerm_linux_function_app_slot",
    "azurerm_windows_function_app", "azurerm_windows_function_app_slot",
  ]
  condition = try(self.site_config[0].ftps_state, "Disabled") != "AllAllowed"
  message   = "the app accepts deployments over plain FTP"
  help      = "set site_config { ftps_state = \"Disabled\" } (or \"FtpsOnly\")"
  doc       = <<-EOT
    ## What it does
    Checks that App Service web apps and function apps do not set
    `site_config { ftps_state = "AllAllowed" }`.

    ## Why is this bad?
    Plain FTP sends the deployment credentials and the code in clear.

    ## Provider defaults
    hashicorp/azurerm 3.x and 4.x default `ftps_state` to `"Disabled"` on
    `azurerm_linux_web_app`, `azurerm_windows_web_app` and the function app
    types of the same generation, so only an explicit `"AllAllowed"` is
    reported. On the older `azurerm_app_service` and `azurerm_function_app`
    (removed in azurerm 4) the value is left to Azure, which allows FTP; set
    it explicitly there.

    ## Example
    ```hcl
    resource "azurerm_linux_web_app" "app" {
      name                = "app"
      resource_group_name = "rg"
      location            = "westeurope"
      service_plan_id     = "plan"
      site_config {
        ftps_state = "AllAllowed"
      }
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_linux_web_app" "app" {
      name                = "app"
      resource_group_name = "rg"
      location            = "westeurope"
      service_plan_id     = "plan"
      site_config {
        ftps_state = "Disabled"
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_78`.
  EOT
}

policy "DFL173" {
  name           = "database-server-ssl-not-enforced"
  category       = "encryption"
  severity       = "high"
  resource_types = ["azurerm_mysql_server", "azurerm_postgresql_server", "azurerm_mariadb_server"]
  condition      = try(self.ssl_enforcement_enabled, true) != false && lower(try(self.ssl_enforcement, "Enabled")) != "disabled"
  message        = "the database server accepts connections without TLS"
  help           = "set ssl_enforcement_enabled = true"
  doc            = <<-EOT
    ## What it does
    Checks that Azure Database for MySQL, PostgreSQL and MariaDB single
    servers do not turn TLS enforcement off (`ssl_enforcement_enabled =
    false`, or `ssl_enforcement = "Disabled"` in azurerm 1.x).

    ## Why is this bad?
    Clients may then connect in clear and send credentials and data
    unencrypted.

    ## Provider defaults
    hashicorp/azurerm 2.x and 3.x make `ssl_enforcement_enabled` required on
    these types, so it is always written; only `false` is reported. (The
    single-server types are retired and absent from azurerm 4; for the
    flexible servers TLS is a server parameter,
    `require_secure_transport`, which is on by default.)

    ## Example
    ```hcl
    resource "azurerm_postgresql_server" "db" {
      name                    = "db"
      resource_group_name     = "rg"
      location                = "westeurope"
      sku_name                = "GP_Gen5_2"
      version                 = "11"
      ssl_enforcement_enabled = false
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_postgresql_server" "db" {
      name                    = "db"
      resource_group_name     = "rg"
      location                = "westeurope"
      sku_name                = "GP_Gen5_2"
      version                 = "11"
      ssl_enforcement_enabled = true
    }
    ```

    ## References
    Checkov `CKV_AZURE_28`, `CKV_AZURE_29`, `CKV_AZURE_47`.
  EOT
}

policy "DFL174" {
  name           = "database-server-outdated-tls"
  category       = "encryption"
  severity       = "high"
  resource_types = ["azurerm_mysql_server", "azurerm_postgresql_server", "azurerm_mariadb_server"]
  condition      = !contains(["TLSEnforcementDisabled", "TLS1_0", "TLS1_1"], try(self.ssl_minimal_tls_version_enforced, "TLS1_2"))
  message        = "the database server accepts TLS versions older than 1.2"
  help           = "set ssl_minimal_tls_version_enforced = \"TLS1_2\""
  doc            = <<-EOT
    ## What it does
    Checks that Azure Database for MySQL, PostgreSQL and MariaDB single
    servers do not set `ssl_minimal_tls_version_enforced` to
    `"TLSEnforcementDisabled"`, `"TLS1_0"` or `"TLS1_1"`.

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).

    ## Provider defaults
    hashicorp/azurerm 3.x defaults `ssl_minimal_tls_version_enforced` to
    `"TLS1_2"`, so an unset value is not reported. (azurerm 2.x defaulted
    to `"TLSEnforcementDisabled"`; the policy assumes azurerm >= 3.)

    ## Example
    ```hcl
    resource "azurerm_mysql_server" "db" {
      name                             = "db"
      resource_group_name              = "rg"
      location                         = "westeurope"
      sku_name                         = "GP_Gen5_2"
      version                          = "8.0"
      ssl_enforcement_enabled          = true
      ssl_minimal_tls_version_enforced = "TLS1_1"
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_mysql_server" "db" {
      name                             = "db"
      resource_group_name              = "rg"
      location                         = "westeurope"
      sku_name                         = "GP_Gen5_2"
      version                          = "8.0"
      ssl_enforcement_enabled          = true
      ssl_minimal_tls_version_enforced = "TLS1_2"
    }
    ```

    ## References
    Checkov `CKV_AZURE_54`, `CKV_AZURE_147`, `CKV2_AZURE_37`.
  EOT
}

policy "DFL175" {
  name           = "redis-non-tls-port-enabled"
  category       = "encryption"
  severity       = "high"
  resource_types = ["azurerm_redis_cache"]
  condition      = try(self.non_ssl_port_enabled, self.enable_non_ssl_port, false) != true
  message        = "the cache listens on the plain-text port 6379"
  help           = "remove enable_non_ssl_port (non_ssl_port_enabled in azurerm 4) or set it to false"
  doc            = <<-EOT
    ## What it does
    Checks that Azure Cache for Redis does not open its non-TLS port
    (`enable_non_ssl_port = true`, `non_ssl_port_enabled = true` in
    azurerm 4).

    ## Why is this bad?
    Clients on port 6379 send the access key and every command in clear.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x default the setting to `false`, so only an
    explicit `true` is reported.

    ## Example
    ```hcl
    resource "azurerm_redis_cache" "cache" {
      name                = "cache"
      resource_group_name = "rg"
      location            = "westeurope"
      capacity            = 1
      family              = "C"
      sku_name            = "Standard"
      enable_non_ssl_port = true
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_redis_cache" "cache" {
      name                = "cache"
      resource_group_name = "rg"
      location            = "westeurope"
      capacity            = 1
      family              = "C"
      sku_name            = "Standard"
    }
    ```

    ## References
    Checkov `CKV_AZURE_91`.
  EOT
}

policy "DFL176" {
  name           = "redis-outdated-tls"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["azurerm_redis_cache"]
  condition      = !contains(["1.0", "1.1"], try(self.minimum_tls_version, "1.2"))
  message        = "the cache accepts TLS versions older than 1.2"
  help           = "set minimum_tls_version = \"1.2\""
  doc            = <<-EOT
    ## What it does
    Checks that Azure Cache for Redis does not set `minimum_tls_version`
    to `"1.0"` or `"1.1"`.

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).

    ## Provider defaults
    hashicorp/azurerm 4.x defaults `minimum_tls_version` to `"1.2"`, so an
    unset value is not reported. azurerm 2.x and 3.x defaulted to `"1.0"`:
    with those versions, write `minimum_tls_version = "1.2"`.

    ## Example
    ```hcl
    resource "azurerm_redis_cache" "cache" {
      name                = "cache"
      resource_group_name = "rg"
      location            = "westeurope"
      capacity            = 1
      family              = "C"
      sku_name            = "Standard"
      minimum_tls_version = "1.0"
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_redis_cache" "cache" {
      name                = "cache"
      resource_group_name = "rg"
      location            = "westeurope"
      capacity            = 1
      family              = "C"
      sku_name            = "Standard"
      minimum_tls_version = "1.2"
    }
    ```

    ## References
    Checkov `CKV_AZURE_148`.
  EOT
}

policy "DFL177" {
  name           = "sql-database-tde-disabled"
  category       = "encryption"
  severity       = "high"
  resource_types = ["azurerm_mssql_database"]
  condition      = try(self.transparent_data_encryption_enabled, true) != false
  message        = "transparent data encryption is turned off"
  help           = "remove transparent_data_encryption_enabled = false"
  doc            = <<-EOT
    ## What it does
    Checks that Azure SQL databases do not turn transparent data encryption
    off (`transparent_data_encryption_enabled = false`).

    ## Why is this bad?
    The database, its backups and its logs are then stored unencrypted.

    ## Provider defaults
    hashicorp/azurerm 3.x and 4.x default
    `transparent_data_encryption_enabled` to `true` (Azure turns TDE on for
    every new database), so only an explicit `false` is reported.

    ## Example
    ```hcl
    resource "azurerm_mssql_database" "db" {
      name                                = "db"
      server_id                           = "server"
      transparent_data_encryption_enabled = false
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_mssql_database" "db" {
      name      = "db"
      server_id = "server"
    }
    ```

    ## References
    Checkov `CKV2_AZURE_25`.
  EOT
}

policy "DFL178" {
  name           = "key-vault-purge-protection-disabled"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["azurerm_key_vault"]
  condition      = try(self.purge_protection_enabled, false) == true
  message        = "deleted keys and secrets can be purged at once"
  help           = "set purge_protection_enabled = true"
  doc            = <<-EOT
    ## What it does
    Checks that Key Vaults set `purge_protection_enabled = true`.

    ## Why is this bad?
    Without purge protection, a deleted vault, key or secret can be purged
    before its retention period ends, by mistake or by an attacker, and
    everything encrypted with the key is lost for good.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x default `purge_protection_enabled` to
    `false`. (Soft delete is always on from azurerm 3, so it is not
    checked.) Purge protection cannot be turned off again once on.

    ## Example
    ```hcl
    resource "azurerm_key_vault" "vault" {
      name                = "vault"
      resource_group_name = "rg"
      location            = "westeurope"
      tenant_id           = "tenant"
      sku_name            = "standard"
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_key_vault" "vault" {
      name                     = "vault"
      resource_group_name      = "rg"
      location                 = "westeurope"
      tenant_id                = "tenant"
      sku_name                 = "standard"
      purge_protection_enabled = true
    }
    ```

    ## References
    Checkov `CKV_AZURE_110`, `CKV_AZURE_42`.
  EOT
}

policy "DFL181" {
  name           = "aks-host-encryption-disabled"
  category       = "encryption"
  severity       = "low"
  resource_types = ["azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool"]
  condition      = try(self.default_node_pool[0].host_encryption_enabled, self.default_node_pool[0].enable_host_encryption, self.host_encryption_enabled, self.enable_host_encryption, false) == true
  message        = "temporary disks and disk caches of the nodes are not encrypted"
  help           = "set enable_host_encryption = true (host_encryption_enabled in azurerm 4) on the node pool"
  doc            = <<-EOT
    ## What it does
    Checks that AKS node pools (the cluster's `default_node_pool` and each
    `azurerm_kubernetes_cluster_node_pool`) turn on encryption at host
    (`enable_host_encryption = true`, `host_encryption_enabled = true` in
    azurerm 4).

    ## Why is this bad?
    Without it, the nodes' temporary disks and OS/data disk caches are not
    encrypted at rest, and data flows between the VM and storage are not
    encrypted on the host.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x default the setting to `false`. It needs
    the `EncryptionAtHost` feature on the subscription.

    ## Example
    ```hcl
    resource "azurerm_kubernetes_cluster_node_pool" "work" {
      name                  = "work"
      kubernetes_cluster_id = "cluster"
      vm_size               = "Standard_D2_v5"
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_kubernetes_cluster_node_pool" "work" {
      name                   = "work"
      kubernetes_cluster_id  = "cluster"
      vm_size                = "Standard_D2_v5"
      enable_host_encryption = true
    }
    ```

    ## References
    Checkov `CKV_AZURE_227`.
  EOT
}

policy "DFL182" {
  name           = "application-gateway-http-listener"
  category       = "encryption"
  severity       = "high"
  resource_types = ["azurerm_application_gateway"]
  condition = length([
    for l in self.http_listener : l.name
    if lower(try(l.protocol, "")) == "http" && length([
      for r in self.request_routing_rule : r
      if try(r.redirect_configuration_name, null) != null && try(r.http_listener_name, "") == l.name
    ]) == 0
  ]) == 0
  message = "a listener serves plain HTTP without redirecting to HTTPS"
  help    = "use protocol = \"Https\", or route the HTTP listener to a redirect_configuration"
  doc     = <<-EOT
    ## What it does
    Checks that every `http_listener` of an Application Gateway with
    `protocol = "Http"` is used by a request routing rule that redirects
    (`redirect_configuration_name`), typically to an HTTPS listener. A
    gateway with an HTTP listener and no redirecting rule at all is
    reported even when the listener names are known only after apply.

    ## Why is this bad?
    Traffic through a plain HTTP listener crosses the network in clear.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: `protocol` is required on each listener;
    there is no default to rely on.

    ## Example
    ```hcl
    resource "azurerm_application_gateway" "gw" {
      # ...
      http_listener {
        name                           = "web"
        frontend_ip_configuration_name = "public"
        frontend_port_name             = "http"
        protocol                       = "Http"
      }
      request_routing_rule {
        name                       = "web"
        rule_type                  = "Basic"
        http_listener_name         = "web"
        backend_address_pool_name  = "pool"
        backend_http_settings_name = "settings"
      }
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_application_gateway" "gw" {
      # ...
      http_listener {
        name                           = "web"
        frontend_ip_configuration_name = "public"
        frontend_port_name             = "https"
        protocol                       = "Https"
        ssl_certificate_name           = "web"
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_217`.
  EOT
}

policy "DFL183" {
  name           = "application-gateway-outdated-tls"
  category       = "encryption"
  severity       = "high"
  resource_types = ["azurerm_application_gateway"]
  condition = try(length(self.ssl_policy), 0) == 0 || length([
    for p in self.ssl_policy : p
    if contains(["TLSv1_0", "TLSv1_1"], try(p.min_protocol_version, "TLSv1_2"))
    || contains(["AppGwSslPolicy20150501", "AppGwSslPolicy20170401"], try(p.policy_name, ""))
  ]) == 0
  message = "the gateway's SSL policy accepts TLS versions older than 1.2"
  help    = "use ssl_policy { policy_type = \"Predefined\" policy_name = \"AppGwSslPolicy20220101\" }"
  doc     = <<-EOT
    ## What it does
    Checks that an Application Gateway's `ssl_policy` does not allow TLS
    1.0 or 1.1: a `min_protocol_version` of `TLSv1_0` or `TLSv1_1`, the
    predefined policies `AppGwSslPolicy20150501` and
    `AppGwSslPolicy20170401`.

    ## Why is this bad?
    TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).

    ## Provider defaults
    hashicorp/azurerm 4.x calls an Azure network API version (2023-02-01
    or later) under which a gateway without `ssl_policy` gets
    `AppGwSslPolicy20220101` (TLS 1.2 minimum), so a missing `ssl_policy`
    is not reported. Gateways created through older API versions (azurerm
    2.x and early 3.x) kept `AppGwSslPolicy20150501`: pin a policy
    explicitly on those.

    ## Example
    ```hcl
    resource "azurerm_application_gateway" "gw" {
      # ...
      ssl_policy {
        policy_type = "Predefined"
        policy_name = "AppGwSslPolicy20150501"
      }
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_application_gateway" "gw" {
      # ...
      ssl_policy {
        policy_type = "Predefined"
        policy_name = "AppGwSslPolicy20220101"
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_218`.
  EOT
}

policy "DFL191" {
  name     = "vm-host-encryption-disabled"
  category = "encryption"
  severity = "low"
  resource_types = [
    "azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine",
    "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set",
    "azurerm_orchestrated_virtual_machine_scale_set",
  ]
  condition = try(self.encryption_at_host_enabled, false) == true
  message   = "temporary disks and disk caches of the VM are not encrypted"
  help      = "set encryption_at_host_enabled = true"
  doc       = <<-EOT
    ## What it does
    Checks that Linux and Windows virtual machines and scale sets turn on
    encryption at host (`encryption_at_host_enabled = true`).

    ## Why is this bad?
    Managed disks are encrypted at rest by the storage service, but without
    encryption at host the VM's temporary disk and its OS/data disk caches
    are not, and data flows between the VM and storage are not encrypted on
    the host.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x default `encryption_at_host_enabled` to
    `false`. It needs the `EncryptionAtHost` feature on the subscription.

    ## Example
    ```hcl
    resource "azurerm_linux_virtual_machine" "vm" {
      name                  = "vm"
      resource_group_name   = "rg"
      location              = "westeurope"
      size                  = "Standard_D2_v5"
      admin_username        = "ops"
      network_interface_ids = ["nic"]
      # ...
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_linux_virtual_machine" "vm" {
      name                       = "vm"
      resource_group_name        = "rg"
      location                   = "westeurope"
      size                       = "Standard_D2_v5"
      admin_username             = "ops"
      network_interface_ids      = ["nic"]
      encryption_at_host_enabled = true
      # ...
    }
    ```

    ## References
    Checkov `CKV_AZURE_151`, `CKV_AZURE_97`.
  EOT
}
