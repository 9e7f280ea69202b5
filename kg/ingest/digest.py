"""News digests: plain-text pages that hold several articles, as copied from a news search.

Each article is a title line, then a ``Publisher· YYYY-MM-DD HH:MM`` line (the separator may
be ``·``, ``•`` or ``|``, with or without spaces; the time is optional), then its body up to
the next title and publisher pair. Lines before the first article ("跨境光缆", "Search
documents") are page furniture and are dropped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_PUBLISHER_LINE = re.compile(
    r"[ \t]*(?P<publisher>[^\s·•|｜][^·•|｜\n]{0,79}?)[ \t]*[·•|｜][ \t]*"
    r"(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \tT]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*"
)

MAX_FURNITURE_CHARS = 200
"""More text than this before the first article is not page furniture: dropping it is a warning."""


@dataclass(frozen=True, slots=True)
class DigestArticle:
    """One article of a digest: its 1-based number, header fields and body text."""

    number: int
    title: str
    publisher: str
    date: str
    byline: str
    """The publisher line as written: part of the printed article, and it names the publisher."""
    body: str
    line: int
    """The 1-based line of the article's title in the file."""


def split_digest(text: str, *, origin: str) -> list[DigestArticle] | None:
    """The articles of ``text`` (with ``\\n`` line ends), or None when it is not a digest."""
    lines = text.split("\n")
    headers = _article_headers(lines)
    if not headers:
        return None
    furniture = "\n".join(lines[: headers[0][0]]).strip()
    if len(furniture) > MAX_FURNITURE_CHARS:
        log.warning(
            "%s: dropped %d characters before the first article (%r…); a digest starts with its "
            "first title line, so move that text into an article or a file of its own",
            origin,
            len(furniture),
            furniture[:40],
        )
    elif furniture:
        log.info("%s: dropped the page furniture before the first article: %r", origin, furniture)
    articles = []
    for number, (title_index, header) in enumerate(headers, 1):
        end = headers[number][0] if number < len(headers) else len(lines)
        articles.append(
            DigestArticle(
                number=number,
                title=lines[title_index].strip(),
                publisher=header["publisher"].strip(),
                date=header["date"],
                byline=lines[title_index + 1].strip(),
                body="\n".join(lines[title_index + 2 : end]).strip(),
                line=title_index + 1,
            )
        )
    return articles


def _article_headers(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    """(index of the title line, publisher-line match) for every article, in order."""
    headers: list[tuple[int, re.Match[str]]] = []
    for index in range(1, len(lines)):
        match = _PUBLISHER_LINE.fullmatch(lines[index])
        title = lines[index - 1]
        if match and title.strip() and not _PUBLISHER_LINE.fullmatch(title):
            headers.append((index - 1, match))
    return headers
