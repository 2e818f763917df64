"""factrecon: find, group and reconcile the numbers in Kazakh and Uzbek (Cyrillic) news."""

from factrecon.claims import extract_claims
from factrecon.document import Document, read_document
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
from factrecon.reconcile import Reconciler, reconcile
from factrecon.report import Report
from factrecon.spell import spell

__all__ = [
    "Claim",
    "Document",
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
    "Reconciler",
    "Report",
    "UnknownLanguageError",
    "Verdict",
    "extract_claims",
    "find_quantities",
    "parse_number",
    "read_document",
    "reconcile",
    "spell",
]
