#!/usr/bin/env bash
# Benchmark (not a test): `terraform apply` of N resources of our provider next to N
# `null_resource`s of the Go null provider 2.1.2, with the same Terraform binaries, in one run.
#
# For every Terraform and provider it applies a fresh configuration REPS times (state and
# generated files removed before each run) and prints a Markdown table of wall times,
# Terraform's own peak RSS (`/usr/bin/time`), and the provider's peak RSS. Terraform starts a
# wrapper in place of the provider (through dev_overrides) that records its pid and execs the
# real binary; a sampler reads VmHWM (the kernel's peak-RSS mark) from /proc for each such
# pid every 50 ms. The table shows the largest peak and how many provider processes Terraform
# started during one apply. (Wrapping the provider in `/usr/bin/time` instead would hang
# Terraform whenever it has to kill a provider that does not shut down gracefully.)
#
# Usage: scripts/bench-apply.sh [-n N] [-r REPS] [-p null,devopsflow] [-t TERRAFORM]... [-b PROVIDER_BIN]
#   -n N          resources per configuration (default 200)
#   -r REPS       applies per Terraform and provider (default 3)
#   -p LIST       providers to run, comma-separated (default null,devopsflow)
#   -t TERRAFORM  a Terraform binary; repeatable (default: .tools/terraform-1.0.3/terraform and
#                 .tools/terraform-current/terraform where present)
#   -b BIN        the devopsflow provider binary (default $DEVOPSFLOW_PROVIDER_BIN, else
#                 target/release/terraform-provider-devopsflow; build it with
#                 `cargo build --release -p terraform-provider-devopsflow`)
# Tools come from scripts/install-tools.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NULL_BIN="$TOOLS/null-provider/registry.terraform.io/hashicorp/null/2.1.2/linux_amd64/terraform-provider-null_v2.1.2_x4"

N=200
REPS=3
PROVIDERS="null,devopsflow"
TERRAFORMS=()
TIMEOUT=1800 # seconds one apply may take
PROVIDER_BIN="${DEVOPSFLOW_PROVIDER_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/terraform-provider-devopsflow}"

die() {
    printf 'bench-apply: ERROR: %s\n' "$*" >&2
    exit 1
}

while getopts "n:r:p:t:b:h" opt; do
    case "$opt" in
        n) N="$OPTARG" ;;
        r) REPS="$OPTARG" ;;
        p) PROVIDERS="$OPTARG" ;;
        t) TERRAFORMS+=("$OPTARG") ;;
        b) PROVIDER_BIN="$OPTARG" ;;
        h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option; see -h" ;;
    esac
done

[ -x /usr/bin/time ] || die "/usr/bin/time is needed (Debian package time)"
if [ "${#TERRAFORMS[@]}" -eq 0 ]; then
    [ -x "$TOOLS/terraform-1.0.3/terraform" ] || die "Terraform 1.0.3 missing: run scripts/install-tools.sh"
    TERRAFORMS+=("$TOOLS/terraform-1.0.3/terraform")
    [ -x "$TOOLS/terraform-current/terraform" ] && TERRAFORMS+=("$TOOLS/terraform-current/terraform")
fi
for provider in ${PROVIDERS//,/ }; do
    case "$provider" in
        null) [ -x "$NULL_BIN" ] || die "terraform-provider-null missing: run scripts/install-tools.sh" ;;
        devopsflow) [ -x "$PROVIDER_BIN" ] || die "provider binary $PROVIDER_BIN missing: run \`cargo build --release -p terraform-provider-devopsflow\` (or pass -b)" ;;
        *) die "unknown provider '$provider' (null or devopsflow)" ;;
    esac
done

export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
unset TF_CLI_ARGS TF_CLI_ARGS_apply TF_DATA_DIR TF_WORKSPACE TF_PLUGIN_CACHE_DIR TF_REATTACH_PROVIDERS

WORK="$(mktemp -d -t devopsflow-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

# Writes a wrapper named terraform-provider-$1 into directory $3 that appends its pid to
# $3/pids and then becomes binary $2.
make_wrapper() {
    local type="$1" real="$2" dir="$3"
    mkdir -p "$dir"
    cat >"$dir/terraform-provider-$type" <<EOF
#!/bin/sh
echo \$\$ >>"$dir/pids"
exec "$real" "\$@"
EOF
    chmod +x "$dir/terraform-provider-$type"
}

# Until killed: every 50 ms, reads VmHWM (KiB) of each pid listed in file $1 and writes the
# largest value seen so far to file $2.
sample_rss() {
    set +e
    local pids="$1" out="$2" peak=0 pid key value _
    while :; do
        if [ -f "$pids" ]; then
            while read -r pid; do
                {
                    while read -r key value _; do
                        if [ "$key" = "VmHWM:" ]; then
                            if ((value > peak)); then
                                peak="$value"
                                echo "$peak" >"$out"
                            fi
                            break
                        fi
                    done <"/proc/$pid/status"
                } 2>/dev/null
            done <"$pids"
        fi
        sleep 0.05
    done
}

# Prints a configuration with $2 resources of provider $1.
generate_config() {
    local provider="$1" count="$2" i
    if [ "$provider" = null ]; then
        printf 'terraform {\n  required_providers {\n    null = {\n      source = "hashicorp/null"\n    }\n  }\n}\n'
        for ((i = 0; i < count; i++)); do
            printf '\nresource "null_resource" "r%d" {\n  triggers = {\n    name = "r%d"\n  }\n}\n' "$i" "$i"
        done
    else
        printf 'terraform {\n  required_providers {\n    devopsflow = {\n      source = "devopsflow/devopsflow"\n    }\n  }\n}\n\n'
        printf 'provider "devopsflow" {\n  root_dir = "."\n}\n'
        for ((i = 0; i < count; i++)); do
            cat <<EOF

resource "devopsflow_alert_rules" "r$i" {
  path     = "monitoring/alerts/r$i.rules.yml"
  group    = "r$i"
  interval = "30s"
  job      = "service-$i"
  presets  = ["high_error_rate", "high_latency", "pod_down"]

  rule {
    alert    = "QueueBacklog$i"
    expr     = "sum(queue_depth{job=\"service-$i\"}) > 100"
    for      = "10m"
    severity = "warning"
    summary  = "Queue backlog"
  }
}
EOF
        done
    fi
}

# Prints min, median and max of the numbers on stdin.
stats() {
    sort -g | awk '{ v[NR] = $1 } END {
        med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.2f | %.2f | %.2f", v[1], med, v[NR] }'
}

ROWS=()
for tf in "${TERRAFORMS[@]}"; do
    tf_version="$(TF_CLI_CONFIG_FILE=/dev/null "$tf" version | sed -n '1s/^Terraform v//p')"
    [ -n "$tf_version" ] || die "$tf does not report a version"
    for provider in ${PROVIDERS//,/ }; do
        case "$provider" in
            null) source_addr="registry.terraform.io/hashicorp/null" real="$NULL_BIN" ;;
            devopsflow) source_addr="registry.terraform.io/devopsflow/devopsflow" real="$PROVIDER_BIN" ;;
        esac
        case_dir="$WORK/$tf_version-$provider"
        plugin_dir="$case_dir/plugin"
        make_wrapper "$provider" "$real" "$plugin_dir"
        cat >"$case_dir/cli.tfrc" <<EOF
provider_installation {
  dev_overrides {
    "$source_addr" = "$plugin_dir"
  }
  direct {}
}
EOF
        mkdir -p "$case_dir/work"
        generate_config "$provider" "$N" >"$case_dir/work/main.tf"

        walls=() tf_rss=0 provider_rss=0 launches=""
        for ((rep = 1; rep <= REPS; rep++)); do
            rm -rf "$case_dir/work/terraform.tfstate" "$case_dir/work/terraform.tfstate.backup" \
                "$case_dir/work/monitoring" "$plugin_dir/pids"
            echo 0 >"$case_dir/peak"
            sample_rss "$plugin_dir/pids" "$case_dir/peak" &
            sampler=$!
            log="$case_dir/apply-$rep.log"
            status=0
            (cd "$case_dir/work" && TF_CLI_CONFIG_FILE="$case_dir/cli.tfrc" timeout "$TIMEOUT" \
                /usr/bin/time -f '%e %M' -o "$case_dir/time" \
                "$tf" apply -auto-approve -input=false -no-color >"$log" 2>&1) || status=$?
            kill "$sampler"
            wait "$sampler" 2>/dev/null || true
            if [ "$status" -ne 0 ]; then
                tail -n 30 "$log" >&2
                die "apply of $N $provider resources with Terraform $tf_version failed (exit $status; log above)"
            fi
            grep -q "Resources: $N added" "$log" || die "apply did not add $N resources: $log"
            read -r wall rss <"$case_dir/time"
            walls+=("$wall")
            if ((rss > tf_rss)); then tf_rss="$rss"; fi
            read -r peak <"$case_dir/peak"
            if ((peak > provider_rss)); then provider_rss="$peak"; fi
            launches="$(wc -l <"$plugin_dir/pids")"
            printf 'bench-apply: Terraform %s, %s, run %d/%d: %ss\n' "$tf_version" "$provider" "$rep" "$REPS" "$wall" >&2
        done
        ROWS+=("| $tf_version | $provider | $N | $REPS | $(printf '%s\n' "${walls[@]}" | stats) | $((tf_rss / 1024)) | $((provider_rss / 1024)) | $launches |")
    done
done

echo
echo "terraform apply -auto-approve of $N fresh resources ($(nproc) CPUs, $(date -u +%Y-%m-%d))"
echo
echo "| Terraform | provider | resources | runs | wall min (s) | wall median (s) | wall max (s) | Terraform peak RSS (MiB) | provider peak RSS (MiB) | provider processes per apply |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
