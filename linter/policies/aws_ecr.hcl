# Built-in policies for Amazon ECR repositories (DFL6xx: container images).
# Embedded in the binary and loaded like users' policies; see "Writing
# policies" in linter/README.md.

policy "DFL601" {
  name           = "ecr-image-scanning-disabled"
  category       = "container"
  severity       = "medium"
  resource_types = ["aws_ecr_repository"]
  condition      = try(self.image_scanning_configuration[0].scan_on_push, false)
  message        = "images are not scanned for vulnerabilities on push"
  help           = "set image_scanning_configuration { scan_on_push = true }"
  doc            = <<-EOT
    ## What it does
    Checks that `aws_ecr_repository` resources scan images on push
    (`image_scanning_configuration { scan_on_push = true }`).

    ## Why is this bad?
    Without scanning, images with known vulnerabilities are pushed and
    deployed without anyone being told.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `scan_on_push` defaults to `false` and the
    `image_scanning_configuration` block is optional, so a repository
    without it is not scanned. A registry-wide
    `aws_ecr_registry_scanning_configuration` (aws >= 4.22) replaces the
    repository setting; where one manages scanning, disable this policy.

    ## Example
    ```hcl
    resource "aws_ecr_repository" "app" {
      name = "app"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_ecr_repository" "app" {
      name = "app"
      image_scanning_configuration {
        scan_on_push = true
      }
    }
    ```

    ## References
    Checkov `CKV_AWS_163`; Trivy `AWS-0030`.
  EOT
}

policy "DFL602" {
  name           = "ecr-image-tags-mutable"
  category       = "container"
  severity       = "low"
  resource_types = ["aws_ecr_repository"]
  condition      = contains(["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"], try(self.image_tag_mutability, "MUTABLE"))
  message        = "image tags can be overwritten"
  help           = "set image_tag_mutability = \"IMMUTABLE\""
  doc            = <<-EOT
    ## What it does
    Checks that `aws_ecr_repository` resources make image tags immutable
    (`image_tag_mutability = "IMMUTABLE"`, or
    `"IMMUTABLE_WITH_EXCLUSION"`).

    ## Why is this bad?
    With mutable tags, pushing an image under an existing tag replaces what
    every deployment of that tag pulls next, so a compromised or mistaken
    push changes running services silently.

    ## Provider defaults
    hashicorp/aws 2.x to 6.x: `image_tag_mutability` defaults to
    `"MUTABLE"`. `"IMMUTABLE_WITH_EXCLUSION"` exists from aws 6.x and is
    accepted.

    ## Example
    ```hcl
    resource "aws_ecr_repository" "app" {
      name = "app"
    }
    ```

    Use instead:
    ```hcl
    resource "aws_ecr_repository" "app" {
      name                 = "app"
      image_tag_mutability = "IMMUTABLE"
    }
    ```

    ## References
    Checkov `CKV_AWS_51`; Trivy `AWS-0031`.
  EOT
}
