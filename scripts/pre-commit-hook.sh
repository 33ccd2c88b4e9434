#!/usr/bin/env bash
# Entry of the devopsflow-lint pre-commit hook (.pre-commit-hooks.yaml). Runs from
# pre-commit's clone of this repository with the changed files as arguments.
#
# Which linter runs, the first that applies:
#  1. DEVOPSFLOW_LINT_BIN=/path/to/devopsflow-lint;
#  2. a devopsflow-lint on PATH (installed by Homebrew, install-lint.sh, cargo install, ...);
#  3. the release binary of this hook revision (the version in its Cargo.toml), downloaded
#     once per clone into .pre-commit-build/bin/ by scripts/install-lint.sh, which checks its
#     checksum; releases are read from DEVOPSFLOW_LINT_BASE_URL when set (a mirror), else
#     from the project's GitHub releases;
#  4. when that release cannot be had (an unreleased revision, no network), the linter built
#     once per clone with `cargo install --locked --path linter` (needs a Rust toolchain).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DEVOPSFLOW_LINT_BIN:-}"
if [ -z "$bin" ]; then
    bin="$(command -v devopsflow-lint 2>/dev/null || true)"
fi
if [ -z "$bin" ]; then
    bin="$here/.pre-commit-build/bin/devopsflow-lint"
    if [ ! -x "$bin" ]; then
        version="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$here/Cargo.toml")"
        echo "devopsflow-lint hook: installing the devopsflow-lint $version release for this hook revision (once)..." >&2
        if ! "$here/scripts/install-lint.sh" --version "$version" --bin-dir "$here/.pre-commit-build/bin"; then
            if ! command -v cargo >/dev/null 2>&1; then
                echo "devopsflow-lint hook: no release $version could be downloaded and cargo is missing to build it: put devopsflow-lint on PATH, install a Rust toolchain, or set DEVOPSFLOW_LINT_BIN" >&2
                exit 2
            fi
            echo "devopsflow-lint hook: no release to download; building the linter for this hook revision (once)..." >&2
            cargo install --quiet --locked --path "$here/linter" --root "$here/.pre-commit-build" >&2
        fi
    fi
fi
exec "$bin" "$@"
