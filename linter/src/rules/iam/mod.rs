//! IAM policies (`DFL5xx`).

pub(crate) mod iam_policy_full_admin;
