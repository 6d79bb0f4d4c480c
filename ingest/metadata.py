"""Header facts of a notice: type, number, issuer, province, date, title, who presided, who signed.

The header and footer are found by `structure.read_layout` (the same lines the paragraph parser
leaves out); the body paragraphs fill gaps that drafts leave blank: a notice numbered "Số: /TB-UBND"
and dated "ngày tháng năm 2024" still says "Ngày 02 tháng 04 năm 2024 UBND tỉnh tổ chức họp ...".

Every field is optional and every step is defensive: odd input gives empty fields, not errors.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ingest.domain import NoticeMeta, Paragraph, SourceText
from ingest.normalize import fold
from ingest.provinces import fold_name as _fold_name, provinces
from ingest.structure import (
    PLACE_DATE,
    Layout,
    Line,
    caption_title,
    is_caps_line,
    is_person_name,
    marker_of,
    names_doc_type,
    read_layout,
)

__all__ = ["extract_metadata", "find_province", "provinces", "with_canonical_provinces", "without_province"]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------------
# Provinces


# A province's name right after these folded words names something else: a road ("đường Hồ Chí
# Minh", "đường Hà Nội" in another city) or, for the one province named after a person, the
# person and what bears his name ("tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh").
_ROAD_WORDS = ("duong", "duong mon")
_PERSON_WORDS = (
    "tu tuong", "phong cach", "dao duc", "chu tich", "bac", "lang", "cong san", "tncs", "chien dich", "huan chuong",
)
_PERSON_NAMED = "ho chi minh"


def _not_after(words: tuple[str, ...]) -> str:
    return "".join(rf"(?<!\b{re.escape(w)} )" for w in words)


def _spelling_alternative(spelling: str, words_pattern: str) -> str:
    before = _not_after(_ROAD_WORDS + (_PERSON_WORDS if spelling == _PERSON_NAMED else ()))
    return before + words_pattern


@lru_cache(maxsize=1)
def _province_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    by_spelling = {s: p.name for p in provinces() for s in p.spellings}
    spellings = sorted(by_spelling, key=len, reverse=True)
    alternatives = "|".join(_spelling_alternative(s, re.escape(s)) for s in spellings)
    return re.compile(rf"(?<![a-z0-9])({alternatives})(?![a-z0-9])"), by_spelling


def find_province(text: str) -> str | None:
    """The canonical name of the first province named in `text` ("TỈNH LÂM ĐỒNG" → "Lâm Đồng")."""
    pattern, by_spelling = _province_pattern()
    match = pattern.search(_fold_name(text))
    return by_spelling[match.group(1)] if match else None


@lru_cache(maxsize=1)
def _province_span_pattern() -> re.Pattern[str]:
    spellings = sorted(_province_pattern()[1], key=len, reverse=True)
    # Spaces in a spelling match what _fold_name turned into spaces; a city sharing the province's
    # name ("thành phố Lào Cai", "ga Lào Cai") is a place of its own, not the province.
    alternatives = "|".join(
        _spelling_alternative(s, r"[\s\-–—.]+".join(map(re.escape, s.split()))) for s in spellings
    )
    return re.compile(rf"(?<![a-z0-9])(?<!thanh pho )(?<!tp )(?<!ga )(?<!thi xa )(?:{alternatives})(?![a-z0-9])")


def without_province(text: str) -> str:
    """`text` with the provinces it names cut out: "thu ngân sách ở Lào Cai" → "thu ngân sách ở "."""
    return _replace_provinces(text, lambda name: "")


def with_canonical_provinces(text: str) -> str:
    """`text` with each province it names spelled canonically: "thu ngân sách xứ Lạng" → "… Lạng Sơn"."""
    return _replace_provinces(text, lambda name: name)


def _replace_provinces(text: str, replacement: Callable[[str], str]) -> str:
    folded = fold(text)
    if len(folded) != len(text):  # offsets into fold() hold for NFC text only
        return text
    by_spelling = _province_pattern()[1]
    pieces, start = [], 0
    for match in _province_span_pattern().finditer(folded):
        pieces.append(text[start : match.start()])
        pieces.append(replacement(by_spelling[_fold_name(match.group())]))
        start = match.end()
    return "".join(pieces) + text[start:]


# "tỉnh Lai Châu", "thành phố Hà Nội": a province named in running text needs its prefix, since
# names like "Long An" or "Bình Định" are also ordinary words and place names elsewhere.
_PREFIXED = re.compile(r"(?<![a-z])(?:tinh|thanh pho|tp)\s+([a-z]+(?:\s+[a-z]+){0,3})")


def _provinces_mentioned(texts: list[str]) -> Counter[str]:
    pattern, by_spelling = _province_pattern()
    counts: Counter[str] = Counter()
    for text in texts:
        for match in _PREFIXED.finditer(_fold_name(text)):
            name = pattern.match(match.group(1))
            if name:
                counts[by_spelling[name.group(1)]] += 1
    return counts


# --------------------------------------------------------------------------------------------------
# Number, type, issuer

_NUMBER = re.compile(r"(?:^|\s)(?:Số|SỐ)\s*:?\s*([0-9A-Za-zĐđ.\-]*/[^\s,;]*)")
_TYPE_CODES = {
    "TB": "Thông báo",
    "QĐ": "Quyết định",
    "KH": "Kế hoạch",
    "BC": "Báo cáo",
    "CĐ": "Công điện",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "TTr": "Tờ trình",
    "HD": "Hướng dẫn",
    "GM": "Giấy mời",
    "KL": "Kết luận",
    "BB": "Biên bản",
    "CTr": "Chương trình",
    "ĐA": "Đề án",
    "QC": "Quy chế",
    "TT": "Thông tư",
    "NĐ": "Nghị định",
}
_DOC_TYPES = frozenset({*_TYPE_CODES.values(), "Công văn"})
# Issuer codes found after the type code ("TB-VPUBND") or alone ("UBND-NC", a công văn).
_ISSUER_CODES = {
    "VPUBND": "Văn phòng UBND tỉnh",
    "UBND": "UBND tỉnh",
    "HĐND": "HĐND tỉnh",
    "VPCP": "Văn phòng Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "BNV": "Bộ Nội vụ",
}


@dataclass
class _Number:
    number: str | None  # "12/TB-UBND"; None when the draft leaves it blank ("/TB-UBND")
    code: str  # "TB-UBND", "2024/QĐ-UBND" → "QĐ-UBND"


def _read_number(texts: list[str]) -> _Number | None:
    for text in texts:
        match = _NUMBER.search(text)
        if match:
            token = match.group(1).rstrip(".")
            number = token if token[:1].isalnum() else None
            return _Number(number, token.split("/")[-1])
    return None


def _type_from_code(code: str) -> str | None:
    head = code.split("-")[0]
    if head in _TYPE_CODES and "-" in code:
        return _TYPE_CODES[head]
    if head in _ISSUER_CODES or head.isupper():
        return "Công văn"  # "UBND-NC", "BNV-TCPCP": no type code means an official letter
    return None


def _issuer_from_code(code: str) -> str | None:
    parts = code.split("-")
    candidates = parts[1:] if parts[0] in _TYPE_CODES else parts[:1]
    for part in candidates:
        if part in _ISSUER_CODES:
            return _ISSUER_CODES[part]
    return None


_ORG_WORDS = (
    "văn phòng",
    "trung tâm",
    "ban",
    "sở",
    "bộ",
    "cục",
    "chi cục",
    "tổng cục",
    "vụ",
    "ủy ban",
    "uỷ ban",
    "thanh tra",
    "kho bạc",
    "ngân hàng",
    "bảo hiểm",
    "đài",
    "báo",
    "hội đồng",
    "liên đoàn",
    "phòng",
    "viện",
    "học viện",
    "trường",
    "công an",
    "bộ chỉ huy",
    "thủ tướng",
    "chính phủ",
)
_PROPER_WORDS = {
    "ubnd": "UBND",
    "hđnd": "HĐND",
    "chính phủ": "Chính phủ",
    "quốc hội": "Quốc hội",
    "việt nam": "Việt Nam",
    "thủ tướng": "Thủ tướng",
    "tỉnh ủy": "Tỉnh ủy",
    "nhà nước": "Nhà nước",
    "trung ương": "Trung ương",
}
_PEOPLES_COMMITTEE = re.compile(r"^(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\b|^UBND\b")
_PEOPLES_COUNCIL = re.compile(r"^HỘI\s+ĐỒNG\s+NHÂN\s+DÂN\b")
_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
_MOTTO_OR_NATIONAL = re.compile(
    r"(?:CỘNG\s+)?H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI|CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]|^CỘNG$", re.I
)
# The right column of the header: the state's motto, or the Party's name on a Party document.
_MOTTO_NAMES_FOLDED = ("cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam")


def _agency_case(caps: str) -> str:
    """"SỞ NỘI VỤ" → "Sở Nội vụ": Vietnamese agency names capitalise the agency word and the first
    word of its proper name; province names and a few institutions keep their own capitals."""
    text = _PEOPLES_COUNCIL.sub("HĐND", _PEOPLES_COMMITTEE.sub("UBND", " ".join(caps.split())))
    lower = text.lower().replace("ubnd", "UBND").replace("hđnd", "HĐND")
    words = lower.split()
    if not words:
        return ""
    words[0] = words[0][:1].upper() + words[0][1:]
    for org in sorted(_ORG_WORDS, key=len, reverse=True):
        org_words = org.split()
        if [w.lower() for w in words[: len(org_words)]] == org_words and len(words) > len(org_words):
            target = len(org_words)
            words[target] = words[target][:1].upper() + words[target][1:]
            break
    result = " ".join(words)
    for low, proper in _PROPER_WORDS.items():
        result = re.sub(rf"(?<!\w){low}(?!\w)", proper, result)
    province = find_province(text)
    if province:
        for spelling in (province.lower(), province):
            result = re.sub(rf"(?i)(?<!\w){re.escape(spelling)}(?!\w)", province, result)
    return result


_CENTRAL_HEAD = re.compile(r"^(?:BỘ|TỔNG CỤC|CỤC)\s+\S+", re.I)
_PROVINCIAL_UNIT = re.compile(r"^(?:THUẾ|HẢI QUAN|KHO BẠC NHÀ NƯỚC|BẢO HIỂM XÃ HỘI|THỐNG KÊ)\s+(?:TỈNH|THÀNH PHỐ|TP\.?)\s", re.I)


def _header_issuer(layout: Layout) -> str | None:
    """Issuer from the capitalised lines left of the national motto ("UBND TỈNH LÀO CAI" / "VĂN PHÒNG")."""
    parts: list[str] = []
    for line in layout.header:
        if layout.title and line.index > layout.title[0].index:
            break
        text = line.text
        motto = _MOTTO_OR_NATIONAL.search(text)
        if motto:
            text = text[: motto.start()].strip(" -_")  # two header columns merged on one PDF line
        if not text or not _caps_piece(text) or any(c.isdigit() for c in text) or names_doc_type(text):
            continue
        if any(f" {_fold_name(text)} " in f" {motto} " for motto in _MOTTO_NAMES_FOLDED):
            continue  # a piece of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" broken at any word ("DÂN" is none of "ĐẢNG")
        if "_" in text or text.startswith("-"):
            continue
        broken_word = bool(parts) and len(parts[-1].split()) == 1 and parts[-1].lower() not in _ORG_WORDS
        # "CỤC THUẾ" / "THUẾ TỈNH TÂY NINH": a province's office under a central one, not its name wrapped.
        provincial_unit = bool(parts) and bool(_CENTRAL_HEAD.match(parts[-1])) and bool(_PROVINCIAL_UNIT.match(text))
        if parts and not provincial_unit and (broken_word or not text.lower().startswith(_ORG_WORDS)):
            # A name wrapped onto the next line: "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG", "ỦY" / "BAN NHÂN DÂN".
            parts[-1] = f"{parts[-1]} {text}"
        else:
            parts.append(text)  # a new unit under the previous one: "UBND TỈNH LÀO CAI" / "VĂN PHÒNG"
    if not parts:
        return None
    names = [_agency_case(p) for p in parts]
    if len(names) == 1:
        return names[0]
    parent, unit = names[0], names[-1]
    if unit == "Văn phòng":
        return f"{unit} {parent}"  # "UBND TỈNH LÀO CAI" over "VĂN PHÒNG"
    if len(names) == 2 and parent.lower() in _ORG_WORDS:
        return f"{parent} {unit}"  # "VĂN PHÒNG" / "CHÍNH PHỦ": one name wrapped after its head word
    province = find_province(parent)
    if province and not find_province(unit):
        level = "thành phố" if province in _CITIES else "tỉnh"
        return f"{unit} {level} {province}"  # "Sở Nội vụ tỉnh Lâm Đồng", "Sở Y tế thành phố Hà Nội"
    return unit  # "BỘ TÀI CHÍNH" over "CỤC THUẾ": the unit is the issuer


def _caps_piece(text: str) -> bool:
    """A capitalised header line, including a short piece of a wrapped name ("ỦY" / "BAN NHÂN DÂN")."""
    letters = [c for c in text if c.isalpha()]
    return is_caps_line(text) or (bool(letters) and all(c.isupper() for c in letters) and len(text.split()) == 1)


_BODY_ISSUER = re.compile(
    r"(Văn phòng (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) tỉnh|UBND tỉnh|Ủy ban nhân dân tỉnh)"
    r"\s+(?:ban hành\s+)?thông báo",
    re.I,
)
_CENTRAL = re.compile(
    r"^(?:Bộ|Thủ tướng|Chính phủ|Văn phòng Chính phủ|Quốc hội|Tổng cục|Cục|Ban Chỉ đạo"
    r"|Văn phòng Ban Chấp hành Trung ương|Ban Chấp hành Trung ương|Văn phòng Trung ương|Ban Bí thư)\b"
)


def _with_province(issuer: str, province: str | None) -> str:
    if province and re.search(r"(?:tỉnh|thành phố)$", issuer):
        if province in _CITIES:
            issuer = re.sub(r"tỉnh$", "thành phố", issuer)
        return f"{issuer} {province}"
    return issuer


# --------------------------------------------------------------------------------------------------
# Dates

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_WORDS_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})", re.I)
_MEETING_START = re.compile(r"^(?:(?:Chiều|Sáng|Tối|Trưa|Hôm nay|Vào)\s*,?\s*)?ngày\s+", re.I)
# A date inside a citation ("Nghị quyết số 68/NQ-CP ngày 01/7/2021") dates another document.
_CITATION_BEFORE = re.compile(r"\S*\d\S*/\S+,?\s+(?:ngày\s+)?$")


def _make_date(day: str | int, month: str | int, year: str | int) -> date | None:
    try:
        found = date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return found if 1945 <= found.year <= 2100 else None


def _first_date(text: str) -> tuple[date, int] | None:
    """The first well-formed date in `text` that is not a citation's date, and where it starts."""
    candidates = [m for pattern in (_DMY, _WORDS_DATE) for m in pattern.finditer(text)]
    for match in sorted(candidates, key=lambda m: m.start()):
        if _CITATION_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        found = _make_date(*match.groups())
        if found:
            return found, match.start()
    return None


def _header_date(header_text: str) -> tuple[str | None, date | None, date | None]:
    """(place, full date, month-precision date) from "Lào Cai, ngày 02 tháng 8 năm 2021"."""
    match = PLACE_DATE.search(header_text)
    if not match:
        return None, None, None
    place_words = match.group(1).split()
    while len(place_words) > 1 and place_words[0].isupper() and len(place_words[0]) > 1:
        place_words.pop(0)  # "TỈNH LÂM ĐỒNG Lâm Đồng, ngày": the issuer column ran into the place
    place = " ".join(place_words)
    day, month, year = (re.sub(r"\D", "", g) for g in match.groups()[1:])
    full = _make_date(day, month, year) if day and month else None
    partial = _make_date(1, month, year) if month else None
    return place, full, partial


def _meeting_date(paragraphs: list[Paragraph], title: str) -> date | None:
    for paragraph in paragraphs[:3]:
        if _MEETING_START.match(paragraph.text):
            found = _first_date(paragraph.text[:80])
            if found and found[1] < 40:
                return found[0]
    found = _first_date(title)
    return found[0] if found else None


# --------------------------------------------------------------------------------------------------
# People

# "đồng chí Trịnh Xuân Trường - Chủ tịch UBND tỉnh chủ trì": the nearest "đồng chí" before "chủ trì".
_PRESIDED = re.compile(r"(?:đồng chí|đ/c)\s+((?:(?!đồng chí|đ/c)[^;.])+?)\s+(?:đã\s+)?chủ\s+trì", re.I)
_PRESIDED_CLAUSE = re.compile(r"([^;.,:]+?)\s+(?:đã\s+)?chủ\s+trì", re.I)
_CONCLUDED = re.compile(r"(?:đồng chí|đ/c)\s+((?:(?!đồng chí|đ/c)[^;.])+?)\s+(?:đã\s+)?kết\s+luận", re.I)
# "… của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị …" names who gave the instruction,
# not who concluded: "kết luận" there is a noun.
_CONCLUDED_ROLE = re.compile(
    r"((?:Phó\s+)?(?:Chủ tịch|Thủ tướng|Bí thư|Bộ trưởng|Giám đốc)"
    r"(?:(?!\s(?:về việc|triển khai|thực hiện|quán triệt)\b)[^;.,:]){0,60}?)\s+(?:đã\s+)?kết\s+luận"
)
_MEETING_WORDS = re.compile(r"\b(?:họp|hội nghị|làm việc|kết luận|giao ban)\b", re.I)


def _presiding(paragraphs: list[Paragraph]) -> str | None:
    """Who chaired the meeting (or, failing that, who gave the conclusions) per the opening lines."""
    intro = " ".join(p.text for p in paragraphs[:3] if _MEETING_WORDS.search(p.text))
    for pattern in (_PRESIDED, _PRESIDED_CLAUSE, _CONCLUDED, _CONCLUDED_ROLE):
        for match in pattern.finditer(intro):
            who = re.sub(r"^(?:đồng chí|đ/c)\s+", "", match.group(1).strip(), flags=re.I)
            # "Chủ tịch ... giao Sở X chủ trì" assigns a task; it names no chair.
            if re.search(r"\b(?:giao|đề nghị|yêu cầu)\b", who) or not who[:1].isupper():
                continue
            if 3 <= len(who) <= 160:
                return who
    return None


def _signer(footer: list[Line]) -> str | None:
    # The name under a signer title ("KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG" / name) first.
    for k, line in enumerate(footer):
        if is_person_name(line.text) and any(_signer_title(f.text) for f in footer[max(0, k - 3) : k]):
            return line.text
    names = [line.text for line in footer if is_person_name(line.text)]
    if names:
        return names[-1]
    # "- Văn phòng Chủ tịch nước; Phạm Minh Chính": the signature column ran into a recipient.
    for line in reversed(footer):
        tail = line.text.rsplit(";", 1)[-1].strip()
        if ";" in line.text and is_person_name(tail):
            return tail
    return None


def _signer_title(text: str) -> bool:
    return is_caps_line(text) or bool(re.match(r"^(?:KT|TL|TM|TUQ|Q)\s*\.", text))


def _recipients(footer: list[Line]) -> list[str]:
    items: list[str] = []
    inside, previous = False, ""
    for line in footer:
        text = line.text
        if re.match(r"^Nơi\s+nhận", text, re.I):
            inside = True
            continue
        if not inside:
            continue
        found = marker_of(text)
        if found and found[0] in ("dash", "plus", "bullet"):
            items.append(_recipient_text(text[len(found[1]) :]))
        elif is_person_name(text):
            break  # the signer: what follows is a footnote or a portal's panels, never a recipient
        elif items and not is_caps_line(text) and not _signer_title(text):
            # a recipient wrapped onto two lines, or its sub-list going on ("…, TGĐ Cổng TTĐT;" / "các Vụ: …")
            joint = "; " if previous.endswith(";") else " "
            items[-1] = _recipient_text(f"{items[-1]}{joint}{text}")
        previous = text
    return [item.rstrip(",") for item in items if item]


def _recipient_text(text: str) -> str:
    """"- Như trên; VỤ TRƯỞNG" → "Như trên": a signer column merged into the line is dropped."""
    head, sep, tail = text.strip().partition(";")
    if sep and tail.strip() and (is_caps_line(tail) or is_person_name(tail.strip())):
        text = head
    return text.strip().rstrip(";.").strip()


# --------------------------------------------------------------------------------------------------
# Title and type

_CLOSING_TITLE = re.compile(
    r"^Trên\s+đây\s+là\s+((?:ý kiến\s+)?(?:kết luận|ý kiến chỉ đạo|thông báo)\b.+?),\s*"
    r"(?:Văn phòng|UBND|Ủy ban|Uỷ ban|Sở|Bộ)\b",
    re.I,
)


def _title(layout: Layout, paragraphs: list[Paragraph]) -> str:
    parts: list[str] = []
    for line in layout.title:
        text = line.text
        match = PLACE_DATE.search(text)
        if match:
            text = text[: match.start(1)].strip()  # a PDF line carrying both title and date columns
        if text:
            parts.append(text)
    if parts:
        title = " ".join(parts)
        if layout.doc_type and re.match(r"^(?:của|CỦA)\s", title):
            # "KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ, …": the type's line begins the title's phrase.
            title = f"{layout.doc_type.upper() if title.isupper() else layout.doc_type} {title}"
        return title
    for paragraph in paragraphs[-3:]:
        match = _CLOSING_TITLE.match(paragraph.text)
        if match:
            phrase = match.group(1).strip()
            return phrase[:1].upper() + phrase[1:]
    return caption_title(layout)


def _doc_type(layout: Layout, number: _Number | None, title: str, paragraphs: list[Paragraph]) -> str:
    if layout.doc_type:
        return layout.doc_type
    if layout.title and re.match(r"^(?:V/v|Về việc)\b", layout.title[0].text, re.I):
        return "Công văn"
    # A portal page says the type in its summary table: "5706/CT-CS" is a Cục Thuế letter, no Chỉ thị.
    labelled = _labelled(layout.preamble, "Loại văn bản")
    if labelled in _DOC_TYPES:
        return labelled
    if number:
        from_code = _type_from_code(number.code)
        if from_code:
            return from_code
    lead = " ".join(line.text for line in layout.web_lead)
    if re.match(r"^Thông báo\b", lead, re.I) or re.match(r"^(?:Thông báo\s+)?Kết luận\b", title, re.I):
        return "Thông báo"
    if any(_BODY_ISSUER.search(p.text) for p in paragraphs[:2] + paragraphs[-3:]):
        return "Thông báo"
    return ""


# --------------------------------------------------------------------------------------------------
# Labelled values on portal pages ("Số hiệu:" / "631/TB-VPCP")


def _labelled(lines: list[Line], label: str) -> str | None:
    for k, line in enumerate(lines[:-1]):
        if line.text.rstrip(": ").lower() == label.lower():
            return lines[k + 1].text
    return None


# --------------------------------------------------------------------------------------------------


def extract_metadata(source: SourceText, paragraphs: list[Paragraph]) -> NoticeMeta:
    """Header facts of `source`; `paragraphs` are its parsed body (from `parse_structure`)."""
    try:
        return _extract(source, paragraphs)
    except Exception:  # a metadata gap must never stop a notice from being indexed
        log.exception("metadata extraction failed for %s", source.source)
        return NoticeMeta()


def _extract(source: SourceText, paragraphs: list[Paragraph]) -> NoticeMeta:
    layout = read_layout(source)
    header_texts = [line.text for line in layout.header]
    title_texts = [line.text for line in layout.title]
    # The title may cite another document's number ("… KÈM THEO NGHỊ QUYẾT SỐ 10/2022/NQ-HĐND …").
    number = (
        _read_number(header_texts)
        or _read_number([" ".join(header_texts)])
        or _read_number([" ".join(header_texts + title_texts)])
    )
    if number is None:
        labelled = _labelled(layout.preamble, "Số hiệu")
        number = _read_number([f"Số: {labelled}"]) if labelled else None

    title = _title(layout, paragraphs)
    doc_type = _doc_type(layout, number, title, paragraphs)

    place, full_date, month_date = _header_date(" ".join(header_texts + title_texts))
    issuer = _header_issuer(layout)
    if issuer is None:
        # A portal page that dropped the header still names the issuer in its summary table.
        labelled_issuer = _labelled(layout.preamble, "Nơi ban hành")
        if labelled_issuer and not any(c.isdigit() for c in labelled_issuer):
            issuer = labelled_issuer
    if issuer is None and number is not None:
        issuer = _issuer_from_code(number.code)
    if issuer is None:
        for paragraph in paragraphs[:2] + paragraphs[-3:]:
            match = _BODY_ISSUER.search(paragraph.text)
            if match:
                issuer = _PEOPLES_COMMITTEE_BODY.sub("UBND", match.group(1))
                issuer = issuer[:1].upper() + issuer[1:]
                break
    # Known before the province is looked for: a ministry's letter names provinces it is not of
    # ("Hội nghị 6: … Thành phố Hồ Chí Minh, Đồng Nai").
    central = bool(issuer and _CENTRAL.match(issuer))
    province = None
    if not central:
        province = (
            (find_province(issuer) if issuer else None)
            or (find_province(place) if place else None)
            or _most_mentioned_province([title, *(p.text for p in paragraphs)])
        )
    if issuer is not None and not central:
        issuer = _with_province(issuer, province)

    issued_on, issued_source = _issued_on(layout, paragraphs, title, full_date, month_date)

    return NoticeMeta(
        title=title,
        doc_type=doc_type,
        number=number.number if number else None,
        issuer=issuer,
        province=province,
        place=place,
        issued_on=issued_on,
        issued_on_source=issued_source,
        presiding=_presiding(paragraphs),
        signer=_signer(layout.footer),
        recipients=_recipients(layout.footer),
    )


_PEOPLES_COMMITTEE_BODY = re.compile(r"(?:Ủy|Uỷ) ban nhân dân", re.I)


def _most_mentioned_province(texts: list[str]) -> str | None:
    counts = _provinces_mentioned(texts)
    return counts.most_common(1)[0][0] if counts else None


def _issued_on(
    layout: Layout,
    paragraphs: list[Paragraph],
    title: str,
    full_date: date | None,
    month_date: date | None,
) -> tuple[date | None, str | None]:
    if full_date:
        return full_date, "header"
    meeting = _meeting_date(paragraphs, title)
    if meeting:
        return meeting, "meeting"
    if month_date:
        return month_date, "partial"
    # "... tại phiên họp UBND tỉnh tháng 9/2020": the month the notice is about.
    match = _MONTH_YEAR.search(title)
    if match:
        found = _make_date(1, match.group(1), match.group(2))
        if found:
            return found, "partial"
    if layout.web_date:
        found_web = _first_date(layout.web_date.text)
        if found_web:
            return found_web[0], "header"
    labelled = _labelled(layout.preamble, "Ngày ban hành")
    if labelled:
        found_label = _first_date(labelled)
        if found_label:
            return found_label[0], "header"
    return None, None
