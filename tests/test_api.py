"""The HTTP API through a real server on loopback, backed by a real Chroma and the real model."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import SHARED, make_settings, running_server

pytestmark = pytest.mark.slow

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make_pdf(lines_per_page: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in lines_per_page:
        pdf.setFont("DejaVu", 11)
        y = 800
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


PDF_NOTICE = [
    [
        "UBND TỈNH YÊN BÁI",
        "Số: 45/TB-UBND",
        "Yên Bái, ngày 10 tháng 5 năm 2023",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND tỉnh về phát triển cây quế",
        "1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp Sở Công Thương",
        "xây dựng đề án chế biến sâu tinh dầu quế, báo cáo UBND tỉnh trước ngày 30/6/2023.",
    ],
    [
        "2. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã trồng quế hữu cơ theo",
        "Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ.",
    ],
]


@pytest.fixture(scope="module")
def client(live_server: str):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=live_server, timeout=120) as c:
        yield c


def health(client: httpx.Client) -> dict:
    response = client.get("/health")
    assert response.status_code == 200
    return response.json()


def ask(client: httpx.Client, question: str) -> dict:
    """The /ask response body, which must be a 200."""
    response = client.post("/ask", json={"question": question})
    assert response.status_code == 200, response.text
    return response.json()


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status
    return body


def test_health_counts_the_seeded_notices(client: httpx.Client) -> None:
    body = health(client)
    assert body["status"] == "ok"
    assert body["notices"] >= 10
    assert body["paragraphs"] > 300
    assert body["sentences_missing"] == 0 and body["tasks_outdated"] == 0  # written by this version


def test_openapi_docs_are_served(client: httpx.Client) -> None:
    assert client.get("/openapi.json").json()["info"]["title"] == "notices"
    assert client.get("/docs").status_code == 200


def test_search_finds_the_same_paragraph_with_and_without_diacritics(client: httpx.Client) -> None:
    accented = client.get("/search", params={"q": "phương án bãi đỗ xe thị xã Sa Pa", "k": 3}).json()["hits"]
    plain = client.get("/search", params={"q": "phuong an bai do xe thi xa sa pa", "k": 3}).json()["hits"]
    assert "bãi đỗ xe" in accented[0]["text"]
    assert accented[0]["paragraph_id"] == plain[0]["paragraph_id"]
    hit = accented[0]
    assert set(hit) >= {"notice_id", "paragraph_id", "text", "heading_path", "notice_title", "issued_on", "page", "score"}
    assert hit["issued_on"] == "2024-04-02"
    assert any("Lĩnh vực công nghiệp" in h for h in hit["heading_path"])
    marked = [hit["text"][h["start"] : h["end"]] for h in hit["highlights"]]
    assert "Sa" in marked and "xe" in marked


def test_search_filters_by_province_and_date(client: httpx.Client) -> None:
    hits = client.get("/search", params={"q": "giải phóng mặt bằng", "province": "Lạng Sơn"}).json()["hits"]
    assert hits and all(h["province"] == "Lạng Sơn" for h in hits)
    hits = client.get(
        "/search", params={"q": "giải phóng mặt bằng", "date_from": "2024-01-01", "date_to": "2024-12-31"}
    ).json()["hits"]
    assert hits and all(h["issued_on"].startswith("2024") for h in hits)


def test_ask_answers_with_citations(client: httpx.Client) -> None:
    body = ask(client, "Cơ quan nào nghiên cứu phương án bãi đỗ xe tại thị xã Sa Pa?")
    assert body["found"] is True
    assert "Sở Xây dựng" in body["answer"]
    assert "bãi đỗ xe" in body["citations"][0]["text"]
    assert set(body) >= {"question", "found", "answer", "owners", "deadline", "citations"}


def test_ask_abstains_when_nothing_supports_an_answer(client: httpx.Client) -> None:
    body = ask(client, "Dự án sân bay Long Thành ở Đồng Nai do ai chủ trì?")
    assert body["found"] is False
    assert body["citations"] == [] and body["nearest"] is None
    assert "Không tìm thấy" in body["answer"]


def test_a_refusal_points_at_the_closest_paragraph_on_the_same_matter(client: httpx.Client) -> None:
    # Staff's words ("bán tín chỉ carbon") are too far from the notice's ("chứng chỉ các bon") to
    # answer, but that paragraph ranks first: shown apart, never cited.
    body = ask(client, "Chuyện bán tín chỉ carbon từ rừng, tỉnh giao ai báo cáo?")
    assert body["found"] is False and body["citations"] == []
    assert "chứng chỉ các bon" in body["nearest"]["text"]
    assert "Đoạn gần nhất (" in body["answer"] and "chưa đủ căn cứ" in body["answer"]
    # Staff's words the synonyms know ("dồn sức" for "tập trung … nguồn lực") are answered.
    body = ask(client, "Huyện nào ở Lào Cai được tỉnh dồn sức giúp dân thoát nghèo?")
    assert body["found"] is True and "huyện Bắc Hà" in body["citations"][0]["text"]
    # The value asked is missing from the paragraph on the matter: that paragraph is the nearest.
    body = ask(client, "Festival Sông Hồng ở Lào Cai khai mạc vào ngày nào?")
    assert body["found"] is False and "Festival" in body["nearest"]["text"]
    # Off the notices' matters: nothing to point at.
    body = ask(client, "Thủ tục làm giấy khai sinh cho con khi cha mẹ chưa đăng ký kết hôn")
    assert body["found"] is False and body["nearest"] is None


def test_ask_counts_the_notices_province_as_support(client: httpx.Client) -> None:
    # The OCR-damaged Lai Châu paragraph never repeats "Lai Châu"; its notice does.
    body = ask(client, "Cơ quan nào được giao kiểm tra các hoạt động tôn giáo, đạo lạ ở Lai Châu?")
    assert body["found"] is True
    assert ("Sở Nội vụ", "lead") in [(o["agency"], o["role"]) for o in body["owners"]]


def test_ask_does_not_answer_one_province_from_anothers_notice(client: httpx.Client) -> None:
    # Lai Châu's notice has the closest paragraph on disbursing public investment; it never names Hà Nội.
    for question in ("Hà Nội giải ngân vốn đầu tư công thế nào?", "ha noi giai ngan von dau tu cong the nao"):
        body = ask(client, question)
        assert body["found"] is False and body["citations"] == [], question
        assert "Chưa lưu thông báo nào của Hà Nội." in body["answer"]
    body = ask(client, "Lai Châu giải ngân vốn đầu tư công thế nào?")
    assert body["found"] is True and body["citations"][0]["province"] == "Lai Châu"
    # Lạng Sơn's resolution on administrative reform names a period too; the question is Lâm Đồng's.
    hits = client.get("/search", params={"q": "Lâm Đồng cải thiện chỉ số PAPI, PCI trong giai đoạn nào?"}).json()["hits"]
    assert hits[0]["province"] == "Lâm Đồng"
    # A nickname is the province: "xứ Lạng" is Lạng Sơn.
    hits = client.get("/search", params={"q": "tiền thu ngân sách quý I năm 2022 ở xứ Lạng có đạt không"}).json()["hits"]
    assert hits[0]["province"] == "Lạng Sơn"


def test_ask_for_the_period_answers_with_the_heading_that_names_it(client: httpx.Client) -> None:
    # The heading's children repeat it and add the question's other words; the heading is the answer.
    for question in (
        "Phiên họp tháng 4/2024 của UBND tỉnh Lào Cai đặt nhiệm vụ chủ yếu cho những tháng, quý nào?",
        "Phien hop thang 4/2024 cua UBND tinh Lao Cai dat nhiem vu chu yeu cho nhung thang, quy nao?",
    ):
        body = ask(client, question)
        assert body["found"] is True, question
        assert body["citations"][0]["text"] == "3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:"
        assert body["answer"].startswith("3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:")


def test_ask_for_a_task_due_within_its_headings_period(client: httpx.Client) -> None:
    # The task sets no date; its heading, "I. NHỮNG VIỆC CẦN LÀM NGAY TRONG THÁNG 12/2025", frames it.
    body = ask(client, "Sở Tài chính Lâm Đồng theo dõi việc khắc phục kiến nghị thanh tra, kiểm toán đến khi nào?")
    assert body["found"] is True and body["deadline"] is None
    assert ("Sở Tài chính", "lead") in [(o["agency"], o["role"]) for o in body["owners"]]
    assert "đề mục “I. NHỮNG VIỆC CẦN LÀM NGAY TRONG THÁNG 12/2025”" in body["answer"]
    assert body["period"] == {"text": "TRONG THÁNG 12/2025", "due": "2025-12-31"}


def test_ask_names_the_words_no_notice_contains(client: httpx.Client) -> None:
    # Every other word ("giao ai chủ trì xây dựng", "Lào Cai") matches a stored paragraph well.
    body = ask(client, "UBND tỉnh Lào Cai giao ai chủ trì xây dựng sân golf?")
    assert body["found"] is False and body["citations"] == []
    assert "“golf”" in body["answer"]


def test_ask_refuses_a_value_the_notices_do_not_state(client: httpx.Client) -> None:
    # The topic is covered (a Lai Châu paragraph on tax arrears, the Festival Sông Hồng task, model
    # villages, the workshop on widening Lạng Sơn city); the number, day, commune or owner asked for
    # is not, though word overlap and E5 similarity are high.
    for question, missing in [
        ("Lai Châu còn bao nhiêu doanh nghiệp nợ đọng thuế nhiều năm?", "số liệu"),
        ("Festival Sông Hồng ở Lào Cai khai mạc vào ngày nào?", "ngày"),
        ("Lạng Sơn chọn thôn, xã nào để xây dựng khu dân cư kiểu mẫu năm 2022?", "địa danh"),
        ("Lạng Sơn giao sở nào chủ trì tổ chức Hội thảo tham vấn mở rộng thành phố Lạng Sơn?", "cơ quan được giao"),
        # The only date near is that of the Thông báo the task cites; no venue is named.
        ("Lâm Đồng tổ chức hội nghị tham vấn chuyên gia về PCI vào ngày nào?", "ngày"),
        ("Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV họp ở đâu?", "địa điểm"),
        # Lào Cai city is named as a partner, not as where the conference meets.
        ("Lào Cai tổ chức hội nghị gặp gỡ doanh nghiệp du lịch ở đâu?", "địa điểm"),
        ("Giám đốc Sở Khoa học và Công nghệ Lâm Đồng, được giao triển khai Công văn 3653, là ai?", "người"),
        # The paragraph urges working with "đơn vị tư vấn" but names none.
        ("Công ty nào được thuê tư vấn lập Quy hoạch tỉnh Lạng Sơn?", "tên công ty"),
        # Lào Cai's key projects name the bridge, with a list number, but not its length.
        ("Cầu đường bộ qua sông Hồng nối Bát Xát với Bá Sái dài bao nhiêu mét?", "số liệu"),
        # Named in a list of key projects under "tháng 04/2024": that month is not the year asked.
        ("Dự án Cảng hàng không Sa Pa khởi công năm nào?", "năm"),
        # The park is named among the anniversary works; no company is.
        ("Nhà đầu tư nào làm Công viên giải trí Bắc Cường?", "tên công ty"),
    ]:
        body = ask(client, question)
        assert body["found"] is False and body["citations"] == []
        assert f"không nêu {missing} được hỏi" in body["answer"]
    body = ask(client, "Lào Cai tổ chức Giải bóng chuyền nữ quốc tế VTV Cup vào năm nào?")
    assert body["found"] is True and "năm 2023" in body["answer"]
    body = ask(client, "Lâm Đồng có bao nhiêu người nghiện ma túy ngoài xã hội?")
    assert body["found"] is True and "1.028" in body["answer"]
    # "Mấy doanh nghiệp" here means "the few firms": the question asks what was decided, not a count.
    body = ask(client, "Mấy doanh nghiệp nợ thuế kéo dài ở Lai Châu thì tỉnh chỉ đạo xử lý thế nào?")
    assert body["found"] is True and "nợ đọng thuế" in body["answer"]
    body = ask(client, "Lào Cai thống nhất chọn huyện nào thí điểm phân cấp quản lý các Chương trình MTQG?")
    assert body["found"] is True and "Mường Khương" in body["answer"]
    # The best paragraph is the "giải ngân" heading; the answer leads with the cited one giving the figure.
    body = ask(client, "lai chau giai ngan von dau tu cong 9 thang 2020 dat bao nhieu")
    assert body["found"] is True and "61%" in body["answer"]


def test_ask_answers_in_the_askers_own_words_when_one_passage_stands_out(client: httpx.Client) -> None:
    # No notice says "thuốc men" or "giữ gìn", but the rest of each question points lexical and dense
    # ranking at the same paragraph, far ahead of the next.
    body = ask(client, "Ai lo mua thuốc men cho bệnh viện với đồ dùng dạy học cho trường ở Lào Cai?")
    assert body["found"] is True
    assert "mua sắm" in body["citations"][0]["text"]
    # A word of another topic still refuses when nothing stands out.
    body = ask(client, "Cơ quan nào được giao tổ chức giải chạy marathon quốc tế?")
    assert body["found"] is False and "“marathon”" in body["answer"]


def test_ask_reads_han_che_as_shortcomings_not_a_deadline(client: httpx.Client) -> None:
    question = "Kết luận phiên họp tháng 4/2024 chỉ ra người chăn nuôi ở Lào Cai còn hạn chế ở những mặt nào?"
    body = ask(client, question)
    assert body["found"] is True and body["kind"] == "content"
    assert "chất thải chăn nuôi" in body["citations"][0]["text"]


def test_ask_reads_when_and_who_questions_about_events_as_content(client: httpx.Client) -> None:
    # The date a meeting took place, not a deadline; who concluded it, not who was given a task.
    question = "Phiên họp thường kỳ tháng 3/2022 của UBND tỉnh Lạng Sơn diễn ra vào ngày nào?"
    body = ask(client, question)
    assert body["found"] is True and body["kind"] == "content" and "18/3/2022" in body["answer"]
    question = "Ai là người kết luận phiên họp UBND tỉnh Lai Châu tháng 9/2020?"
    body = ask(client, question)
    assert body["found"] is True and body["kind"] == "content" and body["owners"] == []
    assert "Trần Tiến Dũng" in body["answer"]
    # The Phó Trưởng Ban's line ranks first; the answer leads with the Trưởng Ban's.
    body = ask(client, "Ai là Trưởng Ban Chỉ đạo quốc gia về dữ liệu?")
    assert body["found"] is True and "Phạm Minh Chính" in body["answer"]
    # Who chaired the meeting: the person the opening names, not an agency given a task.
    for question in (
        "Ai chủ trì phiên họp thường kỳ tháng 4/2024 của UBND tỉnh Lào Cai?",
        "Cuộc họp giao ban ngày 02/8/2021 của Thường trực UBND tỉnh Lào Cai do ai chủ trì?",
    ):
        body = ask(client, question)
        assert body["found"] is True and body["kind"] == "content" and "Trịnh Xuân Trường" in body["answer"]


def test_ask_counts_a_notices_own_number_as_named(client: httpx.Client) -> None:
    # The number is in the decision's header, not in the article that answers.
    question = "Theo Quyết định 2319/QĐ-TTg, tổ chức nào giúp Chính phủ, Thủ tướng chỉ đạo các bộ, ngành, địa phương thực hiện mục tiêu, giải pháp quy mô quốc gia về dữ liệu?"
    body = ask(client, question)
    assert body["found"] is True and "Giúp Chính phủ, Thủ tướng Chính phủ chỉ đạo" in body["citations"][0]["text"]
    body = ask(client, "Theo Quyết định 2320/QĐ-TTg, tổ chức nào giúp Chính phủ chỉ đạo về dữ liệu?")
    assert body["found"] is False
    # The four Phó Trưởng Ban lines repeat every word of the office; its holder's line comes first.
    body = ask(client, "Theo Quyết định 2319/QĐ-TTg, ai là Trưởng Ban Chỉ đạo quốc gia về dữ liệu?")
    assert body["found"] is True and "Phạm Minh Chính, Trưởng Ban" in body["citations"][0]["text"]


def test_ask_credits_everyday_words_the_notice_says_formally(client: httpx.Client) -> None:
    body = ask(client, "Ở Lai Châu ai lo dẹp hàng nhái, hàng trốn thuế qua biên giới?")
    assert body["found"] is True
    assert "hàng giả" in body["citations"][0]["text"]


def test_search_reports_words_no_notice_contains(client: httpx.Client) -> None:
    body = client.get("/search", params={"q": "quy hoạch sân golf"}).json()
    assert body["unknown"] == ["golf"]
    assert client.get("/search", params={"q": "quy hoạch"}).json()["unknown"] == []


def test_unknown_words_skip_question_words_abbreviations_and_everyday_words() -> None:
    from index.query import unknown_words

    corpus = {"so", "y", "te", "giao", "chu", "tri", "xay", "dung", "san", "bo", "sung", "nhieu", "benh"}
    known = corpus.__contains__
    assert unknown_words("Sở Y tế được giao bổ sung bao nhiêu giường bệnh?", known) == ["giường"]
    assert unknown_words("Ai chủ trì xây dựng sân golf?", known) == ["golf"]
    assert unknown_words("Sở nào chủ trì THPT, KCN?", known) == []  # abbreviations: aliases handle them
    assert unknown_words("khám bằng thẻ bhyt có nhanh không", known) == []  # one with a vowel too
    assert unknown_words("ai lo dẹp hàng nhái", known) == []  # everyday words: the synonyms handle them


VISIT_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 637/TB-VPCP
Hà Nội, ngày 24 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Phó Thủ tướng Lê Thành Long tại chuyến kiểm tra dự án bệnh viện

Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Lê Thành Long đã đi kiểm tra, đôn đốc dự án bệnh viện cơ sở 2 tại tỉnh Ninh Bình.
1. Biểu dương các nhà thầu đã nỗ lực thi công trong mùa mưa bão.
2. Bộ Y tế chủ trì, đôn đốc nhà thầu hoàn thành dự án bệnh viện cơ sở 2 tại tỉnh Ninh Bình trong tháng 12 năm 2025.
3. Ủy ban nhân dân tỉnh Ninh Bình bảo đảm hạ tầng giao thông, cấp điện, cấp nước đến chân công trình.
"""


@contextmanager
def uploaded(client: httpx.Client, filename: str, text: str) -> Iterator[None]:
    """The notice stored for the duration, then deleted; the library is left as it was."""
    before = health(client)
    created = client.post("/notices", files={"file": (filename, text.encode(), "text/plain")})
    assert created.status_code == 201, created.text
    try:
        yield
    finally:
        assert client.delete(f"/notices/{created.json()['notice_id']}").status_code == 204
    assert health(client) == before


def test_ask_the_day_of_a_visit_from_the_opening_not_a_tasks_deadline(client: httpx.Client) -> None:
    with uploaded(client, "tb-637.txt", VISIT_NOTICE):
        # The task ranked next is due "trong tháng 12 năm 2025", no day: the opening states the visit's.
        body = ask(client, "Phó Thủ tướng Lê Thành Long đi kiểm tra, đôn đốc dự án bệnh viện cơ sở 2 tại Ninh Bình vào ngày nào?")
        assert body["found"] is True and body["citations"][0]["text"].startswith("Ngày 18 tháng 11 năm 2025")
        # A deadline's day is not the visit's: refused, since the task gives only a month.
        body = ask(client, "Hạn chót hoàn thành dự án bệnh viện cơ sở 2 tại Ninh Bình là ngày nào?")
        assert body["found"] is False and body["citations"] == []


MEETING_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 700/TB-VPCP
Hà Nội, ngày 20 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ năm của Ban Chỉ đạo về cải cách thủ tục hành chính

Ngày 15 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp thứ năm của Ban Chỉ đạo về cải cách thủ tục hành chính.
1. Vẫn còn nhiệm vụ chậm muộn kể từ sau Phiên họp thứ tư của Ban Chỉ đạo.
2. Bộ Tư pháp cắt giảm thành phần hồ sơ của thủ tục cấp phiếu lý lịch tư pháp trực tuyến, thay bằng dữ liệu dân cư.
3. Các bộ khẩn trương thực hiện Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ về cắt giảm thủ tục hành chính dựa trên dữ liệu.
4. Bộ Công an hoàn thành nền tảng đấu giá tài sản công trực tuyến trước ngày 31/12/2025.
"""


def test_ask_refuses_what_a_paragraph_on_the_same_matter_does_not_say(client: httpx.Client) -> None:
    with uploaded(client, "tb-700.txt", MEETING_NOTICE):
        body = ask(client, "Ban Chỉ đạo về cải cách thủ tục hành chính họp phiên thứ năm vào ngày nào?")
        assert body["found"] is True and body["citations"][0]["text"].startswith("Ngày 15 tháng 11 năm 2025")
        # The notice mentions the fourth meeting, but the date it gives is the fifth's.
        body = ask(client, "Ban Chỉ đạo về cải cách thủ tục hành chính họp phiên thứ tư vào ngày nào?")
        assert body["found"] is False and body["citations"] == []
        # Cutting papers from a procedure lists none of them.
        body = ask(client, "Hồ sơ thủ tục cấp phiếu lý lịch tư pháp trực tuyến gồm những giấy tờ gì?")
        assert body["found"] is False and "không nêu thành phần hồ sơ được hỏi" in body["answer"]
        # A resolution's date in a citation is the day it was issued, not the day it takes effect.
        body = ask(client, "Nghị quyết 66.7/2025/NQ-CP về cắt giảm thủ tục hành chính ban hành ngày nào?")
        assert body["found"] is True and "15 tháng 11 năm 2025" in body["citations"][0]["text"]
        body = ask(client, "Nghị quyết 66.7/2025/NQ-CP về cắt giảm thủ tục hành chính có hiệu lực từ ngày nào?")
        assert body["found"] is False and body["citations"] == []
        # A deadline is the named agency's only if the work is given to it.
        body = ask(client, "Bộ Công an phải hoàn thành nền tảng đấu giá tài sản công trực tuyến trước ngày nào?")
        assert body["found"] is True and "31/12/2025" in body["answer"]
        body = ask(client, "Bộ Tài chính phải hoàn thành nền tảng đấu giá tài sản công trực tuyến trước ngày nào?")
        assert body["found"] is False and "không giao việc này cho Bộ Tài chính" in body["answer"]


def test_upload_then_duplicate_then_delete(client: httpx.Client) -> None:
    before = health(client)
    assert before["parse_outdated"] == 0
    pdf = make_pdf(PDF_NOTICE)
    created = client.post("/notices", files={"file": ("yen-bai-que.pdf", pdf, "application/pdf")})
    assert created.status_code == 201, created.text
    result = created.json()
    assert result["duplicate"] is False and result["paragraphs"] >= 2
    notice_id = result["notice_id"]
    try:
        again = client.post("/notices", files={"file": ("copy.pdf", pdf, "application/pdf")}).json()
        assert again["duplicate"] is True and again["notice_id"] == notice_id
        assert health(client)["notices"] == before["notices"] + 1

        notice = client.get(f"/notices/{notice_id}").json()
        assert notice["meta"]["province"] == "Yên Bái"
        assert notice["meta"]["number"] == "45/TB-UBND"
        assert {p["page"] for p in notice["paragraphs"]} == {1, 2}
        assert any(n["notice_id"] == notice_id for n in client.get("/notices").json()["notices"])

        hits = client.get("/search", params={"q": "tinh dầu quế hợp tác xã", "k": 3}).json()["hits"]
        assert hits[0]["notice_id"] == notice_id
        assert hits[0]["page"] in (1, 2)
    finally:
        assert client.delete(f"/notices/{notice_id}").status_code == 204
    assert_problem(client.get(f"/notices/{notice_id}"), 404)
    assert_problem(client.delete(f"/notices/{notice_id}"), 404)
    assert health(client) == before


def test_changed_file_replaces_its_older_version(client: httpx.Client) -> None:
    before = health(client)
    first = client.post("/notices", files={"file": ("bien-ban.txt", "Giao Sở Y tế rà soát trạm y tế xã.".encode())}).json()
    second = client.post(
        "/notices", files={"file": ("bien-ban.txt", "Giao Sở Y tế rà soát trạm y tế xã và bệnh viện huyện.".encode())}
    ).json()
    try:
        assert second["replaced"] == [first["notice_id"]]
        assert client.get(f"/notices/{first['notice_id']}").status_code == 404
        assert health(client)["notices"] == before["notices"] + 1
    finally:
        client.delete(f"/notices/{second['notice_id']}")
    assert health(client) == before


BAD_UPLOADS = [
    ("empty.txt", b"", 422, "empty"),
    ("blank.txt", b"   \n\n  ", 422, "empty"),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, 415, "unsupported-type"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", 422, "corrupt"),
    ("fake.docx", b"PK\x03\x04 not really a zip", 422, "corrupt"),
]


@pytest.mark.parametrize(("name", "data", "status", "kind"), BAD_UPLOADS)
def test_bad_uploads_get_problem_details_and_change_nothing(
    client: httpx.Client, name: str, data: bytes, status: int, kind: str
) -> None:
    before = health(client)
    body = assert_problem(client.post("/notices", files={"file": (name, data)}), status)
    assert body["type"].endswith(kind)
    assert name in body["detail"]
    assert health(client) == before


@pytest.mark.parametrize(
    ("name", "kind"), [("scanned-no-text-layer.pdf", "needs-ocr"), ("legacy-font-garbled-560.pdf", "garbled-text-layer")]
)
def test_scanned_and_garbled_pdfs_are_refused(client: httpx.Client, name: str, kind: str) -> None:
    path = SHARED / "samples" / "pdf" / name
    if not path.exists():
        pytest.skip("shared samples not present")
    before = health(client)
    body = assert_problem(client.post("/notices", files={"file": (name, path.read_bytes())}), 422)
    assert body["type"].endswith(kind)
    assert health(client) == before


def test_request_errors_are_problem_details(client: httpx.Client) -> None:
    assert_problem(client.post("/notices"), 422)
    assert_problem(client.get("/search", params={"q": ""}), 422)
    assert_problem(client.get("/search", params={"q": "quế", "k": 0}), 422)
    assert_problem(client.get("/search", params={"q": "quế", "date_from": "hôm qua"}), 422)
    assert_problem(client.post("/ask", json={}), 422)
    assert_problem(client.post("/ask", content=b"{not json", headers={"content-type": "application/json"}), 422)
    assert_problem(client.post("/ask", json={"question": "   "}), 422)
    assert_problem(client.get("/no-such-endpoint"), 404)


def test_oversized_upload_is_refused(tmp_path: Path, seeded_library) -> None:  # type: ignore[no-untyped-def]
    from service.api import create_app

    settings = make_settings(tmp_path, max_upload_mb=1)
    with running_server(create_app(settings, seeded_library)) as url:
        big = b"Giao S\xe1\xbb\x9f X\xc3\xa2y d\xe1\xbb\xb1ng. " * 80_000
        body = assert_problem(httpx.post(f"{url}/notices", files={"file": ("big.txt", big)}, timeout=60), 413)
        assert body["type"] == "/problems/too-large"  # the same type as the readers' own size check


def test_write_endpoints_require_the_api_key_when_set(tmp_path: Path, seeded_library) -> None:  # type: ignore[no-untyped-def]
    from service.api import create_app

    settings = make_settings(tmp_path, api_key="s3cret")
    with running_server(create_app(settings, seeded_library)) as url:
        files = {"file": ("x.txt", "Giao Sở Tư pháp rà soát văn bản.".encode())}
        assert_problem(httpx.post(f"{url}/notices", files=files), 401)
        assert_problem(httpx.post(f"{url}/notices", files=files, headers={"X-API-Key": "wrong"}), 401)
        assert_problem(httpx.delete(f"{url}/notices/whatever"), 401)
        assert httpx.get(f"{url}/search", params={"q": "quy hoạch"}).status_code == 200
        created = httpx.post(f"{url}/notices", files=files, headers={"X-API-Key": "s3cret"}, timeout=60)
        assert created.status_code == 201
        deleted = httpx.delete(f"{url}/notices/{created.json()['notice_id']}", headers={"X-API-Key": "s3cret"})
        assert deleted.status_code == 204


def test_tasks_endpoint_filters_by_agency_province_and_due_date(client: httpx.Client) -> None:
    tasks = client.get("/tasks", params={"agency": "Sở KH&ĐT", "province": "Lào Cai"}).json()["tasks"]
    assert tasks and all("Sở Kế hoạch và Đầu tư" in t["lead"] + t["support"] for t in tasks)
    assert all(t["province"] == "Lào Cai" for t in tasks)
    due = client.get("/tasks", params={"due_after": "2024-04-01", "due_before": "2024-04-30"}).json()["tasks"]
    assert due and all("2024-04-01" <= t["deadline"]["due"] <= "2024-04-30" for t in due)
    assert {"task", "lead", "support", "deadline", "notice_id", "paragraph_id", "quote"} <= due[0].keys()
    ranked = client.get("/tasks", params={"q": "bãi đỗ xe Sa Pa", "limit": 1}).json()["tasks"]
    assert ranked[0]["lead"] == ["Sở Xây dựng"]
    assert_problem(client.get("/tasks", params={"due_before": "30/4/2024"}), 422)


def test_agencies_are_scoped_to_their_province(client: httpx.Client) -> None:
    agencies = {a["agency_id"]: a for a in client.get("/agencies").json()["agencies"]}
    assert agencies["lao-cai/so-xay-dung"]["province"] == "Lào Cai"
    assert agencies["lang-son/so-xay-dung"]["province"] == "Lạng Sơn"
    assert all(a["tasks"] == a["lead"] + a["support"] for a in agencies.values())


def test_ask_owner_question_fills_owners_and_deadline(client: httpx.Client) -> None:
    body = ask(client, "co quan nao chu tri nghien cuu phuong an bai do xe tai thi xa Sa Pa")
    assert body["found"] and body["kind"] == "owner"
    assert {"agency": "Sở Xây dựng", "role": "lead"} in body["owners"]
    assert any(o["role"] == "support" and "Giao thông" in o["agency"] for o in body["owners"])
    assert body["deadline"] == {"text": "trong tháng 04/2024", "due": "2024-04-30"}
    assert body["answer"].startswith("Sở Xây dựng chủ trì, phối hợp")
    assert "bãi đỗ xe" in body["citations"][0]["text"]


def test_ask_what_an_agency_was_assigned_lists_its_tasks(client: httpx.Client) -> None:
    body = ask(client, "Sở Xây dựng Lào Cai được giao những nhiệm vụ gì?")
    assert body["found"] and body["kind"] == "agency_tasks"
    assert body["answer"].count("\n") >= 3
    assert len(body["citations"]) >= 3 and all(c["province"] == "Lào Cai" for c in body["citations"])
    everything = body["answer"].count("\n")
    # A topic narrows the list to the tasks about it.
    body = ask(client, "Sở Xây dựng Lào Cai được giao gì về bãi đỗ xe?")
    assert body["found"] and body["kind"] == "agency_tasks"
    assert 1 <= body["answer"].count("\n") < everything
    assert all("bãi đỗ xe" in c["text"] for c in body["citations"])
    # Tasks with no date of their own are listed with the period of the heading over them.
    body = ask(client, "Sở Tài chính Lâm Đồng được giao những việc gì?")
    assert body["kind"] == "agency_tasks" and "trong kỳ “TRONG THÁNG 12/2025”" in body["answer"]


def test_references_resolve_every_spelling_to_one_key(client: httpx.Client) -> None:
    listed = client.get("/references").json()["references"]
    assert any(r["ref"] == "68/nq-cp" for r in listed)
    for spelling in ["68/nq-cp", "NQ 68/NQ-CP", "Nghị quyết số 68/NQ-CP ngày 01/7/2021", "nghi quyet 68"]:
        body = client.get("/references", params={"ref": spelling}).json()
        assert body["ref"] == "68/nq-cp", spelling
        assert body["kind"] == "Nghị quyết" and body["issuer"] == "CP"
        assert "68/NQ-CP" in body["citations"][0]["text"]
    assert_problem(client.get("/references", params={"ref": "Nghị quyết 57-NQ/TW"}), 404)


def test_notice_references_list_what_it_cites(client: httpx.Client) -> None:
    notice_id = next(n["notice_id"] for n in client.get("/notices").json()["notices"] if n["source"].startswith("002_"))
    cites = {r["ref"] for r in client.get(f"/notices/{notice_id}/references").json()["cites"]}
    assert {"66/2017/nq-hdnd", "06/2021/nd-cp", "10-ct/tw", "1970/qd-ttg"} <= cites
    assert_problem(client.get("/notices/nope/references"), 404)


def test_cited_notice_we_hold_links_both_ways(client: httpx.Client) -> None:
    cited = "Số: 77/TB-UBND\nThông báo kết luận về chợ nông thôn.\nGiao Sở Công Thương rà soát chợ nông thôn.".encode()
    citing = "Thực hiện Thông báo số 77/TB-UBND, giao Sở Tài chính bố trí vốn cho chợ nông thôn.".encode()
    a = client.post("/notices", files={"file": ("tb-77.txt", cited)}).json()
    b = client.post("/notices", files={"file": ("cv-thuc-hien.txt", citing)}).json()
    try:
        ref = client.get("/references", params={"ref": "77/TB-UBND"}).json()
        assert ref["notice_id"] == a["notice_id"]
        assert ref["citations"][0]["notice_id"] == b["notice_id"]
        cited_by = client.get(f"/notices/{a['notice_id']}/references").json()["cited_by"]
        assert [h["notice_id"] for h in cited_by] == [b["notice_id"]]
    finally:
        client.delete(f"/notices/{a['notice_id']}")
        client.delete(f"/notices/{b['notice_id']}")


CITING_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 701/TB-VPCP
Hà Nội, ngày 28 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Phó Thủ tướng về sửa chữa nhà ở sau mưa lũ

1. Tiếp theo Công điện số 227/CĐ-TTg ngày 23/11/2025 và Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ, các tỉnh khẩn trương thống kê số nhà bị sập, trôi.
2. Bộ Tài chính tổng hợp nhu cầu kinh phí, báo cáo Thủ tướng Chính phủ.
"""


def test_ask_what_a_notice_cites_lists_its_citations(client: httpx.Client) -> None:
    with uploaded(client, "tb-701.txt", CITING_NOTICE):
        body = ask(client, "Thông báo 701/TB-VPCP dẫn chiếu những văn bản nào?")
        assert body["found"] is True and body["kind"] == "crossref"
        assert "Công điện 227/CĐ-TTg ngày 23/11/2025" in body["answer"] and "Nghị quyết 380/NQ-CP" in body["answer"]
        assert [c["text"][:30] for c in body["citations"]] == ["1. Tiếp theo Công điện số 227/"]
        # Typed without diacritics and by number only, the same notice.
        assert ask(client, "thong bao 701 can cu vao van ban nao")["citations"] == body["citations"]
        # The other direction: what cites it. Nothing does.
        cited_by = ask(client, "Văn bản nào dẫn chiếu Thông báo 701/TB-VPCP?")
        assert cited_by["found"] is False and cited_by["citations"] == []
        # Read as "what cites it", a question on what the notice itself bases a request on is
        # answered from the notice, which nothing cites.
        basis = ask(client, "Thông báo 701/TB-VPCP yêu cầu các tỉnh căn cứ công điện của Thủ tướng để làm gì?")
        assert basis["found"] is True and basis["citations"][0]["text"].startswith("1. Tiếp theo Công điện")
    # A law's number names its kind: said once.
    decision = ask(client, "Quyết định 2319/QĐ-TTg căn cứ những văn bản nào?")
    assert decision["found"] is True and "- Luật Tổ chức Chính phủ" in decision["answer"] and "Luật Luật" not in decision["answer"]


def test_ask_crossref_and_precedent_questions(client: httpx.Client) -> None:
    body = ask(client, "Thông báo nào nhắc đến Nghị quyết 68/NQ-CP?")
    assert body["found"] and body["kind"] == "crossref"
    assert "68/NQ-CP" in body["citations"][0]["text"]
    missing = ask(client, "Văn bản nào dẫn chiếu Nghị quyết 57-NQ/TW?")
    assert missing["found"] is False and missing["citations"] == []

    newest = ask(client, "Trước đây tỉnh Lào Cai đã chỉ đạo gì về giải phóng mặt bằng?")
    assert newest["found"] and newest["kind"] == "precedent"
    dates = [c["issued_on"] for c in newest["citations"]]
    assert dates == sorted(dates, reverse=True) and len(set(c["notice_id"] for c in newest["citations"])) == len(dates)
    story = ask(client, "Lễ hội sông Hồng đã được chỉ đạo qua các kỳ họp như thế nào?")
    dates = [c["issued_on"] for c in story["citations"]]
    assert story["found"] and dates == sorted(dates)
    # The framing ("những lần họp trước đã nói gì về") is in no notice; the topic is judged alone.
    topic = ask(client, "Những lần họp trước đã nói gì về an toàn giao thông?")
    assert topic["found"] and topic["kind"] == "precedent"
    assert any("an toàn giao thông" in c["text"] for c in topic["citations"])


def test_similar_paragraphs_and_notices_are_earlier_ones(client: httpx.Client) -> None:
    notices = client.get("/notices").json()["notices"]
    april = next(n for n in notices if n["issued_on"] == "2024-04-02")
    similar = client.get(f"/notices/{april['notice_id']}/similar").json()["notices"]
    assert similar and all(n["issued_on"] < "2024-04-02" for n in similar)
    assert [n["issued_on"] for n in similar] == sorted((n["issued_on"] for n in similar), reverse=True)
    paragraph = client.get("/search", params={"q": "Quy hoạch chi tiết xây dựng Khu du lịch Quốc gia Sa Pa", "k": 1}).json()["hits"][0]
    hits = client.get(f"/paragraphs/{paragraph['paragraph_id']}/similar").json()["hits"]
    assert hits and all(h["notice_id"] != paragraph["notice_id"] and h["issued_on"] < "2024-04-02" for h in hits)
    assert_problem(client.get("/paragraphs/nope/similar"), 404)


def test_task_history_links_the_same_task_across_notices(client: httpx.Client) -> None:
    first = "Số: 10/TB-UBND\nGiao Sở Du lịch xây dựng đề án phát triển du lịch cộng đồng tại huyện Bắc Hà.".encode()
    again = "Số: 25/TB-UBND\nGiao Sở Du lịch khẩn trương xây dựng đề án phát triển du lịch cộng đồng tại huyện Bắc Hà.".encode()
    a = client.post("/notices", files={"file": ("tb-10-2024.txt", first)}).json()
    b = client.post("/notices", files={"file": ("tb-25-2024.txt", again)}).json()
    try:
        task_id = client.get("/tasks", params={"notice_id": b["notice_id"]}).json()["tasks"][0]["task_id"]
        history = client.get(f"/tasks/{task_id}").json()["history"]
        assert {t["notice_id"] for t in history} == {a["notice_id"], b["notice_id"]}
        assert_problem(client.get("/tasks/nope"), 404)
    finally:
        client.delete(f"/notices/{a['notice_id']}")
        client.delete(f"/notices/{b['notice_id']}")


def test_search_shows_restored_query_facets_and_filters_by_agency(client: httpx.Client) -> None:
    body = client.get("/search", params={"q": "so xay dung quy hoach sa pa"}).json()
    assert body["restored"] == "sở xây dựng quy hoạch sa pa"
    typed = client.get("/search", params={"q": "cty nao lam quy hoach sa pa ko"}).json()
    assert typed["restored"] == "công ty nào làm quy hoạch sa pa không"  # phone shorthand written out
    provinces = {f["value"]: f["count"] for f in body["facets"]["province"]}
    assert provinces["Lào Cai"] >= 1 and all(c >= 1 for c in provinces.values())
    assert {f["value"] for f in body["facets"]["year"]} >= {"2024"}
    expanded = client.get("/search", params={"q": "công tác GPMB"}).json()
    assert any("giải phóng mặt bằng" in e for e in expanded["expansions"])
    hits = client.get("/search", params={"q": "quy hoạch", "agency": "Sở Xây dựng", "province": "Lào Cai"}).json()["hits"]
    assert hits
    for hit in hits:
        tasks = client.get("/tasks", params={"notice_id": hit["notice_id"], "agency": "Sở Xây dựng"}).json()["tasks"]
        assert hit["paragraph_id"] in {t["paragraph_id"] for t in tasks}


def test_an_index_written_by_an_older_version_is_reported(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    from index.embedder import HashingEmbedder
    from index.library import NoticeLibrary
    from service.api import create_app
    from tests.conftest import SAMPLES

    settings = make_settings(tmp_path)
    library = NoticeLibrary.open(settings, HashingEmbedder())
    notice_id = library.add_file(SAMPLES / "notices" / "000_1e72024b4a527dac.txt").notice_id
    # As an older version wrote it: no sentence vectors, tasks found by an earlier extractor.
    library.store._sentences.delete(where={"notice_id": notice_id})
    library.store._notices.update(ids=[notice_id], metadatas=[{"task_extractor": 1}])
    with running_server(create_app(settings, library)) as url:
        health = httpx.get(f"{url}/health").json()
    missing = health["sentences_missing"]
    assert missing > 0 and health["tasks_outdated"] == 1
    err = capfd.readouterr().err
    assert f"lacks {missing} sentence vectors" in err and "the tasks of 1 notices" in err and "notices upgrade" in err
    assert library.embed_missing_sentences() == missing and library.sentences_missing() == 0
    assert library.rederive_tasks() == 0 and library.tasks_outdated() == 0  # same tasks: only marked current
