"""The one error shape of the HTTP API: RFC 9457 problem details (application/problem+json)."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.domain import IngestError

log = logging.getLogger("notices")

PROBLEM_JSON = "application/problem+json"

# Which HTTP status a file that cannot be ingested gets, by IngestError.kind.
INGEST_STATUS = {"unsupported-type": 415, "too-large": 413}


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str, type_: str = "about:blank") -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type_


def problem_response(status: int, title: str, detail: str, type_: str = "about:blank", **extra: object) -> JSONResponse:
    body = {"type": type_, "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.title, exc.detail, exc.type)

    @app.exception_handler(IngestError)
    async def _ingest(_: Request, exc: IngestError) -> JSONResponse:
        return problem_response(
            INGEST_STATUS.get(exc.kind, 422),
            "The file cannot be ingested",
            str(exc),
            f"/problems/{exc.kind}",
            file=exc.source,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"), "message": e.get("msg", "")}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors) or "invalid request"
        return problem_response(422, "Invalid request", detail, "/problems/invalid-request", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem_response(exc.status_code, _title(exc.status_code), str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return problem_response(500, "Internal error", "The server could not complete the request.")


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
