#!/usr/bin/env bash
# Installs a released devopsflow-lint binary for this machine: downloads the archive for this
# platform and the release's SHA256SUMS, checks the archive's checksum, and puts the binary in
# a directory (replacing an older one in one rename). Nothing is installed when a step fails.
#
# Usage: install-lint.sh --version VERSION [--base-url URL] [--bin-dir DIR]
#   --version VERSION  the release, such as 0.1.0 (default $DEVOPSFLOW_LINT_VERSION)
#   --base-url URL     where releases live: the files are read from URL/vVERSION/ (default
#                      $DEVOPSFLOW_LINT_BASE_URL, else the project's GitHub releases,
#                      https://github.com/devopsflow/devopsflow/releases/download)
#   --bin-dir DIR      where devopsflow-lint goes (default $HOME/.local/bin)
#
# Files read: devopsflow-lint_VERSION_OS_ARCH.tar.gz (.zip on Windows) and
# devopsflow-lint_VERSION_SHA256SUMS, as scripts/release.sh writes them.
# Needs curl or wget, tar (unzip on Windows) and sha256sum or shasum.
# Exit codes: 0 installed, 1 failed (download, checksum, unknown platform), 2 usage error.
set -euo pipefail

DEFAULT_BASE_URL="https://github.com/devopsflow/devopsflow/releases/download"

say() { printf 'install-lint: %s\n' "$*" >&2; }
die() {
    printf 'install-lint: ERROR: %s\n' "$*" >&2
    exit 1
}
usage_error() {
    printf 'install-lint: %s\nusage: install-lint.sh --version VERSION [--base-url URL] [--bin-dir DIR]\n' "$*" >&2
    exit 2
}

VERSION="${DEVOPSFLOW_LINT_VERSION:-}"
BASE_URL="${DEVOPSFLOW_LINT_BASE_URL:-$DEFAULT_BASE_URL}"
BIN_DIR="${HOME:-}/.local/bin"
while [ $# -gt 0 ]; do
    case "$1" in
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        --version) [ $# -ge 2 ] || usage_error "--version needs a value"; VERSION="$2"; shift 2 ;;
        --base-url) [ $# -ge 2 ] || usage_error "--base-url needs a value"; BASE_URL="$2"; shift 2 ;;
        --bin-dir) [ $# -ge 2 ] || usage_error "--bin-dir needs a value"; BIN_DIR="$2"; shift 2 ;;
        *) usage_error "unknown argument $1" ;;
    esac
done
[ -n "$VERSION" ] || usage_error "no version given"
VERSION="${VERSION#v}"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] || usage_error "'$VERSION' is not a release version"
BASE_URL="${BASE_URL%/}"

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) die "no release for the OS $(uname -s); build from source: cargo install devopsflow-lint" ;;
esac
case "$(uname -m)" in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "no release for the architecture $(uname -m); build from source: cargo install devopsflow-lint" ;;
esac
if [ "$os" = windows ]; then
    archive="devopsflow-lint_${VERSION}_${os}_${arch}.zip"
    exe="devopsflow-lint.exe"
else
    archive="devopsflow-lint_${VERSION}_${os}_${arch}.tar.gz"
    exe="devopsflow-lint"
fi
sums="devopsflow-lint_${VERSION}_SHA256SUMS"

# Downloads URL $1 to file $2; fails on HTTP errors.
download() {
    if command -v curl >/dev/null 2>&1; then
        curl --fail --silent --show-error --location --retry 2 --output "$2" "$1"
    elif command -v wget >/dev/null 2>&1; then
        wget --quiet --tries=3 --output-document="$2" "$1"
    else
        die "curl or wget is needed"
    fi
}

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d' ' -f1
    elif command -v shasum >/dev/null 2>&1; then
        shasum -a 256 "$1" | cut -d' ' -f1
    else
        die "sha256sum or shasum is needed"
    fi
}

WORK="$(mktemp -d "${TMPDIR:-/tmp}/devopsflow-lint-install.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

say "downloading devopsflow-lint $VERSION for ${os}_${arch} from $BASE_URL/v$VERSION/"
download "$BASE_URL/v$VERSION/$sums" "$WORK/$sums" || die "cannot download $BASE_URL/v$VERSION/$sums"
download "$BASE_URL/v$VERSION/$archive" "$WORK/$archive" || die "cannot download $BASE_URL/v$VERSION/$archive"

expected="$(awk -v name="$archive" '$2 == name || $2 == "*" name { print $1 }' "$WORK/$sums")"
[ -n "$expected" ] || die "$sums lists no $archive"
actual="$(sha256_of "$WORK/$archive")"
[ "$expected" = "$actual" ] ||
    die "checksum mismatch for $archive: SHA256SUMS says $expected, the download is $actual; nothing installed"

mkdir -p "$WORK/unpacked"
if [ "$os" = windows ]; then
    unzip -q "$WORK/$archive" "$exe" -d "$WORK/unpacked" || die "cannot unpack $archive"
else
    tar -xzf "$WORK/$archive" -C "$WORK/unpacked" "$exe" || die "cannot unpack $archive"
fi
[ -f "$WORK/unpacked/$exe" ] || die "$archive holds no $exe"

mkdir -p "$BIN_DIR" || die "cannot create $BIN_DIR"
# Copy beside the target, then rename over it: a running or half-written binary is never seen.
tmp="$(mktemp "$BIN_DIR/.devopsflow-lint.XXXXXX")"
if ! { cp "$WORK/unpacked/$exe" "$tmp" && chmod 0755 "$tmp" && mv -f "$tmp" "$BIN_DIR/$exe"; }; then
    rm -f "$tmp"
    die "cannot install into $BIN_DIR"
fi
say "installed $BIN_DIR/$exe ($VERSION, sha256 of the archive verified)"
