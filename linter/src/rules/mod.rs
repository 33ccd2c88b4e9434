//! Layer 6: rule implementations, one file per rule, grouped by category.

pub(crate) mod backend;
pub(crate) mod encryption;
pub(crate) mod governance;
pub(crate) mod iam;
pub(crate) mod network;
pub(crate) mod tagging;
