"""Cross-references between documents: find every citation of another document in a text.

Vietnamese administrative texts cite other documents in a handful of shapes::

    Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ      state symbol: number/TYPE-ISSUER
    Nghị định số 06/2021/NĐ-CP                               state symbol with a year
    Văn bản số 1505/UBND-KTN                                 công văn: number/ISSUER-DEPARTMENT
    Chỉ thị số 10-CT/TW, Kết luận 174 KL/TW                  party symbol: number-TYPE/ISSUER
    Luật Ban hành Văn bản quy phạm pháp luật năm 2015        named law, no symbol
    Nghị quyết 57 (của Bộ Chính trị), Đề án 06               type word and a bare number

Keys (``Reference.key``) are the same for every way of writing a reference, so they join a citation
to the cited document, and a user's query to both. Lower-case, diacritics stripped, đ→d:

* state symbol  ``<number>[/<year>]/<code>[-<code>...]``  ``68/nq-cp``, ``06/2021/nd-cp``,
  ``1505/ubnd-ktn``, ``2701/snv-cchc&vtlt``, ``59/2020/qh14``
* party symbol  ``<number>-<type>/<issuer>``              ``10-ct/tw``, ``174-kl/tw``
* named law     ``luat:<name-slug>[:<year>]`` (``bo-luat:`` for a code)
  ``luat:ban-hanh-van-ban-quy-pham-phap-luat:2015``, ``luat:phong-chong-ma-tuy``
* bare number   ``<kind-slug>:<number>[/<year>]``         ``nghi-quyet:57``, ``de-an:06`` — a partial
  key, which `match_references` resolves against the keys a library knows

Numbers keep two digits at least and lose other leading zeros ("6", "06", "006" → ``06``); spaces
around separators vanish; en/em dashes are "-"; Ð (U+00D0) is Đ. A Nghị định is always the
Government's, so "Nghị định 100/2019" completes to ``100/2019/nd-cp``.

Precision comes first — a reference table flooded with junk is useless: a symbol needs upper-case
codes ("14/22 đồng chí", "01/7/2021", "COVID-19" never match); the document's own number ("Số:
12/TB-UBND" opening a line) is not a citation; form numbers ("Mẫu số 01/TNDN") are not documents; a
type word with a bare number must be capitalised and followed by "của", "ngày", punctuation...
("Kế hoạch 5 năm" is not plan no. 5); a law's "name" that runs past a dozen words is dropped.
Type words are matched on folded text, so OCR damage to diacritics ("Quyểt định", "Chi thị", "sổ")
is harmless, and multi-word type words also tolerate one wrong letter ("Nghi quyct").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ingest.domain import Reference
from ingest.normalize import fold

__all__ = ["find_references", "find_reference_spans", "reference_key", "match_references"]

# ---------------------------------------------------------------------------------------------
# Folding. Two strings with exactly one character per source character, so that regex offsets
# are source offsets: `cased` keeps case (codes must be upper-case), `lower` is matched on.


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    cased: dict[int, str] = {}
    lower: dict[int, str] = {}
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            cased[cp], lower[cp] = base, base.lower()
    for ch, repl in {"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ɖ": "D", "ɖ": "d"}.items():
        cased[ord(ch)], lower[ord(ch)] = repl, repl.lower()
    # Word and PDF producers emit all of these for "-" and "/".
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d":
        cased[ord(ch)] = lower[ord(ch)] = "-"
    for ch in "\u2044\u2215\uff0f":
        cased[ord(ch)] = lower[ord(ch)] = "/"
    for ch in "\u00a0\u2007\u2009\u202f\u200b\ufeff":
        cased[ord(ch)] = lower[ord(ch)] = " "
    return cased, lower


_CASED, _LOWER = _build_tables()
_COMBINING = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True)
class _Folded:
    text: str
    cased: str
    lower: str
    index: list[int] | None  # folded offset -> source offset; None when they coincide

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.index is None:
            return start, end
        s = self.index[start]
        e = self.index[end - 1] + 1 if end > start else s
        while e < len(self.text) and unicodedata.combining(self.text[e]):
            e += 1  # the tone mark of the last letter belongs to the surface
        return s, e

    def source(self, start: int, end: int) -> str:
        s, e = self.source_span(start, end)
        return self.text[s:e]


def _fold_text(text: str) -> _Folded:
    if not _COMBINING.search(text):
        return _Folded(text, text.translate(_CASED), text.translate(_LOWER), None)
    # Decomposed input (combining tone marks): drop the marks, remember where each letter was.
    kept = [(i, ch) for i, ch in enumerate(text) if not unicodedata.combining(ch)]
    src = "".join(ch for _, ch in kept)
    return _Folded(text, src.translate(_CASED), src.translate(_LOWER), [i for i, _ in kept] + [len(text)])


# ---------------------------------------------------------------------------------------------
# Vocabulary.

_TYPE_WORDS: dict[str, str] = {  # folded type phrase -> kind as displayed
    "bo luat": "Bộ luật",
    "luat": "Luật",
    "phap lenh": "Pháp lệnh",
    "nghi dinh": "Nghị định",
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "nghi quyet": "Nghị quyết",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "thong tu lien tich": "Thông tư liên tịch",
    "thong tu": "Thông tư",
    "ke hoach": "Kế hoạch",
    "thong bao ket luan": "Thông báo",
    "thong bao": "Thông báo",
    "cong van": "Công văn",
    "van ban": "Công văn",
    "cong dien": "Công điện",
    "bao cao": "Báo cáo",
    "to trinh": "Tờ trình",
    "ket luan": "Kết luận",
    "huong dan": "Hướng dẫn",
    "chuong trinh": "Chương trình",
    "de an": "Đề án",
    "quy dinh": "Quy định",
    "quy che": "Quy chế",
    "thong tri": "Thông tri",
    "van ban hop nhat": "Văn bản hợp nhất",
    "giay phep": "Giấy phép",
}
# Abbreviated type words: in documents only in capitals right before a symbol ("QĐ 1788/QĐ-TTg").
_TYPE_ABBREV: dict[str, str] = {
    "qd": "Quyết định",
    "nd": "Nghị định",
    "nq": "Nghị quyết",
    "ct": "Chỉ thị",
    "tt": "Thông tư",
    "kh": "Kế hoạch",
    "tb": "Thông báo",
    "cv": "Công văn",
    "cd": "Công điện",
    "bc": "Báo cáo",
    "kl": "Kết luận",
    "hd": "Hướng dẫn",
}
# Folded upper-case first code of a symbol -> kind. Any other first code is an issuer, and the
# document a công văn ("1505/UBND-KTN").
_TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "ND": "Nghị định",
    "QD": "Quyết định",
    "QDI": "Quy định",
    "CT": "Chỉ thị",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "TB": "Thông báo",
    "KH": "Kế hoạch",
    "BC": "Báo cáo",
    "TTR": "Tờ trình",
    "CD": "Công điện",
    "KL": "Kết luận",
    "HD": "Hướng dẫn",
    "CTR": "Chương trình",
    "DA": "Đề án",
    "QC": "Quy chế",
    "CV": "Công văn",
    "PL": "Pháp lệnh",
    "BB": "Biên bản",
    "TTRI": "Thông tri",
    "VBHN": "Văn bản hợp nhất",
    "GP": "Giấy phép",
}
_KIND_CODES: dict[str, set[str]] = {}
for _code, _kind in _TYPE_CODES.items():
    _KIND_CODES.setdefault(_kind, set()).add(_code.lower())
_KIND_CODES.setdefault("Luật", set()).add("qh")

# "của Chính phủ" gives an issuer to references that carry no symbol.
_ISSUER_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"thu tuong\b"), "TTg"),
    (re.compile(r"chinh phu\b"), "CP"),
    (re.compile(r"(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong dang)\b"), "TW"),
    (re.compile(r"(?:ban thuong vu |ban chap hanh dang bo )?tinh uy\b"), "TU"),
    (re.compile(r"(?:thuong truc )?(?:hdnd|hoi dong nhan dan)\b"), "HĐND"),
    (re.compile(r"(?:ubnd|uy ban nhan dan)\b"), "UBND"),
    (re.compile(r"quoc hoi\b"), "QH"),
]

# Words that end a law's name: "Luật Xử lý vi phạm hành chính về ...", "Luật Đất đai, các ...".
# Compared with diacritics: folded, "có" and "cơ" (cơ sở), "mà" and "ma" (ma túy) are one word.
_NAME_STOP = frozenset(
    """của về được đã đang sẽ thì để tại theo này do còn có là với trong khi các những một ngày năm
    như trên sau trước gồm nhằm nếu phải cần cũng cùng hoặc hay mà vào cho từ đến và bị nên nhưng
    không trừ""".split()
)
# These end a name only before a number: "Luật Đê điều" but "Điều 5", "Luật Chuyển đổi số" but "số 59".
# Typed without marks, "nam 2019" and "so 38" are "năm 2019" and "số 38".
_NAME_STOP_BEFORE_NUMBER = frozenset({"số", "điều", "khoản", "điểm", "chương", "mục", "phần", "nam", "so"})
# "các Luật chuyên ngành", "dự thảo Luật trình Chính phủ": generic or verbal, not a name.
_NOT_NAME_START = frozenset({"chuyên", "trình", "liên", "khác", "hiện", "này", "đó", "cũ", "mẫu", "mới"})
_NAME_STOP_PAIRS = frozenset({"quy định", "sửa đổi", "bổ sung", "thay thế", "hướng dẫn", "bao gồm", "hiện hành"})
# Commas inside names: "Phòng, chống", "Quản lý, sử dụng", "Trật tự, an toàn", "Thi đua, khen thưởng".
_NAME_COMMA_CONTINUES = frozenset({"chong", "su", "an", "cong", "bia", "khen", "chua", "vien"})
_NAME_MAX_WORDS = 12
_NOT_LAW_AFTER = frozenset({"dan", "phap"})  # "Dân Luật Việt Nam", "PHÁP LUẬT" are not laws

_PARTIAL_FOLLOW = frozenset({"cua", "ngay", "ve", "va", "da", "duoc", "tai", "thi", "do", "nay"})
_TIME_UNITS = frozenset({"nam", "thang", "ngay", "quy", "tuan", "gio", "phut", "lan", "nguoi", "xa", "tinh"})

# ---------------------------------------------------------------------------------------------
# Patterns, on folded text.

_SP = r"[ \t*]*"  # "*": Markdown bold inside symbols ("63**/**2010**/**NĐ-CP")
_BR = r"[ \t*]*(?:\r?\n[ \t*]*)?"  # a PDF line may wrap right after "-" or "/"
_CODE = r"[A-Za-z][A-Za-z0-9&]{0,11}(?:\.[A-Z]{1,4}(?![a-z]))*"  # "VPCP-V.I", "CV-E.K.LM"
# Not inside a larger number, date or standard ("1.028", "01/7/2021", "QCVN 06:2022/BXD"), but after
# "No.". A 2025 numbering adds a decimal part: "Nghị quyết số 66.7/2025/NQ-CP".
_NUM = r"(?<![\w/\-:,])(?<!\d[.])(?P<num>\d{1,5}(?:\.\d{1,2})?)"
_STATE = re.compile(
    _NUM
    + rf"{_SP}/{_BR}(?:(?P<year>(?:19|20)\d\d){_SP}/{_BR})?"
    + rf"(?P<codes>{_CODE}(?:{_SP}-{_BR}{_CODE}){{0,3}})(?![\w/])"
)
_PARTY = re.compile(
    _NUM
    + rf"(?P<sep>{_SP}-{_BR}|[ \t]+)(?P<type>[A-Za-z]{{1,6}}){_SP}/{_BR}"
    + rf"(?P<issuer>{_CODE}(?:-{_CODE})?)(?![\w/])"
)
_DATE_NUMERIC = re.compile(r"[ \t]*,?\s*ngay\s*:?\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d)(?!\d)")
_DATE_WORDS = re.compile(r"[ \t]*,?\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)")
_SO = re.compile(r"(?:so|no)[.:]?")  # "số", "sổ" (OCR), "No."
# "Số: 12/TB-UBND" opening a line, or the portal's "**Số hiệu:**\n|\n12/TB-UBND": the document's own number.
_OWN_NUMBER = re.compile(r"\n[ \t|*_#>]*(?P<so>so)(?:[ \t]+hieu)?[ \t]*[:.]?[\s|*_]*$")
_FORM_WORDS = re.compile(r"\b(?:mau|bieu|phu luc|to khai|ky hieu)\s*(?:so)?\s*[:.]?\s*$")
_PARTIAL_TYPES = sorted((w for w in _TYPE_WORDS if w not in {"luat", "bo luat", "quy dinh", "quy che"}), key=len)


def _partial_pattern(types: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(w.replace(" ", r"\s+") for w in sorted(types, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])(?P<type>{alternatives})\s*(?:(?P<so>so)\s*:?\s*)?"
        r"(?P<num>\d{1,5})(?:\s*/\s*(?P<year>(?:19|20)\d\d))?(?![\w/\-]|[.,]\d)"
    )


_PARTIAL = _partial_pattern(_PARTIAL_TYPES)
_PARTIAL_LENIENT = _partial_pattern([*_PARTIAL_TYPES, *_TYPE_ABBREV])
_LAW = re.compile(r"(?<![\w])(?P<type>bo\s+luat|luat)\s+")
_LAW_YEAR = re.compile(r"[ \t]*,?\s*(?:nam\s+)?((?:19|20)\d\d)(?![\d/])")
_TOKEN = re.compile(r"\s*(?:(?P<word>[^\W_]+)|(?P<punct>\S))")

# ---------------------------------------------------------------------------------------------
# Small helpers.


def _norm_number(num: str) -> str:
    whole, dot, part = num.partition(".")
    return (whole.lstrip("0") or "0").zfill(2) + dot + part


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(unicodedata.normalize("NFC", text))).strip("-")


def _display(text: str) -> str:
    """A symbol as printed, tidied: no spaces, plain dashes, Đ for Ð."""
    cleaned = re.sub(r"[\s*]+", "", text).replace("Ð", "Đ").replace("ð", "đ")
    return re.sub("[\u2010-\u2015\u2212\ufe63\uff0d]", "-", cleaned)


def _is_code_like(code: str) -> bool:
    """Upper-case codes ("CP", "TTg", "KTr2", "HĐND") rather than words ("Tỉnh", "Sở")."""
    upper = sum(c.isupper() for c in code)
    lower = sum(c.islower() for c in code)
    return code[0].isupper() and upper >= lower and (upper >= 2 or len(code) == 1)


def _make_date(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _fuzzy_type(phrase: str) -> str | None:
    """Kind of a multi-word type phrase with at most one wrong letter (OCR: "Nghi quyct")."""
    if " " not in phrase or len(phrase) < 7 or phrase == "cong an":
        return None
    return next((k for w, k in _TYPE_WORDS.items() if " " in w and _within_one_edit(phrase, w)), None)


@dataclass
class _Found:
    start: int  # folded offsets; equal to source offsets unless the input was decomposed
    end: int
    key: str
    kind: str
    number: str
    issuer: str | None
    issued_on: date | None
    aliases: tuple[str, ...] = ()


@dataclass
class _Law:
    start: int
    name_end: int  # where the name stops: "số", a year, a date or the end of the phrase
    end: int  # after the year or date, if any
    kind: str
    name: str
    year: int | None
    issued_on: date | None


class _Scanner:
    """One pass over one text. Strict mode reads documents; lenient mode reads a user's query."""

    def __init__(self, text: str, strict: bool) -> None:
        self.f = _fold_text(text)
        self.strict = strict
        self.found: list[_Found] = []

    def run(self) -> list[tuple[Reference, int, int]]:
        laws = self._law_names()
        self._symbols(laws)
        self._bare_numbers()
        self._laws(laws)
        out: list[tuple[Reference, int, int]] = []
        for fd in sorted(self.found, key=lambda x: x.start):
            s, e = self.f.source_span(fd.start, fd.end)
            ref = Reference(
                key=fd.key,
                kind=fd.kind,
                number=fd.number,
                issuer_code=fd.issuer,
                issued_on=fd.issued_on,
                surface=self.f.text[s:e],
                aliases=list(fd.aliases),
            )
            out.append((ref, s, e))
        return out

    # -- shared -------------------------------------------------------------------------------

    def _overlaps(self, start: int, end: int) -> bool:
        return any(start < fd.end and fd.start < end for fd in self.found)

    def _date_after(self, pos: int) -> tuple[int, date | None]:
        for pattern in (_DATE_NUMERIC, _DATE_WORDS):
            m = pattern.match(self.f.lower, pos)
            if m:
                return m.end(), _make_date(*m.groups())
        return pos, None

    def _words_before(self, pos: int, limit: int = 5) -> list[tuple[int, str]]:
        """Up to `limit` words (start, folded word) right before `pos`; punctuation ends the run."""
        lo = max(0, pos - 70)
        words: list[tuple[int, str]] = []
        for m in reversed(list(re.finditer(r"[^\s*_]+", self.f.lower[lo:pos]))):
            token = m.group()
            opened = token.lstrip("(\"'[“‘")  # "(Công văn số 3653/VPCP-CĐS kèm theo)"
            if not (opened.isalpha() or _SO.fullmatch(opened)):
                break
            words.append((lo + m.end() - len(opened), opened))
            if len(words) == limit or opened != token:
                break
        words.reverse()
        return words

    def _type_before(self, pos: int) -> tuple[int | None, str | None, int | None]:
        """(start, kind) of a type phrase right before `pos`, "số" allowed between; and where "số" is."""
        words = self._words_before(pos)
        so_start = None
        if words and _SO.fullmatch(words[-1][1]):
            so_start = words[-1][0]
            words = words[:-1]
        for n in (4, 3, 2, 1):
            if len(words) < n:
                continue
            start = words[-n][0]
            phrase = " ".join(w for _, w in words[-n:])
            kind = _TYPE_WORDS.get(phrase) or _fuzzy_type(phrase)
            if kind is None and n == 1 and phrase in _TYPE_ABBREV:
                if not self.strict or self.f.cased[start : start + len(phrase)].isupper():
                    kind = _TYPE_ABBREV[phrase]
            if kind is None:
                continue
            if kind in {"Luật", "Bộ luật"} and self.strict and not self.f.cased[start].isupper():
                continue  # "luật" in "pháp luật" is not a law
            return start, kind, so_start
        return None, None, so_start

    def _issuer_phrase(self, pos: int) -> str | None:
        m = re.match(r"\s*,?\s*cua\s+", self.f.lower[pos : pos + 20])
        if not m:
            return None
        rest = self.f.lower[pos + m.end() : pos + m.end() + 60]
        return next((code for pattern, code in _ISSUER_PHRASES if pattern.match(rest)), None)

    # -- symbols ------------------------------------------------------------------------------

    def _symbols(self, laws: list[_Law]) -> None:
        law_by_name_end = {law.name_end: law for law in laws}
        candidates = [(m, "state") for m in _STATE.finditer(self.f.cased)]
        candidates += [(m, "party") for m in _PARTY.finditer(self.f.cased)]
        candidates.sort(key=lambda c: (c[0].start(), -c[0].end()))
        for m, form in candidates:
            if self._overlaps(m.start(), m.end()):
                continue
            parsed = self._parse_state(m) if form == "state" else self._parse_party(m)
            if parsed is None:
                continue
            end, key, number, type_code, issuer = parsed
            type_start, kind, so_start = self._type_before(m.start())
            if form == "party" and not m.group("sep").strip() and kind is None:
                continue  # "174 KL/TW" with a space is a symbol only right after a type word
            start = type_start if type_start is not None else so_start if so_start is not None else m.start()
            aliases: tuple[str, ...] = ()
            if self.strict and self._is_own_number(m.start()):
                continue
            if _FORM_WORDS.search(self.f.lower[max(0, start - 20) : start]):
                continue
            if kind is None:
                # "Luật Doanh nghiệp số 59/2020/QH14": the law's name is part of this citation.
                before = so_start if so_start is not None else m.start()
                law = law_by_name_end.get(len(self.f.lower[:before].rstrip()))
                if law is not None:
                    start, kind = law.start, law.kind
                    year = law.year or _split_key(key)[2]
                    aliases = (_law_key(law.kind, law.name, year),)
            if kind is None or (kind == "Công văn" and self._generic_type_word(start)):
                # "văn bản số 84/BC-UBND" is a báo cáo: "văn bản" says nothing, the symbol does
                kind = "Luật" if type_code.startswith("QH") else _TYPE_CODES.get(type_code, "Công văn")
            if issuer and issuer.upper().startswith("QH"):
                issuer = "QH"
            end, issued_on = self._date_after(end)
            self.found.append(_Found(start, end, key, kind, number, issuer, issued_on, aliases))

    def _parse_state(self, m: re.Match[str]) -> tuple[int, str, str, str, str | None] | None:
        pieces = list(re.finditer(_CODE, m.group("codes")))
        codes = [p.group() for p in pieces]
        if self.strict:
            # "12/QĐ-UBND\n- Sở Tài chính": a bullet's words after the symbol are not codes.
            n = next((i for i, c in enumerate(codes) if not _is_code_like(c)), len(codes))
            codes = codes[:n]
        if not codes or (self.strict and len(codes[0]) < 2):
            return None  # "1616/Q*Đ*-TTg": Markdown inside a symbol leaves a one-letter stub
        end = m.start("codes") + pieces[len(codes) - 1].end()
        year = m.group("year")
        key = f"{_norm_number(m.group('num'))}/{year + '/' if year else ''}{'-'.join(c.lower() for c in codes)}"
        type_code = codes[0].upper()
        issuer_code = (codes[1] if len(codes) > 1 else None) if type_code in _TYPE_CODES else codes[0]
        issuer = self._printed(issuer_code, m.start("codes"), end) if issuer_code else None
        return end, key, _display(self.f.source(m.start(), end)), type_code, issuer

    def _parse_party(self, m: re.Match[str]) -> tuple[int, str, str, str, str | None] | None:
        type_code, issuer_codes = m.group("type"), m.group("issuer")
        if self.strict and not all(_is_code_like(c) for c in [type_code, *issuer_codes.split("-")]):
            return None
        key = f"{_norm_number(m.group('num'))}-{type_code.lower()}/{issuer_codes.lower()}"
        printed = re.sub(r"^(\d+)\s+", r"\1-", self.f.source(m.start(), m.end()))  # "174 KL/TW"
        issuer = self._printed(issuer_codes.split("-")[0], m.start("issuer"), m.end())
        return m.end(), key, _display(printed), type_code.upper(), issuer

    def _generic_type_word(self, start: int) -> bool:
        return re.match(r"van\s+ban\b(?!\s+hop)", self.f.lower[start : start + 20]) is not None

    def _printed(self, folded_code: str, lo: int, hi: int) -> str:
        """A code as printed ("HĐND", not "HDND")."""
        at = self.f.cased.find(folded_code, lo, hi)
        return folded_code if at < 0 else _display(self.f.source(at, at + len(folded_code)))

    def _is_own_number(self, start: int) -> bool:
        lo = max(0, start - 40)
        window = ("\n" if lo == 0 else "") + self.f.lower[lo:start]  # the text's start is a line start
        m = _OWN_NUMBER.search(window)
        return m is not None and self.f.cased[lo + m.start("so") - (1 if lo == 0 else 0)] == "S"

    # -- a type word and a bare number --------------------------------------------------------

    def _bare_numbers(self) -> None:
        for m in (_PARTIAL if self.strict else _PARTIAL_LENIENT).finditer(self.f.lower):
            start, end = m.start(), m.end()
            if self._overlaps(start, end):
                continue
            if self.strict and not self.f.cased[start].isupper():
                continue  # in running text a cited document's type word is capitalised
            num, year, so = m.group("num"), m.group("year"), m.group("so")
            if "\n" in self.f.lower[m.end("type") : m.start("num")] and re.match(r"[.)]", self.f.lower[end : end + 1]):
                continue  # "... Quyết định\n2. Sở Tài chính": a list marker on the next line
            after = re.match(r"\s*([^\W_]+|\S)?", self.f.lower[end : end + 30])
            next_token = after.group(1) if after else None
            if self.strict and not _bare_number_context_ok(num, year, so, next_token):
                continue
            phrase = re.sub(r"\s+", " ", m.group("type"))
            kind = _TYPE_WORDS.get(phrase) or _TYPE_ABBREV[phrase]
            number = _norm_number(num) + (f"/{year}" if year else "")
            date_end, issued_on = self._date_after(end)
            if kind == "Nghị định" and year:
                key, issuer = f"{number}/nd-cp", "CP"  # a Nghị định is always the Government's
            else:
                key, issuer = f"{_slug(kind)}:{number}", self._issuer_phrase(date_end)
            shown = _display(self.f.source(m.start("num"), end))
            self.found.append(_Found(start, date_end, key, kind, shown, issuer, issued_on))

    # -- named laws ---------------------------------------------------------------------------

    def _law_names(self) -> list[_Law]:
        laws: list[_Law] = []
        for m in _LAW.finditer(self.f.lower):
            start = m.start()
            if self.strict:
                head = self.f.cased[start : m.end()].split()[0]
                if not (head[0].isupper() and (head[1:].islower() or head.isupper())):
                    continue
                prev = re.search(r"([^\W_]+)[\W_]*$", self.f.lower[max(0, start - 20) : start])
                if prev and prev.group(1) in _NOT_LAW_AFTER:
                    continue
            named = self._law_name(m.end())
            if named is None:
                continue
            name, name_end = named
            year, issued_on, end = self._law_year(name_end)
            kind = "Bộ luật" if m.group("type").startswith("bo") else "Luật"
            laws.append(_Law(start, name_end, end, kind, name, year, issued_on))
        return laws

    def _law_name(self, pos: int) -> tuple[str, int] | None:
        """The name after "Luật" and where it ends; None when there is none or it is a run-on."""
        lower = self.f.lower
        words: list[tuple[str, int]] = []  # (word with diacritics, lower-cased, or ","; end offset)
        at = pos
        while (m := _TOKEN.match(lower, at)) is not None:
            nxt = _TOKEN.match(lower, m.end())
            next_folded = nxt.group("word") if nxt else None
            if m.group("punct") is not None:
                if m.group("punct") == "," and words and next_folded in _NAME_COMMA_CONTINUES:
                    words.append((",", m.end()))
                    at = m.end()
                    continue
                break
            if m.group("word").isdigit():
                break
            word = self._source_word(m.start("word"), m.end("word"))
            if words and f"{words[-1][0]} {word}" in _NAME_STOP_PAIRS:
                words.pop()  # "quy định", "hiện hành": the first half was no part of the name
                break
            if word == "và" and words and nxt is not None and nxt.group("word"):
                following = self._source_word(nxt.start("word"), nxt.end("word"))
                if following not in _NAME_STOP and not self._type_word_at(nxt.start("word")):
                    words.append((word, m.end()))  # "Phí và lệ phí", but not "Luật A và Luật B"
                    at = m.end()
                    continue
            if word in _NAME_STOP or (not words and word in _NOT_NAME_START):
                break
            if word in _NAME_STOP_BEFORE_NUMBER and re.fullmatch(r"\d+|[ivxl]+", next_folded or "-"):
                break
            words.append((word, m.end()))
            at = m.end()
            if len(words) > _NAME_MAX_WORDS:
                return None
        while words and words[-1][0] in {",", "và"}:
            words.pop()
        if not words:
            return None
        return " ".join(w for w, _ in words), words[-1][1]

    def _type_word_at(self, pos: int) -> bool:
        return any(re.match(t.replace(" ", r"\s+") + r"\b", self.f.lower[pos : pos + 30]) for t in _TYPE_WORDS)

    def _source_word(self, start: int, end: int) -> str:
        return unicodedata.normalize("NFC", self.f.source(start, end)).lower().replace("ð", "đ")

    def _law_year(self, pos: int) -> tuple[int | None, date | None, int]:
        m = _LAW_YEAR.match(self.f.lower, pos)
        if m:
            return int(m.group(1)), None, m.end()
        end, issued_on = self._date_after(pos)
        if issued_on is not None:
            return issued_on.year, issued_on, end
        return None, None, pos

    def _laws(self, laws: list[_Law]) -> None:
        for law in laws:
            if self._overlaps(law.start, law.end):
                continue
            key = _law_key(law.kind, law.name, law.year)
            shown = re.sub(r"\s+", " ", self.f.source(law.start, law.name_end))
            if law.year:
                shown += f" {law.year}"
            self.found.append(_Found(law.start, law.end, key, law.kind, shown, "QH", law.issued_on))


def _law_key(kind: str, name: str, year: int | str | None) -> str:
    return f"{_slug(kind)}:{_slug(name)}" + (f":{year}" if year else "")


def _bare_number_context_ok(num: str, year: str | None, so: str | None, next_token: str | None) -> bool:
    if next_token in _TIME_UNITS:
        return False  # "Kế hoạch 5 năm", "Báo cáo 6 tháng"
    if so:
        return True
    if year is None and 1900 <= int(num) <= 2099:
        return False  # "Kế hoạch 2024" is the year's plan, not plan no. 2024
    return next_token is None or not next_token[0].isalnum() or next_token in _PARTIAL_FOLLOW


# ---------------------------------------------------------------------------------------------
# Public API.


def find_reference_spans(text: str) -> list[tuple[Reference, int, int]]:
    """Every citation in `text` as (reference, start, end), in order; text[start:end] == surface."""
    return _Scanner(text, strict=True).run() if text else []


def find_references(text: str) -> list[Reference]:
    """Every citation of another document in `text`, in order, one per occurrence."""
    return [ref for ref, _, _ in find_reference_spans(text)]


def reference_key(text: str | None) -> str | None:
    """The key of the (first) document a user's free text (or a notice's number) names, or None.

    Lenient: lower-case symbols ("68/nq-cp"), abbreviations ("NQ 68"), no diacritics ("nghi quyet
    68"). A type word with a bare number gives a partial key ("nghi-quyet:68"), which
    `match_references` resolves against known keys.
    """
    named = named_document(text)
    return named[0] if named else None


def named_document(text: str | None) -> tuple[str, int, int] | None:
    """`reference_key` with where the document is named: (key, start, end), offsets into NFC text."""
    text = unicodedata.normalize("NFC", text or "")
    found = _Scanner(text, strict=False).run() if text.strip() else []
    return (found[0][0].key, found[0][1], found[0][2]) if found else None


def is_symbol(key: str) -> bool:
    """Whether a key is a document's full symbol ("68/nq-cp", "57-nq/tw"), not a kind with a bare
    number ("de-an:06") or a law's name."""
    return _split_key(key)[0] in {"state", "party"}


def _split_key(key: str) -> tuple[str, str | None, str | None, tuple[str, ...]]:
    """(shape, number, year, codes) of a key; shape is "state", "party", "law" or "partial"."""
    if ":" in key:
        head, _, rest = key.partition(":")
        if head in {"luat", "bo-luat"}:
            return "law", None, None, (head, *rest.split(":"))
        number, _, year = rest.partition("/")
        return "partial", _norm_number(number), year or None, (head,)
    party = re.fullmatch(r"(\d+)-([a-z0-9&]+)/(.+)", key)
    if party:
        return "party", _norm_number(party.group(1)), None, (party.group(2), party.group(3))
    parts = key.split("/")
    year = parts[1] if len(parts) == 3 else None
    return "state", _norm_number(parts[0]), year, tuple(parts[-1].split("-"))


def _kind_has_code(kind_slug: str, type_code: str, shape: str) -> bool:
    kind = next((k for k in _KIND_CODES if _slug(k) == kind_slug), None)
    if kind is None:
        return False
    if type_code in _KIND_CODES[kind] or (kind == "Luật" and type_code.startswith("qh")):
        return True
    # A công văn's symbol opens with its issuer, not with a type code.
    return kind == "Công văn" and shape == "state" and type_code.upper() not in _TYPE_CODES


def match_references(query: str, known_keys: Iterable[str]) -> list[str]:
    """Known keys the user's `query` may mean, best first; [] when none fits.

    "68/NQ-CP" finds "68/nq-cp"; "nghị quyết 68" finds "68/nq-cp", "68-nq/tw" and "nghi-quyet:68";
    "luật đất đai" finds "luat:dat-dai:2024"; a bare "68" finds every document numbered 68.
    """
    known = sorted(set(known_keys))
    key = reference_key(query)
    if key is None:
        bare = re.fullmatch(r"\s*(\d{1,5})\s*", query or "")
        if not bare:
            return []
        number = _norm_number(bare.group(1))
        return [k for k in known if _split_key(k)[1] == number]
    shape, number, year, codes = _split_key(key)
    if key in known and (shape in {"state", "party"} or (shape == "law" and len(codes) > 2)):
        return [key]  # a full symbol, or a named law with its year: nothing else is meant
    hits: list[str] = [key] if key in known else []
    for candidate in known:
        if candidate == key:
            continue
        c_shape, c_number, c_year, c_codes = _split_key(candidate)
        if shape == "law":
            same_name = c_shape == "law" and c_codes[:2] == codes[:2]
            if same_name and (len(codes) < 3 or len(c_codes) < 3 or codes[2] == c_codes[2]):
                hits.append(candidate)  # a year on one side only still names the same law
        elif shape == "partial":
            if c_number != number or (year and c_year and year != c_year):
                continue
            if (c_shape == "partial" and c_codes == codes) or (
                c_shape in {"state", "party"} and _kind_has_code(codes[0], c_codes[0], c_shape)
            ):
                hits.append(candidate)
        elif c_shape == shape and c_number == number and c_codes == codes:
            hits.append(candidate)  # the same symbol cited with and without its year
    return hits
