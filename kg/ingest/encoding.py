"""Bytes → text: UTF-8 (with or without BOM), UTF-16 (LE/BE, with or without BOM), GB18030/GBK.

Strict decoders go first, in an order where each can only succeed on its own encoding:
a byte-order mark; a charset the file declares (HTML); UTF-8, which almost no other
encoding passes strictly; UTF-16 when NUL bytes sit at every other position; GB18030, which
accepts most byte sequences and so must check that the result reads as Chinese; and only then
``charset-normalizer``, because detectors guess badly on short Chinese texts. Every candidate
must look like text (few control characters), so a binary file is refused, not mis-decoded.
"""

from __future__ import annotations

import codecs
import logging
import re

from kg.errors import DecodingError
from kg.ingest.chars import CJK, LATIN, SHARED_PUNCTUATION

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]+")
_NOT_TEXT_LIKE = re.compile(f"[^{CJK}{SHARED_PUNCTUATION}{LATIN}\\x20-\\x7e\\s\u2010-\u205e]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")

MAX_CONTROL_SHARE = 0.05
"""A decoding with more control (or private-use, or replacement) characters than this is refused."""
MIN_UTF16_TEXT_SHARE = 0.9
"""A UTF-16 decoding without BOM must be this much letters, CJK, punctuation and spaces."""
MIN_GB2312_SHARE = 0.7
"""A GB18030 decoding must be this much common simplified Chinese (GB2312), else it is a guess."""


def decode_bytes(data: bytes, *, origin: str, declared: str | None = None) -> str:
    """The text of ``data``; ``declared`` is a charset the file names (``<meta charset>``).

    Raises ``DecodingError`` naming ``origin`` when no encoding gives text.
    """
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding, origin)
    for encoding in _candidates(data, declared):
        text = _try_decode(data, encoding)
        if text is not None and _looks_like(text, encoding):
            if encoding != "utf-8":
                log.debug("%s: decoded as %s", origin, encoding)
            return text
    guessed = _guess_with_charset_normalizer(data)
    if guessed is not None:
        encoding, text = guessed
        log.info("%s: no strict decoder fits; charset-normalizer reads it as %s", origin, encoding)
        return text
    raise DecodingError(
        f"{origin}: cannot decode the file: it is not UTF-8, UTF-16 or GB18030 text and looks "
        "binary; save it as UTF-8 text, or remove it from the input"
    )


def _decode_with_bom(data: bytes, encoding: str, origin: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodingError(
            f"{origin}: starts with a {encoding.upper()} byte-order mark but byte {error.start} is "
            f"invalid in {encoding.upper()}; re-save the file as UTF-8"
        ) from error
    return text.removeprefix("\ufeff")


def _candidates(data: bytes, declared: str | None) -> list[str]:
    encodings = []
    if declared:
        try:
            encodings.append(codecs.lookup(declared).name)
        except LookupError:
            log.debug("unknown declared charset %r ignored", declared)
    encodings.append("utf-8")
    encodings.extend(_utf16_by_nul_bytes(data))
    encodings.append("gb18030")
    return encodings


def _utf16_by_nul_bytes(data: bytes) -> list[str]:
    """UTF-16 byte orders worth trying: ASCII characters put their NUL byte on one side."""
    if len(data) % 2:
        return []
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if odd + even == 0:
        return []
    return ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like(text: str, encoding: str) -> bool:
    """Whether a strict decoding reads as text, not as the bytes of another encoding."""
    if not text:
        return True
    if _count(_CONTROL, text) > MAX_CONTROL_SHARE * len(text):
        return False
    if encoding.startswith("utf-16"):
        return _count(_NOT_TEXT_LIKE, text) <= (1 - MIN_UTF16_TEXT_SHARE) * len(text)
    if encoding == "gb18030":
        wide = "".join(_NON_ASCII.findall(text))
        if not wide:
            return True
        missing = wide.encode("gb2312", errors="replace").count(b"?")
        return missing <= (1 - MIN_GB2312_SHARE) * len(wide)
    return True


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the one-character-class ``pattern`` (with ``+``) covers."""
    return sum(map(len, pattern.findall(text)))


def _guess_with_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported here: needed only when strict decoders fail

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    if not text.strip() or not _looks_like(text, best.encoding):
        return None
    return best.encoding, text
