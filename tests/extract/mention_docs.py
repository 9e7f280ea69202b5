"""Documents for mention tests: one sentence per line, in the language of its script."""

from __future__ import annotations

import re

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import Document, EntityClass, Lang, Sentence, Span

_CJK = re.compile(r"[\u4e00-\u9fff]")


def make_doc(text: str, doc_id: str = "doc") -> Document:
    sentences = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            lang = Lang.ZH if _CJK.search(line) else Lang.EN
            sentences.append(Sentence(Span(start, end), lang))
        start = end + 1
    langs = {sentence.lang for sentence in sentences}
    lang = langs.pop() if len(langs) == 1 else Lang.MIXED
    return Document(id=doc_id, text=text, lang=lang, sentences=tuple(sentences), origin="test")


def names_found(text: str, lexicon: Lexicon) -> dict[str, EntityClass]:
    """Each name the mention finder reads in ``text`` (one sentence per line), with its class."""
    return {m.text: m.cls for m in find_mentions(make_doc(text), lexicon) if m.source != "compound"}
