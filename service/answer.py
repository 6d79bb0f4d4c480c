"""Extractive question answering: retrieve, check the evidence, quote it with citations — or abstain."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexical import syllables
from ingest.normalize import fold
from index.library import NoticeLibrary
from index.search import RankedParagraph
from ingest.domain import Answer, SearchFilters, SearchHit

NOT_FOUND = (
    "Không tìm thấy nội dung nào trong các thông báo đã lưu đủ để trả lời câu hỏi này. "
    "(No stored notice supports an answer to this question.)"
)

# Interrogatives and filler of a question; they say nothing about which paragraph answers it.
QUESTION_WORDS = frozenset(
    """ai gi nao dau bao gio sao khong chua co la the nhu may hoi cho biet toi hay nhung cac viec
    van de ve cua duoc da se dang thi va voi noi dung gom nhu the nao khi""".split()
)

# Capitalised words that open administrative phrases ("Sở Nội vụ", "Tỉnh Cà Mau"), not names.
GENERIC_CAPITALISED = frozenset(
    """so ban uy uybnd ubnd hdnd tinh thanh pho huyen xa thi tran thong bao nghi quyet dinh ke hoach
    chuong trinh luat chi thi cong van van ban bao cao to trinh hoi dong cuc tong cong ty trung tam
    van phong chinh phu thu tuong bo nha nuoc viet nam quoc gia phien hop ky hop ai co quan nao
    trong tai theo sau truoc khi cac nhung hien nay nam thang ngay quy dot tu den""".split()
)
_SYMBOL = re.compile(r"\d[\d.]*[-/].*[A-Za-zĐđ]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PUNCTUATION = ".,;:!?()[]\"'“”‘’–—…"

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ(\-+])|(?<=:)\s+(?=\()")


@dataclass(frozen=True)
class Thresholds:
    """Evidence needed before we answer. Calibrated in bench/bench_retrieval.py on unanswerable questions."""

    min_coverage: float = 0.3  # share of the question's content-word IDF mass found in the paragraph
    min_dense: float = 0.87  # cosine similarity (E5) of question and paragraph
    strong_coverage: float = 0.65  # enough on its own, whatever the dense score


def content_query(question: str) -> str:
    """The question without interrogatives, for judging evidence (not for retrieval)."""
    words = [s for s in syllables(question) if s not in QUESTION_WORDS]
    return " ".join(words)


def anchors(question: str) -> list[str]:
    """Names, years and document numbers a supporting notice must mention (as folded syllables).

    A question about "Long Thành", "năm 2019" or "57-NQ/TW" cannot be answered by a notice that
    never says so, however similar its wording: this is what lets us abstain on plausible questions.
    """
    found: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        while run and fold(run[0]) in GENERIC_CAPITALISED:
            run.pop(0)
        if len(run) >= 2:
            found.append(" ".join(syllables(" ".join(run))))
        run.clear()

    for position, raw in enumerate(question.split()):
        word = raw.strip(_PUNCTUATION)
        # Names are runs of capitalised words; all-caps abbreviations (KCN, UBND) may be spelled out.
        if position > 0 and word[:1].isupper() and word.isalpha() and not word.isupper():
            if raw[:1] in _PUNCTUATION:
                close_run()
            run.append(word)
            if raw[-1:] in _PUNCTUATION:
                close_run()
            continue
        close_run()
        if _SYMBOL.match(word):
            found.append(" ".join(syllables(word)))  # a document symbol: 57-NQ/TW
        else:
            found += _YEAR.findall(word)
    close_run()
    return found


class Answerer:
    def __init__(self, library: NoticeLibrary, thresholds: Thresholds | None = None) -> None:
        self.library = library
        self.thresholds = thresholds or Thresholds()
        self._notice_texts: dict[str, str] = {}  # folded syllables of each notice, by notice id

    def supported(self, question: str, best: RankedParagraph) -> bool:
        t = self.thresholds
        if not self._mentions_anchors(question, best.paragraph_id):
            return False
        coverage = self._coverage(question, best.paragraph_id)
        return coverage >= t.strong_coverage or (coverage >= t.min_coverage and best.dense >= t.min_dense)

    def _mentions_anchors(self, question: str, paragraph_id: str) -> bool:
        wanted = anchors(question)
        if not wanted:
            return True
        engine = self.library.search_engine
        notice_id = engine.paragraphs[paragraph_id].notice_id
        text = self._notice_texts.get(notice_id)
        if text is None:
            parts = [p.paragraph.context_text() for p in engine.paragraphs.values() if p.notice_id == notice_id]
            stored = engine.paragraphs[paragraph_id]
            parts += [stored.notice_title, stored.province or "", stored.issuer or ""]
            text = " " + " ".join(syllables(" ".join(parts))) + " "
            self._notice_texts[notice_id] = text
        return all(f" {anchor} " in text for anchor in wanted)

    def _coverage(self, question: str, paragraph_id: str) -> float:
        engine = self.library.search_engine
        stored = engine.paragraphs[paragraph_id]
        return engine.lexical.coverage(content_query(question), stored.paragraph.context_text())

    def ask(self, question: str, filters: SearchFilters | None = None) -> Answer:
        question = question.strip()
        engine = self.library.search_engine
        ranked = engine.rank(question, k=5, filters=filters)
        if not ranked or not self.supported(question, ranked[0]):
            return Answer(question=question, found=False, answer=NOT_FOUND)
        top = ranked[0]
        cited = [top] + [
            r for r in ranked[1:3] if r.score >= 0.8 * top.score and self.supported(question, r)
        ]
        citations = [engine.hit(r.paragraph_id, r.score, question) for r in cited]
        return Answer(
            question=question,
            found=True,
            answer=compose(question, citations[0]),
            citations=citations,
        )


def compose(question: str, hit: SearchHit) -> str:
    """The sentences of the best paragraph that carry the question's words, and where they come from."""
    sentences = [s.strip() for s in _SENTENCE_END.split(hit.text) if s.strip()]
    wanted = set(content_query(question).split())
    if len(sentences) > 2 and wanted:
        scored = sorted(
            range(len(sentences)),
            key=lambda i: len(wanted & set(syllables(sentences[i]))),
            reverse=True,
        )
        keep = sorted(scored[:2])
        excerpt = " … ".join(sentences[i] for i in keep)
    else:
        excerpt = hit.text
    return f"{excerpt} [{source_label(hit)}]"


def source_label(hit: SearchHit) -> str:
    parts = [hit.notice_title or hit.source]
    if hit.issued_on:
        parts.append(hit.issued_on.strftime("%d/%m/%Y"))
    if hit.page:
        parts.append(f"trang {hit.page}")
    return ", ".join(parts)
