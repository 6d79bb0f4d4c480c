"""What a notice must say to answer a question: names, years, symbols, ordinals and counts (service.answer)."""

from __future__ import annotations

import pytest

from service.answer import anchors, codes, denies, quantities, same_agency
from service.intents import precedent_topics
from service.ordinals import classes_otherwise, degrees_otherwise, numbers_otherwise, ordinal_number, with_ordinals


@pytest.mark.parametrize(
    ("word", "number"),
    [("nhất", 1), ("tư", 4), ("bốn", 4), ("Năm", 5), ("13", 13), ("XIV", 14), ("ix", 9), ("mấy", None), ("mix", None)],
)
def test_ordinal_number(word: str, number: int | None) -> None:
    assert ordinal_number(word) == number


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Ban Chỉ đạo họp phiên thứ tư hôm nào?", ["thu 4"]),
        ("ky hop thu 16 trinh noi dung gi", ["thu 16"]),
        ("Báo cáo gửi trước thứ Sáu hằng tuần?", ["thu 6"]),
        # Roman numerals are also written without "thứ": "Đại hội XIV".
        ("Đại hội lần thứ XIV họp ở đâu?", ["xiv"]),
        # "thứ tự" (order) is no ordinal, nor is unaccented "thu tu", nor "thứ mấy" (which asks one).
        ("Sắp xếp theo thứ tự ưu tiên nào?", []),
        ("sap xep theo thu tu uu tien nao", []),
        ("Thu ngân sách đứng thứ mấy?", []),
    ],
)
def test_ordinals_are_anchors(question: str, wanted: list[str]) -> None:
    assert anchors(question) == wanted


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # A law's name is capitalised on its first word only: no run of capitals, still a name.
        ("Luật Xuất bản sửa đổi được thông qua khi nào?", ["luat xuat ban"]),
        ("Bộ luật Lao động quy định gì về làm thêm giờ?", ["luat lao dong"]),
        ("Luật sửa đổi nào được ban hành?", []),
    ],
)
def test_a_named_law_is_an_anchor(question: str, wanted: list[str]) -> None:
    assert anchors(question) == wanted


def test_a_notice_states_an_ordinal_in_any_spelling() -> None:
    text = with_ordinals(" phien hop thu nam va ky hop thu 15 ")
    assert " thu 5 " in text and " thu 15 " in text
    # A part numbered without "thứ" ("Mục II Tờ trình số 207") is the second part all the same.
    text = with_ordinals(" thong qua noi dung tai muc ii to trinh so 207 va chuong 3 ")
    assert " thu 2 " in text and " thu 3 " in text and " thu 207 " not in text


def test_a_paragraph_numbering_the_thing_otherwise_does_not_answer() -> None:
    opening = "Ngày 15 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp thứ năm của Ban Chỉ đạo."
    assert numbers_otherwise("Ban Chỉ đạo họp phiên thứ tư hôm nào?", opening)
    assert not numbers_otherwise("Ban Chỉ đạo họp phiên thứ năm hôm nào?", opening)
    assert not numbers_otherwise("Phiên họp thứ 5 diễn ra hôm nào?", opening)
    # A paragraph that numbers nothing, or numbers something else, is judged on its words alone.
    assert not numbers_otherwise("Ban Chỉ đạo họp phiên thứ tư hôm nào?", "Ngày 15 tháng 11 năm 2025, Ban Chỉ đạo họp.")


def test_a_class_the_notice_never_names_is_not_answered_by_the_classes_it_does() -> None:
    limits = (
        "- Đối với khoáng sản nhóm I, nhóm II có quy mô phân tán, nhỏ lẻ tối đa là 60 ngày kể từ ngày nhận đủ hồ sơ. "
        "- Đối với khoáng sản nhóm III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ."
    )
    assert classes_otherwise("Thời hạn công nhận kết quả thăm dò khoáng sản nhóm IV là bao nhiêu ngày?", limits)
    assert classes_otherwise("thoi han tham do khoang san nhom IV", limits)
    assert not classes_otherwise("Thời hạn đối với khoáng sản nhóm III là bao lâu?", limits)
    assert not classes_otherwise("Khoáng sản nhóm IV thời hạn bao lâu?", "Thời hạn giải quyết là 30 ngày.")
    # A list and a range name every class in them; a lower-case numeral is no class ("cấp i" may be a word).
    assert not classes_otherwise("Viên chức hạng III được xếp lương thế nào?", "viên chức hạng I đến hạng IV")
    assert classes_otherwise("Viên chức hạng V được xếp lương thế nào?", "viên chức hạng I đến hạng IV")
    assert not classes_otherwise("khoáng sản nhóm III", "khoáng sản nhóm I, II và III")
    assert not classes_otherwise("khoáng sản nhóm iv", limits)
    assert not numbers_otherwise("Ban Chỉ đạo họp phiên thứ tư hôm nào?", "trình Kỳ họp thứ 15, HĐND tỉnh")


def test_a_degree_the_notice_never_names_is_not_answered_by_the_degrees_it_does() -> None:
    rate = "b) Người tốt nghiệp cao đẳng, trung cấp được hưởng mức phụ cấp theo hệ số 1,86 so với mức lương cơ sở."
    assert degrees_otherwise("Nhân viên thú y chỉ có bằng sơ cấp thì được hưởng phụ cấp theo hệ số bao nhiêu?", rate)
    assert degrees_otherwise("nhan vien thu y trinh do so cap huong he so bao nhieu", rate)
    assert not degrees_otherwise("Người chỉ có bằng cao đẳng hoặc trung cấp được tính theo hệ số mấy?", rate)
    assert not degrees_otherwise("Người tốt nghiệp trung cấp được hưởng hệ số mấy?", rate)
    # A text that sets out no degree, and a school's name, are judged on their words alone.
    assert not degrees_otherwise("Người có bằng sơ cấp được hưởng hệ số mấy?", "Mức phụ cấp theo hệ số 1,86.")
    assert not degrees_otherwise("Người có bằng sơ cấp được hưởng hệ số mấy?", "Trường Đại học Sư phạm | 3.200.000")


def test_an_agency_is_the_same_with_or_without_its_place() -> None:
    assert same_agency("Sở Xây dựng Lạng Sơn", "Sở Xây dựng")
    assert same_agency("Bộ Công an", "Bộ Công an")
    assert not same_agency("Bộ Công an", "Bộ Công Thương")


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        ("Trẻ em dưới 6 tuổi có phải cùng chi trả không?", " tre em duoi 6 tuoi duoc cap the ", True),
        ("Trẻ em dưới 6 tuổi có phải cùng chi trả không?", " tre em duoi 06 tuoi ", True),
        ("Trẻ em dưới 6 tuổi có phải cùng chi trả không?", " tre em duoi sau tuoi ", True),
        ("Trẻ em dưới 6 tuổi có phải cùng chi trả không?", " kham chua benh bao hiem y te ", False),
        ("Ai xây bệnh viện 500 giường?", " benh vien 300 giuong ", False),
    ],
)
def test_a_count_asked_about_must_be_stated(question: str, text: str, stated: bool) -> None:
    assert all(count.search(text) for count in quantities(question)) is stated


@pytest.mark.parametrize(
    "question",
    [
        "Công điện 229 yêu cầu gì?",  # a document's number, not a count
        "QĐ 38 Cần Thơ phân cấp cho Sở Công Thương có hiệu lực khi nào?",  # nor "38 căn" when folded
        "Theo Điều 5 QĐ 38/2025 Cần Thơ, ai thi hành quyết định?",  # nor, the number cut out, "5 căn"
        "Năm 2023 người dân được hỗ trợ gì?",  # a year
        "Mỏ đá lô 14 ở xã nào?",  # a numbered thing
        "Báo cáo trước 15 giờ ngày 27/11/2025?",  # a clock time, often written "15:00"
    ],
)
def test_only_counts_of_people_places_and_land_are_anchors(question: str) -> None:
    assert quantities(question) == []


def test_a_code_asked_about_must_be_carried_by_the_notice() -> None:
    assert codes("Mặt hàng mã 9504.40.00 chịu thuế nhập khẩu bao nhiêu phần trăm?") == ["9504 40 00"]
    assert codes("Thủ tục mã 1.014111 giải quyết trong bao lâu?") == ["1 014111"]
    # Figures are no codes: thousands, decimals, a clause's number.
    assert codes("Hỗ trợ 1.500.000 đồng, tăng 6.5%, theo Điều 2.1") == []


def test_a_passage_denying_the_words_asked_does_not_answer_them() -> None:
    passage = (
        "1. Thời gian hoạt động của các đại lý Internet, điểm truy nhập Internet công cộng không cung cấp dịch vụ "
        "trò chơi điện tử trên địa bàn tỉnh Phú Thọ từ 7 giờ 00 phút đến 22 giờ 00 phút hàng ngày."
    )
    assert denies("Điểm cung cấp dịch vụ trò chơi điện tử công cộng mở cửa từ mấy giờ?", passage)
    # Asked of the points the passage is about, or asked whether it holds: the passage answers.
    assert not denies("Đại lý Internet ở Phú Thọ mở cửa từ mấy giờ?", passage)
    assert not denies("Đại lý Internet có được cung cấp dịch vụ trò chơi điện tử không?", passage)
    # The same words said plainly elsewhere in the passage are not denied.
    assert not denies("Ai cung cấp dịch vụ trò chơi điện tử?", passage + " Doanh nghiệp cung cấp dịch vụ trò chơi điện tử phải đăng ký.")


def test_a_precedent_question_setting_two_notices_side_by_side_has_a_topic_per_clause() -> None:
    question = (
        "QĐ 98/2025/QĐ-UBND Quảng Ninh thay thế hai quyết định cũ của tỉnh; trước đó ít ngày, QĐ 100/2025 Phú Thọ "
        "đã thay thế những quyết định nào của UBND tỉnh Hòa Bình?"
    )
    first, second = precedent_topics(question)
    assert "Quảng Ninh" in first and "Hòa Bình" not in first
    assert "Hòa Bình" in second and "Quảng Ninh" not in second
    assert precedent_topics("Trước đây Lai Châu đã chỉ đạo gì về an toàn giao thông?") == ["Lai Châu, an toàn giao thông?"]
