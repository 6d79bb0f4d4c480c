"""HTTP API (FastAPI) and the web page."""

# No `from __future__ import annotations`: FastAPI reads the dependency annotations at run time.

import logging
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, TypeVar

from fastapi import Depends, FastAPI, File, Header, Query, Request, Response, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from index.library import NoticeLibrary
from ingest.domain import (
    AgencySummary,
    Answer,
    IngestError,
    IngestResult,
    Notice,
    NoticeReferences,
    ReferenceCitations,
    ReferenceSummary,
    SearchFilters,
    SearchResult,
    SimilarNotice,
    Task,
    TaskFilters,
    TaskHistory,
)
from ingest.settings import Settings, get_settings
from service.answer import Answerer
from service.problems import Problem, install_problem_handlers

STATIC = Path(__file__).parent / "static"
T = TypeVar("T")


class Health(BaseModel):
    status: str
    notices: int
    paragraphs: int
    # Written by a version before sentence vectors: ranking is weaker until `notices upgrade` runs.
    sentences_missing: int = 0
    # Notices whose tasks an older extractor found: `notices upgrade` extracts them again.
    tasks_outdated: int = 0
    # Notices an older parser read: ingesting their files again reads them anew.
    parse_outdated: int = 0


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    province: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class TaskList(BaseModel):
    tasks: list[Task]


class AgencyList(BaseModel):
    agencies: list[AgencySummary]


class ReferenceList(BaseModel):
    references: list[ReferenceSummary]


class SimilarNotices(BaseModel):
    notices: list[SimilarNotice]


class NoticeSummary(BaseModel):
    notice_id: str
    source: str
    title: str
    doc_type: str
    number: str | None
    province: str | None
    issuer: str | None
    issued_on: date | None


class NoticeList(BaseModel):
    notices: list[NoticeSummary]


def summary(notice: Notice) -> NoticeSummary:
    m = notice.meta
    return NoticeSummary(
        notice_id=notice.notice_id,
        source=notice.source,
        title=m.title,
        doc_type=m.doc_type,
        number=m.number,
        province=m.province,
        issuer=m.issuer,
        issued_on=m.issued_on,
    )


def _library(request: Request) -> NoticeLibrary:
    return request.app.state.library


def _answerer(request: Request) -> Answerer:
    return request.app.state.answerer


Library = Annotated[NoticeLibrary, Depends(_library)]
Answers = Annotated[Answerer, Depends(_answerer)]


def found_or_404(value: T | None, detail: str) -> T:
    if value is None:
        raise Problem(404, "Not found", detail)
    return value


def create_app(settings: Settings | None = None, library: NoticeLibrary | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        app.state.library = library or NoticeLibrary.open(settings)
        app.state.answerer = Answerer(app.state.library)
        log = logging.getLogger("uvicorn.error")
        if missing := app.state.library.sentences_missing():
            log.warning("the index lacks %d sentence vectors (written by an older version); run `notices upgrade`", missing)
        if outdated := app.state.library.tasks_outdated():
            log.warning("the tasks of %d notices were found by an older version; run `notices upgrade`", outdated)
        if unparsed := app.state.library.parse_outdated():
            log.warning("%d notices were read by an older parser; ingest their files again to read them anew", unparsed)
        yield

    app = FastAPI(
        title="notices",
        summary="Search and question answering over Vietnamese government notices",
        version="0.1.0",
        lifespan=lifespan,
    )
    install_problem_handlers(app)

    def require_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
        if settings.api_key and x_api_key != settings.api_key:
            raise Problem(401, "Unauthorized", "This endpoint needs a valid X-API-Key header.")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/health")
    def health(library: Library) -> Health:
        notices, paragraphs = library.counts()
        return Health(
            status="ok",
            notices=notices,
            paragraphs=paragraphs,
            sentences_missing=library.sentences_missing(),
            tasks_outdated=library.tasks_outdated(),
            parse_outdated=library.parse_outdated(),
        )

    @app.post("/notices", status_code=201, dependencies=[Depends(require_key)])
    def upload(library: Library, file: Annotated[UploadFile, File(description="PDF, DOCX, TXT or HTML")]) -> IngestResult:
        limit = settings.max_upload_mb * 1024 * 1024
        data = file.file.read(limit + 1)
        if len(data) > limit:
            # Read no further than the limit: the reader's own check would report the truncated size.
            raise IngestError(file.filename or "upload", f"larger than {settings.max_upload_mb} MB", "too-large")
        return library.add(data, file.filename or "upload")

    @app.get("/notices")
    def list_notices(library: Library) -> NoticeList:
        return NoticeList(notices=[summary(n) for n in library.notices()])

    @app.get("/notices/{notice_id}")
    def get_notice(library: Library, notice_id: str) -> Notice:
        return found_or_404(library.notice(notice_id), f"No notice with id {notice_id!r}.")

    @app.delete("/notices/{notice_id}", status_code=204, dependencies=[Depends(require_key)])
    def delete_notice(library: Library, notice_id: str) -> Response:
        if not library.delete(notice_id):
            raise Problem(404, "Not found", f"No notice with id {notice_id!r}.")
        return Response(status_code=204)

    @app.get("/search")
    def search(
        library: Library,
        q: Annotated[str, Query(min_length=1, max_length=1000, description="Query, with or without diacritics")],
        k: Annotated[int, Query(ge=1, le=100)] = 10,
        province: str | None = None,
        issuer: str | None = None,
        doc_type: str | None = None,
        agency: Annotated[str | None, Query(description="Only paragraphs assigning this agency a task")] = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> SearchResult:
        filters = SearchFilters(
            province=province, issuer=issuer, doc_type=doc_type, agency=agency, date_from=date_from, date_to=date_to
        )
        return library.search_with_facets(q, k, filters)

    @app.get("/tasks")
    def tasks(
        library: Library,
        agency: Annotated[str | None, Query(description="Any spelling: Sở KH&ĐT, so ke hoach va dau tu")] = None,
        role: Annotated[str | None, Query(pattern="^(lead|support)$")] = None,
        q: Annotated[str | None, Query(max_length=1000, description="Rank tasks by similarity to this text")] = None,
        due_before: date | None = None,
        due_after: date | None = None,
        notice_id: str | None = None,
        province: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> TaskList:
        filters = TaskFilters(
            agency=agency, role=role, province=province, notice_id=notice_id, due_before=due_before, due_after=due_after
        )
        return TaskList(tasks=library.find_tasks(filters, q, limit))

    @app.get("/tasks/{task_id}")
    def task(library: Library, task_id: str) -> TaskHistory:
        return found_or_404(library.task_history(task_id), f"No task with id {task_id!r}.")

    @app.get("/references", response_model=None)
    def references(
        library: Library,
        ref: Annotated[str | None, Query(max_length=300, description="68/NQ-CP, 'Nghị quyết 68', ...")] = None,
    ) -> ReferenceList | ReferenceCitations:
        if ref is None:
            return ReferenceList(references=library.references())
        return found_or_404(library.reference(ref), f"No stored notice cites {ref!r}.")

    @app.get("/notices/{notice_id}/references")
    def notice_references(library: Library, notice_id: str) -> NoticeReferences:
        return found_or_404(library.notice_references(notice_id), f"No notice with id {notice_id!r}.")

    @app.get("/notices/{notice_id}/similar")
    def similar_notices(
        library: Library, notice_id: str, before: date | None = None, k: Annotated[int, Query(ge=1, le=100)] = 10
    ) -> SimilarNotices:
        notices = library.similar_notices(notice_id, before, k)
        return SimilarNotices(notices=found_or_404(notices, f"No notice with id {notice_id!r}."))

    @app.get("/paragraphs/{paragraph_id}/similar")
    def similar_paragraphs(
        library: Library, paragraph_id: str, before: date | None = None, k: Annotated[int, Query(ge=1, le=100)] = 10
    ) -> SearchResult:
        hits = library.similar_paragraphs(paragraph_id, before, k)
        return SearchResult(query=paragraph_id, hits=found_or_404(hits, f"No paragraph with id {paragraph_id!r}."))

    @app.get("/agencies")
    def agencies(library: Library, province: str | None = None) -> AgencyList:
        return AgencyList(agencies=library.agencies(province))

    @app.post("/ask")
    def ask(body: AskRequest, answers: Answers) -> Answer:
        if not body.question.strip():
            raise Problem(422, "Invalid request", "question: must not be blank")
        filters = SearchFilters(province=body.province, date_from=body.date_from, date_to=body.date_to)
        return answers.ask(body.question, filters)

    return app

