//! One file per resource type; each implements [`crate::engine::ArtifactKind`].

pub(crate) mod alert_rules;
pub(crate) mod container;
pub(crate) mod k8s_app;
pub(crate) mod pipeline;
