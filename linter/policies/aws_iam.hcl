# Built-in policies: AWS IAM grants that attributes alone reveal. Policy
# documents are read by the Rust rules DFL501-DFL506. Embedded in the binary
# and loaded like users' policies; see "Writing policies" in linter/README.md.

policy "DFL507" {
  name           = "iam-administrator-access-attached"
  category       = "iam"
  severity       = "high"
  resource_types = ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment", "aws_iam_role", "aws_iam_role_policy_attachments_exclusive"]
  condition      = alltrue([for arn in concat([try(self.policy_arn, "")], try(tolist(self.managed_policy_arns), []), try(tolist(self.policy_arns), [])) : !endswith(arn, ":policy/AdministratorAccess")])
  message        = "the AWS-managed AdministratorAccess policy is attached"
  help           = "attach a policy granting only the actions the principal needs"
  doc            = <<-EOT
    ## What it does
    Checks that the AWS-managed `AdministratorAccess` policy is not
    attached to a role, user or group (`aws_iam_*_policy_attachment`,
    `aws_iam_policy_attachment`, `aws_iam_role.managed_policy_arns`,
    `aws_iam_role_policy_attachments_exclusive`).

    ## Why is this bad?
    `AdministratorAccess` allows every action on every resource: any
    compromise of the principal is a compromise of the account.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: nothing is attached by default.

    ## Example
    ```hcl
    resource "aws_iam_role_policy_attachment" "ci" {
      role       = aws_iam_role.ci.name
      policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_iam_role_policy_attachment" "ci" {
      role       = aws_iam_role.ci.name
      policy_arn = aws_iam_policy.deploy.arn
    }
    ```

    ## References
    Checkov `CKV_AWS_274`; Trivy `AWS-0057`.
  EOT
}
