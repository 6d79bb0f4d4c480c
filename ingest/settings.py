"""The one place configuration is read from the environment (prefix NOTICES_)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTICES_", extra="ignore")

    data_dir: Path = Path("./data")  # Chroma, the converted model, everything derived
    chroma_url: str | None = None  # when set, a Chroma server (HttpClient) instead of PersistentClient
    api_key: str | None = None  # when set, write endpoints require X-API-Key
    model_dir: Path | None = None  # converted sentence-transformers folder; default data_dir/model
    max_upload_mb: int = 50

    @property
    def resolved_model_dir(self) -> Path:
        return self.model_dir or self.data_dir / "model"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"


@lru_cache
def get_settings() -> Settings:
    return Settings()
