#!/usr/bin/env bash
# Installs dependencies, builds WorksMap (dev preset) and opens it on the bundled sample county in geodata/.
# Extra arguments are passed to worksmap.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target worksmap
exec build/dev/src/app/worksmap "$@"
