"""What kind of question is asked (fast: no model, no index)."""

from __future__ import annotations

import pytest

from service.intents import asks_proposer, classify, precedent_topic, proposal_subject, scene_splits


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Cơ quan nào chủ trì nghiên cứu phương án bãi đỗ xe tại Sa Pa?", "owner"),
        ("han trinh ke hoach khi nao", "deadline"),
        ("Sở Xây dựng được giao nhiệm vụ gì?", "agency_tasks"),
        ("Thông báo nào nhắc đến Nghị quyết 68/NQ-CP?", "crossref"),
        # A fact of the document the question opens on, though "làm căn cứ" reads like citing.
        ("Theo CV 5347, hạn mức giao đất ở làm căn cứ miễn, giảm tiền sử dụng đất do cấp nào quy định?", "owner"),
        ("Trước đây tỉnh đã chỉ đạo gì về GPMB?", "precedent"),
        ("Lễ hội sông Hồng đã được chỉ đạo qua các kỳ họp như thế nào?", "precedent"),
        # Through the border gates, not over the meetings; shortcomings, not a deadline.
        ("Hàng qua các cửa khẩu Lào Cai lệch nhau cỡ mấy lần?", "content"),
        ("Người chăn nuôi còn hạn chế ở những mặt nào?", "content"),
        # Who someone is, not who was given the work; who was given it, whatever the wording.
        ("Ai là người kết luận phiên họp UBND tỉnh Lai Châu tháng 9/2020?", "content"),
        ("Ai là Trưởng Ban Chỉ đạo quốc gia về dữ liệu?", "content"),
        ("Ai là người chịu trách nhiệm lập quy hoạch?", "owner"),
        ("Ai là Giám đốc Sở Nội vụ Lâm Đồng?", "content"),
        ("Giám đốc Sở Y tế, người được giao chủ trì đề án, là ai?", "content"),
        ("Ai đang giữ chức Giám đốc Trung tâm Chuyển đổi số?", "content"),
        ("Ai giữ vị trí đầu mối theo dõi việc này?", "owner"),
        ("Theo Quyết định 2319/QĐ-TTg, ai làm Trưởng Ban Chỉ đạo?", "content"),
        ("Ai làm việc với Bộ trưởng về đề án?", "owner"),
        # Who chaired a meeting is a person the notice names, not an agency given work.
        ("Ai chủ trì phiên họp thường kỳ tháng 4/2024 của UBND tỉnh Lào Cai?", "content"),
        ("Cuộc họp giao ban ngày 02/8/2021 do ai chủ trì?", "content"),
        ("Hội nghị sơ kết ngày 20/11/2025 do đồng chí nào chủ trì?", "content"),
        ("Hội nghị sơ kết do cơ quan nào chủ trì tổ chức?", "owner"),
        ("ai chu tri phien hop ubnd tinh lao cai thang 4/2024", "content"),
        ("Ai chủ trì tổ chức hội nghị xúc tiến đầu tư?", "owner"),
        ("Ai chủ trì họp bàn tháo gỡ vướng mắc giải phóng mặt bằng?", "owner"),
        # Whose guidance, and to whom a letter went, name no one given work; whom to send it to for a job does.
        ("Các hội thực hiện theo hướng dẫn của cơ quan nào?", "content"),
        ("Văn bản trả lời là Bộ Nội vụ gửi cho ai?", "content"),
        ("van ban qppl can sua doi thi gui so nao tong hop bao cao ubnd tinh", "owner"),
        # A branch of the economy is no agency; a "ngành" given work is.
        ("Điện Biên xác định ngành nào là ngành kinh tế mũi nhọn?", "content"),
        ("Sở, ngành nào là đầu mối tổng hợp báo cáo?", "owner"),
        # When something happened, not when it is due; any obligation makes it a deadline again.
        ("cong van 3653/vpcp-cds ban hanh ngay nao", "content"),
        ("Phiên họp thường kỳ tháng 3/2022 diễn ra vào ngày nào?", "content"),
        ("Quyết định có hiệu lực từ khi nào?", "content"),
        ("Chương trình công tác năm 2024 phải ban hành trước ngày nào?", "deadline"),
        ("Hạn ban hành quy chế là khi nào?", "deadline"),
        # Which earlier document one notice names is asked of that notice, not of the precedents; and a
        # delegation ("phân cấp nào") is no level of government asked for.
        ("QĐ 2020 của Lào Cai thay thế các thủ tục đã được công bố tại quyết định nào trước đó?", "content"),
        ("Quyết định 52/2025/QĐ-CTUBND thay thế quyết định phân cấp nào ban hành trước đó?", "content"),
        ("Trước đó tỉnh đã chỉ đạo gì về GPMB?", "precedent"),
    ],
)
def test_classify(question: str, kind: str) -> None:
    assert classify(question).kind == kind


def test_over_time_questions_want_the_story_in_order() -> None:
    assert classify("Qua các năm, Lào Cai đã chỉ đạo gì về khu kinh tế cửa khẩu?").chronological
    assert not classify("Trước đây tỉnh đã chỉ đạo gì về GPMB?").chronological


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Các phiên họp trước đã nhắc nhở gì về bảo đảm an toàn giao thông?", "bảo đảm an toàn giao thông?"),
        # A province named inside the framing is kept, apart from the topic's own names.
        ("Qua các năm, Lào Cai đã chỉ đạo gì về Khu kinh tế cửa khẩu?", "Lào Cai, Khu kinh tế cửa khẩu?"),
        ("truoc day lai chau chi dao gi ve chong han", "Lai Châu, chong han"),
        ("Lịch sử chỉ đạo xóa nhà tạm của Lào Cai", "chỉ đạo xóa nhà tạm của Lào Cai"),
        ("Sở Xây dựng được giao gì?", "Sở Xây dựng được giao gì?"),
    ],
)
def test_precedent_topic(question: str, topic: str) -> None:
    assert precedent_topic(question) == topic


def test_a_scene_setting_opening_is_split_from_the_question_asked() -> None:
    question = (
        "Sau kết luận của Ban Chỉ đạo (TB 624/TB-VPCP) giao UBND các tỉnh rà soát, tái cấu trúc quy trình nội bộ, "
        "Lai Châu phê duyệt quy trình nội bộ giải quyết TTHC lĩnh vực nào?"
    )
    # The shortest question first: the scene has commas of its own.
    assert scene_splits(question)[0] == (
        "kết luận của Ban Chỉ đạo (TB 624/TB-VPCP) giao UBND các tỉnh rà soát, tái cấu trúc quy trình nội bộ",
        "Lai Châu phê duyệt quy trình nội bộ giải quyết TTHC lĩnh vực nào?",
    )
    assert scene_splits("Sau khi Bộ Văn hóa, Thể thao và Du lịch yêu cầu làm theo nguyên tắc 6 rõ, Ban Chỉ đạo đã chỉ ra hạn chế gì?")[0][1] == (
        "Ban Chỉ đạo đã chỉ ra hạn chế gì?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Sau khi sáp nhập Lào Cai và Yên Bái, trụ sở UBND tỉnh mới đặt ở đâu?",  # no document or agency sets a scene
        "Trước đây tỉnh đã chỉ đạo gì về quốc phòng, an ninh và quản lý khu vực biên giới?",  # a precedent question
        "Sau Công điện 227 ngày 23/11/2025, nay thuộc tỉnh nào?",  # too short to be a question of its own
        "Sở Xây dựng được giao nhiệm vụ gì, đến khi nào phải xong?",
    ],
)
def test_questions_without_a_scene_are_not_split(question: str) -> None:
    assert scene_splits(question) == []


@pytest.mark.parametrize(
    ("question", "proposer"),
    [
        ("Cơ quan nào trình UBND tỉnh Phú Thọ ban hành quyết định về giờ hoạt động đại lý Internet?", True),
        ("QĐ 97 Quảng Ninh do sở nào tham mưu ban hành?", True),
        ("nghi quyet 82 ban hanh theo to trinh cua co quan nao", True),
        # What the notice tells an agency to submit is a task: its owner is asked, not the notice's proposer.
        ("Sở nào trình UBND tỉnh kế hoạch phòng chống thiên tai trước 15/12?", False),
        ("Ai chủ trì soạn thảo nghị quyết?", False),
    ],
)
def test_who_proposed_the_notice_is_asked_apart_from_who_carries_it_out(question: str, proposer: bool) -> None:
    assert asks_proposer(question) is proposer


def test_the_notice_a_proposer_question_describes_is_read_without_the_asking() -> None:
    # Support for the answer is judged on the words describing the notice: no passage says "cơ quan nào trình".
    assert proposal_subject("Cơ quan nào trình UBND tỉnh ban hành quyết định về giờ hoạt động đại lý Internet?") == (
        "UBND tỉnh ban hành quyết định về giờ hoạt động đại lý Internet?"
    )
