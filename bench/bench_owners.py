"""Owner/deadline question accuracy through the real /ask endpoint.

Asks every labelled owner question (bench/labels/owner_questions.jsonl, and the questions of
bench/labels/questions.jsonl that carry a "lead" label) over HTTP against the API serving the
bundled samples, and checks the answer's lead agencies, supporting agencies and due date.
Agency names are compared after canonicalisation (so "UBND thị xã Sa Pa" = "Ủy ban nhân dân thị xã Sa Pa"),
leaving out generic groups ("Các sở, ban, ngành", "Các địa phương"), which name no one in particular.

    .venv/bin/python bench/bench_owners.py [--model-dir DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from fastapi.testclient import TestClient  # noqa: E402

from index.embedder import load_embedder  # noqa: E402
from index.library import NoticeLibrary  # noqa: E402
from ingest.agencies import canonical_agency  # noqa: E402
from ingest.normalize import fold  # noqa: E402
from ingest.pipeline import iter_notice_files  # noqa: E402
from ingest.settings import Settings  # noqa: E402
from service.api import create_app  # noqa: E402

LABELS = REPO / "bench" / "labels"
SAMPLES = [REPO / "samples" / "notices", REPO / "samples" / "docx", REPO / "samples" / "pdf"]


def canonical_set(names: list[str]) -> set[str]:
    """Named agencies only: generic groups ("Các sở, ban, ngành") are labelled inconsistently and own nothing."""
    return {fold(canonical_agency(n) or n) for n in names if not fold(n).startswith("cac ")}


def load() -> list[dict]:
    rows = [json.loads(line) for line in (LABELS / "owner_questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in (LABELS / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line) if line.strip() else {}
        if q.get("lead"):
            rows.append(q)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model-dir", type=Path, default=Settings().resolved_model_dir)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong answers")
    args = parser.parse_args()
    questions = load()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), model_dir=args.model_dir)
        library = NoticeLibrary.open(settings, load_embedder(args.model_dir))
        for path in iter_notice_files(SAMPLES):
            library.add_file(path)
        totals = {"found": 0, "lead": 0, "support": 0, "due": 0, "all": 0}
        wrong = []
        with TestClient(create_app(settings, library)) as client:
            for q in questions:
                body = client.post("/ask", json={"question": q["question"]}).json()
                lead = canonical_set([o["agency"] for o in body["owners"] if o["role"] == "lead"])
                support = canonical_set([o["agency"] for o in body["owners"] if o["role"] == "support"])
                due = (body.get("deadline") or {}).get("due")
                checks = {
                    "found": body["found"],
                    "lead": lead == canonical_set(q["lead"]),
                    "support": support == canonical_set(q.get("support", [])),
                    "due": due == q.get("due"),
                }
                checks["all"] = all(checks.values())
                for key, ok in checks.items():
                    totals[key] += ok
                if not checks["all"]:
                    wrong.append((q, body, checks))
    n = len(questions)
    print(f"{n} owner/deadline questions asked through POST /ask\n")
    print("| check | correct | accuracy |")
    print("|---|---|---|")
    for key in ("found", "lead", "support", "due", "all"):
        print(f"| {key} | {totals[key]}/{n} | {totals[key] / n:.3f} |")
    if args.verbose:
        for q, body, checks in wrong:
            failed = [k for k, ok in checks.items() if not ok and k != "all"]
            print(f"\n✗ {q['question']}  [{', '.join(failed)}]")
            print(f"  expected lead={q['lead']} support={q.get('support', [])} due={q.get('due')}")
            print(f"  got      owners={[(o['agency'], o['role']) for o in body['owners']]} due={(body.get('deadline') or {}).get('due')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
