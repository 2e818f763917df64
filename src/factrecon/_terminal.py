"""Text for a terminal: what an input holds is shown there, never obeyed.

A file name or a document id is the input's to choose: ``\\x1b]0;…\\x07\\x1b[2J``
in one would retitle the window and clear the screen of whoever runs
``factrecon check`` on the folder, and a bidirectional override (U+202E) would
show a figure reversed. Every line factrecon prints for a person (the check
table, the finding messages, the ``== path`` headers, the error messages) goes
through :func:`for_terminal`, which writes such characters as escapes.
"""

from __future__ import annotations

import re

__all__ = ["for_terminal"]

# C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidirectional
# embeddings, overrides and isolates; the line feed too unless the text is several lines
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_BUT_LF = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, *, lines: bool = False) -> str:
    """*text* with every control character written as an escape (``\\x1b``, ``\\u202e``).

    A line feed is escaped too (an id or a path is one line), unless *lines* says
    that *text* is several lines (a table, a message), whose line feeds are kept.

    >>> for_terminal("a\\x1b[2Jb\\u202ec\\n")
    'a\\\\x1b[2Jb\\\\u202ec\\\\x0a'
    >>> for_terminal("one\\ntwo\\r", lines=True)
    'one\\ntwo\\\\x0d'
    """
    return (_CONTROL_BUT_LF if lines else _CONTROL).sub(_escape, text)
