# Built-in policies for network exposure on Azure (hashicorp/azurerm).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.

policy "DFL250" {
  name           = "key-vault-network-default-allow"
  category       = "network"
  severity       = "medium"
  resource_types = ["azurerm_key_vault"]
  condition      = try(self.public_network_access_enabled, true) == false || try(self.network_acls[0].default_action, "Allow") == "Deny"
  message        = "the vault accepts connections from any network"
  help           = "add network_acls { default_action = \"Deny\" bypass = \"AzureServices\" } with the allowed ranges, or set public_network_access_enabled = false"
  doc            = <<-EOT
    ## What it does
    Checks that Key Vaults either turn public network access off
    (`public_network_access_enabled = false`) or deny by default
    (`network_acls { default_action = "Deny" }`).

    ## Why is this bad?
    A vault reachable from every network is exposed to credential stuffing
    and to any leaked token from anywhere on the internet.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: without `network_acls` the vault allows
    every network, and `public_network_access_enabled` defaults to `true`.

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
      name                = "vault"
      resource_group_name = "rg"
      location            = "westeurope"
      tenant_id           = "tenant"
      sku_name            = "standard"
      network_acls {
        default_action = "Deny"
        bypass         = "AzureServices"
        ip_rules       = ["203.0.113.0/24"]
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_109`, `CKV_AZURE_189`.
  EOT
}

policy "DFL251" {
  name           = "storage-account-network-default-allow"
  category       = "network"
  severity       = "medium"
  resource_types = ["azurerm_storage_account", "azurerm_storage_account_network_rules"]
  condition = (
    try(self.public_network_access_enabled, true) == false
    || try(self.network_rules[0].default_action, self.default_action, "Allow") == "Deny"
    || length(try(referenced_by.azurerm_storage_account_network_rules, [])) > 0
  )
  message = "the storage account accepts connections from any network"
  help    = "set network_rules { default_action = \"Deny\" } with the allowed ranges, or public_network_access_enabled = false"
  doc     = <<-EOT
    ## What it does
    Checks that storage accounts deny network access by default: either
    public network access is off (`public_network_access_enabled =
    false`), or `network_rules { default_action = "Deny" }` is set on the
    account, or in an `azurerm_storage_account_network_rules` that refers
    to it (which is itself checked for `default_action = "Allow"`).

    ## Why is this bad?
    An account reachable from every network depends only on its keys and
    SAS tokens; a leaked one is usable from anywhere.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: without network rules, the account
    allows every network, and `public_network_access_enabled` defaults to
    `true`.

    ## Example
    ```hcl
    resource "azurerm_storage_account" "data" {
      name                     = "data"
      resource_group_name      = "rg"
      location                 = "westeurope"
      account_tier             = "Standard"
      account_replication_type = "GRS"
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_storage_account" "data" {
      name                     = "data"
      resource_group_name      = "rg"
      location                 = "westeurope"
      account_tier             = "Standard"
      account_replication_type = "GRS"
      network_rules {
        default_action = "Deny"
        ip_rules       = ["203.0.113.0/24"]
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_35`, `CKV_AZURE_59`.
  EOT
}

policy "DFL252" {
  name           = "aks-api-server-public"
  category       = "network"
  severity       = "medium"
  resource_types = ["azurerm_kubernetes_cluster"]
  condition = (
    try(self.private_cluster_enabled, false) == true
    || length(try(self.api_server_access_profile[0].authorized_ip_ranges, self.api_server_authorized_ip_ranges, [])) > 0
  )
  message = "the Kubernetes API server accepts connections from any address"
  help    = "set private_cluster_enabled = true, or api_server_access_profile { authorized_ip_ranges = [...] }"
  doc     = <<-EOT
    ## What it does
    Checks that AKS clusters either are private (`private_cluster_enabled
    = true`) or limit the API server to authorised ranges
    (`api_server_access_profile { authorized_ip_ranges = [...] }`, or
    `api_server_authorized_ip_ranges` before azurerm 4).

    ## Why is this bad?
    A public API server with no address filter is open to scanning, brute
    force and any leaked kubeconfig from anywhere.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: `private_cluster_enabled` defaults to
    `false` and no authorised ranges are set, so the API server is public.

    ## Example
    ```hcl
    resource "azurerm_kubernetes_cluster" "k8s" {
      name                = "k8s"
      resource_group_name = "rg"
      location            = "westeurope"
      dns_prefix          = "k8s"
      default_node_pool {
        name       = "default"
        vm_size    = "Standard_D2_v5"
        node_count = 1
      }
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_kubernetes_cluster" "k8s" {
      name                = "k8s"
      resource_group_name = "rg"
      location            = "westeurope"
      dns_prefix          = "k8s"
      api_server_access_profile {
        authorized_ip_ranges = ["203.0.113.0/24"]
      }
      default_node_pool {
        name       = "default"
        vm_size    = "Standard_D2_v5"
        node_count = 1
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_6`, `CKV_AZURE_115`.
  EOT
}

policy "DFL253" {
  name     = "database-firewall-open-to-internet"
  category = "network"
  severity = "critical"
  resource_types = [
    "azurerm_sql_firewall_rule", "azurerm_mssql_firewall_rule",
    "azurerm_mysql_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule",
    "azurerm_postgresql_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule",
    "azurerm_mariadb_firewall_rule", "azurerm_synapse_firewall_rule",
  ]
  condition = !(try(self.start_ip_address, "") == "0.0.0.0" && try(self.end_ip_address, "0.0.0.0") != "0.0.0.0")
  message   = "the firewall rule opens the database server to the internet"
  help      = "allow only the client ranges that need the server, or use a private endpoint"
  doc       = <<-EOT
    ## What it does
    Checks that Azure SQL, MySQL, PostgreSQL, MariaDB and Synapse firewall
    rules do not start at `0.0.0.0` and end past it (for example
    `0.0.0.0`–`255.255.255.255`), which opens the server to the whole
    internet. The special rule `0.0.0.0`–`0.0.0.0` ("allow Azure services")
    is not reported by this policy.

    ## Why is this bad?
    The database login becomes the only barrier against the whole internet.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: both addresses are required; there is no
    default.

    ## Example
    ```hcl
    resource "azurerm_mssql_firewall_rule" "all" {
      name             = "all"
      server_id        = "server"
      start_ip_address = "0.0.0.0"
      end_ip_address   = "255.255.255.255"
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_mssql_firewall_rule" "office" {
      name             = "office"
      server_id        = "server"
      start_ip_address = "203.0.113.0"
      end_ip_address   = "203.0.113.255"
    }
    ```

    ## References
    Checkov `CKV_AZURE_11`, `CKV2_AZURE_34`.
  EOT
}
