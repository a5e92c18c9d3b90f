"""Classes found in session 38: each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.grammar import spliced_clauses
from coach.pos import tag


def test_a_modal_after_a_determiner_is_a_noun_so_a_contrast_of_two_instructions_is_not_a_splice() -> None:
    # "the will" read as the modal made "Don't lead with the will, lead with…" two predicates in one clause
    assert dict(tag("Don't lead with the will, lead with what he wants."))["will"] == "NN"
    assert dict(tag("She will send it."))["will"] == "MD"
    assert spliced_clauses("Don't lead with the will, lead with what he wants the farm to look like in 10 years.") == []
    assert spliced_clauses("We met at PyCon stood out to me.") != []
