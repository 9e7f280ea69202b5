"""Documents for mention tests: one sentence per line, in the language of its script."""

from __future__ import annotations

import re

from kg.model import Document, Lang, Sentence, Span

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
