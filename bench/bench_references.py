"""Benchmark of `ingest.references`: accuracy against hand labels, and behaviour on noisy text.

1. Labelled documents (bench/labels/references.jsonl): the five seed notices, three DOCX and four
   PDFs, which the rules were developed against, and three tvpl documents held out (labelled after
   the rules were written, never tuned on). Per document, per group and overall precision / recall /
   F1, compared by reference key per document; then every false positive and every miss.
2. The 282 scraped legal documents in ../shared/corpus/tvpl (read in place, never copied): documents,
   references, references per 1,000 characters, the densest document, time, the 20 commonest keys.
   They are unlabelled; the point is that the parser neither crashes nor floods on portal noise.

Run: .venv/bin/python bench/bench_references.py
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest.references import find_reference_spans  # noqa: E402

SHARED = REPO.parent / "shared"
LABELS = REPO / "bench" / "labels" / "references.jsonl"
# Repository samples first; the shared folder holds the PDFs the repository does not carry.
SEARCH_DIRS = [
    REPO / "samples" / "notices",
    REPO / "samples" / "docx",
    REPO / "samples" / "pdf",
    SHARED / "seeds",
    SHARED / "samples" / "docx",
    SHARED / "samples" / "pdf",
    SHARED / "corpus" / "tvpl",
]
TVPL = SHARED / "corpus" / "tvpl"
# Labelled after the parser's rules were written, and scored without tuning: the honest estimate.
HELD_OUT = {"f487be249577e090.md", "05729ab54fc07c39.md", "7a366df87c42d3de.md"}


def read_text(path: Path) -> str:
    """The text the pipeline would see: ingest.readers when present, else the raw libraries."""
    try:
        from ingest.readers import read_path
    except ImportError:
        return _read_directly(path)
    source = read_path(path)
    return "\n".join(page.text for page in source.pages)


def _read_directly(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return path.read_text(encoding="utf-8")


def find_doc(name: str) -> Path:
    for folder in SEARCH_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"labelled document {name} is in none of {[str(d) for d in SEARCH_DIRS]}")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def bench_labelled() -> None:
    labels: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["doc"]].append(row)

    print(f"== Labelled documents ({sum(map(len, labels.values()))} labelled citations, {LABELS.relative_to(REPO)})")
    header = f"{'document':46} {'gold':>4} {'found':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'P':>6} {'R':>6} {'F1':>6}"
    print(header)
    groups: dict[str, list[int]] = {"development": [0, 0, 0], "held-out": [0, 0, 0]}
    false_positives: list[str] = []
    misses: list[str] = []
    kind_errors: list[str] = []
    for doc in sorted(labels, key=lambda d: (d in HELD_OUT, d)):
        text = read_text(find_doc(doc))
        found = find_reference_spans(text)
        gold_keys = {row["key"] for row in labels[doc]}
        found_keys = {ref.key for ref, _, _ in found}
        tp, fp, fn = len(gold_keys & found_keys), len(found_keys - gold_keys), len(gold_keys - found_keys)
        group = groups["held-out" if doc in HELD_OUT else "development"]
        group[:] = [group[0] + tp, group[1] + fp, group[2] + fn]
        p, r, f = prf(tp, fp, fn)
        name = doc + (" (held out)" if doc in HELD_OUT else "")
        print(f"{name:46} {len(gold_keys):4} {len(found_keys):5} {tp:3} {fp:3} {fn:3} {p:6.3f} {r:6.3f} {f:6.3f}")
        for ref, _, _ in found:
            if ref.key not in gold_keys:
                false_positives.append(f"  {doc}: {ref.key}  ← {ref.surface!r}")
        for row in labels[doc]:
            if row["key"] not in found_keys:
                misses.append(f"  {doc}: {row['key']}  ← {row['surface']!r}")
        gold_kind = {row["key"]: row["kind"] for row in labels[doc]}
        for ref, _, _ in found:
            if ref.key in gold_kind and ref.kind != gold_kind[ref.key]:
                kind_errors.append(f"  {doc}: {ref.key} is {gold_kind[ref.key]}, parsed as {ref.kind}")
    overall = [sum(column) for column in zip(*groups.values())]
    for name, (tp, fp, fn) in [*groups.items(), ("OVERALL", overall)]:
        p, r, f = prf(tp, fp, fn)
        print(f"{name.upper() + ' (micro, by document and key)':46} {'':4} {'':5} {tp:3} {fp:3} {fn:3} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"\nFalse positives ({len(set(false_positives))}):", *(sorted(set(false_positives)) or ["  none"]), sep="\n")
    print(f"\nMisses ({len(set(misses))}):", *(sorted(set(misses)) or ["  none"]), sep="\n")
    print(f"\nWrong kind ({len(set(kind_errors))}):", *(sorted(set(kind_errors)) or ["  none"]), sep="\n")


def bench_tvpl() -> None:
    files = sorted(TVPL.glob("*.md"))
    print(f"\n== Noisy corpus: {TVPL} ")
    if not files:
        print("  not found; skipped")
        return
    keys: Counter[str] = Counter()
    docs_per_key: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    chars = refs = 0
    densest = (0, "")
    started = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        found = find_reference_spans(text)
        chars += len(text)
        refs += len(found)
        densest = max(densest, (len(found), path.name))
        keys.update(ref.key for ref, _, _ in found)
        docs_per_key.update({ref.key for ref, _, _ in found})
        kinds.update(ref.kind for ref, _, _ in found)
    elapsed = time.perf_counter() - started
    print(f"  documents processed     {len(files)}")
    print(f"  characters              {chars:,}")
    print(f"  references              {refs:,} ({len(keys):,} distinct keys)")
    print(f"  per 1,000 characters    {refs / chars * 1000:.2f}")
    print(f"  max in one document     {densest[0]} ({densest[1]})")
    print(f"  time                    {elapsed:.2f} s ({chars / elapsed / 1e6:.1f} M chars/s)")
    print("  by kind                 " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("  20 most common keys (occurrences, documents):")
    for key, count in keys.most_common(20):
        print(f"    {count:5} {docs_per_key[key]:4}  {key}")


if __name__ == "__main__":
    bench_labelled()
    bench_tvpl()
