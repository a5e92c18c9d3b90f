"""Classes left open by review 58 and mended in session 56: each test names its class."""

from __future__ import annotations

from typing import Any

from coach.tasks.feedback import happened_once
from coach.writing import greeting_name
from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any]) -> tuple[str, list[str]]:
    draft, checks = offline_draft(job, values, None)
    return draft.body, [check.name for check in checks if not check.passed]


def _behaviour(**fields: str) -> str:
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Tom", **fields})
    return next(line for line in body.splitlines() if line.startswith("**Behaviour:**"))


def test_one_incident_is_said_in_the_past_never_as_a_habit() -> None:
    once = _behaviour(feedback="he gave a client the wrong delivery date this morning",
                      when_it_happened="this morning in the handover",
                      behaviour="giving the client the wrong delivery date without checking the system")
    assert "you gave the client the wrong delivery date without checking the system." in once
    assert "you've been" not in once
    late = _behaviour(feedback="late to the ward round", when_it_happened="yesterday",
                      behaviour="late to the ward round")
    assert "you were late to the ward round." in late
    twice = _behaviour(feedback="interrupting people", when_it_happened="Monday's standup",
                       behaviour="interrupting Jun twice while she was giving her update")
    assert "you interrupted Jun twice while she was giving her update." in twice


def test_a_habit_or_a_stretch_of_time_keeps_you_have_been() -> None:
    again = _behaviour(feedback="keeps turning up late", when_it_happened="on Tuesday and again today",
                       behaviour="arriving after the round started")
    assert "you've been arriving after the round started." in again
    assert not happened_once("over the last month", "arriving late")
    assert not happened_once("mondays", "arriving late")
    assert not happened_once("yesterday", "always arriving late")
    assert happened_once("in Tuesday's client call", "talking over the client")


def test_a_two_word_given_name_leading_a_longer_name_is_greeted_whole() -> None:
    assert greeting_name("Juan Carlos Ortega", formal=False) == "Juan Carlos"
    assert greeting_name("Ana Lucía Gómez Ruiz", formal=True) == "Ana Lucía Gómez Ruiz"
    assert greeting_name("Dr. Juan Carlos Ortega", formal=False) == "Dr. Ortega"
    assert greeting_name("Juan Ortega", formal=False) == "Juan"
    assert greeting_name("Marie Anne Dupont", formal=False) == "Marie"


def test_a_bare_verb_typed_as_a_question_is_framed_as_the_users_request() -> None:
    body, failed = _draft("outreach", {
        "mentor_name": "Juan Carlos Ortega", "my_name": "Lucía", "channel": "email", "tone": "warm",
        "why_them": "you run the regenerative farm near Tarragona that my uncle told me about",
        "about_me": "I'm a sous chef in Barcelona", "goal": "starting my own small farm-to-table kitchen",
        "ask": "visit your farm?"})
    assert body.startswith("Hi Juan Carlos,")
    assert "Could I visit your farm?" in body and "\nVisit your farm?" not in body
    assert "one_specific_ask" not in failed
    assert "time_boxed" in failed  # no size was given, so the check asks for one rather than inventing it
