"""Header facts of the five seed notices and of small made-up headers."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from ingest.domain import NoticeMeta, Page, SourceText
from ingest.metadata import extract_metadata, find_province, provinces, with_canonical_provinces, without_province
from ingest.structure import parse_structure

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "notices"


def source_of(text: str, name: str = "test.txt", media_type: str = "text") -> SourceText:
    return SourceText(source=name, media_type=media_type, pages=[Page(text=text)])  # type: ignore[arg-type]


def meta_of(text: str) -> NoticeMeta:
    source = source_of(text)
    return extract_metadata(source, parse_structure(source)[0])


@lru_cache(maxsize=None)
def seed_meta(prefix: str) -> NoticeMeta:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return meta_of(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------------
# Seeds


def test_seed_000_lao_cai_april_2024() -> None:
    meta = seed_meta("000")
    assert meta.doc_type == "Thông báo"
    assert meta.number is None  # "Số: /TB-VPUBND": the draft leaves the number blank
    assert meta.title == "Kết luận của Thường trực UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 04 năm 2024"
    assert meta.issuer == "Văn phòng UBND tỉnh Lào Cai"
    assert (meta.province, meta.place) == ("Lào Cai", "Lào Cai")
    # The header reads "ngày tháng năm 2024"; the body gives the meeting day.
    assert (meta.issued_on, meta.issued_on_source) == (date(2024, 4, 2), "meeting")
    assert meta.presiding == "Trịnh Xuân Trường - Chủ tịch UBND tỉnh"
    assert meta.signer == "Hoàng Ngọc Bích"
    assert len(meta.recipients) == 12
    assert meta.recipients[0] == "TT.TU, HĐND, UBND, Đoàn ĐBQH tỉnh"
    assert meta.recipients[-1] == "Lưu: VT, các CV, TH2"


def test_seed_001_lao_cai_meeting_of_2_august_2021() -> None:
    meta = seed_meta("001")
    assert meta.doc_type == "Thông báo"
    assert meta.title == "Kết luận của Thường trực UBND tỉnh tại cuộc họp giao ban ngày 02/8/2021"
    assert meta.province == "Lào Cai"
    assert meta.issuer == "Văn phòng UBND tỉnh Lào Cai"
    assert (meta.issued_on, meta.issued_on_source) == (date(2021, 8, 2), "meeting")
    assert meta.presiding == "Trịnh Xuân Trường – Chủ tịch UBND tỉnh"
    assert meta.signer == "Phan Quốc Nghĩa"
    assert meta.recipients == [
        "TT UBND tỉnh",
        "Các sở, ban, ngành thuộc UBND tỉnh",
        "UBND huyện, TX, TP",
        "Lãnh đạo Văn phòng",
        "Lưu: VT, các CV, TH4",
    ]


def test_seed_002_lang_son_18_march_2022() -> None:
    meta = seed_meta("002")
    assert meta.province == "Lạng Sơn" and meta.place == "Lạng Sơn"
    assert meta.issuer == "UBND tỉnh Lạng Sơn"  # from the number's suffix "TB-UBND"
    assert (meta.issued_on, meta.issued_on_source) == (date(2022, 3, 18), "meeting")
    assert meta.title == "Kết luận phiên họp UBND tỉnh tháng 3 năm 2022 (Ngày 18 tháng 3 năm 2022)"
    assert meta.presiding == "Chủ tịch UBND tỉnh"
    assert meta.signer == "Phạm Hùng Trường"
    assert meta.recipients[0] == "Văn phòng Chính phủ" and len(meta.recipients) == 12


def test_seed_003_without_header_uses_the_body() -> None:
    meta = seed_meta("003")
    assert meta.province == "Lào Cai"
    assert meta.issuer == "Văn phòng UBND tỉnh Lào Cai"  # "... Văn phòng UBND tỉnh thông báo ..."
    assert meta.doc_type == "Thông báo"
    assert (meta.issued_on, meta.issued_on_source) == (date(2024, 1, 3), "meeting")
    assert meta.presiding == "Trịnh Xuân Trường - Chủ tịch UBND tỉnh"
    assert meta.title.startswith("Kết luận của đồng chí Trịnh Xuân Trường - Chủ tịch UBND tỉnh tại phiên họp thường kỳ")
    assert meta.signer == "Phan Quốc Nghĩa"
    assert "BBT Cổng TTĐT" in meta.recipients


def test_seed_004_portal_page_lai_chau() -> None:
    meta = seed_meta("004")
    assert meta.province == "Lai Châu"
    assert meta.doc_type == "Thông báo"
    assert meta.title == "Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9/2020"
    assert meta.issuer == "Văn phòng UBND tỉnh Lai Châu"
    # Only the month is known: the page's own date (22/5/2022) is when it was posted.
    assert (meta.issued_on, meta.issued_on_source) == (date(2020, 9, 1), "partial")
    assert meta.presiding == "Trần Tiến Dũng - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh"
    assert meta.signer is None and meta.recipients == []


# --------------------------------------------------------------------------------------------------
# Made-up headers

FULL_HEADER = """UBND TỈNH LÀO CAI
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/TB-VPUBND

Lào Cai, ngày 05 tháng 4 năm 2024

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc
với Sở Y tế

Ngày 03/4/2024, đồng chí Trịnh Xuân Trường - Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Y tế.

1. Sở Y tế hoàn thiện đề án trong tháng 5/2024./.

Nơi nhận:
- Như trên;
- Sở Y tế;
- Lưu: VT, TH1.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Văn An"""


def test_complete_header() -> None:
    meta = meta_of(FULL_HEADER)
    assert meta.number == "12/TB-VPUBND"
    assert meta.doc_type == "Thông báo"
    assert meta.issuer == "Văn phòng UBND tỉnh Lào Cai"
    assert (meta.issued_on, meta.issued_on_source) == (date(2024, 4, 5), "header")
    assert meta.title == "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế"
    assert meta.presiding == "Trịnh Xuân Trường - Chủ tịch UBND tỉnh"
    assert meta.signer == "Nguyễn Văn An"
    assert meta.recipients == ["Như trên", "Sở Y tế", "Lưu: VT, TH1"]


def test_official_letter_with_subject_line() -> None:
    meta = meta_of(
        """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 345/UBND-NC
V/v triển khai thực hiện Công văn
số 3653/VPCP-CĐS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 28 tháng 4 năm 2026

Kính gửi: Sở Khoa học và Công nghệ.

Ủy ban nhân dân tỉnh nhận được Công văn số 3653/VPCP-CĐS ngày 24/4/2026 của Văn phòng Chính phủ.
Chủ tịch Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ chủ trì thực hiện./."""
    )
    assert meta.doc_type == "Công văn"
    assert meta.number == "345/UBND-NC"
    assert meta.issuer == "UBND tỉnh Lâm Đồng"
    assert meta.province == "Lâm Đồng"
    assert meta.title == "V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS"
    assert (meta.issued_on, meta.issued_on_source) == (date(2026, 4, 28), "header")
    assert meta.presiding is None  # "giao Sở ... chủ trì" assigns a task, nobody chaired a meeting


def test_blank_date_without_meeting_gives_the_month() -> None:
    meta = meta_of(
        "Số: /TB-UBND\n\nLạng Sơn, ngày tháng 3 năm 2022\n\nTHÔNG BÁO\n\nÝ kiến chỉ đạo của Chủ tịch UBND tỉnh\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm các nội dung sau đây./."
    )
    assert meta.number is None
    assert meta.issuer == "UBND tỉnh Lạng Sơn"
    assert (meta.issued_on, meta.issued_on_source) == (date(2022, 3, 1), "partial")


def test_central_issuer_has_no_province() -> None:
    meta = meta_of(
        "BỘ NỘI VỤ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 8977/BNV-TCPCP\n"
        "V/v trả lời đề nghị của Hà Nội, ngày 03 tháng 10 năm 2025\nSở Nội vụ tỉnh Lâm Đồng\n"
        "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng\nBộ Nội vụ nhận được Công văn số 1843/SNV-TCBC của Sở Nội vụ tỉnh Lâm Đồng."
    )
    assert meta.issuer == "Bộ Nội vụ"
    assert meta.province is None
    assert meta.place == "Hà Nội"
    assert meta.title == "V/v trả lời đề nghị của Sở Nội vụ tỉnh Lâm Đồng"
    assert meta.issued_on == date(2025, 10, 3)


def test_a_cited_documents_date_is_not_the_meeting_date() -> None:
    meta = meta_of("Thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, UBND tỉnh yêu cầu các sở thực hiện.")
    assert meta.issued_on is None and meta.issued_on_source is None


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "Nơi nhận:", "Số: /", "THÔNG BÁO\n\n\n", "ngày 31 tháng 2 năm 2024", "KT. CHỦ TỊCH\n\nA B", "|\n#\n**"],
)
def test_odd_input_never_raises(text: str) -> None:
    meta = meta_of(text)
    assert isinstance(meta, NoticeMeta)


# --------------------------------------------------------------------------------------------------
# Provinces


def test_province_list_has_both_maps() -> None:
    units = provinces()
    assert sum("63" in p.lists for p in units) == 63
    assert sum("34" in p.lists for p in units) == 34


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TỈNH LÂM ĐỒNG", "Lâm Đồng"),
        ("UBND tỉnh Thanh Hoá", "Thanh Hóa"),
        ("tinh Lai Chau", "Lai Châu"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("thu ngân sách ở xứ Lạng", "Lạng Sơn"),
        ("Sở Nội vụ", None),
        # A road or the person bearing a province's name is not the province.
        ("Dự án đường Hồ Chí Minh giai đoạn 2", None),
        ("tuyến đường mòn Hồ Chí Minh", None),
        ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None),
        ("Đoàn TNCS Hồ Chí Minh", None),
        ("Dự án đường Hồ Chí Minh đoạn qua tỉnh Lào Cai", "Lào Cai"),
        ("ngân sách Hồ Chí Minh năm 2025", "Hồ Chí Minh"),
        ("Chủ tịch Hà Nội", "Hà Nội"),
        ("UBND THÀNH PHỐ LÀO CAI", "Lào Cai"),
    ],
)
def test_find_province(text: str, expected: str | None) -> None:
    assert find_province(text) == expected


# --------------------------------------------------------------------------------------------------
# Header names broken across lines, and portal pages without a header


def test_issuer_broken_inside_its_first_word() -> None:
    meta = meta_of(
        "**ỦY\nBAN NHÂN DÂN **\nTỈNH GIA LAI\n--------\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 210/UBND-KT\n*Gia Lai, ngày 04 tháng 3 năm 2026*\n\n"
        "Kính gửi: Sở Tài chính.\n\nỦy ban nhân dân tỉnh giao Sở Tài chính chủ trì thực hiện./."
    )
    assert meta.issuer == "UBND tỉnh Gia Lai"


def test_office_name_wrapped_after_its_head_word() -> None:
    meta = meta_of(
        "VĂN PHÒNG\nCHÍNH PHỦ\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/TB-VPCP\nHà Nội, ngày 12 tháng 2 năm 2026\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n\n"
        "Bộ Y tế khẩn trương hoàn thiện dự thảo Nghị định./."
    )
    assert meta.issuer == "Văn phòng Chính phủ"
    assert meta.province is None


def test_department_of_a_centrally_governed_city() -> None:
    meta = meta_of(
        "UBND THÀNH PHỐ CẦN\nTHƠ\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 77/SYT-NV\nCần Thơ, ngày 09 tháng 1 năm 2026\n\nKính gửi: Các bệnh viện trực thuộc.\n\n"
        "Sở Y tế đề nghị các bệnh viện rà soát danh mục thuốc./."
    )
    assert meta.issuer == "Sở Y tế thành phố Cần Thơ"
    assert meta.province == "Cần Thơ"


def test_portal_page_without_header_reads_its_summary_table() -> None:
    meta = meta_of(
        "Bản dịch này thuộc quyền sở hữu của cổng thông tin.\n**Số hiệu:**\n|\n1234/BYT-KH\n|\n"
        "**Nơi ban hành:**\n|\nBộ Y tế\n|\n**Ngày ban hành:**\n|\n15/01/2026\n|\n"
        "**Kính gửi:** Thủ trưởng các đơn vị thuộc\nBộ\nThực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, "
        "Bộ trưởng giao:\n1. Vụ Kế hoạch - Tài chính: Tổng hợp nhu cầu kinh phí, báo cáo Lãnh đạo Bộ./."
    )
    assert meta.number == "1234/BYT-KH"
    assert meta.issuer == "Bộ Y tế"
    assert meta.province is None
    assert meta.issued_on == date(2026, 1, 15)


PARTY_NOTICE = """Tình trạng:
Đã biết
BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*****
|
**ĐẢNG CỘNG
SẢN VIỆT NAM**
---------------
|
Số 432-TB/VPTW
|
*Hà Nội, ngày
26 tháng 11 năm 2025*
|
**THÔNG BÁO KẾT LUẬN**
CỦA ĐỒNG CHÍ TỔNG BÍ THƯ
TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ
**-----**
Ngày 24/11/2025, tại Trụ sở Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc với Đảng uỷ Bộ Y tế.
**1. ***Giảm tối đa số
trẻ bị bỏ rơi mới: *Đây là nhiệm vụ ưu tiên; nơi phát hiện *(bệnh viện, công an) *là nơi chịu trách nhiệm.
Văn phòng Trung ương Đảng
xin thông báo để các cơ quan có liên quan biết, thực hiện.
__Nơi nhận__:
- Các cơ quan, ban đảng Trung ương,
- Các đồng chí Uỷ viên
Ban Chấp hành Trung ương Đảng,
- Lưu Văn phòng Trung ương Đảng.
K/T CHÁNH
VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC
Lâm Thị Phương Thanh
văn bản đều có bản cũ không có, văn bản mới có sung và cố định bảng so sánh
Bạn vừa bị Đăng xuất khỏi Tài khoản nên khi người thứ vào thì bạn bị Đăng xuất
"""


PARTY_CONCLUSION = """Tình trạng:
|
Đã biết
|
**BAN
CHẤP HÀNH TRUNG ƯƠNG**
|
**ĐẢNG
CỘNG SẢN VIỆT NAM**
---------------
Số 221-KL/TW
*Hà Nội, ngày 28
tháng 11 năm 2025*
**KẾT LUẬN**
CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ
VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP
-----
Tại phiên họp ngày 28/11/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:
**1.** Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ, ngành rà soát văn bản quy phạm pháp luật.
"""


def test_a_party_header_broken_after_dang_is_header() -> None:
    """"ĐẢNG" / "CỘNG SẢN VIỆT NAM": the portal's table above it is not the notice's text."""
    source = source_of(PARTY_CONCLUSION, "kl-221.md")
    paragraphs = parse_structure(source)[0]
    meta = extract_metadata(source, paragraphs)
    assert (meta.doc_type, meta.number, meta.issuer) == ("Kết luận", "221-KL/TW", "Ban Chấp hành Trung ương")
    assert meta.title == "KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP"
    assert (meta.issued_on, meta.place) == (date(2025, 11, 28), "Hà Nội")
    assert [p.text for p in paragraphs][0] == "Tại phiên họp ngày 28/11/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:"
    assert all(not p.heading_path for p in paragraphs)


def test_a_recipients_label_broken_after_noi_starts_the_footer() -> None:
    text = """Văn phòng Chính phủ thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.
|
*Nơi
nhận:*
- Như trên;
- Các Bộ: KHCN, QP, NV, NNMT, TP;
- VPCP: BTCN,
PCN Phạm Mạnh Cường,
Trợ lý TTg, các Vụ: NN, PL, NC, TH;
- Lưu: VT, KGVX (3) Q
|
**KT. BỘ TRƯỞNG,
CHỦ NHIỆM**
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
"""
    source = source_of(text, "letter.md")
    paragraphs = parse_structure(source)[0]
    assert [p.text for p in paragraphs] == ["Văn phòng Chính phủ thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./."]
    meta = extract_metadata(source, paragraphs)
    assert meta.recipients[:2] == ["Như trên", "Các Bộ: KHCN, QP, NV, NNMT, TP"]
    assert meta.signer == "Phạm Mạnh Cường"


def test_a_number_cited_at_the_end_of_a_title_on_its_own_line_stays_in_the_title() -> None:
    meta = meta_of(
        "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 11306/VPCP-NN\nV/v\nđề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định\n"
        "136/2025/NĐ-CP\nHà Nội, ngày 18 tháng 11 năm 2025\nKính gửi: Bộ Nông nghiệp và Môi trường.\n"
        "Bộ Nông nghiệp và Môi trường chủ trì nghiên cứu kiến nghị của Hiệp hội.\n"
    )
    assert meta.title == "V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP"


def test_party_notice_header_and_footer() -> None:
    """A Party document heads its right column "ĐẢNG CỘNG SẢN VIỆT NAM" and numbers itself "432-TB/VPTW"."""
    source = source_of(PARTY_NOTICE, "tb-432.md")
    paragraphs = parse_structure(source)[0]
    meta = extract_metadata(source, paragraphs)
    assert (meta.doc_type, meta.number) == ("Thông báo", "432-TB/VPTW")
    assert meta.title == "KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ"
    assert meta.issuer == "Văn phòng Ban Chấp hành Trung ương"
    assert (meta.province, meta.place) == (None, "Hà Nội")  # a central body, seated in Hà Nội
    assert (meta.issued_on, meta.issued_on_source) == (date(2025, 11, 26), "header")
    assert meta.signer == "Lâm Thị Phương Thanh"
    # The recipients end at the signer: the portal's panels after it are nobody's.
    assert meta.recipients == [
        "Các cơ quan, ban đảng Trung ương",
        "Các đồng chí Uỷ viên Ban Chấp hành Trung ương Đảng",
        "Lưu Văn phòng Trung ương Đảng",
    ]
    texts = [p.text for p in paragraphs]
    # Emphasis markup left unpaired by the page is gone; the recipients' wrapped line is no paragraph.
    assert texts[1] == (
        "1. Giảm tối đa số trẻ bị bỏ rơi mới: Đây là nhiệm vụ ưu tiên; nơi phát hiện (bệnh viện, công an) "
        "là nơi chịu trách nhiệm."
    )
    assert not [t for t in texts if "Ban Chấp hành Trung ương Đảng," in t or "Tình trạng" in t]


def test_place_wrapped_before_its_date_ends_the_title() -> None:
    meta = meta_of(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 4240/UBND-VX\n"
        "V/v khẩn trương hoàn thành cập nhật, đồng bộ\ncơ sở dữ liệu cán bộ, công chức, viên chức\n"
        "Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025\nKính gửi:\n- Các sở, ngành.\n"
        "Chủ tịch Ủy ban nhân dân Thành phố đề nghị các cơ quan hoàn thành trước ngày 06/12/2025./."
    )
    assert meta.title == "V/v khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức"
    assert meta.issued_on == date(2025, 11, 28)
    assert meta.place == "Hồ Chí Minh"


def test_place_broken_after_its_first_word_and_signer_after_the_surname() -> None:
    meta = meta_of(
        "ỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 4085/UBND-ĐT\nV/v rà soát và\n"
        "chuẩn hóa dữ liệu số nhà sau sắp xếp\nThành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025\n"
        "Kính gửi:\n- Sở Xây dựng.\nGiao Sở Xây dựng chủ trì thực hiện./.\nNơi nhận:\n- Như trên;\n"
        "- Lưu: VT, (ĐT/VMN).\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi\nXuân Cường\n"
        "văn bản đều có bản cũ không có, văn bản mới có sung\n"
    )
    assert meta.title == "V/v rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp"
    assert (meta.place, meta.issued_on) == ("Hồ Chí Minh", date(2025, 11, 25))
    assert meta.signer == "Bùi Xuân Cường"
    assert meta.recipients == ["Như trên", "Lưu: VT, (ĐT/VMN)"]


def test_signer_wrapped_before_the_given_name_is_one_name_and_no_paragraph() -> None:
    text = (
        "BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 17986/BTC-CT\nV/v Phổ biến Cẩm nang nghiệp vụ thuế\nHà Nội, ngày 19 tháng 11 năm 2025\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\n"
        "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành phố quan tâm, chỉ đạo triển khai thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CT (PC)\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n**Lê Tấn\nCận**\n"
    )
    assert meta_of(text).signer == "Lê Tấn Cận"
    assert parse_structure(source_of(text))[0][-1].text.endswith("triển khai thực hiện./.")



@pytest.mark.parametrize(
    ("date_lines", "body_start"),
    [("Hà Nội, ngày 26 tháng 11\nnăm 2025", "Về Kết luận"), ("Hà Nội, ngày 21 tháng\n11 năm 2025", "Về Kết luận")],
)
def test_date_broken_after_its_month_ends_the_title(date_lines: str, body_start: str) -> None:
    source = source_of(
        "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 11583/VPCP-CN\nV/v triển\nkhai Kết luận của Ủy ban Thường vụ Quốc hội về dự án "
        f"đường Hồ Chí Minh\n{date_lines}\nKính gửi: Bộ trưởng Bộ Xây dựng.\n"
        "Về Kết luận của Ủy ban Thường vụ Quốc hội, Phó Thủ tướng có ý kiến như sau: giao Bộ Xây dựng thực hiện./.\n"
    )
    paragraphs, _ = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    assert meta.title == "V/v triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh"
    assert (meta.place, meta.issued_on) == ("Hà Nội", date(2025, 11, 26 if "26" in date_lines else 21))
    assert [p.text[:11] for p in paragraphs] == [body_start]


def test_a_title_ending_on_a_line_of_its_own_year_keeps_it() -> None:
    meta = meta_of(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 12/UBND-TH\nV/v triển khai nhiệm vụ phát triển kinh tế - xã hội\nnăm 2025\n"
        "Lào Cai, ngày 02 tháng 01 năm 2025\nKính gửi: Các sở, ngành.\nGiao các sở, ngành thực hiện./.\n"
    )
    assert meta.title == "V/v triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2025"


def test_a_decisions_enacting_authority_is_no_part_of_its_capitalised_title() -> None:
    source = source_of(
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 2932/QĐ-UBND\nLai Châu, ngày 20 tháng 11\nnăm 2025\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ CỦA\n"
        "ỦY BAN NHÂN DÂN CẤP XÃ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục.\n"
    )
    paragraphs, _ = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    # "ỦY BAN NHÂN DÂN CẤP XÃ" finishes a title broken after "CỦA"; the authority's line is header.
    assert meta.title == (
        "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ CỦA ỦY BAN NHÂN DÂN CẤP XÃ"
    )
    assert (meta.place, meta.issued_on) == ("Lai Châu", date(2025, 11, 20))
    assert not [p for p in paragraphs if "CHỦ TỊCH" in p.text or "Lai Châu, ngày" in p.text]



def test_a_resolution_citing_another_in_its_title_keeps_its_own_number() -> None:
    source = source_of(
        "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố:\n34/2025/NQ-HĐND\nThành phố Huế,\nngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\n"
        "SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        "Điều 1. Sửa đổi, bổ sung một số điều của Quy định.\n"
    )
    paragraphs, _ = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    assert meta.number == "34/2025/NQ-HĐND"
    assert meta.title == (
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT "
        "SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH"
    )
    # "Thành phố Huế," / "ngày 18 …": the place broken before its date is header, not a paragraph.
    assert (meta.place, meta.issued_on) == ("Huế", date(2025, 11, 18))
    assert [p.text[:6] for p in paragraphs][-1] == "Điều 1"
    assert not [p for p in paragraphs if "ngày 18 tháng 11" in p.text or "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ" in p.text]


def test_an_addressee_wrapped_after_the_ministers_title() -> None:
    source = source_of(
        "VĂN PHÒNG\nCHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 11520/VPCP-CN\nV/v\nChỉ thị về nhiên liệu sinh học tại Việt Nam\nHà Nội,\n"
        "ngày 25 tháng 11 năm 2025\nKính gửi: Bộ trưởng\nBộ Công Thương\nXét đề nghị của Bộ Công Thương tại Tờ\n"
        "trình số 8798/TTr-BCT, Phó Thủ tướng có ý kiến như sau: Bộ Công Thương chủ trì thực hiện./.\n"
    )
    paragraphs, _ = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    assert meta.title == "V/v Chỉ thị về nhiên liệu sinh học tại Việt Nam"
    assert (meta.place, meta.issued_on) == ("Hà Nội", date(2025, 11, 25))
    assert paragraphs[0].text.startswith("Xét đề nghị của Bộ Công Thương tại Tờ trình số 8798/TTr-BCT")


def test_a_customs_notice_title_ends_before_the_director_general() -> None:
    meta = meta_of(
        "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 37694/TB-CHQ\nHà Nội, ngày 21 tháng 11 năm 2025\nTHÔNG BÁO\n"
        "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC HẢI QUAN\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n"
        "Cục Hải quan thông báo kết quả xác định trước mã số như sau./.\n"
    )
    assert meta.title == "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ"
    assert meta.number == "37694/TB-CHQ"


def test_a_recipients_sub_list_without_its_dash_stays_in_the_footer() -> None:
    source = source_of(
        "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 11414/VPCP-CN\nV/v đẩy nhanh tiến độ Dự án\nHà Nội, ngày 20 tháng 11 năm 2025\n"
        "Kính gửi: Bộ Xây dựng.\nBộ Xây dựng chỉ đạo các nhà thầu đẩy nhanh tiến độ./.\n"
        "Nơi nhận:\n- Như trên;\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,\nTrợ lý TTg, TGĐ Cổng TTĐT;\n"
        "các Vụ: KTTH, QHĐP, TH;\n- Lưu: VT, CN (2). Ha\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n"
    )
    paragraphs, _ = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    assert [p.text for p in paragraphs] == ["Bộ Xây dựng chỉ đạo các nhà thầu đẩy nhanh tiến độ./."]
    assert meta.recipients == [
        "Như trên",
        "VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH",
        "Lưu: VT, CN (2). Ha",
    ]


MINISTRY_LETTER = (
    "BỘ NỘI VỤ\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số:10988/BNV-CQĐP\nV/v tuyên truyền chủ trương, chính sách của\nĐảng, Nhà nước.\n"
    "Hà Nội, ngày\n21 tháng 11 năm 2025\nKính gửi:\n- Bộ Văn hóa, Thể thao và Du lịch,\n- Thông tấn xã Việt Nam.\n"
    "Đồng kính gửi:\n- Thủ tướng Chính phủ (để báo\ncáo).\n"
    "Bộ Nội vụ đang xây dựng Nghị định thay thế Nghị định số 54/2018/NĐ-CP ngày\n16/4/2018) [1]. "
    "Đề nghị Quý cơ quan phối hợp tuyên truyền./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrương Hải Long\n____________________\n"
    "[1] Hồ sơ dự thảo\nNghị định không có phụ lục kèm theo.\n"
)


def test_ministry_letter_with_a_title_cut_after_cua_and_a_copy_to_the_prime_minister() -> None:
    source = source_of(MINISTRY_LETTER)
    paragraphs, footnotes = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    # The title goes on after "của" although its last line ends with a full stop; the number glued
    # to "Số:" is no part of the place.
    assert meta.title == "V/v tuyên truyền chủ trương, chính sách của Đảng, Nhà nước."
    assert (meta.place, meta.issued_on) == ("Hà Nội", date(2025, 11, 21))
    # "Đồng kính gửi:" names addressees too; the footnote mark after a space is still a mark.
    assert [p.text for p in paragraphs] == [
        "Bộ Nội vụ đang xây dựng Nghị định thay thế Nghị định số 54/2018/NĐ-CP ngày 16/4/2018) [1]. "
        "Đề nghị Quý cơ quan phối hợp tuyên truyền./."
    ]
    assert [(n.marker, n.text) for n in footnotes] == [("1", "Hồ sơ dự thảo Nghị định không có phụ lục kèm theo.")]


def test_portal_caption_gives_the_title_a_page_without_header_lacks() -> None:
    meta = meta_of(
        "**Số hiệu:**\n|\n4001/UBND-ĐT\n|\n**Kính gửi:**\n- Sở Tài chính.\n"
        "Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau: giao Sở Tài chính thực hiện./.\n"
        "Công văn 4001/UBND-ĐT năm 2025 về Danh mục các mỏ khoáng sản có thể áp dụng cơ chế đặc thù do "
        "Thành phố Hồ Chí Minh ban hành\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n"
    )
    assert meta.number == "4001/UBND-ĐT"
    assert meta.title == "Danh mục các mỏ khoáng sản có thể áp dụng cơ chế đặc thù"



def test_the_portals_document_type_outranks_the_type_code_of_the_number() -> None:
    page = (
        "**Số hiệu:**\n|\n{number}\n|\n**Loại văn bản:**\n|\n{kind}\n|\n**Kính gửi:**\n- Thuế thành phố Hà Nội.\n"
        "Cục Thuế nhận được công văn của Thuế TP. Hà Nội về chính sách thuế giá trị gia tăng./.\n"
    )
    # "CT" is the Tax Department's code here, not a Chỉ thị's.
    assert meta_of(page.format(number="5706/CT-CS", kind="Công văn")).doc_type == "Công văn"
    # A label that is no document type ("Văn bản khác") leaves the number to say it.
    assert meta_of(page.format(number="12/CT-UBND", kind="Văn bản khác")).doc_type == "Chỉ thị"


def test_a_portal_caption_without_the_year_is_no_paragraph_and_gives_the_title() -> None:
    source = source_of(
        "**Số hiệu:**\n|\n6278/BVHTTDL-VP\n|\n**Kính gửi:**\n- Vụ Pháp chế.\n"
        "Bộ Văn hóa, Thể thao và Du lịch yêu cầu Vụ Pháp chế hoàn thành trước ngày 15/12/2025./.\n"
        "Công văn 6278/BVHTTDL-VP tập trung hoàn thành thực thi các phương án cắt giảm thủ tục hành chính năm 2025 "
        "do Bộ Văn hóa, Thể thao và Du lịch ban hành\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n"
    )
    paragraphs, _ = parse_structure(source)
    meta = extract_metadata(source, paragraphs)
    assert meta.title == "Tập trung hoàn thành thực thi các phương án cắt giảm thủ tục hành chính năm 2025"
    assert [p.text[:20] for p in paragraphs] == ["Bộ Văn hóa, Thể thao"]



def test_an_instruction_to_carry_out_a_conclusion_names_nobody_who_concluded() -> None:
    meta = meta_of(
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 6316/BVHTTDL-VP\nHà Nội, ngày 21 tháng 11 năm 2025\nKính gửi: Vụ Kế hoạch, Tài chính.\n"
        "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13, "
        "Bộ trưởng giao Vụ Kế hoạch, Tài chính thực hiện./.\n"
    )
    assert meta.presiding is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thu ngân sách ở Lào Cai năm 2024", "thu ngân sách ở  năm 2024"),
        ("lai chau giai ngan von", " giai ngan von"),
        ("UBND tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh "),
        # A city sharing the province's name is a place of its own.
        ("ga Lào Cai và thành phố Lào Cai", "ga Lào Cai và thành phố Lào Cai"),
        ("Sở Y tế", "Sở Y tế"),
        ("tiến độ đường Hồ Chí Minh", "tiến độ đường Hồ Chí Minh"),
        ("chủ tịch Hồ Chí Minh và TP.HCM", "chủ tịch Hồ Chí Minh và "),
    ],
)
def test_without_province_cuts_only_the_province(text: str, expected: str) -> None:
    assert without_province(text) == expected


def test_provinces_spelled_canonically() -> None:
    assert with_canonical_provinces("tiền thu ngân sách ở xứ Lạng, tinh lai chau") == "tiền thu ngân sách ở Lạng Sơn, tinh Lai Châu"
    assert with_canonical_provinces("ga Lào Cai") == "ga Lào Cai"


PROVINCIAL_TAX_LETTER = """CỤC THUẾ
THUẾ TỈNH TÂY NINH
--------
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3257/TNI-QLDN1
V/v thuế suất thuế
GTGT
Tây
Ninh, ngày 01 tháng 12 năm 2025
Kính
gửi:
Công Ty TNHH Khuôn Mẫu Yong Hong;
Mã số thuế: 1102044417;
Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa
Đông, Xã Mỹ Hạnh, tỉnh Tây Ninh.
Trả lời văn bản số 01/CV-01 ngày 20/11/2025 của Công ty về việc thuế suất thuế GTGT, Thuế tỉnh Tây Ninh có ý kiến như sau:
+ Tại Điều 1 quy định về giảm thuế giá trị gia tăng:
“Điều 1. Giảm thuế giá trị gia tăng
1. Giảm thuế giá trị gia tăng đối với các nhóm hàng hóa, dịch vụ đang áp dụng mức thuế suất 10%.
…”
Đề nghị Công ty căn cứ vào tình hình thực tế của đơn vị để thực hiện đúng quy định./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLDN1.
KT.
TRƯỞNG THUẾ TỈNH
PHÓ TRƯỞNG THUẾ TỈNH
Nguyễn Tấn Lợi
"""


def test_a_provincial_tax_office_under_the_tax_department_is_the_issuer_and_its_addressee_is_header() -> None:
    source = source_of(PROVINCIAL_TAX_LETTER, "cv-3257.md")
    paragraphs = parse_structure(source)[0]
    meta = extract_metadata(source, paragraphs)
    # "CỤC THUẾ" / "THUẾ TỈNH TÂY NINH" is the province's office, not one name wrapped.
    assert (meta.issuer, meta.province, meta.title) == ("Thuế tỉnh Tây Ninh", "Tây Ninh", "V/v thuế suất thuế GTGT")
    assert meta.signer == "Nguyễn Tấn Lợi"
    texts = [p.text for p in paragraphs]
    # "Kính" / "gửi:" and the company's tax code and address are the addressee: header, not paragraphs.
    assert texts[0].startswith("Trả lời văn bản số 01/CV-01") and paragraphs[0].heading_path == []
    assert not any(t.startswith(("Kính", "Mã số thuế", "Địa chỉ", "Đông,", "KT.")) for t in texts)
    # A quotation introduced by "quy định về …:" sits under its introduction.
    intro = next(p for p in paragraphs if p.text.startswith("+ Tại Điều 1"))
    quoted = next(p for p in paragraphs if p.text.startswith("1. Giảm thuế"))
    assert quoted.heading_path[: len(intro.heading_path) + 1] == [*intro.heading_path, intro.text]
    assert next(p for p in paragraphs if p.text.startswith("Đề nghị Công ty")).heading_path == []


def test_a_peoples_committee_broken_before_dan_keeps_its_name() -> None:
    meta = meta_of(
        "ỦY BAN NHÂN\nDÂN\nTỈNH BẮC NINH\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 471/QĐ-UBND\nBắc Ninh, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ\n"
        "Điều 1. Phê duyệt Danh mục địa điểm tổ chức hội chợ trên địa bàn tỉnh Bắc Ninh năm 2026.\n"
    )
    assert (meta.issuer, meta.province) == ("UBND tỉnh Bắc Ninh", "Bắc Ninh")


def test_a_ministry_letter_without_its_header_names_no_province_from_its_body() -> None:
    # The portal dropped the header: the issuer comes from its summary table, and the provinces
    # the letter lists ("Thành phố Hồ Chí Minh, Đồng Nai") are not its own.
    meta = meta_of(
        "**Nơi ban hành:**\n|\nBộ Tài chính\n|\n**Số hiệu:**\n|\n17899/BTC-VP\n|\n"
        "**Kính gửi:** Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
        "Bộ Tài chính tổ chức 06 hội nghị bồi dưỡng nghiệp vụ quản lý thuế cho cán bộ xã.\n"
        "- Hội nghị 6: Gồm các tỉnh/thành phố: Thành phố Hồ Chí Minh, Đồng Nai, Tây Ninh.\n"
    )
    assert meta.issuer == "Bộ Tài chính"
    assert meta.province is None


def test_a_place_and_date_without_their_comma_are_still_the_header() -> None:
    meta = meta_of(
        "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 386/NQ-CP\n"
        "Hà Nội ngày 01\ntháng 12 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT THUẾ THU NHẬP\n"
        "CÁ NHÂN (SỬA ĐỔI)\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    )
    assert (meta.place, meta.issued_on) == ("Hà Nội", date(2025, 12, 1))
    assert meta.title == "VỀ VIỆC TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT THUẾ THU NHẬP CÁ NHÂN (SỬA ĐỔI)"
