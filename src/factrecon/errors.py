"""The errors factrecon raises.

Every error is a :class:`FactreconError` and also a builtin exception, so
callers can catch either::

    FactreconError
    ├── UnknownLanguageError     (also ValueError)  a language tag we do not support
    ├── LanguageDataError        (also ValueError)  a broken data file; names the file and the key
    ├── NumberParseError         (also ValueError)  parse_number() could not read the text
    ├── UnsupportedNumberError   (also ValueError)  spell() cannot write this number out
    ├── DocumentError            (also ValueError)  a document we cannot read or accept
    │   └── DuplicateDocumentError                  two documents with the same id
    └── InputTypeError           (also TypeError)   an argument of the wrong type
"""

from __future__ import annotations

__all__ = [
    "DocumentError",
    "DuplicateDocumentError",
    "FactreconError",
    "InputTypeError",
    "LanguageDataError",
    "NumberParseError",
    "UnknownLanguageError",
    "UnsupportedNumberError",
]


class FactreconError(Exception):
    """The base of every error factrecon raises on purpose."""


class UnknownLanguageError(FactreconError, ValueError):
    """A language tag that factrecon has no data for, or a text whose language cannot be told (``tag`` None)."""

    def __init__(self, tag: object, supported: tuple[str, ...], where: str = "") -> None:
        self.tag = tag
        self.supported = supported
        self.where = where
        if tag is None:
            message = f"cannot tell the language of the text; give it (one of {', '.join(supported)})"
        else:
            message = f"unknown language {tag!r}; supported: {', '.join(supported)}"
        super().__init__(f"{where}: {message}" if where else message)

    def __reduce__(self) -> tuple[type, tuple[object, tuple[str, ...], str]]:
        # pickled with the arguments __init__ takes (dask and multiprocessing send errors between processes)
        return (type(self), (self.tag, self.supported, self.where))


class LanguageDataError(FactreconError, ValueError):
    """A language data file that does not load or does not validate."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path = path
        self.key = key
        self.problem = problem
        super().__init__(f"{path}: {key}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        return (type(self), (self.path, self.key, self.problem))


class NumberParseError(FactreconError, ValueError):
    """Text that is not a number in the given language."""


class UnsupportedNumberError(FactreconError, ValueError):
    """A number spell() cannot write out (too large, or too many decimal places)."""


class DocumentError(FactreconError, ValueError):
    """A document that cannot be read or accepted."""


class DuplicateDocumentError(DocumentError):
    """Two documents given to one reconciliation share an id."""

    @classmethod
    def for_id(cls, doc_id: str) -> DuplicateDocumentError:
        """The error for *doc_id*, worded the same wherever documents are reconciled."""
        return cls(f"two documents share the id {doc_id!r}")


class InputTypeError(FactreconError, TypeError):
    """An argument of the wrong type."""


def check_str(value: object, name: str = "text") -> str:
    """Return *value* if it is a ``str``; raise :class:`InputTypeError` naming its type otherwise."""
    if not isinstance(value, str):
        raise InputTypeError(f"{name} must be str, not {type(value).__name__}")
    return value
