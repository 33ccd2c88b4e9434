#!/usr/bin/env bash
# Builds the provider's release artifacts into dist/VERSION/, named and laid out as the
# Terraform and OpenTofu registries (and a provider network mirror) require:
#
#   terraform-provider-devopsflow_VERSION_OS_ARCH.zip     one per platform, holding only
#                                                         terraform-provider-devopsflow_vVERSION
#                                                         (.exe on Windows)
#   terraform-provider-devopsflow_VERSION_manifest.json   {"version":1,"metadata":{"protocol_versions":["6.0"]}}
#   terraform-provider-devopsflow_VERSION_SHA256SUMS      sha256 of every zip and of the manifest
#   terraform-provider-devopsflow_VERSION_SHA256SUMS.sig  detached binary GPG signature of the SUMS
#   terraform-provider-devopsflow_VERSION_signing-key.asc armoured public key that made the .sig
#
# and the linter's release archives beside them (what scripts/install-lint.sh, the pre-commit
# hook and the GitHub Action download):
#
#   devopsflow-lint_VERSION_OS_ARCH.tar.gz                devopsflow-lint at the archive's root
#                                                         (.zip holding devopsflow-lint.exe on Windows)
#   devopsflow-lint_VERSION_SHA256SUMS (+ .sig)           sha256 of every archive, signed likewise
#
# Usage: scripts/release.sh VERSION [--binary OS_ARCH=PATH]... [--lint-binary OS_ARCH=PATH]... [--out DIR]
#   VERSION            the release version without a leading v, such as 0.1.0; it must equal the
#                      workspace version in Cargo.toml (the tag v0.1.0 releases crate 0.1.0)
#   --binary OS_ARCH=PATH
#                      package the provider binary PATH for platform OS_ARCH (linux_amd64,
#                      darwin_arm64, windows_amd64, ...); repeatable. CI builds each platform on
#                      its own runner and packages them all with one call.
#   --lint-binary OS_ARCH=PATH
#                      the same for the linter binary, devopsflow-lint.
#                      Without any --binary nor --lint-binary the script runs
#                      `cargo build --release --locked` for this machine's platform and packages
#                      both; with only one kind given, only that kind is packaged.
#   --out DIR          write there instead of dist/VERSION (replaced as a whole on success)
#
# Signing: with DEVOPSFLOW_SIGNING_KEY set to an armoured secret key (CI takes it from a
# secret; DEVOPSFLOW_SIGNING_PASSPHRASE is its passphrase, if any), the SUMS are signed with it.
# Without it a throw-away RSA test key is generated for this run; it says so, and the key is
# never written anywhere but a temporary GNUPGHOME that is deleted on exit. Such artifacts
# are for tests only: a registry needs the key it knows.
#
# Zips are reproducible: entries carry the time of SOURCE_DATE_EPOCH (default: the commit time
# of HEAD) and no extra attributes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME="terraform-provider-devopsflow"

say() { printf 'release: %s\n' "$*" >&2; }
die() {
    printf 'release: ERROR: %s\n' "$*" >&2
    exit 1
}
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

VERSION=""
OUT=""
BINARIES=()
LINT_BINARIES=()
while [ $# -gt 0 ]; do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --binary) [ $# -ge 2 ] || die "--binary needs OS_ARCH=PATH"; BINARIES+=("$2"); shift 2 ;;
        --lint-binary) [ $# -ge 2 ] || die "--lint-binary needs OS_ARCH=PATH"; LINT_BINARIES+=("$2"); shift 2 ;;
        --out) [ $# -ge 2 ] || die "--out needs a directory"; OUT="$2"; shift 2 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [ -z "$VERSION" ] || die "one VERSION only (got '$VERSION' and '$1')"; VERSION="$1"; shift ;;
    esac
done
[ -n "$VERSION" ] || die "usage: scripts/release.sh VERSION [--binary OS_ARCH=PATH]... [--lint-binary OS_ARCH=PATH]... [--out DIR]"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
    die "VERSION '$VERSION' is not a semantic version without a leading v (such as 0.1.0)"

crate_version="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
[ "$VERSION" = "$crate_version" ] ||
    die "VERSION $VERSION differs from the workspace version $crate_version in Cargo.toml; bump Cargo.toml first"

for tool in zip tar gzip sha256sum gpg; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is needed on PATH"
done

OUT="$(realpath -m "${OUT:-$ROOT/dist/$VERSION}")"
WORK="$(mktemp -d -t devopsflow-release-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
STAGE="$WORK/out"
mkdir -p "$STAGE"

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH="$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)"
fi

# This machine's platform in Terraform's OS_ARCH spelling.
host_platform() {
    local os arch
    case "$(uname -s)" in
        Linux) os=linux ;;
        Darwin) os=darwin ;;
        MINGW* | MSYS* | CYGWIN*) os=windows ;;
        FreeBSD) os=freebsd ;;
        *) die "unknown OS $(uname -s); pass --binary OS_ARCH=PATH" ;;
    esac
    case "$(uname -m)" in
        x86_64 | amd64) arch=amd64 ;;
        aarch64 | arm64) arch=arm64 ;;
        *) die "unknown architecture $(uname -m); pass --binary OS_ARCH=PATH" ;;
    esac
    printf '%s_%s' "$os" "$arch"
}

exe_suffix() { [[ "$1" == windows_* ]] && printf '.exe'; true; }

# Checks one OS_ARCH=PATH argument of option $1 and prints the platform.
platform_of() {
    local option="$1" spec="$2" platform="${2%%=*}"
    [[ "$spec" == *=* && "$platform" =~ ^[a-z0-9]+_[a-z0-9]+$ ]] ||
        die "$option '$spec' is not OS_ARCH=PATH (such as linux_amd64=target/release/...)"
    [ -f "${spec#*=}" ] || die "binary ${spec#*=} for $platform does not exist"
    printf '%s' "$platform"
}

# Copies binary $2 to $WORK/pkg/$1/$3 with mode 0755 and the release time, and prints the
# staging directory.
stage_binary() {
    local dir="$WORK/pkg/$1"
    mkdir -p "$dir"
    cp "$2" "$dir/$3"
    chmod 0755 "$dir/$3"
    touch -d "@$SOURCE_DATE_EPOCH" "$dir/$3"
    printf '%s' "$dir"
}

if [ "${#BINARIES[@]}" -eq 0 ] && [ "${#LINT_BINARIES[@]}" -eq 0 ]; then
    platform="$(host_platform)"
    say "building $NAME and devopsflow-lint $VERSION for $platform (cargo build --release --locked)"
    (cd "$ROOT" && cargo build --release --locked -p terraform-provider-devopsflow -p devopsflow-lint \
        --bin "$NAME" --bin devopsflow-lint)
    release_dir="${CARGO_TARGET_DIR:-$ROOT/target}/release"
    BINARIES=("$platform=$release_dir/$NAME$(exe_suffix "$platform")")
    LINT_BINARIES=("$platform=$release_dir/devopsflow-lint$(exe_suffix "$platform")")
fi

# Provider: one zip per platform, holding the binary under the name Terraform looks for.
for spec in "${BINARIES[@]}"; do
    platform="$(platform_of --binary "$spec")"
    zip_name="${NAME}_${VERSION}_${platform}.zip"
    [ ! -e "$STAGE/$zip_name" ] || die "platform $platform given twice to --binary"
    entry="${NAME}_v${VERSION}$(exe_suffix "$platform")"
    dir="$(stage_binary "provider-$platform" "${spec#*=}" "$entry")"
    (cd "$dir" && zip -q -X "$STAGE/$zip_name" "$entry")
    say "packaged $zip_name"
done

# Linter: one archive per platform with devopsflow-lint at its root.
for spec in "${LINT_BINARIES[@]}"; do
    platform="$(platform_of --lint-binary "$spec")"
    entry="devopsflow-lint$(exe_suffix "$platform")"
    dir="$(stage_binary "lint-$platform" "${spec#*=}" "$entry")"
    if [[ "$platform" == windows_* ]]; then
        archive="devopsflow-lint_${VERSION}_${platform}.zip"
        [ ! -e "$STAGE/$archive" ] || die "platform $platform given twice to --lint-binary"
        (cd "$dir" && zip -q -X "$STAGE/$archive" "$entry")
    else
        archive="devopsflow-lint_${VERSION}_${platform}.tar.gz"
        [ ! -e "$STAGE/$archive" ] || die "platform $platform given twice to --lint-binary"
        (cd "$dir" && tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 \
            --numeric-owner -cf - "$entry" | gzip -9 -n >"$STAGE/$archive")
    fi
    say "packaged $archive"
done

SUMS_FILES=()
if [ "${#BINARIES[@]}" -gt 0 ]; then
    printf '{\n  "version": 1,\n  "metadata": {\n    "protocol_versions": ["6.0"]\n  }\n}\n' \
        >"$STAGE/${NAME}_${VERSION}_manifest.json"
    SUMS_FILES+=("${NAME}_${VERSION}_SHA256SUMS")
    (cd "$STAGE" && sha256sum -- "${NAME}_${VERSION}"_*.zip "${NAME}_${VERSION}_manifest.json" \
        >"$WORK/${NAME}_${VERSION}_SHA256SUMS")
fi
if [ "${#LINT_BINARIES[@]}" -gt 0 ]; then
    SUMS_FILES+=("devopsflow-lint_${VERSION}_SHA256SUMS")
    (cd "$STAGE" && sha256sum -- devopsflow-lint_"${VERSION}"_* >"$WORK/devopsflow-lint_${VERSION}_SHA256SUMS")
fi
for sums in "${SUMS_FILES[@]}"; do mv "$WORK/$sums" "$STAGE/$sums"; done

# Sign in a private GNUPGHOME: the user's keyring is never read or changed.
export GNUPGHOME="$WORK/gnupg"
mkdir -m 0700 "$GNUPGHOME"
gpg_batch=(gpg --batch --quiet --no-tty --pinentry-mode loopback)
if [ -n "${DEVOPSFLOW_SIGNING_KEY:-}" ]; then
    say "signing with the key in DEVOPSFLOW_SIGNING_KEY"
    printf '%s\n' "$DEVOPSFLOW_SIGNING_KEY" | "${gpg_batch[@]}" --passphrase "${DEVOPSFLOW_SIGNING_PASSPHRASE:-}" --import
else
    say "DEVOPSFLOW_SIGNING_KEY is not set: signing with a throw-away test key (not for publishing)"
    "${gpg_batch[@]}" --passphrase '' --quick-generate-key \
        "devopsflow release test key (generated by scripts/release.sh) <release-test@devopsflow.invalid>" \
        rsa3072 sign 1d 2>/dev/null
fi
fingerprint="$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')"
[ -n "$fingerprint" ] || die "no signing key in the keyring"
for sums in "${SUMS_FILES[@]}"; do
    "${gpg_batch[@]}" --passphrase "${DEVOPSFLOW_SIGNING_PASSPHRASE:-}" --local-user "$fingerprint" \
        --output "$STAGE/$sums.sig" --detach-sign "$STAGE/$sums"
    gpg --batch --quiet --verify "$STAGE/$sums.sig" "$STAGE/$sums" 2>/dev/null ||
        die "the signature of $sums just made does not verify"
done
gpg --batch --armor --export "$fingerprint" >"$STAGE/${NAME}_${VERSION}_signing-key.asc"

rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
mv "$STAGE" "$OUT"
say "wrote $OUT (signing key $fingerprint):"
(cd "$OUT" && ls -1 >&2)
