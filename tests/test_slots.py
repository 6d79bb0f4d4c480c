"""What a question asks for, and whether a paragraph states it (fast: no model, no index)."""

from __future__ import annotations

import pytest

from ingest.domain import Paragraph
from service.answer import read_row, slot_text
from service.slots import Slot, asked_slot, asked_unit, states


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("Mỗi chợ nông thôn được hỗ trợ bao nhiêu tiền?", Slot.MONEY),
        ("Dự án được bố trí bao nhiêu kinh phí?", Slot.MONEY),
        ("Tổng vốn dự kiến là bao nhiêu nghìn tỷ đồng?", Slot.MONEY),
        ("Giải ngân đạt bao nhiêu phần trăm kế hoạch?", Slot.PERCENT),
        ("Thuế suất nhập khẩu ưu đãi của mặt hàng mã 2106.90.72 là bao nhiêu phần trăm?", Slot.PERCENT),
        ("Ban Chỉ đạo họp định kỳ mấy lần một năm?", Slot.FREQUENCY),
        ("Đơn vị tư vấn báo cáo bao lâu một lần?", Slot.FREQUENCY),
        ("Lâm Đồng có bao nhiêu người nghiện ma túy?", Slot.QUANTITY),
        ("lam dong co bao nhieu nguoi nghien", Slot.QUANTITY),
        ("Tăng mấy bậc so với năm trước?", Slot.QUANTITY),
        ("Tổng kinh phí xây dựng nền tảng số du lịch là bao nhiêu?", Slot.MONEY),
        ("Kinh phí hỗ trợ cho bao nhiêu hộ?", Slot.QUANTITY),
        ("Chi phí quản lý chiếm bao nhiêu %?", Slot.PERCENT),
        ("Đơn giá thuê đất được tính bằng tỷ lệ phần trăm bao nhiêu của giá đất?", Slot.PERCENT),
        ("lai chau giai ngan von dau tu cong 9 thang 2020 dat bao nhieu", Slot.QUANTITY),
        ("Festival khai mạc vào ngày nào?", Slot.DAY),
        ("Lạng Sơn chọn thôn, xã nào làm khu dân cư kiểu mẫu?", Slot.PLACE),
        ("chon huyen nao thi diem", Slot.PLACE),
        ("Đại hội Đảng bộ tỉnh được tổ chức ở đâu?", Slot.VENUE),
        ("phien hop thuong ky hop o dau", Slot.VENUE),
        ("Người đứng đầu Tổ giúp việc là ai?", Slot.PERSON),
        ("Giám đốc Sở Tư pháp vắng mặt ở phiên họp tên là gì?", Slot.PERSON),
        ("Ai đang giữ chức Giám đốc Trung tâm Chuyển đổi số?", Slot.PERSON),
        ("Dự án mới tên là gì?", None),
        # Where to look something up is not a venue.
        ("Muốn xem danh sách thì tra ở đâu?", None),
        # "bản" is also "văn bản"; the province is not asked for as a place.
        ("Văn bản nào triển khai Công văn 3653?", None),
        ("Trình kỳ họp HĐND tỉnh nào?", Slot.SESSION),
        ("Luật Xuất bản dự kiến được thông qua tại kỳ họp nào?", Slot.SESSION),
        ("Sở Xây dựng chủ trì việc gì?", None),
        # "máy" (machine) is not "mấy": typed without its accent it asks nothing.
        ("ai keu goi dau tu nha may tuyen quang", None),
        ("Nhà máy gang thép Việt Trung vẫn dừng sản xuất?", None),
        ("Đơn vị tư vấn lập quy hoạch là công ty nào?", Slot.COMPANY),
        ("Công viên do doanh nghiệp nào làm chủ đầu tư?", Slot.COMPANY),
        ("khu do thi do nha dau tu nao lam", Slot.COMPANY),
        ("Sân bay đón chuyến bay đầu tiên vào năm nào?", Slot.YEAR),
        ("le hoi to chuc nam nao", Slot.YEAR),
        # A year is no figure; a number of years is.
        ("Dự án khởi công vào năm bao nhiêu?", Slot.YEAR),
        ("Dự án làm trong bao nhiêu năm?", Slot.QUANTITY),
        ("Sa Pa mỗi năm đón bao nhiêu lượt khách?", Slot.QUANTITY),
        ("Sa Pa mỗi năm bao nhiêu lượt khách?", Slot.QUANTITY),
        # "mấy" is "the few" when the question asks something else; "thứ mấy" always asks.
        ("Mấy doanh nghiệp nợ thuế kéo dài thì tỉnh xử lý thế nào?", None),
        ("Tỉnh có giục làm nhanh mấy công trình sửa chữa sau bão lũ không?", None),
        ("Năm 2020 có thêm mấy nhà máy thủy điện đi vào vận hành?", Slot.QUANTITY),
        ("Thu ngân sách đứng thứ mấy, do ai báo cáo?", Slot.ORDINAL),
        # A rank or a session's number: "lần thứ XIV" states it, though it holds no digit.
        ("Đại hội lần thứ mấy của Đảng?", Slot.ORDINAL),
        ("dai hoi lan thu may cua dang", Slot.ORDINAL),
        # How many times as much, not how often.
        ("năm 2024 cán bộ phải làm gấp mấy lần mọi năm", Slot.MULTIPLE),
        # An address or a number asked for; a site's name or a hotline's existence is not.
        ("Địa chỉ web của phần mềm theo dõi chỉ số là gì?", Slot.LINK),
        ("dia chi web phan mem theo doi la gi", Slot.LINK),
        # However far the asking word stands from what it asks.
        ("Địa chỉ trang web phần mềm theo dõi chỉ số cải cách hành chính của Lâm Đồng là gì?", Slot.LINK),
        ("Đường link đăng ký dịch vụ công ở đâu?", Slot.LINK),
        ("Kết quả được đăng trên trang web nào?", None),
        ("Số điện thoại đường dây nóng là bao nhiêu?", Slot.PHONE),
        ("so dien thoai duong day nong la gi", Slot.PHONE),
        ("Tỉnh có lập đường dây nóng không?", None),
        # The papers a procedure needs, which a notice cutting "thành phần hồ sơ" does not list.
        ("Hồ sơ đề nghị cấp chứng chỉ hành nghề dược gồm những giấy tờ gì?", Slot.PAPERS),
        ("thu tuc dang ky le hoi can chuan bi ho so gi", Slot.PAPERS),
        # What a procedure asks of a citizen, where to file it, its steps.
        ("Người lao động cần đáp ứng điều kiện gì để được hưởng trợ cấp?", Slot.CONDITIONS),
        ("Điều kiện để được công nhận hộ cận nghèo là gì?", Slot.CONDITIONS),
        ("tieu chuan de duoc cong nhan gia dinh van hoa gom nhung gi", Slot.CONDITIONS),
        ("Mục tiêu cắt giảm điều kiện kinh doanh là bao nhiêu phần trăm?", Slot.PERCENT),
        ("Hồ sơ đăng ký hộ kinh doanh nộp ở đâu?", Slot.FILING_OFFICE),
        ("dang ky ket hon voi nguoi nuoc ngoai thi nop ho so o co quan nao", Slot.FILING_OFFICE),
        ("Danh sách các đơn vị được niêm yết công khai ở đâu?", None),
        ("Quy trình bổ nhiệm lại gồm những bước nào?", Slot.STEPS),
        ("Lào Cai yêu cầu thực hiện các bước theo luật nào?", None),
        ("thủ tục đăng ký kết hôn có yếu tố nước ngoài", Slot.PROCEDURE),
        ("Thủ tục đổi giấy phép lái xe quốc tế làm ở đâu?", Slot.PROCEDURE),
        ("Thủ tục hành chính thuộc Bộ được cung cấp theo mô hình nào?", None),
        ("Những cơ sở giáo dục công lập cấp xã nào phải sắp xếp lại?", None),
        # A document's number, which no count in the paragraph gives.
        ("Ban chỉ đạo được thành lập theo quyết định số mấy?", Slot.DOC_NUMBER),
        ("ubnd giao so khcn trien khai cong van so may cua vpcp", Slot.DOC_NUMBER),
        ("Quyết định giao bao nhiêu dự án?", Slot.QUANTITY),
        # Which article of a legal document; an item of a programme is no article.
        ("Hiệp hội đề nghị sửa cụ thể điều khoản nào của Nghị định 136?", Slot.ARTICLE),
        ("theo diem, khoan, dieu nao cua nghi dinh 116", Slot.ARTICLE),
        ("Khoản nào trong chương trình mục tiêu quốc gia chưa có mức chi?", None),
        # A penalty; "phat" alone, typed without marks, may be "phát".
        ("Doanh nghiệp nộp chậm tờ khai thuế bị xử phạt thế nào?", Slot.PENALTY),
        ("xay nha khong phep bi xu phat the nao", Slot.PENALTY),
        ("Mức phạt với hành vi này ra sao?", Slot.PENALTY),
        # A sum asked is a sum, which a passage on fines that gives none does not state.
        ("xay nha khong phep bi phat bao nhieu tien", Slot.MONEY),
        ("Mức phạt vượt đèn đỏ là bao nhiêu?", Slot.QUANTITY),
        ("phat bao nhieu suat qua cho ho ngheo", Slot.QUANTITY),
        ("Ai làm sai quy định phòng dịch có bị phạt nặng tay hơn không?", None),
        # A rate of support or a payment named first and asked last is a sum of money; a count of
        # those paid, a rate and unmarked "tien" (also "tiến") are not.
        ("Mức hỗ trợ tiền điện cho gia đình chính sách dịp Tết 2026 là bao nhiêu?", Slot.MONEY),
        ("muc phu cap hang thang cho truong thon la bao nhieu", Slot.MONEY),
        ("Hộ gia đình chuyển đất vườn sang đất ở phải nộp tiền sử dụng đất bao nhiêu?", Slot.MONEY),
        ("Số hộ được hỗ trợ tiền điện là bao nhiêu?", Slot.QUANTITY),
        ("Mức hỗ trợ lãi suất cho hộ nghèo là bao nhiêu?", Slot.QUANTITY),
        ("Giá thuê gian hàng ở Trung tâm Triển lãm tỉnh là bao nhiêu?", Slot.MONEY),
        # A second thing asked after the sum does not make it another kind of figure.
        ("Kinh phí tổ chức các hội nghị tập huấn là bao nhiêu, lấy từ nguồn nào?", Slot.MONEY),
        ("Giá trị sản xuất công nghiệp đạt bao nhiêu?", Slot.QUANTITY),
        ("tien do giai ngan von cua tinh la bao nhieu", Slot.QUANTITY),
        # How a sum is worked out.
        ("Lương hưu của người về hưu từ tháng 1/2026 được tính theo công thức nào?", Slot.FORMULA),
        ("cach tinh tien thue dat the nao", Slot.FORMULA),
        ("Lương hưu được tính như thế nào?", Slot.FORMULA),
        ("tinh the nao cung phai hoan thanh sap xep", None),
        # How long, which "bao lâu một lần" (how often) is not.
        ("Xin cấp hộ chiếu phổ thông trực tuyến thì bao lâu có kết quả?", Slot.DURATION),
        ("hang gui kho ngoai quan duoc luu giu toi da bao lau", Slot.DURATION),
        ("Sở phải báo cáo bao lâu một lần?", Slot.FREQUENCY),
        ("Bên nước ngoài cho Công ty Jaks Hải Dương vay vốn là ngân hàng nào?", Slot.BANK),
        ("Hộ kinh doanh nộp thuế khoán theo tháng hay theo quý?", Slot.CHOICE),
        ("Hộ kinh doanh có phải nộp thuế khoán hay không?", None),
    ],
)
def test_asked_slot(question: str, slot: Slot | None) -> None:
    assert asked_slot(question) is slot


def test_time_is_asked_by_deadline_and_event_date_questions() -> None:
    assert asked_slot("Hạn báo cáo là khi nào?", "deadline") is Slot.TIME
    # The date of an event is content, and still needs a time in the answer.
    assert asked_slot("Quyết định có hiệu lực từ khi nào?") is Slot.TIME
    # An owner question that also asks when is answered by its owner, the deadline if stated.
    assert asked_slot("Sở nào chủ trì và khi nào xong?", "owner") is Slot.OWNER
    assert asked_slot("Sở Y tế làm gì?") is None


def test_owner_is_asked_only_for_an_assignment() -> None:
    assert asked_slot("Lạng Sơn giao sở nào chủ trì tổ chức hội thảo?", "owner") is Slot.OWNER
    assert asked_slot("ai phu trach dau gia dat", "owner") is Slot.OWNER
    assert asked_slot("Ai là Trưởng Ban Chỉ đạo quốc gia về dữ liệu?", "owner") is None
    # "giao ban" is a briefing meeting: its conclusion names whose opinion to follow, assigning nothing.
    assert asked_slot("Giao ban 02/8/2021 yêu cầu hoàn thiện nội dung theo ý kiến của cơ quan nào?", "owner") is None
    # Nor is "giáo dục" (folded, "giao duc") or "giao thông" anything given to anyone.
    assert asked_slot("Đơn vị nào có công văn đề nghị rà soát danh mục mua sắm lĩnh vực giáo dục?", "owner") is None
    assert asked_slot("Cơ quan nào quản lý giao thông nông thôn?", "owner") is None
    assert asked_slot("Sở Giáo dục được giao việc gì, ai chủ trì?", "owner") is Slot.OWNER
    # Without an extracted task: an agency with the question's own assignment verb.
    question = "Những ai chịu trách nhiệm thi hành Quyết định?"
    assert states(Slot.OWNER, "Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này.", question)
    assert not states(Slot.OWNER, "Chuẩn bị các điều kiện để tổ chức tốt Hội thảo tham vấn.", question)
    assert not states(Slot.OWNER, "Sở Xây dựng chủ trì", question)
    # "có trách nhiệm" assigns as "chịu trách nhiệm" does.
    question = "Cơ quan nào có trách nhiệm sắp xếp bộ máy các hội ở cấp tỉnh?"
    assert asked_slot(question, "owner") is Slot.OWNER
    assert states(Slot.OWNER, "Theo đó, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh có trách nhiệm thực hiện sắp xếp.", question)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Thống nhất chọn huyện Mường Khương thí điểm", True),
        ("Ngoài thị xã Sa Pa và các huyện: Mường Khương, Bắc Hà", True),
        ("hoàn thành mục tiêu 10 xã đạt chuẩn nông thôn mới", False),
        ("UBND các huyện, thành phố tăng cường phối hợp", False),
        ("Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030", False),  # the province answers no "xã nào"
    ],
)
def test_place_is_a_unit_below_the_province_with_its_name(text: str, stated: bool) -> None:
    assert states(Slot.PLACE, text) is stated


def test_place_follows_the_unit_asked() -> None:
    question = "Huyện Bình Gia diễn tập chữa cháy rừng ở xã nào?"
    assert not states(Slot.PLACE, "Tập trung chỉ đạo huyện Bình Gia chuẩn bị diễn tập", question)
    assert states(Slot.PLACE, "diễn tập tại xã Hồng Phong", question)
    assert states(Slot.PLACE, "trên địa bàn thành phố Lào Cai, thị xã Sa Pa", "ở những địa bàn nào?")
    assert states(Slot.PLACE, "quy hoạch TP Lạng Sơn", "thanh pho nao")


@pytest.mark.parametrize(
    ("slot", "text", "stated"),
    [
        (Slot.QUANTITY, "có 4.289 người sử dụng trái phép chất ma túy", True),
        (Slot.QUANTITY, "Năm 2023, có 9/42 chỉ tiêu không đạt kế hoạch", True),
        (Slot.QUANTITY, "đưa 06 công trình thủy điện đi vào hoạt động", True),
        # Document numbers, dates, years and list markers are not figures.
        (Slot.QUANTITY, "- Sở Tài chính thu hồi nợ đọng thuế theo Kế hoạch số 03/KH-BCĐ ngày 12/8/2020", False),
        (Slot.QUANTITY, "6. Các thành viên Ban Chỉ đạo:", False),
        (Slot.QUANTITY, "Điều 2. Chức năng của Ban Chỉ đạo trong giai đoạn 2021-2025", False),
        (Slot.QUANTITY, "sửa đổi Nghị quyết số 66/2017/NQ-HĐND ngày 11/12/2017", False),
        (Slot.MONEY, "Thu ngân sách trên địa bàn đạt 9.399 tỷ đồng", True),
        (Slot.MONEY, "hỗ trợ 4.289 người cai nghiện", False),
        (Slot.PERCENT, "đạt 111,94% so với kế hoạch", True),
        (Slot.PERCENT, "đạt 61 tỷ đồng", False),
        (Slot.FREQUENCY, "chênh lệch rất lớn (từ 4-5 lần)", True),
        (Slot.FREQUENCY, "đơn vị tư vấn báo cáo hàng tuần với Thường trực Tỉnh ủy", True),
        (Slot.FREQUENCY, "Điều 1. Thành lập Ban Chỉ đạo quốc gia về dữ liệu", False),
        (Slot.FREQUENCY, "tổ chức Hội nghị đối thoại doanh nghiệp thường niên", True),
        (Slot.FREQUENCY, "định kỳ báo cáo, đánh giá việc thực hiện nhiệm vụ được phân cấp", False),
        (Slot.FREQUENCY, "định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh", True),
        (Slot.MULTIPLE, "là năm phải làm việc gấp đôi và phải đem lại hiệu quả", True),
        (Slot.MULTIPLE, "chênh lệch rất lớn (từ 4-5 lần)", True),
        (Slot.MULTIPLE, "phải làm việc với tinh thần quyết liệt hơn", False),
        (Slot.DAY, "hoàn thiện trình UBND tỉnh trước ngày 05/01/2024", True),
        (Slot.DAY, "tham mưu tổ chức tốt Festival Sông Hồng năm 2024", False),
        (Slot.YEAR, "tổ chức thành công Giải bóng chuyền nữ quốc tế VTV Cup năm 2023", True),
        (Slot.YEAR, "phấn đấu hoàn thành trong giai đoạn 2021-2025", True),
        (Slot.YEAR, "đẩy nhanh tiến độ các dự án trọng điểm (Cảng hàng không Sa Pa; ...)", False),
        (Slot.TIME, "báo cáo UBND tỉnh trong tháng 10 năm 2020", True),
        (Slot.TIME, "có hiệu lực thi hành kể từ ngày ký ban hành", True),
        (Slot.TIME, "tham mưu tổ chức tốt Festival Sông Hồng", False),
        (Slot.VENUE, "Ngày 03 tháng 01 năm 2024, tại Trung tâm Hội nghị tỉnh, UBND tỉnh tổ chức họp", True),
        (Slot.VENUE, "tập trung chuẩn bị tốt nhất các điều kiện phục vụ Đại hội Đảng bộ tỉnh", False),
        (Slot.VENUE, "Phối hợp UBND thành phố Lào Cai tổ chức Hội nghị gặp gỡ doanh nghiệp", False),
        (Slot.PERSON, "1. Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo.", True),
        (Slot.PERSON, "Thông báo Kết luận của Đồng chí Trần Tiến Dũng - Phó Bí thư Tỉnh ủy", True),
        (Slot.PERSON, "Điều 2. Chức năng của Ban Chỉ đạo quốc gia về dữ liệu", False),
        (Slot.PERSON, "Ủy ban nhân dân tỉnh Lâm Đồng giao Sở Y tế chủ trì", False),
        # A name may hold a province's ("Nguyễn Hòa Bình"): still a person.
        (Slot.PERSON, "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình - Trưởng ban Ban chỉ đạo", True),
        (Slot.VENUE, "tổ chức hội nghị tại địa phương", False),
        (Slot.PAPERS, "Hồ sơ đề nghị gồm: đơn đề nghị, bản sao văn bằng chuyên môn.", True),
        (Slot.PAPERS, "Rà soát, thay thế thành phần hồ sơ trong cấu trúc thủ tục hành chính bằng dữ liệu.", False),
        (Slot.CONDITIONS, "Người đề nghị phải đáp ứng các điều kiện sau: có hộ khẩu thường trú tại xã.", True),
        (Slot.CONDITIONS, "Bộ Công Thương rà soát, cắt giảm điều kiện kinh doanh, bảo đảm đạt mục tiêu.", False),
        (Slot.CONDITIONS, "Giao Công an tỉnh công bố các đơn vị đủ điều kiện cung cấp dịch vụ cai nghiện.", False),
        (Slot.FILING_OFFICE, "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.", True),
        (Slot.FILING_OFFICE, "Theo dõi hồ sơ thủ tục liên thông: Đăng ký khai sinh, đăng ký thường trú.", False),
        (Slot.STEPS, "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.", True),
        (Slot.STEPS, "Đề xuất có quy trình hướng dẫn cụ thể để giải quyết hồ sơ đúng tiến độ.", False),
        (Slot.PROCEDURE, "Nộp hồ sơ trực tiếp tại Bộ phận một cửa của Ủy ban nhân dân xã.", True),
        (Slot.PROCEDURE, "Đề nghị có cơ chế theo dõi hồ sơ liên thông: Đăng ký khai sinh, đăng ký kết hôn.", False),
        (Slot.ARTICLE, "Thực hiện theo quy định tại khoản 2 Điều 5 Nghị định số 116/2021/NĐ-CP.", True),
        (Slot.ARTICLE, "đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định số 136/2025/NĐ-CP", False),
        (Slot.PENALTY, "Xử phạt vi phạm hành chính, phạt tiền từ 10 đến 20 triệu đồng.", True),
        # Folded, "phạt" would be "phát".
        (Slot.PENALTY, "Triển khai các chính sách giãn, hoãn, miễn, giảm thuế; phát triển doanh nghiệp.", False),
        (Slot.FORMULA, "Tiền thuê đất hằng năm được tính bằng diện tích nhân với đơn giá thuê đất.", True),
        (Slot.DURATION, "Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", True),
        (Slot.DURATION, "Hoàn thành trước ngày 30/11/2025.", True),
        (Slot.DURATION, "Trả kết quả trong 24 giờ kể từ khi nhận đủ hồ sơ.", True),
        (Slot.DURATION, "Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần, báo cáo lãnh đạo Ủy ban nhân dân tỉnh.", False),
        (Slot.BANK, "Khoản vay của Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam.", True),
        (Slot.BANK, "Công ty TNHH Điện lực Jaks Hải Dương trả lãi tiền vay cho bên cho vay nước ngoài.", False),
        (Slot.DURATION, "Hàng hóa gửi kho ngoại quan được làm thủ tục hải quan theo quy định tại Điều 61 Luật Hải quan.", False),
        (Slot.FORMULA, "Bộ Tài chính tổng hợp dự toán thực hiện chế độ ưu đãi người có công năm 2026.", False),
    ],
)
def test_states(slot: Slot, text: str, stated: bool) -> None:
    assert states(slot, text) is stated


def test_a_choice_is_stated_by_a_passage_naming_one_of_its_options() -> None:
    question = "Hộ kinh doanh nộp thuế khoán theo tháng hay theo quý?"
    assert states(Slot.CHOICE, "Hộ kinh doanh khai thuế theo quý.", question)
    assert not states(Slot.CHOICE, "Cẩm nang hỗ trợ kê khai, nộp thuế của hộ kinh doanh.", question)


def test_the_date_of_a_cited_document_answers_only_a_question_about_that_document() -> None:
    text = "Tổ chức Hội nghị tham vấn (theo chỉ đạo tại Thông báo số 493/TB-UBND ngày 13/11/2025)./."
    assert not states(Slot.DAY, text, "Hội nghị tham vấn được tổ chức vào ngày nào?")
    assert states(Slot.DAY, text, "Thông báo 493/TB-UBND ban hành ngày nào?")
    assert states(Slot.DAY, "hoàn thành trước ngày 15/12/2025 (theo Kế hoạch số 12/KH-UBND ngày 05/01/2025)", "hạn ngày nào?")
    # Written out in words, a citation's date is still the day the document was issued, not the day
    # it takes effect.
    cited = "Thực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ, các bộ khẩn trương rà soát."
    assert not states(Slot.DAY, cited, "Các bộ rà soát xong vào ngày nào?")
    assert states(Slot.DAY, cited, "Nghị quyết 66/NQ-CP ban hành ngày nào?")
    assert not states(Slot.DAY, cited, "Nghị quyết 66/NQ-CP có hiệu lực từ ngày nào?")
    # Named by its kind and its sender, when the question asks the day it was dated.
    submission = "Xét Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ về Mạng lưới"
    assert states(Slot.DAY, submission, "Tờ trình của Bộ KH&CN về Mạng lưới quan trắc đề ngày nào?")
    assert not states(Slot.DAY, submission, "Theo tờ trình, Mạng lưới phải hoàn thành vào ngày nào?")
    # … or by the kind its symbol codes: "TTr" is a tờ trình, however the sentence names it.
    coded = "Theo đề nghị của Bộ Công an tại văn bản số 661/TTr-BCA ngày 05 tháng 11 năm 2025 về dự án Pháp lệnh"
    assert states(Slot.DAY, coded, "Bộ Công an gửi Chính phủ tờ trình dự án Pháp lệnh từ ngày nào?")
    assert not states(Slot.DAY, coded, "Bộ Công an gửi Chính phủ báo cáo dự án Pháp lệnh từ ngày nào?")
    # … or the day it was sent: a company's letter is dated the day it wrote.
    reply = "Trả lời văn bản số 01/CV-01 ngày 20/11/2025 của Công ty về việc thuế suất thuế GTGT, Thuế tỉnh có ý kiến như sau:"
    assert states(Slot.DAY, reply, "Công ty gửi văn bản hỏi Thuế tỉnh về thuế suất GTGT vào ngày nào?")
    assert not states(Slot.DAY, reply, "Công ty phải kê khai thuế GTGT trước ngày nào?")
    # Which earlier decision it replaces is answered by that decision's number, not by a decision unnamed.
    replaced = "QĐ 2020 thay thế các thủ tục đã được công bố tại quyết định nào trước đó?"
    assert asked_slot(replaced) is Slot.DOC_NUMBER
    assert states(Slot.DOC_NUMBER, "được công bố tại Quyết định số 1533/QĐ-UBND ngày 22 tháng 10 năm 2025", replaced)
    assert not states(Slot.DOC_NUMBER, "Chủ tịch Ủy ban nhân dân ban hành Quyết định quy định phân cấp", replaced)
    # A letter the question numbers is dated only by its own date: its day left blank in the notice
    # ("ngày tháng 10 năm 2025"), the next letter's date does not stand in for it.
    blank = (
        "Theo đề nghị của Sở Tài chính tại Công văn số 4687/STC-GCS ngày tháng 10 năm 2025; đề nghị của Sở Giáo dục"
        " và Đào tạo tại Công văn số 1383/SGDĐT-KHTC ngày 15 tháng 10 năm 2025"
    )
    assert not states(Slot.DAY, blank, "Công văn 4687/STC-GCS của Sở Tài chính được ký ngày mấy?")
    assert states(Slot.DAY, blank, "Công văn 1383/SGDĐT-KHTC của Sở Giáo dục được ký ngày mấy?")
    # Asked which documents and when, the passage's cited dates answer, whatever document the question names.
    proposals = "Xét đề nghị của Bộ trưởng Bộ Công an tại các văn bản số 554/TTr-BCA ngày 12 tháng 9 năm 2025"
    assert states(Slot.DAY, proposals, "Nghị quyết 389/NQ-CP xét đề nghị của Bộ Công an tại những văn bản nào, ngày nào?")
    assert not states(Slot.DAY, proposals, "Nghị quyết 389/NQ-CP được ký ngày nào?")


def test_a_condition_says_from_when_something_applies() -> None:
    gate = "1. Cửa khẩu Cảng hàng không quốc tế Long Thành (áp dụng khi được đưa vào khai thác, vận hành);"
    assert states(Slot.TIME, gate, "Cửa khẩu Long Thành được áp dụng từ khi nào?")
    assert not states(Slot.TIME, gate, "Cửa khẩu Long Thành hoàn thành khi nào?")


def test_when_a_text_takes_effect_is_stated_as_such() -> None:
    question = "Nghị định 136/2025/NĐ-CP có hiệu lực từ ngày nào?"
    assert not states(Slot.DAY, "Ngày 31/10/2025, Văn phòng Chính phủ nhận văn bản về Nghị định số 136/2025/NĐ-CP.", question)
    assert states(Slot.DAY, "Nghị định này có hiệu lực thi hành từ ngày 01/7/2025.", question)
    assert states(Slot.TIME, "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", "Quyết định có hiệu lực từ khi nào?")
    # "Kể từ ngày ký" names the day: the notice's own date, which every citation of it shows.
    signed = "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành."
    assert states(Slot.DAY, signed, "Nghị quyết 386/NQ-CP có hiệu lực từ ngày nào?")
    assert not states(Slot.DAY, "Các đơn vị báo cáo kết quả sau 10 ngày kể từ ngày ký.", "Hội nghị tổ chức vào ngày nào?")


def test_a_document_number_asked_is_one_of_the_kind_asked() -> None:
    question = "Bộ tiêu chí thực hiện Nghị quyết 66 được ban hành kèm theo quyết định số mấy?"
    assert states(Slot.DOC_NUMBER, "theo Quyết định số 1788/QĐ-TTg ngày 01/10/2013", question)
    assert not states(Slot.DOC_NUMBER, "(Ban chỉ đạo 751) tại Thông báo số 569/TB-VPCP", question)
    assert not states(Slot.DOC_NUMBER, "đã rà soát 616/898 dự án", question)
    # A kind whose symbols vary ("3653/VPCP-CĐS") takes any document's.
    assert states(Slot.DOC_NUMBER, "nhận được Công văn số 3653/VPCP-CĐS", "căn cứ công văn số mấy?")
    # A law's number ends in the Assembly's term, with its name between the kind and "số mấy".
    question = "QĐ 52/2025 của Cao Bằng căn cứ Luật Tổ chức chính quyền địa phương số mấy?"
    assert asked_slot(question) is Slot.DOC_NUMBER
    assert states(Slot.DOC_NUMBER, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", question)
    assert not states(Slot.DOC_NUMBER, "Căn cứ Nghị định số 142/2025/NĐ-CP ngày 12 tháng 6 năm 2025;", question)


def test_a_deputy_does_not_answer_who_holds_the_office() -> None:
    question = "Ai là Trưởng Ban Chỉ đạo quốc gia về dữ liệu?"
    assert not states(Slot.PERSON, "3. Phó Thủ tướng Chính phủ Nguyễn Chí Dũng, Phó Trưởng Ban Chỉ đạo.", question)
    assert states(Slot.PERSON, "1. Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo.", question)
    assert states(Slot.PERSON, "3. Phó Thủ tướng Chính phủ Nguyễn Chí Dũng, Phó Trưởng Ban Chỉ đạo.", "Ai là Phó Trưởng Ban?")


def test_a_name_with_a_number_is_no_figure() -> None:
    assert not states(Slot.QUANTITY, "Tăng cường các biện pháp phòng, chống Covid-19 trên địa bàn tỉnh")
    assert states(Slot.QUANTITY, "cách ly y tế tập trung 14 ngày")


def test_a_company_is_named_as_one() -> None:
    assert states(Slot.COMPANY, "Nhà máy gang thép Việt Trung; Công ty Cổ phần đồng Tả Phời")
    assert states(Slot.COMPANY, "Tập đoàn Hòa Phát đề xuất đầu tư")
    assert not states(Slot.COMPANY, "phối hợp chặt chẽ với đơn vị tư vấn, các công ty liên quan")


def test_a_quantity_asked_in_a_unit_needs_a_number_in_that_unit() -> None:
    bridge = "Cầu dài bao nhiêu mét?"
    assert asked_unit(bridge) == "met" and asked_unit("cau dai bao nhieu met") == "met"
    assert asked_unit("Có bao nhiêu người nghiện?") is None  # a count of things, not a unit
    assert states(Slot.QUANTITY, "Cầu đường bộ dài 500 m qua sông Hồng", bridge)
    # The bridge named, with a list number and a year but no length: no answer.
    assert not states(Slot.QUANTITY, "(1) Cầu đường bộ qua sông Hồng, khởi công năm 2024", bridge)
    session = "Kỳ họp bất thường tháng 9/2021 họp trong mấy ngày?"
    assert not states(Slot.QUANTITY, "Kỳ họp diễn ra ngày 12/9/2021 tại Hội trường tỉnh", session)
    assert states(Slot.QUANTITY, "Kỳ họp diễn ra trong 02 ngày", session)
    assert states(Slot.QUANTITY, "diện tích 12,5 ha", "Khu đất rộng bao nhiêu héc ta?")
    assert states(Slot.QUANTITY, "công suất 50 MW", "Nhà máy công suất bao nhiêu MW?")


@pytest.mark.parametrize(
    ("slot", "text", "stated"),
    [
        (Slot.LINK, "Tra cứu tại https://dichvucong.gov.vn.", True),
        (Slot.LINK, "Cập nhật trên phần mềm chisocaicach.lamdong.gov.vn hằng tháng.", True),
        (Slot.LINK, "Gửi về hộp thư sxd@lamdong.gov.vn trước ngày 15/12.", True),
        (Slot.LINK, "Các sở cập nhật kết quả lên phần mềm theo dõi chỉ số cải cách hành chính.", False),
        (Slot.PHONE, "Mọi phản ánh gửi về đường dây nóng 0263 3822 123.", True),
        (Slot.PHONE, "Tổng đài 1900 1234 hoạt động 24/7.", True),
        (Slot.PHONE, "Theo Quyết định 123/QĐ-UBND ngày 12/3/2024, tỉnh duy trì đường dây nóng.", False),
    ],
)
def test_an_address_or_a_number_is_written_as_one(slot: Slot, text: str, stated: bool) -> None:
    assert states(slot, text) is stated


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # A count is written before what it counts: the school's dates and budget give no pupils.
        ("Trường sẽ nhận bao nhiêu học sinh?", "Trường có quy mô 1.500 học sinh.", True),
        ("Trường sẽ nhận bao nhiêu học sinh?", "Khởi công ngày 08/11/2025, tổng mức đầu tư 250 tỷ đồng.", False),
        ("Sa Pa mỗi năm đón bao nhiêu lượt khách?", "Năm 2023 đón 1,2 triệu lượt khách.", True),
        ("Tỉnh có mấy dự án trọng điểm?", "Tỉnh tập trung vào hai dự án trọng điểm.", True),
        # People go by several names; "tăng bao nhiêu so với" and "thứ mấy" count nothing named.
        ("Có mấy thành viên UBND tỉnh vắng mặt?", "Vắng 08 đồng chí có lý do.", True),
        ("Bán lẻ tăng bao nhiêu so với năm trước?", "Tổng mức bán lẻ tăng 12%.", True),
        ("Thành phố có bao nhiêu số nhà cần rà soát?", "Rà soát số nhà trên địa bàn trước ngày 05/12/2025.", False),
        ("Thành phố có bao nhiêu số nhà cần rà soát?", "Hiện có 1.234.567 số nhà cần rà soát.", True),
        ("Trình kỳ họp thứ mấy của HĐND tỉnh?", "Chuẩn bị nội dung trình Kỳ họp thứ 15.", True),
        # A session is named by its number or its kind; the law to be passed alone names none.
        ("Trình kỳ họp HĐND tỉnh nào?", "Xây dựng dự thảo Nghị quyết trình kỳ họp thường lệ giữa năm 2024.", True),
        ("Luật Xuất bản được thông qua tại kỳ họp nào?", "Trình thông qua 08 dự án luật tại Kỳ họp thứ 10.", True),
        ("Luật Xuất bản được thông qua tại kỳ họp nào?", "Triển khai sửa đổi, bổ sung Luật Xuất bản đúng tiến độ.", False),
        # A list marker's number counts nothing.
        ("Ban Chỉ đạo có bao nhiêu Phó Trưởng Ban?", "3. Phó Thủ tướng Nguyễn Chí Dũng, Phó Trưởng Ban.", False),
        ("Ban Chỉ đạo có bao nhiêu Phó Trưởng Ban?", "Ban Chỉ đạo gồm 4 Phó Trưởng Ban.", True),
        # "nhiều" (many) is no count.
        ("Năm nay đã xử lý bao nhiêu vụ buôn lậu?", "Các lực lượng đã phát hiện, xử lý nhiều vụ việc vi phạm.", False),
        ("Năm nay đã xử lý bao nhiêu vụ buôn lậu?", "Các lực lượng đã xử lý 1.250 vụ buôn lậu.", True),
        # What is counted may be abbreviated in the notice.
        ("Tái cấu trúc quy trình cho bao nhiêu thủ tục?", "Tái cấu trúc quy trình đối với 59 TTHC đã được giao.", True),
        ("Tái cấu trúc quy trình cho bao nhiêu thủ tục?", "Tái cấu trúc quy trình đối với các TTHC đã được giao.", False),
        # The figure the question itself gives is not its answer.
        ("Trong 355 nhiệm vụ, Bộ Tài chính phụ trách bao nhiêu nhiệm vụ?", "Còn 355 nhiệm vụ chưa ban hành văn bản.", False),
        ("Trong 355 nhiệm vụ, Bộ Tài chính phụ trách bao nhiêu nhiệm vụ?", "Bộ Tài chính phụ trách 41 nhiệm vụ.", True),
        ("Trong 355 nhiệm vụ, Bộ Tài chính phụ trách bao nhiêu?", "Còn 355 nhiệm vụ chưa ban hành văn bản.", False),
    ],
)
def test_a_count_is_written_before_what_it_counts(question: str, text: str, stated: bool) -> None:
    assert states(asked_slot(question), text, question) is stated


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        ("Chào mừng Đại hội lần thứ mấy của Đảng?", "Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng.", True),
        ("Chào mừng Đại hội lần thứ mấy của Đảng?", "Lập thành tích chào mừng Đại hội của Đảng.", False),
        ("Báo cáo gửi vào thứ mấy hằng tuần?", "Gửi báo cáo trước 15:00 ngày thứ Sáu hằng tuần.", True),
        # A clock time is written "15 giờ", "15h30" or "15:00"; a date alone gives none.
        ("Báo cáo phải gửi trước mấy giờ?", "Gửi báo cáo trước 15:00 ngày thứ Sáu hằng tuần.", True),
        ("Báo cáo phải gửi trước mấy giờ?", "Gửi báo cáo trước 15h30 ngày 12/12.", True),
        ("Báo cáo phải gửi trước mấy giờ?", "Gửi báo cáo trước ngày 12/12/2025.", False),
        ("Bộ phận một cửa làm việc vào những giờ nào?", "Làm việc từ 7h30 đến 17h00 các ngày trong tuần.", True),
        ("Bộ phận một cửa làm việc vào những giờ nào?", "Thời hạn giải quyết: 10 ngày làm việc.", False),
    ],
)
def test_an_ordinal_or_a_clock_time_is_written_as_one(question: str, text: str, stated: bool) -> None:
    assert states(asked_slot(question), text, question) is stated


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("Văn bản 84/BC-UBND của tỉnh Hưng Yên đề ngày bao nhiêu?", Slot.DAY),
        ("Báo cáo gửi ngày mấy?", Slot.DAY),
        ("Mỗi ngày bao nhiêu người làm thủ tục?", Slot.QUANTITY),
        ("Hồ sơ được giải quyết trong bao nhiêu ngày?", Slot.QUANTITY),
    ],
)
def test_a_day_asked_by_its_number_is_a_date(question: str, slot: Slot) -> None:
    assert asked_slot(question) is slot


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # A deadline starts nothing: "trước ngày 30/11" is when a plan is due, not when a campaign begins.
        ("Hoàn thiện Kế hoạch cao điểm, báo cáo trước ngày 30 tháng 11 năm 2025.", False),
        ("Đợt cao điểm diễn ra từ ngày 15/12/2025 đến hết ngày 28/02/2026.", True),
        ("Đợt cao điểm bắt đầu từ 15/12/2025.", True),
    ],
)
def test_when_something_starts_is_answered_by_its_start(text: str, stated: bool) -> None:
    question = "Đợt cao điểm chống buôn lậu bắt đầu và kết thúc vào ngày nào?"
    assert states(asked_slot(question), text, question) is stated


@pytest.mark.parametrize(
    "question, slot",
    [
        ("Thủ tục khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư có mã số bao nhiêu?", Slot.CODE),
        ("thủ tục đăng ký kết quả nhiệm vụ KH&CN ở Lai Châu có mã TTHC nào", Slot.CODE),
        ("bo the Magic duoc xac dinh truoc ma so HS nao", Slot.CODE),
        ("du an ma chua lam gi", None),  # "mà", not "mã"
        ("Công ty được cấp mã số thuế khi nào?", Slot.TIME),
        ("Công ty đã gửi những đơn đề nghị xác định trước mã số nào?", None),  # the ruling's name
        ("Mã số thuế của Công ty cổ phần E.K.I.M là gì?", Slot.CODE),  # the company's name between
        ("MST cua cong ty Suhil la bao nhieu", Slot.CODE),
    ],
)
def test_a_code_is_asked_by_mã_and_a_question_word(question: str, slot: Slot | None) -> None:
    assert asked_slot(question, "deadline" if "khi nào" in question else "content") is slot


def test_a_code_is_stated_by_dotted_digits_or_a_long_number() -> None:
    question = "Thủ tục khấu trừ kinh phí bồi thường có mã số bao nhiêu?"
    assert states(Slot.CODE, "I. Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư (mã số 1.012994)", question)
    assert states(Slot.CODE, "… ngày nhận đủ hồ sơ hợp lệ Mã TTHC: 1.014459.H35", question)
    assert states(Slot.CODE, "Công ty TNHH Giải trí Our game TCG Trading (MST: 0110905160)", question)
    assert not states(Slot.CODE, "Khấu trừ kinh phí bồi thường trong 168 giờ làm việc, theo mẫu số 02", question)


def test_a_figure_in_brackets_after_its_words_states_a_count() -> None:
    question = "Thay đổi giấy chứng nhận đăng ký tổ chức khoa học và công nghệ mất bao nhiêu ngày làm việc?"
    assert states(Slot.QUANTITY, "Thời gian thực hiện: Mười (10) ngày làm việc kể từ ngày nhận được hồ sơ", question)


def test_a_count_of_a_thing_the_question_abbreviates_is_stated_in_full_words() -> None:
    question = "qd 2932 lai chau cong bo bao nhieu tthc moi va bao nhieu tthc sua doi bo sung"
    text = "Điều 1. Công bố kèm theo Quyết định này 03 Danh mục thủ tục hành chính ban hành mới, 03 thủ tục hành chính được sửa đổi"
    assert states(Slot.QUANTITY, text, question)
    assert not states(Slot.QUANTITY, "Điều 1. Công bố Danh mục thủ tục hành chính ban hành mới", question)


def test_a_street_address_is_asked_by_địa_chỉ_and_stated_by_a_number_and_street() -> None:
    question = "Quầy tiếp nhận hồ sơ TTHC lĩnh vực KH&CN của Trung tâm Phục vụ hành chính công tỉnh Lai Châu đặt ở địa chỉ nào?"
    assert asked_slot(question) is Slot.ADDRESS
    assert asked_slot("Hệ thống có địa chỉ truy cập là gì?") is Slot.LINK
    stated = "- Tại Trung tâm phục vụ hành chính công tỉnh Lào Cai, địa chỉ: + Cơ sở 1: Số 64, đường Lý Tự Trọng, phường Yên Bái."
    assert states(Slot.ADDRESS, stated, question)
    assert states(Slot.ADDRESS, "Công ty TNHH Giải trí (số 208, ngõ 66, phố Kim Mã Thượng, p. Cống Vị)", question)
    assert not states(Slot.ADDRESS, "1 | Đăng ký kết quả nhiệm vụ khoa học và công nghệ tại Trung tâm Phục vụ hành chính công tỉnh", question)


def test_a_dates_day_and_month_are_no_span_of_time() -> None:
    # "… thời gian tập sự … là bao lâu?" is not answered by the date of the letter a resolution cites.
    cited = "Thông qua Báo cáo theo đề nghị của Bộ Nội vụ tại Văn bản số 11344/BNV-CCVC ngày 28 tháng 11 năm 2025."
    assert not states(Slot.DURATION, cited)
    assert states(Slot.DURATION, "Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.")
    assert states(Slot.DURATION, "Tạm ngừng trong 12 tháng kể từ ngày có quyết định.")
    assert states(Slot.DURATION, "Mười (10) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.")


def test_in_force_with_another_document_says_when_a_notice_takes_effect() -> None:
    question = "QĐ 1486/QĐ-UBND công bố TTHC đấu thầu của Bắc Ninh có hiệu lực từ khi nào?"
    article = "Quyết định này có hiệu lực theo Quyết định số 3740/QĐ-BTC ngày 05/11/2025 của Bộ trưởng Bộ Tài chính."
    assert states(Slot.TIME, article, question)
    assert not states(Slot.TIME, "Sửa đổi, bổ sung TTHC tương ứng đã được công bố tại Quyết định số 761/QĐ-UBND ngày 05/5/2025.", question)


def test_which_month_asks_a_time_not_a_figure() -> None:
    # A release calendar's "số phong trào thi đua công bố tháng mấy" wants the row's "Tháng 5/2025".
    question = "lịch thống kê BNV 2026: số phong trào thi đua công bố tháng mấy, đơn vị nào công bố"
    assert asked_slot(question, "deadline") is Slot.TIME
    assert states(Slot.TIME, "6 | Số phong trào thi đua | Sơ bộ | Tháng 5/2025 | Cổng thông tin điện tử Bộ Nội vụ", question)
    assert asked_slot("Kế hoạch kéo dài bao nhiêu tháng?") is Slot.QUANTITY


def test_an_article_is_stated_by_the_line_introducing_a_quotation() -> None:
    question = "Nguyên tắc bản chất hoạt động, giao dịch quyết định nghĩa vụ thuế nằm ở khoản nào của Luật Quản lý thuế?"
    assert asked_slot(question) is Slot.ARTICLE
    quoted = Paragraph(
        text="“25. Nguyên tắc bản chất hoạt động, giao dịch quyết định nghĩa vụ thuế là nguyên tắc được áp dụng …”",
        heading_path=["- Tại khoản 25 Điều 3 Luật Quản lý thuế số 38/2019/QH14 ngày 13/06/2019 quy định:"],
    )
    assert states(Slot.ARTICLE, slot_text(quoted, Slot.ARTICLE), question)
    # A heading that introduces nothing is no part of what its paragraphs state.
    under = quoted.model_copy(update={"heading_path": ["Điều 3. Tổ chức thực hiện"]})
    assert not states(Slot.ARTICLE, slot_text(under, Slot.ARTICLE), question)


def test_when_something_counts_as_done_is_stated_by_a_condition() -> None:
    question = "Theo điều khoản sử dụng dịch vụ, giao dịch bán thẻ được coi là hoàn tất khi nào?"
    text = (
        "“khi tiền khách hàng thanh toán đã được chuyển về tài khoản ngân hàng của Công ty và khách hàng đã vào "
        "đơn hàng để lấy mã code thì giao dịch được coi là hoàn tất”"
    )
    assert states(asked_slot(question, "deadline"), text, question)
    # A text that deems nothing states no such condition.
    assert not states(asked_slot(question, "deadline"), "Khách hàng vào đơn hàng để lấy mã code khi cần.", question)


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("Cấp xã được xét thăng hạng viên chức từ hạng mấy lên hạng mấy?", Slot.GRADE),
        ("phan cap thang hang vien chuc tu hang may len hang may", Slot.GRADE),
        ("Bệnh viện được xếp loại nào?", Slot.GRADE),
        ("Hệ thống mới ghi nhận kết quả rà soát, phân loại bao nhiêu dự án?", Slot.QUANTITY),  # sorting, no grade
        ("Cục Hải quan xác định trước mã số cho mặt hàng nào?", None),
        ("xac dinh truoc ma so cho mat hang nao", None),
    ],
)
def test_a_grade_is_asked_by_hạng_bậc_loại(question: str, slot: Slot | None) -> None:
    assert asked_slot(question) is slot


def test_a_grade_is_stated_in_roman_numerals_digits_or_letters() -> None:
    question = "Cấp xã được xét thăng hạng viên chức từ hạng mấy lên hạng mấy?"
    assert states(Slot.GRADE, "c) Tổ chức xét thăng hạng chức danh nghề nghiệp viên chức từ hạng V lên hạng IV", question)
    assert not states(Slot.GRADE, "Tổ chức xét thăng hạng chức danh nghề nghiệp viên chức thuộc thẩm quyền quản lý.", question)


def test_a_total_asked_is_not_answered_by_a_rate() -> None:
    question = "Tổng kinh phí Hà Nội chi hỗ trợ Công an cấp xã mỗi năm là bao nhiêu tỷ đồng?"
    assert asked_slot(question) is Slot.MONEY
    assert not states(Slot.MONEY, "Hỗ trợ hàng tháng cho cán bộ, chiến sỹ: 4.960.000 đồng/người/tháng.", question)
    assert states(Slot.MONEY, "Tổng kinh phí thực hiện là 120 tỷ đồng.", question)
    assert not states(Slot.MONEY, "Dự án thu hút hàng nghìn tỷ đồng vốn đầu tư.", question)
    assert not states(Slot.MONEY, "Giáo viên được hỗ trợ 800.000 đồng (tám trăm ngàn đồng)/người/tháng.", question)
    # The rate is what "mức hỗ trợ bao nhiêu" asks.
    assert states(Slot.MONEY, "4.960.000 đồng/người/tháng", "Mức hỗ trợ hằng tháng là bao nhiêu?")


def test_a_table_row_states_a_sum_in_the_unit_its_header_gives() -> None:
    question = "Số tiền hỗ trợ ở phường Cẩm Phả là bao nhiêu?"
    header = "Khu vực hành chính | Mức hỗ trợ (đồng)"
    row = Paragraph(text="Các phường: Cẩm Phả, Quang Hanh, Cửa Ông. | 350.000.000", heading_path=["2. Sửa đổi khoản 1 Điều 13 như sau:", header])
    assert not states(Slot.MONEY, row.text, question)
    assert slot_text(row, Slot.MONEY) == "Các phường: Cẩm Phả, Quang Hanh, Cửa Ông. | 350.000.000 đồng"
    assert states(Slot.MONEY, slot_text(row, Slot.MONEY), question)
    # A unit per person and day makes the figure a rate, which no total asked is.
    rate = row.model_copy(update={"heading_path": ["Nội dung | Mức chi (đồng/người/ngày)"]})
    assert not states(Slot.MONEY, slot_text(rate, Slot.MONEY), "Tổng kinh phí ở phường Cẩm Phả là bao nhiêu?")
    # A header of another width says nothing of this row's cells, nor a unit of a column of names.
    assert slot_text(row.model_copy(update={"heading_path": ["STT | Khu vực | Mức (đồng)"]}), Slot.MONEY) == row.text
    named = Paragraph(text="Cẩm Phả | 12", heading_path=["Phường (đồng bào) | Số hộ"])
    assert slot_text(named, Slot.MONEY) == named.text


def test_a_table_row_states_a_sum_in_the_unit_the_line_over_its_table_gives() -> None:
    question = "Trường THPT chuyên ngoại ngữ thu học phí bao nhiêu một tháng theo NQ 58/2025?"
    assert asked_slot(question, "content") is Slot.MONEY
    header = "STT | Tên đơn vị | Mức học phí năm học 2025-2026"
    row = Paragraph(text="4 | Trường Trung học phổ thông chuyên ngoại ngữ | 3.200.000", heading_path=["Đơn vị: Đồng/học sinh/tháng", header])
    assert not states(Slot.MONEY, row.text, question)
    # Not the first column, which numbers the rows.
    assert slot_text(row, Slot.MONEY) == "4 | Trường Trung học phổ thông chuyên ngoại ngữ | 3.200.000 Đồng/học sinh/tháng"
    assert states(Slot.MONEY, slot_text(row, Slot.MONEY), question)
    # A row numbered under a school's row keeps the header's unit.
    grade = Paragraph(text="9 1 | Khối 1 | 5.500.000", heading_path=["Đơn vị: Đồng/học sinh/tháng", header, "9 | Trường Tiểu học Sài Đồng"])
    assert slot_text(grade, Slot.MONEY) == "9 1 | Khối 1 | 5.500.000 Đồng/học sinh/tháng"
    assert read_row(grade) == "Trường Tiểu học Sài Đồng — Tên đơn vị: Khối 1; Mức học phí năm học 2025-2026: 5.500.000 Đồng/học sinh/tháng"
    assert read_row(Paragraph(text="Sở Tài chính chủ trì.", heading_path=["Điều 2."])) is None


def test_a_procedure_tables_row_says_where_to_file_in_its_column() -> None:
    question = "cap chung chi nghiep vu dau thau o can tho nop ho so o dau"
    header = "STT | Tên thủ tục hành chính | Thời hạn giải quyết | Địa điểm thực hiện | Phí, lệ phí | Căn cứ pháp lý"
    row = Paragraph(
        text="1 | Cấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu | 15 ngày làm việc | Trung tâm phục vụ hành chính công "
        "thành phố | 0 đồng | Luật Đấu thầu số 22/2023/QH15",
        heading_path=["DANH MỤC THỦ TỤC HÀNH CHÍNH", header],
    )
    assert asked_slot(question) is Slot.FILING_OFFICE
    assert not states(Slot.FILING_OFFICE, row.text, question)
    assert states(Slot.FILING_OFFICE, slot_text(row, Slot.FILING_OFFICE), question)
    # The answer reads what the row names and the column asked, not the law it cites.
    assert read_row(row, question) == (
        "Tên thủ tục hành chính: Cấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu; "
        "Địa điểm thực hiện: Trung tâm phục vụ hành chính công thành phố"
    )


def test_which_country_is_stated_by_a_countrys_name() -> None:
    question = "Thực phẩm bảo vệ sức khỏe PREGNAVIE COMPLETE được sản xuất tại nước nào?"
    assert asked_slot(question) is Slot.COUNTRY
    assert asked_slot("chu tich ubnd lao cai quy 2/2024 di lam viec nuoc nao") is Slot.COUNTRY
    # The state and water are no country.
    assert asked_slot("Muốn biết cơ sở nhà nước nào nhận giúp cai nghiện thì xem danh sách ở đâu?") is not Slot.COUNTRY
    assert asked_slot("Xã lấy từ nguồn nước nào?") is not Slot.COUNTRY
    assert states(Slot.COUNTRY, "Chuyến thăm và làm việc của đồng chí Chủ tịch UBND tỉnh tại Trung Quốc, Nhật Bản", question)
    assert states(Slot.COUNTRY, "Xuất xứ: Việt Nam", question)
    # Việt Nam in the name of a list or a body, and names shared with people and provinces, are none.
    classified = "mã số 2106.90.72 tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam; Ban Pháp chế; Hồ Đức Phớc; tỉnh Lào Cai"
    assert not states(Slot.COUNTRY, classified, question)


def test_a_sum_may_be_written_with_đ_after_thousands_groups() -> None:
    question = "Hộ độc thân được hỗ trợ bao nhiêu tiền?"
    assert states(Slot.MONEY, "Các phường: Tuần Châu | 3.000.000 đ | 5.000.000 đ", question)
    assert not states(Slot.MONEY, "theo quy định tại khoản 2 đ Điều 5", question)


def test_how_many_times_is_stated_in_words_too() -> None:
    question = "Chế độ miễn, giảm tiền sử dụng đất cho người có công được áp dụng mấy lần cho một hộ gia đình?"
    assert asked_slot(question) is Slot.FREQUENCY
    assert states(Slot.FREQUENCY, "Chế độ miễn hoặc giảm tiền sử dụng đất chỉ áp dụng một lần cho một hộ gia đình.", question)
    assert not states(Slot.FREQUENCY, "Hội nghị khẳng định một lần nữa vai trò của người có công.", question)
