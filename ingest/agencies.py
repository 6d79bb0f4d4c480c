"""Who an assignment names: canonical agency names, groups, enumerations, province-scoped ids.

The registry is data (`ingest/data/agencies.json`): canonical names of the bodies every province has,
their aliases, the abbreviations notices use, the generic groups ("các sở, ban, ngành", "các tỉnh,
thành phố trực thuộc Trung ương"), the titles before a body ("Bộ trưởng, Thủ trưởng ..."), and the
words that build enumerations ("Các Sở: A, B") and local authorities ("UBND huyện X"). A body the
registry lacks is recognised by its head word ("Cục", "Vụ", "Đài", "Tập đoàn" ...) and kept as
written, lower-case words, commas and dashes included ("Vụ Kế hoạch, Tài chính").

Matching works on word tokens that are folded (lower-case, no diacritics, đ→d) after abbreviation
expansion, so "Sở NN&PTNT", "Sở Nông nghiệp và PTNT" and "Sở Nông nghiệp và Phát triển Nông thôn"
become the same tokens, and "Sở Công thương" equals "Sở Công Thương". OCR damage that folding does
not absorb ("Sở Kể hoạch và Đầu" with its last word lost) is matched by a dropped final word or a
small edit distance, but only when one registry entry is the unique nearest.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.normalize import fold, nfc

__all__ = [
    "DATA_PATH",
    "Mention",
    "Registry",
    "Stream",
    "Token",
    "agency_id",
    "canonical_agency",
    "is_issuer",
    "load_registry",
    "split_agencies",
]

DATA_PATH = Path(__file__).with_name("data") / "agencies.json"

_TOKEN_RE = re.compile(r"[^\W_]+|[&,;:.()]")
_UBND = ("uy", "ban", "nhan", "dan")
_PROVINCE_COMMITTEE = "Ủy ban nhân dân tỉnh "
Key = tuple[str, ...]

# Phrases that end an agency name: what follows a subject in a directive. Compared with their
# diacritics (folded, "đang" would also stop "đăng ký"), as whole phrases ("theo dõi" ≠ "đổi").
# One-syllable verbs that end compounds inside names ("việc làm", "đăng ký", "đào tạo") are left out.
_STOP_PHRASES: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): phrase
    for phrase in (
        "chủ trì|phối hợp|tham mưu|khẩn trương|tiếp tục|tập trung|chủ động|theo dõi|tổ chức|thực hiện|"
        "triển khai|rà soát|nghiên cứu|xây dựng|báo cáo|đề xuất|hoàn thiện|hoàn thành|tiếp thu|có|là|"
        "được|đã|đang|sẽ|phải|cần|và|với|của|tại|trong|để|theo|căn cứ|kiểm tra|đôn đốc|chịu|tăng cường|"
        "đẩy mạnh|đẩy nhanh|duy trì|bảo đảm|đảm bảo|thường xuyên|nâng cao|chuẩn bị|trình|giải quyết|"
        "hướng dẫn|quản lý|tích cực|nghiêm túc|kịp thời|xem xét|cho|về|từ|đến|trước|sau|khi|nếu|thì|"
        "các|những|một|gửi|lập|ban hành|đánh giá|tiến hành|cấu hình|cập nhật|hỗ trợ|phát động|hoặc|mà|nhằm|"
        "do|bằng|qua|trên|dưới|đối với|nộp|tiếp nhận|xử lý|thẩm định|tổng hợp|xem xét|căn cứ|"
        "đưa|liên hệ|cung cấp|thông báo|chỉ đạo|trả lời|quyết định|phê duyệt|yêu cầu|đề nghị|"
        "tham gia|sử dụng|thống nhất|phát huy|khắc phục|bố trí|ghi nhận|lãnh đạo"
    ).split("|")
}

@dataclass(frozen=True)
class Token:
    """A word (folded, abbreviations expanded) or a punctuation mark, with its span in the source."""

    key: str
    start: int
    end: int
    upper: bool  # the source word is capitalised: agency names are, verbs after them are not
    word: bool
    surface: str  # display form: the source word, or one word of an abbreviation's expansion


@dataclass(frozen=True)
class Mention:
    """Agencies named at one place in a text; an enumeration or a group may name several."""

    names: tuple[str, ...]
    start: int  # token index
    end: int  # token index, exclusive
    issuer: bool = False  # the issuing authority itself (UBND tỉnh, Tỉnh ủy ...): never a task owner
    known: bool = True  # False for a capitalised name the registry lacks (a weaker signal)
    place: str = ""  # the province a registry name was qualified with ("UBND tỉnh Đồng Nai" → "Đồng Nai")
    fuzzy: bool = False  # matched a registry name only up to OCR-like damage


@dataclass(frozen=True)
class Entry:
    name: str
    issuer: bool = False
    national: bool = False


def _spelling(word: str) -> str:
    """A word as written, lower-cased, with the old tone placement "uỷ" read as "ủy"."""
    return nfc(word).lower().replace("uỷ", "ủy")


def _phrase_table(phrases: list[str], value_of=lambda p: p) -> dict[Key, str]:  # type: ignore[no-untyped-def]
    return {tuple(fold(w) for w in p.split()): value_of(p) for p in phrases}


def _levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance, or limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class Registry:
    """The agency data, indexed for token matching."""

    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        self.abbreviations: dict[Key, list[str]] = {}
        for abbr, expansion in data["abbreviations"].items():
            key = tuple(fold(t) for t in _TOKEN_RE.findall(abbr))
            self.abbreviations[key] = expansion.split()
        self.abbr_max = max(len(k) for k in self.abbreviations)

        self.entries: dict[str, Entry] = {}
        self.exact: dict[Key, Entry] = {}
        self.city_level: dict[Key, Entry] = {}
        # Short aliases ("Văn phòng", "Công an", "Thanh tra") also begin longer names of other
        # bodies ("Văn phòng đăng ký đất đai"): they count only when the name visibly ends there.
        self.short: set[Key] = set()
        for item in data["agencies"]:
            entry = Entry(item["name"], bool(item.get("issuer")), item.get("level") == "national")
            self.entries[entry.name] = entry
            for alias in [entry.name, *item.get("aliases", [])]:
                key = self.key_of(alias)
                self.exact.setdefault(key, entry)
                if len(key) <= 2 and alias != entry.name:
                    self.short.add(key)
                # Notices write "Cục Thuế tỉnh" as often as "Cục Thuế": both spellings match.
                if key[-1] == "tinh" and len(key) > 2:
                    self.exact.setdefault(key[:-1], entry)
                elif not entry.national:
                    self.exact.setdefault((*key, "tinh"), entry)
                # A centrally governed city's notices say "Công an Thành phố" for "Công an tỉnh" and
                # "Ủy ban nhân dân Thành phố" for "Ủy ban nhân dân tỉnh".
                if not entry.national:
                    base = key[:-1] if key[-1] == "tinh" and len(key) > 2 else key
                    self.city_level.setdefault((*base, "thanh", "pho"), entry)
        self.max_alias = max(len(k) for k in [*self.exact, *self.city_level])

        # OCR drops a final word ("Sở Kế hoạch và Đầu"): long names stay unique without it.
        prefix_owners: dict[Key, set[str]] = defaultdict(set)
        for key, entry in self.exact.items():
            if sum(1 for k in key if k not in ",") >= 5:
                prefix_owners[key[:-1]].add(entry.name)
        self.prefix = {
            k: self.entries[next(iter(names))]
            for k, names in prefix_owners.items()
            if len(names) == 1 and k not in self.exact
        }
        self.fuzzy_bucket: dict[str, list[tuple[str, int, Entry]]] = defaultdict(list)
        for key, entry in self.exact.items():
            self.fuzzy_bucket[key[0]].append((" ".join(key), len(key), entry))

        self.groups: dict[Key, str] = {}
        for name, words in data["groups"].items():
            self.groups.update({self.key_of(w): name for w in words})
        # One-word group words as written, with their diacritics ("sở", "quận", "tỉnh").
        self.group_spellings = {
            nfc(w).lower()
            for words in [*data["groups"].values(), *data.get("determined_groups", {}).values()]
            for w in words
            if len(w.split()) == 1
        }
        self.bare_groups = {self.key_of(w) for w in data.get("bare_groups", [])}
        self.object_groups = {self.key_of(w) for w in data.get("object_groups", [])}
        self.listed_groups = frozenset(data.get("listed_groups", []))
        self.determined_groups: dict[Key, str] = {}
        for name, words in data.get("determined_groups", {}).items():
            self.determined_groups.update({self.key_of(w): name for w in words})
        self.determiners = _phrase_table(data["group_determiners"])
        self.qualifiers = {self.key_of(q): q for q in data["group_qualifiers"]}
        self.roles = _phrase_table(data["roles"])
        self.role_groups = {self.key_of(r): name for r, name in data.get("role_groups", {}).items()}
        self.branch_heads = _phrase_table(data.get("branch_heads", []))
        self.not_names = {self.key_of(n) for n in data.get("not_names", [])}
        self.enum_heads = _phrase_table(list(data["enumeration_heads"]), lambda p: data["enumeration_heads"][p])
        self.units = _phrase_table(list(data["locality_units"]), lambda p: data["locality_units"][p])
        # Units that only enumerate ("UBND các tỉnh: Khánh Hòa, Gia Lai"): "tỉnh X" alone in running
        # text names a place, not its People's Committee.
        enum_units = data.get("enumeration_units", {})
        self.enum_units = {self.key_of(u): name for u, name in enum_units.items()}
        self.heads = _phrase_table(data["agency_heads"])
        self.head_spellings = {_spelling(h.split()[0]) for h in data["agency_heads"]}
        self.cities = {fold(c) for c in data.get("centrally_governed_cities", [])}
        self.provinces = {self.key_of(p): nfc(p) for p in data.get("provinces", [])}
        self.name_final_verbs = {tuple(nfc(v).lower().split()) for v in data.get("name_final_verbs", [])}
        self.separators = {
            k: "" for k in [(",",), ("va",), (",", "va"), (",", "nhat", "la"), ("nhat", "la"), ("cung",)]
        } | {(",", "dac", "biet", "la"): "", ("dac", "biet", "la"): ""}

    def key_of(self, text: str) -> Key:
        return tuple(t.key for t in self.tokenize(text))

    def tokenize(self, text: str) -> list[Token]:
        """Words and punctuation of `text`; abbreviations become the words they stand for."""
        raw = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
        folded = [fold(w) for w, _, _ in raw]
        tokens: list[Token] = []
        i = 0
        while i < len(raw):
            n = self._abbreviation_at(raw, folded, i)
            if n:
                start, end = raw[i][1], raw[i + n - 1][2]
                for word in self.abbreviations[tuple(folded[i : i + n])]:
                    tokens.append(Token(fold(word), start, end, word[0].isupper(), True, word))
                i += n
                continue
            word, start, end = raw[i]
            if word == "&":
                tokens.append(Token("va", start, end, False, True, "và"))
            else:
                tokens.append(Token(folded[i], start, end, word[0].isupper(), word[0].isalnum(), word))
            i += 1
        return tokens

    def _abbreviation_at(self, raw: list[tuple[str, int, int]], folded: list[str], i: int) -> int:
        # Abbreviations are written in capitals; lower-case "tp" or "xd" is not one.
        if not any(c.isupper() for c in raw[i][0]):
            return 0
        for n in range(min(self.abbr_max, len(raw) - i), 0, -1):
            if tuple(folded[i : i + n]) not in self.abbreviations:
                continue
            # The parts of "KH & ĐT" sit next to each other; across a sentence they do not.
            if all(raw[k + 1][1] - raw[k][2] <= 1 for k in range(i, i + n - 1)):
                return n
        return 0


@lru_cache(maxsize=4)
def load_registry(path: Path = DATA_PATH) -> Registry:
    return Registry(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Stream:
    """A text and its tokens, with the parsers that find agency mentions in it."""

    text: str
    registry: Registry = field(default_factory=load_registry)
    tokens: list[Token] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.registry.tokenize(self.text)

    # --- small helpers -------------------------------------------------------------------------
    def key(self, i: int) -> str:
        return self.tokens[i].key if 0 <= i < len(self.tokens) else ""

    def longest(self, i: int, table: dict[Key, str]) -> tuple[int, str] | None:
        """Longest phrase of `table` starting at token i: (length, value)."""
        for n in range(min(10, len(self.tokens) - i), 0, -1):
            key = tuple(t.key for t in self.tokens[i : i + n])
            if key in table:
                return n, table[key]
        return None

    def surface(self, start: int, end: int) -> str:
        """Display text of tokens [start, end): abbreviations expanded, spacing normalised."""
        out = ""
        previous: Token | None = None
        for t in self.tokens[start:end]:
            gap = self.text[previous.end : t.start] if previous is not None else ""
            if re.search(r"\s[-–]\s", gap):
                out += " -"  # "Tập đoàn Công nghiệp - Viễn thông Quân đội" keeps its dash
            elif gap in ("-", "–") and t.word and t.upper:
                out += "-" + t.surface  # "Tập đoàn Công nghiệp-Năng lượng", as written
                previous = t
                continue
            if not t.word and t.surface in ",;:.)":
                out += t.surface
            else:
                out += ("" if not out or out.endswith("(") else " ") + t.surface
            previous = t
        return nfc(out)

    def token_at(self, char: int) -> int:
        """Index of the first token starting at or after character offset `char`."""
        for i, t in enumerate(self.tokens):
            if t.start >= char:
                return i
        return len(self.tokens)

    # --- single mentions -----------------------------------------------------------------------
    def mention_at(self, i: int, lenient: bool = False) -> Mention | None:
        """The longest agency mention starting at token i (after a role like "Thủ trưởng").

        `lenient` accepts registry names written in lower case ("giao nhà đầu tư", "phối hợp với
        văn phòng ..."), which the context of a trigger or a coordination phrase makes safe.
        """
        if i >= len(self.tokens) or not self.tokens[i].word:
            return None
        party = self._party_and_committee(i)
        if party is not None:
            return party
        roles = self._roles(i)
        starts = [i] + [end for end, _ in roles]
        best: Mention | None = None
        for j in starts:
            after_role = j > i
            for parser in (self._enumeration, self._registry, self._group, self._locality, self._branch):
                if parser == self._registry:
                    m = parser(j, lenient=lenient)
                elif parser == self._group:
                    m = parser(j, bare=after_role, lenient=lenient)
                else:
                    m = parser(j)
                if m and (best is None or m.end > best.end):
                    best = m
        inner = self._inside_role(i, roles)
        if inner is not None and (best is None or inner.end >= best.end):
            best = inner
        # A name the registry knows beats a longer guess: "Sở Y tế tiến hành" is "Sở Y tế". A near
        # miss does not: "Ủy ban Kinh tế ..." is a longer name, not a damaged "Ủy ban tỉnh".
        if best is not None and best.fuzzy:
            guess = self._unknown(best.start)
            best = guess if guess and guess.end > best.end else best
        for j in starts if best is None else []:
            best = self._unknown(j)
            if best:
                break
        if best is not None:
            best = self._numbered(best)
        # "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ": a role no body follows names its group.
        body_start = best.start if best is not None else None
        groups = tuple(group for end, group in roles if group and end != body_start)
        if groups:
            names = tuple(dict.fromkeys(groups + (best.names if best else ())))
            end = max(best.end if best else 0, roles[-1][0])
            return Mention(names, i, end, known=True)
        if best is None:
            return None
        return Mention(best.names, i, self._apposition_end(best.end), best.issuer, best.known, best.place)

    def _apposition_end(self, end: int) -> int:
        """ "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia": a second
        office of the same person, after a dash, names no second body; the mention runs to its end."""
        if end >= len(self.tokens) or not re.fullmatch(r"\s*[-–]\s*", self.text[self.tokens[end - 1].end : self.tokens[end].start]):
            return end
        roles = self._roles(end)
        office = self.mention_at(end) if roles else None
        return office.end if office is not None and office.end > roles[-1][0] else end

    def _inside_role(self, i: int, roles: list[tuple[int, str | None]]) -> Mention | None:
        """A registry name that begins inside a role and runs past it: "Chánh Văn phòng Ban Chỉ đạo X"
        heads the Office of X (a body the registry knows), not X itself."""
        start = i
        for end, _ in roles:
            for k in range(start + 1, end):
                m = self._registry(k)
                if m and m.end > end and not m.fuzzy:
                    return m
            start = end + (self.key(end) == ",")
        return None

    def _numbered(self, mention: Mention) -> Mention:
        """ "Ban Quản lý Dự án 85", "Bệnh viện 108": a number right after a body's name is part of a
        distinct body's name. A group is left alone ("Các bộ, ngành 30/09/2025" is a table row), and
        so is a date or a count ("Sở Y tế 15/4", "Sở X 2.000 ...")."""
        k = mention.end
        if len(mention.names) != 1 or mention.names[0].startswith(("Các ", "Ủy ban nhân dân cấp")):
            return mention
        if not (self.tokens_word(k) and self.key(k).isdigit()) or not self.tokens[mention.start].upper:
            return mention
        gap = self.text[self.tokens[k - 1].end : self.tokens[k].start]
        after = self.text[self.tokens[k].end : self.tokens[k].end + 2]
        if not gap.isspace() or re.match(r"[/.,-]\d|\s*\d", after):
            return mention  # "Chính phủ[1]" is a footnote mark
        return Mention((self.surface(mention.start, k + 1),), mention.start, k + 1, mention.issuer, mention.known)

    def _party_and_committee(self, i: int) -> Mention | None:
        """ "(Đồng chí) Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: A, B": a dispatch to the provinces
        addresses both leaders, so each named province's party committee owns the task with its
        People's Committee. Without named provinces only the committee part is kept."""
        j = i + 2 if (self.key(i), self.key(i + 1)) == ("dong", "chi") else i
        if tuple(self.key(k) for k in range(j, j + 4)) != ("bi", "thu", "tinh", "uy"):
            return None
        j += 4
        if tuple(self.key(k) for k in range(j, j + 3)) == (",", "thanh", "uy"):
            j += 3  # "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh, thành phố": the cities' too
        if self.key(j) not in (",", "va"):
            return None
        committee = self.mention_at(j + 1)
        if committee is None:
            return None
        provinces = [n.removeprefix(_PROVINCE_COMMITTEE) for n in committee.names if n.startswith(_PROVINCE_COMMITTEE)]
        names = tuple(f"Tỉnh ủy {place}" for place in provinces) + committee.names
        return Mention(names, i, committee.end, committee.issuer, known=True)

    def _roles(self, i: int) -> list[tuple[int, str | None]]:
        """Titles heading the body that follows, possibly several ("Chủ tịch Hội đồng thành viên,
        Tổng giám đốc các Tập đoàn"): (where each role ends, the group a bare role names)."""
        reg = self.registry
        found: list[tuple[int, str | None]] = []
        j = i
        while True:
            role = self.longest(j, reg.roles)
            if not role:
                return found
            key = tuple(t.key for t in self.tokens[j : j + role[0]])
            j += role[0]
            found.append((j, reg.role_groups.get(key)))
            # "Bí thư, Chủ tịch UBND ...", "Các đồng chí Bộ trưởng": the next role may follow a comma.
            sep = 1 if self.key(j) == "," and self.longest(j + 1, reg.roles) else 0
            j += sep

    def _entry_mention(self, entry: Entry, start: int, end: int) -> Mention:
        return Mention((entry.name,), start, end, entry.issuer)

    def _registry(self, i: int, prefix: Key = (), lenient: bool = False) -> Mention | None:
        """Registry name at token i, exact first, then tolerant of OCR damage."""
        reg = self.registry
        if i >= len(self.tokens):
            return None
        # Names are capitalised; a lower-case "thanh tra", "văn phòng" or "nhà đầu tư" in running
        # text is a common noun unless the context says otherwise.
        tok = self.tokens[i]
        cased = tok.upper or bool(prefix) or lenient or tok.key == "cac"
        for n in range(min(reg.max_alias - len(prefix), len(self.tokens) - i), 0, -1):
            key = prefix + tuple(t.key for t in self.tokens[i : i + n])
            entry = reg.exact.get(key) or reg.prefix.get(key)
            if entry is None and key in reg.city_level and cased:
                city, city_end = reg.city_level[key], self._city_suffix(i + n)
                # "Ủy ban nhân dân Thành phố Đà Nẵng" is named in full, as a locality (below).
                if city_end is not None and not (city.issuer and city_end > i + n):
                    return self._entry_mention(city, i, city_end)
            if entry and key in reg.short and not self._name_ends(i + n):
                continue
            if entry and cased:
                # "Ủy ban nhân dân thành phố X" is a local authority, not the bare "UBND" plus a place.
                after_tinh = key[-1] == "tinh"
                end = i + n if entry.issuer and not after_tinh else self._place_suffix(i + n, after_tinh)
                place = self.surface(i + n, end) if after_tinh and end > i + n else ""
                return Mention((entry.name,), i, end, entry.issuer, place=place)
        if not (tok.upper or prefix):
            return None
        return self._fuzzy(i, prefix)

    def _name_ends(self, k: int) -> bool:
        """Does an agency name end before token k (punctuation, "tỉnh", a verb)?"""
        if k >= len(self.tokens) or not self.tokens[k].word:
            return True
        return self.key(k) == "tinh" or self._stop_at(k)

    def _stop_at(self, k: int) -> bool:
        for n in (2, 1):
            words = tuple(nfc(t.surface).lower() for t in self.tokens[k : k + n])
            if len(words) == n and words in _STOP_PHRASES:
                return True
        return False

    def _city_suffix(self, end: int) -> int | None:
        """After "Công an Thành phố": the end of the name, or None when a city other than a centrally
        governed one is named ("Công an thành phố Lào Cai" is a city's police, not the province's)."""
        place = self._name_run(end, limit=4)
        if place == end:
            return end
        if " ".join(t.key for t in self.tokens[end:place]) in self.registry.cities:
            return place
        return None

    def _place_suffix(self, end: int, after_tinh: bool) -> int:
        """Skip the province or city a name is qualified with: "tỉnh Lâm Đồng", "TP.HCM"."""
        k = end
        if not after_tinh:
            if (self.key(k), self.key(k + 1)) == ("thanh", "pho"):
                k += 2
                k += self.key(k) == "."
                place = self._name_run(k, limit=4)
                return place if place > k else end
            if self.key(k) != "tinh":
                return self._province_end(k)  # "Sở Xây dựng Lâm Đồng": that province's department
            k += 1
        # Province names have two or three words; a single capitalised word is the next sentence
        # ("Văn phòng UBND tỉnh Ban hành Thông báo ...").
        place = self._name_run(k, limit=3)
        return place if place - k >= 2 else end

    def _fuzzy(self, i: int, prefix: Key) -> Mention | None:
        reg = self.registry
        first = prefix[0] if prefix else self.tokens[i].key
        best: tuple[int, int, Entry] | None = None  # (distance, -length, entry)
        tied = False
        for alias, length, entry in reg.fuzzy_bucket.get(first, []):
            n = length - len(prefix)
            for m in (n - 1, n, n + 1):
                if m < 1 or i + m > len(self.tokens) or length < 3:
                    continue
                candidate = " ".join(prefix + tuple(t.key for t in self.tokens[i : i + m]))
                limit = 1 if len(alias) < 16 else 2
                d = _levenshtein(candidate, alias, limit)
                if d > limit:
                    continue
                score = (d, -m, entry)
                if best is None or score[:2] < best[:2]:
                    best, tied = score, False
                elif score[:2] == best[:2] and entry.name != best[2].name:
                    tied = True
        if best is None or tied:
            return None
        return Mention((best[2].name,), i, i - best[1], best[2].issuer, fuzzy=True)

    def _group(self, i: int, bare: bool = False, lenient: bool = False) -> Mention | None:
        """Generic assignees: "các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "mỗi địa phương".

        `bare` (after a role: "Thủ trưởng cơ quan ngang Bộ") accepts a group of several words without
        a determiner; a single word ("Giám đốc Sở") is the speaker's own body, not a group."""
        reg = self.registry
        j = i
        ubnd = tuple(self.key(k) for k in range(j, j + 4)) == _UBND
        if ubnd:
            j += 4
        det = self.longest(j, reg.determiners)
        if det:
            j += det[0]
        first = self._group_word(j)
        bare_ok = bare and first is not None and first[0] >= 2 and not first[1].startswith("Ủy ban nhân dân")
        # "UBND phường, xã và đặc khu": units listed without "các" are still every unit of a level;
        # "UBND thành phố Hà Nội" (a unit and its name) is one authority, read by `_locality`.
        words = tuple(self.key(k) for k in range(j, j + first[0])) if first is not None else ()
        # So are kinds of body listed bare, "đề nghị bộ, ngành, địa phương khẩn trương …", from the
        # list's start, unless they are the agent of a description ("công trình do sở, ban, ngành làm
        # chủ đầu tư").
        bare_list = (
            not det and first is not None and first[1] in reg.listed_groups and self.key(i - 1) not in ("do", ",", "va")
        )
        listed = first is not None and (ubnd or bare_list) and self._unit_list_follows(j + first[0])
        # "phối hợp, hỗ trợ địa phương": the object of a directive may name every locality bare; a
        # title "II. Địa phương" over a table does not.
        sector = words in reg.bare_groups or (lenient and words in reg.object_groups)
        if not det and not (ubnd and self.key(j) == "cap") and not bare_ok and not listed and not sector:
            return None  # "sở" alone is not a group; "UBND cấp huyện" is; "cơ quan thanh tra" is
        department = self._departments(i, j) if det and not ubnd else None
        if department is not None:
            return department
        names: list[str] = []
        determined = bool(det)
        while True:
            word = self._group_word(j, determined)
            if word is None:
                break
            n, name = word
            names.append(name)
            j += n
            while (q := self.longest(j, reg.qualifiers)) and not self._group_word_longer(j, q[0]):
                j += q[0]
                if self.key(j - 1) == "thuoc":
                    j = self._superior_end(j)
            k = self._after_aside(j)  # "các đơn vị sự nghiệp công lập (trừ ...), tổ chức ..."
            if self.key(k) == ",":
                k += 1
            if self.key(k) == "va":
                k += 1
            again = self.longest(k, reg.determiners)
            if again:
                k += again[0]
            # "các sở ngành địa phương" runs on without commas; a capitalised "Ban QLDA" after a
            # comma is a named body, not the next word of the group ("Tập đoàn, Tổng Công ty," is, and
            # so is "các Ban, Ngành cấp tỉnh").
            following = self._group_word(k, bool(again))
            if following and (
                again
                or not self.tokens[k].upper
                or not self.tokens_word(k + following[0])
                or self.longest(k + following[0], reg.qualifiers)
            ):
                j = k
                determined = bool(again)
                continue
            break
        if not names:
            return None
        if not det and not ubnd and bare_ok and len(names) < 2 and first is not None and first[0] < 3:
            return None  # "Thủ trưởng cơ quan thẩm định": one body, not every agency
        kept = tuple(dict.fromkeys(n for n in names if n))
        return Mention(kept, i, j)

    def _unit_list_follows(self, k: int) -> bool:
        """Does another lower-case group word follow token k after "," or "và"?"""
        if self.key(k) not in (",", "va"):
            return False
        nxt = k + 1 + (self.key(k) == "," and self.key(k + 1) == "va")
        return self.tokens_word(nxt) and not self.tokens[nxt].upper and self._group_word(nxt) is not None

    def _departments(self, i: int, j: int) -> Mention | None:
        """ "các Sở Xây dựng (liên quan, nêu trên)": the department of that name in every province a
        ministry writes to, which is one canonical body, not the group "các sở, ban, ngành"."""
        if not self.tokens_word(j) or not self.tokens[j].upper:
            return None
        found = self._registry(j)
        word = self._group_word(j, True)
        entry = self.registry.entries.get(found.names[0]) if found else None
        if found is None or entry is None or entry.issuer or entry.national or found.end <= j + (word[0] if word else 0):
            return None
        end = found.end
        while q := self.longest(end, self.registry.qualifiers):
            end += q[0]
        return Mention(found.names, i, end)

    def _province_end(self, k: int) -> int:
        """End of a province's name at token k ("Lâm Đồng", "Bà Rịa - Vũng Tàu"), or k."""
        if not self.tokens_word(k) or not self.tokens[k].upper:
            return k
        found = self.longest(k, self.registry.provinces)
        return k + found[0] if found else k

    def tokens_word(self, k: int) -> bool:
        """Is token k a word (not punctuation, not past the end)?"""
        return k < len(self.tokens) and self.tokens[k].word

    def _group_word(self, j: int, determined: bool = False) -> tuple[int, str] | None:
        """The longest group word at j; right after a determiner also "tỉnh" ("các tỉnh, ...")."""
        word = self.longest(j, self.registry.groups)
        if determined:
            only = self.longest(j, self.registry.determined_groups)
            if only and (word is None or only[0] > word[0]):
                word = only
        if word and word[0] == 1 and nfc(self.tokens[j].surface).lower() not in self.registry.group_spellings:
            return None  # one folded word is ambiguous: "quản lý" is not "quận", "số liệu" not "sở"
        if word and self.key(j + word[0]) == "uy" and self.key(j + word[0] + 1) != "ban":
            return None  # "các Huyện ủy, Thị ủy": party committees, not the People's Committees
        if word and (self.key(j + word[0] - 1), self.key(j + word[0])) in self.registry.not_names:
            return None  # "các trường hợp" are cases, not schools
        return word

    def _branch(self, i: int) -> Mention | None:
        """ "Công an các phường, xã, đặc khu" → "Công an cấp xã": a body's branches at one level."""
        head = self.longest(i, self.registry.branch_heads)
        if not head or not self.tokens[i].upper:
            return None
        j = i + head[0]
        det = self.longest(j, self.registry.determiners)
        k = j + (det[0] if det else 0)
        names: list[str] = []
        while (word := self._group_word(k)) and word[1].startswith("Ủy ban nhân dân cấp"):
            names.append(word[1])
            k += word[0]
            if self.key(k) == "," and self._group_word(k + 1):
                k += 1
        levels = {name.removeprefix("Ủy ban nhân dân ") for name in names}
        # "Công an Thành phố" is the city's own police: a level needs "các" or several units.
        if len(levels) != 1 or not (det or len(names) > 1):
            return None
        return Mention((f"{head[1]} {levels.pop()}",), i, k)

    def _superior_end(self, j: int) -> int:
        """After "(trực) thuộc": skip the body the group belongs to ("các đơn vị trực thuộc Ủy ban
        nhân dân Thành phố", "... thuộc Bộ"), even misspelt, up to the next comma or verb."""
        found = self._registry(j, lenient=True) or self._locality(j)
        if found:
            return found.end
        k = j
        while k < len(self.tokens) and k - j < 8 and self.tokens[k].word and (
            self.tokens[k].upper or self.key(k) in ("uy", "ban", "nhan", "dan", "tinh", "thanh", "pho")
        ):
            k += 1
        return k

    def _group_word_longer(self, j: int, n: int) -> bool:
        word = self._group_word(j)
        return word is not None and word[0] >= n

    def _locality(self, i: int) -> Mention | None:
        """A named local authority: "UBND huyện Mường Khương", "thị xã Sa Pa"."""
        j = i
        ubnd = tuple(self.key(k) for k in range(j, j + 4)) == _UBND
        if ubnd:
            j += 4
        unit = self.longest(j, self.registry.units)
        if not unit:
            return None
        first = self.tokens[j]
        if first.upper and not nfc(first.surface).lower() == unit[1].split()[0]:
            return None  # "Huyền" (a name) folds like "huyện"; a capitalised unit must be spelt right
        j += unit[0]
        end = self._name_run(j, limit=4)
        if end == j:
            return None
        place = self.surface(j, end)
        written = unit[1]
        if first.upper and fold(place) in self.registry.cities:
            written = written[:1].upper() + written[1:]  # "Thành phố Hồ Chí Minh" is the city's name
        return Mention((f"Ủy ban nhân dân {written} {place}",), i, end)

    def _name_run(self, j: int, limit: int) -> int:
        """End of a run of capitalised words (a place name) starting at token j."""
        k = j
        while k < len(self.tokens) and k - j < limit:
            t = self.tokens[k]
            if not (t.word and (t.upper or t.key.isdigit())) or t.key == "cac":
                break  # "... Hồ Chí Minh Các sở ...": a capitalised "Các" starts the next phrase
            k += 1
        return k

    def _enumeration(self, i: int) -> Mention | None:
        """ "Các Sở: Kế hoạch và Đầu tư, Tài chính" and "UBND các xã: A, B và C"."""
        reg = self.registry
        j = i
        if tuple(self.key(k) for k in range(j, j + 4)) == _UBND:
            j += 4
        if self.key(j) != "cac":
            return None
        j += 1
        head = self.longest(j, reg.enum_heads)
        unit = self.longest(j, reg.units) or self.longest(j, reg.enum_units)
        if not (head or unit):
            return None
        n = (head or unit)[0]  # type: ignore[index]
        # "Các Bộ, cơ quan: Tài chính, ..." — the head may name a second kind of body before the colon.
        extra = self.longest(j + n, {(",", "co", "quan"): "", (",", "nganh"): "", (",", "co", "quan", "ngang", "bo"): ""})
        colon = j + n + (extra[0] if extra else 0)
        if self.key(colon) != ":":
            return None
        head_key = tuple(self.key(k) for k in range(j, j + n))
        k = colon + 1
        names: list[str] = []
        end = k
        while True:
            item = self._enumeration_item(k, head_key, head[1] if head else None, unit[1] if unit else None)
            if item is None:
                break
            names.extend(item.names)
            end = item.end
            sep = self.longest(end, reg.separators)
            if not sep:
                break
            k = end + sep[0]
        if not names:
            return None
        return Mention(tuple(dict.fromkeys(names)), i, end)

    def _enumeration_item(self, k: int, head_key: Key, head: str | None, unit: str | None) -> Mention | None:
        if k >= len(self.tokens) or not self.tokens[k].word:
            return None
        if unit:
            end = self._name_run(k, limit=4)
            if end == k:
                return None
            place = self.surface(k, end)
            if unit == "tỉnh" and fold(place) in self.registry.cities:
                unit = "thành phố"  # "UBND các tỉnh, thành phố: Hà Nội, ..." → "UBND thành phố Hà Nội"
            return Mention((f"Ủy ban nhân dân {unit} {place}",), k, end)
        found = self._registry(k, prefix=head_key)
        if found:
            return found
        # "Các Sở: Tài chính, ..., Công an tỉnh", "Các Bộ, cơ quan: ..., Tập đoàn Điện lực Việt Nam"
        # mix in bodies of another kind, named in full.
        alone = self._registry(k) or self._unknown(k)
        if alone:
            return alone
        end = self._name_run(k, limit=6)
        if end == k:
            return None
        end = self._name_tail(end, commas=False)  # "Các Cục: Di sản văn hóa, Bản quyền tác giả"
        return Mention((f"{head} {self.surface(k, end)}",), k, end)

    def _unknown(self, i: int) -> Mention | None:
        """A capitalised name with a known head word that the registry lacks: "Ban Quản lý rừng X",
        "Đài truyền hình Việt Nam", "Cục Văn hóa các dân tộc Việt Nam", "Vụ Kế hoạch, Tài chính"."""
        head = self.longest(i, self.registry.heads)
        if not head or not self.tokens[i].upper or not self._spelt_as_head(i):
            return None
        j = i + head[0]
        if (self.key(j), self.key(j + 1)) == ("giup", "viec") and (served := self.mention_at(j + 2)) is not None:
            # "Tiểu ban giúp việc Ban Chỉ đạo 934": a body named by the one it serves is one name.
            return Mention((self.surface(i, served.end),), i, served.end, known=False)
        end = self._name_run(j, limit=8)
        if end == j:
            end = self._lower_case_lead(i, j)
            if end == j:
                return None
        k = self._name_tail(end, commas=True)
        name = self.surface(i, k)
        levels, k = self._levels(k)
        if levels:
            # "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã": the body at each level it names.
            return Mention(tuple(f"{name} {level}" for level in levels), i, k, known=False)
        return Mention((name,), i, k, known=False)

    def _levels(self, k: int) -> tuple[list[str], int]:
        """ "cấp tỉnh, cấp xã" after a name: the levels ("tỉnh", "cấp xã") and the token after them."""
        levels: list[str] = []
        end = k
        while self.key(k) == "cap" and self.key(k + 1) in ("tinh", "huyen", "xa"):
            levels.append("tỉnh" if self.key(k + 1) == "tinh" else self.surface(k, k + 2).lower())
            end = k = k + 2
            if self.key(k) in (",", "va") and self.key(k + 1) == "cap":
                k += 1
        return levels, end

    def _name_tail(self, k: int, commas: bool) -> int:
        """ "Ban Tiếp công dân": the capitalised words of a name may be followed by a few lower-case
        ones, up to the verb that starts the directive. `commas`: a comma may join capitalised words
        inside the name ("Vụ Kế hoạch, Tài chính"), which an enumeration's items never do."""
        lower = 0
        while k < len(self.tokens) and lower < 4:
            t = self.tokens[k]
            if not t.word:
                if self._inside_abbreviation(k) or (commas and self._comma_in_name(k)):
                    k += 1  # "VHTTDL" → "Văn hóa, Thể thao và Du lịch"; "Vụ Kế hoạch, Tài chính"
                    continue
                break
            if not t.upper and t.key == "cap" and self.key(k + 1) in ("tinh", "huyen", "xa"):
                break  # "... cấp tỉnh, cấp xã": levels, read by `_levels`
            if not t.upper and self._stop_at(k):
                final = self._name_final_verb(k)
                if final:
                    k, lower = k + final, 0  # "Cục Kết cấu hạ tầng xây dựng tham mưu ..."
                    continue
                if t.key in ("cac", "va") and self._capital_follows(k + 1):
                    # "Cục Văn hóa các dân tộc Việt Nam", "... Truyền hình và Thông tin điện tử": the
                    # capital that follows is still part of the name.
                    k, lower = k + 1, 0
                    continue
                break
            if t.upper and self._is_head(k):
                break
            lower = 0 if t.upper else lower + 1
            k += 1
        return k

    def _name_final_verb(self, k: int) -> int:
        """Length of a verb at token k that ends a sector body's name ("... hạ tầng xây dựng"): only
        when the phrase ends after it or the directive's own verb follows ("xây dựng tham mưu"), since
        "Cục X xây dựng kế hoạch" is the directive itself; 0 otherwise."""
        for n in (2, 1):
            words = tuple(nfc(t.surface).lower() for t in self.tokens[k : k + n])
            if len(words) != n or words not in self.registry.name_final_verbs:
                continue
            m = k + n
            if m >= len(self.tokens) or self.key(m) in (":", ";", "(", "."):
                return n
            following = tuple(nfc(t.surface).lower() for t in self.tokens[m : m + 2])
            if len(following) == 2 and following in _STOP_PHRASES and following not in self.registry.name_final_verbs:
                return n
        return 0

    def _lower_case_lead(self, i: int, j: int) -> int:
        """ "Đài truyền hình Việt Nam": a name may go on in lower case after its head word, as long
        as a capitalised word soon follows; "Hội nghị Trung ương", "Ban hành Kế hoạch" are not names."""
        if self._stop_at(j) or (*[t.key for t in self.tokens[i:j]][-1:], self.key(j)) in self.registry.not_names:
            return j
        if not self._capital_follows(j):
            return j
        k = j
        while k < len(self.tokens) and self.tokens[k].word and not self.tokens[k].upper:
            k += 1
        return self._name_run(k, limit=8)

    def _capital_follows(self, k: int, within: int = 3) -> bool:
        """A capitalised word (not another head word) within a few lower-case words from token k."""
        for n in range(k, min(k + within + 1, len(self.tokens))):
            t = self.tokens[n]
            if not t.word or (not t.upper and self._stop_at(n)):
                return False
            if t.upper:
                return not self._is_head(n) and t.key != "cac"
        return False

    def _inside_abbreviation(self, k: int) -> bool:
        """Token k is punctuation inside the expansion of one abbreviation (same source span)."""
        return 0 < k < len(self.tokens) - 1 and self.tokens[k].start == self.tokens[k - 1].start

    def _comma_in_name(self, k: int) -> bool:
        """ "Vụ Kế hoạch, Tài chính:": a comma inside a name joins capitalised words that name no
        body of their own, and the name ends right after them."""
        if self.key(k) != "," or k + 1 >= len(self.tokens) or not self.tokens[k + 1].upper:
            return False
        if self._is_head(k + 1) or self.mention_at(k + 1) is not None:
            return False
        n = k + 1
        while n < len(self.tokens) and n - k <= 4 and self.tokens[n].word and not self._stop_at(n):
            if self._is_head(n):
                return False
            n += 1
        return n == len(self.tokens) or not self.tokens[n].word or self._stop_at(n)

    def _is_head(self, k: int) -> bool:
        """Token k is a one-word head ("Sở", "Cục", "Viện") as written, diacritics included:
        "Viễn thông" and "Vũ" (a surname) fold like "Viện" and "Vụ" but are not heads."""
        if (self.key(k), self.key(k + 1)) in self.registry.not_names:
            return False  # "Phòng thủ dân sự", "Bộ máy": a common noun, not a new name
        return (self.key(k),) in self.registry.heads and self._spelt_as_head(k)

    def _spelt_as_head(self, k: int) -> bool:
        return _spelling(self.tokens[k].surface) in self.registry.head_spellings

    # --- lists ---------------------------------------------------------------------------------
    def list_at(self, i: int, lenient: bool = False, semicolons: bool = False) -> tuple[list[Mention], int]:
        """Mentions joined by ",", "và", ", nhất là" ... starting at token i, and the token after them.

        `semicolons` also joins lists separated by ";", as the object of a directive may be ("đề nghị
        UBND các xã, phường; các đơn vị trực thuộc thực hiện ...")."""
        first = self.mention_at(i, lenient)
        if first is None:
            return [], i
        found = [first]
        j = self._after_qualifier(self._after_aside(first.end), semicolons)
        while True:
            sep = self._separator(j, semicolons)
            if not sep:
                break
            nxt = self.mention_at(j + sep, lenient)
            if nxt is None:
                break
            found.append(nxt)
            j = self._after_qualifier(self._after_aside(nxt.end), semicolons)
        return found, j

    def _separator(self, j: int, semicolons: bool) -> int:
        """Tokens of the list separator at j, 0 when none."""
        sep = self.longest(j, self.registry.separators)
        return sep[0] if sep else int(semicolons and self.key(j) == ";")

    def _after_qualifier(self, j: int, semicolons: bool) -> int:
        """ "Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã; Thủ trưởng …", "Thủ trưởng các
        Ban, Ngành cấp tỉnh liên quan; Chủ tịch …": the levels and "liên quan" after a name, which the
        list goes on after; j itself when no list separator follows them."""
        k = j
        while True:
            _, k = self._levels(k)
            if (self.key(k), self.key(k + 1)) == ("lien", "quan"):
                k += 2
            elif (self.key(k), self.key(k + 1), self.key(k + 2)) == ("co", "lien", "quan"):
                k += 3
            else:
                break
        return k if k > j and self._separator(k, semicolons) else j

    def _after_aside(self, j: int) -> int:
        """ "các đơn vị sự nghiệp công lập (trừ ...), tổ chức ...": a parenthesis after a name that
        the list goes on after; j itself when no list separator follows the parenthesis."""
        if self.key(j) != "(":
            return j
        for k in range(j + 1, min(j + 40, len(self.tokens))):
            if self.key(k) == ")":
                return k + 1 if self.longest(k + 1, self.registry.separators) else j
            if self.key(k) in ("(", ";", "."):
                break
        return j


def _names(mentions: list[Mention], keep_issuers: bool = False) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.issuer and not keep_issuers:
            continue
        out.extend(n for n in m.names if n not in out)
    return out


def canonical_agency(raw: str) -> str | None:
    """The canonical name of one agency as written, or None when `raw` does not name one.

    >>> canonical_agency("Sở NN&PTNT")
    'Sở Nông nghiệp và Phát triển nông thôn'
    """
    stream = Stream(nfc(raw))
    words = [k for k, t in enumerate(stream.tokens) if t.word]
    if not words:
        return None
    mention = stream.mention_at(words[0])
    if mention and len(mention.names) == 1 and not any(k >= mention.end for k in words):
        return mention.names[0]
    return _nearest_entry(stream)


def _nearest_entry(stream: Stream) -> str | None:
    """Whole-string edit distance against every alias: the last resort for badly damaged names."""
    reg = stream.registry
    key = " ".join(t.key for t in stream.tokens)
    limit = max(1, len(key) // 10)
    scored = sorted(
        (_levenshtein(key, " ".join(alias), limit), entry.name) for alias, entry in reg.exact.items()
    )
    if not scored or scored[0][0] > limit:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None
    return scored[0][1]


def split_agencies(raw: str, keep_issuers: bool = False) -> list[str]:
    """Every agency named in a list: "Các Sở: KH&ĐT, Tài chính và UBND các huyện" → three names."""
    stream = Stream(nfc(raw))
    words = [k for k, t in enumerate(stream.tokens) if t.word]
    if not words:
        return []
    mentions, _ = stream.list_at(words[0])
    return _names(mentions, keep_issuers)


def is_issuer(name: str) -> bool:
    entry = load_registry().entries.get(name)
    return bool(entry and entry.issuer)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(nfc(text))).strip("-")


def agency_id(name: str, province: str | None) -> str:
    """Identity of an agency across notices: "lao-cai/so-xay-dung".

    Departments exist in every province under the same name, so the id carries the province; national
    bodies (ministries, the Government Office) get "vn/...". An unknown province gives "unknown/...".
    """
    canonical = canonical_agency(name) or nfc(name)
    entry = load_registry().entries.get(canonical)
    if entry and entry.national:
        return f"vn/{_slug(canonical)}"
    place = re.sub(r"^(tinh|thanh pho|tp)\s+", "", fold(nfc(province or "")).strip())
    return f"{_slug(place) or 'unknown'}/{_slug(canonical)}"


def agencies_in(text: str) -> list[str]:
    """Canonical agencies named in a question, in any spelling ("so ke hoach va dau tu", "Sở KH&ĐT")."""
    stream = Stream(text)
    names: list[str] = []
    i = 0
    while i < len(stream.tokens):
        mention = stream.mention_at(i, lenient=True)
        if mention is None:
            i += 1
            continue
        names += [n for n in mention.names if n not in names and not is_issuer(n)]
        i = max(mention.end, i + 1)
    return names
