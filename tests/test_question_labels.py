"""The hand-written question sets must stay true to the sample texts: bench/labels/questions.jsonl
(the tuning set), bench/labels/questions_heldout.jsonl (the first held-out set, now also used for
development), bench/labels/questions_heldout2.jsonl (the second held-out set) and
bench/labels/questions_heldout3.jsonl (the third), bench/labels/questions_heldout4.jsonl (the
fourth), bench/labels/questions_heldout5.jsonl (the fifth), bench/labels/questions_heldout6.jsonl
(the sixth), bench/labels/questions_heldout7.jsonl (the seventh),
bench/labels/questions_heldout8.jsonl (the eighth), bench/labels/questions_heldout9.jsonl (the
ninth), bench/labels/questions_heldout10.jsonl (the tenth) and
bench/labels/questions_heldout11.jsonl (the eleventh), bench/labels/questions_heldout12.jsonl
(the twelfth), bench/labels/questions_heldout13.jsonl (the thirteenth, for the final
measurement), bench/labels/questions_heldout14.jsonl (the fourteenth, over the four Government
notices in bench/notices/), bench/labels/questions_heldout15.jsonl (the fifteenth, over three
more Government notices), bench/labels/questions_heldout16.jsonl (the sixteenth, over three
further Government notices), bench/labels/questions_heldout17.jsonl (the seventeenth, over four
more Government notices), bench/labels/questions_heldout18.jsonl (the eighteenth, over three
last Government notices), bench/labels/questions_heldout19.jsonl (the nineteenth, over two Ho Chi
Minh City People's Committee letters and a Party Central Office notice),
bench/labels/questions_heldout20.jsonl (the twentieth, over a Ho Chi Minh City letter, a Ministry of
Construction telegram and a steering committee's letter), bench/labels/questions_heldout21.jsonl
(the twenty-first, over a Ministry of Home Affairs letter and two Government Office letters),
bench/labels/questions_heldout22.jsonl (the twenty-second, over two more Government Office letters
and a Ministry of Home Affairs letter), bench/labels/questions_heldout23.jsonl (the
twenty-third, over two Ministry of Culture, Sports and Tourism letters and a Government Office
letter), bench/labels/questions_heldout24.jsonl (the twenty-fourth, over a steering committee's
letter, a Government Office letter and a Hà Nội Department of Education and Training letter),
bench/labels/questions_heldout25.jsonl (the twenty-fifth, over a Ministry of Culture, Sports and
Tourism letter, a Ministry of Agriculture and Environment letter and a Hồ Chí Minh City Department
of Education and Training letter), bench/labels/questions_heldout26.jsonl (the twenty-sixth, over a
Politburo and Secretariat conclusion and two Government Office letters),
bench/labels/questions_heldout27.jsonl (the twenty-seventh, over a Politburo and Secretariat
conclusion, a Ministry of Finance letter and a Ministry of Home Affairs letter),
bench/labels/questions_heldout28.jsonl (the twenty-eighth, over a Nghệ An People's Committee plan, a
Tax Department letter and a Customs Department letter), bench/labels/questions_heldout29.jsonl
(the twenty-ninth, over a Government resolution, a Bắc Ninh People's Committee decision and a Tây
Ninh provincial tax office letter), bench/labels/questions_heldout30.jsonl (the thirtieth, over a
Tax Department letter, a Hà Nội People's Committee decision and a Customs Department notice),
bench/labels/questions_heldout31.jsonl (the thirty-first, over a Tax Department notice, a Ministry
of Finance letter and a Lào Cai People's Committee decision),
bench/labels/questions_heldout32.jsonl (the thirty-second, over a Government resolution, a Prime
Minister's decision and a Cao Bằng decision), bench/labels/questions_heldout33.jsonl (the
thirty-third, over two provincial decisions on administrative procedures and a Customs notice),
bench/labels/questions_heldout34.jsonl (the thirty-fourth, over a Government resolution, a city
decision on school equipment and a Tax Department letter),
bench/labels/questions_heldout35.jsonl (the thirty-fifth, over a Government resolution on e-visa
border gates and two provincial decisions publishing administrative procedures),
bench/labels/questions_heldout36.jsonl (the thirty-sixth, over a Government resolution on the draft
Law on Public Employees, a Tax Department letter on bonus payments and a Bắc Ninh decision on
bidding procedures), bench/labels/questions_heldout37.jsonl (the thirty-seventh, over a Customs
Department notice on an advance tariff-code determination, a Prime Minister's decision on budget
supplements for the two-level local government and the Ministry of Home Affairs' 2026 statistics
release calendar) and bench/labels/questions_heldout38.jsonl (the thirty-eighth, over a Tax
Department letter on VAT and invoices, the Government's resolution on the draft amendment of
Resolution 136/2024/QH15 for Đà Nẵng and Lai Châu's decision decentralising the recruitment and
promotion of public employees) and bench/labels/questions_heldout39.jsonl (the thirty-ninth, over
the Hà Nội People's Council's resolution on support for commune police, a Customs Department notice
on an advance tariff-code determination and Quảng Ninh's decision decentralising floor-area
standards) and bench/labels/questions_heldout40.jsonl (the fortieth, over a Tax Department letter on
VAT refunds for investment projects, Hà Tĩnh's decision repealing the rules on its Department of Foreign
Affairs and Vĩnh Long's resolution on support for pre-school children and teachers where many
labourers work) and bench/labels/questions_heldout41.jsonl (the forty-first, over Phú Thọ's decision
on the opening hours of Internet agents, a Tax Department letter on declaring the tax exemptions for
innovation and start-ups, and Cần Thơ's decision decentralising trade powers to its Department of
Industry and Trade) and bench/labels/questions_heldout42.jsonl (the forty-second, over Quảng Ninh's
amendments to its land-recovery compensation rules, Hà Nội People's Council's spending rates for the
2026 elections and a Tax Department letter on charter-capital contributions) and
bench/labels/questions_heldout43.jsonl (the forty-third, over Hà Nội People's Council's allowances for
the militia, a Tax Department letter on land-use fee relief for people with revolutionary merits and
Lạng Sơn's decision publishing procedures in geology and minerals) and
bench/labels/questions_heldout44.jsonl (the forty-fourth, over Hà Nội People's Council's tuition fees
for public schools, a Customs Department notice on an advance tariff-code determination and Cần Thơ's
decision publishing amended administrative procedures) and
bench/labels/questions_heldout45.jsonl (the forty-fifth, over Hà Nội People's Council's staffing and
allowances for commune veterinary workers, Cần Thơ's decision on special and intangible fixed assets
and a Government resolution letting Vietnamese people play at casinos); all held-out files are frozen by
their sha256.

Fast (no model, no index): checks the shape of every label and that every evidence string still
occurs verbatim — once, on one line — in its document, so edits to the samples or the labels
can never silently rot the benchmark.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "bench" / "labels" / "questions.jsonl"
HELDOUT = REPO / "bench" / "labels" / "questions_heldout.jsonl"
# The held-out set was written and frozen before its first run (see bench/bench_retrieval.py):
# change it only to follow a change of the sample texts, and update this hash and that docstring.
HELDOUT_SHA256 = "ab6cacded5ca546ed9794fee99e586321ab3596b77b2fe09ddd7a560fd7070cb"
HELDOUT2 = REPO / "bench" / "labels" / "questions_heldout2.jsonl"
# The second held-out set, written and frozen before the search engine, the answerer or the
# benchmark ever saw it (see bench/bench_retrieval.py); same rules as the first.
HELDOUT2_SHA256 = "6c8445e56c041d7dabcf28a9c8f71911b98d28a9dd60cdc3e1150c0870414104"
HELDOUT3 = REPO / "bench" / "labels" / "questions_heldout3.jsonl"
# The third held-out set, written and frozen before the search engine, the answerer or the
# benchmark ever saw it; same rules as the first two.
HELDOUT3_SHA256 = "3e4aa83db15ad76eb6547a82959c2f4620b4f86e1e53975b05557af4d50da832"
HELDOUT4 = REPO / "bench" / "labels" / "questions_heldout4.jsonl"
HELDOUT4_SHA256 = "63c72f1c50921ac2b2f2b8a079d6454118af87b97358b531828336b33fb597a1"
HELDOUT5 = REPO / "bench" / "labels" / "questions_heldout5.jsonl"
HELDOUT5_SHA256 = "537ff840167e4fcdcfbf5fb7892932bb2c2f3044187bd8742f0f84cf70e46a25"
HELDOUT6 = REPO / "bench" / "labels" / "questions_heldout6.jsonl"
HELDOUT6_SHA256 = "a551507d447f84ab59c6cabe5b95ead82c691893f9ce07efd97e92cba7c4ab4e"
HELDOUT7 = REPO / "bench" / "labels" / "questions_heldout7.jsonl"
HELDOUT7_SHA256 = "16d8abfd85d7bf1475097fde68314621b871f4844a0ba0aaffa24aa9da7cfe60"
HELDOUT8 = REPO / "bench" / "labels" / "questions_heldout8.jsonl"
HELDOUT8_SHA256 = "4225d8f7afe0de87630a759b1701c651043c024399c4121d6e31165fcee4c729"
HELDOUT9 = REPO / "bench" / "labels" / "questions_heldout9.jsonl"
HELDOUT9_SHA256 = "c7cf50ae066cca6a68d50fa0185c7c252370486e04e2ca20ab58746dd98eae18"
HELDOUT10 = REPO / "bench" / "labels" / "questions_heldout10.jsonl"
HELDOUT10_SHA256 = "812309e26439a04d8b55292815fa347bc2a403f3ad1ba16df64cacff63322f06"
HELDOUT11 = REPO / "bench" / "labels" / "questions_heldout11.jsonl"
HELDOUT11_SHA256 = "fc19ab29bba98d38be342ba6466aaa03c7cc96af71c4396b3f2341337aaed645"
HELDOUT12 = REPO / "bench" / "labels" / "questions_heldout12.jsonl"
HELDOUT12_SHA256 = "51f7c94c717c6013409a754120910587fbf0299809b69e94d6cbc5bb9a5af62d"
HELDOUT13 = REPO / "bench" / "labels" / "questions_heldout13.jsonl"
HELDOUT13_SHA256 = "fb6b695996f158560be2d71f6fa63d85f9edbe20a7fa4d9d42ad891c1c79f410"
HELDOUT14 = REPO / "bench" / "labels" / "questions_heldout14.jsonl"
HELDOUT14_SHA256 = "ffa1289b239b692ef81cd182c90a4f8df8c48a71dd7b3f6f7e9d301cd823fe0d"
HELDOUT15 = REPO / "bench" / "labels" / "questions_heldout15.jsonl"
HELDOUT15_SHA256 = "9f35644989e8f9c1a036415922a7090828d3a43dfa2e9d0b96d0e05f3bd4b8a8"
HELDOUT16 = REPO / "bench" / "labels" / "questions_heldout16.jsonl"
HELDOUT16_SHA256 = "593ffc2c0cdcfca1b1ae97b3a3f8990eb22e7f45b1443da78f232e940e2f2b29"
HELDOUT17 = REPO / "bench" / "labels" / "questions_heldout17.jsonl"
HELDOUT17_SHA256 = "e9c278ef3ad52d9e689f644c87e2f4fb1b77d175f5a5ac1a5d2427e622cb098c"
HELDOUT18 = REPO / "bench" / "labels" / "questions_heldout18.jsonl"
HELDOUT18_SHA256 = "a8c142c7d956fae3356560335f375f75372a20de52f65e8d8cf31c89320be860"
HELDOUT19 = REPO / "bench" / "labels" / "questions_heldout19.jsonl"
HELDOUT19_SHA256 = "1cb63f75eed71a49ef2e265acb2874211681d1d74ca288f6ffc62c2152df6d10"
HELDOUT20 = REPO / "bench" / "labels" / "questions_heldout20.jsonl"
HELDOUT20_SHA256 = "8af81f079af59bd635212f4e9beb516a6ee5a7cc3cda613b38eba1817c634521"
HELDOUT21 = REPO / "bench" / "labels" / "questions_heldout21.jsonl"
HELDOUT21_SHA256 = "2bff958ca80e3b2a793c119984c0244ab772b0a83adc0ab673f6fab2771797da"
HELDOUT22 = REPO / "bench" / "labels" / "questions_heldout22.jsonl"
HELDOUT22_SHA256 = "ca32caecdfe42e611c495ce9750d2f600cf0f34d9525a5d89e99f2d5a8b53252"
HELDOUT23 = REPO / "bench" / "labels" / "questions_heldout23.jsonl"
HELDOUT23_SHA256 = "6dd99b9898ee85bb3c12b189e656f85dda2b01c9ae2a65cdf5288a8be76cd292"
HELDOUT24 = REPO / "bench" / "labels" / "questions_heldout24.jsonl"
HELDOUT24_SHA256 = "e6d6197d0958bcec8c50f9bd9bec829f0005f04e83cf4b965ab0440e68171d0e"
HELDOUT25 = REPO / "bench" / "labels" / "questions_heldout25.jsonl"
HELDOUT25_SHA256 = "422e427adfc254a2b415964a7d634c24aafb9ab825c372820ff4e25ed75a788d"
HELDOUT26 = REPO / "bench" / "labels" / "questions_heldout26.jsonl"
HELDOUT26_SHA256 = "8c674e8fba8551efe5e1c026035592830e7c8b63afd8feaf6df2a47560b6f901"
HELDOUT27 = REPO / "bench" / "labels" / "questions_heldout27.jsonl"
HELDOUT27_SHA256 = "224cfddd33ef2b523cad5ea7a6959ee68fa3edeededc1806015f805c646c2184"
HELDOUT28 = REPO / "bench" / "labels" / "questions_heldout28.jsonl"
HELDOUT28_SHA256 = "9d100e01578d8d070de16d166d5552b25e59122fd997031246ed5c5401032bd0"
HELDOUT29 = REPO / "bench" / "labels" / "questions_heldout29.jsonl"
HELDOUT29_SHA256 = "c1b22ef61a9b0e4ad352c7c0b08139f195bd22570ac7f68a80e289c8a30113c4"
HELDOUT30 = REPO / "bench" / "labels" / "questions_heldout30.jsonl"
HELDOUT30_SHA256 = "fafe1928706af178dcbc01e508e242241d1bc011e977ffc97059658c0681d119"
HELDOUT31 = REPO / "bench" / "labels" / "questions_heldout31.jsonl"
HELDOUT31_SHA256 = "958b28a9aedcf8c490ab8b0af1aab1c9efe91639a50b3462aec0369bb67d3d66"
HELDOUT32 = REPO / "bench" / "labels" / "questions_heldout32.jsonl"
HELDOUT32_SHA256 = "cefafe7fd852f5abcf852af487a7cca36fe999b2a50e6935454a46ad64e013f3"
HELDOUT33 = REPO / "bench" / "labels" / "questions_heldout33.jsonl"
HELDOUT33_SHA256 = "4570edafdcb17d65ad858fe674f4cff425bbf31203ea106b827889c34ceb73e7"
HELDOUT34 = REPO / "bench" / "labels" / "questions_heldout34.jsonl"
HELDOUT34_SHA256 = "d9a9cd531ef69cb8408314a8901a67a0762fb5125097cef896a549896d0264e5"
HELDOUT35 = REPO / "bench" / "labels" / "questions_heldout35.jsonl"
HELDOUT35_SHA256 = "0776d84b23c67b0811efa9c0060f5ee091ddc783aa26e898bd40c61db3407b9a"
HELDOUT36 = REPO / "bench" / "labels" / "questions_heldout36.jsonl"
HELDOUT36_SHA256 = "ffb8a9c15c1ba9f54c80b8eb06dbfea7e5b190fd8f250312f7ab264785335a0e"
HELDOUT37 = REPO / "bench" / "labels" / "questions_heldout37.jsonl"
HELDOUT37_SHA256 = "ec68b0d43875fac011b012ccf8a239d51eeb9e798231df5ff5bfb09c7e2d5243"
HELDOUT38 = REPO / "bench" / "labels" / "questions_heldout38.jsonl"
HELDOUT38_SHA256 = "cedfe3a7b4fa4fa946e9d13093f2403e126889e0c723a65d4c19b51c1a43aba1"
HELDOUT39 = REPO / "bench" / "labels" / "questions_heldout39.jsonl"
HELDOUT39_SHA256 = "c4f0db128af13af06d7a6151329100d22d178bee8ba622c630190139f99cbc97"
HELDOUT40 = REPO / "bench" / "labels" / "questions_heldout40.jsonl"
HELDOUT40_SHA256 = "b960271bfc8f5d9d82910f83ab682fc22990ca4cf4e5cb1cac64043bcda46dc1"
HELDOUT41 = REPO / "bench" / "labels" / "questions_heldout41.jsonl"
HELDOUT41_SHA256 = "bfd68d3164068acbc0969753c6c2a5b0739ffa7eea16c1c1830732ee0016c4a4"
HELDOUT42 = REPO / "bench" / "labels" / "questions_heldout42.jsonl"
HELDOUT42_SHA256 = "1f0e35a8586f5f08ee378b6b540869fefa4dd69761c27577f35017762bff0ea7"
HELDOUT43 = REPO / "bench" / "labels" / "questions_heldout43.jsonl"
HELDOUT43_SHA256 = "7bfb6df47630e2d1046b5b350db7bc66329f80c5a44e5cc251869597f30aca86"
HELDOUT44 = REPO / "bench" / "labels" / "questions_heldout44.jsonl"
HELDOUT44_SHA256 = "dd2514f4185b82f81452329b88a2a6f6e0462172217db048c32b6bd72729185c"
HELDOUT45 = REPO / "bench" / "labels" / "questions_heldout45.jsonl"
HELDOUT45_SHA256 = "17300e12822281d6026d536f2cea5bcb42ab7a707fd2ff02f9f829ef093904c7"
DEMO_DIRS = [REPO / "samples" / "notices", REPO / "samples" / "docx", REPO / "samples" / "pdf"]
# Portal pages of Government notices that only the benchmark ingests (bench/NOTICES.md).
SAMPLE_DIRS = [*DEMO_DIRS, REPO / "bench" / "notices"]

MIN_COUNTS = {
    "content": 20,
    "owner": 15,
    "deadline": 12,
    "crossref": 8,
    "precedent": 6,
    "no_diacritics": 15,
    "paraphrase": 10,
    "unanswerable": 12,
}
HELDOUT_COUNTS = {
    "content": 10,
    "owner": 6,
    "deadline": 6,
    "crossref": 4,
    "precedent": 3,
    "no_diacritics": 8,
    "paraphrase": 15,
    "unanswerable": 5,
}
HELDOUT2_COUNTS = {
    "content": 12,
    "owner": 8,
    "deadline": 10,
    "crossref": 4,
    "precedent": 4,
    "no_diacritics": 8,
    "paraphrase": 16,
    "unanswerable": 8,
}
HELDOUT3_COUNTS = {
    "content": 11,
    "owner": 8,
    "deadline": 8,
    "crossref": 4,
    "precedent": 4,
    "no_diacritics": 8,
    "paraphrase": 16,
    "unanswerable": 11,
}
HELDOUT14_COUNTS = {
    "content": 13,
    "owner": 9,
    "deadline": 7,
    "crossref": 5,
    "precedent": 3,
    "no_diacritics": 8,
    "paraphrase": 14,
    "unanswerable": 11,
}
MULTI_DOC = "*"
EVIDENCE_MIN, EVIDENCE_MAX = 30, 120


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@lru_cache(maxsize=None)
def doc_text(name: str) -> str:
    for folder in SAMPLE_DIRS:
        path = folder / name
        if path.is_file():
            if path.suffix == ".docx":
                return _docx_text(path)
            if path.suffix == ".pdf":
                return _pdf_text(path)
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"labelled document {name!r} is not in {[str(d) for d in SAMPLE_DIRS]}")


def corpus_names(folders: list[Path] = SAMPLE_DIRS) -> list[str]:
    return sorted(p.name for folder in folders for p in folder.iterdir() if p.suffix in {".txt", ".md", ".docx", ".pdf"})


DEMO_NAMES = frozenset(corpus_names(DEMO_DIRS))
GOVERNMENT_2025 = frozenset({"cd-223-ttg-2025.md", "tb-631-vpcp-2025.md", "tb-648-vpcp-2025.md", "tb-659-vpcp-2025.md"})
GOVERNMENT_2025_LATER = frozenset({"cd-228-ttg-2025.md", "tb-637-vpcp-2025.md", "tb-653-vpcp-2025.md"})
GOVERNMENT_2025_LAST = frozenset({"cd-220-ttg-2025.md", "cd-224-ttg-2025.md", "tb-624-vpcp-2025.md"})
GOVERNMENT_2025_FINAL = frozenset({"cd-226-ttg-2025.md", "cd-227-ttg-2025.md", "cd-230-ttg-2025.md", "cd-234-ttg-2025.md"})
GOVERNMENT_2025_DECEMBER = frozenset({"cd-229-ttg-2025.md", "cd-231-ttg-2025.md", "cd-232-ttg-2025.md"})
GOVERNMENT_2025_HCM = frozenset({"cv-4001-ubnd-hcm-2025.md", "cv-4240-ubnd-hcm-2025.md", "tb-432-vptw-2025.md"})
BUILDING_AND_REORGANISATION_2025 = frozenset({"cv-4085-ubnd-hcm-2025.md", "cd-96-bxd-2025.md", "cv-171-bcd-2025.md"})
MINISTRY_AND_GOVERNMENT_LETTERS_2025 = frozenset({"cv-10988-bnv-2025.md", "cv-11554-vpcp-2025.md", "cv-11654-vpcp-2025.md"})
ROADS_AND_MERIT_LETTERS_2025 = frozenset({"cv-11583-vpcp-2025.md", "cv-11414-vpcp-2025.md", "cv-11208-bnv-2025.md"})
CULTURE_AND_BIOFUEL_LETTERS_2025 = frozenset({"cv-6278-bvhttdl-2025.md", "cv-6316-bvhttdl-2025.md", "cv-11520-vpcp-2025.md"})
LETTERS_SET24_2025 = frozenset({"cv-174-bcd-2025.md", "cv-11298-vpcp-2025.md", "cv-5095-sgddt-hn-2025.md"})
LETTERS_SET25_2025 = frozenset({"cv-6225-bvhttdl-2025.md", "cv-9476-bnnmt-2025.md", "cv-5155-sgddt-hcm-2025.md"})
LETTERS_SET26_2025 = frozenset({"kl-221-tw-2025.md", "cv-11299-vpcp-2025.md", "cv-11306-vpcp-2025.md"})
LETTERS_SET27_2025 = frozenset({"kl-212-tw-2025.md", "cv-17986-btc-2025.md", "cv-10989-bnv-2025.md"})
LETTERS_SET28_2025 = frozenset({"kh-980-ubnd-na-2025.md", "cv-5662-ct-2025.md", "cv-39992-chq-2025.md"})
LETTERS_SET29_2025 = frozenset({"nq-377-cp-2025.md", "qd-471-ubnd-bn-2025.md", "cv-3257-tni-2025.md"})
LETTERS_SET30_2025 = frozenset({"cv-5665-ct-2025.md", "qd-5721-ubnd-hn-2025.md", "tb-39305-chq-2025.md"})
LETTERS_SET31_2025 = frozenset({"tb-983-ct-2025.md", "cv-17899-btc-2025.md", "qd-2020-ubnd-lc-2025.md"})
LETTERS_SET32_2025 = frozenset({"nq-386-cp-2025.md", "qd-2609-ttg-2025.md", "qd-52-ctubnd-cb-2025.md"})
LETTERS_SET33_2025 = frozenset({"qd-2932-ubnd-lc-2025.md", "qd-3857-ubnd-na-2025.md", "tb-39693-chq-2025.md"})
LETTERS_SET34_2025 = frozenset({"nq-388-cp-2025.md", "qd-2638-ubnd-dn-2025.md", "cv-5330-ct-2025.md"})
LETTERS_SET35_2025 = frozenset({"nq-389-cp-2025.md", "qd-3565-ubnd-hue-2025.md", "qd-1936-ubnd-tn-2025.md"})
LETTERS_SET36_2025 = frozenset({"nq-393-cp-2025.md", "cv-5491-ct-2025.md", "qd-1486-ubnd-bn-2025.md"})
LETTERS_SET37_2025 = frozenset({"tb-37698-chq-2025.md", "qd-2639-ttg-2025.md", "qd-1383-bnv-2025.md"})
LETTERS_SET38_2025 = frozenset({"cv-5706-ct-2025.md", "nq-375-cp-2025.md", "qd-89-ubnd-lc-2025.md"})
LETTERS_SET39_2025 = frozenset({"nq-80-hdnd-hn-2025.md", "tb-37689-chq-2025.md", "qd-98-ubnd-qn-2025.md"})
LETTERS_SET40_2025 = frozenset({"cv-5485-ct-2025.md", "qd-84-ubnd-ht-2025.md", "nq-21-hdnd-vl-2025.md"})
LETTERS_SET41_2025 = frozenset({"qd-100-ubnd-pt-2025.md", "cv-5615-ct-2025.md", "qd-38-ubnd-ct-2025.md"})
LETTERS_SET42_2025 = frozenset({"qd-97-ubnd-qn-2025.md", "nq-82-hdnd-hn-2025.md", "cv-5348-ct-2025.md"})
LETTERS_SET43_2025 = frozenset({"nq-75-hdnd-hn-2025.md", "cv-5347-ct-2025.md", "qd-2512-ubnd-ls-2025.md"})
LETTERS_SET44_2025 = frozenset({"nq-58-hdnd-hn-2025.md", "tb-37416-chq-2025.md", "qd-2666-ubnd-ct-2025.md"})
LETTERS_SET45_2025 = frozenset({"nq-51-hdnd-hn-2025.md", "qd-35-ubnd-ct-2025.md", "nq-08-cp-2025.md"})


def load_labels(path: Path = LABELS) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - message for the editor
                raise AssertionError(f"{path.name}:{n}: not JSON: {exc}") from exc
    return rows


LABEL_ROWS = load_labels()
HELDOUT_ROWS = load_labels(HELDOUT)
HELDOUT2_ROWS = load_labels(HELDOUT2)
HELDOUT3_ROWS = load_labels(HELDOUT3)
# Owner and deadline fields were labelled in the first four sets.
ALL_ROWS = LABEL_ROWS + HELDOUT_ROWS + HELDOUT2_ROWS + HELDOUT3_ROWS

HELDOUT_SETS = [
    # (name, file, frozen sha256, id prefix, minimum counts, every no-diacritics question has a twin,
    # the documents it was written over: its evidence must cover them all)
    ("heldout", HELDOUT, HELDOUT_SHA256, "h", HELDOUT_COUNTS, False, DEMO_NAMES),
    ("heldout2", HELDOUT2, HELDOUT2_SHA256, "k", HELDOUT2_COUNTS, True, DEMO_NAMES),
    ("heldout3", HELDOUT3, HELDOUT3_SHA256, "m", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout4", HELDOUT4, HELDOUT4_SHA256, "n", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout5", HELDOUT5, HELDOUT5_SHA256, "p", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout6", HELDOUT6, HELDOUT6_SHA256, "r", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout7", HELDOUT7, HELDOUT7_SHA256, "s", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout8", HELDOUT8, HELDOUT8_SHA256, "t", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout9", HELDOUT9, HELDOUT9_SHA256, "u", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout10", HELDOUT10, HELDOUT10_SHA256, "v", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout11", HELDOUT11, HELDOUT11_SHA256, "w", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout12", HELDOUT12, HELDOUT12_SHA256, "x", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout13", HELDOUT13, HELDOUT13_SHA256, "y", HELDOUT3_COUNTS, True, DEMO_NAMES),
    ("heldout14", HELDOUT14, HELDOUT14_SHA256, "z", HELDOUT14_COUNTS, True, GOVERNMENT_2025),
    ("heldout15", HELDOUT15, HELDOUT15_SHA256, "a", HELDOUT14_COUNTS, True, GOVERNMENT_2025_LATER),
    ("heldout16", HELDOUT16, HELDOUT16_SHA256, "b", HELDOUT14_COUNTS, True, GOVERNMENT_2025_LAST),
    ("heldout17", HELDOUT17, HELDOUT17_SHA256, "c", HELDOUT14_COUNTS, True, GOVERNMENT_2025_FINAL),
    ("heldout18", HELDOUT18, HELDOUT18_SHA256, "d", HELDOUT14_COUNTS, True, GOVERNMENT_2025_DECEMBER),
    ("heldout19", HELDOUT19, HELDOUT19_SHA256, "e", HELDOUT14_COUNTS, True, GOVERNMENT_2025_HCM),
    ("heldout20", HELDOUT20, HELDOUT20_SHA256, "g", HELDOUT14_COUNTS, True, BUILDING_AND_REORGANISATION_2025),
    ("heldout21", HELDOUT21, HELDOUT21_SHA256, "f", HELDOUT14_COUNTS, True, MINISTRY_AND_GOVERNMENT_LETTERS_2025),
    ("heldout22", HELDOUT22, HELDOUT22_SHA256, "j", HELDOUT14_COUNTS, True, ROADS_AND_MERIT_LETTERS_2025),
    ("heldout23", HELDOUT23, HELDOUT23_SHA256, "i", HELDOUT14_COUNTS, True, CULTURE_AND_BIOFUEL_LETTERS_2025),
    ("heldout24", HELDOUT24, HELDOUT24_SHA256, "l", HELDOUT14_COUNTS, True, LETTERS_SET24_2025),
    ("heldout25", HELDOUT25, HELDOUT25_SHA256, "o", HELDOUT14_COUNTS, True, LETTERS_SET25_2025),
    ("heldout26", HELDOUT26, HELDOUT26_SHA256, "ab", HELDOUT14_COUNTS, True, LETTERS_SET26_2025),
    ("heldout27", HELDOUT27, HELDOUT27_SHA256, "ac", HELDOUT14_COUNTS, True, LETTERS_SET27_2025),
    ("heldout28", HELDOUT28, HELDOUT28_SHA256, "ad", HELDOUT14_COUNTS, True, LETTERS_SET28_2025),
    ("heldout29", HELDOUT29, HELDOUT29_SHA256, "ae", HELDOUT14_COUNTS, True, LETTERS_SET29_2025),
    ("heldout30", HELDOUT30, HELDOUT30_SHA256, "af", HELDOUT14_COUNTS, True, LETTERS_SET30_2025),
    ("heldout31", HELDOUT31, HELDOUT31_SHA256, "ag", HELDOUT14_COUNTS, True, LETTERS_SET31_2025),
    ("heldout32", HELDOUT32, HELDOUT32_SHA256, "ah", HELDOUT14_COUNTS, True, LETTERS_SET32_2025),
    ("heldout33", HELDOUT33, HELDOUT33_SHA256, "ai", HELDOUT14_COUNTS, True, LETTERS_SET33_2025),
    ("heldout34", HELDOUT34, HELDOUT34_SHA256, "aj", HELDOUT14_COUNTS, True, LETTERS_SET34_2025),
    ("heldout35", HELDOUT35, HELDOUT35_SHA256, "ak", HELDOUT14_COUNTS, True, LETTERS_SET35_2025),
    ("heldout36", HELDOUT36, HELDOUT36_SHA256, "al", HELDOUT14_COUNTS, True, LETTERS_SET36_2025),
    ("heldout37", HELDOUT37, HELDOUT37_SHA256, "am", HELDOUT14_COUNTS, True, LETTERS_SET37_2025),
    ("heldout38", HELDOUT38, HELDOUT38_SHA256, "an", HELDOUT14_COUNTS, True, LETTERS_SET38_2025),
    ("heldout39", HELDOUT39, HELDOUT39_SHA256, "ao", HELDOUT14_COUNTS, True, LETTERS_SET39_2025),
    ("heldout40", HELDOUT40, HELDOUT40_SHA256, "ap", HELDOUT14_COUNTS, True, LETTERS_SET40_2025),
    ("heldout41", HELDOUT41, HELDOUT41_SHA256, "aq", HELDOUT14_COUNTS, True, LETTERS_SET41_2025),
    ("heldout42", HELDOUT42, HELDOUT42_SHA256, "ar", HELDOUT14_COUNTS, True, LETTERS_SET42_2025),
    ("heldout43", HELDOUT43, HELDOUT43_SHA256, "as", HELDOUT14_COUNTS, True, LETTERS_SET43_2025),
    ("heldout44", HELDOUT44, HELDOUT44_SHA256, "at", HELDOUT14_COUNTS, True, LETTERS_SET44_2025),
    ("heldout45", HELDOUT45, HELDOUT45_SHA256, "au", HELDOUT14_COUNTS, True, LETTERS_SET45_2025),
]
# Shape and evidence are checked in every set.
EVERY_ROW = LABEL_ROWS + [row for _, path, *_ in HELDOUT_SETS for row in load_labels(path)]
EVERY_ID = [r["id"] for r in EVERY_ROW]


def evidence_pairs(row: dict) -> list[tuple[str, str]]:
    """(document, evidence) for every evidence string of a row."""
    if row["doc"] == MULTI_DOC:
        return list(zip(row["evidence_docs"], row["evidence"], strict=True))
    return [(row["doc"], ev) for ev in row["evidence"]]


def has_diacritics(text: str) -> bool:
    if "đ" in text or "Đ" in text:
        return True
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def test_file_has_enough_questions() -> None:
    assert len(LABEL_ROWS) >= 90


def test_ids_unique_and_well_formed() -> None:
    ids = [row["id"] for row in LABEL_ROWS]
    duplicates = [i for i, c in Counter(ids).items() if c > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    bad = [i for i in ids if not re.fullmatch(r"q\d{3,}", i)]
    assert not bad, f"ids not of the form qNNN: {bad}"


def test_questions_unique() -> None:
    questions = Counter(row["question"].strip().lower() for row in LABEL_ROWS)
    assert not [q for q, c in questions.items() if c > 1]


def test_category_counts() -> None:
    counts = Counter(row["category"] for row in LABEL_ROWS)
    unknown = set(counts) - set(MIN_COUNTS)
    assert not unknown, f"unknown categories: {unknown}"
    short = {c: (counts[c], m) for c, m in MIN_COUNTS.items() if counts[c] < m}
    assert not short, f"categories below their minimum (have, need): {short}"


@pytest.mark.parametrize("row", EVERY_ROW, ids=EVERY_ID)
def test_row_shape(row: dict) -> None:
    assert isinstance(row["question"], str) and row["question"].strip()
    if row["category"] == "unanswerable":
        assert row["doc"] is None and row["evidence"] == []
        return
    assert row["doc"] == MULTI_DOC or row["doc"] in corpus_names(), row["doc"]
    assert 1 <= len(row["evidence"]) <= 3
    if row["doc"] == MULTI_DOC:
        assert row["category"] in {"precedent", "crossref", "no_diacritics", "paraphrase"}
        docs = row["evidence_docs"]
        assert len(docs) == len(row["evidence"])
        assert all(d in corpus_names() for d in docs), docs
        if row["category"] == "precedent":
            assert len(set(docs)) >= 2, "a precedent question spans notices of different dates"
    else:
        assert "evidence_docs" not in row


@pytest.mark.parametrize("row", EVERY_ROW, ids=EVERY_ID)
def test_evidence_is_verbatim_unique_and_on_one_line(row: dict) -> None:
    for doc, evidence in evidence_pairs(row):
        # Runs of spaces (no-break ones too) count as one, as in the ingested paragraphs the benchmark
        # matches against ("12.\xa0\xa0Sở Lao động" in the OCR-damaged seed is labelled "12. Sở Lao động").
        text = re.sub(r"[^\S\n]+", " ", doc_text(doc))
        assert EVIDENCE_MIN <= len(evidence) <= EVIDENCE_MAX, f"{len(evidence)} chars: {evidence!r}"
        assert evidence == evidence.strip(), f"leading/trailing space: {evidence!r}"
        assert "\n" not in evidence and "**" not in evidence, evidence
        count = text.count(evidence)
        assert count == 1, f"{doc}: evidence occurs {count} times: {evidence!r}"
        # Exactly one occurrence, and it lies within one line (paragraph) of the source.
        start = text.index(evidence)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        assert evidence in line


@pytest.mark.parametrize(
    "row",
    [r for r in ALL_ROWS if r["category"] in {"owner", "deadline"}],
    ids=[r["id"] for r in ALL_ROWS if r["category"] in {"owner", "deadline"}],
)
def test_owner_and_deadline_fields(row: dict) -> None:
    for key in ("lead", "support", "due", "deadline_text"):
        assert key in row, f"missing {key}"
    assert isinstance(row["lead"], list) and isinstance(row["support"], list)
    assert not set(row["lead"]) & set(row["support"]), "an agency cannot both lead and support"
    if row["category"] == "owner":
        assert row["lead"], "an owner question names who leads"
    if row["category"] == "deadline":
        assert row["deadline_text"], "a deadline question states its deadline text"
    if row["due"] is not None:
        date.fromisoformat(row["due"])
        assert row["deadline_text"], "a due date comes from a stated deadline"
    if row["deadline_text"] is not None:
        assert row["deadline_text"] in doc_text(row["doc"]), row["deadline_text"]


def test_no_diacritics_questions() -> None:
    rows = [r for r in LABEL_ROWS if r["category"] == "no_diacritics"]
    with_diacritics = [r["id"] for r in rows if has_diacritics(r["question"])]
    assert not with_diacritics, f"no_diacritics questions with diacritics: {with_diacritics}"
    by_id = {r["id"]: r for r in LABEL_ROWS}
    paired = [r for r in rows if "accented_of" in r]
    assert 2 * len(paired) >= len(rows), "about half of no_diacritics questions name an accented twin"
    for r in paired:
        twin = by_id.get(r["accented_of"])
        assert twin is not None, f"{r['id']}: accented_of {r['accented_of']} does not exist"
        assert twin["category"] != "no_diacritics" and has_diacritics(twin["question"])
        # Same intent: the twin is answered by the same document(s).
        assert {d for d, _ in evidence_pairs(r)} == {d for d, _ in evidence_pairs(twin)}, r["id"]


def test_accented_of_only_on_no_diacritics() -> None:
    assert all(r["category"] == "no_diacritics" for r in LABEL_ROWS if "accented_of" in r)


# --- the held-out sets ----------------------------------------------------------------------


HELDOUT_NAMES = [name for name, *_ in HELDOUT_SETS]


def _folded_words(text: str) -> str:
    """A question reduced to its words: lowercase, no marks, no punctuation."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize(("name", "path", "sha256", "prefix", "counts", "all_twinned", "covers"), HELDOUT_SETS, ids=HELDOUT_NAMES)
def test_heldout_set(
    name: str, path: Path, sha256: str, prefix: str, counts: dict[str, int], all_twinned: bool, covers: frozenset[str]
) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == sha256, f"{path.name} changed: see its sha256 here and in bench/bench_retrieval.py before updating it"
    rows = load_labels(path)
    assert [r["id"] for r in rows] == [f"{prefix}{n:03d}" for n in range(1, 71)]
    have = Counter(r["category"] for r in rows)
    assert set(have) <= set(MIN_COUNTS), set(have) - set(MIN_COUNTS)
    short = {c: (have[c], m) for c, m in counts.items() if have[c] < m}
    assert not short, f"categories below their minimum (have, need): {short}"
    docs = {d for r in rows for d, _ in (evidence_pairs(r) if r["doc"] else [])}
    assert docs >= covers, covers - docs

    # Written after the sets before it, never reusing their questions (ignoring case, marks, punctuation).
    earlier_files = [LABELS] + [p for n, p, *_ in HELDOUT_SETS[: HELDOUT_NAMES.index(name)]]
    earlier = {_folded_words(r["question"]) for f in earlier_files for r in load_labels(f)}
    new = [_folded_words(r["question"]) for r in rows]
    assert len(set(new)) == len(new)
    assert not [r["id"] for r, q in zip(rows, new, strict=True) if q in earlier]

    # Unaccented questions and their accented twins, in the same file, answered by the same documents.
    plain = [r for r in rows if r["category"] == "no_diacritics"]
    assert not [r["id"] for r in plain if has_diacritics(r["question"])]
    by_id = {r["id"]: r for r in rows}
    paired = [r for r in plain if "accented_of" in r]
    assert len(paired) == len(plain) if all_twinned else 2 * len(paired) >= len(plain)
    for r in paired:
        twin = by_id.get(r["accented_of"])
        assert twin is not None and twin["category"] != "no_diacritics" and has_diacritics(twin["question"]), r["id"]
        assert {d for d, _ in evidence_pairs(r)} == {d for d, _ in evidence_pairs(twin)}, r["id"]
    assert all(r["category"] == "no_diacritics" for r in rows if "accented_of" in r)
