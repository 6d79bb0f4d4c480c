#!/usr/bin/env bash
# Install everything the tests need, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  # The web page is tested in a real browser; Debian's chromium is the one this machine can install.
  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "warning: chromium not installed; browser test will skip" >&2
fi
export HF_HUB_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
