"""The `notices` command: ingest, search, ask, serve."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ingest.domain import IngestError, SearchHit
from ingest.settings import ConfigError, get_settings


def _library():  # type: ignore[no-untyped-def]
    settings = get_settings()  # first: a bad setting is reported before seconds of loading torch
    # Imported lazily: loading torch and the model is only worth it for commands that need them.
    from index.library import NoticeLibrary

    return NoticeLibrary.open(settings)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, default=str))


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ingest.pipeline import iter_notice_files

    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"error: {path}: no such file or folder", file=sys.stderr)
    files = iter_notice_files([p for p in args.paths if p.exists()])
    if not files:
        print("error: no notice files found (supported: .txt .md .html .htm .docx .pdf)", file=sys.stderr)
        return 2
    library = _library()
    failures = len(missing)
    for path in tqdm(files, desc="ingest", unit="file", disable=args.json or not sys.stderr.isatty()):
        try:
            result = library.add_file(path)
        except IngestError as exc:
            failures += 1
            if args.json:
                _print_json({"file": str(path), "ok": False, "error": exc.reason, "kind": exc.kind})
            else:
                tqdm.write(f"error: {path}: {exc.reason}", file=sys.stderr)
            continue
        except OSError as exc:
            failures += 1
            if args.json:
                _print_json({"file": str(path), "ok": False, "error": exc.strerror or str(exc), "kind": "unreadable"})
            else:
                tqdm.write(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
            continue
        if args.json:
            _print_json({"file": str(path), "ok": True, **result.model_dump(mode="json")})
        else:
            status = "unchanged (already stored)" if result.duplicate else f"{result.paragraphs} paragraphs"
            if result.replaced:
                status += f", replaced {len(result.replaced)} older version(s)"
            tqdm.write(f"{path}: {status} — {result.title or result.source} [{result.notice_id}]")
    notices, paragraphs = library.counts()
    if not args.json:
        print(f"index: {notices} notices, {paragraphs} paragraphs", file=sys.stderr)
    return 1 if failures else 0


def _format_hit(rank: int, hit: SearchHit) -> str:
    when = hit.issued_on.strftime("%d/%m/%Y") if hit.issued_on else "không rõ ngày"
    heading = " › ".join(hit.heading_path)
    lines = [f"{rank}. [{hit.score:.4f}] {hit.notice_title} ({when}) — {hit.paragraph_id}"]
    if heading:
        lines.append(f"   {heading}")
    lines.append(f"   {_emphasise(hit)}")
    return "\n".join(lines)


def _emphasise(hit: SearchHit) -> str:
    """Matched words in bold on a terminal, plain otherwise."""
    if not sys.stdout.isatty():
        return hit.text
    out, last = [], 0
    for h in hit.highlights:
        out += [hit.text[last : h.start], "\033[1m", hit.text[h.start : h.end], "\033[0m"]
        last = h.end
    return "".join(out) + hit.text[last:]


def cmd_search(args: argparse.Namespace) -> int:
    result = _library().search_with_facets(args.query, args.k)
    if args.json:
        _print_json(result.model_dump(mode="json"))
        return 0
    notes = [f"Đã hiểu là: {result.restored}"] if result.restored else []
    notes += [f"Tìm cả: {', '.join(result.expansions)}"] if result.expansions else []
    notes += [f"Không thông báo nào nhắc đến: {', '.join(result.unknown)}"] if result.unknown else []
    if notes:
        print(" · ".join(notes) + "\n")
    hits = result.hits
    print("\n\n".join(_format_hit(i, h) for i, h in enumerate(hits, 1)) if hits else "no results")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from service.answer import Answerer

    answer = Answerer(_library()).ask(args.question)
    if args.json:
        _print_json(answer.model_dump(mode="json"))
        return 0
    print(answer.answer)
    for owner in answer.owners:
        print(f"  {'chủ trì' if owner.role == 'lead' else 'phối hợp'}: {owner.agency}")
    if answer.deadline:
        print(f"  thời hạn: {answer.deadline.text}" + (f" ({answer.deadline.due})" if answer.deadline.due else ""))
    elif answer.period:
        print(f"  không nêu thời hạn riêng, trong kỳ: {answer.period.text}" + (f" (đến {answer.period.due})" if answer.period.due else ""))
    if answer.citations:
        print("\nNguồn:")
        print("\n\n".join(_format_hit(i, h) for i, h in enumerate(answer.citations, 1)))
    if answer.nearest:
        print("\nĐoạn gần nhất (chưa đủ căn cứ để trả lời):")
        print(_format_hit(1, answer.nearest))
    return 0


def cmd_tasks(args: argparse.Namespace) -> int:
    from ingest.domain import TaskFilters
    from service.answer import task_time

    filters = TaskFilters(
        agency=args.agency, province=args.province, due_before=args.due_before, due_after=args.due_after
    )
    tasks = _library().find_tasks(filters, args.query, args.limit)
    if args.json:
        _print_json({"tasks": [t.model_dump(mode="json") for t in tasks]})
        return 0
    if not tasks:
        print("no tasks")
    for task in tasks:
        deadline = task_time(task) or "không nêu thời hạn"
        due = f" → {task.due()}" if task.due() else ""
        print(f"- {', '.join(task.lead) or '(không rõ)'}: {task.task}")
        if task.support:
            print(f"    phối hợp: {', '.join(task.support)}")
        print(f"    thời hạn: {deadline}{due} · {task.notice_title} · {task.paragraph_id}")
    return 0


def cmd_upgrade(_: argparse.Namespace) -> int:
    library = _library()
    embedded = library.embed_missing_sentences()
    rederived = library.rederive_tasks()
    if embedded:
        print(f"embedded {embedded} sentences stored without vectors")
    if rederived:
        print(f"tasks extracted again for {rederived} notices (this version finds them differently)")
    # The store keeps no files, so a notice an older parser read is read again only from its file.
    if unparsed := library.parse_outdated():
        print(f"{unparsed} notices were read by an older parser: ingest their files again (`notices ingest FILE…`) to read them anew")
    if not (embedded or rederived or unparsed):
        print("index is up to date")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service.api import create_app

    uvicorn.run(create_app(get_settings()), host=args.host, port=args.port, log_level="info")
    return 0


def cmd_setup(_: argparse.Namespace) -> int:
    from index.model_convert import convert_model

    path = convert_model(get_settings().resolved_model_dir)
    print(f"embedding model ready at {path}")
    return 0


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-04-30") from None


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="notices", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="add notice files or folders to the index")
    ingest.add_argument("paths", nargs="+", type=Path)
    ingest.add_argument("--json", action="store_true", help="print one JSON result per file")
    ingest.set_defaults(run=cmd_ingest)

    search = commands.add_parser("search", help="hybrid search over paragraphs")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=10)
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=cmd_search)

    ask = commands.add_parser("ask", help="answer a question with cited paragraphs")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true")
    ask.set_defaults(run=cmd_ask)

    tasks = commands.add_parser("tasks", help="list extracted task assignments")
    tasks.add_argument("--agency", help="agency in any spelling, e.g. 'Sở KH&ĐT'")
    tasks.add_argument("--province")
    tasks.add_argument("--due-before", type=_iso_date, metavar="YYYY-MM-DD")
    tasks.add_argument("--due-after", type=_iso_date, metavar="YYYY-MM-DD")
    tasks.add_argument("-q", "--query", help="rank by similarity to this text")
    tasks.add_argument("--limit", type=int, default=200)
    tasks.add_argument("--json", action="store_true")
    tasks.set_defaults(run=cmd_tasks)

    serve = commands.add_parser("serve", help="run the HTTP API and web page")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=cmd_serve)

    upgrade = commands.add_parser("upgrade", help="bring an index written by an older version up to date (sentence vectors, tasks)")
    upgrade.set_defaults(run=cmd_upgrade)

    setup = commands.add_parser("setup", help="build the embedding model from the bundled weights")
    setup.set_defaults(run=cmd_setup)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "k", 1) < 1:
        print("error: -k must be at least 1", file=sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
