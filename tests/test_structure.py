"""Paragraphs, heading paths and footnotes from the five seed notices and from small made-up texts."""

from __future__ import annotations

import time
from datetime import date
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from ingest.domain import Footnote, Page, Paragraph, SourceText
from ingest.pipeline import parse_notice
from ingest.structure import marker_of, parse_structure, read_layout

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "notices"
SEED_NAMES = ["000", "001", "002", "003", "004"]


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def source_of(text: str, name: str = "test.txt") -> SourceText:
    return SourceText(source=name, media_type="text", pages=[Page(text=text)])


@lru_cache(maxsize=None)
def parsed(prefix: str) -> tuple[list[Paragraph], list[Footnote]]:
    path = seed_path(prefix)
    return parse_structure(source_of(path.read_text(encoding="utf-8"), path.name))


def parse(text: str) -> list[Paragraph]:
    return parse_structure(source_of(text))[0]


def starting(paragraphs: list[Paragraph], prefix: str) -> Paragraph:
    found = [p for p in paragraphs if p.text.startswith(prefix)]
    assert len(found) == 1, f"{len(found)} paragraphs start with {prefix!r}"
    return found[0]


def tokens(text: str) -> list[str]:
    # The markdown emphasis of the seeds is formatting; paragraphs drop it, so the check does too.
    return unicodedata.normalize("NFC", text).replace("*", "").split()


def is_in_order(words: list[str], source: list[str]) -> bool:
    """`words` occur in `source` in the same order (gaps allowed: a footnote may sit in between)."""
    remaining = iter(source)
    return all(any(word == candidate for candidate in remaining) for word in words)


# --------------------------------------------------------------------------------------------------
# Invariants on every seed


@pytest.mark.parametrize("prefix", SEED_NAMES)
def test_paragraphs_are_clean_ordered_and_unassigned(prefix: str) -> None:
    paragraphs, _ = parsed(prefix)
    assert paragraphs, "a seed must give paragraphs"
    assert [p.ordinal for p in paragraphs] == list(range(len(paragraphs)))
    for paragraph in paragraphs:
        assert paragraph.text.strip() == paragraph.text and paragraph.text
        assert "**" not in paragraph.text
        assert not any("**" in heading for heading in paragraph.heading_path)
        assert paragraph.paragraph_id == ""
        assert "  " not in paragraph.text


@pytest.mark.parametrize("prefix", SEED_NAMES)
def test_paragraph_words_come_from_the_source_in_order(prefix: str) -> None:
    source = tokens(seed_path(prefix).read_text(encoding="utf-8"))
    paragraphs, footnotes = parsed(prefix)
    for text in [p.text for p in paragraphs] + [n.text for n in footnotes]:
        assert is_in_order(tokens(text), source), text[:80]


@pytest.mark.parametrize("prefix", SEED_NAMES)
def test_no_paragraph_is_a_broken_line(prefix: str) -> None:
    # An unmarked paragraph starting in lower case is the tail of a wrapped line that was not
    # rejoined. (Marked items may: seed 004 has "9. về giải ngân ...".)
    for paragraph in parsed(prefix)[0]:
        assert paragraph.marker is not None or not paragraph.text[0].islower(), paragraph.text[:80]


@pytest.mark.parametrize("prefix", SEED_NAMES)
def test_header_and_footer_lines_are_not_paragraphs(prefix: str) -> None:
    layout_starts = ("Số:", "Nơi nhận", "CỘNG HÒA", "Độc lập", "THÔNG BÁO", "- Lưu:", "KT.", "TL.", "CHÁNH VĂN PHÒNG")
    for paragraph in parsed(prefix)[0]:
        assert not paragraph.text.startswith(layout_starts), paragraph.text[:80]
        assert ", ngày tháng" not in paragraph.text
    texts = {p.text for p in parsed(prefix)[0]}
    assert not texts & {"Phan Quốc Nghĩa", "Hoàng Ngọc Bích", "Phạm Hùng Trường"}


def test_all_seeds_parse_quickly() -> None:
    texts = [seed_path(prefix).read_text(encoding="utf-8") for prefix in SEED_NAMES]
    started = time.perf_counter()
    for text in texts:
        parse_structure(source_of(text))
    assert time.perf_counter() - started < 1.0


# --------------------------------------------------------------------------------------------------
# Seed 000: numbered sections, lettered fields, bullets, superscript footnotes


def test_seed_000_bullet_carries_its_headings() -> None:
    paragraphs, _ = parsed("000")
    bullet = starting(paragraphs, "- Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND tỉnh")
    assert bullet.marker == "-"
    assert not bullet.is_heading
    assert bullet.heading_path == [
        "3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:",
        "3.2. Về một số lĩnh vực:",
        "a) Lĩnh vực nông nghiệp, nông thôn:",
    ]
    quarry = starting(paragraphs, "- Sản xuất đá công nghiệp:")
    assert quarry.heading_path[-1] == "b) Lĩnh vực công nghiệp, xây dựng:"


def test_seed_000_headings_are_citable_paragraphs() -> None:
    paragraphs, _ = parsed("000")
    heading = starting(paragraphs, "3.2. Về một số lĩnh vực:")
    assert heading.is_heading and heading.marker == "3.2."
    assert heading.heading_path == ["3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:"]
    top = starting(paragraphs, "3. Nhiệm vụ chủ yếu")
    assert top.is_heading and top.marker == "3." and top.heading_path == []
    field = starting(paragraphs, "b) Lĩnh vực công nghiệp, xây dựng:")
    assert field.is_heading and field.marker == "b)"


def test_seed_000_sub_bullets_nest_under_their_bullet() -> None:
    paragraphs, _ = parsed("000")
    plus = starting(paragraphs, "+ Hiện nay các cơ chế chính sách")
    assert plus.marker == "+"
    assert plus.heading_path[-2:] == [
        "a) Lĩnh vực nông nghiệp, nông thôn:",
        "- Về thực hiện 03 Chương trình Mục tiêu quốc gia:",
    ]
    after = starting(paragraphs, "- Các địa phương chủ động nghiên cứu")
    assert after.heading_path[-1] == "a) Lĩnh vực nông nghiệp, nông thôn:"


def test_seed_000_footnotes_are_lifted_and_sentences_rejoined() -> None:
    paragraphs, footnotes = parsed("000")
    assert [n.marker for n in footnotes] == ["¹", "²", "³"]
    assert footnotes[0].text.startswith("Vắng đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Trọng Hải")
    assert footnotes[1].text.startswith("Gồm Giám đốc các Sở: Tài chính")
    assert footnotes[2].text.startswith("Gồm các Báo cáo, Tờ trình, Nghị quyết đã có")
    # Footnote 3 went on at the foot of the next page, between the body's bullets.
    assert footnotes[2].text.endswith("(4) Báo cáo số 82/BC-STP ngày 28/03/2024 đã được gửi đến các cơ quan đơn vị có liên quan.")
    assert not any(p.text.startswith("(1) Báo cáo số 43/BC-STP") for p in paragraphs)

    body = "\n".join(p.text for p in paragraphs)
    assert "Nguyễn Trọng Hải có lịch làm việc" not in body
    assert "theo quy định³, trong đó đối với các Nghị quyết là văn bản quy phạm pháp luật" in body
    assert "một số kết quả nổi bật theo ngành lĩnh vực như sau: Sản xuất nông nghiệp" in body
    # Reference marks stay where the source put them.
    assert "tham dự phiên họp có Thường trực UBND tỉnh¹ và 14/22 đồng chí" in paragraphs[0].text


def test_seed_000_enumerations_inside_a_paragraph_stay_together() -> None:
    paragraphs, _ = parsed("000")
    agriculture = starting(paragraphs, "- Sở Nông nghiệp và Phát triển Nông thôn: (1) Có báo cáo")
    assert "(iii) Tháo gỡ đầu ra cho cây quế" in agriculture.text
    assert "(4) Chủ động dự đoán, dự báo" in agriculture.text
    reports = starting(paragraphs, "(1) Báo cáo tình hình phát triển kinh tế - xã hội tháng 03")
    assert reports.marker == "(1)"
    assert reports.heading_path[0] == "1. Về các báo cáo trình tại phiên họp:"


def test_seed_000_bold_markup_is_removed_but_words_kept() -> None:
    paragraphs, _ = parsed("000")
    bullet = starting(paragraphs, "- Sở Khoa học và Công nghệ tổng hợp")
    assert bullet.text.endswith("Thời hạn báo cáo UBND tỉnh trong tháng 4/2024.")
    quarry = starting(paragraphs, "- Sản xuất đá công nghiệp:")
    assert "(1) Sở Xây dựng và UBND huyện Văn Bàn" in quarry.text
    assert quarry.text.endswith("Thời hạn trong Quý II/2024.")


def test_seed_000_closing_paragraph_belongs_to_no_section() -> None:
    paragraphs, _ = parsed("000")
    assert paragraphs[-1].text.startswith("Trên đây là kết luận của đồng chí Trịnh Xuân Trường")
    assert paragraphs[-1].heading_path == []
    assert paragraphs[0].text.startswith("Ngày 02 tháng 04 năm 2024 UBND tỉnh tổ chức họp")
    assert paragraphs[0].heading_path == []


# --------------------------------------------------------------------------------------------------
# Seeds 001-004


def test_seed_001_page_breaks_inside_sentences_are_repaired() -> None:
    paragraphs, _ = parsed("001")
    covid = starting(paragraphs, "- Tăng cường các biện pháp phòng, chống Covid-19")
    assert "phòng chống dịch Covid-19, đẩy nhanh tiền độ tiêm vacxin, tạm dừng" in covid.text
    assert covid.heading_path == ["2. Về một số nhiệm vụ trọng tâm trong thời gian tới, Thường trực UBND tỉnh yêu cầu:"]
    cooperation = starting(paragraphs, "- Rà soát, hoàn thiện lại các nội dung hợp tác")
    assert "chủ động phương án tổ chức ký kết hợp tác" in cooperation.text
    first = starting(paragraphs, "1. Văn phòng UBND tỉnh tiếp tục rà soát")
    assert first.marker == "1." and not first.is_heading  # running text, not a title


def test_seed_002_list_announced_by_a_bullet_nests_under_it() -> None:
    paragraphs, _ = parsed("002")
    item = starting(paragraphs, "- Tập trung đẩy nhanh tiến độ thực hiện các chương trình, dự án năm 2022")
    assert item.heading_path[-1] == (
        "- Về nhiệm vụ trọng tâm quý II năm 2022 cơ bản đã đầy đủ, trong đó nhấn mạnh các nội dung sau:"
    )
    assert item.heading_path[0].startswith("1. Dự thảo Báo cáo của UBND tỉnh")
    body = "\n".join(p.text for p in paragraphs)
    assert "Sở Kế hoạch và Đầu tư tiếp tục rà soát, cập nhật thông tin" in body
    assert "Quyết định số 1970/QĐ-TTg ngày 23/11/2021 của Thủ tướng Chính phủ phê duyệt" in body
    # Italic markup goes, the quoted words stay.
    assert '"thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19"' in body
    assert "(Sở Công Thương trình)." in body


def test_seed_003_hard_wrapped_lines_become_paragraphs() -> None:
    paragraphs, footnotes = parsed("003")
    first = paragraphs[0]
    assert first.text.startswith(
        "Ngày 03 tháng 01 năm 2024, tại Trung tâm Hội nghị tỉnh, UBND tỉnh tổ chức họp phiên thường kỳ"
    )
    assert first.text.endswith("đồng chí Trịnh Xuân Trường - Chủ tịch UBND tỉnh kết luận như sau:")
    # "Đặng Xuân Phong\n- Ủy viên BCH ..." is a name and its title, not a list item.
    assert "ý kiến chỉ đạo của đồng chí Đặng Xuân Phong - Ủy viên BCH Trung ương Đảng" in first.text
    assert "Thành viên UBND tỉnh1; Lãnh đạo Ủy ban Mặt trận" in first.text

    heading = starting(paragraphs, "I. Về kết quả thực hiện")
    assert heading.text == "I. Về kết quả thực hiện các nhiệm vụ phát triển kinh tế - xã hội tỉnh Lào Cai tháng 12 và cả năm 2023"
    assert heading.is_heading and heading.marker == "I."

    assert [(n.marker, n.text) for n in footnotes] == [
        (
            "1",
            "Vắng 02 đồng chí (có cấp phó dự họp thay): Đ/c Phạm Hùng Hưng - Chỉ huy trưởng Bộ CHQS tỉnh; "
            "Đ/c Đỗ Văn Duy - Giám đốc Sở Nông nghiệp và PTNT.",
        )
    ]
    budget = starting(paragraphs, "- Thu ngân sách trên địa bàn đạt 9.399 tỷ đồng")
    assert budget.text.endswith("đứng thứ 3/14 tỉnh trung du, miền núi phía Bắc.")


def test_seed_003_sections_nest_by_marker_order() -> None:
    paragraphs, _ = parsed("003")
    bullet = starting(paragraphs, "- Tập trung chỉ đạo hướng dẫn nhân dân chăm sóc")
    assert bullet.heading_path == [
        "II. Về nhiệm vụ chủ yếu tháng 01 và Quý I năm 2024",
        "2. Nhiệm vụ cụ thể",
        "2.1. Sản xuất nông lâm nghiệp, xây dựng nông thôn mới",
    ]
    general = starting(paragraphs, "1. Nhiệm vụ chung")
    assert general.heading_path == ["II. Về nhiệm vụ chủ yếu tháng 01 và Quý I năm 2024"]
    targets = starting(paragraphs, "- Năm 2023, có 9/42 chỉ tiêu không đạt kế hoạch")
    assert "(9) Tỷ lệ dân cư thành thị được sử dụng nước sạch (98,94%)." in targets.text


def test_seed_004_portal_page_owner_heading_with_colon() -> None:
    paragraphs, _ = parsed("004")
    task = starting(paragraphs, "- Tập trung chỉ đạo các địa phương thu hoạch lúa mùa")
    assert task.heading_path == ["5. Giao Sở Nông nghiệp và PTNT:"]
    owner = starting(paragraphs, "5. Giao Sở Nông nghiệp và PTNT:")
    assert owner.is_heading and owner.marker == "5."
    labour = starting(paragraphs, "- Kiểm tra tiến độ thực hiện Chương trình MTQG giảm nghèo")
    assert labour.heading_path == ["12. Sở Lao động Thương binh và Xã hội"]
    texts = [p.text for p in paragraphs]
    assert not any(t.startswith(("Ban biên tập", "Các tin đã đăng", "•", "print", "Chủ nhật")) for t in texts)
    assert paragraphs[0].text.startswith("Văn phòng UBND tỉnh Ban hành Thông báo Kết luận")


def test_seed_004_unmarked_heading_before_paragraphs() -> None:
    paragraphs, _ = parsed("004")
    section = starting(paragraphs, "Các đề án trình tại phiên họp")
    assert section.is_heading and section.marker is None and section.heading_path == []
    follower = starting(paragraphs, "Sở Y tế tiếp thu các ý kiến tham gia tại phiên họp")
    assert follower.heading_path == ["Các đề án trình tại phiên họp"]


# --------------------------------------------------------------------------------------------------
# Made-up texts: one behaviour each


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I. Tình hình chung", ("roman", "I.")),
        ("IV. Kiến nghị", ("roman", "IV.")),
        ("Điều 3. Hiệu lực thi hành", ("article", "Điều 3.")),
        ("2. Nhiệm vụ cụ thể", ("arabic", "2.")),
        ("3.2. Về một số lĩnh vực:", ("decimal", "3.2.")),
        ("1.2.3. Chi tiết", ("decimal", "1.2.3.")),
        ("a) Lĩnh vực nông nghiệp:", ("alpha", "a)")),
        ("đ) Lĩnh vực khác", ("alpha", "đ)")),
        ("- Sở Tài chính chủ trì", ("dash", "-")),
        ("– Sở Tài chính chủ trì", ("dash", "–")),
        ("+ Nội dung phụ", ("plus", "+")),
        ("• Nội dung", ("bullet", "•")),
        ("(1) Báo cáo", ("paren_num", "(1)")),
        ("(ii) Đề nghị", ("paren_roman", "(ii)")),
        ("* Về công tác cán bộ", ("star", "*")),
    ],
)
def test_markers(line: str, expected: tuple[str, str]) -> None:
    assert marker_of(line) == expected


@pytest.mark.parametrize("line", ["2023 đạt 111,94% kế hoạch", "73.600 tỷ đồng", "Covid-19 lây lan", "(98,94%).", "ICU. Tốt"])
def test_numbers_and_words_are_not_markers(line: str) -> None:
    assert marker_of(line) is None


def test_every_marker_type_nests_in_vietnamese_order() -> None:
    text = """I. Phần chung

1. Nội dung thứ nhất:

1.1. Mục nhỏ:

a) Điểm a:

- Gạch đầu dòng một:

+ Ý phụ thứ nhất.

• Chấm tròn.

(1) Liệt kê thứ nhất.

(i) Liệt kê la mã.

* Ghi chú sao.

b) Điểm b:

II. Phần hai"""
    paragraphs = parse(text)
    by_text = {p.text: p for p in paragraphs}
    assert by_text["* Ghi chú sao."].heading_path == [
        "I. Phần chung",
        "1. Nội dung thứ nhất:",
        "1.1. Mục nhỏ:",
        "a) Điểm a:",
        "- Gạch đầu dòng một:",
        "+ Ý phụ thứ nhất.",
        "• Chấm tròn.",
        "(1) Liệt kê thứ nhất.",
        "(i) Liệt kê la mã.",
    ]
    assert by_text["b) Điểm b:"].heading_path == ["I. Phần chung", "1. Nội dung thứ nhất:", "1.1. Mục nhỏ:"]
    assert by_text["II. Phần hai"].heading_path == []
    assert [p.marker for p in paragraphs] == ["I.", "1.", "1.1.", "a)", "-", "+", "•", "(1)", "(i)", "*", "b)", "II."]


def test_skipped_levels_are_tolerated() -> None:
    paragraphs = parse("I. Kết quả\n\na) Điểm thứ nhất\n\n- Chi tiết một.\n\n- Chi tiết hai.\n\nb) Điểm thứ hai\n\nII. Nhiệm vụ")
    by_text = {p.text: p for p in paragraphs}
    assert by_text["- Chi tiết hai."].heading_path == ["I. Kết quả", "a) Điểm thứ nhất"]
    assert by_text["b) Điểm thứ hai"].heading_path == ["I. Kết quả"]
    assert by_text["II. Nhiệm vụ"].heading_path == []


def test_owner_heading_ending_with_colon_is_inherited_by_its_bullets() -> None:
    text = """4. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát toàn bộ nguồn kinh phí còn lại của năm 2024, tổng hợp và báo cáo Ủy ban nhân dân tỉnh theo các nội dung sau:

- Tổng hợp số kinh phí chưa phân bổ.

- Đề xuất phương án sử dụng, hoàn thành trước ngày 15/5/2024.

5. Giao Sở Y tế:

- Bảo đảm thuốc, vật tư y tế.

Sở Y tế báo cáo kết quả trong tháng 6/2024."""
    paragraphs = parse(text)
    by_text = {p.text[:25]: p for p in paragraphs}
    owner = by_text["4. Giao Sở Tài chính chủ "]
    assert owner.marker == "4." and not owner.is_heading  # running text, but it introduces a list
    assert by_text["- Đề xuất phương án sử dụ"].heading_path == [owner.text]
    assert by_text["- Bảo đảm thuốc, vật tư y"].heading_path == ["5. Giao Sở Y tế:"]
    assert by_text["5. Giao Sở Y tế:"].is_heading
    # An unmarked paragraph after the bullets is back at the level of the numbered item.
    assert by_text["Sở Y tế báo cáo kết quả t"].heading_path == ["5. Giao Sở Y tế:"]


def test_unmarked_paragraph_ending_with_colon_introduces_a_list() -> None:
    paragraphs = parse("1. Tình hình\n\nCòn một số khó khăn như:\n\n- Thu ngân sách thấp.\n\n- Giải ngân chậm.\n\nTuy vậy, kết quả chung tốt.")
    by_text = {p.text: p for p in paragraphs}
    assert by_text["- Giải ngân chậm."].heading_path == ["1. Tình hình", "Còn một số khó khăn như:"]
    assert by_text["Tuy vậy, kết quả chung tốt."].heading_path == ["1. Tình hình"]


def test_bold_line_is_a_heading_and_loses_its_markup() -> None:
    paragraphs = parse("**Các nội dung khác**\n\nSở Nội vụ tham mưu tổ chức hội nghị tổng kết công tác năm 2024.")
    assert paragraphs[0].text == "Các nội dung khác" and paragraphs[0].is_heading and paragraphs[0].marker is None
    assert paragraphs[1].heading_path == ["Các nội dung khác"]


def test_hard_wrapped_pdf_pages_footnote_and_page_number() -> None:
    page_1 = """1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên
quan tổng hợp báo cáo tình hình thực hiện kế hoạch đầu tư công năm 2024 của
Thường trực UBND tỉnh2 trước ngày 20/6/2024, đồng thời đề xuất phương án
điều chuyển vốn giữa các dự án chậm giải ngân sang các dự án có khả năng
2 Gồm Chủ tịch và các Phó Chủ tịch UBND tỉnh."""
    page_2 = """2
giải ngân tốt hơn trong năm 2024 theo đúng quy định của Luật Đầu tư công.
2. Giao Sở Tài chính bảo đảm nguồn vốn theo kế hoạch đã được giao, không
để xảy ra tình trạng chậm thanh toán cho các nhà thầu thi công công trình."""
    source = SourceText(
        source="t.pdf", media_type="pdf", pages=[Page(number=1, text=page_1), Page(number=2, text=page_2)]
    )
    paragraphs, footnotes = parse_structure(source)
    assert [p.marker for p in paragraphs] == ["1.", "2."]
    assert paragraphs[0].text.endswith("sang các dự án có khả năng giải ngân tốt hơn trong năm 2024 theo đúng quy định của Luật Đầu tư công.")
    assert "Thường trực UBND tỉnh2 trước ngày 20/6/2024" in paragraphs[0].text
    assert paragraphs[0].page == 1 and paragraphs[1].page == 2
    assert footnotes == [Footnote(marker="2", text="Gồm Chủ tịch và các Phó Chủ tịch UBND tỉnh.", page=1)]


def test_a_line_starting_with_a_number_is_not_a_footnote_without_a_reference() -> None:
    paragraphs, footnotes = parse_structure(
        source_of("- Năm 2024 phấn đấu xây dựng thêm các\n\n3 Trạm y tế xã đạt chuẩn quốc gia.")
    )
    assert footnotes == []
    assert [p.text for p in paragraphs] == ["- Năm 2024 phấn đấu xây dựng thêm các 3 Trạm y tế xã đạt chuẩn quốc gia."]


def test_header_and_signature_are_layout() -> None:
    text = """UBND TỈNH LÀO CAI
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/TB-VPUBND

Lào Cai, ngày 05 tháng 4 năm 2024

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế

Ngày 03/4/2024, đồng chí Trịnh Xuân Trường - Chủ tịch UBND tỉnh chủ trì buổi làm việc.

1. Sở Y tế hoàn thiện đề án trong tháng 5/2024./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Văn An"""
    paragraphs = parse(text)
    assert [p.text for p in paragraphs] == [
        "Ngày 03/4/2024, đồng chí Trịnh Xuân Trường - Chủ tịch UBND tỉnh chủ trì buổi làm việc.",
        "1. Sở Y tế hoàn thiện đề án trong tháng 5/2024./.",
    ]
    layout = read_layout(source_of(text))
    assert layout.doc_type == "Thông báo"
    assert [line.text for line in layout.title] == ["Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế"]


def test_a_number_line_with_a_space_before_its_slash_is_header() -> None:
    paragraphs = parse(
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 9476 /BNNMT-CNTY\nV/v trả lời kiến nghị của cử tri\nHà Nội, ngày 24 tháng 11 năm 2025\n"
        "Kính gửi:\n- Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh;\n"
        "Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh Hà Tĩnh.\n"
    )
    assert [(p.text, p.heading_path) for p in paragraphs] == [
        ("Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh Hà Tĩnh.", [])
    ]


def test_a_numbered_section_after_the_closing_is_an_appendix_not_a_signature() -> None:
    text = """THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh

1. Sở Y tế hoàn thiện đề án trong tháng 5/2024./.

**Danh mục các văn bản đã ban hành**
**I. QUYẾT ĐỊNH**
Quyết định số 1381/QĐ-UBND ngày 15/5/2025 ban hành Kế hoạch năm 2025.
**II. KẾ HOẠCH**
Kế hoạch số 3137/KH-UBND ngày 30/6/2025 triển khai Kế hoạch số 02-KH/BCĐTW.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An"""
    paragraphs = parse(text)
    plan = starting(paragraphs, "Kế hoạch số 3137")
    assert plan.heading_path == ["Danh mục các văn bản đã ban hành", "II. KẾ HOẠCH"]
    assert starting(paragraphs, "Quyết định số 1381").heading_path[-1] == "I. QUYẾT ĐỊNH"
    assert not [p for p in paragraphs if "CHỦ TỊCH" in p.text or "Nguyễn Văn An" in p.text]


def test_a_lettered_appendix_title_wrapped_after_the_signature_is_kept_whole() -> None:
    text = """QUYẾT ĐỊNH
Điều 1. Công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ./.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An

**A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ
SUNG**
Cấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu.
**II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ (06
TTHC CẤP TỈNH)**
Cấp giấy phép hoạt động xổ số."""
    paragraphs = parse(text)
    assert starting(paragraphs, "Cấp chứng chỉ").heading_path == ["A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"]
    assert starting(paragraphs, "Cấp giấy phép").heading_path[-1] == "II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ (06 TTHC CẤP TỈNH)"
    assert not [p for p in paragraphs if "CHỦ TỊCH" in p.text]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Nơi nhận:\n- Lưu: VT.", "**\n**", "1\n2\n3", "THÔNG BÁO"])
def test_odd_input_gives_no_paragraphs_rather_than_errors(text: str) -> None:
    paragraphs, footnotes = parse_structure(source_of(text))
    assert all(p.text for p in paragraphs)
    assert isinstance(footnotes, list)


# --------------------------------------------------------------------------------------------------
# Scraped web pages: hard-wrapped lines, bold markup across lines, bracketed footnotes

WRAPPED_LETTER = """Kính gửi: Thủ trưởng các đơn vị thuộc
Bộ
Thực hiện ý kiến chỉ đạo của
Thủ tướng Chính phủ tại Công văn số 45/TTg-KGVX ngày 12/01/2026 về công tác phòng
chống dịch bệnh mùa đông xuân, sau khi nghe báo cáo của Bộ
Tài chính và ý kiến của các đơn vị, Bộ trưởng giao nhiệm vụ như sau:
**1. Vụ Kế
hoạch, Tài chính:** Chủ trì tổng hợp nhu cầu kinh phí của các đơn vị, báo cáo Lãnh
đạo Bộ trước ngày 20/02/2026.
**2.** Giao Sở Công
Thương các tỉnh phối hợp theo dõi thị trường thuốc, vật tư y tế; các đơn vị “làm
ngày, làm đêm”...
để bảo đảm cung ứng đủ thuốc cho người dân; kịp thời báo cáo những khó khăn phát
sinh vượt thẩm quyền.
Chủ tịch Ủy ban nhân dân
Thành phố đề nghị các cơ quan tổ chức thực hiện nghiêm các nội dung trên, báo cáo
kết quả theo quy định[1] trước ngày 31/3/2026./.
[1]
Thông tư số 01/2026/TT-BYT: (i) mẫu báo cáo tuần, (ii) mẫu báo cáo tháng,
(iii) mẫu báo cáo quý.
"""


@lru_cache(maxsize=None)
def wrapped_letter() -> tuple[list[Paragraph], list[Footnote]]:
    return parse_structure(source_of(WRAPPED_LETTER, "letter.md"))


def test_portal_letter_without_header_starts_at_its_addressees() -> None:
    paragraphs, _ = wrapped_letter()
    assert not any(p.text.startswith(("Kính gửi", "Bộ Thực hiện")) for p in paragraphs)
    assert paragraphs[0].text.startswith("Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn")


# A telegram (Công điện) as a legal portal writes it: "<sender> điện:" opens its addressees, whose
# names wrap anywhere until their ";", and "Đồng kính gửi:" stands on a line of its own.
TELEGRAM = """CÔNG ĐIỆN
VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ BÃO SỐ 15
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh: Đà Nẵng, Quảng Ngãi, Gia
Lai, Đắk Lắk;
- Bộ trưởng các Bộ: Quốc phòng, Công an, Xây dựng, Công
Thương;
Đồng kính gửi:
Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để
lãnh đạo, chỉ đạo.
Hồi 16h ngày 26/11/2025, vị trí tâm bão số 15 vào khoảng 12,5 độ vĩ bắc.
1. Chủ tịch Ủy ban nhân dân các tỉnh tổ chức theo dõi sát tình hình.
"""


def test_a_telegrams_addressees_are_header_not_paragraphs() -> None:
    paragraphs = parse(TELEGRAM)
    assert [p.text for p in paragraphs] == [
        "Hồi 16h ngày 26/11/2025, vị trí tâm bão số 15 vào khoảng 12,5 độ vĩ bắc.",
        "1. Chủ tịch Ủy ban nhân dân các tỉnh tổ chức theo dõi sát tình hình.",
    ]
    assert all(p.heading_path == [] for p in paragraphs)


def test_a_name_cut_after_its_head_word_is_rejoined() -> None:
    paragraphs, _ = wrapped_letter()
    # "... báo cáo của Bộ" / "Tài chính ...": the line ended inside a ministry's name.
    assert "sau khi nghe báo cáo của Bộ Tài chính và ý kiến" in paragraphs[0].text
    closing = starting(paragraphs, "Chủ tịch Ủy ban nhân dân Thành phố đề nghị các cơ quan")
    assert closing.text.endswith("trước ngày 31/3/2026./.")



def test_an_agency_name_broken_after_ngang_is_no_heading() -> None:
    paragraphs = parse(
        "Phó Thủ tướng Chính phủ có ý kiến như sau:\nCác Bộ, cơ quan ngang\n"
        "Bộ, cơ quan thuộc Chính phủ nghiên cứu các nội dung, giải pháp tại Báo cáo số 621/BC-BTC.\n"
    )
    assert [p.text for p in paragraphs][-1] == (
        "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ nghiên cứu các nội dung, giải pháp tại Báo cáo số 621/BC-BTC."
    )
    assert all(not h.startswith("Các Bộ, cơ quan ngang") for p in paragraphs for h in p.heading_path)


def test_a_bold_heading_wrapped_inside_its_markup_stays_one_paragraph() -> None:
    paragraphs, _ = wrapped_letter()
    item = starting(paragraphs, "1. Vụ Kế hoạch, Tài chính: Chủ trì tổng hợp nhu cầu kinh phí")
    assert item.marker == "1."


def test_a_registry_name_across_the_line_break_and_a_sentence_after_an_ellipsis() -> None:
    paragraphs, _ = wrapped_letter()
    item = starting(paragraphs, "2. Giao Sở Công Thương các tỉnh phối hợp")
    assert "“làm ngày, làm đêm”... để bảo đảm cung ứng đủ thuốc" in item.text
    assert item.text.endswith("vượt thẩm quyền.")


def test_bracketed_footnotes_are_lifted_with_their_enumeration() -> None:
    paragraphs, footnotes = wrapped_letter()
    assert [n.marker for n in footnotes] == ["1"]
    assert footnotes[0].text == (
        "Thông tư số 01/2026/TT-BYT: (i) mẫu báo cáo tuần, (ii) mẫu báo cáo tháng, (iii) mẫu báo cáo quý."
    )
    assert not any(p.text.startswith(("[1]", "Thông tư số 01/2026", "(iii)")) for p in paragraphs)


def test_roman_endnotes_are_lifted_and_a_party_body_runs_over_the_break() -> None:
    paragraphs, footnotes = parse_structure(source_of(
        "Kính gửi: Các bộ, cơ quan ngang bộ.\n"
        "Thực hiện ý kiến của Ban Tổ chức\n"
        "Trung ương tại Văn bản số 9151-CV/BTCTW ngày 29/7/2025, đề nghị bộ, ngành tổng hợp đề xuất biên\n"
        "chế theo vị trí việc làm[i] gửi về Bộ Nội vụ trước ngày 26/11/2025./.\n"
        "____________________\n"
        "[i] Tổng số vị trí việc làm không vượt quá tổng số đã được hướng dẫn.\n"
    ))
    assert [p.text[:45] for p in paragraphs] == ["Thực hiện ý kiến của Ban Tổ chức Trung ương t"]
    assert [(n.marker, n.text) for n in footnotes] == [("i", "Tổng số vị trí việc làm không vượt quá tổng số đã được hướng dẫn.")]


ANSWER_LETTER = """CỤC THUẾ
Số: 5662/CT-CS
V/v chính sách thuế
Hà Nội, ngày 01 tháng 12 năm 2025
Kính gửi:
- Thuế thành phố Hải Phòng
- Công ty BOT TNHH Điện lực Jaks Hải Dương.
(Địa
chỉ: thôn Thái Mông, xã Nam An Phụ, thành phố Hải Phòng)
Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 của Thuế thành phố Hải Phòng về chính sách thuế nhà thầu. Về vấn đề này, Cục Thuế có ý kiến như sau:
- Tại khoản 3 Điều 7 Thông tư số 103/2014/TT-BTC ngày 06/08/2014 của Bộ Tài chính quy định: "Điều 7. Thu nhập chịu thuế TNDN …
3. Thu nhập phát sinh tại Việt Nam của Nhà thầu nước ngoài là các khoản thu nhập nhận được trên cơ sở hợp đồng nhà thầu.
Lãi tiền vay bao gồm cả các khoản phí mà Bên Việt Nam phải trả theo quy định của hợp đồng. ”
- Tại khoản 25 Điều 3 Luật
Quản lý thuế số 38/2019/QH14 ngày 13/06/2019 quy định:
“25. Nguyên tắc bản chất hoạt động, giao dịch quyết định nghĩa vụ thuế là nguyên tắc được áp dụng trong quản lý thuế.”
- Tại điểm đ khoản 1 Điều 116 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 quy định:
Điều 116. Nhiệm vụ, quyền hạn của người ra quyết định thanh tra thuế
1. Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền hạn sau đây: …
đ) Quyết định xử lý theo thẩm quyền hoặc kiến nghị người có thẩm quyền xử lý kết quả thanh tra.
Theo nội dung nêu tại công văn số 4814/CCTKV.05-TTKT3 thì trường hợp của Công ty thuộc đối tượng chịu thuế nhà thầu.
Cục Thuế trả lời để Thuế thành phố Hải Phòng được biết./.
"""


def test_quoted_provisions_sit_under_their_citation_and_the_letter_resumes_after_them() -> None:
    paragraphs = parse(ANSWER_LETTER)
    assert paragraphs[0].text.startswith("Cục Thuế nhận được công văn")  # the address is the addressee's
    intro = starting(paragraphs, "- Tại khoản 3 Điều 7")
    quoted = [starting(paragraphs, "3. Thu nhập"), starting(paragraphs, "Lãi tiền vay bao gồm")]
    assert all(p.heading_path[: len(intro.heading_path) + 1] == [*intro.heading_path, intro.text] for p in quoted)
    # The quotation closed: the next citation is the first one's sibling, its law's name joined across the break.
    law = starting(paragraphs, "- Tại khoản 25 Điều 3 Luật Quản lý thuế số 38/2019/QH14")
    assert law.heading_path == intro.heading_path
    assert starting(paragraphs, "“25. Nguyên tắc").heading_path == [*law.heading_path, law.text]
    # An unquoted article after "quy định:" is quoted too, up to the letter's own conclusion.
    article = starting(paragraphs, "- Tại điểm đ khoản 1 Điều 116")
    assert starting(paragraphs, "đ) Quyết định xử lý").heading_path[: len(article.heading_path) + 1] == [
        *article.heading_path,
        article.text,
    ]
    assert starting(paragraphs, "Theo nội dung nêu tại").heading_path == []
    # The quoted paragraphs are flagged as another document's words; the letter's own are not.
    assert all(p.quoted for p in quoted) and starting(paragraphs, "“25. Nguyên tắc").quoted
    assert not any(p.quoted for p in (intro, law, article, starting(paragraphs, "Theo nội dung nêu tại")))


def test_an_unmarked_citation_after_a_quotation_that_lost_its_closing_mark_ends_it() -> None:
    paragraphs = parse(
        "Cục Thuế nhận được công văn số 291/STSG-HC của Công ty về đơn giá thuê đất. Cục Thuế có ý kiến như sau:\n"
        "Tại Điều 30 Nghị định số 103/2024/NĐ-CP của Chính phủ quy định:\n"
        "“Điều 30. Tính tiền thuê đất\n"
        "1. Đối với trường hợp thuê đất trả tiền thuê đất hằng năm, tiền thuê đất một năm được tính như sau:\n"
        "Tại khoản 10 Điều 51 Nghị định số 103/2024/NĐ-CP của Chính phủ quy định:\n"
        "“10. Tiền thuê đất này được ổn định 05 năm.”\n"
        "Đề nghị Công ty liên hệ với Thuế tỉnh Phú Thọ để được hướng dẫn.\n"
    )
    second = starting(paragraphs, "Tại khoản 10 Điều 51")
    assert second.heading_path == [] and not second.quoted
    assert starting(paragraphs, "“10. Tiền thuê đất").quoted
    request = starting(paragraphs, "Đề nghị Công ty liên hệ")
    assert request.heading_path == [] and not request.quoted


def test_a_quote_mark_lost_inside_a_ground_opens_no_quotation() -> None:
    paragraphs = parse(
        "Xét Tờ trình số 408/TTr-UBND của Ủy ban nhân dân thành phố về việc ban hành Nghị quyết “Quy định mức chi "
        "hỗ trợ Công an cấp xã; ý kiến thảo luận của đại biểu tại kỳ họp;\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị quyết này quy định mức chi hỗ trợ cán bộ, chiến sỹ Công an cấp xã.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "Giao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết.\n"
    )
    article = starting(paragraphs, "Điều 2. Tổ chức thực hiện")
    assert article.heading_path == [] and not any(p.quoted for p in paragraphs)


def test_the_wording_an_amendment_enacts_is_the_notices_own() -> None:
    paragraphs = parse(
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 10/2024/NQ-HĐND như sau:\n"
        "3. Sửa đổi, bổ sung Điều 4 như sau:\n"
        "“Điều 4. Tổ chức thực hiện\n"
        "Giao Ủy ban nhân dân tỉnh hướng dẫn các xã bố trí vốn đối ứng.”\n"
    )
    enacted = starting(paragraphs, "Giao Ủy ban nhân dân tỉnh hướng dẫn")
    assert enacted.heading_path[-1] == "3. Sửa đổi, bổ sung Điều 4 như sau:" and not enacted.quoted


def test_a_sentence_goes_on_after_an_ellipsis_inside_brackets() -> None:
    # A hard-wrapped page: most lines stop mid-sentence.
    text = (
        "Giao Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành xem xét khen thưởng xứng đáng\n"
        "(Huân chương, bằng khen, giấy khen của các cấp,...)\n"
        "cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026.\n"
        "Giao Bộ Tài chính bố trí kinh phí khen thưởng theo quy định của pháp luật hiện\n"
        "hành; Bộ Y tế hướng dẫn các địa phương tổ chức tiêm chủng theo kế hoạch được\n"
        "duyệt; Bộ Công an chỉ đạo lực lượng công an địa phương bảo đảm an ninh trật\n"
        "tự trong thời gian diễn ra các sự kiện chính trị quan trọng của đất nước.\n"
    )
    paragraphs = parse(text)
    assert paragraphs[0].text.endswith("cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026.")


# --------------------------------------------------------------------------------------------------
# Task tables and wrapped lines (second held-out round)

PORTAL_TABLE = """Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
**PHỤ LỤC**
*(Kèm theo Kế hoạch số 45/KH-UBND ngày 03/3/2026 của UBND tỉnh Quảng Trị)*
|
**STT**
|
**Nội dung công việc**
|
**Đơn vị chủ trì**
|
**Đơn vị phối hợp**
|
**Thời gian hoàn
thành**
|
|
**I**
|
**CÔNG TÁC TUYÊN TRUYỀN**
|
|
1
|
Tổ chức tuyên truyền về phòng, chống
thiên tai trên các phương tiện thông tin
|
Sở Văn hóa, Thể thao và Du lịch
|
Đài Phát thanh và Truyền hình tỉnh; UBND cấp xã
|
Quý II/2026
|
|
2
|
Biên soạn tài liệu hướng dẫn kỹ năng ứng phó
|
Sở Nông nghiệp và Môi trường
|
|
Thường xuyên
|
Các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này./.
"""


def test_a_portal_task_table_becomes_one_paragraph_per_row_under_its_header() -> None:
    paragraphs = parse(PORTAL_TABLE)
    header = starting(paragraphs, "STT | Nội dung công việc")
    assert header.is_heading
    assert header.text == "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành"
    section = starting(paragraphs, "I CÔNG TÁC TUYÊN TRUYỀN")
    assert section.is_heading and section.heading_path[-1] == header.text
    first = starting(paragraphs, "1 | Tổ chức tuyên truyền")
    assert first.text == (
        "1 | Tổ chức tuyên truyền về phòng, chống thiên tai trên các phương tiện thông tin | "
        "Sở Văn hóa, Thể thao và Du lịch | Đài Phát thanh và Truyền hình tỉnh; UBND cấp xã | Quý II/2026"
    )
    assert first.heading_path[-2:] == [header.text, section.text]
    # An empty cell keeps its column: the deadline stays in the fifth.
    second = starting(paragraphs, "2 | Biên soạn")
    assert second.text.split(" | ")[3:] == ["", "Thường xuyên"]
    # The text after the table is a paragraph of its own again.
    assert header.text not in starting(paragraphs, "Các sở, ngành triển khai").heading_path


# The end of a legal portal's page (bench/notices/ holds whole ones): the notice's last lines, its
# recipients with wrapped entries, the signer, then the portal's caption, note and related documents.
PORTAL_TAIL = """Ngày 18 tháng 11 năm 2025, Phó Thủ tướng đã chủ trì cuộc họp về Chương trình. Văn phòng
Chính phủ thông báo kết luận như sau:
1. Giao Bộ Nông nghiệp và Môi trường hoàn thiện hồ sơ Chương trình, trình Chính phủ trong tháng
12 năm 2025; phối hợp với Ủy ban nhân dân tỉnh
Điện Biên rà soát danh mục dự án.
Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.
|
Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Các cơ quan của QH: Hội đồng Dân tộc, Ủy ban Kinh tế và Tài chính, Ủy ban
Văn hóa và Xã hội;
- VPCP: BTCN, các Vụ: KGVX,
QHĐP, KTTH; Cổng TTĐTCP;
- Lưu VT, NN (03). Hg.
|
**KT. BỘ TRƯỞNG,
CHỦ NHIỆM**
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
|
Thông báo 631/TB-VPCP năm 2025 về Kết luận của Phó Thủ tướng tại cuộc họp
Văn bản này chưa cập nhật nội dung Tiếng Anh
Thông báo 631/TB-VPCP ngày 19/11/2025 về Kết luận của Phó Thủ tướng tại cuộc họp
## Văn bản liên quan
Ban hành:
01/12/2025
Hiệu lực: Đã biết
Tình trạng: Đã biết
"""


def test_a_portal_page_ends_with_the_notice_and_a_wrapped_place_name_stays_in_its_sentence() -> None:
    texts = [p.text for p in parse(PORTAL_TAIL)]
    assert texts[-1] == "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./."
    assert "phối hợp với Ủy ban nhân dân tỉnh Điện Biên rà soát danh mục dự án." in texts[-2]


def test_a_recipients_dash_alone_on_its_line_keeps_the_list_out_of_the_body() -> None:
    # "*Nơi nhận:*" / "-" / "Như trên;": the first recipient's name wrapped below its dash.
    page = PORTAL_TAIL.replace("- Thủ tướng Chính phủ (để b/c);", "-\nNhư trên;\n- Thủ tướng Chính phủ (để b/c);")
    page = page.replace("Nơi nhận:", "*Nơi nhận:*")
    texts = [p.text for p in parse(page)]
    assert texts[-1] == "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./."
    assert read_layout(source_of(page)).footer[1].text == "-"


def test_a_customs_rulings_result_cell_is_a_paragraph_of_its_own() -> None:
    text = (
        "3. Kết quả xác định trước mã số:\n|\nTên thương mại: Magic The Gathering Welcome Deck\n|\n"
        "- Công dụng theo thiết kế: Giải trí chiến thuật. - Hình ảnh thực tế của sản phẩm\n|\n|\n"
        "Nhà sản xuất: Wizards of the Coast\n|\n"
        "thuộc nhóm **95.04** *“Các máy và thiết bị trò chơi”*, mã số **9504.40.00** *“- Bộ bài”* tại Danh mục.\n|\n"
    )
    result = parse(text)[-1]
    # Not glued to the description before it: the code a question asks for is what this paragraph says.
    assert result.text == "thuộc nhóm 95.04 “Các máy và thiết bị trò chơi”, mã số 9504.40.00 “- Bộ bài” tại Danh mục."
    assert result.heading_path[0] == "3. Kết quả xác định trước mã số:"


def test_a_line_opening_on_a_comma_goes_on_and_a_spaced_number_heads_its_item() -> None:
    text = (
        "1 . Hàng hóa đề nghị xác định trước mã số do tổ chức, cá nhân cung cấp:\n"
        "Tên thương mại: Kester 275 Flux-Cored Wire\n"
        "2. Kết quả xác định trước mã số:\n"
        "thuộc nhóm 71.06 “Bạc, chưa gia công hoặc ở dạng bán thành phẩm, hoặc dạng bột.”\n"
        ", phân nhóm “- Loại khác:”, mã số 7106.92.00 tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam.\n"
    )
    paragraphs = parse(text)
    assert marker_of("1 . Hàng hóa") == ("arabic", "1.")
    # "2." is the first item's sibling, not its child.
    assert starting(paragraphs, "thuộc nhóm 71.06").heading_path == ["2. Kết quả xác định trước mã số:"]
    # The line giving the code the question asks for is not a paragraph of its own.
    assert paragraphs[-1].text.endswith("dạng bột.” , phân nhóm “- Loại khác:”, mã số 7106.92.00 tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam.")


def test_the_enacting_formula_wraps_before_its_object_and_the_last_article_holds_the_closing() -> None:
    text = (
        "Căn cứ Luật Viễn thông số 24/2023/QH15;\n"
        "Ủy ban nhân dân ban hành\n"
        "Quyết định quy định thời gian hoạt động của các đại lý Internet trên địa bàn tỉnh Phú Thọ.\n"
        "Điều 4. Hiệu lực thi hành\n"
        "Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.\n"
        "Điều 5. Tổ chức thực hiện\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    paragraphs = parse(text)
    # "ban hành" wants its object: the formula is one paragraph, and no heading over the articles.
    assert paragraphs[1].text == (
        "Ủy ban nhân dân ban hành Quyết định quy định thời gian hoạt động của các đại lý Internet trên địa bàn tỉnh Phú Thọ."
    )
    assert starting(paragraphs, "Quyết định này có hiệu lực").heading_path == ["Điều 4. Hiệu lực thi hành"]
    # The closing "./." ends the notice, yet belongs to the article it is the only paragraph of.
    assert starting(paragraphs, "Chánh Văn phòng").heading_path == ["Điều 5. Tổ chức thực hiện"]


def test_a_provision_introduced_with_a_full_stop_is_still_quoted_under_its_introduction() -> None:
    text = (
        "Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
        "- Khoản 3 Điều 7 Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế quy định.\n"
        "“3. Người nộp thuế không phải nộp hồ sơ khai thuế trong các trường hợp sau đây:\n"
        "a) Người nộp thuế chỉ có hoạt động, kinh doanh thuộc đối tượng không chịu thuế.”\n"
        "- Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính.\n"
        "1. Về khai thuế TNDN:\n"
    )
    paragraphs = parse(text)
    quoted = starting(paragraphs, "“3. Người nộp thuế")
    assert quoted.quoted and quoted.heading_path[-1].startswith("- Khoản 3 Điều 7 Nghị định số 126/2020/NĐ-CP")
    # The letter's next ground is its own again, beside the one that introduced the quotation.
    grounds = starting(paragraphs, "- Căn cứ Thông tư")
    assert not grounds.quoted and grounds.heading_path == ["Về vấn đề này, Cục Thuế có ý kiến như sau:"]


def test_a_readers_name_after_a_line_break_stays_in_its_sentence() -> None:
    text = (
        "Cục Thuế nhận được câu hỏi mã số 220725-17 của độc giả\n"
        "Huỳnh Thị Mỹ Hằng gửi qua Cổng Thông tin điện tử Bộ Tài chính phản ánh về chính\n"
        "sách thuế thu nhập cá nhân đối với khoản tiền ăn giữa ca, ăn trưa.\n"
    )
    paragraphs = parse(text)
    assert len(paragraphs) == 1 and "của độc giả Huỳnh Thị Mỹ Hằng gửi qua" in paragraphs[0].text


def test_a_portal_caption_with_neither_date_nor_issuer_is_still_the_pages_tail() -> None:
    caption = "Quyết định 5721/QĐ-UBND phê duyệt giá thóc để thu thuế sử dụng đất nông nghiệp (vụ mùa năm 2025)"
    page = PORTAL_TAIL.replace("Thông báo 631/TB-VPCP năm 2025 về Kết luận của Phó Thủ tướng tại cuộc họp", caption)
    texts = [p.text for p in parse(page)]
    assert texts[-1] == "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./."


def test_an_office_at_a_line_end_runs_on_into_the_holders_name() -> None:
    text = (
        "Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ\n"
        "Lê Thành Long đã đi kiểm tra, đôn đốc công trình Dự án đầu tư xây dựng Cơ sở 2\n"
        "Bệnh viện Hữu nghị Việt Đức tại tỉnh Ninh Bình. Tham gia Đoàn công tác có Bộ\n"
        "Y tế, Bộ Xây dựng. Văn phòng Chính phủ thông báo như sau:\n"
        "1. Bộ Y tế khẩn trương hoàn thiện hồ sơ dự án, báo cáo Thủ tướng Chính phủ trong\n"
        "tháng 12 năm 2025.\n"
    )
    texts = [p.text for p in parse(text)]
    assert texts[0].startswith("Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Lê Thành Long đã đi kiểm tra")
    assert texts[1].startswith("1. Bộ Y tế khẩn trương")


def test_a_province_name_wrapped_over_the_line_break_stays_in_its_sentence() -> None:
    # 232/CĐ-TTg: the line ending in "Gia" had been read as a heading over everything after it.
    text = (
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\n"
        "Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở\n"
        "khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:\n"
        "(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây\n"
        "dựng lại.\n"
        "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia\n"
        "Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính,\n"
        "Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 để tổng hợp, báo\n"
        "cáo Thủ tướng Chính phủ.\n"
        "2. Bộ trưởng Bộ Tài chính tổng hợp, chủ động đề xuất sử dụng nguồn lực từ ngân\n"
        "sách trung ương hỗ trợ các tỉnh.\n"
    )
    paragraphs = parse(text)
    report = next(p for p in paragraphs if "khẩn trương gửi Báo cáo" in p.text)
    assert report.text.startswith("Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương")
    assert paragraphs[-1].text.startswith("2. Bộ trưởng Bộ Tài chính") and paragraphs[-1].heading_path == []


def test_a_row_without_its_index_keeps_the_merged_cells_of_the_row_above() -> None:
    text = (
        "Danh mục nhiệm vụ năm 2026 như sau:\n"
        "|\nSTT\n|\nCơ quan chủ trì\n|\nNội dung nhiệm vụ\n|\nThời hạn\n|\n|\n"
        "1\n|\nSở Xây dựng\n|\nRà soát quy hoạch bến xe khách\n|\nNăm 2026\n|\n|\n"
        "Lập phương án tổ chức giao thông\n|\nNăm 2027\n|\n|\n"
        "2\n|\nSở Tài chính\n|\nBố trí kinh phí thực hiện\n|\nNăm 2026\n|\n"
    )
    rows = [p.text for p in parse(text) if " | " in p.text and not p.is_heading]
    assert rows == [
        "1 | Sở Xây dựng | Rà soát quy hoạch bến xe khách | Năm 2026",
        "1 | Sở Xây dựng | Lập phương án tổ chức giao thông | Năm 2027",
        "2 | Sở Tài chính | Bố trí kinh phí thực hiện | Năm 2026",
    ]


def test_a_markdown_task_table_is_read_by_rows() -> None:
    text = (
        "Các nhiệm vụ cụ thể như sau:\n\n"
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n"
        "|---|---|---|---|\n"
        "| 1 | Kiểm tra an toàn hồ đập | Sở Nông nghiệp và Môi trường | 30/6/2026 |\n"
        "| 2 | Cập nhật bản đồ ngập lụt | Sở Xây dựng | 2026 |\n"
    )
    rows = [p.text for p in parse(text) if " | " in p.text and not p.is_heading]
    assert rows == [
        "1 | Kiểm tra an toàn hồ đập | Sở Nông nghiệp và Môi trường | 30/6/2026",
        "2 | Cập nhật bản đồ ngập lụt | Sở Xây dựng | 2026",
    ]


# An appendix of figures as a legal portal writes it (220/CĐ-TTg): one cell per line, a two-level
# header, a group row spanning the table, rows, the total, then the text again.
PORTAL_FIGURES = """Kết quả tại các địa phương như sau:
|
**STT**
|
**Địa phương**
|
**Số lượng TTHC**
|
**Tỷ lệ**
|
|
**Cấp tỉnh**
|
**Cấp xã**
|
|
**I. Miền núi phía Bắc**
|
|
1.
|
Lào Cai
|
**2199**
|
1875
|
324
|
100%
|
|
2.
|
Lạng Sơn
|
**2124**
|
1750
|
374
|
62,5%
|
|
Tổng cộng
|
4323
|
3625
|
698
|
81,3%
|
|
Các địa phương chưa đạt khẩn trương rà soát, công bố bổ sung.
"""


def test_a_portal_table_of_figures_becomes_one_paragraph_per_row() -> None:
    paragraphs = parse(PORTAL_FIGURES)
    header = starting(paragraphs, "STT | Địa phương")
    assert header.is_heading and header.text == "STT | Địa phương | Số lượng TTHC | Tỷ lệ | Cấp tỉnh | Cấp xã"
    group = starting(paragraphs, "I. Miền núi phía Bắc")
    assert group.is_heading and group.heading_path[-1] == header.text
    assert starting(paragraphs, "1. | Lào Cai").text == "1. | Lào Cai | 2199 | 1875 | 324 | 100%"
    second = starting(paragraphs, "2. | Lạng Sơn")
    assert second.heading_path[-2:] == [header.text, group.text]
    assert starting(paragraphs, "Tổng cộng").text == "Tổng cộng | 4323 | 3625 | 698 | 81,3%"
    after = starting(paragraphs, "Các địa phương chưa đạt")
    assert header.text not in after.heading_path


def test_rows_below_a_merged_cell_and_numbered_sub_rows_start_rows_of_their_own() -> None:
    # The first row's "Trực tiếp" is merged down over the rows below, which are one cell short.
    text = (
        "Danh mục thủ tục:\n|\nSTT\n|\nTên thủ tục\n|\nThời hạn\n|\nCách thức\n|\n|\n"
        "1\n|\nCấp chứng chỉ\n|\n10 ngày\n|\nTrực tiếp\n|\n|\n"
        "2\n|\nGia hạn chứng chỉ\n|\n05 ngày\n|\n|\n"
        "3\n|\nThu hồi chứng chỉ\n|\n05 ngày\n|\n|\n"
        "3.1\n|\nThành phần hồ sơ\n|\n"
    )
    rows = [p.text for p in parse(text) if " | " in p.text and not p.is_heading]
    # Under a header of one row, a short row holds the cells merged down to it, but for figures.
    assert rows == [
        "1 | Cấp chứng chỉ | 10 ngày | Trực tiếp",
        "2 | Gia hạn chứng chỉ | 05 ngày | Trực tiếp",
        "3 | Thu hồi chứng chỉ | 05 ngày | Trực tiếp",
        "3.1 | Thành phần hồ sơ",
    ]


def test_the_next_tables_header_ends_a_table_and_a_list_table_of_one_column_is_read_by_rows() -> None:
    text = (
        "Danh mục như sau:\n|\nSTT\n|\nTên thủ tục\n|\nThời hạn\n|\n|\n"
        "1\n|\nCấp chứng chỉ hành nghề\n|\n10 ngày\n|\n|\n"
        "II. Lĩnh vực ưu tiên tổ chức hội chợ\n|\nSTT\n|\nTên lĩnh vực\n|\n|\n"
        "1\n|\nSản phẩm nông sản đặc sản của tỉnh\n|\n|\n"
        "2\n|\nSản phẩm công nghiệp chế tạo và công nghiệp hỗ trợ\n|\n|\n"
    )
    paragraphs = parse(text)
    rows = [p.text for p in paragraphs if " | " in p.text]
    # One row closed by the next table's title and header is a table; the list under the title keeps its numbers.
    assert starting(paragraphs, "2 | Sản phẩm công nghiệp").heading_path[0] == "II. Lĩnh vực ưu tiên tổ chức hội chợ"
    assert rows == [
        "STT | Tên thủ tục | Thời hạn",
        "1 | Cấp chứng chỉ hành nghề | 10 ngày",
        "STT | Tên lĩnh vực",
        "1 | Sản phẩm nông sản đặc sản của tỉnh",
        "2 | Sản phẩm công nghiệp chế tạo và công nghiệp hỗ trợ",
    ]


def test_a_table_of_one_row_is_left_as_it_was() -> None:
    text = "Diện tích các xã như sau:\n|\nSTT\n|\nTên xã\n|\nDiện tích\n|\n|\n1\n|\nXã Tân Lập\n|\n25 ha\n|\n"
    assert not any(" | " in p.text for p in parse(text))


def test_a_procedure_published_alone_is_read_as_the_one_row_of_its_bold_header() -> None:
    text = (
        "Danh mục thủ tục hành chính được công bố bổ sung:\n|\n**TT**\n|\n**Tên thủ tục hành chính**\n|\n"
        "**Thời hạn giải quyết**\n|\n**Cách thức thực hiện**\n|\n|\n01\n|\nCông nhận kết quả thăm dò khoáng sản\n|\n"
        "- Đối với khoáng sản nhóm I tối đa là 60 ngày.\n- Đối với khoáng sản nhóm III tối đa là 45 ngày.\n|\n"
        "- Trực tiếp hoặc qua đường bưu điện.\n|\n"
    )
    paragraphs = parse(text)
    header = starting(paragraphs, "TT | ")
    assert header.text == "TT | Tên thủ tục hành chính | Thời hạn giải quyết | Cách thức thực hiện"
    row = starting(paragraphs, "01 | ")
    assert row.heading_path[-1] == header.text
    # The time limits stay in their row, not loose paragraphs under the last column's title.
    assert row.text == (
        "01 | Công nhận kết quả thăm dò khoáng sản | - Đối với khoáng sản nhóm I tối đa là 60 ngày. - Đối với "
        "khoáng sản nhóm III tối đa là 45 ngày. | - Trực tiếp hoặc qua đường bưu điện."
    )


def test_rows_numbered_with_a_leading_zero_are_all_read() -> None:
    text = (
        "Danh mục thủ tục:\n|\nSTT\n|\nTên thủ tục\n|\nThời hạn\n|\n|\n"
        "01\n|\nCấp chứng chỉ\n|\n10 ngày\n|\n|\n02\n|\nGia hạn chứng chỉ\n|\n05 ngày\n|\n|\n"
        "03\n|\nThu hồi chứng chỉ\n|\n05 ngày\n|\n"
    )
    rows = [p.text for p in parse(text) if " | " in p.text and not p.is_heading]
    assert rows == ["01 | Cấp chứng chỉ | 10 ngày", "02 | Gia hạn chứng chỉ | 05 ngày", "03 | Thu hồi chứng chỉ | 05 ngày"]


def test_a_row_with_rows_numbered_under_it_heads_them() -> None:
    # The school's row holds no fee: its age groups, numbered under it, do ("2 1" lost its dot).
    text = (
        "Mức học phí như sau:\n|\nSTT\n|\nTên đơn vị\n|\nMức học phí\n|\n|\n"
        "**1**\n|\n**Trường Mầm non Sài Đồng**\n|\n** **\n|\n|\n1.1\n|\nNhà trẻ\n|\n5.100.000\n|\n|\n"
        "1.2\n|\nMẫu giáo\n|\n4.300.000\n|\n|\n**2**\n|\n**Trường Tiểu học Sài Đồng**\n|\n|\n|\n"
        "2 1\n|\nKhối 1\n|\n5.500.000\n|\n|\n2.2\n|\nKhối 2\n|\n5.300.000\n|\n|\n"
        "3\n|\nTrường Trung học cơ sở Chu Văn An\n|\n4.200.000\n|\n"
    )
    paragraphs = parse(text)
    rows = [p.text for p in paragraphs if " | " in p.text]
    assert rows == [
        "STT | Tên đơn vị | Mức học phí",
        "1 | Trường Mầm non Sài Đồng",
        "1.1 | Nhà trẻ | 5.100.000",
        "1.2 | Mẫu giáo | 4.300.000",
        "2 | Trường Tiểu học Sài Đồng",
        "2 1 | Khối 1 | 5.500.000",
        "2.2 | Khối 2 | 5.300.000",
        "3 | Trường Trung học cơ sở Chu Văn An | 4.200.000",
    ]
    assert starting(paragraphs, "1.2 | ").heading_path[-1] == "1 | Trường Mầm non Sài Đồng"
    assert starting(paragraphs, "2.2 | ").heading_path[-1] == "2 | Trường Tiểu học Sài Đồng"
    assert starting(paragraphs, "3 | ").heading_path[-1] == "STT | Tên đơn vị | Mức học phí"


def test_the_unit_over_a_table_stands_over_its_rows_header() -> None:
    text = (
        "PHỤ LỤC\nMỨC HỌC PHÍ NĂM HỌC 2025-2026\n*Đơn vị: Đồng/học\nsinh/tháng*\n|\nSTT\n|\nTên đơn vị\n|\nMức học phí\n|\n|\n"
        "**1**\n|\n**Trường Tiểu học Sài Đồng**\n|\n|\n|\n1.1\n|\nKhối 1\n|\n5.500.000\n|\n|\n1.2\n|\nKhối 2\n|\n5.300.000\n|\n|\n"
        "2\n|\nTrường Trung học cơ sở Chu Văn An\n|\n4.200.000\n|\n"
    )
    paragraphs = parse(text)
    school = starting(paragraphs, "2 | ")
    assert school.heading_path[-2:] == ["Đơn vị: Đồng/học sinh/tháng", "STT | Tên đơn vị | Mức học phí"]
    assert school.table_unit() == "Đồng/học sinh/tháng"
    # A row numbered under a school's row has the table's header, not the school's row, as its header.
    grade = starting(paragraphs, "1.2 | ")
    assert grade.heading_path[-1] == "1 | Trường Tiểu học Sài Đồng"
    assert grade.table_header() == "STT | Tên đơn vị | Mức học phí"
    assert grade.table_unit() == "Đồng/học sinh/tháng"
    # A table with no such line over it has no unit.
    assert starting(parse(text.replace("*Đơn vị: Đồng/học\nsinh/tháng*\n", "")), "2 | ").table_unit() is None


def test_a_bold_group_label_in_a_cell_of_its_own_heads_the_rows_after_it() -> None:
    # Each "Loại" had ended the table, and the rows after it lost their figures.
    text = (
        "Danh mục tài sản cố định vô hình như sau:\n|\n**STT**\n|\n**DANH MỤC**\n|\n**Thời gian tính hao mòn (năm)**\n|\n"
        "**Tỷ lệ hao mòn (% năm)**\n|\n|\n**Loại 1**\n|\n**Quyền tác giả**\n|\n|\n|\n|\n"
        "1\n|\nTác phẩm điện ảnh\n|\n50\n|\n02\n|\n|\n2\n|\nTác phẩm sân khấu\n|\n50\n|\n02\n|\n|\n"
        "**Loại 2**\n|\n**Quyền sở hữu công\nnghiệp**\n|\n|\n|\n|\n"
        "1\n|\nBằng độc quyền sáng chế\n|\n20\n|\n05\n|\n|\n2\n|\nBằng độc quyền kiểu dáng\ncông nghiệp\n|\n05\n|\n20\n|\n"
    )
    paragraphs = parse(text)
    rows = [p.text for p in paragraphs if " | " in p.text and not p.is_heading]
    assert rows == [
        "1 | Tác phẩm điện ảnh | 50 | 02",
        "2 | Tác phẩm sân khấu | 50 | 02",
        "1 | Bằng độc quyền sáng chế | 20 | 05",
        "2 | Bằng độc quyền kiểu dáng công nghiệp | 05 | 20",
    ]
    assert starting(paragraphs, "2 | Bằng").heading_path[-2:] == [
        "STT | DANH MỤC | Thời gian tính hao mòn (năm) | Tỷ lệ hao mòn (% năm)",
        "Loại 2 Quyền sở hữu công nghiệp",
    ]


def test_a_portals_page_tail_is_no_cell_of_the_last_row() -> None:
    text = (
        "Danh mục thủ tục:\n|\nSTT\n|\nTên thủ tục\n|\nThời hạn\n|\n|\n"
        "1\n|\nCấp chứng chỉ\n|\n10 ngày\n|\n|\n2\n|\nThu hồi chứng chỉ\n|\n"
        "Quyết định 2666/QĐ-UBND năm 2025 công bố Danh mục thủ tục hành chính được sửa đổi\n"
        "Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n26/11/2025\n"
    )
    rows = [p.text for p in parse(text) if " | " in p.text and not p.is_heading]
    assert rows == ["1 | Cấp chứng chỉ | 10 ngày", "2 | Thu hồi chứng chỉ"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a capitalised name runs over the break in running text
        (
            "- Chỉ đạo Ban Quản lý dự án, Bệnh viện Đa khoa Trung ương Cần\n"
            "Thơ đẩy nhanh công tác mua sắm thiết bị theo đúng quy định của pháp luật hiện hành.\n",
            "Bệnh viện Đa khoa Trung ương Cần Thơ đẩy nhanh",
        ),
        # a verb that needs its object
        (
            "(3) Sở Tư pháp tiếp tục chủ động phối hợp, hướng dẫn\n"
            "Sở Y tế và các nhà thầu hoàn thiện hồ sơ pháp lý của dự án theo quy định của pháp luật.\n",
            "hướng dẫn Sở Y tế",
        ),
        # the colon of an enumeration head inside a sentence
        (
            "3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở:\n"
            "Tài chính, Xây dựng; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.\n",
            "Giám đốc các Sở: Tài chính, Xây dựng",
        ),
    ],
)
def test_lines_that_cannot_end_where_they_break_run_on(text: str, joined: str) -> None:
    filler = "".join(f"Đoạn văn thứ {k} của văn bản được ngắt dòng cứng ở cuối mỗi dòng như bản in\nra giấy.\n" for k in range(4))
    assert any(joined in p.text for p in parse(filler + text))


def test_an_owner_heading_still_stands_over_its_items() -> None:
    text = "b) Bộ Công Thương\nChủ trì, phối hợp với các địa phương rà soát nguồn cung xăng dầu.\n"
    paragraphs = parse(text)
    assert paragraphs[0].text == "b) Bộ Công Thương"


WRAPPED = "".join(f"Đoạn văn thứ {k} của văn bản được ngắt dòng cứng ở cuối mỗi dòng như bản in\nra giấy.\n" for k in range(4))


def test_an_owner_heading_ending_in_ngang_bo_stands_over_its_item() -> None:
    text = "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\nKhẩn trương rà soát các quy định về đăng ký xe.\n"
    paragraphs = parse(WRAPPED + text)
    assert paragraphs[-2].text == "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" and paragraphs[-2].is_heading
    assert paragraphs[-1].heading_path[-1] == paragraphs[-2].text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Để rút ngắn thời gian giải quyết\nTTHC, ĐKKD, các Bộ cần đơn giản hóa hồ sơ.\n", "giải quyết TTHC, ĐKKD"),
        ("Chào mừng Hội nghị lần thứ\nXV của Ban Chấp hành, các Bộ rà soát kết quả.\n", "lần thứ XV của"),
    ],
)
def test_running_text_wraps_before_an_acronym_or_a_numeral(text: str, joined: str) -> None:
    assert any(joined in p.text for p in parse(WRAPPED + text))


def test_a_bold_span_closing_on_the_next_line_is_one_paragraph() -> None:
    long_item = "3. Sở Xây dựng rà soát quy trình nội bộ, quy trình điện tử của các thủ tục hành chính " * 3
    text = long_item.strip() + " **trong\nnăm 2026.**\n"
    paragraphs = parse(WRAPPED + text)
    assert paragraphs[-1].text.endswith("trong năm 2026.")


def test_a_paragraph_is_split_into_sentences_only_when_it_has_several() -> None:
    paragraph = Paragraph(text="Giao Sở Xây dựng chủ trì. Thời hạn: trước ngày 15/4/2024; báo cáo UBND tỉnh kết quả thực hiện.")
    assert paragraph.sentences() == [
        "Giao Sở Xây dựng chủ trì.",
        "Thời hạn: trước ngày 15/4/2024;",
        "báo cáo UBND tỉnh kết quả thực hiện.",
    ]
    assert Paragraph(text="Giao Sở Xây dựng chủ trì thực hiện.").sentences() == []
    # Fragments too short to carry a matter ("a) Lào Cai;") are no sentences of their own.
    assert Paragraph(text="Các địa phương: a) Lào Cai; b) Yên Bái.").sentences() == []


def test_each_ground_of_a_decision_is_a_paragraph_even_after_a_full_line() -> None:
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Căn cứ Luật Thương mại ngày 14/6/2005;\n"
        "Căn cứ Nghị định số 81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương mại về\n"
        "hoạt động xúc tiến thương mại; Nghị định số 128/2024/NĐ-CP ngày 10/10/2024 của Chính phủ sửa đổi,\n"
        "bổ sung một số điều của Nghị định số 81/2018/NĐ-CP của Chính phủ quy định chi tiết Luật Thương mại;\n"
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 131/TTr-SCT ngày 24/11/2025; ý kiến của\n"
        "các thành viên Ủy ban nhân dân tỉnh, thống nhất tại phiên họp thường kỳ tháng 11 năm 2025 vừa qua.\n"
        "Điều 1. Phê duyệt Danh mục địa điểm tổ chức hội chợ, triển lãm thương mại trên địa bàn tỉnh năm 2026,\n"
        "hoàn thành việc công bố danh mục trên cổng thông tin điện tử của tỉnh trước ngày 15 tháng 12 năm 2025;\n"
        "các sở, ngành theo chức năng hướng dẫn doanh nghiệp tổ chức hội chợ theo đúng danh mục được duyệt.\n"
    )
    texts = [p.text for p in parse(text)]
    assert any(t.startswith("Căn cứ Nghị định số 81/2018") and t.endswith("Luật Thương mại;") for t in texts)
    assert any(t.startswith("Theo đề nghị của Giám đốc Sở Công Thương") for t in texts)
    # A clause ending a full line still runs on into the next one when that one is no new ground.
    assert any("trước ngày 15 tháng 12 năm 2025; các sở, ngành" in t for t in texts)


def test_grounds_inside_one_bold_span_are_paragraphs_of_their_own() -> None:
    text = (
        "**Căn cứ Luật Hải quan ngày 23/6/2014;\nCăn cứ Thông tư số 31/2022/TT-BTC của Bộ Tài chính;\n"
        "Trên cơ sở Đơn đề nghị số 02/NMT của Công ty NMT (MST:\n0314516476) và hồ sơ kèm theo;\n"
        "Cục Hải quan thông báo kết quả xác định trước mã số như sau:**\n"
    )
    assert [p.text for p in parse(text)][:4] == [
        "Căn cứ Luật Hải quan ngày 23/6/2014;",
        "Căn cứ Thông tư số 31/2022/TT-BTC của Bộ Tài chính;",
        "Trên cơ sở Đơn đề nghị số 02/NMT của Công ty NMT (MST: 0314516476) và hồ sơ kèm theo;",
        "Cục Hải quan thông báo kết quả xác định trước mã số như sau:",
    ]


def test_a_ground_whose_first_word_is_left_alone_on_a_line_starts_anew() -> None:
    # Hard-wrapped: most lines stop mid-sentence, so a full line ending in ";" may go on.
    text = (
        "Căn\ncứ Luật Hải quan ngày 23/6/2014 của Quốc hội về thủ tục hải quan, kiểm tra giám sát hải quan;\n"
        "Căn\ncứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện pháp\n"
        "thi hành Luật Hải quan về thủ tục hải quan, được sửa đổi, bổ sung tại Nghị định số 167/2025/NĐ-CP;\n"
        "Trên\ncơ sở Đơn đề nghị xác định mã số số 002 ngày 23/9/2025 của Công ty TNHH Giải trí Our game\n"
        "TCG Trading và hồ sơ kèm theo, Cục Hải quan thông báo kết quả xác định trước mã số như sau: hàng\n"
        "hóa đề nghị xác định trước mã số là bộ thẻ trò chơi in hình, đóng gói trong hộp giấy có seal\n"
        "nilon, gồm 100 lá đã được sắp xếp sẵn để chơi theo thể thức Commander của nhà sản xuất.\n"
    )
    texts = [p.text for p in parse(text)]
    assert texts[:2] == [
        "Căn cứ Luật Hải quan ngày 23/6/2014 của Quốc hội về thủ tục hải quan, kiểm tra giám sát hải quan;",
        "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi hành "
        "Luật Hải quan về thủ tục hải quan, được sửa đổi, bổ sung tại Nghị định số 167/2025/NĐ-CP;",
    ]
    assert texts[2].startswith("Trên cơ sở Đơn đề nghị")


# A letter's body, its signature, then appendices as a portal writes them: a bold "PHỤ LỤC n", its
# title in capitals (the first word broken off), the "(Kèm theo …)" line, and numbered items.
APPENDICES = (
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
    "Bộ Tài chính tổ chức 02 hội nghị bồi dưỡng nghiệp vụ quản lý thuế cho công chức cấp xã.\n"
    "Trân trọng thông báo./.\n"
    "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, VP.\n|\n**TL. BỘ TRƯỞNG**\nCHÁNH VĂN PHÒNG\n**Phạm Chí Thanh**\n|\n"
    "**PHỤ LỤC 1**\nĐĂNG\nKÝ THAM GIA TRỰC TUYẾN HỘI NGHỊ 1\n"
    "*(Kèm\ntheo Công văn số: 17899/BTC-TCCB ngày 18 tháng 11 năm 2025 của Bộ Tài chính)*\n"
    "1. Đăng ký cán bộ tham dự theo đường Link: https://forms.example/r/AAA\n"
    "2. Tham gia nhóm Zalo theo đường Link https://zalo.example/g/aaa\n"
    "**PHỤ LỤC 2**\nĐĂNG\nKÝ THAM GIA TRỰC TUYẾN HỘI NGHỊ 2\n"
    "*(Kèm\ntheo Công văn số: 17899/BTC-TCCB ngày 18 tháng 11 năm 2025 của Bộ Tài chính)*\n"
    "1. Đăng ký cán bộ tham dự theo đường Link: https://forms.example/r/BBB\n"
)


def test_each_appendix_heads_its_items_under_its_title_and_its_attachment_line_is_dropped() -> None:
    paragraphs = parse(APPENDICES)
    first, second = starting(paragraphs, "PHỤ LỤC 1"), starting(paragraphs, "PHỤ LỤC 2")
    assert first.is_heading and first.heading_path == [] and second.heading_path == []
    title = starting(paragraphs, "ĐĂNG KÝ THAM GIA TRỰC TUYẾN HỘI NGHỊ 2")
    assert title.heading_path == ["PHỤ LỤC 2"]
    link = starting(paragraphs, "1. Đăng ký cán bộ tham dự theo đường Link: https://forms.example/r/BBB")
    assert link.heading_path == ["PHỤ LỤC 2", "ĐĂNG KÝ THAM GIA TRỰC TUYẾN HỘI NGHỊ 2"]
    assert starting(paragraphs, "2. Tham gia nhóm Zalo").heading_path[0] == "PHỤ LỤC 1"
    assert not any("Kèm" in p.text or "17899" in p.text for p in paragraphs)


def test_an_appendix_heading_right_under_a_table_is_not_glued_to_its_last_row() -> None:
    text = (
        "Kết quả như sau:\n|\nSTT\n|\nBộ, cơ quan\n|\nSố TTHC\n|\n|\n"
        "1\n|\nBộ Công an\n|\n54\n|\n|\n2\n|\nBộ Tài chính\n|\n95\n|\n"
        "**PHỤ LỤC II**\nKẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN\n"
        "*(Kèm theo Công điện số 220/CĐ-TTg ngày 18 tháng 11 năm 2025 của Thủ tướng Chính phủ)*\n"
        "Trên cơ sở rà soát dữ liệu, kết quả cung cấp dịch vụ công trực tuyến đạt 76,29%.\n"
    )
    paragraphs = parse(text)
    assert starting(paragraphs, "2 | Bộ Tài chính").text == "2 | Bộ Tài chính | 95"
    assert starting(paragraphs, "Trên cơ sở rà soát").heading_path == [
        "PHỤ LỤC II",
        "KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("PHỤ LỤC II", "appendix"), ("PHỤ LỤC", "appendix"), ("Phụ lục:", "appendix"), ("Phụ lục 3", "appendix")],
)
def test_an_appendix_heading_is_marked(text: str, kind: str) -> None:
    assert marker_of(text) == (kind, text)


def test_a_sentence_naming_an_appendix_is_no_heading() -> None:
    assert marker_of("Phụ lục kèm theo Quyết định này gồm 03 biểu.") is None


def test_a_ground_broken_before_a_capital_runs_on_to_its_semicolon() -> None:
    paragraphs = parse(
        "QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP BAN QUẢN LÝ\nCăn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025;\n"
        "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội;\n"
        "Theo đề nghị của Ủy ban nhân dân thành phố Đà Nẵng.\n"
    )
    assert [p.text for p in paragraphs] == [
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội;",
        "Theo đề nghị của Ủy ban nhân dân thành phố Đà Nẵng.",
    ]


def test_a_tables_rows_under_an_appendix_do_not_repeat_its_title() -> None:
    text = (
        "Yêu cầu các sở, ngành thực hiện nghiêm túc./.\n"
        "**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH\n"
        "*(Kèm theo Kế hoạch số 980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh Nghệ An)*\n"
        "|\nSTT\n|\nNội dung\n|\nSố lượng\n|\n|\n"
        "1\n|\nTổ chức lại Ban Chỉ huy Phòng thủ dân sự\n|\n02\n|\n|\n2\n|\nDiễn tập phòng thủ dân sự các cấp\n|\n05\n|\n"
    )
    paragraphs = parse(text)
    header = starting(paragraphs, "STT | Nội dung")
    assert header.heading_path == ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH"]
    assert starting(paragraphs, "2 | Diễn tập").heading_path == [header.text]


# tb-39693's shape: a stray "**" inside the date ("ng**ày") and a two-column table of figures under
# a bold header row, with no index column.
STRAY_BOLD_AND_SPECIFICATIONS = (
    "*Hà Nội, ng**ày\n02 tháng 12 năm 2025*\n|\n**THÔNG BÁO**\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n"
    "Cục Hải quan thông báo kết quả xác định trước mã số như sau:\n|\n"
    "**2. Tóm tắt mô tả hàng hóa:**\n|\n"
    "Magic The Gathering không chứa thành phần độc hại theo tiêu chuẩn EU EN71 và\nASTM F963 (đồ chơi)\n"
    "- Cơ chế hoạt động, cách thức\nsử dụng:\n+ Cơ chế hoạt động: MTG là một thẻ in hình trò chơi trí tuệ.\n"
    "Thông số kỹ thuật:\n|\n**Hạng mục**\n|\n**Thông số**\n|\n|\n"
    "Kích thước thẻ trò chơi\n|\n63mm x 88mm\n|\n|\nĐộ dày\n|\n~0.3mm\n|\n|\n"
    "Đóng gói\n|\nHộp giấy/carton + seal nilon\n|\n- Quy trình sản xuất: In offset mặt trước và sau.\n"
)


def test_a_stray_bold_marker_does_not_turn_the_rest_of_the_notice_into_headings() -> None:
    paragraphs = parse(STRAY_BOLD_AND_SPECIFICATIONS)
    sentence = starting(paragraphs, "Magic The Gathering không chứa")
    assert not sentence.is_heading
    assert sentence.heading_path == ["2. Tóm tắt mô tả hàng hóa:"]
    assert starting(paragraphs, "2. Tóm tắt mô tả hàng hóa:").is_heading


def test_a_table_under_a_bold_header_row_without_an_index_column_is_read_by_rows() -> None:
    paragraphs = parse(STRAY_BOLD_AND_SPECIFICATIONS)
    header = starting(paragraphs, "Hạng mục | Thông số")
    assert header.is_heading
    rows = [p.text for p in paragraphs if p.heading_path[-1:] == [header.text]]
    assert rows == ["Kích thước thẻ trò chơi | 63mm x 88mm", "Độ dày | ~0.3mm", "Đóng gói | Hộp giấy/carton + seal nilon"]
    assert header.text not in starting(paragraphs, "- Quy trình sản xuất").heading_path


def test_an_internal_procedure_table_is_read_by_steps_under_its_procedure() -> None:
    # qd-3857's shape: a procedure's title, a bold header row, steps whose last cell is merged down
    # (rows after the first are one cell short), and a bold total row.
    text = (
        "**I. Khấu trừ kinh phí bồi\nthường, hỗ trợ, tái định cư (mã số 1.012994)**\n"
        "Trường hợp thuộc thẩm quyền giải quyết của cấp xã\n|\n"
        "**Thứ tự công việc**\n|\n**Đơn vị/người\nthực hiện**\n|\n**Nội dung công\nviệc**\n|\n"
        "**Thời gian thực\nhiện (tính mỗi ngày 08 giờ làm việc)**\n|\n**Dịch vụ công\ntrực tuyến**\n|\n|\n"
        "Bước 1\n|\nCông chức, viên chức tại Trung tâm Phục vụ hành chính\ncông tỉnh, cấp xã\n|\n"
        "Kiểm tra, hướng dẫn, tiếp nhận hồ sơ:\n- Trường hợp từ chối nhận hồ sơ thì lập, gửi\n"
        "Phiếu từ chối tiếp nhận hồ sơ (mẫu số 03).\n|\n04 giờ\n|\nToàn trình\n|\n|\n"
        "Bước 2\n|\nLãnh đạo UBND cấp xã\n|\n- Ký phê duyệt văn bản;\n- Chuyển hồ sơ (điện tử) đến Văn thư.\n|\n16 giờ\n|\n|\n"
        "**Tổng thời gian giải quyết TTHC**\n|\n**168 giờ (tương đương 21 ngày)**\n|\n"
    )
    paragraphs = parse(text)
    header = starting(paragraphs, "Thứ tự công việc | Đơn vị/người thực hiện")
    assert header.is_heading
    step = starting(paragraphs, "Bước 2 |")
    assert step.text == "Bước 2 | Lãnh đạo UBND cấp xã | - Ký phê duyệt văn bản; - Chuyển hồ sơ (điện tử) đến Văn thư. | 16 giờ"
    assert step.heading_path == ["I. Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư (mã số 1.012994)", header.text]
    assert starting(paragraphs, "Bước 1 |").text.endswith("| 04 giờ | Toàn trình")
    assert starting(paragraphs, "Tổng thời gian giải quyết TTHC").text == "Tổng thời gian giải quyết TTHC | 168 giờ (tương đương 21 ngày)"


# qd-97-ubnd-qn-2025's shape: an amendment quoting a clause whose table has no bold header and whose
# closing quotation mark was lost, the next amendment, and a copies line under the filing line.
PLAIN_TABLE_IN_AMENDMENT = (
    "Điều 1. Sửa đổi, bổ sung một số điều của Quy định về bồi thường\n"
    "2. Sửa đổi\nkhoản 1 Điều 13 như sau:\n“1. Số tiền hỗ trợ:\n|\nKhu vực hành chính\n|\nMức hỗ trợ (đồng)\n|\n|\n"
    "Các phường: Tuần Châu, Việt\nHưng, Bãi Cháy.\n|\n400.000.000\n|\n|\n"
    "Các phường: Cẩm Phả, Quang\nHanh, Cửa Ông, Mông Dương.\n|\n350.000.000\n|\n|\n"
    "Các xã: Hải Hòa, Hải Ninh, Hải\nSơn, Vĩnh Thực.\n|\n250.000.000\n|\n"
    "3. Sửa đổi\nđiểm a khoản 3 Điều 14 như sau:\n“a) Mức hỗ trợ 01 tháng cho 01\nhộ chính chủ là 3.000.000 đồng.”\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025./.\n|\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, QLĐĐ1.\n05 bản, QĐ164.\n"
)


def test_a_table_without_a_bold_header_is_read_by_rows_under_its_header_row() -> None:
    paragraphs = parse(PLAIN_TABLE_IN_AMENDMENT)
    header = starting(paragraphs, "Khu vực hành chính | Mức hỗ trợ (đồng)")
    assert header.is_heading
    rows = [p.text for p in paragraphs if p.heading_path[-1:] == [header.text]]
    assert rows == [
        "Các phường: Tuần Châu, Việt Hưng, Bãi Cháy. | 400.000.000",
        "Các phường: Cẩm Phả, Quang Hanh, Cửa Ông, Mông Dương. | 350.000.000",
        "Các xã: Hải Hòa, Hải Ninh, Hải Sơn, Vĩnh Thực. | 250.000.000",
    ]


def test_the_next_amendment_ends_a_quotation_whose_closing_mark_was_lost() -> None:
    paragraphs = parse(PLAIN_TABLE_IN_AMENDMENT)
    article = "Điều 1. Sửa đổi, bổ sung một số điều của Quy định về bồi thường"
    assert starting(paragraphs, "3. Sửa đổi điểm a khoản 3 Điều 14").heading_path == [article]
    assert starting(paragraphs, "“a) Mức hỗ trợ 01 tháng").heading_path == [article, "3. Sửa đổi điểm a khoản 3 Điều 14 như sau:"]
    assert starting(paragraphs, "Điều 2. Quyết định này").heading_path == []


def test_the_copies_line_under_the_filing_line_is_footer() -> None:
    assert not [p for p in parse(PLAIN_TABLE_IN_AMENDMENT) if "QĐ164" in p.text]


def test_steps_of_a_width_unlike_the_first_rows_are_read_by_rows_without_a_header() -> None:
    # e1d32e33's shape: the bold header's table breaks at a bold section row and its first step has
    # more cells than the steps after it; those steps, three of them, still read as rows.
    text = (
        "Quy trình giải quyết như sau:\n|\nBước 1\n|\nTiếp nhận hồ sơ\n|\nChuyên viên Phòng\n|\n17 ngày\n|\nKhông có\n|\n"
        "Trong thời hạn 05 ngày trả lời tổ chức.\n|\n|\n"
        "Bước 2\n|\nDuyệt hồ sơ\n|\nLãnh đạo Phòng\n|\n2 ngày\n|\n|\n"
        "Bước 3\n|\nKý duyệt hồ sơ\n|\nLãnh đạo Sở\n|\n2 ngày\n|\n|\n"
        "Bước 4\n|\nTrả kết quả\n|\nChuyên viên Phòng\n|\n1 ngày\n|\n|\n"
        "**Tổng cộng thời gian giải quyết**\n|\n**22 ngày**\n|\n"
    )
    paragraphs = parse(text)
    step = starting(paragraphs, "Bước 3 |")
    assert step.text == "Bước 3 | Ký duyệt hồ sơ | Lãnh đạo Sở | 2 ngày"
    assert not step.is_heading and not starting(paragraphs, "Bước 2 |").is_heading
    assert step.heading_path == starting(paragraphs, "Quy trình giải quyết").heading_path


def test_a_short_cell_after_the_rows_means_the_rows_were_wider_and_no_table_is_read() -> None:
    # 02b9be77's shape: two-cell rows, then a third cell one "|" on: the widths were misread.
    text = (
        "Mức chi như sau:\n|\nc\n|\nChế độ bồi dưỡng hàng tháng\n|\n|\n- \n|\nTại Đảng ủy các cơ quan\n|\n|\n"
        "-\n|\nTại Đảng ủy các trường\n|\n0,1 mức lương cơ sở\n|\n"
    )
    assert not [p for p in parse(text) if " | " in p.text]


def test_an_attachments_capital_title_over_its_kem_theo_line_heads_it_after_the_signature() -> None:
    # qd-3857: no "PHỤ LỤC" above the title, whose first word "QUY" once read as the signer prefix "Q.".
    text = (
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KSTT (V).\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\nPhùng Thành Vinh\n|\n"
        "**QUY TRÌNH NỘI BỘ,\nQUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT CÁC THỦ TỤC HÀNH CHÍNH CẤP XÃ LĨNH VỰC TÀI\nCHÍNH ĐẤT ĐAI**\n"
        "*(Kèm theo Quyết định số 3857/QĐ-UBND ngày 26/11/2025 của Chủ tịch\nỦy ban nhân dân tỉnh Nghệ An)*\n"
        "**I. Khấu trừ kinh phí bồi\nthường, hỗ trợ, tái định cư (mã số 1.012994)**\n"
        "Trường hợp thuộc thẩm quyền giải quyết của cấp xã tiếp nhận hồ sơ trực tuyến.\n"
    )
    paragraphs = parse(text)
    title = "QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT CÁC THỦ TỤC HÀNH CHÍNH CẤP XÃ LĨNH VỰC TÀI CHÍNH ĐẤT ĐAI"
    assert starting(paragraphs, "QUY TRÌNH NỘI BỘ").text == title
    assert starting(paragraphs, "I. Khấu trừ").heading_path == [title]
    assert not [p for p in paragraphs if "Kèm theo" in p.text]


def test_a_long_capital_title_and_a_bold_heading_under_an_appendix_stay_in_it() -> None:
    # 2028/QĐ-UBND of Cao Bằng (shared corpus): the title runs past 150 characters, and the bold
    # "DANH MỤC … CẤP TỈNH (13 TTHC)" under it had been read as a top-level heading.
    title = (
        "DANH MỤC THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC; LAO ĐỘNG; CÔNG TÁC THANH NIÊN; VĂN THƯ, "
        "LƯU TRỮ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NỘI VỤ TỈNH CAO BẰNG"
    )
    text = (
        "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n|\n**CHỦ TỊCH**\nLê Hải Hòa\n|\n"
        f"**PHỤ LỤC I**\n{title}\n"
        "*(Kèm theo Quyết định số 2028/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng)*\n"
        "**DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH (13 TTHC)**\n"
        "Các thủ tục được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh.\n"
    )
    paragraphs = parse(text)
    assert starting(paragraphs, "DANH MỤC THỦ TỤC HÀNH CHÍNH TRONG").is_heading
    listing = "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH (13 TTHC)"
    assert starting(paragraphs, listing).heading_path == ["PHỤ LỤC I"]
    assert starting(paragraphs, "Các thủ tục được thực hiện").heading_path == ["PHỤ LỤC I", listing]


def test_a_lettered_part_of_an_appendix_stays_in_its_table_rows_path() -> None:
    # qd-2932 (Lai Châu): "A." new procedures, "B." amended ones, each with a table under it.
    text = (
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n|\n**CHỦ TỊCH**\nTống Thanh Hải\n|\n"
        "**PHỤ LỤC**\nQUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ\n"
        "**A. THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI**\n|\n**STT**\n|\n**Tên TTHC**\n|\n**Thời gian**\n|\n|\n"
        "1\n|\nĐăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ\n|\n03 ngày làm việc\n|\n|\n"
        "2\n|\nĐăng ký thông tin kết quả nghiên cứu khoa học\n|\n05 ngày làm việc\n|\n"
    )
    row = starting(parse(text), "1 | Đăng ký kết quả")
    assert row.heading_path == ["A. THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI", "STT | Tên TTHC | Thời gian"]


def test_a_group_row_whose_roman_numeral_has_a_cell_of_its_own_heads_the_numbered_rows_under_it() -> None:
    # 2028/QĐ-UBND of Cao Bằng (shared corpus): "I | LĨNH VỰC …" then rows 1-2, "II | LAO ĐỘNG …" then row 3.
    text = (
        "Danh mục thủ tục hành chính cấp tỉnh:\n|\n**TT**\n|\n**Mã TTHC**\n|\n**Tên TTHC**\n|\n**Ghi chú**\n|\n|\n"
        "**I**\n|\n**LĨNH VỰC CÔNG CHỨC, VIÊN\nCHỨC (02 TTHC)**\n|\n|\n"
        "1\n|\n1.014.111\n|\nThủ tục thi tuyển công chức\n|\n|\n|\n"
        "2\n|\n1.014113\n|\nThủ tục xét tuyển công chức\n|\n|\n|\n"
        "**II**\n|\n**LAO ĐỘNG (01 TTHC)**\n|\n|\n"
        "3\n|\n1.014319\n|\nTuyển chọn kiến trúc sư trưởng cấp tỉnh\n|\n|\n"
    )
    paragraphs = parse(text)
    assert starting(paragraphs, "1 | 1.014.111").text == "1 | 1.014.111 | Thủ tục thi tuyển công chức"
    assert starting(paragraphs, "2 | 1.014113").heading_path[-1] == "I LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC (02 TTHC)"
    assert starting(paragraphs, "3 | 1.014319").heading_path[-1] == "II LAO ĐỘNG (01 TTHC)"


# A Government resolution as a legal portal writes it: the portal's summary lists every one of the
# gates first, so the motto stands far below the 80 lines where a page's header usually ends.
def _long_summary_resolution() -> str:
    summary = "\n".join(f"+ Cửa khẩu cảng Số {k}, tỉnh Thử Nghiệm;" for k in range(1, 91))
    return f"""## Bổ sung cửa khẩu cho người nước ngoài nhập cảnh bằng thị thực điện tử
- Danh sách cửa khẩu cảng:
{summary}
Xem nội dung chi tiết tại Nghị quyết 389/NQ-CP.
|
**CHÍNH PHỦ**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 389/NQ-CP
|
*Hà Nội, ngày 02
tháng 12 năm 2025 *
|
**NGHỊ QUYẾT**
VỀ
VIỆC BỔ SUNG DANH SÁCH CÁC CỬA KHẨU QUỐC TẾ CHO PHÉP NGƯỜI NƯỚC NGOÀI NHẬP CẢNH,
XUẤT CẢNH BẰNG THỊ THỰC ĐIỆN TỬ
**CHÍNH PHỦ**
*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02
năm 2025;*
**QUYẾT NGHỊ:**
**Điều 1.** Bổ sung các cửa khẩu
sau vào danh sách các cửa khẩu quốc tế cho phép người nước ngoài nhập cảnh, xuất
cảnh bằng thị thực điện tử, bao gồm:
**I. DANH SÁCH CỬA KHẨU ĐƯỜNG HÀNG KHÔNG**
1. Cửa khẩu Cảng hàng không quốc tế Vinh;
2. Cửa khẩu Cảng hàng không quốc tế Chu Lai.
**II. DANH SÁCH CỬA KHẨU CẢNG**
1. Cửa khẩu cảng Vạn Gia, tỉnh Quảng Ninh;
2. Cửa khẩu cảng Năm Căn, tỉnh Cà Mau.
**Điều 2.** Nghị quyết này có
hiệu lực kể từ ngày ký ban hành.
**Điều 3.** Bộ trưởng, Thủ trưởng
cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân
tỉnh, thành phố chịu trách nhiệm thi hành Nghị quyết này./.
"""


def test_a_portal_summary_longer_than_a_page_header_is_not_the_notice() -> None:
    notice = parse_notice(_long_summary_resolution().encode(), "nq-389.md")
    assert (notice.meta.number, notice.meta.doc_type, notice.meta.issued_on) == ("389/NQ-CP", "Nghị quyết", date(2025, 12, 2))
    assert notice.meta.province is None  # not the province of a gate in the summary
    assert not any("Tỉnh Thử Nghiệm" in p.text for p in notice.paragraphs)


def test_roman_parts_of_an_article_close_at_the_next_article() -> None:
    paragraphs = parse_notice(_long_summary_resolution().encode(), "nq-389.md").paragraphs
    gate = starting(paragraphs, "2. Cửa khẩu cảng Năm Căn")
    assert [h[:8] for h in gate.heading_path] == ["Điều 1. ", "II. DANH"]
    assert starting(paragraphs, "Điều 2. Nghị quyết này có hiệu lực").heading_path == []
    assert starting(paragraphs, "Điều 3. Bộ trưởng").heading_path == []


def test_notes_marked_in_a_table_are_footnotes_not_its_last_cell() -> None:
    # qd-1936 (Thái Nguyên): "trường hợp a8[4]" in a cell, the notes after the last row with no "|".
    text = (
        "Danh mục thủ tục:\n|\nSTT\n|\nTên thủ tục\n|\nThời hạn\n|\n|\n"
        "1\n|\nCấp giấy chứng nhận đăng ký đầu tư\n|\nTrường hợp a1[1]: 10 ngày\n|\n|\n"
        "2\n|\nĐiều chỉnh dự án đầu tư\n|\nTrường hợp a8[2]: 12 ngày\n|\n"
        "[1]\na1: Dự án không thuộc diện chấp thuận chủ trương đầu tư\n"
        "[2]\na8: Điều chỉnh dự án theo bản án, quyết định của tòa án\n"
    )
    paragraphs, notes = parse_structure(source_of(text))
    assert paragraphs[-1].text == "2 | Điều chỉnh dự án đầu tư | Trường hợp a8[2]: 12 ngày"
    assert [(n.marker, n.text) for n in notes] == [
        ("1", "a1: Dự án không thuộc diện chấp thuận chủ trương đầu tư"),
        ("2", "a8: Điều chỉnh dự án theo bản án, quyết định của tòa án"),
    ]


# Articles after those a test is about: a short text's last lines could be its signature block.
ARTICLES_AFTER = "".join(f"**Điều {k}.** Nội dung thứ {k} của văn bản, viết thành một câu đầy đủ.\n" for k in range(5, 15))


def test_a_resolutions_quyet_nghi_is_a_formula_like_a_decisions_quyet_dinh() -> None:
    # nq-393: "QUYẾT NGHỊ:" headed Điều 3 and 4 but not Điều 1 and 2, which run on for several lines.
    text = (
        "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.\n**QUYẾT NGHỊ:**\n"
        "**Điều 1.** Thông qua Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội.\n"
        "**Điều 2.** Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n" + ARTICLES_AFTER
    )
    paragraphs = parse(text)
    assert not any("QUYẾT NGHỊ" in p.text for p in paragraphs)
    assert all(p.heading_path == [] for p in paragraphs if p.text.startswith("Điều"))


def test_a_heading_word_or_a_marker_left_alone_on_its_line_joins_the_text_it_numbers() -> None:
    # qd-1486 (Bắc Ninh): the portal broke "Điều" from its number, and "2." from its item.
    text = (
        "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 287/TTr-STC ngày 11/11/2025.\n"
        "**QUYẾT ĐỊNH:**\n**Điều\n1**. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính.\n"
        "**Điều\n2. **Giao các cơ quan, đơn vị:\n"
        "1. Sở Tài chính rà soát, xây dựng quy trình nội bộ, quy trình điện tử trong giải quyết TTHC.\n"
        "2.\nCác đơn vị sự nghiệp công lập niêm yết công khai TTHC tại đơn vị.\n"
        # nq-388: an article's number alone, its title below.
        "**Điều 3.**\nHiệu lực và trách nhiệm thi hành:\n1. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" + ARTICLES_AFTER
    )
    paragraphs = parse(text)
    assert starting(paragraphs, "Điều 1. Công bố").heading_path == []
    item = starting(paragraphs, "2. Các đơn vị sự nghiệp công lập")
    assert item.heading_path == ["Điều 2. Giao các cơ quan, đơn vị:"]
    assert starting(paragraphs, "1. Quyết định này có hiệu lực").heading_path == ["Điều 3. Hiệu lực và trách nhiệm thi hành:"]
    assert not any(p.text in ("Điều", "2.", "Điều 3.") for p in paragraphs)


def test_a_ground_broken_before_its_bold_proposer_runs_on() -> None:
    # qd-2512 (Lạng Sơn): "Theo đề nghị của" had become a heading over the decision's articles.
    text = (
        "*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;*\n"
        "*Theo đề nghị của\n**Giám đốc Sở Nông nghiệp và\nMôi trường tại Tờ trình số 955/TTr-SNNMT ngày 19/11/2025.*\n"
        "**QUYẾT ĐỊNH:**\n**Điều 1.** Công bố kèm theo Quyết định này Danh mục 01 thủ tục hành chính bổ sung.\n"
        "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký ban hành.\n" + ARTICLES_AFTER
    )
    paragraphs = parse(text)
    ground = starting(paragraphs, "Theo đề nghị của")
    assert ground.text == "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 955/TTr-SNNMT ngày 19/11/2025."
    assert starting(paragraphs, "Điều 1. Công bố").heading_path == []


def test_a_provision_cited_at_the_start_of_a_line_is_no_article() -> None:
    # cv-5491: "… bổ sung khoản 9 vào" / "Điều 4 Nghị định số 123/2020/NĐ-CP …" is one ground.
    text = (
        "Căn cứ quy định tại điểm a khoản 3 Điều 1 Nghị định số 70/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung\n"
        "khoản 1, khoản 2, khoản 3, khoản 6, khoản 7 và bổ sung khoản 9 vào\n"
        "Điều 4 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định về\n"
        "hóa đơn, chứng từ;\nCăn cứ các quy định nêu trên:\n"
    )
    paragraphs = parse(text)
    assert paragraphs[0].text.endswith("bổ sung khoản 9 vào Điều 4 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định về hóa đơn, chứng từ;")
    assert paragraphs[1].heading_path == []


def test_a_document_code_ending_in_a_digit_marks_no_footnote() -> None:
    # cv-5491: "2313/NBI-QLDN1" made the next line starting with "1" a footnote, and a ground was lost.
    text = (
        "Cục Thuế nhận được công văn số 2313/NBI-QLDN1\n"
        "ngày 13/9/2025 của Thuế tỉnh Ninh Bình về việc vướng mắc xác định chi phí được trừ.\n"
        "Căn cứ quy định tại khoản\n"
        "1 Điều 9 và khoản 1 Điều 14 Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;\n"
    )
    paragraphs, notes = parse_structure(source_of(text))
    assert notes == []
    assert paragraphs[-1].text.startswith("Căn cứ quy định tại khoản 1 Điều 9 và khoản 1 Điều 14")


def test_a_numbered_title_between_two_tables_is_no_cell_of_the_first() -> None:
    # qd-1486: "2. Danh mục thủ tục hành chính bị bãi bỏ" stood as a ninth cell of table 1's only row.
    text = (
        "**1. Danh mục thủ tục hành chính được sửa đổi, bổ sung**\n|\n**TT**\n|\n**Mã TTHC**\n|\n**Tên TTHC**\n|\n|\n"
        "1.\n|\n1.012507.H05\n|\nCấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n|\n"
        "**2.\nDanh mục thủ tục hành chính bị bãi bỏ**\n|\n**STT**\n|\n**Mã TTHC**\n|\n**Tên TTHC bị bãi bỏ**\n|\n|\n"
        "1\n|\n1.012508.H05\n|\nCấp lại chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n|\n|\n"
        "2\n|\n1.012509.H05\n|\nGia hạn chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n|\n"
    )
    paragraphs = parse(text)
    assert starting(paragraphs, "1. | 1.012507.H05").text == "1. | 1.012507.H05 | Cấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu"
    title = starting(paragraphs, "2. Danh mục thủ tục hành chính bị bãi bỏ")
    assert title.is_heading
    assert starting(paragraphs, "2 | 1.012509.H05").heading_path[-2:] == [title.text, "STT | Mã TTHC | Tên TTHC bị bãi bỏ"]


def test_a_group_title_in_capitals_over_numbered_rows_heads_them_and_is_no_column() -> None:
    # qd-1486: "CẤP TỈNH" under the header row had read as a ninth column.
    text = (
        "Danh mục thủ tục:\n|\n**TT**\n|\n**Mã TTHC**\n|\n**Tên TTHC**\n|\n|\n|\n**CẤP\nTỈNH**\n|\n|\n"
        "1\n|\n1.012507.H05\n|\nCấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n|\n|\n"
        "2\n|\n1.012508.H05\n|\nCấp lại chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n|\n"
    )
    paragraphs = parse(text)
    assert starting(paragraphs, "TT | Mã TTHC").text == "TT | Mã TTHC | Tên TTHC"
    group = starting(paragraphs, "CẤP TỈNH")
    assert group.is_heading
    assert starting(paragraphs, "2 | 1.012508.H05").heading_path[-2:] == ["TT | Mã TTHC | Tên TTHC", "CẤP TỈNH"]


def test_a_time_limit_on_its_own_line_stays_with_the_task_it_limits() -> None:
    # qd-1486 (Bắc Ninh): the portal broke "Thời" from "hạn chậm nhất …" after the task's full stop;
    # cv-17899: each conference's time follows the provinces it gathers.
    text = (
        "**Điều 2. **Giao các cơ quan, đơn vị:\n1. Sở\nTài chính chủ trì, phối hợp với Văn phòng UBND tỉnh\n"
        "Rà\nsoát, xây dựng quy trình nội bộ, quy trình điện tử trong giải quyết TTHC theo quy định.\n"
        "Thời\nhạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.\n"
        "2. Thời gian:\n- Hội nghị 1: Gồm các tỉnh/thành phố:\nHà Nội, Quảng Ninh, Hải Phòng.\n"
        "Thời gian: 01 buổi sáng, ngày 26/11/2025, bắt đầu từ 08h00.\n"
        "- Hội nghị 2: Gồm các tỉnh/thành phố:\nTuyên Quang, Cao Bằng.\nThời gian: 01 buổi chiều, ngày 26/11/2025.\n"
    )
    paragraphs = parse(text)
    task = starting(paragraphs, "Rà soát, xây dựng quy trình nội bộ")
    assert task.text.endswith("theo quy định. Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.")
    first = starting(paragraphs, "- Hội nghị 1")
    assert first.text == (
        "- Hội nghị 1: Gồm các tỉnh/thành phố: Hà Nội, Quảng Ninh, Hải Phòng. "
        "Thời gian: 01 buổi sáng, ngày 26/11/2025, bắt đầu từ 08h00."
    )
    assert starting(paragraphs, "- Hội nghị 2").text.endswith("Cao Bằng. Thời gian: 01 buổi chiều, ngày 26/11/2025.")
    assert not any(p.text.startswith("Thời") for p in paragraphs)


def test_a_row_numbering_the_columns_is_no_row_and_a_note_under_the_table_is_no_cell() -> None:
    # qd-1383 (Bộ Nội vụ): "A | B | 1 | 2 | 3 | 4" under the header had kept the calendar from being
    # read by rows, and "Ghi chú:" after a last row left short by merged cells had read as its cell.
    header = ["STT", "Tên thông tin thống kê", "Mức độ", "Thời gian phổ biến", "Hình thức phổ biến", "Đơn vị chịu trách nhiệm"]
    rows = [
        ["1", "Số đơn vị hành chính", "Chính thức", "Tháng 6/2025", "Cổng thông tin điện tử Bộ Nội vụ", "Vụ Chính quyền địa phương"],
        ["2", "Số đại biểu Hội đồng nhân dân", "Chính thức"],
        ["3", "Số vụ tai nạn lao động", "Chính thức", "Tháng 3/2026", "Cổng thông tin điện tử Bộ Nội vụ", "Cục Việc làm"],
        ["4", "Tổng quỹ Đền ơn đáp nghĩa", "Chính thức"],
    ]
    cells = [header, ["*A*", "*B*", "*1*", "*2*", "*3*", "*4*"], *rows]
    text = "Lịch phổ biến:\n|\n" + "|\n".join("".join(f"{cell}\n|\n" for cell in row) for row in cells)
    text += "__Ghi chú:__ số liệu được phổ biến là số liệu năm 2025.\n"
    paragraphs = parse(text)
    assert starting(paragraphs, "STT | ").text == " | ".join(header)
    first = starting(paragraphs, "1 | Số đơn vị hành chính")
    assert first.text.endswith("| Tháng 6/2025 | Cổng thông tin điện tử Bộ Nội vụ | Vụ Chính quyền địa phương")
    assert first.heading_path[-1] == " | ".join(header)
    # Cells merged down from the row above are that row's: who publishes, and when.
    assert starting(paragraphs, "2 | Số đại biểu").text == (
        "2 | Số đại biểu Hội đồng nhân dân | Chính thức | Tháng 6/2025 | Cổng thông tin điện tử Bộ Nội vụ | Vụ Chính quyền địa phương"
    )
    assert starting(paragraphs, "4 | Tổng quỹ").text.endswith("| Chính thức | Tháng 3/2026 | Cổng thông tin điện tử Bộ Nội vụ | Cục Việc làm")
    assert starting(paragraphs, "Ghi chú:").heading_path == []
    assert not any(p.text in ("A", "B") for p in paragraphs)


def test_a_specifications_value_and_a_foreign_name_wrapped_in_capitals_stay_on_their_line() -> None:
    # tb-37698 (Cục Hải quan): the portal broke each specification from its value and a maker's name.
    text = (
        "1. Hàng hóa đề nghị xác định trước mã số:\nNhà sản xuất: SUHIL\nELECTRONIC VINA CO., LTD\n"
        "2. Tóm tắt mô tả hàng hóa:\n- Thông số kỹ thuật:\n+ Kích thước:\n1190.5mm x 18.7mm x 1.6mm;\n"
        "+ Nhiệt độ hoạt động:\n-20°C đến +50°C;\n+ Chỉ số hoàn màu:\nRa=80.\n"
        "- Công dụng theo thiết kế:\nChiếu sáng và trang trí trong môi trường nội thất và ngoại thất, có nhiều kích cỡ.\n"
    )
    paragraphs = parse(text)
    maker = starting(paragraphs, "Nhà sản xuất")
    assert maker.text == "Nhà sản xuất: SUHIL ELECTRONIC VINA CO., LTD"
    assert maker.heading_path == ["1. Hàng hóa đề nghị xác định trước mã số:"]
    assert starting(paragraphs, "+ Kích thước").text == "+ Kích thước: 1190.5mm x 18.7mm x 1.6mm;"
    assert starting(paragraphs, "+ Nhiệt độ").text == "+ Nhiệt độ hoạt động: -20°C đến +50°C;"
    assert starting(paragraphs, "+ Chỉ số").text == "+ Chỉ số hoàn màu: Ra=80."
    # A longer line under a label is a paragraph of its own, as before.
    assert starting(paragraphs, "- Công dụng theo thiết kế").text == "- Công dụng theo thiết kế:"


def test_a_date_line_broken_twice_and_an_addressee_wrapped_over_three_lines_are_no_body_text() -> None:
    # tb-37698: "Hà" / "Nội, ngày 21 tháng 11 năm" / "2025" in the header; a company's address wrapped
    # in the recipients list; "(Ban" / "hành kèm theo …" under the attachment's title (qd-1383).
    text = (
        "CỤC HẢI QUAN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        "Số:\n37698/TB-CHQ\nHà\nNội, ngày 21 tháng 11 năm\n2025\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n"
        "Căn cứ Luật Hải quan ngày 23/6/2014;\nCục Hải quan thông báo kết quả xác định trước mã số như sau:\n"
        "1. Tên thương mại: Thanh đèn LED.\n"
        "Cục trưởng Cục Hải quan thông báo để Công ty TNHH Suhil Electronics Vina biết và thực hiện./.\n|\n"
        "Nơi nhận:\n- Công ty TNHH Suhil Electronics\nVina (đ/c: nhà xưởng 56, đường 1-7, KCN Long\n"
        "Thành, xã An Phước, tỉnh Đồng\nNai);\n- Chi cục Kiểm định Hải quan;\n- Lưu: VT, NVTHQ (3b).\n|\n"
        "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐào Thu Hương\n|\n"
        "LỊCH PHỔ BIẾN THÔNG TIN NĂM 2026\n(Ban\nhành kèm theo Thông báo số 37698/TB-CHQ ngày 21 tháng 11 năm 2025)\n"
        "1. Số đơn vị hành chính được phổ biến trong tháng 6.\n"
    )
    texts = [p.text for p in parse(text)]
    assert texts[0] == "Căn cứ Luật Hải quan ngày 23/6/2014;"
    assert not any("Vina (đ/c" in t or "Thành, xã An Phước" in t or "hành kèm theo" in t for t in texts)
    assert texts[-2:] == ["LỊCH PHỔ BIẾN THÔNG TIN NĂM 2026", "1. Số đơn vị hành chính được phổ biến trong tháng 6."]


def test_chanh_at_a_line_end_is_the_title_of_the_office_below() -> None:
    text = (
        "**Điều 3. **Chánh\nVăn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert parse(text)[0].text.startswith("Điều 3. Chánh Văn phòng Bộ, Vụ trưởng")


def test_numbered_steps_announced_inside_an_item_stay_inside_it() -> None:
    # tb-37698: "1. … 4." under "- Cách thức sử dụng:" in item 2 had closed item 2, and the customs
    # ruling in item 3 then read as part of step 4.
    text = (
        "1. Hàng hóa đề nghị xác định trước mã số:\nTên thương mại: Thanh đèn LED.\n"
        "2. Tóm tắt mô tả hàng hóa:\n- Cách thức sử dụng:\nĐèn thanh LED thường được dùng để chiếu sáng tủ.\n"
        "1. Chuẩn bị nguồn điện phù hợp.\n2. Gắn thanh đèn vào vị trí mong muốn.\n"
        "- Thông số kỹ thuật:\n+ Tuổi thọ: >30.000 giờ;\n"
        "3. Kết quả xác định trước mã số:\nCách thức sử dụng:\n1. Chuẩn bị nguồn điện phù hợp (thường là DC60V).\n"
        "2. Bật nguồn điện, kiểm tra hoạt động của LED.\nKý, mã hiệu, chủng loại: CPX LED lighting.\n"
        "Mặt hàng thuộc nhóm 85.41, mã số 8541.41.00.\n"
    )
    paragraphs = parse(text)
    second = "2. Tóm tắt mô tả hàng hóa:"
    assert starting(paragraphs, "2. Gắn thanh đèn").heading_path[0] == second
    assert starting(paragraphs, "- Thông số kỹ thuật").heading_path == [second]
    third = "3. Kết quả xác định trước mã số:"
    assert starting(paragraphs, "2. Bật nguồn điện").heading_path[0] == third
    assert starting(paragraphs, "Mặt hàng thuộc nhóm 85.41").heading_path == [third]
