"""BM25 top-k selection (the same results, in the same order, as sorting every scored document) and evidence coverage."""

from __future__ import annotations

import random

import pytest

from index.lexical import LexicalIndex, tokens
from tests.conftest import SAMPLES


def full_sort(index: LexicalIndex, query: str, k: int, allowed=None) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """What search() did before top-k selection: a stable sort of every scored document."""
    ranked = sorted(index.scores(query).items(), key=lambda item: item[1], reverse=True)
    if allowed is not None:
        ranked = [(d, s) for d, s in ranked if allowed(d)]
    return ranked[:k]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    lines = [
        line.strip()
        for path in sorted((SAMPLES / "notices").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 30
    ]
    rng = random.Random(7)
    docs = rng.sample(lines, min(300, len(lines)))
    docs += rng.sample(docs, 60)  # exact copies score exactly alike: ties the order must survive
    index = LexicalIndex()
    index.add_many((f"d{i:04d}", text) for i, text in enumerate(docs))
    assert len(index) >= 300
    return index


QUERIES = [
    "Sở Xây dựng chủ trì quy hoạch",
    "so xay dung",
    "Ủy ban nhân dân",  # common: most documents are candidates
    "và",
    "bãi đỗ xe tại thị xã Sa Pa",
    "kinh phí năm 2024",
    "không có từ nào như thế zzz",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("k", [1, 5, 50, 10**6])
def test_top_k_equals_the_full_sort(index: LexicalIndex, query: str, k: int) -> None:
    assert index.search(query, k) == full_sort(index, query, k)
    even = lambda doc_id: int(doc_id[1:]) % 2 == 0  # noqa: E731
    assert index.search(query, k, even) == full_sort(index, query, k, even)


def test_ties_exist_and_keep_their_order(index: LexicalIndex) -> None:
    ranked = index.search("Ủy ban nhân dân", 10**6)
    scores = [s for _, s in ranked]
    assert len(scores) > len(set(scores))  # the comparison above did cover equal scores
    assert ranked == full_sort(index, "Ủy ban nhân dân", 10**6)


def test_a_word_written_either_way_round_is_one_word() -> None:
    index = LexicalIndex()
    index.add("a", "Tiếp tục phối hợp đảm bảo hạ tầng công nghệ.")
    index.add("b", "Tiếp tục cập nhật cơ sở dữ liệu cán bộ.")
    assert tokens("Đảm bảo hạ tầng") == tokens("bảo đảm hạ tầng")
    assert [doc for doc, _ in index.search("ai bảo đảm hạ tầng công nghệ", 2)][0] == "a"


def test_a_word_typed_with_its_marks_covers_only_where_the_text_spells_it_so() -> None:
    index = LexicalIndex()
    index.add("a", "Cá nhân quyết toán thuế thu nhập cá nhân")
    index.add("b", "Rà soát toàn bộ thuế thu nhập")
    passage = "Rà soát toàn bộ thuế thu nhập"
    folded = index.coverage("quyet toan thue thu nhap", passage)
    assert index.coverage("quyet toan thue thu nhap", passage, typed="quyết toán thuế thu nhập") < folded
    # Typed without marks, a word is found however the text marks it; tone placement is no difference.
    assert index.coverage("quyet toan thue thu nhap", passage, typed="quyet toan thue thu nhap") == folded
    assert index.coverage("hoa binh", "tỉnh Hòa Bình", typed="Hoà Bình") == 1.0


def test_among_a_few_documents_their_shared_words_count_for_little() -> None:
    index = LexicalIndex()
    notice = {
        "n1": "Kết quả xác định trước mã số bộ thẻ trò chơi: tên thương mại bộ thẻ trò chơi Magic, mã số của bộ thẻ trò chơi.",
        "n2": "Kết quả xác định trước mã số bộ thẻ trò chơi: thành phần giấy bìa cứng, mực in.",
        "n3": "Kết quả xác định trước mã số bộ thẻ trò chơi: Thông báo này có hiệu lực từ ngày ký.",
    }
    index.add_many(notice.items())
    index.add_many((f"o{i}", f"Văn bản số {i} về hiệu lực thi hành từ ngày ký của quyết định khác.") for i in range(100))
    question = "bộ thẻ trò chơi mã số có hiệu lực từ khi nào"
    everywhere = index.scores(question)
    # Corpus-wide, the subject's rare words outweigh "hiệu lực", which a hundred other documents use.
    assert max(notice, key=everywhere.__getitem__) == "n1"
    inside = index.scores(question, among=list(notice))
    assert set(inside) == set(notice) and max(inside, key=inside.__getitem__) == "n3"
    assert index.scores(question, among=[]) == {}
