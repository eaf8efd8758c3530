# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Source it; it defines nnscope_setup and sets NNSCOPE_ROOT and NNSCOPE_BUILD.
set -euo pipefail

NNSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
NNSCOPE_BUILD=${NNSCOPE_BUILD:-$NNSCOPE_ROOT/build/release}

# ccache keys on paths relative to the checkout, and not on the build folder, so that a fresh clone (CI's)
# reuses what any other checkout on this machine compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$NNSCOPE_ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

nnscope_say() { printf 'nnscope: %s\n' "$*" >&2; }

nnscope_missing_packages() {
    local pkg missing=()
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < "$NNSCOPE_ROOT/scripts/lib/packages.txt"
    echo "${missing[@]:-}"
}

nnscope_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        nnscope_say "this setup expects Debian 12 (apt-get and dpkg); install the packages in scripts/lib/packages.txt by hand"
        exit 1
    fi
    local missing
    missing=$(nnscope_missing_packages)
    [[ -z "$missing" ]] && return 0
    nnscope_say "installing missing Debian packages: $missing"
    local -a as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            as_root=(sudo -n)
        elif command -v sudo >/dev/null 2>&1 && [[ -t 0 ]]; then
            as_root=(sudo)
        else
            nnscope_say "root rights are needed to install: $missing"
            nnscope_say "run this script as root, give this user sudo, or run: apt-get install $missing"
            exit 1
        fi
    fi
    # shellcheck disable=SC2086
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

nnscope_build() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake -S "$NNSCOPE_ROOT" -B "$NNSCOPE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$NNSCOPE_BUILD" --parallel "$jobs"
}

nnscope_setup() {
    nnscope_install_packages
    nnscope_build
}
