# Built-in policies for least privilege on Azure (hashicorp/azurerm).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.

policy "DFL550" {
  name           = "custom-role-wildcard-actions"
  category       = "iam"
  severity       = "high"
  resource_types = ["azurerm_role_definition"]
  condition      = !contains(flatten(try(self.permissions[*].actions, [])), "*")
  message        = "the custom role allows every action (\"*\"), as Owner does"
  help           = "list the actions the role needs instead of \"*\""
  doc            = <<-EOT
    ## What it does
    Checks that custom Azure role definitions do not grant `"*"` in
    `permissions { actions }`.

    ## Why is this bad?
    `"*"` grants every management action on the assignable scopes,
    including writing role assignments: whoever holds the role can make
    themselves Owner. Custom roles should list what they need.

    ## Provider defaults
    hashicorp/azurerm 2.x to 4.x: `actions` has no default; the role grants
    only what is listed.

    ## Example
    ```hcl
    resource "azurerm_role_definition" "ops" {
      name  = "ops"
      scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
      permissions {
        actions = ["*"]
      }
    }
    ```

    Use instead:
    ```hcl
    resource "azurerm_role_definition" "ops" {
      name  = "ops"
      scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
      permissions {
        actions = ["Microsoft.Compute/virtualMachines/restart/action"]
      }
    }
    ```

    ## References
    Checkov `CKV_AZURE_39`.
  EOT
}
