//! The devopsflow provider: resources that render delivery artifacts as files.
//!
//! - [`provider`]: the provider configuration and the one list of artifact kinds (resources
//!   and their data sources).
//! - `artifact`: the engine every file-rendering resource shares (paths, atomic writes).
//! - `engine`: the lifecycle every file-rendering resource shares (plan, apply, read, import, delete).
//! - `resources`: one file per resource type.
//! - [`render`]: pure renderers (spec in, text out), tested on their own.
//! - [`yaml`]: the YAML emitter the renderers use.

pub mod artifact;
pub mod docs;
mod engine;
pub mod provider;
pub mod render;
mod resources;
pub mod yaml;
