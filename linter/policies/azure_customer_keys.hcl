# Built-in policies for customer-managed encryption keys on Azure (hashicorp/azurerm).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.
#
# The provider encrypts all of these at rest with keys it manages, so each
# policy reports only when the configuration sets `require_kms = true`
# (as DFL124 and DFL125 do).

policy "DFL179" {
  name           = "storage-account-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["azurerm_storage_account"]
  condition      = !settings.require_kms || (try(length(self.customer_managed_key), 0) > 0 || length(try(referenced_by.azurerm_storage_account_customer_managed_key, [])) > 0)
  message        = "the storage account is encrypted with a Microsoft-managed key, not a customer-managed one"
  help           = "add customer_managed_key { key_vault_key_id = ... } or an azurerm_storage_account_customer_managed_key"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that storage accounts are encrypted
    with a customer-managed key: a `customer_managed_key` block, or an
    `azurerm_storage_account_customer_managed_key` that refers to the
    account.

    ## Why is this bad?
    Data is encrypted at rest either way; with a Microsoft-managed key you
    cannot revoke access to it, rotate the key on your schedule, or audit
    its use. Compliance regimes often require a customer-managed key for
    critical data, hence the low severity.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: without either, Azure encrypts with a
    Microsoft-managed key.

    ## Example
    ```hcl
    # config: require_kms = true
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
      identity {
        type         = "UserAssigned"
        identity_ids = [azurerm_user_assigned_identity.data.id]
      }
      customer_managed_key {
        key_vault_key_id          = azurerm_key_vault_key.data.id
        user_assigned_identity_id = azurerm_user_assigned_identity.data.id
      }
    }
    ```

    ## References
    Checkov `CKV2_AZURE_1`.
  EOT
}

policy "DFL180" {
  name           = "aks-without-disk-encryption-set"
  category       = "encryption"
  severity       = "low"
  resource_types = ["azurerm_kubernetes_cluster"]
  condition      = !settings.require_kms || try(self.disk_encryption_set_id, null) != null
  message        = "node disks are encrypted with a platform-managed key, not a customer-managed one"
  help           = "set disk_encryption_set_id to an azurerm_disk_encryption_set"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that AKS clusters set
    `disk_encryption_set_id`, so that node OS and data disks are encrypted
    with a customer-managed key.

    ## Why is this bad?
    Disks are encrypted at rest either way; with the platform key you
    cannot revoke access, rotate on your schedule or audit the key's use.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: without `disk_encryption_set_id`, Azure
    uses a platform-managed key.

    ## Example
    ```hcl
    # config: require_kms = true
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
      name                   = "k8s"
      resource_group_name    = "rg"
      location               = "westeurope"
      dns_prefix             = "k8s"
      disk_encryption_set_id = azurerm_disk_encryption_set.k8s.id
      default_node_pool {
        name       = "default"
        vm_size    = "Standard_D2_v5"
        node_count = 1
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_117`.
  EOT
}

policy "DFL192" {
  name           = "managed-disk-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["azurerm_managed_disk"]
  condition      = !settings.require_kms || (try(self.disk_encryption_set_id, null) != null || try(self.secure_vm_disk_encryption_set_id, null) != null)
  message        = "the disk is encrypted with a platform-managed key, not a customer-managed one"
  help           = "set disk_encryption_set_id to an azurerm_disk_encryption_set"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that managed disks are encrypted with
    a customer-managed key through a disk encryption set
    (`disk_encryption_set_id`, or `secure_vm_disk_encryption_set_id` for
    confidential VMs).

    ## Why is this bad?
    Disks are encrypted at rest either way; with the platform key you
    cannot revoke access, rotate on your schedule or audit the key's use.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: without a disk encryption set, Azure uses
    a platform-managed key.

    ## Example
    ```hcl
    # config: require_kms = true
    resource "azurerm_managed_disk" "data" {
      name                 = "data"
      resource_group_name  = "rg"
      location             = "westeurope"
      storage_account_type = "Premium_LRS"
      create_option        = "Empty"
      disk_size_gb         = 64
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_managed_disk" "data" {
      name                   = "data"
      resource_group_name    = "rg"
      location               = "westeurope"
      storage_account_type   = "Premium_LRS"
      create_option          = "Empty"
      disk_size_gb           = 64
      disk_encryption_set_id = azurerm_disk_encryption_set.main.id
    }
    ```

    ## References
    Checkov `CKV_AZURE_93`.
  EOT
}

policy "DFL193" {
  name           = "database-server-without-cmk"
  category       = "encryption"
  severity       = "low"
  resource_types = ["azurerm_mysql_server", "azurerm_postgresql_server"]
  condition      = !settings.require_kms || (length(try(referenced_by.azurerm_mysql_server_key, [])) > 0 || length(try(referenced_by.azurerm_postgresql_server_key, [])) > 0)
  message        = "the database server is encrypted with a Microsoft-managed key, not a customer-managed one"
  help           = "add an azurerm_mysql_server_key (azurerm_postgresql_server_key) that refers to the server"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that Azure Database for MySQL and
    PostgreSQL single servers are referred to by an
    `azurerm_mysql_server_key` or `azurerm_postgresql_server_key`, which
    encrypts them with a customer-managed key.

    ## Why is this bad?
    Data is encrypted at rest either way; with a Microsoft-managed key you
    cannot revoke access, rotate on your schedule or audit the key's use.

    ## Provider defaults
    hashicorp/azurerm 2.x and 3.x: without a server key resource, Azure
    uses a Microsoft-managed key. (The single-server types are absent from
    azurerm 4.)

    ## Example
    ```hcl
    # config: require_kms = true
    resource "azurerm_mysql_server" "db" {
      name                    = "db"
      resource_group_name     = "rg"
      location                = "westeurope"
      sku_name                = "GP_Gen5_2"
      version                 = "8.0"
      ssl_enforcement_enabled = true
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_mysql_server" "db" {
      name                    = "db"
      resource_group_name     = "rg"
      location                = "westeurope"
      sku_name                = "GP_Gen5_2"
      version                 = "8.0"
      ssl_enforcement_enabled = true
    }

    resource "azurerm_mysql_server_key" "db" {
      server_id        = azurerm_mysql_server.db.id
      key_vault_key_id = azurerm_key_vault_key.db.id
    }
    ```

    ## References
    Checkov `CKV2_AZURE_16`, `CKV2_AZURE_17`.
  EOT
}

policy "DFL194" {
  name           = "database-server-infrastructure-encryption-disabled"
  category       = "encryption"
  severity       = "low"
  resource_types = ["azurerm_mysql_server", "azurerm_postgresql_server"]
  condition      = !settings.require_kms || try(self.infrastructure_encryption_enabled, false) == true
  message        = "the database server's data is not encrypted a second time at the infrastructure layer"
  help           = "set infrastructure_encryption_enabled = true"
  doc            = <<-EOT
    ## What it does
    With `require_kms = true`, checks that Azure Database for MySQL and
    PostgreSQL single servers set `infrastructure_encryption_enabled = true`
    (double encryption).

    ## Why is this bad?
    Data is encrypted at rest once either way; the second layer, with a
    different algorithm and key, protects against a flaw or a compromise of
    one of them. Required by some compliance regimes, hence the low
    severity.

    ## Provider defaults
    hashicorp/azurerm 2.x and 3.x default
    `infrastructure_encryption_enabled` to `false`; it can only be chosen
    when the server is created.

    ## Example
    ```hcl
    # config: require_kms = true
    resource "azurerm_postgresql_server" "db" {
      name                    = "db"
      resource_group_name     = "rg"
      location                = "westeurope"
      sku_name                = "GP_Gen5_2"
      version                 = "11"
      ssl_enforcement_enabled = true
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_postgresql_server" "db" {
      name                              = "db"
      resource_group_name               = "rg"
      location                          = "westeurope"
      sku_name                          = "GP_Gen5_2"
      version                           = "11"
      ssl_enforcement_enabled           = true
      infrastructure_encryption_enabled = true
    }
    ```

    ## References
    Checkov `CKV_AZURE_96`, `CKV_AZURE_130`.
  EOT
}
