"""What kind of value a question asks for, and whether a text states one.

"Tổ giúp việc gồm bao nhiêu người?" matched by a paragraph about that Tổ that gives no figure is a
near miss: the topic is covered, the fact is not. Word overlap and E5 similarity are high for such
paragraphs, so only the form of the answer tells them apart: a count needs a number, a sum of money
an amount, "ngày nào" a date. Measured on the labelled questions (bench/bench_retrieval.py).
"""

from __future__ import annotations

import re
from enum import Enum

from index.query import asks_identity, asks_when, names_holder, person_title, spelled_out
from ingest.agencies import agencies_in
from ingest.metadata import without_province
from ingest.normalize import fold, nfc
from service.ordinals import ordinal_number


class Slot(str, Enum):
    MONEY = "money"  # bao nhiêu tiền / kinh phí / tỷ đồng
    PERCENT = "percent"  # bao nhiêu phần trăm
    FREQUENCY = "frequency"  # mấy lần, bao lâu một lần
    DURATION = "duration"  # bao lâu (có kết quả, được lưu giữ)
    MULTIPLE = "multiple"  # gấp mấy lần
    ORDINAL = "ordinal"  # lần thứ mấy, đứng thứ mấy
    GRADE = "grade"  # hạng mấy, bậc mấy, loại mấy
    SESSION = "session"  # kỳ họp nào
    QUANTITY = "quantity"  # bao nhiêu / mấy + anything else
    DAY = "day"  # ngày nào
    YEAR = "year"  # năm nào
    PLACE = "place"  # huyện nào, xã nào, địa bàn nào
    VENUE = "venue"  # tổ chức / họp … ở đâu
    ADDRESS = "address"  # đặt ở địa chỉ nào
    PERSON = "person"  # ai là Trưởng Ban, … là ai (content questions only)
    COMPANY = "company"  # là công ty nào
    BANK = "bank"  # ngân hàng nào
    COUNTRY = "country"  # nước nào, quốc gia nào
    CHOICE = "choice"  # theo tháng hay theo quý
    LINK = "link"  # địa chỉ trang web, đường link, địa chỉ email
    PHONE = "phone"  # số điện thoại, đường dây nóng
    PAPERS = "papers"  # hồ sơ gồm những giấy tờ gì
    CONDITIONS = "conditions"  # cần điều kiện gì, điều kiện để … là gì
    FILING_OFFICE = "filing_office"  # nộp hồ sơ ở đâu, làm thủ tục tại cơ quan nào
    STEPS = "steps"  # quy trình gồm những bước nào
    PROCEDURE = "procedure"  # "thủ tục đăng ký kết hôn …": how it is done, any of the four above
    DOC_NUMBER = "doc_number"  # theo quyết định số mấy, số hiệu là gì
    CODE = "code"  # mã số bao nhiêu, mã TTHC nào, mã HS nào
    ARTICLE = "article"  # điều, khoản nào của Nghị định …
    PENALTY = "penalty"  # bị xử phạt thế nào, mức phạt ra sao
    FORMULA = "formula"  # tính theo công thức nào, cách tính ra sao
    TIME = "time"  # khi nào, hạn, bao giờ (deadline questions only)
    OWNER = "owner"  # giao ai, sở nào chủ trì (owner questions only): an extracted task, or see `states`


# What each slot is called in a refusal: "… không nêu số liệu được hỏi".
SLOT_NAMES = {
    Slot.MONEY: "số tiền",
    Slot.PERCENT: "tỷ lệ",
    Slot.FREQUENCY: "tần suất",
    Slot.DURATION: "thời gian",
    Slot.MULTIPLE: "mức gấp",
    Slot.ORDINAL: "thứ tự",
    Slot.GRADE: "hạng",
    Slot.SESSION: "kỳ họp",
    Slot.QUANTITY: "số liệu",
    Slot.DAY: "ngày",
    Slot.YEAR: "năm",
    Slot.PLACE: "địa danh",
    Slot.VENUE: "địa điểm",
    Slot.ADDRESS: "địa chỉ",
    Slot.PERSON: "người",
    Slot.COMPANY: "tên công ty",
    Slot.BANK: "tên ngân hàng",
    Slot.COUNTRY: "tên nước",
    Slot.CHOICE: "phương án được hỏi",
    Slot.LINK: "địa chỉ trang web",
    Slot.PHONE: "số điện thoại",
    Slot.PAPERS: "thành phần hồ sơ",
    Slot.CONDITIONS: "điều kiện",
    Slot.FILING_OFFICE: "nơi nộp hồ sơ",
    Slot.STEPS: "các bước thực hiện",
    Slot.PROCEDURE: "cách thực hiện thủ tục",
    Slot.DOC_NUMBER: "số hiệu văn bản",
    Slot.CODE: "mã số",
    Slot.ARTICLE: "điều, khoản",
    Slot.PENALTY: "mức xử phạt",
    Slot.FORMULA: "cách tính",
    Slot.TIME: "thời hạn",
    Slot.OWNER: "cơ quan được giao",
}

# "làm việc vào những giờ nào", "khung giờ nào": a clock time, as "mấy giờ" asks (`asked_unit`).
_CLOCK_ASKED = re.compile(r"(?<!\w)(?:giờ|gio) (?:nào|nao)(?!\w)")


# "mấy" folds to "may" like "máy" (machine): questions are matched on lower-case NFC text, so
# "mấy" must carry its accent; "bao nhieu" is unambiguous without one.
_HOW_MANY = r"(?:bao nhiêu|bao nhieu|mấy)"
# How something goes: "thế nào", "ra sao" ("như thế nào" puts "như" before it).
_HOW = r"(?:thế nào|the nao|ra sao)"
# "Mấy công ty chây ì nợ thuế … thì tỉnh xử tới đâu?", "có giục làm mấy công trình … không?": when
# the question asks something else, "mấy" means "the few", not "how many" ("thứ mấy" always asks).
_OTHER_QUESTION = re.compile(
    r"(?<!\w)(?:gì|thế nào|ra sao|đâu|ai|bao giờ|khi nào|vì sao|tại sao|sao)(?!\w)|(?<!\w)(?:không|chưa)\s*\??\s*$"
)
_DETERMINER_MAY = re.compile(r"(?<!thứ )(?<!\w)mấy(?!\w)")
# Not "tỉnh nào": "kỳ họp HĐND tỉnh nào" asks for a session, and the province is usually given.
# "cơ sở giáo dục cấp xã nào" asks which schools of the commune level, not which commune.
_PLACE_QUESTION = re.compile(
    r"(?<!cấp )(?<!cap )(?<!\w)(xã|xa|huyện|huyen|thôn|thon|phường|phuong|thị xã|thi xa|thị trấn|thi tran"
    r"|thành phố|thanh pho|địa bàn|dia ban|địa phương|dia phuong) (?:nào|nao)(?!\w)"
)
# An address or a number asked for: "địa chỉ web … là gì", "số điện thoại đường dây nóng là bao nhiêu".
# A site's name is no address ("đăng trên trang web nào" is answered by "Cổng thông tin điện tử tỉnh").
_ASKS_WHAT = r".*(?<!\w)(?:gì|gi|nào|nao|đâu|dau|bao nhiêu|bao nhieu|mấy)(?!\w)"
# Kinds of document by the code their symbols carry ("1788/QĐ-TTg"); a công văn's code varies ("3653/VPCP-CĐS").
_DOC_CODES = {
    "quyết định": "qd", "nghị quyết": "nq", "thông báo": "tb", "chỉ thị": "ct", "kế hoạch": "kh",
    "công điện": "cd", "nghị định": "nd", "thông tư": "tt", "công văn": None, "văn bản": None,
    "luật": "qh",  # a law's number ends in the Assembly's term: "Luật … số 72/2025/QH15"
}
_SYMBOL_ASKED = re.compile(r"\b\d+[/-][a-z]")  # a document the question names by its symbol
# On folded text: a question asking which documents ("tại những văn bản nào, ngày nào?"), whose dates
# are then the ones the passage cites, whatever other document the question names.
_WHICH_DOCUMENTS = re.compile(
    rf"\b(?:{'|'.join(fold(kind) for kind in [*_DOC_CODES, 'tờ trình', 'báo cáo'])})(?: \w+)?? nao\b"
)
# On folded text: the kind of document a symbol's code stands for ("661/TTr-BCA", "12-KL/TW").
_KIND_OF_CODE = {code: fold(kind) for kind, code in _DOC_CODES.items() if code} | {
    "ttr": "to trinh", "bc": "bao cao", "kl": "ket luan", "cv": "cong van",
}
# Kinds of legal document whose articles a question may ask for ("điều khoản nào của Nghị định 136").
_LEGAL_KINDS = "luật|luat|bộ luật|bo luat|nghị định|nghi dinh|thông tư|thong tu|nghị quyết|nghi quyet|quyết định|quyet dinh|pháp lệnh|phap lenh"
# "A hay B?" at the question's end, not "… hay không?", which asks yes or no.
_CHOICE = re.compile(
    r"(?<!\w)([^\W\d_]+) hay (?:là |la |theo )?(?!(?:không|khong|chưa|chua|ko|k)(?!\w))([^\W\d_]+)\s*\??\s*$"
)
_QUESTION_SLOTS: list[tuple[Slot, re.Pattern[str]]] = [
    # A code ("mã số 1.012994", "Mã TTHC: 1.014459.H35", "mã số 9504.40.00"): first, as "Thủ tục
    # khấu trừ kinh phí … có mã số bao nhiêu?" asks no sum and "thủ tục … có mã TTHC nào" no procedure.
    (Slot.CODE, re.compile(
        # Unmarked, "ma" is also "mà" ("… mà chưa làm gì"): only before the code's kind.
        # "đơn đề nghị xác định trước mã số nào" asks which ruling: "xác định trước mã số" names it.
        r"(?<!\w)(?!(?<=trước )mã số nào)(?!(?<=truoc )ma so nao)(?:mã(?: \S+){0,3}? (?:là )?(?<!khi )(?<!lúc )(?<!ngày )(?<!năm )(?:gì|nào|bao nhiêu|mấy)"
        r"|ma (?:so|tthc|hs|thu tuc|ho so|dinh danh)(?: \S+){0,2}? (?:la )?(?:gi|nao|bao nhieu))(?!\w)"
        # "… mã 2106.90.72 là bao nhiêu phần trăm?" asks a rate of the code's goods.
        r"(?! ?(?:phần trăm|phan tram|%))"
    )),
    # "Mã số thuế của Công ty cổ phần E.K.I.M là gì?": the company's name stands between.
    (Slot.CODE, re.compile(
        r"(?<!\w)(?:mã số thuế|ma so thue|mst)(?: \S+){0,8}? (?:là |la )?"
        r"(?<!khi )(?<!lúc )(?<!luc )(?<!ngày )(?<!ngay )(?<!năm )(?<!nam )(?:gì|gi|nào|nao|bao nhiêu|bao nhieu|mấy|may)(?!\w)"
    )),
    # Which article of a legal document: a passage naming the decree but no "Điều 5" or "khoản 2"
    # does not say. Only of a document: "Khoản nào trong chương trình …" asks a budget line.
    (Slot.ARTICLE, re.compile(
        r"(?<!\w)(?:điều khoản|dieu khoan|điều|dieu|khoản|khoan|điểm|diem) (?:nào|nao)(?!\w)"
        rf"[^?]{{0,20}}?(?<!\w)(?:của|cua|trong|tại|tai|theo|thuộc|thuoc) (?:{_LEGAL_KINDS})(?!\w)"
    )),
    # A penalty asked ("xử phạt thế nào", "mức phạt ra sao"): a passage on the matter that sets no
    # fine or sanction does not answer it. "Bị phạt bao nhiêu tiền" is left to MONEY, which wants the sum.
    (Slot.PENALTY, re.compile(
        # Typed without marks, "phat" alone is "phát" too ("phát gì cho học sinh").
        r"(?<!\w)(?:mức phạt|muc phat|(?:bị |xử )?phạt|(?:bi|xu) phat|phat tien)(?: tiền| tien)?"
        rf"(?: \S+){{0,4}}? (?:(?:như |nhu )?{_HOW}|gì|gi)(?!\w)"
    )),
    # How a sum is worked out ("lương hưu được tính theo công thức nào", "cách tính tiền thuê đất ra
    # sao"): a passage naming the sum but giving no formula or basis of calculation does not say.
    (Slot.FORMULA, re.compile(
        rf"(?<!\w)(?:công thức|cong thuc) (?:nào|nao|gì|gi|(?:như |nhu )?{_HOW})(?!\w)"
        rf"|(?<!\w)(?:cách tính|cach tinh)(?!\w)[^?]*?(?<!\w)(?:nào|nao|gì|gi|{_HOW})(?!\w)"
        r"|(?<!\w)tính (?:như thế nào|thế nào|ra sao)(?!\w)"
    )),
    # The papers a procedure needs: notices that "cắt giảm thành phần hồ sơ" list none.
    (Slot.PAPERS, re.compile(r"(?<!\w)(?:giấy tờ|giay to|tài liệu|tai lieu|hồ sơ|ho so) (?:gì|gi)(?!\w)")),
    # A document's number ("quyết định số mấy", or which earlier one: "thay thế quyết định nào ban hành
    # trước đó"), which no count or date in the paragraph gives.
    (Slot.DOC_NUMBER, re.compile(
        rf"(?<!\w)(?:{'|'.join(form for kind in _DOC_CODES for form in (kind, fold(kind)))})(?!\w)"
        r"(?:.{0,40}?(?<!\w)(?:số|so) (?:mấy|may|bao nhiêu|bao nhieu|hiệu|hieu)"
        r"|(?:\s+\w+){0,2}\s+(?:nào|nao) (?:(?:được|duoc) )?(?:(?:ban hành|ban hanh|công bố|cong bo) )?(?:trước đó|truoc do))(?!\w)"
    )),
    (Slot.LINK, re.compile(
        r"(?<!\w)(?:(?:địa chỉ|dia chi) (?:trang |trang thông tin |trang thong tin )?(?:web|website|email|e-mail|thư điện tử|thu dien tu|truy cập|truy cap)"
        rf"|đường link|duong link|link|đường dẫn|duong dan|url)(?!\w){_ASKS_WHAT}"
    )),
    (Slot.PHONE, re.compile(
        rf"(?<!\w)(?:số điện thoại|so dien thoai|sđt|sdt|hotline|số máy|so may|đường dây nóng|duong day nong)(?!\w){_ASKS_WHAT}"
    )),
    # What a citizen must meet, where to file, which steps: notices that name the procedure (a list
    # of procedures to connect, a task to cut their conditions) state none of these.
    (Slot.CONDITIONS, re.compile(
        r"(?<!\w)(?:điều kiện|dieu kien|tiêu chuẩn|tieu chuan)(?: (?:gì|gi|nào|nao)(?!\w)"
        r"|(?: (?:để|de|được|duoc))[^?]{0,80}?(?<!\w)(?:là gì|la gi|gồm|gom|bao gồm|bao gom)(?!\w))"
    )),
    (Slot.FILING_OFFICE, re.compile(
        r"(?<!\w)(?:nộp|nop|làm thủ tục|lam thu tuc|làm hồ sơ|lam ho so|đăng ký|dang ky|xin cấp|xin cap)(?!\w)"
        r"[^?]{0,60}?(?<!\w)(?:ở|o|tại|tai|cho)"
        r" (?:đâu|dau|nơi nào|noi nao|cơ quan nào|co quan nao|sở nào|so nao|bộ nào|bo nao|cấp nào|cap nao)(?!\w)"
    )),
    (Slot.STEPS, re.compile(r"(?<!\w)(?:những|nhung|các|cac|mấy|may) (?:bước|buoc) (?:nào|nao|gì|gi)(?!\w)")),
    (Slot.MONEY, re.compile(
        rf"{_HOW_MANY} (?:(?:nghìn|nghin|ngàn|ngan|trăm|tram|chục|chuc) )?"
        r"(?:tiền|tien|kinh phí|kinh phi|vốn|von|đồng|dong|tỷ|ty|tỉ|triệu|trieu)\b"
    )),
    # "Tổng kinh phí xây dựng nền tảng là bao nhiêu?", "Mức hỗ trợ tiền điện … là bao nhiêu?", "… thu
    # học phí bao nhiêu một tháng theo NQ 58/2025?": a sum of money named first, asked last; not a rate
    # ("tỷ lệ giải ngân vốn …", "giải ngân vốn … đạt bao nhiêu": 61%; "mức hỗ trợ lãi suất") nor a count
    # ("Số hộ được hỗ trợ tiền điện là bao nhiêu?").
    # Unmarked "tien" and "phi" are also "tiến" and "Phi": only their compounds count.
    (Slot.MONEY, re.compile(
        r"^(?!.*(?<!\w)(?:tỷ lệ|ty le|lãi suất|lai suat|phần trăm|phan tram)(?!\w))"
        r"(?!\W*(?:số|so) (?!tiền|tien)\w)(?!.*(?<!\w)(?:bao nhiêu|bao nhieu) (?:người|nguoi|hộ|ho)(?!\w)).*(?<!\w)"
        r"(?:kinh phí|kinh phi|số tiền|so tien|chi phí|chi phi|tổng vốn|tong von|vốn đầu tư|von dau tu"
        r"|tổng mức đầu tư|tong muc dau tu|dự toán|du toan|tiền|phí|lệ phí|le phi|học phí|hoc phi"
        r"|(?:mức|muc) (?:hỗ trợ|ho tro|chi|lương|luong|phụ cấp|phu cap|trợ cấp|tro cap|thu|phi)"
        r"|(?:giá|gia) (?:thuê|thue|bán|ban|mua|dịch vụ|dich vu|đất|dat|vé|ve)|(?:đơn giá|don gia))(?!\w)"
        r"[^?.;]*(?<!\w)(?<!đạt )(?<!dat )(?:bao nhiêu|bao nhieu)(?: tiền| tien)?"
        r"(?: (?:một|mot|mỗi|moi|1) (?:tháng|thang|năm|nam|ngày|ngay|người|nguoi|học sinh|hoc sinh))?"
        r"(?:\s*,[^?.;,]*|\s+(?:theo|tại|tai) [^?.;,]*)?[\s?.!]*$"
    )),
    # Also "tỷ lệ phần trăm bao nhiêu", "bao nhiêu %".
    (Slot.PERCENT, re.compile(rf"{_HOW_MANY} (?:phần trăm|phan tram|%)|(?:phần trăm|phan tram|%) (?:là )?{_HOW_MANY}")),
    # "làm việc gấp mấy lần mọi năm" asks how many times as much ("gấp đôi"), not how often.
    (Slot.MULTIPLE, re.compile(rf"(?:gấp|gap) {_HOW_MANY} (?:lần|lan)\b")),
    (Slot.FREQUENCY, re.compile(rf"{_HOW_MANY} lần|{_HOW_MANY} lan\b|bao lâu (?:một|1) lần|bao lau (?:mot|1) lan")),
    # How long: "bao lâu thì có kết quả", "lưu giữ tối đa bao lâu". A passage on the procedure that
    # gives no span of time, nor a date to finish by, does not say.
    (Slot.DURATION, re.compile(r"(?<!\w)(?:bao lâu|bao lau)(?!\w)")),
    # Before QUANTITY: "vào năm bao nhiêu" asks a year, which is no figure; "mỗi năm bao nhiêu
    # lượt khách" and "bao nhiêu năm" ask quantities.
    (Slot.YEAR, re.compile(
        r"(?<!\w)(?:năm|nam) (?:nào|nao)(?!\w)"
        r"|(?<!\w)(?:vào|vao|từ|tu|đến|den|tới|toi) (?:năm|nam) (?:bao nhiêu|bao nhieu)(?!\w)"
    )),
    # A rank or a session's number ("Đại hội lần thứ mấy"), which is often a roman numeral or a
    # weekday ("lần thứ XIV", "thứ Sáu"), never a figure; "thu may" is typed for it, not for "thu máy".
    (Slot.ORDINAL, re.compile(r"(?<!\w)(?:thứ|thu) (?:mấy|may|bao nhiêu|bao nhieu)(?!\w)")),
    # A grade ("từ hạng mấy lên hạng mấy"), written in roman numerals or letters ("hạng IV", "loại A"):
    # no figure. Unaccented only "hang may": "mặt hàng nào" is typed "mat hang nao".
    (Slot.GRADE, re.compile(r"(?<!\w)(?<!phân )(?<!phan )(?:(?:hạng|bậc|loại) (?:mấy|nào|bao nhiêu)|(?:hang|bac|loai) may)(?!\w)")),
    # Which session a matter goes to ("trình kỳ họp HĐND tỉnh nào", "thông qua tại kỳ họp nào").
    (Slot.SESSION, re.compile(r"(?<!\w)(?:kỳ họp|ky hop)(?:\s+\S+){0,3}?\s+(?:nào|nao)(?!\w)")),
    # "đề ngày bao nhiêu", "ngày mấy" ask a date; "mỗi ngày bao nhiêu" and "bao nhiêu ngày" a figure.
    (Slot.DAY, re.compile(rf"(?<!mỗi )(?<!một )(?<!hằng )(?<!hàng )(?<!\w)ngày {_HOW_MANY}(?!\w)")),
    (Slot.QUANTITY, _CLOCK_ASKED),
    # "công bố tháng mấy", "quý nào": a month or quarter is a time, not a figure ("bao nhiêu tháng" is one).
    (Slot.TIME, re.compile(r"(?<!\w)(?:tháng|thang|quý|quy) (?:mấy|may|nào|nao)(?!\w)")),
    (Slot.QUANTITY, re.compile(rf"(?<!\w){_HOW_MANY}(?!\w)")),
    (Slot.DAY, re.compile(r"(?<!\w)(?:ngày nào|ngay nao|hôm nào|hom nao)(?!\w)")),
    (Slot.PLACE, _PLACE_QUESTION),
    # A question that names a procedure and nothing else it asks ("thủ tục đăng ký kết hôn có yếu tố
    # nước ngoài") wants how it is done; not "Thủ tục hành chính thuộc Bộ … cung cấp theo mô hình nào?".
    (Slot.PROCEDURE, re.compile(r"^\W*(?:thủ tục|thu tuc)(?! (?:hành chính|hanh chinh)(?!\w))(?!\w)")),
    (Slot.COMPANY, re.compile(
        r"(?<!\w)(?:công ty|cong ty|doanh nghiệp|doanh nghiep|nhà đầu tư|nha dau tu|nhà thầu|nha thau) (?:nào|nao)(?!\w)"
    )),
    (Slot.BANK, re.compile(r"(?<!\w)(?:ngân hàng|ngan hang|tổ chức tín dụng|to chuc tin dung) (?:nào|nao)(?!\w)")),
    # Not the water of "nguồn nước nào" nor the state of "cơ sở nhà nước nào".
    (Slot.COUNTRY, re.compile(
        r"(?<!\w)(?<!nhà )(?<!nha )(?<!nguồn )(?<!nguon )(?<!cấp )(?<!cap )(?<!thoát )(?<!thoat )(?<!mặt )(?<!mat )"
        r"(?:nước|nuoc|quốc gia|quoc gia) (?:nào|nao)(?!\w)"
    )),
    # One of two ways asked ("nộp theo tháng hay theo quý?"): a passage naming neither does not say.
    (Slot.CHOICE, _CHOICE),
    # A street address ("đặt ở địa chỉ nào"): a passage naming the office, or only its province, gives
    # none. LINK has taken a web address ("địa chỉ truy cập là gì").
    (Slot.ADDRESS, re.compile(r"(?<!\w)(?:địa chỉ|dia chi)(?: (?:ở|o|tại|tai|là|la))? (?:nào|nao|đâu|dau|gì|gi)(?!\w)")),
    # Where an event takes place; not "tra / xem ở đâu" (where to look something up).
    (Slot.VENUE, re.compile(
        r"(?<!\w)(?:tổ chức|to chuc|họp|hop|diễn ra|dien ra|khai mạc|khai mac|đặt|dat)(?!\w).{0,60}"
        r"(?<!\w)(?:ở|o|tại|tai) (?:đâu|dau|nơi nào|noi nao)(?!\w)"
    )),
]
# Asking who was given the work, not who someone is ("Ai là Trưởng Ban …?").
# "giao ban" is a briefing meeting, not an assignment.
# Folded, "giao" is also the "giáo" of "giáo dục", "giáo viên" and the "giao" of "giao thông", "giao dịch".
_ASSIGNMENT = re.compile(
    r"\b(?:giao(?! (?:ban|duc|vien|trinh|khoa|thong|dich|luu|tiep)\b)|chu tri|phu trach|(?:chiu|co) trach nhiem|dau moi)\b"
)

_DAY_MONTH = r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])"  # 12/8, 05/01 (not 9/42 or 12/63)

# On folded text. Numbers that are not figures: dates, years, document symbols, article and list numbers.
_NOT_FIGURES = re.compile(
    rf"{_DAY_MONTH}(?:/\d{{2,4}})?\b"  # 12/8/2020, 05/4
    r"|\b\d+[/-][a-z][\w/-]*"  # 03/KH-BCD, 68/NQ-CP, 10-CT/TW
    r"|\b(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\b"  # 2023, 2021-2025
    r"|\b(?:ngay|thang|quy|so|dieu|khoan|diem|muc|phu luc|lan thu|khoa)\s+\d+(?:[/.-][\w/.-]*)?"  # số 03/KH-BCĐ
    r"|^\s*\(?\d+[.)]|\(\d+\)|^\s*\d+(?:\.\d+)*\s*\|"  # list markers, a table row's index
    r"|\b[a-z]+-\d+\b"  # names with a number: Covid-19
)
_FIGURE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A quantity asked in a unit ("dài bao nhiêu mét", "họp trong mấy ngày", "công suất bao nhiêu MW")
# is stated only as a number in that unit: a paragraph naming the bridge with no length, or the
# session with its date, states no such figure. Units are folded.
_UNIT_SPELLINGS = {  # how the text writes a unit after a number: the ways a question may name it
    r"m|met": ("met",),
    r"km|ki lo met|kilomet": ("km", "ki lo met", "kilomet"),
    r"ha|hec ta|hecta": ("ha", "hec ta", "hecta"),
    r"m2|met vuong": ("m2", "met vuong"),
    r"mw|megawatt": ("mw", "megawatt"),
    # A clock time asked ("trước mấy giờ") is written "15 giờ", "15h30" or "15:00".
    r"gio|h(?:\d\d)?|:\d\d": ("gio",),
    **{unit: (unit,) for unit in ("tan", "kw", "kwh", "lit", "ngay", "phut", "tuan", "thang")},
}
_UNITS = {asked: written for written, names in _UNIT_SPELLINGS.items() for asked in names}
_UNIT_ASKED = re.compile(rf"{_HOW_MANY}\s+(m2|[^\W\d_]+(?:\s+[^\W\d_]+)?)")
# On the original text: a unit below the province before a capitalised name, "huyện Bắc Hà",
# "các huyện: Mường Khương" (the province itself answers no "huyện nào" / "xã nào").
_PLACE = re.compile(r"(xã|huyện|thôn|bản|phường|thị xã|thị trấn|thành phố|TP)\s*:?\s+(\w)", re.IGNORECASE)
_ANY_UNIT = {"dia ban", "dia phuong"}
# On folded text: counts written in words, and the magnitudes between a number and what it counts.
_NUMBER_WORDS = r"(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
_MAGNITUDES = r"(?:chuc|tram|nghin|ngan|van|trieu|ty)"
# Words after "bao nhiêu" that name no counted thing ("bao nhiêu là đủ", "tăng bao nhiêu so với").
_NOT_NOUNS = frozenset("la thi va de cho con nua the vay roi duoc phan theo so voi trong tai o khi vao den tu cua nhu hon".split())
# People are counted under several names: "bao nhiêu thành viên" is answered by "Vắng 08 đồng chí".
_PEOPLE = "(?:nguoi|dong chi|dai bieu|thanh vien|can bo|vi)"
_PEOPLE_WORDS = frozenset({"nguoi", "dong", "dai", "thanh", "can", "vi"})
_UNIT_ALIASES = {"tp": "thanh pho"}
# On folded text: "4.960.000 đồng", "120 tỷ", and tables' "3.000.000 đ" (a bare "d" only after
# thousands groups, where it cannot be a lettered point: "khoản 2 d").
_AMOUNT = r"(?:\d[\d.,]*\s*(?:dong|ty|trieu|nghin|ngan|usd|vnd)|\d{1,3}(?:[.,]\d{3})+\s*d)"
_MONEY = re.compile(rf"{_AMOUNT}\b|\b(?:ty|trieu|nghin) dong\b")
# "Tổng kinh phí … là bao nhiêu?" asks a sum, which a rate ("4.960.000 đồng/người/tháng") is not.
_ASKS_TOTAL = re.compile(r"\btong (?:kinh phi|so tien|so von|muc dau tu|von|cong|chi|du toan|ngan sach)\b")
# The amount may be spelled out before the unit: "800.000 đồng (tám trăm ngàn đồng)/người/tháng".
_RATE = re.compile(rf"{_AMOUNT}\s*(?:\([^()]*\)\s*)?/")
_PERCENT = re.compile(r"\d[\d.,]*\s*%|\bphan tram\b")
# "định kỳ" alone gives no period: "định kỳ báo cáo" does not say how often ("định kỳ 6 tháng" does).
# "chỉ áp dụng một lần" says how many times as "01 lần" does; "một lần nữa" (once more) does not.
_FREQUENCY = re.compile(rf"\d+\s*lan\b|\b{_NUMBER_WORDS} lan\b(?! nua)|\b(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\b|\bdinh ky (?:\d|mot|hai|ba|bon|sau)\b|\bthuong nien\b")
_MULTIPLE = re.compile(r"\bgap (?:doi|ruoi|ba|bon|nam|muoi|\d[\d.,]*)\b|\b\d[\d.,]*\s*lan\b")
# On folded text: the word after "thứ", an ordinal when `ordinal_number` reads one ("thứ 12", "lần
# thứ XIV", "thứ Sáu hằng tuần").
_AFTER_THU = re.compile(r"\bthu (\w+)\b")
_DAY = re.compile(rf"{_DAY_MONTH}\b|\bngay\s+\d")
_FROM_SIGNING = re.compile(r"\btu ngay ky\b")  # on folded text: "(kể) từ ngày ký (ban hành)"
# On folded text: in force with another document ("có hiệu lực theo Quyết định số 3740/QĐ-BTC"): that
# document's own date of effect is the answer, as a provincial list follows the ministry's.
_IN_FORCE_WITH = re.compile(r"\bco hieu luc (?:thi hanh )?(?:theo|cung voi|cung thoi diem (?:voi )?)\s*(?:quyet dinh|thong tu|nghi dinh|nghi quyet|luat)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# On folded text: a session named by its number or its kind ("Kỳ họp thứ 10", "kỳ họp thường lệ giữa
# năm 2024"); a paragraph on the law to be passed that names no session does not say which.
_SESSION = re.compile(
    r"\bky hop\s+(?:(?:hdnd|hoi dong nhan dan|quoc hoi)(?:\s+(?:tinh|thanh pho|khoa\s+\w+))?\s+)?"
    r"(?:thu\s+\w+|thuong le|chuyen de|bat thuong|cuoi nam|giua nam|dau nam|\d)"
)
# On folded text: a document's number and symbol ("1788/qd-ttg", "170/2024/qh15", "99-tb/tw"), not "616/898",
# of the kind asked when its symbol says the kind: "quyết định số mấy" is not answered by "Thông báo số 569/TB-VPCP".
_DOC_NUMBER = r"\b\d+(?:/\d{{4}})?[/-]{code}"
# On folded text: papers listed ("Hồ sơ đề nghị gồm: …", "giấy tờ kèm theo").
_PAPERS = re.compile(r"\b(?:ho so|giay to|tai lieu)\b[^.;]{0,40}?\b(?:gom|bao gom|kem theo)\b")
# On folded text: conditions set out ("phải đáp ứng các điều kiện sau:", "tiêu chuẩn gồm"), not
# merely named ("cắt giảm điều kiện kinh doanh", "đủ điều kiện vận hành").
_CONDITIONS = re.compile(
    r"\b(?:dieu kien|tieu chuan)\b[^.;]{0,40}?(?::|\b(?:gom|bao gom|nhu sau|sau day)\b)"
    r"|\b(?:phai|can) (?:dap ung|co du)\b"
)
# On folded text: where papers are filed ("nộp hồ sơ tại Bộ phận một cửa", "tiếp nhận hồ sơ tại Trung
# tâm Phục vụ hành chính công"); a list of procedures to connect names no office.
# A procedure table's column says it too, read with its title ("Địa điểm thực hiện: Trung tâm phục vụ …").
_FILING_OFFICE = re.compile(
    r"\b(?:nop|tiep nhan|gui)\b[^.;]{0,60}?\b(?:tai|o|ve|den|qua)\s+(?:bo phan|trung tam|so|uy ban|ubnd|co quan|cong dich vu|buu chinh)\b"
    r"|\b(?:dia diem|noi) (?:thuc hien|tiep nhan|nop)(?: ho so)?: (?:bo phan|trung tam|so|uy ban|ubnd|co quan|cong dich vu|buu chinh)\b"
)
# On folded text: steps set out ("gồm 04 bước", "bước 1", "trình tự thực hiện").
_STEPS = re.compile(r"\bbuoc\s+(?:\d|mot|1)|\b\d+\s+buoc\b|\btrinh tu (?:thuc hien|giai quyet)\b")
# On folded text: a span of time ("trong 05 ngày làm việc", "hơn 4 năm", "trong 24 giờ"), or the date
# it ends ("trước ngày 30/11"); a clock time ("trước 16 giờ ngày thứ Sáu", "lúc 8 giờ 30") is no span.
_DURATION = re.compile(
    # "05 (năm) ngày", "Mười (10) ngày"; not a date's parts ("ngày 28 tháng 11 năm 2025").
    r"\b\d+(?:[.,]\d+)?\)?\s*(?:\(\w+\)\s*)?(?:ngay|thang|nam|tuan|phut)\b(?!\s+\d)|\btrong ngay\b|\bngay (?:khi|sau khi)\b"
    r"|(?<!truoc )(?<!sau )(?<!luc )(?<!vao )(?<!tu )(?<!den )\b\d+\s*gio\b(?! (?:\d|ngay|sang|chieu|toi|trua))"
    rf"|\b(?:truoc|cham nhat|den het)\s+(?:ngay\s+)?{_DAY_MONTH}"
)
# On folded text: a formula or the basis a sum is computed on ("được tính bằng", "= Tổng …", "nhân với").
_FORMULA = re.compile(r"\bcong thuc\b|\bcach tinh\b|\b(?:duoc )?tinh (?:bang|theo|tren co so)\b|=|×|\bnhan (?:voi|cho)\b|\bchia cho\b")
# On folded text: an article, clause or point cited by number ("Điều 5", "khoản 2", "điểm a khoản 1").
_ARTICLE = re.compile(r"\b(?:dieu|khoan)\s+\d+")
# On the original text: a fine or sanction ("phạt tiền", "xử phạt vi phạm hành chính", "mức phạt");
# folded, "phạt" would be "phát" (phát triển) as well.
_PENALTY = re.compile(r"(?<!\w)(?:phạt|xử lý kỷ luật|truy cứu trách nhiệm hình sự|tước quyền)(?!\w)", re.IGNORECASE)
# On folded text: a document number, the kind of document before it, and the date that follows it.
_CITED_DATE = re.compile(
    rf"(?:\b(?P<kind>{'|'.join(fold(kind) for kind in [*_DOC_CODES, 'tờ trình', 'báo cáo', 'kết luận'])})\s+(?:so\s+)?)?"
    r"\b(?P<number>\d+[/-][a-z][\w/-]*)\s+(?:cua [^,;()]{0,40}?)?ngay\s+\d{1,2}(?:/\d{1,2}/\d{2,4}|\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
)
# On folded text: the condition from which something applies ("áp dụng khi được đưa vào khai thác").
_APPLIES_WHEN = re.compile(r"\bap dung (?:tu |ke tu )?khi\b")
# "… được coi là hoàn tất khi nào?": what counts as done is a condition ("khi tiền … đã được chuyển
# về tài khoản … thì giao dịch được coi là hoàn tất"), stated where the text deems the same way.
_DEEMED = re.compile(r"\b(?:coi|xem|tinh) (?:la|nhu)\b")
_CONDITION = re.compile(r"\b(?:khi|neu)\b")
# On folded text: a question asking the day a document was dated, issued or sent ("Tờ trình … đề
# ngày nào?", "Công ty gửi văn bản hỏi … vào ngày nào?").
_ASKS_ISSUE_DAY = re.compile(r"\b(?:de|ky|ban hanh|lap)\s+(?:vao\s+)?ngay\b|\bngay ban hanh\b|\bgui\b.*\bngay nao\b")
# Capital letters of Vietnamese (a range like À-Ỹ would take in the lower-case letters between).
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# On folded text: a web or e-mail address, and a telephone number (a hotline may be three digits).
_LINK = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:gov\.vn|com\.vn|org\.vn|vn|com|org|net)\b|\S@[\w-]+\.\w")
_PHONE = re.compile(r"(?<![\d/.])(?:0|\+84)\d{2,3}(?:[ .]?\d){6,8}(?![\d/])|\b1[89]00[ .]?\d{4}\b|\b11[1-5]\b")
# On the original text: "tại Trụ sở UBND tỉnh", "tại Trung tâm Hội nghị tỉnh".
_VENUE = re.compile(rf"(?<!\w)(?:tại|ở)\s+[{_UPPER}]")
# On the original text: a street address, "Số 64, đường Lý Tự Trọng", "phố Kim Mã Thượng", "Đại lộ Trần Hưng Đạo".
_ADDRESS = re.compile(
    rf"(?<!\w)(?:[Ss]ố \d+\w?,? (?:đường|phố|ngõ)|(?:[Đđ]ường|[Pp]hố|[Đđ]ại lộ)\s+[{_UPPER}]|[Nn]gõ \d+|[Tt]ầng \d+)"
)
# On the original text: "Công ty Cổ phần đồng Tả Phời", "Tổng công ty Điện lực", "Tập đoàn Hòa Phát".
_COMPANY = re.compile(rf"(?<!\w)(?:Công ty|Tổng công ty|Tập đoàn)(?:\s+(?:[Cc]ổ phần|TNHH|trách nhiệm hữu hạn))?\s+[{_UPPER}\d]")
# On the original text: "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam", "Ngân hàng Chính sách xã hội".
_BANK = re.compile(rf"(?<!\w)Ngân hàng\s+(?:TMCP\s+)?[{_UPPER}]")
# On the original text: a country's name. Names that are also people's or places' ("Đức", "Mỹ", "Nga",
# "Anh", "Ý", "Lào Cai") only in forms that say they are countries; Việt Nam only as a place, not in the
# names of its bodies and lists ("Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam").
_COUNTRY = re.compile(
    r"(?<!\w)(?:(?i:(?<=tại )|(?<=ở )|(?<=từ )|(?<=sang )|(?<=nước )|(?<=xuất xứ )|(?<=xuất xứ: ))Việt Nam"
    r"|Trung Quốc|Lào(?! Cai)|Campuchia|Thái Lan|Hàn Quốc|Triều Tiên|Nhật Bản|Hoa Kỳ|Ấn Độ|Úc|Singapore"
    r"|Malaysia|Indonesia|Philippines|Myanmar|Brunei|Đài Loan|Hồng Kông|Mông Cổ|Canada|Hà Lan|Bỉ|Thụy Sĩ|Thụy Điển"
    r"|Đan Mạch|Na Uy|Phần Lan|Tây Ban Nha|Bồ Đào Nha|Ba Lan|Séc|Hungary|Thổ Nhĩ Kỳ|Israel|Ai Cập|Nam Phi|Brazil"
    r"|Mexico|Argentina|Chile|Cuba|Ukraina|Italia|Pháp(?! (?:chế|luật|lệnh|điển|lý|quy))"
    r"|(?:nước|Vương quốc|Liên bang|Cộng hòa|CHLB) (?:Anh|Đức|Mỹ|Nga|Ý|Áo)"
    r"|USA|United States|China|Japan|Korea|France|Germany|Italy|India|Thailand|Vietnam|Australia|Switzerland"
    r"|Netherlands|Spain|Russia|Taiwan|United Kingdom|England)(?!\w)"
)
# On the original text: a title with a name ("Thủ tướng Chính phủ Phạm Minh Chính", "đồng chí Trần
# Tiến Dũng", "Thiếu tướng Nguyễn Ngọc Cương"): a surname, then one to three capitalised syllables.
_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Lò Lường Giàng "
    "Sùng Hà Mai Đào Lâm Cao Tạ Lưu Chu Triệu Tô Lương Vương Quách Hứa Đoàn Nông Lục Hầu Thào Vàng Tống Kiều"
).split()
_PERSON = re.compile(rf"(?<!\w)(?:{'|'.join(_SURNAMES)})(?:\s+[{_UPPER}][^\W\d_]*){{1,3}}(?!\w)")
_TIME = re.compile(
    rf"{_DAY_MONTH}\b|\b(?:ngay|thang|quy|nam)\s+(?:\d|[ivx]+\b)"
    r"|\b(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\b|\bdinh ky\b|\b(?:ke tu|sau khi|truoc khi|khi can thiet)\b"
    r"|\b(?:cuoi|dau|giua) (?:nam|thang|quy)\b|\bky hop\b|\bthuong xuyen\b|\bngay khi\b"
)


# On folded text: a question asking when something starts, and a date stated as a start ("từ ngày 15/12").
_ASKS_START = re.compile(r"\bbat dau\b")
_START_DATE = re.compile(r"\b(?:tu|bat dau(?: tu)?|khoi dong)(?: ngay)? \d|\bbat dau\b")
# On folded text: a code of dotted digits ("1.014459.h35", "9504.40.00") or a long number (a tax code).
_CODE = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)+(?:\.[a-z]\w*)?|\d{6,})(?![\w])")


# On folded text: a grade named ("hạng IV", "hạng 2", "loại A").
_GRADE = re.compile(r"\b(?:hang|bac|loai) (?:[ivx]{1,4}|\d{1,2}|[a-d])\b")


# Slots whose value is stated by a pattern on the folded text.
_WRITTEN: dict[Slot, re.Pattern[str]] = {
    Slot.CODE: _CODE,
    Slot.GRADE: _GRADE,
    Slot.MONEY: _MONEY,
    Slot.PERCENT: _PERCENT,
    Slot.FREQUENCY: _FREQUENCY,
    Slot.MULTIPLE: _MULTIPLE,
    Slot.LINK: _LINK,
    Slot.PHONE: _PHONE,
    Slot.DAY: _DAY,
    Slot.TIME: _TIME,
    Slot.YEAR: _YEAR,
    Slot.SESSION: _SESSION,
    Slot.PAPERS: _PAPERS,
    Slot.CONDITIONS: _CONDITIONS,
    Slot.FILING_OFFICE: _FILING_OFFICE,
    Slot.STEPS: _STEPS,
    Slot.ARTICLE: _ARTICLE,
    Slot.FORMULA: _FORMULA,
    Slot.DURATION: _DURATION,
}
# Slots whose value is stated by a pattern on the original text, where case or marks tell it.
_WRITTEN_ORIGINAL: dict[Slot, re.Pattern[str]] = {
    Slot.COMPANY: _COMPANY,
    Slot.BANK: _BANK,
    Slot.PENALTY: _PENALTY,
    # "tại Trung tâm Hội nghị tỉnh"; a place merely named ("UBND thành phố Lào Cai" as a partner) is no venue.
    Slot.VENUE: _VENUE,
    Slot.ADDRESS: _ADDRESS,
    Slot.COUNTRY: _COUNTRY,
}


def asked_slot(question: str, kind: str = "content") -> Slot | None:
    """The kind of value the question asks for, if any; TIME and OWNER follow the question's kind."""
    text = nfc(question).lower()
    if _OTHER_QUESTION.search(text):
        text = _DETERMINER_MAY.sub("những", text)
    for slot, pattern in _QUESTION_SLOTS:
        if pattern.search(text):
            return slot
    # The date of an event ("… có hiệu lực từ khi nào") is asked as content: the time is still the answer.
    if kind == "deadline" or (kind == "content" and asks_when(question)):
        return Slot.TIME
    if kind == "owner" and _ASSIGNMENT.search(fold(text)):
        return Slot.OWNER
    if kind == "content" and asks_identity(question):
        return Slot.PERSON
    return None


def states(slot: Slot, text: str, question: str = "") -> bool:
    """Does the text state a value of this kind?

    OWNER: an extracted task states one; without it, the text must name an agency with the
    question's own assignment verb ("… chịu trách nhiệm thi hành Quyết định này" for "ai chịu trách
    nhiệm thi hành"), as task extraction skips such closing formulas.
    PLACE follows the unit asked: "ở xã nào" wants "xã Hồng Phong", not the "huyện Bình Gia" the
    question itself names; "địa bàn nào" takes any unit below the province.
    """
    if slot is Slot.OWNER:
        verbs = {m.group(0) for m in _ASSIGNMENT.finditer(fold(question))} - {"giao"}
        folded = fold(text)
        return any(verb in folded for verb in verbs) and bool(agencies_in(text))
    if slot is Slot.PLACE:
        asked = {fold(m.group(1)) for m in _PLACE_QUESTION.finditer(nfc(question).lower())}
        named: set[str] = set()
        for m in _PLACE.finditer(nfc(text)):
            if m.group(2).isupper():
                unit = fold(m.group(1))
                named.add(_UNIT_ALIASES.get(unit, unit))
        return bool(named) if not asked or asked & _ANY_UNIT else bool(named & asked)
    folded, asked = fold(text), fold(question)
    if slot in (Slot.DAY, Slot.TIME) and "ap dung" in asked and _APPLIES_WHEN.search(folded):
        return True  # "… áp dụng từ khi nào?": "(áp dụng khi được đưa vào khai thác, vận hành)" says when
    if slot in (Slot.DAY, Slot.TIME) and (deemed := _DEEMED.search(asked)) and deemed.group(0) in folded and _CONDITION.search(folded):
        return True
    if slot in (Slot.DAY, Slot.TIME, Slot.YEAR):
        dates_issue = "hieu luc" not in asked
        if not dates_issue and "hieu luc" not in folded:
            return False  # when a text takes effect is stated as such ("có hiệu lực từ ngày …"), not by any date
        if slot is Slot.DAY and not dates_issue and _FROM_SIGNING.search(folded):
            return True  # "có hiệu lực … kể từ ngày ký": the day the notice is dated, which its citation shows
        if not dates_issue and _IN_FORCE_WITH.search(folded):
            return True
        # The date of a document cited ("Thông báo số 493/TB-UBND ngày 13/11/2025") dates that
        # document, not the event or deadline asked about, unless the question names that document
        # and asks when it was issued: the day it takes effect ("có hiệu lực từ ngày nào") is another.

        numbered = bool(_SYMBOL_ASKED.search(asked))
        which_documents = bool(_WHICH_DOCUMENTS.search(asked))

        def names(m: re.Match[str]) -> bool:
            # By its number, or by its kind when the question asks the day it was dated: the kind
            # written before it, or the one its symbol codes ("văn bản số 661/TTr-BCA" is a tờ trình).
            # Not when the question numbers another: "Công văn 4687/STC-GCS … ký ngày mấy?" is not
            # answered by công văn 1383's date beside it.
            code = re.search(r"[/-]([a-z]+)", m.group("number"))
            kinds = {m.group("kind"), _KIND_OF_CODE.get(code.group(1)) if code else None} - {None}
            return m.group("number") in asked or bool(
                not numbered and any(kind in asked for kind in kinds) and _ASKS_ISSUE_DAY.search(asked)
            ) or which_documents

        folded = _CITED_DATE.sub(lambda m: m.group(0) if dates_issue and names(m) else " ", folded)
    if slot is Slot.MONEY and _ASKS_TOTAL.search(asked):
        # "hàng nghìn tỷ đồng" names no sum either.
        return any(m.group(0)[0].isdigit() and not _RATE.match(folded, m.start()) for m in _MONEY.finditer(folded))
    if slot is Slot.DOC_NUMBER:
        # The kind named last before "số mấy": "Nghị quyết 66 … kèm theo quyết định số mấy" asks a decision's.
        end = m.start() if (m := re.search(r"\bso (?:may|bao nhieu|hieu)\b", asked)) else len(asked)
        coded = sorted(
            (asked.rfind(fold(kind), 0, end), code) for kind, code in _DOC_CODES.items() if code and fold(kind) in asked[:end]
        )
        return bool(re.search(_DOC_NUMBER.format(code=coded[-1][1] if coded else "[a-z]"), folded))
    if slot is Slot.ORDINAL:
        return any(ordinal_number(word) is not None for word in _AFTER_THU.findall(folded))
    if slot is Slot.DAY and _ASKS_START.search(asked):
        # "bắt đầu và kết thúc vào ngày nào": a deadline ("trước ngày 30/11") starts nothing.
        return bool(_START_DATE.search(folded))
    if slot is Slot.CHOICE:
        options = _CHOICE.search(nfc(question).lower())
        return options is not None and any(re.search(rf"\b{fold(o)}\b", folded) for o in options.groups())
    if slot is Slot.PROCEDURE:
        return any(_WRITTEN[asked].search(folded) for asked in (Slot.CONDITIONS, Slot.FILING_OFFICE, Slot.STEPS, Slot.PAPERS))
    if pattern := _WRITTEN.get(slot):
        return bool(pattern.search(folded))
    if slot is Slot.PERSON:
        # "Ai là Trưởng Ban?" is not answered by the line naming the Phó Trưởng Ban.
        title = person_title(question)
        if title and not title.startswith("pho ") and title in folded and not names_holder(title, folded):
            return False
        # Surnames are place names too ("Lâm Đồng", "Hà Giang", "Cao Bằng"): a province is nobody,
        # but a name holding one ("Nguyễn Hòa Bình") is somebody.
        return any(without_province(m.group(0)).strip() for m in _PERSON.finditer(nfc(text)))
    if pattern := _WRITTEN_ORIGINAL.get(slot):
        return bool(pattern.search(nfc(text)))
    if unit := asked_unit(question):
        # "Mười (10) ngày làm việc": the figure may stand in brackets after its words.
        return bool(re.search(rf"\d[\d.,]*\)?\s*(?:{_UNITS[unit]})\b", folded))
    # "Trong 355 nhiệm vụ …, Bộ Tài chính phụ trách bao nhiêu?": the figure the question gives is not its answer.
    given = set(_FIGURE_NUMBER.findall(fold(question)))
    if noun := counted_noun(question):
        # The question may abbreviate it too: "bao nhiêu TTHC" is answered by "03 thủ tục hành chính".
        counted = _PEOPLE if noun in _PEOPLE_WORDS else f"(?:{noun}|{spelled_out(noun)})"
        # A point ends a list marker ("3. Phó Thủ tướng …"), never a count, unless digits follow it;
        # the thing counted may be abbreviated ("bao nhiêu thủ tục" is answered by "59 TTHC").
        count = re.compile(rf"(?:(\d+(?:[.,]\d+)*)|\b{_NUMBER_WORDS})\s+(?:{_MAGNITUDES}\s+)?{counted}\b")
        return any(
            m.group(1) not in given
            for written in (folded, spelled_out(text))
            for m in count.finditer(written)
        )
    figures = (_FIGURE_NUMBER.findall(_NOT_FIGURES.sub(" ", line)) for line in folded.splitlines())
    return any(number not in given for numbers in figures for number in numbers)


def counted_noun(question: str) -> str | None:
    """What a count is of ("hoc" in "nhận bao nhiêu học sinh?"), folded: its first word.

    The count is written before it ("1.500 học sinh", "hai dự án"): a paragraph on the school that
    gives only its dates and budget states no number of pupils.
    """
    text = nfc(question).lower()
    for match in _UNIT_ASKED.finditer(text):
        words = fold(match.group(1)).split()
        # "bao nhiêu số nhà" counts house numbers; "bao nhiêu so với" compares.
        if words[0] == "so" and words[1:] and words[1] != "voi":
            return " ".join(words[:2])
        if words[0] not in _NOT_NOUNS and not text[: match.start()].endswith("thứ "):  # "kỳ họp thứ mấy" orders
            return words[0]
    return None


def asked_unit(question: str) -> str | None:
    """The unit a quantity is asked in ("mét" in "dài bao nhiêu mét?"), folded, if it is one we know."""
    if _CLOCK_ASKED.search(nfc(question).lower()):
        return "gio"
    for match in _UNIT_ASKED.finditer(nfc(question).lower()):
        words = fold(match.group(1)).split()
        for unit in (" ".join(words), words[0]):
            if unit in _UNITS:
                return unit
    return None
