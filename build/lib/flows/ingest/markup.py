"""The root element of a markup document (XML, XHTML, an RSS or Atom feed), read from its start.

Used where an input must be told apart by what it is, not by its name: a file of the inbox whose
text is a feed or an XML document (``flows.ingest.documents``), a fetched feed that is no feed
(``flows.ingest.fetch``).
"""

from __future__ import annotations

import re

# The prolog of a markup document: a byte order mark, the XML declaration and other processing
# instructions, comments, a DOCTYPE (in either case: ``<!doctype html>``), blank space.
_PROLOG_RE = re.compile(r"\A\ufeff?(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_ROOT_RE = re.compile(r"<([A-Za-z_][\w:.-]*)")


def root_name(text: str) -> str | None:
    """The local name of the root element of ``text`` as written (``rss``, ``feed``, ``RDF`` for
    ``rdf:RDF``, ``html``): the first element after the prolog. None when no element starts there
    (prose, or markup broken before its root)."""
    start = _PROLOG_RE.match(text)
    m = _ROOT_RE.match(text, start.end() if start else 0)
    return m.group(1).rsplit(":", 1)[-1] if m else None
