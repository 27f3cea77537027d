#!/usr/bin/env bash
# Makes a fresh Debian machine with Node ready to run and test Passerelle. Idempotent: every step
# checks first and is quick when there is nothing to do.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

say "system packages (Chromium, NATS, Redis binaries, PDF tools)"
bash deploy/infra/ensure-system-packages.sh
say "infrastructure (Postgres, NATS with JetStream, Redis)"
bash deploy/infra/ensure-infra.sh
say "dependencies (pnpm $PNPM_VERSION)"
CI=true pnpm_cmd install --frozen-lockfile --prefer-offline --reporter=append-only 2>&1 | grep -vE '^(Progress|npm warn)' || true
test -d node_modules/.pnpm || { say "pnpm install failed"; exit 1; }
if [ -f deploy/infra/check-jetstream.cjs ]; then node deploy/infra/check-jetstream.cjs; fi
say "mediasoup worker (built from Debian's libraries, cached)"
bash deploy/mediasoup/build-worker.sh
say "build (libraries, services, SPAs)"
pnpm_cmd --reporter=append-only run build > /tmp/passerelle-build.log 2>&1 || { tail -60 /tmp/passerelle-build.log; say "build failed"; exit 1; }
