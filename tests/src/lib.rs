//! Helpers for the end-to-end tests (installing and driving real Terraform).
