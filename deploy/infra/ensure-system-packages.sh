#!/usr/bin/env bash
# Installs the Debian packages Passerelle needs at runtime and in its tests, when missing:
#   chromium           PDF reports (chat) and the browser tests
#   fonts-dejavu-core  a font Chromium can render reports with
#   poppler-utils      pdftotext: tests read the text of generated PDFs
#   nats-server        the local broker, and private instances spawned by tests
#   redis-server       the same for Redis
# (Postgres is deploy/infra/ensure-infra.sh's business; the mediasoup build packages are
#  deploy/mediasoup/build-worker.sh's.) Idempotent: does nothing when all are installed.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$script_dir/lib.sh"

packages=(chromium fonts-dejavu-core poppler-utils nats-server redis-server)
missing=()
for p in "${packages[@]}"; do
  is_installed "$p" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  apt_install "${missing[@]}"
fi
log "system packages ok (${packages[*]})"
