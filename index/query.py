"""Query understanding: diacritic restoration, alias expansion, and the plan HybridSearch executes.

People type "so xay dung quy hoach sa pa" far more often than "Sở Xây dựng quy hoạch Sa Pa". BM25
folds everything and does not care, but the dense model (E5) reads unaccented Vietnamese as
near-garbage (MRR 0.17 against 0.92 for BM25 on our labelled questions). So before embedding we put
the accents back, from the syllable statistics of the corpus we index (its spelling of place names,
agencies and jargon is exactly what the queries are about) plus a small general seed vocabulary for
question words that notices never contain ("ai", "nào", "bao nhiêu").

Administrative Vietnamese is also dense with abbreviations (GPMB, KH&ĐT, UBND) that notices use
interchangeably with the long form; `expand_aliases` adds the other side so either spelling matches.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from index.lexical import syllables
from ingest.metadata import find_province, without_province
from ingest.normalize import fold, nfc
from ingest.references import is_symbol, match_references, named_document

__all__ = [
    "DiacriticRestorer",
    "QueryPlan",
    "understand",
    "expand_aliases",
    "alias_additions",
    "find_aliases",
    "formal_synonyms",
    "plain_vocabulary",
    "everyday_words",
    "QUESTION_WORDS",
    "content_query",
    "evidence_query",
    "plain_words_said",
    "is_word",
    "unknown_words",
    "has_diacritics",
    "asks_deadline",
    "asks_period",
    "asks_identity",
    "asks_owner",
    "asks_when",
    "person_title",
]

DATA = Path(__file__).resolve().parent / "data"
SEED_PATH = DATA / "vi_syllables.txt"
PLAIN_SEED_COUNT = 5.0  # a synonym's everyday phrase, on the seed file's scale (1 rare .. 100 very common)
ALIASES_PATH = DATA / "aliases.json"
SHORTHAND_PATH = DATA / "shorthand.json"
SYNONYMS_PATH = DATA / "synonyms.json"
EVERYDAY_PATH = DATA / "everyday_words.txt"

# The seed's counts are rough per-phrase frequencies (1-100). Scaled down so that a single real
# occurrence in the corpus outweighs a middling seed entry: the corpus knows its own spelling best.
SEED_WEIGHT = 0.1
# Pseudo-count pulling a folded bigram's accented distribution towards "both syllables independent".
# Small, because even one corpus bigram is strong evidence for the spelling of a two-syllable word.
BIGRAM_PRIOR = 0.2
# Log-odds bonus for a plain syllable typed among accented ones ("thu", "sang", "Cà Mau"): it is
# probably meant, yet strong bigram evidence can still overrule it ("chủ tri" is "chủ trì").
TYPED_PLAIN_BONUS = math.log(20.0)
# Forms kept per folded syllable; the tail ("cộ", "cỗ" for "co") only costs time.
MAX_CANDIDATES = 12

# A run of letter-only syllables separated by single spaces: corpus bigrams never cross punctuation,
# digits or line breaks, since what stands on either side is rarely one phrase.
_CORPUS_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
# A query chunk that can be restored: a letter-only word, optionally wrapped in punctuation.
_QUERY_WORD = re.compile(r"([^\w\s]*)([^\W\d_]+)([^\w\s]*)")


def has_diacritics(text: str) -> bool:
    """True when any letter carries a Vietnamese mark (tone, hat, horn, breve) or is đ."""
    return fold(text) != text.lower()


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _marks(char: str) -> tuple[str, frozenset[str]]:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0], frozenset(decomposed[1:])


def _compatible(typed: str, form: str) -> bool:
    """Could `form` be what the user meant, given they typed only some of its marks?

    Without a tone mark the syllable may be unfinished: "ư" fits "ự", "dưng" fits "dựng" (only for
    users who type no tone anywhere; see `DiacriticRestorer._runs`). A tone is
    typed last (Telex, VNI), so a toned syllable is taken as finished: "nhũng" does not become
    "những", only a plain "d" may still become "đ". Both strings are lower-case NFC and fold alike,
    hence have equal length.
    """
    toned = any(_marks(t)[1] & _TONES for t in typed)
    for t, f in zip(typed, form):
        if t == f or (t == "d" and f == "đ"):
            continue
        if toned:
            return False
        if t == fold(t):
            continue
        t_base, t_marks = _marks(t)
        f_base, f_marks = _marks(f)
        if t_base != f_base or not t_marks <= f_marks:
            return False
    return True


def _match_case(typed: str, form: str) -> str:
    if len(typed) > 1 and typed.isupper():
        return form.upper()
    if typed[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@dataclass(frozen=True)
class _Slot:
    """One restorable syllable of a query: where it is and which accented forms it may become."""

    start: int
    end: int
    typed: str
    candidates: tuple[int, ...]  # syllable ids; a single one when the user's accents settle it
    keep_typed: bool  # the user's own spelling is known: output it exactly as typed
    favoured: int = -1  # an unaccented form typed by someone who otherwise types accents


class DiacriticRestorer:
    """Puts diacritics back on Vietnamese queries from unigram/bigram counts of accented syllables.

    Counts are keyed by syllable id (lower-case, NFC); bigrams by a packed pair of ids, which keeps a
    corpus of a few hundred notices at a few MB. Counts only grow: a removed notice's syllables stay,
    which is harmless (they are still Vietnamese) and saves tracking per-document counts.
    """

    def __init__(self, *, seed: bool = True) -> None:
        self._ids: dict[str, int] = {}
        self._words: list[str] = []
        self._unigrams: list[float] = []
        self._by_fold: dict[str, list[int]] = {}
        self._bigrams: dict[int, float] = {}
        if seed:
            for phrase, count in _seed_phrases():
                self._add_run(phrase.split(" "), count * SEED_WEIGHT)

    @classmethod
    def from_texts(cls, texts: Iterable[str], *, seed: bool = True) -> DiacriticRestorer:
        restorer = cls(seed=seed)
        for text in texts:
            restorer.add_text(text)
        return restorer

    def __len__(self) -> int:
        """Number of distinct accented syllables known."""
        return len(self._words)

    @property
    def bigram_count(self) -> int:
        return len(self._bigrams)

    # ---- counting --------------------------------------------------------------------------

    def add_text(self, text: str) -> None:
        # Counting distinct words and pairs with Counter (C loops) before touching our tables is ~3x
        # faster than a Python loop per syllable; "\n" marks run boundaries and never pairs up.
        flat: list[str] = []
        for run in _CORPUS_RUN.finditer(_nfc(text).lower()):
            flat.extend(run.group().split(" "))
            flat.append("\n")
        for word, count in Counter(flat).items():
            if word != "\n":
                self._unigrams[self._id(word)] += count
        for (left, right), count in Counter(zip(flat, flat[1:])).items():
            if left != "\n" and right != "\n":
                key = self._ids[left] << 32 | self._ids[right]
                self._bigrams[key] = self._bigrams.get(key, 0.0) + count

    def _id(self, word: str) -> int:
        ident = self._ids.get(word)
        if ident is None:
            ident = self._ids[word] = len(self._words)
            self._words.append(word)
            self._unigrams.append(0.0)
            self._by_fold.setdefault(fold(word), []).append(ident)
        return ident

    def _add_run(self, words: list[str], weight: float) -> None:
        previous = -1
        for word in words:
            ident = self._id(word)
            self._unigrams[ident] += weight
            if previous >= 0:
                key = previous << 32 | ident
                self._bigrams[key] = self._bigrams.get(key, 0.0) + weight
            previous = ident

    # ---- restoring -------------------------------------------------------------------------

    def restore(self, query: str) -> str:
        """The query with the most likely diacritics on every syllable the vocabulary knows.

        Syllables the user accented are kept (or, if partly accented, completed consistently);
        unknown syllables, codes ("68/NQ-CP", "KH&ĐT"), digits and punctuation stay as typed. Case
        follows the typed syllable: "UBND" stays upper, "Sa" stays capitalised. In a query typed
        mostly with accents, unaccented syllables are taken as meant ("thu", "Cà Mau", "sang") unless
        no such plain syllable exists ("hoach").
        """
        query = nfc(query)
        pieces: list[str] = []
        cursor = 0
        for run in self._runs(query):
            for slot, form in zip(run, self._viterbi(run)):
                pieces.append(query[cursor : slot.start])
                pieces.append(slot.typed if slot.keep_typed else _match_case(slot.typed, self._words[form]))
                cursor = slot.end
        pieces.append(query[cursor:])
        return "".join(pieces)

    def _runs(self, query: str) -> Iterator[list[_Slot]]:
        """Maximal sequences of restorable syllables with nothing but spaces between them."""
        words = [
            (chunk.start() + (len(match.group(1)) if match else 0), match)
            for chunk in re.finditer(r"\S+", query)
            for match in [_QUERY_WORD.fullmatch(chunk.group())]
        ]
        # Acronyms ("UBND") are left out: they carry no accents whoever types them.
        syllables = [m.group(2) for _, m in words if m is not None and not (len(m.group(2)) > 1 and m.group(2).isupper())]
        # Typists who use accents use them throughout: at least half the syllables of natural text
        # carry marks (56% is the least among our 155 accented questions, 87% the median).
        accented_typist = bool(syllables) and sum(map(has_diacritics, syllables)) * 2 >= len(syllables)
        # Who types tone marks anywhere leaves one off only for the level tone: "quê", "trông" are finished.
        types_tones = any(_marks(char)[1] & _TONES for syllable in syllables for char in syllable)
        run: list[_Slot] = []
        for start, match in words:
            slot = self._slot(start, match.group(2), accented_typist, types_tones) if match else None
            # Codes, unknown words and punctuation cut the chain: no bigram evidence spans them.
            if run and (slot is None or match is None or match.group(1)):
                yield run
                run = []
            if slot is not None:
                run.append(slot)
                if match is not None and match.group(3):
                    yield run
                    run = []
        if run:
            yield run

    def _slot(self, start: int, typed: str, accented_typist: bool, types_tones: bool) -> _Slot | None:
        lower = typed.lower()
        ids = self._by_fold.get(fold(lower))
        if not ids:
            return None
        end = start + len(typed)
        known = self._ids.get(lower)
        if lower == fold(lower):
            if accented_typist and typed[:1].isupper():
                # A name ("Nam", "Long Thành"): capitalising it shows the user spelled it on purpose.
                return _Slot(start, end, typed, (known,), keep_typed=True) if known is not None else None
            ranked = sorted(ids, key=self._unigrams.__getitem__, reverse=True)[:MAX_CANDIDATES]
            if accented_typist and known is not None and known not in ranked:
                ranked.append(known)
            favoured = known if accented_typist and known is not None else -1
            return _Slot(start, end, typed, tuple(ranked), keep_typed=False, favoured=favoured)
        if known is not None:
            return _Slot(start, end, typed, (known,), keep_typed=True)
        if types_tones:
            return None  # a syllable the corpus lacks, spelled in full: leave it as typed
        fitting = sorted(
            (i for i in ids if _compatible(lower, self._words[i])), key=self._unigrams.__getitem__, reverse=True
        )
        # Accents that fit no known form: the user knows a spelling we do not, leave it alone.
        return _Slot(start, end, typed, tuple(fitting[:MAX_CANDIDATES]), keep_typed=False) if fitting else None

    def _viterbi(self, run: list[_Slot]) -> list[int]:
        """Best accented sequence under a first-order chain over the folded syllables.

        A chain factorises as P(c1..cn) = Π P(c_{i-1}, c_i) / Π_{interior} P(c_i), each factor
        conditioned on the folded syllables. Joint bigram probabilities (not P(c_i | c_{i-1})) matter:
        they carry the evidence that "so" followed by "xay" is "sở xây", which a conditional would
        normalise away once "số" is picked.
        """
        unigram = self._unigrams
        log_prior = [self._log_unigram(slot.candidates) for slot in run]
        bonus = [{slot.favoured: TYPED_PLAIN_BONUS} if slot.favoured >= 0 else {} for slot in run]
        scores = {c: p + bonus[0].get(c, 0.0) for c, p in log_prior[0].items()}
        back: list[dict[int, int]] = []
        for i in range(1, len(run)):
            left, right = run[i - 1].candidates, run[i].candidates
            left_total = sum(unigram[a] for a in left)
            right_total = sum(unigram[b] for b in right)
            pairs = {
                (a, b): count
                for a in left
                for b in right
                if (count := self._bigrams.get(a << 32 | b))
            }
            pair_total = sum(pairs.values())
            new_scores: dict[int, float] = {}
            pointers: dict[int, int] = {}
            for b in right:
                best_a, best = -1, -math.inf
                pb = unigram[b] / right_total
                for a in left:
                    pa = unigram[a] / left_total
                    joint = (pairs.get((a, b), 0.0) + BIGRAM_PRIOR * pa * pb) / (pair_total + BIGRAM_PRIOR)
                    score = scores[a] + math.log(joint) - log_prior[i - 1][a]
                    if score > best:
                        best_a, best = a, score
                new_scores[b] = best + bonus[i].get(b, 0.0)
                pointers[b] = best_a
            scores = new_scores
            back.append(pointers)
        last = max(scores, key=scores.__getitem__)
        path = [last]
        for pointers in reversed(back):
            path.append(pointers[path[-1]])
        return path[::-1]

    def _log_unigram(self, candidates: tuple[int, ...]) -> dict[int, float]:
        total = sum(self._unigrams[c] for c in candidates)
        return {c: math.log(self._unigrams[c] / total) for c in candidates}


@lru_cache(maxsize=1)
def _seed_phrases() -> tuple[tuple[str, float], ...]:
    """(phrase, count) lines of the seed vocabulary: `count<TAB>phrase`, `#` comments.

    The synonyms' everyday phrases join them: notices never write "ì ạch" or "làng quê", so without
    them "i ach" stays unaccented for E5. Measured over the development set and held-out 1–8 with
    every question stripped of diacritics: summed MRR 7.984 → 8.059, 573 → 582 answered.
    """
    phrases = []
    for line in SEED_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        count, phrase = line.split(maxsplit=1)
        phrases.append((_seed_form(phrase), float(count)))
    everyday = {_seed_form(form) for entry in _synonym_entries() for form in entry["plain"]}
    phrases += [(phrase, PLAIN_SEED_COUNT) for phrase in sorted(everyday)]
    return tuple(phrases)


def _seed_form(phrase: str) -> str:
    """Lower-case NFC syllables joined by single spaces, as the restorer counts them."""
    return " ".join(nfc(phrase).lower().split())


# ---- aliases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alias:
    """One concept under its short forms ("GPMB") and long forms ("giải phóng mặt bằng")."""

    short: tuple[str, ...]
    long: tuple[str, ...]
    case_sensitive: bool = False  # short forms that fold onto ordinary words match only as typed


@dataclass(frozen=True)
class _AliasPatterns:
    alias: Alias
    # (needle, pattern): the needle is a literal the text must contain, a cheap test that spares
    # most regex scans (a query meets ~200 patterns).
    short: tuple[tuple[str, re.Pattern[str]], ...]
    long: tuple[tuple[str, re.Pattern[str]], ...]


def _pattern(form: str, *, long: bool, case_sensitive: bool = False) -> tuple[str, re.Pattern[str]]:
    """Whole-word regex over folded text (or the raw text for case-sensitive short forms).

    Long forms tolerate any punctuation between words ("Lao động - Thương binh", "Lao động,
    Thương binh"); short forms keep their symbols but allow spaces around them ("KH & ĐT").
    """
    text = nfc(form) if case_sensitive else fold(nfc(form))
    words = re.findall(r"\w+|[^\w\s]", text)
    parts: list[str] = []
    for word in words:
        if long and not word[0].isalnum():
            continue  # punctuation in a long form is decoration; the separator handles it
        if parts:
            parts.append(r"[\s,;:\-–—&/]+" if long else r"\s*")
        parts.append(re.escape(word))
    body = "".join(parts)
    needle = max((w for w in words if w[0].isalnum()), key=len)
    return needle, re.compile(rf"(?<!\w){body}(?!\w)")


@lru_cache(maxsize=1)
def _shorthand() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = json.loads(SHORTHAND_PATH.read_text(encoding="utf-8"))
    words = {nfc(k).lower(): nfc(v) for k, v in data["shorthand"].items()}
    provinces = {nfc(k): nfc(v) for k, v in data["provinces"].items()}

    def pattern(forms: Iterable[str], flags: int) -> re.Pattern[str]:
        # Not inside a name or a symbol: "J&T", "12/KO-UBND", "tp.j".
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w/.&'-])(?:{alternatives})(?![\w/&'-]|\.\w)", flags)

    return pattern(words, re.IGNORECASE), pattern(provinces, 0), {**words, **provinces}


def typed_out(question: str) -> str:
    """The question with phone shorthand written out: "luat qly thue o NA ko" → "luat quản lý thue o Nghệ An không"."""
    words, provinces, table = _shorthand()
    text = words.sub(lambda m: table[m.group(0).lower()], nfc(question))
    return provinces.sub(lambda m: table[m.group(0)], text)


@lru_cache(maxsize=1)
def load_aliases() -> tuple[_AliasPatterns, ...]:
    entries = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))["aliases"]
    compiled = []
    for entry in entries:
        alias = Alias(
            short=tuple(nfc(s) for s in entry["short"]),
            long=tuple(nfc(s) for s in entry["long"]),
            case_sensitive=bool(entry.get("case_sensitive", False)),
        )
        compiled.append(
            _AliasPatterns(
                alias=alias,
                short=tuple(_pattern(s, long=False, case_sensitive=alias.case_sensitive) for s in alias.short),
                long=tuple(_pattern(s, long=True) for s in alias.long),
            )
        )
    return tuple(compiled)


@dataclass(frozen=True)
class AliasMatch:
    alias: Alias
    found_short: bool  # the query used the abbreviation (so the long form is news to it)
    found_long: bool


def _in_code(text: str, match: re.Match[str]) -> bool:
    """Is this abbreviation part of a document number ("1788/QĐ-TTg", "198/HĐND-TT", "QĐ-UBND")?

    There it names the issuer of some other document; expanding it only adds noise.
    """
    start, end = match.span()
    before = text[start - 1] if start else ""
    after = text[end : end + 2]
    return before in ("/", "-") or (len(after) == 2 and after[0] in "/-" and after[1].isalnum())


def find_aliases(query: str) -> list[AliasMatch]:
    """Aliases present in the query, minus those only found inside a longer alias's match.

    "trật tự an toàn giao thông" is TTATGT, not also ATGT; "PCTT&TKCN" is not also PCTT and TKCN.
    """
    text = nfc(query)
    folded = fold(text)  # same length as `text`, so spans from either are comparable
    hits: list[tuple[int, int, int, bool]] = []  # start, end, alias index, is short form
    entries = load_aliases()
    for index, entry in enumerate(entries):
        haystack = text if entry.alias.case_sensitive else folded
        for needle, pattern in entry.short:
            if needle in haystack:
                hits.extend((*m.span(), index, True) for m in pattern.finditer(haystack) if not _in_code(text, m))
        for needle, pattern in entry.long:
            if needle in folded:
                hits.extend((*m.span(), index, False) for m in pattern.finditer(folded))
    kept = [
        hit
        for hit in hits
        if not any(
            other[2] != hit[2] and other[0] <= hit[0] and hit[1] <= other[1] and other[1] - other[0] > hit[1] - hit[0]
            for other in hits
        )
    ]
    found: dict[int, tuple[bool, bool]] = {}  # in order of first appearance in the query
    for _, _, index, is_short in sorted(kept):
        short, long = found.get(index, (False, False))
        found[index] = (short or is_short, long or not is_short)
    return [AliasMatch(entries[index].alias, short, long) for index, (short, long) in found.items()]


def alias_additions(query: str) -> list[str]:
    """The forms `expand_aliases` appends: the other side of every alias whose one side only is present."""
    return _additions(find_aliases(query))


def _additions(matches: list[AliasMatch]) -> list[str]:
    additions: list[str] = []
    for match in matches:
        if match.found_short and match.found_long:
            continue
        # Only the canonical form of the other side: variants add weak tokens ("kh", "dt") that
        # also occur in document codes ("12/KH-UBND"), diluting the query.
        forms = match.alias.long[:1] if match.found_short else match.alias.short[:1]
        additions.extend(form for form in forms if form not in additions)
    return additions


def spelled_out(text: str) -> str:
    """`text` folded, each abbreviation written out: "59 TTHC" → "59 thu tuc hanh chinh".

    What a figure counts is often abbreviated in the notice and spelled out in the question.
    """
    folded = fold(nfc(text))
    for patterns in load_aliases():
        if patterns.alias.case_sensitive:
            continue
        long = fold(patterns.alias.long[0])
        for needle, pattern in patterns.short:
            if needle in folded:
                folded = pattern.sub(long, folded)
    return folded


def expand_aliases(query: str) -> str:
    """The query followed by the other side of each alias in it.

    "tiến độ GPMB" → "tiến độ GPMB giải phóng mặt bằng"; "giai phong mat bang" → "giai phong mat
    bang GPMB". Matching is on folded, whole-word text; a side already present is not repeated.
    """
    additions = alias_additions(query)
    return " ".join([query, *additions]) if additions else query


# ---- synonyms ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Synonym:
    plain: tuple[tuple[str, re.Pattern[str]], ...]  # everyday phrases: (folded needle, pattern on lower-case text)
    formal: tuple[tuple[str, re.Pattern[str]], ...]  # how notices say it, with its pattern on folded text
    idiom: bool = False  # its everyday phrases mean nothing word by word ("đá bóng việc": passing the buck)


_SEPARATOR = r"[\s,;:\-–—&/]+"


def _typed_pattern(form: str) -> tuple[str, re.Pattern[str]]:
    """The phrase as spelled or typed without any marks, on lower-case NFC text.

    Folded matching alone would read "tiến độ" as "tiền" (both "tien"): accents are the meaning.
    """
    words = re.findall(r"\w+", nfc(form).lower())
    spelled = _SEPARATOR.join(re.escape(w) for w in words)
    unmarked = _SEPARATOR.join(re.escape(fold(w)) for w in words)
    needle = max((fold(w) for w in words), key=len)
    # The whole phrase one way or the other: "yêu cầu khi" holds "cầu khi", which is no "cầu khỉ".
    body = spelled if spelled == unmarked else f"(?:{spelled}|{unmarked})"
    return needle, re.compile(rf"(?<!\w){body}(?!\w)")


@lru_cache(maxsize=1)
def _synonym_entries() -> list[dict[str, list[str]]]:
    return json.loads(SYNONYMS_PATH.read_text(encoding="utf-8"))["synonyms"]


@lru_cache(maxsize=1)
def load_synonyms() -> tuple[_Synonym, ...]:
    return tuple(
        _Synonym(
            plain=tuple(_typed_pattern(form) for form in entry["plain"]),
            formal=tuple((nfc(form), _pattern(form, long=True)[1]) for form in entry["formal"]),
            idiom=bool(entry.get("idiom", False)),
        )
        for entry in _synonym_entries()
    )


@lru_cache(maxsize=1)
def _formal_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every administrative phrase of the synonyms, matched as spelled or typed without marks."""
    forms = dict.fromkeys(nfc(form).lower() for entry in _synonym_entries() for form in entry["formal"])
    return tuple(_typed_pattern(form) for form in forms)


@lru_cache(maxsize=1)
def plain_vocabulary() -> frozenset[str]:
    """Syllables (lower-case NFC, accented as written) of the everyday phrases the synonyms translate."""
    return frozenset(w for entry in _synonym_entries() for form in entry["plain"] for w in re.findall(r"\w+", _nfc(form).lower()))


@lru_cache(maxsize=1)
def _plain_folds() -> frozenset[str]:
    return frozenset(fold(word) for word in plain_vocabulary())


def _is_plain(word: str) -> bool:
    """As `_is_everyday`: "chơi" (in "chơi game") is everyday, "chổi" (a broom) is not."""
    return _typed_as(word, plain_vocabulary(), _plain_folds())


def _typed_as(word: str, vocabulary: frozenset[str], folds: frozenset[str]) -> bool:
    """Exact accented match; a word typed without any diacritics matches on its folded form."""
    lower = _nfc(word).lower()
    return lower in vocabulary or (lower == fold(lower) and lower in folds)


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Accented everyday syllables (lower-case NFC) that never veto an answer: "ngồi", "muốn", "nhau"."""
    lines = EVERYDAY_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(_nfc(line.strip()).lower() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _everyday_folds() -> frozenset[str]:
    return frozenset(fold(word) for word in everyday_words())


def _is_everyday(word: str) -> bool:
    return _typed_as(word, everyday_words(), _everyday_folds())


def formal_synonyms(query: str) -> list[str]:
    """The administrative wording of everyday phrases in the query ("hàng nhái" → "hàng giả").

    Staff ask in their own words, notices are written in the administration's; neither BM25 nor a
    small E5 bridges "mạng không dây" and "wifi". One way only: notices never need the plain word.
    """
    folded = fold(nfc(query))
    found: list[str] = []
    for synonym, _ in _typed_synonyms(query):
        found.extend(form for form, pattern in synonym.formal if form not in found and not pattern.search(folded))
    return found


def _typed_synonyms(query: str) -> Iterator[tuple[_Synonym, list[str]]]:
    """Each synonym whose everyday side the query uses, with the phrases as typed.

    Words inside an idiom are the idiom's: "đá bóng việc" (passing the buck) says nothing of
    football ("đá bóng"). Other phrases add up: "tiền ngân sách" is money and the state budget.
    """
    text = nfc(query).lower()
    folded = fold(text)
    found = [
        (synonym, [m for needle, pattern in synonym.plain if needle in folded for m in pattern.finditer(text)])
        for synonym in load_synonyms()
    ]
    idioms = [m.span() for synonym, matches in found if synonym.idiom for m in matches]
    # So are the words of a longer phrase in the notices' own wording: "tiền" in "tiền thuê đất" is
    # no everyday word for money ("kinh phí").
    official = [m.span() for needle, pattern in _formal_patterns() if needle in folded for m in pattern.finditer(text)]
    for synonym, matches in found:
        typed = [
            m.group()
            for m in matches
            if synonym.idiom
            or not (
                any(a <= m.start() and m.end() <= b for a, b in idioms)
                or any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in official)
            )
        ]
        if typed:
            yield synonym, typed


# ---- question words -----------------------------------------------------------------------------

# Interrogatives and filler of a question; they say nothing about which paragraph answers it.
QUESTION_WORDS = frozenset(
    """ai gi nao dau bao gio sao khong chua co la the nhu may hoi cho biet toi hay nhung cac viec
    van de ve cua duoc da se dang thi va voi noi dung gom nhu the nao khi""".split()
)
_VOWEL = re.compile(r"[aeiouy]")


def content_query(question: str) -> str:
    """The question without interrogatives, for judging evidence (not for retrieval)."""
    return " ".join(s for s in syllables(question) if s not in QUESTION_WORDS)


def evidence_query(question: str) -> str:
    """`content_query` without everyday words as spelled ("muốn", "xem", "ở"), for coverage.

    A paragraph that answers "Muốn biết … thì xem ở đâu?" never says them, and the rarer they are in
    the notices the more their absence would weigh. The match is exact: "muon" typed for "muốn"
    stays, as without its diacritics it may be a topic word ("mượn").
    """
    everyday = everyday_words()
    return content_query(" ".join(word for word in re.findall(r"\w+", nfc(question)) if word.lower() not in everyday))


def plain_words_said(question: str, text: str) -> list[str]:
    """The question's everyday phrases whose administrative wording the text uses.

    "dẹp hàng nhái" is answered by a paragraph on "đấu tranh … hàng giả": for judging evidence the
    paragraph says the plain phrase too.
    """
    folded_text = fold(text)
    return [
        phrase
        for synonym, typed in _typed_synonyms(question)
        if any(pattern.search(folded_text) for _, pattern in synonym.formal)
        for phrase in typed
    ]


def is_word(folded: str) -> bool:
    """A folded syllable that can carry meaning: not a letter, not a vowelless abbreviation ("thpt")."""
    return len(folded) > 1 and bool(_VOWEL.search(folded))


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Folded one-word short forms ("bhyt"): searched by their long forms, so never unknown."""
    return frozenset(
        fold(short) for p in load_aliases() if not p.alias.case_sensitive for short in p.alias.short if short.isalnum()
    )


_DOCUMENT_SYMBOL = re.compile(r"(?<!\w)\d+(?:[./]\d+)*/[^\W_]+(?:[-/.][^\W_]+)*")


def unknown_words(question: str, known: Callable[[str], bool]) -> list[str]:
    """Content words of the question, as typed, that no stored notice contains.

    A question about a "sân golf" or "giường bệnh" that no notice mentions cannot be answered, even
    when all its other words ("giao ai chủ trì xây dựng") match a paragraph well. Abbreviations
    (no vowel: "THPT", "KCN") are left to alias expansion, everyday words to the synonyms.
    Non-topical words (`everyday_words`: "muốn", "ngồi", "nhau") are skipped too, matched with
    accents, or on the folded form when typed without any ("ngoi"), and so are abbreviations with a
    vowel ("BHYT").
    """
    found: list[str] = []
    # A document's symbol names it ("QĐ 52/2025/QĐ-CTUBND"): its letters are no topic word.
    for word in re.findall(r"[^\W\d_]+", _DOCUMENT_SYMBOL.sub(" ", question)):
        folded = fold(word)
        if (
            is_word(folded)
            and folded not in QUESTION_WORDS
            and not _is_plain(word)
            and not _is_everyday(word)
            and folded not in _abbreviations()
            and not known(folded)
        ):
            if word not in found:
                found.append(word)
    return found


# ---- what is asked -----------------------------------------------------------------------------

# Matched on folded text, so "ai chu tri" and "Ai chủ trì" are the same question.
OWNER_QUESTION = re.compile(
    r"\b(ai|co quan nao|so nao|don vi nao|ben nao|nganh nao|(?<!phan )cap nao|ai la|do ai|giao ai|giao cho ai)\b"
    r"|\b(chu tri|phu trach|dau moi)\b.*\b(la ai|nao)\b"
)
# "Ai là Trưởng Ban …?", "Ai là người kết luận phiên họp?": who someone is. Only a verb of doing
# ("ai là người chịu trách nhiệm", "lo", "làm") makes it a question about who was given the work.
# "Ai đang giữ chức …", and "Ai làm Trưởng Ban …" with the office right after the verb, ask the same.
_TITLES = (
    r"(?:giam doc|pho giam doc|chu tich|pho chu tich|truong ban|pho truong ban|bi thu|pho bi thu|"
    r"nguoi dung dau|thu truong|bo truong|thu tuong|chanh van phong|chanh thanh tra|truong phong)"
)
_IDENTITY = re.compile(
    rf"\b(ai la|la ai|ai (?:dang )?(?:giu|nam giu|dam nhiem|dam nhan) (?:chuc|cuong vi|vi tri)|ai (?:dang )?lam {_TITLES})\b"
)
# "Giám đốc Sở … tên là gì?" asks for a person; "dự án tên là gì" for a project's name.
_NAME_ASKED = re.compile(r"\bten (?:la )?gi\b|\bho ten\b|\bho va ten\b")
_PERSON_TITLE = re.compile(rf"\b{_TITLES}\b")
_DOING = re.compile(r"\b(giao(?! ban)|chu tri|phu trach|chiu trach nhiem|dau moi|thuc hien|trien khai|tham muu|lo|lam(?! dong))\b")
# Who chaired a meeting is a person, whom the notice's opening names, not an agency given work:
# "Ai chủ trì phiên họp thường kỳ tháng 4/2024?", "Cuộc họp giao ban … do ai chủ trì?", "Hội nghị …
# do đồng chí nào chủ trì?".
_MEETING = r"(?:cuoc hop|phien hop|buoi hop|ky hop|giao ban|hoi nghi|buoi lam viec)"
_WHO = r"(?:ai|dong chi nao|ong nao|ba nao)"
_CHAIR = re.compile(rf"\b{_WHO} chu (?:tri|toa) {_MEETING}\b|\b{_MEETING}\b.*\b(?:do )?{_WHO} chu (?:tri|toa)\b")
# "hạn chế" (shortcoming), "hạn hán" (drought), "giới hạn", "hạn mức", "Hàn Quốc" fold to "han" too.
_HAN = r"(?<!gioi )(?<!han )\bhan\b(?! (?:che|han|muc|quoc)\b)"
# Asks when: a deadline, unless it is when something happened (below).
DEADLINE_QUESTION = re.compile(
    rf"{_HAN}"
    r"|\b(thoi han|han chot|khi nao|bao gio|luc nao|ngay nao|thang nao|truoc ngay nao|den bao gio|thoi gian nao)\b"
)
# "Công văn 3653 ban hành ngày nào?", "phiên họp diễn ra vào ngày nào?": the date of an event, which
# the paragraph recording it states; no task is due. Any word of obligation makes it a deadline again
# ("phải ban hành trước ngày nào").
_EVENT = re.compile(r"\b(ban hanh|dien ra|co hieu luc|khai mac|duoc to chuc|ra van ban)\b")
_OBLIGATION = re.compile(rf"{_HAN}|\b(phai|hoan thanh|xong|truoc ngay|trinh)\b")


# Whose guidance a directive follows, and to whom a letter went, name no one given the work:
# "… theo hướng dẫn của cơ quan nào?", "Bộ Nội vụ gửi cho ai?" (but "gửi cơ quan nào tổng hợp" does).
_ASKED_AGENCY = r"(?:ai|nhung ai|co quan nao|so nao|don vi nao|ben nao|nganh nao|cap nao)"
_NOT_OWNER = re.compile(
    rf"\btheo (?:y kien|huong dan|chi dao|de nghi|yeu cau|quy dinh) cua {_ASKED_AGENCY}\b"
    rf"|\bgui (?:cho |den |toi )?{_ASKED_AGENCY}\W*$"
    # "ngành nào là ngành kinh tế mũi nhọn?" asks for a branch of the economy, not an agency.
    r"|\bnganh nao (?:la|tro thanh|duoc xac dinh la) (?:nganh|linh vuc|mui nhon|tru cot|dong luc)\b"
)


# Words that fold alike but are others when accented: "hạn" (a time limit) and "hàn" ("dây hàn", "Viện
# Hàn lâm"), "sở" (a department) and "số" ("mã số nào", "những nền tảng số nào"). Where the question
# carries accents, they decide; typed without them, "ma so nao" is read as a code ("mã số"), not "mà sở".
_HOMOGRAPHS = {"han": "hạn", "so": "sở"}
_HOMOGRAPH = re.compile(r"(?<!\bma )\b(?:han|so)\b|\bma so\b")


def _folded_for_intent(question: str) -> str:
    """The folded question, a homograph whose accents make it the other word blanked out."""
    text = nfc(question)
    folded = fold(text)
    if len(folded) != len(text):
        return folded

    def blank(match: re.Match[str]) -> str:
        word = match.group(0)
        typed = text[match.start() : match.end()].lower()
        if word == "ma so":
            return word if typed.endswith("sở") else "ma __"  # "mà sở nào" asks a department
        return word if typed in (word, _HOMOGRAPHS[word]) else "_" * len(word)

    return _HOMOGRAPH.sub(blank, folded)


def asks_owner(question: str) -> bool:
    """Who was given the work: "ai chủ trì …", "sở nào được giao …" (not "ai là Trưởng Ban …")."""
    folded = _NOT_OWNER.sub(" ", _folded_for_intent(question))
    return bool(OWNER_QUESTION.search(folded)) and not asks_identity(question)


def asks_identity(question: str) -> bool:
    """Who someone is ("ai là Trưởng Ban …", "người đứng đầu … là ai"), not who was given the work.

    A person's title asked about ("Giám đốc Sở … là ai") is identity even when the question also says
    what that person's office was given ("…, người được giao triển khai Công văn 3653, là ai?").
    """
    folded = fold(question)
    if _CHAIR.search(folded) or (_NAME_ASKED.search(folded) and _PERSON_TITLE.search(folded)):
        return True
    if not _IDENTITY.search(folded):
        return False
    return bool(_PERSON_TITLE.search(folded)) or not _DOING.search(folded)


def person_title(question: str) -> str | None:
    """The office a question asks about, folded ("truong ban", "pho chu tich"), if any."""
    match = _PERSON_TITLE.search(fold(question))
    return match.group(0) if match else None


def names_holder(office: str, folded_text: str) -> bool:
    """Does the (folded) text name the office itself, not only its deputy ("pho truong ban")?"""
    return bool(re.search(rf"(?<!pho ){office}\b", folded_text))


def asks_when(question: str) -> bool:
    """Asks for a time: a deadline or the date of an event."""
    return bool(DEADLINE_QUESTION.search(_folded_for_intent(question)))


def asks_deadline(question: str) -> bool:
    """By when the work is due: "hạn …", "phải … trước ngày nào" (not "ban hành ngày nào")."""
    folded = _folded_for_intent(question)
    if not DEADLINE_QUESTION.search(folded) or asks_period(question):
        return False
    return not (_EVENT.search(folded) and not _OBLIGATION.search(folded))


def asks_obligation(question: str) -> bool:
    """Words of something owed ("hạn", "phải", "hoàn thành"): a date asked is a deadline, never an event's."""
    return bool(_OBLIGATION.search(_folded_for_intent(question)))


# "… giao nhiệm vụ cho khoảng thời gian nào?", "… cho những tháng, quý nào?", "áp dụng cho giai đoạn
# nào?": the span a plan or a set of tasks covers, which notices often state only in a heading.
_STAGE_QUESTION = re.compile(r"\b(giai doan|thoi ky|nhiem ky) nao\b")
_TIME_SPAN_QUESTION = re.compile(
    r"\bkhoang thoi gian nao\b|\bcho (?:nhung |cac )?(?:thang|quy|nam)(?:,? (?:thang|quy|nam))* nao\b"
)


def asks_period(question: str) -> Literal["stage", "time"] | None:
    """The period asked: "stage", a span of years ("giai đoạn nào"); "time", months, a quarter or a year."""
    folded = fold(question)
    if _STAGE_QUESTION.search(folded):
        return "stage"
    return "time" if _TIME_SPAN_QUESTION.search(folded) else None


# ---- plan -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryPlan:
    original: str
    restored: str | None  # None when restoration changed nothing (already accented, or unknown words)
    lexical_query: str  # for BM25
    dense_query: str  # for E5
    expansions: tuple[str, ...] = ()  # alias forms and formal synonyms added to the lexical query
    province: str | None = None  # the province the question names, if any
    asks_owner: bool = False  # "ai / cơ quan nào chủ trì ...": answered by a paragraph that assigns work
    asks_deadline: bool = False  # "hạn ... khi nào": answered by an assignment that states a deadline
    asks_period: Literal["stage", "time"] | None = None  # "cho giai đoạn nào": see `asks_period`
    office: str | None = None  # "ai là Trưởng Ban …": the office whose holder is asked, folded
    # Keys of the notices we hold that the question names by number ("Thông báo 653/TB-VPCP …").
    named_notices: tuple[str, ...] = ()
    # Keys of other documents it names whose citing passages it asks for: see `documents_cited`.
    cited_documents: tuple[str, ...] = ()
    asks_what_is_cited: bool = False  # "Công điện 232 dẫn chiếu những văn bản nào?"
    asks_before_named: bool = False  # "Trước TB 39305/TB-CHQ, …": see `asks_before_named`


def held_notices_named(query: str, held: Collection[str]) -> tuple[tuple[str, ...], str]:
    """The keys of held notices the query names by number, and the query without that name.

    A notice's paragraphs seldom repeat its own number; the paragraphs that do are other notices
    citing it or its siblings ("… các Thông báo kết luận số 49/TB-VPCP …"). So the number selects
    notices (`HybridSearch`'s named-notice prior) and is no evidence for either ranker.
    """
    named = named_document(query) if held else None
    if named is None:
        return (), query
    key, start, end = named
    keys = (key,) if key in held else tuple(match_references(query, held))
    text = nfc(query)
    rest = re.sub(r" ([,;:.?])", r"\1", " ".join(f"{text[:start]} {text[end:]}".split())).strip(" ,;:")
    return keys, rest if keys and any(c.isalnum() for c in rest) else query


# "Trước TB 39305 …", "Trước khi Chính phủ ra NQ 386 …", "Khoảng mười ngày trước NQ 386, …": the
# question opens on a time before the notice it names. Not "trước ngày …", "trước đây", nor the
# "xác định trước mã số" (advance ruling) of "Kết quả xác định trước mã số tại TB 39693 …".
_BEFORE_NAMED = re.compile(
    r"^(?:(?:khoang |it nhat )?(?:\w+ ){1,2}(?:ngay|tuan|thang|nam|hom) )?truoc(?! (?:ngay|day|do|gio|nay|han|thoi)\b)(?: \w+){0,6}\s*$"
)


def asks_before_named(query: str) -> bool:
    """The question asks what came before the notice its opening clause names: the notice is a point
    in time, and the passages asked for are in earlier notices."""
    named = named_document(query)
    if named is None:
        return False
    opening = fold(nfc(query)[: named[1]])
    return "," not in opening and bool(_BEFORE_NAMED.search(opening))


# Only words about citing: "Ai triển khai Công văn 3653?" asks for an owner, not for citations.
_CITING_VERBS = r"(?:nhac den|nhac toi|dan chieu|vien dan|trich dan|de cap|can cu)"
_CITING = re.compile(rf"\b{_CITING_VERBS}\b")


def asks_citing(question: str) -> bool:
    """ "Thông báo nào nhắc đến / viện dẫn …": the question asks which passages cite something."""
    return bool(_CITING.search(fold(question)))


# "Công điện 232 dẫn chiếu những văn bản nào?", "… căn cứ vào văn bản gì?": the citing verb takes
# the question word as its object; "Văn bản nào dẫn chiếu Công điện 227?" has the document there.
_CITES_WHAT = re.compile(
    rf"\b{_CITING_VERBS}(?: den| toi| vao| theo)?"
    r"(?: nhung| cac)?(?: van ban| nghi quyet| nghi dinh| quyet dinh| chi thi| cong dien| cong van| thong bao| ke hoach| luat)?"
    r" (?:nao|gi)\b"
)


def asks_what_is_cited(question: str) -> bool:
    """The question asks what a document cites, not what cites it."""
    return bool(_CITES_WHAT.search(fold(question)))


def documents_cited(query: str, cited: Collection[str]) -> tuple[str, ...]:
    """Keys among `cited` (what the notices cite) of the document the query names, when the
    passages citing it are what the query asks for: it names the document by its full symbol
    ("Nghị quyết 68/NQ-CP"), or asks what cites it. A kind with a bare number in any other question
    ("… về triển khai Đề án 06?") names a topic that dozens of passages mention in passing.
    """
    named = named_document(query) if cited else None
    if named is None or not (is_symbol(named[0]) or asks_citing(query)):
        return ()
    return tuple(match_references(query, cited))


def understand(
    query: str, restorer: DiacriticRestorer, held: Collection[str] = (), cited: Collection[str] = ()
) -> QueryPlan:
    """Decide what each retriever sees.

    BM25 gets the user's words twice, then the alias expansions. Restoration changes diacritics only,
    so the restored text folds to the original's tokens; as `LexicalIndex.search` multiplies by query
    term frequency, the repetition halves the expansions' weight relative to the user's words. Full
    weight let "Ủy ban nhân dân" and four long index names swamp queries whose spelling already
    matched the notice (labelled questions, BM25 MRR 0.886 → 0.873); half weight keeps that at
    0.885 and still lifts questions whose abbreviation was swapped for the other side 0.824 → 0.858.
    Without expansions the query is passed as typed.

    E5 gets the restored text (what the model can read: dense MRR on unaccented questions 0.17 →
    0.86) with the long forms of abbreviations and the formal synonyms in parentheses, since E5 knows
    "giải phóng mặt bằng" far better than "GPMB" and cannot bridge "hàng nhái" to "hàng giả".

    Everyday words gain the administrative wording (`formal_synonyms`) on the restored text, so
    accents decide the match ("tiến độ" is not "tiền").

    The number of a notice in `held` leaves both rankers' text (`held_notices_named`); the restored
    question reported to the user keeps it. Another document named keeps its number in the text and
    is looked up among the keys the notices cite (`documents_cited`).
    """
    original = query
    restored_text = restorer.restore(query)
    restored = restored_text if restored_text != nfc(query) else None
    named_notices, query = held_notices_named(original, held)
    searched_restored = held_notices_named(restored, held)[1] if restored else None
    matches = find_aliases(query)
    additions = _additions(matches)
    synonyms = formal_synonyms(searched_restored or query)
    additions += [form for form in synonyms if form not in additions]
    # The province is matched by the notices' metadata (HybridSearch's province prior), not by
    # the words: paragraphs that merely repeat "Lào Cai" ("ga Lào Cai") must not outrank the one
    # that answers. Measured over the five question sets, sum of MRR 4.353 → 4.429.
    words = without_province(query)
    restored_words = without_province(searched_restored) if searched_restored else words
    # " ? " between the typed and the restored question: no word to BM25, but where a question starts
    # again for `_without_subject`, which leaves a named notice's description out of each.
    lexical_query = f"{words} ? {' '.join([restored_words, *additions])}" if additions else words
    dense_base = searched_restored or query
    long_forms = [match.alias.long[0] for match in matches if match.found_short and not match.found_long] + synonyms
    dense_query = f"{dense_base} ({'; '.join(long_forms)})" if long_forms else dense_base
    return QueryPlan(
        original=original,
        restored=restored,
        lexical_query=lexical_query,
        dense_query=dense_query,
        expansions=tuple(additions),
        province=find_province(dense_base),
        asks_owner=asks_owner(original),
        asks_deadline=asks_deadline(original),
        asks_period=asks_period(original),
        office=person_title(original) if asks_identity(original) else None,
        named_notices=named_notices,
        cited_documents=() if named_notices else documents_cited(original, cited),
        asks_what_is_cited=asks_what_is_cited(original),
        asks_before_named=bool(named_notices) and asks_before_named(original),
    )
