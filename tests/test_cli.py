"""The `notices` command through its installed entry point, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, SHARED

pytestmark = pytest.mark.slow


def notices(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("notices", path=str(Path(sys.executable).parent))
    command = [exe] if exe else [sys.executable, "-m", "service.cli"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, model_dir: Path) -> dict[str, str]:
    data = tmp_path_factory.mktemp("cli")
    return {**os.environ, "NOTICES_DATA_DIR": str(data), "NOTICES_MODEL_DIR": str(model_dir), "HF_HUB_OFFLINE": "1"}


def test_ingest_search_ask_tasks(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    ingest = notices("ingest", str(SAMPLES / "notices"), str(bad), "--json", env=env)
    assert ingest.returncode == 1  # one file failed; the others were stored
    results = [json.loads(line) for line in ingest.stdout.splitlines()]
    assert len(results) == 6
    failed = [r for r in results if not r["ok"]]
    assert len(failed) == 1 and failed[0]["kind"] == "empty" and "Traceback" not in ingest.stderr
    assert all(r["paragraphs"] > 10 for r in results if r["ok"])

    again = notices("ingest", str(SAMPLES / "notices"), "--json", env=env)
    assert again.returncode == 0
    assert all(json.loads(line)["duplicate"] for line in again.stdout.splitlines())

    search = json.loads(notices("search", "so xay dung quy hoach sa pa", "-k", "3", "--json", env=env).stdout)
    assert len(search["hits"]) == 3 and "Sở Xây dựng" in search["hits"][0]["text"]
    assert search["restored"] == "sở xây dựng quy hoạch sa pa" and search["unknown"] == []
    text = notices("search", "quy hoach san golf", "-k", "1", env=env).stdout
    assert text.startswith("Đã hiểu là: quy hoạch") and "Không thông báo nào nhắc đến: golf" in text

    answer = json.loads(notices("ask", "Ai chủ trì tổ chức tốt Festival Sông Hồng?", "--json", env=env).stdout)
    assert answer["found"] and answer["owners"][0] == {"agency": "Sở Văn hóa và Thể thao", "role": "lead"}

    plain = notices("ask", "Ai chủ trì tổ chức tốt Festival Sông Hồng?", env=env)
    assert plain.returncode == 0 and "Sở Văn hóa và Thể thao chủ trì" in plain.stdout and "Nguồn:" in plain.stdout

    tasks = json.loads(notices("tasks", "--agency", "Sở Du lịch", "--json", env=env).stdout)["tasks"]
    assert tasks and all("Sở Du lịch" in t["lead"] + t["support"] for t in tasks)
    # Under "3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:", a task with no date of its own.
    listing = notices("tasks", "--due-after", "2024-06-30", "--due-before", "2024-06-30", env=env).stdout
    assert "không nêu thời hạn riêng, trong kỳ “Quý II/2024” → 2024-06-30" in listing

    # Written by this version: sentence vectors are all there.
    upgrade = notices("upgrade", env=env)
    assert upgrade.returncode == 0 and upgrade.stdout.strip() == "index is up to date"


def test_cli_errors_are_messages_not_tracebacks(env: dict[str, str], tmp_path: Path) -> None:
    missing = notices("ingest", str(tmp_path / "nope.pdf"), env=env)
    assert missing.returncode != 0 and "no such file" in missing.stderr and "Traceback" not in missing.stderr
    scanned = SHARED / "samples" / "pdf" / "scanned-no-text-layer.pdf"
    if scanned.exists():
        result = notices("ingest", str(scanned), env=env)
        assert result.returncode == 1 and "needs OCR" in result.stderr and "Traceback" not in result.stderr
    bad_date = notices("tasks", "--due-before", "tomorrow", env=env)
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    assert notices("search", "x", "-k", "0", env=env).returncode == 2
