"""Scale and throughput benchmark with the real model on this machine. Prints markdown tables.

a) End-to-end ingest of the noisy TVPL documents (../shared/corpus/tvpl/*.md) through
   NoticeLibrary.add: read, structure, metadata, tasks, references, embed, Chroma write.
b) Scale: N paragraph-sized chunks of legal articles (../shared/corpus/phapdien_dieu.jsonl.gz,
   articles split at ~1,500 characters, one synthetic Notice per source document) written through
   ChromaStore.write_notice into a fresh Chroma; then lexical rebuild, library open, query latency
   (lexical-only, dense-only, hybrid) and one incremental NoticeLibrary.add/delete at that size.
   Only `--embed` chunks get real E5 vectors; every other chunk reuses the vector of a randomly
   chosen embedded chunk plus small Gaussian noise (renormalised). The output says so: dense
   *latency* is realistic at that size, dense *relevance* over the synthetic vectors is not.
c) Embedding throughput of the real model on 200 notice paragraphs and 200 legal chunks.

    .venv/bin/python bench/bench_scale.py                 # the full run (about 1.5-2 h on 2 cores)
    .venv/bin/python bench/bench_scale.py --quick         # small sizes, < 3 minutes
    .venv/bin/python bench/bench_scale.py --parts b --chunks 50000 --embed 1000 --server

Peak RSS per phase is read from /proc/self/status (VmHWM, reset through /proc/self/clear_refs
before each phase) when Linux allows it, else it is the process-lifetime ru_maxrss.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from index.embedder import TextEmbedder, load_embedder  # noqa: E402
from index.library import NoticeLibrary  # noqa: E402
from index.store import ChromaStore, connect, sentence_rows  # noqa: E402
from ingest.domain import IngestError, Notice, NoticeMeta, Paragraph, SearchFilters  # noqa: E402
from ingest.pipeline import parse_notice  # noqa: E402
from ingest.settings import Settings  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
PHAPDIEN = CORPUS / "phapdien_dieu.jsonl.gz"
TVPL = CORPUS / "tvpl"
SAMPLE_NOTICE = REPO / "samples" / "notices" / "000_1e72024b4a527dac.txt"
CHUNK_CHARS = 1500

# Realistic questions a provincial office or a citizen types about legal texts; some without diacritics.
QUERIES = [
    "thời hạn nộp hồ sơ đề nghị cấp giấy phép",
    "xu phat vi pham giao thong duong bo",
    "điều kiện cấp giấy phép xây dựng nhà ở riêng lẻ",
    "thẩm quyền xử phạt vi phạm hành chính của Chủ tịch Ủy ban nhân dân cấp xã",
    "quyền và nghĩa vụ của người sử dụng đất",
    "thu hồi đất để phát triển kinh tế xã hội vì lợi ích quốc gia công cộng",
    "bồi thường hỗ trợ tái định cư khi nhà nước thu hồi đất",
    "thời hiệu khởi kiện vụ án dân sự",
    "điều kiện kết hôn theo luật hôn nhân và gia đình",
    "nghia vu quan su cua cong dan",
    "độ tuổi gọi nhập ngũ",
    "thanh niên là công dân từ đủ bao nhiêu tuổi",
    "đăng ký thường trú tại thành phố trực thuộc trung ương",
    "thủ tục cấp căn cước công dân",
    "thời hạn giải quyết khiếu nại lần đầu",
    "quy trình tiếp công dân và xử lý đơn tố cáo",
    "hợp đồng lao động xác định thời hạn",
    "thoi gian thu viec toi da",
    "chế độ thai sản của lao động nữ",
    "mức đóng bảo hiểm xã hội bắt buộc",
    "điều kiện hưởng lương hưu",
    "bao hiem y te hoc sinh sinh vien",
    "thuế thu nhập cá nhân đối với thu nhập từ tiền lương tiền công",
    "hoàn thuế giá trị gia tăng",
    "dang ky kinh doanh ho kinh doanh ca the",
    "thành lập doanh nghiệp tư nhân",
    "vốn điều lệ công ty trách nhiệm hữu hạn",
    "phá sản doanh nghiệp và hợp tác xã",
    "đấu thầu rộng rãi lựa chọn nhà thầu",
    "chỉ định thầu trong trường hợp nào",
    "quản lý dự án đầu tư xây dựng sử dụng vốn ngân sách nhà nước",
    "đánh giá tác động môi trường của dự án",
    "xử phạt hành vi xả thải vượt quy chuẩn kỹ thuật môi trường",
    "bảo vệ và phát triển rừng phòng hộ",
    "khai thác khoáng sản làm vật liệu xây dựng thông thường",
    "phong chay chua chay co so kinh doanh",
    "nồng độ cồn khi điều khiển phương tiện giao thông",
    "giấy phép lái xe hạng B2",
    "an toàn thực phẩm cơ sở sản xuất kinh doanh",
    "quang cao ngoai troi bien hieu",
    "di sản văn hóa và bảo vệ di tích",
    "phổ cập giáo dục tiểu học",
    "tuyển sinh đại học và cao đẳng",
    "hành nghề khám bệnh chữa bệnh",
    "trách nhiệm hình sự của người chưa thành niên",
    "tạm giữ tạm giam trong tố tụng hình sự",
    "công chứng hợp đồng chuyển nhượng quyền sử dụng đất",
    "trợ giúp pháp lý cho người nghèo",
    "quyen tre em duoc bao ve",
    "nhiệm vụ quyền hạn của Hội đồng nhân dân tỉnh",
]
assert len(QUERIES) == 50


# ---- memory and disk -------------------------------------------------------------------------------


def _status_kb(field_name: str, pid: int | str = "self") -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_mb(pid: int | str = "self") -> float:
    kb = _status_kb("VmRSS", pid)
    return kb / 1024 if kb is not None else float("nan")


def reset_peak() -> bool:
    """Reset VmHWM (Linux >= 4.0: writing 5 to clear_refs); False when not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_mb(pid: int | str = "self") -> float:
    kb = _status_kb("VmHWM", pid)
    if kb is None and pid == "self":
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return kb / 1024 if kb is not None else float("nan")


def folder_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1024 / 1024


# ---- small helpers -------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def table(headers: list[str], rows: list[list[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            if value != value:  # nan
                return "n/a"
            return f"{value:,.1f}" if abs(value) >= 100 else f"{value:,.2f}"
        return str(value)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


class LoadSampler:
    """Samples the 1-minute load average every few seconds while a part runs (this bench alone is ~2)."""

    def __init__(self, every: float = 5.0) -> None:
        import threading

        self.samples: list[float] = [os.getloadavg()[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            self.samples.append(os.getloadavg()[0])

    def stop(self) -> str:
        self._stop.set()
        self._thread.join()
        self.samples.append(os.getloadavg()[0])
        return f"mean {statistics.mean(self.samples):.2f}, max {max(self.samples):.2f}"


class TimingEmbedder:
    """Delegates to the real embedder and accounts the time and passages it embeds."""

    def __init__(self, inner: TextEmbedder) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.passages = 0
        self.queries = 0

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        start = time.perf_counter()
        try:
            return self.inner.embed_passages(texts)
        finally:
            self.seconds += time.perf_counter() - start
            self.passages += len(texts)

    def embed_query(self, text: str) -> np.ndarray:
        start = time.perf_counter()
        try:
            return self.inner.embed_query(text)
        finally:
            self.seconds += time.perf_counter() - start
            self.queries += 1


class ChromaServer:
    """`chroma run` in a subprocess (for --server); always stopped by `stop`."""

    def __init__(self, data_path: Path) -> None:
        script = Path(sys.executable).parent / "chroma"
        command = [str(script)] if script.exists() else [
            sys.executable,
            "-c",
            "import sys; from chromadb.cli.cli import app; sys.argv = ['chroma', *sys.argv[1:]]; app()",
        ]
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_path = data_path
        data_path.mkdir(parents=True, exist_ok=True)
        self.log = (data_path.parent / "chroma-server.log").open("wb")
        self.process = subprocess.Popen(
            [*command, "run", "--path", str(data_path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"chroma server did not start (log: {self.log.name})") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


# ---- a) end-to-end ingest ----------------------------------------------------------------------------


@dataclass
class IngestRun:
    files: int = 0
    stored: int = 0
    duplicates: int = 0
    replaced: int = 0
    paragraphs: int = 0
    tasks: int = 0
    references: int = 0
    failures: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    per_file: list[tuple[str, float, int]] = field(default_factory=list)  # name, seconds (without embedding), paragraphs


def tvpl_files(limit: int | None, seed: int) -> list[Path]:
    files = sorted(TVPL.glob("*.md"))
    if limit is not None and limit < len(files):
        files = sorted(random.Random(seed).sample(files, limit))
    return files


def bench_ingest(embedder: TextEmbedder, model_dir: Path, workdir: Path, limit: int | None, seed: int) -> dict:
    files = tvpl_files(limit, seed)
    timing = TimingEmbedder(embedder)
    settings = Settings(data_dir=workdir / "ingest", model_dir=model_dir)
    library = NoticeLibrary.open(settings, timing)
    run = IngestRun()
    input_bytes = 0
    rss_before = rss_mb()
    peak_reset = reset_peak()
    started = time.perf_counter()
    for index, path in enumerate(files, 1):
        data = path.read_bytes()
        input_bytes += len(data)
        run.files += 1
        embed_before = timing.seconds
        t0 = time.perf_counter()
        try:
            result = library.add(data, path.name)
        except IngestError as error:
            run.failures[error.kind] += 1
            continue
        except Exception as error:  # a crash is a bug, not a refusal: keep going, report it
            run.crashes.append(f"{path.name}: {type(error).__name__}: {error}")
            continue
        finally:
            elapsed = time.perf_counter() - t0
        run.per_file.append((path.name, elapsed - (timing.seconds - embed_before), 0))
        if result.duplicate:
            run.duplicates += 1
            continue
        run.stored += 1
        run.replaced += len(result.replaced)
        run.paragraphs += result.paragraphs
        run.tasks += result.tasks
        run.references += result.references
        run.per_file[-1] = (path.name, run.per_file[-1][1], result.paragraphs)
        if index % 20 == 0:
            rate = run.paragraphs / (time.perf_counter() - started)
            print(f"  [a] {index}/{len(files)} files, {run.paragraphs} paragraphs, {rate:.1f} paragraphs/s", file=sys.stderr)
    run.seconds = time.perf_counter() - started
    counts = library.counts()
    # The same folder opened again (what a restart or the next CLI command costs at this size).
    reopen_error = None
    t0 = time.perf_counter()
    try:
        reopened = NoticeLibrary.open(settings, embedder)
        reopened.search_engine.refresh()
    except Exception as error:  # reported, not fatal: the figures above stand
        reopen_error = f"{type(error).__name__}: {error}"
    reopen_seconds = time.perf_counter() - t0
    non_embed = sum(s for _, s, _ in run.per_file)
    # Growth check: non-embedding seconds per paragraph, first vs last fifth of the files.
    fifth = max(1, len(run.per_file) // 5)
    head, tail = run.per_file[:fifth], run.per_file[-fifth:]

    def per_paragraph(rows: list[tuple[str, float, int]]) -> float:
        paragraphs = sum(p for _, _, p in rows)
        return 1000 * sum(s for _, s, _ in rows) / paragraphs if paragraphs else float("nan")

    slowest = sorted(run.per_file, key=lambda r: r[1], reverse=True)[:3]
    return {
        "files": run.files,
        "input_mb": input_bytes / 1024 / 1024,
        "stored": run.stored,
        "duplicates": run.duplicates,
        "replaced": run.replaced,
        "paragraphs": run.paragraphs,
        "tasks": run.tasks,
        "references": run.references,
        "failures": dict(run.failures),
        "crashes": run.crashes,
        "seconds": run.seconds,
        "embed_seconds": timing.seconds,
        "embedded_passages": timing.passages,
        "non_embed_seconds": non_embed,
        "ms_per_paragraph_first_fifth": per_paragraph(head),
        "ms_per_paragraph_last_fifth": per_paragraph(tail),
        "slowest_files": [(name, round(s, 2), p) for name, s, p in slowest],
        "counts": counts,
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_mb(),
        "peak_mb": peak_mb(),
        "peak_is_phase": peak_reset,
        "chroma_mb": folder_mb(settings.chroma_dir),
        "reopen_seconds": reopen_seconds,
        "reopen_error": reopen_error,
    }


def print_ingest(r: dict) -> None:
    print(f"## a) End-to-end ingest: {r['files']} TVPL documents through NoticeLibrary.add\n")
    failures = ", ".join(f"{k}: {v}" for k, v in sorted(r["failures"].items())) or "none"
    rows = [
        ["files (input size)", f"{r['files']} ({r['input_mb']:.2f} MB)"],
        ["stored / duplicate / replaced", f"{r['stored']} / {r['duplicates']} / {r['replaced']}"],
        ["failures by IngestError kind", failures],
        ["crashes (non-IngestError)", len(r["crashes"])],
        ["paragraphs / tasks / references stored", f"{r['paragraphs']:,} / {r['tasks']:,} / {r['references']:,}"],
        ["Chroma counts (notices, paragraphs)", f"{r['counts'][0]:,}, {r['counts'][1]:,}"],
        ["total time", f"{r['seconds']:.1f} s"],
        ["files/s", f"{r['files'] / r['seconds']:.3f}"],
        ["paragraphs/s", f"{r['paragraphs'] / r['seconds']:.2f}"],
        ["of which embedding (paragraphs + tasks)", f"{r['embed_seconds']:.1f} s ({100 * r['embed_seconds'] / r['seconds']:.0f} %), {r['embedded_passages']:,} passages, {r['embedded_passages'] / max(r['embed_seconds'], 1e-9):.1f} passages/s"],
        ["everything else (parse, Chroma, derived state)", f"{r['non_embed_seconds']:.1f} s"],
        ["non-embedding ms/paragraph, first vs last fifth of files", f"{r['ms_per_paragraph_first_fifth']:.2f} vs {r['ms_per_paragraph_last_fifth']:.2f}"],
        ["slowest files (non-embedding s, paragraphs)", "; ".join(f"{n} {s} s, {p}" for n, s, p in r["slowest_files"])],
        ["peak RSS" + ("" if r["peak_is_phase"] else " (process lifetime)"), f"{r['peak_mb']:.0f} MB"],
        ["RSS before / after", f"{r['rss_before_mb']:.0f} / {r['rss_after_mb']:.0f} MB"],
        ["Chroma folder size", f"{r['chroma_mb']:.1f} MB"],
        [
            "reopen (NoticeLibrary.open + lexical rebuild)",
            f"FAILED after {r['reopen_seconds']:.1f} s: {r['reopen_error']}" if r["reopen_error"] else f"{r['reopen_seconds']:.1f} s",
        ],
    ]
    print(table(["measure", "value"], rows))
    for crash in r["crashes"][:10]:
        print(f"\n- crash: {crash}")
    print()


# ---- b) scale -----------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+/\d{4}/[A-ZĐa-zđ0-9\-]+|\d+/[A-ZĐ]+[A-ZĐ0-9\-]*")
_DATE = re.compile(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})")
_KIND = re.compile(r"^\(Điều \S+ (.+?) (?:số|Về|về)\b")
_NAME = re.compile(r"số \S+ (.+?) ngày \d")


def document_key(row: dict) -> str:
    match = _NUMBER.search(row["source"])
    return match.group() if match else row["demuc_file"]


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Paragraph-sized chunks: whole lines packed up to `limit`, long lines split at sentences/words."""
    pieces: list[str] = []
    for line in (s.strip() for s in text.split("\n")):
        if not line:
            continue
        while len(line) > limit:
            cut = line.rfind(". ", 0, limit)
            if cut < limit // 2:
                cut = line.rfind(" ", 0, limit)
            cut = cut + 1 if cut > 0 else limit
            pieces.append(line[:cut].strip())
            line = line[cut:].strip()
        if line:
            pieces.append(line)
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + 1 + len(piece) <= limit:
            chunks[-1] += "\n" + piece
        else:
            chunks.append(piece)
    return chunks


def _rows() -> Iterator[dict]:
    with gzip.open(PHAPDIEN, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_phapdien(chunks_wanted: int, seed: int) -> tuple[list[Notice], int]:
    """Whole source documents, in seeded random order, until `chunks_wanted` chunks (the last one cut)."""
    sizes: dict[str, int] = defaultdict(int)
    for row in _rows():  # pass 1: chunk counts only, so the corpus is never held in memory
        sizes[document_key(row)] += len(split_chunks(row["text"]))
    keys = sorted(sizes)
    random.Random(seed).shuffle(keys)
    chosen: dict[str, int] = {}
    total = 0
    for key in keys:
        if total >= chunks_wanted:
            break
        if not sizes[key]:
            continue
        take = min(sizes[key], chunks_wanted - total)
        chosen[key] = take
        total += take
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in _rows():  # pass 2: the chosen documents' rows
        key = document_key(row)
        if key in chosen:
            grouped[key].append(row)
    notices = []
    for number, (key, rows) in enumerate(sorted(grouped.items())):
        notice_id = f"pd{number:06d}"
        paragraphs: list[Paragraph] = []
        for row in rows:
            for chunk in split_chunks(row["text"]):
                if len(paragraphs) == chosen[key]:
                    break
                ordinal = len(paragraphs)
                paragraphs.append(
                    Paragraph(
                        paragraph_id=f"{notice_id}:{ordinal:04d}",
                        ordinal=ordinal,
                        text=chunk,
                        heading_path=[row["demuc"], row["dieu"]],
                    )
                )
        if not paragraphs:
            continue
        head = rows[0]["source"]
        kind = _KIND.search(head)
        name = _NAME.search(head)
        when = next((m for r in rows if (m := _DATE.search(r["source"]))), None)
        issued = None
        if when:
            try:
                issued = date(int(when.group(3)), int(when.group(2)), int(when.group(1)))
            except ValueError:
                issued = None
        doc_type = kind.group(1) if kind else ""
        notices.append(
            Notice(
                notice_id=notice_id,
                source=f"phapdien-{key.replace('/', '_')}",
                content_hash=f"phapdien:{key}",
                meta=NoticeMeta(
                    title=f"{doc_type} {key} {name.group(1) if name else ''}".strip(),
                    doc_type=doc_type,
                    number=key if _NUMBER.fullmatch(key) else None,
                    issued_on=issued,
                ),
                paragraphs=paragraphs,
            )
        )
    return notices, sum(len(n.paragraphs) for n in notices)


def synthetic_vectors(
    embedder: TextEmbedder, texts: list[str], embed_count: int, noise: float, seed: int
) -> tuple[np.ndarray, np.ndarray, float]:
    """Real E5 vectors for a random subset, noisy copies of them for the rest.

    Returns (vectors, mask of really embedded rows, embedding seconds)."""
    rng = np.random.default_rng(seed)
    n = len(texts)
    embed_count = min(embed_count, n)
    real = np.zeros(n, dtype=bool)
    real[rng.choice(n, size=embed_count, replace=False)] = True
    real_index = np.flatnonzero(real)
    started = time.perf_counter()
    embedded = embedder.embed_passages([texts[i] for i in real_index])
    seconds = time.perf_counter() - started
    vectors = np.empty((n, embedder.dimension), dtype=np.float32)
    vectors[real_index] = embedded
    fake_index = np.flatnonzero(~real)
    if len(fake_index):
        base = embedded[rng.integers(0, embed_count, size=len(fake_index))]
        noisy = base + rng.normal(0.0, noise, size=base.shape).astype(np.float32)
        vectors[fake_index] = noisy / np.linalg.norm(noisy, axis=1, keepdims=True)
    return vectors, real, seconds


def sentence_copies(notice: Notice, block: np.ndarray, noise: float, seed: int) -> np.ndarray:
    """A vector per sentence the library would embed on its own: a noisy copy of its paragraph's.

    Real ingest embeds each sentence of a long paragraph (`sentence_rows`); ranking reads them for
    every dense candidate, so the latency measured here must include that lookup.
    """
    rows = sentence_rows(notice)
    if not rows:
        return np.zeros((0, block.shape[1]), dtype=np.float32)
    position = {p.paragraph_id: i for i, p in enumerate(notice.paragraphs)}
    base = block[[position[pid] for pid, _, _ in rows]]
    noisy = base + np.random.default_rng(seed).normal(0.0, noise, size=base.shape).astype(np.float32)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


def _latencies(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    fn(queries[0])  # warm-up
    out = []
    for query in queries:
        t0 = time.perf_counter()
        fn(query)
        out.append(1000 * (time.perf_counter() - t0))
    return out


def bench_scale(
    embedder: TextEmbedder, model_dir: Path, workdir: Path, chunks: int, embed: int, noise: float, seed: int, server: bool
) -> dict:
    t0 = time.perf_counter()
    notices, total = load_phapdien(chunks, seed)
    load_seconds = time.perf_counter() - t0
    texts = [p.context_text() for n in notices for p in n.paragraphs]
    chars = [len(t) for t in texts]
    print(f"  [b] {total} chunks in {len(notices)} documents loaded in {load_seconds:.1f} s; embedding {min(embed, total)}", file=sys.stderr)
    vectors, real, embed_seconds = synthetic_vectors(embedder, texts, embed, noise, seed)
    real_count = int(real.sum())
    cos_noise = float("nan")
    if real_count < total:
        # how far a noisy copy sits from its source, for the label
        rng = np.random.default_rng(seed + 1)
        sample = rng.normal(0.0, noise, size=(200, embedder.dimension)).astype(np.float32)
        unit = vectors[np.flatnonzero(real)[:200]]
        noisy = unit[: len(sample)] + sample[: len(unit)]
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        cos_noise = float(np.mean(np.sum(noisy * unit[: len(noisy)], axis=1)))

    chroma_server = ChromaServer(workdir / "scale-server" / "data") if server else None
    try:
        settings = Settings(
            data_dir=workdir / "scale", model_dir=model_dir, chroma_url=chroma_server.url if chroma_server else None
        )
        chroma_dir = chroma_server.data_path if chroma_server else settings.chroma_dir
        store = ChromaStore(connect(settings))
        rss_before = rss_mb()
        reset_peak()
        zero_tasks = np.zeros((0, embedder.dimension), dtype=np.float32)
        offset = 0
        write_started = time.perf_counter()
        marks: list[tuple[int, float]] = []
        sentences = 0
        for notice in notices:
            count = len(notice.paragraphs)
            block = vectors[offset : offset + count]
            mean = block.mean(axis=0)
            sentence_block = sentence_copies(notice, block, noise, seed + offset)
            sentences += len(sentence_block)
            store.write_notice(notice, block, zero_tasks, mean / (np.linalg.norm(mean) or 1.0), sentence_block)
            offset += count
            marks.append((offset, time.perf_counter() - write_started))
        write_seconds = time.perf_counter() - write_started

        def rate_between(lo: float, hi: float) -> float:
            a = next(m for m in marks if m[0] >= lo * total)
            b = next(m for m in marks if m[0] >= hi * total)
            return (b[0] - a[0]) / (b[1] - a[1]) if b[1] > a[1] else float("nan")

        first_rate, last_rate = rate_between(0.0, 0.2), rate_between(0.8, 1.0)
        write_peak = peak_mb()
        counts = store.counts()

        t0 = time.perf_counter()
        iterated = sum(1 for _ in store.iter_paragraphs())
        iter_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        store.remove_orphans()
        orphan_seconds = time.perf_counter() - t0

        timing = TimingEmbedder(embedder)
        reset_peak()
        t0 = time.perf_counter()
        library = NoticeLibrary(store, timing, max_bytes=settings.max_upload_mb * 1024 * 1024)
        open_seconds = time.perf_counter() - t0
        engine = library.search_engine
        t0 = time.perf_counter()
        engine.refresh(force=True)
        rebuild_seconds = time.perf_counter() - t0
        rebuild_peak = peak_mb()
        rss_after_rebuild = rss_mb()
        noop_refresh = _latencies(lambda _q: engine.refresh(), QUERIES[:20])

        # Query latency, three rankers.
        lexical = _latencies(lambda q: engine.lexical_only(q, 10), QUERIES)
        lexical_core = _latencies(lambda q: engine.lexical.search(engine.understand(q).lexical_query, 50), QUERIES)
        no_filters = engine._filter(SearchFilters())  # what rank() passes even when no filter is set
        lexical_filtered = _latencies(
            lambda q: engine.lexical.search(engine.understand(q).lexical_query, 50, no_filters), QUERIES
        )
        count_calls = _latencies(lambda _q: store.counts(), QUERIES)
        encode = _latencies(embedder.embed_query, QUERIES)
        dense = _latencies(lambda q: engine.dense_only(q, 10), QUERIES)
        hybrid = _latencies(lambda q: library.search(q, 10), QUERIES)
        candidates = [len(engine.lexical.search(engine.understand(q).lexical_query, 10**9)) for q in QUERIES]

        # One real notice added and deleted through the library at this size.
        data = SAMPLE_NOTICE.read_bytes()
        embed_before = timing.seconds
        t0 = time.perf_counter()
        added = library.add(data, SAMPLE_NOTICE.name)
        add_seconds = time.perf_counter() - t0
        add_embed = timing.seconds - embed_before
        t0 = time.perf_counter()
        library.delete(added.notice_id)
        delete_seconds = time.perf_counter() - t0
        server_rss = (rss_mb(chroma_server.process.pid), peak_mb(chroma_server.process.pid)) if chroma_server else None
        result = {
            "backend": f"Chroma server (HttpClient, {chroma_server.url})" if chroma_server else "embedded (PersistentClient)",
            "chunks": total,
            "documents": len(notices),
            "chars_mean": statistics.mean(chars),
            "chars_max": max(chars),
            "load_seconds": load_seconds,
            "embedded": real_count,
            "embed_seconds": embed_seconds,
            "noise": noise,
            "noise_cosine": cos_noise,
            "write_seconds": write_seconds,
            "write_rate_first_fifth": first_rate,
            "write_rate_last_fifth": last_rate,
            "write_peak_mb": write_peak,
            "rss_before_mb": rss_before,
            "counts": counts,
            "sentences": sentences,
            "iter_paragraphs": iterated,
            "iter_seconds": iter_seconds,
            "orphan_seconds": orphan_seconds,
            "open_seconds": open_seconds,
            "rebuild_seconds": rebuild_seconds,
            "rebuild_peak_mb": rebuild_peak,
            "rss_after_rebuild_mb": rss_after_rebuild,
            "lexical_vocabulary": len(engine.lexical._postings),
            "noop_refresh_ms": noop_refresh,
            "latency": {
                "lexical-only (HybridSearch.lexical_only, k=10)": lexical,
                "  of which BM25 scoring alone (LexicalIndex.search, k=50)": lexical_core,
                "BM25 k=50 with rank()'s empty-filter callback": lexical_filtered,
                "dense-only (HybridSearch.dense_only, k=10)": dense,
                "  of which query embedding alone": encode,
                "hybrid (NoticeLibrary.search, k=10)": hybrid,
                "  of which no-op refresh() (signature check)": noop_refresh,
                "ChromaStore.counts() = 2 x Collection.count() (nearest_paragraphs does 1 per query)": count_calls,
            },
            "lexical_candidates_mean": statistics.mean(candidates),
            "add_seconds": add_seconds,
            "add_embed_seconds": add_embed,
            "add_paragraphs": added.paragraphs,
            "delete_seconds": delete_seconds,
            "chroma_mb": folder_mb(chroma_dir),
            "server_rss": server_rss,
        }
    finally:
        if chroma_server:
            chroma_server.stop()
    return result


def print_scale(r: dict) -> None:
    synthetic = r["chunks"] - r["embedded"]
    print(f"## b) Scale: {r['chunks']:,} legal chunks in {r['documents']:,} documents, {r['backend']}\n")
    print(
        f"**Vectors: {r['embedded']:,} chunks embedded with the real model; the other {synthetic:,} are SYNTHETIC** "
        f"(the vector of a random embedded chunk + N(0, {r['noise']}²) noise, renormalised; mean cosine to its "
        f"source {r['noise_cosine']:.3f}). Texts are all real. Dense latency is representative at this size; "
        "dense relevance over synthetic vectors is not. Sentences the library would embed on their own get "
        "noisy copies of their chunk's vector, so ranking reads them as it does after a real ingest.\n"
    )
    rows = [
        ["chunks (mean / max chars, with headings)", f"{r['chunks']:,} ({r['chars_mean']:.0f} / {r['chars_max']:,})"],
        ["corpus read + chunking", f"{r['load_seconds']:.1f} s"],
        ["real embedding of the subset", f"{r['embedded']:,} chunks in {r['embed_seconds']:.1f} s = {r['embedded'] / max(r['embed_seconds'], 1e-9):.2f} passages/s"],
        ["Chroma write (ChromaStore.write_notice)", f"{r['write_seconds']:.1f} s = {r['chunks'] / r['write_seconds']:,.0f} chunks/s"],
        ["write rate, first vs last fifth", f"{r['write_rate_first_fifth']:,.0f} vs {r['write_rate_last_fifth']:,.0f} chunks/s"],
        ["peak RSS during writes", f"{r['write_peak_mb']:.0f} MB (RSS before {r['rss_before_mb']:.0f} MB: model + vectors + texts)"],
        ["Chroma counts (notices, paragraphs)", f"{r['counts'][0]:,}, {r['counts'][1]:,}"],
        ["sentences embedded on their own (synthetic copies of their chunk's vector)", f"{r['sentences']:,}"],
        ["ChromaStore.iter_paragraphs (read everything back)", f"{r['iter_seconds']:.1f} s"],
        ["ChromaStore.remove_orphans (runs on every open)", f"{r['orphan_seconds']:.1f} s"],
        ["NoticeLibrary(...) open", f"{r['open_seconds']:.1f} s"],
        ["lexical rebuild (HybridSearch.refresh(force=True))", f"{r['rebuild_seconds']:.1f} s, {r['lexical_vocabulary']:,} terms"],
        ["RSS after rebuild (peak during open + rebuild)", f"{r['rss_after_rebuild_mb']:.0f} MB ({r['rebuild_peak_mb']:.0f} MB)"],
        ["mean BM25 candidates per query (docs sharing a term)", f"{r['lexical_candidates_mean']:,.0f}"],
        ["NoticeLibrary.add of a 65-paragraph notice at this size", f"{r['add_seconds']:.1f} s (embedding {r['add_embed_seconds']:.1f} s, rest {r['add_seconds'] - r['add_embed_seconds']:.1f} s)"],
        ["NoticeLibrary.delete of it", f"{r['delete_seconds']:.2f} s"],
        ["Chroma folder size", f"{r['chroma_mb']:.0f} MB"],
    ]
    if r["server_rss"]:
        rows.append(["Chroma server process RSS (peak)", f"{r['server_rss'][0]:.0f} MB ({r['server_rss'][1]:.0f} MB)"])
    print(table(["measure", "value"], rows))
    print(f"\nQuery latency over {len(QUERIES)} queries (ms, after one warm-up query):\n")
    lat_rows = [
        [name, pct(values, 50), pct(values, 95), max(values)] for name, values in r["latency"].items()
    ]
    print(table(["ranker", "p50", "p95", "max"], lat_rows))
    print()


# ---- c) embedding throughput ---------------------------------------------------------------------------


def bench_embedding(embedder: TextEmbedder, count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    for path in sorted(TVPL.glob("*.md"))[:40]:
        try:
            notice = parse_notice(path.read_bytes(), path.name)
        except IngestError:
            continue
        paragraphs.extend(p.context_text() for p in notice.paragraphs)
    legal: list[str] = []
    for row in _rows():
        for chunk in split_chunks(row["text"]):
            legal.append("\n".join([row["demuc"], row["dieu"], chunk]))
        if len(legal) >= 20 * count:
            break
    tokenizer = getattr(getattr(embedder, "_model", None), "tokenizer", None)
    results = []
    embedder.embed_passages(paragraphs[:4])  # warm-up
    for name, pool in [("TVPL notice paragraphs (with headings)", paragraphs), ("phapdien legal chunks <= 1,500 chars", legal)]:
        sample = rng.sample(pool, min(count, len(pool)))
        t0 = time.perf_counter()
        embedder.embed_passages(sample)
        seconds = time.perf_counter() - t0
        tokens = (
            statistics.mean(min(512, len(tokenizer(t)["input_ids"])) for t in sample) if tokenizer else float("nan")
        )
        results.append(
            {"name": name, "n": len(sample), "chars": statistics.mean(map(len, sample)), "tokens": tokens, "seconds": seconds}
        )
    return results


def print_embedding(rows: list[dict], batch_size: int | None) -> None:
    import torch

    print(f"## c) Embedding throughput, real multilingual-e5-small (torch threads {torch.get_num_threads()}, batch {batch_size})\n")
    print(
        table(
            ["passages", "n", "mean chars", "mean tokens", "seconds", "passages/s", "tokens/s"],
            [
                [r["name"], r["n"], r["chars"], r["tokens"], r["seconds"], r["n"] / r["seconds"], r["n"] * r["tokens"] / r["seconds"]]
                for r in rows
            ],
        )
    )
    print()


# ---- main --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, help="converted model (default: NOTICES_MODEL_DIR or data/model)")
    parser.add_argument("--parts", default="abc", help="which parts to run, e.g. 'b' or 'ac' (default abc)")
    parser.add_argument("--quick", action="store_true", help="small sizes: finishes in under 3 minutes")
    parser.add_argument("--tvpl", type=int, help="a) number of TVPL documents (default all 282; quick 3)")
    parser.add_argument("--chunks", type=int, help="b) number of chunks (default 20000; quick 2000)")
    parser.add_argument("--embed", type=int, help="b) chunks embedded for real (default 3000; quick 60)")
    parser.add_argument("--noise", type=float, default=0.01, help="b) std of the noise added to reused vectors")
    parser.add_argument("--server", action="store_true", help="b) against a `chroma run` server (HttpClient)")
    parser.add_argument("--embed-sample", type=int, help="c) passages per kind (default 200; quick 40)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workdir", type=Path, help="where the Chromas go (default: a temp dir, removed)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument(
        "--in-process", action="store_true", help="all parts in one process (default: one process per part, so RSS figures do not mix)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    raw_argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(raw_argv)

    quick = args.quick
    tvpl = args.tvpl if args.tvpl is not None else (3 if quick else None)
    chunks = args.chunks or (2000 if quick else 20000)
    embed = args.embed if args.embed is not None else (60 if quick else 3000)
    sample = args.embed_sample or (40 if quick else 200)
    missing = [p for p in (PHAPDIEN, TVPL) if not p.exists()]
    if missing:
        print(f"missing corpus: {', '.join(map(str, missing))} (expected under {CORPUS})", file=sys.stderr)
        return 2

    settings = Settings()
    model_dir = args.model_dir or settings.resolved_model_dir
    selected = [name for name in "cab" if name in args.parts]
    if not args.child and not args.in_process and len(selected) > 1:
        return run_parts_in_children(raw_argv, selected, model_dir, args.json)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    t0 = time.perf_counter()
    embedder = load_embedder(model_dir)
    load_seconds = time.perf_counter() - t0
    results: dict[str, object] = {}
    parts = [
        ("c", lambda: bench_embedding(embedder, sample, args.seed), lambda r: print_embedding(r, getattr(embedder, "batch_size", None))),
        ("a", lambda: bench_ingest(embedder, model_dir, workdir, tvpl, args.seed), print_ingest),
        ("b", lambda: bench_scale(embedder, model_dir, workdir, chunks, embed, args.noise, args.seed, args.server), print_scale),
    ]
    try:
        if args.child:
            print(f"_(own process: model loaded in {load_seconds:.1f} s, RSS then {rss_mb():.0f} MB)_\n")
        else:
            print_header(model_dir)
            print(f"_model loaded in {load_seconds:.1f} s, RSS then {rss_mb():.0f} MB_\n")
        sys.stdout.flush()
        for name, run, show in parts:
            if name not in args.parts:
                continue
            sampler = LoadSampler()
            part_started = time.perf_counter()
            try:
                result = run()
            except Exception:  # one broken part must not lose the others
                import traceback

                print(f"## part {name} FAILED\n\n```\n{traceback.format_exc()}```\n")
                results[name] = {"error": traceback.format_exc()}
            else:
                show(result)
                results[name] = result
            print(f"_part {name}: {time.perf_counter() - part_started:.0f} s; 1-min load average during it: {sampler.stop()}_\n")
            sys.stdout.flush()
            if args.json:
                args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"_total {time.perf_counter() - started:.0f} s; peak RSS of the process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB_")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


def print_header(model_dir: Path) -> None:
    print(f"# Scale benchmark ({os.cpu_count()} CPUs, model {model_dir})\n")
    print("The 1-minute load average is shown per part: this bench alone keeps it near 2 on 2 cores;")
    print("more means other work on the box was slowing the figures down.\n")


def _without(argv: list[str], options: set[str]) -> list[str]:
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        name = arg.split("=", 1)[0]
        if name in options:
            skip = "=" not in arg
            continue
        kept.append(arg)
    return kept


def run_parts_in_children(argv: list[str], parts: list[str], model_dir: Path, json_path: Path | None) -> int:
    """Each part in a fresh interpreter: peak and resident memory then belong to that part alone."""
    print_header(model_dir)
    sys.stdout.flush()
    base = _without(argv, {"--parts", "--json"})
    results: dict[str, object] = {}
    status = 0
    with tempfile.TemporaryDirectory(prefix="bench-scale-json-") as tmp:
        for part in parts:
            part_json = Path(tmp) / f"{part}.json"
            code = subprocess.call(
                [sys.executable, str(Path(__file__).resolve()), *base, "--parts", part, "--child", "--json", str(part_json)]
            )
            status = status or code
            if part_json.exists():
                results.update(json.loads(part_json.read_text(encoding="utf-8")))
    if json_path:
        json_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
