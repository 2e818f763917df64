"""Properties of claims: rewriting a number in another form changes nothing but its span.

A journalist can write 30 as ``30``, ``ўттиз`` or ``отыз``, 23 000 as ``23000``,
``23 000`` or ``23 мың``, 4.4 billion as ``4,4 млрд`` or ``4,4 миллиард``. The
claim (what the number measures, where, when, with what status, its bounds and
the size of its frame) must be the same whichever form is used. The sentences
are our own, one template per construction of issue 3, in both languages.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from timing import best_seconds

PUBLISHED = "2025-11-12"

# (language, template with {n} for a count)
COUNT_TEMPLATES = [
    ("uz-Cyrl", "Ҳозирда Қозоғистонда {n} та қўшма лойиҳа амалга оширилмоқда, уларнинг умумий қиймати "
                "4,4 миллиард долларни ташкил этади."),
    ("uz-Cyrl", "Келажакда қўшимча {n} та лойиҳани ишга тушириш режалаштирилган."),
    ("uz-Cyrl", "Ўтган йили вилоятда {n} та янги иш ўрни яратилди."),
    ("kk", "Қазірдің өзінде 4,4 млрд долларға {n} жоба мәресіне жетті."),
    ("kk", "Алдағы уақытта Ақтөбе облысында {n} жаңа жұмыс орнын ашу жоспарланған."),
    ("kk", "Биыл Ресейде {n} қазақстандық студент білім алып жатыр."),
]

# (language, template with {m} for an amount in millions or billions, the scale's full and short words)
AMOUNT_TEMPLATES = [
    ("uz-Cyrl", "Вилоятнинг ташқи савдо айланмаси 2025 йил январь-август ойларида {m} АҚШ долларига етди.",
     ("миллион", "млн")),
    ("uz-Cyrl", "Икки мамлакат савдо айланмасини {m} долларга етказиш мақсад қилинган.", ("миллиард", "млрд")),
    ("kk", "Өткен жылы тауар айналымы {m} АҚШ долларынан асты.", ("миллиард", "млрд")),
    ("kk", "Таяу уақытта сауда айналымын {m} долларға жеткізу көзделіп отыр.", ("миллиард", "млрд")),
]


def _meaning(text: str, lang: str) -> list[tuple[Any, ...]]:
    """Everything a claim says except where its number sits in the text."""
    doc = fr.Document(text, id="p", lang=lang, published=PUBLISHED)
    out = []
    for c in fr.extract_claims(doc):
        q = c.quantity
        out.append((
            c.measure, c.status,
            None if c.time is None else (c.time.start, c.time.end),
            tuple(sorted((p.code, p.role) for p in c.context)),
            len(c.frame), q.low, q.high, q.unit, q.qualifier, q.kind,
        ))
    return out


def _count_forms(n: int, lang: str) -> list[str]:
    """The ways to write the count *n*: digits, words, and for round thousands a digit-and-scale form."""
    forms = [str(n), fr.spell(n, lang)]
    if n >= 10_000:
        forms.append(f"{n // 1000} {n % 1000:03d}")  # a group space
    if n >= 1000 and n % 1000 == 0:
        forms.append(f"{n // 1000} " + ("мың" if lang == "kk" else "минг"))
    return forms


@given(st.sampled_from(COUNT_TEMPLATES), st.integers(min_value=2, max_value=999_999))
def test_a_count_means_the_same_in_every_form(template: tuple[str, str], n: int) -> None:
    lang, text = template
    meanings = {form: _meaning(text.format(n=form), lang) for form in _count_forms(n, lang)}
    first = next(iter(meanings.values()))
    assert any(m[5] == Decimal(n) for m in first), first
    assert all(m == first for m in meanings.values()), meanings


@given(st.sampled_from(COUNT_TEMPLATES), st.integers(min_value=1, max_value=999).map(lambda k: k * 1000))
def test_round_thousands_mean_the_same_in_every_form(template: tuple[str, str], n: int) -> None:
    lang, text = template
    meanings = {form: _meaning(text.format(n=form), lang) for form in _count_forms(n, lang)}
    first = next(iter(meanings.values()))
    assert all(m == first for m in meanings.values()), meanings


@given(
    st.sampled_from(AMOUNT_TEMPLATES),
    st.integers(min_value=1, max_value=999),
    st.one_of(st.none(), st.integers(min_value=1, max_value=9)),
)
def test_an_amount_means_the_same_with_the_scale_word_or_its_abbreviation(
    template: tuple[str, str, tuple[str, str]], whole: int, tenth: int | None
) -> None:
    lang, text, (full, short) = template
    figure = str(whole) if tenth is None else f"{whole},{tenth}"
    a = _meaning(text.format(m=f"{figure} {full}"), lang)
    b = _meaning(text.format(m=f"{figure} {short}"), lang)
    assert a == b
    assert a, text.format(m=f"{figure} {full}")


@given(st.sampled_from(COUNT_TEMPLATES + [(lang, t) for lang, t, _ in AMOUNT_TEMPLATES]), st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=12))
def test_only_the_ids_depend_on_the_document_id(template: tuple[str, str], doc_id: str) -> None:
    lang, text = template
    text = text.format(n="30", m="30 млрд")
    base = fr.extract_claims(fr.Document(text, id="base", lang=lang, published=PUBLISHED))
    other = fr.extract_claims(fr.Document(text, id=doc_id, lang=lang, published=PUBLISHED))
    assert [(c.measure, c.quantity, c.status, c.time, c.context) for c in base] == [
        (c.measure, c.quantity, c.status, c.time, c.context) for c in other
    ]
    if doc_id != "base":
        assert not {c.id for c in base} & {c.id for c in other}
    again = fr.extract_claims(fr.Document(text, id=doc_id, lang=lang, published=PUBLISHED))
    assert [c.id for c in again] == [c.id for c in other]


@pytest.mark.parametrize("joint", ["\n", " ва "])
def test_extraction_time_grows_linearly_with_the_document(joint: str) -> None:
    """4x the text is not 16x the time, also when the whole text is one sentence (joined without full stops).

    Frames, times and back-references look only at neighbouring sentences, and
    inside a sentence only so far (_page._CLAUSE_REACH, _FRAME_REACH, _BACK_REACH).
    """

    texts = [text.format(n="30", m="30 млрд") for lang, text in COUNT_TEMPLATES if lang == "uz-Cyrl"]
    paragraph = joint.join(t.rstrip(".") if joint != "\n" else t for t in texts)

    def seconds(copies: int) -> float:
        doc = fr.Document(joint.join([paragraph] * copies), id="big", lang="uz-Cyrl", published=PUBLISHED)
        return best_seconds(lambda: fr.extract_claims(doc))

    small, large = seconds(100), seconds(400)
    assert large < 8 * small, (small, large)


_PIECES = st.sampled_from(
    [text.format(n="30", m="4,4 млрд") for _, text in COUNT_TEMPLATES]
    + [text.format(m="504,4 миллион") for _, text, _ in AMOUNT_TEMPLATES]
    + ["Уларнинг умумий қиймати 4,4 миллиард доллар.", "Олардың 50 пайызы.", "\n", " ", ", ", "М. ", "(", ")"]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=12), st.sampled_from(["kk", "uz-Cyrl"]),
       st.sampled_from([None, "2025-11-12"]))
def test_claims_are_well_formed_on_any_mix_of_sentences(pieces: list[str], lang: str, published: str | None) -> None:
    """Spans slice back, ids are unique, frames are symmetric and point at claims of the document."""
    text = "".join(pieces)
    got = fr.extract_claims(fr.Document(text, id="mix", lang=lang, published=published))
    by_id = {c.id: c for c in got}
    assert len(by_id) == len(got)
    for c in got:
        assert text[c.quantity.start : c.quantity.end] == c.quantity.text
        assert c.sentence.start <= c.quantity.start
        assert c.doc_id == "mix"
        assert c.lang == lang
        assert c.quantity.kind is not fr.Kind.DATE
        for p in c.context:
            assert text[p.start : p.end] == p.text
        for other in c.frame:
            assert other in by_id
            assert c.id in by_id[other].frame
        if c.time is not None:
            assert c.time.start <= c.time.end
        assert c.status in (None, "under_way", "completed", "planned", "target")
