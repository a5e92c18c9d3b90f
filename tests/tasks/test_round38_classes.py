"""Classes found in session 38: each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.grammar import spliced_clauses
from coach.pos import tag
from coach.tasks import get_task
from coach.tasks.base import Style
from coach.tasks.session_notes import hedged


def test_a_modal_after_a_determiner_is_a_noun_so_a_contrast_of_two_instructions_is_not_a_splice() -> None:
    # "the will" read as the modal made "Don't lead with the will, lead with…" two predicates in one clause
    assert dict(tag("Don't lead with the will, lead with what he wants."))["will"] == "NN"
    assert dict(tag("She will send it."))["will"] == "MD"
    assert spliced_clauses("Don't lead with the will, lead with what he wants the farm to look like in 10 years.") == []
    assert spliced_clauses("We met at PyCon stood out to me.") != []


def test_a_doubt_about_a_tacked_on_date_leaves_the_task_firm_for_the_composer_and_the_check_alike() -> None:
    notes = ("he will send me his costing template\n"
             "i need to do the costing for all the menu before we meet again, and find date for first popup, "
             "maybe 26 april at the brewery")
    values = {"mentor_name": "Chen Wei", "notes": notes, "kind": "full", "my_name": "Javi", "next_meeting": ""}
    task = get_task("summary")
    draft = task.compose(task.validate(values), [], Style())
    assert "**Me:** Do the costing for all the menu" in draft.body
    checks = {check.name: check for check in task.check(draft.body, draft.subject, task.validate(values))}
    assert checks["task_lines_in_actions"].passed, checks["task_lines_in_actions"].hint
    assert hedged("me: maybe look into the Reforge course")
    assert hedged("book the room, maybe friday? not sure")
    assert hedged("perhaps next week I could ask her")
