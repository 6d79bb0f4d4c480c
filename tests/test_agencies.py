"""Agency names: abbreviations, case, OCR damage, enumerations, groups, province-scoped ids."""

from __future__ import annotations

import json

import pytest

from ingest.agencies import DATA_PATH, Stream, agency_id, canonical_agency, is_issuer, load_registry, split_agencies

KHDT = "Sở Kế hoạch và Đầu tư"
NN = "Sở Nông nghiệp và Phát triển nông thôn"


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Sở KH&ĐT", KHDT),
        ("Sở KHĐT", KHDT),
        ("Sở KH & ĐT", KHDT),
        ("Sở NN&PTNT", NN),
        ("Sở Nông nghiệp và PTNT", NN),
        ("Sở Nông nghiệp và Phát triển Nông thôn", NN),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("Sở GTVT", "Sở Giao thông vận tải"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Lao động Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
        ("BQL Khu kinh tế", "Ban Quản lý Khu kinh tế"),
        ("Ban QLDA", "Ban Quản lý dự án"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("UBND huyện Mường Khương", "Ủy ban nhân dân huyện Mường Khương"),
        ("UBND TP Hạ Long", "Ủy ban nhân dân thành phố Hạ Long"),
        ("thị xã Sa Pa", "Ủy ban nhân dân thị xã Sa Pa"),
    ],
)
def test_abbreviations_expand_to_one_canonical_name(raw: str, canonical: str) -> None:
    assert canonical_agency(raw) == canonical


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Sở Công thương", "Sở Công Thương"),
        ("SỞ XÂY DỰNG", "Sở Xây dựng"),
        ("Sở Giao thông Vận tải", "Sở Giao thông vận tải"),
        ("Cục thuế tỉnh", "Cục Thuế"),
        ("Cục Thuế", "Cục Thuế"),
        ("Công an tỉnh Lâm Đồng", "Công an tỉnh"),
        ("Sở Kế hoạch và Đầu tư tỉnh Lào Cai", KHDT),
        ("Giám đốc Sở Y tế", "Sở Y tế"),
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
    ],
)
def test_case_province_suffix_and_roles_do_not_change_the_name(raw: str, canonical: str) -> None:
    assert canonical_agency(raw) == canonical


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Sở Kể hoạch và Đầu", KHDT),  # seed 004: a wrong tone mark and the last word lost
        ("Sở Kế hoạcn và Đầu tư", KHDT),  # a letter misread
        ("Sở Tài nguyên và Môi trưòng", "Sở Tài nguyên và Môi trường"),
        ("Sở Giáo dục và Đào tao", "Sở Giáo dục và Đào tạo"),
    ],
)
def test_ocr_damage_is_tolerated(raw: str, canonical: str) -> None:
    assert canonical_agency(raw) == canonical


def test_close_names_stay_apart() -> None:
    assert canonical_agency("Sở Nội vụ") == "Sở Nội vụ"
    assert canonical_agency("Sở Ngoại vụ") == "Sở Ngoại vụ"
    assert canonical_agency("Sở Văn hóa và Thể thao") == "Sở Văn hóa và Thể thao"
    assert canonical_agency("Sở Văn hóa, Thể thao và Du lịch") == "Sở Văn hóa, Thể thao và Du lịch"
    assert canonical_agency("Bộ đội Biên phòng tỉnh") == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"


def test_text_that_names_no_agency_gives_none() -> None:
    assert canonical_agency("tăng cường công tác kiểm tra") is None
    assert canonical_agency("") is None


def test_unknown_body_with_a_known_head_word_keeps_its_name() -> None:
    assert canonical_agency("Trung tâm Y tế huyện Bát Xát") == "Trung tâm Y tế huyện Bát Xát"


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Các Sở: Kế hoạch và Đầu tư, Nông nghiệp và PTNT báo cáo", [KHDT, NN]),
        (
            "Các Sở: Kế hoạch và Đầu tư, Tài chính, Xây dựng, Tài nguyên và Môi trường chủ động",
            [KHDT, "Sở Tài chính", "Sở Xây dựng", "Sở Tài nguyên và Môi trường"],
        ),
        (
            "UBND các xã: A Mú Sung, Y Tý và Trịnh Tường chủ động",
            ["Ủy ban nhân dân xã A Mú Sung", "Ủy ban nhân dân xã Y Tý", "Ủy ban nhân dân xã Trịnh Tường"],
        ),
        ("UBND các huyện: Bắc Hà, Si Ma Cai", ["Ủy ban nhân dân huyện Bắc Hà", "Ủy ban nhân dân huyện Si Ma Cai"]),
        ("Sở Y tế, Sở GD&ĐT và Công an tỉnh", ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Công an tỉnh"]),
    ],
)
def test_enumerations_split_into_agencies(raw: str, names: list[str]) -> None:
    assert split_agencies(raw) == names


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("các sở, ban, ngành", ["Các sở, ban, ngành"]),
        ("các sở ngành địa phương", ["Các sở, ban, ngành", "Các địa phương"]),
        ("UBND các huyện, thị xã, thành phố", ["Ủy ban nhân dân cấp huyện"]),
        ("Ủy ban nhân dân các xã, phường, đặc khu", ["Ủy ban nhân dân cấp xã"]),
        ("UBND cấp huyện", ["Ủy ban nhân dân cấp huyện"]),
        ("các cơ quan, đơn vị có liên quan", ["Các cơ quan, đơn vị"]),
        ("Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các huyện", ["Các cơ quan, đơn vị", "Ủy ban nhân dân cấp huyện"]),
        ("các địa phương, nhất là huyện Bát Xát", ["Các địa phương", "Ủy ban nhân dân huyện Bát Xát"]),
        ("Các chủ đầu tư, Ban QLDA", ["Các chủ đầu tư", "Ban Quản lý dự án"]),
        ("các bộ, ngành, địa phương", ["Các bộ, ngành", "Các địa phương"]),
    ],
)
def test_generic_groups_have_canonical_names(raw: str, names: list[str]) -> None:
    assert split_agencies(raw) == names


def test_issuers_are_recognised_and_dropped_from_lists_unless_asked() -> None:
    assert is_issuer("Ủy ban nhân dân tỉnh")
    assert not is_issuer("Sở Xây dựng")
    assert split_agencies("Thường trực UBND tỉnh, lãnh đạo các sở, ban, ngành") == ["Các sở, ban, ngành"]
    assert "Thường trực Ủy ban nhân dân tỉnh" in split_agencies("Thường trực UBND tỉnh, Sở Y tế", keep_issuers=True)


def test_agency_ids_are_scoped_to_the_province() -> None:
    assert agency_id("Sở Xây dựng", "Lào Cai") == "lao-cai/so-xay-dung"
    assert agency_id("Sở Xây dựng", "Lạng Sơn") == "lang-son/so-xay-dung"
    assert agency_id("Sở XD", "tỉnh Lào Cai") == "lao-cai/so-xay-dung"
    assert agency_id("Sở NN&PTNT", "Lai Châu") == agency_id(NN, "Lai Châu")
    assert canonical_agency("Sở XD") == canonical_agency("Sở Xây dựng")


def test_national_bodies_and_unknown_provinces() -> None:
    assert agency_id("Bộ Y tế", "Lào Cai") == agency_id("Bộ Y tế", "Lạng Sơn") == "vn/bo-y-te"
    assert agency_id("Sở Y tế", None) == "unknown/so-y-te"


def test_every_alias_in_the_registry_resolves_to_its_entry() -> None:
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    wrong = []
    for item in data["agencies"]:
        for alias in [item["name"], *item.get("aliases", [])]:
            if canonical_agency(alias) != item["name"]:
                wrong.append((alias, canonical_agency(alias), item["name"]))
    assert wrong == []


def test_registry_holds_post_2025_names_and_merges_as_data() -> None:
    registry = load_registry()
    assert "Sở Nông nghiệp và Môi trường" in registry.entries
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    merged = {i["name"]: i.get("merged_into") for i in data["agencies"]}
    assert merged["Sở Kế hoạch và Đầu tư"] == "Sở Tài chính"


# --- national and ministry documents --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        # Ministers, heads of ministry-level agencies: a role with no body after it names its group.
        ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ", ["Các bộ, ngành"]),
        ("Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", ["Các bộ, ngành"]),
        ("Bộ trưởng Bộ Y tế", ["Bộ Y tế"]),  # a role before its own body names only that body
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", ["Các địa phương"]),
        ("UBND các tỉnh/thành phố", ["Các địa phương"]),
        # Roles may be chained before the bodies they head.
        ("Chủ tịch Hội đồng thành viên, Tổng giám đốc các tập đoàn, tổng công ty nhà nước", ["Các tập đoàn, tổng công ty"]),
        ("Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ", ["Các cơ quan, đơn vị"]),
        ("các đơn vị, trường học trực thuộc", ["Các cơ quan, đơn vị", "Các cơ sở giáo dục"]),
        ("các cơ sở giáo dục mầm non", ["Các cơ sở giáo dục"]),
        # Branches of one body at one level.
        ("Công an các xã, phường", ["Công an cấp xã"]),
        ("Công an phường, xã, đặc khu", ["Công an cấp xã"]),
        # "UBND các tỉnh: A, B" enumerates People's Committees; a centrally governed city keeps its title.
        ("UBND các tỉnh: Sơn La, Điện Biên", ["Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Điện Biên"]),
        ("UBND các tỉnh, thành phố: Cần Thơ, Vĩnh Long", ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh Vĩnh Long"]),
        ("Vụ trưởng các Vụ: Pháp chế, Kế hoạch tài chính", ["Vụ Pháp chế", "Vụ Kế hoạch tài chính"]),
    ],
)
def test_national_groups_roles_and_enumerations(raw: str, names: list[str]) -> None:
    assert split_agencies(raw) == names


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("các trường hợp còn lại", []),  # cases, not schools
        ("các số liệu thống kê", []),  # "số" folds like "sở"
        ("Thủ trưởng cơ quan thẩm định", []),  # one body's head, not every agency
        ("các Huyện ủy, Thị ủy", []),  # party committees, not People's Committees
        ("Giám đốc Sở chỉ đạo", []),  # the speaker's own department
    ],
)
def test_words_that_only_look_like_groups(raw: str, names: list[str]) -> None:
    assert split_agencies(raw) == names


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        # The capital city's own police is the province-level police; a provincial city's is not.
        ("Công an Thành phố", "Công an tỉnh"),
        ("Công an thành phố Cần Thơ", "Công an tỉnh"),
        ("Sở Y tế Thành phố", "Sở Y tế"),
        ("Ủy ban nhân dân Thành phố", "Ủy ban nhân dân tỉnh"),
        ("Thuế thành phố Hà Nội", "Cục Thuế"),
        ("Thường trực Hội đồng nhân dân Thành phố", "Thường trực Hội đồng nhân dân tỉnh"),
        # Named in full, the committee is the city's own, not the bare "UBND" plus a place.
        ("Ủy ban nhân dân Thành phố Đà Nẵng", "Ủy ban nhân dân Thành phố Đà Nẵng"),
    ],
)
def test_city_level_bodies_of_a_centrally_governed_city(raw: str, name: str) -> None:
    assert canonical_agency(raw) == name


def test_a_provincial_city_body_is_not_the_province_body() -> None:
    assert split_agencies("Công an thành phố Pleiku chủ trì") == ["Công an thành phố Pleiku"]


@pytest.mark.parametrize(
    "name",
    [
        "Đài tiếng nói Nhân dân Thành phố Hồ Chí Minh",  # lower-case words after the head word
        "Tập đoàn Điện lực - Viễn thông Miền Trung",  # a dash inside the name is kept
        "Cục Quản lý các khu bảo tồn Quốc gia",  # "các" inside a name, before a capital
        "Vụ Tổ chức, Pháp chế",  # a comma inside the name
        "Cục Phát thanh Truyền hình và Thông tin điện tử",
        "Viện Chiến lược phát triển",
        "Ủy ban Giám sát tài chính Quốc gia",  # a longer name, not an OCR-damaged "Ủy ban tỉnh"
        "Đảng uỷ Quốc hội",  # a Party committee, owner of tasks in a Party notice
        "Đảng uỷ Công an Trung ương",
        "Tiểu ban giúp việc Ban Chỉ đạo 934",  # named by the body it serves
    ],
)
def test_unknown_names_keep_their_lower_case_words(name: str) -> None:
    assert split_agencies(f"{name} và Bộ Tài chính chủ trì") == [name, "Bộ Tài chính"]


def test_a_party_committee_ends_before_its_verb() -> None:
    assert split_agencies("Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ") == ["Đảng uỷ Chính phủ"]


def test_an_abbreviation_inside_an_unknown_name_is_expanded_whole() -> None:
    assert split_agencies("Trung tâm Thông tin VHTTDL chủ trì") == ["Trung tâm Thông tin Văn hóa, Thể thao và Du lịch"]


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Trung ương lần thứ 12",  # a meeting, not a body
        "Ban hành Kế hoạch triển khai",  # a verb after a head word
        "Viễn thông Quân đội",  # folds like "Viện", but is not the head word
        "Vũ Văn Minh chủ trì",  # a surname that folds like "Vụ"
    ],
)
def test_head_words_that_start_no_name(text: str) -> None:
    assert split_agencies(text) == []


def test_semicolons_join_the_objects_of_a_directive_only_when_asked() -> None:
    from ingest.agencies import Stream

    stream = Stream("UBND các xã, phường; các trường học trực thuộc thực hiện")
    plain, _ = stream.list_at(0)
    joined, _ = stream.list_at(0, semicolons=True)
    assert [n for m in plain for n in m.names] == ["Ủy ban nhân dân cấp xã"]
    assert [n for m in joined for n in m.names] == ["Ủy ban nhân dân cấp xã", "Các cơ sở giáo dục"]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("các sở, ban, ngành, tổ chức chính trị - xã hội", ["Các sở, ban, ngành", "Các tổ chức chính trị - xã hội"]),
        # "đoàn thể" are the mass organisations; "các cơ quan, tổ chức, cá nhân" is everyone concerned
        ("Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh", ["Các sở, ban, ngành", "Các tổ chức chính trị - xã hội"]),
        ("các cơ quan, tổ chức, cá nhân có liên quan", ["Các cơ quan, đơn vị"]),
        ("các tổ chức chính trị-xã hội tỉnh", ["Các tổ chức chính trị - xã hội"]),
        ("Chủ đầu tư và các nhà thầu", ["Các chủ đầu tư", "Các nhà thầu"]),
        ("Người đứng đầu các cơ quan, tổ chức", ["Các cơ quan, đơn vị"]),
        # a level list after a body the registry lacks: the body at each level
        (
            "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã",
            ["Ban Chỉ huy Phòng thủ dân sự tỉnh", "Ban Chỉ huy Phòng thủ dân sự cấp xã"],
        ),
        ("Ban Chỉ huy Phòng thủ dân sự tỉnh", ["Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
        # what a group belongs to is part of the group, however it is spelt
        ("các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân Tỉnh và Sở Nội vụ", ["Các cơ quan, đơn vị", "Sở Nội vụ"]),
        ("các sở, ngành, đơn vị trực thuộc UBND tỉnh", ["Các sở, ban, ngành", "Các cơ quan, đơn vị"]),
        # a parenthesis inside the list does not end it
        (
            "Thủ trưởng các cơ quan chuyên môn (trừ Sở Tài chính), tổ chức hành chính khác",
            ["Các sở, ban, ngành", "Các cơ quan, đơn vị"],
        ),
        ("Trưởng Thuế tỉnh", ["Cục Thuế"]),
    ],
)
def test_groups_levels_and_asides_of_plan_notices(raw: str, names: list[str]) -> None:
    assert split_agencies(raw) == names


def test_a_centrally_governed_city_keeps_its_capital_as_written() -> None:
    assert split_agencies("UBND Thành phố Đà Nẵng") == ["Ủy ban nhân dân Thành phố Đà Nẵng"]
    assert split_agencies("UBND thành phố Đà Nẵng") == ["Ủy ban nhân dân thành phố Đà Nẵng"]
    assert split_agencies("UBND Thành phố Bảo Lộc") == ["Ủy ban nhân dân thành phố Bảo Lộc"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá", ["Ủy ban nhân dân cấp xã"]),
        ("UBND huyện, thị xã chỉ đạo rà soát", ["Ủy ban nhân dân cấp huyện"]),
        ("UBND thành phố Hải Phòng, Sở Y tế chủ trì", ["Ủy ban nhân dân thành phố Hải Phòng", "Sở Y tế"]),
    ],
)
def test_local_units_listed_without_cac_are_every_unit_of_that_level(text: str, names: list[str]) -> None:
    assert split_agencies(text) == names


def test_party_secretary_and_chairman_of_named_provinces_name_both_committees() -> None:
    text = "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Nghệ An, Hà Tĩnh khẩn trương sơ tán dân"
    assert split_agencies(text) == [
        "Tỉnh ủy Nghệ An",
        "Tỉnh ủy Hà Tĩnh",
        "Ủy ban nhân dân tỉnh Nghệ An",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ủy ban Pháp luật và Tư pháp chủ trì thẩm tra", ["Ủy ban Pháp luật và Tư pháp của Quốc hội"]),
        ("các Ủy ban của Quốc hội phối hợp thẩm tra", ["Các Ủy ban của Quốc hội"]),
        ("các cơ quan của Quốc hội tiếp thu", ["Các cơ quan Quốc hội"]),
        ("các cơ quan Chính phủ hoàn thiện hồ sơ", ["Các bộ, ngành"]),
        ("Tiểu ban Văn kiện chủ trì", ["Tiểu ban Văn kiện"]),
    ],
)
def test_national_assembly_bodies_and_subcommittees(text: str, names: list[str]) -> None:
    assert split_agencies(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a sector's bodies are a group even without "các"
        ("Cơ quan thanh tra khẩn trương kết luận", ["Các cơ quan thanh tra"]),
        ("các cơ quan thông tấn, báo chí đưa tin kịp thời", ["Các cơ quan báo chí, truyền thông"]),
        # the same department in several provinces is one canonical body
        ("các Sở Tài chính nêu trên tổng hợp", ["Sở Tài chính"]),
        ("Sở Tư pháp Quảng Ninh và các cơ quan liên quan", ["Sở Tư pháp", "Các cơ quan, đơn vị"]),
        # a number after a name names a distinct body; a footnote mark or a date does not
        ("Bệnh viện Quân y 175 tiếp nhận bệnh nhân", ["Bệnh viện Quân y 175"]),
        ("Văn phòng Chính phủ[2] theo dõi", ["Văn phòng Chính phủ"]),
    ],
)
def test_sector_groups_departments_of_several_provinces_and_numbered_bodies(text: str, names: list[str]) -> None:
    assert split_agencies(text) == names


def test_a_bare_locality_is_a_group_only_as_an_object() -> None:
    assert Stream("hỗ trợ địa phương khắc phục").list_at(2, lenient=True)[0][0].names == ("Các địa phương",)
    assert split_agencies("Địa phương") == []  # a table's section title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viện Kinh tế xây dựng chủ trì đánh giá", "Viện Kinh tế xây dựng"),
        ("Trung tâm Kiểm định chất lượng xây dựng:", "Trung tâm Kiểm định chất lượng xây dựng"),
        ("Cục Quản lý hoạt động xây dựng kế hoạch kiểm tra", "Cục Quản lý hoạt động"),
    ],
)
def test_a_sector_verb_ends_a_name_only_before_the_directive(text: str, name: str) -> None:
    assert split_agencies(text)[0] == name


def test_the_head_of_an_office_names_the_office_when_the_registry_knows_it() -> None:
    mention = Stream("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia kiểm tra").mention_at(0)
    assert mention is not None and mention.names == ("Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia",)


def test_party_and_city_committees_of_unnamed_provinces_are_the_localities() -> None:
    mention = Stream("Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo").mention_at(0)
    assert mention is not None and mention.names == ("Các địa phương",)
