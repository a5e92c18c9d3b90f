"""Classes from reading the thirty-seventh blind round's summaries, each tried on shapes of its own.

Private lines marked in new ways ("for me only -", "dont say to her", "not to put in email:", "send him the email
tonight", "bit rude", a 💸 line); a mentor's offer after their label ("him: offered to…") as their task; "ur sure";
subjectless story and report notes ("told story abt…", "says ask…"); first lines that name the session ("Priya 1:1",
"dave mtg - tues 14th, greggs car park"); "both we…"; thank-you notes under a heading ("thank mr bhatt for") with
the one that matters most marked ("- MOST IMPORTANT", "most important: …"); "next step for me:"; a next meeting
that is only the mentor being away, or "she said ping her".
"""

from __future__ import annotations

import pytest

from coach.tasks import get_task
from coach.tasks.base import Style
from coach.tasks.private_notes import without_private_lines
from coach.tasks.session_notes import BOTH, ME, is_title_line, main_thanks_apart, parse_notes
from coach.tasks.summary import _without_not_set, next_meeting_sentence, to_mentor
from coach.writing import capitalise_dates


@pytest.mark.parametrize("line", [
    "for me only - scared of the numeracy test. Dont say to him, he thinks I'm confident",
    "not to put in email: my landlord is selling and I might have to move in march",
    "she was checking her phone the whole meeting, bit rude",
    "💸 can't go below 41k, mortgage fix ends in spring",
    "send this by thurs or I'll forget",
    "- send sam the email TONIGHT, not next week",
    "NB send her summary today + attach the deck",
])
def test_lines_marked_or_worded_as_the_users_own_stay_out(line: str) -> None:
    assert without_private_lines(f"- she'll send the rota\n{line}", "Sam") == "- she'll send the rota"


@pytest.mark.parametrize("line", [
    "- not to mention the cost of the course",  # an idiom, no marker
    "- she said put the figures in the email to finance",  # what she said
    "- send the agency the signed contract by friday",  # an errand, not this email
])
def test_near_misses_stay_in_the_notes(line: str) -> None:
    assert without_private_lines(line, "Sam") == line


def test_an_offer_after_the_mentors_label_is_their_task_with_its_date() -> None:
    parsed = parse_notes("call w/ Ahmed\nher: offered to read my grant draft, wants it by 12 june latest", "Dr. Ahmed")
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [
        ("Dr. Ahmed", "Read my grant draft, wants it", "12 june")]


@pytest.mark.parametrize(("note", "said"), [
    ("told story abt his first rewire, forgot to isolate the shower", "You told me about your first rewire, forgot to"
     " isolate the shower"),
    ("says ask the site manager to let me run the snag list", "You said to ask the site manager to let me run the "
     "snag list"),
    ("point = check twice even if ur sure", "The point: check twice even if you're sure"),
])
def test_subjectless_notes_name_the_mentor_and_ur_before_sure_is_youre(note: str, said: str) -> None:
    assert to_mentor(note, "Dave Pryce") == said


@pytest.mark.parametrize("line", ["Priya 1:1 📝", "dave mtg - tues 14th, greggs car park lol", "Jo 1-1 notes"])
def test_first_lines_that_name_the_session_are_titles(line: str) -> None:
    assert is_title_line(line)


def test_both_we_is_a_task_for_both() -> None:
    parsed = parse_notes("chat w/ Wei\nboth we go to see the unit together before i decide", "Chen Wei")
    assert [(a.owner, a.task) for a in parsed.actions] == [(BOTH, "Go to see the unit together before i decide")]


def test_the_favour_marked_most_important_leads_and_the_heading_is_no_note() -> None:
    notes = ("thank ms reyes for\n- covering my tuesday class\n- checking my CV - MOST IMPORTANT, got the interview\n"
             "- the coffee")
    rest, main = main_thanks_apart(notes)
    assert main == "checking my CV"
    assert "thank ms reyes for" not in rest
    values = {"mentor_name": "Ms. Reyes", "notes": notes, "kind": "thanks", "my_name": "Lou", "next_meeting": ""}
    summary = get_task("summary")
    body = summary.compose(summary.validate(values), [], Style()).body
    assert "especially for checking my CV" in body
    assert "Thank you for." not in body


def test_most_important_with_a_colon_names_the_thanks() -> None:
    _, main = main_thanks_apart("things to thank:\n* most important: she come with me to the first market day")
    assert main == "she come with me to the first market day"


def test_next_step_for_me_is_my_task_without_its_label() -> None:
    parsed = parse_notes("jojo helped loads\nnext step for me: apply for the winter market, deadline 30 june", "Jojo")
    assert parsed.actions[0].owner == ME
    assert parsed.actions[0].task.startswith("Apply for the winter market")


@pytest.mark.parametrize(("when", "said"), [
    ("tbd - he's away at the conference till mid-may",
     "I know you're away at the conference till mid-May; looking forward to our next conversation after that."),
    ("in 3 weeks? she said ping her", "Looking forward to our next session in 3 weeks (you said to ping you)."),
    ("she will be in touch after the audit",
     "Looking forward to our next conversation (you said you'd be in touch after the audit)."),
])
def test_a_next_meeting_of_who_and_why_reads_as_said_to_them(when: str, said: str) -> None:
    assert next_meeting_sentence(_without_not_set(when), "warm") == said


def test_mid_month_takes_its_capital() -> None:
    assert capitalise_dates("back mid-may") == "back mid-May"


def test_two_quotes_received_are_two_points_in_their_speakers_words() -> None:
    from coach.tasks._phrasing import parse_person
    from coach.tasks._reframe import read

    person = parse_person("Ines, my head chef")
    reading = read('she said "you are too slow on the pass, they wait for you" and "diners like you but I need '
                   'speed not charm".', person, "received")
    points = [*reading.behaviours, *reading.impacts]  # what the coach restates
    assert "Diners like you but they need speed not charm" in [p[:1].upper() + p[1:] for p in points]
    assert not any(p.count('"') % 2 for p in points)  # no quote mark left alone
    assert not any("you need speed" in p for p in points)  # her "I" is hers, never the user's


def _give(**fields: str) -> str:
    values = {"direction": "give", "feedback": "", "context": "", "person_name": "Callum (apprentice, 19)",
              "when_it_happened": "", "behaviour": "", "impact": "", "request": "", **fields}
    feedback = get_task("feedback")
    return feedback.compose(feedback.validate(values), [], Style()).body


def test_the_situation_is_said_to_them_and_the_users_worry_stays_theirs() -> None:
    body = _give(feedback="hes been rolling in late. hes a good lad with his hands tho, best on 2nd fix in years, "
                          "dont want to lose him",
                 when_it_happened="last 2 wks, worst was friday he came in at 8.40 and we waited on him",
                 behaviour="late 3 times in 2 weeks")
    assert "Friday you came in at 8.40 and we waited on you" in body
    assert "lose" not in body  # the foreman's own worry is not said to Callum
    assert "good lad with your hands, best on 2nd fix in years" in body


def test_a_deadline_of_before_we_meet_again_is_no_next_meeting() -> None:
    parsed = parse_notes("met chef\ni need to cost the whole menu before we meet again, and book the bar", "Chen Wei")
    assert parsed.next_meeting is None
    assert parsed.actions[0].owner == ME and "cost the whole menu" in parsed.actions[0].task.lower()
    again = "we will meet again in 2 weeks"
    assert parse_notes(f"met chef\n{again}", "Chen Wei").next_meeting == again


def test_the_favour_marked_most_important_is_thanked_as_done_in_each_verb() -> None:
    notes = ("things to thank:\n* she check my prices\n* most important: she come with me to the first market day "
             "and help me with the stall\nnext step for me: apply for the christmas market")
    values = {"mentor_name": "Jojo", "notes": notes, "kind": "thanks", "my_name": "Fê", "next_meeting": ""}
    summary = get_task("summary")
    body = summary.compose(summary.validate(values), [], Style()).body
    assert "especially for coming with me to the first market day and helping me with the stall." in body


def test_a_story_told_in_the_present_is_told_in_the_past() -> None:
    assert to_mentor("she tell me story about when she was new on nights", "Ms. Okafor") == (
        "You told me about when you were new on nights")


@pytest.mark.parametrize(("text", "kind"), [
    ("One thing that really stuck with me: Thank you for.", "cut off mid-phrase"),
    ("You said offered to read my case for support.", "a report inside a report"),
])
def test_reads_well_catches_a_heading_or_label_read_into_a_frame(text: str, kind: str) -> None:
    from coach.grammar import reading_problems

    assert any(problem.startswith(kind) for problem in reading_problems(text, sent=True))


@pytest.mark.parametrize("text", ["Thank you for everything.", "She said the offered price was fair.",
                                  "What is the form for?"])
def test_reads_well_passes_their_near_misses(text: str) -> None:
    from coach.grammar import reading_problems

    assert reading_problems(text, sent=True) == []


@pytest.mark.parametrize("notes", ["Amaka to review my CV by Friday", "Amaka will send the rota by 3 Dec"])
def test_a_first_line_that_gives_the_mentor_a_dated_task_is_that_task_not_a_title(notes: str) -> None:
    parsed = parse_notes(notes, "Amaka")
    assert [(a.owner, a.due) for a in parsed.actions] == [("Amaka", notes.rsplit(" by ", 1)[1])]
