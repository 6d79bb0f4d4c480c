"""Ordinals in questions and notices: "phiên thứ tư", "lần thứ 13", "Đại hội XIV", "nhóm IV".

A notice of the fifth meeting does not answer what the fourth decided, however alike the words; the
answerer asks that a supporting notice state the ordinal a question names, in any spelling. So with
classes: the time limit for minerals of groups I to III says nothing of group IV.
"""

from __future__ import annotations

import re

from ingest.normalize import fold, nfc
from ingest.structure import roman_value

# Ordinals as notices write them ("phiên họp thứ năm", "lần thứ 13", "khóa thứ XIV"), by their number.
_ORDINAL_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# Notices are read folded, where "thứ tự" (order) would pass for "thứ tư": only questions are held to the accents.
_FOLDED_ORDINAL_WORDS = {fold(word): number for word, number in _ORDINAL_WORDS.items()}
# Accented "thứ" only: unaccented "thu tu" may be "thứ tự" (order), "thu ba" a name.
_ASKED_ORDINAL = re.compile(r"(?<!\w)(?:[Tt]hứ\s+(\w+)|[Tt]hu\s+(\d+|[IVXLC]+))(?!\w)")
_STATED_ORDINAL = re.compile(r"(?<= thu )(\w+)(?= )")
# A part numbered without "thứ" is still the nth: "Mục II Tờ trình số 207" states "phần thứ hai".
_NUMBERED_PART = re.compile(r"(?<= )(?:muc|phan|chuong) ([ivxlc]+|\d{1,2})(?= )")
# On folded text: the thing numbered and its ordinal ("phien hop thu nam", "ky hop thu 10", "lan thu xiv").
_NUMBERED = re.compile(r"\b(\w+)(?: hop| lan)* thu (\w+)\b")


def ordinal_number(word: str) -> int | None:
    """1 for "nhất", 4 for "tư", "bốn" or "4", 14 for "XIV" (folded or not); None for other words."""
    folded = fold(word)
    if folded.isdigit():
        return int(folded)
    if folded in _FOLDED_ORDINAL_WORDS:
        return _FOLDED_ORDINAL_WORDS[folded]
    return roman_value(folded)


def _asked(question: str) -> list[tuple[str, int]]:
    """The ordinals a question names, as written and by number."""
    found = []
    for match in _ASKED_ORDINAL.finditer(question):
        word = match.group(1) or match.group(2)
        if word.isdigit() or word.isupper() or nfc(word.lower()) in _ORDINAL_WORDS:
            if number := ordinal_number(word):
                found.append((word, number))
    return found


def ordinal_anchors(question: str) -> list[str]:
    """What a supporting notice must state: "thu 4" for "phiên thứ tư", "xiv" for "lần thứ XIV"."""
    # Roman numerals are also written without "thứ" ("Đại hội XIV"); `with_ordinals` spells the rest.
    return [fold(word) if word.isupper() else f"thu {number}" for word, number in _asked(question)]


def with_ordinals(text: str) -> str:
    """Folded syllables followed by every ordinal they state as "thu N", so "thứ tư" meets "thứ 4"."""
    numbers = {ordinal_number(word) for word in _STATED_ORDINAL.findall(text) + _NUMBERED_PART.findall(text)}
    return text + "".join(f"thu {n} " for n in sorted(n for n in numbers if n))


def _numbered(folded: str) -> set[tuple[str, int]]:
    return {(m.group(1), n) for m in _NUMBERED.finditer(folded) if (n := ordinal_number(m.group(2)))}


def numbers_otherwise(question: str, text: str) -> bool:
    """Does the text number what the question numbers, but never with the question's ordinal?

    "… họp phiên thứ tư hôm nào?" is not answered by "Ngày 15/11, … chủ trì Phiên họp thứ năm",
    although the notice also mentions the fourth meeting and its date matches the question's slot.
    """
    asked_numbers = {number for _, number in _asked(question)}
    asked = {(noun, n) for noun, n in _numbered(fold(question)) if n in asked_numbers}
    stated = _numbered(fold(text))
    numbered_things = {noun for noun, _ in stated}
    return any(noun in numbered_things and (noun, n) not in stated for noun, n in asked)


# A class named by a Roman numeral, on folded text: "khoang san nhom iv", "do thi loai ii", "hang iii".
_CLASS_NOUNS = ("nhom", "loai", "hang", "bac", "vung")
_ASKED_CLASS = re.compile(rf"(?<!\w)({'|'.join(_CLASS_NOUNS)})\s+([ivx]+)(?!\w)")
_STATED_CLASS = re.compile(rf"\b({'|'.join(_CLASS_NOUNS)}) ([ivx]+)\b((?:(?: ?,| va| hoac| den| -)(?: \1)? [ivx]+\b)*)")


def _stated_classes(folded: str) -> set[tuple[str, int]]:
    """The classes a text names, each of a list ("nhóm I, nhóm II và III") and a range ("hạng I đến IV")."""
    found: set[tuple[str, int]] = set()
    for match in _STATED_CLASS.finditer(folded):
        noun, numerals = match.group(1), [match.group(2), *re.findall(r"\b[ivx]+\b", match.group(3))]
        numbers = [n for n in (roman_value(numeral) for numeral in numerals) if n]
        if re.search(r" den | -", match.group(3)) and numbers:
            numbers = list(range(min(numbers), max(numbers) + 1))
        found.update((noun, n) for n in numbers)
    return found


def classes_otherwise(question: str, text: str) -> bool:
    """Does the text name classes of what the question asks about, but never the question's own?

    "… khoáng sản nhóm IV là bao nhiêu ngày?" is not answered by "khoáng sản nhóm I, nhóm II … 60 ngày;
    nhóm III … 45 ngày". The numeral must be written in capitals: "cap i" may be anything."""
    written = nfc(question)
    folded = fold(written)
    if len(folded) != len(written):
        return False
    asked = {
        (m.group(1), n)
        for m in _ASKED_CLASS.finditer(folded)
        if written[m.start(2) : m.end(2)].isupper() and (n := roman_value(m.group(2)))
    }
    if not asked:
        return False
    stated = _stated_classes(fold(text))
    named = {noun for noun, _ in stated}
    return any(noun in named and (noun, n) not in stated for noun, n in asked)


# A degree held, on folded text: "bằng sơ cấp", "trình độ đại học", "tốt nghiệp cao đẳng, trung cấp".
_DEGREE = r"(?:tien si|thac si|dai hoc|cao dang|trung cap|so cap)"
_DEGREES_HELD = re.compile(rf"\b(?:bang|trinh do|tot nghiep|van bang) ({_DEGREE}(?:(?: ?,| va| hoac| hay) {_DEGREE})*)\b")


def _degrees(folded: str) -> set[str]:
    return {degree for match in _DEGREES_HELD.finditer(folded) for degree in re.findall(_DEGREE, match.group(1))}


def degrees_otherwise(question: str, text: str) -> bool:
    """Does the text set out degrees held, but never the question's own? "… chỉ có bằng sơ cấp thì được
    hưởng phụ cấp …" is not answered by "Người tốt nghiệp cao đẳng, trung cấp được hưởng …"."""
    asked = _degrees(fold(question))
    stated = _degrees(fold(text))
    return bool(asked and stated and not asked & stated)
