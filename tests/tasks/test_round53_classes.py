"""Classes found in session 51's own reading of drafts: each test names its class."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any]) -> tuple[str, list[str]]:
    draft, checks = offline_draft(job, values, None)
    return draft.body, [check.name for check in checks if not check.passed]


@pytest.mark.parametrize(("task", "said"), [
    ("review slides if I send (by Thursday)", "Review slides if I send them"),
    ("look at my cover letter if I send", "Look at my cover letter if I send it"),
    ("read next draft when I finish, by Fri", "Read next draft when I finish it"),
])
def test_a_condition_whose_verb_lost_its_object_gets_it_back(task: str, said: str) -> None:
    # "- **Priya:** Review slides if I send (by Thursday)": shorthand that drops what is sent reads as a typo
    notes = f"talked abt my conference talk\nPriya: {task}\nme: cut the intro to 2 min"
    body, failed = _draft("summary", {"mentor_name": "Priya Nair", "my_name": "Sam", "notes": notes})
    assert said in body
    assert "if I send (" not in body and "if I send\n" not in body
    assert "reads_well" not in failed


@pytest.mark.parametrize(("context", "said"), [
    ("chef-owner of Brasa", "as chef-owner of Brasa"),
    ("co-owner of Delgado Electrical", "as co-owner of Delgado Electrical"),
    ("owner of a bakery in Leeds", "as an owner of a bakery in Leeds"),
])
def test_a_role_there_is_one_of_takes_no_article(context: str, said: str) -> None:
    # "Your experience as a chef-owner of Brasa": a restaurant has one chef-owner
    body, _ = _draft("outreach", {
        "mentor_name": "Tomás Vidal", "mentor_context": context,
        "why_them": "watched you break down a whole lamb at the Taste festival", "about_me": "line cook 3 yrs",
        "goal": "run my own kitchen one day", "ask": "could I stage in your kitchen for a day",
        "channel": "email", "tone": "warm", "my_name": "Kai"})
    assert said in body, body
