"""Domain types shared by every layer: what a notice, a paragraph, a task and a reference are.

These are the only shapes that cross module boundaries (ingest → index → service).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field


# Where a paragraph's sentences end: after . ; ! ? and at line breaks (list items kept in one paragraph).
_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+|\n+")
MIN_SENTENCE_CHARS = 21
# The preamble's closing formula: the issuer "ban hành" the document by its own title ("Ủy ban nhân dân
# tỉnh ban hành Quyết định phân cấp …", "Hội đồng nhân dân ban hành Nghị quyết quy định …"). Not a
# document cited ("… đã ban hành Chỉ thị số 33/CT-TTg"), nor a proposal to issue one ("UBND tỉnh thống
# nhất … tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch …": more than a place between issuer and verb).
_ENACTING_FORMULA = re.compile(
    r"^(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Chủ tịch|Chính phủ|Thủ tướng|Bộ trưởng|Cục trưởng"
    r"|Tổng cục trưởng|Giám đốc)(?:\s+(?!đã\b|sẽ\b)\S+){0,6}?\s+ban hành\s+"
    r"(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Kế hoạch|Quy chế|Quy định)\b(?!\s+số\b)"
)


class IngestError(Exception):
    """A file that cannot become a notice. The message names the file and says why, for a user."""

    def __init__(self, source: str, reason: str, kind: str = "unreadable") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        # kind is a stable slug clients can branch on: empty, unsupported-type, needs-ocr,
        # garbled-text-layer, corrupt, too-large, unreadable.
        self.kind = kind


class Page(BaseModel):
    """Text of one page (PDF) or of the whole document (other formats, number None)."""

    number: int | None = None
    text: str


class SourceText(BaseModel):
    """What a reader extracts from a file, before any structure is known."""

    source: str  # file name as the user gave it
    media_type: Literal["text", "html", "docx", "pdf"]
    pages: list[Page]


class Footnote(BaseModel):
    marker: str  # "1", "²", "*"
    text: str
    page: int | None = None


# Cells of a table row (and of its header row) are joined by this in a paragraph's text.
TABLE_CELL = " | "
# The first cell of a numbered row: "1", "9 1", "1.1.".
_ROW_NUMBER = re.compile(r"\d+(?:[. ]\d+)*\.?")
# The title of a table's index column.
INDEX_TITLE = re.compile(r"^(?:s?tt|số tt|số thứ tự)$", re.IGNORECASE)
# The line over a table giving the unit of all its figures: "Đơn vị: Đồng/học sinh/tháng", "ĐVT: triệu đồng".
TABLE_UNIT = re.compile(r"^(?:Đơn vị(?: tính)?|ĐVT)\s*:\s*(?P<unit>\S.{0,60})$", re.IGNORECASE)


class Paragraph(BaseModel):
    """One citable unit of a notice.

    `text` is the exact source paragraph (what we quote); `heading_path` is the chain of headings
    above it ("3. Nhiệm vụ ...", "3.2. Về một số lĩnh vực:", "b) Lĩnh vực ..."), which is embedded
    with the text so that a bullet like "- Thời hạn trong tháng 4/2024" keeps its context.
    """

    paragraph_id: str = ""  # f"{notice_id}:{ordinal:04d}", assigned when the notice is assembled
    ordinal: int = 0
    text: str
    heading_path: list[str] = Field(default_factory=list)
    marker: str | None = None  # "3.2.", "a)", "-", "+", "(1)" ...
    is_heading: bool = False
    page: int | None = None
    # Inside a quotation of another document ("… Điều 1 quy định: “Các tổng công ty … thực hiện …”"):
    # cited and searched like any paragraph, but its duties are that document's, not the notice's tasks.
    quoted: bool = False

    def context_text(self) -> str:
        """The text that is embedded and lexically indexed: headings, then the paragraph."""
        return "\n".join([*self.heading_path, self.text])

    def table_header(self) -> str | None:
        """The header row of the table this paragraph is a row of (a group title or a numbered parent
        row, "1 | Trường Mầm non …" over "1.1 | Nhà trẻ … | 5.100.000", may stand between)."""
        return next(
            (
                heading
                for heading in reversed(self.heading_path)
                if TABLE_CELL in heading and not _ROW_NUMBER.fullmatch(heading.split(TABLE_CELL)[0].strip())
            ),
            None,
        )

    def parent_rows(self) -> list[str]:
        """The numbered rows this row is numbered under ("9 | Trường Tiểu học đô thị Sài Đồng" over "9 1 |
        Khối 1 | 5.500.000"), outermost first."""
        header = self.table_header()
        below = self.heading_path[self.heading_path.index(header) + 1 :] if header else []
        return [heading for heading in below if TABLE_CELL in heading]

    def table_unit(self) -> str | None:
        """The unit the line over this row's table gives its figures ("Đồng/học sinh/tháng")."""
        header = self.table_header()
        if header is None:
            return None
        above = self.heading_path[: self.heading_path.index(header)]
        found = TABLE_UNIT.match(above[-1]) if above else None
        return found.group("unit").strip(" .") if found else None

    def is_enacting_formula(self) -> bool:
        """The preamble's "… ban hành Quyết định <its title>": it repeats the title and answers nothing else."""
        return not self.heading_path and bool(_ENACTING_FORMULA.match(self.text))

    def sentences(self) -> list[str]:
        """The paragraph's sentences, each also embedded on its own; [] for a one-sentence paragraph.

        One vector for a long paragraph blurs the sentence a question is about ("chỗ đậu ô tô" in a
        paragraph on five matters of Sa Pa's tourism); fragments of 20 characters or fewer carry no matter.
        """
        pieces = [s.strip() for s in _SENTENCE_BREAK.split(self.text)]
        pieces = [s for s in pieces if len(s) >= MIN_SENTENCE_CHARS]
        return pieces if len(pieces) > 1 else []


class NoticeMeta(BaseModel):
    """Header facts of a notice. Any field may be missing: drafts leave number and date blank."""

    title: str = ""  # trích yếu, e.g. "Kết luận của Thường trực UBND tỉnh tại phiên họp ..."
    doc_type: str = ""  # "Thông báo", "Công văn", "Công điện", "Báo cáo", "Quyết định" ...
    number: str | None = None  # "12/TB-UBND"; None when the number is blank
    issuer: str | None = None  # "UBND tỉnh Lào Cai", "Văn phòng UBND tỉnh"
    province: str | None = None  # "Lào Cai"
    place: str | None = None
    issued_on: date | None = None
    # "header" when the date line is complete; "meeting" when it came from the body
    # ("Ngày 02/8/2021, ..."); "partial" when only month/year could be read.
    issued_on_source: Literal["header", "meeting", "partial"] | None = None
    presiding: str | None = None
    signer: str | None = None
    recipients: list[str] = Field(default_factory=list)


class Deadline(BaseModel):
    text: str  # as written: "trong tháng 4/2024", "định kỳ trước ngày 15 hàng tháng"
    due: date | None = None  # end of the period for month/quarter; None for recurring / relative / unknown
    # "relative": a span counted from an event ("không quá 05 ngày làm việc kể từ ngày ban hành").
    kind: Literal["date", "month", "quarter", "year", "recurring", "relative", "none"] = "none"


class Task(BaseModel):
    """One assignment: who leads, who supports, by when, and the words it stands on."""

    task_id: str = ""
    notice_id: str = ""
    paragraph_id: str = ""
    task: str  # what is to be done
    lead: list[str] = Field(default_factory=list)  # canonical agency names
    support: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    # A task with no deadline of its own under a heading that sets a period ("I. NHỮNG VIỆC CẦN LÀM
    # NGAY TRONG THÁNG 12/2025") is due within it: the period frames the work, though the notice sets
    # the task no date, so it is kept apart from `deadline`.
    period: Deadline | None = None
    quote: str  # exact source text the task was read from
    # Facts of the notice the task comes from, filled when read back from the index.
    province: str | None = None
    notice_title: str = ""
    issued_on: date | None = None

    def due(self) -> date | None:
        """The day the task is due by: its own deadline's, else the end of its heading's period."""
        time = self.deadline or self.period
        return time.due if time else None


class Reference(BaseModel):
    """A citation of another document, e.g. "Nghị quyết số 68/NQ-CP ngày 01/7/2021"."""

    key: str  # normalised: "68/nq-cp" — the same for every way of writing it
    kind: str  # "Nghị quyết", "Quyết định", "Luật" ...
    number: str  # as normalised for display: "68/NQ-CP"
    issuer_code: str | None = None  # "CP", "TTg", "UBND", "HĐND" ...
    issued_on: date | None = None
    surface: str  # the exact text matched
    paragraph_id: str = ""
    # Other keys of the same document in this citation: a law's name when cited with its number
    # ("Luật Quản lý thuế số 38/2019/QH14" is also "luat:quan-ly-thue:2019").
    aliases: list[str] = Field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return [self.key, *self.aliases]


class Notice(BaseModel):
    """A parsed notice: metadata, paragraphs, footnotes, and what was extracted from them."""

    notice_id: str = ""  # from the content hash and the parser version: the same bytes read alike are the same notice
    source: str  # file name; a changed file with the same name replaces the old notice
    content_hash: str = ""
    media_type: str = "text"
    meta: NoticeMeta = Field(default_factory=NoticeMeta)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    page_count: int | None = None
    parser_version: int = 1  # `ingest.pipeline.PARSER_VERSION` that read it; stores before it kept none


class IngestResult(BaseModel):
    """What happened to one file: stored, recognised as already stored, or replacing an older version."""

    source: str
    notice_id: str
    title: str
    paragraphs: int
    tasks: int = 0
    references: int = 0
    duplicate: bool = False
    replaced: list[str] = Field(default_factory=list)  # notice ids of older versions of this file


class SearchFilters(BaseModel):
    province: str | None = None
    issuer: str | None = None
    doc_type: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    notice_id: str | None = None
    reference: str | None = None  # a reference key: only paragraphs that cite it
    agency: str | None = None  # only paragraphs assigning a task to this agency (any spelling)
    paragraph_ids: frozenset[str] | None = None  # resolved by the library from `agency`


class FacetCount(BaseModel):
    value: str
    count: int


class Facets(BaseModel):
    """Counts over the relevant results (not just the page shown), by notice facts."""

    province: list[FacetCount] = Field(default_factory=list)
    doc_type: list[FacetCount] = Field(default_factory=list)
    issuer: list[FacetCount] = Field(default_factory=list)
    year: list[FacetCount] = Field(default_factory=list)


class Highlight(BaseModel):
    start: int  # character offsets into the hit's text
    end: int


class SearchHit(BaseModel):
    notice_id: str
    paragraph_id: str
    text: str  # the exact source paragraph: what is cited
    heading_path: list[str]
    notice_title: str
    issued_on: date | None
    page: int | None
    score: float
    source: str = ""
    province: str | None = None
    highlights: list[Highlight] = Field(default_factory=list)


class SearchResult(BaseModel):
    """Hits for a query, with how it was read: what staff need to trust or rephrase it."""

    query: str
    restored: str | None = None  # the query with diacritics restored, when it was typed without
    expansions: list[str] = Field(default_factory=list)  # abbreviations, long forms, administrative wording added
    unknown: list[str] = Field(default_factory=list)  # words of the query that no stored notice contains
    hits: list[SearchHit]
    facets: Facets | None = None


class AgencySummary(BaseModel):
    agency_id: str  # "lao-cai/so-xay-dung": the same department of another province is another agency
    agency: str  # canonical name
    province: str | None
    tasks: int
    lead: int
    support: int


class TaskFilters(BaseModel):
    agency: str | None = None  # any spelling: "Sở KH&ĐT", "so ke hoach va dau tu"
    role: Literal["lead", "support"] | None = None
    province: str | None = None
    notice_id: str | None = None
    due_before: date | None = None
    due_after: date | None = None


class Owner(BaseModel):
    agency: str
    role: Literal["lead", "support"]


class DeadlineAnswer(BaseModel):
    text: str
    due: date | None = None


class Answer(BaseModel):
    question: str
    found: bool
    answer: str
    owners: list[Owner] = Field(default_factory=list)
    deadline: DeadlineAnswer | None = None
    # A task with no date of its own under a heading that names a period ("Quý II/2024"): the period.
    period: DeadlineAnswer | None = None
    citations: list[SearchHit] = Field(default_factory=list)
    # With found false only: the closest paragraph, which does not carry enough of the question to
    # count as an answer (or lacks the value asked); shown for the asker to judge, never cited.
    nearest: SearchHit | None = None
    kind: str = "content"  # content | owner | deadline | agency_tasks | crossref | precedent
    restored: str | None = None  # the question with diacritics restored, when typed without


class ReferenceSummary(BaseModel):
    ref: str  # normalised key, e.g. "68/nq-cp"
    kind: str  # "Nghị quyết"
    number: str  # "68/NQ-CP"
    issuer: str | None = None  # issuer code: "CP", "TTg", "HĐND"
    issued_on: date | None = None
    citations: int = 0  # paragraphs citing it
    notices: int = 0  # notices citing it
    notice_id: str | None = None  # set when the cited document is itself in the index


class ReferenceCitations(BaseModel):
    ref: str
    kind: str
    number: str
    issuer: str | None = None
    notice_id: str | None = None
    citations: list[SearchHit]  # citing paragraphs, newest notice first


class CitedByNotice(BaseModel):
    """What one notice we hold cites ("Công điện 232 dẫn chiếu những văn bản nào?")."""

    notice_id: str
    kind: str  # of the notice itself: "Công điện"
    number: str  # "232/CĐ-TTg"
    cites: list[ReferenceSummary]  # in the order the notice first cites them
    citations: list[SearchHit]  # its paragraphs that cite them, in reading order


class NoticeReferences(BaseModel):
    notice_id: str
    cites: list[ReferenceSummary]  # what this notice cites
    cited_by: list[SearchHit]  # paragraphs of other notices that cite this one


class SimilarNotice(BaseModel):
    notice_id: str
    title: str
    province: str | None
    issued_on: date | None
    score: float


class TaskHistory(BaseModel):
    task: Task
    history: list[Task]  # the same task assigned in other notices (and this one), oldest first
