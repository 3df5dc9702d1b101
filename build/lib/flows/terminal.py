"""Printing data on a terminal: file names, titles, error messages and query results are
shown as text, never obeyed.

Values printed by the CLI come from outside (file names in an inbox, scraped titles, exception
messages that quote them). Two things in them can change what the terminal shows:

- control characters (ESC sequences move the cursor, recolour, retitle the window; a carriage
  return overwrites the line; bidirectional overrides reorder what follows): shown as Python-style
  escapes (``\\x1b``, ``\\r``, ``\\u202e``) instead;
- rich console markup (``[bold]``, ``[/...]``, ``[link=...]``): never parsed, because values go
  to rich as ``Text`` objects (``text``) or are escaped (``markup``).
"""

from __future__ import annotations

import re
from typing import Any

from rich.markup import escape as _escape_markup
from rich.text import Text

# bidirectional embeddings, overrides and isolates: they reorder the text that follows them
_BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}
_UNSAFE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0), *_BIDI, 0x2028, 0x2029))
    + "]"
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: Any, keep_newlines: bool = False) -> str:
    """``value`` as one printable string: C0/C1 control characters, DEL, bidirectional
    controls and line/paragraph separators are replaced by escapes (``\\x1b``, ``\\n``,
    ``\\u202e``). ``keep_newlines`` leaves ``\\n`` as is (for multi-line messages). ``None``
    becomes ``""``."""
    if value is None:
        return ""
    s = str(value)
    if keep_newlines:
        return "\n".join(_UNSAFE.sub(_escaped, part) for part in s.split("\n"))
    return _UNSAFE.sub(_escaped, s)


def text(value: Any, style: str = "", keep_newlines: bool = False) -> Text:
    """A rich ``Text`` of ``printable(value, keep_newlines)``: rich never reads markup in it."""
    return Text(printable(value, keep_newlines=keep_newlines), style=style)


def markup(value: Any) -> str:
    """``printable(value)`` with rich markup escaped, for embedding into a markup string."""
    return _escape_markup(printable(value))
