//! Per-language toolchains: images, lint, test with an enforced coverage
//! threshold, dependency audit and dependency caches.
//!
//! Scripts are POSIX shell, free of backslashes and of `${{ }}`, `<< >>` and
//! `$(name)`-style macros, so that every platform can embed them as they are.
//! Tool versions are pinned.

/// Everything a pipeline needs to know about one language.
pub(crate) struct Toolchain {
    /// The language name, as in [`super::LANGUAGES`].
    pub(crate) name: &'static str,
    /// Toolchain version given to setup actions and tasks (`3.12`, `22`, ...).
    pub(crate) version: &'static str,
    /// Container image with the toolchain (GitLab CI, Jenkins).
    pub(crate) image: &'static str,
    /// CircleCI convenience image with the toolchain.
    pub(crate) circleci_image: &'static str,
    /// Lint and format checks.
    pub(crate) lint: &'static str,
    /// Coverage report written by the test script, for CI reporting.
    pub(crate) coverage_report: &'static str,
    /// Format of [`Toolchain::coverage_report`] when GitLab can show it.
    pub(crate) gitlab_coverage_format: Option<&'static str>,
    /// JUnit XML test results written by the test script, if any.
    pub(crate) junit: Option<&'static str>,
    /// Dependency vulnerability audit.
    pub(crate) audit: &'static str,
    /// Environment variables that move the dependency caches into the
    /// `{cache}` directory, which platforms then cache between runs.
    pub(crate) cache_env: &'static [(&'static str, &'static str)],
    /// Directories to cache, with `{cache}` standing for the cache directory
    /// (paths without it are relative to the checkout).
    pub(crate) cache_paths: &'static [&'static str],
    /// Lock files whose content keys the cache.
    pub(crate) cache_key_files: &'static [&'static str],
    /// Installs the pinned toolchain on a bare VM image (Azure DevOps);
    /// empty when a task does it.
    pub(crate) vm_setup: &'static str,
    /// Default coverage-threshold placeholder inside the test script.
    test_template: &'static str,
}

/// Placeholder for the coverage threshold in test scripts.
const THRESHOLD: &str = "{threshold}";

impl Toolchain {
    /// The test script enforcing `threshold` percent line coverage.
    pub(crate) fn test(&self, threshold: i64) -> String {
        self.test_template
            .replace(THRESHOLD, &threshold.to_string())
    }

    /// [`Toolchain::cache_env`] with `{cache}` replaced by `dir`.
    pub(crate) fn cache_env_in(&self, dir: &str) -> Vec<(String, String)> {
        self.cache_env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.replace("{cache}", dir)))
            .collect()
    }

    /// [`Toolchain::cache_paths`] with `{cache}` replaced by `dir`.
    pub(crate) fn cache_paths_in(&self, dir: &str) -> Vec<String> {
        self.cache_paths
            .iter()
            .map(|p| p.replace("{cache}", dir))
            .collect()
    }
}

/// The toolchain for a validated language name (unknown names fall back to
/// Python; validation rejects them before rendering).
pub(crate) fn toolchain(language: &str) -> Toolchain {
    match language {
        "node" => NODE,
        "go" => GO,
        "java" => JAVA,
        "rust" => RUST,
        _ => PYTHON,
    }
}

const PYTHON: Toolchain = Toolchain {
    name: "python",
    version: "3.12",
    image: "python:3.12.8-slim-bookworm",
    circleci_image: "cimg/python:3.12.8",
    lint: "python -m pip install ruff==0.8.4
ruff check --output-format=full .
ruff format --check .
",
    test_template: "python -m pip install -r requirements.txt
python -m pip install pytest==8.3.4 pytest-cov==6.0.0
python -m pytest --junitxml=test-results.xml --cov=. --cov-report=term --cov-report=xml:coverage.xml --cov-fail-under={threshold}
",
    coverage_report: "coverage.xml",
    gitlab_coverage_format: Some("cobertura"),
    junit: Some("test-results.xml"),
    audit: "python -m pip install pip-audit==2.7.3
pip-audit --requirement requirements.txt
",
    cache_env: &[("PIP_CACHE_DIR", "{cache}/pip")],
    cache_paths: &["{cache}/pip"],
    cache_key_files: &["requirements.txt"],
    vm_setup: "",
};

const NODE: Toolchain = Toolchain {
    name: "node",
    version: "22",
    image: "node:22.12.0-bookworm-slim",
    circleci_image: "cimg/node:22.12.0",
    lint: "npm ci
npm run lint
",
    test_template: "npm ci
npx --no-install jest --ci --coverage --coverageReporters=text --coverageReporters=cobertura --coverageThreshold='{\"global\":{\"lines\":{threshold}}}'
",
    coverage_report: "coverage/cobertura-coverage.xml",
    gitlab_coverage_format: Some("cobertura"),
    junit: None,
    audit: "npm audit --omit=dev --audit-level=high
",
    cache_env: &[("npm_config_cache", "{cache}/npm")],
    cache_paths: &["{cache}/npm"],
    cache_key_files: &["package-lock.json"],
    vm_setup: "",
};

const GO: Toolchain = Toolchain {
    name: "go",
    version: "1.23.4",
    image: "golang:1.23.4-bookworm",
    circleci_image: "cimg/go:1.23.4",
    lint: "unformatted=\"$(gofmt -l .)\"
if [ -n \"$unformatted\" ]; then
  echo \"These files need gofmt:\" >&2
  echo \"$unformatted\" >&2
  exit 1
fi
go vet ./...
",
    test_template: "go test -race -covermode=atomic -coverprofile=coverage.out ./...
total=\"$(go tool cover -func=coverage.out | awk '/^total:/ { sub(/%/, \"\", $3); print $3 }')\"
echo \"Total coverage: ${total}% (threshold {threshold}%)\"
if ! awk -v total=\"$total\" -v min={threshold} 'BEGIN { exit !(total + 0 >= min) }'; then
  echo \"Coverage ${total}% is below the threshold of {threshold}%\" >&2
  exit 1
fi
",
    coverage_report: "coverage.out",
    gitlab_coverage_format: None,
    junit: None,
    audit: "go install golang.org/x/vuln/cmd/govulncheck@v1.1.3
\"$(go env GOPATH)/bin/govulncheck\" ./...
",
    cache_env: &[
        ("GOMODCACHE", "{cache}/go-mod"),
        ("GOCACHE", "{cache}/go-build"),
    ],
    cache_paths: &["{cache}/go-mod", "{cache}/go-build"],
    cache_key_files: &["go.sum"],
    vm_setup: "",
};

const JAVA: Toolchain = Toolchain {
    name: "java",
    version: "21",
    image: "maven:3.9.9-eclipse-temurin-21",
    circleci_image: "cimg/openjdk:21.0.5",
    lint: "mvn --batch-mode --no-transfer-progress checkstyle:check
",
    // JaCoCo is attached from the command line so that no pom change is
    // needed; the threshold is checked on the line counters of its CSV
    // report (LINE_MISSED is column 8, LINE_COVERED column 9).
    test_template: "mvn --batch-mode --no-transfer-progress org.jacoco:jacoco-maven-plugin:0.8.12:prepare-agent verify org.jacoco:jacoco-maven-plugin:0.8.12:report
awk -F, -v min={threshold} 'NR > 1 { missed += $8; covered += $9 } END { total = (missed + covered) ? 100 * covered / (missed + covered) : 100; printf \"Line coverage: %.2f%% (threshold %d%%)%s\", total, min, ORS; exit !(total >= min) }' target/site/jacoco/jacoco.csv
",
    coverage_report: "target/site/jacoco/jacoco.xml",
    gitlab_coverage_format: Some("jacoco"),
    junit: Some("target/surefire-reports/TEST-*.xml"),
    audit: "mvn --batch-mode --no-transfer-progress org.owasp:dependency-check-maven:11.1.1:check -DfailBuildOnCVSS=7
",
    cache_env: &[("MAVEN_OPTS", "-Dmaven.repo.local={cache}/m2")],
    cache_paths: &["{cache}/m2"],
    cache_key_files: &["pom.xml"],
    vm_setup: "",
};

const RUST: Toolchain = Toolchain {
    name: "rust",
    version: "1.85.0",
    image: "rust:1.85.0-bookworm",
    circleci_image: "cimg/rust:1.85.0",
    lint: "rustup component add clippy rustfmt
cargo fmt --all --check
cargo clippy --all-targets --locked -- -D warnings
",
    test_template: "rustup component add llvm-tools-preview
cargo install cargo-llvm-cov --version 0.6.15 --locked
cargo llvm-cov --workspace --locked --lcov --output-path lcov.info --fail-under-lines {threshold}
",
    coverage_report: "lcov.info",
    gitlab_coverage_format: None,
    junit: None,
    audit: "cargo install cargo-audit --version 0.21.0 --locked
cargo audit
",
    cache_env: &[],
    cache_paths: &["target"],
    cache_key_files: &["Cargo.lock"],
    vm_setup: "rustup toolchain install 1.85.0 --profile minimal
rustup default 1.85.0
",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_enforces_the_threshold() {
        let expect = [
            ("python", "--cov-fail-under=73"),
            ("node", "\"lines\":73"),
            ("go", "-v min=73"),
            ("java", "-v min=73"),
            ("rust", "--fail-under-lines 73"),
        ];
        for (language, needle) in expect {
            let t = toolchain(language);
            assert_eq!(t.name, language);
            let script = t.test(73);
            assert!(script.contains(needle), "{language}: {script}");
            assert!(
                !script.contains(THRESHOLD),
                "{language}: placeholder left in {script}"
            );
        }
    }

    #[test]
    fn every_language_has_lint_audit_and_cache() {
        let expect = [
            ("python", "ruff check", "pip-audit"),
            ("node", "npm run lint", "npm audit"),
            ("go", "go vet", "govulncheck"),
            ("java", "checkstyle:check", "dependency-check-maven"),
            ("rust", "cargo clippy", "cargo audit"),
        ];
        for (language, lint, audit) in expect {
            let t = toolchain(language);
            assert!(t.lint.contains(lint), "{language}");
            assert!(t.audit.contains(audit), "{language}");
            assert!(!t.cache_paths.is_empty() && !t.cache_key_files.is_empty());
            for script in [t.lint, t.audit, t.test_template] {
                assert!(!script.contains('\\'), "{language}: backslash in {script}");
                assert!(!script.contains("${{"), "{language}");
            }
        }
    }

    #[test]
    fn cache_placeholders_are_resolved() {
        let t = toolchain("go");
        assert_eq!(
            t.cache_env_in("/c"),
            vec![
                ("GOMODCACHE".to_owned(), "/c/go-mod".to_owned()),
                ("GOCACHE".to_owned(), "/c/go-build".to_owned())
            ]
        );
        assert_eq!(t.cache_paths_in("/c"), vec!["/c/go-mod", "/c/go-build"]);
    }
}
