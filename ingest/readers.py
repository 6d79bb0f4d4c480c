"""Readers: bytes of a .txt/.md, .html, .docx or .pdf file → `SourceText` (NFC text, PDF pages numbered).

The type is decided by content first (PDF and ZIP signatures, HTML tags, known binary formats) and by
the file name second, because uploads are often misnamed (a portal's ".doc" that is really HTML, a
PDF saved as "download.php"). Plain text is accepted only under a text name (.txt, .md, ...) or no
extension at all.

Every failure is an `IngestError` with a `kind` a client can branch on; no library exception
escapes. Text that is present but unusable is refused rather than indexed: a PDF without a text
layer (needs-ocr), and text with (almost) no Vietnamese-only letters (garbled-text-layer), which is
what legacy font encodings (VNI, TCVN3/ABC), OCR layers without diacritics and mis-decoded files
give. English-only text is refused the same way: this product indexes Vietnamese notices, and for
them "no Vietnamese letter at all" means broken extraction far more often than a foreign document.
Callers can switch that check off with `check_vietnamese=False`.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal

from ingest.domain import IngestError, Page, SourceText
from ingest.normalize import nfc, vietnamese_letter_ratio

if TYPE_CHECKING:  # the libraries themselves load on first use: importing this module stays cheap
    from bs4 import BeautifulSoup, Tag
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

__all__ = [
    "read_document",
    "read_path",
    "detect_media_type",
    "SUPPORTED_SUFFIXES",
    "GARBLED_RATIO_THRESHOLD",
]

MediaType = Literal["text", "html", "docx", "pdf"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
_SUPPORTED_LABEL = "plain text (.txt, .md), HTML (.html, .htm), Word (.docx) and PDF with a text layer (.pdf)"

# Measured with normalize.vietnamese_letter_ratio: good documents (5 seeds, 282 portal pages, the
# DOCX and text-layer PDF samples) score 0.131–0.245 per document and >= 0.19 per PDF page; both
# legacy-font samples score exactly 0.0. 0.03 leaves a 4x margin below the lowest good document and
# still accepts a half-English bilingual text (about 0.10).
GARBLED_RATIO_THRESHOLD = 0.03
# Below this many letters the ratio says nothing (a one-line note, a form with a few words).
_MIN_LETTERS_TO_JUDGE = 100
# A PDF with fewer letters than this in all its pages has no usable text layer.
_MIN_PDF_LETTERS = 20
# Refuse ZIPs that would inflate beyond this (zip bombs): real DOCX notices are a few MB unpacked.
_MAX_DOCX_UNPACKED = 300 * 1024 * 1024

# Signatures of formats people upload by mistake, named so the message can say what the file is.
# Two-letter ones ("BM", "MZ") also start ordinary text ("BM-01 Biểu mẫu ..."), so they only count
# when a NUL byte follows soon, which text never has.
_WEAK_SIGNATURES = (b"BM", b"MZ")
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"RIFF", "a RIFF media file (WebP/WAV/AVI)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel (.doc/.xls) file; save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"%!PS", "a PostScript file"),
)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def read_path(path: Path, *, max_bytes: int | None = None, check_vietnamese: bool = True) -> SourceText:
    """Read a file from disk; see `read_document`. The size limit is checked before reading."""
    name = path.name
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise _too_large(name, size, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(name, f"cannot open the file ({exc.strerror or exc})", "unreadable") from exc
    return read_document(data, name, max_bytes=max_bytes, check_vietnamese=check_vietnamese)


def read_document(
    data: bytes, filename: str, *, max_bytes: int | None = None, check_vietnamese: bool = True
) -> SourceText:
    """Extract the text of one uploaded file.

    Raises IngestError with kind: too-large, empty, unsupported-type, corrupt, needs-ocr,
    garbled-text-layer, or unreadable (password-protected PDF).
    """
    name = filename or "upload"
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data.strip():
        raise IngestError(name, "the file is empty", "empty")
    media_type: MediaType | None = None
    try:
        media_type = detect_media_type(data, name)
        pages = [Page(number=page.number, text=nfc(page.text)) for page in _READERS[media_type](data, name)]
    except IngestError:
        raise
    except Exception as exc:  # any library failure on a user's file is the file's fault, not ours
        label = media_type.upper() if media_type in ("pdf", "docx", "html") else "file"
        raise IngestError(name, f"the {label} file is damaged or incomplete and cannot be read", "corrupt") from exc
    _check_text(pages, media_type, name, check_vietnamese)
    return SourceText(source=name, media_type=media_type, pages=pages)


def detect_media_type(data: bytes, filename: str) -> MediaType:
    """Which reader a file needs, from its content first and its name second."""
    suffix = PurePath(filename).suffix.lower()
    head = data[:1024]
    # Readers accept junk before the %PDF header (within 1 KB); a text file may merely mention it.
    if head.startswith(b"%PDF-") or (b"%PDF-" in head and suffix not in TEXT_SUFFIXES | HTML_SUFFIXES):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data, filename, suffix)
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature) and (signature not in _WEAK_SIGNATURES or b"\x00" in head[:64]):
            raise IngestError(filename, f"the file is {what}. {_supported()}", "unsupported-type")
    if suffix == ".pdf":
        raise IngestError(filename, "the file is named .pdf but is not a PDF (no %PDF header)", "corrupt")
    if suffix == ".docx":
        raise IngestError(filename, "the file is named .docx but is not a Word document (not a ZIP package)", "corrupt")
    if _HTML_START.match(_strip_bom(data[:4096])) or suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    raise IngestError(filename, f"'{suffix}' files are not supported. {_supported()}", "unsupported-type")


def _zip_kind(data: bytes, filename: str, suffix: str) -> MediaType:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError) as exc:
        kind = "corrupt" if suffix == ".docx" else "unsupported-type"
        raise IngestError(filename, "the ZIP/DOCX package is damaged or incomplete", kind) from exc
    if "word/document.xml" in names:
        return "docx"
    raise IngestError(
        filename, f"the file is a ZIP package but not a Word document (.xlsx, .odt, ...). {_supported()}", "unsupported-type"
    )


# ---------------------------------------------------------------------------------------------- text


def _read_text(data: bytes, filename: str) -> list[Page]:
    return [Page(text=_decode_text(data, filename))]


def _decode_text(data: bytes, filename: str) -> str:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding)
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 0x20 and b not in b"\t\n\r\x0c")
    if controls > len(sample) // 100:
        raise IngestError(filename, f"the file is binary, not text. {_supported()}", "unsupported-type")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1258 is the legacy Vietnamese Windows code page. Bytes it lacks become U+FFFD, which
    # the garbage check counts, so a file in some other encoding is refused rather than mangled.
    return data.decode("cp1258", errors="replace")


def _guess_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    # ASCII-heavy UTF-16 has a zero in every other byte; Vietnamese letters (U+1Exx) do not, so be lenient.
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


# ---------------------------------------------------------------------------------------------- html

# Never content.
_HTML_DROP_TAGS = (
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "select", "textarea", "input", "dialog",
)  # fmt: skip
# Usually chrome, but ASP.NET/SharePoint portals (common for Vietnamese agencies) wrap the whole page
# in one <form>, so these go only when they do not hold the document (see _drop_chrome).
_HTML_CHROME_TAGS = frozenset({"nav", "aside", "footer", "form", "header"})
_HTML_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
# Matched inside class/id tokens: long enough not to hit ordinary words.
_CHROME_WORDS = (
    "menu", "breadcrumb", "footer", "sidebar", "banner", "comment", "related", "navbar", "navigation",
    "social", "advert", "cookie", "pagination", "toolbar", "popup",
)  # fmt: skip
# Matched as whole tokens: as substrings they hit real words ("shared-content", "loading").
_CHROME_TOKENS = frozenset({"nav", "ads", "ad", "share", "shares", "sharing", "sharebox", "pager", "tags", "rating"})
_PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})


def _read_html(data: bytes, filename: str) -> list[Page]:
    from bs4 import BeautifulSoup

    try:
        markup: str | bytes = _strip_bom(data).decode("utf-8")
    except UnicodeDecodeError:
        markup = data  # let BeautifulSoup follow <meta charset> or sniff the encoding
    soup = BeautifulSoup(markup, "html.parser")
    _drop_chrome(soup)
    root = _main_content(soup)
    return [Page(text="\n\n".join(_html_blocks(root)))]


def _drop_chrome(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(list(_HTML_DROP_TAGS)):
        if not tag.decomposed:
            tag.decompose()
    body = soup.body or soup
    page_length = len(body.get_text())
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in _PROTECTED_TAGS:
            continue
        if tag.name == "header" and tag.find_parent(["article", "main"]) is not None:
            continue  # the document's own title block, not the site's
        if tag.name not in _HTML_CHROME_TAGS and not _looks_like_chrome(tag):
            continue
        # A wrapper (<form id="aspnetForm">, <div class="page-with-sidebar">) holds the document itself.
        if tag.find(["main", "article"]) is not None or len(tag.get_text()) > page_length * 0.5:
            continue
        tag.decompose()


def _looks_like_chrome(tag: Tag) -> bool:
    attrs = tag.attrs or {}
    if attrs.get("role") in _CHROME_ROLES or attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    classes = attrs.get("class") or []
    names = " ".join([*(classes if isinstance(classes, list) else [classes]), str(attrs.get("id", ""))])
    for token in re.split(r"[^a-z0-9]+", names.lower()):
        if token and (
            token in _CHROME_TOKENS
            or token.startswith("nav")
            or token.endswith("nav")
            or any(word in token for word in _CHROME_WORDS)
        ):
            return True
    return False


def _main_content(soup: BeautifulSoup) -> Tag:
    main = soup.find("main")
    if main is not None and len(main.get_text(strip=True)) >= 100:
        return main
    articles = [a for a in soup.find_all("article") if len(a.get_text(strip=True)) >= 100]
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    # Otherwise the smallest element holding most of the <p> text: it contains the document's
    # paragraphs (and usually its header table) while leaving out chrome the filters missed.
    scores: dict[int, tuple[Tag, int]] = {}  # by id(): Tags compare by content, not identity
    total = 0
    for paragraph in soup.find_all("p"):
        length = len(paragraph.get_text(strip=True))
        total += length
        for ancestor in paragraph.parents:
            scores[id(ancestor)] = (ancestor, scores.get(id(ancestor), (ancestor, 0))[1] + length)
    body: Tag = soup.body or soup
    if total < 200:
        return body
    best, best_depth = body, -1
    for element, score in scores.values():
        depth = sum(1 for _ in element.parents)
        if score >= total * 0.6 and depth > best_depth:
            best, best_depth = element, depth
    return best


def _html_blocks(root: Tag) -> list[str]:
    from bs4 import NavigableString
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    blocks: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = "".join(buffer)
        buffer.clear()
        lines = [line.strip() for line in text.split("\n")]
        if any(lines):
            blocks.append("\n".join(line for line in lines if line))

    def walk(element: Tag, preformatted: bool) -> None:
        for child in element.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                text = str(child)
                buffer.append(text if preformatted else re.sub(r"\s+", " ", text))
            elif child.name == "br":
                buffer.append("\n")
            elif child.name in _HTML_BLOCK_TAGS:
                flush()
                walk(child, preformatted or child.name == "pre")
                flush()
            else:
                walk(child, preformatted)

    walk(root, False)
    flush()
    return blocks


# ---------------------------------------------------------------------------------------------- docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Run/paragraph properties hold w:tab tab-stop definitions; deleted text and field codes are not
# shown; w:sym is a symbol-font glyph (bullets, ticks) with no Unicode text.
_DOCX_SKIP = frozenset(
    _W + name for name in ("pPr", "rPr", "tblPr", "tcPr", "trPr", "sectPr", "del", "moveFrom", "instrText", "delText", "sym")
)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Text extractors that walk all XML text (itertext) pick up the EMU offsets and size percentages of a
# floating shape anchored at the start of a paragraph and glue them to its text:
# "7742261206500Số: /UBND-NC", "-280035198627V/v tập trung ...". We never read those nodes, but text
# already converted elsewhere and pasted into a DOCX carries them; 8+ digits glued to a letter at the
# start of a paragraph is never real text.
_ANCHOR_DIGITS = re.compile(r"^\s*-?\d{8,}(?=[^\W\d_])")


class _DocxContext:
    """Footnote numbering across the document: Word numbers footnotes in order of reference."""

    def __init__(self, footnotes: dict[str, _Element]) -> None:
        self.footnotes = footnotes
        self.order: list[str] = []

    def reference(self, footnote_id: str) -> str:
        if footnote_id not in self.order:
            self.order.append(footnote_id)
        return str(self.order.index(footnote_id) + 1).translate(_SUPERSCRIPT)


def _read_docx(data: bytes, filename: str) -> list[Page]:
    import docx

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > _MAX_DOCX_UNPACKED:
            raise IngestError(filename, "the DOCX package unpacks to an unreasonable size", "too-large")
    document = docx.Document(io.BytesIO(data))
    context = _DocxContext(_docx_footnotes(document))
    blocks = _docx_blocks(document.element.body, context)
    for number, footnote_id in enumerate(context.order, start=1):
        element = context.footnotes.get(footnote_id)
        if element is not None:
            text = " ".join(_docx_blocks(element, context)).replace("\n", " ")
            blocks.append(f"{str(number).translate(_SUPERSCRIPT)} {text.strip()}")
    return [Page(text="\n\n".join(blocks))]


def _docx_footnotes(document: DocxDocument) -> dict[str, _Element]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml  # python-docx's parser: entities off, huge trees allowed

    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            return {
                note.get(_W + "id"): note
                for note in root.iterchildren(_W + "footnote")
                if note.get(_W + "type") in (None, "normal")  # not the separator lines
            }
    return {}


def _docx_blocks(container: _Element, context: _DocxContext) -> list[str]:
    """Body-order text of paragraphs and tables under `container`; each entry is one block."""
    blocks: list[str] = []
    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            boxes: list[str] = []
            text = _ANCHOR_DIGITS.sub("", _docx_paragraph(child, context, boxes))
            if text.strip():
                blocks.append(text)
            blocks.extend(boxes)
        elif tag == _W + "tbl":
            blocks.extend(_docx_table(child, context))
        elif isinstance(tag, str) and tag not in _DOCX_SKIP:
            # w:sdt/w:sdtContent (content controls), w:customXml, w:ins ... wrap ordinary blocks.
            blocks.extend(_docx_blocks(child, context))
    return blocks


def _docx_table(table: _Element, context: _DocxContext) -> list[str]:
    # Vietnamese documents lay out their header (issuer | national motto, number | date) as a table;
    # each cell becomes its own block, its paragraphs on separate lines. Walking w:tc directly
    # (not python-docx's row.cells) visits a merged cell once.
    blocks: list[str] = []
    for cell in table.iter(_W + "tc"):
        if _nearest(cell, (_W + "tbl",)) is not table:
            continue  # nested tables are read through their cell
        merge = cell.find(f"{_W}tcPr/{_W}vMerge")
        if merge is not None and merge.get(_W + "val") in (None, "continue"):
            continue
        text = "\n".join(_docx_blocks(cell, context))
        if text.strip():
            blocks.append(text)
    return blocks


def _nearest(element: _Element, tags: tuple[str, ...]) -> _Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in tags:
        parent = parent.getparent()
    return parent


def _docx_paragraph(paragraph: _Element, context: _DocxContext, boxes: list[str]) -> str:
    parts: list[str] = []

    def walk(element: _Element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _DOCX_SKIP or tag == _MC_FALLBACK:
                continue  # the VML fallback repeats the text box it stands in for
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag == _W + "footnoteReference":
                parts.append(context.reference(child.get(_W + "id", "")))
            elif tag == _W + "txbxContent":
                boxes.extend(_docx_blocks(child, context))  # a text box: its own blocks after the anchor
            elif tag == _W + "r" and child.find(f"{_W}rPr/{_W}vanish") is not None:
                continue  # hidden text
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


# ---------------------------------------------------------------------------------------------- pdf


def _read_pdf(data: bytes, filename: str) -> list[Page]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages: list[Page] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                # Some producers fake bold by drawing each glyph twice, a hair apart: "TTHHÔÔNNGG".
                # dedupe_chars doubles the page's cost, so it runs only where a duplicate shows.
                if _has_duplicate_chars(page.chars):
                    page = page.dedupe_chars(tolerance=1)
                text = page.extract_text() or ""
                pages.append(Page(number=number, text=_undouble_lines(text)))
                page.close()  # drops the page's cached layout objects: keeps long PDFs in bounded memory
    except Exception as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise IngestError(filename, "the PDF is password-protected or encrypted; upload an unprotected copy", "unreadable") from exc
        raise
    return pages


def _has_duplicate_chars(chars: list[dict[str, Any]]) -> bool:
    seen: set[tuple[str, int, int]] = set()
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen:
            return True
        seen.add(key)
    return False


def _undouble_lines(text: str) -> str:
    return "\n".join(_undouble(line) for line in text.split("\n"))


def _undouble(line: str) -> str:
    """'TTHHÔÔNNGG  BBÁÁOO' → 'THÔNG BÁO' when every token of the line is doubled (what dedupe missed)."""
    tokens = line.split()
    if not tokens or not any(c.isalpha() for c in line) or max(map(len, tokens)) < 4:
        return line
    if all(len(t) % 2 == 0 and t[0::2] == t[1::2] for t in tokens):
        return " ".join(t[0::2] for t in tokens)
    return line


# ---------------------------------------------------------------------------------------------- checks

_READERS: dict[MediaType, Callable[[bytes, str], list[Page]]] = {
    "text": _read_text,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
}
_CID = re.compile(r"\(cid:\d+\)")


def _check_text(pages: list[Page], media_type: MediaType, filename: str, check_vietnamese: bool) -> None:
    text = "\n".join(page.text for page in pages)
    letters = sum(map(str.isalpha, _CID.sub("", text)))
    if media_type == "pdf" and letters < _MIN_PDF_LETTERS:
        raise IngestError(filename, "the PDF has no text layer (scanned PDF, needs OCR)", "needs-ocr")
    if not text.strip():
        raise IngestError(filename, "the document contains no text", "empty")
    if not check_vietnamese:
        return
    layer = "the PDF's text layer" if media_type == "pdf" else "the text"
    cid_chars = sum(len(m) for m in _CID.findall(text))
    if cid_chars > len(text) * 0.1:
        raise IngestError(
            filename, f"{layer} uses fonts without a Unicode mapping and cannot be read (needs OCR)", "garbled-text-layer"
        )
    if text.count("\ufffd") > max(3, letters // 100):
        raise IngestError(filename, f"{layer} is in an unknown character encoding; save it as UTF-8", "garbled-text-layer")
    if letters < _MIN_LETTERS_TO_JUDGE:
        return
    ratio = vietnamese_letter_ratio(_CID.sub("", text))
    if ratio < GARBLED_RATIO_THRESHOLD:
        raise IngestError(
            filename,
            f"{layer} contains almost no Vietnamese letters ({ratio:.1%} of letters; Vietnamese text has about 20%). "
            "It was probably produced with a legacy Vietnamese font encoding (VNI, TCVN3/ABC) or by OCR "
            "without diacritics, or the document is not in Vietnamese. Convert it to Unicode, or upload "
            "the scanned pages for OCR",
            "garbled-text-layer",
        )


def _too_large(filename: str, size: int, max_bytes: int) -> IngestError:
    return IngestError(filename, f"the file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB", "too-large")


def _supported() -> str:
    return f"Supported: {_SUPPORTED_LABEL}."
