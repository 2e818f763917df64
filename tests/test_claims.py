"""Claims: measure, places with roles, time, status and frames, on sentences of our own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.lexicon import same_key, transliterate


def claims(text: str, lang: str, published: str | None = "2025-11-12") -> dict[str, fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang, published=published)
    return {c.quantity.text: c for c in fr.extract_claims(doc)}


def test_counted_noun_maps_to_a_shared_concept():
    uz = claims("Ҳозирда 30 та қўшма лойиҳа амалга оширилмоқда.", "uz-Cyrl")
    kk = claims("Қазірдің өзінде 14 жоба мәресіне жетті.", "kk")
    assert uz["30 та"].measure == kk["14"].measure == "project"
    assert uz["30 та"].status == "under_way"
    assert kk["14"].status == "completed"


def test_a_noun_outside_the_lexicon_gets_a_cognate_key():
    kk = claims("Шаруашылықтар 120 трактор сатып алды.", "kk")["120"]
    uz = claims("Фермерлар 120 та трактор сотиб олди.", "uz-Cyrl")["120 та"]
    assert kk.measure == uz.measure == "~traktor"
    assert same_key("~kolledj", "~kolej")
    assert not same_key("~traktor", "~kombayn")
    assert not same_key("project", "~project")
    assert transliterate("Ўзбекистон") == "ozbekiston"


def test_a_noun_outside_the_lexicon_has_one_key_in_both_uzbek_scripts() -> None:
    """Uzbek Latin writes a word-initial "е" as "ye" ("етиштириш" / "yetishtirish")."""
    cyrl = claims("Вилоятда 40 та етиштирувчи рўйхатдан ўтди.", "uz-Cyrl")["40 та"]
    latn = claims("Viloyatda 40 ta yetishtiruvchi roʻyxatdan oʻtdi.", "uz-Latn")["40 ta"]
    assert cyrl.measure == latn.measure == "~etishti"
    assert transliterate("Yer") == transliterate("Ер") == "er"
    assert transliterate("Ayer") == "ayer"  # inside a word, "ye" stays


def test_money_worth_of_a_count_is_its_value_and_shares_the_frame():
    kk = claims("Қазірдің өзінде 4,4 млрд долларға 14 жоба мәресіне жетті.", "kk")
    money, count = kk["4,4 млрд долларға"], kk["14"]
    assert money.measure == "project_value"
    assert count.id in money.frame
    assert money.id in count.frame


def test_pronoun_continues_the_previous_sentence():
    text = "Ҳозирда 30 та қўшма лойиҳа амалга оширилмоқда. Уларнинг умумий қиймати 4,4 миллиард долларни ташкил этади."
    got = claims(text, "uz-Cyrl")
    value = got["4,4 миллиард долларни"]
    assert value.measure == "project_value"
    assert got["30 та"].id in value.frame


def test_measured_noun_phrase_and_relative_time():
    got = claims("Соңғы бес жылда тауар айналымы өсті. Өткен жылы тауар айналымы 28 млрд АҚШ долларынан асты.", "kk")
    c = got["28 млрд АҚШ долларынан асты"]
    assert c.measure == "trade_turnover"
    assert c.time is not None
    assert (c.time.start, c.time.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert c.time.relative


def test_explicit_period_with_months():
    text = "Вилоятнинг ташқи савдо айланмаси 2025 йил январь-август ойларида 504,4 миллион АҚШ долларига етди."
    c = claims(text, "uz-Cyrl")["504,4 миллион АҚШ долларига"]
    assert c.measure == "trade_turnover"
    assert c.time is not None
    assert (c.time.start, c.time.end) == (dt.date(2025, 1, 1), dt.date(2025, 8, 31))


def test_place_roles_tell_who_studies_where():
    text = ("Ҳозирда 55 мингдан ортиқ қозоғистонликлар Россия университетларида, "
            "икки мингдан ортиқ Россия фуқаролари эса Қозоғистонда таҳсил олмоқда.")
    got = claims(text, "uz-Cyrl")
    kz, ru = got["55 мингдан ортиқ"], got["икки мингдан ортиқ"]
    assert kz.measure == ru.measure == "student"
    assert {(p.code, p.role) for p in kz.context} == {("KZ", "from"), ("RU", "in")}
    assert {(p.code, p.role) for p in ru.context} == {("RU", "from"), ("KZ", "in")}


def test_kazakh_roles():
    text = "50 мыңнан астам қазақстандық студенттер Ресей Федерациясында білім алып жатыр."
    c = claims(text, "kk")["50 мыңнан астам"]
    assert c.measure == "student"
    assert {(p.code, p.role) for p in c.context} >= {("KZ", "from"), ("RU", "in")}


def test_planned_and_target_statuses():
    got = claims("Келажакда қўшимча 29 та лойиҳани ишга тушириш режалаштирилган.", "uz-Cyrl")
    assert got["29 та"].status == "planned"
    got = claims("Таяу уақытта тауар айналымын 30 млрд долларға жеткізу көзделіп отыр.", "kk")
    assert got["30 млрд долларға"].status == "target"


def test_ordinals_name_an_instance():
    got = claims("Орал қаласында XXI өңіраралық ынтымақтастық форумы өтті.", "kk")
    assert got["XXI"].measure == "forum#21"


def test_collective_counts_members_of_the_set_named_before():
    got = claims("Форумға 14 колледж қатысып жатыр. Соның төртеуі Батыс Қазақстан облысынан.", "kk")
    assert got["төртеуі"].measure == got["14"].measure


def test_dates_references_and_time_phrases_are_not_claims():
    got = claims("2025 жылы екі ел соңғы үш жылда 19 жыл бұрын басталған 5 жобаны аяқтады.", "kk")
    assert list(got) == ["5"]
    # the time between two events ("with 12 years between"), as "ago" is: no claim, the forum's age stays one
    got = claims("Форум 25 жылдан бері өтіп келеді. Облыс оны араға 12 жыл салып қайта қабылдады.", "kk")
    assert list(got) == ["25 жылдан"]
    got = claims("Форум 25 йилдан бери ўтказилмоқда. Вилоят уни орадан 12 йил ўтиб яна қабул қилди.", "uz-Cyrl")
    assert list(got) == ["25 йилдан"]


def test_claim_ids_are_stable_and_unique(tmp_path):
    text = "30 та лойиҳа, 4,4 миллиард доллар, 12 мингдан ортиқ иш ўрни."
    a = fr.extract_claims(fr.Document(text, id="d"))
    b = fr.extract_claims(fr.Document(text, id="d"))
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
    assert [c.id for c in fr.extract_claims(fr.Document(text, id="e"))] != [c.id for c in a]


def test_extract_claims_wants_a_document():
    with pytest.raises(fr.InputTypeError):
        fr.extract_claims("30 та лойиҳа")  # type: ignore[arg-type]


@given(st.text(alphabet="0123456789 ,.-%айыоқўжбоаинтлмрдсегзкАҚШ\n", max_size=120), st.sampled_from(["kk", "uz-Cyrl"]))
def test_any_text_gives_claims_with_spans_inside_their_sentence(text, lang):
    for c in fr.extract_claims(fr.Document(text, id="x", lang=lang)):
        q = c.quantity
        assert text[q.start : q.end] == q.text
        assert c.sentence.start <= q.start < max(c.sentence.end, 1)
        assert c.id not in c.frame


def test_claims_share_what_repeats_across_documents() -> None:
    """A million claims name a few hundred measures and steps: one object each, not one a claim."""
    first = fr.extract_claims(fr.Document("Облыста 30 жоба іске асырылуда, құны 2,5 млн теңге.", id="x", lang="kk"))
    second = fr.extract_claims(fr.Document("Ауданда 14 жоба аяқталды, құны 3,1 млн теңге.", id="y", lang="kk"))
    projects = [next(c for c in claims if c.measure == "project") for claims in (first, second)]
    money = [next(c for c in claims if c.quantity.unit == "KZT") for claims in (first, second)]
    assert projects[0].measure is projects[1].measure
    assert projects[0].measure_text is projects[1].measure_text
    assert money[0].quantity.precision == Decimal("1E+5")
    assert money[0].quantity.precision is money[1].quantity.precision
