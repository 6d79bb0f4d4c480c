"""The derived lexical index follows other processes writing to the same Chroma, in two cheap calls per query."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from index.embedder import HashingEmbedder
from index.library import NoticeLibrary
from tests.conftest import SAMPLES, make_settings

SEED_000 = SAMPLES / "notices" / "000_1e72024b4a527dac.txt"
SEED_002 = SAMPLES / "notices" / "002_0ce4c6df32ab89d9.txt"


def count_calls(library: NoticeLibrary, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    calls: Counter[str] = Counter()
    for name in ("notice_count", "notices_written_since", "notice_ids", "iter_paragraphs"):
        method = getattr(library.store, name)
        monkeypatch.setattr(library.store, name, lambda *a, _m=method, _n=name: calls.update([_n]) or _m(*a))
    return calls


def test_other_writers_are_followed_without_reading_every_notice_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path)
    embedder = HashingEmbedder()
    writer = NoticeLibrary.open(settings, embedder)  # another process, in production
    reader = NoticeLibrary.open(settings, embedder)
    path = tmp_path / "thong-bao.txt"
    path.write_text("Giao Sở Y tế rà soát trạm y tế xã, báo cáo trước ngày 15/5/2024.", encoding="utf-8")
    old = writer.add_file(path)
    assert reader.search("trạm y tế xã")[0].notice_id == old.notice_id

    calls = count_calls(reader, monkeypatch)
    reader.search("trạm y tế xã")
    assert calls == {"notice_count": 1, "notices_written_since": 1}  # no id list, no rebuild

    # A replacement keeps the count of notices; the new one was written since: seen by the next query.
    path.write_text("Giao Sở Tài chính bố trí kinh phí cho trạm y tế xã trong tháng 6/2024.", encoding="utf-8")
    new = writer.add_file(path)
    assert new.replaced == [old.notice_id] and reader.counts()[0] == 1
    assert {h.notice_id for h in reader.search("trạm y tế xã")} == {new.notice_id}
    # An added notice, then a deleted one.
    added = writer.add_file(SEED_000)
    hits = reader.search("xoa nha tam nha dot nat", k=3)
    assert hits and hits[0].notice_id == added.notice_id
    writer.delete(added.notice_id)
    assert all(h.notice_id != added.notice_id for h in reader.search("xoa nha tam nha dot nat", k=3))
    assert calls["iter_paragraphs"] == 3  # one rebuild per change, none for the queries in between

    # The reader's own writes need no rebuild and no id list.
    calls.clear()
    own = reader.add_file(SEED_002)
    assert reader.search("Sở Xây dựng Lạng Sơn", k=1)[0].notice_id == own.notice_id
    reader.delete(own.notice_id)
    assert all(h.notice_id != own.notice_id for h in reader.search("Sở Xây dựng Lạng Sơn", k=3))
    assert calls["notice_ids"] == calls["iter_paragraphs"] == 0


def test_a_notice_written_between_refresh_and_our_own_write_is_still_picked_up(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    embedder = HashingEmbedder()
    writer = NoticeLibrary.open(settings, embedder)
    reader = NoticeLibrary.open(settings, embedder)
    reader.search_engine.refresh()
    other = writer.add_file(SEED_000)  # lands after the reader's refresh ...
    reader.search_engine.notice_added([])  # ... and before the reader records a write of its own
    assert other.notice_id not in (reader.search_engine.signature or ())
    hits = reader.search("xoa nha tam nha dot nat", k=3)
    assert hits and hits[0].notice_id == other.notice_id


def test_a_remembered_query_plan_follows_the_vocabulary(tmp_path: Path) -> None:
    library = NoticeLibrary.open(make_settings(tmp_path), HashingEmbedder())
    first = tmp_path / "a.txt"
    first.write_text("Giao Sở Y tế rà soát trạm y tế xã.", encoding="utf-8")
    library.add_file(first)
    engine = library.search_engine
    engine.refresh()
    plan = engine.understand("ra soat tram y te")
    assert plan.restored == "rà soát trạm y tế" and engine.understand("ra soat tram y te") is plan
    # A notice spelling the words another way changes what the unaccented query restores to.
    second = tmp_path / "b.txt"
    second.write_text("Rà soát trâm. Rà soát trâm. Rà soát trâm quý. Trâm y tế trâm.", encoding="utf-8")
    library.add_file(second)
    assert engine.understand("ra soat tram y te") is not plan
