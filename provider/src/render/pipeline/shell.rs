//! Platform-neutral pieces: pinned tool images, test services, security
//! scans, the image build and the deployment scripts.
//!
//! Scripts are POSIX shell without backslashes and without any platform's
//! expression syntax; they read their inputs from environment variables that
//! each platform sets from its own context:
//!
//! | variable | meaning |
//! | --- | --- |
//! | `IMAGE` | image repository |
//! | `IMAGE_TAG` | the commit SHA |
//! | `REGISTRY`, `REGISTRY_USERNAME`, `REGISTRY_PASSWORD` | registry login (password from the secret store) |
//! | `APP` | pipeline name = Kubernetes app name |
//! | `NAMESPACE` | environment name = Kubernetes namespace |
//! | `APP_URL` | environment URL, when given |
//! | `KUBECONFIG_BASE64` | base64 kubeconfig from the secret store |

use super::Context;

/// semgrep for SAST.
pub(crate) const SEMGREP_IMAGE: &str = "semgrep/semgrep:1.99.0";
/// gitleaks for secret detection.
pub(crate) const GITLEAKS_IMAGE: &str = "zricethezav/gitleaks:v8.21.2";
/// trivy for the container image scan.
pub(crate) const TRIVY_IMAGE: &str = "aquasec/trivy:0.58.1";
/// Image with the Rust toolchain used to install and run devopsflow-lint.
pub(crate) const LINT_IMAGE: &str = "rust:1.85.0-bookworm";
/// Docker CLI with buildx (GitLab build job).
pub(crate) const DOCKER_IMAGE: &str = "docker:27.4.1";
/// Docker daemon service for the GitLab build job.
pub(crate) const DIND_IMAGE: &str = "docker:27.4.1-dind";
/// kubectl, curl and a shell for deploy jobs that run in a container.
pub(crate) const KUBECTL_IMAGE: &str = "alpine/k8s:1.31.4";

/// How devopsflow-lint is installed where it is not on the runner.
pub(crate) const LINT_INSTALL: &str = "cargo install --locked --git https://github.com/devopsflow/devopsflow --tag v0.1.0 devopsflow-lint";

/// A test service container.
pub(crate) struct Service {
    /// Name as in [`super::SERVICES`]; also the host alias where services
    /// run on their own hosts.
    pub(crate) name: &'static str,
    pub(crate) image: &'static str,
    pub(crate) port: u16,
    /// Container environment (no secrets: test databases accept
    /// password-less connections).
    pub(crate) env: &'static [(&'static str, &'static str)],
    /// Command the container's health check runs.
    pub(crate) health_cmd: &'static str,
    /// Variable the tests read the connection URL from.
    pub(crate) url_var: &'static str,
    /// URL template, `{host}` replaced by the host the service is reached at.
    url: &'static str,
}

impl Service {
    /// The connection URL with the service reached at `host`.
    pub(crate) fn url(&self, host: &str) -> String {
        self.url.replace("{host}", host)
    }
}

const SERVICES: &[Service] = &[
    Service {
        name: "postgres",
        image: "postgres:16.6",
        port: 5432,
        env: &[
            ("POSTGRES_DB", "test"),
            ("POSTGRES_HOST_AUTH_METHOD", "trust"),
        ],
        health_cmd: "pg_isready -U postgres",
        url_var: "POSTGRES_URL",
        url: "postgresql://postgres@{host}:5432/test",
    },
    Service {
        name: "redis",
        image: "redis:7.4.1",
        port: 6379,
        env: &[],
        health_cmd: "redis-cli ping",
        url_var: "REDIS_URL",
        url: "redis://{host}:6379/0",
    },
    Service {
        name: "mysql",
        image: "mysql:8.4.3",
        port: 3306,
        env: &[
            ("MYSQL_DATABASE", "test"),
            ("MYSQL_ALLOW_EMPTY_PASSWORD", "yes"),
        ],
        health_cmd: "mysqladmin ping --host 127.0.0.1",
        url_var: "MYSQL_URL",
        url: "mysql://root@{host}:3306/test",
    },
    Service {
        name: "mongodb",
        image: "mongo:7.0.16",
        port: 27017,
        env: &[],
        health_cmd: "mongosh --quiet --eval 'db.adminCommand({ ping: 1 })'",
        url_var: "MONGODB_URL",
        url: "mongodb://{host}:27017/test",
    },
];

/// The services the spec asks for, in the order given.
pub(crate) fn services(ctx: &Context<'_>) -> Vec<&'static Service> {
    ctx.spec
        .services
        .iter()
        .filter_map(|name| SERVICES.iter().find(|s| s.name == name))
        .collect()
}

/// Connection URL variables for the tests; `host` gives the host a service
/// is reached at. `DATABASE_URL` points at the first SQL database.
pub(crate) fn service_env(
    ctx: &Context<'_>,
    host: impl Fn(&Service) -> String,
) -> Vec<(String, String)> {
    let services = services(ctx);
    let mut env: Vec<(String, String)> = services
        .iter()
        .map(|s| (s.url_var.to_owned(), s.url(&host(s))))
        .collect();
    if let Some(sql) = services
        .iter()
        .find(|s| matches!(s.name, "postgres" | "mysql"))
    {
        env.push(("DATABASE_URL".to_owned(), sql.url(&host(sql))));
    }
    env
}

/// How a scan runs: a tool image, its executable and its arguments.
pub(crate) struct ScanTool {
    pub(crate) image: &'static str,
    pub(crate) entrypoint: &'static str,
    pub(crate) args: &'static str,
}

impl ScanTool {
    /// The command inside the tool's image, the checkout as working directory.
    pub(crate) fn in_image(&self) -> String {
        format!("{} {}\n", self.entrypoint, self.args)
    }

    /// The command on a VM with Docker: the checkout mounted at `/src`, run
    /// as the runner's user so that git accepts the repository's owner.
    pub(crate) fn docker_run(&self) -> String {
        format!(
            "docker run --rm --user \"$(id -u):$(id -g)\" --env HOME=/tmp --volume \"$PWD:/src\" \
             --workdir /src --entrypoint {} {} {}\n",
            self.entrypoint, self.image, self.args
        )
    }
}

/// semgrep with its default rule set; findings fail the job.
pub(crate) const SAST: ScanTool = ScanTool {
    image: SEMGREP_IMAGE,
    entrypoint: "semgrep",
    args: "scan --config p/default --error --metrics=off",
};

/// gitleaks over the full git history; findings are redacted in the log.
pub(crate) const SECRETS: ScanTool = ScanTool {
    image: GITLEAKS_IMAGE,
    entrypoint: "gitleaks",
    args: "detect --source . --redact --verbose",
};

/// The devopsflow-lint command writing `format` (`sarif` or `junit`) to `output`.
pub(crate) fn iac_lint(format: &str, output: &str) -> String {
    format!("devopsflow-lint --format {format} --output {output} .\n")
}

/// trivy on an image in the local Docker daemon (`$IMAGE:$IMAGE_TAG`).
pub(crate) fn trivy_local() -> String {
    format!(
        "docker run --rm --volume /var/run/docker.sock:/var/run/docker.sock {TRIVY_IMAGE} image \
         --exit-code 1 --severity HIGH,CRITICAL --ignore-unfixed --no-progress \"$IMAGE:$IMAGE_TAG\"\n"
    )
}

/// trivy inside its own image on a pushed image (registry credentials in
/// `TRIVY_USERNAME` / `TRIVY_PASSWORD`).
pub(crate) fn trivy_remote() -> String {
    "trivy image --exit-code 1 --severity HIGH,CRITICAL --ignore-unfixed --no-progress \"$IMAGE:$IMAGE_TAG\"\n"
        .to_owned()
}

/// Logs in to `$REGISTRY` with the password read from standard input.
pub(crate) fn docker_login() -> String {
    "printf '%s' \"$REGISTRY_PASSWORD\" | docker login \"$REGISTRY\" --username \"$REGISTRY_USERNAME\" --password-stdin\n"
        .to_owned()
}

/// Builds `$IMAGE:$IMAGE_TAG` with buildx, scans it first when `scan`, and
/// pushes it with an SBOM and provenance attestation.
pub(crate) fn build_and_push(scan: bool) -> String {
    let mut s =
        String::from("docker buildx create --name devopsflow --driver docker-container --use\n");
    if scan {
        s.push_str("docker buildx build --load --tag \"$IMAGE:$IMAGE_TAG\" .\n");
        s.push_str(&trivy_local());
    }
    s.push_str(
        "docker buildx build --push --sbom=true --provenance=mode=max --tag \"$IMAGE:$IMAGE_TAG\" .\n",
    );
    s
}

/// Writes the kubeconfig from `KUBECONFIG_BASE64` to `path` (a shell word).
pub(crate) fn kubeconfig(path: &str) -> String {
    format!(
        "umask 077\nmkdir -p \"$(dirname {path})\"\nprintf '%s' \"$KUBECONFIG_BASE64\" | base64 -d > {path}\n"
    )
}

/// Marker file listing the deployments changed, for the rollback.
pub(super) const TOUCHED: &str = ".deploy-touched";
/// Marker file holding the colour that served traffic before a blue-green switch.
pub(super) const PREVIOUS_COLOR: &str = ".deploy-previous-color";

/// One named step of a deployment.
pub(crate) struct DeployStep {
    pub(crate) name: &'static str,
    pub(crate) script: String,
}

/// Sets the image of `deployment` and waits for the rollout, recording it
/// for the rollback first.
fn roll(deployment: &str) -> String {
    format!(
        "echo \"deployment/{deployment}\" >> {TOUCHED}
kubectl set image --namespace \"$NAMESPACE\" \"deployment/{deployment}\" \"$APP=$IMAGE:$IMAGE_TAG\"
kubectl rollout status --namespace \"$NAMESPACE\" \"deployment/{deployment}\" --timeout=10m
"
    )
}

/// The smoke check: `<url>/health` when the environment has a URL,
/// otherwise ready endpoints behind the Service.
pub(crate) fn smoke(has_url: bool) -> String {
    if has_url {
        "curl --fail --silent --show-error --location --retry 10 --retry-delay 6 --retry-all-errors --max-time 10 \"${APP_URL%/}/health\"\n".to_owned()
    } else {
        "endpoints=\"$(kubectl get endpoints \"$APP\" --namespace \"$NAMESPACE\" --output 'jsonpath={.subsets[*].addresses[*].ip}')\"
if [ -z \"$endpoints\" ]; then
  echo \"Service $APP has no ready endpoints\" >&2
  exit 1
fi
echo \"Service $APP has ready endpoints: $endpoints\"
"
        .to_owned()
    }
}

/// The steps carrying out the strategy, smoke checks included. Deployments
/// follow `devopsflow_k8s_app`'s names: `<app>` (rolling), `<app>-blue` /
/// `<app>-green` behind Service `<app>` selecting `version` (blue_green),
/// `<app>-canary` and `<app>-stable` (canary); the container is `<app>`.
pub(crate) fn deploy_steps(strategy: &str, has_url: bool) -> Vec<DeployStep> {
    match strategy {
        "blue_green" => vec![
            DeployStep {
                name: "Deploy to the idle colour",
                script: format!(
                    "active=\"$(kubectl get service \"$APP\" --namespace \"$NAMESPACE\" --output 'jsonpath={{.spec.selector.version}}')\"
if [ \"$active\" = blue ]; then idle=green; else idle=blue; fi
echo \"Active colour: $active; deploying to $idle\"
{roll}",
                    roll = roll("$APP-$idle")
                ),
            },
            DeployStep {
                name: "Switch traffic",
                script: format!(
                    "active=\"$(kubectl get service \"$APP\" --namespace \"$NAMESPACE\" --output 'jsonpath={{.spec.selector.version}}')\"
if [ \"$active\" = blue ]; then idle=green; else idle=blue; fi
echo \"$active\" > {PREVIOUS_COLOR}
kubectl patch service \"$APP\" --namespace \"$NAMESPACE\" --type merge --patch \"$(printf '{{\"spec\":{{\"selector\":{{\"version\":\"%s\"}}}}}}' \"$idle\")\"
echo \"Traffic switched from $active to $idle\"
"
                ),
            },
            DeployStep {
                name: "Smoke test",
                script: smoke(has_url),
            },
        ],
        "canary" => vec![
            DeployStep {
                name: "Deploy the canary",
                script: roll("$APP-canary"),
            },
            DeployStep {
                name: "Smoke test the canary",
                script: format!(
                    "{}echo \"Observing the canary for 2 minutes\"\nsleep 120\n{}",
                    smoke(has_url),
                    smoke(has_url)
                ),
            },
            DeployStep {
                name: "Promote to stable",
                script: roll("$APP-stable"),
            },
            DeployStep {
                name: "Smoke test",
                script: smoke(has_url),
            },
        ],
        _ => vec![
            DeployStep {
                name: "Rolling update",
                script: roll("$APP"),
            },
            DeployStep {
                name: "Smoke test",
                script: smoke(has_url),
            },
        ],
    }
}

/// Undoes what the deploy steps changed: routes traffic back to the
/// previous colour, and rolls back every deployment whose image was set.
pub(crate) fn rollback(strategy: &str) -> String {
    let mut s = String::from("echo \"Deployment failed; rolling back\" >&2\n");
    if strategy == "blue_green" {
        s.push_str(&format!(
            "if [ -f {PREVIOUS_COLOR} ]; then
  previous=\"$(cat {PREVIOUS_COLOR})\"
  kubectl patch service \"$APP\" --namespace \"$NAMESPACE\" --type merge --patch \"$(printf '{{\"spec\":{{\"selector\":{{\"version\":\"%s\"}}}}}}' \"$previous\")\"
  echo \"Traffic switched back to $previous\"
fi
"
        ));
    } else {
        s.push_str(&format!(
            "if [ -f {TOUCHED} ]; then
  while read -r deployment; do
    kubectl rollout undo --namespace \"$NAMESPACE\" \"$deployment\"
    kubectl rollout status --namespace \"$NAMESPACE\" \"$deployment\" --timeout=10m
  done < {TOUCHED}
fi
"
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_have_no_backslashes_or_platform_syntax() {
        let mut scripts = vec![
            SAST.in_image(),
            SAST.docker_run(),
            SECRETS.docker_run(),
            trivy_local(),
            trivy_remote(),
            docker_login(),
            build_and_push(true),
            kubeconfig("\"$HOME/.kube/config\""),
            iac_lint("sarif", "devopsflow-lint.sarif"),
        ];
        for strategy in super::super::STRATEGIES {
            scripts.extend(deploy_steps(strategy, true).into_iter().map(|s| s.script));
            scripts.extend(deploy_steps(strategy, false).into_iter().map(|s| s.script));
            scripts.push(rollback(strategy));
        }
        for s in scripts {
            assert!(!s.contains('\\'), "{s}");
            assert!(
                !s.contains("${{") && !s.contains("<<") && !s.contains("$(("),
                "{s}"
            );
            assert!(s.ends_with('\n'), "{s}");
        }
    }

    #[test]
    fn strategies_touch_the_expected_deployments() {
        let all = |strategy| {
            deploy_steps(strategy, false)
                .into_iter()
                .map(|s| s.script)
                .collect::<String>()
        };
        assert!(all("rolling").contains("\"deployment/$APP\""));
        assert!(all("blue_green").contains("\"deployment/$APP-$idle\""));
        assert!(all("blue_green").contains("kubectl patch service"));
        let canary = all("canary");
        let canary_at = canary.find("deployment/$APP-canary").unwrap_or(usize::MAX);
        let stable_at = canary.find("deployment/$APP-stable").unwrap_or(0);
        assert!(canary_at < stable_at, "canary first, then stable");
        assert!(rollback("canary").contains("rollout undo"));
        assert!(rollback("blue_green").contains("$previous"));
    }

    #[test]
    fn smoke_uses_the_url_when_given() {
        assert!(smoke(true).contains("${APP_URL%/}/health"));
        assert!(smoke(false).contains("kubectl get endpoints"));
    }
}
