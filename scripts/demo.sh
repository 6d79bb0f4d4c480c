#!/usr/bin/env bash
# Fresh machine → running service: install, build the embedding model, ingest the sample notices, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export HF_HUB_OFFLINE=1
.venv/bin/notices setup
.venv/bin/notices ingest samples/notices samples/docx samples/pdf || true  # a bad file is reported, not fatal
exec .venv/bin/notices serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
