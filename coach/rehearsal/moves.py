"""Find conversational moves (blame, I-statements, concrete proposals…) in what the user says.

Detectors, compared on labelled lines by ``coach eval --rehearsal`` (figures in BENCHMARKS.md):

- ``patterns``: regular expressions from ``prompts/rehearse_moves.yaml`` (the only one without an
  embedder, and what the coach falls back to);
- ``nearest``: the local MiniLM compares the sentence with example utterances of each move;
- ``combined``: patterns, or a near-enough example;
- ``learned`` (the coach's default, chosen by the figures): one logistic-regression classifier per
  move over the sentence's MiniLM vector, which patterns matched, and TF-IDF word (1-3) and
  character (2-5) n-grams, trained at start-up from the labelled lines in
  ``prompts/rehearse_moves_train.jsonl`` and the examples. The n-grams carry the wording of an act
  ("oh great", "what's your read") that a sentence embedding blurs into its topic. Training takes
  a few seconds once the lines are embedded; a turn is one embedding and a sparse dot product.

The moves, their examples, patterns and labelled lines are data; this module holds only the logic.
The embedder is injected, so logic tests can use a fake.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from coach.config import PROMPTS_DIR
from coach.lazy_patterns import lazy_regex
from coach.model_cache import model_key, read_model, write_model
from coach.yaml_text import parse_yaml

Polarity = Literal["positive", "negative"]
DetectorMode = Literal["patterns", "nearest", "combined", "learned"]
DETECTOR_MODES: tuple[DetectorMode, ...] = ("patterns", "nearest", "combined", "learned")
TRAIN_PATH = PROMPTS_DIR / "rehearse_moves_train.jsonl"
PATTERN_FEATURE_WEIGHT = 0.5
"""Scale of the pattern-hit features next to the unit-length MiniLM vector (best of 0.5/1/2, 5-fold on train)."""
WORD_NGRAMS = (1, 3)
CHAR_NGRAMS = (2, 5)
"""TF-IDF n-gram ranges (each block is unit length per sentence, like the MiniLM vector)."""
DECISION_THRESHOLD = -0.3
"""A move is found when its classifier's log-odds pass this (0, -0.3, -0.6 tried 5-fold on train: -0.3
balances precision and recall best). A move may set its own ``decision`` in the data file, chosen by
``coach eval --rehearsal --suggest-decisions`` on the train lines' out-of-fold scores."""
INVERSE_PENALTY = 4.0
"""Logistic regression's C (inverse L2 strength): best of 1/4/8/16, 5-fold on the train lines."""
VETO_MARGIN = 0.1
"""How much surer a good move must be to cancel another good one in its sentence: "I feel I've reached what we set
out to do, and I'd like to find a mentor…" lost its I-statement (1.89) to a purpose (1.92), a coin toss."""
MOVES_PATH = PROMPTS_DIR / "rehearse_moves.yaml"
DEFAULT_THRESHOLD = 0.62
"""Cosine similarity to an example utterance that counts as the move (MiniLM, normalised vectors).

Measured on the shipped examples and scripts: paraphrases of the same act score 0.65-0.9, the same
topic said with a different act 0.3-0.6. Per-move overrides live in the data file.
"""

EMBEDDING_MARGIN = 0.05
"""An embedding hit must also be (nearly) the sentence's nearest move: a vague sentence that happens to
sit 0.63 from an I-statement example but 0.8 from a vague one is vague, not both."""

# (a full stop between digits is no sentence end: "18.000 euro" split into "18." and "000 euro…", review r16)
_SENTENCE = lazy_regex(r"(?:[^.!?…\n]|(?<=\d)\.(?=\d))+(?:[.!?…]+[\"'”’)]*|$)", re.MULTILINE)


class SentenceEmbedder(Protocol):
    """What move detection needs from an embedding model (``MiniLMEmbedder`` or a test fake)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One unit-length vector per text."""
        ...


class MovesFileError(ValueError):
    """The moves data file is malformed; the message names the move and the problem."""


@dataclass(frozen=True)
class MoveSpec:
    """One move as described in the data file."""

    id: str
    polarity: Polarity
    label: str
    patterns: tuple[re.Pattern[str], ...]
    turn_patterns: tuple[re.Pattern[str], ...]
    examples: tuple[str, ...]
    vetoed_by: tuple[str, ...]
    threshold: float
    requires: tuple[re.Pattern[str], ...] = ()
    """The learned classifier's hit counts only when the turn matches one of these (none: always counts)."""
    decision: float = DECISION_THRESHOLD
    """The learned classifier's log-odds above which the move is found."""
    doubted_by: tuple[str, ...] = ()
    """Moves that make this one less likely in the same sentence (thanks make sarcasm less likely)..."""
    doubted_decision: float = DECISION_THRESHOLD
    """...so with one of them found, the classifier must be this sure instead."""
    spared_by: tuple[re.Pattern[str], ...] = ()
    """A sentence matching one of these never shows the move ("only if you have time" is no sarcasm)."""
    vetoed_in_turn_by: tuple[str, ...] = ()
    """Moves that cancel this one anywhere in the same turn ("Great, very supportive. Thanks a lot.")."""
    shown_by: tuple[re.Pattern[str], ...] = ()
    """A sentence matching one of these always shows the move, whatever the classifier scores ("these sessions are a
    complete waste of my time" is an absolute, never thanks, review r27)."""
    ultimatums: tuple[re.Pattern[str], ...] = ()
    """Terms put as a threat ("…, and if you cancel that too we're done", review r26): they show the move as
    ``shown_by`` does, and the partner rebuffs them."""

    def allows(self, turn: str) -> bool:
        """Whether the turn meets the move's ``requires`` (a move without them always does)."""
        return not self.requires or any(pattern.search(turn) for pattern in self.requires)

    def shows(self, sentence: str) -> bool:
        """Whether the sentence is one the move's ``shown_by`` says always shows it (and ``spared_by`` does not)."""
        return any(p.search(sentence) for p in (*self.shown_by, *self.ultimatums)) and not self.spares(sentence)

    def threatens(self, text: str) -> bool:
        """Whether ``text`` puts terms as one of the move's ``ultimatums``."""
        return any(pattern.search(text) for pattern in self.ultimatums)

    def spares(self, sentence: str) -> bool:
        """Whether the sentence is one the move's ``spared_by`` says never shows it."""
        return any(pattern.search(sentence) for pattern in self.spared_by)


@dataclass(frozen=True)
class DetectedMove:
    """A move found in one sentence of a user turn; ``quote`` is an exact substring of the turn."""

    move: str
    polarity: Polarity
    quote: str
    via: Literal["pattern", "embedding"]
    similarity: float | None = None


@dataclass(frozen=True)
class LabelledLine:
    """One user line and the moves a person labelled in it (none: a neutral line)."""

    text: str
    moves: frozenset[str]


class MoveClassifier:
    """One linear classifier per move over ``[MiniLM vector, pattern hits, word n-grams, character n-grams]``."""

    def __init__(self, moves: Sequence[str], text_features: Any, weights: np.ndarray | None, bias: np.ndarray) -> None:
        self.moves = list(moves)
        self.text_features = text_features
        """The fitted TF-IDF vectorisers (scikit-learn), word then character."""
        self.weights = weights
        self.bias = bias

    def design(self, features: np.ndarray, sentences: Sequence[str]) -> Any:
        """The sparse input rows: the dense features followed by each vectoriser's n-grams."""
        from scipy.sparse import csr_matrix, hstack

        blocks = [csr_matrix(features), *(vectoriser.transform(sentences) for vectoriser in self.text_features)]
        return hstack(blocks).tocsr()

    def scores(self, features: np.ndarray, sentences: Sequence[str]) -> np.ndarray:
        """One row per sentence, one column per move: above 0 means the move is there."""
        assert self.weights is not None, "a trained classifier"
        return np.asarray(self.design(features, sentences) @ self.weights.T + self.bias)


class MoveCatalogue:
    """Every move, in file order, with the example vectors cached per embedder."""

    def __init__(self, specs: Sequence[MoveSpec]) -> None:
        self.specs = {spec.id: spec for spec in specs}
        self._vectors: weakref.WeakKeyDictionary[Any, tuple[np.ndarray, list[str]]] = weakref.WeakKeyDictionary()
        self._classifiers: weakref.WeakKeyDictionary[Any, MoveClassifier] = weakref.WeakKeyDictionary()
        self._memo: weakref.WeakKeyDictionary[Any, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()

    @property
    def positive(self) -> tuple[str, ...]:
        """Ids of the moves that soften the partner."""
        return tuple(i for i, s in self.specs.items() if s.polarity == "positive")

    @property
    def negative(self) -> tuple[str, ...]:
        """Ids of the moves that make the partner escalate or go cold."""
        return tuple(i for i, s in self.specs.items() if s.polarity == "negative")

    def example_vectors(self, embedder: SentenceEmbedder) -> tuple[np.ndarray, list[str]]:
        """All example vectors (one row each) and the move id of each row, embedded once per embedder."""
        cached = self._vectors.get(embedder)
        if cached is None:
            owners = [spec.id for spec in self.specs.values() for _ in spec.examples]
            texts = [example for spec in self.specs.values() for example in spec.examples]
            cached = (np.asarray(embedder.embed_documents(texts), dtype=np.float32), owners)
            self._vectors[embedder] = cached
        return cached

    def classifier(self, embedder: SentenceEmbedder, keep_in: Path | None = None) -> MoveClassifier:
        """The classifier trained on the shipped labelled lines and examples, once per embedder.

        With ``keep_in`` (a folder), the trained classifier is saved there and read back by later
        processes: training embeds about a thousand lines, which takes seconds to tens of seconds.
        """
        trained = self._classifiers.get(embedder)
        if trained is None:
            saved = keep_in / f"moves-{classifier_key()}.pickle" if keep_in is not None else None
            trained = read_model(saved, MoveClassifier) if saved is not None else None
            if trained is None:
                trained = train_classifier(embedder, read_labelled(TRAIN_PATH, set(self.specs)), self)
                if saved is not None:
                    write_model(saved, trained, stale="moves-*.pickle")
            self._classifiers[embedder] = trained
        return trained

    def vectors(self, embedder: SentenceEmbedder, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of ``texts``, each text embedded once per embedder (training reuses them)."""
        memo = self._memo.setdefault(embedder, {})
        missing = [text for text in dict.fromkeys(texts) if text not in memo]
        if missing:
            memo.update(zip(missing, np.asarray(embedder.embed_documents(missing), dtype=np.float32), strict=True))
        return np.vstack([memo[text] for text in texts])

    def pattern_hits(self, sentence: str) -> list[str]:
        """Moves whose sentence patterns match ``sentence`` (before vetoes)."""
        return [spec.id for spec in self.specs.values() if any(p.search(sentence) for p in spec.patterns)]

    def features(self, vectors: np.ndarray, sentences: Sequence[str]) -> np.ndarray:
        """The classifier's input: each sentence's vector followed by its pattern hits."""
        ids = list(self.specs)
        hits = np.zeros((len(sentences), len(ids)), dtype=np.float32)
        for row, sentence in enumerate(sentences):
            for move in self.pattern_hits(sentence):
                hits[row, ids.index(move)] = PATTERN_FEATURE_WEIGHT
        return np.hstack([vectors, hits])


def classifier_key() -> str:
    """Names a trained classifier by everything that shaped it: the data files, scikit-learn, the model."""
    import sklearn

    from coach.query_model import fingerprint

    return model_key(sklearn.__version__, fingerprint(), str(DECISION_THRESHOLD), files=(MOVES_PATH, TRAIN_PATH))


class MoveDatasetError(ValueError):
    """A labelled-lines file is missing or malformed; the message names the file and line."""


def read_labelled(path: Path, known: set[str]) -> list[LabelledLine]:
    """The labelled lines of one JSONL file (``{"text": ..., "moves": [...]}`` per line)."""
    try:
        raw_lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise MoveDatasetError(f"no such file: {path}") from None
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            text, moves = str(item["text"]), frozenset(str(m) for m in item["moves"])
        except (json.JSONDecodeError, KeyError, TypeError):
            raise MoveDatasetError(f'{path.name}:{number}: expected {{"text": ..., "moves": [...]}}') from None
        if moves - known:
            raise MoveDatasetError(f"{path.name}:{number}: unknown moves {sorted(moves - known)}")
        lines.append(LabelledLine(text, moves))
    if not lines:
        raise MoveDatasetError(f"{path.name} holds no labelled lines")
    return lines


def train_classifier(
    embedder: SentenceEmbedder, lines: Sequence[LabelledLine], catalogue: MoveCatalogue
) -> MoveClassifier:
    """Fit the per-move classifiers on ``lines`` plus every move's example utterances.

    Each move is a class-balanced logistic regression (a move is rare among lines, and balancing
    keeps it from being ignored); the n-gram vocabularies come from the same lines.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = [LabelledLine(text, frozenset({spec.id})) for spec in catalogue.specs.values() for text in spec.examples]
    rows = [*lines, *examples]
    texts = [row.text for row in rows]
    text_features = (
        TfidfVectorizer(ngram_range=WORD_NGRAMS, sublinear_tf=True, token_pattern=r"(?u)\b\w+'?\w*\b").fit(texts),
        TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True).fit(texts),
    )
    moves = list(catalogue.specs)
    untrained = MoveClassifier(moves, text_features, None, np.zeros(len(moves)))
    design = untrained.design(catalogue.features(catalogue.vectors(embedder, texts), texts), texts)
    weights, bias = np.zeros((len(moves), design.shape[1])), np.zeros(len(moves))
    for index, move in enumerate(moves):
        target = np.array([move in row.moves for row in rows])
        if target.all() or not target.any():  # nothing to learn: the move is always or never there
            bias[index] = 1.0 if target.any() else -1.0
            continue
        model = LogisticRegression(C=INVERSE_PENALTY, class_weight="balanced", max_iter=3000).fit(design, target)
        weights[index], bias[index] = model.coef_[0], float(model.intercept_[0])
    return MoveClassifier(moves, text_features, weights, bias)


_ABBREVIATION = lazy_regex(r"\b(?:vs|e\.g|i\.e|etc|approx|mr|mrs|ms|dr|prof|st)\.$", re.IGNORECASE)
"""A full stop that ends an abbreviation ("findings vs. opinions"), not the sentence."""
MIN_SENTENCE_WORDS = 3
"""A shorter piece ("Great.", "Ok.") is read with the sentence after it: alone it carries no move, and
"Great. Another cancellation." is one act."""


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it (stripped of surrounding space)."""
    spans = [[m.start(), m.end()] for m in _SENTENCE.finditer(text) if any(ch.isalnum() for ch in m.group(0))]
    merged: list[list[int]] = []
    for span in spans:
        if merged and _unfinished(text[merged[-1][0] : merged[-1][1]].strip()):
            merged[-1][1] = span[1]
        else:
            merged.append(span)
    if len(merged) > 1 and len(text[merged[-1][0] : merged[-1][1]].split()) < MIN_SENTENCE_WORDS:
        last = merged.pop()  # "…in the report. ok?": a short last piece goes with the one before
        merged[-1][1] = last[1]
    return [text[start:end].strip() for start, end in merged]


SMALL_TALK = lazy_regex(
    r"^\W*(?:(?:(?:hi|hey|hello|morning|good (?:morning|afternoon)|hola|oi|ol[aá]|hallo|bonjour|ciao|salut|namaste|"
    r"hej)\b[^.?!,]{0,25}"
    r"|how(?:'s| is| are| have)\s+(?:you|things|life|it going|your|the)\b[^.?!]{0,40}"
    r"|(?:thanks|thank you|thx|thank u)(?:\s+so much)?\s+for\s+(?:making|taking|take|finding|meeting|coming|the call|"
    r"your time|having|jumping|accept|accepting|agreeing|seeing|replying|answering|picking up|this call|the chat|"
    r"the meeting|the coffee|(?:the\s+)?coffee|the invite|grabbing|doing this|the call today)\b[^.?!]{0,30}"
    # "i know ur super busy": minding their time before the point (review r12 s10 got "Okay. Flattered.")
    r"|i know (?:you'?re|ur|u r|you are) (?:super |really |so |very |crazy |incredibly )?(?:busy|slammed|swamped|"
    r"flat out|stretched)\b[^.?!]{0,25}"
    # asking after them in the user's own language ("Oi Jordan, tudo bem?", review r34), and glad to talk at last
    r"|(?:oi|ol[aá]|hola|hallo|salut)?[,\s]*(?:\w+,?\s+)?(?:tudo bem|como (?:vai|est[aá]s?)|qu[eé] tal|wie geht'?s|"
    r"[cç]a va)\b[^.?!]{0,10}"
    r"|(?:finally|at last),?\s+we\s+(?:can\s+)?(?:talk|meet|speak)(?:\s+(?:haha|lol))?"
    r"|(?:have you |you )?got a (?:minute|sec|second|moment)\b[^.?!]{0,30}"
    # "good to see you too", "Good, and you?": greeting back (session 59: "hi, good to see you too" got "Okay. And?")
    r"|(?:(?:it'?s|it is|so|really)\s+)?(?:good|nice|great|lovely)\s+to\s+(?:see|meet)\s+you"
    r"(?:\s+(?:too|again|as well))?"
    r"|(?:(?:i'?m|all)\s+)?(?:good|fine|great|ok|okay|not bad|well)(?:,?\s+thanks?(?:\s+you)?)?"
    r"(?:,?\s+(?:and|how about)\s+you)?"
    r"|(?:busy|crazy|hectic|long)\s+week(?:\s+haha|\s+lol)?"
    r"|sounds? (?:exhausting|rough|busy|intense|hectic|tough|like a lot)\b[^.?!]{0,20}"
    r"|have you got (?:a bit of )?(?:energy|time)\b[^.?!]{0,30}"
    # "Please sit.": showing them in (review r10, s06: the opening was judged on it)
    r"|(?:please\s+)?(?:(?:do\s+)?(?:sit|come in)(?:\s+down)?|(?:take|have|grab) a (?:seat|chair|pew))(?:,?\s+please)?"
    r"|i hear(?:d)?\b[^.?!]{0,50})[.?!…,]*\s*)+$",
    re.IGNORECASE,
)
"""A sentence of small talk before the point: a greeting, asking after them, thanks for the time."""


def small_talk_only(text: str) -> bool:
    """Whether every sentence of ``text`` is small talk ("Hi Sam, thanks for making time.")."""
    sentences = split_sentences(text)
    return bool(sentences) and all(SMALL_TALK.match(sentence) for sentence in sentences)


def _unfinished(piece: str) -> bool:
    """Whether a piece should be read with the next one: an abbreviation's full stop, or a short interjection."""
    return _ABBREVIATION.search(piece) is not None or len(piece.split()) < MIN_SENTENCE_WORDS


class MoveDetector:
    """Detects moves in user turns with patterns plus (when an embedder is given) embeddings."""

    def __init__(
        self,
        embedder: SentenceEmbedder | None,
        catalogue: MoveCatalogue | None = None,
        mode: DetectorMode = "learned",
        classifier: MoveClassifier | None = None,
        keep_in: Path | None = None,
    ) -> None:
        self.embedder = embedder
        self.keep_in = keep_in
        """Where the trained classifier is saved for later processes (None: in memory only)."""
        self.catalogue = catalogue or load_moves()
        self.mode: DetectorMode = mode if embedder is not None else "patterns"
        """Which detectors run; ``coach eval --rehearsal`` compares them, the coach uses "learned"."""
        self._classifier = classifier

    def detect(self, text: str) -> list[DetectedMove]:
        """Every move in ``text``, one entry per (sentence, move), in sentence order."""
        sentences = split_sentences(text)
        if not sentences:
            return []
        if self.mode == "learned":
            return self._learned(text, sentences)
        similar = self._embedding_hits(sentences)
        found: list[DetectedMove] = []
        for sentence, by_embedding in zip(sentences, similar, strict=True):
            found.extend(self._sentence_moves(sentence, by_embedding))
        found.extend(self._turn_moves(text, sentences, {m.move for m in found}))
        return found

    def _sentence_moves(self, sentence: str, by_embedding: dict[str, float]) -> list[DetectedMove]:
        hits: dict[str, DetectedMove] = {}
        use_patterns = self.mode != "nearest"
        for spec in self.catalogue.specs.values():
            if use_patterns and any(p.search(sentence) for p in spec.patterns):
                hits[spec.id] = DetectedMove(spec.id, spec.polarity, sentence, "pattern")
            elif spec.id in by_embedding:
                similarity = round(by_embedding[spec.id], 3)
                hits[spec.id] = DetectedMove(spec.id, spec.polarity, sentence, "embedding", similarity)
        present = set(hits)
        kept = [hit for move, hit in hits.items() if not present & set(self.catalogue.specs[move].vetoed_by)]
        return self._with_shown(sentence, kept)

    def _turn_moves(self, text: str, sentences: list[str], already: set[str]) -> list[DetectedMove]:
        """Moves that only show across a whole turn (three apologies in three sentences)."""
        found: list[DetectedMove] = []
        if self.mode == "nearest":
            return found
        for spec in self.catalogue.specs.values():
            if spec.id in already:
                continue
            match = next((m for p in spec.turn_patterns if (m := p.search(text))), None)
            if match is not None:
                quote = next((s for s in sentences if match.group(0)[:8] in s), sentences[0])
                found.append(DetectedMove(spec.id, spec.polarity, quote, "pattern"))
        return found

    def _learned(self, text: str, sentences: list[str]) -> list[DetectedMove]:
        """Every move the classifier scores above 0 in a sentence, after vetoes."""
        assert self.embedder is not None
        classifier = self._classifier or self.catalogue.classifier(self.embedder, self.keep_in)
        # texting spelled out for the reader ("ur talk at the meetup … really stuck w me" found no move, review r34);
        # the quote stays as typed
        bare = [_LEADING_REPLY_WORDS.sub("", sentence) for sentence in sentences]
        read = [_spelled_out(sentence) for sentence in bare]
        vectors = np.asarray(self.embedder.embed_documents(read), dtype=np.float32)
        odds = classifier.scores(self.catalogue.features(vectors, read), read)
        found: list[DetectedMove] = []
        specs = self.catalogue.specs
        for sentence, said, row in zip(sentences, bare, odds, strict=True):
            sure = {move: float(p) for move, p in zip(classifier.moves, row, strict=True) if p > specs[move].decision}
            hits = {
                move: DetectedMove(move, specs[move].polarity, sentence, "embedding", round(p, 3))
                for move, p in sure.items()
                if specs[move].allows(text) and not specs[move].spares(said) and not specs[move].spares(sentence)
                and not self._doubted(move, p, sure)
            }
            found.extend(self._with_shown(sentence, [h for m, h in hits.items() if not self._vetoed(m, hits)], said))
        found.extend(self._turn_moves(text, sentences, {m.move for m in found}))
        in_turn = {m.move for m in found}
        return [m for m in found if not in_turn & set(specs[m.move].vetoed_in_turn_by)]

    def _with_shown(self, sentence: str, kept: list[DetectedMove], said: str | None = None) -> list[DetectedMove]:
        """``kept`` (a sentence's moves after vetoes) with the moves its `shown_by` or `ultimatums` always show.

        A shown move stands whatever vetoed it, and a poor one takes the good moves of its sentence with it: "these
        sessions are a complete waste of my time" read as thanks, which vetoed the poor move (review r27).
        """
        shown = {spec.id: DetectedMove(spec.id, spec.polarity, sentence, "pattern")
                 for spec in self.catalogue.specs.values() if spec.shows(sentence) or (said and spec.shows(said))}
        poor = any(hit.polarity == "negative" for hit in shown.values())
        return [*(hit for hit in kept if hit.move not in shown and not (poor and hit.polarity == "positive")),
                *shown.values()]

    def _doubted(self, move: str, odds: float, found: dict[str, float]) -> bool:
        """Whether a move that makes ``move`` less likely was found beside it, and the classifier is not sure enough."""
        spec = self.catalogue.specs[move]
        return bool(set(spec.doubted_by) & set(found)) and odds <= spec.doubted_decision

    def _vetoed(self, move: str, hits: dict[str, DetectedMove]) -> bool:
        """Whether another move in the sentence cancels ``move``.

        A poor move is cancelled by any of its vetoes (as in the data file); between two good moves a
        veto only wins over a move the classifier is less sure of (a pattern hit is surest).
        """

        def strength(hit: DetectedMove) -> float:
            return float("inf") if hit.similarity is None else hit.similarity

        vetoes = [hits[v] for v in self.catalogue.specs[move].vetoed_by if v in hits]
        if hits[move].polarity == "negative" or any(v.polarity == "negative" for v in vetoes):
            return bool(vetoes)
        return any(strength(v) >= strength(hits[move]) + VETO_MARGIN for v in vetoes)

    def _embedding_hits(self, sentences: list[str]) -> list[dict[str, float]]:
        """For each sentence, the moves whose nearest example passes the threshold and is close to the best."""
        if self.embedder is None or self.mode == "patterns":
            return [{} for _ in sentences]
        examples, owners = self.catalogue.example_vectors(self.embedder)
        vectors = np.asarray(self.embedder.embed_documents(sentences), dtype=np.float32)
        similarities = vectors @ examples.T
        hits: list[dict[str, float]] = []
        for row in similarities:
            best: dict[str, float] = {}
            for owner, value in zip(owners, row, strict=True):
                best[owner] = max(best.get(owner, -1.0), float(value))
            top = max(best.values())
            hits.append(
                {
                    move: value
                    for move, value in best.items()
                    if value >= self.catalogue.specs[move].threshold and value >= top - EMBEDDING_MARGIN
                }
            )
        return hits


@lru_cache(maxsize=4)
def load_moves(path: Path = MOVES_PATH) -> MoveCatalogue:
    """The move catalogue from the data file (cached; the file ships with the coach)."""
    data = parse_yaml(path.read_text("utf-8"))
    entries = data.get("moves") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise MovesFileError(f"{path.name}: expected a 'moves' list")
    specs = [_spec(entry, path.name) for entry in entries]
    ids = {spec.id for spec in specs}
    for spec in specs:
        unknown = set(spec.vetoed_by) - ids
        if unknown:
            raise MovesFileError(f"{path.name}: move {spec.id!r} is vetoed by unknown moves {sorted(unknown)}")
    return MoveCatalogue(specs)


def _spec(entry: Any, filename: str) -> MoveSpec:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise MovesFileError(f"{filename}: every move needs an 'id'")
    move_id = entry["id"]
    polarity = entry.get("polarity")
    if polarity not in ("positive", "negative"):
        raise MovesFileError(f"{filename}: move {move_id!r} needs polarity positive or negative")
    sentence_patterns, turn_patterns = [], []
    try:
        for raw in entry.get("patterns") or []:
            if isinstance(raw, dict):
                turn_patterns.append(re.compile(str(raw["pattern"]), re.IGNORECASE))
            else:
                sentence_patterns.append(re.compile(str(raw), re.IGNORECASE))
    except (re.error, KeyError) as error:
        raise MovesFileError(f"{filename}: move {move_id!r} has a bad pattern: {error}") from None
    requires = _patterns(entry, "requires", filename)
    spared_by = _patterns(entry, "spared_by", filename)
    examples = tuple(str(e) for e in entry.get("examples") or [])
    if not examples:
        raise MovesFileError(f"{filename}: move {move_id!r} needs example utterances")
    return MoveSpec(
        id=move_id,
        polarity=polarity,
        label=str(entry.get("label", move_id)),
        patterns=tuple(sentence_patterns),
        turn_patterns=tuple(turn_patterns),
        examples=examples,
        vetoed_by=tuple(entry.get("vetoed_by") or ()),
        threshold=float(entry.get("threshold", DEFAULT_THRESHOLD)),
        requires=requires,
        decision=float(entry.get("decision", DECISION_THRESHOLD)),
        doubted_by=tuple((entry.get("doubted_by") or {}).get("moves") or ()),
        doubted_decision=float((entry.get("doubted_by") or {}).get("decision", DECISION_THRESHOLD)),
        spared_by=spared_by,
        vetoed_in_turn_by=tuple(entry.get("vetoed_in_turn_by") or ()),
        shown_by=_patterns(entry, "shown_by", filename),
        ultimatums=_patterns(entry, "ultimatums", filename),
    )


def _patterns(entry: dict[str, Any], key: str, filename: str) -> tuple[re.Pattern[str], ...]:
    """The regexes a move lists under ``key`` ("requires", "spared_by"), compiled case-blind."""
    try:
        return tuple(re.compile(str(raw), re.IGNORECASE) for raw in entry.get(key) or [])
    except re.error as error:
        raise MovesFileError(f"{filename}: move {entry['id']!r} has a bad {key!r} pattern: {error}") from None


_TEXTING = lazy_regex(r"\b(?:ur|u|w|wanna|gonna|thx|pls|plz|rly|abt|tho|bc|b/c|idk|tbh)\b", re.IGNORECASE)


_LEADING_REPLY_WORDS = lazy_regex(
    r"^\W*(?:(?:yes|yeah|yep|yup|ok|okay|alright|all right|right|good|great|brilliant|perfect|sure|cool|lovely|nice|"
    r"excellent|wonderful|well|so|oh|ah|hm+|mm+|um+|look|listen)\b[\s,!…]*)+[.!…]+\s+(?=\S)", re.IGNORECASE)
"""Reply words in a piece of their own before a sentence ("Yeah alright. Tomorrow morning, 9, …"): read without
them, as they say nothing of a move ("Yeah alright. Tomorrow morning, 9, at the big cutting table, I'll go through
the tension test with you." found no follow-up, "Brilliant. Is there anything you'd want from me…?" no question
about their side, review r48); the quote keeps them."""


def _spelled_out(sentence: str) -> str:
    """A sentence with texting shorthand spelled out, as the classifier was taught to read it."""
    if not _TEXTING.search(sentence):
        return sentence
    from coach.writing import expand_shorthand  # (imported here: most sentences need no spelling out)

    return expand_shorthand(sentence)
