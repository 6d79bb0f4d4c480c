"""BM25 over diacritic-folded syllables and syllable bigrams, derived from what Chroma holds.

Vietnamese words are mostly two or three syllables; syllable bigrams capture them without a
word segmenter (measured: folded syllables + bigrams beat pyvi/underthesea segmentation here),
and folding makes "so xay dung" meet "Sở Xây dựng".
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from operator import itemgetter

from ingest.normalize import fold

_SYLLABLE = re.compile(r"[0-9a-z]+")
# Words written either way round ("đảm bảo" / "bảo đảm"), matched as one.
_REVERSIBLE = re.compile(r"\bdam bao\b")


_WORD = re.compile(r"\w+")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def spelling(word: str) -> str:
    """A word as spelled, wherever its tone mark sits: "hoà" and "hòa" are one, "toàn" and "toán" two."""
    letters = unicodedata.normalize("NFD", word.lower())
    tones = "".join(sorted(c for c in letters if c in _TONE_MARKS))
    return unicodedata.normalize("NFC", "".join(c for c in letters if c not in _TONE_MARKS)) + tones


def syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(_REVERSIBLE.sub("bao dam", fold(text)))


def tokens(text: str) -> list[str]:
    """Folded syllables plus adjacent-syllable bigrams ("xay_dung")."""
    units = syllables(text)
    return units + [f"{a}_{b}" for a, b in zip(units, units[1:])]


def _idf(df: int, n: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


class LexicalIndex:
    """An in-memory BM25 index that can be updated one document at a time."""

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._lengths: dict[str, int] = {}
        self._postings: dict[str, dict[str, int]] = {}
        self._doc_tokens: dict[str, tuple[str, ...]] = {}  # so removal touches only its postings
        self._total_length = 0

    def __len__(self) -> int:
        return len(self._lengths)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._lengths

    def add(self, doc_id: str, text: str) -> None:
        if doc_id in self._lengths:
            self.remove(doc_id)
        counts = Counter(tokens(text))
        length = sum(counts.values())
        self._lengths[doc_id] = length
        self._total_length += length
        self._doc_tokens[doc_id] = tuple(counts)
        for token, tf in counts.items():
            self._postings.setdefault(token, {})[doc_id] = tf

    def add_many(self, docs: Iterable[tuple[str, str]]) -> None:
        for doc_id, text in docs:
            self.add(doc_id, text)

    def remove(self, doc_id: str) -> None:
        length = self._lengths.pop(doc_id, None)
        if length is None:
            return
        self._total_length -= length
        for token in self._doc_tokens.pop(doc_id):
            docs = self._postings[token]
            del docs[doc_id]
            if not docs:
                del self._postings[token]

    def remove_many(self, doc_ids: Iterable[str]) -> None:
        for doc_id in doc_ids:
            self.remove(doc_id)

    def idf(self, token: str) -> float:
        return _idf(len(self._postings.get(token, ())), len(self._lengths))

    def search(
        self,
        query: str,
        k: int,
        allowed: Callable[[str], bool] | None = None,
    ) -> list[tuple[str, float]]:
        """(doc_id, BM25 score), best first; `allowed` filters candidates before ranking."""
        candidates: Iterable[tuple[str, float]] = self.scores(query).items()
        if allowed is not None:
            candidates = ((d, s) for d, s in candidates if allowed(d))
        # Common terms put thousands of documents in `candidates`; only k are wanted. nlargest keeps
        # the order of a stable descending sort: equal scores stay in the order they were first scored.
        return heapq.nlargest(k, candidates, key=itemgetter(1))

    def scores(
        self, query: str, among: Collection[str] | None = None, ignoring: Collection[str] = ()
    ) -> dict[str, float]:
        """BM25 score of every document sharing a term with the query, in the order first scored.

        `among`: only these documents, with rarity and length counted among them. Inside one notice
        the words of its subject, which most of its paragraphs repeat, pick out none of them.
        `ignoring`: tokens of the query not to score.
        """
        members = None if among is None else [d for d in among if d in self._lengths]
        n = len(self._lengths) if members is None else len(members)
        if not n:
            return {}
        total = self._total_length if members is None else sum(self._lengths[d] for d in members)
        avg = total / n
        scores: dict[str, float] = {}
        for token, qtf in Counter(tokens(query)).items():
            docs = None if token in ignoring else self._postings.get(token)
            if not docs:
                continue
            if members is not None:
                docs = {d: docs[d] for d in members if d in docs}
            weight = _idf(len(docs), n) * qtf
            for doc_id, tf in docs.items():
                norm = tf + self.k1 * (1 - self.b + self.b * self._lengths[doc_id] / avg)
                scores[doc_id] = scores.get(doc_id, 0.0) + weight * tf * (self.k1 + 1) / norm
        return scores

    def terms(self, doc_id: str) -> tuple[str, ...]:
        """The distinct tokens (syllables and bigrams) of an indexed document."""
        return self._doc_tokens.get(doc_id, ())

    def knows(self, term: str) -> bool:
        """Does any indexed document contain this folded syllable (or bigram)?"""
        return term in self._postings

    def coverage(self, query: str, doc_text: str, typed: str = "") -> float:
        """Share of the query's IDF mass (syllables only) found in a document: evidence strength.

        `typed`: the words as the user wrote them. One written with marks is found only as spelled
        ("quyết toán" is not in "toàn bộ"); one written without is found however the document marks it.
        """
        query_units = set(syllables(query))
        if not query_units:
            return 0.0
        present = set(syllables(doc_text))
        marked: dict[str, set[str]] = {}
        for word in _WORD.findall(typed):
            if fold(word) != word.lower():
                marked.setdefault(fold(word), set()).add(spelling(word))
        if marked:
            spelled = {spelling(word) for word in _WORD.findall(doc_text)}
            present = {unit for unit in present if unit not in marked or not marked[unit].isdisjoint(spelled)}
        total = sum(self.idf(u) for u in query_units)
        found = sum(self.idf(u) for u in query_units & present)
        return found / total if total else 0.0
