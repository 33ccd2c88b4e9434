//! The devopsflow provider: resources that render delivery artifacts as files.
//!
//! - [`provider`]: the provider configuration and the one list of artifact kinds (resources
//!   and their data sources).
//! - `resources`: one file per resource type, implementing the engine's `ArtifactKind`:
//!   type name, layout, description, and `inputs()`/`render()` built on the spec below.
//! - [`render`]: pure renderers (spec in, text out), tested on their own. Each resource's
//!   spec struct (`AlertRulesSpec`, `K8sAppSpec`, `PipelineSpec`) derives
//!   [`tfplug::Declare`]: it is the one declaration of the resource's attributes, giving
//!   the Terraform schema (types, required/optional, descriptions with their defaults)
//!   and the decoder that reports every bad value at its attribute path.
//! - `engine`: the lifecycle every file-rendering resource shares (plan, apply, read,
//!   import, delete), and the data source twin of every resource.
//! - `functions`: the provider functions (Terraform 1.8+), one file each; every artifact
//!   kind's renderer function renders through its data source.
//! - [`artifact`]: paths under `root_dir` and file I/O (atomic writes).
//! - [`yaml`]: the YAML emitter the renderers use.
//! - [`docs`]: the documentation pages, generated from the schemas.
//!
//! Adding an attribute or a resource: see `provider/README.md`.

pub mod artifact;
pub mod docs;
mod engine;
mod functions;
pub mod provider;
pub mod render;
mod resources;
pub mod yaml;
