"""The one module that touches Chroma.

Chroma is the single source of truth: notices, paragraphs, their sentences and tasks live in four
collections, each record carrying its vector and the metadata every other part needs. Everything else
(the lexical index, agency and reference tables) is derived from what is read back here.

We always hand Chroma our own vectors and create collections with ``embedding_function=None``:
Chroma's default embedding function downloads a model, which this product must never do.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from ingest.agencies import agency_id
from ingest.domain import Deadline, Footnote, Notice, NoticeMeta, Paragraph, Reference, Task
from ingest.settings import Settings
from ingest.tasks import EXTRACTOR_VERSION

NOTICES = "notices"
ORPHAN_MIN_AGE_S = 600
# written_at is stamped by the writer's clock just before its record is upserted: asked what was
# written since T, we look this far before T, for the upsert's own time and other hosts' clocks (NTP
# keeps them well within it). Not more: the lookup returns everything in the window, every query.
WRITTEN_AT_SLACK_S = 10
PARAGRAPHS = "paragraphs"
SENTENCES = "sentences"  # a paragraph's sentences, embedded on their own (Paragraph.sentences)
TASKS = "tasks"

Metadata = dict[str, Any]


def date_to_int(value: date | None) -> int | None:
    """Dates are stored as yyyymmdd integers so Chroma can range-filter them."""
    return value.year * 10000 + value.month * 100 + value.day if value else None


def int_to_date(value: int | None) -> date | None:
    return date(value // 10000, value // 100 % 100, value % 100) if value else None


def where_all(clauses: list[Metadata]) -> Metadata | None:
    """A Chroma `where` requiring every clause (Chroma rejects a one-clause $and)."""
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _clean(meta: Metadata) -> Metadata:
    # Chroma rejects None and empty lists as metadata values: absent means "unknown".
    return {k: v for k, v in meta.items() if v is not None and v != [] and v != ""}


def _timeless(meta: Metadata) -> Metadata:
    return {k: v for k, v in meta.items() if k != "written_at"}


@dataclass(frozen=True)
class StoredParagraph:
    """A paragraph as read back from Chroma, with the notice facts needed to cite it."""

    paragraph: Paragraph
    notice_id: str
    notice_title: str
    source: str
    province: str | None
    issuer: str | None
    doc_type: str | None
    issued_on: date | None
    references: tuple[str, ...] = field(default=())  # reference keys this paragraph cites
    notice_number: str | None = None  # the notice's own number, "653/TB-VPCP"

    @classmethod
    def of(cls, notice: Notice, paragraph: Paragraph) -> StoredParagraph:
        return cls(
            paragraph=paragraph,
            notice_id=notice.notice_id,
            notice_title=notice.meta.title or notice.source,
            source=notice.source,
            province=notice.meta.province,
            issuer=notice.meta.issuer,
            doc_type=notice.meta.doc_type or None,
            issued_on=notice.meta.issued_on,
            references=cited_keys(notice, paragraph),
            notice_number=notice.meta.number,
        )


def cited_keys(notice: Notice, paragraph: Paragraph) -> tuple[str, ...]:
    """The keys of every document the paragraph cites, each under all the keys its citation gives."""
    return tuple(sorted({key for r in notice.references if r.paragraph_id == paragraph.paragraph_id for key in r.keys}))


def connect(settings: Settings) -> chromadb.ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    server = settings.chroma_server
    if server is not None:
        # The whole URL goes in `host`: chromadb then keeps its path prefix and appends /api/v2 to it
        # (given a bare host name it would drop the prefix). A copy of the headers: chromadb adds its own.
        return chromadb.HttpClient(
            host=server.url,
            port=server.port,
            ssl=server.ssl,
            headers=dict(settings.chroma_headers),
            settings=chroma_settings,
        )
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class ChromaStore:
    """Reads and writes notices, paragraphs and tasks; knows nothing of parsing or ranking."""

    def __init__(self, client: chromadb.ClientAPI) -> None:
        self._client = client
        self._notices = self._collection(NOTICES)
        self._paragraphs = self._collection(PARAGRAPHS)
        self._sentences = self._collection(SENTENCES)
        self._tasks = self._collection(TASKS)
        self._batch = max(1, min(client.get_max_batch_size(), 1000))

    def _collection(self, name: str) -> Any:
        return self._client.get_or_create_collection(
            name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

    # ---- writing -------------------------------------------------------------------------

    def write_notice(
        self,
        notice: Notice,
        paragraph_vectors: np.ndarray,
        task_vectors: np.ndarray,
        notice_vector: np.ndarray,
        sentence_vectors: np.ndarray | None = None,
    ) -> None:
        """Write a notice's paragraphs, sentences and tasks first and its notice record last.

        The notice record is the commit marker: paragraphs without one are leftovers of an
        interrupted write and are ignored by readers and removed by `remove_orphans`.
        `sentence_vectors` holds one row per sentence of `sentence_rows(notice)`, in order.
        """
        self._upsert(
            self._paragraphs,
            [p.paragraph_id for p in notice.paragraphs],
            paragraph_vectors,
            [p.text for p in notice.paragraphs],
            [self._paragraph_metadata(notice, p) for p in notice.paragraphs],
        )
        if sentence_vectors is not None and len(sentence_vectors):
            self.write_sentences(notice.notice_id, sentence_rows(notice), sentence_vectors)
        self._upsert(
            self._tasks,
            [t.task_id for t in notice.tasks],
            task_vectors,
            [t.task for t in notice.tasks],
            [self._task_metadata(notice, t) for t in notice.tasks],
        )
        self._upsert(
            self._notices,
            [notice.notice_id],
            notice_vector.reshape(1, -1),
            [notice.meta.title or notice.source],
            [self._notice_metadata(notice)],
        )

    def write_sentences(self, notice_id: str, rows: Sequence[tuple[str, int, str]], vectors: np.ndarray) -> None:
        """Sentence vectors of one notice's paragraphs: rows of (paragraph id, number, sentence)."""
        self._upsert(
            self._sentences,
            [sentence_id(pid, n) for pid, n, _ in rows],
            vectors,
            [text for _, _, text in rows],
            [{"notice_id": notice_id, "written_at": int(time.time())} for _ in rows],
        )

    def update_tasks(
        self, notice: Notice, tasks: Sequence[Task], embed: Callable[[Sequence[Task]], np.ndarray]
    ) -> bool:
        """Store the tasks this extractor finds for the notice; whether they differ from those stored.

        One read of the stored tasks serves both the comparison (write times aside) and the ids to drop;
        tasks that come out the same are neither embedded nor written again.
        """
        stored = self._get_all(self._tasks, ["documents", "metadatas"], {"notice_id": notice.notice_id})
        have = {
            tid: (text, _timeless(meta))
            for tid, text, meta in zip(stored["ids"], stored["documents"], stored["metadatas"])
        }
        want = {t.task_id: (t.task, _timeless(self._task_metadata(notice, t))) for t in tasks}
        if have == want:
            self.mark_tasks_current(notice.notice_id)
            return False
        self.replace_tasks(notice, tasks, embed(tasks), stored_ids=set(stored["ids"]))
        return True

    def replace_tasks(
        self, notice: Notice, tasks: Sequence[Task], vectors: np.ndarray, stored_ids: set[str] | None = None
    ) -> None:
        """Rewrite a notice's tasks: the new ones first, then those no longer found, then its task count
        and extractor version. `stored_ids`: the notice's task ids as just read, if the caller has them.

        Interrupted, it leaves a mix of old and new tasks of one notice, which running it again mends.
        """
        if stored_ids is None:
            stored_ids = set(self._get_all(self._tasks, [], {"notice_id": notice.notice_id})["ids"])
        stale = stored_ids.difference(t.task_id for t in tasks)
        self._upsert(
            self._tasks,
            [t.task_id for t in tasks],
            vectors,
            [t.task for t in tasks],
            [self._task_metadata(notice, t) for t in tasks],
        )
        if stale:
            self._tasks.delete(ids=sorted(stale))
        self._notices.update(
            ids=[notice.notice_id], metadatas=[{"task_count": len(tasks), "task_extractor": EXTRACTOR_VERSION}]
        )

    def mark_tasks_current(self, notice_id: str) -> None:
        """The notice's tasks are what this version's extractor finds."""
        self._notices.update(ids=[notice_id], metadatas=[{"task_extractor": EXTRACTOR_VERSION}])

    def notices_with_outdated_tasks(self) -> list[str]:
        """Notices whose tasks an older extractor found (or one that recorded no version)."""
        return self._notices_recorded_before("task_extractor", EXTRACTOR_VERSION)

    def _notices_recorded_before(self, field: str, version: int) -> list[str]:
        """Notices whose record gives `field` a version below `version`, or none at all."""
        current = set(self._get_all(self._notices, [], {field: {"$gte": version}})["ids"])
        return [nid for nid in self.notice_ids() if nid not in current]

    def missing_sentence_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these sentence ids have no stored vector (written before sentences were embedded)."""
        return set(ids).difference(self._get_all(self._sentences, include=[])["ids"])

    def _upsert(
        self,
        collection: Any,
        ids: Sequence[str],
        vectors: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[Metadata],
    ) -> None:
        for start in range(0, len(ids), self._batch):
            end = start + self._batch
            collection.upsert(
                ids=list(ids[start:end]),
                embeddings=vectors[start:end].astype(np.float32).tolist(),
                documents=list(documents[start:end]),
                metadatas=list(metadatas[start:end]),
            )

    def delete_notice(self, notice_id: str) -> bool:
        """Remove the notice record first so a half-finished delete leaves only orphans."""
        existed = bool(self._notices.get(ids=[notice_id], include=[])["ids"])
        self._notices.delete(ids=[notice_id])
        self._paragraphs.delete(where={"notice_id": notice_id})
        self._sentences.delete(where={"notice_id": notice_id})
        self._tasks.delete(where={"notice_id": notice_id})
        return existed

    def remove_orphans(self, min_age_s: float = ORPHAN_MIN_AGE_S) -> int:
        """Delete paragraphs, sentences and tasks whose notice record is missing (an interrupted write).

        Only records older than `min_age_s`: with a shared Chroma server, a young orphan may be
        another process's write still in progress.
        """
        known = set(self.notice_ids())
        cutoff = time.time() - min_age_s
        removed = 0
        for collection in (self._paragraphs, self._sentences, self._tasks):
            metas = self._get_all(collection, ["metadatas"])
            orphan_ids = [
                rid
                for rid, meta in zip(metas["ids"], metas["metadatas"])
                if meta.get("notice_id") not in known and meta.get("written_at", 0) <= cutoff
            ]
            for start in range(0, len(orphan_ids), self._batch):
                collection.delete(ids=orphan_ids[start : start + self._batch])
            removed += len(orphan_ids)
        return removed

    # ---- reading -------------------------------------------------------------------------

    def _get_all(self, collection: Any, include: list[str], where: Metadata | None = None) -> dict[str, list]:
        """collection.get in pages: one unpaged get over tens of thousands of records exceeds
        SQLite's limit on query variables ("too many SQL variables")."""
        result: dict[str, list] = {"ids": [], **{key: [] for key in include}}
        offset = 0
        while True:
            page = collection.get(where=where or None, include=include, limit=self._batch, offset=offset)
            result["ids"] += page["ids"]
            for key in include:
                result[key].extend(page[key])  # embeddings come as an array, not a list
            if len(page["ids"]) < self._batch:  # a short page is the last: no call for an empty one
                return result
            offset += len(page["ids"])

    def counts(self) -> tuple[int, int]:
        return self._notices.count(), self._paragraphs.count()

    def sentence_count(self) -> int:
        return self._sentences.count()

    def notice_count(self) -> int:
        """One cheap call: how derived state notices that another process added or deleted a notice."""
        return self._notices.count()

    def notice_ids(self) -> list[str]:
        return list(self._get_all(self._notices, [])["ids"])

    def notices_written_since(self, timestamp: float) -> list[str]:
        """Ids of the notices that may have been written at `timestamp` (seconds since the epoch) or
        later; a lookup in Chroma's metadata index, cheap however many notices are stored."""
        where = {"written_at": {"$gte": int(timestamp) - WRITTEN_AT_SLACK_S}}
        return list(self._get_all(self._notices, [], where)["ids"])

    def find_notices_by_hash(self, content_hash: str) -> list[str]:
        return self._notices.get(where={"content_hash": content_hash}, include=[])["ids"]

    def notices_parsed_before(self, version: int) -> list[str]:
        """Notices an older parser read (or one that recorded no version)."""
        return self._notices_recorded_before("parser", version)

    def find_notices_by_source(self, source: str) -> list[str]:
        return list(self._notices.get(where={"source": source}, include=[])["ids"])

    def get_notice(self, notice_id: str, with_paragraphs: bool = True, with_tasks: bool = True) -> Notice | None:
        found = self._notices.get(ids=[notice_id], include=["metadatas"])
        if not found["ids"]:
            return None
        notice = self._notice_from_metadata(notice_id, found["metadatas"][0])
        if with_paragraphs:
            stored = self._get_all(self._paragraphs, ["documents", "metadatas"], {"notice_id": notice_id})
            notice.paragraphs = sorted(
                (_paragraph_from(text, meta) for text, meta in zip(stored["documents"], stored["metadatas"])),
                key=lambda p: p.ordinal,
            )
            if with_tasks:
                notice.tasks = self.tasks(where={"notice_id": notice_id})
        return notice

    def list_notices(self) -> list[Notice]:
        found = self._get_all(self._notices, ["metadatas"])
        notices = [self._notice_from_metadata(i, m) for i, m in zip(found["ids"], found["metadatas"])]
        return sorted(notices, key=lambda n: (n.meta.issued_on or date.min, n.notice_id), reverse=True)

    def notice_vector(self, notice_id: str) -> np.ndarray | None:
        found = self._notices.get(ids=[notice_id], include=["embeddings"])
        return np.asarray(found["embeddings"][0], dtype=np.float32) if found["ids"] else None

    def iter_paragraphs(self) -> Iterator[StoredParagraph]:
        """Every committed paragraph, page by page (the lexical index is rebuilt from this)."""
        notices = {n.notice_id: n for n in self.list_notices()}
        offset = 0
        while True:
            page = self._paragraphs.get(
                include=["documents", "metadatas"], limit=self._batch, offset=offset
            )
            for text, meta in zip(page["documents"], page["metadatas"]):
                notice = notices.get(meta.get("notice_id"))
                if notice is not None:
                    yield StoredParagraph.of(notice, _paragraph_from(text, meta))
            if len(page["ids"]) < self._batch:
                return
            offset += len(page["ids"])

    def get_paragraphs(self, paragraph_ids: Sequence[str]) -> dict[str, StoredParagraph]:
        if not paragraph_ids:
            return {}
        found = self._paragraphs.get(ids=list(paragraph_ids), include=["documents", "metadatas"])
        notices: dict[str, Notice | None] = {}
        result: dict[str, StoredParagraph] = {}
        for pid, text, meta in zip(found["ids"], found["documents"], found["metadatas"]):
            nid = meta.get("notice_id")
            if nid not in notices:
                notices[nid] = self.get_notice(nid, with_paragraphs=False)
            notice = notices[nid]
            if notice is not None:
                result[pid] = StoredParagraph.of(notice, _paragraph_from(text, meta))
        return result

    def paragraph_vectors(self, paragraph_ids: Sequence[str]) -> dict[str, np.ndarray]:
        if not paragraph_ids:
            return {}
        found = self._paragraphs.get(ids=list(paragraph_ids), include=["embeddings"])
        return {pid: np.asarray(v, dtype=np.float32) for pid, v in zip(found["ids"], found["embeddings"])}

    def sentence_vectors(self, sentence_counts: dict[str, int]) -> dict[str, np.ndarray]:
        """Each paragraph's sentence vectors (rows), given how many sentences each paragraph has.

        Looked up by id, which is cheap however many sentences are stored; a paragraph written
        before sentences were embedded has none and is left out.
        """
        ids = [sentence_id(pid, n) for pid, count in sentence_counts.items() for n in range(count)]
        if not ids:
            return {}
        found = self._sentences.get(ids=ids, include=["embeddings"])
        # Chroma returns rows in storage order, not in the order asked; rewritten sentences
        # (`notices upgrade`) would otherwise come back shuffled.
        by_id = dict(zip(found["ids"], found["embeddings"]))
        rows: dict[str, list[Any]] = {}
        for sid in ids:
            if sid in by_id:
                rows.setdefault(sid.rpartition("/")[0], []).append(by_id[sid])
        return {pid: np.asarray(vectors, dtype=np.float32) for pid, vectors in rows.items()}

    def nearest_paragraphs(
        self, vector: np.ndarray, n: int, where: Metadata | None = None
    ) -> list[tuple[str, float]]:
        """(paragraph_id, cosine similarity), best first."""
        found = _nearest(self._paragraphs, vector, n, where, ["distances"])
        return [(pid, 1.0 - float(d)) for pid, d in zip(found["ids"][0], found["distances"][0])]

    def nearest_notices(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        found = _nearest(self._notices, vector, n, None, ["distances"])
        return [(nid, 1.0 - float(d)) for nid, d in zip(found["ids"][0], found["distances"][0])]

    def tasks(self, where: Metadata | None = None) -> list[Task]:
        found = self._get_all(self._tasks, ["documents", "metadatas"], where)
        return [
            _task_from(tid, text, meta)
            for tid, text, meta in zip(found["ids"], found["documents"], found["metadatas"])
        ]

    def task(self, task_id: str) -> Task | None:
        found = self._tasks.get(ids=[task_id], include=["documents", "metadatas"])
        if not found["ids"]:
            return None
        return _task_from(task_id, found["documents"][0], found["metadatas"][0])

    def task_vector(self, task_id: str) -> np.ndarray | None:
        found = self._tasks.get(ids=[task_id], include=["embeddings"])
        return np.asarray(found["embeddings"][0], dtype=np.float32) if found["ids"] else None

    def nearest_tasks(self, vector: np.ndarray, n: int, where: Metadata | None = None) -> list[tuple[Task, float]]:
        found = _nearest(self._tasks, vector, n, where, ["documents", "metadatas", "distances"])
        rows = zip(found["ids"][0], found["documents"][0], found["metadatas"][0], found["distances"][0])
        return [(_task_from(tid, text, meta), 1.0 - float(d)) for tid, text, meta, d in rows]

    # ---- metadata mapping -------------------------------------------------------------------

    @staticmethod
    def _notice_facts(notice: Notice) -> Metadata:
        return {
            "notice_id": notice.notice_id,
            "notice_title": notice.meta.title,
            "source": notice.source,
            "province": notice.meta.province,
            "issuer": notice.meta.issuer,
            "doc_type": notice.meta.doc_type,
            "issued_on": date_to_int(notice.meta.issued_on),
            "written_at": int(time.time()),
        }

    def _paragraph_metadata(self, notice: Notice, paragraph: Paragraph) -> Metadata:
        return _clean(
            {
                **self._notice_facts(notice),
                "ordinal": paragraph.ordinal,
                "heading_path": json.dumps(paragraph.heading_path, ensure_ascii=False),
                "marker": paragraph.marker,
                "is_heading": paragraph.is_heading,
                "quoted": paragraph.quoted,
                "page": paragraph.page,
                "refs": list(cited_keys(notice, paragraph)),
            }
        )

    def _task_metadata(self, notice: Notice, task: Task) -> Metadata:
        deadline, period = task.deadline, task.period
        return _clean(
            {
                **self._notice_facts(notice),
                "paragraph_id": task.paragraph_id,
                "lead": task.lead,
                "support": task.support,
                "agencies": sorted({*task.lead, *task.support}),
                "agency_ids": sorted({agency_id(a, notice.meta.province) for a in (*task.lead, *task.support)}),
                "quote": task.quote,
                "deadline_text": deadline.text if deadline else None,
                "deadline_kind": deadline.kind if deadline else None,
                "period_text": period.text if period else None,
                "period_kind": period.kind if period else None,
                # What `due_before` / `due_after` filter on: the task's own date, else its heading's period.
                "due": date_to_int(task.due()),
            }
        )

    def _notice_metadata(self, notice: Notice) -> Metadata:
        meta = notice.meta
        return _clean(
            {
                **self._notice_facts(notice),
                "content_hash": notice.content_hash,
                "media_type": notice.media_type,
                "number": meta.number,
                "place": meta.place,
                "issued_on_source": meta.issued_on_source,
                "presiding": meta.presiding,
                "signer": meta.signer,
                "recipients": json.dumps(meta.recipients, ensure_ascii=False),
                "footnotes": json.dumps([f.model_dump() for f in notice.footnotes], ensure_ascii=False),
                "references": json.dumps(
                    [r.model_dump(mode="json") for r in notice.references], ensure_ascii=False
                ),
                "refs": sorted({key for r in notice.references for key in r.keys}),
                "page_count": notice.page_count,
                "paragraph_count": len(notice.paragraphs),
                "task_count": len(notice.tasks),
                "task_extractor": EXTRACTOR_VERSION,
                "parser": notice.parser_version,
            }
        )

    @staticmethod
    def _notice_from_metadata(notice_id: str, m: Metadata) -> Notice:
        return Notice(
            notice_id=notice_id,
            source=m.get("source", ""),
            content_hash=m.get("content_hash", ""),
            media_type=m.get("media_type", "text"),
            page_count=m.get("page_count"),
            meta=NoticeMeta(
                title=m.get("notice_title", ""),
                doc_type=m.get("doc_type", ""),
                number=m.get("number"),
                issuer=m.get("issuer"),
                province=m.get("province"),
                place=m.get("place"),
                issued_on=int_to_date(m.get("issued_on")),
                issued_on_source=m.get("issued_on_source"),
                presiding=m.get("presiding"),
                signer=m.get("signer"),
                recipients=json.loads(m.get("recipients", "[]")),
            ),
            footnotes=[Footnote(**f) for f in json.loads(m.get("footnotes", "[]"))],
            references=[Reference(**r) for r in json.loads(m.get("references", "[]"))],
            parser_version=m.get("parser", 1),
        )


def sentence_id(paragraph_id: str, number: int) -> str:
    return f"{paragraph_id}/{number}"


def sentence_rows(notice: Notice) -> list[tuple[str, int, str]]:
    """(paragraph id, sentence number, sentence) for every sentence embedded on its own."""
    return [(p.paragraph_id, n, text) for p in notice.paragraphs for n, text in enumerate(p.sentences())]


def _nearest(collection: Any, vector: np.ndarray, n: int, where: Metadata | None, include: list[str]) -> dict:
    """One Chroma query. `n` may exceed what the collection holds (or what `where` leaves): Chroma
    then returns what there is, so no count() call is spent per query to cap it."""
    return collection.query(
        query_embeddings=[vector.astype(np.float32).tolist()], n_results=n, where=where or None, include=include
    )


def _paragraph_from(text: str, m: Metadata) -> Paragraph:
    ordinal = int(m.get("ordinal", 0))
    return Paragraph(
        paragraph_id=f"{m.get('notice_id')}:{ordinal:04d}",
        ordinal=ordinal,
        text=text,
        heading_path=json.loads(m.get("heading_path", "[]")),
        marker=m.get("marker"),
        is_heading=bool(m.get("is_heading", False)),
        quoted=bool(m.get("quoted", False)),
        page=m.get("page"),
    )


def _task_from(task_id: str, text: str, m: Metadata) -> Task:
    due = int_to_date(m.get("due"))
    deadline = period = None
    if m.get("deadline_text"):
        deadline = Deadline(text=m["deadline_text"], due=due, kind=m.get("deadline_kind", "none"))
    elif m.get("period_text"):
        period = Deadline(text=m["period_text"], due=due, kind=m.get("period_kind", "none"))
    return Task(
        task_id=task_id,
        notice_id=m.get("notice_id", ""),
        paragraph_id=m.get("paragraph_id", ""),
        task=text,
        lead=list(m.get("lead", [])),
        support=list(m.get("support", [])),
        deadline=deadline,
        period=period,
        quote=m.get("quote", ""),
        province=m.get("province"),
        notice_title=m.get("notice_title", ""),
        issued_on=int_to_date(m.get("issued_on")),
    )

