"""HTML pages: the main text without scripts, styles, menus and footers, with the page's metadata.

``trafilatura`` finds the main text (favouring precision, so navigation lists are left out)
and reads title, date, canonical URL and site name from the page's metadata. Each paragraph
it returns becomes a paragraph of the document (separated by a blank line), so a heading or a
short line is never run into the next one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from kg.errors import DocumentFormatError

log = logging.getLogger(__name__)

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\n+")


@dataclass(frozen=True, slots=True)
class WebPage:
    """The main text of an HTML page and the metadata found in it."""

    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    publisher: str | None = None
    language: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, if any."""
    match = _DECLARED_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def extract_web_page(html: str, *, origin: str) -> WebPage:
    """The main text and metadata of ``html``.

    Raises ``DocumentFormatError`` when the page has no main text (only menus, scripts or
    boilerplate) or cannot be parsed.
    """
    import trafilatura  # imported here: heavy (lxml, htmldate) and needed only for HTML input

    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
    except Exception as error:  # trafilatura and lxml raise many kinds on broken markup
        raise DocumentFormatError(
            f"{origin}: the HTML cannot be parsed ({error!r}); save the article text as .txt or .md"
        ) from error
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise DocumentFormatError(
            f"{origin}: no main text found in the HTML page (only menus, scripts or boilerplate); "
            "save the article text as .txt or .md"
        )
    return WebPage(
        text=_NEWLINES.sub("\n\n", text.strip()),
        title=getattr(result, "title", None),
        date=getattr(result, "date", None),
        source=getattr(result, "url", None),
        publisher=getattr(result, "sitename", None),
        language=getattr(result, "language", None),
    )
