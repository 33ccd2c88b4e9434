//! devopsflow-lint: a policy linter for Terraform and OpenTofu.
