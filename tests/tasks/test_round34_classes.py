"""The classes the thirty-fourth fresh-eyes reading of offline drafts found, each tried on its own shape.

Summaries: "and sat at the back" is no Saturday, "tbd - maybe…?" said without its "tbd" and with one mark,
"me: still scared…", "me: … ?? not sure", "Q to self:" and "Q: should I…" lines, "todo: write her thank you msg",
"reunión con CI - about…", "Getting me…" after "also for", "Mbak Sari", "Herr Dr. Brandt". Prepare: arrows
before a name and its verb, "going to show me", "finally hired", "open own clinic". Feedback: "he's actually been
great". Checks: "class A", "one short meeting".
"""

from __future__ import annotations

from coach.checks import has_bounded_ask
from coach.grammar import midsentence_capitals
from coach.tasks import get_task
from coach.tasks._phrasing import shape_of
from coach.tasks.base import Style
from coach.tasks.prepare import _Plan
from coach.tasks.reading import task_lines
from coach.tasks.session_notes import ME, is_title_line, parse_notes
from coach.tasks.summary import thanks_also, to_mentor
from coach.writing import expand_shorthand, greeting_name, to_you


def _thanks(notes: str, next_meeting: str = "") -> str:
    values = {"mentor_name": "Eleanor Whitcombe", "notes": notes, "kind": "thanks", "my_name": "Bill",
              "next_meeting": next_meeting}
    return get_task("summary").compose(values, [], Style()).body


def test_sat_before_a_place_is_the_verb_and_tbd_leads_nothing() -> None:
    assert "sat at the back" in to_mentor("she came to my 1st session and sat at the back", "Eleanor Whitcombe")
    body = _thanks("- she said keep the tip: teach one thing per session", "tbd - maybe at the conference in Vienna?")
    assert "our next session, maybe at the conference in Vienna?\n" in body


def test_feelings_doubts_and_questions_to_self_are_no_tasks() -> None:
    parsed = parse_notes("me: still scared I'm too old for this (41)\n"
                         "me: update LinkedIn headline, drop 'teacher'?? not sure I agree, think about it\n"
                         "Q to self: do I actually want to manage people\n"
                         "Q: should I tell you that I am considering to leave? not yet maybe\n"
                         "Todo: write her thank you msg", "Jennifer Alvarez")
    assert parsed.actions == []
    assert parsed.takeaways[0] == "I'm still scared I'm too old for this (41)"
    assert len(parsed.takeaways) == 2  # the two questions to self and the note about this email are left out
    assert task_lines("Todo: write her thank you msg") == []
    assert is_title_line("reunión con CI - about the move from lab tech to QA/regulatory")


def test_thanks_and_greetings() -> None:
    assert thanks_also(["Getting me the guest spot in Lisbon"]) == (
        "Thank you also for getting me the guest spot in Lisbon.")
    assert greeting_name("Mbak Sari Wulandari", False) == "Mbak Sari"
    assert to_you("he's actually been great at following up", "Mr. Daniel Okoro").startswith("You've actually been")
    # honorifics as given, stacked too
    assert greeting_name("Herr Dr. Brandt", False) == "Herr Dr. Brandt"
    assert greeting_name("Prof. Dr. Anna Schmidt", False) == "Prof. Dr. Schmidt"


def test_prepare_arrows_plans_and_updates() -> None:
    plan = _Plan({"mentor_name": "Marisol", "goals": "x", "progress": "",
                  "open_items": "Marisol: going to show me her CRM setup\n"
                                "- Dewi: ask if I can co-deliver one session -> Dewi said yes\n"
                                "- she will check Q1 intake -> pending"})
    assert plan.open_items == ["You said you'd show me your CRM setup",
                               "Dewi: ask if I can co-deliver one session: Dewi said yes",
                               "You said you'd check Q1 intake: pending"]
    assert shape_of("finally hired the second research tech") == "past"
    assert shape_of("open own physio clinic") == "verb"
    assert expand_shorthand("going medic -> MD") == "going medic to MD"


def test_checks_read_letter_grades_and_one_short_meeting() -> None:
    assert midsentence_capitals("I'm 11 years OTR class A clean record.") == []
    assert has_bounded_ask("Would you be open to one short meeting?")
    assert [a.owner for a in parse_notes("me: book the exam", "Jennifer Alvarez").actions] == [ME]
