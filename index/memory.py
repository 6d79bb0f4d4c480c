"""Giving freed heap memory back to the operating system."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows): nothing to call
        return None


def release_free_memory() -> None:
    """After a rebuild drops millions of small objects, glibc keeps the freed pages in its arenas
    and the process stays at its peak size; malloc_trim hands them back. A no-op elsewhere."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
