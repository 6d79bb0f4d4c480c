"""The index against a real Chroma in tmp_path: writes, replacement, failures, rebuilds, search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.embedder import HashingEmbedder
from index.library import NoticeLibrary
from index.retriever import HybridRetriever
from index.store import ChromaStore, connect
from ingest.domain import IngestError, Notice, SearchFilters, TaskFilters
from service.answer import Answerer
from tests.conftest import SAMPLES, make_settings

SEED_000 = SAMPLES / "notices" / "000_1e72024b4a527dac.txt"
SEED_002 = SAMPLES / "notices" / "002_0ce4c6df32ab89d9.txt"


@pytest.fixture()
def library(tmp_path: Path) -> NoticeLibrary:
    # Logic of writes and derived state does not depend on the model: the hashing embedder keeps these fast.
    return NoticeLibrary.open(make_settings(tmp_path), HashingEmbedder())


def test_reingesting_the_same_file_changes_nothing(library: NoticeLibrary) -> None:
    first = library.add_file(SEED_000)
    counts = library.counts()
    again = library.add_file(SEED_000)
    assert again.duplicate and again.notice_id == first.notice_id
    assert again.paragraphs == first.paragraphs and again.tasks == first.tasks
    assert library.counts() == counts


def test_a_changed_file_replaces_its_old_paragraphs(library: NoticeLibrary, tmp_path: Path) -> None:
    path = tmp_path / "thong-bao.txt"
    path.write_text("Giao Sở Y tế rà soát trạm y tế xã, báo cáo trước ngày 15/5/2024.", encoding="utf-8")
    old = library.add_file(path)
    path.write_text("Giao Sở Tài chính bố trí kinh phí cho trạm y tế xã trong tháng 6/2024.", encoding="utf-8")
    new = library.add_file(path)
    assert new.replaced == [old.notice_id]
    assert library.notice(old.notice_id) is None
    assert library.counts() == (1, new.paragraphs)
    assert [t.lead for t in library.find_tasks()] == [["Sở Tài chính"]]
    assert all(hit.notice_id == new.notice_id for hit in library.search("trạm y tế xã"))


def test_a_quoted_decree_is_stored_as_quoted_and_assigns_nothing(library: NoticeLibrary, tmp_path: Path) -> None:
    path = tmp_path / "cong-van.txt"
    path.write_text(
        "Cục Thuế có ý kiến như sau:\n"
        "- Tại Điều 2 Nghị định số 72/2024/NĐ-CP quy định:\n"
        "“Điều 2. Bộ Tài chính hướng dẫn các cơ sở kinh doanh kê khai thuế.”\n"
        "Giao Sở Tài chính hướng dẫn doanh nghiệp thực hiện.",
        encoding="utf-8",
    )
    notice = library.notice(library.add_file(path).notice_id)
    assert notice is not None
    assert [p.quoted for p in notice.paragraphs] == [False, False, True, False]
    assert [t.lead for t in library.find_tasks(TaskFilters(notice_id=notice.notice_id))] == [["Sở Tài chính"]]
    assert library.search("Bộ Tài chính hướng dẫn kê khai")  # still cited and found


def test_a_failed_ingest_leaves_stored_notices_untouched(library: NoticeLibrary, tmp_path: Path) -> None:
    library.add_file(SEED_000)
    before = library.counts()
    hits_before = [h.paragraph_id for h in library.search("quy hoạch Sa Pa")]
    for name, data in [("empty.txt", b""), ("x.pdf", b"%PDF-1.4 truncated"), ("a.exe", b"MZ\x90\x00" * 50)]:
        with pytest.raises(IngestError) as error:
            library.add(data, name)
        assert name in str(error.value)
    assert library.counts() == before
    assert [h.paragraph_id for h in library.search("quy hoạch Sa Pa")] == hits_before


def test_an_interrupted_write_is_cleaned_up_on_open(tmp_path: Path) -> None:
    """Paragraphs written without their notice record (a crash mid-write) are orphans, then removed."""
    settings = make_settings(tmp_path)
    embedder = HashingEmbedder()
    library = NoticeLibrary.open(settings, embedder)
    library.add_file(SEED_002)
    notice_id = library.notices()[0].notice_id
    library.store._notices.delete(ids=[notice_id])  # simulate the crash: the commit marker never written
    reopened = NoticeLibrary.open(settings, embedder)
    assert reopened.search("Sở Xây dựng") == []  # never visible
    assert reopened.counts()[1] > 0  # young orphans may be another writer's work in progress: kept
    assert reopened.store.remove_orphans(min_age_s=0) > 0
    assert reopened.counts() == (0, 0)
    assert reopened.store._sentences.count() == 0


def add_two_sentence_notice(library: NoticeLibrary, tmp_path: Path) -> Notice:
    """A notice of two paragraphs: one of two sentences (each embedded on its own), one of one."""
    path = tmp_path / "thong-bao.txt"
    path.write_text(
        "1. Giao Sở Y tế rà soát trạm y tế xã. Báo cáo UBND tỉnh trước ngày 15/5/2024.\n\n"
        "2. Giao Sở Tài chính bố trí kinh phí.",
        encoding="utf-8",
    )
    notice = library.notice(library.add_file(path).notice_id)
    assert notice is not None
    return notice


def test_sentences_are_stored_with_their_notice_and_leave_with_it(library: NoticeLibrary, tmp_path: Path) -> None:
    notice = add_two_sentence_notice(library, tmp_path)
    long_one, short_one = notice.paragraphs
    vectors = library.store.sentence_vectors({long_one.paragraph_id: 2, short_one.paragraph_id: 0})
    assert list(vectors) == [long_one.paragraph_id] and vectors[long_one.paragraph_id].shape == (2, 384)
    library.delete(notice.notice_id)
    assert library.store.sentence_vectors({long_one.paragraph_id: 2}) == {}


def test_upgrade_embeds_the_sentences_an_older_index_lacks(library: NoticeLibrary, tmp_path: Path) -> None:
    notice = add_two_sentence_notice(library, tmp_path)
    notice_id, long_one = notice.notice_id, notice.paragraphs[0]
    before = library.store.sentence_vectors({long_one.paragraph_id: 2})[long_one.paragraph_id]
    # An index written before sentences were embedded: paragraph vectors only.
    library.store._sentences.delete(where={"notice_id": notice_id})
    assert library.store.sentence_vectors({long_one.paragraph_id: 2}) == {}
    assert library.sentences_missing() == 2
    assert library.embed_missing_sentences() == 2
    assert library.sentences_missing() == 0
    after = library.store.sentence_vectors({long_one.paragraph_id: 2})[long_one.paragraph_id]
    assert (after == before).all()
    assert library.embed_missing_sentences() == 0  # nothing left to do
    library.delete(notice_id)  # the upgraded sentences leave with their notice
    assert library.store.sentence_vectors({long_one.paragraph_id: 2}) == {}


def test_upgrade_extracts_tasks_again_from_the_stored_paragraphs(library: NoticeLibrary) -> None:
    notice_id = library.add_file(SEED_000).notice_id
    fresh = {t.task_id: t for t in library.find_tasks(TaskFilters(notice_id=notice_id))}
    with_period = [tid for tid, t in fresh.items() if t.period]
    assert with_period and library.tasks_outdated() == 0 and library.rederive_tasks() == 0
    # As an older version wrote it: no heading periods (before session 9), and one task it did not find.
    store = library.store
    store._notices.update(ids=[notice_id], metadatas=[{"task_extractor": 1}])
    assert library.tasks_outdated() == 1
    store._tasks.update(
        ids=with_period, metadatas=[{"period_text": None, "period_kind": None, "due": None} for _ in with_period]
    )
    lost = sorted(fresh)[-1]
    store._tasks.delete(ids=[lost])
    assert not any(t.period for t in library.find_tasks(TaskFilters(notice_id=notice_id)))

    assert library.rederive_tasks() == 1
    after = {t.task_id: t for t in library.find_tasks(TaskFilters(notice_id=notice_id))}
    assert after == fresh
    assert store.task_vector(lost) is not None
    assert store._notices.get(ids=[notice_id])["metadatas"][0]["task_count"] == len(fresh)
    assert library.tasks_outdated() == 0 and library.rederive_tasks() == 0
    assert library.search("quy hoạch Sa Pa")  # paragraphs untouched


def test_upgrade_drops_tasks_the_extractor_no_longer_finds(library: NoticeLibrary, tmp_path: Path) -> None:
    notice = add_two_sentence_notice(library, tmp_path)
    found = library.find_tasks(TaskFilters(notice_id=notice.notice_id))
    assert [t.task_id for t in found] == [f"{notice.notice_id}:t000", f"{notice.notice_id}:t001"]
    # An older extractor's third task, on a paragraph this version reads as no assignment.
    ghost = found[0].model_copy(update={"task_id": f"{notice.notice_id}:t002", "task": "việc cũ"})
    library.store.replace_tasks(notice, [*found, ghost], library._task_vectors([*found, ghost]))
    library.store._notices.update(ids=[notice.notice_id], metadatas=[{"task_extractor": 1}])
    assert library.store.task(ghost.task_id) is not None

    assert library.rederive_tasks() == 1
    assert library.store.task(ghost.task_id) is None
    assert library.find_tasks(TaskFilters(notice_id=notice.notice_id)) == found


def test_lexical_index_is_rebuilt_from_chroma_and_follows_other_writers(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    embedder = HashingEmbedder()
    writer = NoticeLibrary.open(settings, embedder)
    reader = NoticeLibrary.open(settings, embedder)
    assert reader.search("xóa nhà tạm") == []
    writer.add_file(SEED_000)
    hits = reader.search("xoa nha tam nha dot nat", k=3)
    assert hits and "nhà tạm" in hits[0].text


def test_filters_and_reference_keys(library: NoticeLibrary) -> None:
    library.add_file(SEED_000)
    library.add_file(SEED_002)
    assert {h.province for h in library.search("giải phóng mặt bằng", filters=SearchFilters(province="lang son"))} == {"Lạng Sơn"}
    cited = library.search("nghị quyết", filters=SearchFilters(reference="66/2017/nq-hdnd"))
    assert cited and all("66/2017/NQ-HĐND" in h.text for h in cited)


def test_a_law_cited_by_name_in_one_notice_and_by_number_in_another_is_one_document(
    library: NoticeLibrary, tmp_path: Path
) -> None:
    by_number, by_name = tmp_path / "cv-1.txt", tmp_path / "cv-2.txt"
    by_number.write_text(
        "Tại khoản 1 Điều 108 Luật Quản lý thuế số 38/2019/QH14 ngày 13/06/2019 quy định về kết luận kiểm tra.",
        encoding="utf-8",
    )
    by_name.write_text("Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019 hướng dẫn quyết toán.", encoding="utf-8")
    library.add_file(by_number)
    library.add_file(by_name)
    for asked in ("Luật Quản lý thuế 2019", "luat quan ly thue nam 2019", "Luật Quản lý thuế số 38/2019/QH14"):
        found = library.reference(asked)
        assert found is not None, asked
        assert {h.source for h in found.citations} == {"cv-1.txt", "cv-2.txt"}, asked
    # The search prefers the paragraphs citing it, whichever way they name it.
    named = library.search("văn bản dẫn chiếu Luật Quản lý thuế 2019", filters=SearchFilters(reference="luat:quan-ly-thue:2019"))
    assert {h.source for h in named} == {"cv-1.txt", "cv-2.txt"}


def test_tasks_are_stored_in_chroma_with_agencies_and_deadlines(library: NoticeLibrary) -> None:
    library.add_file(SEED_000)
    library.add_file(SEED_002)
    by_agency = library.find_tasks(TaskFilters(agency="so xay dung", province="Lào Cai"))
    assert by_agency and all("Sở Xây dựng" in t.lead + t.support and t.province == "Lào Cai" for t in by_agency)
    lang_son = library.find_tasks(TaskFilters(agency="Sở Xây dựng Lạng Sơn"))
    assert lang_son and all(t.province == "Lạng Sơn" for t in lang_son)
    due = library.find_tasks(TaskFilters(due_before="2024-04-30", due_after="2024-04-01"))
    assert due and all(t.deadline and t.deadline.due and t.deadline.due.month == 4 for t in due)
    agencies = {a.agency_id: a for a in library.agencies()}
    assert "lao-cai/so-xay-dung" in agencies and "lang-son/so-xay-dung" in agencies
    assert agencies["lao-cai/so-xay-dung"].tasks >= 5


def test_a_task_due_within_its_headings_period_is_stored_and_found_by_due_date(library: NoticeLibrary) -> None:
    library.add_file(SEED_000)  # "3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:" over most tasks
    june = library.find_tasks(TaskFilters(due_after="2024-06-01", due_before="2024-06-30"))
    framed = [t for t in june if t.period]
    assert framed and all(t.deadline is None and t.period and t.period.text == "Quý II/2024" for t in framed)
    assert all(t.due() == date(2024, 6, 30) for t in framed)
    assert all(date(2024, 6, 1) <= (t.due() or date.min) <= date(2024, 6, 30) for t in june)
    # Undated tasks come after dated ones, and those due within a period before those due by nothing.
    every = library.find_tasks()
    dues = [t.due() for t in every]
    assert dues.index(None) > max(i for i, d in enumerate(dues) if d == date(2024, 6, 30))


def test_store_batches_large_writes(tmp_path: Path) -> None:
    client = connect(make_settings(tmp_path))
    store = ChromaStore(client)
    assert 1 <= store._batch <= client.get_max_batch_size()


@pytest.mark.slow
def test_real_model_finds_paragraphs_with_and_without_diacritics(seeded_library: NoticeLibrary) -> None:
    for query in ["phương án bãi đỗ xe tại thị xã Sa Pa", "phuong an bai do xe tai thi xa sa pa"]:
        hits = seeded_library.search(query, k=3)
        assert "bãi đỗ xe" in hits[0].text, query


@pytest.mark.slow
def test_ocr_damaged_notice_is_found_by_a_clean_query(seeded_library: NoticeLibrary) -> None:
    hits = seeded_library.search("kiểm tra hoạt động tôn giáo, đạo lạ ở Lai Châu", k=5)
    assert any(h.province == "Lai Châu" for h in hits[:3])


@pytest.mark.slow
def test_the_notice_title_completes_a_paragraph_that_never_repeats_it(seeded_library: NoticeLibrary) -> None:
    # "Quyết định này" names its notice only through the title; the member lines repeat the heading.
    hits = seeded_library.search("Những ai chịu trách nhiệm thi hành Quyết định thành lập Ban Chỉ đạo quốc gia về dữ liệu?", k=3)
    assert "chịu trách nhiệm thi hành Quyết định này" in hits[0].text


@pytest.mark.slow
def test_a_question_about_one_sentence_finds_its_long_paragraph(seeded_library: NoticeLibrary) -> None:
    # The answer is one clause of a long "tồn tại, hạn chế" paragraph, whose single vector is about
    # everything else it lists; its sentence's own vector is close to the question.
    hits = seeded_library.search("Lai Châu đã chi được tiền hỗ trợ liên kết sản xuất năm 2020 chưa?", k=3)
    assert "chưa giải ngân được" in hits[0].text


@pytest.mark.slow
def test_the_province_named_is_matched_by_the_notice_not_the_words(seeded_library: NoticeLibrary) -> None:
    hits = seeded_library.search("Lạng Sơn yêu cầu bổ sung nội dung gì vào dự thảo báo cáo kinh tế - xã hội quý I/2022?", k=3)
    assert hits[0].province == "Lạng Sơn" and "dự thảo báo cáo" in hits[0].text


@pytest.mark.slow
def test_langchain_retriever_returns_cited_documents(seeded_library: NoticeLibrary) -> None:
    retriever = HybridRetriever(search=seeded_library.search_engine, k=3)
    docs = retriever.invoke("Sở Công Thương nghiên cứu quy hoạch điện VIII")
    assert len(docs) == 3
    assert "điện VIII" in docs[0].page_content
    assert {"notice_id", "paragraph_id", "notice_title", "heading_path"} <= docs[0].metadata.keys()


@pytest.mark.slow
def test_everyday_wording_finds_the_administrative_paragraph(seeded_library: NoticeLibrary) -> None:
    # The Lai Châu notice says "đấu tranh chống hàng giả"; staff say "dẹp hàng nhái".
    hits = seeded_library.search("Ở Lai Châu ai lo dẹp hàng nhái?", k=5)
    hit = next(h for h in hits if "hàng giả" in h.text)
    # The expansion that matched is highlighted, not only the words typed.
    assert any(hit.text[m.start : m.end] == "giả" for m in hit.highlights)


@pytest.mark.slow
def test_owner_questions_prefer_the_paragraph_that_assigns_the_work(seeded_library: NoticeLibrary) -> None:
    # The notice first describes the draft ("Sở Kế hoạch và Đầu tư đang xây dựng ..."), then assigns it.
    engine = seeded_library.search_engine
    question = "Sở nào được giao chủ trì xây dựng Nghị quyết chung về chính sách hỗ trợ, ưu đãi đầu tư của tỉnh Lạng Sơn?"
    top = engine.rank(question, k=1)[0]
    assert seeded_library.store.tasks(where={"paragraph_id": top.paragraph_id})
    assert all(h.province == "Lạng Sơn" for h in seeded_library.search(question, k=3))


def test_ranking_survives_a_notice_deleted_under_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Another process deletes a notice between our freshness check and our Chroma reads.
    settings = make_settings(tmp_path)
    writer = NoticeLibrary.open(settings, HashingEmbedder())
    reader = NoticeLibrary.open(settings, HashingEmbedder())
    notice_id = writer.add_file(SEED_000).notice_id
    reader.search_engine.refresh()
    writer.delete(notice_id)
    monkeypatch.setattr(reader.search_engine, "refresh", lambda *args, **kwargs: None)
    ranked = reader.search_engine.rank("xoa nha tam nha dot nat", k=3)
    assert all(0.0 <= r.score for r in ranked)


def test_a_period_question_lifts_the_heading_that_names_the_period(library: NoticeLibrary, tmp_path: Path) -> None:
    path = tmp_path / "ket-luan.txt"
    path.write_text(
        "UBND TỈNH LÀO CAI\nSố: 12/TB-UBND\nLào Cai, ngày 02 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận phiên họp\n\n"
        "1. Kết quả tháng 3 năm 2024: kinh tế tăng trưởng khá.\n"
        "2. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:\n"
        "a) Sở Du lịch chủ trì tổ chức hội nghị gặp gỡ doanh nghiệp du lịch.\n"
        "b) Sở Xây dựng rà soát phương án bãi đỗ xe tại thị xã Sa Pa.\n",
        encoding="utf-8",
    )
    library.add_file(path)
    engine = library.search_engine
    heading = "2. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:"
    ranked = engine.rank("Sở Du lịch tổ chức hội nghị doanh nghiệp du lịch cho những tháng, quý nào?", k=3)
    top = engine.paragraphs[ranked[0].paragraph_id].paragraph
    assert top.text == heading
    child = engine.paragraphs[ranked[0].lifted_by].paragraph
    assert "Sở Du lịch" in child.text and ranked[1].paragraph_id == ranked[0].lifted_by
    # The lifted heading reports its child's evidence.
    assert ranked[0].lexical == ranked[1].lexical and ranked[0].dense == ranked[1].dense
    # Asked by when, not for which period: the heading stays where its own words put it.
    ranked = engine.rank("Sở Du lịch tổ chức hội nghị doanh nghiệp du lịch khi nào?", k=3)
    assert engine.paragraphs[ranked[0].paragraph_id].paragraph.text != heading
    assert all(r.lifted_by is None for r in ranked)


def test_a_notice_named_by_its_number_is_searched_by_its_content(library: NoticeLibrary, tmp_path: Path) -> None:
    def notice(number: str, body: str) -> Path:
        path = tmp_path / f"{number.split('/')[0]}.txt"
        path.write_text(
            f"UBND TỈNH LÀO CAI\nSố: {number}\nLào Cai, ngày 02 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận phiên họp\n\n{body}\n",
            encoding="utf-8",
        )
        return path

    named = library.add_file(notice("12/TB-UBND", "1. Sở Xây dựng rà soát phương án bãi đỗ xe tại thị xã Sa Pa."))
    library.add_file(
        notice(
            "15/TB-UBND",
            "1. Tiếp tục thực hiện Thông báo số 9/TB-UBND và Thông báo số 10/TB-UBND; Sở Xây dựng rà soát bãi đỗ xe.",
        )
    )
    engine = library.search_engine
    question = "Thông báo 12/TB-UBND yêu cầu gì về bãi đỗ xe?"
    plan = engine.understand(question)
    # The number picks the notice; it is no evidence, since the notice's paragraphs never repeat it.
    assert plan.named_notices == ("12/tb-ubnd",) and "12" not in plan.lexical_query.split()
    assert engine.hit(engine.rank(question, k=1)[0].paragraph_id, 0.0).text.endswith("bãi đỗ xe tại thị xã Sa Pa.")
    # Unaccented and by type and number only, the same notice.
    assert engine.understand("thong bao 12 yeu cau gi ve bai do xe").named_notices == ("12/tb-ubnd",)
    # A number no notice we hold carries stays in the query.
    assert engine.understand("Thông báo 10/TB-UBND yêu cầu gì?").named_notices == ()
    # Once the notice is deleted its number is an ordinary word again.
    library.delete(named.notice_id)
    assert engine.understand(question).named_notices == ()


def test_a_question_naming_a_notice_is_answered_from_it_or_not_at_all(library: NoticeLibrary, tmp_path: Path) -> None:
    for number, body in [
        ("12/TB-UBND", "1. Sở Xây dựng rà soát phương án bãi đỗ xe tại thị xã Sa Pa."),
        ("15/TB-UBND", "1. Sở Y tế hoàn thành rà soát trạm y tế xã trước ngày 30/6/2024."),
    ]:
        path = tmp_path / f"{number.split('/')[0]}.txt"
        path.write_text(
            f"UBND TỈNH LÀO CAI\nSố: {number}\nLào Cai, ngày 02 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận phiên họp\n\n{body}\n",
            encoding="utf-8",
        )
        library.add_file(path)
    answerer = Answerer(library)
    asked = "Theo Thông báo {}, Sở Y tế phải hoàn thành rà soát trạm y tế xã trước ngày nào?"
    answer = answerer.ask(asked.format("15/TB-UBND"))
    assert answer.found and "30/6/2024" in answer.answer
    # Notice 12 says nothing of it: another notice's deadline is no answer.
    answer = answerer.ask(asked.format("12/TB-UBND"))
    assert not answer.found and not answer.citations


def add_text_notice(library: NoticeLibrary, tmp_path: Path, name: str, text: str) -> Notice:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return library.add_file(path)


def test_a_question_opening_on_one_notice_is_answered_from_another_citing_both(
    library: NoticeLibrary, tmp_path: Path
) -> None:
    for name, header, body in [
        (
            "624.txt",
            "VĂN PHÒNG CHÍNH PHỦ\nSố: 624/TB-VPCP\nHà Nội, ngày 20 tháng 11 năm 2025\nTHÔNG BÁO\nKết luận của Ban Chỉ đạo",
            "1. Giao Ủy ban nhân dân các tỉnh rà soát, tái cấu trúc quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính.",
        ),
        (
            "2932.txt",
            "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 2932/QĐ-UBND\nLai Châu, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt quy trình",
            "Điều 1. Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong lĩnh vực khoa học và công nghệ.",
        ),
    ]:
        add_text_notice(library, tmp_path, name, f"{header}\n\n{body}\n")
    answerer = Answerer(library)
    asked = (
        "Sau Thông báo 624/TB-VPCP giao các tỉnh rà soát, tái cấu trúc quy trình nội bộ, "
        "tỉnh Lai Châu phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực nào?"
    )
    # Neither notice alone carries the whole question: the decision does not name Thông báo 624, which
    # never names Lai Châu. Each half is answered by its own notice, and both are cited.
    answer = answerer.ask(asked)
    assert answer.found and "khoa học và công nghệ" in answer.answer
    assert [hit.source for hit in answer.citations] == ["2932.txt", "624.txt"]
    assert "Văn bản ở đầu câu hỏi" in answer.answer
    # A scene no notice supports is no answer, however well the rest is.
    answer = answerer.ask(asked.replace("Thông báo 624/TB-VPCP giao các tỉnh rà soát", "Công điện 999/CĐ-TTg giao các tỉnh xây sân bay"))
    assert not answer.found


def test_a_question_asking_what_came_before_a_named_notice_is_answered_from_earlier_ones(
    library: NoticeLibrary, tmp_path: Path
) -> None:
    def ruling(number: str, day: int, goods: str, company: str) -> str:
        return (
            f"CỤC HẢI QUAN\nSố: {number}\nHà Nội, ngày {day:02d} tháng 11 năm 2025\nTHÔNG BÁO\nVề kết quả xác định trước mã số\n\n"
            f"1. Trên cơ sở đơn đề nghị xác định trước mã số của {company}, Cục Hải quan thông báo kết quả "
            f"xác định trước mã số như sau: tên hàng {goods}.\n"
        )

    add_text_notice(library, tmp_path, "100.txt", ruling("100/TB-CHQ", 3, "thanh đèn LED chiếu sáng", "Công ty TNHH Minh Quang"))
    add_text_notice(library, tmp_path, "200.txt", ruling("200/TB-CHQ", 20, "bộ thẻ trò chơi Rồng Vàng", "Công ty TNHH Minh Quang"))
    add_text_notice(library, tmp_path, "300.txt", ruling("300/TB-CHQ", 25, "quạt điện để bàn", "Công ty TNHH Minh Quang"))
    engine = library.search_engine
    question = (
        "Trước TB 200/TB-CHQ về bộ thẻ trò chơi Rồng Vàng, Cục Hải quan đã thông báo kết quả xác định trước "
        "mã số cho mặt hàng nào của Công ty TNHH Minh Quang?"
    )
    assert engine.understand(question).asks_before_named
    # The notice named dates the question: the earlier ruling is asked for, not it nor the later one.
    assert engine.paragraphs[engine.rank(question, k=1)[0].paragraph_id].source == "100.txt"
    answer = Answerer(library).ask(question)
    assert answer.found and "thanh đèn LED" in answer.answer
    # The notice named is cited last, as the scene the question opens on.
    assert [hit.source for hit in answer.citations][0] == "100.txt" and answer.citations[-1].source == "200.txt"
    assert all(hit.source != "300.txt" for hit in answer.citations)


def test_a_due_date_or_a_tax_code_is_answered_only_where_a_passage_states_one(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "5706.txt",
        "CỤC THUẾ\nSố: 5706/CT-CS\nHà Nội, ngày 03 tháng 12 năm 2025\nV/v chính sách thuế và hóa đơn\n\n"
        "Cục Thuế nhận được công văn số 9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội và văn bản ngày "
        "12/8/2025 của Công ty cổ phần Minh Quang về thời điểm lập hóa đơn khi bán mã thẻ.\n"
        "Đề nghị Thuế TP. Hà Nội căn cứ hồ sơ để xác định thời điểm lập hóa đơn của Công ty cổ phần Minh Quang.\n"
        "Công ty TNHH Thiên Phú (MST: 0110905160) được hướng dẫn lập hóa đơn điện tử.\n",
    )
    answerer = Answerer(library)
    # The letters' dates are no due date: the letter sets none.
    answer = answerer.ask(
        "Cục Thuế yêu cầu Thuế TP. Hà Nội báo cáo về thời điểm lập hóa đơn khi bán mã thẻ của Công ty cổ phần Minh Quang trước ngày nào?"
    )
    assert not answer.found
    # Nor does it give the company's tax code, though it names the company; another company's it does.
    assert not answerer.ask("Mã số thuế của Công ty cổ phần Minh Quang là gì?").found
    answer = answerer.ask("Mã số thuế của Công ty TNHH Thiên Phú là gì?")
    assert answer.found and "0110905160" in answer.citations[0].text


def test_the_same_text_under_two_headings_is_cited_once(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "2932.txt",
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 2932/QĐ-UBND\nLai Châu, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCông bố thủ tục\n\n"
        "1. Thủ tục cấp giấy chứng nhận đăng ký hoạt động khoa học:\n"
        "- Hồ sơ nộp tại Trung tâm Phục vụ hành chính công tỉnh Lai Châu.\n"
        "2. Thủ tục gia hạn giấy chứng nhận đăng ký hoạt động khoa học:\n"
        "- Hồ sơ nộp tại Trung tâm Phục vụ hành chính công tỉnh Lai Châu.\n",
    )
    answer = Answerer(library).ask("Hồ sơ thủ tục giấy chứng nhận đăng ký hoạt động khoa học nộp tại Trung tâm nào?")
    assert answer.found
    texts = [hit.text for hit in answer.citations]
    assert len(texts) == len(set(texts)) == 1


def test_a_paragraph_on_its_own_notice_is_described_by_the_notices_title(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "2638.txt",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nSố: 2638/QĐ-UBND\nĐà Nẵng, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
        "Bãi bỏ Quyết định số 636/QĐ-UBND ngày 17/3/2025 của UBND tỉnh Quảng Nam về mua sắm tập trung\n\n"
        "Điều 1. Bãi bỏ toàn bộ Quyết định số 636/QĐ-UBND.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
    )
    # "Quyết định này có hiệu lực …" never repeats what the question calls the decision by: its title.
    answerer = Answerer(library)
    answer = answerer.ask("Quyết định 2638/QĐ-UBND bãi bỏ QĐ 636 của Quảng Nam về mua sắm tập trung có hiệu lực từ ngày nào?")
    assert answer.found and answer.citations[0].text == "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."
    # Without its number too: "Quyết định này" is the decision the title describes.
    answer = answerer.ask("Quyết định bãi bỏ quyết định của Quảng Nam về mua sắm tập trung có hiệu lực từ ngày nào?")
    assert answer.found and answer.citations[0].text == "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."


def test_the_preambles_proposal_is_described_by_the_notices_title(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "389.txt",
        "CHÍNH PHỦ\nSố: 389/NQ-CP\nHà Nội, ngày 02 tháng 12 năm 2025\nNGHỊ QUYẾT\n"
        "Về việc bổ sung danh sách các cửa khẩu quốc tế cho phép người nước ngoài nhập cảnh, xuất cảnh bằng thị thực điện tử\n\n"
        "Xét đề nghị của Bộ trưởng Bộ Công an tại các văn bản số 554/TTr-BCA ngày 12 tháng 9 năm 2025;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Bổ sung Cửa khẩu cảng Năm Căn, tỉnh Cà Mau.\n",
    )
    # "Xét đề nghị của …" proposes the notice itself, whose subject only its title states.
    answer = Answerer(library).ask(
        "Bộ nào đề nghị Chính phủ bổ sung danh sách cửa khẩu quốc tế cho người nước ngoài nhập cảnh bằng thị thực điện tử?"
    )
    assert answer.found and answer.citations[0].text.startswith("Xét đề nghị của Bộ trưởng Bộ Công an")


def test_the_enacting_formula_gives_way_to_the_provision_asked_about(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "80.txt",
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 80/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
        "Quy định nội dung, mức chi hỗ trợ lực lượng Công an cấp xã trên địa bàn thành phố Hà Nội\n\n"
        "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\n"
        "Hội đồng nhân dân ban hành Nghị quyết quy định nội dung, mức chi hỗ trợ lực lượng Công an cấp xã trên địa bàn thành phố Hà Nội.\n"
        "Điều 1. Mức hỗ trợ cán bộ, chiến sỹ: 4.960.000 đồng/người/tháng.\n"
        "Điều 2. Giao Thường trực Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết.\n",
    )
    engine = library.search_engine
    enacting = [s.paragraph for s in engine.paragraphs.values() if s.paragraph.is_enacting_formula()]
    assert [p.text[:40] for p in enacting] == ["Hội đồng nhân dân ban hành Nghị quyết qu"]
    # The formula repeats every word of the title the question describes its notice by; the provision answers.
    ranked = engine.rank("Ai giám sát việc thực hiện Nghị quyết về mức chi hỗ trợ lực lượng Công an cấp xã Hà Nội?", 3)
    assert engine.paragraphs[ranked[0].paragraph_id].paragraph.text.startswith("Điều 2. Giao Thường trực")


def test_a_precedent_asked_as_a_sum_needs_a_passage_stating_one(library: NoticeLibrary, tmp_path: Path) -> None:
    header = "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: {n}/QĐ-UBND\nHà Nội, ngày 01 tháng 7 năm {y}\nQUYẾT ĐỊNH\nVề hỗ trợ Cảnh sát khu vực\n\n"
    add_text_notice(library, tmp_path, "13.txt", header.format(n=13, y=2024)
                    + "Điều 1. Hỗ trợ lực lượng Cảnh sát khu vực hằng tháng theo mức Thành phố quy định.\n")
    question = "Mức hỗ trợ hằng tháng cho lực lượng Cảnh sát khu vực trước đây là bao nhiêu?"
    answerer = Answerer(library)
    assert not answerer.ask(question).found
    add_text_notice(library, tmp_path, "14.txt", header.format(n=14, y=2023)
                    + "Điều 1. Mức hỗ trợ hằng tháng cho lực lượng Cảnh sát khu vực là 2.000.000 đồng/người/tháng.\n")
    answer = answerer.ask(question)
    assert answer.found and [c.text for c in answer.citations] == [
        "Điều 1. Mức hỗ trợ hằng tháng cho lực lượng Cảnh sát khu vực là 2.000.000 đồng/người/tháng."
    ]


def test_a_law_named_by_its_abbreviation_is_named_by_its_long_form(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "386.txt",
        "CHÍNH PHỦ\nSố: 386/NQ-CP\nHà Nội, ngày 01 tháng 12 năm 2025\nNGHỊ QUYẾT\nVề dự án luật\n\n"
        "Điều 2. Bộ trưởng Bộ Tài chính tiếp thu, giải trình đầy đủ ý kiến Thành viên Chính phủ, hoàn thiện "
        "hồ sơ dự án Luật Thuế thu nhập cá nhân (sửa đổi) theo quy định.\n",
    )
    answerer = Answerer(library)
    answer = answerer.ask("Ai tiếp thu ý kiến Thành viên Chính phủ, hoàn thiện hồ sơ dự án Luật Thuế TNCN (sửa đổi)?")
    assert answer.found and "Bộ Tài chính" in answer.answer
    # Another law is still another law.
    assert not answerer.ask("Ai tiếp thu ý kiến Thành viên Chính phủ, hoàn thiện hồ sơ dự án Luật Thuế TNDN?").found


def test_a_document_named_by_symbol_ranks_the_passages_citing_it(
    library: NoticeLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "20.txt"
    path.write_text(
        "UBND TỈNH LÀO CAI\nSố: 20/TB-UBND\nLào Cai, ngày 02 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận phiên họp\n\n"
        "1. Các thông báo nhắc đến Nghị quyết số 66/NQ-CP về cắt giảm thủ tục hành chính.\n"
        "2. Thực hiện Nghị quyết số 68/NQ-CP về hỗ trợ người lao động.\n"
        "3. Sở Xây dựng rà soát phương án bãi đỗ xe tại thị xã Sa Pa.\n"
        "4. Sở Tài chính bố trí kinh phí cho các dự án giao thông.\n",
        encoding="utf-8",
    )
    library.add_file(path)
    engine = library.search_engine
    question = "Thông báo nào nhắc đến Nghị quyết 68/NQ-CP?"
    assert engine.understand(question).cited_documents == ("68/nq-cp",)

    def first() -> str:
        return engine.paragraphs[engine.rank(question, k=1)[0].paragraph_id].paragraph.text

    assert first().startswith("2. Thực hiện Nghị quyết số 68/NQ-CP")
    # The prior decides: on words alone the paragraph repeating the question's wording wins.
    monkeypatch.setattr("index.search.CITED_PRIOR", 0.0)
    assert first().startswith("1. Các thông báo nhắc đến")


def test_a_file_an_older_parser_read_is_read_again_when_added_again(
    library: NoticeLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr("ingest.pipeline.PARSER_VERSION", 1)
        older.setattr("index.library.PARSER_VERSION", 1)
        old = library.add_file(SEED_000)
        assert library.parse_outdated() == 0
    assert library.parse_outdated() == 1
    # Read again, under a new id: written in full before the old reading is deleted.
    new = library.add_file(SEED_000)
    assert not new.duplicate and new.notice_id != old.notice_id and new.replaced == [old.notice_id]
    assert library.parse_outdated() == 0
    assert library.counts() == (1, new.paragraphs)
    assert library.notice(old.notice_id) is None
    assert library.search("bãi đỗ xe Sa Pa", k=1)[0].notice_id == new.notice_id
    assert library.add_file(SEED_000).duplicate


def test_when_one_notice_holds_the_leading_passages_its_shared_subject_counts_for_little(
    library: NoticeLibrary, tmp_path: Path
) -> None:
    ruling = tmp_path / "tb-ma-so.txt"
    items = ["Tên thương mại: Commander, Welcome", "Thành phần: giấy bìa cứng, mực in", "Cách chơi: rút thẻ theo lượt",
             "Mã số: 9504.40.00", "Đóng gói: hộp giấy có seal nilon", "Nhà sản xuất: Wizards of the Coast",
             "Công dụng: giải trí chiến thuật"]  # fmt: skip
    ruling.write_text(
        "Cục Hải quan thông báo kết quả xác định trước mã số bộ thẻ trò chơi Magic như sau:\n"
        + "".join(f"{i}. {item.split(':')[0]} của bộ thẻ trò chơi Magic:{item.split(':')[1]}.\n" for i, item in enumerate(items, 1))
        + "Thông báo này có hiệu lực từ ngày ký.\n",
        encoding="utf-8",
    )
    library.add_file(ruling)
    for i in range(12):  # "có hiệu lực từ ngày ký" is common: other notices say it too
        other = tmp_path / f"qd-{i}.txt"
        other.write_text(f"Điều {i}. Quyết định về giá thóc vụ {i} có hiệu lực từ ngày ký.", encoding="utf-8")
        library.add_file(other)
    engine = library.search_engine
    question = "Kết quả xác định trước mã số bộ thẻ trò chơi Magic có hiệu lực từ khi nào?"
    in_force = "Thông báo này có hiệu lực từ ngày ký."
    # BM25 over every notice ranks the lines that repeat the ruling's subject above it; the ruling holds
    # the leading passages, and among its own paragraphs "hiệu lực" is what picks one out.
    everywhere = [engine.paragraphs[pid].paragraph.text for pid in engine.lexical_only(question, 10)]
    ranked = [engine.paragraphs[r.paragraph_id].paragraph.text for r in engine.rank(question, 10)]
    assert ranked.index(in_force) == 1 < everywhere.index(in_force)


def test_a_calendar_row_answers_its_own_figure_and_not_one_it_lacks(library: NoticeLibrary, tmp_path: Path) -> None:
    header = ["STT", "Tên thông tin thống kê", "Mức độ hoàn chỉnh", "Thời gian phổ biến", "Hình thức phổ biến", "Đơn vị chịu trách nhiệm phổ biến"]
    rows = [
        ["1", "Số đơn vị hành chính", "Chính thức", "Tháng 6/2026", "Cổng thông tin điện tử Bộ Nội vụ", "Vụ Chính quyền địa phương"],
        ["2", "Số phong trào thi đua", "Sơ bộ", "Tháng 5/2026", "Cổng thông tin điện tử Bộ Nội vụ", "Ban Thi đua - Khen thưởng Trung ương"],
        ["3", "Số lượng hội, tổ chức phi chính phủ", "Chính thức", "Tháng 5/2026", "Cổng thông tin điện tử Bộ Nội vụ", "Vụ Tổ chức phi chính phủ"],
    ]
    table = "|\n" + "|\n".join("".join(f"{cell}\n|\n" for cell in row) for row in [header, *rows])
    add_text_notice(
        library,
        tmp_path,
        "1383.txt",
        "BỘ NỘI VỤ\nSố: 1383/QĐ-BNV\nHà Nội, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBan hành lịch phổ biến thông tin thống kê\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Lịch phổ biến thông tin thống kê năm 2026 của Bộ Nội vụ.\n"
        "LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026 CỦA BỘ NỘI VỤ\n" + table,
    )
    answerer = Answerer(library)
    answer = answerer.ask("Lịch phổ biến thông tin thống kê 2026: số phong trào thi đua công bố tháng mấy, đơn vị nào công bố?")
    assert answer.found and answer.citations[0].text.startswith("2 | Số phong trào thi đua")
    assert [owner.agency for owner in answer.owners] == ["Ban Thi đua - Khen thưởng Trung ương"]
    # Every row shares the calendar's headers, which hold most of a question on any other figure: the
    # row itself must hold the rest.
    engine = library.search_engine
    row = next(pid for pid, p in engine.paragraphs.items() if p.paragraph.text.startswith("2 | Số phong trào"))
    frame = "Lịch phổ biến thông tin thống kê năm 2026: thời gian phổ biến {}, đơn vị nào chịu trách nhiệm phổ biến?"
    assert answerer._row_carries(frame.format("số phong trào thi đua"), row)
    assert not answerer._row_carries(frame.format("số người có công được trợ cấp"), row)


def test_how_often_an_agency_reports_is_answered_only_where_a_passage_says(tmp_path: Path) -> None:
    header = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: 38/QĐ-UBND\nCần Thơ, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc phân cấp\n\n"
    question = "Sở Công Thương phải báo cáo Ủy ban nhân dân thành phố về nhiệm vụ được phân cấp bao lâu một lần?"
    answers = []
    for period in ("", "6 tháng "):
        library = NoticeLibrary.open(make_settings(tmp_path / f"store{len(answers)}"), HashingEmbedder())
        add_text_notice(library, tmp_path, "38.txt", header + f"Điều 3. Giao Sở Công Thương định kỳ {period}báo cáo Ủy ban "
                        "nhân dân thành phố về việc thực hiện nhiệm vụ được phân cấp.\n")
        answers.append(Answerer(library).ask(question))
    # "định kỳ" says that it reports, not how often.
    assert not answers[0].found
    assert answers[1].found and "định kỳ 6 tháng" in answers[1].citations[0].text


def test_who_proposed_a_decision_is_answered_from_its_grounds_not_its_executors(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "100.txt",
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 100/2025/QĐ-UBND\nPhú Thọ, ngày 15 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
        "Quy định thời gian hoạt động của các đại lý Internet trên địa bàn tỉnh Phú Thọ\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 136/TTr-SVHTT&DL ngày 11 tháng 11 năm 2025;\n"
        "Ủy ban nhân dân ban hành Quyết định quy định thời gian hoạt động của các đại lý Internet.\n"
        "Điều 1. Đại lý Internet trên địa bàn tỉnh Phú Thọ hoạt động từ 06 giờ đến 22 giờ hằng ngày.\n"
        "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này.\n",
    )
    answer = Answerer(library).ask("Cơ quan nào trình UBND tỉnh Phú Thọ ban hành quyết định quy định thời gian hoạt động của đại lý Internet?")
    assert answer.found
    assert answer.answer.startswith("Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 136/TTr-SVHTT&DL")
    assert [c.text[:20] for c in answer.citations] == ["Theo đề nghị của Giá"]


def test_who_proposed_a_decision_named_by_its_number_is_answered_from_its_grounds(library: NoticeLibrary, tmp_path: Path) -> None:
    # The question describes the decision in words its grounds do not hold; its number names it.
    add_text_notice(
        library,
        tmp_path,
        "2666.txt",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: 2666/QĐ-UBND\nCần Thơ, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ lĩnh vực đấu thầu\n\n"
        "Căn cứ Quyết định số 3740/QĐ-BTC ngày 05 tháng 11 năm 2025 của Bộ trưởng Bộ Tài chính;\n"
        "Theo đề nghị của Giám đốc Sở Tài chính.\n"
        "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ của thành phố Cần Thơ.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n",
    )
    answer = Answerer(library).ask("QĐ 2666 công bố danh mục TTHC đấu thầu của Cần Thơ được ban hành theo đề nghị của ai?")
    assert answer.found
    assert answer.answer.startswith("Theo đề nghị của Giám đốc Sở Tài chính")
    assert [c.text for c in answer.citations] == ["Theo đề nghị của Giám đốc Sở Tài chính."]


def test_who_is_told_to_submit_a_document_is_answered_from_the_task_not_the_grounds(library: NoticeLibrary, tmp_path: Path) -> None:
    add_text_notice(
        library,
        tmp_path,
        "12.txt",
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/QĐ-UBND\nLào Cai, ngày 02 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác chuyển đổi số tỉnh Lào Cai\n\n"
        "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 88/TTr-SKHCN ngày 20 tháng 11 năm 2025;\n"
        "Điều 1. Thành lập Tổ công tác chuyển đổi số tỉnh Lào Cai.\n"
        "Điều 2. Giao Sở Nội vụ trình Ủy ban nhân dân tỉnh ban hành quy chế hoạt động của Tổ công tác chuyển đổi số trước ngày 31/12/2025.\n",
    )
    answer = Answerer(library).ask("Cơ quan nào trình UBND tỉnh Lào Cai ban hành quy chế hoạt động của Tổ công tác chuyển đổi số?")
    assert answer.found and answer.kind == "owner"
    assert [owner.agency for owner in answer.owners] == ["Sở Nội vụ"]


def test_a_named_notices_title_words_count_for_less_than_the_words_it_is_asked_by(
    embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    library = NoticeLibrary.open(make_settings(tmp_path / "data"), embedder)
    for seed in (SEED_000, SEED_002):  # other notices, so that similarity is scaled as in a real store
        library.add_file(seed)
    add_text_notice(
        library,
        tmp_path,
        "82.txt",
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 82/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
        "Quy định nội dung chi, mức chi phục vụ bầu cử\n\n"
        "Điều 1. Nghị quyết quy định nội dung chi, mức chi phục vụ bầu cử của thành phố.\n"
        "Điều 2. Nội dung chi, mức chi phục vụ bầu cử ở cấp thành phố theo Phụ lục kèm theo.\n"
        "Điều 3. Nội dung chi, mức chi phục vụ bầu cử ở cấp xã theo Phụ lục kèm theo.\n"
        "Điều 4. Nguồn kinh phí chi phục vụ bầu cử do ngân sách thành phố bảo đảm.\n"
        "Điều 5. Thời gian hỗ trợ kinh phí phục vụ bầu cử theo thực tế phân công nhiệm vụ.\n"
        "Điều 6. Nghị quyết có hiệu lực thi hành kể từ ngày ký ban hành.\n",
    )
    engine = library.search_engine
    question = "NQ 82/2025/NQ-HĐND về nội dung chi, mức chi phục vụ bầu cử có hiệu lực khi nào?"
    in_force = "Điều 6. Nghị quyết có hiệu lực thi hành kể từ ngày ký ban hành."

    def place() -> int:
        engine._plans.clear()  # plans are remembered per question
        return [engine.paragraphs[r.paragraph_id].paragraph.text for r in engine.rank(question, 10)].index(in_force)

    # Every provision repeats the title the question describes its notice by; "hiệu lực" is what is asked.
    # The description after "về" is left out of the notice's own ranking, and the words outside its
    # title count once more: either puts the in-force clause first, neither does.
    assert place() == 0
    monkeypatch.setattr("index.search.LOCAL_REST_WEIGHT", 0.0)
    assert place() == 0
    monkeypatch.setattr("index.search._without_subject", lambda query, title: query)
    assert place() > 0
    monkeypatch.setattr("index.search.LOCAL_REST_WEIGHT", 1.0)
    assert place() == 0
