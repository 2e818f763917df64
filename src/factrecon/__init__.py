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
]
