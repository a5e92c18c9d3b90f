"""Tags for words already split into tokens, from the one shared pattern tagger (:mod:`coach.pos`)."""

from __future__ import annotations

from coach.pos import fix_tags, pattern_parser


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """Penn Treebank tags for words already split into tokens (one tag per word)."""
    parsed = pattern_parser().parse(" ".join(words), tokenize=False, tags=True, chunks=False, relations=False,
                                    lemmata=False)
    return list(fix_tags((token[0], token[1]) for sentence in parsed.split() for token in sentence))
