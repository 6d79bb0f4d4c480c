"""The indexed collection of notices: add, replace, delete, look up, search.

This is what the service talks to. Writes are serialised and ordered so that a failure at any
point leaves the notices already stored intact (see ChromaStore.write_notice).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

from index.embedder import TextEmbedder, load_embedder
from index.search import HybridSearch
from index.store import ChromaStore, StoredParagraph, connect, date_to_int
from ingest.agencies import agencies_in, agency_id, canonical_agency
from ingest.domain import AgencySummary, IngestResult, Notice, SearchFilters, SearchHit, Task, TaskFilters
from ingest.metadata import find_province
from ingest.normalize import fold
from ingest.pipeline import content_hash, parse_notice
from ingest.settings import Settings


class NoticeLibrary:
    def __init__(self, store: ChromaStore, embedder: TextEmbedder, max_bytes: int | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.max_bytes = max_bytes
        self.search_engine = HybridSearch(store, embedder)
        self._write_lock = threading.Lock()
        self.store.remove_orphans()

    @classmethod
    def open(cls, settings: Settings, embedder: TextEmbedder | None = None) -> NoticeLibrary:
        return cls(
            ChromaStore(connect(settings)),
            embedder or load_embedder(settings.resolved_model_dir),
            max_bytes=settings.max_upload_mb * 1024 * 1024,
        )

    # ---- writing -------------------------------------------------------------------------

    def add_file(self, path: Path) -> IngestResult:
        return self.add(path.read_bytes(), path.name)

    def add(self, data: bytes, filename: str) -> IngestResult:
        """Parse, embed and store one file. Raises IngestError without touching the index."""
        existing = self.store.find_notice_by_hash(content_hash(data))
        if existing is not None:
            notice = self.store.get_notice(existing, with_paragraphs=False)
            assert notice is not None
            return IngestResult(
                source=notice.source,
                notice_id=existing,
                title=notice.meta.title,
                paragraphs=self._paragraph_count(existing),
                tasks=len(self.find_tasks(TaskFilters(notice_id=existing))),
                references=len(notice.references),
                duplicate=True,
            )
        notice = parse_notice(data, filename, self.max_bytes)
        paragraph_vectors = self.embedder.embed_passages([p.context_text() for p in notice.paragraphs])
        task_vectors = (
            self.embedder.embed_passages([_task_text(t) for t in notice.tasks])
            if notice.tasks
            else np.zeros((0, self.embedder.dimension), dtype=np.float32)
        )
        notice_vector = _normalised(paragraph_vectors.mean(axis=0))
        with self._write_lock:
            self.search_engine.refresh()  # catch up with other writers before updating incrementally
            older = [nid for nid in self.store.find_notices_by_source(notice.source) if nid != notice.notice_id]
            self.store.write_notice(notice, paragraph_vectors, task_vectors, notice_vector)
            for old in older:
                self._delete_locked(old)
            self.search_engine.notice_added([StoredParagraph.of(notice, p) for p in notice.paragraphs])
        return IngestResult(
            source=notice.source,
            notice_id=notice.notice_id,
            title=notice.meta.title,
            paragraphs=len(notice.paragraphs),
            tasks=len(notice.tasks),
            references=len(notice.references),
            replaced=older,
        )

    def delete(self, notice_id: str) -> bool:
        with self._write_lock:
            return self._delete_locked(notice_id)

    def _delete_locked(self, notice_id: str) -> bool:
        existed = self.store.delete_notice(notice_id)
        self.search_engine.notice_removed(notice_id)
        return existed

    # ---- reading -------------------------------------------------------------------------

    def counts(self) -> tuple[int, int]:
        return self.store.counts()

    def notices(self) -> list[Notice]:
        return self.store.list_notices()

    def notice(self, notice_id: str) -> Notice | None:
        return self.store.get_notice(notice_id)

    def search(self, query: str, k: int = 10, filters: SearchFilters | None = None) -> list[SearchHit]:
        return self.search_engine.search(query, k, filters)

    def find_tasks(self, filters: TaskFilters | None = None, query: str | None = None, limit: int = 200) -> list[Task]:
        """Tasks matching the filters; ranked by similarity to `query` when given, else by due date."""
        filters = filters or TaskFilters()
        where = _task_where(filters)
        matches = _task_matcher(filters)
        if query:
            ranked = self.store.nearest_tasks(self.embedder.embed_query(query), limit * 4, where)
            lexical = self.search_engine.lexical
            # Short task clauses embed poorly; the words of the source quote decide close calls.
            scored = [
                (similarity + lexical.coverage(query, f"{task.task} {task.quote}"), task)
                for task, similarity in ranked
                if matches(task)
            ]
            scored.sort(key=lambda pair: pair[0], reverse=True)
            return [task for _, task in scored[:limit]]
        tasks = [t for t in self.store.tasks(where) if matches(t)]
        tasks.sort(key=lambda t: (t.deadline is None or t.deadline.due is None, _due(t), -_ordinal(t.issued_on)))
        return tasks[:limit]

    def agencies(self, province: str | None = None) -> list[AgencySummary]:
        counts: dict[str, AgencySummary] = {}
        for task in self.store.tasks():
            for role, names in (("lead", task.lead), ("support", task.support)):
                for name in names:
                    key = agency_id(name, task.province)
                    summary = counts.setdefault(
                        key,
                        AgencySummary(agency_id=key, agency=name, province=task.province, tasks=0, lead=0, support=0),
                    )
                    summary.tasks += 1
                    setattr(summary, role, getattr(summary, role) + 1)
        found = [a for a in counts.values() if province is None or fold(a.province or "") == fold(province)]
        return sorted(found, key=lambda a: (-a.tasks, a.agency_id))

    def _paragraph_count(self, notice_id: str) -> int:
        self.search_engine.refresh()
        return sum(1 for p in self.search_engine.paragraphs.values() if p.notice_id == notice_id)


def _task_where(filters: TaskFilters) -> dict | None:
    """What Chroma can filter itself; agency and province spelling are matched in Python."""
    clauses: list[dict] = []
    if filters.notice_id:
        clauses.append({"notice_id": filters.notice_id})
    if filters.due_before:
        clauses.append({"due": {"$lte": date_to_int(filters.due_before)}})
    if filters.due_after:
        clauses.append({"due": {"$gte": date_to_int(filters.due_after)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _task_matcher(filters: TaskFilters) -> Callable[[Task], bool]:
    wanted = None
    province = filters.province
    if filters.agency:
        named = canonical_agency(filters.agency) or next(iter(agencies_in(filters.agency)), filters.agency)
        wanted = fold(named)
        # "Sở Xây dựng Lào Cai" names the province too.
        province = province or find_province(filters.agency)

    def matches(task: Task) -> bool:
        if province and fold(task.province or "") != fold(province):
            return False
        if wanted is None:
            return True
        names = task.lead if filters.role == "lead" else task.support if filters.role == "support" else task.lead + task.support
        return any(fold(name) == wanted for name in names)

    return matches


def _due(task: Task) -> date:
    return task.deadline.due if task.deadline and task.deadline.due else date.max


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value else 0


def _task_text(task: Task) -> str:
    """What is embedded for a task: who, what, and the source words (which carry the subject matter)."""
    owners = ", ".join(task.lead)
    what = f"{owners}: {task.task}" if owners else task.task
    return what if task.quote.strip() in what else f"{what}\n{task.quote}"


def _normalised(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return (vector / norm).astype(np.float32) if norm else vector.astype(np.float32)
