//! tfplug: a small SDK for Terraform providers speaking plugin protocol 6.
