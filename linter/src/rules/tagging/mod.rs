//! Required tags and labels (`DFL3xx`).
