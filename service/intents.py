"""What kind of question is asked: who owns a task, by when, what an agency was assigned, or content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from index.query import asks_deadline, asks_identity, asks_owner
from ingest.agencies import agencies_in
from ingest.normalize import fold
from ingest.references import reference_key

Kind = Literal["owner", "deadline", "agency_tasks", "crossref", "precedent", "content"]

_ASSIGNED = re.compile(
    r"\b(duoc giao|nhiem vu|phai lam|lam gi|viec gi|giao gi|phan cong|trach nhiem gi|chu tri (nhung )?(viec|nhiem vu)|phoi hop (nhung )?(viec|nhiem vu)|phoi hop viec gi)\b"
)

# Only words about citing: "Ai triển khai Công văn 3653?" asks for an owner, not for citations.
_CROSSREF = re.compile(r"\b(nhac den|nhac toi|dan chieu|vien dan|trich dan|de cap|can cu)\b")
# "qua các kỳ / năm", never "qua các cửa khẩu" (through the border gates).
_OVER_TIME = r"qua cac (?:ky|nam|lan|dot|phien|thoi ky|thong bao|van ban)"
_PRECEDENT = re.compile(
    r"\b(truoc day|truoc do|da tung|tu truoc|lan truoc|ky truoc|phien hop truoc|cac phien hop|cac ky hop|"
    rf"{_OVER_TIME}|lich su|tien le|nhung lan|cac lan|cac nam truoc)\b"
)
# Asking for the story in order ("qua các kỳ", "lịch sử") rather than the latest word first.
_CHRONOLOGICAL = re.compile(rf"\b({_OVER_TIME}|lich su|lan luot|tu truoc (toi|den) nay|theo thoi gian|dien bien)\b")


@dataclass(frozen=True)
class Intent:
    kind: Kind
    agencies: list[str] = field(default_factory=list)  # canonical names the question mentions
    chronological: bool = False  # precedents oldest first


def classify(question: str) -> Intent:
    folded = fold(question)
    if _CROSSREF.search(folded) and reference_key(question):
        return Intent("crossref")
    if _PRECEDENT.search(folded):
        return Intent("precedent", chronological=bool(_CHRONOLOGICAL.search(folded)))
    agencies = agencies_in(question)
    if asks_identity(question):  # "Giám đốc Sở X, người được giao …, là ai?" asks for a person
        return Intent("content", agencies)
    owner = asks_owner(question)
    if agencies and _ASSIGNED.search(folded) and not owner:
        return Intent("agency_tasks", agencies)
    if owner:
        return Intent("owner", agencies)
    if asks_deadline(question):
        return Intent("deadline", agencies)
    return Intent("content", agencies)
