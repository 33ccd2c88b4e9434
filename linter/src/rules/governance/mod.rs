//! Governance of suppressions (`DFL9xx`). These rules inspect suppression
//! comments rather than resources, so their findings are produced by the
//! driver ([`crate::lint`]) after every other rule has run; their `check`
//! does nothing.

pub(crate) mod suppression_expired;
pub(crate) mod suppression_forbidden;
pub(crate) mod suppression_unused;
pub(crate) mod suppression_without_reason;
