"""From extracted text to citable paragraphs: repair wrapped lines, lift footnotes, nest headings.

Readers hand us lines, not paragraphs: PDFs break every line, text exports of PDFs (seed 003) break
every line *and* put a blank line after it, pages break mid-sentence, and footnotes sit wherever the
page ended. Blank lines therefore carry no information here; whether a line continues the previous
one is decided from the text itself (`_continues`).

Task tables (a header row with a "chủ trì" column) are read by their cells, which portals write one
per line between "|" lines and markdown one row per line: each row becomes one paragraph, cells joined
by " | " in header order, under the header row (`_task_tables`). Other tables with an index column
("STT") are read by rows the same way (`_data_tables`).

The document header (issuer, number, place and date, document type, title), the recipient list and
the signature block are layout, not content: they are recognised (`read_layout`, which the metadata
extractor reuses) and kept out of the paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ingest.agencies import Stream
from ingest.domain import INDEX_TITLE, TABLE_CELL, TABLE_UNIT, Footnote, Paragraph, SourceText
from ingest.normalize import nfc
from ingest.provinces import fold_name, spellings

__all__ = [
    "Line",
    "Layout",
    "parse_structure",
    "read_layout",
    "source_lines",
    "marker_of",
    "is_caps_line",
    "is_person_name",
    "roman_value",
    "DOC_TYPES",
]


def _letters(wanted: Callable[[str], bool]) -> str:
    codes = [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1EA0, 0x1EFA)]
    return "".join(chr(c) for c in codes if chr(c).isalpha() and wanted(chr(c)))


# Character classes for Vietnamese letters: "[A-ZÀ-Ỹ]" would also match lower-case letters, since
# upper and lower case alternate inside the Latin-1 and Latin Extended Additional blocks.
_UPPER = _letters(str.isupper)
_LOWER = _letters(str.islower)


# --------------------------------------------------------------------------------------------------
# Lines


@dataclass
class Line:
    """One non-blank source line, markup removed."""

    text: str
    page: int | None
    index: int
    bold: bool = False  # the whole line was bold (markdown **...**): a heading, never running text
    # A bold span still open at the line's end ("**2. Vụ Tổ" / "chức cán bộ:**"): emphasis never
    # spans a paragraph break, so the next line belongs to the same paragraph.
    bold_runs_on: bool = False
    # Table layout, for `_task_tables`: the cell separators ("|") met since the previous line, this
    # line's own leading one included, and the cells of a one-line markdown row ("| a | b |").
    pipes: int = 0
    cells: tuple[str, ...] = ()


_BOLD = "**"
_WHOLE_BOLD = re.compile(r"\*\*(?=\S)(?:(?!\*\*).)+(?<=\S)\*\*")
# Markdown emphasis: *text* with no space just inside the stars (a "* " at line start is a bullet).
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])")
_STRAY_STAR = re.compile(r"(?:(?<=\s)|^)\*(?=[^\s*])|(?<=[^\s*(])\*(?=[\s.,;:)]|$)")
# "__Nơi nhận__:": markdown's other bold; a draft's blank ("Số: ____/TB-UBND") has more underscores.
_UNDERLINE = re.compile(r"(?<![_\w])__(?=[^\s_])|(?<=[^\s_])__(?![_\w])")
# Markup with no text: table pipes, a heading's hashes, the star left of "*****" once its "**" pairs are gone.
_MD_CHROME = re.compile(r"^[|#\s]*(?:\*{1,2}[|#\s]*)?$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_TABLE_PIPES = re.compile(r"^\|\s*|\s*\|$")
_MD_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?$")


def source_lines(source: SourceText) -> list[Line]:
    """Every non-blank line of every page, in order, cleaned of markup and spacing noise."""
    lines: list[Line] = []
    for page in source.pages:
        bold_open = False
        pipes = 0
        for raw in page.text.splitlines():
            if not raw.strip():
                bold_open = False  # markdown emphasis never spans a blank line
                continue
            text, bold, bold_open = _strip_bold(raw, bold_open)
            plain = text.strip()
            if _MD_RULE.match(plain):
                continue  # "|---|---|" under a markdown table's header row: no cells of its own
            text = _clean(text)
            if not text:
                pipes += plain.count("|")
                continue
            cells: tuple[str, ...] = ()
            if plain.startswith("|") and plain.endswith("|") and plain.count("|") >= 3:
                cells = tuple(_clean(cell) for cell in plain[1:-1].split("|"))
            line = Line(text, page.number, len(lines), bold=bold, bold_runs_on=bold_open)
            line.pipes, line.cells = pipes + plain.startswith("|"), cells
            pipes = int(plain.endswith("|") and len(plain) > 1)
            lines.append(line)
    return lines


def _strip_bold(raw: str, bold_open: bool) -> tuple[str, bool, bool]:
    """Remove `**` markup; report whether every visible character of the line was bold."""
    if _WHOLE_BOLD.fullmatch(raw.strip()):
        # "**THÔNG BÁO**" opens and closes on its line whatever came before: a stray marker above
        # ("*Hà Nội, ng**ày") must not invert bold and plain for the rest of the notice.
        return raw.replace(_BOLD, ""), True, False
    parts = raw.split(_BOLD)
    state, any_plain, any_bold = bold_open, False, False
    for number, part in enumerate(parts):
        if number:
            state = not state
        if part.strip(" *"):
            any_bold |= state
            any_plain |= not state
    return "".join(parts), any_bold and not any_plain, state


def _clean(text: str) -> str:
    text = nfc(text).replace("\n", " ")
    text = _ITALIC.sub(r"\1", text)
    # Emphasis that spans lines, or closes after a space ("*(bệnh viện, công an) *là"), leaves stars
    # the pairing above cannot match; a bullet's "* " and a footnote's "(*)" stay.
    text = _STRAY_STAR.sub("", text)
    if text.count("*") == 1 and text.endswith("*"):
        text = text[:-1]  # "tháng 11 năm 2025 *"
    text = _UNDERLINE.sub("", text)
    if _MD_CHROME.match(text):
        return ""
    text = _MD_HEADING.sub("", text)
    text = _TABLE_PIPES.sub("", text)
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------------
# Markers

# (kind, pattern), tried in order: "1.1." before "1.", and "(i)" as a roman numeral before "(a)".
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # "PHỤ LỤC II", "PHỤ LỤC 3 …", or "Phụ lục:" alone on its line; not "Phụ lục kèm theo …" in a sentence.
    ("appendix", re.compile(r"^(?:PHỤ LỤC(?:\s+(?:SỐ\s+)?(?:[IVXLC]{1,6}|\d{1,2}[a-z]?)\b)?(?=\s|:|$)|Phụ lục(?:\s+(?:[IVXLC]{1,6}|\d{1,2}))?\s*:?$)")),
    ("part", re.compile(r"^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:[IVXLC]+|\d{1,2})(?:[.:]|(?=\s)|$)")),
    ("article", re.compile(r"^Điều\s+\d{1,3}[a-z]?\.?(?=\s|$)")),
    ("roman", re.compile(r"^[IVXLC]{1,6}[.)](?=\s|$)")),
    # "3.2." or, without the final dot, "3.2 Về ..." before a capital letter (not "2.1 triệu").
    ("decimal", re.compile(rf"^\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}(?:\.(?=\s)|(?=\s+[{_UPPER}]))")),
    ("arabic", re.compile(r"^\d{1,3} ?[.)](?=\s)")),  # "1 . Hàng hóa …" too, as a customs ruling spaces it
    ("alpha", re.compile(r"^[a-zđ]\)(?=\s)")),
    ("paren_roman", re.compile(r"^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)")),
    ("paren_num", re.compile(r"^\(\d{1,2}\)")),
    ("paren_alpha", re.compile(r"^\([a-zđ]\)")),
    ("dash", re.compile(r"^[-–—−](?![-–—−])(?=\s*\S)")),
    ("plus", re.compile(r"^\+(?=\s*\S)")),
    ("bullet", re.compile(r"^[•●▪■◦○·►➢✓](?=\s*\S)")),
    ("star", re.compile(r"^\*(?=\s+\S)")),
]
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# Structural markers nest in a fixed order (Phụ lục > Phần > I. > Điều > 1. > 1.1. > 1.1.1. > a)); list
# markers (-, +, (1), ...) nest by order of appearance, since documents use them in any order.
_RANK = {"appendix": -1, "part": 0, "roman": 1, "article": 2, "arabic": 3, "alpha": 8}


def roman_value(numeral: str) -> int | None:
    """14 for "XIV" or "xiv"; None when it is not written in roman digits."""
    upper = numeral.upper()
    if not upper or set(upper) - _ROMAN_VALUES.keys():
        return None
    values = [_ROMAN_VALUES[c] for c in upper]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _roman_ok(numeral: str) -> bool:
    return 0 < (roman_value(numeral) or 0) <= 40


def marker_of(text: str) -> tuple[str, str] | None:
    """(kind, marker) of a line or paragraph that starts a heading or list item, else None."""
    for kind, pattern in _MARKERS:
        match = pattern.match(text)
        if not match:
            continue
        marker = match.group(0).strip()
        if kind == "roman" and not _roman_ok(marker[:-1]):
            continue
        return kind, marker.replace(" ", "") if kind == "arabic" else marker
    return None


def _rank(kind: str, marker: str) -> int | None:
    if kind == "decimal":
        return 3 + marker.rstrip(".").count(".")
    return _RANK.get(kind)


# --------------------------------------------------------------------------------------------------
# Layout: header, recipients, signature, page furniture

DOC_TYPES: dict[str, str] = {
    "THÔNG BÁO": "Thông báo",
    "CÔNG VĂN": "Công văn",
    "CÔNG ĐIỆN": "Công điện",
    "BÁO CÁO": "Báo cáo",
    "KẾ HOẠCH": "Kế hoạch",
    "QUYẾT ĐỊNH": "Quyết định",
    "CHỈ THỊ": "Chỉ thị",
    "NGHỊ QUYẾT": "Nghị quyết",
    "NGHỊ ĐỊNH": "Nghị định",
    "THÔNG TƯ": "Thông tư",
    "TỜ TRÌNH": "Tờ trình",
    "BIÊN BẢN": "Biên bản",
    "HƯỚNG DẪN": "Hướng dẫn",
    "GIẤY MỜI": "Giấy mời",
    "KẾT LUẬN": "Kết luận",
    "CHƯƠNG TRÌNH": "Chương trình",
    "ĐỀ ÁN": "Đề án",
    "QUY CHẾ": "Quy chế",
    "QUY ĐỊNH": "Quy định",
    "LUẬT": "Luật",
}
_DOC_TYPE_NAMES = "|".join(sorted(DOC_TYPES, key=len, reverse=True))  # longest first: "THÔNG BÁO KẾT LUẬN"
_DOC_TYPE_LINE = re.compile(rf"^({_DOC_TYPE_NAMES})\b\s*:?\s*(.*)$")
_ENDS_WITH_DOC_TYPE = re.compile(rf"(?:{_DOC_TYPE_NAMES})$", re.I)


def names_doc_type(text: str) -> bool:
    """"THÔNG BÁO", "THÔNG BÁO KẾT LUẬN": a document's type line, which starts with its kind."""
    return bool(_DOC_TYPE_LINE.match(text))

# Also matched in halves: portal pages and narrow header cells break the line after "XÃ HỘI".
# A Party document heads its right column with "ĐẢNG CỘNG SẢN VIỆT NAM" instead, broken after
# "CỘNG" or after "ĐẢNG".
_NATIONAL = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI"
    r"|^(?:H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+)?CHỦ\s+NGHĨA\s+VIỆT\s+NAM$"
    r"|^CỘNG$"
    r"|^ĐẢNG(?:\s+CỘNG(?:\s+SẢN\s+VIỆT\s+NAM)?)?$|^(?:CỘNG\s+)?SẢN\s+VIỆT\s+NAM$"
)
_MOTTO = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc", re.I)
# Where the motto is looked for. Farther down only when no addressees come first: a portal's summary
# of a long list (41 border gates) may put it 80 lines down, a letter's page only in its footer.
_PREAMBLE_LINES = 80
_PREAMBLE_LINES_FAR = 200
_SEPARATOR = re.compile(r"^[-_=.*~…\s]{3,}$")
# A decision's enacting authority, set in capitals under its capitalised title: "CHỦ TỊCH ỦY BAN NHÂN
# DÂN TỈNH LAI CHÂU", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ".
_AUTHORITY_LINE = re.compile(
    r"^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|"
    r"(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ)\b[^,;:]{0,80}$"
)
# "Số: 12/TB-UBND", a Party document's "Số 432-TB/VPTW", and "Số: 9476 /BNNMT-CNTY" with a space.
_NUMBER_LINE = re.compile(r"^(?:Số|SỐ)\s*:?\s*(?:[\w.-]*|\d+\s)/|^(?:Số|SỐ)\s*:\s*$")
# A place name broken before its comma: "Quảng" / "Trị, ngày 27 tháng 11 năm 2025".
_PLACE_TAIL = re.compile(r"^[^\s,]+(?:\s+[^\s,]+){0,3},\s*ngày\b")
# "Lào Cai, ngày 02 tháng 8 năm 2021", also with the day and month left blank in drafts.
# Place names hold no digits, slashes or colons: "Số:10988/BNV-CQĐP" before "Hà Nội, ngày" is not one.
# The comma may be missing ("Hà Nội ngày 01 tháng 12 năm 2025").
PLACE_DATE = re.compile(
    rf"(?:^|(?<=\s))([{_UPPER}][^\s,\d/:]*(?:\s+[{_UPPER}][^\s,\d/:]*){{0,3}})\s*,?"
    r"\s*ngày\s*([\d.…_ ]*?)\s*tháng\s*([\d.…_ ]*?)\s*năm\s*(\d{4})"
)
# The same line broken in two: "Hà Nội, ngày 19" / "tháng 11 năm 2025", "Hà Nội, ngày" / "26 tháng …",
# "Hà Nội, ngày 26 tháng 11" / "năm 2025", or "Hà Nội," / "ngày 25 tháng 11 năm 2025".
_PLACE_DATE_SPLIT = re.compile(
    rf"^[{_UPPER}][^\s,]*(?:\s+[{_UPPER}][^\s,]*){{0,3}}(?:\s*,\s*ngày[\d.…_ ]*|\s+ngày\s*\d[\d.…_ ]*)(?:tháng[\d.…_ ]*(?:năm)?)?$"
    r"|^(?:ngày\s*[\d.…_ ]*?\s*|\d{1,2}\s+)?tháng\s*[\d.…_ ]*\s*năm\s*\d{4}\s*$"
)
# "Hà Nội, ngày 26 tháng 11" / "năm 2025", "Hà Nội, ngày 21 tháng" / "11 năm 2025": only a header
# line, never a title's, since a title may well end on a line of its own "năm 2025".
_YEAR_LINE = re.compile(r"^(?:\d{1,2}\s+)?năm\s*\d{4}\s*$")
# "Nội, ngày 21 tháng 11 năm" / "2025": the year alone, under a date line that ends at "năm".
_YEAR_ALONE = re.compile(r"^\d{4}$")
# A cited document's number alone on a line: "136/2025/NĐ-CP", "số 10/2022/NQ-HĐND".
_CITED_NUMBER = re.compile(r"^(?:(?:số|SỐ)\s*)?\d+(?:/\d{4})?[/-][\wĐđ/.-]+[.,;]?$")
_VV = re.compile(r"^(?:V/v|V/V|Về việc)\b", re.I)
# "Kính gửi:" and, for those sent a copy, "Đồng kính gửi:"; a telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:"
# (its sender, capitalised, then "điện:") likewise opens the list of those it is sent to.
_KINH_GUI = re.compile(rf"^(?:(?:Đồng\s+)?Kính\s+gửi\s*:?|[{_UPPER}][{_UPPER}\s,]*\s+điện\s*:\s*$)", re.I)
_WEEKDAY_DATE = re.compile(
    r"^(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,?\s*\d{1,2}/\d{1,2}/\d{4}\b", re.I
)
_BODY_START = re.compile(
    r"^(?:Ngày|Chiều|Sáng|Tối|Trưa|Hôm nay|Vừa qua|Căn cứ|Thực hiện|Theo|Sau khi|Nhằm|Trên cơ sở|Thừa lệnh|"
    r"Thừa ủy quyền|Thừa uỷ quyền|Xét|Trong|Để|Qua)\b"
)
_NOI_NHAN = re.compile(r"^Nơi\s+nhận\s*:?", re.I)
# Also its first word left alone on a line ("…;" / "Căn" / "cứ Nghị định số 08/2015/NĐ-CP …;").
_GROUNDS = re.compile(r"^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Xét Tờ trình|Xét tờ trình|Trên cơ sở)\b|^(?:Căn|Theo|Xét|Trên)$")
_LUU = re.compile(r"^[-–+]?\s*Lưu\s*:", re.I)
# The copies made, under the filing line: "- Lưu: VT, QLĐĐ1." / "05 bản, QĐ164."
_COPIES = re.compile(r"^\d{1,3} bản\b")
_BARE_DASH = re.compile(r"^[-–—−+•]$")
# "thuộc nhóm 95.04 “Các máy và thiết bị …”, mã số 9504.40.00": the heading of the tariff the goods fall under.
_CLASSIFIED_AS = re.compile(r"^thuộc (?:phân )?nhóm \d{2}\.\d{2}\b")
_SIGNED = re.compile(r"^[(\[]\s*(?:đã\s+ký|ký|đã\s+ký\s+và\s+đóng\s+dấu)[^)\]]*[)\]]$|^Ký\s+bởi\b", re.I)
# "KT. CHỦ TỊCH", or "KT." alone with the office on the next line.
# "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC": the prefix stands apart, so "QUY TRÌNH …" and "TMĐT" are none.
_SIGNER_PREFIX = re.compile(rf"^(?:(?:KT|TL|TM|TUQ|Q|K/T|T/L|T/M)(?:\s*[./]\s*|\s+)[{_UPPER}]{{2,}}|(?:KT|TL|TM|TUQ)\.$)")
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^Trang\s+\d+(?:\s*/\s*\d+)?$", re.I)
_WEB_TAIL = re.compile(
    r"^(?:Các tin đã đăng|Các tin khác|Tin cùng chuyên mục|Tin liên quan|Tin mới hơn|Tin cũ hơn"
    r"|Bài viết liên quan)\b"
    # A legal portal's related-documents panel and the note above it that starts its page tail.
    r"|^#*\s*Văn bản liên quan\s*$|^Văn bản này chưa cập nhật nội dung",
    re.I,
)
# The portal's caption of the document, just above that note: "Thông báo 631/TB-VPCP năm 2025 về ...",
# "Thông báo kết luận 432-TB/VPTW năm 2025 tại buổi làm việc …", and without the year "Công văn
# 6278/BVHTTDL-VP tập trung hoàn thành … do Bộ Văn hóa, Thể thao và Du lịch ban hành" (a telegram's:
# "… do Thủ tướng Chính phủ điện").
_PORTAL_CAPTION = re.compile(
    r"^(?:" + "|".join(t.capitalize() for t in DOC_TYPES) + r"|Văn bản hợp nhất)(?:\s+[^\W\d]+){0,2}"
    r"\s+\d+[\w./-]*(?P<date>\s+(?:năm\s+\d{4}|ngày\s+\d{1,2}/\d{1,2}/\d{4}))?"
    r"(?:\s+(?:về\s+(?:việc\s+)?)?(?P<subject>.+?))?(?P<issuer>\s+do\s+[^;]{3,80}?\s+(?:ban hành|điện))?$"
)


def _caption_subject(text: str) -> str | None:
    """What a portal's caption says the document is about ("" when it says nothing); None for another line."""
    match = _PORTAL_CAPTION.match(text)
    if not match or not (match.group("date") or match.group("issuer")):
        return None
    return (match.group("subject") or "").strip()
_WEB_CHROME = re.compile(
    r"^(?:Ban biên tập|BBT|print\s+send mail|In bài viết|Gửi email|Chia sẻ|Xem thêm)\s*$", re.I
)


def is_caps_line(text: str) -> bool:
    """All letters upper-case (at least three): issuer names, signer titles, document types."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_NAME_WORD = re.compile(rf"^[{_UPPER}][{_LOWER}]*$")


def _upper_only(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def is_person_name(text: str) -> bool:
    """"Phan Quốc Nghĩa": two to five capitalised words, nothing else."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) and len(w) <= 8 for w in words)


@dataclass
class Layout:
    """Where the non-citable parts of a document are. Lines are shared with the paragraph parser."""

    lines: list[Line]
    header: list[Line] = field(default_factory=list)  # issuer, motto, "Số:", place-date, addressees
    doc_type: str | None = None  # from the "THÔNG BÁO" line
    title: list[Line] = field(default_factory=list)  # trích yếu, "V/v ..." included
    web_date: Line | None = None  # "Chủ nhật 22/5/2022" on a portal page
    web_lead: list[Line] = field(default_factory=list)  # portal category line(s) above that date
    footer: list[Line] = field(default_factory=list)  # "Nơi nhận", recipients, signer block
    preamble: list[Line] = field(default_factory=list)  # a portal's text above the document
    dropped: set[int] = field(default_factory=set)  # indices of every non-citable line
    tail: int | None = None  # index of the first line of a portal's page tail, where every table ends


def caption_title(layout: Layout) -> str:
    """The subject in a portal's caption of the document, for a page that dropped the header's title."""
    for line in layout.footer:
        if subject := _caption_subject(line.text):
            return subject[:1].upper() + subject[1:]
    return ""


def read_layout(source: SourceText) -> Layout:
    lines = source_lines(source)
    layout = Layout(lines=lines)
    body_start = _scan_header(lines, layout)
    layout.dropped.update(range(body_start))
    _scan_footer(lines, body_start, layout)
    for line in lines[body_start:]:
        if _is_furniture(line.text):
            layout.dropped.add(line.index)
    return layout


def _is_furniture(text: str) -> bool:
    """Lines that are page layout wherever they occur."""
    return bool(
        _PAGE_NUMBER.match(text)
        or _SEPARATOR.match(text)
        or _SIGNED.match(text)
        or _NATIONAL.search(text)
        or (_MOTTO.search(text) and len(text) < 90)
        or _WEB_CHROME.match(text)
        or (is_caps_line(text) and _doc_type_echo(text))
        or _RESOLVES.match(text)
    )


# A resolution's "QUYẾT NGHỊ:" before its articles, the formula its "QUYẾT ĐỊNH:" is to a decision.
_RESOLVES = re.compile(r"^QUYẾT\s+NGHỊ\s*:?$")


def _doc_type_echo(text: str) -> bool:
    """"QUYẾT ĐỊNH:" before the articles of a decision: a formula, not content."""
    match = _DOC_TYPE_LINE.match(text)
    return bool(match and not match.group(2) and text.rstrip().endswith(":"))


def _is_header_line(text: str) -> bool:
    return bool(
        _NATIONAL.search(text)
        or _MOTTO.search(text)
        or _SEPARATOR.match(text)
        or _NUMBER_LINE.match(text)
        or (PLACE_DATE.search(text) is not None and not _BODY_START.match(text) and len(text) < 160)
        or _PLACE_DATE_SPLIT.match(text)
        or _YEAR_LINE.match(text)
        or (_upper_only(text) and len(text) <= 120 and not marker_of(text))
    )


def _scan_header(lines: list[Line], layout: Layout) -> int:
    """Index of the first body line; fills the header fields of `layout`."""
    found = Layout(lines=lines)
    end = _scan_header_from(lines, 0, found)
    start = _document_start(lines)
    if start > end:
        # The scan stopped at a portal's preamble: start again where the document itself starts.
        found = Layout(lines=lines, preamble=lines[:start])
        end = _scan_header_from(lines, start, found)
    layout.header, layout.doc_type, layout.title = found.header, found.doc_type, found.title
    layout.web_date, layout.web_lead, layout.preamble = found.web_date, found.web_lead, found.preamble
    return end


def _document_start(lines: list[Line]) -> int:
    """Where the document proper starts when a web page wraps it: the issuer block above the
    national motto. 0 when the motto is not there or nothing but the issuer block precedes it."""
    motto = next(
        (k for k, line in enumerate(lines[:_PREAMBLE_LINES_FAR]) if _NATIONAL.search(line.text) or _MOTTO.search(line.text)),
        None,
    )
    addressees = next((k for k, line in enumerate(lines[:_PREAMBLE_LINES]) if _KINH_GUI.match(line.text)), None)
    if motto is None or (motto >= _PREAMBLE_LINES and addressees is not None):
        # A portal may omit the header block altogether: the letter then starts at its addressees.
        return addressees or 0
    if not motto:
        return 0
    start = motto
    while start > 0 and (_upper_only(lines[start - 1].text) or _SEPARATOR.match(lines[start - 1].text)):
        start -= 1
    return start


def _scan_header_from(lines: list[Line], start: int, layout: Layout) -> int:
    """Walk the header lines from `start`; returns the index of the first body line."""
    # A portal page: "<category>", "<weekday> <date>", "<headline>", then the article.
    for j in range(start, min(len(lines), start + 4)):
        if _WEEKDAY_DATE.match(lines[j].text):
            layout.web_lead = lines[start:j]
            layout.web_date = lines[j]
            if j + 1 < len(lines) and len(lines[j + 1].text) <= 250:
                layout.title = [lines[j + 1]]
                return j + 2
            return j + 1

    i, in_title = start, False
    while i < len(lines) and i < start + 80:
        text = lines[i].text
        next_text = lines[i + 1].text if i + 1 < len(lines) else ""
        if in_title and _place_wrapped(text, next_text):
            in_title = False  # the title's column ended; the date's column wraps its place name
        if in_title:
            if _SEPARATOR.match(text):
                in_title = False
                layout.header.append(lines[i])
                i += 1
                continue
            if _is_title_line(text, layout.title):
                layout.title.append(lines[i])
                i += 1
                continue
            in_title = False
        if _KINH_GUI.match(text) or (_KINH_ALONE.fullmatch(text) and re.match(r"gửi\b", next_text, re.I)):
            i = _skip_addressees(lines, i, layout)
            continue
        doc_type = _DOC_TYPE_LINE.match(text) if is_caps_line(text) else None
        if doc_type and layout.doc_type is None:
            layout.doc_type = DOC_TYPES[doc_type.group(1)]
            layout.header.append(lines[i])
            if doc_type.group(2):  # "THÔNG BÁO KẾT LUẬN" / "CỦA ĐỒNG CHÍ …": the title starts on the type's line
                layout.title.append(replace(lines[i], text=doc_type.group(2)))
            in_title = True
            i += 1
            continue
        if _VV.match(text):
            layout.title.append(lines[i])
            in_title = True
            i += 1
            continue
        year_alone = bool(_YEAR_ALONE.match(text)) and bool(layout.header) and layout.header[-1].text.endswith("năm")
        if (
            _is_header_line(text)
            or year_alone
            or (len(text.split()) <= 2 and _PLACE_TAIL.match(next_text))
            or _place_wrapped(text, next_text)
        ):
            layout.header.append(lines[i])
            i += 1
            continue
        break
    return i


def _place_wrapped(text: str, next_text: str) -> bool:
    """"Thành phố Hồ Chí" / "Minh, ngày 28 tháng 11 năm 2025", "Thành" / "phố Hồ Chí Minh, ngày …",
    "Hà Nội," / "ngày 25 tháng 11 năm 2025": a place name broken before its date."""
    date_follows = _PLACE_TAIL.match(next_text) or (text.endswith(",") and next_text.startswith("ngày"))
    if len(text.split()) > 4 or not date_follows:
        return False
    joined = PLACE_DATE.search(f"{text} {next_text}")
    alone = PLACE_DATE.search(next_text)
    return bool(joined) and (joined.start() < len(text) or not alone or alone.start() > 0)


def _is_title_line(text: str, title: list[Line]) -> bool:
    if _BODY_START.match(text) or marker_of(text) or _KINH_GUI.match(text):
        return False
    cited_number = ":" not in text[:5] and bool(title) and _ENDS_WITH_DOC_TYPE.search(title[-1].text)
    if _NUMBER_LINE.match(text) and not cited_number:
        return False  # the document's own number, not a cited one's ("… KÈM THEO NGHỊ QUYẾT" / "SỐ 10/2022/…")
    if _PLACE_DATE_SPLIT.match(text) or (PLACE_DATE.match(text) and PLACE_DATE.match(text).start() == 0):
        return False
    if len(title) >= 6 or sum(len(t.text) for t in title) + len(text) > 450 or len(text) > 250:
        return False
    if cited_number and _CITED_NUMBER.match(text):
        return True  # "… triển khai Nghị định" / "136/2025/NĐ-CP": the number cited, whatever its case
    caps = _upper_only(text)
    if title and caps and _VV.match(title[0].text) and re.fullmatch(r"[A-ZĐ]{2,6}[.;]?", text):
        return True  # "V/v thuế suất thuế" / "GTGT": an abbreviation the subject wrapped onto a line
    if title and caps != all(_upper_only(t.text) for t in title):
        return False  # a caps authority line ("THỦ TƯỚNG CHÍNH PHỦ") after a normal-case title
    if title and caps and _AUTHORITY_LINE.match(text) and not _before_a_name(title[-1].text):
        return False  # … and after a caps title, unless the title broke inside a name ("… CỦA" / "ỦY BAN …")
    if _NATIONAL.search(text) or _MOTTO.search(text):
        return False
    # "V/v tuyên truyền chủ trương, chính sách của" / "Đảng, Nhà nước.": a title broken after a word
    # that cannot end it goes on, whatever its last line ends with.
    return not text.endswith((".", ";")) or caps or (bool(title) and _unfinished(title[-1].text))


def _before_a_name(text: str) -> bool:
    words = text.lower().split()
    return text.endswith(",") or (bool(words) and words[-1] in ("của", "và", "thuộc", "cho", "với", "tại"))


def _unfinished(text: str) -> bool:
    words = text.split()
    return text.endswith(",") or (bool(words) and words[-1].lower() in _CONNECTORS)


def _skip_addressees(lines: list[Line], i: int, layout: Layout) -> int:
    """"Kính gửi: ..." and the "- Sở ...;" list under it are the addressees: header, not content."""
    label = lines[i].text.strip()
    layout.header.append(lines[i])
    i += 1
    if _KINH_ALONE.fullmatch(label) and i < len(lines):  # "Kính" / "gửi:": the label broken in two
        label = f"{label} {lines[i].text.strip()}"
        layout.header.append(lines[i])
        i += 1
    # A label on a line of its own ("Đồng kính gửi:") is followed by an addressee, dashed or not;
    # so is one whose addressee breaks off ("Kính gửi: Tổng Công ty" / "Phân bón … - CTCP.").
    broken_off = not _KINH_GUI.fullmatch(label) and not label.rstrip("*").endswith((";", ".", ","))
    if i < len(lines) and not marker_of(lines[i].text) and (_KINH_GUI.fullmatch(label) or broken_off):
        tail = lines[i].text.rstrip("*")
        # The rest of a name, not a sentence: a few words closed by ";" or "." ("… - CTCP.").
        ends = tail.endswith((";", ".")) and not tail.endswith("/.") and len(tail.split()) <= 10
        addressee = not (_BODY_START.match(lines[i].text) or _KINH_GUI.match(lines[i].text) or _ADDRESS.match(lines[i].text))
        if addressee and (ends or not broken_off):
            layout.header.append(lines[i])
            i += 1
    listed = False  # a "- …;" item seen: each ends with ";" or ".", and until then its names run on
    while i < len(lines):
        text = lines[i].text
        kind = marker_of(text)
        previous = lines[i - 1].text.rstrip("*")
        runs_on = listed and not kind and not previous.endswith((";", ".")) and not _BODY_START.match(text)
        if runs_on or _addressee_wrapped(previous, text, kind):
            layout.header.append(lines[i])
            i += 1
            continue
        if kind and kind[0] in ("dash", "plus", "bullet") and len(text) <= 160:
            layout.header.append(lines[i])
            listed = True
            i += 1
            continue
        if _PARTICULARS.match(text):
            # "Mã số thuế: …;" / "Địa chỉ nhận thông báo: … Đức Hòa" / "Đông, …, tỉnh Tây Ninh.": the
            # addressee's particulars, up to the line that closes them.
            end = next((k for k in range(i, min(i + 3, len(lines))) if lines[k].text.rstrip("*").endswith((";", "."))), i)
            layout.header.extend(lines[i : end + 1])
            i = end + 1
            continue
        if _ADDRESS.match(text):
            # "(Đ/c: Tầng 2 …" / "… thành phố Hà Nội)": the addressee's address, up to its bracket.
            end = next((k for k in range(i, min(i + 4, len(lines))) if ")" in lines[k].text), i)
            layout.header.extend(lines[i : end + 1])
            i = end + 1
            listed = False  # the address closes its addressee
            continue
        break
    return i


_ADDRESS = re.compile(r"^\((?:Địa(?:\s+chỉ)?|Đ/c|ĐC)\s*(?::|$)", re.I)
_PARTICULARS = re.compile(
    r"^(?:Mã số thuế|MST|Mã số doanh nghiệp|Địa chỉ(?:\s+\w+){0,4}|Điện thoại|Số điện thoại|Số ĐT|Email|Fax)\s*:", re.I
)
_KINH_ALONE = re.compile(r"(?:Đồng\s+)?Kính", re.I)


def _addressee_wrapped(previous: str, text: str, kind: tuple[str, str] | None) -> bool:
    """"Kính gửi: Ủy" / "ban nhân dân các tỉnh, ...": an addressee line wrapped onto the next line.

    A body sentence starts with a capital ("Thực hiện ..."); only a lower-case line or a word or two
    left over from an unfinished name ("... thuộc" / "Bộ") continue the addressee."""
    if kind or _ends_sentence(previous) or _BODY_START.match(text):
        return False
    if _open_name(previous) and len(text.split()) <= 6 and not _ends_sentence(text):
        return True  # "Kính gửi: Bộ trưởng" / "Bộ Công Thương"
    if _province_across(previous, text):
        return True  # "Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh" / "Bình, Bắc Ninh."
    return text[:1].islower() or (len(text.split()) <= 2 and not _ends_sentence(text))


def _scan_footer(lines: list[Line], start: int, layout: Layout) -> None:
    """Recipient lists, signature blocks and portal chrome after the body (an appendix may follow)."""
    closed = False  # the body's closing "./." has been seen: a signer block may follow
    i = start
    while i < len(lines):
        text = lines[i].text
        if _WEB_TAIL.match(text):
            # Right above the tail, a kind and number is the caption even with neither date nor issuer:
            # "Quyết định 5721/QĐ-UBND phê duyệt giá thóc … (vụ mùa năm 2025)".
            if i > start and _PORTAL_CAPTION.match(lines[i - 1].text):
                i -= 1
            layout.tail = lines[i].index
            for line in lines[i:]:
                layout.footer.append(line)
                layout.dropped.add(line.index)
            return
        near_end = len(lines) - i <= 8
        if (closed or near_end) and (_is_appendix_title(text) or _titles_attachment(lines, i)):
            # Its wrapped words are title too, not an office: "A. DANH MỤC … BỔ" / "SUNG".
            i += 1
            while i < len(lines):
                if _ATTACHED_TO.match(lines[i].text):
                    i = _drop_attachment_line(lines, i, layout)
                elif _title_goes_on(lines[i].text):
                    i += 1
                else:
                    break
            continue
        if _NOI_NHAN.match(text) or _noi_nhan_wrapped(lines, i) or ((closed or near_end) and _is_signer_title(text)):
            i = _take_footer_block(lines, i, layout)
            continue
        if text.endswith("/.") or text.endswith("./"):
            closed = True
        i += 1


# "B. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ": an appendix's part lettered in capitals.
_LETTER_SECTION = re.compile(rf"^[A-HĐ]\.\s+[{_UPPER}]")


def _opens_appendix(text: str) -> bool:
    """"PHỤ LỤC II …", "Phụ lục:": the line that heads an appendix."""
    kind = marker_of(text)
    return kind is not None and kind[0] == "appendix"


def _is_appendix_title(text: str) -> bool:
    """A capitalised line numbered as a section ("PHẦN I. DANH MỤC", "II. KẾ HOẠCH", "B. DANH MỤC"):
    after the closing it heads an appendix, and holds no office."""
    if _opens_appendix(text):
        return True
    kind = marker_of(text)
    section = (kind is not None and kind[0] in ("part", "roman")) or bool(_LETTER_SECTION.match(text))
    return section and is_caps_line(text)


# "(Kèm theo Công văn số 17899/BTC-TCCB ngày 18 tháng 11 năm 2025 của Bộ Tài chính)": under an
# appendix's heading, the same words for every appendix, which say nothing the notice's own facts don't.
# "* (" where italics broke; "(Ban" / "hành kèm theo …" where the portal broke the line.
_ATTACHED_TO = re.compile(r"^(?:\*\s*)?\((?:Ban$|(?:Ban hành )?(?:kèm|Kèm)(?: theo\b|$))")


def _drop_attachment_line(lines: list[Line], i: int, layout: Layout) -> int:
    """Drop the "(Kèm theo …)" line at `i`, wrapped over up to four lines; the index after it."""
    for k in range(i, min(i + 4, len(lines))):
        layout.dropped.add(lines[k].index)
        if lines[k].text.endswith(")"):
            return k + 1
    return min(i + 4, len(lines))


def _titles_attachment(lines: list[Line], i: int) -> bool:
    """Capitals over a "(Kèm theo Quyết định …)" line: an attachment's title with no "PHỤ LỤC" above
    it ("QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ …"), not a signer's office."""
    if not is_caps_line(lines[i].text):
        return False
    k = i + 1
    while k < len(lines) and k - i <= 4 and _title_goes_on(lines[k].text):
        k += 1
    return k < len(lines) and bool(_ATTACHED_TO.match(lines[k].text))


def _title_goes_on(text: str) -> bool:
    return is_caps_line(text) and not _SIGNER_PREFIX.match(text) and not marker_of(text)


def _is_signer_title(text: str) -> bool:
    return bool(_SIGNER_PREFIX.match(text)) or (is_caps_line(text) and len(text) <= 80 and not _is_appendix_title(text))


def _noi_nhan_wrapped(lines: list[Line], i: int) -> bool:
    """"Nơi" / "nhận:": the recipients' label broken in a narrow column."""
    return lines[i].text == "Nơi" and i + 1 < len(lines) and bool(re.match(r"^nhận\s*:?$", lines[i + 1].text))


def _take_footer_block(lines: list[Line], i: int, layout: Layout) -> int:
    label_wrapped = _noi_nhan_wrapped(lines, i)
    recipients = label_wrapped or bool(_NOI_NHAN.match(lines[i].text))
    if label_wrapped:
        layout.footer.append(replace(lines[i], text="Nơi nhận:"))
        layout.dropped.update((lines[i].index, lines[i + 1].index))
        i += 2
    else:
        layout.footer.append(lines[i])
        layout.dropped.add(lines[i].index)
        i += 1
    while i < len(lines):
        text, previous = lines[i].text, lines[i - 1].text
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        if is_person_name(f"{text} {following}") and (len(text.split()) == 1 or len(following.split()) == 1):
            # The signer's name wrapped ("Bùi" / "Xuân Cường", "Lê Tấn" / "Cận"): one line of the footer.
            layout.footer.append(replace(lines[i], text=f"{text} {following}"))
            layout.dropped.update((lines[i].index, lines[i + 1].index))
            return i + 2
        if _titles_attachment(lines, i):
            break  # under a signer whose name reads as none ("Phùng Thành Vinh"), the attachment's title
        wrapped_end = _wrapped_recipient_end(lines, i) if recipients else None
        if wrapped_end is not None:
            layout.footer += lines[i:wrapped_end]
            layout.dropped.update(line.index for line in lines[i:wrapped_end])
            i = wrapped_end
            continue
        kind = marker_of(text)
        footer_like = (
            (kind is not None and kind[0] in ("dash", "plus", "bullet") and len(text) <= 200)
            # a recipient's dash, its name wrapped below ("-" / "Như trên;")
            or (_BARE_DASH.match(text) and following.endswith((";", ".")) and len(following) <= 160)
            or _LUU.match(text)
            or (_COPIES.match(text) and _LUU.match(previous.lstrip("-+ ")))
            or _SIGNER_PREFIX.match(text)
            or (is_caps_line(text) and len(text) <= 120)
            or is_person_name(text)
            or _SIGNED.match(text)
            or _SEPARATOR.match(text)
            or _NOI_NHAN.match(text)
            # a recipient wrapped onto a second line ("- Thủ tướng (để" / "b/c);", "Ủy ban" / "Văn hóa và Xã hội;"),
            # ended by a comma in a Party document's list ("- Các đồng chí Uỷ viên" / "Ban Chấp hành Trung ương Đảng,")
            or (
                not previous.endswith((";", "."))
                and len(text) <= 160
                and (text[:1].islower() or text.endswith((";", ".", ",")))
            )
            # a sub-list of one recipient, without its dash ("- VPCP: BTCN, …;" / "các Vụ: KTTH, QHĐP, TH;")
            or (kind is None and text[:1].islower() and len(text) <= 160 and text.endswith((";", ".", ",")))
        )
        if not footer_like:
            break
        layout.footer.append(lines[i])
        layout.dropped.add(lines[i].index)
        i += 1
        if is_person_name(text):
            break  # the signature ends the block; an appendix may follow
    return i


def _wrapped_recipient_end(lines: list[Line], i: int) -> int | None:
    """Where a recipient's entry wrapped over several lines ends ("- Công ty TNHH Suhil Electronics" /
    "Vina (đ/c: nhà xưởng 56, …, KCN Long" / "Thành, xã An Phước, tỉnh Đồng" / "Nai);"), when line i goes
    on the dash entry above it; None otherwise."""
    kind = marker_of(lines[i - 1].text)
    if kind is None or kind[0] not in ("dash", "plus") or lines[i - 1].text.endswith((";", ".")):
        return None
    for k in range(i, min(i + 3, len(lines))):
        if marker_of(lines[k].text) or len(lines[k].text) > 160:
            return None
        if lines[k].text.endswith((";", ".")):
            return k + 1
    return None


# --------------------------------------------------------------------------------------------------
# Joining lines into paragraphs

_TERMINAL = (".", ";", ":", "!", "?", "…")
# A line ending in one of these words cannot end a sentence: the next line continues it.
_CONNECTORS = frozenset(
    "của và các những với tại theo về cho để trong đến từ là được bị do có như hoặc hay nhưng mà thì ở "
    "trên dưới sau trước giữa đối chí gồm thuộc cùng giao số ngày tháng năm bằng qua vào ra nhằm ngang".split()
)
# Titles and agency head words that cannot end a name, let alone a paragraph: a line ending in one
# ("... báo cáo của Bộ" / "Tư pháp ...", "Chủ tịch Ủy ban nhân dân" / "Thành phố có ý kiến ...",
# "Điều 3. Chánh" / "Văn phòng Bộ, …")
# was wrapped inside the name.
_NAME_HEADS = re.compile(
    r"(?:^|\s)(?:sở|bộ|cục|vụ|chi cục|tổng cục|ban|văn phòng|trung tâm|tập đoàn|tổng công ty|đài|"
    r"(?:ủy|uỷ) ban(?: nhân dân)?|ubnd|hđnd|hội đồng nhân dân|(?:phó )?thủ tướng(?: chính phủ)?|(?:phó )?chủ tịch|"
    r"bộ trưởng|thứ trưởng|giám đốc|thủ trưởng|chánh|đồng chí|tổng)$"
)


_ROMAN_ITEMS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _inline_enumeration_goes_on(block: str, marker: str) -> bool:
    """Is "(3)" or "(iii)" at a line start the next item of an enumeration running inside `block`?"""
    label = marker.strip("()")
    if label.isdigit():
        previous = str(int(label) - 1)
    elif label in _ROMAN_ITEMS[1:]:
        previous = _ROMAN_ITEMS[_ROMAN_ITEMS.index(label) - 1]
    else:
        return False
    # The previous item must be inside the block, not the item the block itself opens with.
    return f"({previous})" in block and not block.startswith(f"({previous})")


def _name_across(prev: str, text: str) -> bool:
    """A known agency name runs over the line break: "Giao Sở Công" / "Thương chủ trì ..."."""
    tail, head = prev.split()[-4:], text.split()[:4]
    if not tail or not any(word[:1].isupper() for word in tail):
        return False
    stream = Stream(" ".join(tail + head))
    boundary = len(" ".join(tail))
    for k, token in enumerate(stream.tokens):
        if token.start >= boundary:
            break
        mention = stream.mention_at(k) if token.upper else None
        if mention and mention.known and stream.tokens[mention.end - 1].start > boundary:
            return True
    return False


# How a letter names a person just before the name: "… của độc giả" / "Huỳnh Thị Mỹ Hằng".
_PERSON_ADDRESS = re.compile(r"(?:^|\s)(?:độc giả|bạn đọc|công dân|cử tri|ông|bà|anh|chị|đồng chí)$", re.I)


def _opens_with_person(text: str) -> bool:
    words = text.split()
    return any(is_person_name(" ".join(words[:n])) for n in range(min(4, len(words) - 1), 1, -1))


def _province_across(prev: str, text: str) -> bool:
    """A province's name runs over the line break: "các tỉnh: Đắk Lắk, Khánh Hòa, Gia" / "Lai và …"."""
    tail, head = prev.split()[-2:], text.split()[:2]
    return any(
        fold_name(" ".join(tail[-i:] + head[:j]).strip(",;:.")) in spellings()
        for i in range(1, len(tail) + 1)
        for j in range(1, len(head) + 1)
    )


def _open_name(text: str) -> bool:
    """The line stops right after a head word that needs its name ("của Bộ", "Chủ tịch UBND")."""
    lowered = text.lower()
    # "cơ quan ngang bộ" is a whole name: an owner heading on its own line ends there.
    complete = re.search(r"(?:lãnh đạo \S+|ngang bộ)$", lowered)
    return bool(_NAME_HEADS.search(lowered)) and not complete


# A specification's item and its value, the portal's cells broken apart: "+ Kích thước:" / "1190.5mm x
# 18.7mm x 1.6mm;", "+ Nhiệt độ hoạt động:" / "-20°C đến +50°C;" (a negative number, no list dash).
_NEGATIVE_NUMBER = re.compile(r"^-\d")


def _value_under_label(block: str, prev: Line, text: str) -> bool:
    kind = marker_of(block)
    return (
        block == prev.text
        and kind is not None
        and kind[0] in ("dash", "plus", "bullet")
        and block.endswith(":")
        and len(block[len(kind[1]) :].split()) <= 6
        and len(text) <= 40
        and text.endswith((";", "."))
        and (marker_of(text) is None or bool(_NEGATIVE_NUMBER.match(text)))
    )


_LOWER_WORD = re.compile(r"^[^\W\d_A-ZĐ]{2,}")


def _lower_case_run_on(prev: str, text: str) -> bool:
    """The sentence goes on in lower case: a word, not a lettered item ("b. Lưu đồ …") or a cell ("x")."""
    return bool(_LOWER_WORD.match(text)) and text[:1].islower() and not _ends_sentence(prev) and not marker_of(text)


def _latin_name_across(prev: str, text: str) -> bool:
    """A foreign name in capitals wrapped: "Nhà sản xuất: SUHIL" / "ELECTRONIC VINA CO., LTD". Its words
    carry no Vietnamese letters, which a heading in capitals ("QUYẾT ĐỊNH:") hardly lacks."""
    words = prev.split()
    return (
        bool(words)
        and len(words[-1]) >= 2
        and words[-1].isascii()
        and words[-1].isalpha()
        and words[-1].isupper()
        and text.isascii()
        and not marker_of(text)
    )


def _acronym_across(prev: str, text: str) -> bool:
    """Running text wraps before an acronym or a numeral: "... để hoàn thành cắt giảm" / "TTHC, ĐKKD
    ...", "Đại hội lần thứ" / "XIV của Đảng". A heading ends on a full word, and an agency's acronym
    ("UBND tỉnh ...") may open the paragraph under it, so that one is left alone."""
    words = prev.split()
    first = text.split()[0].rstrip(",;:.") if text.split() else ""
    if not words or not words[-1][:1].islower() or not words[-1].isalpha():
        return False
    if len(first) < 2 or not first.isalpha() or not first.isupper() or marker_of(text):
        return False
    mention = Stream(text).mention_at(0)
    return mention is None


# Verbs that cannot end a sentence without their object: "... phối hợp, hướng dẫn" / "Bộ Y tế ...".
_OPEN_VERBS = re.compile(
    r"(?:^|\s)(?:hướng dẫn|chỉ đạo|phối hợp|đề nghị|yêu cầu|tham mưu|đôn đốc|gửi|trình|giao cho|đối với|ban hành)$"
)


# Words that begin a place name and never end one: "Việt" (Nam, Bắc, Đức), "Hồ" / "Chí" (Minh).
_UNFINISHED_NAMES = frozenset({"việt", "hồ", "chí"})
# A law named by its title: "Luật" at a line's end is followed by the rest of the name.
_LAW_HEAD = re.compile(r"(?:^|\s)(?:Luật|Bộ luật|Pháp lệnh)$")
# In hard-wrapped text a line ending in one of these stops before the place's name.
_PLACE_HEADS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thị"})


def _open_object(text: str) -> bool:
    return len(text.split()) >= 4 and bool(_OPEN_VERBS.search(text.lower()))


def _capitals_across(block: str, prev: str, text: str) -> bool:
    """A capitalised name runs over the break in running text: "Bệnh viện Hữu nghị Việt" / "Đức,
    Bệnh viện Bạch Mai ...", "Tập đoàn Điện lực Việt" / "Nam đẩy nhanh ...". A line that only names
    an agency ("b) Bộ Công Thương") is a heading over the next line, not its start."""
    words = prev.split()
    first = text.split()[0] if text.split() else ""
    if len(words) < 6 or not words[-1][:1].isupper() or not first[:1].isupper() or not first[:1].isalpha():
        return False
    if sum(1 for w in words if w[:1].islower()) < 2 or marker_of(text) or is_caps_line(prev):
        return False
    body = block[len(marker_of(block)[1]) :].strip() if marker_of(block) else block
    stream = Stream(body)
    mentions, end = stream.list_at(0)
    return not (mentions and end == len(stream.tokens))


# A colon that opens an enumeration of names inside a sentence: "Giám đốc các Sở:", "UBND các xã:".
_ENUMERATION_COLON = re.compile(r"(?:^|\s)các\s+(?:sở|bộ|cục|vụ|ban|huyện|xã|phường|tỉnh|tỉnh, thành phố|tỉnh/thành phố)\s*:$", re.I)


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’)»*").endswith(_TERMINAL) or text.endswith((".)", ".”", '."'))


@dataclass
class _Wrap:
    """Whether the document is hard-wrapped, and at what width (in characters)."""

    wrapped: bool
    width: float

    def full(self, line: Line) -> bool:
        return self.wrapped and len(line.text) >= 0.75 * self.width


def _measure_wrap(lines: list[Line]) -> _Wrap:
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= 20)
    if len(lengths) < 5:
        return _Wrap(False, 0.0)
    open_ended = sum(1 for line in lines if len(line.text) >= 20 and not _ends_sentence(line.text))
    width = float(lengths[int(0.8 * (len(lengths) - 1))])
    return _Wrap(open_ended / len(lengths) >= 0.4, width)


def _title_case_tail(text: str) -> bool:
    """The line ends in a person's name ("... đồng chí Đặng Xuân Phong")."""
    words = text.split()
    return len(words) >= 2 and all(_NAME_WORD.match(w) and len(w) > 1 for w in words[-2:])


def _caps_words(text: str) -> bool:
    """A capitalised line of several words (not a lone acronym such as "(SIPAS)...")."""
    return is_caps_line(text) and len([w for w in text.split() if any(c.isalpha() for c in w)]) >= 2


# An article named in running text, not one's heading ("Điều 4. Tên"): a law's name or lower case follows.
_CITED_ARTICLE = re.compile(
    r"^Điều\s+\d{1,3}[a-z]?\s+(?:(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Hiến pháp)\b|[a-zđ(,;])"
)
_BARE_HEADING_WORD = re.compile(r"^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$")
_NUMBER_FIRST = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6})(?![\w/])")


def _continues(block: str, prev: Line, nxt: Line, wrap: _Wrap) -> bool:
    """Does `nxt` continue the paragraph whose text so far is `block` (last line `prev`)?"""
    text = nxt.text
    if nxt.pipes and _CLASSIFIED_AS.match(text):
        return False  # a customs ruling's result, the cell after the goods' description
    if block == prev.text and not nxt.pipes:
        bare = block.lstrip("“\"")  # an amended text quoted: "“Điều" / "13. Bồi thường …"
        if _BARE_HEADING_WORD.match(bare) and _NUMBER_FIRST.match(text):
            return True  # "**Điều" / "1**. Công bố …": the portal broke the heading's word from its number
        alone = marker_of(f"{bare} …")
        listed = alone is not None and alone[0] not in ("appendix", "part")  # these stand over a title
        if listed and alone[1] == bare and not marker_of(text) and not _BARE_DASH.match(text):
            return True  # "2." / "Các đơn vị sự nghiệp …": a marker alone on its line numbers what follows
    # A ground ends at its ";", even inside a span of emphasis: "… và hồ sơ kèm theo;" / "Cục Hải quan thông báo …";
    # and at a full stop before a capital: "… nguyên tắc tính thuế." / "Thực hiện Nghị quyết số 68-NQ/TW …".
    ends_ground = prev.text.endswith(";") or (prev.text.endswith(".") and text[:1].isupper())
    ground_ended = ends_ground and bool(_GROUNDS.match(block))
    if prev.bold_runs_on and not marker_of(text) and not _GROUNDS.match(text) and not ground_ended and (len(block) < 200 or not nxt.bold_runs_on):
        # "**2. Vụ Tổ" / "chức cán bộ:**": the bold heading was wrapped inside its markup; and a
        # bold span that closes on the next line ("... **trong" / "năm 2025.**") is one emphasis.
        return True
    if _GROUNDS.match(block) and _before_a_name(prev.text) and not marker_of(text):
        return True  # "*Theo đề nghị của" / "**Giám đốc Sở Nông nghiệp …": the portal bolded the proposer
    if prev.bold != nxt.bold and not _lower_case_run_on(prev.text, text):
        # A bold heading line never runs into plain text, but a sentence runs on in lower case whatever
        # its emphasis ("phân nhóm “- Thiết bị bán dẫn" / "**cảm quang, kể cả tế bào quang điện …**").
        return False
    prev_caps, next_caps = _caps_words(prev.text), _caps_words(text)
    if next_caps and prev.text.isalpha() and prev.text.isupper() and len(block) == len(prev.text) and not marker_of(text):
        return True  # "ĐĂNG" / "KÝ THAM GIA TRỰC TUYẾN HỘI NGHỊ 1": a title's first word broken off
    if next_caps and not prev_caps and _latin_name_across(prev.text, text):
        return True
    if prev_caps != next_caps:
        return False  # nor does a capitalised one
    if prev_caps and not _ends_sentence(prev.text) and not marker_of(text):
        return True  # a capitalised heading wrapped onto a second line
    kind = marker_of(text)
    if _GROUNDS.match(block) and not kind and not _GROUNDS.match(text) and not _ends_sentence(prev.text):
        return True  # "Căn cứ Luật Tổ chức" / "Chính phủ ngày 18 tháng 02 năm 2025;": a ground ends at its ";"
    if (
        kind
        and kind[0] in ("paren_num", "paren_roman")
        and not prev.text.endswith((".", ":"))
        and _inline_enumeration_goes_on(block, kind[1])
    ):
        return True  # "(1) ...; (2) ..." wrapped so that "(2)" starts a line: still one enumeration
    if _ENUMERATION_COLON.search(prev.text) and not kind and not prev.bold:
        return True  # "Giám đốc các Sở:" / "Tài chính, Xây dựng; ...": the names it announces
    if _value_under_label(block, prev, text):
        return True
    if text[:1] in ",;":
        return True  # no paragraph opens on a comma: "… dạng bột.”" / ", phân nhóm “- Loại khác:” …"
    if _ends_sentence(prev.text):
        # In hard-wrapped text a clause ending at the line end ("...dừng hoạt động;") goes on, and so
        # does a sentence after an ellipsis ("... “làm ngày, làm đêm”..." / "để hoàn thành ...").
        open_end = prev.text.rstrip("\"'”’)»*").endswith(("...", "…"))  # "(Huân chương, ...)"
        if (prev.text.endswith(";") or open_end) and not kind and wrap.wrapped:
            # A decision's grounds each start anew: "…; Nghị định số 128/2024/NĐ-CP …;" / "Theo đề nghị …".
            full = prev.text.endswith(";") and wrap.full(prev) and not _GROUNDS.match(text) and not ground_ended
            return text[0].islower() or full
        return False
    if kind:
        if kind[0] == "article" and _CITED_ARTICLE.match(text):
            return True  # "… bổ sung khoản 9 vào" / "Điều 4 Nghị định số 123/2020/NĐ-CP …": a provision cited
        if kind[0] == "dash":
            after = text[1:].lstrip()
            # "Đặng Xuân Phong\n- Ủy viên BCH ...": the dash joins a name to its title.
            if _title_case_tail(prev.text) and after[:1].isupper() and (wrap.full(prev) or len(block) >= 200):
                return True
            # "giai đoạn 2021\n- 2025": a range, not a list item.
            if prev.text[-1:].isdigit() and after[:1].isdigit():
                return True
        return False
    first = text[0]
    if first.islower() or first.isdigit() or first in "(),.;:%/-–\"“”'’":
        return True
    if first.isupper() or not first.isalnum():
        last_word = prev.text.split()[-1].lower() if prev.text.split() else ""
        if prev.text.endswith((",", "-", "–")) or last_word in _CONNECTORS or _open_name(prev.text):
            return True
        if _open_object(prev.text) or _capitals_across(block, prev.text, text):
            return True
        if _acronym_across(prev.text, text):
            return True
        if last_word in _UNFINISHED_NAMES:
            return True  # "Tập đoàn Điện lực Việt" / "Nam ...": no name ends there
        if _LAW_HEAD.search(prev.text):
            return True  # "- Tại khoản 25 Điều 3 Luật" / "Quản lý thuế số 38/2019/QH14 …"
        if wrap.wrapped and last_word in _PLACE_HEADS:
            return True  # "... Ủy ban nhân dân tỉnh" / "Điện Biên và ...": the place's name follows
        if _name_across(prev.text, text) or _province_across(prev.text, text):
            return True
        if _PERSON_ADDRESS.search(prev.text) and _opens_with_person(text):
            return True  # "… câu hỏi mã số 220725-17 của độc giả" / "Huỳnh Thị Mỹ Hằng gửi qua …"
        if wrap.full(prev):
            # A bold heading line holds fewer characters, so it can look full without running on.
            opening = marker_of(block)
            structural = opening is not None and (opening[0] in _RANK or opening[0] == "decimal")
            single_heading = structural and len(block) == len(prev.text)
            return not single_heading or len(prev.text) >= 0.85 * wrap.width
    return False


@dataclass
class _Block:
    text: str
    page: int | None
    first: int  # index of the first line
    bold: bool
    lines: list[Line]
    row: TableRow | None = None  # a row of a task table, read from its cells rather than joined


# A time limit on its own line after a task ("… khi đủ điều kiện theo quy định." / "Thời hạn chậm nhất 05
# ngày làm việc …", "- Hội nghị 1: Gồm các tỉnh …" / "Thời gian: 01 buổi sáng, ngày 26/11/2025 …") is
# that task's: cited alone it answers "by when?" without saying what is due.
_TIME_LIMIT = re.compile(
    r"^Thời (?:hạn|gian)(?: hoàn thành| thực hiện| báo cáo| nộp| gửi)?\s*(?::|chậm nhất|trước|trong|kể từ|đến)"
)


def _join(lines: list[Line], wrap: _Wrap) -> list[_Block]:
    blocks: list[_Block] = []
    for line in lines:
        if blocks and _continues(blocks[-1].text, blocks[-1].lines[-1], line, wrap):
            block = blocks[-1]
            block.text = f"{block.text} {line.text}"
            block.lines.append(line)
        else:
            blocks.append(_Block(line.text, line.page, line.index, line.bold, [line]))
    return _attach_time_limits(blocks)


def _attach_time_limits(blocks: list[_Block]) -> list[_Block]:
    kept: list[_Block] = []
    for block in blocks:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and _TIME_LIMIT.match(block.text)
            and not block.bold
            and not previous.bold
            and previous.text.endswith(".")
            and not _GROUNDS.match(previous.text)
        ):
            previous.text = f"{previous.text} {block.text}"
            previous.lines += block.lines
        else:
            kept.append(block)
    return kept


# --------------------------------------------------------------------------------------------------
# Task tables

# A task table ("Kế hoạch" appendices, follow-up lists) has a header row naming who leads each row:
# "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành". Portals write such a
# table one cell per line between "|" lines, markdown one row per line; either way each row becomes
# one paragraph, its cells joined by " | " in header order, under the header row as its heading, so
# that the task extractor can read the columns.
_LEAD_COLUMN = re.compile(
    r"^(?:(?:cơ quan|đơn vị|bộ|sở|ban|tổ chức|cơ quan, đơn vị)\s+)?(?:chịu trách nhiệm\s+)?chủ trì"
    r"(?:\s+(?:thực hiện|triển khai))?$"
)
_ROW_INDEX = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[A-ZĐ])(?:\.\d{1,2}){0,3}\.?$")
_SECTION_INDEX = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])(?:\.\d{1,2}){0,3}\.?$")


@dataclass
class _Cell:
    text: str
    gap: int  # cell separators between the previous cell and this one
    lines: list[int]  # indices of the source lines it was read from
    bold: bool
    dropped: bool = False  # one of its lines is no text (header, footer): left out of a table, it is lost
    note: bool = False  # opens a footnote marked above ("a8[4]" … "[4]"): the table has ended


@dataclass
class TableRow:
    """One row of a task table: the header's cells, or a row's cells in header order."""

    cells: list[str]
    first: int  # index of its first source line
    # "header", "section" (a row that only titles the rows below it), "parent" (a numbered row, short of
    # the table's cells, over rows numbered under it: "1 | Trường Mầm non …" over "1.1 | Nhà trẻ | 5.100.000")
    # or "row"
    kind: str
    opens: bool = False  # the first row of a table with no header row


def _cells(lines: list[Line], dropped: set[int]) -> list[_Cell]:
    """The text between "|" separators, in order; a cell may span several lines."""
    cells: list[_Cell] = []
    referenced: set[str] = set()
    for line in lines:
        parts = list(line.cells) if line.cells else [line.text]
        for k, part in enumerate(parts):
            gap = line.pipes if k == 0 else 1
            # An appendix's heading under a table's last cell, with no "|" between, starts the next part;
            # so does a footnote marked in the table ("a8[4]" / "[4]" / "a8: Điều chỉnh …").
            note = _BRACKET_NOTE.match(part)
            opens_note = note is not None and note.group(1) in referenced
            if cells and gap == 0 and not _opens_appendix(part) and not opens_note:
                cell = cells[-1]
                cell.text = f"{cell.text} {part}".strip()
                cell.bold = cell.bold and line.bold
                cell.dropped = cell.dropped or line.index in dropped
                if line.index not in cell.lines:
                    cell.lines.append(line.index)
                continue
            cells.append(_Cell(part, gap, [line.index], line.bold, line.index in dropped, opens_note))
        referenced.update(_BRACKET_REF.findall(line.text))
    return cells


def _header_at(cells: list[_Cell], k: int) -> tuple[int, int] | None:
    """The header row around the lead column at k: (first cell, end); None when it is no header."""
    short = lambda c: 0 < len(c.text) <= 80 and not c.text.endswith((".", ";"))  # noqa: E731
    start = k
    while start > 0 and cells[start].gap == 1 and short(cells[start - 1]) and k - start < 12:
        if re.fullmatch(r"s?tt|số tt|stt", cells[start].text.lower().strip("* ")):
            break
        start -= 1
    if cells[start].gap < 1:
        start += 1
    end = k + 1
    while end < len(cells) and cells[end].gap == 1 and short(cells[end]) and end - start < 12:
        end += 1
    if end - start < 3:
        return None
    return start, end


def _task_tables(cells: list[_Cell], start: int) -> list[tuple[list[TableRow], set[int]]]:
    """Every task table after line `start`: its header row and rows, and the lines it covers."""
    tables: list[tuple[list[TableRow], set[int]]] = []
    k = 0
    while k < len(cells):
        # The header row may begin in what the header scan took for the document's header ("TT").
        if cells[k].lines[0] < start or not _LEAD_COLUMN.match(cells[k].text.lower().strip("* ")):
            k += 1
            continue
        found = _header_at(cells, k)
        if found is None:
            k += 1
            continue
        head, end = found
        rows, k = _table_rows(cells, head, end)
        if any(row.kind == "row" for row in rows):
            tables.append((rows, {i for cell in cells[head:k] for i in cell.lines}))
        k = max(k, end)
    return tables


def _table_rows(cells: list[_Cell], head: int, end: int) -> tuple[list[TableRow], int]:
    """Read the rows after a header of `end - head` columns; returns them and where the table ends.

    Between two cells of a row stand one separator per column moved; a row ends with one more and
    the next begins with one, so an empty cell shows only as an extra separator. A row index ("1",
    "2.1", "II") after a row break starts a row wherever the count stands; a row without its index
    continues a row whose first cells were merged across rows: it keeps their text on its left."""
    n = end - head
    header = [c.text for c in cells[head:end]]
    rows = [TableRow(header, cells[head].lines[0], "header")]
    indexed = bool(re.fullmatch(r"s?tt|số tt", header[0].lower().strip("* ")))
    current: list[str] | None = None
    first = 0
    col = n - 1
    partial = False  # `current` holds the right-hand cells of a continuation row
    base: list[str] = [""] * n  # the last full row, whose merged cells a continuation row keeps

    def flush() -> None:
        nonlocal base
        if current is None:
            return
        if partial:
            tail = current[-n:]
            rows.append(TableRow(base[: n - len(tail)] + tail, first, "row"))
            return
        filled = [c for c in current if c]
        if len(filled) <= 2 and _SECTION_INDEX.match(current[0].strip("* ")):
            rows.append(TableRow(current, first, "section"))
        elif len(filled) >= 2:
            rows.append(TableRow(current, first, "row"))
            base = current

    pending = 0  # separators around skipped cells ("…......" where a portal cut rows out)
    k = end
    while k < len(cells):
        cell = cells[k]
        gap = cell.gap + pending
        text = cell.text.strip()
        if not re.search(r"\w", text):
            pending, k = gap, k + 1
            continue
        pending = 0
        if _opens_appendix(text):
            break
        index = _ROW_INDEX.match(text.strip("* ")) is not None
        if indexed and gap >= 2 and index:
            flush()
            current, first, col, partial = [""] * n, cell.lines[0], 0, False
            current[0] = text.strip("* ")
        elif current is not None and not partial and col + gap < n:
            col += gap
            current[col] = text
        elif current is not None and partial and gap == 1:
            current.append(text)
        else:
            following = gap - 2 if partial or current is None else gap - (n - col + 1)
            if following < 0:
                break  # the separators close the table: what follows is text again
            flush()
            if indexed and following == 0 and current is not None:
                current, first, partial = [text], cell.lines[0], True
            else:
                current, first, partial = [""] * n, cell.lines[0], False
                col = min(following, n - 1)
                current[col] = text
        k += 1
    flush()
    last = k - 1 if k > end else end - 1
    return rows, last + 1


# Other tables with an index column ("STT | Địa phương | Số TTHC | Tỷ lệ", appendices of figures by
# ministry or province): a portal writes every cell on its own line, so each figure would be a
# paragraph of its own ("Tp Đà Nẵng", "2388", …), cut from the row that says what it counts. Each
# row becomes one paragraph of its non-empty cells under the header row (with any sub-header rows,
# "Tổng số | Cấp tỉnh | Cấp xã"). A table's width is learnt from its first row, which ends where
# row 2's index begins; a later row break that lands on no index ends the table.
_INDEX_NUMBER = re.compile(r"^(\d{1,3})\.?$")
# Rows that start with no number: a group spanning the table ("I. Bộ, ngành") and the total
# ("Tổng cộng | 1.806 | …", its title across the index and name columns).
_GROUP_ROW = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])\.\s+\S")
# A group's label in a cell of its own, its title in the next: "**Loại 2** | **Quyền sở hữu công nghiệp**".
_NAMED_GROUP = re.compile(r"^(?:Loại|Nhóm|Phần|Mục|Hạng|Vùng)\s+(?:\d{1,2}|[IVXLC]{1,6}|[A-ZĐ])$")
_TOTAL_ROW = re.compile(r"^(?:tổng|tổng số|tổng cộng|cộng)$", re.IGNORECASE)


def _data_tables(cells: list[_Cell], start: int, taken: set[int]) -> list[tuple[list[TableRow], set[int]]]:
    """Every index-column table after line `start` that is no task table: its rows and its lines."""
    tables: list[tuple[list[TableRow], set[int]]] = []
    k = 0
    while k < len(cells):
        cell = cells[k]
        if (
            cell.gap < 1
            or cell.lines[0] < start
            or taken & set(cell.lines)
            or not INDEX_TITLE.match(_label(cell).lower())
        ):
            k += 1
            continue
        found = _data_table_at(cells, k)
        if found is None:
            k += 1
            continue
        rows, end = found
        tables.append((rows, {i for c in cells[k:end] for i in c.lines}))
        k = end
    return tables


def _headed_tables(cells: list[_Cell], start: int, taken: set[int]) -> list[tuple[list[TableRow], set[int]]]:
    """Tables with no index column under a bold header row, read by rows where their lines alone would
    read as headings and loose text: "Hạng mục | Thông số" over "Độ dày | ~0.3mm", or an internal
    procedure's "Thứ tự công việc | Đơn vị/người thực hiện | …" over "Bước 1 | Công chức … | Kiểm
    tra, hướng dẫn, tiếp nhận hồ sơ: … | 04 giờ"."""
    tables: list[tuple[list[TableRow], set[int]]] = []
    k = 0
    while k < len(cells):
        width = _bold_row_width(cells, k)
        if width >= 2:
            rows, end = _headed_rows(cells, k + width, width)
            header = TableRow([TABLE_CELL.join(_label(c) for c in cells[k : k + width])], cells[k].lines[0], "header")
            rows = [header, *rows] if len(rows) >= 2 else []
        elif (width := _plain_row_width(cells, k)) >= 2:
            rows, end = _full_rows(cells, k, width)
        else:
            rows, end = [], k + 1
        lines = {i for c in cells[k:end] for i in c.lines}
        if not rows or cells[k].lines[0] < start or taken & lines:
            k = max(k + 1, k + width)
            continue
        tables.append((rows, lines))
        k = end
    return tables


def _bold_row_width(cells: list[_Cell], k: int) -> int:
    """How many short bold cells, one "|" apart, start at cells[k]."""
    width = 0
    while k + width < len(cells) and cells[k + width].bold and _short_cell(cells[k + width]) and (width == 0 or cells[k + width].gap == 1):
        width += 1
    return width


_PLAIN_ROW_MAX = 6  # cells: wider rows with no bold header are more likely text between "|" than a table


def _plain_row_width(cells: list[_Cell], k: int) -> int:
    """How many short plain cells, one "|" apart, form a row at cells[k], taken for a table only when
    full rows of that width follow (`_full_rows`)."""
    if cells[k].gap < 1:
        return 0
    width = 0
    while k + width < len(cells) and width <= _PLAIN_ROW_MAX:
        cell = cells[k + width]
        if width and cell.gap != 1:
            break
        if cell.bold or cell.dropped or len(cell.text) > 80 or cell.text.endswith((".", ";", ":")) or marker_of(cell.text):
            return 0
        width += 1
    ends_row = k + width < len(cells) and cells[k + width].gap >= 2
    return width if ends_row and width <= _PLAIN_ROW_MAX else 0


def _full_rows(cells: list[_Cell], k: int, width: int) -> tuple[list[TableRow], int]:
    """A table no bold header vouches for: rows of exactly `width` cells from cells[k] on, two at least
    after the first, and nothing after them but the text after the table (one "|" away) or a bold row
    (a total, the next table's header); a short cell there is a row's next cell, the rows wider than
    they looked. Its first row is a header ("Khu vực hành chính | Mức hỗ trợ (đồng)") when text stands
    right before it and it holds no figure; otherwise a row ("Bước 2 | Duyệt hồ sơ … | 2 ngày" after a
    first row of more cells)."""
    first = cells[k : k + width]
    heads = first[0].gap == 1 and not any(re.search(r"\d", c.text) for c in first)
    rows = [TableRow([_label(c) for c in first], first[0].lines[0], "header" if heads else "row", opens=not heads)]
    k += width
    while k + width <= len(cells):
        row = cells[k : k + width]
        if row[0].gap < 2 or any(c.gap != 1 for c in row[1:]) or any(c.bold or c.dropped for c in row):
            break
        if len(row[0].text) > 400 or not all(_short_cell(c) for c in row[1:]):
            break
        rows.append(TableRow([_label(c) for c in row], row[0].lines[0], "row"))
        k += width
    after = cells[k] if k < len(cells) else None
    closed = after is None or after.bold or (after.gap <= 1 and (not _short_cell(after) or marker_of(after.text) is not None))
    return (rows, k) if len(rows) >= 3 and closed else ([], k)


def _short_cell(cell: _Cell) -> bool:
    return 0 < len(cell.text) <= 120 and not cell.text.endswith((".", ";"))


_TOTAL_LABEL = re.compile(r"^(?:tổng|cộng)\b", re.IGNORECASE)


def _headed_rows(cells: list[_Cell], k: int, width: int) -> tuple[list[TableRow], int]:
    """Rows from cells[k] on, each opening with a row break and a short first cell, at most `width`
    cells wide (a cell merged down over the rows below leaves them short). The table ends at a cell that
    opens no row: after a full row, a lone "|" is all that stands before the text after the table. A
    bold row is the next table's header unless it is a total ("Tổng thời gian giải quyết TTHC | 168
    giờ"), which ends the table."""
    rows: list[TableRow] = []
    while k < len(cells):
        first = cells[k]
        total = bool(_TOTAL_LABEL.match(_label(first)))
        if first.gap < 2 or first.dropped or not _short_cell(first) or (first.bold and not total):
            break
        end = k + 1
        while end < len(cells) and cells[end].gap == 1 and not cells[end].dropped and end - k < width:
            end += 1
        rows.append(TableRow([_label(c) for c in cells[k:end]], first.lines[0], "row"))
        k = end
        if total:
            break
    return rows, k


def _label(cell: _Cell) -> str:
    return cell.text.strip("* ")


def _unpadded(index: str) -> str:
    """A row index as `_next_number` writes it: "02." → "2"."""
    return index.rstrip(".").lstrip("0") or index


def _next_number(index: str) -> str | None:
    """The row number after a row index ("2" after "1."); None for "I", "2.1" or text."""
    match = _INDEX_NUMBER.match(index)
    return str(int(match.group(1)) + 1) if match else None


def _data_table_at(cells: list[_Cell], head: int) -> tuple[list[TableRow], int] | None:
    """The table whose header row starts at cells[head]; None when no numbered rows follow it."""
    k = head + 1
    while k < len(cells) and cells[k].gap == 1 and _short_cell(cells[k]):
        k += 1
    if k - head < 2:  # "STT" and one column ("Tên lĩnh vực"): a numbered list set as a table
        return None
    columns = k
    k = rows_start = _past_column_numbers(cells, k, k - head)
    # Sub-header rows: short cells up to the first row index or group.
    while (
        k < len(cells)
        and not _ROW_INDEX.match(_label(cells[k]))
        and not _GROUP_ROW.match(_label(cells[k]))
        and not _named_group(cells[k])
        and not _caps_group(cells, k)
        and _short_cell(cells[k])
    ):
        k += 1
    width = _first_row_width(cells, k)
    single = width is None and _single_row(cells, head, columns, k)
    if single:
        width = columns - head
    if width is None:
        return None
    named = [*cells[head:columns], *cells[rows_start:k]]
    header = TableRow([TABLE_CELL.join(_label(c) for c in named if _label(c))], cells[head].lines[0], "header")
    # Merged cells are filled in only under a header of one row whose columns the rows count too.
    single_header = k == rows_start and columns - head == width
    titles = [_label(c).lower() for c in cells[head:columns]] if single_header else None
    rows, end = _data_rows(cells, k, width, titles)
    # One row is a table only when the next table's header closes it, or when it fills a bold header's
    # columns; else it may be any numbered text.
    if sum(row.kind == "row" for row in rows) < (1 if single or _next_table_at(cells, end) else 2):
        return None
    # A row short of the table's cells titles the rows numbered under it, which hold its figures.
    for row, below in zip(rows, rows[1:]):
        numbered = _INDEX_NUMBER.match(row.cells[0]) and _numbered_under(below.cells[0], row.cells[0])
        if row.kind == "row" and numbered and len(row.cells) < width:
            row.kind = "parent"
    return [header, *rows], end


def _numbered_under(index: str, parent: str) -> bool:
    """Is `index` a sub-row's number under row `parent`: "1.1" or "1 1" (its dot lost) under "1"?"""
    return bool(re.fullmatch(rf"0*{re.escape(_unpadded(parent))}[. ]\d{{1,2}}(?:\.\d{{1,2}})*\.?", index))


def _single_row(cells: list[_Cell], head: int, columns: int, first: int) -> bool:
    """Is cells[first] the one row of a table under the bold header cells[head:columns]: "01" after a
    row break, then one cell per column one "|" apart, and after them no next cell of the row? A decision
    publishing one procedure lists it so ("TT | Tên thủ tục hành chính | Thời hạn giải quyết | …")."""
    width = columns - head
    row = cells[first : first + width]
    return (
        width >= 3
        and first == columns
        and all(c.bold for c in cells[head:columns])
        and len(row) == width
        and _label(row[0]).rstrip(".") in ("1", "01")
        and row[0].gap >= 2
        and all(c.gap == 1 and not c.bold for c in row[1:])
        and (first + width == len(cells) or cells[first + width].gap != 1 or cells[first + width].note)
    )


# A header's columns numbered below it, "A | B | 1 | 2 | 3 | 4" or "(1) | (2) | (3)": no row of the table.
_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-ZĐ])\)?$")


def _past_column_numbers(cells: list[_Cell], k: int, width: int) -> int:
    """Where the rows start when the row at cells[k] numbers the header's `width` columns."""
    numbers = cells[k : k + width]
    if (
        len(numbers) == width
        and numbers[0].gap >= 2
        and all(c.gap == 1 for c in numbers[1:])
        and all(_COLUMN_NUMBER.match(_label(c)) for c in numbers)
        and k + width < len(cells)
        and cells[k + width].gap >= 2
    ):
        return k + width
    return k


def _first_row_width(cells: list[_Cell], first: int) -> int | None:
    """Columns of the table whose rows start at cells[first]: row 1 runs up to row 2's index, the next
    number after a row break, or up to its own first sub-row's ("1.1" under "1 | Trường Mầm non …"; a
    group row, "I. Bộ, ngành", may come before row 1)."""
    numbered = next((j for j in range(first, min(first + 3, len(cells))) if _next_number(_label(cells[j]))), None)
    if numbered is None or cells[numbered].gap < 2:
        return None
    successor = _next_number(_label(cells[numbered]))
    sub_row = re.compile(rf"0*{_unpadded(_label(cells[numbered]))}\.\d{{1,2}}\.?")
    col = 0
    for k in range(numbered + 1, min(numbered + 60, len(cells))):
        label = _label(cells[k])
        if cells[k].gap >= 2 and (_unpadded(label) == successor or sub_row.fullmatch(label)):
            return col + cells[k].gap - 1  # the separators to row 2's index close row 1's empty cells
        col += cells[k].gap
    return None


_NOTES_COLUMN = re.compile(r"^(?:ghi chú|chú thích)$")
# "Ghi chú: số liệu … là số liệu năm 2025" after a last row left short by merged cells: the table's note.
_TABLE_NOTE = re.compile(r"^Ghi chú\s*:", re.IGNORECASE)


def _data_rows(
    cells: list[_Cell], first: int, width: int, titles: list[str] | None = None
) -> tuple[list[TableRow], int]:
    """The rows from cells[first] on, and where the table ends: at a row break on no row's start.
    `titles`: the header's column titles, when a short row may be under cells merged down."""
    rows: list[TableRow] = []
    current: list[str] = []
    columns: dict[int, str] = {}  # the current row's cells by column
    above: dict[int, str] = {}  # the previous numbered row's, merged cells filled in
    row_first, k, col = 0, first, width  # the first cell starts a row

    def close_row() -> None:
        nonlocal above
        # A numbered row that stops short of the last column lies under cells merged down from the
        # row above ("12 | Số người lao động … | Chính thức | Tháng 3/2025" under "… | Cục Việc làm"):
        # it holds their text too, or it would not say who publishes it.
        numbered = bool(_INDEX_NUMBER.match(current[0]))
        # Not under a group's title ("2 | NỘI DUNG QUY TRÌNH", "… Định mức chi như sau:"), whose rows
        # follow; nor a figure or a remark, which an empty cell leaves out as a merged one does.
        heads_rows = len(current) == 2 and (is_caps_line(current[1]) or current[1].endswith(":"))
        if titles and numbered and len(current) >= 2 and above and not heads_rows:
            for c in range(col + 1, width):
                if above.get(c) and not above[c][:1].isdigit() and not _NOTES_COLUMN.match(titles[c]):
                    current.append(above[c])
                    columns[c] = above[c]
        above = dict(columns) if numbered else {}
        rows.append(_data_row(current, row_first))

    while k < len(cells):
        cell = cells[k]
        label = _label(cell)
        if _next_table_at(cells, k) or _opens_appendix(label) or cell.note or _TABLE_NOTE.match(label):
            break
        # A cell merged down over the rows below leaves them short, so the next number starts a row
        # wherever the count stands; so does a numbered sub-row ("2.1" under "2").
        number = label.rstrip(".")
        caps_group = _caps_group(cells, k)
        named_group = _named_group(cell)
        group = bool(_GROUP_ROW.match(label)) or caps_group or named_group
        next_row = cell.gap >= 2 and bool(current) and (
            # a sub-row's number, its dot perhaps lost ("9 1" between "9" and "9.2")
            bool(re.fullmatch(r"\d{1,3}(?:[. ]\d{1,2})+", number))
            or _unpadded(number) == _next_number(current[0])
            # "I | LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC (06 TTHC)": a group row in two cells, then its first row
            or (number.isdigit() and bool(re.fullmatch(r"[IVXLC]{1,6}\.?", current[0]) or _NAMED_GROUP.match(current[0])))
            or caps_group
            or named_group
        )
        if col + cell.gap < width and not next_row:
            col += cell.gap
            if re.search(r"\w", cell.text):
                current.append(cell.text.strip())
                columns[col] = current[-1]
        elif next_row or _ROW_INDEX.match(label) or group or _TOTAL_ROW.match(label):
            if current:
                close_row()
            current, row_first = [label], cell.lines[0]
            col = width - 1 if group and not named_group else 0  # a group's title fills its row
            columns = {0: label}
        else:
            break
        k += 1
    if current:
        close_row()
    return rows, k


# "2. Danh mục thủ tục hành chính bị bãi bỏ" between two tables: a numbered title, never a row's index
# (a row's second cell is no "STT").
_TABLE_TITLE = re.compile(rf"^\d{{1,2}}\.\s+[{_UPPER}]")


def _next_table_at(cells: list[_Cell], k: int) -> bool:
    """Does the next table start at cells[k]: its header ("STT"), or a section title over it ("II.
    Lĩnh vực …" / "STT")? A title dropped from the text (an unnumbered caps line after the closing reads as a
    signer's office) stays in the last row, which is then what keeps it."""
    if k >= len(cells):
        return False
    label = _label(cells[k])
    following = _label(cells[k + 1]).lower() if k + 1 < len(cells) else ""
    titled = bool(_GROUP_ROW.match(label) or _TABLE_TITLE.match(label)) and not cells[k].dropped and bool(INDEX_TITLE.match(following))
    return titled or bool(INDEX_TITLE.match(label.lower()))


def _named_group(cell: _Cell) -> bool:
    """A bold group label starting a row ("Loại 2"), its title in the next cell."""
    return cell.bold and cell.gap >= 2 and bool(_NAMED_GROUP.match(_label(cell)))


def _caps_group(cells: list[_Cell], k: int) -> bool:
    """An unnumbered group title in capitals, a row of its own over numbered rows or groups ("CẤP
    TỈNH", "LĨNH VỰC: CHỨNG THỰC (12 TTHC)" / "I. THỦ TỤC …"); in a header it would read as one more column."""
    following = cells[k + 1] if k + 1 < len(cells) else None
    return (
        cells[k].gap >= 2
        and is_caps_line(_label(cells[k]))
        and following is not None
        and following.gap >= 2
        and bool(_INDEX_NUMBER.match(_label(following)) or _GROUP_ROW.match(_label(following)))
    )


def _data_row(cells: list[str], first: int) -> TableRow:
    """A row; a group's title ("I. Bộ, ngành", "CẤP TỈNH", "II | Địa phương") heads the rows below it."""
    single_title = len(cells) == 1 and (_GROUP_ROW.match(cells[0]) or is_caps_line(cells[0]))
    group = single_title or (len(cells) == 2 and (_SECTION_INDEX.match(cells[0]) or _NAMED_GROUP.match(cells[0])))
    return TableRow(cells, first, "section" if group else "row")


# --------------------------------------------------------------------------------------------------
# Footnotes

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_NOTE = re.compile(rf"^([{_SUPERSCRIPT_DIGITS}]+)\s+(\S.*)$")
_BARE_NOTE = re.compile(rf"^(\d{{1,2}})\s+([{_UPPER}(“\"].*)$")
# A reference mark glued to a word: "tỉnh¹", "tỉnh1;", "(Vắng 08 đồng chí có lý do)²".
_SUPERSCRIPT_REF = re.compile(rf"[{_SUPERSCRIPT_DIGITS}]+")
# Not the end of a code ("công văn số 2313/NBI-QLDN1"), whose "1" would make the next wrapped line
# that starts with "1" a note.
_DIGIT_REF = re.compile(r"(?<![\w/-])[^\W\d_]+(\d{1,2})(?=[\s;,.:)]|$)")
# Web pages write the mark in brackets, glued or after a space: "nhiều văn bản[1]", "16/4/2018) [1]" ...
# "[1] Thông báo số ..."; a word processor's endnotes are numbered "[i]", "[ii]", ….
_BRACKET_REF = re.compile(r"(?<=\S) ?\[(\d{1,3}|[ivx]{1,5})\]")
_BRACKET_NOTE = re.compile(r"^\[(\d{1,3}|[ivx]{1,5})\]\s*(.*)$")


def _lift_footnotes(
    lines: list[Line], wrap: _Wrap, table_lines: Iterable[Line] = ()
) -> tuple[list[Line], list[tuple[Footnote, int]]]:
    """Take footnote lines out of the text flow; returns the body lines and (footnote, position).
    `table_lines` (in reading order), read as tables, may hold the marks ("a8[4]") of notes below them."""
    body: list[Line] = []
    notes: list[tuple[Footnote, int]] = []
    referenced: set[str] = set()
    current: tuple[Footnote, Line] | None = None
    in_tables = iter(table_lines)
    pending = next(in_tables, None)
    for line in lines:
        while pending is not None and pending.index < line.index:
            referenced.update(f"[{n}]" for n in _BRACKET_REF.findall(pending.text))
            pending = next(in_tables, None)
        start = _footnote_start(line.text, referenced)
        if start:
            marker, text = start
            note = Footnote(marker=marker, text=text, page=line.page)
            notes.append((note, line.index))
            current = (note, line)
            referenced.discard(marker)
            continue
        if current is not None:
            note, last = current
            # A note never runs onto the next page; what follows there is body text again.
            same_page = last.page == line.page
            if same_page and (not note.text or _note_goes_on(note.text, last, line, wrap)):
                note.text = f"{note.text} {line.text}".strip()
                current = (note, line)
                continue
            current = None
        body.append(line)
        referenced.update(_SUPERSCRIPT_REF.findall(line.text))
        referenced.update(_DIGIT_REF.findall(line.text))
        referenced.update(f"[{n}]" for n in _BRACKET_REF.findall(line.text))
    return body, notes


def _note_goes_on(note: str, last: Line, line: Line, wrap: _Wrap) -> bool:
    """Does `line` continue a footnote? Not when it opens a list item, unless it is the next item
    of an enumeration inside the note ("(i) ..., (ii) ...," / "(iii) ...")."""
    if len(note.split()) <= 6 and not _ends_sentence(note) and marker_of(line.text) is None:
        return True  # "[1] Hồ sơ dự thảo" / "Nghị định ...": a few words are no note yet
    if not _continues(note, last, line, wrap):
        return False
    kind = marker_of(line.text)
    return kind is None or (kind[0] in ("paren_num", "paren_roman") and _inline_enumeration_goes_on(note, kind[1]))


def _footnote_start(text: str, referenced: set[str]) -> tuple[str, str] | None:
    match = _SUPERSCRIPT_NOTE.match(text)
    if match:
        return match.group(1), match.group(2)
    # "[3]" alone on its line is a note too: its text follows on the next line.
    match = _BRACKET_NOTE.match(text)
    if match and f"[{match.group(1)}]" in referenced:
        return match.group(1), match.group(2)
    # A bare "1 Vắng 02 đồng chí ..." is a footnote only if "1" was used as a reference mark above;
    # otherwise it is a wrapped line that happens to start with a number.
    match = _BARE_NOTE.match(text)
    if match and match.group(1) in referenced:
        return match.group(1), match.group(2)
    return None


def _reclaim_note_tails(blocks: list[_Block], notes: list[tuple[Footnote, int]]) -> list[_Block]:
    """Re-attach the rest of a footnote that was continued at the foot of the next page.

    Such a tail sits among body paragraphs: either just above the next page's own footnotes (known
    when pages are numbered), or, for a note ending in "gồm:", as a "(1) ..." enumeration that no
    introducing colon announces."""
    positions = sorted(position for _, position in notes)
    for note, position in notes:
        if _ends_sentence(note.text) and not note.text.endswith(":"):
            continue
        for k, block in enumerate(blocks):
            if block.first < position or k == 0:
                continue
            if note.page is not None and block.page is not None and block.page > note.page + 1:
                break
            following = blocks[k + 1].first if k + 1 < len(blocks) else None
            above_notes = (
                note.page is not None
                and block.page == note.page + 1
                and any(block.lines[-1].index < p and (following is None or p < following) for p in positions)
            )
            if not above_notes and not _unannounced_enumeration(note, blocks[k - 1], block):
                continue
            note.text = f"{note.text} {block.text}"
            del blocks[k]
            break
    return blocks


def _unannounced_enumeration(note: Footnote, previous: _Block, block: _Block) -> bool:
    if not (note.text.endswith(":") and block.text.startswith("(1)")):
        return False
    prev_kind = marker_of(previous.text)
    return not previous.text.endswith(":") and not (prev_kind and prev_kind[0] == "paren_num")


# --------------------------------------------------------------------------------------------------
# Heading hierarchy

_QUOTE_OPENS = ("“", '"')  # a paragraph starting with one is quoted text
_LIST_KINDS = frozenset({"dash", "plus", "bullet", "star", "paren_num", "paren_roman", "paren_alpha", "step"})
_CLOSING = re.compile(r"^Trên\s+đây\s+là\b")
_PARENTHESES = re.compile(r"\([^()]*\)")


@dataclass
class _Open:
    """An enclosing heading or item on the stack, and how later paragraphs may attach to it."""

    kind: str  # a marker kind, "colon" (unmarked paragraph ending with ":") or "section" (bold/caps)
    rank: float | None  # structural nesting rank; None for list items and colon paragraphs
    text: str
    opens: bool  # ends with ":": announces a list of items


def _is_heading_text(kind: str, body: str) -> bool:
    """Whether a marked paragraph is a short title-like line rather than running text."""
    if kind == "appendix":
        return True
    flat = _PARENTHESES.sub("", body).strip()
    if len(body) > 200 or not flat:
        return False
    if body.endswith(":"):
        return len(flat) <= 120  # longer, it is a sentence that happens to introduce a list
    if kind in _LIST_KINDS:
        return False
    if flat.endswith((".", ";", "!", "?")) or re.search(r"[.;:]\s+\S", flat):
        return False
    return True


def _is_section_line(block: _Block, previous: _Block | None, following: _Block | None) -> bool:
    """An unmarked heading: a bold or capitalised line, or a short title line between paragraphs.

    The last case needs context: a table row extracted from a PDF is short and unpunctuated too,
    but it follows another unpunctuated line and is full of numbers."""
    text = block.text
    if text.startswith(_QUOTE_OPENS):
        return False  # a quotation, even in bold or italics ("*“c) Các ưu đãi về thuế …”*"), heads nothing
    # An appendix's title may run long: "DANH MỤC THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC … TỈNH CAO BẰNG".
    under_appendix = previous is not None and _opens_appendix(previous.text)
    if block.bold or (is_caps_line(text) and (len(text) <= 150 or under_appendix)):
        return not text.endswith((".", ";"))
    if len(text) > 100 or len(text.split()) < 2 or _ends_sentence(text) or not text[0].isupper():
        return False
    if sum(1 for word in text.split() if any(c.isdigit() for c in word)) > 1:
        return False
    if previous is not None and not _ends_sentence(previous.text):
        return False
    return following is not None and len(following.text) >= 60 and following.text[0].isupper()


def _item_number(text: str) -> int | None:
    found = marker_of(text)
    return int(found[1][:-1]) if found and found[0] == "arabic" and found[1][:-1].isdigit() else None


class _Outline:
    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.announced = False  # a list item or unmarked line ending with ":" came after the last ranked item

    def path(self) -> list[str]:
        return [entry.text for entry in self.stack]

    def path_without_appendix(self) -> list[str]:
        """The path less an appendix's heading and the title lines under it, not its lettered parts
        ("A. THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI", "B. … SỬA ĐỔI, BỔ SUNG"), which tell its tables apart."""
        at = self._appendix_at()
        if at is None:
            return self.path()
        below = at + 1
        while below < len(self.stack) and self.stack[below].kind == "section" and not _LETTER_SECTION.match(self.stack[below].text):
            below += 1
        return [entry.text for entry in self.stack[:at] + self.stack[below:]]

    def _appendix_at(self) -> int | None:
        """Where the open appendix stands on the stack (a new one closes the last), if one is open."""
        return next((k for k, entry in enumerate(self.stack) if entry.kind == "appendix"), None)

    def _article_outside_roman(self) -> bool:
        """An article is open and no roman part encloses it."""
        kinds = [entry.kind for entry in self.stack]
        return "article" in kinds and "roman" not in kinds[: kinds.index("article")]

    def _pop_while(self, predicate: Callable[[_Open], bool]) -> None:
        while self.stack and predicate(self.stack[-1]):
            self.stack.pop()

    def place(self, text: str, kind: str | None, marker: str | None, section: bool, after_heading: bool) -> list[str]:
        """Pop to where a paragraph belongs, return its heading path, push it if it can enclose others.

        `after_heading` says the previous paragraph is a heading now on top of the stack."""
        opens = text.endswith(":")
        if _CLOSING.match(text) or (kind is None and text.endswith(("./.", "/."))):
            # The notice's last words close every heading, but the one just opened still holds them:
            # "Điều 5. Tổ chức thực hiện" / "Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.".
            path = self.path() if after_heading else []
            self.stack.clear()
            return path
        if section:
            return self._place_section(text, opens, after_heading)
        if kind is None or marker is None:
            self._pop_while(lambda e: e.kind in _LIST_KINDS or e.kind == "colon")
            path = self.path()
            if opens:
                self.stack.append(_Open("colon", None, text, True))
                self.announced = True
            return path
        if kind == "arabic" and (steps := self._place_steps(text, opens)) is not None:
            return steps
        self._pop_while(lambda e: e.kind == "step" and not e.opens)  # a step announcing nothing holds nothing
        # "- Cách thức sử dụng:" (or the line alone) announces what follows, numbered steps perhaps.
        self.announced = opens and kind in ("dash", "plus", "bullet")
        rank = _rank(kind, marker)
        if kind == "roman" and self._article_outside_roman():
            # "Điều 1. Bổ sung …:" / "I. DANH SÁCH …" / "Điều 2. …": parts of an article, closed by the next.
            rank = _RANK["article"] + 0.5
        if rank is not None:
            self._pop_while(lambda e: e.rank is None or e.rank >= rank)
            path = self.path()
            self.stack.append(_Open(kind, rank, text, opens))
            return path
        same = [k for k, e in enumerate(self.stack) if e.kind == kind]
        if same and same[-1] == len(self.stack) - 1 and self.stack[-1].opens and after_heading:
            # "- Nhiệm vụ trọng tâm ... sau:" directly followed by "- ..." items: they belong to it.
            self.stack[-1].kind = "colon"
        elif same:
            del self.stack[same[-1] :]
        path = self.path()
        self.stack.append(_Open(kind, None, text, opens))
        return path

    def _place_steps(self, text: str, opens: bool) -> list[str] | None:
        """Numbered steps inside an item ("2. Tóm tắt mô tả hàng hóa …:" / "- Cách thức sử dụng:" / "…" /
        "1. Chuẩn bị nguồn điện …" / "2. …"); None when the number is no such step."""
        number = _item_number(text) or 0
        steps = [k for k, e in enumerate(self.stack) if e.kind == "step"]
        if steps and _item_number(self.stack[steps[-1]].text) == number - 1:
            del self.stack[steps[-1] :]
        elif number != 1 or not self.announced or not any(e.kind == "arabic" for e in self.stack):
            return None
        self.announced = False
        path = self.path()
        self.stack.append(_Open("step", None, text, opens))
        return path

    def _place_section(self, text: str, opens: bool, after_heading: bool) -> list[str]:
        self._pop_while(lambda e: e.kind in _LIST_KINDS or e.kind == "colon")
        sections = [k for k, e in enumerate(self.stack) if e.kind == "section"]
        if sections:
            del self.stack[sections[-1] :]  # a sibling of the previous unmarked heading
        elif not (after_heading and self.stack):
            # Unmarked headings are top-level unless they subtitle a heading, or stand in an appendix.
            appendix = self._appendix_at()
            del self.stack[(appendix + 1 if appendix is not None else 0) :]
        parent_rank = self.stack[-1].rank if self.stack else None
        path = self.path()
        self.stack.append(_Open("section", (parent_rank if parent_rank is not None else -1) + 0.5, text, opens))
        return path


# A quotation may run over many paragraphs: "- Tại khoản 3 Điều 7 Thông tư số 103/2014/TT-BTC quy
# định: “Điều 7. …" / "3. Thu nhập …" / "… hợp đồng.”". Straight quotes open or close by turns.
_QUOTE_LIMIT = 40  # paragraphs: a quotation whose closing mark was lost ends by then


def _quote_balance(text: str, inside: bool) -> int:
    """Quotation marks the text opens (> 0) or closes (< 0)."""
    balance = text.count("“") - text.count("”")
    if text.count('"') % 2:
        balance += -1 if inside else 1
    return balance


# "- Tại điểm đ khoản 1 Điều 116 Luật Quản lý thuế … quy định:" followed by "Điều 116. …" unquoted.
_CITES_PROVISION = re.compile(r"\b(?:quy định|nêu|như sau)\s*:$")
# "… Luật Quản lý thuế quy định." / "“3. Người nộp thuế …”": a full stop typed for the colon.
_INTRODUCES_QUOTE = re.compile(r"\b(?:quy định|nêu|hướng dẫn)\b.*:$|\bquy định\.$")
# A quotation mark left open at a paragraph's start or after a colon: "… quy định: “Điều 7. …".
_QUOTE_AFTER_COLON = re.compile(r'(?:^[^\w“”"]*|:\s*)[“"][^”"]*$')
# An amendment's introduction: "3. Sửa đổi, bổ sung Điều 4 như sau:".
_AMENDS = re.compile(r"^(?:Sửa đổi|Bổ sung|Thay thế)\b")


def _amendment_intro(text: str) -> bool:
    """ "3. Sửa đổi, bổ sung Điều 4 như sau:": an amending document's numbered item."""
    found = marker_of(text)
    return found is not None and bool(_AMENDS.match(text[len(found[1]) :].strip())) and bool(_CITES_PROVISION.search(text))


def _article_kind(text: str) -> bool:
    found = marker_of(text)
    return found is not None and found[0] == "article"


@dataclass
class _Quotation:
    """A quotation open over several paragraphs: they sit under the paragraph that introduces it, and
    their own numbering ("3.", "h)") is the quoted text's, not the letter's."""

    under: list[str]  # heading path of the quoted paragraphs' parent: the introduction's path and itself
    outline: _Outline
    marked: bool  # opened by a quotation mark, which closes it; else only what follows ends it
    depth: int = 0  # quotation marks open so far
    left: int = _QUOTE_LIMIT

    @property
    def cited(self) -> bool:
        """Another document's words ("… quy định: “…”"); not the new wording an amendment enacts
        ("3. Sửa đổi, bổ sung Điều 4 như sau: “Điều 4. …”"), which binds as the notice's own."""
        introduction = self.under[-1]
        found = marker_of(introduction)
        return not _AMENDS.match(introduction[len(found[1]) :].strip() if found else introduction)

    def left_by(self, text: str, kind: str | None) -> bool:
        """Has the letter taken up again before this paragraph? The next provision cited ("- Tại khoản
        …", as the introduction began), the letter's own conclusion ("Theo nội dung …") or its close."""
        introduction = self.under[-1]
        opening = " ".join(introduction.split()[:2])
        if kind is not None and text.startswith(opening) and marker_of(introduction) is not None:
            return True
        # Unmarked, the next citation is known by its colon: "Tại Điều 30 … quy định:" / "“Điều 30. …"
        # (its closing mark lost) / "Tại khoản 10 Điều 51 … quy định:".
        same_start = text.split()[:1] == introduction.split()[:1]
        if same_start and _CITES_PROVISION.search(text) and _CITES_PROVISION.search(introduction):
            return True
        # The amendment after: "2. Sửa đổi khoản 1 Điều 13 như sau:" / "“1. Số tiền hỗ trợ:" over a table
        # whose closing mark was lost / "3. Sửa đổi điểm a khoản 3 Điều 14 như sau:".
        if _amendment_intro(text) and _amendment_intro(introduction) and kind == marker_of(introduction)[0]:
            return True
        own_words = not self.marked and kind is None and bool(_BODY_START.match(text))
        return own_words or self.left == 0 or text.endswith("/.")


def _quotation_after(text: str, path: list[str], following: _Block | None) -> _Quotation | None:
    """The quotation this paragraph opens, in its text ("… quy định: “Điều 7. …") or as the
    introduction of the next one ("… quy định:" / "“25. Nguyên tắc …”" or "Điều 116. …")."""
    depth = _quote_balance(text, inside=False)
    # Only a quote that opens the paragraph or follows a colon runs on: in "Xét Tờ trình … về việc ban
    # hành Nghị quyết “Quy định …" the closing mark was lost, and the resolution's own articles follow.
    if depth > 0 and _QUOTE_AFTER_COLON.search(text):
        return _Quotation([*path, text], _Outline(), marked=True, depth=depth)
    if following is None:
        return None
    # "+ Tại Điều 1 quy định về giảm thuế giá trị gia tăng:" / "“Điều 1. …": the quote marks say it.
    if following.text.startswith(_QUOTE_OPENS) and (_CITES_PROVISION.search(text) or _INTRODUCES_QUOTE.search(text)):
        return _Quotation([*path, text], _Outline(), marked=True)
    if not _CITES_PROVISION.search(text):
        return None
    if _article_kind(following.text):
        return _Quotation([*path, text], _Outline(), marked=False)
    return None


def _build(blocks: list[_Block]) -> list[Paragraph]:
    outline = _Outline()
    quotation: _Quotation | None = None
    paragraphs: list[Paragraph] = []
    after_heading = False
    table_path: list[str] = []  # the path of the current task table's rows: its header, its section
    table_depth = 0  # the length of that path up to the header: a section row replaces what follows
    parent: str | None = None  # the index of the parent row the last rows stand under
    for k, block in enumerate(blocks):
        if block.row is not None:
            if parent is not None and (block.row.kind != "row" or not _numbered_under(block.row.cells[0], parent)):
                table_path, parent = table_path[:-1], None  # past the rows numbered under it
            # A task table sits where it stands in the outline; its rows do not move the outline on.
            if block.row.kind == "header":
                # Its rows do not repeat the appendix's title ("DANH MỤC NHIỆM VỤ …"): each would then
                # match a question on the title, and a long table's rows would bury the body's answer.
                # So they keep the unit the line over the table gives their bare figures ("Đơn vị: Đồng/học
                # sinh/tháng" over "16 | Trường THCS Chu Văn An | 4.200.000").
                unit = [blocks[k - 1].text] if k and blocks[k - 1].row is None and TABLE_UNIT.match(blocks[k - 1].text) else []
                table_path = [*outline.path_without_appendix(), *unit, block.text]
                table_depth = len(table_path)
            elif block.row.opens:
                table_path = outline.path()  # no header to stand for the table: its rows read as the text around
                table_depth = len(table_path)
            path = table_path if block.row.kind != "section" else table_path[:table_depth]
            paragraphs.append(
                Paragraph(
                    ordinal=len(paragraphs),
                    text=block.text,
                    heading_path=list(path) if block.row.kind != "header" else outline.path(),
                    is_heading=block.row.kind != "row",
                    page=block.page,
                )
            )
            if block.row.kind == "section":
                table_path = [*path, block.text]
            elif block.row.kind == "parent":
                table_path, parent = [*path, block.text], block.row.cells[0]
            after_heading = False
            continue
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        found = marker_of(block.text)
        kind, marker = found if found else (None, None)
        previous = blocks[k - 1] if k else None
        section = kind is None and _is_section_line(block, previous, following)
        body = block.text[len(marker) :].strip() if marker else block.text
        is_heading = section or (kind is not None and _is_heading_text(kind, body))
        if quotation is not None and quotation.left_by(block.text, kind):
            quotation = None
        quoted = quotation is not None and quotation.cited
        if quotation is not None:
            inner = quotation.outline.place(block.text, kind, marker, section, after_heading)
            path = quotation.under + inner
            pushed = len(quotation.outline.stack) == len(inner) + 1
            quotation.left -= 1
            if quotation.marked:
                quotation.depth += _quote_balance(block.text, inside=quotation.depth > 0)
                if quotation.depth <= 0:
                    quotation = None
        else:
            path = outline.place(block.text, kind, marker, section, after_heading)
            pushed = len(outline.stack) == len(path) + 1
            quotation = _quotation_after(block.text, path, following)
        after_heading = pushed and (is_heading or block.text.endswith(":"))
        paragraphs.append(
            Paragraph(
                ordinal=len(paragraphs),
                text=block.text,
                heading_path=path,
                marker=marker,
                is_heading=is_heading,
                page=block.page,
                quoted=quoted,
            )
        )
    return paragraphs


# --------------------------------------------------------------------------------------------------


def parse_structure(source: SourceText) -> tuple[list[Paragraph], list[Footnote]]:
    """Citable paragraphs (ordinal set, paragraph_id empty) and the footnotes lifted out of the text."""
    layout = read_layout(source)
    start = max((line.index for line in [*layout.header, *layout.title]), default=-1) + 1
    cells = _cells([line for line in layout.lines if layout.tail is None or line.index < layout.tail], layout.dropped)
    tables = _task_tables(cells, start)
    tables += _data_tables(cells, start, {i for _, covered in tables for i in covered})
    tables += _headed_tables(cells, start, {i for _, covered in tables for i in covered})
    in_table = {i for _, covered in tables for i in covered}
    body_lines = [line for line in layout.lines if line.index not in layout.dropped | in_table]
    wrap = _measure_wrap(body_lines)
    body_lines, notes = _lift_footnotes(body_lines, wrap, [line for line in layout.lines if line.index in in_table])
    # Text before a table never runs on into the text after it.
    cuts = sorted(min(covered) for _, covered in tables)
    blocks: list[_Block] = []
    for lo, hi in zip([-1, *cuts], [*cuts, len(layout.lines)]):
        blocks += _join([line for line in body_lines if lo <= line.index < hi], wrap)
    blocks = _reclaim_note_tails(blocks, notes)
    for rows, _ in tables:
        for row in rows:
            text = _row_text(row)
            blocks.append(_Block(text, layout.lines[row.first].page, row.first, False, [], row))
    blocks.sort(key=lambda b: b.first)
    return _build(blocks), [note for note, _ in notes]


def _row_text(row: TableRow) -> str:
    if row.kind == "section":
        return " ".join(c for c in row.cells if c)
    return TABLE_CELL.join(row.cells)
