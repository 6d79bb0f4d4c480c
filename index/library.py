"""The indexed collection of notices: add, replace, delete, look up, search.

This is what the service talks to. Writes are serialised and ordered so that a failure at any
point leaves the notices already stored intact (see ChromaStore.write_notice).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import numpy as np

from index.embedder import TextEmbedder, load_embedder
from index.graph import ReferenceGraph
from index.search import HybridSearch
from index.store import ChromaStore, StoredParagraph, connect, date_to_int, sentence_id, sentence_rows, where_all
from ingest.agencies import agencies_in, agency_id, canonical_agency
from ingest.domain import (
    AgencySummary,
    CitedByNotice,
    IngestResult,
    Notice,
    NoticeReferences,
    Reference,
    ReferenceCitations,
    ReferenceSummary,
    SearchFilters,
    SearchHit,
    SearchResult,
    SimilarNotice,
    Task,
    TaskFilters,
    TaskHistory,
)
from ingest.metadata import find_province
from ingest.normalize import fold
from ingest.pipeline import PARSER_VERSION, content_hash, notice_tasks, parse_notice
from ingest.settings import Settings


# Cosine similarity (E5) above which two paragraphs or tasks are taken to be about the same matter.
# E5 similarities crowd into 0.75-0.95, so these sit high.
PRECEDENT_SIMILARITY = 0.85
PRECEDENT_CANDIDATES = 100
THREAD_SIMILARITY = 0.90


class NoticeLibrary:
    def __init__(self, store: ChromaStore, embedder: TextEmbedder, max_bytes: int | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.max_bytes = max_bytes
        self.search_engine = HybridSearch(store, embedder)
        self._write_lock = threading.Lock()
        self._graph: ReferenceGraph | None = None
        self._graph_signature: tuple[str, ...] | None = None
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
        """Parse, embed and store one file. Raises IngestError without touching the index.

        A file already stored is a duplicate, unless an older parser read it: then it is read again
        and the new reading replaces the old one, written first so the store is never without it.
        """
        same_bytes = self.store.find_notices_by_hash(content_hash(data))
        stored = (self.store.get_notice(nid, with_paragraphs=False) for nid in same_bytes)
        current = next((n for n in stored if n is not None and n.parser_version >= PARSER_VERSION), None)
        if current is not None:
            return IngestResult(
                source=current.source,
                notice_id=current.notice_id,
                title=current.meta.title,
                paragraphs=self._paragraph_count(current.notice_id),
                tasks=len(self.find_tasks(TaskFilters(notice_id=current.notice_id))),
                references=len(current.references),
                duplicate=True,
            )
        notice = parse_notice(data, filename, self.max_bytes)
        paragraph_vectors = self.embedder.embed_passages([p.context_text() for p in notice.paragraphs])
        task_vectors = self._task_vectors(notice.tasks)
        sentence_vectors = self.embedder.embed_passages([text for _, _, text in sentence_rows(notice)])
        notice_vector = _normalised(paragraph_vectors.mean(axis=0))
        with self._write_lock:
            self.search_engine.refresh()  # catch up with other writers before updating incrementally
            older = [
                nid
                for nid in dict.fromkeys([*same_bytes, *self.store.find_notices_by_source(notice.source)])
                if nid != notice.notice_id
            ]
            self.store.write_notice(notice, paragraph_vectors, task_vectors, notice_vector, sentence_vectors)
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

    def _task_vectors(self, tasks: Sequence[Task]) -> np.ndarray:
        if not tasks:
            return np.zeros((0, self.embedder.dimension), dtype=np.float32)
        return self.embedder.embed_passages([_task_text(t) for t in tasks])

    def rederive_tasks(self) -> int:
        """Extract every stored notice's tasks again from its stored paragraphs; how many notices changed.

        A store keeps the tasks the version that wrote it found (before session 9: no heading periods)
        until this runs (`notices upgrade`); the original files are not needed. Only notices written by
        an older extractor (`EXTRACTOR_VERSION`) are read, and only those whose tasks come out
        differently are written again.
        """
        changed = 0
        with self._write_lock:
            for notice_id in self.store.notices_with_outdated_tasks():
                # Its stored tasks are read once, by `update_tasks`, to compare and to find those to drop.
                notice = self.store.get_notice(notice_id, with_tasks=False)
                if notice is None:  # deleted by another process meanwhile
                    continue
                tasks = notice_tasks(notice_id, notice.paragraphs, notice.meta)
                changed += self.store.update_tasks(notice, tasks, self._task_vectors)
        return changed

    def parse_outdated(self) -> int:
        """Notices an older parser read: adding their files again reads them anew (the store keeps no file)."""
        return len(self.store.notices_parsed_before(PARSER_VERSION))

    def tasks_outdated(self) -> int:
        """Notices whose tasks an older extractor found: `notices upgrade` extracts them again."""
        return len(self.store.notices_with_outdated_tasks())

    def sentences_missing(self) -> int:
        """How many sentence vectors an index written by an older version lacks: two counts, cheap at any size."""
        engine = self.search_engine
        engine.refresh()
        return max(0, engine.sentence_total - self.store.sentence_count())

    def embed_missing_sentences(self) -> int:
        """Embed the sentences of paragraphs stored before sentences were embedded; how many.

        Ranking compares a question with a paragraph's closest sentence; a store written by an older
        version has paragraph vectors only and ranks worse until this runs (`notices upgrade`).
        """
        if not self.sentences_missing():
            return 0  # every id would be read only to find none missing
        engine = self.search_engine
        with self._write_lock:
            engine.refresh()
            rows = {
                sentence_id(stored.paragraph.paragraph_id, n): (stored.notice_id, (stored.paragraph.paragraph_id, n, text))
                for stored in engine.paragraphs.values()
                for n, text in enumerate(stored.paragraph.sentences())
            }
            missing = self.store.missing_sentence_ids(list(rows))
            by_notice: dict[str, list[tuple[str, int, str]]] = {}
            for sid, (notice_id, row) in rows.items():
                if sid in missing:
                    by_notice.setdefault(notice_id, []).append(row)
            for notice_id, notice_rows in by_notice.items():
                vectors = self.embedder.embed_passages([text for _, _, text in notice_rows])
                self.store.write_sentences(notice_id, notice_rows, vectors)
        return len(missing)

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
        return self.search_engine.search(query, k, self._resolve_agency(filters))

    def search_with_facets(self, query: str, k: int = 10, filters: SearchFilters | None = None) -> SearchResult:
        return self.search_engine.search_with_facets(query, k, self._resolve_agency(filters))

    def _resolve_agency(self, filters: SearchFilters | None) -> SearchFilters | None:
        """An agency filter becomes the set of paragraphs that assign it a task."""
        if filters is None or not filters.agency:
            return filters
        tasks = self.find_tasks(TaskFilters(agency=filters.agency, province=filters.province), limit=100_000)
        return filters.model_copy(update={"paragraph_ids": frozenset(t.paragraph_id for t in tasks)})

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
        tasks.sort(key=lambda t: (t.due() is None, _due(t), -_ordinal(t.issued_on)))
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

    # ---- cross-references and precedents ------------------------------------------------------

    def graph(self) -> ReferenceGraph:
        self.search_engine.refresh()
        signature = self.search_engine.signature
        if self._graph is None or self._graph_signature != signature:
            self._graph = ReferenceGraph(self.store.list_notices())
            self._graph_signature = signature
        return self._graph

    def references(self) -> list[ReferenceSummary]:
        return self.graph().summaries()

    def reference(self, text: str, query: str = "") -> ReferenceCitations | None:
        graph = self.graph()
        key = graph.resolve(text)
        if key is None:
            return None
        summary = graph.summary(key)
        hits = self._citation_hits(graph.citing(key), query)
        return ReferenceCitations(
            ref=key,
            kind=summary.kind,
            number=summary.number,
            issuer=summary.issuer,
            notice_id=summary.notice_id,
            citations=hits,
        )

    def cited_by(self, text: str, query: str = "") -> CitedByNotice | None:
        """What the notice we hold that `text` names cites; None when it names none we hold."""
        graph = self.graph()
        # The search already resolved which held notice the question names (`held_notices_named`).
        key = next(iter(self.search_engine.understand(text).named_notices), None)
        if key not in graph.held:
            return None
        notice = graph.notices[graph.held[key]]
        # Not its own number: an appendix's "(Kèm theo Thông báo số 624/TB-VPCP …)".
        refs = [ref for ref in notice.references if ref.key != key]
        first_per_paragraph: dict[str, Reference] = {}
        for ref in refs:
            first_per_paragraph.setdefault(ref.paragraph_id, ref)
        return CitedByNotice(
            notice_id=notice.notice_id,
            kind=notice.meta.doc_type or "",
            number=notice.meta.number or key,
            cites=[graph.summary(k) for k in dict.fromkeys(ref.key for ref in refs)],
            citations=self._citation_hits(list(first_per_paragraph.values()), query),
        )

    def notice_references(self, notice_id: str) -> NoticeReferences | None:
        graph = self.graph()
        notice = graph.notices.get(notice_id)
        if notice is None:
            return None
        keys = list(dict.fromkeys(r.key for r in notice.references))
        cited_by = self._citation_hits(graph.cited_by_notice(notice_id))
        return NoticeReferences(notice_id=notice_id, cites=[graph.summary(k) for k in keys], cited_by=cited_by)

    def _citation_hits(self, refs: list[Reference], query: str = "") -> list[SearchHit]:
        """The citing paragraphs as hits, highlighting the query or else the citation itself."""
        engine = self.search_engine
        return [engine.hit(ref.paragraph_id, 1.0, query or ref.surface) for ref in refs if ref.paragraph_id in engine.paragraphs]

    def similar_paragraphs(self, paragraph_id: str, before: date | None = None, k: int = 10) -> list[SearchHit] | None:
        """Earlier paragraphs of other notices on the same matter, across provinces, newest first.

        "Earlier" means before `before`, by default before the paragraph's own notice (when dated).
        """
        engine = self.search_engine
        engine.refresh()
        source = engine.paragraphs.get(paragraph_id)
        vectors = self.store.paragraph_vectors([paragraph_id])
        if source is None or paragraph_id not in vectors:
            return None
        before = before or source.issued_on
        where = {"issued_on": {"$lt": date_to_int(before)}} if before else None
        found = []
        for pid, similarity in self.store.nearest_paragraphs(vectors[paragraph_id], PRECEDENT_CANDIDATES, where):
            other = engine.paragraphs.get(pid)
            if other is None or other.notice_id == source.notice_id or similarity < PRECEDENT_SIMILARITY:
                continue
            found.append(engine.hit(pid, similarity))
            if len(found) == k:
                break
        return sorted(found, key=lambda h: h.issued_on or date.min, reverse=True)

    def similar_notices(self, notice_id: str, before: date | None = None, k: int = 10) -> list[SimilarNotice] | None:
        """Earlier notices closest in content (mean paragraph vectors), newest first."""
        vector = self.store.notice_vector(notice_id)
        if vector is None:
            return None
        notices = {n.notice_id: n for n in self.store.list_notices()}
        before = before or notices[notice_id].meta.issued_on
        found = []
        for nid, similarity in self.store.nearest_notices(vector, len(notices)):
            notice = notices.get(nid)
            if notice is None or nid == notice_id:
                continue
            if before and (notice.meta.issued_on is None or notice.meta.issued_on >= before):
                continue
            found.append(
                SimilarNotice(
                    notice_id=nid,
                    title=notice.meta.title or notice.source,
                    province=notice.meta.province,
                    issued_on=notice.meta.issued_on,
                    score=round(similarity, 4),
                )
            )
        found = found[:k]
        return sorted(found, key=lambda n: n.issued_on or date.min, reverse=True)

    def task_history(self, task_id: str) -> TaskHistory | None:
        """The task and its earlier/later assignments: similar tasks of other notices sharing an owner."""
        task = self.store.task(task_id)
        if task is None:
            return None
        owners = {agency_id(a, task.province) for a in task.lead + task.support}
        history = [task]
        vector = self.store.task_vector(task_id)
        if vector is not None:
            for other, similarity in self.store.nearest_tasks(vector, 50):
                if other.notice_id == task.notice_id or similarity < THREAD_SIMILARITY:
                    continue
                if owners & {agency_id(a, other.province) for a in other.lead + other.support}:
                    history.append(other)
        history.sort(key=lambda t: (t.issued_on or date.min, t.task_id))
        return TaskHistory(task=task, history=history)

    def _paragraph_count(self, notice_id: str) -> int:
        self.search_engine.refresh()
        return len(self.search_engine.notice_paragraphs(notice_id))


def _task_where(filters: TaskFilters) -> dict | None:
    """What Chroma can filter itself; agency and province spelling are matched in Python."""
    clauses: list[dict] = []
    if filters.notice_id:
        clauses.append({"notice_id": filters.notice_id})
    if filters.due_before:
        clauses.append({"due": {"$lte": date_to_int(filters.due_before)}})
    if filters.due_after:
        clauses.append({"due": {"$gte": date_to_int(filters.due_after)}})
    return where_all(clauses)


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
    return task.due() or date.max


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
