"""Look-ups in a sorted text table without parsing it whole.

Lemminflect's lemma and inflection tables and the tagger's lexicon are text files sorted by their
first field, which their libraries parse whole into dictionaries on first use (about 0.2 s each).
A one-shot ``coach draft`` looks up a few dozen words, so it finds each word's lines by binary
search in the text instead and parses only those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any


def last_value(values: Sequence[Any]) -> Any:
    """A word's lines combined as ``dict.update`` of whole values would: the last one wins."""
    return values[-1]


def merged_dicts(values: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A word's lines combined as lemminflect's loaders do: each line's entries update the last."""
    merged: dict[str, Any] = {}
    for value in values:
        merged.update(value)
    return merged


class SortedTable:
    """A read-only mapping over lines sorted by their key (the text before ``separator``).

    ``parse`` turns one line into its value; a word on several lines gets ``merge`` of their values,
    in file order. ``fixed`` entries replace what the text says for a word. Answers are cached.
    """

    def __init__(
        self,
        text: str,
        parse: Callable[[str], Any],
        *,
        separator: str = ",",
        merge: Callable[[Sequence[Any]], Any] = last_value,
        fixed: dict[str, Any] | None = None,
    ) -> None:
        self._text = text
        self._parse = parse
        self._separator = separator
        self._merge = merge
        self._fixed = fixed or {}
        self._found: dict[str, Any] = {}
        self._lines: int | None = None

    def get(self, word: str, default: Any = None) -> Any:
        """The value for ``word``, or ``default`` when the table has no line for it."""
        if word in self._fixed:
            return self._fixed[word]
        if word not in self._found:
            values = [self._parse(line) for line in self._lines_of(word)]
            self._found[word] = self._merge(values) if values else None
        found = self._found[word]
        return default if found is None else found

    def __getitem__(self, word: str) -> Any:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        """The number of lines (a word on several lines counts once per line)."""
        if self._lines is None:
            self._lines = self._text.count("\n") + (not self._text.endswith("\n"))
        return self._lines

    def _lines_of(self, word: str) -> Iterator[str]:
        start = self._first_line_at_or_after(word)
        while start < len(self._text) and self._key_at(start) == word:
            end = self._line_end(start)
            yield self._text[start:end]
            start = end + 1

    def _first_line_at_or_after(self, word: str) -> int:
        """The start of the first line whose key is not below ``word`` (past the end when none)."""
        low, high = 0, len(self._text)
        while low < high:
            start = max(self._text.rfind("\n", 0, (low + high) // 2) + 1, low)
            if self._key_at(start) < word:
                low = self._line_end(start) + 1
            else:
                high = start
        return low

    def _key_at(self, start: int) -> str:
        end = self._line_end(start)
        cut = self._text.find(self._separator, start, end)
        return self._text[start : cut if cut >= 0 else end]

    def _line_end(self, start: int) -> int:
        end = self._text.find("\n", start)
        return len(self._text) if end < 0 else end
