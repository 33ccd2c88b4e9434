//! Network exposure (`DFL2xx`).
