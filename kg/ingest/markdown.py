"""Markdown: YAML front matter for the metadata, and the body reduced to plain text.

The reduction keeps the words and drops the syntax: heading marks, emphasis, code marks, link
and image syntax (``[text](url)`` → text), block-quote and list markers, table rules, HTML
comments and tags. Lines of one paragraph are joined with a space, as Markdown renders them
(spaces between Chinese characters then go in normalisation); every block (paragraph,
heading, list item, table row) becomes its own paragraph, separated by a blank line, so that a
heading is a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from kg.errors import DocumentFormatError

_FRONT_MATTER_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?P<kind>=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE_MARK = re.compile(r"^\s{0,3}>[ \t]?")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_BLOCK_SYNTAX_STARTS = frozenset("#=-*_+>|`~[0123456789")
"""A line starting with anything else is paragraph text: no block pattern needs trying."""
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")

# (the character whose absence makes a pattern pointless, pattern, replacement). None crosses a
# line, and each stops at the next opening mark or after a bounded span, so that unclosed marks
# ("[[[[…") cost linear, not quadratic, time.
_INLINE = (
    ("`", re.compile(r"`+([^`\n]+?)`+"), r"\1"),
    ("!", re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1"),
    ("[", re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\s]|\([^()\n]*\))*(?:[ \t]+[\"'(][^()\n]*)?\)"), r"\1"),
    ("[", re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]"), r"\1"),
    ("<", re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), r"\1"),
    ("<", re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>"), ""),
    ("*", re.compile(r"\*\*(?=\S)([^\n]{1,300}?)(?<=\S)\*\*"), r"\1"),
    ("_", re.compile(r"__(?=\S)([^\n]{1,300}?)(?<=\S)__"), r"\1"),
    ("*", re.compile(r"(?<![A-Za-z0-9*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![A-Za-z0-9*])"), r"\1"),
    ("_", re.compile(r"(?<![A-Za-z0-9_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![A-Za-z0-9_])"), r"\1"),
    ("~", re.compile(r"~~(?=\S)([^\n]{1,300}?)(?<=\S)~~"), r"\1"),
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])"), r"\1"),
)


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML's safe loader (in C when available) that leaves dates as written.

    Without the timestamp resolver, ``date: 2018-02-30`` stays a string for ``normalize_date``
    to report (and drop) instead of failing the whole front matter.
    """


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class MarkdownDocument:
    """A Markdown file split into its metadata and its plain-text body."""

    metadata: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    heading: str | None = None
    """The text of the first block when it is a level-1 heading: the title when metadata has none."""


def parse_markdown(text: str, *, origin: str) -> MarkdownDocument:
    """Split front matter from the body and reduce the body to plain text.

    Raises ``DocumentFormatError`` (naming ``origin`` and the line) for broken front matter.
    """
    metadata, body = _split_front_matter(text, origin)
    blocks, heading = _blocks(_without_html_comments(body))
    text = _inline("\n\n".join(blocks))
    if "\n\n\n" in text:  # a block that was only markup is now empty
        text = _EXTRA_BLANK_LINES.sub("\n\n", text)
    return MarkdownDocument(metadata=metadata, body=text, heading=heading and _inline(heading))


def _without_html_comments(text: str) -> str:
    """``text`` without ``<!-- … -->`` comments; an unclosed one is kept as text."""
    parts = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        parts.append(text[position:start])
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def _split_front_matter(text: str, origin: str) -> tuple[dict[str, Any], str]:
    opening = _FRONT_MATTER_OPEN.match(text)
    if opening is None:
        return {}, text
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if closing is None:
        raise DocumentFormatError(
            f"{origin}:1: the front matter opened by '---' on line 1 is never closed; "
            "add a line '---' after the metadata"
        )
    yaml_text = text[opening.end() : closing.start()]
    body = text[closing.end() :].removeprefix("\n")
    return _load_yaml(yaml_text, origin), body


def _load_yaml(yaml_text: str, origin: str) -> dict[str, Any]:
    try:
        loaded = yaml.load(yaml_text, Loader=_FrontMatterLoader)  # a safe loader
    except (yaml.YAMLError, ValueError) as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 2 if mark is not None else 2  # +1 for the '---' line, +1 to count from 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise DocumentFormatError(
            f"{origin}:{line}: invalid YAML in the front matter ({problem}); fix that line, "
            "e.g. quote a value that contains ': '"
        ) from error
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise DocumentFormatError(
            f"{origin}:2: the front matter is a {type(loaded).__name__}, not a mapping; "
            "write it as 'key: value' lines (title, source, date, language, publisher)"
        )
    return {str(key): value for key, value in loaded.items()}


def _blocks(body: str) -> tuple[list[str], str | None]:
    """The plain-text blocks of a Markdown body, and the first block if it is a level-1 heading."""
    blocks: list[str] = []
    paragraph: list[str] = []
    first_heading: str | None = None
    in_code = False

    def flush() -> None:
        if paragraph:
            blocks.append(" ".join(line.strip() for line in paragraph))
            paragraph.clear()

    def add_heading(text: str, level: int) -> None:
        nonlocal first_heading
        text = text.strip()
        if not text:
            return
        if not blocks and level == 1:
            first_heading = text
        blocks.append(text)

    for raw_line in body.split("\n"):
        if in_code:
            if _FENCE.match(raw_line):
                in_code = False
            elif raw_line.strip():
                blocks.append(raw_line.rstrip())
            continue
        stripped = raw_line.lstrip()
        if not stripped:
            flush()
            continue
        if stripped[0] not in _BLOCK_SYNTAX_STARTS:
            paragraph.append(raw_line)
            continue
        if _FENCE.match(raw_line):
            flush()
            in_code = True
            continue
        line = _QUOTE_MARK.sub("", raw_line)
        if not line.strip():
            flush()
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            flush()
            add_heading(heading["text"] or "", len(heading["marks"]))
            continue
        underline = _SETEXT_UNDERLINE.match(line)
        if underline and paragraph:
            text = " ".join(part.strip() for part in paragraph)
            paragraph.clear()
            add_heading(text, 1 if underline["kind"].startswith("=") else 2)
            continue
        if _THEMATIC_BREAK.match(line) or _TABLE_RULE.match(line) or _LINK_DEFINITION.match(line):
            flush()
            continue
        item = _LIST_MARK.match(line)
        if item:
            flush()
            paragraph.append(line[item.end() :])
        elif line.lstrip().startswith("|"):
            flush()
            blocks.append(" | ".join(cell.strip() for cell in line.strip().strip("|").split("|")))
        else:
            paragraph.append(line)
    flush()
    return [block for block in blocks if block.strip()], first_heading


def _inline(text: str) -> str:
    for trigger, pattern, replacement in _INLINE:
        if trigger in text:
            text = pattern.sub(replacement, text)
    return text.strip()
