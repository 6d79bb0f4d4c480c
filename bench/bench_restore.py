"""Diacritic restoration accuracy (index/query.py DiacriticRestorer).

1. Labelled questions (bench/labels/questions.jsonl): every question written with diacritics is
   stripped of them (case kept), restored with a restorer built from the sample corpus (what the
   index would hold), and compared syllable by syllable with the original. Restoration never changes
   a string's length, so syllables align by position. Syllables inside codes ("QĐ-TTg", "KH&ĐT") are
   left as typed by design and are counted apart.
2. Held-out prose (../shared/corpus/tvpl, when present): lines of 282 documents that are not in the
   sample corpus, restored with the same sample-built restorer. Nobody tuned the seed vocabulary on
   these, so this is the unbiased figure; they are document sentences, not questions.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index import query as query_module  # noqa: E402
from index.query import DiacriticRestorer, has_diacritics  # noqa: E402
from ingest.normalize import fold, nfc, vietnamese_letter_ratio  # noqa: E402
from ingest.pipeline import iter_notice_files  # noqa: E402
from ingest.readers import read_path  # noqa: E402

LABELS = REPO / "bench" / "labels" / "questions.jsonl"
SAMPLES = [REPO / "samples" / "notices", REPO / "samples" / "docx", REPO / "samples" / "pdf"]
HELDOUT = REPO.parent / "shared" / "corpus" / "tvpl"
_SYLLABLE = re.compile(r"[^\W\d_]+")
_PLAIN_WORD = re.compile(r"[^\w\s]*[^\W\d_]+[^\w\s]*")  # what the restorer may touch (see _QUERY_WORD)


def strip_diacritics(text: str) -> str:
    """What a user typing without accents would write: same letters, same case, no marks."""
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, fold(text)))


def strip_most_diacritics(text: str) -> str:
    """A hurried typist: every third syllable keeps its accents, the others lose them."""
    out = list(text)
    for index, match in enumerate(_SYLLABLE.finditer(text)):
        if index % 3:
            out[match.start() : match.end()] = strip_diacritics(match.group())
    return "".join(out)


def corpus_texts(seeds_only: bool = False) -> list[str]:
    paths = iter_notice_files(SAMPLES[:1] if seeds_only else SAMPLES)
    texts = []
    for path in paths:
        try:
            texts.append("\n".join(page.text for page in read_path(path).pages))
        except Exception:  # noqa: BLE001 - a sample the readers refuse (scans, garbled fonts) has no vocabulary
            continue
    return texts


def heldout_lines(limit_syllables: int) -> list[str]:
    """Prose lines of the shared legal-portal documents: real sentences, mostly Vietnamese."""
    lines: list[str] = []
    total = 0
    for path in sorted(HELDOUT.glob("*.md")):
        for line in nfc(path.read_text(encoding="utf-8")).splitlines():
            line = line.strip("|*#>- ").strip()
            count = len(_SYLLABLE.findall(line))
            if not 8 <= count <= 60 or vietnamese_letter_ratio(line) < 0.12:
                continue
            lines.append(line)
            total += count
            if total >= limit_syllables:
                return lines
    return lines


def tone_blind(syllable: str) -> str:
    """Same key for old- and new-style tone placement ("hòa"/"hoà", "thủy"/"thuỷ")."""
    decomposed = unicodedata.normalize("NFD", syllable)
    return fold(syllable) + "".join(sorted(c for c in decomposed if unicodedata.combining(c)))


@dataclass
class Score:
    texts: int = 0
    exact: int = 0
    syllables: int = 0
    correct: int = 0
    correct_tone_blind: int = 0
    accented: int = 0  # gold syllables carrying any diacritic
    accented_correct: int = 0
    in_codes: int = 0
    in_codes_correct: int = 0
    errors: Counter[tuple[str, str]] = field(default_factory=Counter)
    timings: list[float] = field(default_factory=list)

    def add(self, gold: str, restored: str, seconds: float) -> None:
        assert len(restored) == len(gold), (gold, restored)
        self.texts += 1
        self.timings.append(seconds)
        all_right = True
        for chunk in re.finditer(r"\S+", gold):
            plain = _PLAIN_WORD.fullmatch(chunk.group()) is not None
            for match in _SYLLABLE.finditer(chunk.group()):
                start, end = chunk.start() + match.start(), chunk.start() + match.end()
                want, got = gold[start:end].lower(), restored[start:end].lower()
                if not plain:
                    self.in_codes += 1
                    self.in_codes_correct += got == want
                    continue
                self.syllables += 1
                self.correct += got == want
                self.correct_tone_blind += tone_blind(got) == tone_blind(want)
                if want != fold(want):
                    self.accented += 1
                    self.accented_correct += got == want
                if got != want:
                    all_right = False
                    self.errors[(want, got)] += 1
        self.exact += all_right

    def row(self, name: str) -> str:
        timings = sorted(self.timings)
        return (
            f"| {name} | {self.texts} | {self.syllables} | {self.correct / self.syllables:.1%} "
            f"| {self.correct_tone_blind / self.syllables:.1%} | {self.accented_correct / max(self.accented, 1):.1%} "
            f"| {self.exact / self.texts:.1%} | {self.in_codes_correct}/{self.in_codes} "
            f"| {timings[len(timings) // 2] * 1e3:.2f} / {timings[-1] * 1e3:.2f} |"
        )


def evaluate(restorer: DiacriticRestorer, golds: Iterable[str], strip: Callable[[str], str] = strip_diacritics) -> Score:
    score = Score()
    for gold in golds:
        typed = strip(gold)
        started = time.perf_counter()
        restored = restorer.restore(typed)
        score.add(gold, restored, time.perf_counter() - started)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-seed", action="store_true", help="corpus vocabulary only, no seed list")
    parser.add_argument("--seeds-only", action="store_true", help="build from the five .txt notices only")
    parser.add_argument("--heldout-syllables", type=int, default=20000, help="size of the held-out set (0: skip)")
    parser.add_argument("--seed-weight", type=float, help="override index.query.SEED_WEIGHT")
    parser.add_argument("--bigram-prior", type=float, help="override index.query.BIGRAM_PRIOR")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    if args.seed_weight is not None:
        query_module.SEED_WEIGHT = args.seed_weight
    if args.bigram_prior is not None:
        query_module.BIGRAM_PRIOR = args.bigram_prior

    texts = corpus_texts(args.seeds_only)
    started = time.perf_counter()
    restorer = DiacriticRestorer.from_texts(texts, seed=not args.no_seed)
    build = time.perf_counter() - started
    print(
        f"vocabulary: {len(texts)} documents, {sum(map(len, texts)):,} characters → {len(restorer):,} syllables, "
        f"{restorer.bigram_count:,} bigrams in {build * 1000:.0f} ms; seed list: {not args.no_seed} "
        f"(weight {query_module.SEED_WEIGHT}), bigram prior {query_module.BIGRAM_PRIOR}\n"
    )

    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    accented = [nfc(r["question"]) for r in rows if has_diacritics(r["question"])]
    questions = evaluate(restorer, accented)
    scores = [
        ("labelled questions, stripped", questions),
        ("labelled questions, 1 in 3 syllables accented", evaluate(restorer, accented, strip_most_diacritics)),
    ]
    if args.heldout_syllables and HELDOUT.is_dir():
        scores.append(("held-out tvpl prose, stripped", evaluate(restorer, heldout_lines(args.heldout_syllables))))

    print(
        "| set | texts | syllables | syllable accuracy | ignoring tone placement | accented syllables "
        "| texts exactly right | syllables in codes kept right | ms median / max |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, score in scores:
        print(score.row(name))
    changed = [q for q in accented if restorer.restore(q) != q]
    print(f"\naccented questions altered when restored as typed: {len(changed)}/{len(accented)} {changed[:3]}")
    for name, score in scores:
        common = ", ".join(f"{w}→{g} ×{n}" for (w, g), n in score.errors.most_common(12))
        print(f"\nmost frequent errors, {name} (wanted→got): {common}")

    print("\nhand-typed no-diacritics questions (restored, then the accented question they paraphrase):")
    by_id = {row["id"]: row for row in rows}
    agree = total = 0
    for row in rows:
        if "accented_of" not in row:
            continue
        restored = restorer.restore(row["question"])
        reference = nfc(by_id[row["accented_of"]]["question"])
        spelled: dict[str, set[str]] = {}
        for word in _SYLLABLE.findall(reference):
            spelled.setdefault(fold(word), set()).add(word.lower())
        for word in _SYLLABLE.findall(restored):
            if (wanted := spelled.get(fold(word))) is not None:  # a paraphrase: compare shared words only
                total += 1
                agree += word.lower() in wanted
        print(f"  {row['question']}\n  → {restored}\n    ({reference})")
    print(f"hand-typed questions: {agree}/{total} syllables shared with the accented counterpart spelled as it does")
    if args.show_errors:
        print("\nall error pairs, labelled questions:")
        for (want, got), n in questions.errors.most_common():
            print(f"  {want} → {got} ×{n}")


if __name__ == "__main__":
    main()
