#!/usr/bin/env bash
# Entry of the devopsflow-lint pre-commit hook (.pre-commit-hooks.yaml). Runs from
# pre-commit's clone of this repository with the changed files as arguments.
#
# DEVOPSFLOW_LINT_BIN=/path/to/devopsflow-lint uses that binary; otherwise the
# linter is built once per clone (that is, per hook revision) into
# .pre-commit-build/ with `cargo install --locked --path linter`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DEVOPSFLOW_LINT_BIN:-}"
if [ -z "$bin" ]; then
    bin="$here/.pre-commit-build/bin/devopsflow-lint"
    if [ ! -x "$bin" ]; then
        if ! command -v cargo >/dev/null 2>&1; then
            echo "devopsflow-lint hook: cargo is needed to build the linter (install a Rust toolchain), or set DEVOPSFLOW_LINT_BIN to a devopsflow-lint binary" >&2
            exit 2
        fi
        echo "devopsflow-lint hook: building the linter for this hook revision (once)..." >&2
        cargo install --quiet --locked --path "$here/linter" --root "$here/.pre-commit-build" >&2
    fi
fi
exec "$bin" "$@"
