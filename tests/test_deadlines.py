"""Deadline phrases: every form the notices use, resolved to the end of the period."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.deadlines import find_deadlines, heading_period, parse_deadline, period_heading
from ingest.normalize import fold

REF = date(2024, 4, 2)


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        ("Thời hạn báo cáo UBND tỉnh trước ngày 15/04/2024.", "date", date(2024, 4, 15)),
        ("hoàn thành báo cáo UBND tỉnh trước 28/02/2024", "date", date(2024, 2, 28)),
        ("để tổ chức khởi công trước 30/6/2022.", "date", date(2022, 6, 30)),
        ("phấn đấu đến ngày 30/6/2026 hoàn thành", "date", date(2026, 6, 30)),
        ("trình UBND tỉnh trước ngày 15 tháng 5 năm 2024", "date", date(2024, 5, 15)),
        ("chậm nhất ngày 10/5/2024", "date", date(2024, 5, 10)),
        ("Thời hạn: 20/5/2024", "date", date(2024, 5, 20)),
        ("báo cáo trước 16 giờ ngày 12/4/2024", "date", date(2024, 4, 12)),
        ("gửi Văn phòng Chính phủ trước 10 giờ sáng ngày 5/12/2025", "date", date(2025, 12, 5)),
        ("Thời hạn trong tháng 4/2024.", "month", date(2024, 4, 30)),
        ("báo cáo tỉnh trong tháng 04/2024", "month", date(2024, 4, 30)),
        ("trình HĐND tỉnh (trong tháng 9/2021).", "month", date(2021, 9, 30)),
        ("báo cáo UBND tỉnh trong tháng 10 năm 2020", "month", date(2020, 10, 31)),
        ("trong tháng 2/2024", "month", date(2024, 2, 29)),  # leap year
        ("Thời hạn trong Quý II/2024.", "quarter", date(2024, 6, 30)),
        ("báo cáo trong Quý III/2021 các nội dung", "quarter", date(2021, 9, 30)),
        ("hoàn thành trong quý 4 năm 2023", "quarter", date(2023, 12, 31)),
        ("hoàn thành trong năm 2024", "year", date(2024, 12, 31)),
        ("phấn đấu trong năm 2025 mỗi huyện có một cụm công nghiệp", "year", date(2025, 12, 31)),
    ],
)
def test_fixed_deadlines_resolve_to_the_end_of_their_period(text: str, kind: str, due: date) -> None:
    deadline = parse_deadline(text, REF)
    assert deadline is not None
    assert (deadline.kind, deadline.due) == (kind, due)
    assert fold(deadline.text) in fold(" ".join(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "định kỳ trước ngày 15 hàng tháng",
        "định kỳ 02 tuần/lần",
        "định kỳ hằng tháng báo cáo kết quả",
        "Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần, báo cáo",
        "chỉ đạo đơn vị tư vấn báo cáo hàng tuần",
        "với tần suất ít nhất 01 lần trong 01 quý",
        "trước ngày 20 hàng tháng gửi báo cáo",
    ],
)
def test_recurring_deadlines_have_no_single_due_date(text: str) -> None:
    deadline = parse_deadline(text, REF)
    assert deadline is not None
    assert deadline.kind == "recurring"
    assert deadline.due is None


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 68/NQ-CP ngày 01/7/2021 về một số chính sách",  # a citation, not a deadline
        "tổng lượng khách đạt 7,5 triệu (tính đến ngày 01/01/2024)",  # a statistic's cut-off
        "bắt đầu thực hiện từ tháng 01/2026",  # a start
        "nguồn kinh phí hàng năm chưa phân bổ",  # an adjective
        "tiếp công dân định kỳ tại cơ sở",  # periodic, but no period given
        "theo quy định của pháp luật",
        "Báo cáo tình hình tháng 03 và Quý I năm 2024",  # a title: no deadline cue
        "tổ chức các sự kiện văn hóa, thể thao trong năm 2024",  # "trong năm" without a completion verb
        "trước ngày 31/02/2024",  # no such date
    ],
)
def test_dates_that_are_not_deadlines_are_ignored(text: str) -> None:
    assert find_deadlines(text, REF) == []


def test_missing_year_comes_from_the_notice() -> None:
    assert parse_deadline("báo cáo trước ngày 15/4", date(2023, 1, 10)).due == date(2023, 4, 15)  # type: ignore[union-attr]
    assert parse_deadline("hoàn thành trong tháng 3", date(2021, 2, 1)).due == date(2021, 3, 31)  # type: ignore[union-attr]
    assert parse_deadline("trong Quý II", date(2022, 1, 5)).due == date(2022, 6, 30)  # type: ignore[union-attr]
    unknown = parse_deadline("trước ngày 15/4", None)
    assert unknown is not None and unknown.kind == "date" and unknown.due is None


def test_before_a_month_or_quarter_ends_the_period_before() -> None:
    assert parse_deadline("trước tháng 6/2024", REF).due == date(2024, 5, 31)  # type: ignore[union-attr]
    assert parse_deadline("trước tháng 1/2025", REF).due == date(2024, 12, 31)  # type: ignore[union-attr]
    assert parse_deadline("trước Quý III/2024", REF).due == date(2024, 6, 30)  # type: ignore[union-attr]


def test_bare_periods_parse_when_the_whole_phrase_is_the_deadline() -> None:
    assert parse_deadline("Quý II/2024").due == date(2024, 6, 30)  # type: ignore[union-attr]
    assert parse_deadline("tháng 4/2024").due == date(2024, 4, 30)  # type: ignore[union-attr]
    assert parse_deadline("15/4/2024").due == date(2024, 4, 15)  # type: ignore[union-attr]
    assert parse_deadline("năm 2024").due == date(2024, 12, 31)  # type: ignore[union-attr]
    assert parse_deadline("sớm nhất có thể") is None


def test_find_deadlines_gives_offsets_in_the_original_text() -> None:
    text = "Sở Xây dựng báo cáo trong tháng 4/2024; Sở Y tế hoàn thành trước ngày 15/5/2024."
    found = find_deadlines(text, REF)
    assert [m.deadline.due for m in found] == [date(2024, 4, 30), date(2024, 5, 15)]
    assert [text[m.start : m.end] for m in found] == ["trong tháng 4/2024", "hoàn thành trước ngày 15/5/2024"]


def test_bold_markers_and_case_do_not_matter() -> None:
    deadline = parse_deadline("**Thời hạn trong Quý II/2024.**", REF)
    assert deadline is not None and deadline.due == date(2024, 6, 30)
    assert deadline.text == "trong Quý II/2024"


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        ("2026", "year", date(2026, 12, 31)),
        ("Năm 2027", "year", date(2027, 12, 31)),
        ("Giai đoạn 2026 - 2028", "year", date(2028, 12, 31)),
        ("Năm 2025-2030", "year", date(2030, 12, 31)),
        ("Quý III hằng năm", "recurring", None),
        ("Tháng 6 hằng năm", "recurring", None),
    ],
)
def test_a_table_deadline_cell_is_a_deadline_on_its_own(text: str, kind: str, due: date | None) -> None:
    deadline = parse_deadline(text, REF)
    assert deadline is not None and (deadline.kind, deadline.due) == (kind, due)


@pytest.mark.parametrize("text", ["Thường xuyên", "Theo kế hoạch riêng", "Sau khi có hướng dẫn của Trung ương"])
def test_a_table_cell_without_a_period_is_no_deadline(text: str) -> None:
    assert parse_deadline(text, REF) is None


def test_a_yearly_report_recurs_but_a_yearly_budget_is_no_schedule() -> None:
    (found,) = find_deadlines("xây dựng kế hoạch triển khai. Hằng năm báo cáo kết quả về Sở Nội vụ", REF)
    assert found.deadline.kind == "recurring"
    assert find_deadlines("nguồn kinh phí hằng năm được bố trí trong dự toán", REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "gửi kết quả về Sở, hạn cuối ngày 20 tháng 11 hàng năm",
        "báo cáo trước ngày 10/01 hàng năm",
    ],
)
def test_a_day_of_every_year_recurs(text: str) -> None:
    (found,) = find_deadlines(text, REF)
    assert found.deadline.kind == "recurring" and found.deadline.due is None


def test_a_commitment_to_the_end_of_a_year_is_due_then() -> None:
    (found,) = find_deadlines("bảo đảm đến hết năm 2026 không còn hồ sơ tồn đọng", REF)
    assert (found.deadline.kind, found.deadline.due) == ("year", date(2026, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Thời hạn thực hiện không quá 07 ngày làm việc kể từ ngày ký văn bản này.",
        "gửi báo cáo trong vòng 10 ngày kể từ ngày nhận được hướng dẫn",
        "hoàn thành chậm nhất 15 ngày sau khi có ý kiến thẩm định",
    ],
)
def test_a_span_from_an_event_keeps_its_text_without_a_due_date(text: str) -> None:
    (found,) = find_deadlines(text, REF)
    assert (found.deadline.kind, found.deadline.due) == ("relative", None)
    assert "ngày" in found.deadline.text and found.deadline.text[0].islower()


def test_a_statistic_over_days_is_no_span() -> None:
    assert find_deadlines("bình quân 12 ngày kể từ khi tiếp nhận hồ sơ đã được rút ngắn", REF) == []


def test_a_long_object_of_hoan_thanh_still_dates_it() -> None:
    text = "Hoàn thành 100% hồ sơ được số hóa, lưu trữ, tra cứu, khai thác, dùng lại, giảm giấy tờ trong năm 2026."
    (found,) = find_deadlines(text, REF)
    assert (found.deadline.kind, found.deadline.due) == ("year", date(2026, 12, 31))


def test_an_appraisal_of_the_years_work_is_no_deadline() -> None:
    text = "đánh giá mức độ hoàn thành nhiệm vụ của tập thể, cá nhân, nhất là người đứng đầu trong năm 2026"
    assert find_deadlines(text, REF) == []


def test_a_daily_report_recurs() -> None:
    (found,) = find_deadlines("theo dõi tình hình và báo cáo cấp trên hằng ngày theo quy định", REF)
    assert found.deadline.kind == "recurring"
    assert find_deadlines("chi phí hằng ngày của đoàn công tác", REF) == []


@pytest.mark.parametrize(
    ("heading", "text", "due"),
    [
        # Of a month and its quarter, the quarter: the items are due within it.
        ("3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:", "Quý II/2024", date(2024, 6, 30)),
        ("I. NHỮNG VIỆC CẦN LÀM NGAY TRONG THÁNG 12/2025", "TRONG THÁNG 12/2025", date(2025, 12, 31)),
        ("II. NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CÁC CHỈ SỐ TRONG NĂM 2026", "NĂM 2026", date(2026, 12, 31)),
        ("II. Về nhiệm vụ chủ yếu tháng 01 và Quý I năm 2024", "Quý I năm 2024", date(2024, 3, 31)),
        ("Quý II/2024", "Quý II/2024", date(2024, 6, 30)),
    ],
)
def test_a_work_heading_sets_the_period_of_the_work_under_it(heading: str, text: str, due: date) -> None:
    period = heading_period(heading, date(2024, 1, 5))
    assert period is not None and (period.text, period.due) == (text, due)


@pytest.mark.parametrize(
    "heading",
    [
        "I. Về kết quả thực hiện năm 2023",  # a review of the past year
        "1. Dự thảo Báo cáo tình hình quý I, nhiệm vụ trọng tâm quý II năm 2022 (Sở Kế hoạch và Đầu tư trình)",
        "2. Nhiệm vụ thực hiện Nghị quyết 12/2018/NQ-HĐND",
        "Xây dựng nhiệm vụ năm 2025",  # drafting a plan is not work framed by the year
    ],
)
def test_other_headings_set_no_period(heading: str) -> None:
    assert heading_period(heading, date(2024, 1, 5)) is None


def test_the_nearest_heading_with_a_period_frames_a_paragraph() -> None:
    path = ["II. Về nhiệm vụ chủ yếu tháng 01 và Quý I năm 2024", "2. Nhiệm vụ cụ thể", "2.6. Văn hóa - Xã hội"]
    assert period_heading(path, date(2024, 1, 5)) == path[0]
    assert period_heading(["I. Về kết quả thực hiện năm 2023"], date(2024, 1, 5)) is None
