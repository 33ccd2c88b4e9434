//! Required tags and labels (`DFL3xx`).

pub(crate) mod missing_required_tags;
pub(crate) mod taggable;
