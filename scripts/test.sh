#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }

step "install tools (Terraform 1.0.3 + current, null provider, promtool, validators)"
"$ROOT/scripts/install-tools.sh"
if [ -x "$ROOT/scripts/install-validators.sh" ]; then
    "$ROOT/scripts/install-validators.sh"
fi

step "format"
cargo fmt --all --check

step "clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "build binaries (the end-to-end tests drive them)"
cargo build --workspace --bins --locked

step "tests"
INSTA_UPDATE=no cargo test --workspace --locked --no-fail-fast

if cargo run -q --locked -p terraform-provider-devopsflow --bin devopsflow-docs -- --help >/dev/null 2>&1; then
    step "generated docs are up to date"
    cargo run -q --locked -p terraform-provider-devopsflow --bin devopsflow-docs -- --check
fi
