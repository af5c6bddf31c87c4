#!/usr/bin/env bash
# Re-vendor the Cypher console's editor: CodeMirror 5 (MIT) from its npm distribution, into
# viz/vendor/codemirror/ (served at /static/vendor/codemirror/…; nothing loads from a CDN).
# Only lib/codemirror.js, lib/codemirror.css, mode/cypher/cypher.js and LICENSE are kept.
set -euo pipefail
VERSION="${1:-5.65.18}"
SHA256="775b7a711166c3f39899e56179a7fc8b5b755c3a043ee973c54ae5838023400f"   # of codemirror-5.65.18.tgz
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack "codemirror@$VERSION" >/dev/null)
if [ "$VERSION" = "5.65.18" ]; then echo "$SHA256  $TMP/codemirror-$VERSION.tgz" | sha256sum -c - >/dev/null; fi
tar xzf "$TMP/codemirror-$VERSION.tgz" -C "$TMP"
OUT="$ROOT/viz/vendor/codemirror"
mkdir -p "$OUT"
cp "$TMP/package/lib/codemirror.js" "$TMP/package/lib/codemirror.css" "$TMP/package/mode/cypher/cypher.js" "$TMP/package/LICENSE" "$OUT/"
echo "$VERSION" > "$OUT/VERSION"
echo "vendored codemirror $VERSION into $OUT"
