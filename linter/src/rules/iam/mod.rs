//! IAM policies (`DFL5xx`).
