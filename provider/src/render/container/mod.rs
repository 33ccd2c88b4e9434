//! `devopsflow_container`: the container image definition of one HTTP
//! application and a local stack to develop against.
//!
//! [`render`] turns a [`ContainerSpec`] into four files, or into the list of
//! every problem found in the spec, each on its Terraform attribute path.
//!
//! # Files
//!
//! | file | what it holds |
//! | --- | --- |
//! | `Dockerfile` | a multi-stage build: a `build` stage with the language's toolchain (dependency manifests copied and installed before the source, so a source edit reuses the dependency layer), then a minimal `runtime` stage holding only what runs, as user and group 10001, with `EXPOSE` and a `HEALTHCHECK` on `health_path` |
//! | `.dockerignore` | keeps VCS data, `.env` files, Terraform state and build output out of the build context |
//! | `compose.yaml` | the app built from the Dockerfile (image `${IMAGE:-<name>:dev}`: `IMAGE` runs a released image instead) plus each of `services`: pinned image, healthcheck, named volume, ports published on `127.0.0.1` only; the app `depends_on` each with `condition: service_healthy` |
//! | `.env.example` | the variables `compose.yaml` reads from `.env` (credentials), passwords left empty |
//!
//! `.env` itself is never written: it holds the credentials, and Compose
//! stops with a message naming the variable when one is missing.
//!
//! # Health checks
//!
//! The `HEALTHCHECK` uses a program the default runtime image has: the
//! Python interpreter (`python`), Node's `fetch` (`node`), BusyBox `wget` on
//! Alpine (`go`, `java`, `rust`). A `base_image` override must provide the
//! same program.

use std::collections::BTreeMap;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml;

mod compose;
mod dockerfile;
mod validate;

pub use compose::SERVICES;
pub use dockerfile::LANGUAGES;

#[cfg(test)]
mod tests;

/// `health_path` when it is not set.
pub const DEFAULT_HEALTH_PATH: &str = "/health";
/// `output_dir` when it is not set.
pub const DEFAULT_OUTPUT_DIR: &str = ".";
/// The user and group the runtime stage runs as.
pub const RUN_AS_ID: i64 = 10001;

/// Everything the resource renders from: the `devopsflow_container` attributes.
/// Each field's doc comment is the attribute's description in the schema and
/// the docs.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct ContainerSpec {
    /// Application name: lowercase letters, digits and `-`, starting with a letter,
    /// at most 63 characters. Names the Compose project, the app's service and its
    /// image `<name>:dev` (the variable `IMAGE` runs another); for `go` and `rust` also
    /// the binary (`rust`: the Cargo
    /// binary target of that name is built).
    pub name: String,
    /// The application's language; picks the toolchain, the runtime image, the
    /// dependency manifests copied first and the health check program.
    #[tf(one_of = LANGUAGES)]
    pub language: String,
    /// Directory for the files, relative to the provider's `root_dir`; also the
    /// build context.
    #[tf(default = DEFAULT_OUTPUT_DIR)]
    pub output_dir: String,
    /// Port the app listens on (1-65535), exposed and published on `127.0.0.1`.
    /// Defaults per language: 8000 (`python`), 3000 (`node`), 8080 (`go`, `java`,
    /// `rust`).
    pub port: Option<i64>,
    /// HTTP path the `HEALTHCHECK` requests; it must answer 2xx when the app is
    /// healthy. Letters, digits and `-._~/%?=&:@!$+,;*()` only.
    #[tf(default = DEFAULT_HEALTH_PATH)]
    pub health_path: String,
    /// Runtime image instead of the language's default (and build image too for
    /// `python` and `node`, whose runtime is the interpreter). It must carry a tag
    /// other than `latest`, or be pinned with `base_image_digest`, and provide the
    /// health check program (see the description).
    pub base_image: Option<String>,
    /// Digest pinning the runtime image (`sha256:` and 64 hex digits), appended as
    /// `@sha256:...` to `base_image` or to the default image.
    pub base_image_digest: Option<String>,
    /// Dependencies started next to the app for local development, each with a
    /// pinned image, a healthcheck and a named volume; the app's environment gets
    /// `<SERVICE>_URL` for each (and `DATABASE_URL` for the first SQL database),
    /// with the credentials read from `.env`.
    #[tf(any_of = SERVICES, default = Vec::new())]
    pub services: Vec<String>,
    /// Environment variables baked into the runtime image (`ENV`). Not for
    /// secrets: names that look like credentials (`PASSWORD`, `SECRET`, `TOKEN`,
    /// `API_KEY`, `PRIVATE_KEY`, `CREDENTIAL`) are refused.
    #[tf(default = BTreeMap::new())]
    pub env: BTreeMap<String, String>,
    /// The container's command, in exec form, instead of the language's default
    /// (`python main.py`, `node server.js`, `/app/<name>`, `java -jar /app/app.jar`).
    pub command: Option<Vec<String>>,
    /// Comment text written as `# ` lines at the top of every file (set by the
    /// resource).
    #[tf(skip)]
    pub header: String,
}

/// Renders the files for `spec`: `(file name relative to output_dir, text)`,
/// sorted by file name. The same spec always gives the same bytes.
///
/// # Errors
///
/// Every problem in the spec, each on its Terraform attribute path.
pub fn render(spec: &ContainerSpec) -> Result<Vec<(String, String)>, Vec<FieldError>> {
    let errors = validate::validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }
    let toolchain = dockerfile::toolchain(&spec.language)
        .ok_or_else(|| vec![validate::unknown_language(&spec.language)])?;
    let port = spec.port.unwrap_or(toolchain.port);
    let header = yaml::comment(&spec.header);
    let mut files = vec![
        (
            "Dockerfile".to_owned(),
            format!("{header}{}", dockerfile::dockerfile(spec, toolchain, port)),
        ),
        (
            ".dockerignore".to_owned(),
            format!("{header}{}", dockerfile::dockerignore(toolchain)),
        ),
        (
            "compose.yaml".to_owned(),
            format!("{header}{}", compose::compose(spec, port)),
        ),
        (
            ".env.example".to_owned(),
            format!("{header}{}", compose::env_example(spec)),
        ),
    ];
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}
