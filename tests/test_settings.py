"""Settings from the environment: the Chroma server URL and headers, and how bad values are reported."""

from __future__ import annotations

import pytest
from chromadb.api.base_http_client import BaseHTTPClient
from chromadb.config import APIVersion

from ingest.settings import ChromaServer, ConfigError, Settings, get_settings, parse_chroma_url
from service.cli import main


@pytest.mark.parametrize(
    ("given", "url", "port", "ssl"),
    [
        ("localhost:9000", "http://localhost:9000", 9000, False),
        ("chroma.internal:8000", "http://chroma.internal:8000", 8000, False),
        ("chroma.internal", "http://chroma.internal:8000", 8000, False),
        ("http://127.0.0.1:8001/", "http://127.0.0.1:8001", 8001, False),
        ("HTTPS://Chroma.Example.org", "https://chroma.example.org:443", 443, True),
        ("https://proxy.example.org:8443/chroma/", "https://proxy.example.org:8443/chroma", 8443, True),
        ("http://host:8000/chroma", "http://host:8000/chroma", 8000, False),
        ("[::1]:9000", "http://[::1]:9000", 9000, False),
        ("  http://host:1234  ", "http://host:1234", 1234, False),
    ],
)
def test_chroma_urls_keep_host_port_scheme_and_path(given: str, url: str, port: int, ssl: bool) -> None:
    assert parse_chroma_url(given) == ChromaServer(url=url, port=port, ssl=ssl)


def test_chromadb_sends_requests_under_the_path_prefix() -> None:
    """What connect() hands HttpClient, through chromadb's own URL resolution."""
    for given, api in [
        ("https://proxy.example.org/chroma", "https://proxy.example.org:443/chroma/api/v2"),
        ("localhost:9000", "http://localhost:9000/api/v2"),
    ]:
        server = parse_chroma_url(given)
        assert BaseHTTPClient.resolve_url(server.url, server.ssl, APIVersion.V2, server.port) == api


@pytest.mark.parametrize(
    ("given", "complaint"),
    [
        ("localhost:abc", "port must be a number"),
        ("http://host:70000", "port must be a number"),
        ("http://host:0", "port must be a number"),
        ("ftp://host:21", "unsupported scheme 'ftp'"),
        ("grpc://host", "unsupported scheme"),
        ("http://", "no host"),
        ("http://host:8000/?tenant=x", "no query or fragment"),
        ("http://host name:8000", "not a URL"),
        ("http://user:secret@host:8000", "credentials do not belong in the URL"),
    ],
)
def test_malformed_chroma_urls_say_what_is_wrong(given: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint) as error:
        parse_chroma_url(given)
    assert "secret" not in str(error.value)


def test_settings_read_chroma_url_and_headers_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTICES_CHROMA_URL", "chroma.internal:9000")
    monkeypatch.setenv("NOTICES_CHROMA_HEADERS", '{"Authorization": "Bearer t0k3n"}')
    settings = Settings()
    assert settings.chroma_url == "http://chroma.internal:9000"
    assert settings.chroma_server == ChromaServer(url="http://chroma.internal:9000", port=9000, ssl=False)
    assert settings.chroma_headers == {"Authorization": "Bearer t0k3n"}
    monkeypatch.setenv("NOTICES_CHROMA_URL", "")  # set but empty, as compose files leave it: the embedded store
    monkeypatch.setenv("NOTICES_CHROMA_HEADERS", "")
    assert Settings().chroma_server is None and Settings().chroma_headers == {}


@pytest.fixture()
def fresh_settings() -> object:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_bad_settings_are_one_message_naming_each_variable(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: object
) -> None:
    monkeypatch.setenv("NOTICES_CHROMA_URL", "chroma:80x")
    monkeypatch.setenv("NOTICES_CHROMA_HEADERS", "Authorization: Bearer x")
    with pytest.raises(ConfigError) as error:
        get_settings()
    message = str(error.value)
    assert message.startswith("NOTICES_CHROMA_URL: 'chroma:80x': the port must be a number from 1 to 65535; ")
    assert "NOTICES_CHROMA_HEADERS: must be a JSON object" in message
    monkeypatch.setenv("NOTICES_CHROMA_URL", "http://chroma:8000")
    monkeypatch.setenv("NOTICES_CHROMA_HEADERS", '{"X-Chroma-Token": 5}')
    with pytest.raises(ConfigError, match=r"NOTICES_CHROMA_HEADERS\[X-Chroma-Token\]: Input should be a valid string"):
        get_settings()


def test_cli_reports_a_bad_setting_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fresh_settings: object
) -> None:
    monkeypatch.setenv("NOTICES_CHROMA_URL", "ftp://chroma.internal")
    for command in (["search", "x"], ["serve"], ["tasks"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err == "error: NOTICES_CHROMA_URL: 'ftp://chroma.internal': unsupported scheme 'ftp' (use http:// or https://)\n"
