"""The one place configuration is read from the environment (prefix NOTICES_)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Port when a Chroma URL names none: Chroma's own default for http, the TLS port for https
# (a server reached over TLS sits behind a proxy on 443).
CHROMA_DEFAULT_PORTS = {"http": 8000, "https": 443}


class ConfigError(ValueError):
    """A setting in the environment is invalid; the message names it and says why."""


@dataclass(frozen=True)
class ChromaServer:
    """Where a Chroma server is, parsed from NOTICES_CHROMA_URL."""

    url: str  # scheme://host:port, then any path prefix under which a proxy serves Chroma ("/chroma")
    port: int
    ssl: bool


def parse_chroma_url(text: str) -> ChromaServer:
    """Read a Chroma server URL; raises ValueError saying what is wrong with it."""
    raw = text.strip()
    if not raw or any(c.isspace() for c in raw):
        raise ValueError(f"{text!r} is not a URL")
    # Without "://", urlsplit reads "localhost:9000" as scheme "localhost": assume http.
    parts = urlsplit(raw if "://" in raw else f"http://{raw}")
    if parts.scheme not in CHROMA_DEFAULT_PORTS:
        raise ValueError(f"{raw!r}: unsupported scheme {parts.scheme!r} (use http:// or https://)")
    if parts.username is not None or parts.password is not None:
        # Not echoed back: it holds a password. Headers keep credentials out of URLs and logs.
        raise ValueError("credentials do not belong in the URL; put them in NOTICES_CHROMA_HEADERS")
    if not parts.hostname:
        raise ValueError(f"{raw!r}: no host")
    if parts.query or parts.fragment:
        raise ValueError(f"{raw!r}: a Chroma URL has no query or fragment")
    try:
        port = parts.port
    except ValueError:  # not a number, or beyond 65535
        port = 0
    if port is None:
        port = CHROMA_DEFAULT_PORTS[parts.scheme]
    elif not 0 < port < 65536:
        raise ValueError(f"{raw!r}: the port must be a number from 1 to 65535")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname  # IPv6 keeps its brackets
    url = f"{parts.scheme}://{host}:{port}{parts.path.rstrip('/')}"
    return ChromaServer(url=url, port=port, ssl=parts.scheme == "https")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTICES_", extra="ignore")

    data_dir: Path = Path("./data")  # Chroma, the converted model, everything derived
    chroma_url: str | None = None  # when set, a Chroma server (HttpClient) instead of PersistentClient
    # Sent with every request to the Chroma server, e.g. {"Authorization": "Bearer …"} for a proxy.
    chroma_headers: Annotated[dict[str, str], NoDecode] = {}
    api_key: str | None = None  # when set, write endpoints require X-API-Key
    model_dir: Path | None = None  # converted sentence-transformers folder; default data_dir/model
    max_upload_mb: int = 50

    @field_validator("chroma_url")
    @classmethod
    def _chroma_url(cls, value: str | None) -> str | None:
        # Checked here so a bad URL stops the program at startup, not at its first query.
        return parse_chroma_url(value).url if value and value.strip() else None

    @field_validator("chroma_headers", mode="before")
    @classmethod
    def _chroma_headers(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if not value.strip():
            return {}
        try:
            headers = json.loads(value)
        except json.JSONDecodeError:
            headers = None
        if not isinstance(headers, dict):
            raise ValueError('must be a JSON object of header names to values, e.g. {"Authorization": "Bearer <token>"}')
        return headers

    @property
    def chroma_server(self) -> ChromaServer | None:
        return parse_chroma_url(self.chroma_url) if self.chroma_url else None

    @property
    def resolved_model_dir(self) -> Path:
        return self.model_dir or self.data_dir / "model"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"


def describe(error: ValidationError) -> str:
    """Every invalid setting, named as it is set: "NOTICES_CHROMA_URL: …; NOTICES_…: …"."""
    prefix = str(Settings.model_config.get("env_prefix", ""))
    problems = []
    for item in error.errors():
        field, *inside = item["loc"]
        name = prefix + str(field).upper() + "".join(f"[{part}]" for part in inside)
        cause = item.get("ctx", {}).get("error")  # a validator's own ValueError, without pydantic's wording
        problems.append(f"{name}: {cause or item['msg']}")
    return "; ".join(problems)


@lru_cache
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        raise ConfigError(describe(error)) from None
