"""The directive graph: which paragraphs cite which documents, and which cited documents we hold.

Derived from the notices' stored references (Chroma metadata); rebuilt when the library changes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ingest.domain import Notice, Reference, ReferenceSummary
from ingest.references import match_references, reference_key


class ReferenceGraph:
    def __init__(self, notices: list[Notice]) -> None:
        self.notices = {n.notice_id: n for n in notices}
        self.citations: dict[str, list[Reference]] = defaultdict(list)
        self.citing_notice: dict[str, str] = {}  # paragraph_id → notice_id
        # A law cited with its number somewhere joins its name to the number everywhere: "Luật Quản
        # lý thuế năm 2019" in one notice and "… số 38/2019/QH14" in another cite one document.
        self.same_as: dict[str, set[str]] = defaultdict(set)
        for notice in notices:
            for ref in notice.references:
                self.citations[ref.key].append(ref)
                self.citing_notice[ref.paragraph_id] = notice.notice_id
                for alias in ref.aliases:
                    self.same_as[ref.key].add(alias)
                    self.same_as[alias].add(ref.key)
        # A reference to a notice we hold resolves to it: its own number is the cited key.
        self.held: dict[str, str] = {}
        for notice in notices:
            key = reference_key(notice.meta.number)
            if key:
                self.held[key] = notice.notice_id

    def resolve(self, text: str) -> str | None:
        """The key a user means: exact when written in full, else the best known match."""
        key = reference_key(text)
        if key and (key in self.citations or key in self.held):
            return key
        matches = match_references(text, [*self.citations, *self.held, *self.same_as])
        return matches[0] if matches else None

    def _refs(self, key: str) -> list[Reference]:
        """Citations of `key` under any of its keys."""
        return [ref for k in sorted({key, *self.same_as.get(key, ())}) for ref in self.citations.get(k, [])]

    def issued_on(self, ref: Reference) -> date:
        notice = self.notices.get(self.citing_notice.get(ref.paragraph_id, ""))
        return notice.meta.issued_on if notice and notice.meta.issued_on else date.min

    def citing(self, key: str) -> list[Reference]:
        """Citations of `key`, newest citing notice first, one per paragraph."""
        seen: set[str] = set()
        unique = []
        for ref in sorted(self._refs(key), key=self.issued_on, reverse=True):
            if ref.paragraph_id not in seen:
                seen.add(ref.paragraph_id)
                unique.append(ref)
        return unique

    def summary(self, key: str) -> ReferenceSummary:
        refs = self._refs(key)
        first = next((ref for ref in refs if ref.key == key), refs[0] if refs else None)
        held = self.held.get(key)
        held_notice = self.notices.get(held) if held else None
        return ReferenceSummary(
            ref=key,
            kind=first.kind if first else (held_notice.meta.doc_type if held_notice else ""),
            number=first.number if first else (held_notice.meta.number or key if held_notice else key),
            issuer=first.issuer_code if first else None,
            issued_on=next((r.issued_on for r in refs if r.issued_on), None),
            citations=len({r.paragraph_id for r in refs}),
            notices=len({self.citing_notice[r.paragraph_id] for r in refs}),
            notice_id=held,
        )

    def summaries(self) -> list[ReferenceSummary]:
        found = [self.summary(key) for key in self.citations]
        return sorted(found, key=lambda s: (-s.notices, -s.citations, s.ref))

    def cited_by_notice(self, notice_id: str) -> list[Reference]:
        """Citations, in other notices, of the notice `notice_id` itself."""
        own = [key for key, held in self.held.items() if held == notice_id]
        return [ref for key in own for ref in self.citing(key) if self.citing_notice.get(ref.paragraph_id) != notice_id]
