"""Classes found in session 49 (review 51): each test names its class, not the example."""

from __future__ import annotations

from typing import Any

from coach.tasks._reframe import clauses
from tests.tasks.support import offline_draft


def _body(job: str, values: dict[str, Any]) -> str:
    return offline_draft(job, values, None)[0].body


def _failed(job: str, values: dict[str, Any]) -> list[str]:
    return [check.name for check in offline_draft(job, values, None)[1] if not check.passed]


def test_words_in_brackets_are_one_aside_never_split_at_their_comma() -> None:
    # "(he told me in august, I am happy for him really)" was cut at its comma: "(you told me in August [1]."
    feedback = ("Sam missed the handover twice this month (he told me in august, I am happy for him really) "
                "and the night team had to redo the checks.")
    assert any("(he told me in august, i am happy for him really)" in clause.lower() for clause in clauses(feedback))
    values = {"direction": "give", "feedback": feedback, "person_name": "Sam"}
    assert "reads_well" not in _failed("feedback", values)


def test_every_title_given_is_kept_and_a_family_name_first_is_greeted_whole() -> None:
    # "Prof. Zhang Wei" was greeted "Dear Prof. Wei"; "Reverend Canon Jane Smith" lost "Canon" (or was "Hi Reverend,")
    from coach.writing import greeting_name

    assert greeting_name("Prof. Zhang Wei", formal=True) == "Prof. Zhang Wei"
    assert greeting_name("Reverend Canon Jane Smith", formal=False) == "Reverend Canon Smith"
    assert greeting_name("The Revd Canon Jane Smith", formal=True) == "Revd Canon Smith"
    assert greeting_name("Prof. Dr. Anna Schmidt", formal=True) == "Prof. Dr. Schmidt"
    assert greeting_name("Mr. David Osei", formal=True) == "Mr. Osei"  # one title, a Western name: the surname


def test_the_users_initials_before_a_bare_verb_make_the_task_theirs() -> None:
    # "-> LN submit application by fri" was "**Me:** LN submit application"
    body = _body("summary", {"mentor_name": "Sarah Brooks", "my_name": "Li Na", "notes": (
        "-> LN submit application by fri\nSB to chat w/ hiring mgr")})
    assert "**Me:** Submit application (by Friday)" in body


def test_a_verb_after_an_adverb_in_ly_agrees_with_you() -> None:
    # "SB strongly suggests I apply…" became "You strongly suggests I apply…"
    body = _body("summary", {"mentor_name": "Sarah Brooks", "my_name": "Li Na", "notes": (
        "SB strongly suggests I apply for the ToN role in her team\nLN: submit application by fri")})
    assert "You strongly suggest I apply for the ToN role in your team" in body
    from coach.writing import to_you

    assert to_you("she relies on me", "Sarah") == "You rely on me"  # a verb in "-ly" is no adverb


def test_thanks_for_a_task_in_shorthand_is_specific() -> None:
    # "…especially for offering to chat with hiring manager." failed specific_thanks: the notes said "hiring mgr"
    values = {"mentor_name": "Sarah Brooks", "my_name": "Li Na", "notes": (
        "SB to chat w/ hiring mgr\n-> LN submit application by fri")}
    assert "specific_thanks" not in _failed("summary", values)


def test_what_is_arranged_for_next_time_goes_with_the_meeting_never_a_takeaway() -> None:
    # "- Room booked for 2pm next time." was what the user took away from the session
    body = _body("summary", {"mentor_name": "Dr. Omar Haddad", "my_name": "Jess", "notes": (
        "OH thinks my lit review is too broad, narrow to 2 themes\nroom booked for 2pm next time")})
    assert "- Room booked" not in body and "(room booked for 2pm next time)." in body
