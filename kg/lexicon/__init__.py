"""The bilingual lexicon: countries and regions from CLDR, cities from GeoNames, domain entries
(organisations, initiatives, cables, agreements, companies, technologies, people) from the
YAML files in ``seeds/lexicon/``, and users' own files (``kg build --lexicon FILE``).

>>> lexicon = load_lexicon()  # doctest: +SKIP
>>> [hit.entry_ids for hit in lexicon.scan("中巴经济走廊与上合组织")]  # doctest: +SKIP
[('initiative/cpec',), ('org/sco',)]
"""

from __future__ import annotations

from kg.lexicon.entry import LexiconEntry, LexiconHit, Office
from kg.lexicon.lexicon import Lexicon
from kg.lexicon.load import build_lexicon, lexicon_dir, load_lexicon, seeds_dir

__all__ = [
    "Lexicon",
    "LexiconEntry",
    "LexiconHit",
    "Office",
    "build_lexicon",
    "lexicon_dir",
    "load_lexicon",
    "seeds_dir",
]
