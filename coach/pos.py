"""Part-of-speech tags from TextBlob's pattern tagger, loaded without NLTK.

The tagger (a Brill tagger: a lexicon, morphology and context rules) and its data ship in the
``textblob`` wheel, so nothing downloads. Importing ``textblob`` itself pulls in NLTK (five seconds
here), so the module that holds the tagger, ``textblob/_text.py``, which uses only the standard
library, is loaded on its own from the installed package.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from coach.inflect import get_all_lemmas, get_inflection, get_lemma
from coach.lazy_patterns import lazy_regex
from coach.sorted_table import SortedTable

_TOKEN = lazy_regex(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+(?:[.,:/-]\d+)*(?:-[A-Za-z]+)*|[^\sA-Za-z\d]")
_CONTRACTIONS = {
    "i'm": ["I", "am"], "i've": ["I", "have"], "i'll": ["I", "will"], "i'd": ["I", "would"],
    "you're": ["you", "are"], "you've": ["you", "have"], "you'll": ["you", "will"], "you'd": ["you", "would"],
    "we're": ["we", "are"], "we've": ["we", "have"], "we'll": ["we", "will"], "we'd": ["we", "would"],
    "they're": ["they", "are"], "they've": ["they", "have"], "they'll": ["they", "will"],
    "it's": ["it", "is"], "that's": ["that", "is"], "there's": ["there", "is"], "let's": ["let", "us"],
    "he's": ["he", "is"], "she's": ["she", "is"], "what's": ["what", "is"], "who's": ["who", "is"],
    "can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
}  # fmt: skip
"""Contractions split the way the tagger's training text wrote them."""


class TaggerUnavailable(RuntimeError):
    """The ``textblob`` package is not installed."""


@lru_cache(maxsize=1)
def pattern_parser() -> Any:
    """The English pattern parser (tagger and lexicon), loaded once per process for every caller."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        raise TaggerUnavailable("the textblob package is missing; run: pip install textblob")
    root = Path(spec.origin).parent
    text_spec = importlib.util.spec_from_file_location("_coach_pattern_text", root / "_text.py")
    if text_spec is None or text_spec.loader is None:
        raise TaggerUnavailable("textblob is installed but its tagger module is missing; reinstall textblob")
    module = importlib.util.module_from_spec(text_spec)
    text_spec.loader.exec_module(module)
    data = root / "en"
    lexicon = _on_demand_lexicon(module.Lexicon)(
        path=str(data / "en-lexicon.txt"),
        morphology=str(data / "en-morphology.txt"),
        context=str(data / "en-context.txt"),
        entities=str(data / "en-entities.txt"),
        language="en",
    )
    return module.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")


_COMMENT = ";;;"


def _on_demand_lexicon(lexicon_class: type) -> type:
    """Pattern's Lexicon, its words found by binary search in the sorted file instead of loaded whole.

    Pattern's own loader parses all 94,000 lines (about 0.2 s) on the first look-up; a one-shot
    ``coach draft`` looks up a few dozen words. The tagger and its rules only call ``get`` and ``in``.
    """

    class OnDemandLexicon(lexicon_class):  # type: ignore[misc]
        _table: SortedTable | None = None

        def load(self) -> None:
            """Never fills the dictionary: look-ups go to the sorted table."""

        def table(self) -> SortedTable:
            """The sorted lines, read on the first look-up."""
            if self._table is None:
                self._table = SortedTable(_lexicon_lines(self.path), _tag_of_line, separator=" ")
            return self._table

        def get(self, word: str, default: Any = None) -> Any:
            return self.table().get(word, default)

        def __getitem__(self, word: str) -> Any:
            return self.table()[word]

        def __contains__(self, word: object) -> bool:
            return word in self.table()

        def __len__(self) -> int:
            return len(self.table())

    return OnDemandLexicon


def _lexicon_lines(path: str) -> str:
    """The lexicon's "word TAG" lines, sorted by word, without the comment block at the top."""
    text = Path(path).read_text(encoding="utf-8")
    while text.startswith(_COMMENT):
        text = text[text.index("\n") + 1 :]
    return text


def _tag_of_line(line: str) -> str:
    return line.split(" ")[1]


def tokens(text: str) -> list[str]:
    """Words, numbers and punctuation of ``text``, with contractions split ("I'm" -> I, am)."""
    result: list[str] = []
    for token in _TOKEN.findall(text.replace("’", "'")):
        lowered = token.lower()
        if lowered in _CONTRACTIONS:
            first, second = _CONTRACTIONS[lowered]
            result += [token[0] + first[1:] if first != "I" else "I", second]
        elif lowered.endswith("n't") and len(lowered) > 3:
            result += [token[:-3], "not"]
        elif lowered.endswith(("'s", "'re", "'ve", "'ll", "'d")):
            head, _, tail = token.rpartition("'")
            result += [head, "'" + tail]
        else:
            result.append(token)
    return result


@lru_cache(maxsize=4096)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """``(word, Penn Treebank tag)`` pairs for one sentence."""
    words = tokens(text)
    if not words:
        return ()
    tagged = pattern_parser().find_tags(words, map=lambda token, pos: (token, pos))
    return fix_tags(tagged)


def fix_tags(tagged: Any) -> tuple[tuple[str, str], ...]:
    """``(word, tag)`` pairs with the lexicon's known misreadings corrected (every tag path uses it).

    Hyphenated verbs after their subject are verbs; a modal after a determiner is a noun ("the will").
    """
    pairs = [(str(word), str(pos)) for word, pos in tagged]
    fixed = []
    for i, (word, pos) in enumerate(pairs):
        verb_fixed = _hyphenated_verb(word, pos, _before_adverbs(pairs, i))
        fixed.append((word, _modal_as_noun(verb_fixed, pairs[i - 1][1] if i else "")))
    return tuple(fixed)


_DETERMINER_TAGS = ("DT", "PRP$")


def _modal_as_noun(penn: str, before: str) -> str:
    """A modal straight after a determiner names a thing: "the will", "a can", "her will"."""
    return "NN" if penn == "MD" and before in _DETERMINER_TAGS else penn


def _before_adverbs(pairs: list[tuple[str, str]], index: int) -> str:
    """The tag before ``index``, skipping adverbs ("Amara constantly double-books")."""
    for _, penn in reversed(pairs[:index]):
        if penn != "RB":
            return penn
    return ""


_SUBJECT_TAGS = ("PRP", "NNP", "NNPS")


def _hyphenated_verb(word: str, penn: str, before: str) -> str:
    """A hyphenated verb after its subject ("Amara double-books"), which the lexicon reads as an adjective.

    The last part decides: "books" is the -s form of "book", so "double-books" is too.
    """
    if "-" not in word or penn not in ("JJ", "NN", "NNS") or before not in _SUBJECT_TAGS:
        return penn
    last = word.rsplit("-", 1)[1].lower()
    base = get_lemma(last, upos="VERB", lemmatize_oov=False)
    if not base or base[0] == last:
        return penn
    for form in ("VBZ", "VBD"):
        if last in get_inflection(base[0], tag=form):
            return form
    return penn


def tag_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """One tag per given word, in order (no re-tokenising, so positions line up with ``words``)."""
    if not words:
        return ()
    tagged = pattern_parser().find_tags(list(words), map=lambda token, pos: (token, pos))
    return tuple(pos for _, pos in fix_tags(tagged))


def only_a_name(word: str) -> bool:
    """Whether the lexicon knows ``word`` (typed in lower case) only as a proper noun: "leicester", "dave"."""
    lexicon = pattern_parser().lexicon
    if lexicon.get(word) is not None or lexicon.get(word.capitalize()) not in ("NNP", "NNPS"):
        return False
    # "taster", "practise", "euro": ordinary words the lexicon lacks; "electrochemical", "pharmacological": an
    # adjective's ending, never a name's (review 67)
    return not get_all_lemmas(word) and not _ADJECTIVE_ENDING.search(word)


_ADJECTIVE_ENDING = lazy_regex(r"(?:ical|istic|ative|ous|ive)$")


def lexicon_tag(word: str) -> str | None:
    """The tag the lexicon gives ``word`` out of context, or None when it does not know the word."""
    found = pattern_parser().lexicon.get(word) or pattern_parser().lexicon.get(word.lower())
    return str(found) if found else None
