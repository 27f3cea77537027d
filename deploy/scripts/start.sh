#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, then runs every service and the SPAs with demo data.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
bash deploy/scripts/bootstrap.sh
exec node deploy/scripts/run-stack.mjs
