//! The devopsflow provider: resources and artifact renderers.
