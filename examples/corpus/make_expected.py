"""Write (or, with --check, verify) expected.json from the hand-written table below.

The table names each claim by its document (the file stem) and its surface string;
this script finds the surface in the file and records the character offsets, so the
spans in expected.json always index the file's text (including the "date" line),
the way ``factrecon.read_document`` reports them.

    python examples/corpus/make_expected.py          # rewrite expected.json
    python examples/corpus/make_expected.py --check  # exit 1 if expected.json is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Document stems.
A = "uz-Cyrl-forum-qoshma-loyihalar"  # restates seed 001
B = "kk-oral-forum-birlesken-zhobalar"  # restates seed 002
C = "uz-Cyrl-oral-ishbilarmonlar-kengashi"  # restates seed 000
D = "kk-orynbor-forum-zhol-kartasy"  # restates seed 003
F1 = "kk-shymkent-toqyma-fabrikasy"
F2 = "uz-Cyrl-shimkent-toqimachilik-fabrikasi"
F3 = "kk-shymkent-fabrika-qysqasha"
H1 = "kk-qostanay-astyq-orymy"
H2 = "uz-Cyrl-qostanay-galla-orimi"


def c(doc: str, surface: str, value: str | None, qualifier: str, nth: int = 1, note: str | None = None) -> dict:
    """One claim: the nth occurrence of surface in doc, its figure and its qualifier."""
    return {"doc": doc, "surface": surface, "nth": nth, "value": value, "qualifier": qualifier, "note": note}


FACTS: list[dict] = [
    # ---- the seed topic: the XXI Kazakhstan-Russia interregional forum, Oral, November 2025
    {
        "id": "current_projects_count",
        "measure": "joint Kazakhstan-Russia projects, current batch (the $4.4 billion one)",
        "verdict": "conflict",
        "why": "30 projects under way (uz) vs 14 projects completed (kk); both are the $4.4 billion batch",
        "claims": [c(A, "30 та", "30", "exact"), c(B, "14 бірлескен жоба", "14", "exact")],
    },
    {
        "id": "current_projects_value",
        "measure": "total value of the current joint projects, USD",
        "verdict": "consistent",
        "why": "4.4 billion dollars in both, abbreviated scale word in both",
        "claims": [c(A, "4,4 млрд долларга", "4.4e9", "exact"), c(B, "4,4 млрд доллар", "4.4e9", "exact")],
    },
    {
        "id": "future_projects_count",
        "measure": "joint projects planned next",
        "verdict": "conflict",
        "why": "29 planned (uz) vs more than 30 (kk): the bounds cannot both hold",
        "claims": [c(A, "29 та", "29", "exact"), c(B, "30-дан астам", "30", "more_than")],
    },
    {
        "id": "future_projects_value",
        "measure": "total value of the joint projects planned next, USD",
        "verdict": "consistent",
        "why": "30.8 billion (uz) lies inside 'more than 30 billion' (kk)",
        "claims": [
            c(A, "30,8 миллиард доллар", "3.08e10", "exact"),
            c(B, "30 млрд доллардан астам", "3e10", "more_than"),
        ],
    },
    {
        "id": "future_projects_jobs",
        "measure": "new jobs from the joint projects planned next",
        "verdict": "divergent",
        "why": "more than 23 thousand (uz) vs more than 30 thousand (kk): both can hold, they point at different"
        " figures",
        "claims": [c(A, "23 мингдан зиёд", "23000", "more_than"), c(B, "30 мыңнан артық", "30000", "more_than")],
    },
    {
        "id": "trade_target",
        "measure": "target for Kazakhstan-Russia trade turnover, USD",
        "verdict": "consistent",
        "why": "30 billion dollars in both; the kk headline says 'up to 30 billion'",
        "claims": [
            c(A, "30 миллиард долларга", "3e10", "exact", note="headline"),
            c(A, "30 миллиард АҚШ долларига", "3e10", "exact"),
            c(B, "30 млрд долларға дейін", "3e10", "up_to", note="headline"),
            c(
                B,
                "30 млрд долларға",
                "3e10",
                "exact",
                nth=2,
                note="body (the 1st occurrence is inside the headline's span)",
            ),
        ],
    },
    {
        "id": "forum21_edition",
        "measure": "edition of the forum (Oral, 2025)",
        "verdict": "consistent",
        "why": "XXI in all three; in the uz business-council article the X's are Cyrillic Х",
        "claims": [
            c(A, "XXI", "21", "exact"),
            c(B, "XXI", "21", "exact"),
            c(C, "ХХI", "21", "exact", note="Cyrillic ХХ + Latin I"),
        ],
    },
    {
        "id": "forum_age",
        "measure": "how long the forum has been held, years",
        "verdict": "consistent",
        "why": "twenty years in words (uz) vs more than 20 years (kk)",
        "claims": [c(A, "йигирма йил", "20", "exact"), c(B, "20 жылдан астам", "20", "more_than")],
    },
    {
        "id": "kz_students_in_ru",
        "measure": "Kazakhstani students in Russian universities",
        "verdict": "divergent",
        "accept": ["consistent", "divergent"],
        "why": "more than 55 thousand (uz) vs more than 50 thousand (kk): both can hold; either verdict is accepted",
        "claims": [c(A, "55 мингдан ортиқ", "55000", "more_than"), c(B, "50 мыңнан астам", "50000", "more_than")],
    },
    {
        "id": "ru_students_in_kz",
        "measure": "Russian citizens studying in Kazakhstan",
        "verdict": "consistent",
        "why": "more than 2 thousand (uz) vs about two thousand, in words with -дай (kk)",
        "claims": [c(A, "2 мингдан зиёд", "2000", "more_than"), c(B, "екі мыңдай", "2000", "about")],
    },
    # ---- a consistent group of our own: a spinning mill in Shymkent (invented figures)
    {
        "id": "mill_investment",
        "measure": "investment in the Shymkent spinning mill, KZT",
        "verdict": "consistent",
        "why": "12.5 billion tenge as a decimal with an abbreviation, as two scale words, and with a full scale word",
        "claims": [
            c(F1, "12,5 млрд теңге", "1.25e10", "exact"),
            c(F2, "12 миллиард 500 миллион тенге", "1.25e10", "exact"),
            c(F3, "12,5 миллиард теңгеге", "1.25e10", "exact"),
        ],
    },
    {
        "id": "mill_jobs",
        "measure": "new jobs at the Shymkent spinning mill",
        "verdict": "consistent",
        "why": "320 in digits (kk) and in words (uz); 'more than 300' (kk brief) plausibly covers 300-400",
        "claims": [
            c(F1, "320 жаңа жұмыс орны", "320", "exact"),
            c(F2, "уч юз йигирма янги иш ўрни", "320", "exact"),
            c(F3, "300-ден астам жұмыс орны", "300", "more_than", note="headline"),
            c(F3, "300-ден астам жұмыс орнын", "300", "more_than"),
        ],
    },
    {
        "id": "mill_capacity",
        "measure": "yarn output per year, tonnes",
        "verdict": "consistent",
        "why": "4.2 thousand, 4 thousand 200, and 4200 tonnes",
        "claims": [
            c(F1, "4,2 мың тонна", "4200", "exact"),
            c(F2, "4 минг 200 тонна", "4200", "exact", note="headline"),
            c(F2, "4 минг 200 тонна", "4200", "exact", nth=2),
            c(F3, "4200 тонна", "4200", "exact"),
        ],
    },
    {
        "id": "mill_fibre_capacity",
        "measure": "cotton fibre the mill can process per year, tonnes",
        "verdict": "consistent",
        "why": "up to 5 thousand tonnes: дейін (kk) and -гача (uz)",
        "claims": [c(F1, "5 мың тоннаға дейін", "5000", "up_to"), c(F2, "5 минг тоннагача", "5000", "up_to")],
    },
    {
        "id": "mill_export_share",
        "measure": "share of output exported, percent",
        "verdict": "consistent",
        "why": "60 per cent: пайызы, олтмиш фоизи (words), 60%-ы",
        "claims": [
            c(F1, "60 пайызы", "60", "exact"),
            c(F2, "олтмиш фоизи", "60", "exact"),
            c(F3, "60%-ы", "60", "exact"),
        ],
    },
    {
        "id": "mill_women_share",
        "measure": "share of women among the workers, percent",
        "verdict": "consistent",
        "why": "nearly 70 per cent in both: жуық (kk), яқин (uz)",
        "claims": [c(F1, "70 пайызға жуығы", "70", "nearly"), c(F2, "70 фоизга яқини", "70", "nearly")],
    },
    {
        "id": "mill_area",
        "measure": "area of the mill, hectares",
        "verdict": "consistent",
        "why": "8 hectares in digits (kk) and in words (uz)",
        "claims": [c(F1, "8 гектар", "8", "exact"), c(F2, "саккиз гектар", "8", "exact")],
    },
    {
        "id": "mill_workshops",
        "measure": "workshops (цех) at the mill",
        "verdict": "consistent",
        "why": "three: үш (kk) and the counting form учта (uz)",
        "claims": [c(F1, "үш цехтан", "3", "exact"), c(F2, "учта цехдан", "3", "exact")],
    },
    {
        "id": "mill_export_countries",
        "measure": "countries with the first export contracts",
        "verdict": "consistent",
        "why": "three countries, named in both",
        "claims": [c(F1, "үш елмен", "3", "exact"), c(F2, "учта давлат", "3", "exact")],
    },
    {
        "id": "mill_salary",
        "measure": "average monthly wage at the mill, KZT",
        "verdict": "consistent",
        "why": "350 thousand tenge in both",
        "claims": [c(F1, "350 мың теңге", "350000", "exact"), c(F2, "350 минг тенгени", "350000", "exact")],
    },
    # ---- a group of our own with one injected conflict and one divergence: the Kostanay harvest (invented)
    {
        "id": "harvest_grain_2025",
        "measure": "grain harvested in Kostanay region in 2025, tonnes",
        "verdict": "conflict",
        "why": "6.2 million (kk) vs 5.8 million (uz): at a precision of 0.1 million the intervals do not meet; "
        "4.5 million ha x 13.8 c/ha = 6.21 million t supports the kk figure",
        "claims": [
            c(H1, "6,2 млн тонна", "6.2e6", "exact", note="headline"),
            c(H1, "6,2 млн тонна", "6.2e6", "exact", nth=2),
            c(H2, "5,8 миллион тонна", "5.8e6", "exact", note="the injected error"),
        ],
    },
    {
        "id": "harvest_combines",
        "measure": "combine harvesters in the field",
        "verdict": "divergent",
        "why": "more than 12 thousand (kk) vs more than 15 thousand (uz): both can hold, they point at different"
        " figures",
        "claims": [c(H1, "12 мыңнан астам", "12000", "more_than"), c(H2, "15 мингдан ортиқ", "15000", "more_than")],
    },
    {
        "id": "harvest_area",
        "measure": "area harvested, hectares",
        "verdict": "consistent",
        "why": "4.5 million vs 4 million 500 thousand",
        "claims": [c(H1, "4,5 млн гектар", "4.5e6", "exact"), c(H2, "4 миллион 500 минг гектар", "4.5e6", "exact")],
    },
    {
        "id": "harvest_yield",
        "measure": "average yield, centners per hectare",
        "verdict": "consistent",
        "why": "13.8 in both",
        "claims": [c(H1, "13,8 центнерді", "13.8", "exact"), c(H2, "13,8 центнердан", "13.8", "exact")],
    },
    {
        "id": "harvest_grain_2024",
        "measure": "grain harvested in Kostanay region in 2024, tonnes",
        "verdict": "consistent",
        "why": "7.1 million in both; kk says 'last year' (published 2025), uz says 2024",
        "claims": [c(H1, "7,1 млн тонна", "7.1e6", "exact"), c(H2, "7,1 миллион тонна", "7.1e6", "exact")],
    },
    {
        "id": "harvest_export",
        "measure": "grain of the new harvest to be exported, tonnes",
        "verdict": "consistent",
        "why": "at least 2 million: кемінде (kk), камида (uz)",
        "claims": [
            c(H1, "кемінде 2 млн тоннасы", "2e6", "at_least"),
            c(H2, "камида 2 миллион тоннасини", "2e6", "at_least"),
        ],
    },
    {
        "id": "harvest_elevators",
        "measure": "grain elevators ready for storage",
        "verdict": "consistent",
        "why": "about 90: шамамен (kk), тахминан (uz)",
        "claims": [c(H1, "шамамен 90 элеватор", "90", "about"), c(H2, "тахминан 90 та элеватор", "90", "about")],
    },
    {
        "id": "harvest_wheat_price",
        "measure": "wheat purchase price per tonne, KZT",
        "verdict": "consistent",
        "why": "the same range, 90-100 thousand tenge",
        "claims": [c(H1, "90–100 мың теңге", None, "range"), c(H2, "90–100 минг тенге", None, "range")],
    },
    {
        "id": "harvest_duration",
        "measure": "length of the harvest campaign, months",
        "verdict": "consistent",
        "why": "a month and a half: бір жарым ай (kk), бир ярим ой (uz)",
        "claims": [c(H1, "бір жарым айға", "1.5", "exact"), c(H2, "бир ярим ой", "1.5", "exact")],
    },
]

HARD_NEGATIVES: list[dict] = [
    {
        "a": c(B, "14 колледж", "14", "exact"),
        "b": c(B, "14 бірлескен жоба", "14", "exact"),
        "why": "same number, colleges vs projects",
    },
    {
        "a": c(C, "23 мингдан ортиқ", "23000", "more_than"),
        "b": c(A, "23 мингдан зиёд", "23000", "more_than"),
        "why": "joint ventures registered vs new jobs",
    },
    {
        "a": c(B, "2 мыңнан астам", "2000", "more_than"),
        "b": c(B, "екі мыңдай", "2000", "about"),
        "why": "companies with foreign capital vs Russian students",
    },
    {
        "a": c(B, "2 мыңнан астам", "2000", "more_than"),
        "b": c(A, "2 мингдан зиёд", "2000", "more_than"),
        "why": "companies with foreign capital vs Russian students",
    },
    {
        "a": c(C, "504,4 миллион АҚШ долларини", "5.044e8", "exact"),
        "b": c(B, "28 млрд АҚШ долларынан асты", "2.8e10", "more_than"),
        "why": "regional Jan-Aug 2025 trade vs national trade last year",
    },
    {
        "a": c(C, "504,4 миллион АҚШ долларини", "5.044e8", "exact"),
        "b": c(B, "2 млрд АҚШ долларынан асқан", "2e9", "more_than"),
        "why": "Jan-Aug 2025 vs three years of regional trade",
    },
    {
        "a": c(B, "28 млрд АҚШ долларынан асты", "2.8e10", "more_than"),
        "b": c(B, "30 млрд долларға", "3e10", "exact", nth=2),
        "why": "last year's trade vs the target",
    },
    {
        "a": c(C, "459,1 миллион доллар", "4.591e8", "exact"),
        "b": c(C, "504,4 миллион АҚШ долларини", "5.044e8", "exact"),
        "why": "Jan-Aug 2024 vs Jan-Aug 2025",
    },
    {
        "a": c(D, "XVIII", "18", "exact"),
        "b": c(B, "XXI", "21", "exact"),
        "why": "two different forums (Orenburg 2022, Oral 2025)",
    },
    {
        "a": c(B, "50 пайызын", "50", "exact"),
        "b": c(B, "50 пайыздан астам", "50", "more_than"),
        "why": "share of Russian companies vs five-year growth of trade",
    },
    {
        "a": c(C, "10-йиғилиши", "10", "exact"),
        "b": c(D, "он құжат", "10", "exact"),
        "why": "the council's 10th meeting (ordinal) vs ten commercial documents",
    },
    {
        "a": c(F1, "үш цехтан", "3", "exact"),
        "b": c(F1, "үш елмен", "3", "exact"),
        "why": "workshops vs export countries",
    },
    {
        "a": c(F2, "учта цехдан", "3", "exact"),
        "b": c(F2, "учта давлат", "3", "exact"),
        "why": "workshops vs export countries",
    },
    {
        "a": c(F1, "5 мың тоннаға дейін", "5000", "up_to"),
        "b": c(F1, "4,2 мың тонна", "4200", "exact"),
        "why": "fibre processed vs yarn produced",
    },
    {
        "a": c(H1, "7,1 млн тонна", "7.1e6", "exact"),
        "b": c(H1, "6,2 млн тонна", "6.2e6", "exact", nth=2),
        "why": "2024 harvest vs 2025 harvest",
    },
    {
        "a": c(H2, "7,1 миллион тонна", "7.1e6", "exact"),
        "b": c(H2, "5,8 миллион тонна", "5.8e6", "exact"),
        "why": "2024 harvest vs 2025 harvest",
    },
    {
        "a": c(H2, "тахминан 90 та элеватор", "90", "about"),
        "b": c(H2, "90–100 минг тенге", None, "range"),
        "why": "elevators vs the price range's lower end",
    },
]

# Forms that must NOT be read as counts in these texts (years, dates, look-alikes).
NOT_COUNTS: list[dict] = [
    c(A, "2030 йилгача", "2030", "exact", note="a year with -гача ('by 2030'), not 'up to 2030'"),
    c(B, "бүгінге дейін", None, "exact", note="'to date': дейін after a non-number"),
    c(B, "2006 жылы", "2006", "exact", note="a year"),
    c(C, "2025 йил сентябрь", "2025", "exact", note="a date"),
    c(D, "2023–2025", None, "range", note="a range of years (the roadmap's period), en dash"),
]


def _text(doc: str) -> str:
    return (HERE / f"{doc}.txt").read_text(encoding="utf-8")


def _locate(claim: dict) -> dict:
    text = _text(claim["doc"])
    surface = claim["surface"]
    # occurrences that stand as whole words: no letter or digit glued on either side
    starts = [
        i
        for i in range(len(text))
        if text.startswith(surface, i)
        and (i == 0 or not text[i - 1].isalnum())
        and (i + len(surface) == len(text) or not text[i + len(surface)].isalnum())
    ]
    if len(starts) < claim["nth"]:
        raise SystemExit(f"{claim['doc']}: occurrence {claim['nth']} of {surface!r} not found")
    start = starts[claim["nth"] - 1]
    out = {"doc": claim["doc"], "surface": claim["surface"], "start": start, "end": start + len(claim["surface"])}
    out |= {k: claim[k] for k in ("value", "qualifier", "note") if claim[k] is not None}
    return out


def build() -> dict:
    docs = sorted(p.stem for p in HERE.glob("*.txt"))
    facts = []
    for f in FACTS:
        claims = [_locate(x) for x in f["claims"]]
        entry = {k: f[k] for k in ("id", "measure", "verdict", "accept", "why") if k in f}
        entry["docs"] = sorted({x["doc"] for x in claims})
        entry["claims"] = claims
        facts.append(entry)
    return {
        "version": 1,
        "about": "Expected reconciliation of examples/corpus; generated by make_expected.py from its table. "
        "Offsets are Python str indices into each file's text, the 'date' line included. "
        "'value' is the figure as written (Decimal-compatible string), 'qualifier' as in DESIGN.md.",
        "documents": docs,
        "facts": facts,
        "hard_negatives": [{"a": _locate(h["a"]), "b": _locate(h["b"]), "why": h["why"]} for h in HARD_NEGATIVES],
        "not_counts": [_locate(x) for x in NOT_COUNTS],
    }


def main(argv: list[str]) -> int:
    out = HERE / "expected.json"
    new = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if "--check" in argv:
        if not out.exists() or out.read_text(encoding="utf-8") != new:
            print("expected.json is stale: run python examples/corpus/make_expected.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
