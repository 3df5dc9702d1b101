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


# HTML in a field of text (a CMS export's ``articleBody``): a tag of text markup or an entity
_HTML_TEXT_RE = re.compile(
    r"<(?:p|br|div|a|b|i|strong|em|span|ul|ol|li|h[1-6]|blockquote|figure|figcaption)\b[^>]*>"
    r"|&(?:nbsp|amp|quot|laquo|raquo|mdash|ndash|#\d+|#x[0-9a-f]+);",
    re.I,
)
# elements after which a line ends
_BLOCK_TAGS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "tr",
)


def holds_html(text: str) -> bool:
    """Whether a field of text holds HTML (a tag of text markup, ``<p>``, ``<a href>``, or an
    entity, ``&nbsp;``) rather than plain text."""
    return _HTML_TEXT_RE.search(text) is not None


def html_fragment_text(html: str) -> str:
    """The text of an HTML fragment (lxml): tags dropped, entities decoded (``&nbsp;`` is U+00A0),
    a line of its own for each block element (``<p>``, ``<li>``, ``<h2>``, ...), a break at ``<br>``, no blank lines; scripts
    and styles left out. A fragment lxml cannot parse is returned as it is."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter("br", *_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")  # a block starts a line too
    lines = (line.strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
