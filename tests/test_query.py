"""Query understanding (index/query.py): diacritic restoration, aliases, query plans.

Fast: no model, no index. The restorer is built from the five sample notices, as the index would.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from index.lexical import syllables
from index.query import (
    asks_before_named,
    asks_what_is_cited,
    documents_cited,
    typed_out,
    ALIASES_PATH,
    EVERYDAY_PATH,
    SEED_PATH,
    SYNONYMS_PATH,
    DiacriticRestorer,
    QueryPlan,
    expand_aliases,
    formal_synonyms,
    everyday_words,
    has_diacritics,
    held_notices_named,
    understand,
    unknown_words,
)
from index.search import _without_subject
from ingest.normalize import fold

REPO = Path(__file__).resolve().parents[1]
NOTICES = sorted((REPO / "samples" / "notices").glob("*.txt"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in NOTICES]


@pytest.fixture(scope="module")
def restorer(texts: list[str]) -> DiacriticRestorer:
    return DiacriticRestorer.from_texts(texts)


# ---- restoration -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("so xay dung quy hoach sa pa", "sở xây dựng quy hoạch sa pa"),
        ("co quan nao chu tri xuc tien dau tu", "cơ quan nào chủ trì xúc tiến đầu tư"),
        ("thoi han bao cao ubnd tinh", "thời hạn báo cáo ubnd tỉnh"),
        ("ai chu tri", "ai chủ trì"),
        ("o dau", "ở đâu"),
        ("khi nao hoan thanh", "khi nào hoàn thành"),
        ("bao nhieu du an duoc giao", "bao nhiêu dự án được giao"),
        ("so nao phoi hop", "sở nào phối hợp"),
        ("han chot la ngay nao", "hạn chót là ngày nào"),
        ("cong bo vao thang may", "công bố vào tháng mấy"),  # not "máy", though notices write "nhà máy"
    ],
)
def test_restores_unaccented_queries(restorer: DiacriticRestorer, typed: str, expected: str) -> None:
    assert restorer.restore(typed) == expected


def test_keeps_case_of_each_syllable(restorer: DiacriticRestorer) -> None:
    assert restorer.restore("So Xay Dung tinh Lao Cai") == "Sở Xây Dựng tỉnh Lào Cai"
    assert restorer.restore("HDND tinh") == "HĐND tỉnh"  # an all-caps word keeps being all caps


def test_partial_accents_are_kept_and_completed(restorer: DiacriticRestorer) -> None:
    assert restorer.restore("Sở xay dung") == "Sở xây dựng"
    assert restorer.restore("chủ tri") == "chủ trì"
    # A mark the user typed is never dropped or replaced, only completed: "ư" becomes "ự".
    assert restorer.restore("xay dưng") == "xây dựng"
    # The typed accent wins over the corpus's preference ("số" is a real word too).
    assert restorer.restore("số xay dung") == "số xây dựng"


def test_accented_queries_are_left_alone(restorer: DiacriticRestorer) -> None:
    for query in [
        "Sở Xây dựng quy hoạch Sa Pa",
        "Kế hoạch thu ngân sách năm 2024 của tỉnh",
        "Tỉnh Cà Mau giao Sở Y tế việc gì?",  # "Mau" is a name, not a forgotten "mẫu"
        "Đoàn công tác sang Vân Nam",  # "sang" is meant, not "sáng"
    ]:
        assert restorer.restore(query) == query
    # Level-tone syllables the corpus lacks ("quê", "trông", "thân") are finished for a typist who
    # types tones, not "quế", "trồng", "thần".
    for query in ["Lào Cai muốn làng quê năm 2024 trông ra sao?", "Lào Cai có tính kết thân với các tỉnh không?"]:
        assert restorer.restore(query) == query
    # ... but a plain syllable that cannot exist as typed still gets its accents.
    assert restorer.restore("Sở Xây dựng quy hoach Sa Pa") == "Sở Xây dựng quy hoạch Sa Pa"


def test_codes_digits_and_punctuation_stay_as_typed(restorer: DiacriticRestorer) -> None:
    assert restorer.restore("nghi quyet 68/NQ-CP") == "nghị quyết 68/NQ-CP"
    assert restorer.restore("So KH&DT bao cao?") == "Sở KH&DT báo cáo?"
    assert restorer.restore("Sở KH&ĐT, quy hoach (2021-2025)") == "Sở KH&ĐT, quy hoạch (2021-2025)"
    assert restorer.restore("ngay 02/8/2021") == "ngày 02/8/2021"


def test_unknown_syllables_stay_untouched(restorer: DiacriticRestorer) -> None:
    assert restorer.restore("qwzx xay dung") == "qwzx xây dựng"
    assert restorer.restore("blockchain") == "blockchain"
    assert restorer.restore("") == ""


def test_restoration_only_changes_diacritics(restorer: DiacriticRestorer) -> None:
    for query in ["so xay dung quy hoach sa pa", "Ai CHU TRI?", "tien do GPMB 2024", "đuong giao thong"]:
        restored = restorer.restore(query)
        assert fold(restored) == fold(query)
        assert len(restored) == len(query)


def test_question_words_come_from_the_seed_vocabulary(texts: list[str]) -> None:
    bare = DiacriticRestorer.from_texts(texts, seed=False)
    seeded = DiacriticRestorer.from_texts(texts)
    assert bare.restore("ai o dau bao nhieu") != "ai ở đâu bao nhiêu"
    assert seeded.restore("ai o dau bao nhieu") == "ai ở đâu bao nhiêu"
    # A clock time and a rank asked, which "máy" (machine) would turn into something else.
    assert seeded.restore("gui truoc may gio") == "gửi trước mấy giờ"
    assert seeded.restore("dai hoi lan thu may") == "đại hội lần thứ mấy"


def test_incremental_add_text_matches_batch_build(texts: list[str]) -> None:
    incremental = DiacriticRestorer()
    for text in texts:
        incremental.add_text(text)
    batch = DiacriticRestorer.from_texts(texts)
    assert len(incremental) == len(batch) and incremental.bigram_count == batch.bigram_count
    query = "co quan nao chu tri xuc tien dau tu"
    assert incremental.restore(query) == batch.restore(query)


def test_corpus_vocabulary_teaches_new_words() -> None:
    restorer = DiacriticRestorer()
    assert restorer.restore("khu du lich ham rong") != "khu du lịch hàm rồng"
    restorer.add_text("Đấu giá khu du lịch Hàm Rồng trong quý II.")
    assert restorer.restore("khu du lich ham rong") == "khu du lịch hàm rồng"


def test_nfd_input_is_handled(restorer: DiacriticRestorer) -> None:
    import unicodedata

    assert restorer.restore(unicodedata.normalize("NFD", "Sở xay dung")) == "Sở xây dựng"


def test_has_diacritics() -> None:
    assert has_diacritics("Sở xay dung")
    assert has_diacritics("đ")
    assert not has_diacritics("so xay dung 68/NQ-CP")
    assert not has_diacritics("")


def test_restore_is_fast(restorer: DiacriticRestorer) -> None:
    query = "co quan nao chu tri phoi hop xay dung ke hoach thu ngan sach nam"  # 12 syllables + digits
    restorer.restore(query)
    started = time.perf_counter()
    for _ in range(20):
        restorer.restore(query)
    assert (time.perf_counter() - started) / 20 < 0.005


def test_build_is_fast(texts: list[str]) -> None:
    started = time.perf_counter()
    DiacriticRestorer.from_texts(texts)
    assert time.perf_counter() - started < 1.0


# ---- aliases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "added"),
    [
        ("tiến độ GPMB", "giải phóng mặt bằng"),
        ("tien do gpmb", "giải phóng mặt bằng"),
        ("giai phong mat bang", "GPMB"),
        ("Sở Kế hoạch và Đầu tư", "KH&ĐT"),
        ("So KH&DT", "Kế hoạch và Đầu tư"),
        ("Sở KH & ĐT", "Kế hoạch và Đầu tư"),
        ("so KHĐT", "Kế hoạch và Đầu tư"),
        ("Sở NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
        ("Sở LĐTBXH", "Lao động - Thương binh và Xã hội"),
        ("lao dong, thuong binh va xa hoi", "LĐ-TB&XH"),
        ("Sở VH,TT&DL", "Văn hóa, Thể thao và Du lịch"),
        ("chỉ số PAR Index", "chỉ số cải cách hành chính"),
        ("thu NSNN 2024", "ngân sách nhà nước"),
        ("phat trien KT-XH", "kinh tế - xã hội"),
        ("cac DN tren dia ban", "doanh nghiệp"),
        ("dự án Luật thuế TNCN sửa đổi", "thu nhập cá nhân"),
        ("thue thu nhap doanh nghiep", "TNDN"),
        ("báo cáo UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ],
)
def test_expand_aliases_adds_the_other_side(query: str, added: str) -> None:
    expanded = expand_aliases(query)
    assert expanded.startswith(query)
    assert added in expanded[len(query) :]


def test_expand_aliases_is_conservative() -> None:
    for query in [
        "so xay dung quy hoach sa pa",
        "dn",  # lower-case "dn" is not the abbreviation DN
        "tp lao cai",
        "ubnd tinh va uy ban nhan dan",  # both sides already there
        "GPMB giải phóng mặt bằng",
        "GPMBX",  # whole words only
        "68/NQ-CP",
        "Quyết định 1788/QĐ-TTg",  # inside a document number an abbreviation names an issuer
        "Công văn số 198/HĐND-TT",
    ]:
        assert expand_aliases(query) == query


def test_expand_aliases_does_not_duplicate() -> None:
    expanded = expand_aliases("GPMB và GPMB, tiến độ GPMB")
    assert expanded.count("giải phóng mặt bằng") == 1
    # A long form inside a longer one belongs to the longer alias only.
    assert expand_aliases("trat tu an toan giao thong") == "trat tu an toan giao thong TTATGT"


def test_alias_data_is_well_formed() -> None:
    entries = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))["aliases"]
    assert len(entries) >= 60
    seen: set[str] = set()
    for entry in entries:
        assert entry["short"] and entry["long"]
        for form in entry["short"]:
            key = fold(form)
            assert key not in seen, form
            seen.add(key)
        # Two-letter abbreviations fold onto ordinary syllables or each other: only as typed.
        if any(len(fold(s)) <= 2 for s in entry["short"]):
            assert entry.get("case_sensitive"), entry


def test_seed_vocabulary_is_well_formed() -> None:
    lines = [
        line for line in SEED_PATH.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
    ]
    assert len(lines) >= 300
    for line in lines:
        count, phrase = line.split("\t")
        assert float(count) > 0, line
        assert phrase.strip() == phrase and "  " not in phrase, line
        assert has_diacritics(phrase) or phrase.isascii(), line


# ---- plans -----------------------------------------------------------------------------------


def test_understand_unaccented_query(restorer: DiacriticRestorer) -> None:
    plan = understand("ai chu tri GPMB du an sa pa", restorer)
    assert isinstance(plan, QueryPlan)
    assert plan.original == "ai chu tri GPMB du an sa pa"
    assert plan.restored == "ai chủ trì GPMB dự án sa pa"
    # The user's words twice (original, then restored: same folded tokens; "?" between them is no
    # word), expansions once.
    assert plan.lexical_query == "ai chu tri GPMB du an sa pa ? ai chủ trì GPMB dự án sa pa giải phóng mặt bằng"
    assert plan.dense_query == "ai chủ trì GPMB dự án sa pa (giải phóng mặt bằng)"
    assert plan.expansions == ("giải phóng mặt bằng",)


def test_phone_shorthand_is_written_out_and_nothing_else() -> None:
    assert typed_out("co cv nao can cu luat qly thue nam 2019 ko") == "co cv nao can cu luat quản lý thue nam 2019 không"
    assert typed_out("Cty Wilmar hỏi j, trc ngày nào?") == "công ty Wilmar hỏi gì, trước ngày nào?"
    assert typed_out("liên hệ cty.") == "liên hệ công ty."
    assert typed_out("Diễn tập ở NA do ai chủ trì?") == "Diễn tập ở Nghệ An do ai chủ trì?"
    # Inside names and symbols, and shortenings with two readings, stay as typed.
    for kept in ("J&T Express", "QL 4D", "tp.j", "Số 12/KO-UBND", "bn ngày", "dc ở đâu", "quả na", "Hy vọng", "TB-UBND"):
        assert typed_out(kept) == kept


def test_understand_accented_query(restorer: DiacriticRestorer) -> None:
    plan = understand("Sở Kế hoạch và Đầu tư chủ trì", restorer)
    assert plan.restored is None
    assert plan.dense_query == "Sở Kế hoạch và Đầu tư chủ trì"  # long form already there: nothing appended
    assert plan.lexical_query == "Sở Kế hoạch và Đầu tư chủ trì ? Sở Kế hoạch và Đầu tư chủ trì KH&ĐT"


def test_expansions_weigh_half_of_the_users_words(restorer: DiacriticRestorer) -> None:
    from collections import Counter

    from index.lexical import syllables

    counts = Counter(syllables(understand("tien do GPMB", restorer).lexical_query))
    assert counts["tien"] == counts["gpmb"] == 2
    assert counts["giai"] == counts["bang"] == 1
    # No expansion, no repetition: the lexical query is the query.
    assert understand("so xay dung", restorer).lexical_query == "so xay dung"


def test_understand_plain_query(restorer: DiacriticRestorer) -> None:
    plan = understand("68/NQ-CP", restorer)
    assert plan == QueryPlan("68/NQ-CP", None, "68/NQ-CP", "68/NQ-CP", ())


def test_everyday_words_gain_the_administrative_wording() -> None:
    assert formal_synonyms("Ai lo dẹp hàng nhái?")[:2] == ["hàng giả", "hàng kém chất lượng"]
    assert "wifi" in formal_synonyms("dan co duoc dung mang khong day khong")  # folded match
    assert "miễn phí" in formal_synonyms("nộp hồ sơ có mất tiền không")
    # Already in the notices' wording: nothing to add.
    assert "hàng giả" not in formal_synonyms("hàng nhái và hàng giả")
    # Whole words only: "hãng" or "chợ" inside other words never fire.
    assert formal_synonyms("Sở Công Thương chủ trì") == []
    # Accents are the meaning: "tiến độ" is not "tiền" (both fold to "tien"); unaccented still matches.
    assert formal_synonyms("đẩy nhanh tiến độ giải ngân") == []
    assert formal_synonyms("ho tro tien cai nghien")[:1] == ["kinh phí"]
    # A phrase is typed one way or the other: "yêu cầu khi" holds "cầu khi", which is no "cầu khỉ".
    assert "hạ tầng giao thông" not in formal_synonyms("Bộ yêu cầu khi tổ chức thực hiện nhiệm vụ gồm những gì?")
    assert "hạ tầng giao thông" in formal_synonyms("dan di cau khi qua suoi")
    assert "hạ tầng giao thông" in formal_synonyms("dân đi cầu khỉ qua suối")


def test_synonym_data_is_sound() -> None:
    """Each everyday phrase belongs to one entry, and no formal phrase merely repeats its plain one."""
    entries = json.loads(SYNONYMS_PATH.read_text(encoding="utf-8"))["synonyms"]

    def words(phrase: str) -> str:
        return " ".join(re.findall(r"\w+", fold(phrase)))

    # Spellings that fold alike ("số hoá", "số hóa") may share an entry, never two entries.
    plains = [plain for e in entries for plain in {words(p) for p in e["plain"]}]
    assert len(plains) == len(set(plains)), sorted(p for p in set(plains) if plains.count(p) > 1)
    for entry in entries:
        assert entry["formal"], entry
        for plain in entry["plain"]:
            assert all(f" {words(plain)} " not in f" {words(formal)} " for formal in entry["formal"]), entry


def test_new_everyday_wording_reaches_the_notices_wording() -> None:
    assert "tinh giản biên chế" in formal_synonyms("Lai Châu có cắt bớt người ăn lương không?")
    assert "chậm tiến độ" in formal_synonyms("công trình lớn ì ạch là do đâu")
    assert "nông thôn" in formal_synonyms("lang que nam 2024 trong ra sao")  # typed without accents
    # Register rather than topic: how anyone says what every notice says, and Southern spellings.
    assert {"theo dõi, đôn đốc", "dứt điểm"} <= set(formal_synonyms("ai ngồi canh tiến độ, giục làm cho xong"))
    assert "chủ trì" in formal_synonyms("vụ này bên nào đứng mũi chịu sào")
    assert "hành chính" in formal_synonyms("thu tuc hanh chanh o xa")
    # Travel and procedure lists: "visa online", "phi trường", a list's "bảng kê", "gạch tên".
    assert {"thị thực điện tử", "cảng hàng không"} <= set(formal_synonyms("visa online ở phi trường nào"))
    assert {"danh mục", "bãi bỏ"} <= set(formal_synonyms("gach ten dong so may khoi bang ke"))
    assert "có hiệu lực" in formal_synonyms("văn bản này có giá trị từ hôm nào")
    assert "nhập cảnh, xuất cảnh" not in formal_synonyms("siết người ngoài ra vào trụ sở")  # no border there
    # Law-making and tax letters: "nội các", "người làm ở cơ sở công lập", "tiền khích lệ".
    assert {"thay mặt Chính phủ", "viên chức"} <= set(formal_synonyms("ai đại diện cả nội các ký luật cho người làm ở cơ sở công lập"))
    assert {"tiền thưởng", "thu nhập chịu thuế"} <= set(formal_synonyms("tien khich le co duoc tru vao phan lai phai dong thue khong"))
    # Customs rulings and statistics calendars: "xếp mã", "cây đèn led", "công bố con số".
    assert {"xác định trước mã số", "thanh đèn LED"} <= set(formal_synonyms("hải quan xếp mã cho cây đèn led số mấy"))
    assert "phổ biến thông tin thống kê" in formal_synonyms("lich cong bo con so nam 2026 cua bo noi vu")
    # Tax letters and public employees: "thuế trả lúc mua", "lên bậc chuyên môn", "tiền xây sắm".
    assert {"thuế đầu vào", "khấu trừ, hoàn thuế"} <= set(formal_synonyms("được bớt và lấy lại thuế trả lúc mua không"))
    assert {"thăng hạng chức danh nghề nghiệp", "chi đầu tư"} <= set(formal_synonyms("xa duoc cho len bac chuyen mon khi tu lo tien xay sam"))


def test_the_words_inside_an_idiom_are_the_idioms() -> None:
    # "đá bóng việc" is passing the buck: nothing of football ("đá bóng") is added.
    found = formal_synonyms("công chức hay đá bóng việc cho nhau thì xử lý sao")
    assert "đùn đẩy trách nhiệm" in found and "bóng đá" not in found
    assert "bóng đá" in formal_synonyms("tập đá bóng ở đâu")
    # Other phrases add up: money from the budget is money and the budget.
    assert {"kinh phí", "ngân sách nhà nước"} <= set(formal_synonyms("tiền ngân sách cấp cho xã bao nhiêu"))
    assert "cơ quan báo chí" in formal_synonyms("cac toa soan co duoc giao nhan rong mo hinh hay khong")
    # A word inside the notices' own longer phrase is that phrase's: the rent is no budget money.
    assert "kinh phí" not in formal_synonyms("Tiền chậm nộp tiền thuê đất được tính từ khi nào?")
    assert "kinh phí" not in formal_synonyms("tien cham nop tien thue dat tinh tu khi nao")
    assert "kinh phí" in formal_synonyms("Tiền cho các chỗ cai nghiện tự nguyện thì ai lo?")


def test_restoration_knows_the_everyday_words_the_notices_never_use() -> None:
    # Only the seed vocabulary, no corpus: "ì ạch" comes from the synonyms' everyday phrases.
    assert DiacriticRestorer().restore("cong trinh i ach la do dau") == "công trình ì ạch là do đâu"


def test_restoration_keeps_progress_apart_from_money(restorer: DiacriticRestorer) -> None:
    assert "kinh phí" not in understand("day nhanh tien do giai ngan", restorer).expansions


def test_plan_carries_what_the_question_asks(restorer: DiacriticRestorer) -> None:
    owner = understand("Cơ quan nào chủ trì chống hàng nhái ở tỉnh Lai Châu?", restorer)
    assert owner.asks_owner and not owner.asks_deadline
    assert owner.province == "Lai Châu"
    assert "hàng giả" in owner.expansions and "hàng giả" in owner.dense_query
    deadline = understand("han trinh ke hoach khi nao", restorer)
    assert deadline.asks_deadline and not deadline.asks_owner and deadline.province is None
    # "hạn chế" (shortcomings), "hạn hán" (drought) and "giới hạn" fold to "han" but set no deadline.
    for question in ("Còn những hạn chế gì?", "chong han han the nao", "Giới hạn vay là gì?"):
        assert not understand(question, restorer).asks_deadline, question


def test_accents_tell_a_department_and_a_time_limit_from_their_homographs(restorer: DiacriticRestorer) -> None:
    # "mã số nào" is a number and "dây hàn" a welding wire, though they fold to "so nao" and "han".
    ruling = understand("Cục Hải quan xếp dây hàn Kester 275 vào nhóm, mã số nào?", restorer)
    assert not ruling.asks_owner and not ruling.asks_deadline
    assert not understand("Bộ giao xây dựng những nền tảng số nào?", restorer).asks_owner
    # Typed without accents the question keeps its usual reading, but "ma so" is still a code.
    assert understand("so nao chu tri lap quy hoach", restorer).asks_owner
    assert understand("thoi han nop bao cao la khi nao", restorer).asks_deadline
    assert not understand("day han kester thuoc ma so nao", restorer).asks_owner
    assert understand("Nhiệm vụ này mà sở nào chủ trì?", restorer).asks_owner
    assert understand("Sở nào chủ trì? Hạn nộp khi nào?", restorer).asks_owner


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("Phiên họp tháng 01/2024 đề ra nhiệm vụ chủ yếu cho những tháng, quý nào?", "time"),
        ("Kết luận giao nhiệm vụ chủ yếu cho khoảng thời gian nào?", "time"),
        ("Lâm Đồng đặt các giải pháp cải thiện PCI cho năm nào?", "time"),
        ("Nghị quyết 60-NQ/TU áp dụng cho giai đoạn nào?", "stage"),
        ("de an 06 giai doan nao", "stage"),
        ("Kế hoạch phải trình trong tháng nào?", None),
        ("Phấn đấu vượt chỉ tiêu thu ngân sách của năm nào?", None),
    ],
)
def test_period_questions(restorer: DiacriticRestorer, question: str, period: str | None) -> None:
    plan = understand(question, restorer)
    assert plan.asks_period == period
    # The span a plan covers is no task's deadline: tasks get no deadline prior.
    assert not (period and plan.asks_deadline)


# ---- unknown words ---------------------------------------------------------------------------

# Folded syllables "the notices" contain: enough for the topics the questions below ask about.
_KNOWN = {"lich", "tiem", "chung", "nha", "san", "benh", "vien", "ho", "so", "van", "hoa", "no"}.__contains__


@pytest.mark.parametrize(
    "question",
    [
        "Muốn biết lịch tiêm chủng thì xem ở đâu?",
        "ngồi nhà",
        "Bà con muốn quay lại coi hồ sơ thì ngồi chờ ở đâu?",
        "Mấy anh chị hay ngồi chơi với nhau dưới kia, nói vậy có đúng không?",
        "muon biet lich tiem chung thi xem o dau",  # typed without accents: matched on the folded form
        "ngoi nha",
        "NGỒI NHÀ",
    ],
)
def test_everyday_words_do_not_veto_an_answer(question: str) -> None:
    assert unknown_words(question, _KNOWN) == []


def test_topic_words_no_notice_contains_are_still_unknown() -> None:
    assert unknown_words("Muốn biết sân golf ở đâu thì xem chỗ nào?", _KNOWN) == ["golf"]
    assert unknown_words("Bà con muốn coi karaoke ở nhà văn hóa", _KNOWN) == ["karaoke"]
    assert unknown_words("Bệnh viện có thêm giường không?", _KNOWN) == ["giường"]
    assert unknown_words("benh vien co them giuong khong", _KNOWN) == ["giuong"]
    # The letters of a document's symbol name the document, not a topic: "CTUBND" is in no paragraph.
    assert unknown_words("Những ai chịu trách nhiệm thi hành QĐ 52/2025/QĐ-CTUBND?", _KNOWN) == []
    assert unknown_words("Ai xây sân golf theo Quyết định 52/2025/QĐ-CTUBND?", _KNOWN) == ["golf"]


def test_everyday_match_is_accent_aware() -> None:
    # "chổi" (broom) and "ngòi" (fuse) fold like everyday "chơi" and "ngồi" but are other words.
    assert unknown_words("mua chổi", _KNOWN) == ["chổi"]
    assert unknown_words("ngòi nổ", _KNOWN) == ["ngòi"]


def test_everyday_word_list_is_well_formed() -> None:
    import unicodedata

    text = EVERYDAY_PATH.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert 300 <= len(lines) <= 600
    assert len(set(lines)) == len(lines)  # no duplicates
    for line in lines:
        assert line == unicodedata.normalize("NFC", line).lower() == line.strip(), line
        assert line.isalpha(), line  # one syllable, no spaces or hyphens
    words = everyday_words()
    assert {"muốn", "nhau", "dưới", "ngồi", "quay", "coi", "kia", "chơi", "bà", "con", "hôm", "nay"} <= words
    # Syllables that name a thing, place, activity or topic a notice could be about never belong.
    topics = "giường bếp ong buýt xe nhà đường ruộng suối rừng trâu bay đuối mầm non golf chợ tiền thuế karaoke chip"
    assert not words & set(topics.split())


# ---- accuracy guard --------------------------------------------------------------------------


def test_accuracy_on_labelled_questions(restorer: DiacriticRestorer) -> None:
    """Regression guard; bench/bench_restore.py gives the full picture (96.1% with these five notices)."""
    import re

    from ingest.normalize import nfc

    rows = [json.loads(line) for line in (REPO / "bench" / "labels" / "questions.jsonl").read_text("utf-8").splitlines()]
    questions = [nfc(row["question"]) for row in rows if has_diacritics(row["question"])]
    right = total = 0
    for gold in questions:
        typed = "".join(f.upper() if c.isupper() else f for c, f in zip(gold, fold(gold)))
        restored = restorer.restore(typed)
        for match in re.finditer(r"[^\W\d_]+", gold):
            total += 1
            right += restored[match.start() : match.end()].lower() == match.group().lower()
        assert restorer.restore(gold) == gold  # an accented question is never altered
    assert right / total > 0.94


def test_evidence_query_leaves_out_everyday_words_as_spelled() -> None:
    from index.query import evidence_query

    assert evidence_query("Muốn biết danh sách cai nghiện thì xem ở đâu?") == "danh sach cai nghien"
    # Typed without its diacritics a word may be a topic word ("muon" for "mượn"): it stays.
    assert evidence_query("muon biet danh sach cai nghien").startswith("muon")


def test_plain_words_said_by_their_administrative_wording() -> None:
    from index.query import plain_words_said

    question = "Ở Lai Châu ai lo dẹp hàng nhái?"
    assert "hàng nhái" in plain_words_said(question, "Đấu tranh chống buôn lậu, hàng giả.")
    assert plain_words_said(question, "Đẩy nhanh giải ngân vốn đầu tư công.") == []


HELD = {"659/tb-vpcp", "228/cd-ttg"}


@pytest.mark.parametrize(
    ("question", "keys", "searched"),
    [
        ("Theo Thông báo 659/TB-VPCP, tinh thần sáu rõ gồm những gì?", ("659/tb-vpcp",), "Theo, tinh thần sáu rõ gồm những gì?"),
        ("tinh than sau ro trong thong bao 659 gom nhung gi", ("659/tb-vpcp",), "tinh than sau ro trong gom nhung gi"),
        ("Công điện 228 yêu cầu những tỉnh nào chi trả bảo hiểm?", ("228/cd-ttg",), "yêu cầu những tỉnh nào chi trả bảo hiểm?"),
        # Nothing but the name: the question is kept, the prior alone picks the notice.
        ("Thông báo 659/TB-VPCP", ("659/tb-vpcp",), "Thông báo 659/TB-VPCP"),
        # A document we do not hold is part of what is asked.
        ("Thông báo nào nhắc đến Nghị quyết 68/NQ-CP?", (), "Thông báo nào nhắc đến Nghị quyết 68/NQ-CP?"),
        ("Thông báo 653/TB-VPCP nêu mục tiêu gì?", (), "Thông báo 653/TB-VPCP nêu mục tiêu gì?"),
    ],
)
def test_a_held_notice_named_by_number_is_taken_out_of_the_query(question: str, keys: tuple[str, ...], searched: str) -> None:
    assert held_notices_named(question, HELD) == (keys, searched)


CITED = {"68/nq-cp", "66/nq-cp", "de-an:06", "luat:to-chuc-chinh-quyen-dia-phuong:2015"}


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        # A full symbol: the passages that cite it, whatever the question's form.
        ("Tình hình thực hiện Nghị quyết 68/NQ-CP ra sao?", ("68/nq-cp",)),
        ("thong bao nao nhac den nghi quyet 68/nq-cp", ("68/nq-cp",)),
        # A kind and a bare number is a topic, unless the question asks what cites it.
        ("Trước đây đã có những chỉ đạo gì về triển khai Đề án 06?", ()),
        ("Văn bản nào đề cập Đề án 06?", ("de-an:06",)),
        ("Thông báo nào nhắc đến Luật Tổ chức chính quyền địa phương năm 2015?", ("luat:to-chuc-chinh-quyen-dia-phuong:2015",)),
        # Nothing cites it, or nothing is named.
        ("Thông báo nào nhắc đến Nghị quyết 57-NQ/TW?", ()),
        ("Thông báo nào nhắc đến việc giải ngân?", ()),
    ],
)
def test_a_document_named_selects_the_passages_citing_it(question: str, keys: tuple[str, ...]) -> None:
    assert documents_cited(question, CITED) == keys


@pytest.mark.parametrize(
    ("question", "what_it_cites"),
    [
        ("Công điện 232 về thống kê thiệt hại nhà ở dẫn chiếu những văn bản nào?", True),
        ("thong bao 701 can cu vao van ban nao", True),
        ("Quyết định thành lập Ban Chỉ đạo viện dẫn nghị quyết gì?", True),
        ("Văn bản nào dẫn chiếu Công điện 227/CĐ-TTg?", False),
        ("Thông báo nào nhắc đến Nghị quyết 68/NQ-CP?", False),
        ("Công điện 227 được nhắc đến ở đâu?", False),
    ],
)
def test_what_a_document_cites_is_told_from_what_cites_it(question: str, what_it_cites: bool) -> None:
    assert asks_what_is_cited(question) is what_it_cites


def test_the_restored_question_keeps_the_notice_it_names(restorer: DiacriticRestorer) -> None:
    plan = understand("tinh than sau ro trong thong bao 659 gom nhung gi", restorer, HELD)
    assert plan.named_notices == ("659/tb-vpcp",)
    assert plan.restored is not None and "659" in plan.restored  # shown to the user as typed
    assert "659" not in plan.dense_query and "659" not in plan.lexical_query


@pytest.mark.parametrize(
    ("question", "before"),
    [
        ("Trước TB 39305/TB-CHQ về bộ thẻ Magic, Cục Hải quan đã xác định mã số cho mặt hàng nào?", True),
        ("Trước khi Chính phủ ra NQ 386 (01/12/2025) về Luật Thuế TNCN, văn bản nào đã giao việc này?", True),
        ("Khoảng mười ngày trước NQ 386, Chính phủ đã có nghị quyết nào tương tự?", True),
        ("truoc cong dien 223 ve lu da co chi dao nao", True),
        # The name is what is asked about, or the word dates something else.
        ("Sau KL 212 về tiêu chuẩn đơn vị hành chính, Bộ Nội vụ có văn bản nào?", False),
        ("Phải báo cáo trước ngày 15/12 theo QĐ 1383 không?", False),
        ("Trước đây QĐ 1383 giao những gì?", False),
        ("Theo QĐ 1383, việc nào phải xong trước?", False),
        ("Kết quả xác định trước mã số tại TB 39693 ghi tên gọi của hàng hóa là gì?", False),
        ("Welcome Deck duoc xac dinh truoc ma so nao theo thong bao 39693", False),
        ("Trước đây đã có chỉ đạo nào về chuyển đổi số?", False),
    ],
)
def test_a_notice_named_after_before_dates_what_is_asked(question: str, before: bool) -> None:
    assert asks_before_named(question) is before


def test_a_named_notices_description_is_left_out_of_its_own_ranking() -> None:
    title = set(syllables("NGHỊ QUYẾT QUY ĐỊNH MỨC PHỤ CẤP HẰNG THÁNG; TRỢ CẤP NGÀY CÔNG LAO ĐỘNG ĐỐI VỚI DÂN QUÂN"))
    # The query has lost the notice's number: " về …" is the notice's description, then the question.
    query = " về phụ cấp, trợ cấp ngày công dân quân có hiệu lực từ khi nào?  về phụ cấp dân quân có hiệu lực?"
    assert _without_subject(query, title).split() == ["có", "hiệu", "lực", "từ", "khi", "nào?", "có", "hiệu", "lực?"]
    # Not a "về" inside the question itself, nor one followed by a single title word.
    assert _without_subject("chế độ về phụ cấp của thôn đội trưởng", title) == "chế độ về phụ cấp của thôn đội trưởng"
    assert _without_subject(" về dân sự có hiệu lực", title) == " về dân sự có hiệu lực"
    # The issuer may stand between the number and "về": "NQ 75/2025 HĐND Hà Nội về …".
    assert _without_subject("hdnd  ve phu cap dan quan hieu luc tu ngay nao", title).split() == ["hdnd", "hieu", "luc", "tu", "ngay", "nao"]
