"""What kind of question is asked: who owns a task, by when, what an agency was assigned, or content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from index.query import asks_citing, asks_deadline, asks_identity, asks_owner
from ingest.agencies import agencies_in
from ingest.metadata import find_province
from ingest.normalize import fold, nfc
from ingest.references import reference_key

Kind = Literal["owner", "deadline", "agency_tasks", "crossref", "precedent", "content"]

_ASSIGNED = re.compile(
    r"\b(duoc giao|nhiem vu|phai lam|lam gi|viec gi|giao gi|phan cong|trach nhiem gi|chu tri (nhung )?(viec|nhiem vu)|phoi hop (nhung )?(viec|nhiem vu)|phoi hop viec gi)\b"
)

# "qua các kỳ / năm", never "qua các cửa khẩu" (through the border gates).
_OVER_TIME = r"qua cac (?:ky|nam|lan|dot|phien|thoi ky|thong bao|van ban)"
_PRECEDENT = re.compile(
    r"\b(truoc day|truoc do|da tung|tu truoc|lan truoc|ky truoc|phien hop truoc|cac phien hop|cac ky hop|"
    rf"{_OVER_TIME}|lich su|tien le|nhung lan|cac lan|cac nam truoc)\b"
)
# "QĐ 52 thay thế quyết định nào ban hành trước đó?" asks which earlier document one notice names.
_WHICH_EARLIER = re.compile(r"\bnao (?:(?:duoc )?(?:ban hanh|cong bo) )?truoc do\b")
# "… đã nhắc nhở gì về <topic>": the framing ends at the first "về" after the precedent words.
_TOPIC_START = re.compile(r"\bve\s+")
# Asking for the story in order ("qua các kỳ", "lịch sử") rather than the latest word first.
_CHRONOLOGICAL = re.compile(rf"\b({_OVER_TIME}|lich su|lan luot|tu truoc (toi|den) nay|theo thoi gian|dien bien)\b")


@dataclass(frozen=True)
class Intent:
    kind: Kind
    agencies: list[str] = field(default_factory=list)  # canonical names the question mentions
    chronological: bool = False  # precedents oldest first


# "Theo CV 5347, hạn mức … làm căn cứ miễn, giảm … do cấp nào quy định?" asks a fact of the document it
# opens on, citing words or not.
_ACCORDING_TO = re.compile(r"^\W*theo\b")


def classify(question: str) -> Intent:
    folded = fold(question)
    if asks_citing(question) and reference_key(question) and not _ACCORDING_TO.match(folded):
        return Intent("crossref")
    if _PRECEDENT.search(_WHICH_EARLIER.sub(" ", folded)):
        return Intent("precedent", chronological=bool(_CHRONOLOGICAL.search(folded)))
    agencies = agencies_in(question)
    if asks_identity(question):  # "Giám đốc Sở X, người được giao …, là ai?" asks for a person
        return Intent("content", agencies)
    owner = asks_owner(question)
    if agencies and _ASSIGNED.search(folded) and not owner:
        return Intent("agency_tasks", agencies)
    if owner:
        return Intent("owner", agencies)
    if asks_deadline(question):
        return Intent("deadline", agencies)
    return Intent("content", agencies)


def precedent_topic(question: str) -> str:
    """What a precedent question is about, without its framing: "Các phiên họp trước đã nhắc nhở gì
    về bảo đảm an toàn giao thông?" → "bảo đảm an toàn giao thông?" (words before the framing, such as a
    province, stay). The framing words are in no notice and would dilute the evidence."""
    text = nfc(question)
    folded = fold(text)
    framing = _PRECEDENT.search(folded)
    if framing is None or len(folded) != len(text):  # offsets into fold() hold for NFC text only
        return question
    topic = _TOPIC_START.search(folded, framing.end())
    end = topic.end() if topic else framing.end()
    # "trước đây Lai Châu chỉ đạo gì về …": the province named inside the framing is kept.
    parts = [text[: framing.start()].strip(" ,"), find_province(text[framing.start() : end]) or "", text[end:].strip()]
    # Commas keep the pieces apart: "Lào Cai" and "Khu kinh tế …" are two names, not one.
    return ", ".join(part for part in parts if part) or question


def precedent_topics(question: str) -> list[str]:
    """What a precedent question is about: one topic, or one per clause when it sets two notices side by
    side ("QĐ 98 Quảng Ninh thay thế hai quyết định cũ; trước đó, QĐ 100 Phú Thọ đã thay thế những quyết
    định nào …?"), since each clause names its own notice and province, which no one passage holds together."""
    clauses = [c for c in _SEMICOLON.split(question) if len(c.split()) >= MIN_ASKED_WORDS]
    return [precedent_topic(c) for c in clauses] if len(clauses) >= 2 else [precedent_topic(question)]


_SEMICOLON = re.compile(r";\s+")


_ASKED_WHO = r"(?:ai|(?:co quan|don vi|so|bo|ban|nganh|cap|ben|to chuc) nao)"
_PROPOSES = r"(?:trinh|de xuat|de nghi|tham muu|soan thao)"
# "Cơ quan nào trình UBND tỉnh ban hành quyết định …?", "QĐ 97 do sở nào đề xuất?", "Theo tờ trình của
# ai?": who proposed the notice, which its grounds name ("Theo đề nghị của Giám đốc Sở … tại Tờ trình
# số …"), not who carries it out.
_PROPOSER = re.compile(
    rf"\b{_ASKED_WHO} (?:da |la (?:nguoi|co quan|don vi) )?{_PROPOSES}\b"
    rf"|\bdo {_ASKED_WHO} {_PROPOSES}\b"
    rf"|\btheo (?:de nghi|de xuat|to trinh) cua {_ASKED_WHO}\b"
    rf"|\bto trinh (?:de nghi )?(?:la )?cua {_ASKED_WHO}\b"
)
# The proposal is of a document: "Sở nào trình UBND tỉnh kế hoạch …" may be a task the notice gives.
_ISSUING = re.compile(r"\b(?:ban hanh|quyet dinh|nghi quyet|qd|nq|thong tu|chi thi|quy che|quy dinh)\b")


def asks_proposer(question: str) -> bool:
    """Who proposed the notice: "Cơ quan nào trình UBND tỉnh ban hành quyết định … ?"."""
    folded = fold(question)
    return bool(_PROPOSER.search(folded) and _ISSUING.search(folded))


def proposal_subject(question: str) -> str:
    """The notice a proposer question describes, without the asking: "Cơ quan nào trình UBND tỉnh ban
    hành quyết định …?" → "UBND tỉnh ban hành quyết định …?". No passage holds "cơ quan nào trình"."""
    text = nfc(question)
    folded = fold(text)
    asking = _PROPOSER.search(folded)
    if asking is None or len(folded) != len(text):  # offsets into fold() hold for NFC text only
        return question
    return f"{text[: asking.start()]} {text[asking.end() :]}".strip()


# "Sau kết luận … (TB 624/TB-VPCP) giao các tỉnh rà soát quy trình, Lai Châu phê duyệt quy trình lĩnh
# vực nào?": an opening clause that sets the scene in one document before asking a fact of another.
# Not "Trước đây …", which asks for precedents itself.
_SCENE_OPENING = re.compile(r"(?:sau|truoc(?! (?:day|do|gio|nay)\b)|ngoai|cung ngay)\b(?: khi| voi)?\s*")
_CLAUSE_BREAK = re.compile(r"[,;]\s+")
MIN_ASKED_WORDS = 6  # "Nay thuộc tỉnh, thành phố nào?" is the tail of a question, not one


def scene_splits(question: str) -> list[tuple[str, str]]:
    """(scene, question asked) for each clause break after a scene-setting opening, the shortest
    question first: the scene may hold commas of its own ("Sau khi Bộ Văn hóa, Thể thao và Du lịch …").

    The scene must name a document or an agency ("Sau KL 212 …", "Sau khi Văn phòng Chính phủ yêu cầu
    …"): "Sau khi sáp nhập, trụ sở đặt ở đâu?" sets no scene another notice could stand for. It is
    returned without its opening words, which relate it to the question: the rest describes the other
    document ("Trước TB 39305 về …" asks of earlier notices, "TB 39305 về …" of that one).
    """
    text = nfc(question).strip()
    folded = fold(text)
    opening = _SCENE_OPENING.match(folded)
    if not opening or len(folded) != len(text):  # offsets into fold() hold for NFC text only
        return []
    splits = []
    for brk in _CLAUSE_BREAK.finditer(text, opening.end()):
        scene, asked = text[opening.end() : brk.start()], text[brk.end() :]
        if len(asked.split()) >= MIN_ASKED_WORDS and (reference_key(scene) or agencies_in(scene)):
            splits.append((scene, asked[:1].upper() + asked[1:]))
    return splits[::-1]
