//! The `Dockerfile` and `.dockerignore` of each language: pinned images, the
//! build stage's steps in cache-friendly order, and the runtime stage.

use std::fmt::Write as _;

use super::{ContainerSpec, RUN_AS_ID};

/// Supported languages, as written in the `language` attribute.
pub const LANGUAGES: &[&str] = &["python", "node", "go", "java", "rust"];

/// How the runtime image checks the app's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Probe {
    /// The Python interpreter's `urllib`.
    Python,
    /// Node's built-in `fetch`.
    Node,
    /// BusyBox `wget` (Alpine images).
    Wget,
}

/// Everything the Dockerfile needs to know about one language.
#[derive(Debug)]
pub(super) struct Toolchain {
    pub(super) name: &'static str,
    /// Port the app listens on when `port` is not set.
    pub(super) port: i64,
    /// Image of the build stage.
    build_image: &'static str,
    /// Image of the runtime stage, unless `base_image` replaces it.
    runtime_image: &'static str,
    /// Whether `base_image` replaces the build image too (interpreted languages,
    /// whose runtime stage reuses what the build stage installed).
    base_builds: bool,
    /// Build stage instructions after `WORKDIR /app`: dependency manifests, their
    /// installation, then the source and the build. `{name}` is the app name.
    build: &'static [&'static str],
    /// Runtime stage instructions after `WORKDIR /app`: environment and the
    /// `COPY --from=build` of what runs.
    runtime: &'static [&'static str],
    /// The default command, exec form; `{name}` is the app name.
    command: &'static [&'static str],
    pub(super) probe: Probe,
    /// Build context paths `.dockerignore` leaves out besides the common ones.
    ignore: &'static [&'static str],
}

const TOOLCHAINS: &[Toolchain] = &[
    Toolchain {
        name: "python",
        port: 8000,
        build_image: "python:3.12.8-slim-bookworm",
        runtime_image: "python:3.12.8-slim-bookworm",
        base_builds: true,
        build: &[
            "ENV PIP_DISABLE_PIP_VERSION_CHECK=1",
            "RUN python -m venv /opt/venv",
            "COPY requirements.txt ./",
            "RUN /opt/venv/bin/pip install --no-cache-dir --requirement requirements.txt",
            "COPY . .",
        ],
        runtime: &[
            "ENV PATH=\"/opt/venv/bin:$PATH\"",
            "ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1",
            "COPY --from=build /opt/venv /opt/venv",
            "COPY --from=build /app /app",
        ],
        command: &["python", "main.py"],
        probe: Probe::Python,
        ignore: &["__pycache__", "*.pyc", ".venv", ".pytest_cache"],
    },
    Toolchain {
        name: "node",
        port: 3000,
        build_image: "node:22.12.0-bookworm-slim",
        runtime_image: "node:22.12.0-bookworm-slim",
        base_builds: true,
        build: &[
            "COPY package.json package-lock.json ./",
            "RUN npm ci",
            "COPY . .",
            "RUN npm run build --if-present && npm prune --omit=dev",
        ],
        runtime: &["ENV NODE_ENV=production", "COPY --from=build /app /app"],
        command: &["node", "server.js"],
        probe: Probe::Node,
        ignore: &["node_modules", "npm-debug.log*", "coverage"],
    },
    Toolchain {
        name: "go",
        port: 8080,
        build_image: "golang:1.23.4-bookworm",
        runtime_image: "alpine:3.21.0",
        base_builds: false,
        build: &[
            "COPY go.mod go.sum ./",
            "RUN go mod download",
            "COPY . .",
            "RUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/{name} .",
        ],
        runtime: &["COPY --from=build /out/{name} /app/{name}"],
        command: &["/app/{name}"],
        probe: Probe::Wget,
        ignore: &["bin"],
    },
    Toolchain {
        name: "java",
        port: 8080,
        build_image: "maven:3.9.9-eclipse-temurin-21",
        runtime_image: "eclipse-temurin:21.0.5_11-jre-alpine",
        base_builds: false,
        build: &[
            "COPY pom.xml ./",
            "RUN mvn --batch-mode --quiet dependency:go-offline",
            "COPY src ./src",
            "RUN mvn --batch-mode --quiet -DskipTests package && mkdir -p /out && cp target/*.jar /out/app.jar",
        ],
        runtime: &["COPY --from=build /out/app.jar /app/app.jar"],
        command: &["java", "-jar", "/app/app.jar"],
        probe: Probe::Wget,
        ignore: &["target"],
    },
    Toolchain {
        name: "rust",
        port: 8080,
        build_image: "rust:1.83.0-alpine3.21",
        runtime_image: "alpine:3.21.0",
        base_builds: false,
        build: &[
            "COPY Cargo.toml Cargo.lock ./",
            "RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src",
            "COPY . .",
            "RUN touch src/main.rs && cargo build --release --locked --bin {name} && mkdir -p /out && cp target/release/{name} /out/{name}",
        ],
        runtime: &["COPY --from=build /out/{name} /app/{name}"],
        command: &["/app/{name}"],
        probe: Probe::Wget,
        ignore: &["target"],
    },
];

/// The toolchain of `language`, if it is one of [`LANGUAGES`].
pub(super) fn toolchain(language: &str) -> Option<&'static Toolchain> {
    TOOLCHAINS.iter().find(|t| t.name == language)
}

/// The `Dockerfile` (without the header).
pub(super) fn dockerfile(spec: &ContainerSpec, toolchain: &Toolchain, port: i64) -> String {
    let name = |line: &str| line.replace("{name}", &spec.name);
    let mut runtime_image = spec
        .base_image
        .clone()
        .unwrap_or_else(|| toolchain.runtime_image.to_owned());
    if let Some(digest) = &spec.base_image_digest {
        runtime_image = format!("{runtime_image}@{digest}");
    }
    let build_image = if toolchain.base_builds {
        runtime_image.as_str()
    } else {
        toolchain.build_image
    };
    let mut out = String::new();
    let _ = writeln!(out, "FROM {build_image} AS build");
    out.push_str("WORKDIR /app\n");
    for line in toolchain.build {
        let _ = writeln!(out, "{}", name(line));
    }
    let _ = writeln!(out, "\nFROM {runtime_image} AS runtime");
    out.push_str("WORKDIR /app\n");
    for line in toolchain.runtime {
        let _ = writeln!(out, "{}", name(line));
    }
    if !spec.env.is_empty() {
        let pairs: Vec<String> = spec
            .env
            .iter()
            .map(|(key, value)| format!("{key}=\"{}\"", env_value(value)))
            .collect();
        let _ = writeln!(out, "ENV {}", pairs.join(" \\\n    "));
    }
    let _ = writeln!(out, "USER {RUN_AS_ID}:{RUN_AS_ID}");
    let _ = writeln!(out, "EXPOSE {port}");
    let url = format!("http://127.0.0.1:{port}{}", spec.health_path);
    let _ = writeln!(
        out,
        "HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \\\n    CMD {}",
        exec_form(&probe_command(toolchain.probe, &url))
    );
    let command: Vec<String> = match &spec.command {
        Some(command) => command.clone(),
        None => toolchain.command.iter().map(|part| name(part)).collect(),
    };
    let _ = writeln!(out, "CMD {}", exec_form(&command));
    out
}

/// The health check program and its arguments for `url`.
fn probe_command(probe: Probe, url: &str) -> Vec<String> {
    match probe {
        Probe::Python => vec![
            "python".to_owned(),
            "-c".to_owned(),
            format!("import urllib.request; urllib.request.urlopen('{url}', timeout=4)"),
        ],
        Probe::Node => vec![
            "node".to_owned(),
            "-e".to_owned(),
            format!(
                "fetch('{url}', {{ signal: AbortSignal.timeout(4000) }})\
                 .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
            ),
        ],
        Probe::Wget => ["wget", "-q", "-T", "4", "-O", "/dev/null", url]
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
    }
}

/// An exec-form argument list: a JSON array of strings.
fn exec_form(args: &[String]) -> String {
    serde_json::to_string(args).unwrap_or_else(|_| "[]".to_owned())
}

/// A value inside a double-quoted `ENV` value: `\`, `"` and `$` escaped, so the
/// image gets the text as written.
fn env_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '\\' | '"' | '$') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The `.dockerignore` (without the header).
pub(super) fn dockerignore(toolchain: &Toolchain) -> String {
    let common = [
        ".git",
        ".gitignore",
        ".env",
        ".env.*",
        ".terraform",
        "*.tfstate",
        "*.tfstate.*",
        "Dockerfile",
        ".dockerignore",
        "compose.yaml",
    ];
    let mut out = String::new();
    for entry in common.iter().chain(toolchain.ignore) {
        let _ = writeln!(out, "{entry}");
    }
    out
}
