# Shared by the scripts in deploy/: the pinned pnpm, run through npx (corepack's download of pnpm fails
# its signature check on some machines; npx fetches it from the npm registry like any package).
PNPM_VERSION=10.34.8
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

pnpm_cmd() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    pnpm "$@"
  else
    npx --yes "pnpm@$PNPM_VERSION" "$@"
  fi
}

say() { printf '[passerelle] %s\n' "$*"; }
