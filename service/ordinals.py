"""Ordinals in questions and notices: "phiên thứ tư", "lần thứ 13", "Đại hội XIV".

A notice of the fifth meeting does not answer what the fourth decided, however alike the words; the
answerer asks that a supporting notice state the ordinal a question names, in any spelling.
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
