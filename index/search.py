"""Hybrid retrieval: BM25 over folded syllables fused with dense E5 similarity."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from time import time

from index.embedder import TextEmbedder
from index.lexical import LexicalIndex, syllables, tokens
from index.memory import release_free_memory
from index.store import ChromaStore, StoredParagraph, date_to_int, where_all
from index.query import DiacriticRestorer, QueryPlan, has_diacritics, names_holder, typed_out, understand, unknown_words
from ingest.domain import FacetCount, Facets, Highlight, SearchFilters, SearchHit, SearchResult
from ingest.metadata import without_province
from ingest.normalize import fold, nfc
from ingest.references import reference_key

LEXICAL_CANDIDATES = 50
DENSE_CANDIDATES = 100
DENSE_FLOOR_RANK = 80  # the neighbour whose similarity is the dense scale's zero
DENSE_WEIGHT = 0.45
UNACCENTED_DAMPING = 0.3
FACET_RELATIVE_SCORE = 0.5  # results this close to the best one count in the facets
# Priors added to the fused score (range [0, 1]). They reorder the candidates the two rankers
# found, never add one. Measured on the labelled questions: task priors
# MRR 0.932 → 0.938, province prior → 0.945; any value in 0.05–0.2 gives the same ranking there.
# The province prior stands in for the province's name, which the lexical query leaves out.
TASK_PRIOR = 0.1  # owner question and the paragraph assigns work; deadline question and it sets one
PROVINCE_PRIOR = 0.1  # the question names the province of the paragraph's notice
# "Ai là Trưởng Ban …?" and the paragraph names the Trưởng Ban, not only a Phó Trưởng Ban: the
# deputies' lines repeat every word of the office and otherwise crowd out its holder's.
OFFICE_PRIOR = 0.1
# The question names a province and the paragraph's notice is another province's: "Lâm Đồng cải thiện
# PCI giai đoạn nào?" is not answered by Lạng Sơn's resolution. Notices of no province (central ones)
# keep their score. Measured over the eight question sets: sum of MRR 7.221 → 7.260 at 0.3 (7.231 at
# 0.1); at 1.0, a filter in effect, 7.252 and one answer fewer.
OTHER_PROVINCE_PENALTY = 0.3
# Times the share of the question's IDF mass that only the paragraph's notice title supplies. "Quyết
# định thành lập Ban Chỉ đạo … có hiệu lực từ khi nào?" names its notice by the title; "Quyết định này
# có hiệu lực …" never repeats it, while 34 member lines under the "Thành lập Ban Chỉ đạo" heading
# do. Measured over the five question sets: sum of MRR +0.027 at 0.6, +0.005 at 0.3; at 1.0 two
# answerable questions go unanswered. Titles in the BM25 text instead split the two rankers. The
# notice's issuer counts as its title does ("Nguyên tắc 6 rõ mà Bộ Văn hóa, Thể thao và Du lịch yêu
# cầu …" asks inside that ministry's letter, whose closing lines repeat its name), but for its province,
# which the province prior weighs: with it, summed MRR over the development set and held-out 1-25 rose
# more (21.470 -> 21.576) but the credit fell unevenly within a notice, on paragraphs whose indexed text
# lacks the province: "… giải ngân … đạt bao nhiêu" put its heading above the figure and lost 2 answers.
TITLE_PRIOR = 0.6
# The question names a notice we hold by its number ("Thông báo 653/TB-VPCP nêu mục tiêu …"): its
# paragraphs, and those citing it, are what is asked about; the number itself leaves the query
# (`held_notices_named`). Measured over the development set and held-out 1-15 (17 files): summed MRR
# 14.144 → 14.177 (0.4: 14.175); that question's paragraph rose from rank 7 to 1. Raised to 1.0 in
# session 19, as the answerer already answers such a question from nothing else: over the development
# set and held-out 1-26 (51 files) 22.203 → 22.289, answers and refusals unchanged ("Kết luận 221 được
# đưa ra tại phiên họp ngày nào?" had three other notices' "phiên họp" lines above the conclusion's).
# A question asking what the notice cites is about its own paragraphs, not those citing it.
NAMED_NOTICE_PRIOR = 1.0
# The question names a document by its symbol, or asks what cites one: the passages citing it.
# Measured over the development set and held-out 1-17 (24 files): summed MRR 15.508 -> 15.581,
# answered 1087 -> 1089 of 1174, refusals unchanged; 0.2 gave 15.565, 1.0 15.578.
CITED_PRIOR = 0.4
# A question names no notice, but one holds the best and at least 7 of the 10 leading lexical
# candidates: it is about that notice, whose paragraphs are then ranked lexically among themselves.
# Measured over the development set and held-out 1-30 (one store): summed MRR 25.146 -> 25.348 (38
# questions up, 12 down), answered questions whose passage ranks first 1398 -> 1407, answered 1704 -> 1702
# of 1941, refused 323 -> 324 of 361. Keeping each paragraph's better share, corpus-wide or within
# its notice, gained less (25.208): the notice's other paragraphs kept the subject's credit. With the
# 6-paragraph minimum (a two-paragraph notice's question went to the wrong one): 25.354.
FOCUS_CANDIDATES = 10
FOCUS_SHARE = 0.7
# A question naming its notice by number often describes it by its title too ("NQ 82/2025/NQ-HĐND về nội
# dung chi, mức chi phục vụ bầu cử có hiệu lực khi nào?"), and most of that notice's provisions repeat
# the title's words: in its own ranking the words not in its title count once more. Measured over the
# development set and held-out 1-42 on the questions naming a notice (452, one 99-file store): summed
# MRR 371.130 -> 374.990, first-ranked 337 -> 344, answered 395 -> 394 of 427, refusals unchanged;
# 0.5 gave 373.505, 2.0 gave 371.296, and the title's words dropped altogether 365.315 (a question
# asking how many procedures a decision publishes is answered by the article repeating its title).
LOCAL_REST_WEIGHT = 1.0
OWN_RANKING_MIN = 6  # paragraphs a notice needs for its own ranking
# The preamble's "Ủy ban nhân dân tỉnh ban hành Quyết định <title>" repeats every word of the title, so
# any question describing its notice matches it, above the provision that answers ("Ai giám sát việc
# thực hiện NQ 80 về mức chi hỗ trợ Công an cấp xã?"); what it says, the scope article says too.
ENACTING_PENALTY = 0.3
PLAN_CACHE_SIZE = 512  # query plans remembered; the memory starts afresh when full
PRIOR_CANDIDATES = 30  # fused candidates looked up for tasks: one Chroma read per owner/deadline question
# A period question ("giao nhiệm vụ cho khoảng thời gian nào?") is answered by the heading that names
# the period ("3. Nhiệm vụ chủ yếu trong tháng 04/2024, Quý II/2024:"). Its children repeat the
# heading in their indexed text and add the question's other words, so the heading itself ranks far
# below them; it is lifted just above its best child among the leading candidates.
LIFT_CANDIDATES = 10
LIFT_MARGIN = 0.01
# What a heading must name, by what the question asks (`index.query.asks_period`): a span of years
# for "giai đoạn nào", a month, quarter or year for "cho những tháng, quý nào".
_PERIOD_IN_HEADING = {
    "stage": re.compile(r"\b(19|20)\d\d ?[-–] ?(19|20)\d\d\b"),
    "time": re.compile(r"\b(thang|quy|nam) (\d+|[ivx]+)\b"),
}


@dataclass(frozen=True)
class RankedParagraph:
    paragraph_id: str
    score: float  # fused score plus priors, about [-0.3, 1.15], comparable within one query only
    dense: float  # cosine of query and paragraph or its closest sentence; 0 when not a dense candidate
    lexical: float  # BM25 score, 0 when not among lexical candidates
    coverage: float  # share of the query's IDF mass present in the paragraph
    first_lexical: bool = False  # the best of the lexical candidates
    first_dense: bool = False  # the best of the dense candidates by whole-paragraph similarity
    # A heading ranked for a period question on its child's evidence: the child's scores are reported.
    lifted_by: str | None = None

    @property
    def first_in_both(self) -> bool:
        return self.first_lexical and self.first_dense


class HybridSearch:
    """Ranks stored paragraphs for a query. Holds derived state only (lexical index, paragraph cache)."""

    def __init__(self, store: ChromaStore, embedder: TextEmbedder) -> None:
        self.store = store
        self.embedder = embedder
        self.lexical = LexicalIndex()
        self.restorer = DiacriticRestorer()
        self.paragraphs: dict[str, StoredParagraph] = {}
        self._sentence_counts: dict[str, int] = {}  # paragraphs embedded sentence by sentence too
        self._by_text: dict[tuple[str, str], str] = {}  # (notice id, text with spaces squashed) → paragraph id
        self._by_notice: dict[str, list[str]] = {}  # notice id → its paragraph ids, in reading order
        self._number_keys: dict[str, str | None] = {}  # notice id → reference key of its own number
        self._cited: set[str] = set()  # reference keys some paragraph cites
        self._enacting: set[str] = set()  # paragraph ids of preambles' "… ban hành Quyết định <title>"
        self._plans: dict[str, QueryPlan] = {}  # understood queries, valid until the vocabulary changes
        self._signature: tuple[str, ...] | None = None

    @property
    def signature(self) -> tuple[str, ...] | None:
        """The set of notices the derived state was built from."""
        return self._signature

    # ---- derived state -------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Rebuild from Chroma when its set of notices differs from what we derived from.

        Runs before every query, so instead of reading every notice id it asks Chroma two cheap
        questions: how many notices there are, and which were written since the last check. Another
        process's delete changes the count; its add, even one that keeps the count (a replacement),
        is a notice written since. Same count and nothing new unknown to us: the same set.
        """
        now = time()  # wall clock, as the writers' written_at stamps
        # _checked_at is set whenever _signature is; only refresh() turns None into a signature.
        if not force and self._signature is not None and self.store.notice_count() == len(self._signature):
            recent = self.store.notices_written_since(self._checked_at)
            if not recent or set(recent) <= set(self._signature):
                self._checked_at = now
                return
        # Ids before paragraphs: a write landing in between makes the next check differ and rebuild.
        signature = tuple(sorted(self.store.notice_ids()))
        self._checked_at = now
        if not force and signature == self._signature:
            return
        self.lexical = LexicalIndex()
        self.restorer = DiacriticRestorer()
        self._plans.clear()
        self.paragraphs = {}
        self._sentence_counts = {}
        self._by_text = {}
        self._by_notice = {}
        self._number_keys = {}
        self._cited = set()
        self._enacting = set()
        for stored in self.store.iter_paragraphs():
            self._add(stored)
        self._signature = signature
        release_free_memory()  # the previous index and the pages read from Chroma

    def _add(self, stored: StoredParagraph) -> None:
        text = stored.paragraph.context_text()
        if stored.paragraph.paragraph_id not in self.paragraphs:
            self._by_notice.setdefault(stored.notice_id, []).append(stored.paragraph.paragraph_id)
        self.paragraphs[stored.paragraph.paragraph_id] = stored
        if sentences := len(stored.paragraph.sentences()):
            self._sentence_counts[stored.paragraph.paragraph_id] = sentences
        self._by_text.setdefault((stored.notice_id, _squash(stored.paragraph.text)), stored.paragraph.paragraph_id)
        if stored.notice_id not in self._number_keys:
            self._number_keys[stored.notice_id] = reference_key(stored.notice_number)
        self._cited.update(stored.references)
        if stored.paragraph.is_enacting_formula():
            self._enacting.add(stored.paragraph.paragraph_id)
        self.lexical.add(stored.paragraph.paragraph_id, text)
        # The index's own vocabulary restores diacritics of queries typed without them.
        self.restorer.add_text(text)
        self._plans.clear()

    def notice_paragraphs(self, notice_id: str) -> list[StoredParagraph]:
        """The paragraphs of one notice, without scanning every notice's."""
        return [self.paragraphs[pid] for pid in self._by_notice.get(notice_id, ())]

    @property
    def sentence_total(self) -> int:
        """How many sentence vectors the stored paragraphs should have."""
        return sum(self._sentence_counts.values())

    def notice_added(self, paragraphs: list[StoredParagraph]) -> None:
        for stored in paragraphs:
            self._add(stored)
        # Our own write, recorded without reading Chroma's ids: a notice another process wrote
        # meanwhile is not in our index, so it must stay out of the signature for refresh to fetch it.
        if self._signature is not None:
            self._signature = tuple(sorted({*self._signature, *(p.notice_id for p in paragraphs)}))

    def notice_removed(self, notice_id: str) -> None:
        doomed = self._by_notice.pop(notice_id, [])
        self.lexical.remove_many(doomed)
        for pid in doomed:
            del self.paragraphs[pid]
            self._sentence_counts.pop(pid, None)
        self._by_text = {key: pid for key, pid in self._by_text.items() if key[0] != notice_id}
        self._number_keys.pop(notice_id, None)
        self._cited = {key for p in self.paragraphs.values() for key in p.references}
        self._plans.clear()  # a plan names the notices held when it was made
        if self._signature is not None:
            self._signature = tuple(n for n in self._signature if n != notice_id)

    # ---- ranking -------------------------------------------------------------------------

    def rank(self, query: str, k: int | None = 10, filters: SearchFilters | None = None) -> list[RankedParagraph]:
        self.refresh()
        return self._rank(self.understand(query), k, filters)

    def _rank(self, plan: QueryPlan, k: int | None, filters: SearchFilters | None) -> list[RankedParagraph]:
        """Fuse normalised BM25 and dense similarity over the union of both candidate lists.

        A convex combination of max-normalised BM25 and min-max-normalised cosine beat reciprocal rank
        fusion on our labelled questions (bench/bench_retrieval.py): lexical evidence is strong for
        notices and RRF throws its margins away.
        """
        filters = filters or SearchFilters()
        allowed = self._filter(filters)
        lexical = dict(self.lexical.search(plan.lexical_query, LEXICAL_CANDIDATES, allowed))
        # A question about one notice asks for one passage of it ("Thông báo 39305/TB-CHQ … có hiệu lực
        # từ khi nào?"): its paragraphs are also ranked lexically among themselves, where the words of
        # its subject, repeated under its headings, count for little and "hiệu lực" for much.
        asked = self._notices_asked_about(plan, lexical)
        own = [
            pid
            for notice_id in sorted(asked)
            for pid in self._by_notice.get(notice_id, ())
            if allowed is None or allowed(pid)
        ]
        if len(own) < OWN_RANKING_MIN:
            own = []  # a few paragraphs tell too little of which words their notice repeats
        local = self._own_scores(plan, own)
        query_vector = self.embedder.embed_query(plan.dense_query)
        dense_ranked = [
            (pid, sim)
            for pid, sim in self.store.nearest_paragraphs(query_vector, DENSE_CANDIDATES, where=self._where(filters))
            if pid in self.paragraphs and (allowed is None or allowed(pid))
        ]
        dense = dict(dense_ranked)
        missing = [pid for pid in lexical.keys() | local.keys() if pid not in dense]
        for pid, vector in self.store.paragraph_vectors(missing).items():
            dense[pid] = float(vector @ query_vector)
        if not lexical and not dense and not local:
            return []
        # Whether a question singles out one passage is judged on whole paragraphs: one close
        # sentence in a long paragraph is weaker evidence ("thuốc men … đồ dùng dạy học" otherwise
        # points at "mua sắm trang thiết bị" and is refused).
        dense_first = max(dense, key=dense.__getitem__, default=None)
        # A paragraph is as close to the query as its closest sentence: a question about one matter
        # of a long paragraph is far from the paragraph's single vector. Measured over the seven
        # question sets: sum of MRR 6.279 → 6.365, every set up.
        sentence_counts = {pid: self._sentence_counts.get(pid, 0) for pid in dense}
        for pid, vectors in self.store.sentence_vectors(sentence_counts).items():
            dense[pid] = max(dense[pid], float((vectors @ query_vector).max()))
        top_lexical = max(lexical.values(), default=0.0) or 1.0
        top_local = max(local.values(), default=0.0) or 1.0
        lexical_share = {pid: score / top_lexical for pid, score in lexical.items()}
        lexical_share.update({pid: local.get(pid, 0.0) / top_local for pid in own})
        # A notice deleted by another process since refresh() leaves lexical hits without vectors.
        sims = sorted((sim for _, sim in dense_ranked), reverse=True) or list(dense.values()) or [0.0]
        # Not the last neighbour's similarity: Chroma's approximate search may return a different
        # last few from one process to the next, and the floor would move every score with them.
        floor, ceiling = sims[min(len(sims), DENSE_FLOOR_RANK) - 1], max(dense.values(), default=0.0)
        span = (ceiling - floor) or 1.0
        # Without diacritics (and none restored) E5 sees near-garbage tokens; trust the folded lexical side.
        unaccented = syllables(plan.dense_query) and not has_diacritics(plan.dense_query)
        alpha = DENSE_WEIGHT * UNACCENTED_DAMPING if unaccented else DENSE_WEIGHT
        fused = {
            pid: (1 - alpha) * lexical_share.get(pid, 0.0)
            + alpha * min(1.0, max(0.0, (dense.get(pid, floor) - floor) / span))
            for pid in lexical.keys() | dense.keys() | local.keys()
        }
        self._add_priors(fused, plan)
        lifted = self._lift_period_headings(fused, _PERIOD_IN_HEADING[plan.asks_period], allowed) if plan.asks_period else {}
        best = sorted(fused.items(), key=lambda item: item[1], reverse=True)[:k]  # k=None: every candidate
        lexical_first = max(lexical_share, key=lexical_share.__getitem__, default=None)
        return [
            RankedParagraph(
                paragraph_id=pid,
                score=score,
                dense=dense.get(evidence, 0.0),
                lexical=lexical.get(evidence, 0.0),
                coverage=self.lexical.coverage(plan.original, self.paragraphs[evidence].paragraph.context_text()),
                first_lexical=evidence == lexical_first,
                first_dense=evidence == dense_first,
                lifted_by=lifted.get(pid),
            )
            for pid, score in best
            for evidence in [lifted.get(pid, pid)]
        ]

    def _own_scores(self, plan: QueryPlan, own: list[str]) -> dict[str, float]:
        """BM25 among the asked notices' own paragraphs; for a notice named by number, without the
        question's description of it, and with the words outside its title counted once more."""
        if not own or not plan.named_notices:
            return self.lexical.scores(plan.lexical_query, among=own)
        titles = {self.paragraphs[pid].notice_title for pid in own}
        query = _without_subject(plan.lexical_query, {unit for text in titles for unit in syllables(text)})
        scores = self.lexical.scores(query, among=own)
        # Tokens, not syllables: "hiệu lực" still counts under a title of "lực lượng dân quân".
        title = {token for text in titles for token in tokens(text)}
        extra = self.lexical.scores(query, among=own, ignoring=title)
        return {pid: score + LOCAL_REST_WEIGHT * extra.get(pid, 0.0) for pid, score in scores.items()}

    def _lift_period_headings(
        self, fused: dict[str, float], period: re.Pattern[str], allowed: Callable[[str], bool] | None
    ) -> dict[str, str]:
        """Put the nearest heading that names a period just above its best child; heading → child."""
        lifted: dict[str, str] = {}
        for pid in sorted(fused, key=fused.__getitem__, reverse=True)[:LIFT_CANDIDATES]:
            stored = self.paragraphs[pid]
            heading = next((h for h in reversed(stored.paragraph.heading_path) if period.search(fold(h))), None)
            head = self._by_text.get((stored.notice_id, _squash(heading))) if heading else None
            if head is None or head in lifted or (allowed is not None and not allowed(head)):
                continue
            if fused.get(head, 0.0) < fused[pid] + LIFT_MARGIN:
                fused[head] = fused[pid] + LIFT_MARGIN
                lifted[head] = pid
        return lifted

    def _add_priors(self, fused: dict[str, float], plan: QueryPlan) -> None:
        """Nudge what the question's form asks for: an assignment, a deadline, its province, its notice."""
        self._add_title_prior(fused, plan)
        self._add_named_notice_prior(fused, plan)
        for pid in self._enacting.intersection(fused):
            fused[pid] -= ENACTING_PENALTY
        if plan.cited_documents:
            cited = set(plan.cited_documents)
            for pid in fused:
                if not cited.isdisjoint(self.paragraphs[pid].references):
                    fused[pid] += CITED_PRIOR
        if plan.office:
            for pid in fused:
                if names_holder(plan.office, fold(self.paragraphs[pid].paragraph.text)):
                    fused[pid] += OFFICE_PRIOR
        if plan.province:
            provinces = {pid: self.paragraphs[pid].province for pid in fused}
            # Only when the named province has candidates: otherwise there is nothing to prefer.
            penalty = OTHER_PROVINCE_PENALTY if plan.province in provinces.values() else 0.0
            for pid, province in provinces.items():
                if province == plan.province:
                    fused[pid] += PROVINCE_PRIOR
                elif province:
                    fused[pid] -= penalty
        if not (plan.asks_owner or plan.asks_deadline):
            return
        leading = sorted(fused, key=fused.__getitem__, reverse=True)[:PRIOR_CANDIDATES]
        boosted: set[str] = set()
        for task in self.store.tasks(where={"paragraph_id": {"$in": leading}}):
            if (plan.asks_owner and task.lead) or (plan.asks_deadline and task.deadline):
                boosted.add(task.paragraph_id)
        for pid in boosted:
            fused[pid] += TASK_PRIOR

    def _add_named_notice_prior(self, fused: dict[str, float], plan: QueryPlan) -> None:
        if not plan.named_notices:
            return
        if plan.asks_what_is_cited:
            # "Công điện 232 dẫn chiếu những văn bản nào?": its paragraphs, first those citing something.
            named = self._named_notice_ids(plan)
            for pid in fused:
                stored = self.paragraphs[pid]
                if stored.notice_id in named:
                    fused[pid] += NAMED_NOTICE_PRIOR + (CITED_PRIOR if stored.references else 0.0)
            return
        on_named_notice = self._on_named_notice(plan)
        for pid in fused:
            if on_named_notice(pid):
                fused[pid] += NAMED_NOTICE_PRIOR

    def on_named_notice(self, query: str) -> Callable[[str], bool]:
        """Whether a paragraph belongs to a notice the query names by number, or cites it; true of every
        paragraph when it names none."""
        plan = self.understand(query)
        if not plan.named_notices:
            return lambda paragraph_id: True
        return self._on_named_notice(plan)

    def names_held_notice(self, query: str) -> bool:
        """Does the query name, by its number, a notice this index holds?"""
        return bool(self.named_notice_ids(query))

    def named_notice_ids(self, query: str) -> set[str]:
        """The notices held that the query names by their number."""
        return self._named_notice_ids(self.understand(query))

    def _named_notice_ids(self, plan: QueryPlan) -> set[str]:
        keys = set(plan.named_notices)
        return {notice_id for notice_id, key in self._number_keys.items() if key in keys}

    def _notices_asked_about(self, plan: QueryPlan, lexical: dict[str, float]) -> set[str]:
        """The notices a question asks for one passage of: those it names by number (unless it asks what
        they cite), or else the one holding the best and most of the leading lexical candidates."""
        if plan.named_notices and not plan.asks_what_is_cited and not plan.asks_before_named:
            return self._named_notice_ids(plan)
        leading = list(lexical)[:FOCUS_CANDIDATES]  # the lexical search returns them best first
        if not leading:
            return set()
        notice_id, held = Counter(self.paragraphs[pid].notice_id for pid in leading).most_common(1)[0]
        focused = held >= FOCUS_SHARE * len(leading) and self.paragraphs[leading[0]].notice_id == notice_id
        return {notice_id} if focused else set()

    def _on_named_notice(self, plan: QueryPlan) -> Callable[[str], bool]:
        """The test `on_named_notice` makes, with the notices named (and, for "Trước TB 39305 …", the
        date asked before) looked up once per query rather than once per paragraph."""
        named = self._named_notice_ids(plan)
        if plan.asks_before_named:
            cutoff = self._issued_first(named)

            def earlier(paragraph_id: str) -> bool:
                stored = self.paragraphs.get(paragraph_id)
                return cutoff is not None and stored is not None and stored.issued_on is not None and stored.issued_on < cutoff

            return earlier

        def named_or_citing(paragraph_id: str) -> bool:
            stored = self.paragraphs.get(paragraph_id)
            return stored is not None and (
                stored.notice_id in named or any(key in stored.references for key in plan.named_notices)
            )

        return named_or_citing

    def asked_before(self, query: str) -> date | None:
        """The date a question opening "Trước TB 39305/TB-CHQ, …" asks before: that notice's."""
        plan = self.understand(query)
        return self._issued_first(self._named_notice_ids(plan)) if plan.asks_before_named else None

    def _issued_first(self, notice_ids: set[str]) -> date | None:
        dates = [self.paragraphs[self._by_notice[n][0]].issued_on for n in notice_ids if self._by_notice.get(n)]
        return min((d for d in dates if d), default=None)

    def _add_title_prior(self, fused: dict[str, float], plan: QueryPlan) -> None:
        weights = {unit: self.lexical.idf(unit) for unit in set(syllables(plan.original))}
        total = sum(weights.values())
        if not total:
            return
        titles: dict[str, set[str]] = {}
        for pid in fused:
            stored = self.paragraphs[pid]
            title = titles.get(stored.notice_id)
            if title is None:
                # The issuer's province is the province prior's: "UBND tỉnh Lai Châu" lends "ủy ban nhân dân".
                issuer = without_province(stored.issuer or "")
                title = titles[stored.notice_id] = set(syllables(f"{stored.notice_title} {issuer}")) & weights.keys()
            from_title = title.difference(self.lexical.terms(pid))
            if from_title:
                fused[pid] += TITLE_PRIOR * sum(weights[unit] for unit in from_title) / total

    def understand(self, query: str) -> QueryPlan:
        """Diacritics restored from the corpus, abbreviations expanded: what each ranker is given.

        Remembered: one /ask reads the plan to rank, to list precedents and to report the restored
        question, and restoring an unaccented question costs about 15 ms.
        """
        plan = self._plans.get(query)
        if plan is None:
            typed = typed_out(query)
            if typed != nfc(query):
                # Read once, written out: the answerer goes on with the written-out question.
                written = self.understand(typed)
                plan = written if written.restored else replace(written, restored=typed)  # "qly" shown as "quản lý"
            else:
                held = {key for key in self._number_keys.values() if key}
                plan = understand(typed, self.restorer, held, self._cited)
            if len(self._plans) >= PLAN_CACHE_SIZE:
                self._plans.clear()
            self._plans[query] = plan
        return plan

    def lexical_only(self, query: str, k: int) -> list[str]:
        self.refresh()
        return [pid for pid, _ in self.lexical.search(query, k)]

    def dense_only(self, query: str, k: int) -> list[str]:
        self.refresh()
        return [pid for pid, _ in self.store.nearest_paragraphs(self.embedder.embed_query(query), k)]

    def search(self, query: str, k: int = 10, filters: SearchFilters | None = None) -> list[SearchHit]:
        self.refresh()
        plan = self.understand(query)
        return [self.hit(r.paragraph_id, r.score, plan.lexical_query) for r in self._rank(plan, k, filters)]

    def search_with_facets(self, query: str, k: int = 10, filters: SearchFilters | None = None) -> SearchResult:
        """The best `k` hits, facets over every result close to the best, and how the query was read."""
        self.refresh()
        plan = self.understand(query)
        ranked = self._rank(plan, None, filters)
        best = ranked[0].score if ranked else 0.0
        relevant = [r for r in ranked if r.score >= FACET_RELATIVE_SCORE * best]
        return SearchResult(
            query=query,
            restored=plan.restored,
            expansions=list(plan.expansions),
            unknown=unknown_words(query, self.lexical.knows),
            hits=[self.hit(r.paragraph_id, r.score, plan.lexical_query) for r in ranked[:k]],
            facets=self.facets([r.paragraph_id for r in relevant]),
        )

    def facets(self, paragraph_ids: list[str]) -> Facets:
        counters: dict[str, Counter[str]] = {name: Counter() for name in Facets.model_fields}
        for pid in paragraph_ids:
            p = self.paragraphs[pid]
            values = {
                "province": p.province,
                "doc_type": p.doc_type,
                "issuer": p.issuer,
                "year": str(p.issued_on.year) if p.issued_on else None,
            }
            for name, value in values.items():
                if value:
                    counters[name][value] += 1
        return Facets(
            **{
                name: [FacetCount(value=v, count=c) for v, c in counter.most_common()]
                for name, counter in counters.items()
            }
        )

    def hit(self, paragraph_id: str, score: float, query: str = "") -> SearchHit:
        """A citable hit; `query` may be a plan's lexical query, so expansions that matched are highlighted too."""
        stored = self.paragraphs[paragraph_id]
        paragraph = stored.paragraph
        return SearchHit(
            notice_id=stored.notice_id,
            paragraph_id=paragraph_id,
            text=paragraph.text,
            heading_path=paragraph.heading_path,
            notice_title=stored.notice_title,
            issued_on=stored.issued_on,
            page=paragraph.page,
            score=round(score, 6),
            source=stored.source,
            province=stored.province,
            highlights=highlight(paragraph.text, query) if query else [],
        )

    # ---- filters -------------------------------------------------------------------------

    def _filter(self, filters: SearchFilters) -> Callable[[str], bool] | None:
        """None without filters: a per-candidate callback costs ~10 ms a query at 20,000 paragraphs."""
        if filters == SearchFilters():
            return None

        def allowed(pid: str) -> bool:
            p = self.paragraphs.get(pid)
            if p is None:
                return False
            if filters.province and fold(p.province or "") != fold(filters.province):
                return False
            if filters.issuer and fold(filters.issuer) not in fold(p.issuer or ""):
                return False
            if filters.doc_type and fold(p.doc_type or "") != fold(filters.doc_type):
                return False
            if filters.notice_id and p.notice_id != filters.notice_id:
                return False
            if filters.reference and filters.reference not in p.references:
                return False
            if filters.paragraph_ids is not None and pid not in filters.paragraph_ids:
                return False
            if filters.date_from and (p.issued_on is None or p.issued_on < filters.date_from):
                return False
            if filters.date_to and (p.issued_on is None or p.issued_on > filters.date_to):
                return False
            return True

        return allowed

    @staticmethod
    def _where(filters: SearchFilters) -> dict | None:
        """The part of the filters Chroma can apply itself, so dense candidates are not wasted."""
        clauses: list[dict] = []
        if filters.notice_id:
            clauses.append({"notice_id": filters.notice_id})
        if filters.date_from:
            clauses.append({"issued_on": {"$gte": date_to_int(filters.date_from)}})
        if filters.date_to:
            clauses.append({"issued_on": {"$lte": date_to_int(filters.date_to)}})
        if filters.reference:
            clauses.append({"refs": {"$contains": filters.reference}})
        return where_all(clauses)


def highlight(text: str, query: str) -> list[Highlight]:
    """Offsets of the query's syllables in the text, found on folded text (same length as NFC text)."""
    folded = fold(text)
    if len(folded) != len(text):
        return []
    wanted = {s for s in syllables(query) if len(s) > 1 or s.isdigit()}
    return [
        Highlight(start=m.start(), end=m.end())
        for m in re.finditer(r"[0-9a-z]+", folded)
        if m.group() in wanted
    ]


_SUBJECT_START = re.compile(r"\bve\b")
# Words that may stand between a notice's number and "về", naming who issued it: "NQ 51/2025 HĐND Hà Nội
# về …" (the province is no longer in the query), "Nghị quyết 08 của Chính phủ về …".
_ISSUER_WORDS = frozenset({"theo", "cua", "hdnd", "ubnd", "chinh", "phu", "tinh", "thanh", "pho", "tp"})


def _without_subject(query: str, title: set[str]) -> str:
    """The question without its description of the notice it names: "NQ 75 … về phụ cấp, trợ cấp ngày
    công dân quân có hiệu lực từ khi nào?" asks "có hiệu lực từ khi nào"; "về" and the run of title words
    after it only say which notice, and inside that notice they pick out the paragraphs restating it."""
    folded = fold(query)
    if len(folded) != len(query):
        return query
    kept, start = [], 0
    for match in _SUBJECT_START.finditer(folded):
        # Only right after the notice's name, which the query no longer holds: "NQ 75 về …", "Theo QĐ 2512 về …".
        opening = folded[max(folded.rfind("?", 0, match.start()) + 1, start) : match.start()].split()
        if match.start() < start or not _ISSUER_WORDS.issuperset(opening):
            continue
        end, run = match.end(), 0
        for word in re.finditer(r"[^\W_]+", folded[match.end() :]):
            if word.group() not in title:
                break
            end, run = match.end() + word.end(), run + 1
        if run >= 2:
            kept.append(query[start : match.start()])
            start = end
    return "".join(kept) + query[start:]


def _squash(text: str) -> str:
    return " ".join(text.split())
