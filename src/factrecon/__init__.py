"""factrecon: find, group and reconcile the numbers in Kazakh and Uzbek (Cyrillic) news."""

from factrecon.errors import (
    DocumentError,
    DuplicateDocumentError,
    FactreconError,
    InputTypeError,
    LanguageDataError,
    NumberParseError,
    UnknownLanguageError,
)
from factrecon.model import Claim, Fact, Finding, Interval, Kind, Period, Place, Qualifier, Quantity, Verdict
from factrecon.numerals import parse_number
from factrecon.quantities import find_quantities
from factrecon.spell import spell

__all__ = [
    "Claim",
    "DocumentError",
    "DuplicateDocumentError",
    "Fact",
    "FactreconError",
    "Finding",
    "InputTypeError",
    "Interval",
    "Kind",
    "LanguageDataError",
    "NumberParseError",
    "Period",
    "Place",
    "Qualifier",
    "Quantity",
    "UnknownLanguageError",
    "Verdict",
    "find_quantities",
    "parse_number",
    "spell",
]
