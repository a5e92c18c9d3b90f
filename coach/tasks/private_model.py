"""A learned reader of the note lines a user keeps to themselves.

Patterns (``prompts/phrasing/private.yaml``) catch the cues their author thought of; a new writer's
private lines come in words no list holds ("skint til payday", "he went on about his divorce"). This
model reads them from labelled notes: word (1–2) and character (2–4) n-grams weighted by TF-IDF and a
logistic regression, trained on every labelled piece of the sets in ``prompts/notes_train/`` (private
against everything else). It needs no embedding model, so it costs a few milliseconds per draft. It is
trained once (about two seconds, by ``coach index`` or the app's warm-up) and saved beside the installed
packages, where later processes read it back. Its settings (``learned`` in
private.yaml) were chosen by cross-validation over the train sets, grouped by notes set; the held-out
set in ``tests/data`` takes no part (``coach eval --notes`` reports both).
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from coach.config import PROMPTS_DIR
from coach.lazy_patterns import lazy_regex
from coach.model_cache import model_key, read_model, write_model
from coach.tasks._phrasing import frames
from coach.tasks.notes_labelled import load_sets

if TYPE_CHECKING:  # numpy loads with the model, on the first summary, not with the app's first page
    import numpy as np

TRAIN_DIR = PROMPTS_DIR / "notes_train"
TRAIN_SETS = tuple(sorted(TRAIN_DIR.glob("*.jsonl")))
_TRAINING = threading.Lock()


def training_pieces() -> tuple[list[str], list[bool]]:
    """Every labelled piece of the train sets with content, and whether it is private."""
    pieces = [part for path in TRAIN_SETS for notes in load_sets(path) for part in notes.parts if part.label != "none"]
    return [part.text for part in pieces], [part.label == "private" for part in pieces]


def build_model(strength: float) -> Any:
    """An untrained pipeline: TF-IDF word and character n-grams into a balanced logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    return make_pipeline(
        make_union(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                   TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2)),
        LogisticRegression(C=strength, max_iter=3000, class_weight="balanced"),
    )


def learned_settings() -> tuple[float, float]:
    """The model's regularisation strength ``C`` and the probability from which a piece is private."""
    learned = frames("private")["learned"]
    return float(learned["C"]), float(learned["threshold"])


@dataclass(frozen=True)
class NgramModel:
    """The trained model in a form that scores without scikit-learn (whose import alone takes over a second).

    It repeats what the pipeline does: word (1–2) and character (2–4, within words) n-gram counts, each
    block sublinear TF-IDF and unit length, then the logistic regression's weights. A test holds its
    probabilities equal to the pipeline's.
    """

    word_vocabulary: dict[str, int]
    word_idf: np.ndarray
    char_vocabulary: dict[str, int]
    char_idf: np.ndarray
    word_weights: np.ndarray
    char_weights: np.ndarray
    bias: float

    @classmethod
    def from_pipeline(cls, pipeline: Any) -> NgramModel:
        """The fitted pipeline of :func:`build_model`, unpacked."""
        union, regression = pipeline.steps[0][1], pipeline.steps[-1][1]
        words, chars = (vectoriser for _, vectoriser in union.transformer_list)
        weights = regression.coef_[0]
        return cls(dict(words.vocabulary_), words.idf_, dict(chars.vocabulary_), chars.idf_,
                   weights[: len(words.vocabulary_)], weights[len(words.vocabulary_):], float(regression.intercept_[0]))

    def probability(self, text: str) -> float:
        """How likely ``text`` is a private note."""
        lowered = text.lower()
        score = self.bias + _block(_word_ngrams(lowered), self.word_vocabulary, self.word_idf, self.word_weights)
        score += _block(_char_ngrams(lowered), self.char_vocabulary, self.char_idf, self.char_weights)
        return 1.0 / (1.0 + math.exp(-score))


_TOKEN = lazy_regex(r"(?u)\b\w\w+\b")
"""scikit-learn's default token pattern."""


def _word_ngrams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    return [*tokens, *(f"{first} {second}" for first, second in pairwise(tokens))]


def _char_ngrams(text: str) -> list[str]:
    grams: list[str] = []
    for word in text.split():  # as scikit-learn's "char_wb": each word padded with a space on both sides
        padded = f" {word} "
        for size in range(2, 5):
            if len(padded) <= size:  # a short word counts once, whole
                grams.append(padded)
                break
            grams.extend(padded[start:start + size] for start in range(len(padded) - size + 1))
    return grams


def _block(grams: list[str], vocabulary: dict[str, int], idf: np.ndarray, weights: np.ndarray) -> float:
    counts = Counter(vocabulary[gram] for gram in grams if gram in vocabulary)
    if not counts:
        return 0.0
    import numpy as np

    columns = np.fromiter(counts, dtype=np.int64)
    values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * idf[columns]
    return float(values @ weights[columns] / np.linalg.norm(values))


@cache
def _trained() -> NgramModel:
    from coach.query_model import environment_model_dir

    key = model_key(_SCORER_VERSION, repr(learned_settings()), files=TRAIN_SETS)
    saved = environment_model_dir() / "notes" / f"private-{key}.pickle"
    model = read_model(saved, NgramModel)
    if model is None:
        texts, private = training_pieces()
        model = NgramModel.from_pipeline(build_model(learned_settings()[0]).fit(texts, private))
        write_model(saved, model, stale="private-*.pickle")
    return model


_SCORER_VERSION = "ngram-1"
"""Part of the saved model's name: change it when :class:`NgramModel` changes."""


def prepare_private_model() -> None:
    """Train the model now, or read back the one saved beside the installed packages (``coach index``, warm-up)."""
    with _TRAINING:
        _trained()


def private_probabilities(texts: Sequence[str]) -> list[float]:
    """How likely each text is a private note, by the model trained on the labelled notes."""
    if not texts:
        return []
    with _TRAINING:  # sessions drafting at once train it once
        model = _trained()
    return [model.probability(text) for text in texts]

