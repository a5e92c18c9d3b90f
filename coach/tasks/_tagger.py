"""TextBlob's pattern part-of-speech tagger, loaded on its own.

The tagger and its lexicon ship in the ``textblob`` wheel, so nothing downloads. Importing the
``textblob`` package itself also imports NLTK and SciPy (seconds of start-up, more on a busy
machine) for features we don't use, so this loads only its pattern module (standard library
only) and builds the English parser the way ``textblob.en`` does.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any


@cache
def _parser() -> Any:
    spec = importlib.util.find_spec("textblob")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("textblob is not installed: run make install")
    folder = Path(next(iter(spec.submodule_search_locations)))
    text_spec = importlib.util.spec_from_file_location("_coach_pattern_text", folder / "_text.py")
    if text_spec is None or text_spec.loader is None:
        raise RuntimeError(f"cannot load the pattern tagger from {folder}")
    pattern = importlib.util.module_from_spec(text_spec)
    text_spec.loader.exec_module(pattern)
    english = folder / "en"
    lexicon = pattern.Lexicon(
        path=str(english / "en-lexicon.txt"),
        morphology=str(english / "en-morphology.txt"),
        context=str(english / "en-context.txt"),
        entities=str(english / "en-entities.txt"),
        language="en",
    )
    return pattern.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """Penn Treebank tags for words already split into tokens (one tag per word)."""
    parsed = _parser().parse(" ".join(words), tokenize=False, tags=True, chunks=False, relations=False, lemmata=False)
    return [(token[0], token[1]) for sentence in parsed.split() for token in sentence]
