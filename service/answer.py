"""Extractive question answering: retrieve, check the evidence, quote it with citations — or abstain."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from index.lexical import syllables
from index.library import NoticeLibrary
from index.query import (
    asks_obligation,
    asks_what_is_cited,
    content_query,
    evidence_query,
    is_word,
    plain_words_said,
    spelled_out,
    typed_out,
    unknown_words,
)
from index.search import RankedParagraph
from ingest.agencies import agencies_in
from ingest.deadlines import find_deadlines, period_heading
from ingest.domain import INDEX_TITLE, TABLE_CELL, Answer, CitedByNotice, DeadlineAnswer, NoticeMeta, Owner, Paragraph, SearchFilters, SearchHit, Task, TaskFilters
from ingest.metadata import find_province, with_canonical_provinces, without_province
from ingest.normalize import fold
from ingest.references import named_document
from service.intents import Intent, asks_proposer, classify, precedent_topics, proposal_subject, scene_splits
from service.ordinals import classes_otherwise, degrees_otherwise, numbers_otherwise, ordinal_anchors, with_ordinals
from service.slots import SLOT_NAMES, Slot, asked_slot, states

NOT_FOUND = (
    "Không tìm thấy nội dung nào trong các thông báo đã lưu đủ để trả lời câu hỏi này. "
    "(No stored notice supports an answer to this question.)"
)

MAX_LISTED = 20  # tasks listed for "what was Sở X assigned?"
PRECEDENT_RELATIVE_SCORE = 0.7
DEADLINE_BONUS = 0.2

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
# A law by its name, whose second syllable is lower-case ("Luật Xuất bản", "Bộ luật Lao động"), so
# no run of capitalised words: its first two words after "Luật".
_NAMED_LAW = re.compile(r"(?<!\w)[Ll]uật\s+(\w+)\s+(\w+)")

# "Quyết định này có hiệu lực …": a paragraph about its own notice.
_SELF_REFERENCE = re.compile(
    r"(?<!\w)(?:quyết định|thông báo|công văn|nghị quyết|kết luận|chỉ thị|kế hoạch|công điện) này(?!\w)"
    # The preamble's proposal is the notice's own: "Xét đề nghị của Bộ trưởng Bộ Công an tại …".
    r"|^(?:Xét|Theo) đề nghị của\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ(\-+])|(?<=:)\s+(?=\()")


@dataclass(frozen=True)
class Thresholds:
    """Evidence needed before we answer. Calibrated in bench/bench_retrieval.py on unanswerable questions."""

    min_coverage: float = 0.3  # share of the question's content-word IDF mass found in the paragraph
    # Cosine similarity (E5) of question and paragraph or its closest sentence: 0.87 when only whole
    # paragraphs were compared; sentences raise every similarity a little.
    min_dense: float = 0.873
    strong_coverage: float = 0.78  # enough on its own, whatever the dense score
    # Lexical and dense ranking put the same paragraph first, this far (fused score) ahead of the
    # next: the question singles out one passage, so its wording may stray from the notice's.
    clear_margin: float = 0.2
    clear_coverage: float = 0.4  # what such a passage must still carry of the question, dense aside
    # Only the lexical ranker puts it first, as far ahead: it must carry more of the question.
    lexically_clear_coverage: float = 0.6
    # A refusal shows the closest paragraph when it carries this much of the question: the right one
    # for 23 of the 32 refused questions whose paragraph ranked first; 62 of the 118 unanswerable
    # questions (mostly near misses, on a matter the notices do cover) show one too.
    nearest_coverage: float = 0.5
    # A table row's headers (the appendix's title, the header row) repeat the question's frame: "Lịch
    # phổ biến thông tin thống kê … công bố số lượng công chức vào tháng nào?" is met by every row of
    # the calendar. The row itself must hold this much of what the headers leave of the question. Over
    # the 39 sets: 2 more unanswerable questions refused, 12 fewer answered, of which 9 had cited a
    # paragraph without the labelled evidence (3 had cited it).
    row_coverage: float = 0.25


# Words of "what was X assigned (about Y)?" that say nothing about Y.
_ASSIGNMENT_WORDS = frozenset(
    """giao nhiem vu phai lam viec phan cong trach chu tri phoi hop tinh thanh pho huyen xa so ban nganh
    uy nhan dan ubnd cap tham muu thuc hien trien khai""".split()
)
TOPIC_COVERAGE = 0.5  # share of the topic's IDF mass a listed task must contain
_VALUES_NOT_LISTED = frozenset({Slot.FREQUENCY, Slot.DURATION, Slot.MONEY, Slot.PERCENT})


def assignment_topic(question: str, agencies: list[str]) -> str:
    """What an agency-tasks question is about, beyond the agency and the asking ("" when nothing)."""
    named = {s for name in agencies for s in syllables(name)}
    province = find_province(question)
    named |= set(syllables(province)) if province else set()
    words = [
        s
        for s in syllables(content_query(question))
        if s not in named and s not in _ASSIGNMENT_WORDS and is_word(s)
    ]
    return " ".join(words)


# A decision's grounds name who proposed it: "Theo đề nghị của Giám đốc Sở … tại Tờ trình số …",
# "Xét Tờ trình số 444/TTr-UBND … của Ủy ban nhân dân Thành phố về việc đề nghị ban hành …".
_PROPOSAL_GROUND = re.compile(r"^(?:Theo|Xét|Trên cơ sở)\s+(?:đề nghị|đề xuất|[Tt]ờ trình)\b")
_REVIEWS = ("tham dinh", "tham tra")  # folded: the appraisal or examination of a draft
# A passage telling someone to submit: "trình", not "quy trình", "chương trình", "tờ trình", "trình độ".
_SUBMITTING = re.compile(
    r"(?<!quy )(?<!chương )(?<!công )(?<!lộ )(?<!hành )(?<!tờ )(?<!\w)(?:trình|tham mưu|đề xuất)(?!\w)(?! tự| độ| bày| diễn)",
    re.IGNORECASE,
)

# On folded text: a question asking a due date in so many words.
_BY_WHEN = re.compile(r"\btruoc (?:ngay|thoi diem|thoi han) nao\b")


def slot_text(paragraph: Paragraph, slot: Slot | None) -> str:
    """Where a paragraph may state the value asked: a period for the work under a heading
    ("I. NHỮNG VIỆC CẦN LÀM NGAY TRONG THÁNG 12/2025") is its items' time too. A year asked is
    not: "Nhiệm vụ … tháng 04/2024" above a list naming Cảng hàng không Sa Pa does not say in
    which year its first flight lands. An article is stated by the line that introduces a quotation
    ("Tại khoản 25 Điều 3 Luật Quản lý thuế … quy định:" over "“25. Nguyên tắc bản chất …”"); a
    procedure table's row by its cells read with their columns' titles ("Địa điểm thực hiện: …")."""
    if slot is Slot.TIME:
        return paragraph.context_text()
    if slot in (Slot.MONEY, Slot.PERCENT):
        return with_column_units(paragraph)
    if slot is Slot.FILING_OFFICE:
        return read_row(paragraph) or paragraph.text
    introduced = paragraph.heading_path[-1] if paragraph.heading_path else ""
    if slot is Slot.ARTICLE and introduced.rstrip().endswith(":"):
        return f"{introduced}\n{paragraph.text}"
    return paragraph.text


# A unit a table's header gives its column: "Mức hỗ trợ (đồng)", "Mức chi (đồng/người/ngày)", "Tỷ lệ (%)".
_COLUMN_UNIT = re.compile(r"\(([^()]*(?:đồng|VNĐ|USD|%)[^()]*)\)\s*$", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"\d[\d.,]*")


def with_column_units(paragraph: Paragraph) -> str:
    """A table row with its header's units after its bare figures: "Các phường: Cẩm Phả, … | 350.000.000"
    under "Khu vực hành chính | Mức hỗ trợ (đồng)" states a sum of money, "350.000.000 đồng". A unit
    the line over the table gives ("Đơn vị: Đồng/học sinh/tháng") is every column's but the first,
    which numbers the rows."""
    header = (paragraph.table_header() or "").split(TABLE_CELL)
    cells = paragraph.text.split(TABLE_CELL)
    if len(header) < 2 or len(header) != len(cells):
        return paragraph.text
    table_unit = paragraph.table_unit()
    units = [unit.group(1) if (unit := _COLUMN_UNIT.search(head)) else table_unit if k else None for k, head in enumerate(header)]
    return TABLE_CELL.join(
        f"{cell} {unit}" if unit and _BARE_FIGURE.fullmatch(cell.strip()) else cell for unit, cell in zip(units, cells)
    )


def anchors(question: str) -> list[str]:
    """Names, years and document numbers a supporting notice must mention (as folded syllables).

    A question about "Long Thành", "năm 2019" or "57-NQ/TW" cannot be answered by a notice that
    never says so, however similar its wording: this is what lets us abstain on plausible questions.
    """
    found: list[str] = ordinal_anchors(question)
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
    for law in _NAMED_LAW.finditer(question):
        if law.group(1)[:1].isupper() and law.group(1).isalpha() and law.group(2).isalpha():
            found.append(" ".join(syllables(law.group(0))))
    return found


# On folded text: a count of people, places or land with what it counts ("dưới 6 tuổi", "500 giường").
# Only such units: a number before another word is mostly a document's ("Công điện 229 yêu cầu").
_QUANTITY = re.compile(r"(?<![\w/.,:-])(?!(?:19|20)\d\d\b)(\d+)\s+(tuoi|giuong|nguoi|ho|ha|km|tan|mw|kw|can|hoc|xa|thon)\b")
_NUMBER_NAMES = dict(enumerate("khong mot hai ba bon nam sau bay tam chin muoi".split()))


def quantities(question: str) -> list[re.Pattern[str]]:
    """Counts a supporting notice must state (on its folded syllables): "trẻ em dưới 6 tuổi" is not
    answered by a notice on children's health insurance that never says "6 tuổi" ("06", "sáu")."""
    found = []
    # The number that names a notice counts nothing: "QĐ 38 Cần Thơ …" folds to "qd 38 can tho". Cut
    # out, it leaves a break, or "Điều 5 QĐ 38/2025 Cần Thơ" would join "5" and "Cần".
    named = named_document(question)
    if named is not None:
        question = f"{question[: named[1]]} ; {question[named[2] :]}"
    for match in _QUANTITY.finditer(fold(question)):
        number, unit = int(match.group(1)), match.group(2)
        spelled = f"|{_NUMBER_NAMES[number]}" if number in _NUMBER_NAMES else ""
        found.append(re.compile(rf" (?:0*{number}{spelled}) {unit} "))
    return found


_CODE = re.compile(r"(?<![\w.])\d+(?:\.\d+)+(?![\w.])")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def codes(question: str) -> list[str]:
    """Codes a supporting notice must carry (as its folded syllables): a customs heading "9504.40.00",
    a procedure's "1.014111". Not a figure written in thousands ("1.500.000")."""
    return [
        " ".join(syllables(code))
        for code in _CODE.findall(question)
        if not _THOUSANDS.fullmatch(code) and (code.count(".") >= 2 or max(len(part) for part in code.split(".")[1:]) >= 4)
    ]


NEGATED_RUN = 4  # syllables of the question the passage must deny, word for word


def denies(question: str, text: str) -> bool:
    """The passage says the question's words do not hold: "điểm cung cấp dịch vụ trò chơi điện tử … mở
    cửa từ mấy giờ?" is not answered by the hours of points that "không cung cấp dịch vụ trò chơi điện
    tử". A question with "không" of its own ("… có được … không?") may ask just that, so is left alone."""
    asked = syllables(question)
    if "khong" in asked:
        return False
    said = syllables(text)
    runs = {tuple(asked[k : k + NEGATED_RUN]) for k in range(len(asked) - NEGATED_RUN + 1)}
    matched = [k for k in range(len(said) - NEGATED_RUN + 1) if tuple(said[k : k + NEGATED_RUN]) in runs]
    # Each run of the question's words the passage negates, as far as it goes on matching.
    denied: set[int] = set()
    for k in matched:
        if k and said[k - 1] == "khong":
            end = k
            while end + 1 < len(said) and tuple(said[end + 1 : end + 1 + NEGATED_RUN]) in runs:
                end += 1
            denied.update(range(k, end + 1))
    return bool(denied) and all(k in denied for k in matched)


def same_agency(a: str, b: str) -> bool:
    """Canonical names of one body, one perhaps followed by its place: "Sở Xây dựng Lạng Sơn", "Sở Xây dựng"."""
    return a.startswith(b) or b.startswith(a)


def mentions(text: str, anchor: str) -> bool:
    """Does the text (space-padded folded syllables) name the anchor, whole or as consecutive names?

    A run of capitalised words may join two names: "Sở Công Thương Lào Cai" is "Công Thương" and
    "Lào Cai", which a notice never writes side by side. Pieces are two syllables or more, so "Sông
    Hồng" is not found in a text that has "sông" and "Hồng" apart; only the first may be one, as the
    run can start inside a name whose head word `anchors` dropped as generic ("[Công] Thương").
    """
    words = anchor.split()
    found = [True] + [False] * len(words)  # found[i]: words[:i] splits into pieces the text names
    for end in range(1, len(words) + 1):
        found[end] = any(
            found[start] and (end - start > 1 or start == 0) and f" {' '.join(words[start:end])} " in text
            for start in range(end)
        )
    return (len(words) > 1 and found[-1]) or f" {anchor} " in text


class Answerer:
    def __init__(self, library: NoticeLibrary, thresholds: Thresholds | None = None) -> None:
        self.library = library
        self.thresholds = thresholds or Thresholds()
        self._notice_texts: dict[str, str] = {}  # folded syllables of each notice, by notice id
        self._metas: dict[str, NoticeMeta | None] = {}  # each notice's header facts, by notice id

    def supported(self, question: str, best: RankedParagraph, ahead: bool = False) -> bool:
        """Does the paragraph carry enough of the question? `ahead`: it stands out (`well_ahead`)."""
        t = self.thresholds
        # A heading lifted for a period question stands on its child's evidence (HybridSearch).
        evidence = best.lifted_by or best.paragraph_id
        if not self._mentions_anchors(question, evidence):
            return False
        paragraph = self.library.search_engine.paragraphs[evidence].paragraph
        if (
            numbers_otherwise(question, paragraph.context_text())
            or classes_otherwise(question, paragraph.text)
            or degrees_otherwise(question, paragraph.text)
        ):
            return False
        if not self._row_carries(question, evidence):
            return False
        if denies(question, paragraph.text):
            return False
        coverage = self._coverage(question, evidence)
        return (
            coverage >= t.strong_coverage
            or (coverage >= t.min_coverage and best.dense >= t.min_dense)
            or (ahead and best.first_in_both and coverage >= t.clear_coverage)
            or (ahead and best.first_lexical and coverage >= t.lexically_clear_coverage)
        )

    def _row_carries(self, question: str, paragraph_id: str) -> bool:
        """A table row holds enough of the question beyond what its headers say (`row_coverage`).

        Only a row right under its header row: asking it also of rows under a group title ("CẤP TỈNH")
        refused 4 more answerable questions over the development set and held-out 1-37 (three
        paraphrases of a procedure table's rows) and no unanswerable one.
        """
        paragraph = self.library.search_engine.paragraphs[paragraph_id].paragraph
        if paragraph.is_heading or not paragraph.heading_path or TABLE_CELL not in paragraph.heading_path[-1]:
            return True
        # A numbered parent row is the row's own ("9 | Trường Tiểu học đô thị Sài Đồng" over "9 1 | Khối 1
        # | 5.500.000"), no header.
        parents = paragraph.parent_rows()
        framed = set(syllables(" ".join(h for h in paragraph.heading_path if h not in parents)))
        rest = " ".join(word for word in syllables(evidence_query(question)) if word not in framed)
        lexical = self.library.search_engine.lexical
        return not rest or lexical.coverage(rest, "\n".join([*parents, paragraph.text])) >= self.thresholds.row_coverage

    def well_ahead(self, ranked: list[RankedParagraph]) -> bool:
        """The best paragraph's fused score is well ahead of the runner-up's.

        Staff's own words ("thuốc men", "giữ gìn", "nới ranh giới") are often missing from the notices
        and pull E5 similarity down; when the rest of the question still points the rankers at one
        passage, that passage is what was asked about. Questions on topics no notice covers ("sân
        golf") leave the rankers split or the scores bunched. With both rankers agreeing, 0.4 of the
        question's words suffice; with the lexical ranker alone, 0.6 (measured over the five question
        sets: 3 more of 407 answerable questions answered, none of the 75 unanswerable).
        """
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        return ranked[0].score - runner_up >= self.thresholds.clear_margin

    def singled_out(self, ranked: list[RankedParagraph]) -> bool:
        """Both rankers agree on the best paragraph, and it is well ahead of the runner-up."""
        return ranked[0].first_in_both and self.well_ahead(ranked)

    def _mentions_anchors(self, question: str, paragraph_id: str) -> bool:
        engine = self.library.search_engine
        wanted = anchors(question)
        # Another province's notice answers a question about this province only if it names it:
        # "Hà Nội giải ngân vốn thế nào?" is not answered by Lai Châu's figures. The province is the
        # one the ranker read (its plan is remembered), not found again for every paragraph judged.
        province = engine.understand(question).province
        if province and engine.paragraphs[paragraph_id].province not in (None, province):
            wanted.append(" ".join(syllables(province)))
        counts = quantities(question)
        numbered = codes(question)
        if not wanted and not counts and not numbered:
            return True
        notice_id = engine.paragraphs[paragraph_id].notice_id
        text = self._notice_texts.get(notice_id)
        if text is None:
            parts = [p.paragraph.context_text() for p in engine.notice_paragraphs(notice_id)]
            stored = engine.paragraphs[paragraph_id]
            # A notice's own number is in its header, which is no paragraph: "Theo Quyết định
            # 2319/QĐ-TTg, …" is answered by that decision's articles.
            meta = self._meta(notice_id)
            number = meta.number if meta else None
            parts += [stored.notice_title, stored.province or "", stored.issuer or "", number or ""]
            # With its abbreviations written out too: "Luật Thuế TNCN" is named by "Luật Thuế thu nhập cá nhân".
            said = " ".join(syllables(" ".join(parts)))
            text = with_ordinals(f" {said} {spelled_out(said)} ")
            self._notice_texts[notice_id] = text
        return (
            all(mentions(text, anchor) or mentions(text, spelled_out(anchor)) for anchor in wanted)
            and all(count.search(text) for count in counts)
            and all(f" {code} " in text for code in numbered)
        )

    def _coverage(self, question: str, paragraph_id: str) -> float:
        engine = self.library.search_engine
        stored = engine.paragraphs[paragraph_id]
        # The province is a fact of the whole notice: "… ở Lai Châu?" is supported by a Lai Châu
        # notice's paragraph even though the paragraph itself never repeats the name.
        context = stored.paragraph.context_text()
        said = " ".join(plain_words_said(question, context))
        # So are its number and who chaired its meeting, which "Theo Thông báo 659/TB-VPCP, …" or "Phó Thủ
        # tướng Nguyễn Hòa Bình kết luận …" names and the paragraphs seldom repeat (measured over the
        # development set and held-out 1-14: 4 more answers, no refusal lost).
        meta = self._meta(stored.notice_id)
        named = f"{meta.number or ''} {meta.presiding or ''}" if meta else ""
        # A question naming the notice by its number may describe it by its title ("QĐ 2638 bãi bỏ QĐ
        # 636 của Quảng Nam có hiệu lực từ ngày nào?"), which "Quyết định này có hiệu lực …" never
        # repeats; so may one asking what the notice says of itself ("Quyết định thành lập Ban Chỉ đạo
        # … có hiệu lực từ khi nào?").
        if stored.notice_id in engine.named_notice_ids(question) or _SELF_REFERENCE.search(stored.paragraph.text):
            named += f"\n{stored.notice_title}"
        text = f"{stored.province or ''}\n{named}\n{context}\n{said}"
        # "xứ Lạng" is covered as "Lạng Sơn" is: by the notice's province.
        # A word typed with its marks counts only where the passage spells it so: "quyết toán" is not
        # the "toàn" of "toàn bộ". Over the 30 sets, 8 fewer answers citing a passage outside the top
        # 10, 2 fewer citing the right one, none more; no unanswerable question changes.
        asked = with_canonical_provinces(question)
        return engine.lexical.coverage(evidence_query(asked), text, typed=asked)

    def _meta(self, notice_id: str) -> NoticeMeta | None:
        """The notice's header facts (number, chair), which its paragraphs do not carry: read once per notice."""
        if notice_id not in self._metas:
            notice = self.library.store.get_notice(notice_id, with_paragraphs=False)
            self._metas[notice_id] = notice.meta if notice else None
        return self._metas[notice_id]

    def ask(self, question: str, filters: SearchFilters | None = None) -> Answer:
        question = question.strip()
        typed = typed_out(question)
        answer = self._answer(typed, filters)
        if not answer.found:
            answer = self._after_scene(typed, filters) or answer
        answer.question = question
        answer.restored = self.library.search_engine.understand(question).restored
        return answer

    def _answer(self, question: str, filters: SearchFilters | None) -> Answer:
        intent = classify(question)
        engine = self.library.search_engine
        if intent.kind == "crossref":
            answer = self._crossref(question)
            # "CV 39992 đề nghị căn cứ những điều nào của Luật Hải quan …?": nothing cites a letter we
            # hold, and the question asks what the letter itself says.
            if answer.found or not engine.names_held_notice(question):
                return answer
            intent = Intent("content", intent.agencies)
        engine.refresh()
        unknown = unknown_words(question, engine.lexical.knows)
        if unknown and intent.kind in ("agency_tasks", "precedent"):
            return unknown_refusal(question, intent.kind, unknown)
        if intent.kind == "agency_tasks":
            answer = self._agency_tasks(question, intent.agencies, filters)
            if answer is not None:
                return answer
        if intent.kind == "precedent":
            return self._precedents(question, intent.chronological, filters)
        # "Theo Công văn 11298, hạn chót … là ngày nào?" is answered by that letter, or a passage
        # citing it, never by another notice's deadline for similar work.
        ranked = self._ranked(question, filters)
        # A word no notice uses ("sân golf") means another topic, unless the rest of the question
        # singles out one passage: then it is the asker's own word for what the notice says.
        if unknown and not (ranked and self.singled_out(ranked)):
            return unknown_refusal(question, intent.kind, unknown)
        proposed = self._proposed_notice(question, ranked) if ranked and asks_proposer(question) else None
        if proposed is not None:
            proposal = self._proposal(question, ranked, proposed)
            if proposal is not None:
                return proposal
        if not ranked or not self.supported(question, ranked[0], self.well_ahead(ranked)):
            return self._unsupported(question, intent.kind, ranked)
        top = ranked[0]
        # Lower paragraphs are cited, or lend their task, only if they carry the question too:
        # "xây dựng bệnh viện 500 giường" is not answered by Sở Y tế's khám chữa bệnh task.
        backed = [top] + [r for r in ranked[1:] if self.supported(question, r)]
        cited = [top] + [r for r in backed[1:] if r in ranked[1:3] and r.score >= 0.8 * top.score]
        # "gui truoc may gio" asks a clock time as "gửi trước mấy giờ" does: "may" is also "máy".
        slot = asked_slot(engine.understand(question).restored or question, intent.kind)
        if intent.kind in ("owner", "deadline"):
            task = self._best_task(question, backed, prefer_deadline=intent.kind == "deadline")
            if task is not None:
                stored = engine.paragraphs.get(task.paragraph_id)
                stated = f"{task.deadline.text if task.deadline else ''}\n{slot_text(stored.paragraph, slot) if stored else ''}"
                by_task = {Slot.TIME: task.deadline is not None, Slot.OWNER: bool(task.lead or task.support)}
                if not slot or by_task.get(slot) or states(slot, stated, question):
                    doer = self._doer_not_given(question, task) if intent.kind == "deadline" else None
                    if doer:
                        return self._nearest_lacks(question, intent.kind, task.paragraph_id, f"không giao việc này cho {doer}")
                    return self._task_answer(question, intent.kind, task, cited)
                # A task that does not state what is asked leaves it to the best paragraph, if that
                # does: "… đi kiểm tra … vào ngày nào?" is answered by the opening's date. Not a
                # deadline ("Hạn chót hoàn thành … là ngày nào?"): the date of a visit is none.
                top_states = states(slot, slot_text(engine.paragraphs[top.paragraph_id].paragraph, slot), question)
                if asks_obligation(question) or not top_states:
                    return self._slot_missing(question, intent.kind, slot, task.paragraph_id)
        if slot:
            stating = [r for r in cited if states(slot, slot_text(engine.paragraphs[r.paragraph_id].paragraph, slot), question)]
            # "… báo cáo trước ngày nào?" asks a due date: the dates of the letters a passage cites are none.
            if slot in (Slot.DAY, Slot.TIME) and _BY_WHEN.search(fold(question)):
                stating = [r for r in stating if find_deadlines(slot_text(engine.paragraphs[r.paragraph_id].paragraph, Slot.TIME))]
            if not stating:
                return self._slot_missing(question, intent.kind, slot, top.paragraph_id)
            # The answer is read from the first citation: lead with one that states the value asked.
            cited = stating[:1] + [r for r in cited if r is not stating[0]]
        # A header row repeated over each part of a table ("STT | Tên TTHC | …") is cited once.
        first_with_text: dict[str, RankedParagraph] = {}
        for r in cited:
            first_with_text.setdefault(engine.paragraphs[r.paragraph_id].paragraph.text, r)
        cited = list(first_with_text.values())
        citations = [engine.hit(r.paragraph_id, r.score, question) for r in cited]
        return Answer(question=question, found=True, answer=compose(question, citations[0]), citations=citations)

    def _proposed_notice(self, question: str, ranked: list[RankedParagraph]) -> str | None:
        """The notice a proposer question asks about: the one it names by number, whatever passage ranks
        first ("QĐ 2666 … được ban hành theo đề nghị của ai?" is not described by its grounds' words),
        else the best paragraph's, when that paragraph carries the question's description of it."""
        engine = self.library.search_engine
        named = engine.named_notice_ids(question)
        if len(named) == 1:
            return next(iter(named))
        if self.supported(proposal_subject(question), ranked[0], self.well_ahead(ranked)):
            return engine.paragraphs[ranked[0].paragraph_id].notice_id
        return None

    def _proposal(self, question: str, ranked: list[RankedParagraph], notice_id: str) -> Answer | None:
        """Who proposed the notice, as its grounds say ("Theo đề nghị của Giám đốc Sở … tại Tờ trình số
        …"); its executors ("Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành") are no answer.
        None when the grounds name no one, or when a leading passage tells someone to submit ("Ủy ban
        nhân dân cấp tỉnh trình Hội đồng nhân dân cấp tỉnh quy định …"): then "Ai trình …?" asks who
        that is, and the question is read as any other."""
        engine = self.library.search_engine
        leading = [engine.paragraphs[r.paragraph_id].paragraph.text for r in ranked[:3]]
        if any(_SUBMITTING.search(text) and not _PROPOSAL_GROUND.match(text) for text in leading):
            return None
        top = ranked[0]
        grounds = [
            stored.paragraph
            for stored in engine.notice_paragraphs(notice_id)
            if _PROPOSAL_GROUND.match(stored.paragraph.text)
        ]
        if not grounds:
            return None
        ground = min(grounds, key=lambda paragraph: paragraph.ordinal)
        hit = engine.hit(ground.paragraph_id, top.score, question)
        # "Cơ quan nào đề nghị và cơ quan nào thẩm định …?": the appraisal is the ground's next clause.
        clauses = [clause.strip(" .,") for clause in ground.text.split(";") if clause.strip(" .,")]
        asked = fold(question)
        reviews = [c for c in clauses[1:] if any(w in asked and w in fold(c) for w in _REVIEWS)]
        proposal = "; ".join([clauses[0], *reviews])
        return Answer(question=question, found=True, answer=f"{proposal} [{source_label(hit)}]", citations=[hit])

    def _ranked(self, question: str, filters: SearchFilters | None) -> list[RankedParagraph]:
        """The five best paragraphs, of the notice the question names by number if it names one."""
        engine = self.library.search_engine
        on_named_notice = engine.on_named_notice(question)
        candidates = engine.rank(question, k=10, filters=filters)
        return [r for r in candidates if on_named_notice(r.lifted_by or r.paragraph_id)][:5]

    def _after_scene(self, question: str, filters: SearchFilters | None) -> Answer | None:
        """A question that opens on one document ("Sau KL 212 về tiêu chuẩn đơn vị hành chính, …") and
        asks a fact of another: answered when both halves are, the scene's paragraph cited last. The
        whole question fails the checks on either notice alone (the other's names are not in it).
        "Trước TB 39305/TB-CHQ …, …" asks of notices issued before that one."""
        engine = self.library.search_engine
        asked_filters = filters
        expected: set[str] | None = None
        before = engine.asked_before(question)
        if before is not None:
            asked_filters = (filters or SearchFilters()).model_copy()
            asked_filters.date_to = min(asked_filters.date_to or before, before - timedelta(days=1))
            # The question asked alone is vaguer ("… báo cáo tương tự cho dự án luật nào?"): its answer
            # must be among the earlier passages the whole question ranks best.
            expected = {pid for r in self._ranked(question, filters) for pid in (r.paragraph_id, r.lifted_by) if pid}
        for scene, asked in scene_splits(question):
            answer = self._answer(asked, asked_filters)
            if not answer.found or (expected is not None and answer.citations[0].paragraph_id not in expected):
                continue
            ranked = self._ranked(scene, filters)
            if not ranked or not self.supported(scene, ranked[0], self.well_ahead(ranked)):
                continue
            setting = engine.hit(ranked[0].paragraph_id, ranked[0].score, scene)
            if all(hit.paragraph_id != setting.paragraph_id for hit in answer.citations):
                answer.citations.append(setting)
                answer.answer += f"\nVăn bản ở đầu câu hỏi: {source_label(setting)}: {excerpt(setting.text)}"
            return answer
        return None

    def _unsupported(self, question: str, kind: str, ranked: list[RankedParagraph]) -> Answer:
        """A refusal that points at the closest paragraph when it is on the question's matter.

        Staff's own words often miss the notice's ("cắt bớt người ăn lương" for "tinh giản biên chế"),
        so a refused question may still have its paragraph ranked first; shown apart from citations,
        the asker can judge it. Only when it names what the question names and carries half of its words.
        """
        province_missing = self._province_missing(question)
        answer = refusal(question, kind, province_missing)
        best = ranked[0] if ranked else None
        if best is None or province_missing:
            return answer
        evidence = best.lifted_by or best.paragraph_id
        if self._mentions_anchors(question, evidence) and self._coverage(question, evidence) >= self.thresholds.nearest_coverage:
            answer.nearest = self.library.search_engine.hit(best.paragraph_id, best.score, question)
            answer.answer += f" Đoạn gần nhất ({source_label(answer.nearest)}) chưa đủ căn cứ để trả lời."
        return answer

    def _province_missing(self, question: str) -> str:
        """Why a question about a province may find nothing: no notice of that province is stored."""
        engine = self.library.search_engine
        province = engine.understand(question).province
        stored = {p.province for p in engine.paragraphs.values()}
        return f"Chưa lưu thông báo nào của {province}." if province and province not in stored else ""

    def _slot_missing(self, question: str, kind: str, slot: Slot, nearest: str) -> Answer:
        """The topic is there, the figure or date asked for is not: say so, and where we looked."""
        return self._nearest_lacks(question, kind, nearest, f"không nêu {SLOT_NAMES[slot]} được hỏi")

    def _nearest_lacks(self, question: str, kind: str, nearest: str, lack: str) -> Answer:
        """A refusal naming the paragraph that came closest and what it lacks."""
        engine = self.library.search_engine
        # Another process may have deleted the notice since ranking: then the paragraph goes unnamed.
        hit = engine.hit(nearest, 0.0, question) if nearest in engine.paragraphs else None
        where = f" ({source_label(hit)})" if hit else ""
        answer = refusal(question, kind, f"Đoạn gần nhất{where} {lack}.")
        answer.nearest = hit
        return answer

    # ---- who owns what, by when --------------------------------------------------------------

    def _doer_not_given(self, question: str, task: Task) -> str | None:
        """The agency a deadline question says does the work, when the task gives it to others.

        "Sở Tài chính phải lập phương án đấu giá xe công trước ngày nào?" is not answered by Bộ Công an's
        task on an auction platform, however close its words. Groups ("các cơ quan, đơn vị") name no
        one in particular; one named agency the task or its paragraph gives work to is enough.
        """
        named = [name for name in agencies_in(question) if not name.startswith("Các ")]
        if not named:
            return None
        stored = self.library.search_engine.paragraphs.get(task.paragraph_id)
        given = {*task.lead, *task.support, *(agencies_in(stored.paragraph.context_text()) if stored else [])}
        return None if any(same_agency(a, b) for a in named for b in given) else named[0]

    def _best_task(self, question: str, ranked: list[RankedParagraph], prefer_deadline: bool = False) -> Task | None:
        """The task, among those read from the best paragraphs, whose words best cover the question.

        For a deadline question, a close candidate that states a deadline beats one that does not.
        """
        top = ranked[0].score or 1.0
        rank_of = {r.paragraph_id: r.score / top for r in ranked if r.score >= 0.7 * top}
        tasks = self.library.store.tasks(where={"paragraph_id": {"$in": list(rank_of)}})
        if not tasks:
            return None
        content = content_query(question)
        lexical = self.library.search_engine.lexical

        def score(task: Task) -> float:
            coverage = lexical.coverage(content, f"{task.quote} {' '.join(task.lead)}")
            bonus = DEADLINE_BONUS if prefer_deadline and task.deadline else 0.0
            return rank_of[task.paragraph_id] + 0.5 * coverage + bonus

        return max(tasks, key=score)

    def _task_answer(self, question: str, kind: str, task: Task, cited: list[RankedParagraph]) -> Answer:
        engine = self.library.search_engine
        ranked = {r.paragraph_id: r for r in cited}
        first = ranked.pop(task.paragraph_id, None)
        order = [(task.paragraph_id, first.score if first else 1.0)] + [(r.paragraph_id, r.score) for r in ranked.values()]
        citations = [engine.hit(pid, score, question) for pid, score in order if pid in engine.paragraphs]
        owners = [Owner(agency=a, role="lead") for a in task.lead] + [Owner(agency=a, role="support") for a in task.support]
        stored = engine.paragraphs.get(task.paragraph_id)
        deadline = DeadlineAnswer(text=task.deadline.text, due=task.deadline.due) if task.deadline else None
        period = DeadlineAnswer(text=task.period.text, due=task.period.due) if task.period and not deadline else None
        sentence = ownership_sentence(task, period_heading(stored.paragraph.heading_path, stored.issued_on) if stored else None)
        return Answer(
            question=question,
            found=True,
            answer=f"{sentence} Nhiệm vụ: {task.task} [{source_label(citations[0])}]",
            owners=owners,
            deadline=deadline,
            period=period,
            citations=citations,
            kind=kind,
        )

    def _agency_tasks(self, question: str, agencies: list[str], filters: SearchFilters | None) -> Answer | None:
        # "Sở Công Thương phải báo cáo … bao lâu một lần?" asks a value, which a list of tasks does not
        # give; the passages are searched for it instead, and the answer refused if none states it.
        if asked_slot(question, "agency_tasks") in _VALUES_NOT_LISTED:
            return None
        province = (filters.province if filters else None) or find_province(question)
        tasks: list[Task] = []
        for agency in agencies:
            tasks += self.library.find_tasks(TaskFilters(agency=agency, province=province), limit=MAX_LISTED)
        topic = assignment_topic(question, agencies)
        if topic:
            # "Sở Y tế được giao gì về cai nghiện?": only the tasks about that; none → answer from the text.
            lexical = self.library.search_engine.lexical
            tasks = [t for t in tasks if lexical.coverage(topic, f"{t.task} {t.quote}") >= TOPIC_COVERAGE]
        engine = self.library.search_engine
        engine.refresh()
        # "Theo Công văn 11298, Văn phòng Chính phủ giao gì?": that letter's tasks only.
        on_named_notice = engine.on_named_notice(question)
        tasks = [t for t in tasks if on_named_notice(t.paragraph_id)]
        if not tasks:
            return None
        tasks.sort(key=lambda t: (t.issued_on or date.min, t.paragraph_id), reverse=True)
        tasks = tasks[:MAX_LISTED]
        citations: list[SearchHit] = []
        for task in tasks:
            if task.paragraph_id in engine.paragraphs and all(c.paragraph_id != task.paragraph_id for c in citations):
                citations.append(engine.hit(task.paragraph_id, 1.0, question))
        lines = [f"{' và '.join(agencies)} được giao {len(tasks)} nhiệm vụ" + (f" (tỉnh {province})" if province else "") + ":"]
        for number, task in enumerate(tasks, 1):
            role = "chủ trì" if any(a in task.lead for a in agencies) else "phối hợp"
            when = f"; thời hạn: {time}" if (time := task_time(task)) else ""
            source = task.notice_title + (f", {task.issued_on:%d/%m/%Y}" if task.issued_on else "")
            lines.append(f"{number}. ({role}) {task.task}{when} [{source}]")
        owners = [Owner(agency=a, role="lead") for a in agencies]
        return Answer(
            question=question, found=True, answer="\n".join(lines), owners=owners, citations=citations, kind="agency_tasks"
        )


    # ---- cross-references and precedents ------------------------------------------------------

    def _crossref(self, question: str) -> Answer:
        if asks_what_is_cited(question):
            cited = self.library.cited_by(question, query=question)
            if cited is not None:
                return cites_answer(question, cited)
        found = self.library.reference(question, query=question)
        if found is None or not found.citations:
            return Answer(
                question=question,
                found=False,
                answer="Không có văn bản nào trong kho dẫn chiếu văn bản được hỏi. (No stored notice cites it.)",
                kind="crossref",
            )
        notices = list(dict.fromkeys(hit.notice_id for hit in found.citations))
        lines = [f"{document_name(found.kind, found.number)} được dẫn chiếu trong {len(found.citations)} đoạn của {len(notices)} văn bản:"]
        for hit in found.citations[:MAX_LISTED]:
            lines.append(f"- {source_label(hit)}: {excerpt(hit.text)}")
        return Answer(
            question=question, found=True, answer="\n".join(lines), citations=found.citations, kind="crossref"
        )

    def _precedents(self, question: str, chronological: bool, filters: SearchFilters | None) -> Answer:
        """One best supported paragraph per notice, dated, in the order the question implies."""
        engine = self.library.search_engine
        best_per_notice: dict[str, RankedParagraph] = {}
        # "Mức hỗ trợ … theo NQ 13/2024 trước đây là bao nhiêu?" asks a sum: a passage on the matter that
        # states none is no answer. Other slots read loosely in a precedent question ("qua các kỳ họp").
        slot = asked_slot(question, "precedent")
        slot = slot if slot in (Slot.MONEY, Slot.PERCENT) else None
        for topic in precedent_topics(question):
            candidates = engine.rank(topic, k=15, filters=filters)
            for ranked in candidates:
                stored = engine.paragraphs[ranked.paragraph_id]
                # Far below the best match is another matter, even if some words coincide.
                close = ranked.score >= PRECEDENT_RELATIVE_SCORE * candidates[0].score
                if stored.notice_id not in best_per_notice and close and self.supported(topic, ranked):
                    if slot is None or states(slot, slot_text(stored.paragraph, slot), question):
                        best_per_notice[stored.notice_id] = ranked
        if not best_per_notice:
            return refusal(question, "precedent")
        hits = [engine.hit(r.paragraph_id, r.score, question) for r in best_per_notice.values()]
        hits.sort(key=lambda h: h.issued_on or date.min, reverse=not chronological)
        order = "từ cũ đến mới" if chronological else "mới nhất trước"
        lines = [f"Các chỉ đạo liên quan trong {len(hits)} văn bản ({order}):"]
        lines += [f"- {source_label(hit)}: {best_sentences(question, hit.text)}" for hit in hits]
        return Answer(question=question, found=True, answer="\n".join(lines), citations=hits, kind="precedent")


def cites_answer(question: str, cited: CitedByNotice) -> Answer:
    """The documents a notice we hold cites, each paragraph citing them as a citation."""
    name = document_name(cited.kind, cited.number)
    if not cited.cites:
        return refusal(question, "crossref", f"{name} không dẫn chiếu văn bản nào.")
    lines = [f"{name} dẫn chiếu {len(cited.cites)} văn bản:"]
    for ref in cited.cites[:MAX_LISTED]:
        issued = f" ngày {ref.issued_on:%d/%m/%Y}" if ref.issued_on else ""
        lines.append(f"- {document_name(ref.kind, ref.number)}{issued}")
    return Answer(question=question, found=True, answer="\n".join(lines), citations=cited.citations, kind="crossref")


def document_name(kind: str, number: str) -> str:
    """ "Nghị quyết 68/NQ-CP"; a law's number already names its kind ("Luật Tổ chức Chính phủ 2025")."""
    return number if fold(number).startswith(fold(kind)) else f"{kind} {number}".strip()


def refusal(question: str, kind: str, reason: str = "") -> Answer:
    """`found: false`: no stored notice supports an answer, and why, when we can tell."""
    return Answer(question=question, found=False, answer=f"{NOT_FOUND} {reason}".strip(), kind=kind)


def unknown_refusal(question: str, kind: str, words: list[str]) -> Answer:
    """`found: false` naming the question's words that no stored notice contains."""
    return refusal(question, kind, f"Không thông báo nào đã lưu nhắc đến {', '.join(f'“{w}”' for w in words)}.")


def excerpt(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def join_vi(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def mid_sentence(name: str) -> str:
    """Group names are capitalised as list entries ("Các địa phương") but not inside a sentence."""
    return "các" + name[3:] if name.startswith("Các ") else name


def task_time(task: Task) -> str | None:
    """A task's time as a list states it: its own deadline, else the period of the heading over it."""
    if task.deadline:
        return task.deadline.text
    if task.period:
        return f"không nêu thời hạn riêng, trong kỳ “{task.period.text}”"
    return None


def ownership_sentence(task: Task, heading: str | None = None) -> str:
    """ "Sở Xây dựng chủ trì, phối hợp Sở Giao thông Vận tải và thị xã Sa Pa; thời hạn: trong tháng 04/2024."

    A task with no deadline of its own under a heading that sets a period ("I. NHỮNG VIỆC CẦN LÀM
    NGAY TRONG THÁNG 12/2025") names that heading: the period frames the work, though the notice
    sets the task no date (and none is reported as its deadline).
    """
    parts = []
    if task.lead:
        parts.append(f"{join_vi(task.lead[:1] + [mid_sentence(n) for n in task.lead[1:]])} chủ trì")
    if task.support:
        parts.append(f"phối hợp {join_vi([mid_sentence(n) for n in task.support])}")
    sentence = ", ".join(parts) or "Thông báo không nêu cơ quan chủ trì"
    if task.deadline:
        sentence += f"; thời hạn: {task.deadline.text}"
        if task.deadline.due:
            sentence += f" (đến {task.deadline.due:%d/%m/%Y})"
    elif heading:
        sentence += f"; thông báo không nêu thời hạn riêng, việc thuộc đề mục “{heading.strip()}”"
    else:
        sentence += "; thông báo không nêu thời hạn"
    return sentence + "."


def compose(question: str, hit: SearchHit) -> str:
    """The sentences of the best paragraph that carry the question's words, and where they come from."""
    row = Paragraph(text=hit.text, heading_path=hit.heading_path)
    return f"{read_row(row, question) or best_sentences(question, hit.text)} [{source_label(hit)}]"



def read_row(paragraph: Paragraph, question: str = "") -> str | None:
    """A table row as its columns' titles and values, under the rows it is numbered under: "9 1 | Khối 1
    | 5.500.000" reads "Trường Tiểu học đô thị Sài Đồng — Tên đơn vị: Khối 1; Mức học phí năm học
    2025-2026: 5.500.000 Đồng/học sinh/tháng". Of a wide row, what it names and the columns the
    `question` asks about, by their titles' words or the value asked ("… nộp hồ sơ ở đâu?": "Địa điểm
    thực hiện: Trung tâm …"). None for what is no row of a titled table."""
    header = paragraph.table_header()
    if header is None:
        return None
    titles = header.split(TABLE_CELL)
    cells = with_column_units(paragraph).split(TABLE_CELL)
    if len(titles) != len(cells):
        return None
    numbered = bool(INDEX_TITLE.match(titles[0].strip(" *")))
    pairs = [f"{title}: {cell}" for title, cell in list(zip(titles, cells))[numbered:] if cell.strip()]
    if question and len(pairs) > 2:
        wanted = set(content_query(without_province(question)).split())  # "Cần Thơ" is no "Căn cứ"
        slot = asked_slot(question)
        asked = [
            pair
            for pair in pairs[1:]
            if wanted & set(syllables(pair.split(":")[0])) or (slot is not None and states(slot, pair, question))
        ]
        pairs = pairs[:1] + asked if asked else pairs
    parents = [row.split(TABLE_CELL)[-1] for row in paragraph.parent_rows()]
    return " — ".join([*parents, "; ".join(pairs)])


def best_sentences(question: str, text: str) -> str:
    """The (at most two) sentences of a paragraph that share most words with the question, in order."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    wanted = set(content_query(question).split())
    if len(sentences) > 2 and wanted:
        scored = sorted(
            range(len(sentences)),
            key=lambda i: len(wanted & set(syllables(sentences[i]))),
            reverse=True,
        )
        keep = sorted(scored[:2])
        return " … ".join(sentences[i] for i in keep)
    return text


def source_label(hit: SearchHit) -> str:
    parts = [hit.notice_title or hit.source]
    if hit.issued_on:
        parts.append(hit.issued_on.strftime("%d/%m/%Y"))
    if hit.page:
        parts.append(f"trang {hit.page}")
    return ", ".join(parts)
