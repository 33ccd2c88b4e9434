#!/usr/bin/env bash
# Benchmark (not a test) for issue 2 item 7, in one run:
#  1. plugin start to first answered RPC: tfplug's example `plugin_startup` starts our provider
#     and the Go null provider 2.1.2 in turns (see tfplug/examples/plugin_startup.rs);
#  2. `terraform apply` of N fresh resources of our provider next to N `null_resource`s of the
#     Go null provider 2.1.2, with the same Terraform binaries, with wall time, CPU time and
#     peak RSS of Terraform and of the provider processes.
#
# For every Terraform it first applies each case once as a warm-up (not counted), then REPS
# rounds in which every case is applied once, the order rotating from round to round, so all
# cases see the same machine load. State and generated files are removed before each apply.
#
# Cases (-p):
#   null          null_resource with one trigger (the issue's baseline);
#   devopsflow    devopsflow_alert_rules with 3 presets and 1 custom rule;
#   devopsflow-hashes  devopsflow with the provider setting `content_in_state = false`: the
#                 same files, but state keeps only their hashes, not their text.
#   devopsflow-minimal  the smallest useful devopsflow_alert_rules (path, group, one preset)
#                 with `content_in_state = false`: the least state this resource can keep.
#   null-content  null_resource whose triggers hold the same data as a devopsflow resource's
#                 state: its input strings, the file text devopsflow rendered (read with
#                 file()) and its SHA-256. A control, not a target: the Go provider handling
#                 the same data, which separates Terraform's cost of the state's size from the
#                 provider's own cost. Needs devopsflow in the list.
#   null-inputs   the same without the file text: the data of a devopsflow-hashes state.
#   devopsflow-alt  devopsflow again, with the binary given by -a (e.g. another build), on the
#                 same configuration; added to the default list when -a is given.
#
# Terraform starts a wrapper in place of the provider (through dev_overrides) that records its
# pid and execs the real binary; a sampler reads VmHWM (the kernel's peak-RSS mark) and the CPU
# time (utime+stime) from /proc for each such pid every 50 ms. The table shows the largest
# provider peak, the provider CPU summed over the processes Terraform started during one apply
# (their last sample, so it can miss up to 50 ms per process), and how many they were.
# Terraform's CPU is `/usr/bin/time`'s user+sys (which includes the reaped provider processes)
# minus the provider CPU. (Wrapping the provider in `/usr/bin/time` instead would hang Terraform
# whenever it has to kill a provider that does not shut down gracefully.)
#
# Usage: scripts/bench-apply.sh [-n N] [-r REPS] [-s STARTS] [-p LIST] [-t TERRAFORM]... [-b PROVIDER_BIN] [-a ALT_BIN]
#   -n N          resources per configuration (default 200)
#   -r REPS       counted applies per Terraform and case (default 5)
#   -s STARTS     plugin starts per binary for the start-up benchmark; 0 skips it (default 200)
#   -p LIST       cases to run, comma-separated (default
#                 null,devopsflow,devopsflow-hashes,devopsflow-minimal,null-content,null-inputs)
#   -t TERRAFORM  a Terraform binary; repeatable (default: .tools/terraform-1.0.3/terraform and
#                 .tools/terraform-current/terraform where present)
#   -b BIN        the devopsflow provider binary (default $DEVOPSFLOW_PROVIDER_BIN, else
#                 target/release/terraform-provider-devopsflow)
#   -a ALT_BIN    a second devopsflow binary to compare (case devopsflow-alt; also started in
#                 the start-up benchmark)
# Build first:
#   cargo build --release -p terraform-provider-devopsflow
#   cargo build --release -p tfplug --example plugin_startup
# Tools come from scripts/install-tools.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NULL_BIN="$TOOLS/null-provider/registry.terraform.io/hashicorp/null/2.1.2/linux_amd64/terraform-provider-null_v2.1.2_x4"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
STARTUP_BIN="$TARGET/release/examples/plugin_startup"

N=200
REPS=5
STARTS=200
CASES=""
ALT_BIN=""
TERRAFORMS=()
TIMEOUT=1800 # seconds one apply may take
PROVIDER_BIN="${DEVOPSFLOW_PROVIDER_BIN:-$TARGET/release/terraform-provider-devopsflow}"

die() {
    printf 'bench-apply: ERROR: %s\n' "$*" >&2
    exit 1
}

while getopts "n:r:s:p:t:b:a:h" opt; do
    case "$opt" in
        n) N="$OPTARG" ;;
        r) REPS="$OPTARG" ;;
        s) STARTS="$OPTARG" ;;
        p) CASES="$OPTARG" ;;
        t) TERRAFORMS+=("$OPTARG") ;;
        b) PROVIDER_BIN="$OPTARG" ;;
        a) ALT_BIN="$OPTARG" ;;
        h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option; see -h" ;;
    esac
done

# Terraform runs in other directories: make the given paths absolute.
for ((k = 0; k < ${#TERRAFORMS[@]}; k++)); do TERRAFORMS[k]="$(realpath "${TERRAFORMS[k]}")"; done
PROVIDER_BIN="$(realpath -m "$PROVIDER_BIN")"
[ -z "$ALT_BIN" ] || ALT_BIN="$(realpath -m "$ALT_BIN")"

[ -x /usr/bin/time ] || die "/usr/bin/time is needed (Debian package time)"
if [ "${#TERRAFORMS[@]}" -eq 0 ]; then
    [ -x "$TOOLS/terraform-1.0.3/terraform" ] || die "Terraform 1.0.3 missing: run scripts/install-tools.sh"
    TERRAFORMS+=("$TOOLS/terraform-1.0.3/terraform")
    [ -x "$TOOLS/terraform-current/terraform" ] && TERRAFORMS+=("$TOOLS/terraform-current/terraform")
fi
if [ -z "$CASES" ]; then
    CASES="null,devopsflow,devopsflow-hashes,devopsflow-minimal,null-content,null-inputs"
    [ -z "$ALT_BIN" ] || CASES="$CASES,devopsflow-alt"
fi
IFS=, read -r -a CASE_LIST <<<"$CASES"
for case in "${CASE_LIST[@]}"; do
    case "$case" in
        null | null-inputs) ;;
        null-content) [[ ",$CASES," == *,devopsflow,* ]] || die "null-content needs devopsflow in -p" ;;
        devopsflow | devopsflow-hashes | devopsflow-minimal) ;;
        devopsflow-alt) [ -x "$ALT_BIN" ] || die "devopsflow-alt needs an executable -a ALT_BIN" ;;
        *) die "unknown case '$case' (null, devopsflow, devopsflow-hashes, devopsflow-minimal, null-content, null-inputs or devopsflow-alt)" ;;
    esac
done
[ -x "$NULL_BIN" ] || die "terraform-provider-null missing: run scripts/install-tools.sh"
[ -x "$PROVIDER_BIN" ] || die "provider binary $PROVIDER_BIN missing: run \`cargo build --release -p terraform-provider-devopsflow\` (or pass -b)"
if [ "$STARTS" -gt 0 ] && [ ! -x "$STARTUP_BIN" ]; then
    die "$STARTUP_BIN missing: run \`cargo build --release -p tfplug --example plugin_startup\` (or pass -s 0)"
fi

# A failing command stops the script (set -e), in functions too (set -E); say where.
set -E
trap 'printf "bench-apply: ERROR: a command failed at line %d\n" "$LINENO" >&2' ERR

export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
unset TF_CLI_ARGS TF_CLI_ARGS_apply TF_DATA_DIR TF_WORKSPACE TF_PLUGIN_CACHE_DIR TF_REATTACH_PROVIDERS TF_LOG

WORK="$(mktemp -d -t devopsflow-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
CLK_TCK="$(getconf CLK_TCK)"

echo "bench-apply: $(nproc) CPUs; load at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

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

# Until killed: every 50 ms, reads VmHWM (KiB) and utime+stime (clock ticks) of each pid listed
# in file $1; writes the largest VmHWM seen so far to file $2 and the sum over the pids of their
# last CPU time seen to file $3.
sample_provider() {
    trap - ERR
    set +e
    local pids="$1" peak_out="$2" cpu_out="$3" peak=0 pid key value _ stat total
    declare -A cpu=()
    while :; do
        if [ -f "$pids" ]; then
            while read -r pid; do
                # A line read while a wrapper is still writing it is skipped until complete.
                [[ "$pid" =~ ^[0-9]+$ ]] || continue
                {
                    while read -r key value _; do
                        if [ "$key" = "VmHWM:" ]; then
                            if [[ "$value" =~ ^[0-9]+$ ]] && ((value > peak)); then
                                peak="$value"
                                echo "$peak" >"$peak_out"
                            fi
                            break
                        fi
                    done <"/proc/$pid/status"
                    # utime and stime, unless the process is gone or its stat line is cut.
                    read -r stat <"/proc/$pid/stat" && stat="${stat##*) }" &&
                        read -r -a fields <<<"$stat" &&
                        [[ "${fields[11]}${fields[12]}" =~ ^[0-9]+$ && -n "${fields[12]}" ]] &&
                        cpu[$pid]=$((fields[11] + fields[12]))
                } 2>/dev/null
            done <"$pids"
            total=0
            for pid in "${!cpu[@]}"; do total=$((total + cpu[$pid])); done
            echo "$total" >"$cpu_out"
        fi
        sleep 0.05
    done
}

# Prints a configuration with $2 resources of case $1.
generate_config() {
    local case="$1" count="$2" i
    if [[ "$case" == null* ]]; then
        printf 'terraform {\n  required_providers {\n    null = {\n      source = "hashicorp/null"\n    }\n  }\n}\n'
        for ((i = 0; i < count; i++)); do
            if [ "$case" = null ]; then
                printf '\nresource "null_resource" "r%d" {\n  triggers = {\n    name = "r%d"\n  }\n}\n' "$i" "$i"
                continue
            fi
            # The strings of a devopsflow_alert_rules state (below), then its hash and text.
            cat <<EOF

resource "null_resource" "r$i" {
  triggers = {
    path     = "monitoring/alerts/r$i.rules.yml"
    group    = "r$i"
    interval = "30s"
    job      = "service-$i"
    presets  = "high_error_rate,high_latency,pod_down"
    alert    = "QueueBacklog$i"
    expr     = "sum(queue_depth{job=\"service-$i\"}) > 100"
    for      = "10m"
    severity = "warning"
    summary  = "Queue backlog"
EOF
            if [ "$case" = null-content ]; then
                # shellcheck disable=SC2016 # ${path.module} is Terraform's, not the shell's
                printf '    sha256   = filesha256("${path.module}/content/r%d.rules.yml")\n    content  = file("${path.module}/content/r%d.rules.yml")\n' "$i" "$i"
            else
                printf '    sha256   = sha256("r%d")\n' "$i"
            fi
            printf '  }\n}\n'
        done
    else
        printf 'terraform {\n  required_providers {\n    devopsflow = {\n      source = "devopsflow/devopsflow"\n    }\n  }\n}\n\n'
        if [ "$case" = devopsflow-hashes ] || [ "$case" = devopsflow-minimal ]; then
            printf 'provider "devopsflow" {\n  root_dir         = "."\n  content_in_state = false\n}\n'
        else
            printf 'provider "devopsflow" {\n  root_dir = "."\n}\n'
        fi
        for ((i = 0; i < count; i++)); do
            if [ "$case" = devopsflow-minimal ]; then
                printf '\nresource "devopsflow_alert_rules" "r%d" {\n  path    = "monitoring/alerts/r%d.rules.yml"\n  group   = "r%d"\n  presets = ["pod_down"]\n}\n' "$i" "$i" "$i"
                continue
            fi
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

# Prints the median of the numbers on stdin.
median() {
    sort -g | awk '{ v[NR] = $1 } END {
        printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Applies case $2 with Terraform $1 (version $3) once; $4 is the round (0 = warm-up). Appends
# "wall terraform_cpu provider_cpu terraform_rss_kib provider_rss_kib launches state_bytes" to
# $case_dir/results unless warm-up.
apply_once() {
    local tf="$1" case="$2" tf_version="$3" round="$4"
    local case_dir="$WORK/$tf_version-$case" plugin_dir="$WORK/$tf_version-$case/plugin"
    rm -rf "$case_dir/work/terraform.tfstate" "$case_dir/work/terraform.tfstate.backup" \
        "$case_dir/work/monitoring" "$plugin_dir/pids"
    echo 0 >"$case_dir/peak"
    echo 0 >"$case_dir/cpu"
    sample_provider "$plugin_dir/pids" "$case_dir/peak" "$case_dir/cpu" &
    local sampler=$! log="$case_dir/apply-$round.log" status=0
    (cd "$case_dir/work" && TF_CLI_CONFIG_FILE="$case_dir/cli.tfrc" timeout "$TIMEOUT" \
        /usr/bin/time -f '%e %U %S %M' -o "$case_dir/time" \
        "$tf" apply -auto-approve -input=false -no-color >"$log" 2>&1) || status=$?
    kill "$sampler" 2>/dev/null || die "the provider sampler stopped during the $case apply; rerun"
    wait "$sampler" 2>/dev/null || true
    if [ "$status" -ne 0 ]; then
        tail -n 30 "$log" >&2
        die "apply of $N $case resources with Terraform $tf_version failed (exit $status; log above)"
    fi
    grep -q "Resources: $N added" "$log" || die "apply did not add $N resources: $log"
    local wall user sys rss peak cpu_ticks launches
    read -r wall user sys rss <"$case_dir/time"
    read -r peak <"$case_dir/peak"
    read -r cpu_ticks <"$case_dir/cpu"
    launches="$(wc -l <"$plugin_dir/pids")"
    local state_bytes
    state_bytes="$(wc -c <"$case_dir/work/terraform.tfstate")"
    local provider_cpu terraform_cpu
    provider_cpu="$(awk -v t="$cpu_ticks" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }')"
    terraform_cpu="$(awk -v u="$user" -v s="$sys" -v p="$provider_cpu" 'BEGIN { printf "%.2f", u + s - p }')"
    if [ "$round" -eq 0 ]; then
        printf 'bench-apply: Terraform %s, %s, warm-up: %ss\n' "$tf_version" "$case" "$wall" >&2
    else
        echo "$wall $terraform_cpu $provider_cpu $rss $peak $launches $state_bytes" >>"$case_dir/results"
        printf 'bench-apply: Terraform %s, %s, round %d/%d: %ss wall, Terraform CPU %ss, provider CPU %ss, provider peak %d KiB, load %s\n' \
            "$tf_version" "$case" "$round" "$REPS" "$wall" "$terraform_cpu" "$provider_cpu" "$peak" "$(cut -d' ' -f1 /proc/loadavg)" >&2
    fi
}

if [ "$STARTS" -gt 0 ]; then
    echo "bench-apply: start-up benchmark, $STARTS starts per binary" >&2
    STARTUP_BINS=("$PROVIDER_BIN")
    [ -z "$ALT_BIN" ] || STARTUP_BINS+=("$ALT_BIN")
    "$STARTUP_BIN" -r "$STARTS" "${STARTUP_BINS[@]}" "$NULL_BIN"
    echo
fi

ROWS=()
for tf in "${TERRAFORMS[@]}"; do
    tf_version="$(TF_CLI_CONFIG_FILE=/dev/null "$tf" version | sed -n '1s/^Terraform v//p')"
    [ -n "$tf_version" ] || die "$tf does not report a version"
    for case in "${CASE_LIST[@]}"; do
        case "$case" in
            null | null-content | null-inputs) source_addr="registry.terraform.io/hashicorp/null" type=null real="$NULL_BIN" ;;
            devopsflow | devopsflow-hashes | devopsflow-minimal) source_addr="registry.terraform.io/devopsflow/devopsflow" type=devopsflow real="$PROVIDER_BIN" ;;
            devopsflow-alt) source_addr="registry.terraform.io/devopsflow/devopsflow" type=devopsflow real="$ALT_BIN" ;;
        esac
        case_dir="$WORK/$tf_version-$case"
        make_wrapper "$type" "$real" "$case_dir/plugin"
        cat >"$case_dir/cli.tfrc" <<EOF
provider_installation {
  dev_overrides {
    "$source_addr" = "$case_dir/plugin"
  }
  direct {}
}
EOF
        mkdir -p "$case_dir/work"
        generate_config "$case" "$N" >"$case_dir/work/main.tf"
        : >"$case_dir/results"
    done

    # Warm-up, in list order except that null-content comes last: it reads the files the
    # devopsflow warm-up rendered.
    for case in "${CASE_LIST[@]}"; do
        [ "$case" = null-content ] || apply_once "$tf" "$case" "$tf_version" 0
    done
    if [[ ",$CASES," == *,null-content,* ]]; then
        rm -rf "$WORK/$tf_version-null-content/work/content"
        cp -r "$WORK/$tf_version-devopsflow/work/monitoring/alerts" "$WORK/$tf_version-null-content/work/content"
        apply_once "$tf" null-content "$tf_version" 0
    fi

    count="${#CASE_LIST[@]}"
    for ((round = 1; round <= REPS; round++)); do
        for ((k = 0; k < count; k++)); do
            apply_once "$tf" "${CASE_LIST[$(((k + round - 1) % count))]}" "$tf_version" "$round"
        done
    done

    declare -A MEDIAN_WALL=()
    for case in "${CASE_LIST[@]}"; do
        results="$WORK/$tf_version-$case/results"
        MEDIAN_WALL[$case]="$(cut -d' ' -f1 "$results" | median)"
    done
    for case in "${CASE_LIST[@]}"; do
        results="$WORK/$tf_version-$case/results"
        ratio="$(awk -v a="${MEDIAN_WALL[$case]}" -v b="${MEDIAN_WALL[null]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }')"
        tf_rss="$(cut -d' ' -f4 "$results" | sort -g | tail -n1)"
        provider_rss="$(cut -d' ' -f5 "$results" | sort -g | tail -n1)"
        launches="$(cut -d' ' -f6 "$results" | sort -g | tail -n1)"
        state_kb="$(cut -d' ' -f7 "$results" | sort -g | tail -n1 | awk '{ printf "%.0f", $1 / 1000 }')"
        ROWS+=("| $tf_version | $case | $N | $REPS | $state_kb | $(cut -d' ' -f1 "$results" | stats) | $ratio | $(cut -d' ' -f2 "$results" | median) | $(cut -d' ' -f3 "$results" | median) | $((tf_rss / 1024)) | $(awk -v k="$provider_rss" 'BEGIN { printf "%.1f", k / 1024 }') | $launches |")
    done
    unset MEDIAN_WALL
done

echo "terraform apply -auto-approve of $N fresh resources ($(nproc) CPUs, load at end $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d))"
echo
echo "| Terraform | case | resources | runs | state (KB) | wall min (s) | wall median (s) | wall max (s) | median / null | Terraform CPU median (s) | provider CPU median (s) | Terraform peak RSS (MiB) | provider peak RSS (MiB) | provider processes per apply |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
