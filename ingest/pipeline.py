"""From a file's bytes to a parsed `Notice`: read, structure, metadata, tasks, references.

Everything that can fail for a user's file fails here, before anything is written to the index.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ingest.domain import IngestError, Notice, NoticeMeta, Paragraph, Task
from ingest.metadata import extract_metadata
from ingest.readers import SUPPORTED_SUFFIXES, read_document
from ingest.references import find_references, reference_key
from ingest.structure import parse_structure
from ingest.tasks import extract_tasks

# Bump when the same bytes parse differently (paragraphs, metadata, references): a notice an older
# parser read is read again when its file is added again (`NoticeLibrary.add`). 1: until session 11;
# 2: portal pages' tails dropped, an office at a line end running on into its holder's name.
# 3: a province's name wrapped over a line break ("… Khánh Hòa, Gia" / "Lai và …") stays one line.
# 4: Party documents' headers ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 432-TB/VPTW"), markdown emphasis left
# unpaired ("*(bệnh viện) *là"), a place wrapped before its date, and a portal caption's title.
# 5: recipients end at the signer, whose name may wrap after the surname ("Bùi" / "Xuân Cường"); a
# place wrapped after its first word ("Thành" / "phố Hồ Chí Minh, ngày …"); a title that starts on the
# type's line ("THÔNG BÁO KẾT LUẬN").
# 6: "Đồng kính gửi:" addressees, a title broken after a word that cannot end it ("… chính sách
# của" / "Đảng, Nhà nước."), no number in a place name, a footnote mark after a space ("2018) [1]").
# 7: a date broken after its month ("… ngày 26 tháng 11" / "năm 2025") ends the title; a decision's
# enacting authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") is no part of its title; a recipient's
# sub-list without its dash ("các Vụ: KTTH, TH;") stays in the footer; "đường Hồ Chí Minh" is no province.
# 8: a place broken before its date ("Hà Nội," / "ngày 25 …"), an addressee wrapped after a title
# ("Kính gửi: Bộ trưởng" / "Bộ Công Thương"), a number cited in a title ("… NGHỊ QUYẾT" / "SỐ 10/2022/…")
# that is neither the title's end nor the document's number.
# 9: a portal's caption without the year ("Công văn 6278/BVHTTDL-VP tập trung … do Bộ Văn hóa, Thể thao và
# Du lịch ban hành") is page furniture and gives the title; "triển khai kết luận" names nobody who concluded.
# 10: "… cơ quan ngang" / "Bộ, …" is one line broken inside a name, not an owner's heading.
# 11: a numbered capitalised line after the closing ("I. QUYẾT ĐỊNH", "PHẦN I. DANH MỤC …") heads an
# appendix's section; it is no signer's office that starts the footer.
# 12: a number line with a space before its slash ("Số: 9476 /BNNMT-CNTY") is the header's, so the
# subject, place-date and addressees under it are header too; a Party header broken after "ĐẢNG"
# ("ĐẢNG" / "CỘNG SẢN VIỆT NAM") starts the document below a portal's table; "Nơi" / "nhận:" starts
# the footer; a title's cited number alone on a line ("… Nghị định" / "136/2025/NĐ-CP") stays in it.
# 13: a table with an index column is read by rows, not cells; a telegram's "… điện:" and the
# addressees under it are header, and its portal caption chrome.
# 14: a quotation over several paragraphs ("… quy định: “Điều 7. …" / "3. …" / "….”") sits under the
# paragraph citing it, its numbering apart from the letter's; an addressee's "(Địa chỉ: …)" is header;
# endnotes "[i]" are lifted; "Luật" / "Quản lý thuế …" and "Ban Tổ chức" / "Trung ương …" are one
# line broken inside a name; a signer's name wrapped before its last word ("Lê Tấn" / "Cận") is one.
# 15: a law cited with its number ("Luật Quản lý thuế số 38/2019/QH14") is also keyed by its name;
# "Kính" / "gửi:" broken in two, an addressee's tax code and address ("Mã số thuế: …", "Địa chỉ nhận
# thông báo: …") and the rest of a name broken after the label are header; a province's office
# under a central one ("CỤC THUẾ" / "THUẾ TỈNH TÂY NINH") is the issuer; "DÂN" is no piece of "ĐẢNG
# CỘNG SẢN"; "KT." alone opens the signature; a quotation introduced by "quy định về …:" is one;
# the next table's "STT", or a section title over it, ends a table, and a table of "STT" and one
# column is read by rows; each of a decision's grounds ("Căn cứ …;", "Theo đề nghị …", "Trên cơ sở …")
# is a paragraph of its own, also after a full line or inside an emphasis span.
# 16: paragraphs inside a quotation are flagged `quoted`, and no task is read from them; an appendix's
# section title after the signature ("B. DANH MỤC …", wrapped over caps lines) is text, not an office;
# a ground ends at its ";" inside an emphasis span; a portal caption without date or issuer is chrome.
# 17: "PHỤ LỤC n" heads its appendix (title and items under it; its "(Kèm theo …)" line dropped; a
# table's rows do not repeat it), also right under a table's last row; "Hà Nội ngày 01" / "tháng 12
# năm 2025" without its comma is the header's; a ground broken before a capital runs on to its ";"; a
# central issuer is known before a province is looked for in the body.
# 18: a line wholly in bold ("**THÔNG BÁO**") is bold whatever a stray marker above left open; a
# table with no index column under a bold header row ("Hạng mục | Thông số", an internal procedure's
# "Thứ tự công việc | …" over "Bước 1 | …") is read by rows; an attachment's capital title over its
# "(Kèm theo …)" line heads it, and "QUY TRÌNH" is no signer's "Q."; levels and "liên quan" after a
# name do not cut an owner list ("… công cấp tỉnh, cấp xã; Thủ trưởng …").
# 19: an appendix's capital title is a heading however long; an unmarked heading under an appendix
# stays in it; table rows keep the appendix's lettered part ("A. THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI"); a
# group row whose roman numeral has a cell of its own ("I | LĨNH VỰC …") heads the numbered rows below.
# 20: a recipient's dash alone on its line ("-" / "Như trên;") is the recipients' list, not body text;
# a person's name after "độc giả", "ông", "bà" … at a line end runs on in the sentence.
# 21: a customs ruling's result cell ("thuộc nhóm 95.04 …, mã số 9504.40.00 …") is a paragraph of its own.
# 22: a portal's long summary no longer hides the motto (searched 200 lines down when no addressees come
#     first); roman parts inside an article ("Điều 1. … gồm:" / "I. DANH SÁCH …") close at the next article;
#     notes marked in a table ("a8[4]" … "[4]") are footnotes, not its last cell.
# 23: "Điều", "Điều 3." or "2." alone on its line joins the text it numbers; "… vào" / "Điều 4 Nghị
#     định …" is a provision cited, not an article; a code ending in a digit ("…/NBI-QLDN1") marks no
#     footnote; a numbered title between two tables is no cell of the first; "QUYẾT NGHỊ:" is a formula.
# 24: an unnumbered group title in capitals over numbered rows ("CẤP TỈNH", "LĨNH VỰC PHÍ, LỆ PHÍ (02
#     TTHC)") heads them, no longer a column of the header row.
# 25: a time limit on its own line after a task's full stop ("Thời hạn chậm nhất 05 ngày …", "Thời
#     gian: 01 buổi sáng …") joins that task; "Gồm các tỉnh/thành phố:" runs on into the names; a row
#     numbering a table's columns ("A | B | 1 | 2") is no row, and a short row holds the cells merged
#     down to it; "Ghi chú:" under a table is no cell; a specification's value joins its "+ label:";
#     a wrapped Latin name in capitals, "… Chánh" / "Văn phòng", "Hà" / "Nội, ngày … năm" / "2025",
#     "(Ban" / "hành kèm theo" and a recipient's address wrapped over three lines are read whole; a
#     sentence goes on in lower case across a change of emphasis; numbered steps announced inside an
#     item stay inside it; a table whose "Đơn vị chịu trách nhiệm …" column leads gives a task per row.
# 26: a portal page's "Loại văn bản" gives the type ("5706/CT-CS" is a Cục Thuế letter, no Chỉ thị).
# 27: a line opening on a comma goes on ("… dạng bột.”" / ", phân nhóm …"); "1 . Hàng hóa" is numbered.
# 28: "Ủy ban nhân dân ban hành" / "Quyết định …" is one sentence; a closing "./." right after a heading
#     stays under it; "… Luật Quản lý thuế quy định." before "“3. …" introduces a quotation.
# 29: a table with no bold header is read by rows when three full rows of its width follow, its first
#     row a header when it holds no figure and text stands right before it ("Khu vực hành chính | Mức
#     hỗ trợ (đồng)", "Bước 2 | … | 2 ngày"); the next amendment ("3. Sửa đổi điểm a … như sau:") ends a
#     quotation whose closing mark was lost; "05 bản, QĐ164." under "Lưu:" is the footer's.
# 30: a ground broken before its proposer's name runs on across the name's bold ("*Theo đề nghị của" /
#     "**Giám đốc Sở …"): it had become a heading over the decision's articles.
# 31: a table's rows numbered "01", "02" are all read; a procedure published alone is the one row of its
#     bold header; a row short of the table's cells heads the rows numbered under it ("1 | Trường …" over
#     "1.1 | Nhà trẻ | 5.100.000", "9 1" too), and no longer sets the table's width; a portal's page tail
#     ends a table, no cell of its last row.
# 32: the line over a table giving its figures' unit ("Đơn vị: Đồng/học sinh/tháng") stands in its rows'
#     heading path, before the header row; a bold group label in a cell of its own ("Loại 2" | "Quyền sở
#     hữu công nghiệp") heads the rows after it, which had been loose text without their figures.
PARSER_VERSION = 32


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def notice_id_for(digest: str) -> str:
    """The same bytes read by the same parser are the same notice; read again, a new one, so that the
    new reading is written in full before the old one is deleted."""
    return hashlib.sha256(f"{digest}:{PARSER_VERSION}".encode()).hexdigest()[:16]


def parse_notice(data: bytes, filename: str, max_bytes: int | None = None) -> Notice:
    source = Path(filename).name or "upload"
    text = read_document(data, source, max_bytes=max_bytes)
    paragraphs, footnotes = parse_structure(text)
    if not paragraphs:
        raise IngestError(source, "no text paragraphs found in the document", "empty")
    digest = content_hash(data)
    notice_id = notice_id_for(digest)
    for ordinal, paragraph in enumerate(paragraphs):
        paragraph.ordinal = ordinal
        paragraph.paragraph_id = f"{notice_id}:{ordinal:04d}"
    meta = extract_metadata(text, paragraphs)
    tasks = notice_tasks(notice_id, paragraphs, meta)
    # Portals repeat a document's own number in its title line; that is not a citation.
    own_key = reference_key(meta.number)
    references = []
    for paragraph in paragraphs:
        for reference in find_references(paragraph.text):
            if reference.key != own_key:
                reference.paragraph_id = paragraph.paragraph_id
                references.append(reference)
    return Notice(
        notice_id=notice_id,
        source=source,
        content_hash=digest,
        media_type=text.media_type,
        meta=meta,
        paragraphs=paragraphs,
        footnotes=footnotes,
        tasks=tasks,
        references=references,
        page_count=len(text.pages) if text.media_type == "pdf" else None,
        parser_version=PARSER_VERSION,
    )


def notice_tasks(notice_id: str, paragraphs: list[Paragraph], meta: NoticeMeta) -> list[Task]:
    """A notice's assignments with their ids, from its paragraphs: at ingest, or from a stored notice."""
    tasks = extract_tasks(paragraphs, meta)
    for number, task in enumerate(tasks):
        task.notice_id = notice_id
        task.task_id = f"{notice_id}:t{number:03d}"
    return tasks


def iter_notice_files(paths: list[Path]) -> list[Path]:
    """Files named directly, plus supported files found in folders (sorted, recursive)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        else:
            found.append(path)
    return found
