"""Shared fixtures: the real model (converted once per session), real Chroma stores in tmp dirs."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from index.model_convert import convert_model

    # NOTICES_TEST_MODEL_DIR lets a developer keep one converted copy across runs.
    target = Path(os.environ.get("NOTICES_TEST_MODEL_DIR") or tmp_path_factory.mktemp("model") / "e5")
    return convert_model(target)


@pytest.fixture(scope="session")
def embedder(model_dir: Path):  # type: ignore[no-untyped-def]
    from index.embedder import load_embedder

    return load_embedder(model_dir)


def make_settings(data_dir: Path, model_dir: Path | None = None, **extra: object):  # type: ignore[no-untyped-def]
    from ingest.settings import Settings

    return Settings(data_dir=data_dir, model_dir=model_dir, **extra)


@pytest.fixture(scope="session")
def sample_files() -> list[Path]:
    from ingest.pipeline import iter_notice_files

    return iter_notice_files([SAMPLES / "notices", SAMPLES / "docx", SAMPLES / "pdf"])


@pytest.fixture(scope="session")
def seeded_settings(tmp_path_factory: pytest.TempPathFactory, model_dir: Path):  # type: ignore[no-untyped-def]
    return make_settings(tmp_path_factory.mktemp("seeded"), model_dir)


@pytest.fixture(scope="session")
def seeded_library(seeded_settings, embedder, sample_files: list[Path]):  # type: ignore[no-untyped-def]
    """A library over a real Chroma with every bundled sample ingested (tests must not delete them)."""
    from index.library import NoticeLibrary

    library = NoticeLibrary.open(seeded_settings, embedder)
    for path in sample_files:
        library.add_file(path)
    return library


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The real ASGI server on a loopback port, in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(seeded_settings, seeded_library) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from service.api import create_app

    with running_server(create_app(seeded_settings, seeded_library)) as url:
        yield url
