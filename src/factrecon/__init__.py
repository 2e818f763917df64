"""factrecon: find, group and reconcile the numbers in Kazakh, Uzbek (Cyrillic and Latin) and Russian news."""

import sys as _sys
from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

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
from factrecon.model import (
    Claim,
    Fact,
    Finding,
    FindingKind,
    Interval,
    Kind,
    MeasureAspect,
    MeasureKey,
    Period,
    Place,
    Qualifier,
    Quantity,
    Verdict,
)
from factrecon.numerals import parse_number
from factrecon.quantities import find_quantities
from factrecon.reconcile import Reconciler, reconcile
from factrecon.report import Report
from factrecon.spell import spell

try:
    __version__: str = _version("factrecon")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

if "hypothesis.strategies" in _sys.modules:  # hypothesis came first: register factrecon's types now
    from factrecon._hypothesis import register as _register

    _register()

__all__ = [
    "Claim",
    "Document",
    "DocumentError",
    "DuplicateDocumentError",
    "Fact",
    "FactreconError",
    "Finding",
    "FindingKind",
    "InputTypeError",
    "Interval",
    "Kind",
    "LanguageDataError",
    "MeasureAspect",
    "MeasureKey",
    "NumberParseError",
    "Period",
    "Place",
    "Qualifier",
    "Quantity",
    "Reconciler",
    "Report",
    "UnknownLanguageError",
    "Verdict",
    "__version__",
    "extract_claims",
    "find_quantities",
    "parse_number",
    "read_document",
    "reconcile",
    "spell",
]
