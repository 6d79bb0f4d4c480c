"""Diacritic restoration accuracy on the labelled questions (bench/labels/questions.jsonl).

Every question written with diacritics is stripped of them (case kept), restored with a
DiacriticRestorer built from the sample corpus, and compared syllable by syllable with the original.
Restoration never changes a string's length, so syllables align by position. Also restores the
hand-typed no-diacritics questions and prints them next to their accented counterparts.

    .venv/bin/python bench/bench_restore.py [--no-seed] [--seeds-only] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.query import DiacriticRestorer, has_diacritics  # noqa: E402
from ingest.normalize import fold, nfc  # noqa: E402
from ingest.pipeline import iter_notice_files  # noqa: E402
from ingest.readers import read_path  # noqa: E402

LABELS = REPO / "bench" / "labels" / "questions.jsonl"
SAMPLES = [REPO / "samples" / "notices", REPO / "samples" / "docx", REPO / "samples" / "pdf"]
_SYLLABLE = re.compile(r"[^\W\d_]+")


def strip_diacritics(text: str) -> str:
    """What a user typing without accents would write: same letters, same case, no marks."""
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, fold(text)))


def corpus_texts(seeds_only: bool) -> list[str]:
    paths = iter_notice_files(SAMPLES[:1] if seeds_only else SAMPLES)
    texts = []
    for path in paths:
        try:
            texts.append("\n".join(page.text for page in read_path(path).pages))
        except Exception:  # noqa: BLE001 - a sample the readers refuse (scans, garbled fonts) has no vocabulary
            continue
    return texts


def tone_blind(syllable: str) -> str:
    """Same key for old- and new-style tone placement ("hòa"/"hoà", "thủy"/"thuỷ")."""
    decomposed = unicodedata.normalize("NFD", syllable)
    return fold(syllable) + "".join(sorted(c for c in decomposed if unicodedata.combining(c)))


@dataclass
class Score:
    syllables: int = 0
    correct: int = 0
    correct_tone_blind: int = 0
    accented: int = 0  # gold syllables carrying any diacritic
    accented_correct: int = 0
    questions: int = 0
    exact: int = 0

    def line(self, name: str) -> str:
        return (
            f"| {name} | {self.questions} | {self.syllables} | {self.correct / self.syllables:.1%} "
            f"| {self.correct_tone_blind / self.syllables:.1%} | {self.accented_correct / self.accented:.1%} "
            f"| {self.exact / self.questions:.1%} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-seed", action="store_true", help="corpus vocabulary only, no seed list")
    parser.add_argument("--seeds-only", action="store_true", help="build from the five .txt notices only")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    texts = corpus_texts(args.seeds_only)
    started = time.perf_counter()
    restorer = DiacriticRestorer.from_texts(texts, seed=not args.no_seed)
    build = time.perf_counter() - started
    print(
        f"vocabulary: {len(texts)} documents, {sum(map(len, texts)):,} characters, {len(restorer):,} syllables, "
        f"{restorer.bigram_count:,} bigrams, built in {build * 1000:.0f} ms (seed list: {not args.no_seed})\n"
    )

    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {row["id"]: row for row in rows}
    score = Score()
    errors: Counter[tuple[str, str]] = Counter()
    timings: list[float] = []
    for row in rows:
        gold = nfc(row["question"])
        if not has_diacritics(gold):
            continue
        typed = strip_diacritics(gold)
        started = time.perf_counter()
        restored = restorer.restore(typed)
        timings.append(time.perf_counter() - started)
        assert len(restored) == len(gold), (gold, restored)
        score.questions += 1
        all_right = True
        for match in _SYLLABLE.finditer(gold):
            want = match.group().lower()
            got = restored[match.start() : match.end()].lower()
            score.syllables += 1
            score.correct += got == want
            score.correct_tone_blind += tone_blind(got) == tone_blind(want)
            if want != fold(want):
                score.accented += 1
                score.accented_correct += got == want
            if got != want:
                all_right = False
                errors[(want, got)] += 1
        score.exact += all_right

    print("| questions | n | syllables | syllable accuracy | ignoring tone placement | accented syllables | exact questions |")
    print("|---|---|---|---|---|---|---|")
    print(score.line("all accented questions, stripped"))
    timings.sort()
    print(f"\nrestore latency: median {timings[len(timings) // 2] * 1e3:.2f} ms, max {timings[-1] * 1e3:.2f} ms")

    print(f"\nmost frequent errors (wanted → got): {', '.join(f'{w}→{g} ×{n}' for (w, g), n in errors.most_common(15))}")

    print("\nhand-typed no-diacritics questions:")
    for row in rows:
        if "accented_of" in row:
            print(f"  {row['question']}\n  → {restorer.restore(row['question'])}\n    ({by_id[row['accented_of']]['question']})")
    if args.show_errors:
        print("\nall error pairs:")
        for (want, got), n in errors.most_common():
            print(f"  {want} → {got} ×{n}")


if __name__ == "__main__":
    main()
