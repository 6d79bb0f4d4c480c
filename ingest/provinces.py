"""The provinces of Vietnam and the spellings they are written in (data/provinces.txt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.normalize import fold

_DATA = Path(__file__).with_name("data") / "provinces.txt"


@dataclass(frozen=True)
class Province:
    name: str
    lists: frozenset[str]  # "63" and/or "34"
    spellings: tuple[str, ...]  # folded forms, longest first


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """The 63 provinces in force until mid-2025 and the 34 after it."""
    found: list[Province] = []
    for raw in _DATA.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, lists, aliases = (part.strip() for part in (line.split("|") + ["", ""])[:3])
        spellings = {fold_name(name), *(fold_name(a) for a in aliases.split(",") if a.strip())}
        found.append(Province(name, frozenset(lists.split()), tuple(sorted(spellings, key=len, reverse=True))))
    return tuple(found)


@lru_cache(maxsize=1)
def spellings() -> frozenset[str]:
    """Every folded spelling of every province: "gia lai", "xu lang", ..."""
    return frozenset(s for province in provinces() for s in province.spellings)


def fold_name(text: str) -> str:
    """Folded, with hyphens and dashes as spaces: "Bà Rịa–Vũng Tàu" → "ba ria vung tau"."""
    return " ".join(re.sub(r"[-–—.]", " ", fold(text)).split())
