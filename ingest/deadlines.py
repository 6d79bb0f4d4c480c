"""Deadlines as notices write them, resolved to a due date.

"trước ngày 15/04/2024" is a date; "trong tháng 4/2024" is due at the end of April; "trong Quý II/2024"
at the end of June; "hoàn thành trong năm 2024" on 31 December; "định kỳ trước ngày 15 hàng tháng" and
"định kỳ 02 tuần/lần" recur and have no single due date; "không quá 05 ngày làm việc kể từ ngày ban
hành" counts from an event and keeps its text without a due date. A date without a year takes the year
of the reference date (the notice's date).

Only phrases with a deadline cue count: "trước", "chậm nhất", "trong tháng", "phấn đấu đến", "hoàn
thành trong năm", "định kỳ", "hằng tuần" ... A bare date ("Nghị quyết ... ngày 01/7/2021"), a start
("bắt đầu từ tháng 01/2026") or a cut-off in a statistic ("tính đến ngày 01/01/2024") is not a
deadline. Matching runs on folded text (no diacritics, lower case), which keeps offsets.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from ingest.domain import Deadline
from ingest.normalize import fold, nfc

__all__ = ["DeadlineMatch", "find_deadlines", "heading_period", "parse_deadline", "period_end", "period_heading"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>\d{4}|\d{2}(?![\d/]))"
# 15/04/2024, 15-4-2024, 15.4.2024, 15/4 (year from the notice), "ngày 15 tháng 4 năm 2024"
_DATE = (
    rf"(?:{_D}\s*[/.-]\s*{_M}(?:\s*[/.-]\s*{_Y})?(?![\d/])"
    r"|(?P<dl>\d{1,2})\s+thang\s+(?P<ml>\d{1,2})(?:\s+nam\s+(?P<yl>\d{4}))?)"
)
# "trước 17 giờ", "trước 10 giờ 30 phút sáng ngày …"
_HOUR = r"(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?(?:\s+(?:sang|trua|chieu|toi))?\s+)?"
_AFTER_YEAR = r"(?:\s*[/.-]\s*(?P<y>\d{4})|\s+nam\s+(?P<y2>\d{4}))?(?![\d/])"
_B = r"(?<![a-z0-9])"  # word start in folded text
_COMPLETE = r"(?:hoan\s+thanh|phan\s+dau|xong|thuc\s+hien\s+xong)"
_PERIOD = r"(?:ngay|tuan|thang|quy|nam)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "date",
        re.compile(
            rf"{_B}(?:(?:{_COMPLETE}\s+)?(?:truoc|cham\s+nhat(?:\s+la)?|khong\s+qua(?:\s+ngay)?)"
            rf"|{_COMPLETE}\s+(?:den|vao|trong)(?:\s+het)?)\s+{_HOUR}(?:ngay\s+)?{_DATE}"
        ),
    ),
    ("date", re.compile(rf"{_B}thoi\s+han(?:\s+hoan\s+thanh|\s+bao\s+cao)?\s*:\s*{_HOUR}(?:ngay\s+)?{_DATE}")),
    ("month", re.compile(rf"{_B}(?P<cue>trong|het|cuoi|truoc|den\s+het)\s+thang\s+{_M}{_AFTER_YEAR}")),
    ("month", re.compile(rf"{_B}thoi\s+han(?:\s+hoan\s+thanh|\s+bao\s+cao)?\s*:\s*(?P<cue>)thang\s+{_M}{_AFTER_YEAR}")),
    (
        "quarter",
        re.compile(rf"{_B}(?P<cue>trong|het|cuoi|truoc|den\s+het)\s+quy\s+(?P<q>iv|i{{1,3}}|[1-4])(?![a-z0-9]){_AFTER_YEAR}"),
    ),
    # "bảo đảm đến hết năm 2025 không còn ...": a commitment dated by the end of a year.
    ("year", re.compile(rf"{_B}(?:bao\s+dam|dam\s+bao)\s+(?:den\s+het|het|truoc|trong)\s+nam\s+(?P<y>\d{{4}})")),
    # "hoàn thành (đưa dự án vào vận hành) trong năm 2027": the completion verb may take its object first,
    # and "hoàn thành" a long one with commas ("hoàn thành 100% TTHC ... trực tuyến, thông suốt, ...,
    # giảm tối đa giấy tờ trong năm 2025"), as long as the clause goes on (no ";", ".", ":"); not "hoàn
    # thành nhiệm vụ của ..., cá nhân ... trong năm 2025", an appraisal of the year's work.
    (
        "year",
        re.compile(
            rf"{_B}(?:{_COMPLETE}(?:\s+[^\s,;.:]+){{0,8}}?|hoan\s+thanh(?!\s+nhiem\s+vu)(?:\s+[^\s;.:]+){{9,30}}?)"
            rf"\s+(?:trong|den\s+het|den|het|truoc|vao)\s+nam\s+(?P<y>\d{{4}})"
        ),
    ),
    (
        "recurring",
        re.compile(
            rf"{_B}dinh\s+ky(?:\s+truoc(?:\s+\d{{1,2}}\s*gio)?(?:\s+ngay\s+(?:\d{{1,2}}|thu\s+\w+|chu\s+nhat))?)?"
            rf"\s+(?:hang|moi)\s+(?:{_PERIOD}|\d+\s+thang)(?![a-z])"
        ),
    ),
    # "không quá 05 ngày làm việc kể từ ngày ban hành Quyết định": a span from an event. Its date is
    # not in the text (working days, holidays, when the event happens), so it has no due date.
    (
        "relative",
        re.compile(
            rf"{_B}(?:{_COMPLETE}\s+)?(?:khong\s+qua|trong\s+vong|trong\s+thoi\s+han|cham\s+nhat(?:\s+la)?(?:\s+sau)?)"
            rf"\s+\d{{1,3}}\s+(?:ngay|tuan|thang)(?:\s+lam\s+viec)?\s+(?:ke\s+tu|tinh\s+tu|sau)\s+(?:ngay|khi)"
            r"(?:\s+[^\s.;,:()]+){1,6}"
        ),
    ),
    ("recurring", re.compile(rf"{_B}dinh\s+ky\s+(?:\d+|mot|hai)\s+(?:ngay|tuan|thang)\s*(?:/\s*|mot\s+|1\s+)lan")),
    # "trước ngày 15 hàng tháng", "hạn cuối ngày 15 tháng 12 hàng năm": a day of every period.
    (
        "recurring",
        re.compile(
            rf"{_B}(?:truoc|han\s+cuoi|cham\s+nhat)(?:\s+\d{{1,2}}\s*gio)?\s+ngay\s+"
            rf"(?:\d{{1,2}}(?:\s+thang\s+\d{{1,2}}|\s*/\s*\d{{1,2}})?|thu\s+\w+)\s+(?:hang|moi)\s+(?:tuan|thang|quy|nam)(?![a-z])"
        ),
    ),
    ("recurring", re.compile(rf"{_B}(?:it\s+nhat\s+)?(?:\d+|mot)\s+lan\s*(?:/|trong|moi|tren)\s*(?:\d+\s+)?{_PERIOD}(?![a-z])")),
    ("recurring", re.compile(rf"{_B}\d+\s+(?:ngay|tuan|thang)\s*/\s*lan(?![a-z])")),
    # "hàng năm" and "hằng ngày" are left out: "kinh phí hàng năm" is an adjective, not a schedule.
    # A report is the exception: "báo cáo các cấp hàng ngày theo quy định" is a daily schedule.
    ("recurring", re.compile(rf"{_B}bao\s+cao(?:\s+[^\s,;.:]+){{0,6}}?\s+(?:hang|moi)\s+ngay(?![a-z])")),
    ("recurring", re.compile(rf"{_B}(?:hang|moi)\s+(?:tuan|thang|quy)(?![a-z])")),
    # "hằng năm" only as a schedule of a report: "Hằng năm báo cáo kết quả ..." (not "kinh phí hàng năm").
    ("recurring", re.compile(rf"{_B}(?:hang|moi)\s+nam\s*,?\s+(?:bao\s+cao|gui|tong\s+hop|danh\s+gia|so\s+ket)")),
]

# Bare forms accepted only when the whole string is the deadline (parse_deadline, not search).
_BARE: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(rf"(?:ngay\s+)?{_DATE}")),
    ("month", re.compile(rf"(?P<cue>)thang\s+{_M}{_AFTER_YEAR}")),
    ("quarter", re.compile(rf"(?P<cue>)quy\s+(?P<q>iv|i{{1,3}}|[1-4]){_AFTER_YEAR}")),
    # A table's deadline column: "2025", "Năm 2025", "Giai đoạn 2026 - 2027" (due when it ends).
    ("year", re.compile(r"(?:trong\s+)?(?:nam\s+|giai\s+doan\s+)?(?:\d{4}\s*[-–]\s*)?(?P<y>\d{4})")),
    ("recurring", re.compile(r"(?:(?:thang|quy)\s+\w+\s+|dinh\s+ky\s+)?(?:hang|moi)\s+(?:nam|ngay|quy|thang|tuan)")),
]


class DeadlineMatch(NamedTuple):
    deadline: Deadline
    start: int
    end: int


def period_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(match: re.Match[str], reference: date | None) -> int | None:
    groups = match.groupdict()
    raw = groups.get("y") or groups.get("y2") or groups.get("yl")
    if raw:
        value = int(raw)
        return value + 2000 if value < 100 else value
    return reference.year if reference else None


def _due(kind: str, match: re.Match[str], reference: date | None) -> date | None:
    """The last day the work may be done; None when the year is unknown or the date impossible."""
    if kind in ("recurring", "relative"):
        return None
    year = _year(match, reference)
    if year is None:
        return None
    before = (match.groupdict().get("cue") or "").startswith("truoc")
    try:
        if kind == "date":
            groups = match.groupdict()
            return date(year, int(groups.get("m") or groups["ml"]), int(groups.get("d") or groups["dl"]))
        if kind == "month":
            month = int(match.group("m"))
            if before:  # "trước tháng 6/2024": done by the end of May
                return period_end(year - (month == 1), (month - 2) % 12 + 1)
            return period_end(year, month)
        if kind == "quarter":
            raw = match.group("q")
            quarter = _ROMAN.get(raw) or int(raw)
            if before:
                return period_end(year - (quarter == 1), ((quarter - 2) % 4 + 1) * 3)
            return period_end(year, quarter * 3)
        if kind == "year":
            return date(year, 12, 31)
    except ValueError:
        return None
    return None


def _folded(text: str) -> tuple[str, str]:
    """The text and its folded form, of equal length so that offsets carry over."""
    folded = fold(text)
    if len(folded) != len(text):
        text = nfc(text)
        folded = fold(text)
    return text, folded.replace("*", " ")  # bold markers from markdown-ish sources


def _surface(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", " ")).strip()


def find_deadlines(text: str, reference_date: date | None = None) -> list[DeadlineMatch]:
    """Every deadline phrase in `text`, left to right, non-overlapping (the longer phrase wins)."""
    text, folded = _folded(text)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            found.append((match.start(), match.end(), kind, match))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DeadlineMatch] = []
    last_end = -1
    for start, end, kind, match in found:
        if start < last_end:
            continue
        due = _due(kind, match, reference_date)
        if kind not in ("recurring", "relative") and due is None and _year(match, reference_date) is not None:
            continue  # "trước ngày 31/02": not a date, so not a deadline
        out.append(DeadlineMatch(Deadline(text=_surface(text[start:end]), due=due, kind=kind), start, end))  # type: ignore[arg-type]
        last_end = end
    return out


# A heading over work to be done ("3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:", "II. NHIỆM
# VỤ, GIẢI PHÁP ... TRONG NĂM 2026") and the periods it names, cue or none; on folded text. The work
# word opens the heading: "1. Dự thảo Báo cáo ... nhiệm vụ trọng tâm quý II năm 2022" names a report.
_WORK_HEADING = re.compile(
    r"^\s*(?:(?:[ivx]+|\d+(?:\.\d+)*|[a-z])[.)]+|[-+•])?\s*"  # a list marker
    r"(?:(?:ve|cac|nhung|mot\s+so)\s+){0,2}(?:nhiem\s+vu|viec\s+can\s+lam|giai\s+phap)(?![a-z])"
)
_HEADING_PERIOD = re.compile(
    rf"{_B}(?:thang\s+\d{{1,2}}|quy\s+(?:iv|i{{1,3}}|[1-4])(?![a-z0-9]))(?:\s*/\s*\d{{4}}|\s+nam\s+\d{{4}})?(?![\d/])"
    rf"|{_B}nam\s+\d{{4}}(?![\d/])"
)


def heading_period(heading: str, reference_date: date | None = None) -> Deadline | None:
    """The period a heading sets for the work under it, if any.

    Of several ("tháng 04/2024, Quý II/2024") the one ending last: the items are due within the
    quarter, not all within the month. A heading that is only a period ("Quý II/2024") sets it too.
    """
    found = [m.deadline for m in find_deadlines(heading, reference_date)]
    folded = fold(heading)
    if _WORK_HEADING.match(folded):
        found += [parse_deadline(heading[m.start() : m.end()], reference_date) for m in _HEADING_PERIOD.finditer(folded)]
    else:
        found.append(parse_deadline(heading.strip(" :"), reference_date))
    dated = [d for d in found if d and d.due]
    if dated:
        return max(dated, key=lambda d: d.due or date.min)
    return next((d for d in found if d), None)


def period_heading(heading_path: list[str], reference_date: date | None = None) -> str | None:
    """The nearest heading over a paragraph that sets a period for its work (see `heading_period`)."""
    return next((h for h in reversed(heading_path) if heading_period(h, reference_date)), None)


def parse_deadline(text: str, reference_date: date | None = None) -> Deadline | None:
    """The deadline a phrase states ("trước ngày 15/4", "Quý II/2024", "định kỳ hằng tháng"), or None."""
    found = find_deadlines(text, reference_date)
    if found:
        return found[0].deadline
    stripped, folded = _folded(text.strip())
    for kind, pattern in _BARE:
        match = pattern.fullmatch(folded.strip(" .;,"))
        if match:
            return Deadline(text=_surface(stripped), due=_due(kind, match, reference_date), kind=kind)  # type: ignore[arg-type]
    return None
