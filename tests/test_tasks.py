"""Task extraction: each phrasing of an assignment, owners from headings, deadlines, the seed bench."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from ingest.domain import NoticeMeta, Page, Paragraph, SourceText, Task
from ingest.structure import parse_structure
from ingest.tasks import cell_agencies, extract_tasks, owner_of, tasks_in_text

REPO = Path(__file__).resolve().parents[1]
KHDT = "Sở Kế hoạch và Đầu tư"
NN = "Sở Nông nghiệp và Phát triển nông thôn"


def para(text: str, path: list[str] | None = None, marker: str | None = None, heading: bool = False) -> Paragraph:
    return Paragraph(text=text, heading_path=path or [], marker=marker, is_heading=heading)


def extract(paragraphs: list[Paragraph], issued_on: date | None = date(2024, 4, 2), **meta: str) -> list[Task]:
    for i, p in enumerate(paragraphs):
        p.ordinal, p.paragraph_id = i, f"n1:{i:04d}"
    return extract_tasks(paragraphs, NoticeMeta(issued_on=issued_on, **meta))


def one(text: str, **kw: object) -> Task:
    tasks = extract([para(text)], **kw)  # type: ignore[arg-type]
    assert len(tasks) == 1, [t.lead for t in tasks]
    return tasks[0]


def notice(text: str, issued_on: date, province: str) -> list[Task]:
    """A synthetic notice through the real structure parser."""
    paragraphs, _ = parse_structure(SourceText(source="t.txt", media_type="text", pages=[Page(text=text)]))
    return extract(paragraphs, issued_on, province=province, issuer=f"UBND tỉnh {province}")


# --- phrasings ---------------------------------------------------------------------------------


def test_giao_chu_tri_phoi_hop() -> None:
    t = one("Giao Sở Xây dựng chủ trì, phối hợp với Sở Giao thông vận tải, UBND huyện Bát Xát nghiên cứu phương án bãi đỗ xe.")
    assert t.lead == ["Sở Xây dựng"]
    assert t.support == ["Sở Giao thông vận tải", "Ủy ban nhân dân huyện Bát Xát"]
    assert t.task == "Nghiên cứu phương án bãi đỗ xe"
    assert t.deadline is None


def test_a_topic_label_before_the_owner_stays_with_the_task() -> None:
    # Without its label the task would read "Nghiên cứu, đề xuất báo cáo tỉnh …": about what?
    text = (
        "- Phương án bãi đỗ xe tại thị xã Sa Pa: Sở Xây dựng chủ trì phối hợp Sở Giao thông Vận tải "
        "nghiên cứu, đề xuất báo cáo tỉnh trong tháng 04/2024."
    )
    (task,) = tasks_in_text(text, date(2024, 4, 2))
    assert task.lead == ["Sở Xây dựng"]
    assert task.task.startswith("Phương án bãi đỗ xe tại thị xã Sa Pa: nghiên cứu, đề xuất")


def test_owner_with_numbered_items_gives_one_task_per_item() -> None:
    text = (
        "- Sở Du lịch chủ trì: (1) Phối hợp UBND thành phố Lào Cai rà soát điểm thăm quan; "
        "(2) Phối hợp Sở Ngoại vụ, Sở Văn hóa và Thể thao nghiên cứu, đề xuất: (i) Trao đổi với tỉnh bạn; "
        "(ii) Phối hợp Sở Tài nguyên và Môi trường thí điểm mô hình du lịch; (3) Tham mưu tổ chức Hội nghị."
    )
    tasks = extract([para(text, marker="-")])
    assert [t.lead for t in tasks] == [["Sở Du lịch"]] * 3
    assert tasks[0].support == ["Ủy ban nhân dân thành phố Lào Cai"]
    assert tasks[1].support == ["Sở Ngoại vụ", "Sở Văn hóa và Thể thao", "Sở Tài nguyên và Môi trường"]
    assert [t.quote[:3] for t in tasks] == ["(1)", "(2)", "(3)"]
    assert all(t.quote in text for t in tasks)


def test_items_that_are_objects_of_one_directive_stay_one_task() -> None:
    text = "Sở Ngoại vụ chủ trì chuẩn bị chu đáo các chuyến công tác: (1) Chuyến thăm Vân Nam; (2) Chuyến thăm Pháp."
    t = one(text)
    assert t.lead == ["Sở Ngoại vụ"] and t.quote == text


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Yêu cầu Sở Tài chính báo cáo rõ nguồn kinh phí chưa phân bổ.", ["Sở Tài chính"]),
        ("Đề nghị Nhà đầu tư khẩn trương hoàn thiện hồ sơ dự án.", ["Nhà đầu tư"]),
        ("UBND tỉnh đề nghị nhà đầu tư bổ sung năng lực tài chính.", ["Nhà đầu tư"]),
        ("Sở Khoa học và Công nghệ nghiên cứu, đề xuất cơ chế hỗ trợ khởi nghiệp.", ["Sở Khoa học và Công nghệ"]),
        ("Chủ tịch UBND tỉnh giao Sở KH&CN chủ trì triển khai Đề án 06.", ["Sở Khoa học và Công nghệ"]),
        ("Giao Ban Quản lý Khu kinh tế rà soát quy hoạch khu công nghiệp.", ["Ban Quản lý Khu kinh tế"]),
        ("Giao Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm.", ["Trung tâm Dịch vụ việc làm tỉnh"]),
        ("Yêu cầu các sở, ban, ngành chủ động rà soát văn bản.", ["Các sở, ban, ngành"]),
        ("Các huyện, thị xã, thành phố đẩy nhanh lập quy hoạch sử dụng đất.", ["Ủy ban nhân dân cấp huyện"]),
        # Kinds of body listed bare name them all, as "các" would.
        ("Đề nghị bộ, ngành, địa phương khẩn trương tổng hợp đề xuất biên chế.", ["Các bộ, ngành", "Các địa phương"]),
        ("Đề nghị sở, ban, ngành, địa phương rà soát thủ tục hành chính.", ["Các sở, ban, ngành", "Các địa phương"]),
    ],
)
def test_triggers_and_plain_subjects(text: str, lead: list[str]) -> None:
    assert one(text).lead == lead


def test_enumerated_agencies_share_the_head_noun() -> None:
    t = one("- Các Sở: Kế hoạch và Đầu tư, Nông nghiệp và PTNT báo cáo UBND tỉnh kết quả học tập kinh nghiệm.")
    assert t.lead == [KHDT, NN]
    t = one("UBND các xã: A Mú Sung, Y Tý, Trịnh Tường chủ động bố trí quỹ đất tái định cư.")
    assert t.lead == ["Ủy ban nhân dân xã A Mú Sung", "Ủy ban nhân dân xã Y Tý", "Ủy ban nhân dân xã Trịnh Tường"]


def test_owner_inherited_from_a_heading() -> None:
    heading = "5. Giao Sở Nông nghiệp và PTNT:"
    tasks = extract(
        [
            para(heading, marker="5.", heading=True),
            para("- Kiểm tra tình hình trồng mới, báo cáo UBND trước ngày 15/10/2020.", [heading], "-"),
            para("- Phổi hợp với Sở Tài chính tham mưu thực hiện các dự án liên kết.", [heading], "-"),
        ],
        issued_on=date(2020, 9, 1),
    )
    assert [t.lead for t in tasks] == [[NN], [NN]]
    assert tasks[0].deadline is not None and tasks[0].deadline.due == date(2020, 10, 15)
    assert tasks[1].support == ["Sở Tài chính"]  # "Phổi hợp": OCR damage folds away
    assert tasks[1].task == "Tham mưu thực hiện các dự án liên kết"


@pytest.mark.parametrize("heading", ["2. Giao Sở Xây dựng:", "e) Sở Xây dựng:", "b) Sở Xây dựng chủ trì:", "1. Sở Xây dựng"])
def test_owner_heading_forms(heading: str) -> None:
    assert owner_of(heading) is not None and owner_of(heading).lead == ("Sở Xây dựng",)  # type: ignore[union-attr]
    tasks = extract([para(heading, heading=True), para("- Rà soát quy chế quản lý kiến trúc đô thị.", [heading], "-")])
    assert [t.lead for t in tasks] == [["Sở Xây dựng"]]


def test_headings_that_do_more_than_name_an_owner_hand_nothing_down() -> None:
    assert owner_of("2. Về một số nhiệm vụ trọng tâm, Thường trực UBND tỉnh yêu cầu:") is None
    assert owner_of("Sở Ngoại vụ chủ trì chuẩn bị các chuyến công tác:") is None
    assert owner_of("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG") is None


def test_owner_paragraph_not_marked_as_heading_still_owns_its_bullets() -> None:
    tasks = extract(
        [
            para("12. Sở Lao động Thương binh và Xã hội", marker="12."),
            para("- Kiểm tra tiến độ Chương trình giảm nghèo, báo cáo trước ngày 20/10/2020.", marker="-"),
            para("- Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn.", marker="-"),
            para("13. Sở Nội vụ phối hợp Công an tỉnh kiểm tra hoạt động tôn giáo.", marker="13."),
        ],
        issued_on=date(2020, 9, 1),
    )
    lead = "Sở Lao động - Thương binh và Xã hội"
    assert [t.lead for t in tasks] == [[lead], [lead], ["Sở Nội vụ"]]
    assert tasks[2].support == ["Công an tỉnh"]


@pytest.mark.parametrize(
    "text",
    [
        "Dự thảo Tờ trình về chính sách hỗ trợ chợ nông thôn (Sở Công Thương trình).",
        "Hiện nay, Sở Kế hoạch và Đầu tư đang xây dựng dự thảo Nghị quyết.",
        "Ghi nhận sự chủ động của Sở Công Thương đã chủ trì xây dựng dự thảo hồ sơ.",
        "UBND tỉnh tiếp thu và sẽ chỉ đạo các cơ quan, đơn vị tổ chức thực hiện.",
        "Tham dự có: Thường trực HĐND tỉnh; Hội Nông dân tỉnh; Tỉnh Đoàn; Liên đoàn Lao động tỉnh.",
        "Một số chủ đầu tư giải ngân khá, như: Ban QLDA các công trình dân dụng đạt 81,2%; huyện Than Uyên đạt 77,3%.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết và thực hiện./.",
        "Tình hình kinh tế - xã hội trong Quý I phát triển ổn định.",
        # A passive or a right is no directive, nor is a description of who invests.
        "Để việc đề xuất biên chế của các bộ, ngành, địa phương được triển khai thống nhất.",
        "Mỗi xã được bố trí bình quân không quá 03 nhân viên chăn nuôi thú y.",
        "Đối với công trình do sở, ban, ngành, địa phương làm chủ đầu tư thì thực hiện theo quy định.",
        "Cơ quan, đơn vị có thẩm quyền tuyển dụng viên chức, phối hợp tổ chức thi.",
    ],
)
def test_descriptions_lists_and_the_issuer_are_not_tasks(text: str) -> None:
    assert extract([para(text)]) == []


def test_submitted_by_is_not_the_owner_but_the_next_sentence_is() -> None:
    text = "Dự thảo Quy chế (Sở Công Thương trình): UBND tỉnh thông qua; Sở Tư pháp thẩm định, hoàn thiện."
    assert [t.lead for t in extract([para(text)])] == [["Sở Tư pháp"]]


def test_several_assignments_in_one_paragraph_get_their_own_quotes() -> None:
    text = (
        "- Sở Tài chính, Cục Thuế và các địa phương tập trung thu ngân sách; "
        "Sở Tài nguyên và Môi trường chủ trì đẩy nhanh tiến độ xác định giá đất."
    )
    p = para(text, marker="-")
    tasks = extract([p])
    assert [t.lead for t in tasks] == [["Sở Tài chính", "Cục Thuế", "Các địa phương"], ["Sở Tài nguyên và Môi trường"]]
    assert tasks[1].quote == "Sở Tài nguyên và Môi trường chủ trì đẩy nhanh tiến độ xác định giá đất."
    assert all(t.quote in text and t.paragraph_id == p.paragraph_id for t in tasks)


def test_a_single_task_quotes_the_whole_paragraph() -> None:
    text = "- Quy hoạch: Yêu cầu Sở Xây dựng khẩn trương thực hiện quy hoạch khu kinh tế cửa khẩu."
    assert one(text).quote == text


# --- deadlines ---------------------------------------------------------------------------------


def test_list_final_deadline_after_a_semicolon_applies_to_every_item() -> None:
    text = "Sở Nội vụ chủ trì: (1) Phối hợp Sở Xây dựng phát động phong trào; (2) Phối hợp Công an tỉnh kiểm tra; thời hạn trong tháng 5/2024."
    tasks = extract([para(text)])
    assert [t.deadline.due for t in tasks if t.deadline] == [date(2024, 5, 31)] * 2


def test_deadline_after_a_comma_belongs_to_the_last_item_only() -> None:
    text = "Sở Du lịch chủ trì: (1) Rà soát điểm đến; (2) Tham mưu tổ chức Hội nghị, thời hạn trong tháng 4/2024."
    tasks = extract([para(text)])
    assert [t.deadline.due if t.deadline else None for t in tasks] == [None, date(2024, 4, 30)]


def test_separate_items_each_with_a_subject_share_a_closing_deadline() -> None:
    text = (
        "- Sản xuất đá: (1) Sở Xây dựng và UBND huyện Văn Bàn rà soát quy hoạch; "
        "(2) Sở Công thương và UBND huyện Văn Bàn kêu gọi nhà đầu tư. Thời hạn trong Quý II/2024."
    )
    tasks = extract([para(text, marker="-")])
    assert [t.lead for t in tasks] == [
        ["Sở Xây dựng", "Ủy ban nhân dân huyện Văn Bàn"],
        ["Sở Công Thương", "Ủy ban nhân dân huyện Văn Bàn"],
    ]
    assert [t.deadline.due for t in tasks if t.deadline] == [date(2024, 6, 30)] * 2


def test_deadline_bullet_closing_a_list_applies_to_its_siblings() -> None:
    heading = "2. Sở Khoa học và Công nghệ:"
    tasks = extract(
        [
            para(heading, marker="2.", heading=True),
            para("- Triển khai nền tảng số dùng chung.", [heading], "-"),
            para("- Hướng dẫn các xã số hóa hồ sơ.", [heading], "-"),
            para("- Thời hạn: trong tháng 12/2025.", [heading], "-"),
        ]
    )
    assert [t.deadline.due for t in tasks if t.deadline] == [date(2025, 12, 31)] * 2


def test_dates_without_a_year_take_the_notice_year() -> None:
    t = one("Giao Sở Y tế báo cáo UBND tỉnh trước ngày 15/4.", issued_on=date(2023, 3, 20))
    assert t.deadline is not None and t.deadline.due == date(2023, 4, 15) and t.deadline.kind == "date"


def test_directive_without_an_owner_is_kept_only_with_a_deadline() -> None:
    kept = one("- Khẩn trương hoàn thiện công tác chuẩn bị đầu tư để khởi công trước 30/6/2022.")
    assert kept.lead == [] and kept.deadline is not None and kept.deadline.due == date(2022, 6, 30)
    assert extract([para("- Tăng cường công tác quản lý đất đai, khoáng sản.")]) == []


# --- issuer, OCR -------------------------------------------------------------------------------


def test_the_issuing_province_never_owns_but_a_city_inside_it_can() -> None:
    text = "Giao UBND tỉnh Lào Cai và UBND thành phố Lào Cai rà soát quỹ đất."
    t = one(text, province="Lào Cai", issuer="UBND tỉnh Lào Cai")
    assert t.lead == ["Ủy ban nhân dân thành phố Lào Cai"]


def test_ocr_damaged_agency_names_resolve() -> None:
    t = one("2. Giao Sở Kể hoạch và Đầu đôn đổc bằng văn bản, chủ động rà soát các chỉ tiêu.")
    assert t.lead == [KHDT]


# --- whole notices in phrasings the seeds do not use -------------------------------------------

QUANG_NINH_2019 = """Ngày 12/3/2019, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:

1. Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng, UBND thành phố Hạ Long rà soát quỹ đất sạch, báo cáo UBND tỉnh trước ngày 30/4/2019.

2. Đề nghị Nhà đầu tư khẩn trương hoàn thiện hồ sơ điều chỉnh dự án, hoàn thành trong Quý III/2019.

3. UBND các xã: Quảng Nghĩa, Hải Tiến và Hải Đông chủ động phối hợp với Ban Quản lý dự án đầu tư xây dựng tỉnh thực hiện công tác giải phóng mặt bằng.

4. Sở KH&ĐT tổng hợp tình hình giải ngân, báo cáo UBND tỉnh định kỳ trước ngày 20 hàng tháng.

5. Ghi nhận Sở Y tế đã chủ động triển khai các biện pháp phòng dịch; Sở Y tế đang hoàn thiện đề án.

6. Dự thảo Quy chế quản lý cụm công nghiệp (Sở Công Thương trình): UBND tỉnh thống nhất thông qua; Sở Công Thương hoàn thiện, trình ký trước ngày 25/3/2019.

UBND tỉnh yêu cầu các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện./.
"""

DAK_LAK_2025 = """1. Giao Sở Nông nghiệp và Môi trường:

- Chủ trì, phối hợp với Sở Tài chính và UBND các xã, phường rà soát hiện trạng rừng, hoàn thành trước 15/11/2025.

- Định kỳ 02 tuần/lần báo cáo tiến độ trồng rừng thay thế cho UBND tỉnh.

2. Sở Khoa học và Công nghệ:

- Triển khai nền tảng số dùng chung của tỉnh.

- Thời hạn: trong tháng 12/2025.

3. Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã, phường tổ chức thực hiện nghiêm các nội dung trên.

4. Giao Trung tâm Phục vụ hành chính công tỉnh theo dõi, tổng hợp kết quả giải quyết hồ sơ, báo cáo hằng tuần.
"""


def _summary(tasks: list[Task]) -> list[tuple[list[str], list[str], str | None]]:
    return [
        (t.lead, t.support, t.deadline and (t.deadline.due.isoformat() if t.deadline.due else t.deadline.kind))
        for t in tasks
    ]


def test_synthetic_notice_quang_ninh_2019() -> None:
    tasks = notice(QUANG_NINH_2019, date(2019, 3, 12), "Quảng Ninh")
    xa = [f"Ủy ban nhân dân xã {n}" for n in ("Quảng Nghĩa", "Hải Tiến", "Hải Đông")]
    assert _summary(tasks) == [
        (["Sở Tài nguyên và Môi trường"], ["Sở Xây dựng", "Ủy ban nhân dân thành phố Hạ Long"], "2019-04-30"),
        (["Nhà đầu tư"], [], "2019-09-30"),
        (xa, ["Ban Quản lý dự án"], None),
        ([KHDT], [], "recurring"),
        (["Sở Công Thương"], [], "2019-03-25"),
        (["Các sở, ban, ngành", "Các địa phương"], [], None),
    ]


def test_synthetic_notice_dak_lak_2025_post_merger_names() -> None:
    tasks = notice(DAK_LAK_2025, date(2025, 10, 20), "Đắk Lắk")
    assert _summary(tasks) == [
        (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính", "Ủy ban nhân dân cấp xã"], "2025-11-15"),
        (["Sở Nông nghiệp và Môi trường"], [], "recurring"),
        (["Sở Khoa học và Công nghệ"], [], "2025-12-31"),
        (["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"], [], None),
        (["Trung tâm Phục vụ hành chính công tỉnh"], [], "recurring"),
    ]


def test_tasks_in_text_helper() -> None:
    tasks = tasks_in_text("Giao Sở Y tế kiểm tra an toàn thực phẩm.\n\nSở Tư pháp thẩm định dự thảo.", date(2024, 1, 1))
    assert [t.lead for t in tasks] == [["Sở Y tế"], ["Sở Tư pháp"]]


def test_national_notice_assigns_to_ministries_and_to_the_province() -> None:
    """A Government Office notice (not used while developing): the province is an assignee there."""
    path = REPO.parent / "shared/corpus/tvpl/296e373d796986f4.md"
    if not path.exists():
        pytest.skip("shared corpus not available")
    from ingest.metadata import extract_metadata
    from ingest.readers import read_path

    source = read_path(path)
    paragraphs, _ = parse_structure(source)
    tasks = extract_tasks(paragraphs, extract_metadata(source, paragraphs))
    leads = [t.lead for t in tasks]
    assert ["Bộ Tài chính"] in leads and ["Bộ Nội vụ"] in leads
    assert ["Bộ Giáo dục và Đào tạo", "Bộ Y tế"] in leads
    # "Tỉnh tổ chức ...", "Tỉnh căn cứ ...": the province the notice is about (its title names it)
    assert leads.count(["Ủy ban nhân dân tỉnh Điện Biên"]) >= 4
    enumerated = next(t for t in tasks if t.quote.startswith("8. Các Bộ, cơ quan"))
    assert "Tập đoàn Điện lực Việt Nam" in enumerated.lead and "Bộ Ngoại giao" in enumerated.lead
    dated = next(t for t in tasks if t.lead == ["Bộ Giáo dục và Đào tạo", "Bộ Y tế"])
    assert dated.deadline is not None and dated.deadline.due == date(2025, 12, 15)


# --- labels and the seed bench -----------------------------------------------------------------


def _source_text(doc: str) -> str:
    from bench.bench_tasks import find_sample

    path = find_sample(doc)
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def test_task_labels_are_exact_unique_quotes_of_their_sources() -> None:
    rows = [json.loads(line) for line in (REPO / "bench/labels/tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    sources: dict[str, str] = {}
    for row in rows:
        text = sources.setdefault(row["doc"], _source_text(row["doc"]))
        assert text.count(row["quote"]) == 1, row["quote"]
        assert set(row) == {"doc", "quote", "lead", "support", "deadline_text", "due"}
        if row["due"]:
            date.fromisoformat(row["due"])


def test_owner_questions_are_well_formed() -> None:
    path = REPO / "bench/labels/owner_questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 20
    docs = {json.loads(line)["doc"] for line in (REPO / "bench/labels/tasks.jsonl").read_text().splitlines()}
    for row in rows:
        assert row["doc"] in docs and row["lead"] and row["question"].strip()


def test_seed_bench_f1_floor() -> None:
    from bench.bench_tasks import evaluate

    _results, total = evaluate()
    for field in ("tasks", "lead", "support", "deadline"):
        assert total[field].f1 >= 0.9, (field, total[field])


# --- national and ministry documents, letters of a department ----------------------------------


def national(paragraphs: list[Paragraph], issuer: str = "Thủ tướng Chính phủ") -> list[Task]:
    return extract(paragraphs, date(2026, 3, 2), issuer=issuer)


def test_ministers_and_provincial_chairs_are_groups_in_a_national_notice() -> None:
    text = (
        "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên các tập đoàn, tổng công ty nhà nước "
        "khẩn trương rà soát các dự án chậm tiến độ, báo cáo Bộ Kế hoạch và Đầu tư trước ngày 15/3/2026."
    )
    (task,) = national([para(text, marker="1.")])
    assert task.lead == ["Các bộ, ngành", "Các địa phương", "Các tập đoàn, tổng công ty"]
    assert task.deadline is not None and task.deadline.due == date(2026, 3, 15)


def test_a_minister_named_with_his_ministry_leads_for_that_ministry() -> None:
    (task,) = national([para("5. Bộ trưởng Bộ Y tế chỉ đạo các bệnh viện tuyến trung ương hỗ trợ tuyến tỉnh.", marker="5.")])
    assert task.lead == ["Bộ Y tế"]


def test_the_issuing_ministry_gives_directives_and_owns_none() -> None:
    paragraphs = [
        para("Bộ Y tế đề nghị các Sở Y tế khẩn trương rà soát danh mục thuốc thiết yếu."),
        para("Bộ Y tế sẽ tổng hợp ý kiến, báo cáo Thủ tướng Chính phủ trước ngày 30/4/2026."),
    ]
    tasks = national(paragraphs, issuer="Bộ Y tế")
    assert [t.lead for t in tasks] == [["Sở Y tế"]]  # the Sở Y tế of every province it writes to


def test_the_government_office_stays_an_assignee_of_the_notices_it_issues() -> None:
    (task,) = national([para("3. Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.", marker="3.")], "Văn phòng Chính phủ")
    assert task.lead == ["Văn phòng Chính phủ"]


def test_a_departments_letter_never_assigns_to_itself() -> None:
    paragraphs = [para("Sở Tài chính đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.")]
    tasks = extract(paragraphs, issuer="Sở Tài chính tỉnh Gia Lai", province="Gia Lai")
    assert [t.lead for t in tasks] == [["Các cơ quan, đơn vị"]]


def test_a_giver_of_directives_is_not_the_assignee() -> None:
    assert extract([para("Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng giao:")]) == []


def test_addressees_are_not_assignments() -> None:
    assert extract([para("Kính gửi: Giám đốc Sở Tài chính, Sở Xây dựng, Ủy ban nhân dân các xã.")]) == []


def test_semicolon_inside_the_object_list_of_a_directive() -> None:
    text = "Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các trường học trực thuộc tổ chức kiểm tra an toàn thực phẩm."
    (task,) = extract([para(text)])
    assert task.lead == ["Ủy ban nhân dân cấp xã", "Các cơ sở giáo dục"]
    assert task.task.startswith("Tổ chức kiểm tra")


def test_an_opening_phrase_may_list_agencies_before_the_subject() -> None:
    text = "Trên cơ sở đề xuất của các sở, ngành, địa phương, Sở Tài chính tổng hợp, tham mưu phân bổ vốn năm 2026."
    (task,) = extract([para(text)])
    assert task.lead == ["Sở Tài chính"]


def test_chu_tri_cung_names_the_supporters() -> None:
    (task,) = national([para("Bộ Công Thương chủ trì cùng Bộ Tài chính và các bộ, ngành liên quan xây dựng phương án.")])
    assert task.lead == ["Bộ Công Thương"]
    assert task.support == ["Bộ Tài chính", "Các bộ, ngành"]


def test_phoi_hop_va_huong_dan_names_the_supporters() -> None:
    heading = "2. Giao Công an tỉnh"
    paragraphs = [
        para(heading, marker="2.", heading=True),
        para("Chỉ đạo Công an các xã, phường phối hợp và hướng dẫn Ủy ban nhân dân các xã, phường rà soát dữ liệu dân cư.", [heading]),
    ]
    (task,) = extract(paragraphs)
    assert task.lead == ["Công an tỉnh"]
    assert task.support == ["Ủy ban nhân dân cấp xã"]


def test_decimal_heading_hands_its_owner_down() -> None:
    heading = "2.3. Giao Sở Xây dựng"
    paragraphs = [
        para(heading, marker="2.3.", heading=True),
        para("Hướng dẫn các xã lập quy hoạch chung, hoàn thành trong quý II/2026.", [heading]),
    ]
    (task,) = extract(paragraphs)
    assert task.lead == ["Sở Xây dựng"]
    assert task.deadline is not None and task.deadline.due == date(2026, 6, 30)


def test_an_intro_announcing_the_details_hands_its_assignee_to_the_items() -> None:
    intro = "Để phòng chống rét cho đàn gia súc, đề nghị UBND các xã, phường chủ động triển khai các biện pháp. Cụ thể:"
    paragraphs = [
        para(intro),
        para("- Hướng dẫn người dân che chắn chuồng trại.", [intro], "-"),
        para("- Dự trữ đủ thức ăn thô xanh.", [intro], "-"),
    ]
    tasks = extract(paragraphs)
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân cấp xã"]] * 3


def test_an_intro_ending_with_its_assignee_owns_the_items_and_is_no_task() -> None:
    intro = "Thực hiện Nghị định số 12/2026/NĐ-CP, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố:"
    paragraphs = [para(intro), para("- Chỉ đạo các sở, ngành rà soát số liệu thu ngân sách.", [intro], "-")]
    tasks = national(paragraphs, issuer="Bộ Tài chính")
    assert [(t.lead, t.task[:9]) for t in tasks] == [(["Các địa phương"], "Chỉ đạo c")]


def test_owner_before_a_colon_owns_the_rest_of_the_paragraph() -> None:
    tasks = national([para("4. Cục Quản lý dược: Chủ trì, phối hợp với Vụ Pháp chế rà soát hồ sơ đăng ký thuốc.", marker="4.")], "Bộ Y tế")
    assert [(t.lead, t.support) for t in tasks] == [(["Cục Quản lý dược"], ["Vụ Pháp chế"])]


def test_a_colon_inside_an_enumeration_names_no_owner() -> None:
    text = "4. Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Tài chính chịu trách nhiệm thi hành Quyết định này."
    (task,) = extract([para(text, marker="4.")])
    assert task.lead == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính"]


def test_a_directive_heading_is_one_task_and_its_items_are_its_objects() -> None:
    owner = "1. Vụ Bảo hiểm y tế"
    intro = "- Nghiên cứu, tham mưu Lãnh đạo Bộ:"
    paragraphs = [
        para(owner, marker="1.", heading=True),
        para(intro, [owner], "-", heading=True),
        para("+ Các giải pháp mở rộng diện bao phủ bảo hiểm y tế.", [owner, intro], "+"),
        para("+ Sửa đổi mức đóng. Giao Văn phòng Bộ tổng hợp ý kiến các đơn vị.", [owner, intro], "+"),
        para("- Kiểm tra việc thanh toán chi phí khám chữa bệnh.", [owner], "-"),
    ]
    tasks = national(paragraphs, issuer="Bộ Y tế")
    assert [(t.lead, t.task) for t in tasks] == [
        (["Vụ Bảo hiểm y tế"], "Nghiên cứu, tham mưu Lãnh đạo Bộ"),
        (["Văn phòng Bộ"], "Tổng hợp ý kiến các đơn vị"),
        (["Vụ Bảo hiểm y tế"], "Kiểm tra việc thanh toán chi phí khám chữa bệnh"),
    ]


def test_completion_time_is_a_deadline_cue() -> None:
    t = one("Giao Sở Nội vụ rà soát biên chế. Thời gian hoàn thành trước ngày 20/5/2026.")
    assert t.deadline is not None and t.deadline.due == date(2026, 5, 20)
    assert t.task == "Rà soát biên chế"


def test_an_unmarked_deadline_line_dates_only_the_item_above_it() -> None:
    heading = "3. Giao Ủy ban nhân dân các xã"
    paragraphs = [
        para(heading, marker="3.", heading=True),
        para("- Phối hợp với Sở Xây dựng kiểm tra các công trình.", [heading], "-"),
        para("- Lập danh sách hộ dân cần hỗ trợ nhà ở.", [heading], "-"),
        para("Thời gian hoàn thành trước ngày 30/6/2026.", [heading]),
    ]
    tasks = extract(paragraphs)
    assert [t.deadline.due if t.deadline else None for t in tasks] == [None, date(2026, 6, 30)]


def test_a_provinces_committee_keeps_its_name_in_a_national_notice() -> None:
    (task,) = national([para("1. Ủy ban nhân dân tỉnh Quảng Ngãi: chỉ đạo chủ đầu tư đẩy nhanh giải phóng mặt bằng.", marker="1.")])
    assert task.lead == ["Ủy ban nhân dân tỉnh Quảng Ngãi"]


def test_a_peoples_council_assigns_its_committee_and_its_standing_committee() -> None:
    heading = "Điều 4. Tổ chức thực hiện"
    paragraphs = [
        para(heading, heading=True),
        para("1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.", [heading], "1."),
        para(
            "2. Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân dân Thành phố giám sát "
            "việc thực hiện Nghị quyết.",
            [heading],
            "2.",
        ),
    ]
    tasks = extract(paragraphs, issuer="HĐND thành phố Hà Nội", province="Hà Nội")
    assert [t.lead for t in tasks] == [
        ["Ủy ban nhân dân thành phố Hà Nội"],
        ["Thường trực Hội đồng nhân dân thành phố Hà Nội", "Các Ban của Hội đồng nhân dân tỉnh"],
    ]
    assert tasks[0].task == "Tổ chức triển khai thực hiện Nghị quyết"
    # The committee's own decision saying the same gives it no task: it speaks for itself.
    assert extract(paragraphs[:2], issuer="UBND thành phố Hà Nội", province="Hà Nội") == []


def test_provinces_enumerated_after_their_title() -> None:
    text = (
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Quảng Ninh, Hải Phòng "
        "khẩn trương kiểm tra hệ thống đê điều."
    )
    (task,) = national([para(text)])
    assert task.lead == ["Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng"]


def test_opening_phrase_of_the_next_sentence_stays_out_of_the_previous_task() -> None:
    owner = "2. Các bộ, ngành:"
    text = (
        "- Hoàn thiện các báo cáo, gửi Bộ Tư pháp trước ngày 05/6/2026. "
        "Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/6/2026."
    )
    tasks = national([para(owner, marker="2.", heading=True), para(text, [owner], "-")])
    assert [(t.lead, t.deadline.due if t.deadline else None) for t in tasks] == [
        (["Các bộ, ngành"], date(2026, 6, 5)),
        (["Bộ Tư pháp"], date(2026, 6, 15)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Các bộ, ngành, địa phương 30/09/2026",  # a table row: who, then when
        "Trước tình hình đó, các bộ, địa phương, người dân đã chủ động ứng phó với bão.",  # a description
        "Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.",  # the closing formula
        # "đề xuất" (to propose) is no opening "để" (so as to): no subject after its commas.
        "Các đơn vị rà soát nhiệm vụ; đề xuất nhu cầu kinh phí, dự án, gửi Bộ Y tế, Bộ Tài chính để tổng hợp.",
    ],
)
def test_not_assignments_in_national_texts(text: str) -> None:
    leads = [t.lead for t in national([para(text)], "Văn phòng Chính phủ")]
    assert ["Bộ Tài chính"] not in leads and ["Văn phòng Chính phủ"] not in leads
    assert all(t.task for t in national([para(text)], "Văn phòng Chính phủ"))
    if not text.startswith("Các đơn vị"):
        assert leads == []


# --- second held-out round: tables, owner headings, group subjects, coordination --------------


TABLE_NOTICE = """KẾ HOẠCH
Phòng, chống thiên tai năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
|
**TT**
|
**Nội dung thực hiện**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
**Sản phẩm**
|
|
1
|
Rà soát phương án ứng phó với bão mạnh, siêu bão
|
Bộ CHQS tỉnh; UBND cấp xã
|
Sở Xây dựng và cơ quan, địa phương liên quan
|
2026
|
Phương án
|
|
2
|
Tổ chức diễn tập ứng phó sự cố tràn dầu
|
Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã
|
Cơ quan có liên quan
|
Quý III hằng năm
|
|
|
3
|
Tuyên truyền kỹ năng phòng, chống thiên tai
|
Sở, ban, ngành, tổ chức chính trị - xã hội
|
Cơ quan liên quan
|
Thường xuyên
|
|
"""


def test_each_row_of_a_task_table_is_a_task_read_by_its_columns() -> None:
    tasks = notice(TABLE_NOTICE, date(2026, 3, 2), "Quảng Bình")
    assert [(t.lead, t.support) for t in tasks] == [
        (["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"], ["Sở Xây dựng", "Các cơ quan, đơn vị", "Các địa phương"]),
        (["Ban Chỉ huy Phòng thủ dân sự tỉnh", "Ban Chỉ huy Phòng thủ dân sự cấp xã"], ["Các cơ quan, đơn vị"]),
        (["Các sở, ban, ngành", "Các tổ chức chính trị - xã hội"], ["Các cơ quan, đơn vị"]),
    ]
    assert tasks[0].task == "Rà soát phương án ứng phó với bão mạnh, siêu bão"
    assert tasks[0].deadline is not None and tasks[0].deadline.due == date(2026, 12, 31)  # "2026": the year's end
    assert tasks[1].deadline is not None and tasks[1].deadline.kind == "recurring"
    assert tasks[2].deadline is None  # "Thường xuyên"
    assert tasks[0].quote.startswith("1 | Rà soát phương án")


def test_a_calendar_names_who_publishes_each_row_and_when() -> None:
    # qd-1383 (Bộ Nội vụ): "Đơn vị chịu trách nhiệm phổ biến" leads, "Thời gian phổ biến" is the deadline.
    header = "STT | Tên thông tin thống kê | Mức độ hoàn chỉnh | Thời gian phổ biến | Hình thức phổ biến | Đơn vị chịu trách nhiệm phổ biến"
    row = "6 | Số phong trào thi đua | Sơ bộ | Tháng 5/2026 | Cổng thông tin điện tử Bộ Nội vụ | Ban Thi đua - Khen thưởng Trung ương"
    tasks = extract([para(header, heading=True), para(row, [header])], date(2025, 11, 26), issuer="Bộ Nội vụ")
    assert [(t.task, t.lead) for t in tasks] == [("Số phong trào thi đua", ["Ban Thi đua - Khen thưởng Trung ương"])]
    assert tasks[0].deadline is not None and tasks[0].deadline.text == "Tháng 5/2026"


def test_an_owner_heading_may_say_where_its_owner_acts_before_chu_tri() -> None:
    owner = "2. Sở Công Thương, Sở Xây dựng theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với các sở, ngành liên quan:"
    paragraphs = [
        para(owner, marker="2.", heading=True),
        para("a) Rà soát nguồn cung vật liệu xây dựng cho các công trình trọng điểm.", [owner], "a)"),
    ]
    tasks = extract(paragraphs, province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh")
    assert [(t.lead, t.support, t.task[:7]) for t in tasks] == [
        (["Sở Công Thương", "Sở Xây dựng"], ["Các sở, ban, ngành"], "Rà soát")
    ]


def test_an_assignee_list_across_semicolons_owns_the_items_and_is_no_task() -> None:
    owner = (
        "1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập "
        "trực thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường"
    )
    paragraphs = [para(owner, marker="1."), para("- Rà soát, cập nhật dữ liệu cán bộ trước ngày 15/3/2026.", [owner], "-")]
    tasks = extract(paragraphs, date(2026, 2, 20), province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh")
    assert [(t.lead, t.deadline and t.deadline.due) for t in tasks] == [
        (["Các sở, ban, ngành", "Các cơ quan, đơn vị", "Ủy ban nhân dân cấp xã"], date(2026, 3, 15))
    ]


def test_bullets_under_an_item_go_on_with_its_subject_but_recipients_do_not() -> None:
    item = "(1) Bộ Giao thông vận tải chỉ đạo các Ban Quản lý dự án hoàn thành thi công trước ngày 31/12/2026."
    paragraphs = [
        para(item, marker="(1)"),
        para("- Chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ quyết toán.", [item], "-"),
        para("- Kiểm toán Nhà nước;", [item], "-"),
        para("- Lưu: VT, KTN.", [item], "-"),
    ]
    tasks = national(paragraphs, issuer="Văn phòng Chính phủ")
    assert [(t.lead, t.support) for t in tasks] == [
        (["Bộ Giao thông vận tải"], []),
        (["Bộ Giao thông vận tải"], ["Bộ Tài chính"]),
    ]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "3. Căn cứ nội dung Kế hoạch, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã "
            "xây dựng kế hoạch triển khai trong phạm vi quản lý.",
            ["Các sở, ban, ngành", "Các tổ chức chính trị - xã hội", "Ủy ban nhân dân cấp xã"],
        ),
        (
            "5. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời "
            "phản ánh về Sở Tư pháp để tổng hợp.",
            ["Các cơ quan, đơn vị", "Các địa phương"],
        ),
        (
            "- Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ phải chủ động triển khai thực hiện Kế hoạch.",
            ["Các cơ quan, đơn vị"],
        ),
    ],
)
def test_group_subjects_after_a_fronted_clause_lead(text: str, lead: list[str]) -> None:
    tasks = extract([para(text, marker=text.split()[0])], province="Gia Lai", issuer="UBND tỉnh Gia Lai")
    assert [t.lead for t in tasks] == [lead]


def test_coordination_and_guidance_name_the_supporters() -> None:
    t = one("Sở Tư pháp tiếp tục chủ động phối hợp, hướng dẫn Sở Y tế, Ban Quản lý dự án và các nhà thầu hoàn thiện hồ sơ.")
    assert (t.lead, t.support) == (["Sở Tư pháp"], ["Sở Y tế", "Ban Quản lý dự án", "Các nhà thầu"])


def test_units_of_named_bodies_are_credited_to_those_bodies() -> None:
    t = one(
        "Sở Y tế chỉ đạo các bệnh viện phối hợp chặt chẽ với các cơ quan liên quan thuộc Sở Xây dựng, "
        "Sở Tài chính hoàn thiện hồ sơ thiết kế."
    )
    assert t.support == ["Sở Xây dựng", "Sở Tài chính"]


def test_a_fronted_purpose_clause_dates_the_directive_it_introduces() -> None:
    text = (
        "2. Để bảo đảm hoàn thành công trình trước ngày 30 tháng 6 năm 2026 theo đúng chỉ đạo, yêu cầu "
        "Sở Xây dựng, các nhà thầu và các cơ quan liên quan tiếp tục quyết tâm, nỗ lực thực hiện các giải pháp."
    )
    (task,) = extract([para(text, marker="2.")], province="Thái Nguyên", issuer="UBND tỉnh Thái Nguyên")
    assert task.lead == ["Sở Xây dựng", "Các nhà thầu", "Các cơ quan, đơn vị"]
    assert task.deadline is not None and task.deadline.due == date(2026, 6, 30)


def test_a_centrally_governed_city_keeps_its_name() -> None:
    tasks = national(
        [para("Ủy ban nhân dân Thành phố Hải Phòng khẩn trương hoàn thành giải phóng mặt bằng trong tháng 5 năm 2026.")],
        issuer="Văn phòng Chính phủ",
    )
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân Thành phố Hải Phòng"]]


def test_a_letters_opening_sentence_hands_its_assignee_to_the_numbered_items() -> None:
    intro = "Để tài liệu phát huy hiệu quả, Bộ Y tế đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:"
    attachments = "Bộ Y tế gửi kèm tài liệu gồm:"
    paragraphs = [
        para(intro),
        para("1. Phổ biến tài liệu đến các trạm y tế xã.", marker="1."),
        para("2. Lồng ghép tài liệu vào chương trình tập huấn.", marker="2."),
        para(attachments, ["2. Lồng ghép tài liệu vào chương trình tập huấn."]),
        para("- Sổ tay hướng dẫn nghiệp vụ;", ["2. Lồng ghép tài liệu vào chương trình tập huấn.", attachments], "-"),
        para("Bộ Y tế trân trọng cảm ơn sự phối hợp của Quý cơ quan."),
    ]
    tasks = national(paragraphs, issuer="Bộ Y tế")
    assert [(t.lead, t.task[:9]) for t in tasks] == [(["Các địa phương"], "Phổ biến "), (["Các địa phương"], "Lồng ghép")]


def test_an_opening_sentence_owns_the_items_under_its_topic_headings() -> None:
    intro = (
        "Ban Chỉ đạo yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tập trung giải quyết dứt điểm "
        "các vướng mắc ở cấp xã, một số nội dung cụ thể sau:"
    )
    topic = "1. Về tổ chức bộ máy"
    paragraphs = [
        para(intro),
        para(topic, marker="1.", heading=True),
        para("- Khẩn trương bổ sung đủ công chức chuyên môn cho cấp xã.", [topic], "-"),
        para("Bộ Nội vụ theo dõi, tổng hợp kết quả thực hiện."),
    ]
    tasks = national(paragraphs, issuer="Ban Chỉ đạo")
    assert [(t.lead, t.task[:9]) for t in tasks] == [(["Các địa phương"], "Khẩn trươ"), (["Bộ Nội vụ"], "Theo dõi,")]


def test_an_opening_sentence_with_its_own_directive_is_a_task_too() -> None:
    intro = "Sở Y tế đề nghị UBND các xã, phường thực hiện nghiêm túc văn bản chỉ đạo của tỉnh. Cụ thể:"
    paragraphs = [para(intro), para("- Kiểm tra các cơ sở kinh doanh thực phẩm.", marker="-")]
    tasks = extract(paragraphs, province="Hà Tĩnh", issuer="Sở Y tế")
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân cấp xã"]] * 2


def test_an_opening_sentence_inside_a_section_owns_only_itself() -> None:
    section = "II. Nhiệm vụ trọng tâm"
    intro = "UBND tỉnh yêu cầu các sở, ban, ngành tiếp tục thực hiện một số nội dung sau:"
    paragraphs = [
        para(section, marker="II.", heading=True),
        para(intro, [section]),
        para("1. Tăng cường kỷ luật, kỷ cương hành chính.", [section], "1."),
    ]
    assert extract(paragraphs, province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh") == []


def test_addressees_of_a_dispatch_own_nothing_below_them() -> None:
    address = "THỦ TƯỚNG CHÍNH PHỦ điện:"
    paragraphs = [
        para(address, heading=True),
        para("- Các Bộ: Quốc phòng, Công an;", [address], "-"),
        para("Mưa lũ còn diễn biến phức tạp, có thể kéo dài đến cuối tháng.", [address]),
        para("1. Bộ Quốc phòng chỉ đạo các đơn vị sẵn sàng lực lượng cứu hộ.", [address], "1."),
    ]
    assert [t.lead for t in national(paragraphs)] == [["Bộ Quốc phòng"]]


def test_a_dispatch_to_party_secretaries_and_chairmen_names_both_committees() -> None:
    (task,) = national([para("1. Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: Nghệ An, Hà Tĩnh khẩn trương sơ tán dân.", marker="1.")])
    assert task.lead == ["Tỉnh ủy Nghệ An", "Tỉnh ủy Hà Tĩnh", "Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_what_a_meeting_agreed_is_no_directive() -> None:
    assert national([para("Các Bộ, cơ quan thống nhất phương án phân bổ vốn của Chương trình.")]) == []


def test_an_owner_heading_may_name_its_owners_by_what_they_were_given() -> None:
    heading = "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"
    paragraphs = [para(heading, marker="1.", heading=True), para("- Rà soát tiến độ từng nhiệm vụ.", [heading], "-")]
    (task,) = national(paragraphs, issuer="Bộ Văn hóa, Thể thao và Du lịch")
    assert (task.lead, task.task) == (["Các cơ quan, đơn vị"], "Rà soát tiến độ từng nhiệm vụ")


def test_an_enumeration_in_a_table_cell_goes_on_across_semicolons() -> None:
    assert cell_agencies("Các Vụ: Pháp chế; Tổ chức cán bộ; Sở Y tế") == ["Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Sở Y tế"]


def test_an_article_of_one_bodys_duties_owns_its_lettered_items() -> None:
    heading = "1. Trách nhiệm của Sở Tư pháp"
    paragraphs = [
        para(heading, marker="1.", heading=True),
        para("a) Rà soát các văn bản quy phạm pháp luật của tỉnh;", [heading], "a)"),
        para("b) Hướng dẫn Ủy ban nhân dân cấp xã thực hiện.", [heading], "b)"),
    ]
    tasks = extract(paragraphs, province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh")
    assert [t.lead for t in tasks] == [["Sở Tư pháp"]] * 2


def test_a_national_notice_about_one_province_means_it_by_a_bare_tinh() -> None:
    paragraphs = [para("Trong thời gian tới, Tỉnh khẩn trương hoàn thiện hồ sơ dự án hồ chứa nước.")]
    title = "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SÓC TRĂNG"
    (task,) = extract(paragraphs, issuer="Văn phòng Chính phủ", title=title)
    assert task.lead == ["Ủy ban nhân dân tỉnh Sóc Trăng"]
    assert task.quote.startswith("Trong thời gian tới, Tỉnh")  # the fronted phrase is part of the sentence
    city = "THÔNG BÁO KẾT LUẬN TẠI BUỔI LÀM VIỆC VỚI THÀNH PHỐ CẦN THƠ"
    (task,) = extract([para("Ủy ban nhân dân tỉnh chủ động rà soát quỹ đất.")], issuer="Văn phòng Chính phủ", title=city)
    assert task.lead == ["Ủy ban nhân dân thành phố Cần Thơ"]
    several = "VỀ VIỆC ỨNG PHÓ BÃO TẠI CÁC TỈNH QUẢNG BÌNH, QUẢNG TRỊ"
    (task,) = extract([para("Tỉnh chủ động sơ tán dân.")], issuer="Văn phòng Chính phủ", title=several)
    assert task.lead == ["Ủy ban nhân dân tỉnh"]


def test_an_opening_sentence_under_the_dispatch_line_owns_its_items() -> None:
    address = "BỘ Y TẾ điện:"
    opening = "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Y tế yêu cầu các cơ quan, đơn vị:"
    paragraphs = [
        para(address, heading=True),
        para("- Sở Y tế các tỉnh: Sơn La, Điện Biên;", [address], "-"),
        para(opening, [address]),
        para("1. Rà soát cơ số thuốc dự phòng tại các cơ sở.", [address], "1."),
        para("2. Cục Y tế dự phòng khẩn trương hướng dẫn giám sát dịch bệnh sau lũ.", [address], "2."),
        para("3. Giao Thứ trưởng phụ trách trực tiếp kiểm tra tại địa phương.", [address], "3."),
        para("Các đơn vị báo cáo kết quả về Văn phòng Bộ./.", [address]),
    ]
    tasks = national(paragraphs, issuer="Bộ Y tế")
    assert [t.lead for t in tasks][:2] == [["Các cơ quan, đơn vị"], ["Cục Y tế dự phòng"]]
    assert all("Thứ trưởng" not in t.quote for t in tasks)  # its own (non-agency) assignee


def test_an_item_with_two_deadlines_is_due_at_the_first() -> None:
    task = one("Sở Xây dựng sửa chữa nhà tạm, hoàn thành trước ngày 15/12/2025; xây mới nhà ở, hoàn thành trước ngày 31/3/2026.")
    assert task.deadline is not None and task.deadline.due == date(2025, 12, 15)


def test_a_deadline_cut_onto_the_next_line_ends_its_item() -> None:
    item = "5. Sở Công Thương chỉ đạo khôi phục cấp điện cho các khu dân cư, hoàn thành trước"
    paragraphs = [para(item, marker="5."), para("ngày 20/12/2025.", [item])]
    (task,) = extract(paragraphs, province="Gia Lai", issuer="UBND tỉnh Gia Lai")
    assert (task.lead, task.deadline and task.deadline.due) == (["Sở Công Thương"], date(2025, 12, 20))


def test_a_list_of_owners_broken_after_its_semicolon_goes_on() -> None:
    first = "2. Các bộ, cơ quan ngang bộ;"
    paragraphs = [para(first, marker="2."), para("Ủy ban nhân dân các tỉnh, thành phố khẩn trương rà soát các dự án.", [first])]
    (task,) = national(paragraphs)
    assert task.lead == ["Các bộ, ngành", "Các địa phương"]
    assert "khẩn trương rà soát" in task.quote


def test_a_closing_deadline_sentence_dates_every_assignment_of_its_paragraph() -> None:
    text = (
        "Sở Tài chính chủ trì tổng hợp nhu cầu vốn. Sở Nội vụ rà soát biên chế các đơn vị. "
        "Thời hạn hoàn thành: trước ngày 10/01/2026."
    )
    tasks = extract([para(text)], province="Lào Cai", issuer="UBND tỉnh Lào Cai")
    assert [t.deadline and t.deadline.due for t in tasks] == [date(2026, 1, 10)] * 2


def test_a_relative_deadline_closing_an_item_is_kept_without_a_due_date() -> None:
    heading = "1. Giao Sở Y tế:"
    paragraphs = [
        para(heading, marker="1.", heading=True),
        para("Xây dựng quy trình nội bộ giải quyết thủ tục hành chính.", [heading]),
        para("Thời hạn hoàn thành không quá 10 ngày làm việc kể từ ngày ban hành Quyết định.", [heading]),
    ]
    (task,) = extract(paragraphs, province="Sơn La", issuer="UBND tỉnh Sơn La")
    assert task.deadline is not None and (task.deadline.kind, task.deadline.due) == ("relative", None)


def test_an_earlier_directive_quoted_or_reported_is_not_an_assignment() -> None:
    text = (
        "Ngày 05/9/2025, tại Văn bản số 100/VPCP-KTTH, Phó Thủ tướng giao “Bộ Xây dựng chủ trì rà soát "
        "các dự án chậm tiến độ”. Thủ tướng Chính phủ đã giao Bộ Tài chính tổng hợp kết quả."
    )
    assert national([para(text)]) == []


def test_duties_in_a_quoted_decree_are_not_the_letters_tasks() -> None:
    tasks = notice(
        "Trả lời văn bản số 01/CV-01 của Công ty, Thuế tỉnh có ý kiến như sau:\n"
        "- Tại Điều 1 Nghị định số 72/2024/NĐ-CP quy định về giảm thuế giá trị gia tăng:\n"
        "“Điều 1. Giảm thuế giá trị gia tăng\n"
        "Các tổng công ty, tập đoàn kinh tế thực hiện quy trình khép kín mới bán ra cũng thuộc đối tượng giảm thuế.”\n"
        "Đề nghị Công ty Cổ phần Thành Phát nghiên cứu các quy định nêu trên để thực hiện trước ngày 15/12/2025.\n",
        date(2025, 12, 1),
        "Tây Ninh",
    )
    assert [(t.lead, t.task[:22]) for t in tasks] == [(["Công ty Cổ phần Thành Phát"], "Nghiên cứu các quy địn")]


def test_coordination_with_a_named_office_credits_its_unit_and_the_localities() -> None:
    task = one(
        "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công) "
        "và phối hợp, hỗ trợ địa phương triển khai quy trình.",
        province="Lai Châu",
        issuer="UBND tỉnh Lai Châu",
    )
    assert task.support == ["Văn phòng Ủy ban nhân dân tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Các địa phương"]


def test_a_heading_directives_deadline_dates_the_items_it_announces() -> None:
    heading = "b) Các Bộ: Xây dựng, Công Thương khẩn trương sửa lỗi hệ thống, hoàn thành trong tháng 4 năm 2026, cụ thể:"
    items = [
        para(heading, marker="b)", heading=True),
        para("(1) Bộ Xây dựng sửa lỗi kết nối cơ sở dữ liệu nhà ở.", [heading], "(1)"),
        para("(2) Bộ Công Thương nâng cấp hệ thống cấp phép.", [heading], "(2)"),
    ]
    tasks = national(items)
    assert [t.lead for t in tasks][-2:] == [["Bộ Xây dựng"], ["Bộ Công Thương"]]
    assert all(t.deadline is not None and t.deadline.due == date(2026, 4, 30) for t in tasks)


def test_a_purpose_clauses_deadline_does_not_date_the_items() -> None:
    heading = (
        "2. Để hoàn thành dự án trước ngày 30/4/2026, Thủ tướng Chính phủ yêu cầu Bộ Xây dựng, Bộ Y tế "
        "thực hiện các nội dung như sau:"
    )
    items = [para(heading, marker="2.", heading=True), para("(1) Bộ Y tế hoàn thiện hồ sơ thiết kế.", [heading], "(1)")]
    (task,) = [t for t in national(items) if t.lead == ["Bộ Y tế"]]
    assert task.deadline is None


def test_the_clause_starts_at_whoever_gives_the_directive() -> None:
    text = (
        "Đây là nhiệm vụ rất quan trọng, cấp bách, Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, "
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực hiện nghiêm túc."
    )
    intro = "Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh thực hiện các nhiệm vụ sau:"
    tasks = national([para(intro), para("1. Khẩn trương rà soát các dự án.", marker="1."), para("2. " + text, marker="2.")])
    second = [t for t in tasks if "quan tâm chỉ đạo" in t.quote]
    assert len(second) == 1 and second[0].lead == ["Các bộ, ngành", "Các địa phương"]
    assert not second[0].task.startswith("Đây là")


def test_a_deadline_sentence_on_a_line_of_its_own_dates_the_task_above() -> None:
    heading = "3. Cục Di sản văn hóa"
    paragraphs = [
        para(heading, marker="3.", heading=True),
        para("Khẩn trương hoàn thiện dự thảo Thông tư hướng dẫn bảo quản di vật.", [heading]),
        para("Bảo đảm hoàn thành trong quý II/2026.", [heading]),
    ]
    (task,) = extract(paragraphs, date(2026, 1, 5), issuer="Bộ Văn hóa, Thể thao và Du lịch")
    assert task.lead == ["Cục Di sản văn hóa"]
    assert task.deadline is not None and task.deadline.due == date(2026, 6, 30)


def test_an_accountability_sentence_is_not_a_task() -> None:
    text = (
        "Các Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ "
        "về kết quả phòng, chống dịch bệnh trên địa bàn được phân công."
    )
    assert national([para(text)]) == []


def test_a_bodys_own_units_credit_the_body_as_supporter() -> None:
    text = "Bộ Xây dựng phối hợp với cơ quan chức năng của Bộ Công an kiểm tra an toàn các công trình."
    (task,) = national([para(text)])
    assert (task.lead, task.support) == (["Bộ Xây dựng"], ["Bộ Công an"])


def test_a_heading_naming_bodies_by_what_they_have_only_owns_its_items() -> None:
    heading = "5. Các đơn vị có dự án"
    paragraphs = [para(heading, marker="5.", heading=True), para("- Rà soát tiến độ giải ngân vốn.", [heading], "-")]
    (task,) = extract(paragraphs, date(2026, 1, 5), issuer="Bộ Văn hóa, Thể thao và Du lịch")
    assert task.task.startswith("Rà soát") and task.lead == ["Các cơ quan, đơn vị"]


def test_a_task_without_a_deadline_is_due_within_its_work_headings_period() -> None:
    heading = "3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:"
    report = "1. Dự thảo Báo cáo tình hình quý I, nhiệm vụ trọng tâm quý II năm 2024 (Sở Kế hoạch và Đầu tư trình)."
    tasks = extract(
        [
            para(heading, heading=True),
            para("- Sở Xây dựng rà soát quy hoạch bãi đỗ xe.", [heading]),
            para("- Sở Tài chính báo cáo UBND tỉnh trước ngày 15/4/2024.", [heading]),
            # A heading that names a report, not work to be done, sets its items no period.
            para(report, heading=True),
            para("- Sở Kế hoạch và Đầu tư tiếp thu ý kiến, hoàn thiện báo cáo.", [report]),
        ]
    )
    parking, report_by, revise = tasks
    assert parking.deadline is None and parking.period is not None
    assert (parking.period.text, parking.period.due, parking.due()) == ("Quý II/2024", date(2024, 6, 30), date(2024, 6, 30))
    # A task's own deadline stands; the heading's period is not also given.
    assert report_by.deadline is not None and report_by.period is None and report_by.due() == date(2024, 4, 15)
    assert revise.deadline is None and revise.period is None and revise.due() is None


def test_a_second_office_after_a_dash_names_no_second_owner() -> None:
    heading = (
        "3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, "
        "chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:"
    )
    item = "3.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025."
    tasks = national([para(heading, marker="3.", heading=True), para(item, [heading], "3.1.")])
    assert [t.lead for t in tasks] == [["Bộ Tài chính"], ["Bộ Tài chính"]]
    assert tasks[1].deadline is not None and tasks[1].deadline.due == date(2025, 11, 30)


def test_national_media_and_the_389_steering_office_own_their_items() -> None:
    text = (
        "Phó Thủ tướng có ý kiến như sau:\n"
        "4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí "
        "phối hợp với các Bộ, ngành đẩy mạnh tuyên truyền về tác hại của hàng giả.\n"
        "5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra, đôn đốc các lực lượng chức năng.\n"
    )
    paragraphs, _ = parse_structure(SourceText(source="t.txt", media_type="text", pages=[Page(text=text)]))
    media, office = extract(paragraphs, date(2025, 11, 25), issuer="Văn phòng Chính phủ")
    assert media.lead == [
        "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Các cơ quan báo chí, truyền thông"
    ]
    assert (media.support, media.task) == (["Các bộ, ngành"], "Đẩy mạnh tuyên truyền về tác hại của hàng giả")
    assert office.lead == ["Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"]


def test_provincial_party_committees_are_assignees_of_a_party_conclusion() -> None:
    text = (
        "Yêu cầu các cấp uỷ, cơ quan, đơn vị, địa phương đẩy mạnh việc rà soát, sắp xếp tổ chức bộ máy bên trong. "
        "Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế, Bộ Giáo dục và Đào tạo và Bộ Nội vụ khẩn trương sắp xếp các "
        "trạm y tế cấp xã, hoàn thành dứt điểm trước ngày 31/12/2025."
    )
    tasks = extract([para(text)], date(2025, 11, 28), issuer="Ban Chấp hành Trung ương")
    assert [(t.lead, t.support) for t in tasks] == [
        (["Các cấp ủy, tổ chức đảng", "Các cơ quan, đơn vị", "Các địa phương"], []),
        (["Các tỉnh ủy, thành ủy"], ["Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Nội vụ"]),
    ]
    assert tasks[1].deadline is not None and tasks[1].deadline.due == date(2025, 12, 31)
    # Their secretaries addressed by a Prime Minister's telegram are no group of assignees.
    assert not extract([para("Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để lãnh đạo, chỉ đạo.")], issuer="Thủ tướng Chính phủ")


@pytest.mark.parametrize(
    "closing, owners",
    [
        (
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Khoa học và Công nghệ; Chủ tịch UBND các xã, "
            "phường; Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã; Thủ trưởng các cơ quan, đơn vị và tổ "
            "chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân cấp xã", "Trung tâm Phục vụ hành chính công tỉnh", "Các cơ quan, đơn vị"],
        ),
        (
            "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Giám đốc các Sở, "
            "Thủ trưởng các Ban, Ngành cấp tỉnh liên quan; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân "
            "có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"],
        ),
        (
            # qd-100 (Phú Thọ): "đoàn thể" ended the list, and "cá nhân có liên quan" became the task.
            "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Thủ trưởng các sở, ban, "
            "ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, tổ chức, cá nhân có liên quan "
            "chịu trách nhiệm thi hành Quyết định này./.",
            [
                "Văn phòng Ủy ban nhân dân tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Các sở, ban, ngành",
                "Các tổ chức chính trị - xã hội",
                "Ủy ban nhân dân cấp xã",
                "Các cơ quan, đơn vị",
            ],
        ),
    ],
)
def test_levels_and_liên_quan_after_a_name_do_not_cut_a_closing_articles_owner_list(closing: str, owners: list[str]) -> None:
    # qd-2932 (Lai Châu) and qd-3857 (Nghệ An): only the last owner was read before.
    (task,) = tasks_in_text(closing)
    assert task.lead == owners
    assert task.task == "Chịu trách nhiệm thi hành Quyết định này"  # not "Và … tổ chức, cá nhân có liên quan …"
