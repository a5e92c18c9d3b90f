"""Lemminflect, with its two look-up tables read on demand instead of parsed whole.

Lemminflect parses its lemma and inflection tables (120,000 CSV lines) into dictionaries on first
use: about 0.5 s, which a one-shot ``coach draft`` paid on every run for a few dozen words. Both
tables are sorted by word, so a word's lines can be found by binary search in the decompressed
text (about 20 ms to decompress both, microseconds per word) and parsed with lemminflect's own
codecs. Every caller goes through this module so the tables are installed before the first look-up.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

ParsedLine = tuple[str, dict[str, Any]]


class SortedTable:
    """A read-only mapping over a CSV whose lines are sorted by their first field.

    ``parse`` turns one line into (word, entries); a word's lines are merged in file order, as
    lemminflect's own loaders do. ``fixed`` entries replace what the file says for a word.
    """

    def __init__(self, text: str, parse: Callable[[str], ParsedLine], fixed: dict[str, Any] | None = None) -> None:
        self._text = text
        self._parse = parse
        self._fixed = fixed or {}
        self._found: dict[str, dict[str, Any] | None] = {}

    def get(self, word: str, default: Any = None) -> Any:
        """The merged entries for ``word``, or ``default`` when the table has no line for it."""
        if word in self._fixed:
            return self._fixed[word]
        if word not in self._found:
            self._found[word] = self._entries(word)
        found = self._found[word]
        return default if found is None else found

    def __getitem__(self, word: str) -> Any:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def _entries(self, word: str) -> dict[str, Any] | None:
        merged: dict[str, Any] = {}
        for line in self._lines_of(word):
            merged.update(self._parse(line)[1])
        return merged or None

    def _lines_of(self, word: str) -> Iterator[str]:
        start = self._first_line_at_or_after(word)
        while start < len(self._text) and self._key_at(start) == word:
            end = self._line_end(start)
            yield self._text[start:end]
            start = end + 1

    def _first_line_at_or_after(self, word: str) -> int:
        """The start of the first line whose key is not below ``word`` (len(text) when none)."""
        low, high = 0, len(self._text)
        while low < high:
            start = self._text.rfind("\n", 0, (low + high) // 2) + 1
            start = max(start, low)
            if self._key_at(start) < word:
                low = self._line_end(start) + 1
            else:
                high = start
        return low

    def _key_at(self, start: int) -> str:
        comma = self._text.find(",", start, self._line_end(start))
        return self._text[start:comma] if comma >= 0 else self._text[start : self._line_end(start)]

    def _line_end(self, start: int) -> int:
        end = self._text.find("\n", start)
        return len(self._text) if end < 0 else end


def _decompressed(path: str) -> str:
    with open(path, "rb") as compressed:
        return gzip.decompress(compressed.read()).decode()


def _lemma_line(line: str) -> ParsedLine:
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    word, category, forms = LemmaLUCodec.fromString(line)
    return word, {categoryToUPos(category): forms}


def _inflection_line(line: str) -> ParsedLine:
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    word, _, forms = InflectionLUCodec.fromString(line)
    return word, forms


@cache
def _installed() -> Any:
    """Lemminflect's module, its singletons given the on-demand tables (their loaders see them as loaded)."""
    import lemminflect
    from lemminflect import config
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    lemmatizer = lemminflect.Lemmatizer()
    lemmatizer.lemma_dict = SortedTable(_decompressed(config.lemma_lu_fn), _lemma_line)
    inflections = lemminflect.Inflections()
    aux_and_modals = InflectionLUCodec.updateForAuxMod({})
    inflections.infl_dict = SortedTable(_decompressed(config.inflection_lu_fn), _inflection_line, aux_and_modals)
    return lemminflect


def get_lemma(word: str, upos: str, lemmatize_oov: bool = True) -> tuple[str, ...]:
    """Lemminflect's lemmas of ``word`` as the universal part of speech ``upos`` ("VERB")."""
    return tuple(_installed().getLemma(word, upos=upos, lemmatize_oov=lemmatize_oov))


def get_all_lemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """Every lemma lemminflect's table knows for ``word``, by part of speech (empty when it knows none)."""
    return dict(_installed().getAllLemmas(word, upos))


def get_inflection(lemma: str, tag: str, inflect_oov: bool = True) -> tuple[str, ...]:
    """Lemminflect's forms of ``lemma`` for the Penn ``tag`` ("VBG", "VBZ")."""
    return tuple(_installed().getInflection(lemma, tag=tag, inflect_oov=inflect_oov))
