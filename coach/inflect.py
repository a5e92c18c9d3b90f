"""Lemminflect, with its two look-up tables read on demand instead of parsed whole.

Lemminflect parses its lemma and inflection tables (120,000 CSV lines) into dictionaries on first
use: about 0.5 s, which a one-shot ``coach draft`` paid on every run for a few dozen words. Both
are sorted by word, so :class:`~coach.sorted_table.SortedTable` finds a word's lines in the
decompressed text (about 20 ms to decompress both, microseconds per word) and lemminflect's own
codecs parse them. Every caller goes through this module, so the tables are in place before the
first look-up.
"""

from __future__ import annotations

import gzip
from functools import cache
from typing import Any

from coach.sorted_table import SortedTable, merged_dicts


def _decompressed(path: str) -> str:
    with open(path, "rb") as compressed:
        return gzip.decompress(compressed.read()).decode()


def _lemma_line(line: str) -> dict[str, tuple[str, ...]]:
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    _, category, forms = LemmaLUCodec.fromString(line)
    return {categoryToUPos(category): forms}


def _inflection_line(line: str) -> dict[str, tuple[str, ...]]:
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    return dict(InflectionLUCodec.fromString(line)[2])


@cache
def _installed() -> Any:
    """Lemminflect's module, its singletons given the on-demand tables (their loaders see them as loaded)."""
    import lemminflect
    from lemminflect import config
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    lemmatizer = lemminflect.Lemmatizer()
    lemmatizer.lemma_dict = SortedTable(_decompressed(config.lemma_lu_fn), _lemma_line, merge=merged_dicts)
    inflections = lemminflect.Inflections()
    aux_and_modals = InflectionLUCodec.updateForAuxMod({})
    inflections.infl_dict = SortedTable(
        _decompressed(config.inflection_lu_fn), _inflection_line, merge=merged_dicts, fixed=aux_and_modals
    )
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
