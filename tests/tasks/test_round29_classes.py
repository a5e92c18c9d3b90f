"""The classes the twenty-ninth fresh-eyes reading of offline drafts found, each tried on its own shape.

Summaries: a mentor named "Carol" whom the notes call "CR", "me: nervous…" and "me: talked about…" as no
task, a past event with ", says" as no task, a one-word verdict after a label, a note to self "action (me):",
"ask the IV nurse if I can shadow her", a first line "call with T this evening abt…", "showed me around… and
explained", emoji and "ugh" left out, "I send her" in the mentor's own task. Prepare: the mentor's open item
as what they said they'd do, "like he suggested", "shed", a long goal named in the agenda, an event ahead as a
label, a noun phrase with another subject after it. Feedback: "she needs to understand…", "3 times in the last
2 weeks", "extended breaks", the user's "and I don't really know what that means".
"""

from __future__ import annotations

from coach.tasks import get_task
from coach.tasks._phrasing import about_me, parse_person
from coach.tasks._reframe import read, users_own_apart
from coach.tasks.base import Style
from coach.tasks.prepare import _Plan, _slots, agenda_lines
from coach.tasks.session_notes import ME, is_title_line, parse_notes
from coach.tasks.summary import favours_done, to_mentor
from coach.writing import expand_shorthand, initials_used_for


def _summary(notes: str, mentor: str, kind: str = "full") -> str:
    values = {"mentor_name": mentor, "notes": notes, "kind": kind, "my_name": "Emily"}
    return get_task("summary").compose(values, [], Style()).body


# -- summaries ------------------------------------------------------------------------------------------


def test_initials_used_again_and_again_for_a_mentor_named_by_first_name_are_theirs() -> None:
    notes = "- CR: my obs good\n- CR says use SBAR every time\n- CR will ask the IV nurse\n- CV: cut to 2 pages"
    assert initials_used_for(notes, "Carol") == {"CR"}
    assert initials_used_for("- CV: cut to 2 pages\n- me: send it", "Carol") == set()  # once, and a CV
    assert initials_used_for("me: shadow the delivery\nme: ask Kieran", "Marguerite") == set()  # "me" is no "ME"
    body = _summary(notes, "Carol")
    assert "CR" not in body


def test_how_the_user_felt_and_what_they_said_are_no_tasks() -> None:
    parsed = parse_notes("- me: nervous abt the IV comp, havent done a cannula yet\n"
                         "- me: talked about the pre-app for the wind farm\n- me: want to do the APC this year\n"
                         "- me: email team mgr by mon", "Siobhan")
    assert [(a.owner, a.task) for a in parsed.actions] == [(ME, "Email team mgr")]
    assert parsed.takeaways[0].startswith("I'm nervous abt the IV comp")
    assert parsed.takeaways[1] == "I talked about the pre-app for the wind farm"


def test_what_they_already_did_and_a_one_word_verdict_are_no_tasks_of_theirs() -> None:
    parsed = parse_notes("* she read my draft, says the science part is strong\n"
                         "S: normal. prep a one page Q&A beforehand", "Siobhan Kelly")
    assert parsed.actions == []
    assert to_mentor(parsed.takeaways[0], "Siobhan Kelly").startswith("You read my draft, said the science part")
    assert "normal" not in " ".join(parsed.takeaways) and "prep a one page Q&A" in " ".join(parsed.takeaways)


def test_labelled_tasks_in_shorthand_and_the_person_just_named_keep_their_owner() -> None:
    parsed = parse_notes("- action (me): write RFC for the queue migration\n- R reviews RFC draft before I send\n"
                         "- R intro to Mei (staff eng on payments) -> ask how she got promoted\n"
                         "- Action for me: write down what a baker would do", "R.")
    owners = [a.owner for a in parsed.actions]
    assert owners == [ME, "R.", "R.", ME]
    body = _summary("- CR will ask the IV nurse if i can shadow her mon/tues\n- CR says use SBAR", "Carol")
    assert "shadow her" in body
    assert "ask how she got promoted" in _summary("- R intro to Mei -> ask how she got promoted", "R.")
    assert "IF I send you my writing sample" in _summary(
        "- she'll write a rec ltr IF I send her my writing sample by the 10th\n- she said apply broadly", "Judge Nwosu")


def test_a_first_line_with_when_it_was_is_a_title_and_a_favour_keeps_one_verb_form() -> None:
    assert is_title_line("call with T this evening abt moving from excel reporting to a data analyst role")
    assert favours_done("You showed me around the warehouse and explained how the role works") == [
        "showing me around the warehouse and explaining how the role works"]


def test_emoji_and_ugh_are_left_out_of_what_is_sent() -> None:
    assert expand_shorthand("😱 she said pick the one with range. note draft (ugh, 60% done) 🙌") == (
        "she said pick the one with range. note draft (60% done)")
    body = _summary("- 😱 he said pick the monologue that shows range\n- me: book headshots by fri", "Marcus")
    assert "😱" not in body


# -- prepare --------------------------------------------------------------------------------------------


def test_the_mentors_open_items_and_progress_are_said_to_them() -> None:
    plan = _Plan({"mentor_name": "Tomás", "goals": "x", "progress": "redid the stats like he suggested",
                  "open_items": "tomás said shed look at my rate sheet\nTomás - send the contract template"})
    assert plan.progress == ["redid the stats like you suggested"]
    assert plan.open_items == ["You said you'd look at my rate sheet", "You said you'd send the contract template"]


def test_a_long_goal_is_named_in_the_agenda_and_an_event_ahead_is_a_label() -> None:
    goal = ("I think my main goal right now is getting better at presenting my work to stakeholders because I feel "
            "like my designs are fine but I lose the room, especially with the engineering lead")
    plan = _Plan({"mentor_name": "Ana", "goals": goal, "meeting_minutes": 45})
    lines = agenda_lines(plan, 0)
    assert any("My main question" in line for line in lines)
    assert not any("lose the room" in line for line in lines)
    assert _slots("panel interview in 6 wks")[0] == "label"
    assert about_me("Yield drop and my wife is worried about money") == (
        "Yield drop and my wife is worried about money.")


# -- feedback -------------------------------------------------------------------------------------------


def test_a_need_to_understand_is_said_and_how_often_is_the_users() -> None:
    reading = read("she needs to understand clients are stressed. 3 times in the last 2 wks. people are annoyed",
                   parse_person("Aisling"), "give")
    assert reading.messages == ["I need you to understand clients are stressed"] and reading.requests == []
    assert not any("3 times" in i for i in reading.impacts)
    values = {"direction": "give", "person_name": "Kyle", "behaviour": "extended breaks, not finishing pick lines",
              "feedback": "the rest of us have to pick his lines"}
    body = get_task("feedback").compose(values, [], Style()).body
    assert "I've noticed extended breaks, not finishing pick lines" in body


def test_the_users_own_doubt_after_and_is_theirs() -> None:
    said, own = users_own_apart("He wants to see a 'behavior plan' by next month and I don't really know what that "
                                "means exactly. The speaking up one stung a bit bc I'm the only grad.")
    assert "behavior plan" in said and "really know" not in said and "stung" not in said
    assert len(own) == 2


# -- checks ---------------------------------------------------------------------------------------------


def test_a_request_ending_on_the_users_own_question_is_counted_and_a_contact_clause_is_no_cut() -> None:
    from coach.checks import count_asks
    from coach.grammar import dangling_ends

    assert count_asks("I would like to ask 30 minutes of your time, to ask what steps I should do first "
                      "(courses? PGCert?).") == 1
    assert count_asks("I would be very grateful for a short conversation, maybe 20 minutes.") == 1
    assert dangling_ends("The engineering lead always asks about edge cases I haven't thought of.") == []
    assert dangling_ends("I want to move into data platform engineering within.") != []
