#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, type-checks, then runs the unit, integration and browser
# tests. Integration and browser tests boot the real services on private NATS/Redis instances and a fresh
# Postgres database, so a running development stack is left alone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
bash deploy/scripts/bootstrap.sh
say "checks (types, circular imports, locales, translations)"
pnpm_cmd run check
rm -rf test-output
say "tests"
pnpm_cmd exec jest --ci "$@"
