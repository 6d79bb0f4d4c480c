"""Readers and normalisation, on real files: PDFs drawn with reportlab, DOCX built with python-docx,
and the shared samples (text-layer, scanned and legacy-font PDFs, real DOCX, seeds, portal pages)."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.domain import IngestError, SourceText
from ingest.normalize import fold, nfc, vietnamese_letter_ratio
from ingest.readers import GARBLED_RATIO_THRESHOLD, detect_media_type, read_document, read_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared data folder not present")
needs_font = pytest.mark.skipif(not FONT.is_file(), reason="DejaVu TTF not installed")

PAGE_1 = [
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "THÔNG BÁO",
    "Kết luận của Thường trực UBND tỉnh tại phiên họp thường kỳ tháng 4 năm 2024",
    "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan.",
]
PAGE_2 = [
    "2. Giao Sở Tài chính tham mưu bố trí kinh phí; thời hạn trong tháng 5/2024.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, TH2.",
]


def _kind(data: bytes, filename: str, *, max_bytes: int | None = None) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(data, filename, max_bytes=max_bytes)
    assert caught.value.source == filename
    assert caught.value.reason  # a message for the user, never empty
    return caught.value.kind


def _text(source: SourceText) -> str:
    return "\n".join(page.text for page in source.pages)


# ---------------------------------------------------------------------------------------- normalize


def test_nfc_composes_and_cleans_whitespace() -> None:
    raw = unicodedata.normalize("NFD", "Sở  Xây\u00a0dựng\u200b\r\nỦy\tban  \r\n\r\n\r\n\r\nnhân dân ")
    assert nfc(raw) == "Sở Xây dựng\nỦy ban\n\nnhân dân"
    assert nfc(nfc(raw)) == nfc(raw)
    # A zero-width space between a letter and its tone mark must not block composition.
    assert nfc("Vie\u0302\u200b\u0323t") == "Việt"


def test_fold_removes_diacritics_and_keeps_offsets() -> None:
    text = nfc("Sở Xây dựng ĐÀ NẴNG, Ủy ban nhân dân tỉnh Lạng Sơn")
    folded = fold(text)
    assert folded == "so xay dung da nang, uy ban nhan dan tinh lang son"
    assert len(folded) == len(text)
    start = folded.index("lang son")
    assert text[start : start + len("lang son")] == "Lạng Sơn"
    # NFD input folds the same (the free-standing marks are dropped).
    assert fold(unicodedata.normalize("NFD", text)) == folded
    assert fold("İ Ð ð Đ") == "i d d d"


def test_vietnamese_letter_ratio_separates_real_text_from_garbage() -> None:
    real = "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan."
    assert vietnamese_letter_ratio(real) > 0.1
    assert vietnamese_letter_ratio(unicodedata.normalize("NFD", real)) == vietnamese_letter_ratio(real)
    tcvn3 = "Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc"  # TCVN3 read as cp1252
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam Ñoäc laäp - Töï do - Haïnh phuùc"  # VNI read as cp1252
    no_diacritics = "Ldm D6ng, ngdy 16 thdng 10 ndm 2025 Uy ban nhdn ddn tinh"  # OCR without Vietnamese
    for garbage in (tcvn3, vni, no_diacritics, "The quick brown fox"):
        assert vietnamese_letter_ratio(garbage) < GARBLED_RATIO_THRESHOLD
    assert vietnamese_letter_ratio("") == 0.0
    assert vietnamese_letter_ratio("12/2024 - 5.000") == 0.0


# ---------------------------------------------------------------------------------------------- pdf


def _pdf(pages: list[list[str]], *, doubled_offset: float | None = None, encrypt: str | None = None) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for lines in pages:
        pdf.setFont("DejaVuSans", 11)
        for row, line in enumerate(lines):
            pdf.drawString(60, 780 - 20 * row, line)
            if doubled_offset is not None and line.isupper():  # fake bold: the same glyphs drawn twice
                pdf.drawString(60 + doubled_offset, 780 - 20 * row, line)
        if not lines:
            pdf.rect(100, 100, 300, 400, fill=1)  # a page with graphics only, like a scan
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@needs_font
def test_pdf_pages_are_numbered_and_exact() -> None:
    source = read_document(_pdf([PAGE_1, PAGE_2]), "ket-luan.pdf")
    assert source.source == "ket-luan.pdf"
    assert source.media_type == "pdf"
    assert [page.number for page in source.pages] == [1, 2]
    assert source.pages[0].text == "\n".join(PAGE_1)
    assert source.pages[1].text == "\n".join(PAGE_2)
    assert all(unicodedata.is_normalized("NFC", page.text) for page in source.pages)


@needs_font
@pytest.mark.parametrize("offset", [0.3, 2.5])  # caught by dedupe_chars / by the doubled-token check
def test_pdf_bold_drawn_twice_is_read_once(offset: float) -> None:
    source = read_document(_pdf([PAGE_1], doubled_offset=offset), "dam.pdf")
    assert source.pages[0].text == "\n".join(PAGE_1)


@needs_font
def test_pdf_without_text_needs_ocr() -> None:
    assert _kind(_pdf([[], []]), "scan.pdf") == "needs-ocr"


@needs_font
def test_truncated_encrypted_and_fake_pdfs() -> None:
    data = _pdf([PAGE_1, PAGE_2])
    assert _kind(data[: len(data) // 3], "cut.pdf") == "corrupt"
    assert _kind(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n", "broken.pdf") == "corrupt"
    assert _kind("Đây không phải PDF".encode(), "fake.pdf") == "corrupt"
    assert _kind(_pdf([PAGE_1], encrypt="secret"), "locked.pdf") == "unreadable"


# --------------------------------------------------------------------------------------------- docx

_ANCHORED_TEXT_BOX = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2"
                   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="column"><wp:posOffset>-280035</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>198627</wp:posOffset></wp:positionV>
          <wp:extent cx="2160270" cy="500000"/>
          <wp:wrapNone/>
          <wp:docPr id="7" name="Text Box 7"/>
          <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:txbx><w:txbxContent>
              <w:p><w:r><w:t>V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS</w:t></w:r></w:p>
            </w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
          </a:graphicData></a:graphic>
          <wp14:sizeRelH relativeFrom="page"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>
          <wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def _docx() -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    header = document.add_table(rows=3, cols=2)
    header.cell(0, 0).text = "UBND TỈNH LÀO CAI"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    header.cell(1, 0).text = "Số: 12/TB-UBND"
    header.cell(1, 1).text = "Lào Cai, ngày 05 tháng 4 năm 2024"
    merged = header.cell(2, 0).merge(header.cell(2, 1))
    merged.text = "THÔNG BÁO"
    anchored = document.add_paragraph()
    anchored._p.append(parse_xml(_ANCHORED_TEXT_BOX))
    anchored.add_run("Kính gửi: Sở Khoa học và Công nghệ.")
    document.add_paragraph("4254502095400Số: 12/UBND")  # what itertext-based converters leave behind
    document.add_paragraph("1. Giao Sở Y tế chủ trì, thời hạn trước ngày 30/4/2024.")
    document.add_paragraph("2024 là năm bản lề; số 0912345678 là đường dây nóng.")
    document.add_paragraph("")
    body = document.add_paragraph("Nơi nhận:")
    body.add_run().add_break()
    body.add_run("- Như trên;")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_tables_text_boxes_and_anchor_digits() -> None:
    source = read_document(_docx(), "cong-van.docx")
    assert source.media_type == "docx"
    assert [page.number for page in source.pages] == [None]
    assert source.pages[0].text == "\n\n".join(
        [
            "UBND TỈNH LÀO CAI",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "Số: 12/TB-UBND",
            "Lào Cai, ngày 05 tháng 4 năm 2024",
            "THÔNG BÁO",  # a merged cell is read once
            "Kính gửi: Sở Khoa học và Công nghệ.",
            "V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS",  # once: the VML fallback is skipped
            "Số: 12/UBND",
            "1. Giao Sở Y tế chủ trì, thời hạn trước ngày 30/4/2024.",
            "2024 là năm bản lề; số 0912345678 là đường dây nóng.",
            "Nơi nhận:\n- Như trên;",
        ]
    )


def test_truncated_and_foreign_zip_packages() -> None:
    data = _docx()
    assert _kind(data[: len(data) // 2], "cut.docx") == "corrupt"
    assert _kind(b"Not a zip at all, only words", "fake.docx") == "corrupt"
    sheet = io.BytesIO()
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert _kind(sheet.getvalue(), "bang.xlsx") == "unsupported-type"
    assert _kind(sheet.getvalue(), "bang.docx") == "unsupported-type"


# --------------------------------------------------------------------------------------------- html

_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title>
<style>.x { color: red }</style><script>var menu = "Trang chủ";</script></head>
<body class="page has-sidebar">
<header><div class="logo">Cổng thông tin điện tử tỉnh</div></header>
<nav><ul><li>Trang chủ</li><li>Giới thiệu</li></ul></nav>
<div class="breadcrumb">Trang chủ › Văn bản › Thông báo</div>
<div id="content">
  <table><tr><td>UBND TỈNH LẠNG SƠN<br>Số: 45/TB-UBND</td>
             <td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</td></tr></table>
  <h2>THÔNG BÁO</h2>
  <p>Kết luận phiên họp UBND tỉnh tháng 3 năm 2022.   Ngày 18/3/2022, UBND tỉnh
     đã tổ chức phiên họp thường kỳ tháng 3 năm 2022.</p>
  <p>1. Giao <b>Sở Kế hoạch và Đầu tư</b> chủ trì, phối hợp với các sở, ngành liên quan
     hoàn thiện dự thảo báo cáo, trình Ban Thường vụ Tỉnh ủy trong tháng 3.</p>
  <ul><li>Sở Tài chính;</li><li>Sở Nội vụ.</li></ul>
  <div class="social-share">Chia sẻ Facebook Zalo</div>
  <!-- bình luận ẩn -->
</div>
<aside class="sidebar"><p>Tin liên quan: Thông báo số 44/TB-UBND ngày 01/3/2022 về lịch tiếp dân</p></aside>
<div id="comments"><p>Bình luận của bạn đọc về bài viết này sẽ được hiển thị sau khi duyệt.</p></div>
<footer><p>Bản quyền thuộc Văn phòng UBND tỉnh Lạng Sơn</p></footer>
</body></html>"""


def test_html_keeps_the_document_and_drops_the_chrome() -> None:
    source = read_document(_HTML.encode("utf-8"), "thong-bao.html")
    assert source.media_type == "html"
    assert source.pages[0].text == "\n\n".join(
        [
            "UBND TỈNH LẠNG SƠN\nSố: 45/TB-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "THÔNG BÁO",
            "Kết luận phiên họp UBND tỉnh tháng 3 năm 2022. Ngày 18/3/2022, UBND tỉnh "
            "đã tổ chức phiên họp thường kỳ tháng 3 năm 2022.",
            "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan "
            "hoàn thiện dự thảo báo cáo, trình Ban Thường vụ Tỉnh ủy trong tháng 3.",
            "Sở Tài chính;",
            "Sở Nội vụ.",
        ]
    )


def test_html_page_wrapped_in_a_form_keeps_its_article_header() -> None:
    # ASP.NET/SharePoint portals wrap the whole page in one <form>; the article's <header> is content.
    page = (
        '<html><body><form id="aspnetForm"><div class="top-menu">Trang chủ | Văn bản</div>'
        "<article><header><h1>THÔNG BÁO</h1></header>"
        "<p>Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Nội vụ về công tác cải cách hành chính.</p>"
        "<p>Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện.</p></article>"
        '<div class="footer-links">Liên hệ</div></form></body></html>'
    )
    source = read_document(page.encode(), "trang.htm")
    assert source.pages[0].text == (
        "THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Nội vụ về công tác cải cách "
        "hành chính.\n\nGiao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện."
    )


def test_html_is_recognised_by_content_and_follows_its_charset() -> None:
    # Portals serve HTML under a .doc name; old pages declare a legacy charset.
    page = '<html><head><meta charset="windows-1258"></head><body><p>Sở Tài chính</p></body></html>'
    source = read_document(_cp1258(page), "van-ban.doc", check_vietnamese=False)
    assert source.media_type == "html"
    assert source.pages[0].text == "Sở Tài chính"


# --------------------------------------------------------------------------------------------- text


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters after a precomposed base."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


VIETNAMESE = (
    "THÔNG BÁO\n\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp giao ban ngày 02/8/2021.\n\n"
    "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan hoàn thiện báo cáo."
)


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
        lambda s: s.encode("utf-8-sig"),
        lambda s: s.replace("\n", "\r\n").encode("utf-16"),
        lambda s: s.encode("utf-16-le"),
        _cp1258,
    ],
    ids=["utf8-nfd", "utf8-bom", "utf16-bom-crlf", "utf16le-no-bom", "cp1258"],
)
def test_text_decodes_to_nfc(encode: Callable[[str], bytes]) -> None:
    source = read_document(encode(VIETNAMESE), "thong-bao.txt")
    assert source.media_type == "text"
    assert source.pages[0].number is None
    assert source.pages[0].text == VIETNAMESE


def test_markdown_is_read_as_text_with_its_markup() -> None:
    source = read_document("**THÔNG BÁO**\n\n# Kết luận\n- Sở Y tế;".encode(), "a.md")
    assert source.pages[0].text == "**THÔNG BÁO**\n\n# Kết luận\n- Sở Y tế;"


def test_refusals() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    assert _kind(b"", "a.txt") == "empty"
    assert _kind(b" \n\t\r\n ", "a.txt") == "empty"
    assert _kind(b"<html><body><script>x()</script></body></html>", "a.html") == "empty"
    assert _kind(png, "anh.png") == "unsupported-type"
    assert _kind(png, "anh.txt") == "unsupported-type"
    assert _kind(bytes(range(256)) * 20, "data.txt") == "unsupported-type"
    assert _kind(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "setup.exe") == "unsupported-type"
    assert _kind(VIETNAMESE.encode(), "notes.csv") == "unsupported-type"
    assert _kind(VIETNAMESE.encode(), "a.txt", max_bytes=100) == "too-large"
    english = ("The committee asked the Department of Finance to report by April. " * 5).encode()
    assert _kind(english, "english.txt") == "garbled-text-layer"
    assert read_document(english, "english.txt", check_vietnamese=False).pages[0].text.startswith("The committee")
    tcvn3 = ("Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc. " * 5).encode()
    assert _kind(tcvn3, "tcvn3.txt") == "garbled-text-layer"


def test_message_names_the_supported_types() -> None:
    with pytest.raises(IngestError) as caught:
        read_document(b"\x89PNG\r\n\x1a\nrest", "anh.png")
    assert "PNG" in caught.value.reason and ".docx" in caught.value.reason and ".pdf" in caught.value.reason
    assert str(caught.value).startswith("anh.png: ")


def test_detect_media_type_prefers_content() -> None:
    assert detect_media_type(b"%PDF-1.4 ...", "download.php") == "pdf"
    assert detect_media_type(b"\xef\xbb\xbf<!DOCTYPE html><html></html>", "van-ban.doc") == "html"
    assert detect_media_type("BM-01 Biểu mẫu báo cáo".encode(), "bieu-mau.txt") == "text"
    assert detect_media_type(b"plain", "README") == "text"


def test_read_path(tmp_path: Path) -> None:
    path = tmp_path / "thong-bao.txt"
    path.write_bytes(VIETNAMESE.encode())
    source = read_path(path)
    assert source.source == "thong-bao.txt" and source.pages[0].text == VIETNAMESE
    with pytest.raises(IngestError) as caught:
        read_path(path, max_bytes=10)
    assert caught.value.kind == "too-large"
    with pytest.raises(IngestError) as caught:
        read_path(tmp_path / "missing.pdf")
    assert caught.value.kind == "unreadable"


# ------------------------------------------------------------------------------------ shared samples


def _shared(pattern: str) -> list[Path]:
    return sorted(SHARED.glob(pattern))


@needs_shared
@pytest.mark.parametrize(
    "name", ["van-ban-8977-bnv.pdf", "cong-dien-58-vpcp.pdf", "bao-cao-pci-ddci.pdf", "bao-cao-chi-so-28-11.pdf"]
)
def test_shared_text_layer_pdfs(name: str) -> None:
    path = SHARED / "samples" / "pdf" / name
    source = read_path(path)
    assert source.media_type == "pdf"
    assert [page.number for page in source.pages] == list(range(1, len(source.pages) + 1))
    assert len(source.pages) >= 2
    assert vietnamese_letter_ratio(_text(source)) > 0.15
    assert "Độc lập - Tự do - Hạnh phúc" in source.pages[0].text
    # The first 40 KB of the same file, as an interrupted download leaves it.
    assert _kind(path.read_bytes()[:40_000], name) == "corrupt"


@needs_shared
def test_shared_docx() -> None:
    paths = _shared("samples/docx/*.docx")
    assert paths
    for path in paths:
        text = _text(read_path(path))
        assert vietnamese_letter_ratio(text) > 0.15, path.name
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert not re.search(r"^-?\d{8,}", text, re.M), path.name  # no drawing-anchor digits
        assert "Số:" in text
    text = _text(read_path(SHARED / "samples" / "docx" / "ubnd-chi-dao-dat-hang-cai-nghien.docx"))
    assert text.count("V/v tập trung triển khai thực hiện") == 1  # text box read once
    text = _text(read_path(SHARED / "samples" / "docx" / "van-ban-chi-dao-cai-thien-chi-so-2025.docx"))
    assert "tài chính, ngân sách¹ đẩy nhanh" in text
    assert "\n\n¹ Sở Công Thương" in text  # footnote text appended with its marker


@needs_shared
def test_shared_scanned_and_garbled_pdfs() -> None:
    assert _kind((SHARED / "samples/pdf/scanned-no-text-layer.pdf").read_bytes(), "scan.pdf") == "needs-ocr"
    garbled = _shared("samples/pdf/legacy-font-garbled-*.pdf")
    assert len(garbled) == 2
    for path in garbled:
        assert _kind(path.read_bytes(), path.name) == "garbled-text-layer"


@needs_shared
def test_shared_seeds_and_portal_pages_read_as_healthy_text() -> None:
    paths = _shared("seeds/*.txt") + _shared("corpus/tvpl/*.md")
    assert paths
    for path in paths:
        source = read_path(path)
        assert source.media_type == "text"
        assert vietnamese_letter_ratio(source.pages[0].text) > 0.1, path.name
