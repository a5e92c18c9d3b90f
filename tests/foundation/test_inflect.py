"""coach.inflect: lemminflect's tables read on demand answer as the tables parsed whole."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from coach.inflect import SortedTable, _decompressed, _inflection_line, _lemma_line


def _pair(line: str) -> tuple[str, dict[str, Any]]:
    word, value = line.split(",")
    return word, {value[0]: value}


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
    table = SortedTable("aardvark,x\napple,a1\napple,b2\ncherry,c\nzebra,z", _pair)
    assert table.get(word) == expected
    assert (word in table) is (expected is not None)


def test_fixed_entries_replace_the_file() -> None:
    table = SortedTable("can,x\n", _pair, fixed={"can": {"VB": ("can",)}})
    assert table["can"] == {"VB": ("can",)}
    with pytest.raises(KeyError):
        table["could"]


def _every_nth(words: list[str], n: int) -> list[str]:
    return [*words[::n], words[0], words[-1]]


def test_lemma_table_answers_as_lemminflects_own_loader() -> None:
    whole = LemmaLUCodec.load(config.lemma_lu_fn)
    table = SortedTable(_decompressed(config.lemma_lu_fn), _lemma_line)
    for word in _every_nth(sorted(whole), 37):
        assert table.get(word) == whole[word], word
    assert table.get("notaword-xyz") is None


def test_inflection_table_answers_as_lemminflects_own_loader() -> None:
    whole = InflectionLUCodec.load(config.inflection_lu_fn)
    table = SortedTable(
        _decompressed(config.inflection_lu_fn), _inflection_line, InflectionLUCodec.updateForAuxMod({})
    )
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
