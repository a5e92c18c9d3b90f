"""coach.sorted_table and its users: lemminflect's tables and the tagger's lexicon read on demand answer as
the same tables parsed whole by their own libraries."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from coach.inflect import _decompressed, _inflection_line, _lemma_line
from coach.pos import pattern_parser
from coach.sorted_table import SortedTable, merged_dicts


def _entry(line: str) -> dict[str, Any]:
    value = line.split(",")[1]
    return {value[0]: value}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("apple", {"a": "a1", "b": "b2"}),  # two lines, merged in file order
        ("aardvark", {"x": "x"}),  # the first line
        ("zebra", {"z": "z"}),  # the last line, with no newline after it
        ("banana", None),  # between two words
        ("aaa", None),  # before the first
        ("zzz", None),  # after the last
        ("appl", None),  # a prefix of a word is not the word
        ("", None),
    ],
)
def test_sorted_table_finds_every_line_of_a_word_and_nothing_else(word: str, expected: object) -> None:
    table = SortedTable("aardvark,x\napple,a1\napple,b2\ncherry,c\nzebra,z", _entry, merge=merged_dicts)
    assert table.get(word) == expected
    assert (word in table) is (expected is not None)
    assert len(table) == 5


def test_fixed_entries_replace_the_file() -> None:
    table = SortedTable("can,x\n", _entry, fixed={"can": {"VB": ("can",)}})
    assert table["can"] == {"VB": ("can",)}
    with pytest.raises(KeyError):
        table["could"]


def _every_nth(words: list[str], n: int) -> list[str]:
    return [*words[::n], words[0], words[-1]]


def test_lemma_table_answers_as_lemminflects_own_loader() -> None:
    whole = LemmaLUCodec.load(config.lemma_lu_fn)
    table = SortedTable(_decompressed(config.lemma_lu_fn), _lemma_line, merge=merged_dicts)
    for word in _every_nth(sorted(whole), 37):
        assert table.get(word) == whole[word], word
    assert table.get("notaword-xyz") is None


def test_inflection_table_answers_as_lemminflects_own_loader() -> None:
    whole = InflectionLUCodec.load(config.inflection_lu_fn)
    fixed = InflectionLUCodec.updateForAuxMod({})
    table = SortedTable(_decompressed(config.inflection_lu_fn), _inflection_line, merge=merged_dicts, fixed=fixed)
    for word in [*_every_nth(sorted(whole), 19), "be", "can", "will"]:
        assert table.get(word) == whole[word], word


def test_the_coach_never_parses_a_whole_table_and_still_inflects() -> None:
    probe = (
        "from lemminflect.codecs import LemmaLUCodec as L, InflectionLUCodec as I\n"
        "def refuse(*a, **k): raise SystemExit('a whole table was parsed')\n"
        "L.LemmaLUCodec.load = I.InflectionLUCodec.load = classmethod(refuse)\n"
        "from coach.inflect import get_lemma, get_inflection, get_all_lemmas\n"
        "print(get_lemma('running', 'VERB'), get_inflection('take', 'VBG'), get_inflection('be', 'VBD'),"
        " sorted(get_all_lemmas('meeting')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "('run',) ('taking',) ('was', 'were') ['NOUN', 'VERB']"


def test_tagger_lexicon_answers_as_patterns_own_loader() -> None:
    from textblob._text import Lexicon

    on_demand = pattern_parser().lexicon
    whole = Lexicon(path=on_demand.path)
    whole.get("a")  # pattern loads the whole file on the first look-up
    words = sorted(dict.keys(whole))
    for word in [*_every_nth(words, 41), "I", "read", "London"]:
        assert on_demand.get(word) == dict.get(whole, word), word
        assert word in on_demand
    assert on_demand.get("notaword-xyz") is None and "notaword-xyz" not in on_demand
    assert len(on_demand) == len(words)
    assert dict.__len__(on_demand) == 0  # nothing was loaded into the dictionary itself
