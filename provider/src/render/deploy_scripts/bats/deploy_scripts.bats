#!/usr/bin/env bats
# Runs the scripts of devopsflow_deploy_scripts against a local HTTP server, with
# kubectl and docker replaced by stubs on PATH that record their arguments.
#
# Environment (set by the Rust test that renders the scripts):
#   SCRIPTS  directory holding the rendered scripts
#   FLAVOUR  kubernetes | blue_green | compose: which deploy and rollback to expect
# The scripts were rendered with retries = 2 and retry_interval_seconds = 1.

bats_require_minimum_version 1.5.0

setup() {
    [ -n "${SCRIPTS:-}" ] && [ -n "${FLAVOUR:-}" ] || {
        echo "SCRIPTS and FLAVOUR must be set" >&2
        return 1
    }
    STUB_LOG="$BATS_TEST_TMPDIR/stub.log"
    export STUB_LOG
    : >"$STUB_LOG"
    mkdir -p "$BATS_TEST_TMPDIR/bin"
    for tool in kubectl docker; do
        cat >"$BATS_TEST_TMPDIR/bin/$tool" <<STUB
#!/usr/bin/env bash
# Stub: records the call; answers the queries the scripts make.
printf '%s IMAGE=%s %s\n' "$tool" "\${IMAGE:-}" "\$*" >>"\$STUB_LOG"
if [ -n "\${STUB_FAIL:-}" ] && [[ "\$*" == *"\$STUB_FAIL"* ]]; then exit 1; fi
case "\$*" in
    *"get service"*) printf 'blue' ;;
    *" ps --quiet "*) printf 'c0ffee\n' ;;
    "inspect "*) printf 'registry.example.com/api:1.0.0\n' ;;
esac
STUB
        chmod +x "$BATS_TEST_TMPDIR/bin/$tool"
    done
    PATH="$BATS_TEST_TMPDIR/bin:$PATH"
    export DEPLOY_STATE_DIR="$BATS_TEST_TMPDIR/state"
    SERVER_PID=""
}

teardown() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}

# Starts the HTTP server in MODE ($1) and sets URL.
start_server() {
    local port_file="$BATS_TEST_TMPDIR/port"
    python3 "$BATS_TEST_DIRNAME/health_server.py" "$port_file" "$BATS_TEST_TMPDIR/count" "$1" &
    SERVER_PID=$!
    for _ in $(seq 100); do
        [ -s "$port_file" ] && break
        sleep 0.05
    done
    [ -s "$port_file" ] || { echo "the server did not start" >&2; return 1; }
    URL="http://127.0.0.1:$(cat "$port_file")/health"
}

requests() {
    cat "$BATS_TEST_TMPDIR/count" 2>/dev/null || echo 0
}

# A URL on a port where nothing listens.
closed_url() {
    local port
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    URL="http://127.0.0.1:$port/health"
}

@test "every script documents its arguments and exit codes with --help" {
    for script in "$SCRIPTS"/*.sh; do
        run bash "$script" --help
        [ "$status" -eq 0 ]
        [[ "$output" == *"Usage: ${script##*/}"* ]]
        [[ "$output" == *"Exit codes:"* ]]
        [[ "$output" == *"--dry-run"* ]]
    done
}

@test "an unknown argument is a usage error (exit 2) for every script" {
    for script in "$SCRIPTS"/*.sh; do
        run bash "$script" --no-such-option
        [ "$status" -eq 2 ]
        [[ "$output" == *"unknown argument '--no-such-option'"* ]]
    done
}

@test "health check: healthy answers at the first attempt" {
    start_server ok
    run bash "$SCRIPTS/health-check.sh" --url "$URL" --retries 3 --interval 1
    [ "$status" -eq 0 ]
    [ "$(requests)" -eq 1 ]
    # Logs are timestamped.
    [[ "$output" =~ [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z\ health-check.sh:\ healthy ]]
}

@test "health check: failing then healthy succeeds as soon as it answers 2xx" {
    start_server fail:2
    run bash "$SCRIPTS/health-check.sh" --url "$URL" --retries 5 --interval 1
    [ "$status" -eq 0 ]
    [ "$(requests)" -eq 3 ]
}

@test "health check: never healthy fails after the last retry, within the bound" {
    start_server never
    local start=$SECONDS
    run bash "$SCRIPTS/health-check.sh" --url "$URL" --retries 3 --interval 1 --request-timeout 2
    [ "$status" -eq 1 ]
    [ "$(requests)" -eq 3 ]
    # retries x (interval + request timeout) = 9 s
    [ $((SECONDS - start)) -le 9 ]
    [[ "$output" == *"after 3 attempts"* ]]
}

@test "health check: unreachable fails within the bound" {
    closed_url
    local start=$SECONDS
    run bash "$SCRIPTS/health-check.sh" --url "$URL" --retries 2 --interval 1 --request-timeout 1
    [ "$status" -eq 1 ]
    [ $((SECONDS - start)) -le 4 ]
}

@test "health check: a hanging server is cut at the request timeout" {
    start_server slow:30
    local start=$SECONDS
    run bash "$SCRIPTS/health-check.sh" --url "$URL" --retries 2 --interval 0 --request-timeout 1
    [ "$status" -eq 1 ]
    [ $((SECONDS - start)) -le 3 ]
}

@test "health check: defaults come from the resource (2 retries)" {
    start_server never
    run bash "$SCRIPTS/health-check.sh" --url "$URL"
    [ "$status" -eq 1 ]
    [ "$(requests)" -eq 2 ]
}

@test "dry run prints the commands and runs none" {
    start_server ok
    run --separate-stderr bash "$SCRIPTS/deploy.sh" --image registry.example.com/api:2.0.0 --url "$URL" --dry-run
    [ "$status" -eq 0 ]
    [ ! -s "$STUB_LOG" ]
    [ "$(requests)" -eq 0 ]
    [[ "$output" == *"curl "*"$URL"* ]]
    case "$FLAVOUR" in
        kubernetes)
            [[ "$output" == *"kubectl --namespace prod set image deployment/api api=registry.example.com/api:2.0.0"* ]]
            [[ "$output" == *"kubectl --namespace prod rollout status deployment/api --timeout 300s"* ]]
            ;;
        blue_green)
            [[ "$output" == *"kubectl --namespace prod set image deployment/api-green api=registry.example.com/api:2.0.0"* ]]
            [[ "$output" == *"kubectl --namespace prod patch service api --type merge"*'green'* ]]
            ;;
        compose)
            [[ "$output" == *"env IMAGE=registry.example.com/api:2.0.0 docker compose --file compose.yaml up"*" api"* ]]
            ;;
    esac
    for script in setup.sh rollback.sh; do
        run --separate-stderr bash "$SCRIPTS/$script" --dry-run
        [ "$status" -eq 0 ]
        [ -n "$output" ]
        [ ! -s "$STUB_LOG" ]
    done
}

@test "deploy: healthy after the rollout, no rollback" {
    start_server ok
    run bash "$SCRIPTS/deploy.sh" --image registry.example.com/api:2.0.0 --url "$URL"
    [ "$status" -eq 0 ]
    case "$FLAVOUR" in
        kubernetes)
            grep -q 'set image deployment/api api=registry.example.com/api:2.0.0' "$STUB_LOG"
            grep -q 'rollout status deployment/api' "$STUB_LOG"
            [ "$(grep -c 'rollout undo' "$STUB_LOG")" -eq 0 ]
            ;;
        blue_green)
            grep -q 'set image deployment/api-green' "$STUB_LOG"
            [ "$(grep -c 'patch service api ' "$STUB_LOG")" -eq 1 ]
            grep 'patch service api ' "$STUB_LOG" | grep -q '"green"'
            ;;
        compose)
            grep -q 'IMAGE=registry.example.com/api:2.0.0 compose --file compose.yaml up' "$STUB_LOG"
            [ "$(cat "$DEPLOY_STATE_DIR/api.previous-image")" = registry.example.com/api:1.0.0 ]
            [ "$(grep -c ' up ' "$STUB_LOG")" -eq 1 ]
            ;;
    esac
}

@test "deploy: a failing health check rolls back and exits 1" {
    start_server never
    run bash "$SCRIPTS/deploy.sh" --image registry.example.com/api:2.0.0 --url "$URL"
    [ "$status" -eq 1 ]
    [ "$(requests)" -eq 2 ]
    [[ "$output" == *"rolling back"* ]]
    case "$FLAVOUR" in
        kubernetes)
            grep -q 'rollout undo deployment/api' "$STUB_LOG"
            ;;
        blue_green)
            # Traffic went to green, then back to blue.
            [ "$(grep 'patch service api ' "$STUB_LOG" | tail -n 1 | grep -c '"blue"')" -eq 1 ]
            [ "$(grep -c 'patch service api ' "$STUB_LOG")" -eq 2 ]
            ;;
        compose)
            grep ' up ' "$STUB_LOG" | tail -n 1 | grep -q 'IMAGE=registry.example.com/api:1.0.0 '
            ;;
    esac
}

@test "deploy: unreachable after the rollout rolls back and exits 1" {
    closed_url
    run bash "$SCRIPTS/deploy.sh" --image registry.example.com/api:2.0.0 --url "$URL"
    [ "$status" -eq 1 ]
    [[ "$output" == *"rolled back"* ]]
}

@test "deploy: a failing rollback exits 3" {
    start_server never
    case "$FLAVOUR" in
        kubernetes) export STUB_FAIL='rollout undo' ;;
        blue_green) export STUB_FAIL='"version":"blue"' ;;
        # Every `up` fails: the deploy, then the rollback.
        compose) export STUB_FAIL='up --detach' ;;
    esac
    run bash "$SCRIPTS/deploy.sh" --image registry.example.com/api:2.0.0 --url "$URL"
    [ "$status" -eq 3 ]
    [[ "$output" == *"rolling back"* ]]
}

@test "deploy without --image is a usage error" {
    run bash "$SCRIPTS/deploy.sh"
    [ "$status" -eq 2 ]
    [[ "$output" == *"--image is required"* ]]
}
