//! `compose.yaml` and `.env.example`: the app and its development services,
//! with credentials read from `.env`.

use std::fmt::Write as _;

use super::ContainerSpec;
use crate::yaml::{self, Yaml};

/// Supported development services, as written in the `services` attribute.
pub const SERVICES: &[&str] = &["postgres", "mysql", "redis", "mongodb", "rabbitmq"];

/// A variable the services read from `.env`.
struct Variable {
    name: &'static str,
    /// The value `.env.example` suggests; empty for passwords.
    example: &'static str,
}

/// One development service.
struct Service {
    name: &'static str,
    image: &'static str,
    port: i64,
    /// Where the named volume `<name>-data` is mounted.
    data: &'static str,
    /// The variables of `.env` it needs.
    variables: &'static [Variable],
    /// Container environment: `(name, value)`, `{VAR}` standing for `${VAR:?...}`.
    env: &'static [(&'static str, &'static str)],
    /// `command`, when the image's default needs a setting.
    command: &'static [&'static str],
    /// The healthcheck `test`.
    health: &'static [&'static str],
    /// The app's variable holding the connection URL, and the URL with `{VAR}`
    /// standing for `${VAR}`.
    url: (&'static str, &'static str),
    /// Whether it is an SQL database (the first one also gives `DATABASE_URL`).
    sql: bool,
}

const fn var(name: &'static str, example: &'static str) -> Variable {
    Variable { name, example }
}

const CATALOG: &[Service] = &[
    Service {
        name: "postgres",
        image: "postgres:16.6-bookworm",
        port: 5432,
        data: "/var/lib/postgresql/data",
        variables: &[
            var("POSTGRES_USER", "app"),
            var("POSTGRES_PASSWORD", ""),
            var("POSTGRES_DB", "app"),
        ],
        env: &[
            ("POSTGRES_USER", "{POSTGRES_USER}"),
            ("POSTGRES_PASSWORD", "{POSTGRES_PASSWORD}"),
            ("POSTGRES_DB", "{POSTGRES_DB}"),
        ],
        command: &[],
        health: &[
            "CMD-SHELL",
            "pg_isready -U \"$$POSTGRES_USER\" -d \"$$POSTGRES_DB\"",
        ],
        url: (
            "POSTGRES_URL",
            "postgresql://{POSTGRES_USER}:{POSTGRES_PASSWORD}@postgres:5432/{POSTGRES_DB}",
        ),
        sql: true,
    },
    Service {
        name: "mysql",
        image: "mysql:8.4.3",
        port: 3306,
        data: "/var/lib/mysql",
        variables: &[
            var("MYSQL_USER", "app"),
            var("MYSQL_PASSWORD", ""),
            var("MYSQL_ROOT_PASSWORD", ""),
            var("MYSQL_DATABASE", "app"),
        ],
        env: &[
            ("MYSQL_USER", "{MYSQL_USER}"),
            ("MYSQL_PASSWORD", "{MYSQL_PASSWORD}"),
            ("MYSQL_ROOT_PASSWORD", "{MYSQL_ROOT_PASSWORD}"),
            ("MYSQL_DATABASE", "{MYSQL_DATABASE}"),
        ],
        command: &[],
        health: &[
            "CMD-SHELL",
            "mysqladmin ping --host 127.0.0.1 --user \"$$MYSQL_USER\" --password=\"$$MYSQL_PASSWORD\" --silent",
        ],
        url: (
            "MYSQL_URL",
            "mysql://{MYSQL_USER}:{MYSQL_PASSWORD}@mysql:3306/{MYSQL_DATABASE}",
        ),
        sql: true,
    },
    Service {
        name: "redis",
        image: "redis:7.4.1-bookworm",
        port: 6379,
        data: "/data",
        variables: &[var("REDIS_PASSWORD", "")],
        env: &[
            ("REDIS_PASSWORD", "{REDIS_PASSWORD}"),
            ("REDISCLI_AUTH", "{REDIS_PASSWORD}"),
        ],
        command: &[
            "sh",
            "-c",
            "exec redis-server --appendonly yes --requirepass \"$$REDIS_PASSWORD\"",
        ],
        health: &["CMD-SHELL", "redis-cli ping | grep -q PONG"],
        url: ("REDIS_URL", "redis://:{REDIS_PASSWORD}@redis:6379/0"),
        sql: false,
    },
    Service {
        name: "mongodb",
        image: "mongo:7.0.16",
        port: 27017,
        data: "/data/db",
        variables: &[var("MONGODB_USER", "app"), var("MONGODB_PASSWORD", "")],
        env: &[
            ("MONGO_INITDB_ROOT_USERNAME", "{MONGODB_USER}"),
            ("MONGO_INITDB_ROOT_PASSWORD", "{MONGODB_PASSWORD}"),
        ],
        command: &[],
        health: &[
            "CMD",
            "mongosh",
            "--quiet",
            "--eval",
            "db.adminCommand('ping').ok",
        ],
        url: (
            "MONGODB_URL",
            "mongodb://{MONGODB_USER}:{MONGODB_PASSWORD}@mongodb:27017/?authSource=admin",
        ),
        sql: false,
    },
    Service {
        name: "rabbitmq",
        image: "rabbitmq:4.0.5-alpine",
        port: 5672,
        data: "/var/lib/rabbitmq",
        variables: &[var("RABBITMQ_USER", "app"), var("RABBITMQ_PASSWORD", "")],
        env: &[
            ("RABBITMQ_DEFAULT_USER", "{RABBITMQ_USER}"),
            ("RABBITMQ_DEFAULT_PASS", "{RABBITMQ_PASSWORD}"),
        ],
        command: &[],
        health: &["CMD", "rabbitmq-diagnostics", "-q", "ping"],
        url: (
            "RABBITMQ_URL",
            "amqp://{RABBITMQ_USER}:{RABBITMQ_PASSWORD}@rabbitmq:5672/",
        ),
        sql: false,
    },
];

/// The port a service publishes, if `name` is one of [`SERVICES`].
pub(super) fn service_port(name: &str) -> Option<i64> {
    find(name).map(|s| s.port)
}

fn find(name: &str) -> Option<&'static Service> {
    CATALOG.iter().find(|s| s.name == name)
}

/// The services `spec` asks for, in the order given.
fn selected(spec: &ContainerSpec) -> Vec<&'static Service> {
    spec.services.iter().filter_map(|name| find(name)).collect()
}

/// `template` with each `{VAR}` replaced by `replace(VAR)`.
fn substitute(template: &str, replace: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(&replace(&rest[start + 1..start + end]));
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// `${VAR:?...}`: Compose stops with this message when `.env` lacks the variable.
fn required(var: &str) -> String {
    format!("${{{var}:?set {var} in .env (see .env.example)}}")
}

/// A port published on the loopback interface only.
fn loopback_port(port: i64) -> String {
    format!("127.0.0.1:{port}:{port}")
}

/// The healthcheck settings shared by every service.
fn healthcheck(test: &[&str]) -> Yaml {
    Yaml::map()
        .with("test", test.iter().copied().collect::<Yaml>())
        .with("interval", "10s")
        .with("timeout", "5s")
        .with("retries", 5)
        .with("start_period", "30s")
}

fn service_object(service: &Service) -> Yaml {
    let env: Yaml = service
        .env
        .iter()
        .fold(Yaml::map(), |map, (name, template)| {
            map.with(*name, substitute(template, required))
        });
    let command =
        (!service.command.is_empty()).then(|| service.command.iter().copied().collect::<Yaml>());
    Yaml::map()
        .with("image", service.image)
        .with_opt("command", command)
        .with("environment", env)
        .with("ports", Yaml::seq().push(loopback_port(service.port)))
        .with(
            "volumes",
            Yaml::seq().push(format!("{}-data:{}", service.name, service.data)),
        )
        .with("healthcheck", healthcheck(service.health))
        .with("restart", "unless-stopped")
}

/// The app's environment: each service's URL, and `DATABASE_URL` for the first
/// SQL database.
fn app_environment(services: &[&Service]) -> Option<Yaml> {
    let url = |s: &Service| substitute(s.url.1, |var| format!("${{{var}}}"));
    let mut env = Yaml::map();
    for service in services {
        env = env.with(service.url.0, url(service));
    }
    if let Some(sql) = services.iter().find(|s| s.sql) {
        env = env.with("DATABASE_URL", url(sql));
    }
    (!services.is_empty()).then_some(env)
}

/// `compose.yaml` (without the header).
pub(super) fn compose(spec: &ContainerSpec, port: i64) -> String {
    let services = selected(spec);
    let depends_on = (!services.is_empty()).then(|| {
        services.iter().fold(Yaml::map(), |map, s| {
            map.with(s.name, Yaml::map().with("condition", "service_healthy"))
        })
    });
    let app = Yaml::map()
        .with(
            "build",
            Yaml::map()
                .with("context", ".")
                .with("dockerfile", "Dockerfile"),
        )
        .with("image", format!("${{IMAGE:-{}:dev}}", spec.name))
        .with("ports", Yaml::seq().push(loopback_port(port)))
        .with_opt("environment", app_environment(&services))
        .with_opt("depends_on", depends_on)
        .with("read_only", true)
        .with("tmpfs", Yaml::seq().push("/tmp"))
        .with("security_opt", Yaml::seq().push("no-new-privileges:true"))
        .with("restart", "unless-stopped");
    let all = services
        .iter()
        .fold(Yaml::map().with(&spec.name, app), |map, s| {
            map.with(s.name, service_object(s))
        });
    let volumes = (!services.is_empty()).then(|| {
        services.iter().fold(Yaml::map(), |map, s| {
            map.with(format!("{}-data", s.name), Yaml::map())
        })
    });
    let doc = Yaml::map()
        .with("name", &spec.name)
        .with("services", all)
        .with_opt("volumes", volumes);
    yaml::to_string(&doc)
}

/// `.env.example` (without the header).
pub(super) fn env_example(spec: &ContainerSpec) -> String {
    let services = selected(spec);
    let mut out = String::from(
        "# Copy to .env (keep .env out of version control) and fill in every password.\n\
         # docker compose reads .env and stops, naming the variable, when one is missing.\n\
         # The values go into connection URLs: use URL-safe characters.\n",
    );
    if services.is_empty() {
        out.push_str("# No service needs a credential.\n");
    }
    for service in services {
        let _ = writeln!(out, "\n# {}", service.name);
        for variable in service.variables {
            let _ = writeln!(out, "{}={}", variable.name, variable.example);
        }
    }
    out
}
