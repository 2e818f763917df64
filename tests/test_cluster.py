"""Blocking, repeats, pair scores and the clustering of claims into facts."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_factory import claim, qty
from factrecon import Document, extract_claims
from factrecon import cluster as cluster_module
from factrecon.cluster import Statement, block_key, cluster, pair_score, statements
from factrecon.model import Claim, Interval
from factrecon.readings import overlaps
from factrecon.reconcile import reconcile
from timing import best_seconds


def docs_of(group_claims: tuple[tuple[Claim, ...], ...]) -> list[str]:
    return [g[0].doc_id for g in group_claims]


def test_blocking_separates_measure_unit_kind_and_change() -> None:
    jobs = claim("a", qty("23000", qualifier="more_than", precision="1000"), "job")
    ventures = claim("b", qty("23000", qualifier="more_than", precision="1000"), "joint_venture")
    assert block_key(jobs) != block_key(ventures)
    assert cluster([jobs, ventures]) == []
    date = claim("a", qty("2025", kind="date"), "year")
    assert block_key(date) is None
    kg = claim("a", qty("5000", unit="kg"), "yarn")
    t = claim("b", qty("5", unit="t"), "yarn")
    assert block_key(kg) == block_key(t)


def test_a_repeated_lede_is_one_statement_but_stays_in_the_fact() -> None:
    lede = claim("a", qty("4.4E+9", precision="1E+8", unit="USD", start=5), "value")
    body = claim("a", qty("4.4E+9", precision="1E+8", unit="USD", start=500), "value")
    other = claim("b", qty("4.4E+9", precision="1E+8", unit="USD", start=9), "value")
    sts = statements([lede, body, other])
    assert [len(s.claims) for s in sts] == [2, 1]
    (group,) = cluster([lede, body, other])
    assert [len(s) for s in group.statements] == [2, 1]
    assert reconcile([lede, body, other]).facts[0].claims == (lede, body, other)


def test_a_figure_restated_in_other_words_is_one_statement_another_qualifier_is_not() -> None:
    """Repeats are the same qualifier, value and bounds as written (the first four items of the figure key),
    whatever the words: "30" and "отыз" are one statement, "more than 30" another."""
    digits = claim("a", qty("30", start=5, text="30"), "project")
    words = claim("a", qty("30", start=300, text="отыз"), "project")
    more = claim("a", qty("30", qualifier="more_than", start=600, text="30-дан астам"), "project")
    sts = statements([digits, words, more])
    assert sorted(len(s.claims) for s in sts) == [1, 2]
    assert {c.quantity.text for s in sts if len(s.claims) == 2 for c in s.claims} == {"30", "отыз"}


def test_at_most_one_statement_per_document() -> None:
    a1 = claim("a", qty("30", start=1), "project")
    a2 = claim("a", qty("31", start=50), "project")
    b = claim("b", qty("30", start=1), "project")
    groups = cluster([a1, a2, b])
    assert len(groups) == 1
    assert sorted(docs_of(groups[0].statements)) == ["a", "b"]


def test_place_roles_keep_facts_apart() -> None:
    kz_in_ru = claim(
        "a", qty("55000", qualifier="more_than", precision="1000"), "student", places=(("KZ", "from"), ("RU", "in")),
        status="under_way",
    )
    ru_in_kz = claim(
        "b", qty("2000", qualifier="more_than", precision="1000"), "student", places=(("RU", "from"), ("KZ", "in")),
        status="under_way",
    )
    same = claim(
        "b",
        qty("50000", qualifier="more_than", precision="1000", start=40),
        "student",
        places=(("KZ", "from"), ("RU", "in")),
        status="under_way",
    )
    groups = cluster([kz_in_ru, ru_in_kz, same])
    assert len(groups) == 1
    assert {c.quantity.text for s in groups[0].statements for c in s} == {"55000", "50000"}


def test_disjoint_periods_never_merge() -> None:
    a = claim("a", qty("459.1E+6", precision="1E+5", unit="USD"), "trade", year=2024)
    b = claim("b", qty("504.4E+6", precision="1E+5", unit="USD"), "trade", year=2025)
    assert cluster([a, b]) == []
    st = statements([a, b])
    assert pair_score(st[0], st[1]) is None


def test_actual_and_planned_do_not_merge() -> None:
    done = claim("a", qty("12000", qualifier="more_than", precision="1000"), "job", status="completed")
    planned = claim("b", qty("30000", qualifier="more_than", precision="1000"), "job", status="planned")
    assert cluster([done, planned]) == []


def test_frame_partners_pick_the_right_counterpart() -> None:
    """The $4.4B that '30 projects' and '14 projects' share links them, whatever their own values."""
    a30 = claim("a", qty("30", start=1), "project", sentence=(0, 50), year=2025)
    a_val = claim("a", qty("4.4E+9", precision="1E+8", unit="USD", start=10), "value", sentence=(0, 50))
    a29 = claim("a", qty("29", start=60), "project", sentence=(50, 99), year=2025)
    a_val2 = claim("a", qty("30.8E+9", precision="1E+8", unit="USD", start=70), "value", sentence=(50, 99))
    b14 = claim("b", qty("14", start=1), "project", sentence=(0, 50), year=2025)
    b_val = claim("b", qty("4.4E+9", precision="1E+8", unit="USD", start=10), "value", sentence=(0, 50))
    groups = cluster([a30, a_val, a29, a_val2, b14, b_val])
    projects = next(g for g in groups if g.measure == "project")
    assert {c.quantity.text for s in projects.statements for c in s} == {"30", "14"}


def test_values_never_count_against_the_grouping() -> None:
    """A wildly different value still joins its fact when the context is clear (that is the conflict to report);
    with too little context to be sure, the pair abstains rather than raise a doubtful conflict."""
    a = claim("a", qty("30"), "project", places=(("KZ", "in"),), year=2025)
    b = claim("b", qty("3000"), "project", places=(("KZ", "in"),), year=2025)
    (group,) = cluster([a, b])
    assert len(group.statements) == 2
    vague_a = claim("a", qty("30"), "project", places=(("KZ", "in"),))
    vague_b = claim("b", qty("3000"), "project", places=(("KZ", "in"),))
    assert cluster([vague_a, vague_b]) == []


def test_order_independent_and_content_derived_ids() -> None:
    cs = [
        claim(d, qty(str(v), start=i), "project", year=2025)
        for i, (d, v) in enumerate([("a", 3), ("b", 4), ("c", 3)])
    ]
    one = reconcile(cs)
    two = reconcile(list(reversed(cs)))
    assert one == two
    assert one.facts[0].id.startswith("fact-")
    assert reconcile(cs).facts[0].id == one.facts[0].id


@pytest.mark.parametrize("timed", [True, False])
def test_cost_grows_about_linearly(timed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond MAX_BLOCK statements a block is scanned as a sorted neighbourhood (made small here)."""
    monkeypatch.setattr(cluster_module, "MAX_BLOCK", 16)

    def corpus(n_docs: int) -> list[Claim]:
        return [
            claim(
                f"d{d:05d}",
                qty(str(10 + m), start=m * 10),
                f"measure{(d * 7 + m) % 10}",
                year=2000 + d % 5 if timed else None,
            )
            for d in range(n_docs)
            for m in range(20)
        ]

    def seconds(n: int) -> float:
        cs = corpus(n)
        return best_seconds(lambda: cluster(cs))

    small, large = seconds(60), seconds(240)
    assert large < small * 4 * 2.5  # four times the claims: far from sixteen times the work


def test_documents_telling_other_stories_do_not_share_facts() -> None:
    """A mill's 8 ha and a harvest's 4.5 million ha: the documents report nothing else in common."""
    mill = [
        claim("mill", qty(str(v), start=i * 10), m)
        for i, (v, m) in enumerate([(8, "area"), (3, "workshop"), (320, "job"), (60, "export")])
    ]
    harvest = [
        claim("harvest", qty(str(v), start=i * 10), m)
        for i, (v, m) in enumerate([(4500000, "area"), (90, "elevator"), (12000, "combine")])
    ]
    assert cluster(mill + harvest) == []
    reprint = [
        claim("mill2", qty(str(v), start=i * 10), m)
        for i, (v, m) in enumerate([(8, "area"), (3, "workshop"), (320, "job")])
    ]
    assert len(cluster(mill + harvest + reprint)) == 3


def test_an_ordinal_names_its_event_whatever_the_status() -> None:
    held = claim(
        "a", qty("21", kind="ordinal", unit="ordinal"), "forum#21", status="completed", places=(("KZ-ZAP", "in"),)
    )
    planned = claim("b", qty("21", kind="ordinal", unit="ordinal"), "forum#21", status="planned")
    assert len(cluster([held, planned])) == 1


def test_a_regional_figure_is_not_the_national_one() -> None:
    region = claim("a", qty("504.4E+6", precision="1E+5", unit="USD"), "trade", places=(("KZ-ZAP", "of"),))
    nation = claim("b", qty("28E+9", precision="1E+9", unit="USD"), "trade", places=(("KZ", "at"), ("RU", "at")))
    assert cluster([region, nation]) == []


_ends = st.one_of(st.none(), st.integers(-3, 3).map(Decimal))
_intervals = st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()).filter(
    lambda iv: iv.low is None or iv.high is None or iv.low <= iv.high
)


@given(_intervals, _intervals)
def test_partners_meet_as_their_readings_overlap(a: Interval, b: Interval) -> None:
    """The frame score compares partners on floats; on values floats hold exactly it must agree with overlaps()."""
    assert cluster_module._meet(cluster_module._as_partner(a), cluster_module._as_partner(b)) == overlaps(a, b)


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_sorted_neighbourhood_does_not_depend_on_the_input_order(rnd: random.Random) -> None:
    """Above MAX_BLOCK (made small here) pairs come from a window; the report must still ignore input order."""
    cs = [
        claim(
            f"d{d:03d}",
            qty(str(100 + (d * 7 + m) % 9), start=m * 10),
            f"m{m % 2}",
            places=((("KZ-ALA", "in"),) if d % 3 else (("KZ-AST", "of"),)),
            year=None if d % 5 == 0 else 2020 + d % 2,
            status=("completed", "planned", None)[d % 3],
        )
        for d in range(40)
        for m in range(3)
    ]
    shuffled = cs[:]
    rnd.shuffle(shuffled)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cluster_module, "MAX_BLOCK", 4)
        mp.setattr(cluster_module, "WINDOW", 2)
        windowed = reconcile(cs)
        assert reconcile(shuffled) == windowed
    assert windowed.facts  # the window still finds facts


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from([None, 2020, 2021])), min_size=2, max_size=24))
def test_candidate_pairs_are_the_sorted_neighbourhood(rows: list[tuple[int, int | None]]) -> None:
    """Each candidate pair comes once, crosses documents, and is what the window's definition gives."""
    block = sorted(
        (
            cluster_module.statements([claim(f"d{doc}", qty("5", start=i * 10), "m", year=year)])[0]
            for i, (doc, year) in enumerate(rows)
        ),
        key=lambda s: (s.id, s.doc_id),
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cluster_module, "MAX_BLOCK", 5)
        mp.setattr(cluster_module, "WINDOW", 2)
        found = list(cluster_module._candidate_pairs(block))

        def window(members: list[int], key: Callable[[Statement], object]) -> set[tuple[int, int]]:
            if len(members) <= 5:
                return {(i, j) for i in members for j in members if i < j}
            ordered = sorted(members, key=lambda i: key(block[i]))  # type: ignore[arg-type, return-value]
            return {(min(a, b), max(a, b)) for k, a in enumerate(ordered) for b in ordered[k + 1 : k + 3]}

    untimed = [s.time is None for s in block]
    expected = {
        p
        for year in (2020, 2021)
        for p in window(
            [i for i, s in enumerate(block) if s.time and s.time.start.year == year], cluster_module._by_period
        )
    }
    expected |= {
        (i, j) for i, j in window(list(range(len(block))), cluster_module._by_document) if untimed[i] or untimed[j]
    }
    expected = {(i, j) for i, j in expected if block[i].doc_id != block[j].doc_id}
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_a_large_block_meets_reports_published_together() -> None:
    """In a sorted neighbourhood, documents are ordered by publication date before id: two reports of one
    day meet however far apart their ids sort."""
    import datetime as dt

    def block(dates: dict[str, dt.date | None]) -> list[Statement]:
        found = [
            cluster_module.doc_statements([claim(doc, qty("5"), "m", year=2024)], published=day)[0]
            for doc, day in dates.items()
        ]
        return sorted(found, key=lambda s: (s.id, s.doc_id))

    day = dt.date(2024, 5, 1)
    dates: dict[str, dt.date | None] = {f"d{i:02d}": dt.date(2024, 1, 1) + dt.timedelta(days=7 * i) for i in range(20)}
    dates["d00"] = dates["d19"] = day
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cluster_module, "MAX_BLOCK", 4)
        mp.setattr(cluster_module, "WINDOW", 1)
        dated = block(dates)
        pairs = {(dated[i].doc_id, dated[j].doc_id) for i, j in cluster_module._candidate_pairs(dated)}
        assert ("d00", "d19") in pairs or ("d19", "d00") in pairs
        undated = block(dict.fromkeys(dates))
        pairs = {(undated[i].doc_id, undated[j].doc_id) for i, j in cluster_module._candidate_pairs(undated)}
        assert ("d00", "d19") not in pairs
        assert ("d19", "d00") not in pairs


_block_keys = st.frozensets(
    st.tuples(st.sampled_from(["m", "m\x1fusd", "a'b", ""]), st.sampled_from(["count", "USD", "usd\x1fm"]),
              st.sampled_from(["cardinal", "ordinal"]), st.booleans()),
    max_size=6,
)


_regions = st.frozensets(st.sampled_from(["KZ-ALA", "KZ-AST", "UZ-TK", "UZ-SA", "KZ-ЖАМ"]), max_size=4)


@given(_block_keys, _block_keys, _regions, _regions)
def test_profiles_share_as_many_keys_and_regions_as_their_sets(
    a: frozenset[tuple[str, str, str, bool]], b: frozenset[tuple[str, str, str, bool]],
    ra: frozenset[str], rb: frozenset[str],
) -> None:
    """A profile holds its block keys and regions as bit masks: they intersect as the sets do."""
    pa, pb = cluster_module.DocProfile.of(a, ra), cluster_module.DocProfile.of(b, rb)
    assert pa.size == len(a)
    assert (pa.keys & pb.keys).bit_count() == len(a & b)
    assert bool(pa.regions & pb.regions) == bool(ra & rb)
    assert set(pa.key_names()) == a
    assert set(pa.region_names()) == ra


def test_a_profile_travels_to_another_process_as_names() -> None:
    """Bits are given per process: a profile pickled in one that saw other names first means the same here."""
    import pickle
    import subprocess
    import sys

    key = ("job", "count", "cardinal", False)
    here = cluster_module.DocProfile.of([key, ("tax", "KZT", "cardinal", False)], ["KZ-ALA"], None)
    script = (
        "import pickle, sys\n"
        "from factrecon.cluster import DocProfile\n"
        "DocProfile.of([('a%d' % i, 'count', 'cardinal', False) for i in range(70)], ['X-%d' % i for i in range(9)])\n"
        f"p = DocProfile.of([{key!r}], ['UZ-TK', 'KZ-ALA'])\n"
        "sys.stdout.buffer.write(pickle.dumps(p))\n"
    )
    there = pickle.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, check=True).stdout)
    assert there.key_names() == [key]
    assert sorted(there.region_names()) == ["KZ-ALA", "UZ-TK"]
    assert (there.keys & here.keys).bit_count() == 1
    assert there.regions & here.regions
    assert pickle.loads(pickle.dumps(here)) == here


def test_names_get_one_bit_each_from_many_threads() -> None:
    """Two threads meeting a new name at once must not give one bit to two names."""
    from concurrent.futures import ThreadPoolExecutor

    bits = cluster_module._Bits()
    names = [f"name{i}" for i in range(2000)]
    with ThreadPoolExecutor(8) as pool:
        masks = list(pool.map(lambda chunk: [bits.mask([n]) for n in chunk], [names[i::8] for i in range(8)]))
    given_bits = [m for chunk in masks for m in chunk]
    assert sorted(given_bits) == [1 << i for i in range(2000)]
    assert set(bits.names(bits.mask(["name7", "name1999"]))) == {"name7", "name1999"}


def _story(doc: str, *figures: tuple[str, str, str]) -> list[Claim]:
    """Claims of one page: (value, precision, measure), each in its own sentence, 100 characters apart."""
    return [
        claim(doc, qty(value, precision=precision, unit="USD", start=1000 + 100 * n), measure)
        for n, (value, precision, measure) in enumerate(figures)
    ]


# three precise figures of other measures that two pages of one story both state
_SHARED = (("11.5E+9", "1E+8", "remittance_ru"), ("534E+6", "1E+6", "remittance_kr"), ("14.8E+9", "1E+8", "trade"))


def _one_statement(claims: list[Claim], text: str) -> Statement:
    return next(s for s in statements(claims) if s.claims[0].quantity.text == text)


@pytest.mark.parametrize(
    ("a", "b", "slipped"),
    [
        ("795E+6", "759E+6", True),  # swapped digits
        ("15.3", "13.5", True),
        ("19.8E+6", "19.8E+3", True),  # a scale word off by a thousand
        ("10.8", "10.7", True),  # two precise figures within 1 %
        ("795E+6", "412E+6", False),  # far apart
        ("1.1", "10.8", False),  # the digits of another magnitude
        ("75", "75.6", False),  # two digits are not enough to see a slip
        ("25.3E+9", "25.8E+9", False),  # 2 % apart: two months of a stock
    ],
)
def test_a_slip_is_swapped_digits_a_scale_word_or_a_rounding(a: str, b: str, slipped: bool) -> None:
    sx = _one_statement([claim("a", qty(a, unit="USD"), "export")], a)
    sy = _one_statement([claim("b", qty(b, unit="USD"), "export")], b)
    assert cluster_module.slip(sx, sy) is slipped
    assert cluster_module.slip(sy, sx) is slipped


def test_two_pages_of_one_story_report_a_swapped_figure_as_a_conflict() -> None:
    """Pages that share three precise figures tell one story: a figure with its digits swapped is the
    conflict to report, with nothing else (no time, no place) to say it is one fact; a figure far from
    it is not."""
    swapped = claim("a", qty("795E+6", precision="1E+6", unit="USD", start=5), "remittance")
    typo = claim("b", qty("759E+6", precision="1E+6", unit="USD", start=5), "remittance")
    page_a, page_b = [*_story("a", *_SHARED), swapped], [*_story("b", *_SHARED), typo]
    report = reconcile(page_a + page_b)
    (finding,) = [f for f in report.findings if f.fact is not None]
    assert {c.quantity.text for c in finding.claims} == {"795E+6", "759E+6"}
    assert any("same precise figures" in w for w in finding.evidence)
    far = claim("b", qty("412E+6", precision="1E+6", unit="USD", start=5), "remittance")
    report = reconcile([*page_a, *_story("b", *_SHARED), far])
    assert not [f for f in report.findings if f.fact is not None]
    # without the shared story the swapped digits alone join nothing
    assert not [f for f in reconcile([swapped, typo]).findings if f.fact is not None]


def test_pages_that_share_no_figure_keep_their_different_datelines() -> None:
    """The documents' different regions count against a pair, unless the pages share a precise figure."""
    a = claim("a", qty("87.7E+6", precision="1E+5", unit="t"), "oil", places=(("KZ-AST", "at"),))
    b = claim("b", qty("87.7E+6", precision="1E+5", unit="t"), "oil", places=(("UZ-TK", "at"),))
    apart = pair_score(_one_statement([a], "87.7E+6"), _one_statement([b], "87.7E+6"))
    story_a, story_b = [a, *_story("a", *_SHARED)], [b, *_story("b", *_SHARED)]
    together = pair_score(_one_statement(story_a, "87.7E+6"), _one_statement(story_b, "87.7E+6"))
    assert apart is not None
    assert together is not None
    assert together > apart


def test_a_figure_stated_at_two_precisions_is_one_statement() -> None:
    """'18,96 млн' and '18 963,4 мың' in one page are one statement; a coarse '19 млн' (two digits) is not."""
    coarse = claim("a", qty("18.96E+6", precision="1E+4", unit="m2", start=5), "housing", year=2024)
    fine = claim("a", qty("18963.4E+3", precision="1E+2", unit="m2", start=300), "housing", year=2024)
    vague = claim("a", qty("19E+6", precision="1E+6", unit="m2", start=600), "housing", year=2024)
    sts = statements([coarse, fine, vague])
    assert sorted(len(s.claims) for s in sts) == [1, 2]
    other = claim("a", qty("18963.4E+3", precision="1E+2", unit="m2", start=300), "housing", year=2023)
    assert [len(s.claims) for s in statements([coarse, other])] == [1, 1]  # another period: another figure


def test_a_large_block_meets_twins_by_their_figures() -> None:
    """A second pass sorted by value (multi-pass sorted neighbourhood): two pages that each state many
    figures of a measure fill each other's window with their own statements, yet their twins meet."""
    a = [claim("a", qty(v, text=v, start=10 * k), "export", sentence=(10 * k, 10 * k + 5))
         for k, v in enumerate(["88.2", "176.9", "201.4", "407", "64.1", "922.8"])]
    b = [claim("b", qty(v, text=v, start=10 * k), "export", sentence=(10 * k, 10 * k + 5))
         for k, v in enumerate(["1500", "3500", "568.3", "64", "75", "210.4"])]
    block = sorted((s for s in statements(a + b)), key=lambda s: (s.id, s.doc_id))
    twins = {i for i, s in enumerate(block) if s.claims[0].quantity.text in ("64.1", "64")}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cluster_module, "MAX_BLOCK", 4)
        mp.setattr(cluster_module, "WINDOW", 1)
        by_context = set(cluster_module._context_pairs(block))
        every = list(cluster_module._candidate_pairs(block))
        assert tuple(sorted(twins)) not in by_context
        assert tuple(sorted(twins)) in every
        assert len(every) == len(set(every))  # each pair once
        assert all(block[i].doc_id != block[j].doc_id for i, j in every)


@pytest.mark.parametrize(
    ("place_a", "place_b", "meet"),
    [
        ("KZ-01", "KZ-01", True),  # one scope: twins
        (None, "KZ-02", True),  # one names no place: maybe twins
        ("KZ-01", "KZ-02", False),  # disjoint scopes: two regions' figures, whatever their values
    ],
)
def test_the_value_order_meets_twins_of_scopes_not_disjoint(place_a: str | None, place_b: str, meet: bool) -> None:
    """The pass sorted by value seeks twins: two statements whose scopes are disjoint do not meet in it (the pages'
    twins sort apart in the order of the context, each page's other figures between them)."""

    def page(doc: str, values: list[str], place: str | None) -> list[Claim]:
        return [
            claim(doc, qty(v, text=v, start=10 * k), "export", sentence=(10 * k, 10 * k + 5),
                  places=((place, "in"),) if place else ())
            for k, v in enumerate(values)
        ]

    a = page("a", ["88.2", "176.9", "201.4", "407", "64.1", "922.8"], place_a)
    b = page("b", ["1500", "3500", "568.3", "64", "75", "210.4"], place_b)
    block = sorted(statements(a + b), key=lambda s: (s.id, s.doc_id))
    twins = tuple(sorted(i for i, s in enumerate(block) if s.claims[0].quantity.text in ("64.1", "64")))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cluster_module, "MAX_BLOCK", 4)
        mp.setattr(cluster_module, "WINDOW", 1)
        assert twins not in set(cluster_module._context_pairs(block))
        assert (twins in cluster_module._candidate_pairs(block)) is meet


def test_a_place_as_scope_and_as_origin_is_a_sign_of_one_fact() -> None:
    """A list's head has no case to tell ("- АҚШ – 577 млн" under "the countries transfers came from"): the
    same country named as another page's origin ("АҚШдан келган") is a sign, a different one no evidence."""
    a = claim("a", qty("35", unit="percent", change=True), "remittance", places=(("US", "of"),))
    b = claim("b", qty("35", unit="percent", change=True), "remittance", places=(("US", "from"),))
    c = claim("c", qty("35", unit="percent", change=True), "remittance", places=(("KR", "from"),))
    sa, sb, sc = statements([a, b, c])
    with_us = cluster_module.evidence(sa, sb)
    assert any("same place US" in w for w in with_us[1])
    base = cluster_module._score(sa, sc)
    assert base is not None
    assert cluster_module._score(sa, sb) == base + 0.5


def test_a_plan_is_no_clear_identity_with_a_figure_that_states_no_status() -> None:
    """Disagreeing figures of one place, one a target, the other of no stated status: no conflict (a region's
    plan of +2,9 % and its output falling 9,8 % are two facts); the same figures both actual may conflict."""
    plan = claim("a", qty("2.9", unit="percent", change=True), "oil", places=(("KZ-KZY", "of"),), status="target")
    fell = claim("b", qty("-9.8", unit="percent", change=True), "oil", places=(("KZ-KZY", "in"),))
    sa, sb = statements([plan, fell])
    assert not cluster_module._clear(sa, sb)[1]
    done = claim("a", qty("2.9", unit="percent", change=True), "oil", places=(("KZ-KZY", "of"),), status="completed")
    sa, sb = statements([done, fell])
    context, _ = cluster_module._clear(sa, sb)
    assert context is not None


@pytest.mark.parametrize("max_block", [32, 2])  # every pair scored; a sorted neighbourhood with merge checks
def test_a_page_that_restates_a_figure_without_its_year_does_not_hide_a_slip(
    max_block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An agency states 87,7 million tonnes in 2024, a second agency of the same story 87,56 (a slip), and a
    regional page restates 87,7 with no year and nothing else in common. The regional page is one of the
    agency's figure: the disagreement is the one the agencies' clear link states, and is reported."""
    monkeypatch.setattr(cluster_module, "MAX_BLOCK", max_block)
    agency = claim("a", qty("87.7E+6", precision="1E+5", unit="t", start=5), "oil", year=2024)
    other = claim("b", qty("87.56E+6", precision="1E+4", unit="t", start=5), "oil", year=2024)
    regional = claim("c", qty("87.7E+6", precision="1E+5", unit="t", start=5), "oil", places=(("KZ-ATY", "at"),))
    pages = [agency, *_story("a", *_SHARED), other, *_story("b", *_SHARED), regional]
    report = reconcile(pages)
    (finding,) = [f for f in report.findings if f.fact is not None]
    assert {c.doc_id for c in finding.claims} == {"a", "b", "c"}
    assert str(finding.kind) in ("conflict", "Verdict.CONFLICT")
    # the regional page alone against the second agency is no clear identity: no link between them
    sc, sb = _one_statement([regional], "87.7E+6"), _one_statement([other, *_story("b", *_SHARED)], "87.56E+6")
    assert not cluster_module._clear(sc, sb)[1]
    # asked why the regional page and the second agency are one fact, the fact gives the agencies' evidence
    (group,) = [g for g in cluster(pages) if g.measure == "oil"]
    score, words = group.explain(regional.id, other.id)
    assert score >= cluster_module.CLEAR
    assert "as a and b state the same two figures" in words


@pytest.mark.parametrize("max_block", [32, 2])
def test_a_veto_stands_unless_the_pair_restates_the_slip_of_the_link(
    max_block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lift is narrow: a third page with another figure (not the agency's), or with the agency's figure
    but another year, keeps its veto, and two agencies whose figures are far apart (no slip) lift none."""
    monkeypatch.setattr(cluster_module, "MAX_BLOCK", max_block)
    agency = claim("a", qty("87.7E+6", precision="1E+5", unit="t", start=5), "oil", year=2024)
    other = claim("b", qty("87.56E+6", precision="1E+4", unit="t", start=5), "oil", year=2024)
    stories = [*_story("a", *_SHARED), *_story("b", *_SHARED)]
    for third in (
        claim("c", qty("87.9E+6", precision="1E+5", unit="t", start=5), "oil"),
        claim("c", qty("87.7E+6", precision="1E+5", unit="t", start=5), "oil", year=2023),
    ):
        facts = reconcile([agency, other, third, *stories]).facts
        assert not any({c.doc_id for c in f.claims} >= {"a", "b", "c"} for f in facts)
    far = claim("b", qty("23.8E+6", precision="1E+5", unit="t", start=5), "oil", year=2024)
    regional = claim("c", qty("87.7E+6", precision="1E+5", unit="t", start=5), "oil")
    facts = reconcile([agency, far, regional, *stories]).facts
    assert not any({c.doc_id for c in f.claims} >= {"a", "b", "c"} for f in facts)


def _oil(doc: str, value: str, precision: str) -> Claim:
    return claim(doc, qty(value, precision=precision, unit="t", start=5), "oil", year=2024, places=(("KZ", "in"),))


@pytest.mark.parametrize("max_block", [32, 1])  # a quiet year; a busy one (more statements than MAX_BLOCK)
def test_in_a_busy_year_disagreeing_figures_are_one_fact_only_by_their_story_or_a_slip(
    max_block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two pages give Kazakhstan's oil output of 2024, 87,7 and 64,2 million tonnes: same place, year and
    status. In a quiet year that context makes them one fact, a conflict. In a busy year it cannot (an archive
    holds many figures of one measure, place and year): the pages must share a precise figure of another
    measure (one story), or the figures must look like one figure misreported."""
    monkeypatch.setattr(cluster_module, "MAX_BLOCK", max_block)
    busy = max_block == 1

    def conflicts(pages: list[Claim]) -> list[set[str]]:
        return [{c.quantity.text for c in f.claims if c.measure == "oil"}
                for f in reconcile(pages).findings if f.fact is not None]

    a, b = _oil("a", "87.7E+6", "1E+5"), _oil("b", "64.2E+6", "1E+5")
    assert conflicts([a, b]) == ([] if busy else [{"87.7E+6", "64.2E+6"}])
    stories = [*_story("a", *_SHARED), *_story("b", *_SHARED)]
    assert conflicts([a, b, *stories]) == [{"87.7E+6", "64.2E+6"}]  # one story: one fact, whatever the year
    slipped = _oil("b", "87.56E+6", "1E+4")
    assert conflicts([a, slipped]) == [{"87.7E+6", "87.56E+6"}]  # within 1 %: one figure misreported


def test_the_figure_masks_only_spare_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile's figure mask is a hash of its figures, this process's own: it may only spare the exact
    comparison, never decide one. With every bit of every mask set (each pair of pages a collision) a busy
    block's facts are the same: the report does not depend on the process (PYTHONHASHSEED, a Dask worker)."""
    monkeypatch.setattr(cluster_module, "MAX_BLOCK", 1)
    pages = [_oil("a", "87.7E+6", "1E+5"), _oil("b", "64.2E+6", "1E+5"), _oil("c", "87.56E+6", "1E+4"),
             *_story("a", *_SHARED), *_story("c", *_SHARED[:1]), *_story("d", *_SHARED),
             _oil("d", "71.3E+6", "1E+5"), _oil("e", "71.3E+6", "1E+5")]
    blocks: dict[object, list[Statement]] = {}
    for s in statements(pages):
        blocks.setdefault(s.key, []).append(s)

    def facts() -> list[list[str]]:
        return sorted(sorted(s.id for s in f) for b in blocks.values() for f in cluster_module.fact_statements(b))

    exact = facts()
    for profile in {id(s.profile): s.profile for b in blocks.values() for s in b}.values():
        object.__setattr__(profile, "figure_mask", (1 << 64) - 1)
    assert facts() == exact
    assert any(len(f) > 1 for f in exact)


def test_a_merge_moves_the_vetoes_and_no_group_vetoes_itself() -> None:
    """Groups 1 and 3 merge (into 1) although they vetoed each other (a veto an explained slip link lifted):
    the groups that vetoed 3 now veto 1, the veto between the two goes, and merging 1 away later moves its
    vetoes without touching the set it walks (a million claims once did: "set changed size")."""
    vetoes: dict[int, set[int]] = {1: {3, 4}, 3: {1, 5}, 4: {1}, 5: {3}}
    cluster_module._move_vetoes(vetoes, 1, 3)
    assert vetoes == {1: {4, 5}, 4: {1}, 5: {1}}
    cluster_module._move_vetoes(vetoes, 0, 1)
    assert vetoes == {0: {4, 5}, 4: {0}, 5: {0}}
    cluster_module._move_vetoes(vetoes, 2, 6)  # a group with no veto
    assert vetoes == {0: {4, 5}, 4: {0}, 5: {0}}


def test_busy_years_are_those_of_more_statements_than_max_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year's statements beyond MAX_BLOCK are busy, a quieter year's are not; an untimed statement of a block
    that large is of every year."""
    monkeypatch.setattr(cluster_module, "MAX_BLOCK", 2)
    cs = [claim(d, qty("1E+6", unit="t", start=5), "oil", year=2024) for d in "abc"]
    cs += [claim("d", qty("1E+6", unit="t", start=5), "oil", year=2023), claim("e", qty("1E+6", unit="t"), "oil")]
    block = statements(cs)
    busy = dict(zip([s.doc_id for s in block], cluster_module._busy_years(block), strict=True))
    assert busy == {"a": True, "b": True, "c": True, "d": False, "e": True}
    assert not any(cluster_module._busy_years(block[:2]))


def test_a_large_block_pairs_the_headlines_however_many_figures_sort_between_them() -> None:
    """A page's headline states its story's figure: two headlines meet (a third pass over a large block),
    even when the periods' order and the values' order put many body figures between them."""
    def page(doc: str, head: str, body: list[str]) -> list[Statement]:
        cs = [claim(doc, qty(head, text=head, unit="USD", start=0), "export", year=2024)]
        cs += [claim(doc, qty(v, text=v, unit="USD", start=100 + 10 * k), "export", year=2024,
                     sentence=(100 + 10 * k, 105 + 10 * k))
               for k, v in enumerate(body)]
        return cluster_module.doc_statements(cs, headline_end=50)

    a = page("a", "1.5E+9", ["2.1E+8", "3.3E+8", "4.4E+8", "5.6E+8"])
    b = page("b", "1.5E+6", ["2.2E+7", "3.1E+7", "4.2E+7", "5.3E+7"])
    block = sorted(a + b, key=lambda s: (s.id, s.doc_id))
    heads = tuple(sorted(i for i, s in enumerate(block) if s.headline))
    assert len(heads) == 2
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cluster_module, "MAX_BLOCK", 4)
        mp.setattr(cluster_module, "WINDOW", 1)
        assert heads not in set(cluster_module._context_pairs(block))
        every = list(cluster_module._candidate_pairs(block))
        assert heads in every
        assert len(every) == len(set(every))


def _made(s: Statement) -> tuple[object, ...]:
    """What :func:`~factrecon.cluster.make_statement` derives, field by field (most fields are not compared by ==)."""
    return (s.doc_id, s.key, s.claims, s.places, s.time, s.status, s.slots, s.slot_mask, s.figures, s.value,
            s.digits, s.twin, s.mantissa, s.instances)


_FIGURES = st.tuples(
    st.sampled_from(["30", "30.5", "4.4E+9", "880946", "1200", "3E+1"]),
    st.sampled_from(["exact", "more_than", "about", "up_to"]),
    st.sampled_from(["t", "kg", "USD", "count", "percent"]),
    st.sampled_from(["m", "n", "phase#2"]),
    st.sampled_from([(), (("KZ-ALA", "in"),), (("KZ", "from"), ("UZ-TO", "of"))]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_FIGURES, min_size=1, max_size=6), st.sampled_from(["lenient", "strict"]), st.booleans())
def test_a_document_s_statements_do_not_depend_on_what_the_memos_hold(
    figures: list[tuple[str, str, str, str, tuple[tuple[str, str], ...]]], rounding: str, framed: bool
) -> None:
    """Each distinct figure is worked out once and remembered, per rounding policy, and so are block keys,
    slots and place sets: a document's statements are the same whether its figures were met before, read
    with the other policy, or never (a fresh process)."""
    ids = [f"a:{100 * i}-{100 * i + len(v)}" for i, (v, *_) in enumerate(figures)]
    doc = [
        claim("a", qty(v, qualifier=q, unit=u, start=100 * i), m, places=places, year=2024,
              frame=tuple(x for x in ids if x != ids[i]) if framed else (), sentence=(0, 100 * len(figures)))
        for i, (v, q, u, m, places) in enumerate(figures)
    ]
    other = "strict" if rounding == "lenient" else "lenient"
    cluster_module.forget_traits()
    cold = [_made(s) for s in cluster_module.doc_statements(doc, rounding=rounding)]
    cluster_module.doc_statements(doc, rounding=other)  # the other policy's readings of the same figures
    warm = [_made(s) for s in cluster_module.doc_statements(list(reversed(doc)), rounding=rounding)]
    assert warm == cold
    fresh = [s.figures for s in cluster_module.doc_statements(doc, rounding=other)]
    cluster_module.forget_traits()
    assert [s.figures for s in cluster_module.doc_statements(doc, rounding=other)] == fresh


@pytest.mark.parametrize(("lang", "text"), [
    ("uz-Latn", "Markaziy bank bazaviy stavkani 1,5 foiz punktga, yaʼni 150 bazis punktga oshirdi."),
    ("ru", "Нацбанк повысил базовую ставку на 1,5 процентного пункта, то есть на 150 базисных пунктов."),
])
def test_a_figure_restated_in_another_unit_is_one_statement(lang: str, text: str) -> None:
    """1,5 percentage points and 150 basis points are one figure (1.5 and 1.50 once converted): the page states
    it once, so that another page's 1,5 joins it, not one of two statements a fact could hold only one of."""
    claims = extract_claims(Document(text, id="a", lang=lang))
    assert len(claims) == 2
    (st,) = statements(claims)
    assert len(st.claims) == 2


def test_a_block_laid_together_keeps_every_field() -> None:
    """The copies a block is clustered on (:func:`_laid_together`) hold every field of their statements."""
    import attrs

    a = claim("a", qty("880946", unit="t"), "harvest", places=(("UZ-QA", "in"),), year=2025, frame=("a:9-12",))
    b = claim("a", qty("12.5", unit="percent", start=9), "harvest", year=2025)
    sts = statements([a, b])
    sts[0].aside = True  # set after making, as doc_statements sets it
    for original, copy in zip(sts, cluster_module._laid_together(sts), strict=True):
        assert copy is not original
        for field in attrs.fields(Statement):
            assert getattr(copy, field.name) is getattr(original, field.name), field.name
