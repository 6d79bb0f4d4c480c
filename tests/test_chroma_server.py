"""NOTICES_CHROMA_URL mode against a real Chroma server (the `chroma run` CLI in a subprocess).

The server keeps its data under tmp_path; the library talks to it only over HTTP (chromadb.HttpClient),
so a second library opened on the same URL must see everything the first one wrote.
"""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import HashingEmbedder
from index.library import NoticeLibrary
from ingest.domain import SearchFilters, TaskFilters
from tests.conftest import SAMPLES, free_port, make_settings

pytestmark = pytest.mark.slow

SEED_000 = SAMPLES / "notices" / "000_1e72024b4a527dac.txt"
SEED_002 = SAMPLES / "notices" / "002_0ce4c6df32ab89d9.txt"
START_TIMEOUT = 30.0


def chroma_command() -> list[str] | None:
    """How to launch `chroma run`: the venv's console script, else the CLI entry point via -c."""
    script = Path(sys.executable).parent / "chroma"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("chroma")
    if found:
        return [found]
    try:
        import chromadb.cli.cli  # noqa: F401  (the Rust-backed CLI `app`)
    except ImportError:
        return None
    # chromadb.cli.cli has no __main__ guard, so `python -m` would not run it.
    launcher = "import sys; from chromadb.cli.cli import app; sys.argv = ['chroma', *sys.argv[1:]]; app()"
    return [sys.executable, "-c", launcher]


def heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def start_server(data_path: Path, log_path: Path, attempts: int = 3) -> tuple[subprocess.Popen, str]:
    """`chroma run` on a free loopback port; (process, base URL) once its heartbeat answers."""
    command = chroma_command()
    if command is None:
        pytest.skip("the chroma CLI is not installed (no .venv/bin/chroma, no chromadb.cli.cli)")
    for attempt in range(1, attempts + 1):
        port = free_port()  # released before the server binds it: another process may take it first
        url = f"http://127.0.0.1:{port}"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [*command, "run", "--path", str(data_path), "--host", "127.0.0.1", "--port", str(port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not heartbeat(url):
            if process.poll() is not None or time.monotonic() > deadline:
                stop_server(process)
                if attempt == attempts:
                    tail = log_path.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"chroma server did not answer its heartbeat at {url}:\n{tail}")
                break
            time.sleep(0.1)
        else:
            return process, url
    raise AssertionError("unreachable")


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class ChromaServers:
    """Starts `chroma run` processes for one test and stops every one of them at teardown."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.processes: list[subprocess.Popen] = []

    def start(self, data_path: Path) -> str:
        data_path.mkdir(parents=True, exist_ok=True)
        log = self.tmp_path / f"chroma-server-{len(self.processes)}.log"
        process, url = start_server(data_path, log)
        self.processes.append(process)
        return url

    def stop_all(self) -> None:
        for process in self.processes:
            stop_server(process)


@pytest.fixture()
def chroma_servers(tmp_path: Path) -> Iterator[ChromaServers]:
    servers = ChromaServers(tmp_path)
    try:
        yield servers
    finally:
        servers.stop_all()


def test_library_keeps_its_state_in_a_chroma_server(
    chroma_servers: ChromaServers, tmp_path: Path, model_dir: Path, embedder
) -> None:  # type: ignore[no-untyped-def]
    server_data = tmp_path / "server-data"
    url = chroma_servers.start(server_data)
    client_dir = tmp_path / "client"
    settings = make_settings(client_dir, model_dir, chroma_url=url)
    library = NoticeLibrary.open(settings, embedder)
    assert library.counts() == (0, 0)

    first = library.add_file(SEED_000)
    second = library.add_file(SEED_002)
    assert not first.duplicate and not second.duplicate
    assert first.paragraphs > 0 and second.paragraphs > 0 and first.tasks > 0 and second.tasks > 0
    assert library.counts() == (2, first.paragraphs + second.paragraphs)
    # Nothing went to a local embedded store: the client folder has no Chroma, the server's has.
    assert not settings.chroma_dir.exists()
    assert any(server_data.iterdir())

    # The same bytes again are recognised through the server.
    again = library.add_file(SEED_000)
    assert again.duplicate and again.notice_id == first.notice_id and again.paragraphs == first.paragraphs

    hits = library.search("phương án bãi đỗ xe tại thị xã Sa Pa", k=3)
    assert hits and "bãi đỗ xe" in hits[0].text and hits[0].notice_id == first.notice_id

    tasks = library.find_tasks(TaskFilters(notice_id=first.notice_id))
    assert len(tasks) == first.tasks
    assert any("Sở Xây dựng" in t.lead for t in tasks)
    ranked = library.find_tasks(query="phương án bãi đỗ xe Sa Pa", limit=3)
    assert ranked and any("bãi đỗ xe" in t.quote for t in ranked)
    # Filters Chroma applies itself go over HTTP too: $contains on list metadata, integer date ranges.
    cited = library.search("nghị quyết", filters=SearchFilters(reference="66/2017/nq-hdnd"))
    assert cited and all("66/2017/NQ-HĐND" in h.text for h in cited)
    dated = library.search("Sở Xây dựng", filters=SearchFilters(date_to="2023-12-31"))
    assert dated and {h.notice_id for h in dated} == {second.notice_id}  # 002 is of 2022, 000 of 2024
    due = library.find_tasks(TaskFilters(due_before="2024-04-30", due_after="2024-04-01"))
    assert due and all(t.deadline and t.deadline.due and t.deadline.due.month == 4 for t in due)
    stored = library.notice(first.notice_id)
    assert stored is not None and len(stored.paragraphs) == first.paragraphs and len(stored.tasks) == first.tasks

    # A second library (another process, in production) opened on the same server sees the same data:
    # it has no state of its own besides what it derives from the server.
    other = NoticeLibrary.open(make_settings(tmp_path / "other-client", model_dir, chroma_url=url), embedder)
    assert other.counts() == library.counts()
    assert {n.notice_id for n in other.notices()} == {first.notice_id, second.notice_id}
    other_hits = other.search("phuong an bai do xe tai thi xa sa pa", k=3)
    assert other_hits and other_hits[0].paragraph_id == hits[0].paragraph_id
    assert {t.task_id for t in other.find_tasks(TaskFilters(notice_id=first.notice_id))} == {t.task_id for t in tasks}

    # Deleting through one library is seen by the other.
    assert other.delete(first.notice_id)
    assert not other.delete(first.notice_id)
    assert library.counts() == (1, second.paragraphs)
    assert library.notice(first.notice_id) is None
    assert library.find_tasks(TaskFilters(notice_id=first.notice_id)) == []
    assert all(h.notice_id == second.notice_id for h in library.search("bãi đỗ xe Sa Pa", k=5))
    assert {t.notice_id for t in library.find_tasks()} == {second.notice_id}

    # The notices live in the server's folder: a restarted server serves them to a new library.
    chroma_servers.stop_all()
    restarted = chroma_servers.start(server_data)
    reopened = NoticeLibrary.open(make_settings(tmp_path / "third-client", model_dir, chroma_url=restarted), embedder)
    assert reopened.counts() == (1, second.paragraphs)
    assert len(reopened.find_tasks(TaskFilters(notice_id=second.notice_id))) == second.tasks
    assert reopened.search("Sở Xây dựng Lạng Sơn", k=1)[0].notice_id == second.notice_id


class PrefixProxy:
    """A reverse proxy serving a Chroma server under /chroma, as a deployment behind nginx would;
    it records the request headers it sees so the test can check what the client sent."""

    PREFIX = "/chroma"

    def __init__(self, upstream: str) -> None:
        seen: list[tuple[str, dict[str, str]]] = []
        self.seen = seen

        class Handler(http.server.BaseHTTPRequestHandler):
            def _forward(self) -> None:
                seen.append((self.path, dict(self.headers)))
                if not self.path.startswith(PrefixProxy.PREFIX + "/"):
                    self.send_error(404)
                    return
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
                request = urllib.request.Request(
                    upstream + self.path[len(PrefixProxy.PREFIX) :], data=body, method=self.command,
                    headers={"Content-Type": self.headers.get("Content-Type", "application/json")},
                )
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        status, payload = response.status, response.read()
                except urllib.error.HTTPError as error:
                    status, payload = error.code, error.read()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_chroma_url_without_scheme_and_behind_a_path_prefix_with_headers(
    chroma_servers: ChromaServers, tmp_path: Path
) -> None:
    url = chroma_servers.start(tmp_path / "server-data")
    embedder = HashingEmbedder()  # the connection is under test here, not the model
    # "127.0.0.1:PORT", no scheme: once silently became localhost:8000.
    bare = NoticeLibrary.open(make_settings(tmp_path / "bare", chroma_url=url.removeprefix("http://")), embedder)
    stored = bare.add_file(SEED_000)
    assert bare.counts() == (1, stored.paragraphs)

    proxy = PrefixProxy(url)
    try:
        settings = make_settings(
            tmp_path / "proxied",
            chroma_url=f"127.0.0.1:{proxy.port}{PrefixProxy.PREFIX}/",
            chroma_headers={"Authorization": "Bearer t0k3n"},
        )
        proxied = NoticeLibrary.open(settings, embedder)
        assert proxied.counts() == (1, stored.paragraphs)
        assert proxied.search("bãi đỗ xe Sa Pa", k=1)[0].notice_id == stored.notice_id
    finally:
        proxy.close()
    assert proxy.seen and all(path.startswith("/chroma/api/v2/") for path, _ in proxy.seen)
    assert all(headers.get("Authorization") == "Bearer t0k3n" for _, headers in proxy.seen)
