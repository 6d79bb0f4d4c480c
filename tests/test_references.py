"""Cross-reference extraction: every citation form, what must not match, keys, and noisy text at scale."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from ingest.domain import Reference
from ingest.references import find_reference_spans, find_references, match_references, reference_key

REPO = Path(__file__).resolve().parents[1]
TVPL = REPO.parent / "shared" / "corpus" / "tvpl"


def keys(text: str) -> list[str]:
    return [ref.key for ref in find_references(text)]


def only(text: str) -> Reference:
    refs = find_references(text)
    assert len(refs) == 1, [r.surface for r in refs]
    return refs[0]


# --- forms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "kind", "issuer"),
    [
        ("triển khai Nghị quyết số 68/NQ-CP về hỗ trợ", "68/nq-cp", "Nghị quyết", "CP"),
        ("cụ thể hóa Nghị định số 06/2021/NĐ-CP của Chính phủ", "06/2021/nd-cp", "Nghị định", "CP"),
        ("thay thế Nghị quyết số 12/2018/NQ-HĐND của HĐND tỉnh", "12/2018/nq-hdnd", "Nghị quyết", "HĐND"),
        ("thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư", "10-ct/tw", "Chỉ thị", "TW"),
        ("quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị", "57-nq/tw", "Nghị quyết", "TW"),
        ("thực hiện Nghị quyết số 60-NQ/TU ngày 17/12/2021", "60-nq/tu", "Nghị quyết", "TU"),
        ("Quyết định số 1970/QĐ-TTg phê duyệt Chiến lược", "1970/qd-ttg", "Quyết định", "TTg"),
        ("tại Văn bản số 1505/UBND-KTN của UBND tỉnh", "1505/ubnd-ktn", "Công văn", "UBND"),
        ("theo Văn bản số 198/HĐND-TT của HĐND tỉnh", "198/hdnd-tt", "Công văn", "HĐND"),
        ("theo Kế hoạch số 03/KH-BCĐ của Ban chỉ đạo", "03/kh-bcd", "Kế hoạch", "BCĐ"),
        ("ban hành Quyết định số 1618/QĐ-UBND về việc", "1618/qd-ubnd", "Quyết định", "UBND"),
        ("(1) Báo cáo số 43/BC-STP đã được gửi", "43/bc-stp", "Báo cáo", "STP"),
        ("tại Nghị quyết liên tịch số 01/NQLT về quy chế", "01/nqlt", "Nghị quyết liên tịch", None),
        ("Báo cáo tổng kết Nghị quyết 03-NQ/TU của Tỉnh ủy", "03-nq/tu", "Nghị quyết", "TU"),
        ("theo Kết luận 174 KL/TW của Bộ Chính trị", "174-kl/tw", "Kết luận", "TW"),
        ("Hướng dẫn số 05/HD-MTTW-BTT của Ban Thường trực", "05/hd-mttw-btt", "Hướng dẫn", "MTTW"),
        ("Công điện số 58/CĐ-TTg về ứng phó bão", "58/cd-ttg", "Công điện", "TTg"),
        ("Thông báo số 493/TB-UBND về kết luận", "493/tb-ubnd", "Thông báo", "UBND"),
        ("Tờ trình số 642/TTr-UBND trình HĐND", "642/ttr-ubnd", "Tờ trình", "UBND"),
        ("Thông tư số 219/2013/TT-BTC của Bộ Tài chính", "219/2013/tt-btc", "Thông tư", "BTC"),
        ("Công văn số 2701/SNV-CCHC&VTLT của Sở Nội vụ", "2701/snv-cchc&vtlt", "Công văn", "SNV"),
        ("Luật Doanh nghiệp số 59/2020/QH14 quy định", "59/2020/qh14", "Luật", "QH"),
        ("Nghị quyết số 66.7/2025/NQ-CP của Chính phủ", "66.7/2025/nq-cp", "Nghị quyết", "CP"),
    ],
)
def test_symbol_forms(text: str, key: str, kind: str, issuer: str | None) -> None:
    ref = only(text)
    assert (ref.key, ref.kind, ref.issuer_code) == (key, kind, issuer)


def test_surface_is_the_exact_source_text_and_includes_type_word_and_date() -> None:
    text = "Tăng cường thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 về một số chính sách."
    ((ref, start, end),) = find_reference_spans(text)
    assert ref.surface == text[start:end] == "Nghị quyết số 68/NQ-CP ngày 01/7/2021"
    assert ref.number == "68/NQ-CP"
    assert ref.issued_on == date(2021, 7, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 68/NQ-CP",
        "Nghị quyết 68/NQ-CP",
        "Nghị quyết số 68/NQ - CP",
        "Nghị quyết số 68 /NQ-CP",
        "Nghị quyết số 68 / NQ – CP",  # en dash
        "Nghị quyết số 68/NQ—CP",  # em dash
        "Nghị quyết số 68/NQ-\nCP",  # a PDF line wrapped after the dash
        "NQ 68/NQ-CP",
        "theo 68/NQ-CP",
    ],
)
def test_spacing_and_dash_variants_give_one_key(text: str) -> None:
    ref = only(text)
    assert ref.key == "68/nq-cp"
    assert ref.number == "68/NQ-CP"
    assert ref.kind == "Nghị quyết"


def test_eth_lookalike_is_d() -> None:
    ref = only("Nghị quyết số 12/2018/NQ-HÐND")  # U+00D0, not Đ
    assert ref.key == "12/2018/nq-hdnd"
    assert ref.number == "12/2018/NQ-HĐND"
    assert ref.issuer_code == "HĐND"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết số 68/NQ-CP ngày 01/7/2021", date(2021, 7, 1)),
        ("Nghị quyết số 68/NQ-CP ngày 01 tháng 7 năm 2021", date(2021, 7, 1)),
        ("Chỉ thị số 10-CT/TW, ngày 25/9/2021", date(2021, 9, 25)),
        ("Quyết định số 766/QĐ-TTg ngày\n23/6/2022", date(2022, 6, 23)),
        ("Công văn số 6709/UBND-NC ngày 07/11/205", None),  # a typo in the year: no date
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert only(text).issued_on == expected


def test_named_laws_key_on_name_and_year() -> None:
    text = (
        "theo quy định từ Điều 111 đến Điều 122 Luật Ban hành Văn bản quy phạm pháp luật năm 2015, "
        "tại Điều 79 Luật Tổ chức chính quyền địa phương năm 2015; Luật Đất đai 2024; "
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Bộ luật Lao động năm 2019."
    )
    assert keys(text) == [
        "luat:ban-hanh-van-ban-quy-pham-phap-luat:2015",
        "luat:to-chuc-chinh-quyen-dia-phuong:2015",
        "luat:dat-dai:2024",
        "luat:to-chuc-chinh-phu:2025",
        "bo-luat:lao-dong:2019",
    ]
    assert all(ref.kind in {"Luật", "Bộ luật"} and ref.issuer_code == "QH" for ref in find_references(text))


def test_a_law_cited_with_its_number_is_also_keyed_by_its_name() -> None:
    text = (
        "Tại khoản 25 Điều 3 Luật Quản lý thuế số 38/2019/QH14 ngày 13/06/2019 quy định; "
        "Bộ luật Lao động số 45/2019/QH14; Luật Đất đai năm 2024."
    )
    refs = find_references(text)
    assert [(r.key, r.aliases) for r in refs] == [
        ("38/2019/qh14", ["luat:quan-ly-thue:2019"]),
        ("45/2019/qh14", ["bo-luat:lao-dong:2019"]),
        ("luat:dat-dai:2024", []),
    ]
    assert refs[0].keys == ["38/2019/qh14", "luat:quan-ly-thue:2019"]
    assert refs[0].surface == "Luật Quản lý thuế số 38/2019/QH14 ngày 13/06/2019"


def test_a_law_typed_without_marks_keys_as_when_written_with_them() -> None:
    assert reference_key("co cv nao can cu luat quan ly thue nam 2019 ko") == "luat:quan-ly-thue:2019"
    assert reference_key("Luật Quản lý thuế năm 2019") == "luat:quan-ly-thue:2019"


def test_law_names_without_year_stop_where_the_name_ends() -> None:
    text = (
        "quy định chi tiết một số điều của Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai "
        "nghiện ma túy; triển khai thực hiện tốt Luật thực hiện dân chủ ở cơ sở. Luật Phí và lệ phí; "
        "Luật Đê điều; Luật Khoa học, công nghệ và đổi mới sáng tạo về đổi mới."
    )
    assert keys(text) == [
        "luat:phong-chong-ma-tuy",
        "luat:xu-ly-vi-pham-hanh-chinh",
        "luat:thuc-hien-dan-chu-o-co-so",
        "luat:phi-va-le-phi",
        "luat:de-dieu",
        "luat:khoa-hoc-cong-nghe-va-doi-moi-sang-tao",
    ]


def test_type_word_with_bare_number_is_a_partial_reference() -> None:
    refs = find_references("đưa các nội dung của Nghị quyết 57 và Nghị quyết 68 của Bộ Chính trị vào Đề án số 06.")
    assert [(r.key, r.kind) for r in refs] == [
        ("nghi-quyet:57", "Nghị quyết"),
        ("nghi-quyet:68", "Nghị quyết"),
        ("de-an:06", "Đề án"),
    ]
    assert refs[1].issuer_code == "TW"  # from "của Bộ Chính trị"
    # A Nghị định is always the Government's: the key can be completed.
    assert only("theo Nghị định 100/2019 về xử phạt").key == "100/2019/nd-cp"


# --- OCR damage ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "surface"),
    [
        ("tại Nghị quyểt số 68/NQ-CP về", "Nghị quyết", "Nghị quyểt số 68/NQ-CP"),
        ("theo Quyểt định số 1672/QĐ-TTg giai đoạn", "Quyết định", "Quyểt định số 1672/QĐ-TTg"),
        ("theo Chi thị số 10-CT/TW của", "Chỉ thị", "Chi thị số 10-CT/TW"),
        ("tại Văn bản sổ 1505/UBND-KTN ngày 28/7/2020 cúa", "Công văn", "Văn bản sổ 1505/UBND-KTN ngày 28/7/2020"),
        ("tại Nghi quyct số 68/NQ-CP về", "Nghị quyết", "Nghi quyct số 68/NQ-CP"),  # one wrong letter
        ("theo Kê hoach số 03/KH-BCĐ của", "Kế hoạch", "Kê hoach số 03/KH-BCĐ"),
        ("tại Thong bao so 493/TB-UBND", "Thông báo", "Thong bao so 493/TB-UBND"),
    ],
)
def test_ocr_damaged_type_words(text: str, kind: str, surface: str) -> None:
    ref = only(text)
    assert (ref.kind, ref.surface) == (kind, surface)


def test_ocr_damaged_bare_type_word_across_wrapped_lines() -> None:
    # seed 003 breaks lines with blank lines, in the middle of "Đề án"
    assert only("các nội dung của Đề \n\nán số 06 về phát triển").key == "de-an:06"


# --- inferring the kind from the symbol ---------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "kind"),
    [
        ("68/NQ-CP", "Nghị quyết"),
        ("06/2021/NĐ-CP", "Nghị định"),
        ("1970/QĐ-TTg", "Quyết định"),
        ("05/CT-TTg", "Chỉ thị"),
        ("10-CT/TW", "Chỉ thị"),
        ("631/TB-VPCP", "Thông báo"),
        ("03/KH-BCĐ", "Kế hoạch"),
        ("43/BC-STP", "Báo cáo"),
        ("642/TTr-UBND", "Tờ trình"),
        ("58/CĐ-TTg", "Công điện"),
        ("219/2013/TT-BTC", "Thông tư"),
        ("177-KL/TW", "Kết luận"),
        ("1505/UBND-KTN", "Công văn"),
        ("3653/VPCP-CĐS", "Công văn"),
    ],
)
def test_kind_from_a_bare_symbol(symbol: str, kind: str) -> None:
    assert only(f"thực hiện theo {symbol} đã ban hành").kind == kind


def test_generic_van_ban_yields_to_the_symbol() -> None:
    assert only("tại văn bản số 84/BC-UBND ngày 19/11/2025").kind == "Báo cáo"
    assert only("tại Văn bản số 1505/UBND-KTN").kind == "Công văn"


# --- what must not match ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 02/8/2021, tại Trụ sở UBND tỉnh",
        "ngày 01/7/2021 và tháng 04/2024, Quý I/2024",
        "tham dự có 14/22 đồng chí lãnh đạo",
        "đứng thứ 12/63 tỉnh, thành phố; thứ 3/14 tỉnh; đạt 90,09/100 điểm",
        "- Hỗ trợ: (028) 3930.3279 _ 0906.229966",
        "theo quy định từ Điều 111 đến Điều 122",
        "phòng chống dịch COVID-19 và Covid-19",
        "giai đoạn 2021-2025, 2021 - 2025 và 2026-2030",
        "có 4.289 người và 1.028 người; 123; 06 công trình",
        "Kế hoạch 5 năm 2021 - 2025, Báo cáo 6 tháng, Kế hoạch 2024 của tỉnh",
        "các văn bản do Trung ương ban hành (Luật, Nghị định, Thông tư,...)",
        "theo quy định của pháp luật và Luật này",
        "xây dựng Nghị quyết của Tỉnh ủy về xóa nhà tạm",
        "tốc độ 60 km/h, 3 m/s",
        "kê khai theo Mẫu số 01/TNDN và tờ khai 05/KK-TNCN",
        "theo QCVN 06:2022/BXD về an toàn cháy",
        "kết nối cộng đồng Dân Luật Việt Nam; THƯ VIỆN PHÁP LUẬT",
        "các Luật chuyên ngành và dự thảo Luật trình Chính phủ",
        "Mã số thuế: 0315459414; tổng 32.006 tỷ đồng",
    ],
)
def test_not_references(text: str) -> None:
    assert find_references(text) == []


def test_own_number_in_the_header_is_not_a_reference() -> None:
    text = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 2319/QĐ-TTg Hà Nội, ngày 20 tháng 10 năm 2025\nCăn cứ Nghị quyết số 214/NQ-CP"
    assert keys(text) == ["214/nq-cp"]
    assert keys("**Số hiệu:**\n|\n5348/CT-CS\n|\nCục Thuế nhận được công văn số 324/QTR-KTr2") == ["324/qtr-ktr2"]


def test_a_bullet_after_a_symbol_is_not_part_of_it() -> None:
    ref = only("ban hành Quyết định số 12/QĐ-UBND\n- Sở Tài chính;")
    assert ref.key == "12/qd-ubnd"


# --- offsets ------------------------------------------------------------------------------------


def test_offsets_hold_for_decomposed_input() -> None:
    text = unicodedata.normalize("NFD", "Căn cứ Nghị quyết số 12/2018/NQ-HĐND ngày 10/12/2018 của HĐND tỉnh")
    ((ref, start, end),) = find_reference_spans(text)
    assert text[start:end] == ref.surface
    assert unicodedata.normalize("NFC", ref.surface) == "Nghị quyết số 12/2018/NQ-HĐND ngày 10/12/2018"
    assert ref.key == "12/2018/nq-hdnd"


def test_seed_notices_match_their_hand_labels() -> None:
    labels: dict[str, set[str]] = {}
    for line in (REPO / "bench" / "labels" / "references.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels.setdefault(row["doc"], set()).add(row["key"])
    for path in sorted((REPO / "samples" / "notices").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for ref, start, end in find_reference_spans(text):
            assert text[start:end] == ref.surface
        assert set(keys(text)) == labels[path.name], path.name


# --- keys for user input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "68/nq-cp",
        "68/NQ-CP",
        "NQ 68/NQ-CP",
        "Nghị quyết số 68/NQ-CP ngày 01/7/2021",
        "nghi quyet so 68/nq-cp",
        "68 / NQ – CP",
    ],
)
def test_reference_key_equivalences(query: str) -> None:
    assert reference_key(query) == "68/nq-cp"


def test_reference_key_other_shapes() -> None:
    assert reference_key("Nghị định 6/2021/NĐ-CP") == reference_key("06/2021/nd-cp") == "06/2021/nd-cp"
    assert reference_key("chỉ thị 10-ct/tw") == reference_key("Chỉ thị số 10-CT/TW") == "10-ct/tw"
    assert reference_key("luật đất đai 2024") == reference_key("Luật Đất đai năm 2024") == "luat:dat-dai:2024"
    assert reference_key("nghi quyet 68") == reference_key("Nghị quyết 68") == "nghi-quyet:68"
    assert reference_key("NQ 68") == "nghi-quyet:68"
    assert reference_key("nghị định 100/2019") == "100/2019/nd-cp"
    assert reference_key("thời tiết hôm nay") is None
    assert reference_key("") is None


def test_match_references_resolves_partial_input() -> None:
    known = ["68/nq-cp", "68-nq/tw", "68/qd-ttg", "nghi-quyet:68", "06/2021/nd-cp", "1505/ubnd-ktn",
             "luat:dat-dai:2024", "luat:ban-hanh-van-ban-quy-pham-phap-luat:2015", "de-an:06"]
    assert match_references("68/NQ-CP", known) == ["68/nq-cp"]
    assert match_references("nghị quyết 68", known) == ["nghi-quyet:68", "68-nq/tw", "68/nq-cp"]
    assert match_references("quyết định 68", known) == ["68/qd-ttg"]
    assert match_references("văn bản 1505", known) == ["1505/ubnd-ktn"]
    # Ministries and the Government Office number their letters past 9999.
    assert match_references("Theo Công văn 11298, hạn chót là ngày nào?", [*known, "11298/vpcp-ktth"]) == ["11298/vpcp-ktth"]
    assert match_references("Nghị định 6/2021/NĐ-CP", known) == ["06/2021/nd-cp"]
    assert match_references("luật đất đai", known) == ["luat:dat-dai:2024"]
    assert match_references("luật đất đai", [*known, "luat:dat-dai"]) == ["luat:dat-dai", "luat:dat-dai:2024"]
    assert match_references("Luật Ban hành văn bản quy phạm pháp luật", known) == [
        "luat:ban-hanh-van-ban-quy-pham-phap-luat:2015"
    ]
    assert match_references("đề án 6", known) == ["de-an:06"]
    assert match_references("68", known) == ["68-nq/tw", "68/nq-cp", "68/qd-ttg", "nghi-quyet:68"]
    assert match_references("99/NQ-CP", known) == []
    assert match_references("xin chào", known) == []


# --- noisy text at scale ------------------------------------------------------------------------


def test_tvpl_corpus_no_crash_bounded_density_known_keys() -> None:
    files = sorted(TVPL.glob("*.md"))
    if not files:
        pytest.skip(f"{TVPL} not present")
    assert len(files) == 282
    chars = total = 0
    docs_with: dict[str, int] = {}
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        spans = find_reference_spans(text)
        chars += len(text)
        total += len(spans)
        # Dense legal texts cite a lot, but never one reference every 100 characters.
        assert len(spans) <= max(20, len(text) / 100), path.name
        for ref, start, end in spans:
            assert text[start:end] == ref.surface
            assert ref.key == ref.key.lower() and " " not in ref.key
        for key in {ref.key for ref, _, _ in spans}:
            docs_with[key] = docs_with.get(key, 0) + 1
    assert 0.5 < total / chars * 1000 < 4.0
    assert docs_with["13/2023/nd-cp"] == 282  # cited in the portal's footer of every page
    assert docs_with["luat:to-chuc-chinh-quyen-dia-phuong:2025"] >= 50
    assert docs_with["78/2025/nd-cp"] >= 20
    assert docs_with["72/2025/qh15"] >= 20
