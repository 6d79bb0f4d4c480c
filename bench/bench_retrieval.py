"""Retrieval and answering benchmark over the labelled questions (bench/labels/questions.jsonl).

Ingests the bundled samples and the benchmark-only notices of bench/notices/ (bench/NOTICES.md) into
a fresh Chroma with the real model, then for every question
measures recall@1, recall@5, MRR and latency for: our hybrid search, lexical-only, dense-only,
and a plain LangChain baseline (RecursiveCharacterTextSplitter + Chroma similarity search with
the same model). Also measures /ask abstention: answerable questions must be answered (found),
unanswerable ones refused. Prints markdown tables.

    .venv/bin/python bench/bench_retrieval.py [--model-dir DIR] [--labels PATH]

Held-out set (--labels bench/labels/questions_heldout.jsonl): 70 questions h001-h070 (18
paraphrase, 13 content, 8 owner, 8 deadline, 5 crossref, 4 precedent, 9 no_diacritics, 5
unanswerable) over all 10 sample files, including the two PDFs that questions.jsonl never asks
about. Written on 2026-11-22 by reading the documents only, without running the search engine or
this benchmark, and with questions.jsonl checked so none is reused or lightly reworded; every
evidence string was verified verbatim against the source text before the first run. The file was
frozen and committed before its first score: sha256
ab6cacded5ca546ed9794fee99e586321ab3596b77b2fe09ddd7a560fd7070cb. Tune on questions.jsonl only;
edit the held-out file only to follow a change of the sample texts, and say so here.

Second held-out set (--labels bench/labels/questions_heldout2.jsonl), for the final measurement
now that the first one is used for development too: 70 questions k001-k070 (16 paraphrase, 12
content, 8 owner, 10 deadline, 4 crossref, 4 precedent, 8 no_diacritics each with an accented
twin, 8 unanswerable: 4 on topics no notice covers, 4 near misses asking an amount, count or date
the notices do not state) over all 10 sample files. Written on 2026-11-22 from the documents'
text (the readers and the paragraph splitter only), without running the search engine, the
answerer or this benchmark on them; checked by script against questions.jsonl and
questions_heldout.jsonl (no question reused; word overlap reviewed by hand); every evidence
string verified to occur once, on one line of the source text and inside one ingested paragraph
(whitespace-normalised, as first_relevant compares). Frozen and committed before its first
score: sha256 6c8445e56c041d7dabcf28a9c8f71911b98d28a9dd60cdc3e1150c0870414104. Do not tune on
it; run it once at the end, and record here any edit that follows a change of the sample texts.
It was run once (session 2) and has since been used for development too.

Third held-out set (--labels bench/labels/questions_heldout3.jsonl), for the final measurement:
70 questions m001-m070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent,
8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 on topics no
notice covers, 6 near misses asking an amount, date, place, count or owner the notices do not
state, each checked absent from all 10 documents by searching their text) over all 10 sample
files. Written from the documents' text only (the readers and the ingest paragraph splitter),
without running the search engine, the answerer or this benchmark on them, by someone who had not
seen the engine's failures. Paraphrases use staff's everyday words rather than the notices'
administrative terms; queries mix full questions, keyword queries, lowercase and abbreviations.
Checked by script against the three earlier sets (no question reused, ignoring case, diacritics
and punctuation; the closest by word overlap and shared evidence reviewed by hand). Every evidence
string is 30-120 characters, verbatim, occurs once on one line of its source and lies inside one
ingested paragraph. Frozen and committed before its first score: sha256
3e4aa83db15ad76eb6547a82959c2f4620b4f86e1e53975b05557af4d50da832. Do not tune on it; run it once
at the end, and record here any edit that follows a change of the sample texts. It was run once
(session 3) and has since been used for development too.

Fourth held-out set (--labels bench/labels/questions_heldout4.jsonl), for the final measurement:
70 questions n001-n070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent,
8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, 6 near
misses asking a budget amount, an event date, a commune name, a count of clinics, the owner of a
listed activity and a reporting frequency, each confirmed absent from all 10 documents). Written
by a helper at the start of session 4 from the documents' text only (ingest.readers.read_path and
ingest.structure.parse_structure), without running the search engine, the answerer, the index or
any bench script, and without seeing the engine's failures; the earlier four files were read only
for their format and to avoid their questions and, where possible, their facts and paragraphs.
Every evidence string is 30-120 characters, verbatim, occurs once on one line of its source and
lies inside one ingested paragraph; no question repeats an earlier one after folding case,
diacritics and punctuation (closest pairs by word overlap reviewed by hand). Frozen and committed
before its first score: sha256 63c72f1c50921ac2b2f2b8a079d6454118af87b97358b531828336b33fb597a1.
Do not tune on it; run it once at the end. It was run once (session 4, commit 887d0ef) and has
since been used for development too.

Fifth held-out set (--labels bench/labels/questions_heldout5.jsonl), for the final measurement:
70 questions p001-p070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent,
8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, 6 near
misses asking a budget amount, a conference date, a congress venue, a count of cases, the head of a
working group and a meeting frequency, each confirmed absent from all 10 documents by grep).
Written by a helper at the start of session 5 from the documents' text only
(ingest.readers.read_path and ingest.structure.parse_structure), without running the search engine,
the answerer, the index or any bench script, and without seeing the engine's failures; the earlier
five files were read only for their format and to avoid their questions and, where possible, their
facts and paragraphs (no evidence string repeats an earlier one). Every evidence string is 30-120
characters, verbatim, occurs once on one line of its source and lies inside one ingested paragraph;
no question repeats an earlier one after folding case, diacritics and punctuation (closest pairs by
word overlap reviewed by hand). Frozen and committed before its first score: sha256
537ff840167e4fcdcfbf5fb7892932bb2c2f3044187bd8742f0f84cf70e46a25.
Do not tune on it; run it once at the end. It was run once (session 5, commit f84467b) and has
since been used for development too.

Sixth held-out set (--labels bench/labels/questions_heldout6.jsonl), for the final measurement:
70 questions r001-r070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent,
8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, some
in the notices' vocabulary (a land transfer, power bills of poor households, infant vaccination at
the commune clinic, sowing the spring rice crop, a birth certificate), 6 near misses asking a
public-investment amount, a dialogue date, a conference venue, a count of associations, a
department head's name and a reporting frequency, each confirmed absent from all 10 documents by
searching their text) over all 10 sample files. Written by a helper during session 5 from the
documents' text only (ingest.readers.read_path and ingest.structure.parse_structure), without
running the search engine, the answerer, the index or any bench script, and without seeing the
engine's failures; the earlier six files were read only for their format and to avoid their
questions, their facts where possible (including the untwinned no-diacritics rows) and their
evidence strings (none repeated). Checked by a script kept outside the repository: every evidence
string is 30-120 characters, verbatim, occurs once on one line of its source and lies inside one
ingested paragraph (whitespace-normalised); no question repeats an earlier one after folding case,
diacritics (đ -> d) and punctuation, and the closest pairs by word overlap were reviewed by hand.
Frozen and committed before its first score: sha256
a551507d447f84ab59c6cabe5b95ead82c691893f9ce07efd97e92cba7c4ab4e.
Do not tune on it; run it once at the end. It was run once (session 5, commit e9fbe39) and has
since been used for development too. The brief asked its near misses to include a venue and a
person, kinds held-out 5 had shown to be weak.

Seventh held-out set (--labels bench/labels/questions_heldout7.jsonl), for the final measurement:
70 questions s001-s070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent,
8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, in the
notices' vocabulary (reissuing a lost health-insurance card, the allowance of part-time hamlet
staff, a groundwater permit for a pig farm, reappointing a department-level official, university
priority points for highland pupils), 6 near misses asking the reason for a named company's
difficulties, a PCI rank, the name of a planning consultant, an addict's eligibility for voluntary
treatment at home, a quarantine length and a notice's number, each confirmed absent from all 10
documents by searching their text with and without diacritics) over all 10 sample files. Most
stated task deadlines were already used by earlier sets, so several deadline rows ask for a
period or horizon instead (a strategy's horizon, the months a conclusion plans for). Written by a
helper at the start of session 6 from the documents' text only (ingest.readers.read_path and
ingest.structure.parse_structure), without running the search engine, the answerer, the index or
any bench script, and without seeing the engine's failures; the brief did not steer the
near-miss kinds. The earlier seven files were read only for their format and to avoid their
questions, their facts and paragraphs where possible and their evidence strings (none repeated).
Checked by a script kept outside the repository: every evidence string is 30-120 characters,
verbatim, occurs once on one line both of the text read_path gives and of the text the label test
reads, and lies inside one ingested paragraph (whitespace-normalised); no question repeats an
earlier one after folding case, diacritics (đ -> d) and punctuation, and the closest pairs by word
overlap were reviewed by hand. Frozen and committed before its first score: sha256
16d8abfd85d7bf1475097fde68314621b871f4844a0ba0aaffa24aa9da7cfe60.
Do not tune on it; run it once at the end. It was run once (session 6, commit e815ce1); three
slot fixes were made after seeing it ("mấy" as "the few", a company's name, Covid-19 no figure).

Eighth held-out set (--labels bench/labels/questions_heldout8.jsonl), for the final measurement:
70 questions t001-t070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent,
8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, in the
notices' vocabulary (the deadline for officials' yearly asset and income declarations, who leads
the 2026-2031 People's Council elections, recognising a traditional craft village, commune civil
servant recruitment quotas, turning poor rice land over to fruit trees), 6 near misses asking an
amount (the money for Lào Cai's campaign against makeshift houses), a date (the day the Ministry
of Home Affairs signed its letter on associations), a place (the district of the apatite
ore-dressing plant), a count (the vocational schools training rural workers in Lai Châu), a person
(the name of Lào Cai's absent Justice director) and a reason (why Lạng Sơn city is to be
enlarged), each confirmed absent from all 10 documents by searching their text with and without
diacritics) over all 10 sample files. As for set 7, most stated task deadlines were already used
by earlier sets, so several deadline rows ask for the year, period or horizon a plan or a
direction covers instead. Written by a helper at the start of session 7 from the documents' text
only (ingest.readers.read_path and ingest.structure.parse_structure), without running the search
engine, the answerer, the index or any bench script, and without seeing the engine's failures
(beyond the notes on earlier runs in this docstring and the commit log); the brief did not steer
the near-miss kinds. The earlier eight files were read only for their format and to avoid their
questions, their facts and paragraphs where possible and their evidence strings (none repeated).
Checked by the same kind of script as set 7 (evidence strings, repeated questions). Frozen and
committed before its first score: sha256
4225d8f7afe0de87630a759b1701c651043c024399c4121d6e31165fcee4c729.
Do not tune on it; run it once at the end. It was run once (session 7, commit 6961e9c); one change
followed, a restoration fix seen on t041 that moved no figure.

Ninth held-out set (--labels bench/labels/questions_heldout9.jsonl), for the final measurement: 70
questions u001-u070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent, 8
no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, in the
notices' vocabulary (the monthly social allowance of people aged 75 and over, registering a
traditional festival with the commune, the salary base for social insurance of contract nursery
teachers, a social-policy bank loan for a household latrine, where a private clinic applies for its
licence), 6 near misses asking a target (Lai Châu's full-year 2020 disbursement goal), a duration
(the days of Lào Cai's extraordinary People's Council session of September 2021), an area (the
hectares of the Hàm Rồng tourist site put up for auction), a capacity (the megawatts of the biomass
power plant in Power Plan VIII), a contact (the hotline for businesses' complaints in Lâm Đồng) and
a length (the metres of the Bát Xát - Bá Sái bridge over the Red River), each confirmed absent from
all 10 documents by searching their text with and without diacritics) over all 10 sample files. As
for sets 7 and 8, nearly every stated task deadline was already used by earlier sets, so most
deadline rows ask for the period, term or date a plan, a programme or a meeting is set for. Owner
and deadline rows carry lead, support, due and deadline_text as in sets 1-3 (checked by the same
script, not by the label test, which checks those fields for sets 1-3 only). Written by a helper
from the documents' text only (ingest.readers.read_path and ingest.structure.parse_structure),
without running the search engine, the answerer, the index or any bench script, and without seeing
the engine's failures (beyond the notes on earlier runs in this docstring); the brief did not steer
the near-miss kinds. The earlier nine files were read only for their format and to avoid their
questions, their facts and paragraphs where possible and their evidence strings (none repeated).
Checked by a script kept outside the repository: every evidence string is 30-120 characters,
verbatim, occurs once on one line of the text the label test reads and lies inside one ingested
paragraph (whitespace-normalised); no question repeats an earlier one after folding case, diacritics
(đ -> d) and punctuation, and the closest pairs by word overlap were reviewed by hand. Frozen before
its first score: sha256 c7cf50ae066cca6a68d50fa0185c7c252370486e04e2ca20ab58746dd98eae18.
Do not tune on it; run it once at the end. It was run once (session 8, commit b1d2be9); one change
followed, made on seeing two of its near misses: a quantity asked in a unit ("dài bao nhiêu mét",
"họp trong mấy ngày") needs a number in that unit (refused 7/11 -> 9/11, no other figure moved).

Tenth held-out set (--labels bench/labels/questions_heldout10.jsonl), for the final measurement:
70 questions v001-v070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent, 8
no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, in the
notices' vocabulary (the days of annual leave of a civil servant, the conditions for a near-poor
household, registering an agricultural cooperative, the attraction allowance of teachers in
communes with special difficulties, the file for a martyr's relatives' allowance), 6 near misses
asking an opening date (the first commercial flight at Sa Pa airport), an outcome (the winner of
the VTV Cup 2023 women's volleyball held in Lào Cai), a counterpart (the Chinese province of the
13th joint working committee conference Lạng Sơn prepared for), a rate (the share of Lâm Đồng's
administrative files settled on time in 2025), a fine (the amount paid for breaking Covid-19
rules in Lào Cai in 2021) and an investor (the company behind the Bắc Cường amusement park), each
confirmed absent from all 10 documents by searching their text with and without diacritics) over
all 10 sample files. As for sets 7 to 9, nearly every stated task deadline was already used by
earlier sets, so most deadline rows ask for the date of a cited decision, resolution or directive
or the period a report covers. Owner and deadline rows carry lead, support, due and deadline_text
as in sets 1-3 (checked by the same script, not by the label test, which checks those fields for
sets 1-3 only). Written by a helper from the documents' text only (ingest.readers.read_path and
ingest.structure.parse_structure), without running the search engine, the answerer, the index or
any bench script, and without seeing the engine's failures (beyond the notes on earlier runs in
this docstring); the brief did not steer the near-miss kinds. The earlier ten files were read only
for their format and to avoid their questions, their facts and paragraphs where possible and their
evidence strings (none repeated; with so few unused spans left, a few overlap an earlier one in
part). Checked by a script kept outside the repository: every evidence string is 30-120
characters, verbatim, occurs once on one line of the text the label test reads and lies inside one
ingested paragraph (whitespace-normalised); no question repeats an earlier one after folding case,
diacritics (đ -> d) and punctuation, and the closest pairs by word overlap were reviewed by hand.
Frozen before its first score: sha256
812309e26439a04d8b55292815fa347bc2a403f3ad1ba16df64cacff63322f06.
Do not tune on it; run it once at the end. It was run once (session 8, commit 78529a2); no change
followed it.

Eleventh held-out set (--labels bench/labels/questions_heldout11.jsonl), for the final measurement:
70 questions w001-w070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent, 8
no_diacritics each with an accented twin in the same file, 11 unanswerable: 5 off-topic, in the
notices' vocabulary (the probation period of a newly recruited civil servant, the spending norm for
receiving foreign guests at provincial agencies, registering a newborn's permanent residence,
reissuing a petrol station's certificate of eligibility, the permit for an outdoor art
performance), 6 near misses asking a capacity (the megawatts of the 06 hydropower plants Lai Châu
put into operation in the first nine months of 2020), a meeting date (the day Lai Châu's 15th
People's Council session of term XIV sits), names (which associations the Lâm Đồng Fatherland
Front's letter 227/NTTQ-BTT asked to have their leaders recognised), an amount (the cost of the
full digital transformation of Lào Cai's three hospitals in 2024), a document number (the decision
approving Lai Châu's 2020-2025 innovative start-up ecosystem scheme) and an outcome count (the
unlawful legal documents found by Lâm Đồng's inspection under plan 36/KH-STP), each confirmed
absent from all 10 documents by searching their text with and without diacritics) over all 10
sample files. As for sets 7 to 10, nearly every stated task deadline was already used by earlier
sets, so the deadline rows ask for the date of a cited law, decree, resolution, notice or council
letter, or the cut-off date of a reported figure. Owner and deadline rows carry lead, support, due
and deadline_text as in sets 1-3 (checked by the same script, not by the label test, which checks
those fields for sets 1-3 only). Written by a helper from the documents' text only
(ingest.readers.read_path and ingest.structure.parse_structure), without running the search
engine, the answerer, the index or any bench script, and without seeing the engine's failures
(beyond the notes on earlier runs in this docstring); the brief did not steer the near-miss kinds.
The earlier eleven files were read only for their format and to avoid their questions, their facts
and paragraphs where possible and their evidence strings; with so few unused spans left, 21 of the
65 evidence strings of the answerable non-twin rows repeat an earlier one verbatim (mostly the
span holding a cited text's date, a co-operating agency or one link of a precedent chain, now
asked about a new fact) and others overlap an earlier one in part. Checked by a script kept
outside the repository: every evidence string is 30-120 characters, verbatim, occurs once on one
line of the text the label test reads and lies inside one ingested paragraph
(whitespace-normalised); no question repeats an earlier one after folding case, diacritics
(đ -> d) and punctuation, and the closest pairs by word overlap were reviewed by hand (two drafts
that re-asked an earlier fact in new words were replaced). Frozen before its first score: sha256
fc19ab29bba98d38be342ba6466aaa03c7cc96af71c4396b3f2341337aaed645.
Do not tune on it; run it once at the end. It was run once (session 9, commit 70444e1); the one
change after it touched answer wording only (task lists state a heading's period).

Twelfth held-out set (--labels bench/labels/questions_heldout12.jsonl), for the final measurement:
70 questions x001-x070 (16 paraphrase, 11 content, 8 owner, 8 deadline, 4 crossref, 4 precedent, 8
no_diacritics each with an accented twin in the same file, 11 unanswerable: about 5 off-topic, in
the notices' vocabulary, and 6 near misses about matters the notices mention but asking a fact they
do not state, each confirmed absent from all 10 documents by searching their text with and without
diacritics) over all 10 sample files. Owner and deadline rows carry lead, support, due and
deadline_text as in sets 1-3 (checked by the same script, not by the label test, which checks those
fields for sets 1-3 only). Written by a helper from the documents' text only
(ingest.readers.read_path and ingest.structure.parse_structure), without running the search
engine, the answerer, the index or any bench script, and without seeing the engine's failures
(beyond the notes on earlier runs in this docstring); the brief did not steer the near-miss kinds.
The earlier twelve files were read only for their format and to avoid their questions, their facts
and paragraphs where possible and their evidence strings; with so few unused spans left, 20 of the
61 evidence strings of the answerable non-twin rows repeat an earlier one verbatim and others
overlap an earlier one in part. Checked by a script kept outside the repository: every evidence
string is 30-120 characters, verbatim, occurs once on one line of the text the label test reads and
lies inside one ingested paragraph (whitespace-normalised); no question repeats an earlier one
after folding case, diacritics (đ -> d) and punctuation, and the closest pairs by word overlap were
reviewed by hand (drafts that re-asked an earlier fact in new words were replaced).
Frozen before its first score: sha256
51f7c94c717c6013409a754120910587fbf0299809b69e94d6cbc5bb9a5af62d.
Do not tune on it; run it once at the end. It was run once (session 10, commit a8a1cac); one change followed it
(whose guidance a directive follows, and to whom a letter went, ask for no owner), which moved no rank.

Thirteenth held-out set (--labels bench/labels/questions_heldout13.jsonl), for the final measurement:
70 questions y001-y070, with the twelfth set's category counts, kinds of unanswerable questions,
fields, brief, writing and checks (its helper, too, named none of the unanswerable subjects). None of
the 58 evidence strings of the answerable non-twin rows repeats an earlier one verbatim, but with so
few unused spans left, 42 of them overlap an earlier one in part and some rows ask a new facet of a
fact an earlier set used.
Frozen before its first score: sha256
fb6b695996f158560be2d71f6fa63d85f9edbe20a7fa4d9d42ad891c1c79f410.
Do not tune on it; run it once at the end. It was run once (session 10, commit d827d7b); two changes
followed it (identity questions prefer the office's holder; the dense scale's zero is the 80th
neighbour), which left its figures unchanged.

Fourteenth held-out set (--labels bench/labels/questions_heldout14.jsonl), for the final measurement:
70 questions z001-z070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3 precedent, 8
no_diacritics each with an accented twin in the same file, 11 unanswerable: about 5 off-topic, in
the notices' vocabulary, and 6 near misses about matters the new notices discuss but asking a fact
they do not state, each confirmed absent from all 14 documents by searching their text with and
without diacritics). It asks about the four Government notices of bench/notices/ (ingested next to
the samples; see bench/NOTICES.md), which no earlier set, rule or lexicon entry was written from:
every answerable row has evidence in one of them and together the rows cite all four; only
crossref and precedent rows spanning several documents (doc "*") also cite a sample notice. Owner
and deadline rows carry lead, support, due and deadline_text as in sets 1-3 (checked by the same
script, not by the label test, which checks those fields for sets 1-3 only). Written by a helper
from the documents' text only (ingest.readers.read_path and ingest.structure.parse_structure),
without running the search engine, the answerer, the index or any bench script, and without
seeing the engine's failures (beyond the notes on earlier runs in this docstring); the brief did
not steer the near-miss kinds. The earlier thirteen files were read only for their format and to
avoid their questions; 82 of the 87 evidence strings of the answerable non-twin rows lie in the
new notices, and only 2 (both in a sample notice, as links of a precedent chain) repeat an earlier
one verbatim. Checked by a script kept outside the repository: every evidence string is 30-120
characters, verbatim, occurs once on one line of the text the label test reads and lies inside one
ingested paragraph of the notice body (whitespace-normalised), never the portal's menus, header
table, recipients list or related-documents panel; no question repeats an earlier one after
folding case, diacritics (đ -> d) and punctuation, and the closest pairs by word overlap were
reviewed by hand.
Frozen before its first score: sha256
ffa1289b239b692ef81cd182c90a4f8df8c48a71dd7b3f6f7e9d301cd823fe0d.
Do not tune on it; run it once at the end.

Fifteenth held-out set (--labels bench/labels/questions_heldout15.jsonl), for the final measurement:
70 questions a001-a070, with the fourteenth set's category counts, kinds of unanswerable questions
(each confirmed absent from all 17 documents by searching their text with and without diacritics),
fields, brief, writing and checks. It asks about the three later Government notices of
bench/notices/ (tb-637-vpcp-2025.md, tb-653-vpcp-2025.md, cd-228-ttg-2025.md), which no earlier
set, rule or lexicon entry was written from: every answerable row has evidence in one of them and
together the rows cite all three; only crossref and precedent rows spanning several documents
(doc "*") also cite another document of the corpus. Written by a helper from the documents' text
only, without running the search engine, the answerer, the index or any bench script, and naming
none of the unanswerable subjects outside the file. 74 of the 81 evidence strings of the
answerable non-twin rows lie in the three notices and none repeats an earlier one verbatim. Checked
by a script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one
line, inside one ingested paragraph of the notice body; no question repeating an earlier one after
folding case, diacritics and punctuation; closest pairs by word overlap reviewed by hand).
Frozen before its first score: sha256
9f35644989e8f9c1a036415922a7090828d3a43dfa2e9d0b96d0e05f3bd4b8a8.
Do not tune on it; run it once at the end.

Sixteenth held-out set (--labels bench/labels/questions_heldout16.jsonl), for the final measurement:
70 questions b001-b070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3 precedent, 8
no_diacritics each with an accented twin in the same file, 11 unanswerable: about 5 off-topic, in
the notices' vocabulary, and 6 near misses about matters the new notices discuss but asking a fact
they do not state, each confirmed absent from all 20 documents by searching their text with and
without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks about the
three Government notices of bench/notices/ added for it (tb-624-vpcp-2025.md, cd-220-ttg-2025.md,
cd-224-ttg-2025.md), which no earlier set, rule or lexicon entry was written from: every answerable
row has evidence in one of them and together the rows cite all three; only crossref and precedent
rows spanning several documents (doc "*") also cite another document of the corpus. Written by a
helper from the documents' text only (ingest.readers.read_path and ingest.structure.parse_structure),
without running the search engine, the answerer, the index or any bench script, and naming none of
the unanswerable subjects outside the file. 76 of the 81 evidence strings of the answerable non-twin
rows lie in the three notices and none repeats an earlier one verbatim. Checked by a script kept
outside the repository, as for the fourteenth set (evidence verbatim, once, on one line, inside one
ingested paragraph of the notice body, never the portal's menus, header table, recipients list or
related-documents panel; no question repeating an earlier one after folding case, diacritics
(đ -> d) and punctuation; closest pairs by word overlap reviewed by hand).
Frozen before its first score: sha256
593ffc2c0cdcfca1b1ae97b3a3f8990eb22e7f45b1443da78f232e940e2f2b29.
Do not tune on it; run it once at the end. Run once at the end of session 12 (commit ac393be).

Seventeenth held-out set (--labels bench/labels/questions_heldout17.jsonl), for the final
measurement: 70 questions c001-c070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: about 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 24 documents by searching their
text with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It
asks about the four Government notices of bench/notices/ added for it (cd-226-ttg-2025.md,
cd-227-ttg-2025.md, cd-230-ttg-2025.md, cd-234-ttg-2025.md), which no earlier set, rule or lexicon
entry was written from: every answerable row has evidence in one of them and together the rows cite
all four; only crossref and precedent rows spanning several documents (doc "*") also cite another
document of the corpus. Written by a helper from the documents' text only (ingest.readers.read_path,
ingest.structure.parse_structure and ingest.pipeline.parse_notice), without running the search
engine, the answerer, the index or any bench script, and naming none of the unanswerable subjects
outside the file. 82 of the 85 evidence strings of the answerable non-twin rows lie in the four
notices; the other 3 (links of a crossref or precedent chain in a sample or an earlier Government
notice) repeat an earlier one verbatim. Checked by a script kept outside the repository, as for the
fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the notice
body, never the portal's summary, menus, header table, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics
(đ -> d) and punctuation; closest pairs by word overlap reviewed by hand).
Frozen before its first score: sha256
e9c278ef3ad52d9e689f644c87e2f4fb1b77d175f5a5ac1a5d2427e622cb098c.
Do not tune on it; run it once at the end. Run once in session 13 (commit b3d8778), then used for
development.

Eighteenth held-out set (--labels bench/labels/questions_heldout18.jsonl), for the final
measurement: 70 questions d001-d070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: about 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 27 documents by searching their
text with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It
asks about the three Government notices of bench/notices/ added for it (cd-229-ttg-2025.md,
cd-231-ttg-2025.md, cd-232-ttg-2025.md), which no earlier set, rule or lexicon entry was written
from: every answerable row has evidence in one of them and together the rows cite all three; only
crossref and precedent rows spanning several documents (doc "*") also cite another document of the
corpus. Written by a helper from the documents' text only (ingest.readers.read_path,
ingest.structure.parse_structure and ingest.pipeline.parse_notice), without running the search
engine, the answerer, the index or any bench script, and naming none of the unanswerable subjects
outside the file. 65 of the 68 evidence strings of the answerable non-twin rows lie in the three
notices; the other 3 are links of precedent chains in earlier Government notices, one of which
repeats an earlier evidence string verbatim. Checked by a script kept outside the repository, as
for the fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the
notice body, never the portal's summary, menus, header table, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics
(đ -> d) and punctuation; closest pairs by word overlap reviewed by hand).
Frozen before its first score: sha256
a8c142c7d956fae3356560335f375f75372a20de52f65e8d8cf31c89320be860.
Do not tune on it; run it once at the end. Run once in session 14 (commit fa13c5a), then used for development.

Nineteenth held-out set (--labels bench/labels/questions_heldout19.jsonl), for the final
measurement: 70 questions e001-e070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 30 documents by searching their
text with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It
asks about the three notices of bench/notices/ added for it, two letters of the Ho Chi Minh City
People's Committee and a notice of the Party Central Office (cv-4001-ubnd-hcm-2025.md,
cv-4240-ubnd-hcm-2025.md, tb-432-vptw-2025.md), which no earlier set, rule or lexicon entry was
written from: every answerable row has evidence in one of them and together the rows cite all
three; only crossref and precedent rows spanning several documents (doc "*") also cite another
document of the corpus. Four content rows (and one twin) cite cells of cv-4001's annexed table of
mines, part of the letter though not of its numbered text. The three notices state only two task
deadlines, so five deadline rows ask for the date of a cited resolution, conclusion, letter or
submission, or of the meeting a notice reports. Written by a helper from the documents' text only
(ingest.readers.read_path, ingest.structure.parse_structure and ingest.pipeline.parse_notice),
without running the search engine, the answerer, the index or any bench script, and naming none of
the unanswerable subjects outside the file. 66 of the 73 evidence strings of the answerable
non-twin rows lie in the three notices; the other 7 are links of crossref or precedent chains in
earlier Government notices, and none repeats an earlier evidence string verbatim. Checked by a
script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one
line, inside one ingested paragraph of the notice body, never the portal's summary, menus, header
table, recipients list, footnotes or related-documents panel; no question repeating an earlier one
after folding case, diacritics (đ -> d) and punctuation; closest pairs by word overlap reviewed by
hand; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
1cb63f75eed71a49ef2e265acb2874211681d1d74ca288f6ffc62c2152df6d10.
Do not tune on it; run it once at the end. Run once in session 15 (commit 8e9c831), then used for development.

Twentieth held-out set (--labels bench/labels/questions_heldout20.jsonl), for the final
measurement: 70 questions g001-g070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 33 documents by searching their
text with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It
asks about the three notices of bench/notices/ added for it, a letter of the Ho Chi Minh City
People's Committee, a telegram of the Ministry of Construction and a letter of the Government's
steering committee on reorganising administrative units and two-tier local government
(cv-4085-ubnd-hcm-2025.md, cd-96-bxd-2025.md, cv-171-bcd-2025.md), which no earlier set, rule or
lexicon entry was written from: every answerable row has evidence in one of them and together the
rows cite all three; only crossref and precedent rows spanning several documents (doc "*") also
cite another document of the corpus. cd-96's portal summary repeats its items 1-3 word for word,
so evidence from those items uses only the few spans the body alone holds (an item's number or
bullet, "Công điện số"). The notices state five task deadlines, none of them in cd-96, so two
deadline rows ask for the date of a cited telegram or of the meeting a letter follows. Written by a
helper from the documents' text only (ingest.readers.read_path, ingest.structure.parse_structure
and ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or
any bench script, and naming none of the unanswerable subjects outside the file. 62 of the 68
evidence strings of the answerable non-twin rows lie in the three notices; the other 6 are links of
crossref or precedent chains in earlier Government notices and a sample notice, and none repeats an
earlier evidence string verbatim. Checked by a script kept outside the repository, as for the
fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the notice
body, never the portal's summary, menus, header table, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics
(đ -> d) and punctuation; closest pairs by word overlap reviewed by hand; paraphrases checked word
by word against their passages).
Frozen before its first score: sha256
8af81f079af59bd635212f4e9beb516a6ee5a7cc3cda613b38eba1817c634521.
Do not tune on it; run it once at the end. Run once in session 15 (commit 9bb2c96), then used for development.

Twenty-first held-out set (--labels bench/labels/questions_heldout21.jsonl), for the final
measurement: 70 questions f001-f070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 36 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a letter of the Ministry of Home Affairs and
two letters of the Government Office (cv-10988-bnv-2025.md, cv-11554-vpcp-2025.md,
cv-11654-vpcp-2025.md), which no earlier set, rule or lexicon entry was written from: every
answerable row has evidence in one of them and together the rows cite all three; only crossref and
precedent rows spanning several documents (doc "*") also cite another document of the corpus. The
three letters are short (cv-11654 has two body paragraphs of substance). cv-10988's portal summary
repeats nearly all of its body word for word, so its evidence uses only the few spans the body alone
holds (lines the summary words or breaks differently), and some rows cite a paragraph through such a
span rather than through the words that answer them; its second footnote is lifted as a footnote,
while the first is read as body text and never cited. The letters state four task deadlines (three
in cv-11554 sharing one date, one in cv-11654), none in cv-10988, so three deadline rows ask for the
date of a cited notice, report or decree. Written by a helper from the documents' text only
(ingest.readers.read_path, ingest.structure.parse_structure and ingest.pipeline.parse_notice),
without running the search engine, the answerer, the index or any bench script, and naming none of
the unanswerable subjects outside the file. 73 of the 79 evidence strings of the answerable non-twin
rows (63 of 69 distinct) lie in the three letters; the other 6 are links of crossref or precedent
chains in a Prime Minister's telegram, a steering committee's letter, a Ministry of Construction
telegram (two) and two sample notices, and none repeats an earlier evidence string verbatim. Checked
by a script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one
line, inside one ingested paragraph of the notice body, never the portal's summary, menus, header
table, recipients list, footnotes or related-documents panel; no question repeating an earlier one
after folding case, diacritics (đ -> d) and punctuation, checked by script only, without reading the
earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
2bff958ca80e3b2a793c119984c0244ab772b0a83adc0ab673f6fab2771797da.
Do not tune on it; run it once at the end. Run once in session 16 (commit 4a9c206), then used for development.

Twenty-second held-out set (--labels bench/labels/questions_heldout22.jsonl), for the final
measurement: 70 questions j001-j070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 39 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, two letters of the Government Office and a
letter of the Ministry of Home Affairs (cv-11583-vpcp-2025.md, cv-11414-vpcp-2025.md,
cv-11208-bnv-2025.md), which no earlier set or rule was written from (the lexicon's phrases were
only checked against the whole shared corpus, these letters included): every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. The three letters
are short (cv-11583 has two body paragraphs of substance, cv-11208 four long ones) and their portal
pages carry no summary repeating the body, only the title echoed under the signature. Two lines of
cv-11414's recipients list are read as body paragraphs; they are never cited. The letters state
three task deadlines, all in cv-11414 (one dated, two "trong năm 2025"), besides cv-11583's
completion year, so four deadline rows ask for the date of a cited notice, report, circular or
letter. Written by a helper from the documents' text only (ingest.readers.read_path,
ingest.structure.parse_structure and ingest.pipeline.parse_notice), without running the search
engine, the answerer, the index or any bench script, and naming none of the unanswerable subjects
outside the file. 62 of the 66 evidence strings of the answerable non-twin rows (61 of 65 distinct)
lie in the three letters; the other 4 are links of crossref or precedent chains in a Government
Office letter, a Government Office notice, a Prime Minister's telegram and a sample notice, and
none repeats an earlier evidence string verbatim. Every evidence string also matches no paragraph
of any other document. Checked by a script kept outside the repository, as for the fourteenth set
(evidence verbatim, once, on one line, inside one ingested paragraph of the notice body, never the
portal's summary, menus, header table, recipients list, footnotes or related-documents panel; no
question repeating an earlier one after folding case, diacritics (đ -> d) and punctuation, checked
by script only, without reading the earlier questions; paraphrases checked word by word against
their passages).
Frozen before its first score: sha256
ca32caecdfe42e611c495ce9750d2f600cf0f34d9525a5d89e99f2d5a8b53252.
Do not tune on it; run it once at the end. Run once in session 16 (commit c96e6b0), then used for development.

Twenty-third held-out set (--labels bench/labels/questions_heldout23.jsonl), for the final
measurement: 70 questions i001-i070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 42 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, two letters of the Ministry of Culture,
Sports and Tourism and a letter of the Government Office (cv-6278-bvhttdl-2025.md,
cv-6316-bvhttdl-2025.md, cv-11520-vpcp-2025.md), which no earlier set or rule was written from:
every answerable row has evidence in one of them and together the rows cite all three; only
crossref and precedent rows spanning several documents (doc "*") also cite another document of the
corpus. cv-11520 is short (two body paragraphs of substance; the second line of its recipient,
"Bộ Công Thương", is joined to its first paragraph, which is read as a heading). cv-6278's portal
title, echoed under the signature, is read as its last body paragraph, and bold spans split two of
its items' closing deadlines into paragraphs of their own ("hoàn thành nhiệm vụ trước ngày
15/12/2025.", cited; "Đảm bảo hoàn thành trong quý I/2026.", too short to cite, so no row asks for
it); the title echo, the first paragraph's cited decision (broken by stray italic markers) and the
sentence items 5 and 6 share word for word are never cited. cv-6316 states no dated task deadline,
so two of the seven deadline rows ask for the date of a cited letter or submission. Written by a
helper from the documents' text only (ingest.readers.read_path, ingest.structure.parse_structure and
ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or any
bench script, and naming none of the unanswerable subjects outside the file. 71 of the 79 evidence
strings of the answerable non-twin rows (69 of 77 distinct) lie in the three letters; the other 8
are links of crossref or precedent chains in a Prime Minister's telegram (cd-220), and none repeats
an earlier evidence string verbatim. Every evidence string also matches no paragraph of any other
document. Checked by a script kept outside the repository, as for the fourteenth set (evidence
verbatim, once, on one line, inside one ingested paragraph of the notice body, never the portal's
summary, menus, header table, recipients list, footnotes or related-documents panel; no question
repeating an earlier one after folding case, diacritics (đ -> d) and punctuation, checked by script
only, without reading the earlier questions; paraphrases checked word by word against their
passages).
Frozen before its first score: sha256
6dd99b9898ee85bb3c12b189e656f85dda2b01c9ae2a65cdf5288a8be76cd292.
Do not tune on it; run it once at the end. Run once in session 17 (commit 2780d48), then used for development.

Twenty-fourth held-out set (--labels bench/labels/questions_heldout24.jsonl), for the final
measurement: 70 questions l001-l070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 45 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a letter of the Government's steering
committee on the two-level local government, a letter of the Government Office and a letter of Hà
Nội's Department of Education and Training (cv-174-bcd-2025.md, cv-11298-vpcp-2025.md,
cv-5095-sgddt-hn-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. cv-174 has nine body
paragraphs (two bold headings, items 1.1-2.2, the closing request) and an appendix table of fifty
local proposals, read cell by cell: row numbers are dropped, province and ministry cells become
paragraphs of their own or are joined to a neighbouring cell ("Bộ Tài chính Hà Tĩnh, Nghệ An, Hà
Nội"), several of them are read as headings that then head the following rows, and the first
proposal is split at a line starting "- xã hội"; rows cite only proposal text, and owner rows on the
appendix ask only where the proposal itself names the ministry. cv-11298 is short (two body
paragraphs of substance and a closing line; the first line of its second paragraph, "Các Bộ, cơ
quan ngang", is split off and read as a heading, never cited). cv-5095 is short and cleanly split
(seven paragraphs); the phrase naming the City's cited letter also stands in the portal's title
echo, so it is never cited, and the VN_AQI threshold sits between bold markers, so its row cites
the clause before it.
None of the three has its recipients list or title echo read as a body paragraph. cv-11298 and
cv-5095 state no task deadline, so three of the seven deadline rows ask for the date of a cited
conclusion, report or letter. Written by a helper from the documents' text only
(ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or any
bench script, and naming none of the unanswerable subjects outside the file. 65 of the 70 evidence
strings of the answerable non-twin rows (all distinct) lie in the three letters; the other 5 are
links of crossref or precedent chains in the steering committee's earlier letter (cv-171) and three
Government Office notices (tb-624, tb-648, tb-659), and none repeats an earlier evidence string
verbatim. Every evidence string also matches no paragraph of any other document. Checked by a
script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one
line, inside one ingested paragraph of the notice body, never the portal's summary, menus, header
table, recipients list, footnotes or related-documents panel; no question repeating an earlier one
after folding case, diacritics (đ -> d) and punctuation, checked by script only, without reading
the earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
e6d6197d0958bcec8c50f9bd9bec829f0005f04e83cf4b965ab0440e68171d0e.
Do not tune on it; run it once at the end. Run once in session 17 (commit 1e2b971), then used for development.

Twenty-fifth held-out set (--labels bench/labels/questions_heldout25.jsonl), for the final
measurement: 70 questions o001-o070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 48 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a letter of the Ministry of Culture, Sports
and Tourism, a letter of the Ministry of Agriculture and Environment answering Hà Tĩnh's voters and
a letter of Hồ Chí Minh City's Department of Education and Training (cv-6225-bvhttdl-2025.md,
cv-9476-bnnmt-2025.md, cv-5155-sgddt-hcm-2025.md), which no earlier set or rule was written from:
every answerable row has evidence in one of them and together the rows cite all three; only
crossref and precedent rows spanning several documents (doc "*") also cite another document of the
corpus. cv-6225 has two opening paragraphs, four bold headings naming the units (two owner rows
take their answer from such a heading), seven items under them and a closing request, then a list
of the Ministry's earlier documents and an appendix table of ten tasks. In the list the item
numbers are dropped or become paragraphs of their own ("2.", "3.", ...), the section headings
(I-III) are dropped and the five letters are read under the second plan as their heading: one
row cites the first plan, none cites a letter. The appendix's title is dropped, the last line of its
caption ("Thể thao và Du lịch)") and the table's header are read as headings, never cited; each
task row is one paragraph of cells joined by " | " and is cited only inside one cell (task, head
or result), never on the line with a garbled character ("định kǶ"); the footnote on "Ban Chỉ đạo
934" is lifted as a footnote. cv-9476 is short (eight body paragraphs): its number line is read
as a heading, its subject line is joined to the place and date, and "Kính gửi:" is read as a
heading over the two addressees, read as body paragraphs, and over the body up to the closing
paragraph; none of these is cited. The quoted petition opens with a stray italic marker and the
note on the attached letter keeps one, so rows cite only the clean lines of those paragraphs.
cv-5155's subject, place-and-date and addressee lines are read as body paragraphs and six of its
nine "Căn cứ" clauses are glued into two paragraphs (two and four); none of these is cited. In
its appendix of criteria the title is dropped, the caption is read as a bullet paragraph, two
header cells are glued into a heading and the others dropped, every score cell and the total
("100") are dropped, criterion 2.4 (no space after "2.4.") falls under 2.3, the evidence cell of
5.2 is split at its colon, and "Tổng cộng" is read as a heading over the evaluation guidance,
whose own heading and first item are dropped and whose second item is split after "xếp loại" (its
first line read as a heading); none of these is cited, no row asks for a criterion's points, which
only the dropped score cells state, and the rating bands (a)-(d) wrap into lines shorter than 30
characters, so no row asks for them either; the guidance's later items are cited under the
"Tổng cộng" heading. None of the three has its recipients list or title echo read as a body
paragraph. cv-9476 states no task deadline, so one of the seven deadline rows asks for the date of
the cited letter of the National Assembly's committee; the other six are four task deadlines of
cv-6225's table and the two yearly dates of cv-5155. Written by a helper from the documents' text
only (ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or
any bench script, and naming none of the unanswerable subjects outside the file. 81 of the 86
evidence strings of the answerable non-twin rows (80 of 85 distinct) lie in the three letters; the
other 5 are links of crossref or precedent chains in a Government Office notice (tb-624, three)
and a Prime Minister's telegram (cd-220, two), and none repeats an earlier evidence string
verbatim. Every evidence string also matches no paragraph of any other document. Checked by a
script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one
line, inside one ingested paragraph of the notice body, never the portal's summary, menus, header
table, recipients list, footnotes or related-documents panel; no question repeating an earlier one
after folding case, diacritics (đ -> d) and punctuation, checked by script only, without reading
the earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
422e427adfc254a2b415964a7d634c24aafb9ab825c372820ff4e25ed75a788d.
Do not tune on it; run it once at the end. Run once in session 18 (commit 8f56d61), then used for development.

Twenty-sixth held-out set (--labels bench/labels/questions_heldout26.jsonl), for the final
measurement: 70 questions ab001-ab070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 51 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a conclusion of the Politburo and the
Secretariat on the political system and the two-level local government, a Government Office letter
on a national network for monitoring environmental radiation and a Government Office letter on a
feed industry association's petition about a decree (kl-221-tw-2025.md, cv-11299-vpcp-2025.md,
cv-11306-vpcp-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. kl-221's Party header
breaks after "ĐẢNG" ("ĐẢNG" / "CỘNG SẢN VIỆT NAM"), a split the national-header pattern does not
match (it knows "ĐẢNG CỘNG" / "SẢN VIỆT NAM"), so the portal's preamble is not cut off: the
copyright notice, the amendments menu and the header table become 25 paragraphs before the document
(the table's labels, "Số hiệu:", "Loại văn bản:" ..., and the value "221-KL/TW" read as headings),
"BAN CHẤP HÀNH TRUNG ƯƠNG" and "ĐẢNG CỘNG SẢN VIỆT NAM" are read as headings, the number and the
place-and-date lines as body paragraphs under the latter, "KẾT LUẬN" and the rest of the title as
headings, the latter over the whole body, and the metadata has no type, number, issuer, place or
date (only the title, the signer and the recipients), so the table's "221-KL/TW" is even recorded as
a reference; no row cites any of these. Its body is eleven paragraphs: the opening, items 1-5, each
also the heading of the unnumbered paragraph after it, and the note on the attached report under
item 5. Items 3 and 4 are repeated almost word for word in cv-174, the steering committee's letter
of 2 December that implements this conclusion, so the rows cite only lines that differ from it and
ask about this conclusion's own wording ("y tế" among the priorities, "hoàn thành trong năm 2025").
The task reader takes item 3's owner as "Đảng uỷ Chính phủ lãnh đạo" and its supporters as "Các cơ
quan, đơn vị", and finds no task in the second paragraphs of items 2 and 4 (the latter: the
provincial and city Party committees with three ministries, "trước ngày 31/12/2025"); owner and
deadline rows are labelled from the text. The two letters are short: three body paragraphs each (the
preamble, one assignment, the closing line). Their "Kính gửi:" lines are dropped, and "Nơi nhận:",
broken over two lines ("*Nơi" / "nhận:*"), is not taken for the footer: the recipients are read as
body bullets under it and meta.recipients is empty; in cv-11299 the list stops at "- Các Bộ: KHCN,
QP, NV, NNMT, TP;" and its last lines (from "- VPCP: BTCN,", whose next line, "PCN Phạm Mạnh
Cường,", carries the signer's name) are dropped. None is cited. cv-11306's title stops at "Nghị
định", its number being on the next line; cv-11299 wraps the law it cites inside its name ("Luật
Năng" / "lượng nguyên tử 2025"), so no row cites that name whole. cv-11306 states no deadline: its
one deadline row asks when the proposal is due, which the letter ties to the drafting of the bill
amending fifteen laws (due null), and one row on kl-221 asks for the "lộ trình" of the proposals not
solved at once (due null). Written by a helper from the documents' text only
(ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or any
bench script, and naming none of the unanswerable subjects outside the file. 75 of the 79 evidence
strings of the answerable non-twin rows (53 of 57 distinct) lie in the three notices; the other 4
are links of crossref or precedent chains in cv-174, and none repeats an earlier evidence string
verbatim. Every evidence string also matches no paragraph of any other document, ignoring case.
Checked by a script kept outside the repository, as for the fourteenth set (evidence verbatim, once,
on one line, inside one ingested paragraph of the notice body, never the portal's summary, menus,
header table, recipients list, footnotes or related-documents panel; no question repeating an
earlier one after folding case, diacritics (đ -> d) and punctuation, checked by script only, without
reading the earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
8c674e8fba8551efe5e1c026035592830e7c8b63afd8feaf6df2a47560b6f901.
Do not tune on it; run it once at the end. Run once in session 19 (commit 24de2c0), then used for development.
The reading described is parser version 11's; version 12 (session 19) reads the Party header, the
broken "Nơi" / "nhận:" and cv-11306's title, and the task reader (version 6) the provincial Party
committees' task.

Twenty-seventh held-out set (--labels bench/labels/questions_heldout27.jsonl), for the final
measurement: 70 questions ac001-ac070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 54 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a conclusion of the Politburo and the
Secretariat on the standards and classification of administrative units and the classification of
urban areas, a Ministry of Finance letter spreading a tax handbook for commune officials and a
Ministry of Home Affairs letter asking ministries and provinces for their 2026-2031 staffing
proposals by job position (kl-212-tw-2025.md, cv-17986-btc-2025.md, cv-10989-bnv-2025.md), which no
earlier set or rule was written from: every answerable row has evidence in one of them and together
the rows cite all three; only crossref and precedent rows spanning several documents (doc "*") also
cite another document of the corpus. kl-212 reads cleanly: its header, title, recipients and
signature are not paragraphs, its body is five paragraphs (the opening and items 1-4, the bold item
numbers kept as "1." ...) and it has no footnotes; its metadata gives "Bí thư" as presiding. Item 2's
first sentence is quoted in a footnote of cv-10988, the end of item 4 is repeated in cv-10988's
closing paragraph and item 4's first line ("Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo") is also a
paragraph of kl-221, so no row cites those lines. cv-17986 is fourteen paragraphs (the "Căn cứ"
preamble, the body, the three requests, the four attachments as bullets); its "Kính gửi:" line is
not read, its italic note on the QR code and the video link is glued to the closing request in one
paragraph, and the signer's name, broken over two lines ("Lê Tấn" / "Cận"), leaves "Cận" as a last
body paragraph while meta.signer is "Lê Tấn"; none of these is cited. In cv-10989 the first
addressee of "Kính gửi:", broken over two lines, loses its first line: "Chính phủ;" and the second
addressee are read as body paragraphs, never cited; the opening sentence is split after "Thực hiện
ý kiến của Ban Tổ chức" from its continuation ("Trung ương tại Văn bản số 9151- ..."), which three
rows (one content, two crossref) cite; its endnote "[i]" is not lifted as a footnote: the marker
stays in the text ("vị trí việc làm[i] theo") and the note is read as the last body paragraph, never
cited; the bold deadline ("**26/11/2025 **") is read as plain "26/11/2025", and "*Nơi" / "nhận:*",
broken over two lines, is read as the footer here (four recipients). kl-212 gives items 3 and 4
"hoàn thành trong tháng 11/2025", labelled due 2025-11-30 (item 4's wraps after "(hoàn", so its
deadline_text is "thành trong tháng 11/2025"), and two of its rows ask for tasks it marks only
"khẩn trương" (due null); cv-17986 states no deadline, so its one deadline row asks how often the
contact points review the handbook ("thường xuyên", due null); cv-10989's two rows ask for
26/11/2025. Written by a helper from the documents' text only (ingest.pipeline.parse_notice),
without running the search engine, the answerer, the index or any bench script, and naming none of
the unanswerable subjects outside the file. 90 of the 96 evidence strings of the answerable
non-twin rows (58 of 64 distinct) lie in the three notices; the other 6 are links of crossref or
precedent chains in tb-624 (three), cv-174 (two) and cv-10988 (one), and that last one, cv-10988's
line on the resolution replacing Nghị quyết 1211/2016/UBTVQH13, repeats an earlier evidence string
verbatim (every other line of cv-10988's body recurs in the portal's summary above the letter).
Every evidence string also matches no paragraph or footnote of any other document, compared as
written and folded. Checked by a script kept outside the repository, as for the fourteenth set
(evidence verbatim, once, on one line, inside one ingested paragraph of the notice body, never the
portal's summary, menus, header table, recipients list, footnotes or related-documents panel; no
question repeating an earlier one after folding case, diacritics (đ -> d) and punctuation, checked
by script only, without reading the earlier questions; paraphrases checked word by word against
their passages).
Frozen before its first score: sha256
224cfddd33ef2b523cad5ea7a6959ee68fa3edeededc1806015f805c646c2184.
Do not tune on it; run it once at the end. Run once in session 20 (commit 476f6e6), then used for development.

Twenty-eighth held-out set (--labels bench/labels/questions_heldout28.jsonl), for the final
measurement: 70 questions ad001-ad070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 57 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Nghệ An People's Committee plan carrying
out Quyết định 1899/QĐ-TTg on Nghị định 200/2025/NĐ-CP under the Law on Civil Defence, with an
appendix table of tasks, lead and supporting agencies and deadlines, a Tax Department letter
answering Hải Phòng's tax office and a BOT power company on foreign contractor tax on the costs of a
foreign loan, and a Customs Department letter answering a company on goods sent to a bonded
warehouse (kh-980-ubnd-na-2025.md, cv-5662-ct-2025.md, cv-39992-chq-2025.md), which no earlier set
or rule was written from: every answerable row has evidence in one of them and together the rows
cite all three; only crossref and precedent rows spanning several documents (doc "*") also cite
another document of the corpus. kh-980 is 53 paragraphs: 29 of the body (the opening "Thực hiện
Quyết định số 1899/QĐ-TTg ..." to the closing request; header, bold title, recipients and signature
are not paragraphs, the title is meta.title without its "KẾ HOẠCH") and 24 of the appendix, whose
"PHỤ LỤC" title is not read but whose italic "(Kèm theo Kế hoạch số 980/KH-UBND ...)" line is a
paragraph, as is the table's header row ("TT | Nội dung thực hiện | Cơ quan chủ trì | ..."); each
section row ("I KIỆN TOÀN ...") and each task row is one paragraph with its cells joined by " | ", a
row with an empty product cell ending in "| ". The portal page itself lacks sections III-VI of the
appendix: after item 8 of section II comes a row of dots (not read) and then items numbered 2-6 (the
Quỹ Phòng thủ dân sự, the 112 switchboard, the civil defence works) with no section heading, read as
rows right after section II; item VIII.1's product cell carries a stray "1" ("Phòng thủ dân 1 sự"),
the bold "**2025**" is read as plain "2025", and the Quỹ row names Sở Tài chính both as lead and in
its supporting cell ("Sở Tài chính và cơ quan, địa phương liên quan"), labelled as written. cv-5662
is 26 paragraphs: the "Kính gửi:" addressees are not read, but the second addressee's address "(Địa
chỉ: thôn Thái Mông, ...)" is glued to the front of the opening paragraph; the first citation is
split at its line break into two paragraphs ("- Tại khoản 25 Điều 3 Luật" / "Quản lý thuế số
38/2019/QH14 ngày 13/06/2019 quy định:"), while the other citation lines take the quoted article's
heading into the same paragraph ("... quy định: "Điều 7. Thu nhập chịu thuế TNDN …"), and a lone "…"
between quoted passages is a paragraph of its own; the split-off "Quản lý thuế ... quy định:" line
also lies inside the Điều 108 citation paragraph, and the opening's line "với các khoản chi phí phát
sinh trong hợp đồng" recurs in the portal's title echoes below the letter (not paragraphs), so
neither is cited. cv-39992 is 4 paragraphs: "Kính gửi:" is not read but the addressee's address
"(Đ/c: Tầng 2 và tầng 10, ...)" is glued to the front of the opening sentence, and "TL." of the
signature ("TL." / "CỤC TRƯỞNG", broken over two lines) is read as the last body paragraph, never
cited. No document has footnotes and no portal title echo is read as a paragraph. cv-5662 and
cv-39992 state no deadline, so all seven deadline rows are on kh-980: one due date, 2025-11-30 from
"Trước ngày 30/11/2025" (deadline_text "30/11/2025", the cell wraps after "Trước ngày"), and six
with due null ("2025" alone, "Tháng 12 hằng năm", "Hằng năm", "Thường xuyên"). Written by a helper
from the documents' text only (ingest.pipeline.parse_notice), without running the search engine, the
answerer, the index or any bench script, and naming none of the unanswerable subjects outside the
file. 72 of the 78 evidence strings of the answerable non-twin rows (70 of 76 distinct) lie in the
three notices; the other 6 are links of crossref or precedent chains in tb-624 (two), cd-96 (two),
cv-17986 (one) and the Lạng Sơn sample notice 002 (one), and four of those (the lines of cv-17986,
tb-624 and 002 citing the Law on Tax Administration or the district defence-zone exercises, and
cd-96's line naming its civil defence command) repeat an earlier evidence string verbatim. Every
evidence string also matches no paragraph or footnote of any other document, compared as written and
folded. Checked by a script kept outside the repository, as for the fourteenth set (evidence
verbatim, once, on one line, inside one ingested paragraph of the notice body, never the portal's
summary, menus, header table, recipients list, footnotes or related-documents panel; no question
repeating an earlier one after folding case, diacritics (đ -> d) and punctuation, checked by script
only, without reading the earlier questions; paraphrases checked word by word against their
passages).
Frozen before its first score: sha256
9d100e01578d8d070de16d166d5552b25e59122fd997031246ed5c5401032bd0.
Do not tune on it; run it once at the end. Run once in session 21 (commit b38e572), then used for development.

Twenty-ninth held-out set (--labels bench/labels/questions_heldout29.jsonl), for the final
measurement: 70 questions ae001-ae070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 60 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Government resolution agreeing with the
Ministry of Public Security's draft ordinance amending the Ordinance on Environmental Police, a Bắc
Ninh People's Committee decision approving the 2026 list of venues and priority fields for trade
fairs and exhibitions, with an appendix table of 31 communes and wards, and a Tây Ninh provincial
tax office letter answering a company on the VAT reduction of Nghị định 72/2024/NĐ-CP
(nq-377-cp-2025.md, qd-471-ubnd-bn-2025.md, cv-3257-tni-2025.md), which no earlier set or rule was
written from: every answerable row has evidence in one of them and together the rows cite all
three; only crossref and precedent rows spanning several documents (doc "*") also cite another
document of the corpus. nq-377 is 12 paragraphs, from "Căn cứ Luật Tổ chức Chính phủ ..." to the
closing "... chịu trách nhiệm thi hành Nghị quyết này./." (header, title, "CHÍNH PHỦ", recipients
and signature are not paragraphs, but "QUYẾT NGHỊ:" is one of its own); the portal's summary above
the text is not read, yet it repeats Điều 1 and its three requirements almost word for word, so
most lines of Điều 1 occur twice in the file and are not cited: the cited lines are those the
summary words differently (the body's "tinh, gọn", "phòng" and "Tăng cường" against the summary's
"tinh gọn", "phỏng" and "Tăng cưởng"; "văn bản số 661/TTr-BCA ngày 05 tháng 11 năm 2025" against
"Văn bản 661/TTr-BCA ngày 05/11/2025") and those of Điều 2 and 3, which the summary lacks; Điều 2's
"bảo đảm thời hạn theo thời quy định" is labelled as written. qd-471 is 45 paragraphs: the Nghị
định 81/2018/NĐ-CP and 128/2024/NĐ-CP citation and "Theo đề nghị của Giám đốc Sở Công Thương tại
Tờ trình số 131/TTr-SCT ..." are read as one paragraph, while "QUYẾT ĐỊNH:" and the bold "PHỤ LỤC"
title are not read; "(Chi tiết tại Phụ lục kèm theo)" and the appendix's "(Kèm theo Quyết định số:
/QĐ-UBND ngày /11/2025 của UBND tỉnh Bắc Ninh)", whose number and day are blank on the portal, are
paragraphs, as are section I's heading and the table's header row ("STT | Địa điểm | Địa chỉ").
Each commune or ward is one paragraph with its cells joined by " | " (the "-" bullet cells dropped,
a ward with several venues listing them all in its row; row 29's second address stops at "Khu phố
Phù Khê Thượng, phường" as on the portal). The last row (31, Xã Phật Tích) also takes in section
II's heading, its header row "STT | Tên lĩnh vực", the whole of priority field 1 and the next row's
number ("... | 2"); fields 2 and 3 are paragraphs without their numbers, field 4 is split in two at
its line break after "ngành xây dựng:", and most venue names wrap into lines shorter than 30
characters, so only a few venues are cited. cv-3257 is 33 paragraphs: "Kính gửi:" and the
addressee's name, tax code and address lines are read as four paragraphs (none cited), the "V/v
thuế suất thuế GTGT" line is not read, the quoted articles of Nghị định 72/2024/NĐ-CP are read line
by line with their quote marks ("“Điều 1. Giảm thuế giá trị gia tăng"), lone "…”" and "“…" lines
and "Ghi chú:" are paragraphs, and "KT." of the signature ("KT." / "TRƯỞNG THUẾ TỈNH") is read as
the last paragraph, never cited. No document has footnotes and no portal title echo is read as a
paragraph. (These are parser version 14's readings, when the set was written; version 15, written
after its first run, reads the addressee, "KT.", the grounds and the two tables as header, signature,
paragraphs and rows.) Of the seven deadline rows, two are on nq-377 (the submission "bảo đảm thời hạn theo
thời quy định", due null, and the Ministry's proposal of 2025-11-05), one on qd-471 ("năm 2026",
due null) and four on cv-3257 (2024-07-01, 2024-12-31 twice, and the company's letter of
2025-11-20). Written by a helper from the documents' text only (ingest.pipeline.parse_notice),
without running the search engine, the answerer, the index or any bench script, and naming none of
the unanswerable subjects outside the file. 60 of the 65 evidence strings of the answerable
non-twin rows (59 of 64 distinct: one line of nq-377 serves a content row and a precedent row) lie
in the three notices; the other 5 are links of crossref or precedent chains in cv-171 and cv-174
(the Law on the Organisation of Local Government), tb-659 (renewing law-making), cv-5662 (a Tax
Department letter on a company's foreign contractor tax) and the Lào Cai sample notice 000 (trade
promotion events), and two of those (the lines of cv-171 and cv-5662) repeat an earlier evidence
string verbatim. Every evidence string also matches no paragraph or footnote of any other document,
compared as written and folded. Checked by a script kept outside the repository, as for the
fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the notice
body, never the portal's summary, menus, header table, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics (đ ->
d) and punctuation, checked by script only, without reading the earlier questions; paraphrases
checked word by word against their passages).
Frozen before its first score: sha256
c1b22ef61a9b0e4ad352c7c0b08139f195bd22570ac7f68a80e289c8a30113c4.
Do not tune on it; run it once at the end.

Thirtieth held-out set (--labels bench/labels/questions_heldout30.jsonl), for the final
measurement: 70 questions af001-af070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 63 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Tax Department letter answering Lào Cai's
provincial tax office on the land rent owed when a lessee switches from paying the whole lease term
at once to paying yearly, quoting khoản 2 Điều 30 of the Land Law 2024 and khoản 2 Điều 33 of Nghị
định 103/2024/NĐ-CP with its formula, a Hà Nội People's Committee decision keeping the paddy price
of Quyết định 3842/QĐ-UBND (vụ chiêm 2025) as the basis of the agricultural land use tax for vụ mùa
2025, and a Customs Department notice of an advance ruling classifying a Magic The Gathering card
deck under heading 95.04, code 9504.40.00 (cv-5665-ct-2025.md, qd-5721-ubnd-hn-2025.md,
tb-39305-chq-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. cv-5665 is 13
paragraphs, from "Cục Thuế nhận được công văn số 545/CCTKV.VIII-CNTK ..." to "Cục Thuế trả lời để
Thuế tỉnh Lào Cai được biết./." (header, "V/v tiền thuê đất", the "Kính gửi:" line, recipients and
signature are not paragraphs); each citation line and each quoted point (a, b, b1.), b2) of the
decree) is a paragraph of its own, but the formula of point b1, a table on the portal, is read
without its fraction bar: the numerator ("Tiền thuê đất phải nộp = Số tiền thuê đất trả một lần
của cả thời gian thuê đất x Thời gian đã sử dụng đất") ends point b1's paragraph and the
denominator "Thời hạn thuê đất" is glued to the front of the next paragraph ("Thời hạn thuê đất
Đồng thời, người sử dụng đất phải nộp tiền chậm nộp ..."). qd-5721 is 11 paragraphs: the seven
grounds ("Căn cứ ..." lines and "Theo đề nghị của Thuế thành phố Hà Nội tại Tờ trình số
30610/TTr-HAN-QLĐ ...") one each, Điều 1-3, and the portal's title echo ("Quyết định 5721/QĐ-UBND
phê duyệt giá thóc ...") read as the last paragraph, never cited; the bold title is meta.title
without its "QUYẾT ĐỊNH", and "QUYẾT ĐỊNH:" is not read. The decision states no price of its own
(it points to Quyết định 3842/QĐ-UBND), which one near miss asks. tb-39305 is 27 paragraphs: the
first two grounds (Luật Hải quan, Nghị định 08/2015/NĐ-CP) are read as one paragraph, and the last
ground (Thông tư 31/2022/TT-BTC) as one with "Trên cơ sở Đơn đề nghị ... (MST: 0110905160) ..." and
"Cục Hải quan thông báo kết quả xác định trước mã số như sau:"; item 1's table (trade name, name
by structure and use, model "MTG", maker) is one paragraph with its heading. Item 3 (the result)
repeats item 2's description almost word for word (composition, mechanics, use, the spec table,
design uses), so those lines are read twice, in two paragraphs, and are not cited: the cited lines
are those only item 2 has (weights, production process, "(dice, playmat, token)") or that differ
(item 1 names "Magic The Gathering Commander Deck", item 3 "Magic The Gathering Welcome Deck", as
on the portal). The spec table (columns "Hạng mục", "Thông số") is flattened into plain text,
split over two paragraphs in item 2 and, in item 3, partly glued to the "+ Cách sử dụng" paragraph;
item 2's "Trận đấu kết thúc ..." line is a paragraph of its own but lies inside item 3's
mechanics paragraph; item 3's "- Hình ảnh thực tế của sản phẩm", "Ký, mã hiệu, chủng loại:
MTG" and "Nhà sản xuất: Wizards of the Coast" are glued to the end of its design-use paragraph
(item 3 writes "Thi đầu cộng đồng" where item 2 has "Thi đấu", item 2 "Magic.Thi" without a
space); and the ruling
"thuộc nhóm 95.04 “...”, mã số 9504.40.00 “- Bộ bài” tại Danh mục ..." is a paragraph of its own,
read without the bold and italic markers that the portal puts inside its words ("thi**ết bị"), so
only its marker-free end "tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam." is cited. "Thông
báo này có hiệu lực từ ngày ký." breaks after "Thông", so its cited line starts "báo này". No
document has footnotes, and only qd-5721's title echo is read as a paragraph. Of the seven
deadline rows, one is on tb-39305 (2025-12-01, "có hiệu lực từ ngày ký"), one on qd-5721 ("vụ mùa
năm 2025", due null) and five on cv-5665 (the 2025-06-02 date of công văn 545 and four with due
null: "từ thời điểm Nhà nước ban hành quyết định", the late-payment span "tính từ thời điểm ... đến
thời điểm cho phép chuyển ...", "cho thời gian thuê đất còn lại" and "theo giá đất tại thời điểm
Nhà nước ban hành quyết định cho phép chuyển"). Written by a helper from the documents' text only
(ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or any
bench script, and naming none of the unanswerable subjects outside the file. 64 of the 69 evidence
strings of the answerable non-twin rows (61 of 66 distinct: three lines each serve two rows, the
date line of công văn 545 an owner and a deadline row, and two lines of qd-5721 a paraphrase row
and a content or owner row) lie in the three notices; the other 5 are links of crossref or
precedent chains in cv-39992 (three: its citations of Nghị định 08/2015/NĐ-CP and of Thông tư
38/2015/TT-BTC, written there "38/2015/TT- BTC", and its opening naming the company that asked),
cv-5662 (a Tax Department letter of the same day answering the former Khu vực V tax office, now
Hải Phòng's) and cv-17986 (the Ministry of Finance's handbook for commune officials, of the same
day as qd-5721), and one of those (cv-39992's opening line) repeats an earlier evidence string
verbatim. Every evidence string also matches no paragraph or footnote of any other document,
compared as written and folded. Checked by a script kept outside the repository, as for the
fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the notice
body, never the portal's summary, menus, header table, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics (đ ->
d) and punctuation, checked by script only, without reading the earlier questions; paraphrases
checked word by word against their passages).
Frozen before its first score: sha256
fafe1928706af178dcbc01e508e242241d1bc011e977ffc97059658c0681d119.
Do not tune on it; run it once at the end.

Thirty-first held-out set (--labels bench/labels/questions_heldout31.jsonl), for the final
measurement: 70 questions ag001-ag070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref,
3 precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 66 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Tax Department notice pausing the
centralised tax administration application TMS and four other functions (step-2 notices to eTax
and iCanhan, tax codes and business registration changes, the statements of the information
exchange centre, tax codes for sellers on e-commerce platforms) from 18h00 on Saturday 22/11/2025
to 03h00 on Sunday 23/11/2025 for an upgrade (its title speaks of moving servers and data storage),
a Ministry of Finance letter to the provinces on six online conferences training commune officials
in tax administration (26-28/11/2025), implementing Kết luận 186-KL/TW and 195-KL/TW, and a Lào Cai
People's Committee decision publishing three amended provincial procedures of the Department of
Science and Technology, replacing procedures 03-05 of Quyết định 1533/QĐ-UBND
(tb-983-ct-2025.md, cv-17899-btc-2025.md, qd-2020-ubnd-lc-2025.md), which no earlier set or rule
was written from: every answerable row has evidence in one of them and together the rows cite all
three; only crossref and precedent rows spanning several documents (doc "*") also cite another
document of the corpus. tb-983 is 8 paragraphs, from "Cục Thuế có kế hoạch nâng cấp hệ thống Quản
lý thuế tập trung (TMS) ..." to "Cục Thuế thông báo để các đơn vị được biết./.": each "- Dừng ..."
bullet is a paragraph, and so is the italic "(Các ứng dụng và chức năng khác ngoài nêu trên vẫn
hoạt động bình thường)"; "THÔNG BÁO" and its three title lines are meta.title, and the header
table, recipients (among them "KBNN, Cục DNTN (để phối hợp)"), signature and the portal's two
caption lines are not read. Its lines are short ("số chức năng, cụ thể như sau:", "iCanhan);",
"vẫn hoạt động bình thường)*"), so cited lines stop at the breaks. cv-17899 is 60 paragraphs. The
page has no letterhead (nothing above "Kính gửi:" but the portal's table and summary), so number,
date, issuer and signer come from the portal's table and the title from its caption; meta.place is
none and meta.province reads "Hồ Chí Minh". The body is paragraphs 0-28, from "Thực hiện Kết luận
số 186-KL/TW ..." to "Trân trọng thông báo./.": "1. Đối tượng:", "2. Thời gian:" and "4. Cách thức
thực hiện:" are paragraphs of their own, "3. Nội dung:" runs on with its text, and each conference
is three paragraphs ("- Hội nghị n: Gồm các tỉnh/thành phố:", its provinces, "Thời gian: ...")
except Hội nghị 6, whose provinces start on its line. The portal's summary above the text ("Lịch
tập huấn nghiệp vụ thuế cho công chức, viên chức xã của 34 tỉnh thành") is not read, yet it repeats
the audience, all six conferences (provinces, days and hours, with "'" for "’"), the content and
both ways of taking part almost word for word, so those lines occur twice in the file and are not
cited: the cited lines are those of the opening paragraph, the request to the provinces
(paragraph 26, its deadline in bold: "**trước ngày 24/11/2025.**", cited by the lines before it)
and the contact (27, up to the phone number; the portal replaced the e-mail address with
"[email protected]"). The seven appendices' bold titles ("PHỤ LỤC n", "MẪU DANH SÁCH ...", "ĐĂNG
KÝ THAM GIA TRỰC TUYẾN HỘI NGHỊ n") are not read, so no appendix paragraph names its conference;
their "(Kèm theo Công văn số: 17899/BTC-TCCB ...)" lines (BTC-TCCB, not the letter's BTC-VP) are
paragraphs, Phụ lục 1's broken in two; Phụ lục 1's registration table is read as its header row
("STT | Họ và tên | ... | Nam | Nữ") and eight paragraphs "1" ... "8" of blank rows, followed by "2.
Câu hỏi, vướng mắc"; Phụ lục 2-7 are two paragraphs each, the form link and the Zalo link. The
Zalo links are shared by two conferences each (1-2, 3-4, 5-6), so those lines repeat; one form
link (Hội nghị 1's) is cited. qd-2020 is 15 paragraphs: the four grounds (the Law on the
Organisation of Local Government; Nghị định 63/2010/NĐ-CP and 92/2017/NĐ-CP; Thông tư
02/2017/TT-VPCP together with "Căn cứ Quyết định số 3659/QĐ-BKHCN ...", one paragraph as on the
portal; "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 182/TTr-SKHCN ...")
one each, Điều 1-3, the appendix's "(Kèm theo Quyết định số 2020/QĐ-UBND ...)", the table's header
row ("STT | Mã số TTHC | Tên thủ tục hành chính | ... | Căn cứ pháp lý"), its three rows (one
paragraph each, cells joined by " | "), "Ghi chú:" and its two bullets; "QUYẾT ĐỊNH:", the enacting
"CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI" and the bold "DANH MỤC" title are not read. The three rows
repeat the ways of submission, the time limit ("Mười (10) ngày làm việc ..."), the two addresses of
the provincial public administration centre, the fee ("Không") and the legal bases (Luật
93/2025/QH15, Nghị định 262/2025/NĐ-CP, Thông tư 10/2025/TT-BKHCN) line for line, so only their
names are cited, and row 2's name is contained in row 3's ("Thay đổi, bổ sung, cấp lại Giấy chứng
nhận văn phòng đại diện, chi nhánh ..."), so only rows 1 and 3 are; the italics that mark the
amended text ("Phần chữ in nghiêng là nội dung sửa đổi, bổ sung") are dropped by the parse. The
portal's caption lines after the text are not read, but they repeat the title ("... được sửa đổi,
bổ sung trong lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa
học và Công nghệ tỉnh Lào Cai"), so Điều 1's and Điều 2's lines with those words are not cited, nor
is the first ground's line ("quyền địa phương ngày 16 tháng 6 năm 2025;"), which is word for word
in cv-17986's grounds. No document has footnotes and no portal title echo is read as a paragraph.
Of the seven deadline rows, two are on tb-983 (2025-11-22 "từ 18h00 tối Thứ Bảy ngày 22/11/2025"
and 2025-11-23 "đến 03h00 sáng Chủ Nhật"), two on cv-17899 (2025-11-24 "trước ngày 24/11/2025",
also the due date of two owner rows, and the 2025-08-29 date of Kết luận 186-KL/TW) and three on
qd-2020 (in force on signing, 2025-11-20, and the dates of Quyết định 1533/QĐ-UBND, 2025-10-22, and
of Quyết định 3659/QĐ-BKHCN, 2025-11-13). Written by a helper from the documents' text only
(ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or any
bench script, and naming none of the unanswerable subjects outside the file. 83 of the 90 evidence
strings of the answerable non-twin rows (43 of 50 distinct: a line serves up to four rows, the
one citing Quyết định 1533/QĐ-UBND) lie in the three notices; the other 7 are
links of crossref or precedent chains in cv-174 (two: its citations of Kết luận 221-KL/TW and of
Quyết định 2618/QĐ-BKHCN), tb-624 (Quyết định 2618/QĐ-BKHCN), cv-17986 (the Ministry of Finance's
handbook for commune officials, of the next day, to be worked into their training), cv-5662 and
cv-5665 (Tax Department letters answering provincial tax offices) and the Lào Cai sample notice 000
(a task of Lào Cai's Department of Science and Technology), and three of those (the lines of
cv-174's Kết luận 221-KL/TW, cv-17986 and cv-5665) repeat an earlier evidence string verbatim.
Every evidence string also matches no paragraph or footnote of any other document, compared as
written and folded. Checked by a script kept outside the repository, as for the fourteenth set
(evidence verbatim, once, on one line, inside one ingested paragraph of the notice body, never the
portal's summary, menus, header table, recipients list, footnotes or related-documents panel; no
question repeating an earlier one after folding case, diacritics (đ -> d) and punctuation, checked
by script only, without reading the earlier questions; paraphrases checked word by word against
their passages).
Frozen before its first score: sha256
958b28a9aedcf8c490ab8b0af1aab1c9efe91639a50b3462aec0369bb67d3d66.
Do not tune on it; run it once at the end.

Thirty-second held-out set (--labels bench/labels/questions_heldout32.jsonl), for the final
measurement: 70 questions ah001-ah070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref,
3 precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 69 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Government resolution approving the
report that takes in and explains the National Assembly deputies' comments and the Economic and
Financial Committee's verification of the draft amended Personal Income Tax Law (proposed in công
văn 18491/BTC-CST of 27/11/2025) and charging the Minister of Finance with completing the dossier
and signing the report on the Government's behalf, a Prime Minister's decision establishing the
management board of the Chu Lai open economic zone of Đà Nẵng by reorganising Quảng Nam's board of
economic zones and industrial parks and repealing Quyết định 1229/QĐ-TTg, and a decision of the
Chairman of Cao Bằng People's Committee delegating to the Department of Education and Training
salary-grade and allowance decisions and the approval of job positions in education establishments
(nq-386-cp-2025.md, qd-2609-ttg-2025.md, qd-52-ctubnd-cb-2025.md), which no earlier set or rule was
written from: every answerable row has evidence in one of them and together the rows cite all
three; only crossref and precedent rows spanning several documents (doc "*") also cite another
document of the corpus. nq-386 is 14 paragraphs: its place-and-date line has no comma ("Hà Nội
ngày 01" / "tháng 12 năm 2025"), so it is read as paragraph 0 and meta.place is none, and
"NGHỊ QUYẾT", the title ("VỀ VIỆC TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT THUẾ THU NHẬP CÁ NHÂN (SỬA ĐỔI)")
and "CHÍNH PHỦ" are headings 1-3 (meta.title comes from the portal's caption instead), none of them
cited; then the five grounds ("Căn cứ ...", "Xét đề nghị của Bộ Tài chính ...", "Trên cơ sở kết
quả biểu quyết ...") one each under "CHÍNH PHỦ", "QUYẾT NGHỊ:" as a heading, and Điều 1-4. There is
no portal summary above the text. The first ground, the ends of the Nghị định 39/2022/NĐ-CP ground
and the voting ground are word for word in nq-377 and are not cited; Điều 1 and Điều 2 both carry
"tiếp thu, giải trình ý kiến của các Đại biểu Quốc hội, ý kiến thẩm tra của Ủy ban Kinh tế và Tài
chính về dự án Luật Thuế thu nhập cá nhân (sửa đổi)", so the lines wholly inside that phrase lie
in two paragraphs and are not cited either. qd-2609 is 15 paragraphs: header, title (meta.title
"VỀ VIỆC THÀNH LẬP BAN QUẢN LÝ KHU KINH TẾ MỞ CHU LAI THÀNH PHỐ ĐÀ NẴNG"), "THỦ TƯỚNG CHÍNH PHỦ",
"QUYẾT ĐỊNH:", recipients and signature are not paragraphs; the first ground is split at its line
break inside the law's name into "Căn cứ Luật Tổ chức" and "Chính phủ ngày 18 tháng 02 năm 2025;"
(never cited, and found in nq-386 and nq-377 too), the other four grounds are one each, and
Điều 1-3 are headings, each over its two numbered clauses. The last line of Điều 1's heading ("Khu
kinh tế và Khu công nghiệp tỉnh Quảng Nam") recurs in Điều 3.1, "1. Quyết định này có hiệu lực thi
hành kể từ ngày" is in qd-52 and the Công điện 58 sample, and the closing "... chịu trách nhiệm thi
hành Quyết định này./." in other decisions, so none of these lines is cited. qd-52 is 19
paragraphs: header, title (meta.title "PHÂN CẤP CHO SỞ GIÁO DỤC VÀ ĐÀO TẠO ..."), recipients and
signature are not paragraphs, and the page has neither an enacting-authority line nor "QUYẾT
ĐỊNH:"; the six grounds and the enacting sentence ("Chủ tịch Ủy ban nhân dân ban hành Quyết định
quy định phân cấp ...") are one paragraph each, and Điều 1-4 are headings, each over two clauses.
meta.issuer reads "UBND tỉnh Cao Bằng" for the Chairman's decision. Both lines of Điều 4.1 ("1.
Quyết định này có hiệu lực" / "thi hành kể từ ngày ký ban hành.") match other documents, so its
date of effect is not asked, and the Thông tư 15/2025/TT-BGDĐT ground's line "chức năng, nhiệm vụ,
quyền hạn của Sở Giáo dục và Đào tạo thuộc Ủy ban nhân dân" is word for word in cv-5155 and not
cited. No document has footnotes and no portal caption is read as a paragraph. The task reader
takes Điều 1.1 of qd-2609 (what the board is) as a task of "Ban Quản lý Khu kinh tế", cut after
"Khu kinh tế" ("Mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt ..."), and finds no task in Điều 2.2
(the head of the board submitting its functions and structure to the city); owner and deadline
rows are labelled from the text. Of the seven deadline rows, three are on nq-386 (in force on
signing, 2025-12-01; the 2025-11-27 date of công văn 18491/BTC-CST; "bảo đảm tiến độ, chất lượng
theo yêu cầu", due null), two on qd-2609 (in force on signing, 2025-11-28, its deadline_text "có
hiệu lực thi hành kể từ ngày" on the line above the cited one; the 2021-07-15 date of Quyết định
1229/QĐ-TTg) and two on qd-52 ("định kỳ" reports to the Chairman, due null, also the deadline_text
of an owner row; the 2025-07-24 date of Thông tư 15/2025/TT-BGDĐT). Written by a helper from the
documents' text only (ingest.pipeline.parse_notice), without running the search engine, the
answerer, the index or any bench script, and naming none of the unanswerable subjects outside the
file. 79 of the 86 evidence strings of the answerable non-twin rows (64 of 71 distinct: a line
serves up to three rows, Điều 2's "Ủy ban Thường vụ Quốc hội bảo đảm tiến độ, chất lượng ...") lie
in the three notices; the other 7 are links of crossref or precedent chains in cv-174 (three: the
rows on amending Nghị định 142/2025/NĐ-CP, on the provinces' boards of industrial parks and
economic zones, and Cao Bằng's school sites), nq-377 (two: its Nghị định 39/2022/NĐ-CP ground and
Điều 2's authorising the Minister of Public Security to sign on the Government's behalf), cv-5155
(its Thông tư 15/2025/TT-BGDĐT ground) and tb-624 (the row assigning the Personal Income Tax Law to
the Ministry of Finance), and four of those (nq-377's two lines and cv-174's lines on the boards
and the school sites) repeat an earlier evidence string verbatim. Every evidence string also
matches no paragraph or footnote of any other document, compared as written and folded. Checked
by a script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one
line, inside one ingested paragraph of the notice body, never the portal's summary, menus, header
table, title, recipients list, footnotes or related-documents panel; no question repeating an
earlier one after folding case, diacritics (đ -> d) and punctuation, checked by script only,
without reading the earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
cefafe7fd852f5abcf852af487a7cca36fe999b2a50e6935454a46ad64e013f3.
Do not tune on it; run it once at the end.

Thirty-third held-out set (--labels bench/labels/questions_heldout33.jsonl), for the final
measurement: 70 questions ai001-ai070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 72 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a decision of the Chairman of Lai Châu
People's Committee publishing three new and three amended administrative procedures of science and
technology activities (registering the results of science and technology tasks funded by the state
or not, registering research results bought with state funds; the certificates of science and
technology organisations and of their representative offices and branches) with their handling times
and codes, a decision of the Chairman of Nghệ An People's Committee approving, step by step with who
does what in how many hours, the internal and electronic procedure of the commune-level procedure
for deducting compensation, support and resettlement costs from land levies (code 1.012994) and
charging the Department of Agriculture and Environment with setting it up on the province's system,
and a Customs Department notice of an advance ruling that classifies a company's Magic The Gathering
Welcome Deck card game (its application 001 of 23/9/2025) under 9504.40.00 (qd-2932-ubnd-lc-2025.md,
qd-3857-ubnd-na-2025.md, tb-39693-chq-2025.md), which no earlier set or rule was written from: every
answerable row has evidence in one of them and together the rows cite all three; only crossref and
precedent rows spanning several documents (doc "*") also cite another document of the corpus.
qd-2932 is 25 paragraphs: header, title (meta.title "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH BAN
HÀNH MỚI; ..."), "QUYẾT ĐỊNH", the enacting authority, "QUYẾT ĐỊNH:", recipients and signature are
not paragraphs; the seven "Căn cứ" grounds and "Theo đề nghị ..." are one each (0-7), then Điều 1
(8), its "(Có Phụ lục chi tiết kèm theo)" (9), Điều 2's two sentences (10, 11) and Điều 3 (12). The
appendix opens with "PHỤ LỤC" as a heading and its "(Ban hành kèm theo ...)" line (13, 14, neither
cited); its title lines ("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH ...") are in no paragraph;
each of its two tables (under the headings "A. THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI" and "B. ... SỬA ĐỔI,
BỔ SUNG") has its header row "STT | Tên TTHC | Quy trình nội bộ giải quyết TTHC" as a heading and
each procedure as one row paragraph, name, "Thời gian thực hiện" and "Mã TTHC" glued (the
internal-process column is empty on the page). The time limits sit on lines broken by emphasis
markers ("*Thời gian thực hiện:* 03 ngày làm việc kể từ") whose pieces are mostly under 30
characters, so the deadline rows cite a name line of the same row paragraph (for the third new
procedure "Trong thời hạn 05 ngày làm việc kể" itself) and take the time as deadline_text. The first
name line of the first two new procedures ("Đăng ký kết quả thực hiện nhiệm vụ khoa học và công"),
the "- Mười (10) ngày làm việc kể từ" and "diện, chi nhánh của tổ chức khoa học và công nghệ" lines
of the last two amended ones and the "Mã TTHC" lines (21 characters) are not cited, nor are the
lines also in qd-2020's table ("Cấp Giấy chứng nhận văn phòng đại", "ngày nhận được hồ sơ hợp lệ")
or the two "Thay đổi, bổ sung, cấp giấy chứng" / "... Giấy chứng" lines, which differ only in a
capital. Điều 2's "Quyết định này có hiệu lực thi hành kể từ ngày ký." is word for word qd-3857's
Điều 3, so the date of effect is not asked, and the first ground's line, the first line of the Quyết
định 3659/QĐ-BKHCN ground, "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại" and Điều 3's
last line are in qd-2020, qd-3857 or other decisions and are not cited. qd-3857 is 52 paragraphs:
header, title (meta.title "PHÊ DUYỆT QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT THỦ TỤC
HÀNH CHÍNH CẤP XÃ LĨNH VỰC TÀI CHÍNH ĐẤT ĐAI"), "QUYẾT ĐỊNH", the enacting authority, "QUYẾT ĐỊNH:",
recipients and signature are not paragraphs; the seven grounds and "Theo đề nghị ..." are one each
(0-7), Điều 1-3 (8-10), and Điều 3's second sentence, on who implements it, is a paragraph of its
own (11). The appendix's bold title lines are in no paragraph, its "(Kèm theo ...)" line is
paragraph 12 (not cited), and "I. Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư (mã số
1.012994)" is a heading (13) over "Trường hợp thuộc thẩm quyền giải quyết của cấp xã" (14). The step
table is not read by rows: its five header cells are five headings (15-19), each "Bước n" is a
paragraph of its own, and the unit, content and hours cells are glued or split unevenly: step 1's
unit is glued to "Kiểm tra, hướng dẫn, tiếp nhận hồ sơ:" with its three "- Trường hợp ..." items
apart, step 2 is one paragraph (unit, content and "04 giờ"), step 3's "112 giờ" is glued to "- Dự
thảo kết quả giải quyết" (28 characters, so step 3's time is not asked), step 4's "24 giờ" is glued
to its one item, step 1's "04 giờ" and "Toàn trình" and the 16 and 08 hours of steps 5 and 6 are
paragraphs of their own (not asked), and "Không tính thời gian" and the total ("Tổng thời gian giải
quyết TTHC 168 giờ (tương đương 21 ngày) ...") are headings. "Lãnh đạo phòng Phòng Kinh tế/Kinh tế,
Hạ tầng và" heads steps 2 and 4 and "Lãnh đạo UBND cấp xã" (step 5's unit) is short, so the rows on
those steps cite the steps' content lines. Every line of the Nghị định 118/2025/NĐ-CP ground
lies in two paragraphs (the Thông tư 03/2025/TT-VPCP ground repeats it) or is in qd-2932, and Điều
3's "Quyết định này có hiệu lực thi hành" is in qd-2932, so none is cited and the date of effect is
not asked. tb-39693 is 34 paragraphs: header, "THÔNG BÁO", title (meta.title "VỀ KẾT QUẢ XÁC ĐỊNH
TRƯỚC MÃ SỐ"), "CỤC TRƯỞNG CỤC HẢI QUAN", recipients and signature are not paragraphs; the five
grounds and the application are one each (0-5), "Cục Hải quan thông báo kết quả xác định trước mã số
như sau:" is a heading (6) and section 1 one paragraph (7); section 2's description is split at its
"- " and "+ " items, some read as headings ("Mực in: ...", "Magic The Gathering không chứa thành
phần độc hại ...", "- Cơ chế hoạt động, cách thức sử dụng:"), its specification table is one flat
paragraph ("Hạng mục Thông số Kích thước thẻ trò chơi 63mm x 88mm ...") with the "Mực in ... Đóng
gói ..." rows a heading; section 3 (20-32) repeats section 2 nearly line for line, the heading 95.04
text and the code are glued to its "- Hình ảnh thực tế của sản phẩm ..." item (32), and the closing
"Thông báo này có hiệu lực từ ngày ký. Cục trưởng ..." is a heading (33). Most description lines
occur twice in the file or lie in both sections' paragraphs, and the grounds, the company's name
line, the trade name, section 1, the heading 95.04 text and the closing are word for word in
tb-39305 (the Commander Deck ruling for the same company the day before), so only the application's
number line, section 2's line on the card core ("lớp in mặt trước 2 và mặt sau", without the "2" in
section 3), the weight line ("Bộ thẻ Welcom deck ~150 gram"), the production-process lines, section
3's "- Tên gọi theo cấu tạo, công dụng: ..." and "- Hình ảnh thực tế của sản phẩm ((2 bộ (30" are
cited; the code 9504.40.00 is bold between other emphasis on its line, so the rows asking it cite
that last line, which opens the same paragraph. Its date of effect is not asked and no owner or
deadline row is on it. No document has footnotes and no portal caption is read as a paragraph. Of
the seven deadline rows, three are on qd-3857 (the total "168 giờ (tương đương 21 ngày) kể từ ngày
nhận", step 4's "24 giờ" and step 2's "04 giờ", the last two with the head of the commune's economic
office as lead) and four on qd-2932 (the "03 ngày làm việc kể từ", "05 ngày làm việc kể từ" and
"Trong thời hạn 05 ngày làm việc kể" of the three new procedures and the "Mười (10) ngày làm việc"
of the organisations' certificate), all due null: the notices set time limits for handling a
procedure, no dated deadline. The nine owner rows ask who does a step or an article: seven on
qd-3857 (Điều 2's lead, the Department of Agriculture and Environment, and support, the provincial
People's Committee Office with its public administration service centre; steps 1 and 3-7) and two on
qd-2932 (Điều 3's implementers; the Director of the Department of Science and Technology, who
proposed it). Written by a helper from the documents' text only (ingest.pipeline.parse_notice),
without running the search engine, the answerer, the index or any bench script, and naming none of
the unanswerable subjects outside the file. 75 of the 82 evidence strings of the answerable non-twin
rows (74 of 81 distinct: the line opening the HS code's paragraph serves a content and a precedent
row) lie in the three notices; the other 7 are links of crossref or precedent chains in qd-2020
(two: its Quyết định 3659/QĐ-BKHCN and Nghị định 63/2010/NĐ-CP grounds), tb-39305 (two: the
company's application 002 and the Commander Deck's trade name), tb-624 (two: the task of amending
Nghị định 118/2025/NĐ-CP and the row on restructuring the provinces' internal and electronic
procedures) and cd-220 (the Prime Minister's charge to the provinces' chairmen to review those
procedures), and three of those (qd-2020's two lines and tb-39305's application line) repeat an
earlier evidence string verbatim. Every evidence string also matches no paragraph or footnote of any
other document, compared as written and folded. Checked by a script kept outside the repository, as
for the fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the
notice body, never the portal's summary, menus, header table, title, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics (đ ->
d) and punctuation, checked by script only, without reading the earlier questions; paraphrases
checked word by word against their passages).
Frozen before its first score: sha256
4570edafdcb17d65ad858fe674f4cff425bbf31203ea106b827889c34ceb73e7.
Do not tune on it; run it once at the end.

Thirty-fourth held-out set (--labels bench/labels/questions_heldout34.jsonl), for the final
measurement: 70 questions aj001-aj070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 75 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Government resolution approving the State
Bank's reports (section II of its submissions 207, 212 and 215/TTr-NHNN of 21, 27 and 28/11/2025) on
taking in and explaining the National Assembly deputies' comments in groups and in the plenary and
the Economic and Financial Committee's verification of the draft amended Deposit Insurance Law, and
charging the Governor with completing the dossier and signing the report on the Government's behalf,
a decision of Đà Nẵng People's Committee repealing Quảng Nam's Quyết định 636/QĐ-UBND of 17/3/2025
on the centralised procurement of upper-secondary teaching and learning equipment (proposed by the
Departments of Finance and of Education and Training, with the members' agreement recorded in công
văn 4096/VP-KT), and a Tax Department letter answering a reader's question (code 220725-17, sent
through the Ministry of Finance portal) on personal income tax and lunch and mid-shift meal money by
pointing to its công văn 5106/CT-CS of 12/11/2025 (nq-388-cp-2025.md, qd-2638-ubnd-dn-2025.md,
cv-5330-ct-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. nq-388 is 12
paragraphs: header, number, place and date ("Hà Nội ngày 01" / "tháng 12 năm 2025", read into
meta.place and meta.issued_on), "NGHỊ QUYẾT", title (meta.title "VỀ VIỆC NGHIÊN CỨU TIẾP THU, GIẢI
TRÌNH KẾT LUẬN CỦA ĐẠI BIỂU QUỐC HỘI ..."), "CHÍNH PHỦ", recipients (meta.recipients, eight) and
signature are not paragraphs; the four grounds are one each (0-3), "QUYẾT NGHỊ:" is a heading (4),
"Điều 1." is a paragraph of its own (5) over its text (6), Điều 2 is one paragraph (7), and "Điều
3." (8), "Hiệu lực và trách nhiệm thi hành:" (9) and its two clauses (10, 11) follow. The first
ground's two lines are under 30 characters, clause 1's lines ("1. Nghị quyết này có hiệu lực", 29
characters / "thi hành kể từ ngày ký ban hành.", also in nq-386, qd-52 and the Công điện 58 sample)
are not cited, so its date of effect is not asked, and "2. Thống đốc Ngân hàng Nhà nước" lies in
Điều 2 and clause 2 alike and is not cited either. qd-2638 is 13 paragraphs: header, number, place
and date, "QUYẾT ĐỊNH", title (meta.title "BÃI BỎ QUYẾT ĐỊNH SỐ 636/QĐ-UBND NGÀY 17/3/2025 ..."),
"ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" and signature are not paragraphs and the page has no recipients
list (meta.recipients is empty); the eight grounds and "Theo đề nghị ..." are one each (0-8), "QUYẾT
ĐỊNH" is a heading (9) and Điều 1-3 are one paragraph each (10-12). The first ground's line ("chính
quyền địa phương ngày 16 tháng 6 năm 2025;") is in cv-17986 and qd-2020 and is not cited; Điều 2's
"Quyết định này có hiệu lực kể từ" is in no other document (the others read "có hiệu lực thi hành kể
từ") and is cited for its date of effect, "ngày ký." being the next line; the Nghị định
214/2025/NĐ-CP ground is dated "năm 2028" on the page and no row asks that date. cv-5330 is 9
paragraphs: header, number, "V/v Chính sách thuế TNCN" (meta.title), place and date, "Kính gửi" with
the reader's address and telephone, "Nơi nhận:" and signature are not paragraphs; the opening line
"Cục Thuế nhận được câu hỏi mã số 220725-17 của độc giả" is cut from its sentence at the line break
and read as a heading (0) over the rest of the sentence (1) and the paragraph on công văn 5106/CT-CS
(2), the closing "Cục Thuế thông báo để độc giả ... được biết./." is 3, and the recipients list ("-
Như trên;" ... "- Lưu: VT, CS.") is read as paragraphs 4-8, none cited (meta.recipients is empty).
The portal's caption below the signature repeats "thuế thu nhập cá nhân đối với khoản tiền ăn giữa
ca, ăn trưa" twice, so the body line carrying it is cited whole, with its ". Về vấn đề này,"; "Cục
Thuế có ý kiến như sau:" is in the other Tax Department letters and is not cited. No document has
footnotes and no portal caption is read as a paragraph. The task reader takes nq-388's Điều 2 and
Điều 3's clause 2 as tasks of "Ngân hàng Nhà nước Việt Nam" (the latter also of "Các bộ, ngành" and
"Các cơ quan, đơn vị"), qd-2638's Điều 3 as one task whose first owner reads "Văn phòng Ủy ban nhân
dân tỉnh" for the city's office, and finds none in cv-5330; owner and deadline rows are labelled
from the text. None of the three sets a time limit, so the seven deadline rows ask dates the text
states: four on qd-2638 (in force on signing, 2025-11-18, its deadline_text "có hiệu lực kể từ"; the
2025-03-17 date of Quyết định 636/QĐ-UBND; the 2025-10-21 date of công văn 1780/SGDĐT-KHTC; the
2025-11-07 date of công văn 4096/VP-KT), two on nq-388 (the 2025-11-21 date of Tờ trình
207/TTr-NHNN; the 2025-11-23 date of Phiếu lấy ý kiến 1025/PLYK/2025) and one on cv-5330 (the
2025-11-12 date of công văn 5106/CT-CS). The nine owner rows ask who does or did what the text says:
four on nq-388 (the Governor completing the dossier, signing the report on the Government's behalf
and answering in full for its content and figures; the Governor, Ministers and heads of agencies
implementing the resolution), three on qd-2638 (Điều 3's implementers; the Department of Finance's
proposal; the Department of Education and Training's review of the procurement lists) and two on
cv-5330 (the Tax Department answering the question and having issued công văn 5106/CT-CS). Written
by a helper from the documents' text only (ingest.pipeline.parse_notice), without running the search
engine, the answerer, the index or any bench script, and naming none of the unanswerable subjects
outside the file. 80 of the 91 evidence strings of the answerable non-twin rows (47 of 58 distinct:
a line serves up to four rows, Điều 2's "đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình đầy đủ
các ý kiến Thành") lie in the three notices; the other 11 are links of crossref or precedent chains
in nq-386 (two: Điều 1's report on the deputies' comments and Điều 2's report sent to the National
Assembly on the Personal Income Tax Law), tb-624 (two: the rows assigning the Personal Income Tax
Law and the law amending seven laws, bidding, customs and public investment among them, to the
Ministry of Finance), nq-377 (Điều 2's authorising the Minister of Public Security to sign on the
Government's behalf), qd-2609 (its repeal of Quyết định 1229/QĐ-TTg on Quảng Nam's board), cv-5662
and cv-5665 (their closing lines to the Hải Phòng and Lào Cai tax offices), cd-227 (clause 11, to
the Governor of the State Bank), the Công điện 58 sample (the Governor as a member of the national
data steering committee) and the 003 sample (Lào Cai's January 2024 call on its health and education
departments to procure medicines, medical supplies and education equipment), and seven of those
(both nq-386 lines, tb-624's Personal Income Tax Law row, nq-377's, qd-2609's, cv-5665's and the 003
sample's) repeat an earlier evidence string verbatim. Every evidence string also matches no
paragraph or footnote of any other document, compared as written and folded. Checked by a script
kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one line, inside
one ingested paragraph of the notice body, never the portal's summary, menus, header table, title,
recipients list, footnotes or related-documents panel; no question repeating an earlier one after
folding case, diacritics (đ -> d) and punctuation, checked by script only, without reading the
earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
d9a9cd531ef69cb8408314a8901a67a0762fb5125097cef896a549896d0264e5.
Do not tune on it; run it once at the end.

Thirty-fifth held-out set (--labels bench/labels/questions_heldout35.jsonl), for the final
measurement: 70 questions ak001-ak070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 78 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Government resolution adding 41
international border gates to the list in Điều 2 of Nghị quyết 127/NQ-CP of 14/8/2023 where
foreigners may enter and exit on an electronic visa (four airports, Long Thành and Gia Bình once
they are put into operation, eleven land border gates and 26 seaports), on the Minister of Public
Security's proposals 554/TTr-BCA, 2529/BC-BCA and 2892/BC-BCA of 12/9, 03/10 and 14/11/2025, a
decision of the Chairman of Huế City People's Committee amending his Quyết định 3470/QĐ-UBND of
10/11/2025 after the Minister of Science and Technology's Quyết định 3659/QĐ-BKHCN (three provincial
science-and-technology procedures amended, replacing items 3-5 of that list, and items 7-9 of its
part II kept in force under the transitional Điều 73 of Luật 93/2025/QH15; the Department of Science
and Technology to synchronise the procedures' data and submit its internal procedures before
26/11/2025), and a decision of the Chairman of Thái Nguyên Province People's Committee publishing
three amended procedures on investment in Vietnam under the Department of Finance (Phụ lục I: time
limits, any one-stop desk in the province, no fee, legal bases) and abolishing items 04, 06 and 07
of Quyết định 1388/QĐ-UBND of 06/10/2025 (Phụ lục II), with the Department of Science and Technology
integrating the online services within 05 working days and the Department of Finance submitting
internal procedures by 21/11/2025 (nq-389-cp-2025.md, qd-3565-ubnd-hue-2025.md,
qd-1936-ubnd-tn-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. nq-389 is 131
paragraphs, and most of them are not the document: the portal's summary above the text is 41 gate
lines long, so the national motto is the 82nd line the parser reads, beyond the 80 lines in which it
looks for the document's start, and the copyright notice, the portal's menu, "Đang tải văn bản...",
the header table's cells (0-24), the portal's summary (its headline twice, its paraphrase of Điều 1,
three "- Danh sách ..." lines and 41 "+ Cửa khẩu ..." items, "Xem nội dung chi tiết ...", 25-72) and
the document's own header ("CHÍNH PHỦ", "Số: 389/NQ-CP", the place and date, "NGHỊ QUYẾT", the
title, "CHÍNH PHỦ", 73-78) are all paragraphs; meta has no number, type, issuer or date (meta.title
is the caption's subject, meta.province "Đồng Tháp" is read from the gates), while the recipients
(sixteen) and the signature are read as such. The body is 79-130: the four grounds (79-82), "QUYẾT
NGHỊ:" (83), Điều 1 (84), the three section headings (85, 90, 102), each gate a paragraph of its own
(86-89, 91-101, 103-128), Điều 2 (129) and Điều 3 (130); none is cited outside it. The summary
repeats every gate without its number (item 14 as "cáng Cà Ná") and Điều 1's middle lines, so gates
are cited by their numbered lines ("1. Cửa khẩu Cảng hàng không quốc tế Long Thành (áp"), Điều 1 by
its lines naming Điều 2 of Nghị quyết 127/NQ-CP and its date; the vote ground is in nq-377 and
nq-386 and Điều 3's first full line in cd-229 and qd-2609, so Điều 3 is cited by its last line; Điều
2's "hiệu lực kể từ ngày ký ban hành." is in no other document (the others read "thi hành kể từ
...") and is cited for the date of effect. qd-3565 is 26 paragraphs: header, number, place and date,
"QUYẾT ĐỊNH", title (meta.title "SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 3470/QĐ-UBND ..."), the enacting
authority, "QUYẾT ĐỊNH:", recipients (meta.recipients, seven) and signature are not paragraphs; the
six grounds and "Theo đề nghị ..." are one each (0-6), Điều 1 (7), Điều 2's lead-in "Điều 2. Sở Khoa
học và Công nghệ có trách nhiệm:" (8) and its two clauses (9, 10), Điều 3's three sentences (11-13)
and Điều 4 (14). The appendix's "DANH MỤC" (15) and title (16) are paragraphs, its "(Kèm theo ...)"
line is dropped, the table's header row is 17, its group rows "I Thủ tục thay đổi, bổ sung" and "II
Thủ tục tiếp tục thực hiện" are 18 and 22, and each procedure is one row paragraph (19-21, 23-25:
name, code, time limit, manner and place, fee, legal basis, agency, note); the portal's caption and
related-documents panel are glued to the last row, and nothing is cited from them. The manner and
place lines occur six times, the Luật 93/2025/QH15 and Nghị định 262/2025/NĐ-CP lines three times,
the "05 ngày làm việc ..." time lines three times and the note "Thủ tục hành chính đã bị bãi bỏ theo
Quyết định số 3470/QĐ- UBND ngày" twice; "Mười (10) ngày làm việc kể từ ngày nhận" and the
procedures' names without "Thủ tục" are in the rows of qd-2020 or qd-2932, which publish the same
procedures for Lào Cai and Lai Châu, and the Quyết định 3212/QĐ-BKHCN ground is qd-2020's word for
word; so the rows are cited by lines only Huế's have ("Thủ tục thay đổi, bổ sung, cấp lại giấy chứng
nhận đăng ký tổ chức", "Thủ tục đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp", the
Thông tư 14/2014/TT-BKHCN line). Điều 2's lead-in lines are under 30 characters ("Sở Khoa học" / "và
Công nghệ có trách nhiệm:"), so the rows on the department's duties cite clauses 9 and 10, to which
the task reader carries the lead; Điều 3's "này có hiệu lực thi hành kể từ ngày ký." is in qd-1936,
qd-2932 and qd-3857, so Huế's date of effect is not asked. qd-1936 is 27 paragraphs: header, number,
place and date, "QUYẾT ĐỊNH", title (meta.title "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH
VỰC ĐẦU TƯ TẠI VIỆT NAM ..."), the enacting authority, "QUYẾT ĐỊNH:", recipients (seven) and
signature are not paragraphs; the six grounds and "Theo đề nghị ..." are one each (0-6), Điều 1-2
(7, 8), "Điều 3. Tổ chức thực hiện" (9) and its two clauses (10, 11), Điều 4-5 (12, 13), and the
drafter's mark under the recipients, "Tungnt.QĐ/T11/2025", is a paragraph (14, not cited). "PHỤ LỤC
I" (15), its title (16), header row (17) and three rows (18-20), then "PHỤ LỤC II" (21), its title
(22), header row (23) and three rows (24-26) follow; only Phụ lục II's row 1 has the Quyết định 1388
cell, and the page's four footnotes on cases a1-a8 (whose marks stay in the rows, "a1[1]:"), the
portal caption and the related-documents panel are glued to row 3 (26), which is not cited
(n.footnotes is empty). The one-stop desk line, the Luật 90/2025/QH15, Nghị định 31/2021/NĐ-CP,
239/2025/NĐ-CP and Thông tư 03/2021/TT-BKHĐT lines repeat across rows, "Thủ tục điều chỉnh dự án đầu
tư thuộc thẩm quyền" heads row 3 of both appendices, and Điều 1's "mục thủ tục hành chính lĩnh vực
đầu tư tại Việt Nam ..." and "Quyết định số 1388/QĐ-UBND ngày 06/10/2025 của" lie in several
paragraphs, so none of them is cited; row 2 is cited by its own lines (its "Luật Đầu tư số
61/2020/QH14 ngày 17/6/2021", dated 2020 in rows 1 and 3, and "Luật số 57/2024/QH15"), and Điều 3's
"chậm nhất ngày 21/11/2025." (bold, 26 characters) by the clause's lines above it. The task reader
reads nq-389's Điều 3 as a task of "Các bộ, ngành" and "Các địa phương", qd-3565's Điều 2 and its
clauses as tasks of "Sở Khoa học và Công nghệ" (clause 1 due 2025-11-26) and Điều 4 with "Văn phòng
Ủy ban nhân dân tỉnh" first for the city's office, and qd-1936's clause 1 (Sở Khoa học và Công nghệ,
with Sở Tài chính) and clause 2 (Sở Tài chính, due 2025-11-21), but not its Điều 5; owner and
deadline rows are labelled from the text. Of the seven deadline rows, two are on nq-389 (in force on
signing, 2025-12-02, its deadline_text "hiệu lực kể từ ngày ký ban hành"; Long Thành's gate applying
once in operation, due null, its deadline_text "dụng khi được đưa vào khai thác, vận hành", the line
breaking inside "áp dụng"), two on qd-3565 (the internal procedures before 2025-11-26; the "Mười
(10) ngày làm việc" of the organisations' registration certificate, due null) and three on qd-1936
(the internal procedures by 2025-11-21; the 10 days of case a1 and the 12 days of case a8, due
null). The nine owner rows ask who does what the text says: two on nq-389 (Điều 3's implementers;
the Minister of Public Security, who proposed it), four on qd-3565 (the Department of Science and
Technology submitting the internal procedures and posting and publicising the procedures; Điều 4's
implementers; the Director who proposed it in Tờ trình 4370/TTr-SKHCN) and three on qd-1936 (clause
1's lead, the Department of Science and Technology, with the Department of Finance supporting;
clause 2's lead, the Department of Finance; Điều 5's implementers). Written by a helper from the
documents' text only (ingest.pipeline.parse_notice), without running the search engine, the
answerer, the index or any bench script, and naming none of the unanswerable subjects outside the
file. 83 of the 93 evidence strings of the answerable non-twin rows (59 of 69 distinct: "Xét đề nghị
của Bộ trưởng Bộ Công an tại các văn" serves four rows) lie in the three notices; the other 10 are
links of crossref or precedent chains in qd-2638 (two: its ground on Luật 57/2024/QH15 amending the
Planning, Investment, Public-Private Partnership and Bidding Laws), qd-2609 (clause 1 on the board
of the Chu Lai open economic zone of Đà Nẵng), qd-2020 (three: its ground on Quyết định
3659/QĐ-BKHCN and Điều 2's replacing items 03, 04 and 05 of Quyết định 1533/QĐ-UBND), qd-2932 (its
ground on the same decision), cv-11414 (Đồng Nai's 0.3 km of the Bến Lức - Long Thành expressway),
nq-377 (its ground on the Ministry of Public Security's submission 661/TTr-BCA on the Environmental
Police Ordinance) and the 000 sample (Lào Cai's call on its Department of Construction to plan the
Lào Cai border-gate economic zone), and seven of those (all but qd-2638's and qd-2609's) repeat an
earlier evidence string verbatim. Every evidence string also matches no paragraph or footnote of any
other document, compared as written and folded. Checked by a script kept outside the repository, as
for the fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the
notice body, never the portal's summary, menus, header table, title, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics (đ ->
d) and punctuation, checked by script only, without reading the earlier questions; paraphrases
checked word by word against their passages).
Frozen before its first score: sha256
0776d84b23c67b0811efa9c0060f5ee091ddc783aa26e898bd40c61db3407b9a.
Do not tune on it; run it once at the end.

Thirty-sixth held-out set (--labels bench/labels/questions_heldout36.jsonl), for the final
measurement: 70 questions al001-al070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 81 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Government resolution on the draft Law on
Public Employees (Luật Viên chức, sửa đổi) on the Minister of Home Affairs' letter 11344/BNV-CCVC of
28/11/2025 (Điều 1 adopts the Ministry's report receiving and explaining the National Assembly
deputies' opinions, the Ministry answerable for it and leading, with the ministries and agencies
concerned, the completion of the report and draft on the Government members' opinions; Điều 2 has
the Minister sign, on the Prime Minister's authority, the report to the Standing Committee and
submit the law for passage at the 10th session of the 15th National Assembly, the Ministry wholly
answerable for the draft and its dossier; Điều 3 in force on signing; Điều 4 its implementers), a
Tax Department letter (5491/CT-CS of 25/11/2025) answering Thuế tỉnh Ninh Bình's 2313/NBI-QLDN1 of
13/9/2025 on bonus payments (VAT: the provincial office to judge from the contract between Công ty
TNHH Nippon Zoki Việt Nam and a cooperative whether the bonus relates to the sale of goods, and if
so it is a payment for goods subject to VAT; corporate income tax: deductible if it meets Điều 4 of
Thông tư 96/2015/TT-BTC and is no non-deductible expense; Luật 67/2025/QH15 of 14/6/2025 in force
from 1/10/2025 for the 2025 tax period, its guiding decree being drafted by the Ministry of
Finance), and a decision of the Chairman of Bắc Ninh Province People's Committee publishing, after
Quyết định 3740/QĐ-BTC of 05/11/2025 and the Department of Finance's Tờ trình 287/TTr-STC of
11/11/2025, one amended bidding procedure (issuing the professional certificate in bidding,
1.012507.H05: online filing, the province's public training units, 15 or 07 working days, 0 or
100.000 đồng, legal bases) and three abolished ones (re-issuing, extending and revoking it), with
the Department of Finance and the Provincial Office's Public Administration Service Centre
rebuilding the internal and electronic procedures within 05 working days, the decision in force with
Quyết định 3740/QĐ-BTC and amending items of 761/QĐ-UBND (05/5/2025, the former Bắc Ninh) and
810/QĐ-UBND (06/6/2025, Bắc Giang) (nq-393-cp-2025.md, cv-5491-ct-2025.md, qd-1486-ubnd-bn-2025.md),
which no earlier set or rule was written from: every answerable row has evidence in one of them and
together the rows cite all three; only crossref and precedent rows spanning several documents (doc
"*") also cite another document of the corpus. nq-393 is 12 paragraphs: unlike nq-389 its portal
menu, copyright notice and header table are not paragraphs, and meta has its number, type, issuer,
date, title ("VỀ DỰ ÁN LUẬT VIÊN CHỨC (SỬA ĐỔI)") and signer; header, number, place and date, "NGHỊ
QUYẾT", title, the enacting "CHÍNH PHỦ", recipients (five) and signature are not paragraphs. The
five grounds (0-4), "QUYẾT NGHỊ:" (5), Điều 1 and its second sentence "Bộ Nội vụ chủ trì, ..." (6,
7), Điều 2 and its "Bộ Nội vụ chịu trách nhiệm toàn diện ..." (8, 9), Điều 3 (10) and Điều 4 (11)
follow. The grounds on the Law on Government Organisation and on the Law on Legal Documents, the
vote ground, Điều 3's "hiệu lực thi hành kể từ ngày ký ban hành." and Điều 4's middle line are in
nq-377, nq-386, nq-388, nq-389, qd-2609, qd-52 or the Công điện 58 sample, so none is cited and the
date of effect is not asked; the Nghị định 39/2022/NĐ-CP ground (dated "16 tháng 8 năm 2022" here,
18/6/2022 elsewhere) is not cited either. "Điều 2. Giao Bộ trưởng Bộ Nội" and "vượt thẩm quyền." are
under 30 characters, so Điều 2 and paragraph 9 are cited by the lines after and before them; "Kỳ họp
thứ 10, Quốc hội khóa XV." is cited with its full stop (cv-9476's "Kỳ họp thứ 10, Quốc hội Khóa XV",
the same once folded, is never followed by one). cv-5491 is 13 paragraphs: "BỘ TÀI CHÍNH" / "CỤC
THUẾ", number, subject ("V/v Chính sách thuế", meta.title), place and date, "Kính gửi: Thuế tỉnh
Ninh Bình", recipients (six) and signature are not paragraphs; the opening "Cục Thuế nhận được ..."
(0) is. Its first ground is broken at a line starting with a digit: "1 Điều 9 và khoản 1 Điều 14
Nghị định số 181/2025/NĐ-CP ..." and the next line are lifted into n.footnotes, leaving "Căn cứ quy
định tại khoản" (1); the second ground is cut before its wrapped "Điều 4 Nghị định số 123/2020/NĐ-CP
..." (2, 3); the grounds on Luật 67/2025/QH15 (4) and Thông tư 96/2015/TT-BTC (5), "Căn cứ các quy
định nêu trên:" (6), the headings "1. Về thuế giá trị gia tăng" (7) and "2. Về thuế thu nhập doanh
nghiệp" (9) with their paragraphs (8; 10, 11) and the closing request (12) follow. Nothing is cited
from the lifted lines or from the "Điều 4 Nghị định số 123/2020/NĐ-CP ..." line, which lies in
paragraphs 2 and 3; the opening's third line and the closing's are over 120 characters and, like the
VAT paragraph's first line and the deduction condition's, are cited by a part of them. qd-1486 is 29
paragraphs: header, number, place and date, "QUYẾT ĐỊNH", title (meta.title "VỀ VIỆC CÔNG BỐ DANH
MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ TRONG LĨNH VỰC ĐẤU THẦU ..."), the enacting
authority, "QUYẾT ĐỊNH:", recipients (five) and signature are not paragraphs; the five grounds, each
broken after "Căn" or "Theo" inside its emphasis, are one each (0-4). Every article heading is
broken after "Điều", so "Điều" alone is a paragraph (5, 8, 15, 18) and the number with its text the
next one ("1. Công bố ..." 6, "2. Giao các cơ quan, đơn vị:" 9, "3. Quyết định này có hiệu lực ..."
16, "4. Thủ trưởng ..." 19); "(Chi tiết theo Phụ lục đính kèm)" is 7, Điều 2's clause 1 is three
paragraphs (its lead "1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ
hành chính công tỉnh)" 10, "Rà soát, xây dựng ..." 11, "Thời hạn chậm nhất 05 ngày làm việc ..."
12), clause 2 is "2." alone (13) and its text (14), and Điều 3's second sentence is 17. The
appendix's "DANH MỤC" (20) and title (21) are paragraphs, its "(Kèm theo ...)" line is dropped; "1.
Danh mục thủ tục hành chính được sửa đổi, bổ sung" (22), table 1's header row with the group row
"CẤP TỈNH" (23) and its one row (24: number, code, name, manner, agencies, time limits, fees, legal
bases), to whose last cell the next heading "2. Danh mục thủ tục hành chính bị bãi bỏ" is glued,
then table 2's header (25) and three rows (26-28), only row 1 carrying the merged legal-basis, field
and agency cells. The footnote [1] (Bắc Ninh's two investment-promotion centres under the Department
of Finance) is lifted into n.footnotes and the portal caption dropped; neither is cited. "chứng chỉ
nghiệp vụ chuyên môn về đấu thầu" is a line of its own seven times, so the procedures are cited by
their lines that carry the tail of their first word ("lại chứng chỉ ...", "hạn chứng chỉ ...", "hồi
chứng chỉ ..."); the one-stop ground line, both Thông tư 02/2017/TT-VPCP lines, Điều 1's first line,
Điều 4's last line and the lines of Luật 90/2025/QH15's amended laws after its first are in qd-1936,
qd-2020, qd-2932, qd-3565, qd-3857, qd-2638 or tb-624, and none of them is cited; Điều 3's bold "3.
**Quyết định này có hiệu lực theo Quyết" is cited without its number and marker. The task reader
reads nq-393's Điều 1, its second sentence, Điều 2, paragraph 9 and Điều 4 as tasks of "Bộ Nội vụ"
(Điều 4 with "Các bộ, ngành" and "Các cơ quan, đơn vị"), no task in cv-5491, and in qd-1486 clause 1
(Sở Tài chính, with Văn phòng Ủy ban nhân dân tỉnh and Trung tâm Phục vụ hành chính công tỉnh, a
relative deadline without due date), clause 2 as a task of "Các cơ quan, đơn vị" (the units' name is
cut by the "2." break) and Điều 4; owner and deadline rows are labelled from the text. The letter
and the Bắc Ninh decision set few owners or deadlines, so their rows ask who the text asks to act,
the procedure's time limits and the date of effect. Of the seven deadline rows, two are on nq-393
(the passage at the 10th session, due null, its deadline_text "Kỳ họp thứ 10, Quốc hội khóa XV"; the
dossier "bảo đảm chất lượng, thời hạn theo quy định", due null), one on cv-5491 (Luật 67/2025/QH15
in force on 2025-10-01, its deadline_text "1/10/2025 và áp dụng từ kỳ tính thuế TNDN năm") and four
on qd-1486 (the internal procedures "chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định", due
null; the 15 working days for a candidate who passed the exam and the 07 for a lost or damaged
certificate, due null; in force with Quyết định 3740/QĐ-BTC, due null, its deadline_text "Quyết định
này có hiệu lực theo Quyết"). The nine owner rows ask who does what the text says: four on nq-393
(the Ministry of Home Affairs answerable for the explanation; leading the completion, the ministries
and agencies concerned supporting; the Minister signing the report; the Ministry wholly answerable
for the draft and dossier), two on cv-5491 (Thuế tỉnh Ninh Bình judging whether the bonus relates to
sales; the Ministry of Finance drafting the guiding decree) and three on qd-1486 (the Department of
Finance, with the Provincial Office's service centre supporting; the public training units posting
and handling the procedures; Điều 4's implementers). Written by a helper from the documents' text
only (ingest.pipeline.parse_notice), without running the search engine, the answerer, the index or
any bench script, and naming none of the unanswerable subjects outside the file. 100 of the 114
evidence strings of the answerable non-twin rows (66 of 80 distinct: "tiếp thu, giải trình ý kiến
của các vị đại biểu Quốc hội về dự án Luật Viên chức" serves three rows) lie in the three notices;
the other 14 are links of crossref or precedent chains in qd-2638 (three: its grounds on Luật
90/2025/QH15 of 25/6/2025 and on Nghị định 214/2025/NĐ-CP detailing the Bidding Law on contractor
selection), cv-5662 (two: khoản 7 Điều 7 of Thông tư 78/2014/TT-BTC of 28/06/2014), tb-624 (three:
item 37 of its appendix, eight draft laws for the 10th session, and item 4, the law amending seven
laws beginning with the Bidding Law), cv-174 (two: Sơn La's request on consistency with the Law on
Public Employees), nq-386 (two: its ground and Điều 1 on the Personal Income Tax Law report at the
Ministry of Finance's 18491/BTC-CST) and cv-5330 (two: the Tax Department's earlier letter
5106/CT-CS of 12/11/2025 on lunch allowances), and nine of those (qd-2638's, nq-386's, cv-5330's and
tb-624's item 4) repeat an earlier evidence string verbatim. Every evidence string also matches no
paragraph or footnote of any other document, compared as written and folded. Checked by a script
kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one line, inside
one ingested paragraph of the notice body, never the portal's summary, menus, header table, title,
recipients list, footnotes or related-documents panel; no question repeating an earlier one after
folding case, diacritics (đ -> d) and punctuation, checked by script only, without reading the
earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
ffb8a9c15c1ba9f54c80b8eb06dbfea7e5b190fd8f250312f7ab264785335a0e.
Do not tune on it; run it once at the end.

Thirty-seventh held-out set (--labels bench/labels/questions_heldout37.jsonl), for the final
measurement: 70 questions am001-am070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 84 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Customs Department notice (37698/TB-CHQ of
21/11/2025) on the advance determination of a tariff code asked by Công ty TNHH Suhil Electronics
Vina (application 01/CV of 30/10/2025, MST 3603659077) for an LED bar ("Thanh đèn LED", CPX LED
lighting: an aluminium PCB with 32 LED chips, 32 plastic lenses gathering and directing the light,
01 resistor, 02 diodes against reversed polarity and thermal shock, no circuit controlling voltage
and current, 52 g, for lighting and decoration indoors and outdoors), classed in heading 85.41, code
8541.41.00 ("- - Đi-ốt phát quang (LED)"), in force on signing; a Prime Minister's decision
(2639/QĐ-TTg of 03/12/2025, signed by Deputy Prime Minister Hồ Đức Phớc) adding from the central
budget 2.615 tỷ đồng for 27 provinces and cities (Phụ lục: Tuyên Quang 152.100 … Cà Mau 71.500 triệu
đồng), from the 2024 recurrent-expenditure estimate carried over to 2025 under Điều 2 of Nghị quyết
196/2025/QH15, to repair, renovate, upgrade and extend commune-level offices and buy equipment and
vehicles (đợt 2, after Nghị quyết 374/NQ-CP of 19/11/2025 and the Ministry of Finance's
18345/BTC-NSNN of 26/11/2025), the provinces' People's Committees deciding each commune's and
special zone's share and answerable for managing, using and settling the money (Điều 2), in force on
signing, with the Minister of Finance, the provinces' chairmen and the heads of agencies concerned
implementing (Điều 4); and a decision of the Minister of Home Affairs (1383/QĐ-BNV of 26/11/2025, on
the proposal of the Director of Vụ Kế hoạch - Tài chính) issuing the Ministry's 2026 statistical
information release calendar, the heads of the units assigned to release statistics planning,
compiling and releasing them on time (Điều 2), its table giving for 29 statistics the level (Chính
thức, Sơ bộ), the month (Tháng 3/2025 … Tháng 6/2026, as written), the form (the Ministry's or the
State Records and Archives Department's portal) and the unit releasing them, with a note that the
figures are those of 2025 up to 31/12/2025 (tb-37698-chq-2025.md, qd-2639-ttg-2025.md,
qd-1383-bnv-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. tb-37698 is 78
paragraphs: meta has its number, type, issuer, date, signer (Đào Thu Hương) and the portal caption's
title ("Kết quả xác định trước mã số đối với Thanh đèn LED"); the portal menu and header table, "BỘ
TÀI CHÍNH" / "CỤC HẢI QUAN", the motto and the number are not paragraphs, but the place and date,
broken after "Hà" and with bold markers inside "năm", glue to "THÔNG BÁO" ("Nội, ngày 21 tháng 11
năm 2025 THÔNG BÁO", 0), and the title "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ" (1) and the enacting "CỤC
TRƯỞNG CỤC HẢI QUAN" (2) are paragraphs. The grounds follow one each (3-8; the Nghị định
167/2025/NĐ-CP line without "Căn cứ" is 5 of its own), then the application (9), "Cục Hải quan thông
báo ..." (10), section 1's heading (11), the trade name (12), the name by structure and use (13),
and the table cells "Ký, mã hiệu, chủng loại:", "CPX LED lighting", "Nhà sản xuất: SUHIL",
"ELECTRONIC VINA CO., LTD" one paragraph each (14-17, again 63-66). Section 2's and section 3's bold
headings glue to their first sentence (18, 54); the components are 19-24, the working 25-29, the use
30-35 (repeated as 57-62 in section 3), the weight 36, the specifications 37-52 (most label and
value lines apart, "+ Kích thước:" / "1190.5mm x 18.7mm x 1.6mm;"), the use by design 53, the
result's trade name and name 55-56; the classification, its Vietnamese full of bold markers inside
words ("b**á**n dẫn"), is two paragraphs broken inside the subheading's quotation (67 "thuộc nhóm
85.41 … phân nhóm “- Thiết bị bán dẫn", 68 "cảm quang, … mã số 8541.41.00 …"); "Thông báo này có
hiệu lực từ ngày ký." (69) and the closing (70) follow. The recipients list is cut after its first
line ("- Công ty Công ty TNHH Suhil Electronics" is meta.recipients), so its rest ("Vina (đ/c: …
tỉnh Đồng Nai);", the Deputy Director, Chi cục Kiểm định Hải quan, the regional branches, the
portal, "Lưu") is read as paragraphs 71-76, and the signature's note "Ghi chú: Kết quả xác định
trước mã số trên chỉ có giá trị …" is 77; nothing is cited from 71-77. The usage lines and "thấu
kính bằng nhựa trong suốt lắp phía trên chip" lie in two paragraphs, "điện phù hợp (thường là DC60V
hoặc thấp hơn)." and "nguồn điện, kiểm tra hoạt động của LED." occur twice, the specification lines
and the effect's two lines are under 30 characters, and the grounds' lines shared with tb-39305 and
tb-39693 (08/2015's first line, 38/2015's second, 14/2015's first two, both lines of 31/2022), "kết
quả xác định trước mã số như sau:", section 1's and 2's headings and "tại Danh mục hàng hóa xuất
khẩu, nhập khẩu Việt Nam." are in those notices, so none of them is cited and the specifications and
the date of effect are not asked; the code is cited by "hoặc thành bảng; đi-ốt phát quang (LED)”,"
of paragraph 68, the only line of it with no marker inside its words that lies in one paragraph and
in no other notice. qd-2639 is 44 paragraphs: the portal's summary above the text (its heading and
lead, the proposal and Điều 1 in one long line each, the 27 amounts, "Xem chi tiết …") is not a
paragraph, nor are header, number, place and date, "QUYẾT ĐỊNH", title (meta.title "VỀ VIỆC BỔ SUNG
CÓ MỤC TIÊU TỪ NGÂN SÁCH TRUNG ƯƠNG … (ĐỢT 2)"), the enacting "THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH:",
recipients (four) and signature; meta has issuer Thủ tướng Chính phủ, place, date and signer. The
nine grounds, in emphasis, one each (0-8, the Bộ Tài chính proposal 8), Điều 1-4 (9-12), the
appendix's "PHỤ LỤC" (13), title (14) and "Đơn vị: Triệu đồng" (15) follow; its "(Kèm theo …)" line
is dropped, the header row has the TỔNG row glued ("STT | Địa phương | Kinh phí hỗ trợ cho các địa
phương | TỔNG | 2.615.000", 16) and the 27 province rows are read by rows (17-43, "1 | TUYÊN QUANG |
152.100"). The rows' cells are lines under 30 characters, so no province's amount is cited or asked;
the summary repeats Điều 1's and the Bộ Tài chính ground's wording, so Điều 1's lines with the
amount, the source and the purpose's end and four lines of ground 8 occur twice in the file and are
not cited: Điều 1 is cited by "Điều 2 Nghị quyết số 196/2025/QH15 ngày" and "17 tháng 05 năm 2025
của Quốc hội để sửa chữa, …", the total and the 27 provinces lying in that paragraph but on no
citable line. Điều 3's "hiệu lực thi hành kể từ ngày ký." is in qd-1936, qd-2932, qd-3565 and
qd-3857 and the Luật Tổ chức chính quyền địa phương ground's second line in cv-17986, qd-2020,
qd-2638 and qd-3565, so neither is cited and the date of effect is not asked. qd-1383 is 106
paragraphs: header, number, place and date, "QUYẾT ĐỊNH", title (meta.title "VỀ VIỆC BAN HÀNH LỊCH
PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026 CỦA BỘ NỘI VỤ"), "BỘ TRƯỞNG BỘ NỘI VỤ", "QUYẾT ĐỊNH:",
recipients (seven) and signature are not paragraphs. The ten grounds, the proposal "Theo đề nghị của
Vụ trưởng Vụ Kế hoạch - Tài chính." included, are one each (0-9), Điều 1 (10) and Điều 2 (11)
follow, and Điều 3 is broken after its first word into "Điều 3. Chánh" (12) and the rest (13). The
calendar's capital title is dropped and its "(Ban hành kèm theo Quyết định số: 1383/QĐ-BNV …)" line
kept (14). Its table (five columns and "STT", a row "A | B | 1 | 2 | 3 | 4", row numbers in italics,
merged cells leaving rows 2, 5, 9-10, 12-16, 18-21, 23-26 and 28-29 without some of month, form or
unit) is not read by rows: the header cells are 15-19, "A" and "B" 20-21, and each row's cells are
paragraphs of their own or glued to a neighbour ("Cổng thông tin điện tử Bộ Nội vụ Vụ Chính quyền
địa phương" 25, "Số đại biểu Hội đồng nhân dân Chính thức" 26, "Sơ bộ Tháng 5/2025" 38, "Số lượng
văn bản đến Số lượng hồ sơ" 76, the sub-items of rows 23-26 one each) up to 104; the note "Ghi chú:
số liệu các chỉ tiêu thống kê được phổ biến là số liệu năm 2025 (tính đến hết ngày 31/12/2025)." is
105. Month and unit cells are mostly under 30 characters, "Cổng thông tin điện tử Bộ Nội vụ" occurs
eight times, "Cổng thông tin điện tử Cục Văn thư và Lưu trữ nhà nước" twice and its unit four times,
"Số doanh nghiệp hoạt động dịch" and "làm việc ở nước ngoài theo hợp đồng" twice, and "Cục Tiền
lương và Bảo hiểm xã hội" is in tb-624, so none is cited: the calendar's rows are cited by the line
of the statistic's name that has 30 characters or more (its paragraph apart from the month's), and
the owner rows also by the unit's line where it has ("Vụ Công tác thanh niên và Bình đẳng giới",
"Ban Thi đua - Khen thưởng Trung ương", "Cục Quản lý lao động ngoài nước"); the lines of the Nghị
định 94/2022/NĐ-CP ground repeated inside the 62/2024/NĐ-CP one and Điều 3's last line (in ten other
decisions of the corpus) are not cited either. The task reader reads no task in tb-37698 or qd-1383,
and in qd-2639 Điều 2 as a task of "Các địa phương" and Điều 4 as one of "Bộ Tài chính" and "Các địa
phương", without deadline; owner and deadline rows are labelled from the text. The customs notice
and the Prime Minister's decision state no date but "từ ngày ký", on lines that are not cited, so
all seven deadline rows are on the calendar's table, stating the unit and the month as the table
gives them, due null (a month, not a day) and deadline_text the month cell: the records-and-archives
guidance documents (Cục Văn thư và Lưu trữ nhà nước, "Tháng 6/2026"), the average wage of 2024 and
Q1/2025 (Cục Tiền lương và Bảo hiểm xã hội, "Tháng 3/2025"), the emulation movements (Ban Thi đua -
Khen thưởng Trung ương, preliminary, "Tháng 5/2025"), the workers under contract back from abroad
("Tháng 4/2025"), the workers granted unemployment benefit ("Tháng 6/2025") and the foreign workers
with a work permit ("Tháng 3/2025"), these three with lead empty as their unit cell is merged, and
the workers supported from the National Employment Fund (Cục Việc làm, "Tháng 3/2026"). The nine
owner rows ask who does what the text says: two on tb-37698 (the Customs Department determining the
code; Công ty TNHH Suhil Electronics Vina to know and implement it), three on qd-2639 (the
provinces' People's Committees deciding each commune's share; the same managing, using and settling
the money; Điều 4's implementers) and four on qd-1383 (the heads of the units assigned to release
statistics; Điều 3's implementers, the agencies, organisations and individuals concerned supporting;
Vụ Công tác thanh niên và Bình đẳng giới for the staff working on gender equality; Cục Quản lý lao
động ngoài nước for the enterprises sending workers abroad). Written by a helper from the documents'
text only (ingest.pipeline.parse_notice), without running the search engine, the answerer, the index
or any bench script, and naming none of the unanswerable subjects outside the file. 71 of the 82
evidence strings of the answerable non-twin rows (60 of 71 distinct: "17 tháng 05 năm 2025 của Quốc
hội để sửa chữa, …" and the application's "nghị xác định mã số số 01/CV …" serve three rows each)
lie in the three notices; the other 11 are links of crossref or precedent chains in qd-1486 (its
ground on Luật Tổ chức chính quyền địa phương 72/2025/QH15 of 16/6/2025), cv-39992 (Luật Hải quan
54/2014/QH13 of 23/6/2014), qd-2638 (Luật 56/2024/QH15 of 29/11/2024 amending the Securities,
Accounting … State Budget laws), tb-624 (two: item 17, Cục Tiền lương và Bảo hiểm xã hội's report on
the decree amending Nghị định 204/2004/NĐ-CP), cv-11208 (difficulties reported to the Ministry
through Vụ Kế hoạch - Tài chính), tb-39305 (its trade name, Magic The Gathering Commander Deck,
01/12/2025), cv-174 (two: Lào Cai's request of recurrent central funds to renovate commune offices,
for the Ministry of Finance) and cv-171 (two: its section on facilities, offices and public assets
for the communes), and six of those (cv-39992's, qd-2638's, cv-11208's, tb-39305's, and one each of
cv-174's and cv-171's) repeat an earlier evidence string verbatim. Every evidence string also
matches no paragraph or footnote of any other document, compared as written and folded. Checked by a
script kept outside the repository, as for the fourteenth set (evidence verbatim, once, on one line,
inside one ingested paragraph of the notice body, never the portal's summary, menus, header table,
title, recipients list, footnotes or related-documents panel; no question repeating an earlier one
after folding case, diacritics (đ -> d) and punctuation, checked by script only, without reading the
earlier questions; paraphrases checked word by word against their passages).
Frozen before its first score: sha256
ec68b0d43875fac011b012ccf8a239d51eeb9e798231df5ff5bfb09c7e2d5243.
Do not tune on it; run it once at the end.

Thirty-eighth held-out set (--labels bench/labels/questions_heldout38.jsonl), for the final
measurement: 70 questions an001-an070 (14 paraphrase, 13 content, 9 owner, 7 deadline, 5 crossref, 3
precedent, 8 no_diacritics each with an accented twin in the same file, 11 unanswerable: 5
off-topic, in the notices' vocabulary, and 6 near misses about matters the new notices discuss but
asking a fact they do not state, each confirmed absent from all 87 documents by searching their text
with and without diacritics), with the fourteenth set's fields, brief, writing and checks. It asks
about the three notices of bench/notices/ added for it, a Tax Department letter (5706/CT-CS of
03/12/2025, signed for the Director by Phạm Thị Minh Hiền, deputy head of the Policy and
International Tax Board) to Thuế thành phố Hà Nội and Công ty Cổ phần E.K.I.M, answering the city's
9172/HAN-KTr5 of 06/8/2025 and the company's 14/2025/CV-E.K.LM of 12/8/2025 and 15/2025/CV-E.K.LM of
19/9/2025 on VAT and invoices: from 01/7/2025 Luật Thuế GTGT 48/2024/QH15, Nghị định 181/2025/NĐ-CP
and Thông tư 69/2025/TT-BTC set the 0% rate, its conditions and the deduction and refund for exports
(digital content products included), before that Luật 31/2013/QH13, Nghị định 209/2013/NĐ-CP and
Thông tư 219/2013/TT-BTC, on which the Department (then the General Department of Taxation) had
answered in 5298/TCT-CS (2009), 536/TCT-CS (2018), 4300/TCT-CS (2019) and 5219/TCT-CS (2020), Thuế
TP. Hà Nội to compare the company's records with each period's rules; and, on the grounds of the
Telecommunications Law, Nghị định 147/2024/NĐ-CP, 52/2013/NĐ-CP on e-commerce, 51/2010/NĐ-CP, Thông
tư 39/2014/TT-BTC and khoản 1 and 4 Điều 9 of Nghị định 123/2020/NĐ-CP, after quoting the company's
terms of use (a card sale complete once the payment reaches its bank account and the customer opens
the order for the code), Thuế TP. Hà Nội to set the time of invoicing from the records, the
substance of the activity, the parties' terms under e-commerce law and their reconciliation; a
Government resolution (375/NQ-CP of 20/11/2025, signed by Deputy Prime Minister Hồ Đức Phớc) on the
draft National Assembly resolution amending Nghị quyết 136/2024/QH15 of 26/6/2024 on Đà Nẵng's urban
government and pilot special mechanisms, approving the draft of the Ministry of Finance's Tờ trình
843/TTr-BTC of 17/11/2025 and Báo cáo 660/BC-BTC of 20/11/2025 and the Government's submission once
finalised in line with it (Điều 1), the Minister of Finance, authorised by the Prime Minister,
signing the submission and asking the Standing Committee and the Assembly for the shortened
procedure, a place in the session's programme and adoption at the 10th session, and, on the
competent Party body's opinion on widening land recovery beyond Điều 79 of the Land Law, completing
the dossier and reporting and explaining (Điều 2), with the Minister and the heads of ministries and
agencies concerned implementing (Điều 3); and a Lai Châu People's Committee decision
(89/2025/QĐ-UBND of 28/11/2025, signed by Vice Chairman Tống Thanh Hải, on the proposal of the
Director of the Department of Home Affairs) decentralising to the chairpersons of commune-level
People's Committees the recruitment of public employees in the public service units under the
communes (after the province approves the recruitment plan), their reception into public employment
and the promotion of professional titles from grade V to IV, IV to III and III to II (after the
province approves the quota), with appointment up to grade II, none of it for units self-financing
their recurrent (and investment) spending (Điều 2); the chairpersons deploying it, the Department of
Home Affairs advising the province to guide and inspect, the province deciding directly where needed
(Điều 3), the communes reporting problems in writing to the Department (Điều 4), in force on
15/12/2025, with Điều 5's implementers (cv-5706-ct-2025.md, nq-375-cp-2025.md,
qd-89-ubnd-lc-2025.md), which no earlier set or rule was written from: every answerable row has
evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. cv-5706 is 24
paragraphs: the portal menu and header table, the addressees and recipients (six) and the signature
are not paragraphs, but the company's address under "Kính gửi" ("(Số 222 Lê Trọng Tấn - Phương Liệt
- Hà Nội)", 0) is, and is not cited; meta has number, issuer Cục Thuế, date, signer and the portal
caption's title ("Chính sách thuế giá trị gia tăng và hóa đơn"), its type read as "Chỉ thị" from
"CT-CS". The opening is 1, the headings "1. Về chính sách thuế giá trị gia tăng" (2) and "2. Về thời
điểm lập hóa đơn" (15) are paragraphs, the grounds one each (3-10, 16-20), "Căn cứ quy định trên:"
11, the rules from 01/7/2025 12, those before 13 with the earlier letters, the first request 14, the
quoted terms of use 21, the second request 22 and the closing 23. The grounds' first lines ("Căn cứ
Điều 9 Luật Thuế", "Căn cứ khoản 1 và khoản") and the headings' lines are under 30 characters, "thuế
suất 0%, điều kiện áp dụng thuế suất 0% và điều kiện khấu trừ, hoàn thuế đối" occurs twice, and the
opening's first line and a line of the Thông tư 69/2025/TT-BTC ground are in cv-5491, cv-5662 or
cv-5665, so none of them is cited; the Nghị định 181/2025/NĐ-CP ground's and the earlier letters'
lines are over 120 characters and the terms' lines carry emphasis markers ("*“khi", "coi **là"), so
they are cited by a part of them. nq-375 is 9 paragraphs: header, number, place and date, "NGHỊ
QUYẾT", title (meta.title "VỀ DỰ THẢO NGHỊ QUYẾT CỦA QUỐC HỘI SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ
QUYẾT SỐ 136/2024/QH15 …"), the enacting "CHÍNH PHỦ", "QUYẾT NGHỊ:", recipients (seven) and
signature are not paragraphs; the four grounds, the proposal and "Trên cơ sở kết quả lấy ý kiến của
các Thành viên Chính phủ," are one each (0-5), Điều 1-3 one each (6-8). Resolution 136's long name
is repeated in paragraphs 4, 6 and 7 with the same line breaks, and the proposal's "Tờ trình số
843/TTr-BTC … Báo cáo số 660/BC-BTC" is repeated in Điều 1, so those lines occur twice or lie in
several paragraphs and are not cited (the proposal is cited by its unrepeated lines, Điều 1 by its
"tại Tờ trình số 843/TTr-BTC" and "Báo cáo số 660/BC-BTC …" lines); the grounds on the Law on the
Organisation of the Government, the Law on the Organisation of Local Government and Nghị định
39/2022/NĐ-CP, Điều 2's last line and Điều 3's last line are in nq-377, nq-386, nq-393, qd-2609,
qd-2639 and other decisions, so none of them is cited; Điều 1's and Điều 2's first lines are cited
without their bold article numbers. qd-89 is 32 paragraphs: header, number, place and date, "QUYẾT
ĐỊNH", title (meta.title "PHÂN CẤP TUYỂN DỤNG VIÊN CHỨC, TIẾP NHẬN VÀO VIÊN CHỨC, THĂNG HẠNG …"),
recipients (thirteen) and signature are not paragraphs; the five grounds and the proposal are one
each (0-5), the enacting sentence "Ủy ban nhân dân tỉnh Lai Châu ban hành Quyết định …" 6, each
article heading a paragraph (7, 16, 23, 27, 29), the scope's and the subjects' sub-headings 8 and
10, the scope 9, the subjects a)-đ) 11-15, "1. Đối tượng được phân cấp: Chủ tịch UBND cấp xã." 17,
"2. Nội dung phân cấp:" 18 and its items a)-d) 19-22, Điều 3's clauses 24-26, Điều 4's text 28 and
Điều 5's clauses 30-31. The items' and clauses' first lines ("a) Chỉ đạo và tổ chức", "1. Chủ tịch
UBND cấp xã", "cấp: Chủ tịch UBND cấp xã.") are under 30 characters, so the decentralised office is
asked through the lines of the items and of Điều 3; the scope repeats the enacting sentence, so its
lines after the first occur two or three times and are not cited; the grounds on the Law on the
Organisation of Local Government 72/2025/QH15 and the Law on Legal Documents 64/2025/QH15 are in
qd-52 and not cited. The task reader reads no task in cv-5706, in nq-375 Điều 2 as a task of "Bộ Tài
chính" and Điều 3 as one of "Bộ Tài chính", "Các bộ, ngành" and "Các cơ quan, đơn vị", and in qd-89
Điều 3's clause 1 (as "Ủy ban nhân dân cấp xã"), clause 2 ("Sở Nội vụ") and Điều 5's clause 2,
without deadline; owner and deadline rows are labelled from the text. The letter and the resolution
set few owners or deadlines, so their rows ask who the text asks to act, the dates from which the
rules apply and the session named for adoption. Of the seven deadline rows, four are on qd-89 (in
force on 2025-12-15, its deadline_text "ngày 15 tháng 12 năm 2025"; the recruitment "sau khi có
quyết định phê duyệt kế hoạch tuyển dụng của UBND" and the promotion "sau khi có quyết định", due
null, the commune chairpersons leading; the communes' problems "kịp thời phản ánh bằng văn bản", due
null, the Department of Home Affairs supporting), one on nq-375 (the adoption "thông qua tại Kỳ họp
thứ 10", due null, the Minister of Finance leading) and two on cv-5706 ("Từ ngày 01/7/2025", due
2025-07-01; "Đối với giai đoạn trước ngày 01/7/2025", due null). The nine owner rows ask who does
what the text says: three on nq-375 (the Minister of Finance signing the submission; the same
completing the dossier and explaining; Điều 3's implementers), four on qd-89 (the Director of Home
Affairs advising on guidance and inspection; the provincial People's Committee deciding directly;
the commune chairpersons deploying the decision; Điều 5's implementers) and two on cv-5706 (Thuế TP.
Hà Nội comparing the records period by period; the same setting the time of invoicing). Written by a
helper from the documents' text only (ingest.pipeline.parse_notice), without running the search
engine, the answerer, the index or any bench script, and naming none of the unanswerable subjects
outside the file. 85 of the 93 evidence strings of the answerable non-twin rows (80 of 88 distinct:
five strings serve two rows each) lie in the three notices; the other 8 are links of crossref or
precedent chains in nq-386 (two: its ground on Luật 87/2025/QH15 of 25/6/2025 amending the Law on
Legal Documents 64/2025/QH15 of 19/2/2025), nq-393 (two: the Ministry of Home Affairs'
11344/BNV-CCVC on the draft Law on Public Employees, and its Minister signing the report), cv-5491
(two: Nghị định 70/2025/NĐ-CP amending Điều 4 of Nghị định 123/2020/NĐ-CP, and the bonus question
for Thuế tỉnh Ninh Bình of 25/11/2025), cv-5662 (the quoted khoản 25 Điều 3 of the Tax
Administration Law, substance over form) and qd-2932 (Lai Châu's Điều 1 on science and technology
procedures of 20/11/2025), and six of those (nq-386's Luật 87/2025/QH15 line, both of nq-393's,
cv-5491's Nghị định 70/2025/NĐ-CP line, cv-5662's and qd-2932's) repeat an earlier evidence string
verbatim. Every evidence string also matches no paragraph or footnote of any other document,
compared as written and folded. Checked by a script kept outside the repository, as for the
fourteenth set (evidence verbatim, once, on one line, inside one ingested paragraph of the notice
body, never the portal's summary, menus, header table, title, recipients list, footnotes or
related-documents panel; no question repeating an earlier one after folding case, diacritics
(đ -> d) and punctuation, checked by script only, without reading the earlier questions;
paraphrases checked word by word against their passages).
Frozen before its first score: sha256
cedfe3a7b4fa4fa946e9d13093f2403e126889e0c723a65d4c19b51c1a43aba1.
Do not tune on it; run it once at the end.

Thirty-ninth held-out set (--labels bench/labels/questions_heldout39.jsonl), for the final
measurement: 70 questions ao001-ao070 with the fourteenth set's category counts (14 paraphrase, 13
content, 9 owner, 7 deadline, 5 crossref, 3 precedent, 8 no_diacritics each with an accented twin in
the same file, 11 unanswerable: 5 off-topic in the notices' vocabulary and 6 near misses asking what
the new notices do not state, each confirmed absent from all 90 documents by searching their text
with and without diacritics), fields, writing and checks. It asks about the three notices of
bench/notices/ added for it (nq-80-hdnd-hn-2025.md, tb-37689-chq-2025.md, qd-98-ubnd-qn-2025.md),
which no earlier set or rule was written from: the Hà Nội People's Council's resolution
80/2025/NQ-HĐND of 27/11/2025 (4,960,000 đồng a month for each commune-level police officer, the
higher benefit where Resolution 38/2024/NQ-HĐND also applies, funded from the city budget through the
city police; repealing 13/2024/NQ-HĐND and a phrase of 38/2024; the People's Committee implementing,
the Council's standing committee, boards and deputies supervising, the Fatherland Front joining), a
Customs Department advance tariff-code ruling (37689/TB-CHQ of 21/11/2025, for Công ty TNHH Công
nghiệp Vàng Anh's request LOR2025/01 of 10/10/2025: the Kester 275 flux-cored solder wire classed
under heading 71.06, code 7106.92.00, valid only for the applicant) and Quảng Ninh's decision
98/2025/QĐ-UBND of 21/11/2025 decentralising who decides the standards for specialised floor areas
(departments and units of the province and the communes, health and education to their departments,
replacing decisions 58/2024 and 59/2024, in force on 01/12/2025). Every answerable row has evidence in
one of them and together the rows cite all three; only crossref and precedent rows spanning several
documents (doc "*") also cite another document of the corpus. Written by a helper from the documents'
text only (ingest.pipeline.parse_notice and the raw files), without running the search engine, the
answerer, the index or any bench script; the earlier files were read only for their format and to
avoid their questions. Checked by a script kept outside the repository (evidence 30-120 characters,
verbatim, once, on one line, inside one ingested paragraph; no question repeating an earlier one after
folding case, diacritics and punctuation; the closest pairs by word overlap reviewed by hand). The
ruling's tariff code is wrapped in emphasis markers in the source, so its rows cite the neighbouring
text of the same paragraphs; its goods description is printed twice, so little of it could be cited.
Frozen before its first score: sha256
c4f0db128af13af06d7a6151329100d22d178bee8ba622c630190139f99cbc97.
Do not tune on it; run it once at the end.

Fortieth held-out set (--labels bench/labels/questions_heldout40.jsonl), for the final measurement:
70 questions ap001-ap070 with the fourteenth set's category counts, fields, writing and checks (the 11
unanswerable ones confirmed absent from all 93 documents by searching their text with and without
diacritics). It asks about the three notices of bench/notices/ added for it (cv-5485-ct-2025.md,
qd-84-ubnd-ht-2025.md, nq-21-hdnd-vl-2025.md), which no earlier set or rule was written from: the Tax
Department's letter 5485/CT-CS of 25/11/2025 to Thuế tỉnh Vĩnh Long on refunding VAT for an investment
project (a separate declaration for the project, offsetting against the business's own VAT, the
300-million threshold, the province's two options faulted for not choosing one, the case left to the
province on the firm's records), Hà Tĩnh's decision 84/2025/QĐ-UBND of 02/12/2025 repealing decisions
10/2016/QĐ-UBND and 14/2022/QĐ-UBND on its Department of Foreign Affairs (proposed by that
department, reviewed by the Department of Justice, in force on signing) and the Vĩnh Long People's
Council's resolution 21/2025/NQ-HĐND of 18/11/2025 (160,000 đồng a month for each pre-school child of
workers at private or people-founded schools where many labourers work, at most nine months a school
year, and 800,000 đồng a month for each teacher there; conditions and procedure after Decree
105/2020/NĐ-CP; in force on 28/11/2025). Every answerable row has evidence in one of them and together
the rows cite all three; only crossref and precedent rows spanning several documents (doc "*") also cite
another document of the corpus. Written by a helper from the documents' text only, as for the
thirty-ninth set, and checked by the same kind of script. Frozen before its first score: sha256
b960271bfc8f5d9d82910f83ab682fc22990ca4cf4e5cb1cac64043bcda46dc1.
Do not tune on it; run it once at the end.

Forty-first held-out set (--labels bench/labels/questions_heldout41.jsonl), for the final measurement:
70 questions aq001-aq070 with the fourteenth set's category counts, fields, writing and checks (the 11
unanswerable ones confirmed absent from all 96 documents by searching their text with and without
diacritics). It asks about the three notices of bench/notices/ added for it (qd-100-ubnd-pt-2025.md,
cv-5615-ct-2025.md, qd-38-ubnd-ct-2025.md), which no earlier set or rule was written from: Phú Thọ's
decision 100/2025/QĐ-UBND of 15/11/2025 on the opening hours of Internet agents and public access points
offering no electronic games (7:00 to 22:00; points in hotels, cafés and stations keep the venue's hours;
proposed by the Department of Culture, Sports and Tourism; in force on 01/12/2025; replacing decisions of
the former Hòa Bình and Vĩnh Phúc provinces and its own of 2014), the Tax Department's letter 5615/CT-CS
of 28/11/2025 to Thuế thành phố Hồ Chí Minh on declaring the exemptions of Resolution 98/2023/QH15 for
innovation and start-ups (form 03/TNDN's indicator [C2], the missing indicator on the capital-transfer
return, to be added with the circular under the amended Law on Tax Administration) and Cần Thơ's decision
38/2025/QĐ-UBND of 20/11/2025 decentralising to its Department of Industry and Trade the certificates of
origin, self-certification approvals, transit permits and drone import permits (the last after the
written agreement of the Ministries of Defence and Public Security; in force on 05/12/2025). Every
answerable row has evidence in one of them and together the rows cite all three; only crossref and
precedent rows spanning several documents (doc "*") also cite another document of the corpus. Written
by a helper from the documents' text only, as for the fortieth set, and checked by the same kind of
script. Frozen before its first score: sha256
bfd68d3164068acbc0969753c6c2a5b0739ffa7eea16c1c1830732ee0016c4a4.
Do not tune on it; run it once at the end.

Forty-second held-out set (--labels bench/labels/questions_heldout42.jsonl), for the final measurement:
70 questions ar001-ar070 with the fourteenth set's category counts, fields, writing and checks (the 11
unanswerable ones confirmed absent from all 99 documents by searching their text with and without
diacritics). It asks about the three notices of bench/notices/ added for it (qd-97-ubnd-qn-2025.md,
nq-82-hdnd-hn-2025.md, cv-5348-ct-2025.md), which no earlier set or rule was written from: Quảng Ninh's
decision 97/2025/QĐ-UBND of 20/11/2025 amending the rules on compensation, support and resettlement
issued with decision 40/2024/QĐ-UBND (houses under high-voltage lines, lump sums by ward and commune,
monthly rent support, support amounts decided by commune People's Committees; proposed by the
Department of Agriculture and Environment; in force on 01/12/2025), the Hà Nội People's Council's
resolution 82/2025/NQ-HĐND of 27/11/2025 on the spending items, rates and support periods for the
elections of the 16th National Assembly and the 2026-2031 People's Councils (an appendix of rates for
the city and the communes; in force on signing) and the Tax Department's letter 5348/CT-CS of
20/11/2025 to Thuế tỉnh Quảng Trị on charter-capital contributions and VAT refunds for investment
projects. Every answerable row has evidence in one of them and together the rows cite all three; only
crossref and precedent rows spanning several documents (doc "*") also cite another document of the
corpus. Written by a helper from the documents' text only, as for the forty-first set, and checked by
the same kind of script. Frozen before its first score: sha256
1f0e35a8586f5f08ee378b6b540869fefa4dd69761c27577f35017762bff0ea7.
Do not tune on it; run it once at the end.

Forty-third held-out set (--labels bench/labels/questions_heldout43.jsonl), for the final measurement:
70 questions as001-as070 with the fourteenth set's category counts, fields, writing and checks (the 11
unanswerable ones confirmed absent from all 102 documents by searching their text with and without
diacritics). It asks about the three notices of bench/notices/ added for it (nq-75-hdnd-hn-2025.md,
cv-5347-ct-2025.md, qd-2512-ubnd-ls-2025.md), which no earlier set or rule was written from: the Hà Nội
People's Council's resolution 75/2025/NQ-HĐND of 27/11/2025 on the allowances and workday subsidies of
the militia (the monthly allowance of village and ward militia leaders, the daily subsidy and its 50%
increase for dangerous duties; replacing resolution 61/2021/NQ-HĐND; in force on signing), the Tax
Department's letter 5347/CT-CS of 20/11/2025 to Thuế tỉnh Nghệ An on exempting or reducing land-use fees
for people with revolutionary merits (once per household, within the residential-land quota set by the
province) and the Lạng Sơn People's Committee Chairman's decision 2512/QĐ-UBND of 21/11/2025 publishing
one added procedure in geology and minerals (recognising mineral exploration results: its time limits,
where and how it is filed, its legal grounds). Every answerable row has evidence in one of them and
together the rows cite all three; only crossref and precedent rows spanning several documents (doc "*")
also cite another document of the corpus. Written by a helper from the documents' text only, as for the
forty-second set, and checked by the same kind of script. Frozen before its first score: sha256
7bfb6df47630e2d1046b5b350db7bc66329f80c5a44e5cc251869597f30aca86.
Do not tune on it; run it once at the end.

Forty-fourth held-out set (--labels bench/labels/questions_heldout44.jsonl), for the final measurement:
70 questions at001-at070 with the fourteenth set's category counts, fields, writing and checks (the 11
unanswerable ones confirmed absent from all 105 documents by searching their text with and without
diacritics). It asks about the three notices of bench/notices/ added for it (nq-58-hdnd-hn-2025.md,
tb-37416-chq-2025.md, qd-2666-ubnd-ct-2025.md), which no earlier set or rule was written from: the Hà Nội
People's Council's resolution 58/2025/NQ-HĐND of 27/11/2025 on the tuition fees of high-quality public
preschools and general schools and of the schools founded by universities, colleges and research
institutes for the 2025-2026 school year (online and in-person rates, at most nine months a year, an
appendix of fees by school and grade), the Customs Department's notice 37416/TB-CHQ of 21/11/2025 on the
advance determination of the tariff code of the health supplement PREGNAVIE COMPLETE, and the Cần Thơ
People's Committee's decision 2666/QĐ-UBND of 26/11/2025 publishing the amended and abolished procedures
for certificates of bidding expertise. Every answerable row has evidence in one of them and together the
rows cite all three; only crossref and precedent rows spanning several documents (doc "*") also cite
another document of the corpus. Written by a helper from the documents' text only, as for the
forty-third set, and checked by the same kind of script. Frozen before its first score: sha256
dd2514f4185b82f81452329b88a2a6f6e0462172217db048c32b6bd72729185c.
Do not tune on it; run it once at the end.

Forty-fifth held-out set (--labels bench/labels/questions_heldout45.jsonl), for the final measurement:
70 questions au001-au070 with the fourteenth set's category counts, fields, writing and checks (the 11
unanswerable ones confirmed absent from all 108 documents by searching their text with and without
diacritics). It asks about the three notices of bench/notices/ added for it (nq-51-hdnd-hn-2025.md,
qd-35-ubnd-ct-2025.md, nq-08-cp-2025.md), which no earlier set or rule was written from: the Hà Nội
People's Council's resolution 51/2025/NQ-HĐND of 26/11/2025 on the staffing of and allowances for the
livestock and veterinary workers of communes and wards (how many per commune or ward, the allowance by
degree, who manages them, in force from 01/01/2026), the Cần Thơ People's Committee's decision
35/2025/QĐ-UBND of 17/11/2025 listing the city's special fixed assets and the depreciation periods and
rates of its intangible ones (appendices of asset kinds grouped "Loại 1" to "Loại 4"), and the
Government's resolution 08/2025/NQ-CP of 26/11/2025 letting eligible Vietnamese people play at the
casinos of certain projects (where, for how long the pilot runs, who does what). Every answerable row
has evidence in one of them and together the rows cite all three; only crossref and precedent rows
spanning several documents (doc "*") also cite another document of the corpus. Written by a helper from
the documents' text only, as for the forty-fourth set, and checked by the same kind of script. Frozen
before its first score: sha256 17300e12822281d6026d536f2cea5bcb42ab7a707fd2ff02f9f829ef093904c7.
Do not tune on it; run it once at the end.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.embedder import TextEmbedder, load_embedder  # noqa: E402
from index.library import NoticeLibrary  # noqa: E402
from ingest.pipeline import iter_notice_files  # noqa: E402
from ingest.settings import Settings  # noqa: E402
from service.answer import Answerer  # noqa: E402

LABELS = REPO / "bench" / "labels" / "questions.jsonl"
# The demo samples, plus portal pages of Government notices kept for the benchmark only
# (bench/NOTICES.md): later question sets ask about passages no rule was written from.
SAMPLES = [REPO / "samples" / "notices", REPO / "samples" / "docx", REPO / "samples" / "pdf", REPO / "bench" / "notices"]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def strip_diacritics(text: str) -> str:
    """What a user typing without Vietnamese input gets: accents gone, đ → d, case kept."""
    return "".join(
        c if c.isascii() else ("D" if c == "Đ" else "d" if c == "đ" else unicodedata.normalize("NFD", c)[0])
        for c in text
    )


def load_questions(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def first_relevant(texts: list[str], evidence: list[str]) -> int | None:
    wanted = [squash(e) for e in evidence]
    for rank, text in enumerate(texts, 1):
        body = squash(text)
        if any(w in body for w in wanted):
            return rank
    return None


class LangChainBaseline:
    """What a plain LangChain RAG tutorial would build: fixed-size chunks, Chroma similarity search."""

    def __init__(self, embedder: TextEmbedder, files: list[Path], workdir: Path) -> None:
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_core.embeddings import Embeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from ingest.readers import read_path

        class E5Embeddings(Embeddings):
            def embed_documents(self, texts: list[str]) -> list[list[float]]:
                return embedder.embed_passages(texts).tolist()

            def embed_query(self, text: str) -> list[float]:
                return embedder.embed_query(text).tolist()

        splitter = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=100)
        docs = []
        for path in files:
            try:
                source = read_path(path)
            except Exception:  # the baseline simply skips what it cannot read
                continue
            text = "\n\n".join(page.text for page in source.pages)
            docs += [Document(page_content=c, metadata={"source": path.name}) for c in splitter.split_text(text)]
        self.store = Chroma(
            collection_name="baseline", embedding_function=E5Embeddings(), persist_directory=str(workdir)
        )
        self.store.add_documents(docs)
        self.chunks = len(docs)

    def search(self, query: str, k: int) -> list[str]:
        return [d.page_content for d in self.store.similarity_search(query, k=k)]


def evaluate(name: str, run: Callable[[str], list[str]], questions: list[dict]) -> dict:
    ranks: list[int | None] = []
    latencies: list[float] = []
    by_category: dict[str, list[int | None]] = defaultdict(list)
    for q in questions:
        start = time.perf_counter()
        texts = run(q["question"])
        latencies.append((time.perf_counter() - start) * 1000)
        rank = first_relevant(texts, q["evidence"])
        ranks.append(rank)
        by_category[q["category"]].append(rank)
    return {"name": name, **metrics(ranks), "latencies": latencies, "by_category": {c: metrics(r) for c, r in by_category.items()}}


def metrics(ranks: list[int | None]) -> dict:
    n = len(ranks) or 1
    return {
        "n": len(ranks),
        "r1": sum(1 for r in ranks if r == 1) / n,
        "r5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r is not None) / n,
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> int:
    # The docstring's first two paragraphs; the rest records how each question set was written.
    parser = argparse.ArgumentParser(
        description="\n\n".join(__doc__.split("\n\n")[:2]), formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model-dir", type=Path, default=Settings().resolved_model_dir)
    parser.add_argument("--misses", action="store_true", help="list the questions ours ranks badly")
    parser.add_argument("--labels", type=Path, default=LABELS, help="question file (default: questions.jsonl)")
    args = parser.parse_args()

    questions = load_questions(args.labels)
    answerable = [q for q in questions if q["category"] != "unanswerable"]
    unanswerable = [q for q in questions if q["category"] == "unanswerable"]
    files = iter_notice_files(SAMPLES)
    embedder = load_embedder(args.model_dir)

    with tempfile.TemporaryDirectory() as tmp:
        library = NoticeLibrary.open(Settings(data_dir=Path(tmp) / "data", model_dir=args.model_dir), embedder)
        start = time.perf_counter()
        for path in files:
            library.add_file(path)
        ingest_s = time.perf_counter() - start
        notices, paragraphs = library.counts()
        engine = library.search_engine
        engine.refresh()
        text_of = lambda pids: [engine.paragraphs[p].paragraph.text for p in pids]  # noqa: E731
        baseline = LangChainBaseline(embedder, files, Path(tmp) / "baseline")

        runs = [
            evaluate("hybrid (ours)", lambda q: text_of([r.paragraph_id for r in engine.rank(q, 10)]), answerable),
            evaluate("lexical only (BM25)", lambda q: text_of(engine.lexical_only(q, 10)), answerable),
            evaluate("dense only (E5)", lambda q: text_of(engine.dense_only(q, 10)), answerable),
            evaluate("LangChain baseline", lambda q: baseline.search(q, 10), answerable),
        ]

        # The same intent typed with and without diacritics should rank alike.
        by_id = {q["id"]: q for q in questions}
        pairs = [(q, by_id[q["accented_of"]]) for q in answerable if q.get("accented_of") in by_id]
        plain = evaluate("plain", lambda q: text_of([r.paragraph_id for r in engine.rank(q, 10)]), [p for p, _ in pairs])
        accented = evaluate("accented", lambda q: text_of([r.paragraph_id for r in engine.rank(q, 10)]), [a for _, a in pairs])
        stripped_questions = [{**q, "question": strip_diacritics(q["question"])} for q in answerable]
        stripped = evaluate("stripped", lambda q: text_of([r.paragraph_id for r in engine.rank(q, 10)]), stripped_questions)

        answerer = Answerer(library)
        answered = [answerer.ask(q["question"]).found for q in answerable]
        refused = [not answerer.ask(q["question"]).found for q in unanswerable]

        print(f"corpus: {len(files)} files → {notices} notices, {paragraphs} paragraphs "
              f"(baseline: {baseline.chunks} chunks); ingest {ingest_s:.1f} s")
        print(f"questions: {len(answerable)} answerable, {len(unanswerable)} unanswerable\n")
        print("| retriever | recall@1 | recall@5 | MRR | p50 ms | p95 ms |")
        print("|---|---|---|---|---|---|")
        for r in runs:
            print(f"| {r['name']} | {r['r1']:.3f} | {r['r5']:.3f} | {r['mrr']:.3f} | "
                  f"{statistics.median(r['latencies']):.0f} | {percentile(r['latencies'], 0.95):.0f} |")
        print("\nMRR by question category:\n")
        categories = sorted(runs[0]["by_category"])
        print("| category | n | " + " | ".join(r["name"] for r in runs) + " |")
        print("|---|---|" + "---|" * len(runs))
        for c in categories:
            cells = " | ".join(f"{r['by_category'][c]['mrr']:.3f}" for r in runs)
            print(f"| {c} | {runs[0]['by_category'][c]['n']} | {cells} |")
        print("\nDiacritics: the same questions typed without them (ours):\n")
        print("| set | n | recall@1 | recall@5 | MRR |")
        print("|---|---|---|---|---|")
        for name, r in [("accented originals of the paired questions", accented),
                        ("hand-typed without diacritics (pairs)", plain),
                        ("all answerable questions as written", runs[0]),
                        ("all answerable questions, diacritics stripped", stripped)]:
            print(f"| {name} | {r['n']} | {r['r1']:.3f} | {r['r5']:.3f} | {r['mrr']:.3f} |")
        print("\n/ask abstention:\n")
        print("| set | n | correct |")
        print("|---|---|---|")
        print(f"| answerable → found | {len(answered)} | {sum(answered) / max(1, len(answered)):.3f} |")
        print(f"| unanswerable → found=false | {len(refused)} | {sum(refused) / max(1, len(refused)):.3f} |")

        if args.misses:
            print("\nquestions ours does not rank first:")
            for q in answerable:
                ranked = text_of([r.paragraph_id for r in engine.rank(q["question"], 10)])
                rank = first_relevant(ranked, q["evidence"])
                if rank != 1:
                    print(f"  [{q['id']} {q['category']}] rank={rank} {q['question']}")
            for q, ok in zip(unanswerable, refused):
                if not ok:
                    print(f"  [{q['id']} unanswerable, answered] {q['question']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
