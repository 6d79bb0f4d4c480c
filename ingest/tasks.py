"""Assignments in a notice: who leads, who supports, by when — one `Task` per assignment.

An assignment is anchored either on a trigger ("Giao Sở X ...", "Yêu cầu các sở, ngành ...",
"Đề nghị Nhà đầu tư ...") or on an agency that opens a clause and is followed by what it must do
("Sở Xây dựng chủ trì, phối hợp Sở Giao thông vận tải ... nghiên cứu ..."). A paragraph without an
anchor inherits the owner of an enclosing heading ("5. Giao Sở Nông nghiệp và PTNT:", "e) Sở Xây
dựng:"). "X chủ trì: (1) ...; (2) ..." gives one task per numbered item, and a closing "Thời hạn ..."
after the last item (or in a bullet of its own) applies to every item of the list.

Owners also come from a name before a colon ("4. Văn phòng Bộ: Thực hiện ..."), and from an intro
that ends with its assignee ("..., Bộ Tài chính đề nghị UBND các tỉnh:") or announces the details
("đề nghị X thực hiện ... Cụ thể:"). An owner-less directive introducing a list ("Tham mưu Lãnh đạo
Bộ:") is one task; its items are its objects. A letter's opening sentence ("..., Bộ Tài chính đề nghị
UBND các tỉnh quan tâm chỉ đạo:") hands its assignee to the numbered items and topic sections after
it, and is no task of its own unless it directs something before its "Cụ thể:". A decision's "1.
Trách nhiệm của Sở X" owns its lettered items. The bullets under "Kính gửi:" or "... điện:" are
addressees, never owners.

A task table (a plan's appendix: "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
hoàn thành", rows written by ingest.structure as cells joined by " | " under the header row) gives one
task per row: the lead and supporting agencies are read from their columns (a cell names agencies only,
so "Sở, ban, ngành" needs no "các"), the deadline from its column ("2025" is due at the year's end,
"Thường xuyên" is none). Bullets under an item that opens with its assignee ("(1) Bộ Y tế chỉ đạo
...", "- Chủ trì, phối hợp ...") go on with that assignee, unless they read as names (recipients).

In a national notice about one province (its title: "... làm việc với lãnh đạo tỉnh Điện Biên") a bare
"Tỉnh" or "UBND tỉnh" is that province's committee. A sentence broken after "hoàn thành trước" or after
an owner list's ";" goes on in the next line; a paragraph's closing "Thời hạn ..." dates each of its
assignments; of two dates in one task the first is its deadline.

Not assignments: an earlier directive quoted (“...”) or reported ("đã giao"); the issuing authority
speaking of itself ("UBND tỉnh tiếp thu ...", "Bộ Y tế đề nghị ..." in the ministry's own letter),
whoever gives a directive ("X yêu cầu Y ...": Y leads),
descriptions ("Sở X đang xây dựng ...", "(Sở X trình)"), attendee and addressee lists ("Kính gửi:").
A directive without any assignee is kept, with an empty lead, only when it carries a deadline: that
is still something due by a date. An intro that only announces the items below ("... tập trung thực
hiện các nhiệm vụ, giải pháp sau:") is no task of its own.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ingest.agencies import Mention, Stream, canonical_agency, load_registry
from ingest.deadlines import DeadlineMatch, find_deadlines, heading_period, parse_deadline, period_heading
from ingest.domain import TABLE_CELL, Deadline, NoticeMeta, Paragraph, Task
from ingest.normalize import fold

__all__ = ["EXTRACTOR_VERSION", "Owner", "extract_tasks", "owner_of", "tasks_in_text"]

# Stored with every notice. Raise it whenever extraction changes what it finds in a notice already
# stored: `notices upgrade` then extracts those notices' tasks again from their stored paragraphs,
# and `/health` counts the notices still waiting (2: heading periods, session 9; 3: a deadline's
# hour with its part of the day, "trước 10 giờ sáng ngày …", session 14; 4: a Party committee as an
# owner, "Giao Đảng uỷ Quốc hội chỉ đạo …", session 15; 5: a second office after a dash, "Bộ trưởng
# Bộ Tài chính - Phó Trưởng ban … tập trung …", national media and the 389 steering committee, session 16;
# 6: "các tỉnh uỷ, thành uỷ" and "các cấp uỷ, tổ chức đảng" as groups of assignees, session 19;
# 7: a body named by the one it serves, "Tiểu ban giúp việc Ban Chỉ đạo 934", session 20;
# 8: kinds of body listed bare, "đề nghị bộ, ngành, địa phương …", and the Party's central bodies
# registered; "… được triển khai" after a body is a passive, session 21;
# 9: levels and "liên quan" after a name inside an owner list, "các Ban, Ngành cấp tỉnh", session 26;
# 10: "và các tổ chức, cá nhân có liên quan" after the owners is no part of the task, session 26;
# 11: "đoàn thể" are the mass organisations and "các cơ quan, tổ chức, cá nhân" a group, session 34;
# 12: a People's Council's resolution assigns its People's Committee and its standing committee,
# "Ủy ban nhân dân Thành phố" is a centrally governed city's committee and "Thuế thành phố Hà Nội" its
# tax office, session 37).
EXTRACTOR_VERSION = 12

_TERMINAL = re.compile(r"[.;:!?…]\W*$")
_MARKER_KIND = [
    ("bullet", re.compile(r"^[-+•*–]$")),
    ("number", re.compile(r"^\d+(\.\d+)*\.?$")),
    ("letter", re.compile(r"^[a-zđ]\)$", re.I)),
    ("roman", re.compile(r"^[IVXLC]+\.$")),
    ("paren", re.compile(r"^\(\d+\)$")),
]
# Where a new clause (and so a new subject) may start: after ":" or ";", or a "." before a capital.
_CLAUSE_BREAK = re.compile(r"[:;]\s+|\.\s+")
# Connectives that open a clause even after a comma: "..., trong đó Sở X khẩn trương ...".
_OPENER = re.compile(
    r"(?:^|(?<=[\s,;:.]))(trong do|dong thoi|ben canh do|ngoai ra|theo do|mat khac|sau do|tren co so do)\s*,?\s+"
)
# A clause may open with an adverbial before its subject: "Trường hợp còn thiếu, Tỉnh tổng hợp ...",
# "Sau khi UBND tỉnh ban hành ..., Văn phòng UBND tỉnh có trách nhiệm ...".
# Matched with diacritics: folded, "để" (so as to) would also be "đề" (to propose) in "đề xuất ...".
_FRONTED = re.compile(
    r"(?:trường hợp|trong trường hợp|trong thời gian tới|trong quá trình|sau khi|trên cơ sở|căn cứ|đối với|khi|nếu|"
    r"để|nhằm)(?!\w)[^,;:.]{0,160},\s+"
)
# ... and it may list agencies itself: "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính
# khẩn trương ...". The subject then starts after a later comma, with a capital.
_LATER_COMMA = re.compile(r",\s+(?=[^\W\d_])")
_ITEM = re.compile(r"(?:^|(?<=[\s:;,.]))\((\d{1,2})\)\s")
_TRIGGERS: dict[tuple[str, ...], str] = {
    ("giao",): "giao",
    ("giao", "cho"): "giao",
    ("yeu", "cau"): "yeu cau",
    ("de", "nghi"): "de nghi",
}
# A trigger word after these is a noun or a passive ("được giao", "theo yêu cầu"), not a directive.
# "đã giao" reports an earlier directive ("Thủ tướng Chính phủ đã giao ...").
_NOT_TRIGGER_AFTER = {"duoc", "theo", "ung", "cau", "vu", "nhiem", "viec", "da"}  # "về việc giao X là ..."
# Verbs a directive without a named owner begins with; "Tình hình ..." or "Báo cáo ..." (a noun) do not.
_IMPERATIVE = {
    "tap trung", "khan truong", "hoan thien", "hoan thanh", "day nhanh", "day manh", "tang cuong",
    "xay dung", "trien khai", "ra soat", "tiep tuc", "chu dong", "to chuc", "thuc hien", "nghien cuu",
    "de xuat", "tham muu", "chuan bi", "kiem tra", "quyet liet", "tich cuc", "phan dau", "ban hanh",
    "kien quyet", "theo doi", "don doc", "bo tri", "cap nhat", "khac phuc", "giai quyet", "lap ke",
}
_VERB_PAIRS = {tuple(v.split()) for v in _IMPERATIVE}
# After a subject these describe rather than direct: "đang xây dựng", "đạt 77%", "là", "thuộc".
_DESCRIPTIVE = {"dang", "vua", "dat", "la", "thuoc"}
# A name the registry does not know opens an assignment only with an unmistakable directive verb.
_OWNER_VERBS = _VERB_PAIRS | {("chu", "tri"), ("phoi", "hop"), ("co", "trach"), ("tiep", "thu"), ("bao", "cao")}
# What may follow the owner in a heading that only names the owner of the items below it.
# "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" names the owners by what they were given,
# "8. Các đơn vị có TTHC" by what they have.
_OWNER_ONLY_TAIL = re.compile(
    r"^(?:co\s+(?!trach\b)\w+(?:\s+\w+)?\W*$"
    r"|(?:duoc\s+giao(?:\s+nhiem\s+vu|\s+chu\s+tri)?\s*)?(?:chu\s+tri)?\W*(?:co\s+trach\s+nhiem\s*)?(?:(?:thuc\s+hien|trien\s+khai)\s+)?(?:cac|mot\s+so)?\s*"
    r"(?:nhiem\s+vu|noi\s+dung|viec)?\s*(?:sau|nhu\s+sau|cu\s+the)?\W*$)"
)


@dataclass(frozen=True)
class Owner:
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()


@dataclass
class _Piece:
    paragraph: Paragraph
    offset: int  # where the paragraph's text starts in the unit's text


@dataclass
class _Unit:
    """One paragraph, or several when wrap repair left a sentence split across paragraphs."""

    text: str
    pieces: list[_Piece]
    first: Paragraph

    @property
    def heading_path(self) -> tuple[str, ...]:
        return tuple(self.first.heading_path)


@dataclass
class _Draft:
    lead: list[str]
    support: list[str]
    task: str
    start: int  # span in the unit's text
    end: int
    deadline: Deadline | None
    from_item: bool = False
    unit: _Unit | None = None
    siblings: tuple[str, ...] = ()


@dataclass
class _Anchor:
    start: int  # character offset in the analysed text
    lead: list[str]
    after: int  # token index where the lead (and "chủ trì, phối hợp Y") ends
    support: list[str] = field(default_factory=list)


# --- small text helpers ------------------------------------------------------------------------


def _marker_kind(marker: str | None) -> str | None:
    if not marker:
        return None
    for kind, pattern in _MARKER_KIND:
        if pattern.match(marker):
            return kind
    return "other"


def _body_start(paragraph: Paragraph) -> int:
    """Offset after the paragraph's own marker ("- ", "3.2. ", "a) "), which the text keeps."""
    text = paragraph.text
    marker = paragraph.marker
    stripped = len(text) - len(text.lstrip())
    if marker and text[stripped:].startswith(marker):
        end = stripped + len(marker)
        return end + len(text[end:]) - len(text[end:].lstrip())
    return stripped


def _paren_depth(text: str) -> list[int]:
    """Per character: how deep inside parentheses or quotation marks it is. A parenthesis is an
    aside; a quotation (“Các Bộ ... chủ động rà soát ...”) is an earlier document's words."""
    depth, out, quoted = 0, [], False
    for ch in text:
        opening = ch in "(“" or (ch == '"' and not quoted)
        if opening:
            depth += 1
            quoted = quoted or ch == '"'
        out.append(depth)
        if depth and (ch in ")”" or (ch == '"' and quoted and not opening)):
            depth -= 1
            quoted = quoted and ch != '"'
    return out


# "… Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành …":
# whoever else is concerned closes the owner list; what they are to do comes after.
_OTHERS_CONCERNED = re.compile(r"^(?:và|cùng)\s+(?:các\s+)?tổ chức,?\s*cá nhân(?:\s+(?:có\s+)?liên quan)?\s+", re.IGNORECASE)


def _clean_task(text: str) -> str:
    text = _OTHERS_CONCERNED.sub("", re.sub(r"\s+", " ", text).strip(" ,;:-–"))
    # The deadline is a field of its own: "Thời hạn ...", "Thời gian hoàn thành ..." are cut off.
    text = re.sub(r"(?:\s*[;,.]?\s*(?:[Tt]hời hạn|[Tt]hời gian (?:hoàn thành|thực hiện))\b[^;]*)$", "", text)
    text = re.sub(r"[\s./;,]+$", "", text)
    return text[:1].upper() + text[1:] if text else text


def _add(names: list[str], more: list[str] | tuple[str, ...]) -> None:
    for name in more:
        if name not in names:
            names.append(name)


# In a notice of the Government Office or a ministry, a provincial People's Committee ("Tỉnh ...",
# "UBND tỉnh") is an assignee like any other; only the national issuers speak for themselves.
_NATIONAL_NOTICE: ContextVar[bool] = ContextVar("national_notice", default=False)
_NATIONAL_ISSUER = re.compile(r"chinh phu|thu tuong|quoc hoi|trung uong|^bo\s")
# A national notice about one province ("... làm việc với lãnh đạo tỉnh Điện Biên") calls that
# province's committee just "Tỉnh" or "UBND tỉnh".
_NOTICE_PROVINCE: ContextVar[str | None] = ContextVar("notice_province", default=None)
# A People's Council resolution gives its implementation to the People's Committee and its supervision
# to the council's standing committee and boards ("Giao Ủy ban nhân dân Thành phố tổ chức thực hiện
# Nghị quyết"): there only the council itself speaks for itself.
_COUNCIL_NOTICE: ContextVar[bool] = ContextVar("council_notice", default=False)
_COUNCIL_ISSUER = re.compile(r"^(?:hoi dong nhan dan|hdnd)\b")
_COUNCIL = "Hội đồng nhân dân tỉnh"


def _non_issuer(mentions: list[Mention]) -> list[str]:
    names: list[str] = []
    entries = load_registry().entries
    for m in mentions:
        local_body = all(not (entries.get(n) and entries[n].national) for n in m.names)
        if not m.issuer:
            _add(names, m.names)
        elif (_NATIONAL_NOTICE.get() and local_body) or _COUNCIL_NOTICE.get():
            # "UBND tỉnh Đồng Nai" in a national notice is that province's committee, named in full.
            place = m.place or _NOTICE_PROVINCE.get()
            _add(names, [_of_province(n, place) if place else n for n in m.names if n != _COUNCIL])
    return names


def _level() -> tuple[bool, bool, str | None]:
    """What the owner of a heading depends on beyond its words, to key the caches: the notice level
    and the province a national notice or a council's resolution is about."""
    return _NATIONAL_NOTICE.get(), _COUNCIL_NOTICE.get(), _NOTICE_PROVINCE.get()


def _of_province(name: str, place: str) -> str:
    """ "Ủy ban nhân dân tỉnh" of a place: a centrally governed city's is "... thành phố Huế"."""
    if fold(place) in load_registry().cities:
        name = re.sub(r" tỉnh$", " thành phố", name).replace("Tỉnh ủy", "Thành ủy")
    return f"{name} {place}"


def _province_of_title(title: str) -> str | None:
    """The one province a national notice's title names after "tỉnh"/"thành phố" ("... VỚI LÃNH ĐẠO
    TỈNH ĐIỆN BIÊN"); None for none or several ("các tỉnh Đắk Lắk, Khánh Hòa")."""
    stream = Stream(title)
    registry = stream.registry
    found: set[str] = set()
    for k in range(len(stream.tokens)):
        unit = 1 if stream.key(k) == "tinh" else 2 if (stream.key(k), stream.key(k + 1)) == ("thanh", "pho") else 0
        if not unit or stream.key(k - 1) == "cac":
            continue
        name = stream.longest(k + unit, registry.provinces)  # type: ignore[arg-type]
        if name:
            found.add(name[1])
    return found.pop() if len(found) == 1 else None


# --- anchors -----------------------------------------------------------------------------------


def _clause_starts(text: str, folded: str, depth: list[int], extra: list[int]) -> list[int]:
    starts = {0, *extra}
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group().startswith(".") and not text[m.end() : m.end() + 1].isupper():
            continue  # "9.399 tỷ", "v.v. các" — not a sentence end
        if m.group().startswith(":") and re.search(r"(?:^|\s)(nhu|gom)\s*$", folded[: m.start()]):
            continue  # "... đạt khá như: Ban QLDA ... 81,2%": examples, not assignments
        starts.add(m.end())
    starts.update(m.end() for m in _OPENER.finditer(folded))
    lowered = text.lower()
    for s in list(starts):  # "Đồng thời, Sở X ..." at a clause start: the subject follows the connective
        opener = _OPENER.match(folded, s)
        if opener:
            starts.add(opener.end())
        fronted = _FRONTED.match(lowered, s)
        if fronted:
            starts.add(fronted.end())
            starts.update(_capitalised_after_commas(text, fronted.end()))
    return sorted(s for s in starts if s < len(text) and (s == 0 or depth[s - 1] == 0 or s in extra))


def _capitalised_after_commas(text: str, start: int, reach: int = 200) -> list[int]:
    """Offsets just after the commas that follow `start` in the same clause and precede a capital or
    a group's determiner ("..., nếu có vướng mắc, các sở, ngành kịp thời phản ánh ...")."""
    window = re.split(r"[;:.]", text[start : start + reach], maxsplit=1)[0]
    return [
        start + m.end()
        for m in _LATER_COMMA.finditer(window)
        if text[start + m.end()].isupper() or _DETERMINER.match(text, start + m.end())
    ]


_DETERMINER = re.compile(r"(?:các|mỗi|từng|tất cả các)\s", re.I)


def _trigger_at(stream: Stream, i: int) -> int:
    """Length of a trigger ("giao", "yêu cầu", "đề nghị") at token i, or 0."""
    found = stream.longest(i, _TRIGGERS)  # type: ignore[arg-type]
    return found[0] if found else 0


def _directive_follows(stream: Stream, j: int) -> bool:
    """After a clause-initial agency list: does a directive follow (a verb), or is it a list/description?"""
    tokens = stream.tokens
    if j >= len(tokens):
        return False
    t = tokens[j]
    if t.word and t.key[:1].isdigit():
        return False  # "Các bộ, ngành 30/09/2025": a table row (who, when), not a directive
    if t.word and _words_before_break(stream, j) < 2:
        return False  # "Hội Nông dân tỉnh; Tỉnh Đoàn; ..." — names in a list, no directive
    if t.word:
        if (
            t.upper
            or t.key in _DESCRIPTIVE
            or (t.key in ("tang", "giam") and stream.key(j + 1) != "cuong")
            or (t.key == "cap" and stream.key(j + 1) in ("tinh", "huyen", "xa"))  # "... cấp tỉnh": a level
        ):
            return False  # "Ban hành Thông báo" (a title), "đang xây dựng", "đạt 77%" (a description)
        if t.key == "da" and stream.key(j + 1) != "duoc":
            return False  # "đã chủ trì" describes; "đã được giao ..." qualifies the subject
        if t.key == "duoc" and stream.key(j + 1) not in ("giao", "phan") and not _duty_follows(stream, j):
            # "(việc đề xuất của) các bộ, ngành được triển khai …", "các xã được bố trí …": a passive or
            # a right, not a directive; "các cơ quan được xin ý kiến có trách nhiệm …" is one.
            return False
        if (t.key, stream.key(j + 1)) in (("thong", "bao"), ("tran", "trong"), ("xin", "thong")):
            return False  # "Văn phòng UBND tỉnh (trân trọng) thông báo để ..." closes the notice
        if (t.key, stream.key(j + 1)) in (("thong", "nhat"), ("nhat", "tri")):
            return False  # "Các Bộ, cơ quan thống nhất ...": what a meeting agreed, not a directive
        if _answers_for(stream, j):
            return False
        return True
    if t.key == ",":
        # "Sở Y tế, UBND các huyện, các cơ sở y tế, giáo dục khẩn trương ...": a tail the list parser
        # did not take, then the verb.
        for k in range(j + 1, min(j + 15, len(tokens))):
            if tokens[k].key in (".", ";", ":", "(") or tokens[k].upper or tokens[k].key in _DESCRIPTIVE | {"da"}:
                return False  # ("..., người dân đã chủ động ...": a description)
            if (tokens[k].key, stream.key(k + 1)) in (_VERB_PAIRS | {("chiu", "trach")}) - {("to", "chuc")}:
                return True  # ("tổ chức" is as often the noun "organisation")
    return False


def _duty_follows(stream: Stream, j: int, reach: int = 30) -> bool:
    """Does "có / chịu trách nhiệm" follow token j within its clause?"""
    for k in range(j, min(j + reach, len(stream.tokens))):
        if stream.key(k) in (".", ";", ":"):
            return False
        if stream.key(k) in ("co", "chiu") and stream.key(k + 1) == "trach":
            return True
    return False


def _answers_for(stream: Stream, j: int) -> bool:
    """ "Các Bộ trưởng ... chịu trách nhiệm (toàn diện) trước Chính phủ về kết quả ...": who answers for
    the outcome, not work to do (a directive "Giao X chịu trách nhiệm ..., báo cáo ..." is read through
    its trigger instead)."""
    if [stream.key(k) for k in range(j, j + 3)] != ["chiu", "trach", "nhiem"]:
        return False
    k = j + 3
    if (stream.key(k), stream.key(k + 1)) == ("toan", "dien"):
        k += 2
    return stream.key(k) == "truoc"


def _words_before_break(stream: Stream, j: int, enough: int = 2) -> int:
    count = 0
    for t in stream.tokens[j:]:
        if t.key in (";", ".") or count >= enough:
            break
        count += t.word
    return count


def _lead_tail(stream: Stream, j: int) -> tuple[int, list[str]]:
    """Skip "chủ trì, phối hợp (với) Y, Z" after a lead; return where the task starts and the supporters."""
    support: list[str] = []
    j = _remit_end(stream, j)
    if (stream.key(j), stream.key(j + 1)) == ("chu", "tri"):
        j += 2
        if stream.key(j) == ",":
            j += 1
    if stream.key(j) == "cung":
        # "chủ trì cùng Bộ Y ...": those it works with support it, as after "phối hợp".
        end: int | None = j + 1 + (stream.key(j + 1) == "voi")
    else:
        end = _coordination_end(stream, j)
    if end is not None:
        mentions, k = stream.list_at(_units_of(stream, end), lenient=True)
        if mentions:
            mentions, k = _parent_bodies(stream, mentions, k)
            mentions, k = _with_unit(stream, mentions, k)
            support = _non_issuer(mentions)
            j = k
    return j, support


def _units_of(stream: Stream, k: int) -> int:
    """Skip "(các) cơ quan chức năng của" / "đơn vị chuyên môn thuộc" at token k: a body's own units
    work for it, so "phối hợp với cơ quan chức năng của Bộ X" credits Bộ X."""
    j = k + (stream.key(k) == "cac")
    words = tuple(stream.key(j + n) for n in range(4))
    if words[:2] in (("co", "quan"), ("don", "vi")) and words[2:] in (("chuc", "nang"), ("chuyen", "mon")):
        if stream.key(j + 4) in ("cua", "thuoc"):
            return j + 5
    return k


def _with_unit(stream: Stream, mentions: list, end: int) -> tuple[list, int]:  # type: ignore[type-arg]
    """ "phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)": the unit named in
    the parenthesis after a supporter does the work with it, so it supports too."""
    found = list(mentions)
    for mention in mentions:
        unit = stream.mention_at(mention.end + 1) if stream.key(mention.end) == "(" else None
        if unit is not None and stream.key(unit.end) == ")":
            found.insert(found.index(mention) + 1, unit)
            end = max(end, unit.end + 1)
    return found, end


def _parent_bodies(stream: Stream, mentions: list, end: int) -> tuple[list, int]:  # type: ignore[type-arg]
    """ "các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng": the units of named bodies are
    credited to those bodies; a group that belongs to nobody named stays as it is."""
    registry = load_registry()
    if not all(n not in registry.entries and n.startswith(("Các ", "Ủy ban nhân dân cấp")) for m in mentions for n in m.names):
        return mentions, end
    start = mentions[-1].start
    for k in range(start, min(end + 1, len(stream.tokens))):
        if stream.key(k) == "thuoc":
            k += 1
            if stream.key(k) == "bo" and not stream.tokens[k].upper:
                return mentions, end
            named, after = stream.list_at(k, lenient=True)
            if named and all(m.known and not any(n.startswith("Các ") for n in m.names) for m in named):
                return named, max(after, end)
            break
    return mentions, end


# "theo chức năng, nhiệm vụ, thẩm quyền (được giao)", "trong phạm vi chức năng, nhiệm vụ của mình":
# where the assignee acts, between its name and its verb.
_REMIT = re.compile(
    r"^,?\s*(?:theo|trong pham vi|thuoc)\s+(?:chuc nang|nhiem vu|tham quyen|quyen han|trach nhiem|linh vuc)"
    r"(?:\s*,?\s*(?:va\s+)?(?:chuc nang|nhiem vu|tham quyen|quyen han|trach nhiem|linh vuc|quan ly|duoc giao|"
    r"cua minh|duoc phan cong))*\s*,?"
)


def _remit_end(stream: Stream, j: int) -> int:
    """The token after a remit phrase at token j ("theo chức năng, nhiệm vụ, thẩm quyền"), else j."""
    if j >= len(stream.tokens) or stream.key(j) not in ("theo", "trong", ","):
        return j
    rest = fold(stream.text[stream.tokens[j].start :])
    found = _REMIT.match(rest)
    if not found:
        return j
    return stream.token_at(stream.tokens[j].start + len(found.group().rstrip()))


def _coordination_end(stream: Stream, j: int) -> int | None:
    """If "phối hợp (chặt chẽ) (và hướng dẫn) (, trao đổi) (với|cùng)" starts at token j, the token
    after it."""
    if stream.key(j) != "phoi":
        return None
    k = j + 1
    parts = [
        ("hop",), ("chat", "che"), ("va", "huong", "dan"), ("va", "ho", "tro"), (",",), ("trao", "doi"), ("huong", "dan"),
        ("ho", "tro"),
    ]
    for part in (*parts, ("voi",), ("cung",)):
        if tuple(stream.key(k + n) for n in range(len(part))) == part:
            k += len(part)
    return k


def _supporters(stream: Stream, start: int, end: int) -> list[str]:
    """Everyone the text asks to be coordinated with ("phối hợp (với) X") between two offsets."""
    names: list[str] = []
    for i, t in enumerate(stream.tokens):
        if t.key != "phoi" or not start <= t.start < end:
            continue
        k = _coordination_end(stream, i)
        if k is None or k == i + 1:
            continue  # "phối" alone is not a coordination phrase
        mentions, last = stream.list_at(k, lenient=True)
        if mentions and stream.tokens[last - 1].end <= end:
            mentions, last = _parent_bodies(stream, mentions, last)
            mentions, last = _with_unit(stream, mentions, last)
            _add(names, _non_issuer(mentions))
    return names


def _anchors(stream: Stream, extra_starts: list[int] | None = None) -> list[_Anchor]:
    text = stream.text
    folded = fold(text) if len(fold(text)) == len(text) else text.lower()
    depth = _paren_depth(text)
    anchors: dict[int, _Anchor] = {}
    for c in _clause_starts(text, folded, depth, extra_starts or []):
        i = stream.token_at(c)
        anchor = _clause_anchor(stream, i)
        if anchor:
            anchors.setdefault(anchor.start, anchor)
    for i, t in enumerate(stream.tokens):
        if depth[t.start] or stream.key(i - 1) in _NOT_TRIGGER_AFTER:
            continue
        n = _trigger_at(stream, i)
        if not n or (i + n < len(stream.tokens) and depth[stream.tokens[i + n].start] > depth[t.start]):
            continue  # "... giao “Các Bộ ... rà soát”": an earlier directive quoted, not this one's
        anchor = _triggered(stream, i, n)
        if anchor and not any(a.start <= t.start < stream.tokens[a.after - 1].end for a in anchors.values()):
            anchors.setdefault(anchor.start, anchor)
    return _outermost(stream, sorted(anchors.values(), key=lambda a: a.start))


def _outermost(stream: Stream, anchors: list[_Anchor]) -> list[_Anchor]:
    """Drop an anchor that starts inside the assignee list of an earlier one: after "đề nghị UBND các
    xã; các đơn vị trực thuộc thực hiện ...", "các đơn vị" opens no clause of its own."""
    kept: list[_Anchor] = []
    for anchor in anchors:
        if not any(k.start < anchor.start < stream.tokens[k.after - 1].end for k in kept):
            kept.append(anchor)
    return kept


def _triggered(stream: Stream, i: int, n: int) -> _Anchor | None:
    mentions, j = stream.list_at(i + n, lenient=True, semicolons=True)
    lead = _non_issuer(mentions)
    if not lead:
        return None
    after, support = _lead_tail(stream, j)
    return _Anchor(stream.tokens[_giver_start(stream, i)].start, lead, after, support)


def _giver_start(stream: Stream, i: int, reach: int = 8) -> int:
    """Where the name of whoever gives the directive at token i begins ("..., Thủ tướng Chính phủ đề
    nghị X"): the clause starts there, so the text before it is not read as a task of its own."""
    for k in range(max(0, i - reach), i):
        mention = stream.tokens[k].upper and stream.mention_at(k)
        if mention and mention.end == i:
            return k
    return i


def _clause_anchor(stream: Stream, i: int) -> _Anchor | None:
    if i >= len(stream.tokens):
        return None
    n = _trigger_at(stream, i)
    if n:
        return _triggered(stream, i, n)
    mentions, j = stream.list_at(i, semicolons=True)
    if not mentions:
        return None
    lead = _non_issuer(mentions)
    n = _trigger_at(stream, j)
    if not lead or n:
        # "UBND tỉnh yêu cầu Thủ trưởng các sở ...", "Chủ tịch UBND tỉnh giao Sở X ...": whoever
        # gives the directive does not carry it out, issuer or not ("Sở Y tế đề nghị UBND các xã ...").
        return _triggered(stream, j, n) if n else None
    after, support = _lead_tail(stream, j)
    if stream.key(after) == ":":
        return None  # "Sở X chủ trì: (1) ..." names an owner; the items carry the tasks
    if not all(m.known for m in mentions) and (stream.key(j), stream.key(j + 1)) not in _OWNER_VERBS:
        return None  # "Công ty Cổ phần đồng Tả Phời; ..." in a list of results
    if after == j and not _directive_follows(stream, j):
        return None
    if after != j and after < len(stream.tokens) and stream.tokens[after].upper:
        return None
    return _Anchor(stream.tokens[i].start, lead, after, support)


def owner_of(text: str) -> Owner | None:
    """The owner a heading or intro names and nothing else: "5. Giao Sở Nông nghiệp và PTNT:",
    "e) Sở Xây dựng:", "Sở Công thương chủ trì:", "c) Giao Văn phòng UBND tỉnh (Trung tâm ...):".
    """
    return _owner_of(text)


def _owner_of(text: str) -> Owner | None:
    # Headings repeat in every paragraph's heading path; the answer also depends on the notice level.
    return _owner_cached(text, _level())


@lru_cache(maxsize=1024)
def _owner_cached(text: str, level: tuple[bool, bool, str | None]) -> Owner | None:
    stream = Stream(text)
    tokens = stream.tokens
    # Skip the heading's own marker: "5.", "1.1.", "e)", "II.", "-".
    marker = _HEADING_MARKER.match(text)
    i = stream.token_at(marker.end()) if marker else 0
    i += _trigger_at(stream, i)
    # "1. Trách nhiệm của Sở Giáo dục và Đào tạo", "Nhiệm vụ của UBND các xã": a decision's article
    # listing one body's duties names the owner of the items below it.
    if tuple(stream.key(k) for k in range(i, i + 3)) in (("trach", "nhiem", "cua"), ("nhiem", "vu", "cua")):
        i += 3
    mentions, j = stream.list_at(i, semicolons=True)
    lead = _non_issuer(mentions)
    if not lead:
        return None
    after, support = _lead_tail(stream, j)
    rest = text[tokens[after].start :] if after < len(tokens) else ""
    rest = re.sub(r"\([^()]*\)", " ", rest)  # "(Trung tâm Phục vụ hành chính công tỉnh)"
    if not _OWNER_ONLY_TAIL.match(fold(rest).strip()) or text.rstrip(" *").endswith("."):
        return None  # a name closed by a full stop is a list entry ("1.1. Trung tâm X."), not a heading
    return Owner(tuple(lead), tuple(support))


_ADDRESSEES = re.compile(r"^\W*(?:dong )?kinh gui\b")
# The line a letter or dispatch names its addressees under: "Kính gửi:", "THỦ TƯỚNG CHÍNH PHỦ điện:".
_ADDRESS_LINE = re.compile(r"^\W*(?:(?:dong )?kinh gui|[\w\s]{2,60}\bdien)\s*:\W*$")
_HEADING_MARKER = re.compile(r"^\W*?(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]|\(\w{1,4}\)|[-+•*–])\s*", re.I)


# --- drafting tasks ----------------------------------------------------------------------------


# Words that announce the deadline of what precedes them: "Thời hạn: ...", "Thời gian hoàn thành ...".
_DEADLINE_CUE = re.compile(r"thoi han|thoi gian (?:thuc hien )?(?:hoan thanh|thuc hien)|han (?:chot|hoan thanh)")


def _choose_deadline(matches: list[DeadlineMatch], text: str) -> Deadline | None:
    """The deadline of one task: one announced by "Thời hạn", else the first date (a later one is a
    further stage: "sửa chữa ..., hoàn thành trước 30/11; xây mới ..., hoàn thành trước 31/01"), else a
    recurrence or a span from an event."""
    if not matches:
        return None
    folded = fold(text)
    for m in matches:
        if _DEADLINE_CUE.search(folded[max(0, m.start - 30) : m.start]):
            return m.deadline
    fixed = [m for m in matches if m.deadline.kind not in ("recurring", "relative")]
    return (fixed[0] if fixed else matches[0]).deadline


def _segment_drafts(
    text: str, base: int, owner: Owner | None, reference: date | None, extra_starts: list[int] | None = None
) -> list[_Draft]:
    """Tasks in one stretch of text (a paragraph body or one numbered item); `base` is its offset."""
    stream = Stream(text)
    anchors = _anchors(stream, extra_starts)
    drafts: list[_Draft] = []
    bounds = [a.start for a in anchors] + [len(text)]
    head = text[: _head_end(text, bounds[0])]
    fronted: Deadline | None = None
    if head.strip() and (owner or not anchors):
        draft = _head_draft(stream, head, owner, reference, anchored=bool(anchors))
        if draft:
            draft.start, draft.end = base, base + len(head)
            drafts.append(draft)
    if anchors and head.rstrip().endswith(",") and not drafts:
        # "Để hoàn thành ... trước ngày 30/11/2025, yêu cầu Sở X ...": the fronted purpose clause
        # dates the directive it introduces.
        fronted = _choose_deadline(find_deadlines(head, reference), head)
    # "- Phương án bãi đỗ xe …: Sở Xây dựng chủ trì … nghiên cứu, đề xuất …": the label before the
    # colon is what the work is about, and the task would not say it otherwise.
    label = _TOPIC_LABEL.match(head) if anchors and not drafts else None
    for anchor, end in zip(anchors, bounds[1:]):
        segment = text[anchor.start : end]
        support = list(anchor.support)
        _add(support, _supporters(stream, anchor.start, end))
        task_start = stream.tokens[anchor.after].start if anchor.after < len(stream.tokens) else end
        if not re.search(r"\w", text[min(task_start, end) : end]):
            continue  # "..., Bộ Tài chính đề nghị UBND các tỉnh:" only names who owns the items below
        if end == len(text) and _ANNOUNCES.search(fold(text[min(task_start, end) : end])):
            continue  # "... tập trung thực hiện ngay các nhiệm vụ, giải pháp sau:": the items are the tasks
        drafts.append(
            _Draft(
                lead=anchor.lead,
                support=[s for s in support if s not in anchor.lead],
                task=_clean_task(_labelled(label, text[min(task_start, end) : end])),
                start=base + _sentence_start(text, anchor.start),
                end=base + end,
                deadline=_choose_deadline(find_deadlines(segment, reference), segment) or fronted,
            )
        )
        fronted = None
    closing = _list_deadline(text, reference) if len(drafts) > 1 else None
    for draft in drafts if closing else []:
        # "Bộ X chủ trì ... UBND thành phố Y khẩn trương ... Thời hạn hoàn thành: trước ngày ...":
        # the paragraph's closing deadline dates each of its assignments.
        draft.deadline = draft.deadline or closing
    return drafts


def _names_only(text: str) -> bool:
    """Nothing but agency names: a recipient line ("Kiểm toán Nhà nước", "Lưu: VT, KTTH")."""
    if re.match(r"^(?:lưu|như trên|nơi nhận)\b", text.strip().lower()):
        return True
    stream = Stream(text)
    mentions, end = stream.list_at(0, lenient=True, semicolons=True)
    return bool(mentions) and all(not t.word for t in stream.tokens[end:])


# A directive that only announces the list below it: "(tập trung) thực hiện các nhiệm vụ, giải pháp sau:".
_ANNOUNCES = re.compile(
    r"^(?:[\w\s,]{0,40}\s)?(?:thuc hien|trien khai)(?:\s+\w+){0,3}\s+(?:cac|mot so)\s+(?:nhiem vu|giai phap|noi dung|"
    r"cong viec|viec)(?:\s*,\s*(?:nhiem vu|giai phap|noi dung))*(?:\s+\w+){0,2}\s+(?:sau|sau day|nhu sau|cu the)\s*:\W*$"
)


_TOPIC_LABEL = re.compile(r"^\s*(?:[-+•–]\s*)?([^:;.]{3,200}?)\s*:\s*$")


def _labelled(label: re.Match[str] | None, task: str) -> str:
    return f"{label.group(1)}: {task.strip()}" if label and task.strip() else task


def _head_end(text: str, start: int) -> int:
    """Where the text before the first anchor ends: a short opening phrase of the anchor's own
    sentence ("... trước ngày 05/12. Trên cơ sở đó, Bộ Tư pháp tổng hợp ...") belongs to it."""
    fronted = re.search(r"[.;:]\s+([^.;:]{1,80},\s*)$", text[:start])
    return fronted.start(1) if fronted else _sentence_start(text, start)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence of an anchor at `start` begins, when an adverbial opens it before the
    assignee ("Trong thời gian tới, Tỉnh tổ chức ..."): the quote keeps the whole sentence."""
    fronted = re.search(r"(?:^|[.;:]\s+)([^.;:]{1,80},\s*)$", text[:start])
    if fronted and _FRONTED.match(fronted.group(1).lower()):
        return fronted.start(1)
    return start


def _head_draft(
    stream: Stream, head: str, owner: Owner | None, reference: date | None, anchored: bool
) -> _Draft | None:
    """The text before the first anchor: a task of the inherited owner, or an owner-less directive."""
    stripped = head.strip()
    if anchored and (stripped.endswith((":", ",")) or len(stripped.split()) < 4):
        return None  # a topic label ("Quy hoạch:") or a fronted clause ("Sau khi ...,") before the subject
    deadline = _choose_deadline(find_deadlines(head, reference), head)
    if owner is None:
        words = re.findall(r"\w+", fold(stripped))
        if not deadline or deadline.kind == "recurring" or tuple(words[:2]) not in _VERB_PAIRS:
            return None
        return _Draft([], [], _clean_task(head), 0, len(head), deadline)
    support = list(owner.support)
    task_start = 0
    k = stream.token_at(0)
    # "- Chủ trì, phối hợp với Sở Y ..." under "b) Giao Sở X:": Y supports, the rest is the task.
    if (stream.key(k), stream.key(k + 1)) == ("chu", "tri") or stream.key(k) == "phoi":
        after, lead_support = _lead_tail(stream, k)
        _add(support, lead_support)
        if after < len(stream.tokens):
            task_start = stream.tokens[after].start
    _add(support, _supporters(stream, 0, len(head)))
    support = [s for s in support if s not in owner.lead]
    task = _clean_task(head[task_start:])
    if len(task.split()) < 2 or _names_only(task):
        return None  # "Không", a table cell, "- Kiểm toán Nhà nước;" (a recipient) is not a task
    return _Draft(list(owner.lead), support, task, 0, len(head), deadline)


def _items(text: str) -> list[tuple[int, int]]:
    """Spans of the numbered inline items "(1) ...; (2) ..." of a paragraph body (at least two)."""
    depth = _paren_depth(text)
    found: list[tuple[int, int]] = []
    expected = 1
    for m in _ITEM.finditer(text):
        if int(m.group(1)) != expected or (m.start() > 0 and depth[m.start() - 1]):
            continue
        found.append((m.start(), int(m.group(1))))
        expected += 1
    if len(found) < 2:
        return []
    starts = [s for s, _ in found]
    return list(zip(starts, starts[1:] + [len(text)]))


def _list_deadline(last_item: str, reference: date | None) -> Deadline | None:
    """A "Thời hạn ..." closing the last item after ";" or "." applies to the whole list."""
    folded = fold(last_item)
    tail = re.search(rf"[;.]\s*((?:{_DEADLINE_CUE.pattern}|hoan thanh)\b[^;]*)$", folded)
    if not tail:
        return None
    found = find_deadlines(last_item[tail.start(1) :], reference)
    return found[0].deadline if found else None


def _unit_drafts(unit: _Unit, owner: Owner | None, reference: date | None) -> list[_Draft]:
    body_start = _body_start(unit.first)
    body = unit.text[body_start:]
    piece_starts = [p.offset - body_start for p in unit.pieces[1:]]
    items = _items(body)
    if items:
        intro = body[: items[0][0]]
        intro_owner = _owner_of(intro) if intro.strip() else None
        intro_anchors = _anchors(Stream(intro)) if intro.strip() else []
        if intro_owner or not intro_anchors:
            return _item_drafts(body, body_start, items, intro_owner or owner, reference)
    prefixed = _owner_prefix(body)
    if prefixed:
        # "4. Văn phòng Bộ: Thực hiện tốt công tác ...": the name before the colon owns the rest.
        owner, cut = prefixed
        rest = body[cut:]
        start = cut + len(rest) - len(rest.lstrip())
        pieces = [s - start for s in piece_starts if s > start]
        return _segment_drafts(body[start:], body_start + start, owner, reference, pieces)
    return _segment_drafts(body, body_start, owner, reference, piece_starts)


def _owner_prefix(body: str) -> tuple[Owner, int] | None:
    """ "Vụ Kế hoạch, Tài chính: Chủ trì ...": the owner named before the first colon, and where the
    text after that colon starts; None when the text before the colon is not an owner's name."""
    depth = _paren_depth(body)
    colon = next((k for k, ch in enumerate(body) if ch == ":" and not depth[k]), -1)
    if colon < 0 or not body[colon + 1 :].strip():
        return None
    stream = Stream(body)
    _, end = stream.list_at(stream.token_at(0), semicolons=True)
    if end > stream.token_at(colon) + 1:
        return None  # "Các Sở: Tài chính, Xây dựng ...": the colon is inside an enumeration
    rest = Stream(body[colon + 1 :])
    if rest.mention_at(rest.token_at(0)):
        return None  # "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Tài chính": names, not a task
    owner = _owner_of(body[: colon + 1])
    return (owner, colon + 1) if owner else None


def _item_drafts(
    body: str, body_start: int, items: list[tuple[int, int]], owner: Owner | None, reference: date | None
) -> list[_Draft]:
    drafts: list[_Draft] = []
    for start, end in items:
        item = body[start:end]
        marker = _ITEM.match(item)
        content = body_start + start + (marker.end() if marker else 0)
        for draft in _segment_drafts(body[content - body_start : end], content, owner, reference):
            if draft.start == content:
                draft.start = body_start + start  # the quote keeps the item's "(n)"
            draft.from_item = True
            drafts.append(draft)
    closing = _list_deadline(body[items[-1][0] :], reference)
    if closing:
        for draft in drafts:
            draft.deadline = draft.deadline or closing
    return drafts


# --- paragraphs to units -----------------------------------------------------------------------


def _units(paragraphs: list[Paragraph]) -> list[_Unit]:
    """Paragraphs, re-joined where a sentence was cut (no closing punctuation, no marker next)."""
    units: list[_Unit] = []
    for p in paragraphs:
        previous = units[-1] if units else None
        if (
            previous is not None
            and not p.marker
            and not p.is_heading
            and not previous.pieces[-1].paragraph.is_heading
            and _table_of(p) is None
            and _table_of(previous.pieces[-1].paragraph) is None
            and not _TERMINAL.search(previous.text)
            and p.heading_path == previous.pieces[-1].paragraph.heading_path
        ) or (previous is not None and (_continues_heading(previous, p) or _continues_owners(previous, p))):
            offset = len(previous.text) + 1
            previous.text = f"{previous.text} {p.text}"
            previous.pieces.append(_Piece(p, offset))
            continue
        units.append(_Unit(p.text, [_Piece(p, 0)], p))
    return units


def _continues_heading(previous: _Unit, p: Paragraph) -> bool:
    """ "10. Bộ trưởng Bộ X chỉ đạo ..., hoàn thành trước" / "ngày 30/11/2025.": an item that lost the
    end of its sentence to the next line was taken for a heading over it; the line finishes it."""
    return (
        _under(previous, p)
        and not p.marker
        and not p.is_heading
        and p.text[:1].islower()
        and not _TERMINAL.search(previous.text)
    )


def _under(previous: _Unit, p: Paragraph) -> bool:
    """Was `p` filed under the unit's last line, which structure took for its heading?"""
    return bool(p.heading_path) and p.heading_path[-1] == previous.pieces[-1].paragraph.text


def _continues_owners(previous: _Unit, p: Paragraph) -> bool:
    """ "3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;" / "Ủy ban nhân dân các tỉnh ... khẩn
    trương ...": a list of assignees broken after its ";" goes on in the next line."""
    body = previous.text[_body_start(previous.first) :].rstrip()
    return (
        body.endswith(";")
        and not p.marker
        and not p.is_heading
        and (_under(previous, p) or p.heading_path == previous.pieces[-1].paragraph.heading_path)
        and _names_only(body)
        and Stream(p.text).mention_at(0) is not None
    )


_LIST_MARKERS = r"[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•]"
_LIST_HEADING = re.compile(rf"^\s*(?:{_LIST_MARKERS})\s", re.I)
# An item may also open with "(1)"; such a heading does not hand its owner down (`_can_own`).
_ITEM_HEADING = re.compile(rf"^\s*(?:{_LIST_MARKERS}|\(\w{{1,4}}\))\s", re.I)


def _can_own(heading: str) -> bool:
    """Only a list heading hands its owner down: "5. Giao Sở X:", "b) Sở Y:", "Giao Sở Z:".

    A document header ("ỦY BAN NHÂN DÂN THÀNH PHỐ ...") or a table cell naming an office is not
    the owner of what follows it.
    """
    letters = [c for c in heading if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    stripped = heading.strip()
    return bool(_LIST_HEADING.match(stripped)) or stripped.endswith(":") or fold(stripped).startswith("giao ")


@dataclass(frozen=True)
class _Context:
    """What the headings above a paragraph say about it."""

    owner: Owner | None
    # The paragraph completes a directive above it ("Tham mưu Lãnh đạo Bộ:" / "+ Các chính sách
    # ..."): an object of that one task, not a task of its own.
    objects: bool = False
    # The owner is only the subject of the item above: it passes to bullets that read as its tasks
    # (a verb first), not to a list of names ("- Các đảng ủy ...", "- Kiểm toán Nhà nước;").
    subject: bool = False


def _heading_context(paragraph: Paragraph) -> _Context:
    for depth, heading in enumerate(reversed(paragraph.heading_path)):
        context = _context_of(heading) if _can_own(heading) else None
        if context:
            return context
        if depth == 0 and paragraph.marker and _ITEM_HEADING.match(heading.strip()):
            subject = _subject_of(heading)
            if subject:
                return _Context(subject, subject=True) if _reads_as_task(paragraph) else _Context(None)
    return _Context(None)


def _context_of(heading: str) -> _Context | None:
    return _context_cached(heading, _level())


@lru_cache(maxsize=1024)
def _context_cached(heading: str, level: tuple[bool, bool, str | None]) -> _Context | None:
    # `level` only keys the cache: who counts as the issuer depends on the notice level.
    owner = _owner_of(heading)
    if owner:
        return _Context(owner)
    body = heading[_marker_end(heading) :]
    prefixed = _owner_prefix(body)
    rest = body[prefixed[1] :].strip() if prefixed else body
    stream = Stream(rest)
    anchors = _anchors(stream)
    if not anchors and _directive_heading(rest):
        return _Context(None, objects=True)
    if prefixed:
        return _Context(prefixed[0])
    last = anchors[-1] if anchors and rest.rstrip().endswith(":") else None
    if last is not None:
        # "..., Bộ Tài chính đề nghị UBND các tỉnh:" names the owner of the items in its last words;
        # "đề nghị UBND các xã ... thực hiện nghiêm túc ... Cụ thể:" announces what they must do.
        names_owner = stream.key(last.after) == ":" and last.after == len(stream.tokens) - 1
        if names_owner or _LIST_CUE.search(fold(rest)):
            return _Context(Owner(tuple(last.lead), tuple(last.support)))
    return None


# "... chịu trách nhiệm thi hành Quyết định này": a decision's last article, before its recipients.
_EXECUTION_CLAUSE = re.compile(r"thi hanh (?:quyet dinh|nghi quyet|thong tu|chi thi|van ban|ke hoach) nay")


def _reads_as_task(paragraph: Paragraph) -> bool:
    """Does a list item open with what is to be done, rather than with a name ("Các đảng ủy ...",
    "Kiểm toán Nhà nước;", "Lưu: VT")?"""
    body = paragraph.text[_body_start(paragraph) :].strip()
    first = fold(body.split()[0]) if body.split() else ""
    if first in ("cac", "nhung", "moi", "tat", "luu", "nhu") or _names_only(body):
        return False
    words = re.findall(r"\w+", body)
    if len(words) <= 8 and sum(w[0].isupper() for w in words) * 2 >= len(words):
        return False  # "Kiểm toán Nhà nước;", "Tòa án nhân dân tối cao;": a name the registry lacks
    stream = Stream(body)
    return stream.mention_at(0) is None


def _subject_of(heading: str) -> Owner | None:
    return _subject_cached(heading, _level())


@lru_cache(maxsize=1024)
def _subject_cached(heading: str, level: tuple[bool, bool, str | None]) -> Owner | None:
    """The assignee an item opens with: "(1) Bộ Y tế chỉ đạo ... theo quy định." over "- Chỉ đạo ...",
    "- Chủ trì, phối hợp ...": the bullets right under an item go on with its subject's tasks."""
    body = heading[_marker_end(heading) :]
    if body.rstrip(" *").endswith(("/.", "./")) or _EXECUTION_CLAUSE.search(fold(body)):
        return None  # the notice's closing sentence: what follows is its recipients
    stream = Stream(body)
    anchors = _anchors(stream)
    if anchors and stream.tokens and anchors[0].start == stream.tokens[0].start:
        return Owner(tuple(anchors[0].lead))
    return None


# An intro whose items are its assignee's tasks: "... các nhiệm vụ sau:", "... Cụ thể:", "như sau:".
_LIST_CUE = re.compile(r"(?:\bsau|\bcu the|\bsau day|\bco trach nhiem|\bnhiem vu|\bnoi dung)\W*:\W*$")


def _directive_heading(body: str) -> bool:
    """An owner-less directive introducing a list: "Nghiên cứu, tham mưu Lãnh đạo Bộ:". Its items
    are what is to be studied or proposed, so they are objects of this one task; an intro that
    announces tasks ("Thực hiện các nhiệm vụ sau:", "Cụ thể:") is not one."""
    folded = fold(body).strip()
    if not folded.endswith(":") or _LIST_CUE.search(folded):
        return False
    words = re.findall(r"\w+", folded)
    return tuple(words[:2]) in _VERB_PAIRS


def _marker_end(text: str) -> int:
    marker = _HEADING_MARKER.match(text)
    return marker.end() if marker else 0


def _announced_deadline(unit: _Unit, reference: date | None) -> Deadline | None:
    """The deadline of the heading right above a list item when that heading announces the items:
    "Các Bộ: A, B khẩn trương khắc phục ..., hoàn thành trong tháng 11 năm 2025, cụ thể:" dates each
    "(1) Bộ A ..." below it. Only a deadline of the heading's own directive counts, not one of a purpose
    clause before it ("Để ... hoàn thành trước ngày 30/11/2025 ..., yêu cầu các Bộ ... như sau:")."""
    if not unit.first.marker or not unit.heading_path:
        return None
    heading = unit.heading_path[-1]
    heading = heading[_marker_end(heading) :].lstrip()
    anchors = _anchors(Stream(heading))
    if not anchors or not _LIST_CUE.search(fold(heading)):
        return None
    directive = heading[anchors[-1].start :]
    return _choose_deadline(find_deadlines(directive, reference), directive)


# What may stand before a deadline that makes up a whole sentence: "Đảm bảo hoàn thành trong quý I/2026."
_BARE_DEADLINE_LEAD = re.compile(r"^(?:(?:dam bao|bao dam|phan dau)\s*)?(?:hoan thanh)?$")


def _deadline_only(unit: _Unit, reference: date | None) -> Deadline | None:
    body = unit.text[_body_start(unit.first) :]
    found = find_deadlines(body, reference)
    if not found:
        return None
    if _DEADLINE_CUE.match(fold(body).lstrip()):
        return found[0].deadline
    # A task's closing sentence broken off onto a line of its own (a bold span around the deadline).
    first = found[0]
    lead, tail = fold(body[: first.start]).strip(), body[first.end :].strip(" .;*)")
    return first.deadline if _BARE_DEADLINE_LEAD.match(lead) and not tail else None


def _to_task(draft: _Draft, single: bool, reference: date | None) -> Task:
    unit = draft.unit
    assert unit is not None
    piece = unit.pieces[0]
    for candidate in unit.pieces:
        if candidate.offset <= draft.start:
            piece = candidate
    paragraph = piece.paragraph
    # A sentence wrapped over several paragraphs is quoted whole, from the paragraph it starts in.
    if single:
        quote = unit.text[piece.offset :]
    else:
        quote = unit.text[max(draft.start, piece.offset) : draft.end].rstrip(" ;,")
    notice_id = paragraph.paragraph_id.split(":")[0] if ":" in paragraph.paragraph_id else ""
    heading = None if draft.deadline else period_heading(paragraph.heading_path, reference)
    return Task(
        notice_id=notice_id,
        paragraph_id=paragraph.paragraph_id,
        task=draft.task,
        lead=draft.lead,
        support=draft.support,
        deadline=draft.deadline,
        period=heading_period(heading, reference) if heading else None,
        quote=quote or paragraph.text,
    )


def _issuing_authority(meta: NoticeMeta) -> set[str]:
    """Folded name of the notice's own People's Committee, which never owns a task it issues.

    "Ủy ban nhân dân tỉnh Lào Cai" issues; "Ủy ban nhân dân thành phố Lào Cai" (a city inside the
    province) can be assigned work. Only the centrally governed cities issue as "thành phố".
    """
    place = re.sub(r"^(tinh|thanh pho|tp\.?)\s+", "", fold(meta.province or "").strip())
    if not place:
        return set()
    issuer = fold(meta.issuer or "")
    if re.search(rf"(thanh pho|tp\.?)\s*{re.escape(place)}", issuer) or (
        "tinh" not in issuer and place in load_registry().cities
    ):
        return {f"uy ban nhan dan thanh pho {place}"}
    return {f"uy ban nhan dan tinh {place}"}


def _issuing_body(meta: NoticeMeta) -> set[str]:
    """Folded canonical name of a department or ministry that issues the notice itself: "Bộ Văn hóa,
    Thể thao và Du lịch yêu cầu ...", "Sở Giáo dục và Đào tạo đề nghị ..." speak for themselves.

    An office ("Văn phòng Chính phủ", "Văn phòng UBND tỉnh") issues its principals' conclusions and
    is assigned work in them like any other body, so it stays."""
    name = canonical_agency(meta.issuer) if meta.issuer else None
    if not name or fold(name).startswith("van phong"):
        return set()
    return {fold(name)}


def _drop_issuer(draft: _Draft, issuer: set[str]) -> bool:
    """Remove the issuing authority from a draft; False when nobody else is left to own it."""
    had_lead = bool(draft.lead)
    draft.lead = [n for n in draft.lead if fold(n) not in issuer]
    draft.support = [n for n in draft.support if fold(n) not in issuer]
    return bool(draft.lead) or not had_lead


def extract_tasks(paragraphs: list[Paragraph], meta: NoticeMeta) -> list[Task]:
    """Every assignment in the notice, in reading order.

    `meta.issued_on` gives the year of deadlines written without one ("trước ngày 15/4");
    `meta.province` tells which People's Committee is the issuer and so never an owner.
    """
    issuer_key = fold(meta.issuer or "").strip()
    national = bool(_NATIONAL_ISSUER.search(issuer_key))
    council = bool(_COUNCIL_ISSUER.match(issuer_key))
    token = _NATIONAL_NOTICE.set(national)
    council_token = _COUNCIL_NOTICE.set(council)
    place = (meta.province or _province_of_title(meta.title)) if national else meta.province if council else None
    province = _NOTICE_PROVINCE.set(place)
    try:
        issuer = (set() if national or council else _issuing_authority(meta)) | _issuing_body(meta)
        return _extract(paragraphs, meta, issuer)
    finally:
        _NOTICE_PROVINCE.reset(province)
        _COUNCIL_NOTICE.reset(council_token)
        _NATIONAL_NOTICE.reset(token)


def _heading_task(unit: _Unit, owner: Owner | None) -> bool:
    """A heading that is itself a task: "2. Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ:", or
    "- Nghiên cứu, tham mưu Lãnh đạo Bộ:" under an owner's heading."""
    body = unit.text[_marker_end(unit.text) :]
    if _owner_prefix(body):
        return True
    return owner is not None and _directive_heading(body)


def _closed_by(unit: _Unit, drafts: list[_Draft]) -> list[_Draft]:
    """The drafts a deadline-only paragraph ("Thời hạn: ...", "Thời gian hoàn thành ...") applies to.

    As a list item of its own ("- Thời hạn: ...") it closes the whole list: every draft under the same
    headings. Unmarked right after a list item, it is that item's last sentence, broken onto a line
    of its own, and dates that item alone."""
    siblings: list[_Draft] = []
    for draft in reversed(drafts):
        if draft.siblings != unit.heading_path:
            break
        siblings.append(draft)
    last = siblings[0].unit if siblings else None
    if unit.first.marker is None and last is not None and last.first.marker is not None:
        return [d for d in siblings if d.unit is last]
    return siblings


def _addressee(unit: _Unit) -> bool:
    """A bullet right under "Kính gửi:" or "... điện:" names a recipient ("- Các Bộ: Quốc phòng,
    ...;"): it owns nothing, and the paragraphs after the address block are not its tasks."""
    heading = unit.heading_path[-1] if unit.heading_path else ""
    return _marker_kind(unit.first.marker) == "bullet" and bool(_ADDRESS_LINE.match(fold(heading)))


def _directs(unit: _Unit) -> bool:
    """An item that opens with its own directive ("5. Giao Phó Thủ tướng ... chỉ đạo ...") names its
    own assignee, even one that is no agency: the opening sentence's owner is not handed to it."""
    stream = Stream(unit.text[_body_start(unit.first) :])
    return bool(stream.tokens) and _trigger_at(stream, 0) > 0


@dataclass(frozen=True)
class _Intro:
    """ "..., Bộ Tài chính đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:" — a letter's opening
    sentence that names who must carry out the numbered items (or topic sections) after it."""

    owner: Owner
    heading_path: tuple[str, ...]

    def covers(self, unit: _Unit) -> bool:
        """Items of the intro's list: marked paragraphs at its level, or anything under marked topic
        headings below it ("1. Về tổ chức bộ máy" / "- Khẩn trương ..."); an unmarked paragraph back
        at its level closes the list, and an unmarked heading below it ("Bộ Tài chính gửi kèm bộ
        Cẩm nang gồm:") starts something else."""
        path = unit.heading_path
        if path[: len(self.heading_path)] != self.heading_path:
            return False
        below = path[len(self.heading_path) :]
        if any(h.rstrip(" *").endswith(("/.", "./")) for h in below):
            return False  # under the letter's closing sentence ("... ./."): the page around it
        if not below:
            return unit.first.marker is not None or unit.first.is_heading
        return all(_ITEM_HEADING.match(h.strip()) for h in below)


# The end of a list intro whose assignee is its last anchor: "... quan tâm chỉ đạo:", "... thực hiện:".
_INTRO_TAIL_WORDS = 8


def _intro_of(unit: _Unit) -> tuple[Owner, bool] | None:
    """The owner a letter's opening sentence (unmarked, at the top level, ending with ":") hands to
    the list below it, and whether that sentence is a directive of its own: "... thực hiện nghiêm túc
    văn bản chỉ đạo. Cụ thể:" is, "... đề nghị UBND các tỉnh quan tâm chỉ đạo:" only announces.

    Inside a section ("II. Nhiệm vụ ...") such a sentence owns only itself: the section's items are
    the notice's general directives."""
    text = unit.text.rstrip(" *")
    # Under "... điện:" or "Kính gửi:" a dispatch's body is still at its top level.
    top = all(_ADDRESS_LINE.match(fold(h)) for h in unit.heading_path)
    if unit.first.marker or unit.first.is_heading or not top or not text.endswith(":"):
        return None
    stream = Stream(text)
    anchors = _anchors(stream)
    if not anchors:
        return None
    last = anchors[-1]
    tail = text[stream.tokens[last.after].start :] if last.after < len(stream.tokens) else ""
    if len(re.findall(r"\w+", tail)) > _INTRO_TAIL_WORDS and not _LIST_CUE.search(fold(tail)):
        return None
    return Owner(tuple(last.lead), tuple(last.support)), bool(re.search(r"[.;]\s", tail))


def _extract(paragraphs: list[Paragraph], meta: NoticeMeta, issuer: set[str]) -> list[Task]:
    reference = meta.issued_on
    drafts: list[tuple[_Draft, bool]] = []
    pending: tuple[Owner, str | None, tuple[str, ...]] | None = None
    intro: _Intro | None = None
    for unit in _units([p for p in paragraphs if not p.quoted]):
        if _addressee(unit):
            continue
        if intro and not intro.covers(unit):
            intro = None
        table = _table_of(unit.first)
        if table is not None:
            row = None if unit.first.is_heading else _row_draft(unit.text, table, reference)
            if row is not None and _drop_issuer(row, issuer) and row.lead:
                row.unit, row.siblings = unit, unit.heading_path
                drafts.append((row, True))
            continue
        closing = _deadline_only(unit, reference)
        if closing:
            for draft in _closed_by(unit, [d for d, _ in drafts]):
                draft.deadline = draft.deadline or closing
            continue
        kind = _marker_kind(unit.first.marker)
        if pending and (pending[2] != unit.heading_path or (kind is not None and kind == pending[1])):
            pending = None
        context = _heading_context(unit.first)
        handed = intro.owner if intro and not _directs(unit) else None
        owner = context.owner or (pending[0] if pending else None) or handed
        own = _owner_of(unit.text)
        if own:
            if not unit.first.is_heading and _can_own(unit.text):
                # "12. Sở Lao động ..." left as a plain paragraph: its bullets below still belong to it.
                pending = (own, kind, unit.heading_path)
            continue
        if unit.first.is_heading and not _anchors(Stream(unit.text)) and not _heading_task(unit, owner):
            continue  # a section title: it gives context, not a task
        if _ADDRESSEES.match(fold(unit.text)):
            continue  # "Kính gửi: Sở X, ..." names who receives the letter, not who must act
        found = [d for d in _unit_drafts(unit, owner, reference) if _drop_issuer(d, issuer)]
        opening = _intro_of(unit)
        intro_lead = [n for n in opening[0].lead if fold(n) not in issuer] if opening else []
        if opening and intro_lead:
            intro = _Intro(Owner(tuple(intro_lead), opening[0].support), unit.heading_path)
            if not opening[1] and found and found[-1].lead == intro_lead:
                found.pop()  # it only names who carries out the items below; they are the tasks
        if context.objects:
            found = [d for d in found if d.lead]  # only a clause naming its own assignee is a task
        announced = _announced_deadline(unit, reference)
        for draft in found:
            draft.unit = unit
            draft.siblings = unit.heading_path
            draft.deadline = draft.deadline or announced
        single = len(found) == 1 and not found[0].from_item
        drafts.extend((d, single) for d in found)
    return [_to_task(d, single, reference) for d, single in drafts]


# --- task tables -------------------------------------------------------------------------------

# The columns of a task table, by their header ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian
# hoàn thành", "Nội dung thực hiện"); ingest.structure writes each row as its cells joined by " | "
# under the header row, written the same way.
_COLUMN_ROLES = [
    ("lead", re.compile(r"chu tri|^(?:co quan|don vi)(?:, don vi)? chiu trach nhiem")),
    ("support", re.compile(r"phoi hop")),
    ("deadline", re.compile(r"thoi gian|thoi han|tien do|han hoan thanh|^han\b")),
    ("task", re.compile(r"noi dung")),
    ("task", re.compile(r"^(?!.*(?:van ban|nhom|thuoc|ket qua|san pham)).*(?:nhiem vu|cong viec|giai phap|hoat dong)")),
    ("task", re.compile(r"^ten\b")),  # "Tên thông tin thống kê" under "Đơn vị chịu trách nhiệm phổ biến"
]


@dataclass(frozen=True)
class _Table:
    columns: int
    roles: dict[str, int]


def _table_of(paragraph: Paragraph) -> _Table | None:
    """The task table a paragraph is a row (or the section title) of, from its heading path."""
    header = paragraph.table_header()
    return _table_header(header) if header else None


@lru_cache(maxsize=256)
def _table_header(heading: str) -> _Table | None:
    cells = [fold(c).strip(" *") for c in heading.split(TABLE_CELL)]
    roles: dict[str, int] = {}
    for role, pattern in _COLUMN_ROLES:
        for k, cell in enumerate(cells):
            if role not in roles and k not in roles.values() and pattern.search(cell):
                roles[role] = k
    if "lead" not in roles or "task" not in roles:
        return None
    return _Table(len(cells), roles)


def _row_draft(text: str, table: _Table, reference: date | None) -> _Draft | None:
    """One row of a task table: the task, its lead and supporting agencies, and its deadline."""
    cells = text.split(TABLE_CELL)
    if len(cells) != table.columns:
        return None
    cell = lambda role: cells[table.roles[role]].strip() if role in table.roles else ""  # noqa: E731
    task = _clean_task(cell("task"))
    if len(task.split()) < 2:
        return None
    lead = cell_agencies(cell("lead"))
    support = [n for n in cell_agencies(cell("support")) if n not in lead]
    deadline = parse_deadline(cell("deadline"), reference) if cell("deadline") else None
    return _Draft(lead, support, task, 0, len(text), deadline)


_CELL_PARTS = re.compile(r";|\(\d{1,2}\)|\n")
_CELL_ENUMERATION = re.compile(r"\b[Cc]ác\s+\w+(?:\s+\w+)?\s*:\s*")


def cell_agencies(cell: str) -> list[str]:
    """Every agency a table cell names: "Bộ CHQS tỉnh; UBND cấp xã", "Sở Tài chính và cơ quan, địa
    phương liên quan", "- Bộ Xây dựng; - Các bộ, ngành liên quan". A cell holds names only, so a
    group needs no "các" ("Sở, ban, ngành", "Cơ quan liên quan") and lower case is no obstacle."""
    names: list[str] = []
    enumeration = ""
    for part in _CELL_PARTS.split(cell):
        part = re.sub(r"^\s*[-–+•]\s+", "", part).strip(" .,")
        if not part:
            continue
        if enumeration and Stream(part).mention_at(0) is None:
            # "Các Cục: Bản quyền tác giả; Phát thanh ...; Báo chí": ";" goes on with the same head.
            part = enumeration + part
        head = _CELL_ENUMERATION.search(part)
        enumeration = head.group() if head else enumeration
        stream = Stream(part)
        i = 0
        while i < len(stream.tokens):
            mentions, j = stream.list_at(i, lenient=True)
            if not mentions and stream.tokens[i].word and (i == 0 or stream.key(i - 1) in (",", "va")):
                bare = Stream("các " + part[stream.tokens[i].start :])
                mentions, end = bare.list_at(0, lenient=True)
                j = i + end - 1
            if mentions:
                _add(names, _non_issuer(mentions))
                i = max(j, i + 1)
            else:
                i += 1
    return names


def tasks_in_text(text: str, issued_on: date | None = None) -> list[Task]:
    """Tasks of a plain text, one paragraph per blank-line block: handy for tests and the REPL."""
    paragraphs = [Paragraph(text=block.strip()) for block in re.split(r"\n\s*\n", text) if block.strip()]
    return extract_tasks(paragraphs, NoticeMeta(issued_on=issued_on))
