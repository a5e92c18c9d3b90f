"""Summary: no action item dropped, each with an owner; specific thanks; the next meeting."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.checks import split_note
from coach.grammar import reading_problems
from coach.tasks import get_task
from coach.tasks.base import Composition, Style
from coach.tasks.reading import reads_well
from coach.tasks.session_notes import ActionItem, parse_notes
from coach.tasks.summary import body_lines, humanise_when, next_meeting_sentence
from tests.tasks.support import NAMES, PLACEHOLDERS, READING_CHECKS, SUMMARY_GUIDANCE, missing_words, rubric, words

TASK = get_task("summary")
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOTES = """Session 3 with Aaron
- Aaron suggested I ask the hiring manager what 'strategic' means to them
- Lead with the customer problem, not the feature
- I'll redo the deck by Friday
- TODO: run it past Simone on Monday
- Aaron to intro me to Simone
- [ ] read the book he mentioned
- @Priya book the room by 3 Dec
- We'll review the pilot results together
Next session: 14 Dec
"""
GOOD = """Hi Aaron,

Thank you for today, especially your suggestion to ask the hiring manager what 'strategic' means.

**Action items**
- **Me:** Redo the deck (by Friday)
- **Me:** Run it past Simone on Monday
- **Aaron:** Intro me to Simone
- **Me:** Read the book you mentioned
- **Priya:** Book the room (by 3 Dec)
- **Both of us:** Review the pilot results together

Looking forward to our next session on Thursday 3 December 2026 at 15:00.

Best,
Sam"""


def values(**changes: Any) -> dict[str, Any]:
    raw = {"mentor_name": "Aaron Patel", "notes": NOTES, "next_meeting": "2026-12-03 15:00", "my_name": "Sam"}
    return TASK.validate({**raw, **changes})


def checks_of(text: str, subject: str | None = "Thank you", **changes: Any) -> dict[str, bool]:
    return {c.name: c.passed for c in TASK.check(text, subject, values(**changes))}


def test_every_kind_of_action_line_is_found_with_its_owner_and_date() -> None:
    parsed = parse_notes(NOTES, "Aaron Patel", "Sam")
    assert parsed.actions == [
        ActionItem("Me", "Redo the deck", "Friday", "I'll redo the deck by Friday"),
        ActionItem("Me", "Run it past Simone on Monday", None, "TODO: run it past Simone on Monday"),
        ActionItem("Aaron", "Intro me to Simone", None, "Aaron to intro me to Simone"),
        ActionItem("Me", "Read the book he mentioned", None, "[ ] read the book he mentioned"),
        ActionItem("Priya", "Book the room", "3 Dec", "@Priya book the room by 3 Dec"),
        ActionItem("Both of us", "Review the pilot results together", None, "We'll review the pilot results together"),
    ]
    assert parsed.takeaways == [
        "Aaron suggested I ask the hiring manager what 'strategic' means to them",
        "Lead with the customer problem, not the feature",
    ]
    assert parsed.next_meeting == "14 Dec"


@pytest.mark.parametrize(
    ("line", "owner", "task", "due"),
    [
        ("AI: send Ana the slides", "Me", "Send Ana the slides", None),
        ("Action: draft the proposal by next week", "Me", "Draft the proposal", "next week"),
        ("Mentor to share the reading list", "Aaron", "Share the reading list", None),
        ("@me update the tracker", "Me", "Update the tracker", None),
        ("@sam update the tracker", "Me", "Update the tracker", None),
        ("@aaron check the budget", "Aaron", "Check the budget", None),
        ("Finish the report by 2026-12-01", "Me", "Finish the report", "2026-12-01"),
        ("I will email Tom before Friday", "Me", "Email Tom", "Friday"),
        ("I finish the tutorial until next Friday", "Me", "Finish the tutorial", "next Friday"),
        ("check in w/ HR abt the overtime policy", "Me", "Check in w/ HR abt the overtime policy", None),
        ("email the slides to Ana - wed", "Me", "Email the slides to Ana", "Wednesday"),
        ("meet the new starters on monday", "Me", "Meet the new starters on monday", None),
        # a weekday and its day of the month are one date, kept together (review 24: "4pp 30th (by Thursday)")
        ("me: redraft bid to 4pp by Thu 30th", "Me", "Redraft bid to 4pp", "Thursday 30th"),
        ("send slides 4 Oct by Friday the 3rd", "Me", "Send slides 4 Oct", "Friday the 3rd"),
        ("book the room by Mon 3 March", "Me", "Book the room", "Monday 3 March"),
    ],
)
def test_action_markers(line: str, owner: str, task: str, due: str | None) -> None:
    (item,) = parse_notes(line, "Aaron Patel", "Sam").actions
    assert (item.owner, item.task, item.due) == (owner, task, due)


def test_lines_under_an_actions_heading_are_actions() -> None:
    parsed = parse_notes("Talked about pricing\nNext steps:\n- call the vendor\n- compare quotes", "Ana")
    assert [a.task for a in parsed.actions] == ["Call the vendor", "Compare quotes"]
    assert parsed.takeaways == ["We talked about pricing"]


def test_a_good_summary_passes_every_check() -> None:
    assert checks_of(GOOD) == {
        "reads_well": True,
        "faithful": True,
        "subject_present": True,
        "specific_thanks": True,
        "nothing_kept_private": True,
        "action_items_with_owners": True,
        "task_lines_in_actions": True,
        "next_meeting": True,
    }


@pytest.mark.parametrize(
    ("bad", "subject", "failing"),
    [
        (GOOD, None, "subject_present"),
        (
            GOOD.replace(
                "Thank you for today, especially your suggestion to ask the hiring manager what 'strategic' means.",
                "Thank you for your time today!",
            ),
            "Thanks",
            "specific_thanks",
        ),
        (GOOD.replace("- **Priya:** Book the room (by 3 Dec)\n", ""), "Thanks", "action_items_with_owners"),
        (GOOD.replace("- **Aaron:** Intro me to Simone", "- Intro me to Simone"), "Thanks", "action_items_with_owners"),
        (GOOD.replace("Thursday 3 December 2026 at 15:00", "soon"), "Thanks", "next_meeting"),
    ],
)
def test_each_check_fails_on_a_summary_that_lacks_it(bad: str, subject: str | None, failing: str) -> None:
    results = checks_of(bad, subject)
    assert not results[failing]
    assert sum(not ok for name, ok in results.items() if name not in READING_CHECKS) == 1, results


def test_the_three_line_thanks_is_checked_for_three_lines() -> None:
    good = (
        "Hi Aaron,\nThank you, especially for the point about strategic hiring.\nI'll redo the deck.\n"
        "See you soon.\n\nBest,\nSam"
    )
    assert checks_of(good, kind="thanks", next_meeting=None) == {
        "reads_well": True,
        "faithful": True,
        "subject_present": True,
        "specific_thanks": True,
        "nothing_kept_private": True,
        "three_lines": True,
    }
    assert not checks_of(
        good.replace("See you soon.", "See you soon.\nOne more line."), kind="thanks", next_meeting=None
    )["three_lines"]


def test_the_full_email() -> None:
    composition = TASK.compose(values(), SUMMARY_GUIDANCE, Style())
    message, note = composition.body, composition.rationale
    assert split_note(message) == (message, ""), "the reasons are not part of the email"
    assert composition.subject
    assert message.startswith(
        "Hi Aaron,\n\nThank you for your time today, and especially for your suggestion that I ask the hiring "
        "manager what 'strategic' means to them."
    )
    assert "- Lead with the customer problem, not the feature" in message
    assert "- **Me:** Redo the deck (by Friday)" in message
    assert "- **Aaron:** Introduce me to Simone" in message
    assert "- **Me:** Read the book you mentioned" in message, "notes about the mentor are addressed to them"
    assert "Looking forward to our next session on Thursday 3 December 2026 at 15:00." in message
    assert message.endswith("Sam") and "[" not in message and "[1]" in note
    assert all(c.passed for c in rubric(TASK.check(composition.body, composition.subject, values())))


def test_the_three_line_thank_you() -> None:
    composition = TASK.compose(values(kind="thanks"), SUMMARY_GUIDANCE, Style(tone="formal"))
    message = split_note(composition.body)[0]
    assert body_lines(message) == [
        "Thank you very much for your time today, and especially for your suggestion that I ask the hiring "
        "manager what 'strategic' means to them. Thank you also for offering to introduce me to Simone.",
        "Next, I'm going to redo the deck by Friday.",
        "I look forward to our next meeting on Thursday 3 December 2026 at 15:00.",
    ]
    assert message.startswith("Dear Aaron Patel,") and message.endswith("Kind regards,\nSam")
    assert all(c.passed for c in rubric(TASK.check(composition.body, composition.subject, values(kind="thanks"))))


def test_the_next_meeting_from_the_notes_is_used_when_the_field_is_empty() -> None:
    message = split_note(TASK.compose(values(next_meeting=None), [], Style()).body)[0]
    assert "our next session on 14 Dec" in message


def test_humanised_dates() -> None:
    assert humanise_when("2026-12-03 15:00") == "Thursday 3 December 2026 at 15:00"
    assert humanise_when("2026-12-03") == "Thursday 3 December 2026"
    assert humanise_when("2026-13-45") == "2026-13-45"
    assert humanise_when("Thursday 3 Dec") == "Thursday 3 December"  # a month in a message is spelled out (review 67)


def test_finalize_adds_a_subject_any_engine_forgot() -> None:
    assert TASK.finalize(Composition(body=GOOD), values()).subject
    assert TASK.finalize(Composition(body=GOOD, subject="Mine"), values()).subject == "Mine"


marker = st.sampled_from(["- [ ] ", "TODO: ", "I'll ", "AI: ", "Action: ", "Aaron to ", "@Priya ", "- I will "])
due = st.sampled_from(["", " by Friday", " by 3 Dec", " by 2026-12-01", " by next week"])
action = st.tuples(marker, words, due).map(lambda parts: f"{parts[0]}{parts[1]}{parts[2]}")
takeaway = words.map(lambda w: f"- {w.capitalize()} matters more than polish")


@SETTINGS
@given(
    lines=st.lists(st.one_of(action, takeaway), min_size=1, max_size=15),
    kind=st.sampled_from(["full", "thanks"]),
    tone=st.sampled_from(["warm", "formal", "casual"]),
    brevity=st.integers(0, 2),
    me=st.sampled_from(["", "Sam"]),
    mentor=st.sampled_from(NAMES),
    when=st.sampled_from(["", "2026-12-03 15:00", "Thursday 3 Dec", "next Tuesday"]),
)
def test_no_action_item_is_ever_dropped_and_the_email_passes(
    lines: list[str], kind: str, tone: str, brevity: int, me: str, mentor: str, when: str
) -> None:
    notes = "\n".join(lines).replace("Aaron", mentor)
    chosen = TASK.validate({"mentor_name": mentor, "notes": notes, "kind": kind, "my_name": me, "next_meeting": when})
    composition = TASK.finalize(TASK.compose(chosen, SUMMARY_GUIDANCE, Style(tone=tone, brevity=brevity)), chosen)
    message = split_note(composition.body)[0]
    failed = [c.name for c in rubric(TASK.check(composition.body, composition.subject, chosen)) if not c.passed]
    # notes of marked to-dos only name nothing to thank for specifically, and the check says so
    marked_only = all(not line.startswith("- ") or line.startswith("- [ ]") or line.startswith("- I will")
                      for line in lines)
    assert not failed or (marked_only and failed == ["specific_thanks"]), message
    if kind == "full":
        for item in parse_notes(notes, mentor, me).actions:
            assert not missing_words(item.task, message), item
    if when:
        assert humanise_when(when) in message
    assert not PLACEHOLDERS.search(composition.body)


@pytest.mark.parametrize(("tone", "expected"), [
    ("warm", "Looking forward to seeing you next Tuesday at 5pm."),
    ("formal", "I look forward to speaking with you next Tuesday at 5pm."),
    ("casual", "See you next Tuesday at 5pm!"),
])  # fmt: skip
def test_a_meeting_named_next_is_not_called_the_next_session_next_week(tone: str, expected: str) -> None:
    from coach.tasks.summary import next_meeting_sentence

    assert next_meeting_sentence("next Tuesday 5pm", tone) == expected


@pytest.mark.parametrize(("line", "mentor", "owner", "task", "due"), [
    ("Hannah: send study notes", "Hannah", "Hannah", "Send study notes", None),
    ("Dr. Lima to check it", "Dr. Lima", "Dr. Lima", "Check it", None),
    ("she review my first model", "Nadia", "Nadia", "Review my first model", None),
    ("I finish dbt tutorial until next Friday", "Nadia", "Me", "Finish dbt tutorial", "next Friday"),
])  # fmt: skip
def test_who_owns_a_task_is_read_the_ways_notes_write_it(
    line: str, mentor: str, owner: str, task: str, due: str | None
) -> None:
    (item,) = parse_notes(line, mentor, "Jordan").actions
    assert (item.owner, item.task, item.due) == (owner, task, due)


def test_reported_advice_is_not_a_task_for_the_mentor() -> None:
    parsed = parse_notes("Nadia recommend learn dbt before spark\nBudget: keep it under 5k", "Nadia", "Jordan")
    assert not [a for a in parsed.actions if a.owner == "Nadia"]  # "recommend" reports what she said
    assert all(a.owner != "Budget" for a in parsed.actions)  # a label that is not a person is not an owner


@pytest.mark.parametrize(
    ("line", "takeaway"),
    [
        ("talked about negotiating - never accept on the call, always ask for a day",
         "Negotiating: never accept on the call, always ask for a day"),
        ("discussed salary bands: ask for the range first", "Salary bands: ask for the range first"),
        ("Talked about work-life balance - say no more often", "Work-life balance: say no more often"),
        ("talked about the new role-based access", "We talked about the new role-based access"),  # no point
    ],
)
def test_a_topic_and_its_point_lose_the_reporting_verb(line: str, takeaway: str) -> None:
    assert parse_notes(line, "Aaron", "Me").takeaways == [takeaway]


def test_advice_after_a_topic_is_thanked_for_and_a_spliced_sentence_keeps_every_word() -> None:
    notes = "went thru my portfolio - she said lead w/ the migration project, it's the strongest\nme: rewrite summary"
    message = split_note(TASK.compose(values(notes=notes, mentor_name="Sofia Marin"), [], Style()).body)[0]
    assert ("especially for your advice to lead with the migration project — "
            "it's the strongest.") in message
    assert "My portfolio:" not in message


def test_a_next_sync_line_is_the_next_meeting_and_the_check_reads_its_date_written_out() -> None:
    notes = "volunteer for on-call rota\nRavi to send runbook examples\nnext sync 2026-12-10 15:00"
    parsed = parse_notes(notes, "Ravi", "Me")
    assert parsed.next_meeting == "2026-12-10 15:00"
    assert all("sync" not in a.task.lower() for a in parsed.actions)
    chosen = values(notes=notes, mentor_name="Ravi", next_meeting="2026-12-10 15:00")
    composition = TASK.compose(chosen, SUMMARY_GUIDANCE, Style())
    assert "Thursday 10 December 2026 at 15:00" in composition.body
    checks = {c.name: c.passed for c in TASK.check(composition.body, composition.subject, chosen)}
    assert checks["task_lines_in_actions"]


def test_advice_that_opens_with_a_verb_the_tagger_reads_as_a_noun_is_thanked_for_as_advice() -> None:
    notes = "Sr. Nwosu said use STAR for the scenario questions\nme: write 3 STAR examples by sunday"
    message = split_note(TASK.compose(values(notes=notes, mentor_name="Sr. Adaeze Nwosu"), [], Style()).body)[0]
    assert message.startswith("Hi Sr. Nwosu,")
    assert "especially for your advice to use STAR for the scenario questions." in message


def test_headings_without_colons_and_dash_owners_are_read_as_such() -> None:
    notes = ("Takeaways\n* portfolio: 2 strong projects > 6 tutorial clones\nTo do\n"
             "* me - kill the weather app from the portfolio (tonight)\n* me - 5 applications/week starting Mon\n"
             "* H - share the list of agencies\n* both: mock interview on the 28th")
    parsed = parse_notes(notes, "Harriet Cole, my mentor from the bootcamp", "Me")
    assert parsed.takeaways == ["portfolio: 2 strong projects > 6 tutorial clones"]
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [
        ("Me", "Kill the weather app from the portfolio", "tonight"),
        ("Me", "5 applications/week starting Mon", None),  # "starting Mon" is part of the task, not a deadline
        ("Harriet", "Share the list of agencies", None),
        ("Both of us", "Mock interview on the 28th", None),
    ]


def test_a_title_line_a_date_that_says_when_not_to_act_and_a_noun_subject_are_not_tasks() -> None:
    notes = ("supervision notes 12/3\nrecording - write it same day, dont leave til fri\n"
             "call with the recruiter was fine")
    parsed = parse_notes(notes, "Bernadette O'Neill", "Priya")
    assert parsed.actions == []
    assert parsed.takeaways == ["recording: write it same day, dont leave til fri",
                                "call with the recruiter was fine"]


def test_a_commitment_after_a_comma_is_its_owners_action_and_the_rest_a_takeaway() -> None:
    notes = "he knows a guy in the council, planning officer, he will ask him about change of use"
    parsed = parse_notes(notes, "Alan Briggs", "Marek")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Alan", "Ask him about change of use")]
    assert parsed.takeaways == ["he knows a guy in the council, planning officer"]


def test_what_the_mentor_said_is_in_the_past_and_only_what_they_said_is_thanked_as_advice() -> None:
    notes = "reading: game feel by steve swink\nsandra says interviews r mostly scenario qs, eg a refusal"
    draft = TASK.compose({"mentor_name": "Sandra", "notes": notes, "kind": "full"}, [], Style())
    assert "your point that interviews are mostly scenario questions, e.g. a refusal." in draft.body
    assert "- Reading: game feel by Steve Swink." in draft.body


def test_a_titled_mentors_tasks_are_labelled_as_the_greeting_addresses_them() -> None:
    parsed = parse_notes("simon to send me the link", "Dr. Simon Achebe", "Hannah")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Dr. Achebe", "Send me the link")]


def test_the_mentors_own_task_keeps_the_third_person_it_acts_on() -> None:
    from coach.tasks.summary import action_line

    (item,) = parse_notes("he will ask him about change of use", "Alan Briggs", "Marek").actions
    assert action_line(item, "Alan", "Alan Briggs") == "- **Alan:** Ask him about change of use"
    (mine,) = parse_notes("i'll send him a new clip", "Alan Briggs", "Marek").actions
    assert action_line(mine, "Alan", "Alan Briggs") == "- **Me:** Send you a new clip"


@pytest.mark.parametrize(
    ("when", "sentence"),
    [
        ("next sync 2/5", "Looking forward to our next sync on 2/5."),
        ("next session, same time in 2 weeks", "Looking forward to our next session, same time in 2 weeks."),
    ],
)
def test_a_next_meeting_the_notes_name_reads_as_that_meeting_and_the_check_accepts_it(when: str, sentence: str) -> None:
    from coach.tasks.summary import next_meeting_sentence

    assert next_meeting_sentence(when, "warm") == sentence
    values = {"mentor_name": "Tomasz", "notes": "great chat\ni'll apply to 5 roles", "next_meeting": when,
              "kind": "thanks"}
    checks = {c.name: c.passed for c in TASK.check(f"Hi Tomasz,\n\n{sentence}", "Thanks", values)}
    assert checks["next_meeting"]
    assert not {c.name: c.passed for c in TASK.check("Hi Tomasz,\n\nThanks!", "Thanks", values)}[
        "next_meeting"]


def test_notes_written_as_sections_asides_and_present_plans_are_read_as_meant() -> None:
    notes = ("takeaways\n* stop reporting on vanity metrics\nactions\n- me: send to R by next wk\n"
             "- R will intro me to Dan\n- she'll check the budget\nI send you the new mix on monday\n"
             "- he'll send me his to copy\nnext mtg thurs 30th 8am, her office (she's moving)")
    parsed = parse_notes(notes, "Rachel Goldberg", "Olu")
    assert parsed.takeaways == ["stop reporting on vanity metrics"]
    assert parsed.next_meeting == "thurs 30th 8am"
    assert [(a.owner, a.task) for a in parsed.actions][-2] == ("Me", "Send you the new mix on monday")
    body = TASK.compose({"mentor_name": "Rachel Goldberg", "notes": notes, "kind": "full",
                                        "my_name": "Olu"}, [], Style()).body
    assert "- **Me:** Send to you (by next week)" in body
    assert "- **Rachel:** Send me yours to copy" in body
    assert "only if it's still convenient" not in body  # no hedge the user never wrote


def test_a_title_typed_in_lower_case_is_greeted_with_its_capital() -> None:
    from coach.tasks.session_notes import mentor_label
    from coach.writing import greeting_name

    assert (greeting_name("coach Bev", False), mentor_label("coach Bev")) == ("Coach Bev", "Coach Bev")


def test_notes_typed_as_one_paragraph_are_read_sentence_by_sentence() -> None:
    notes = ("went thru my development folder, 3 sections left. dale says focus on the RTC ones first. "
             "i'll finish the write up by sun. maybe look into it? not sure")
    parsed = parse_notes(notes, "Watch Manager Dale Hughes", "Kyle")
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [("Me", "Finish the write up", "Sunday")]
    assert parsed.takeaways == ["We went thru my development folder, 3 sections left",
                                "Dale says focus on the RTC ones first", "maybe look into it? not sure"]
    body = TASK.compose({"mentor_name": "Watch Manager Dale Hughes", "notes": notes, "kind": "thanks",
                                        "next_meeting": "after nights, prob the 22nd"}, [], Style()).body
    assert body.count("development folder") <= 1
    assert "after nights, probably the 22nd" in body


def test_advice_is_thanked_without_the_users_aside_and_a_reported_session_is_no_task() -> None:
    from coach.tasks.summary import thanks_sentence

    said = thanks_sentence("he say to use reference track always, I never do this honestly", "warm", "s", "Marco")
    assert said.endswith("your advice to use reference track always.")
    parsed = parse_notes("Marco listen my mix of the demo, he say the low end is muddy", "Marco", "Giulia")
    assert parsed.actions == []


def test_a_comma_spliced_paragraph_of_notes_gives_each_task_its_owner_and_the_meeting_its_time() -> None:
    notes = ("great session w/ prof adeyemi today, we talked abt the proposal and she said start from the people, "
             "she'll send me the contact of the archivist there, i need to cut the object list from 140 to around 80 "
             "by end of month, she'll look at my abstract if i send it by 15/1, next time we meet after the funding "
             "panel probably early feb")
    parsed = parse_notes(notes, "Prof. Adeyemi", "Hannah")
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [
        ("Prof. Adeyemi", "Send me the contact of the archivist there", None),
        ("Me", "Cut the object list from 140 to around 80", "end of month"),
        ("Prof. Adeyemi", "Look at my abstract if i send it", "15/1")]
    assert parsed.next_meeting == "after the funding panel probably early feb"
    assert parse_notes("we may meet again", "Dan", "Rob").next_meeting is None
    body = TASK.compose({"mentor_name": "Prof. Adeyemi", "notes": notes, "kind": "full"}, [],
                                       Style()).body
    assert "with your today" not in body and "Great session" not in body


def test_a_promise_in_the_present_after_a_comma_is_its_owners_task_and_next_time_we_see_is_the_meeting() -> None:
    notes = ("- I must make a proper portfolio website, she send me her photographer contact\n"
             "- next time we see at the shop, fri 10am")
    parsed = parse_notes(notes, "Gemma", "Lucía")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Me", "Make a proper portfolio website"), ("Gemma", "Send me her photographer contact")]
    assert parsed.next_meeting == "at the shop, fri 10am"


def test_a_date_label_a_handle_with_a_dash_and_before_next_meeting_are_read_as_due_dates() -> None:
    notes = ("next wk: he'll check if i can sit in on the lender call\n@me - rewrite my 5 worst bug reports by wed\n"
             "I send her my CV before next meeting so she can look")
    parsed = parse_notes(notes, "Gareth Jones", "Leon")
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [
        ("Gareth", "Check if i can sit in on the lender call", "next wk"),
        ("Me", "Rewrite my 5 worst bug reports", "Wednesday"),
        ("Me", "Send her my CV so she can look", "next meeting")]
    body = TASK.compose({"mentor_name": "Gareth Jones", "notes": notes, "kind": "full"}, [],
                                       Style()).body
    assert "- **Me:** Send you my CV so you can look (before next meeting)" in body


def _full_body(mentor: str, notes: str, **extra: str) -> str:
    return TASK.compose({"mentor_name": mentor, "notes": notes, "kind": "full", **extra}, [], Style()).body


def test_a_title_naming_who_it_was_with_and_side_remarks_for_the_user_alone_are_not_sent() -> None:
    notes = ("catch up w/ @rukhsana\n- talked abt the planning apps backlog - prioritise by statutory deadline\n"
             "- she thinks I should apply for the secondment (!!) tho I'm not sure\n"
             "- my first court report: keep opinion and evidence apart (she was so nice abt it)")
    body = _full_body("Rukhsana Begum", notes)
    assert "Catch up with" not in body and "(!!)" not in body and "so nice" not in body
    assert "especially for our talk about the planning apps backlog: prioritise by statutory deadline." in body
    assert "- You think I should apply for the secondment though I'm not sure." in body


def test_the_users_own_promises_and_instructions_to_themselves_are_their_action_items() -> None:
    notes = ("mentoring 3/2\nI said I'd practise in the depot yard every lunch this wk\n"
             "prob costs around 900 quid tho, ask the boss if shop pays\n"
             "supervision next wk w/ my manager, bring the caseload list\n"
             "I should go to the APM networking evening on the 27th\n"
             "code review - too much logic in components, pull it out into hooks")
    parsed = parse_notes(notes, "Ingrid", "Ahmed")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Me", "Practise in the depot yard every lunch this wk"),
        ("Me", "Prob costs around 900 quid tho, ask the boss if shop pays"),
        ("Me", "Supervision next wk w/ my manager, bring the caseload list"),
        ("Me", "Go to the APM networking evening on the 27th")]
    assert parsed.takeaways == ["code review: too much logic in components, pull it out into hooks"]
    message = _full_body("Ingrid", notes)
    assert "- **Me:** Probably costs around 900 quid though, ask the boss if shop pays" in message
    assert {c.name: c.passed for c in TASK.check(message, "Thanks", {"mentor_name": "Ingrid", "notes": notes})}[
        "task_lines_in_actions"]  # the title line "mentoring 3/2" is not a task


def test_when_the_notes_call_the_mentor_he_a_she_is_someone_else() -> None:
    notes = "he knows someone at the panel, he'll ask her if she can look at my draft\nhe said cut to 2 aims"
    body = _full_body("Dr. Raymond Bellweather", notes)
    assert "- **Dr. Bellweather:** Ask her if she can look at my draft" in body


def test_a_spliced_second_remark_an_also_and_a_subjectless_help_are_read_as_written() -> None:
    notes = ("we talked about the interview, she will do a mock interview with me on the 14/2, she also said dont "
             "undersell the audit\nalso talked abt imposter feelings - she had them too\n"
             "helped me plan how to handle year 9, seating plan + praise first")
    body = _full_body("Siobhan", notes)
    assert "- **Siobhan:** Do a mock interview with me on the 14/2" in body
    assert "especially for your advice not to undersell the audit." in body
    assert "- Imposter feelings: you had them too." in body
    thanks = TASK.compose({"mentor_name": "Mr. Oyelaran", "notes": notes.splitlines()[2], "kind": "thanks"}, [],
                          Style()).body
    assert "especially for helping me plan how to handle year 9." in thanks


def test_the_next_meeting_keeps_who_arranges_it_apart_and_a_part_of_a_month_takes_in() -> None:
    body = _full_body("Colonel (retd) Annette Marsh", "- she will forward my CV", next_meeting="early next month, "
                      "she'll email")
    assert body.startswith("Hi Colonel Marsh,")
    assert "Looking forward to our next session early next month (you said you'd email)." in body
    assert "in early April." in _full_body("Raymond", "next mtg early april")


def test_a_thank_you_note_with_no_task_of_mine_thanks_them_for_theirs() -> None:
    notes = "very useful talk. Elif explain me the salary offer, she say never say first number. also she will " \
            "look my cover letter"
    body = TASK.compose({"mentor_name": "Elif", "notes": notes, "kind": "thanks"}, [], Style()).body
    assert "especially for your advice to never say first number." in body
    assert "Thank you also for offering to look my cover letter." in body


def test_shorthand_in_notes_is_spelled_out_where_it_reads_one_way() -> None:
    notes = "def worth it she said\nshe'll forward my CV once its done\n@rukhsana to intro me to the GIS lead\n" \
            "- me: shadow the night delivery on tues"
    body = _full_body("Rukhsana", notes)
    assert "Definitely worth it, you said." in body and "once it's done" in body
    assert "- **Rukhsana:** Introduce me to the GIS lead" in body and "on Tuesday" in body
    assert "- **Mei:** Check" in _full_body("mei lin", "mei lin will check my cover letter")


def test_handles_asides_and_shorthand_in_round_twelve_notes_are_read_as_meant() -> None:
    notes = ("catch up w/ @yusuf re: the CNC shop job\n@yusuf thinks i should ask for 16.50/hr not 15\n"
             "he'll intro me to @marta at the toolroom\n(felt way better after this!!)\n"
             "he'll send me the contact b4 fri\ni said id film a sample lesson this wk")
    body = _full_body("Yusuf Demirci", notes)
    assert "especially for your point that I should ask for 16.50 an hour not 15." in body
    assert "- **Yusuf:** Introduce me to Marta at the toolroom" in body
    assert "- **Yusuf:** Send me the contact (before Friday" in body
    assert "- **Me:** Film a sample lesson this week" in body
    assert "Catch up" not in body and "felt way better" not in body and "@" not in body
    checks = {c.name: c.passed for c in TASK.check(body, "Thanks", {"mentor_name": "Yusuf Demirci", "notes": notes})}
    assert checks["task_lines_in_actions"]  # "@yusuf thinks…" is advice, not a task


def test_an_initial_that_says_is_the_mentor_and_a_pronoun_after_said_keeps_its_topic() -> None:
    body = _full_body("Kerstin Ahlgren", "- K says dont quote fixed price on old houses\n- K to send me her T&Cs")
    assert "especially for your advice not to quote fixed price on old houses." in body
    thanks = TASK.compose({"mentor_name": "Gustavo", "kind": "thanks", "notes": "went through my portfolio, he said "
                           "cut it to 20 best pieces, he'll put in a word w/ Ink & Iron"}, [], Style()).body
    assert "we went through my portfolio, you said to cut it to 20 best pieces." in thanks
    assert "Thank you also for offering to put in a word with Ink & Iron." in thanks
    assert _full_body("jean-baptiste moreau", "he'll save me some scion wood").startswith("Hi Jean-Baptiste,")


def test_round_thirteen_notes_asides_offers_titles_and_meetings_are_read_as_meant() -> None:
    notes = ("Catchup Arnaud 3/3\n- she'll ask him if they take returners\n- felt really heard today\n"
             "- intro me to @fenwick at the Lyceum (she offered!)\n"
             "- i'll send her photos of the chesterfield b4 thurs\n"
             "- also she knows someone at the council\n- Next: 3rd april on zoom")
    parsed = parse_notes(notes, "Ngozi", "Callum")
    assert [a.owner for a in parsed.actions] == ["Ngozi", "Ngozi", "Me"]
    assert parsed.next_meeting is not None and "april" in parsed.next_meeting
    body = _full_body("Ngozi", notes)
    assert "Ask him if they take returners" in body and "hI'm" not in body
    assert "- **Me:** Send you photos of the chesterfield (before Thursday)" in body
    assert "felt" not in body.lower() and "Catchup" not in body
    assert "You also know someone at the council." in body
    assert "Looking forward to our next session on 3rd April on Zoom." in body


def test_a_surname_particle_stays_with_the_surname_and_an_explanation_is_no_advice() -> None:
    body = _full_body("Dr. Saoirse Ní Bhriain", "she'll send me the contact at the survey")
    assert body.startswith("Hi Dr. Ní Bhriain,")
    thanks = TASK.compose({"mentor_name": "Fenella", "kind": "thanks", "notes": "fenella explained month end close, it "
                           "is not so scary as I thought"}, [], Style()).body
    assert "your point that month end close" not in thanks


def test_an_errand_after_the_mentors_advice_is_the_users_and_advice_on_asking_stays_advice() -> None:
    notes = ("aled thinks I should do the module, prob costs 900 quid tho, ask agency if they'll fund it\n"
             "she said lead with the migration, ask for a day")
    parsed = parse_notes(notes, "Aled", "Niamh")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Me", "Ask agency if they'll fund it")]
    assert parsed.takeaways[1] == "she said lead with the migration, ask for a day"


def test_round_fourteen_short_commitments_days_deadlines_meetings_and_third_persons() -> None:
    notes = ("she mentioned a networking thing at ICAEW on the 19th, I said I'd go\n"
             "- me: practise the sledge runs on the blue piste mon + wed\n"
             "- me: apply for the ASA travel grant, deadline 1 may\n"
             "- me: ask my line manager if she'd support a secondment\n"
             "- Declan: forward the secondment call when it comes out (April?)\n"
             "- he said say location first then casualty\n- Next: 7 April, on Teams")
    body = _full_body("Declan", notes)
    assert "- **Me:** Go" not in body
    assert "on the blue piste Mon and Wednesday" in body and "deadline 1 May" in body
    assert "Ask my line manager if she'd support a secondment" in body
    assert "(April?)" in body
    assert "You said to say location first then casualty." in body
    assert "Looking forward to our next session on 7 April, on Teams." in body
    checks = {c.name: c.passed for c in TASK.check(body, "Thanks", {"mentor_name": "Declan", "notes": notes})}
    assert checks["task_lines_in_actions"]  # "(April?)" doubts the date, not the task
    assert next_meeting_sentence("14/2 9am", "warm") == "Looking forward to our next session on 14/2 at 9am."
    assert next_meeting_sentence("we will call in 2 weeks", "warm") == "As we agreed, we will call in 2 weeks."


# -- the thanks line takes only a point that fits its frame ------------------------------------------


@pytest.mark.parametrize("garbled", [
    "Thank you for your time today, and especially for your point that is too long, make it 2 pages max.",
    "Thank you for today. One thing that really stuck with me: You said the warm up too long, games not drills.",
])
def test_reads_well_fails_a_remark_that_lost_its_subject_or_verb(garbled: str) -> None:
    assert not reads_well(garbled, sent=True).passed
    assert reads_well("Thank you for your point that the deck is too long. You said the plan was fine.").passed


@pytest.mark.parametrize(("notes", "kind", "thanked", "not_thanked"), [
    # the subject is missing from the advice: listed below, the offer thanked instead
    ("he said is too long, make it 2 pages max. he will ask the council about the permit", "full",
     "especially for offering to ask the council about the permit.", "your point that is"),
    # a verbless remark and a line of feeling are no points to thank for
    ("said the warm up too long, games not drills. he'll lend me his drills book. felt so inspired", "thanks",
     "especially for offering to lend me your drills book.", "stuck with me"),
])
def test_a_point_that_does_not_fit_the_thanks_frame_is_not_forced_into_it(
        notes: str, kind: str, thanked: str, not_thanked: str) -> None:
    composition = TASK.compose(values(notes=notes, next_meeting="", kind=kind), SUMMARY_GUIDANCE, Style())
    thanks = next(line for line in composition.body.splitlines() if line.startswith("Thank"))
    assert thanks.endswith(thanked) and not_thanked not in thanks
    assert reads_well(composition.body, sent=True).passed


def test_the_thanks_keep_what_follows_the_advice_and_dash_a_second_clause() -> None:
    from coach.tasks.summary import thanks_sentence

    assert thanks_sentence("she said the pitch deck is too long - 10 slides max", "warm", "s", "Aaron").endswith(
        "your point that the pitch deck is too long — 10 slides max.")
    assert thanks_sentence("said the solo is too busy in the middle, cut 1 phrase", "warm", "s", "Aaron").endswith(
        "your point that the solo is too busy in the middle, and your advice to cut 1 phrase.")  # (review 64)
    # a clause that says why stays joined by its comma
    assert thanks_sentence("she said do the cattle cert, because the practice is going farm", "warm", "s",
                           "Aaron").endswith(", because the practice is going farm.")


def test_a_thank_you_note_thanks_the_offer_as_well_as_the_advice() -> None:
    notes = "she said be specific about the numbers. she offered to do a mock interview with me. ill apply by friday"
    composition = TASK.compose(values(notes=notes, next_meeting="", kind="thanks"), SUMMARY_GUIDANCE, Style())
    first = body_lines(split_note(composition.body)[0])[0]
    assert first.endswith("your advice to be specific about the numbers. Thank you also for offering to do a mock "
                          "interview with me.")


@pytest.mark.parametrize(("line", "thanks_end"), [
    ("he showed me how to dial in the grinder, tips on milk texture", "for showing me how to dial in the grinder."),
    ("Upsell at check in, not at checkout", "stuck with me: Upsell at check in, not at checkout."),
])
def test_a_line_that_fits_a_frame_is_thanked_whole(line: str, thanks_end: str) -> None:
    from coach.tasks.summary import thanks_sentence

    assert thanks_sentence(line, "warm", "s", "Aaron").endswith(thanks_end)


@pytest.mark.parametrize("line", [
    "he said its 80% there",  # what "it" is was said before
    "she thinks part time because I can keep my band 6 salary",  # no verb to be advised
    "Great chat today you looked at the photos of my staircase",  # two clauses run on
    "you watched my session with the u12s",  # an event, no point
    "Possibly do the summer academy in Siena?? Unsure, expensive",  # a question to oneself
    "Can't be bothered with planning permission right now",  # the user's own remark
])
def test_a_line_that_fits_no_frame_gets_plain_thanks(line: str) -> None:
    from coach.tasks.summary import thanks_sentence

    said = thanks_sentence(line, "warm", "s", "Aaron")
    assert said == "Thank you for your time today." or not reads_well(said, sent=True).passed


def test_a_run_on_is_split_at_each_promise_and_remark_joined_by_and() -> None:
    notes = ("we talked about product roles and she said the best route is an internal move and I should talk to the "
             "PM about shadowing and she will connect me with Ben at Lexcorp")
    parsed = parse_notes(notes, "Aisha", "Grace")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Me", "Talk to the PM about shadowing"), ("Aisha", "Connect me with Ben at Lexcorp")]
    assert parsed.takeaways == ["we talked about product roles", "she said the best route is an internal move"]


@pytest.mark.parametrize(("notes", "mentor", "owners"), [
    # advice on a craft after a comma is no errand; an errand after a talk is the user's, on its topic
    ("Takeaways:\nbow arm too tense in the Elgar, relax shoulder", "Maestro Rossi", []),
    ("- talked abt van insurance, get 3 quotes", "Mr. Okafor", [("Me", "Van insurance: get 3 quotes")]),
    # "don't…" is advice, never a task
    ("- dont take the boiler job alone yet, go w/ someone", "Mr. Okafor", []),
    # "R: shadow him" is the user's, "agreed I should…" is the user's, "she offer to lend" is her offer
    ("R: shadow him in the clinic one morning\nAgreed I should present the flu numbers", "Dr. Rahul Mehta",
     [("Me", "Shadow him in the clinic one morning"), ("Me", "Present the flu numbers")]),
    ("she offer to lend me her soil test kit", "Auntie Wanjiru", [("Auntie Wanjiru", "Lend me her soil test kit")]),
    # "he asked me to…, ill do it by wed": the task is what he asked
    ("he asked me to look over his slides, ill do it by wed", "Mr. de Souza",
     [("Me", "Look over his slides")]),
])
def test_who_does_what_in_notes_that_give_advice_errands_and_offers(
        notes: str, mentor: str, owners: list[tuple[str, str]]) -> None:
    assert [(a.owner, a.task) for a in parse_notes(notes, mentor, "Nadia").actions] == owners


def test_the_next_meeting_at_their_place_is_yours_and_one_question_mark_is_enough() -> None:
    notes = "she said the leaves are yellow from nitrogen\nidea: brunch box?? maybe, not sure"
    body = TASK.compose(values(notes=notes, next_meeting="next market day at her shop"), SUMMARY_GUIDANCE,
                        Style()).body
    assert "next market day at your shop." in body and "??" not in body
    checks = TASK.check(body, "Thanks", values(notes=notes, next_meeting="next market day at her shop"))
    assert next(c for c in checks if c.name == "next_meeting").passed


def test_a_run_on_with_a_pleasantry_a_named_promise_and_a_place_for_next_time() -> None:
    notes = ("great chat today hank looked at my staircase and said slow down on sanding, i'm going to redo my "
             "price sheet by sunday and hank will send me the contract template\nwe meet again at her shop in Leeds")
    parsed = parse_notes(notes, "Henrik 'Hank' Johansson", "Olu")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Me", "Redo my price sheet"), ("Henrik", "Send me the contract template")]
    assert parsed.takeaways == ["Henrik looked at my staircase and said slow down on sanding"]
    assert parsed.meeting_place == "at her shop in Leeds"
    body = TASK.compose(values(mentor_name="Hank", notes=notes, next_meeting="mid-November"), SUMMARY_GUIDANCE,
                        Style()).body
    assert "next session in mid-November at your shop in Leeds." in body


def test_what_they_went_through_with_the_user_is_thanked_as_that() -> None:
    from coach.tasks.summary import thanks_sentence

    assert thanks_sentence("went over my flash sheet, linework good but shading muddy", "warm", "s", "Mika").endswith(
        "especially for going over my flash sheet with me.")


# -- round 21: titles with the name, headings without colons, owners by surname or initials -----------


@pytest.mark.parametrize(("text", "person", "said"), [
    ("watched the video Sr Agnes sent", "Sister Agnes Mbeki", "watched the video you sent"),
    ("dr nour said the location matters", "Dr. Nour Haddad", "You said the location matters"),
    ("ate joy shared her experience", "Ate Joy (Joy Santos, RN)", "You shared your experience"),
    ("sell at the marché Jean-Talon", "Jean Tremblay", "sell at the marché Jean-Talon"),
])
def test_the_title_goes_with_the_name_and_a_name_inside_another_word_stays(text: str, person: str, said: str) -> None:
    from coach.writing import to_you

    assert to_you(text, person) == said


def test_headings_todo_owners_and_a_place_for_next_time() -> None:
    notes = ("Grade exams\n- kids freeze in the aural tests\n- TODO me: buy the aural book\n"
             "- TODO Seán: send me his studio policy doc\n- she offered i can come watch her work on a saturday\n"
             "- next time at her shop on rue Saint-Denis")
    parsed = parse_notes(notes, "Seán Mac Giolla Phádraig", "Aoife")
    assert parsed.takeaways[0] == "kids freeze in the aural tests"
    # (parse_notes marks the pronouns it keeps as someone else's; the email takes the marks out)
    assert [(a.owner, a.task.replace("\u02b0", "")) for a in parsed.actions] == [
        ("Me", "Buy the aural book"), ("Seán", "Send me his studio policy doc")]
    assert parsed.meeting_place == "at her shop on rue Saint-Denis"
    von = parse_notes("ACTIONS\nDr. von Stein - send me her template\nJL to lend me his saw", "Dr. Ingrid von Stein",
                      "Lena")
    assert [a.owner for a in von.actions] == ["Dr. von Stein", "JL"]
    jean_luc = parse_notes("JL to lend me his saw", "Jean-Luc Tremblay", "Mathieu")
    assert [a.owner for a in jean_luc.actions] == ["Jean-Luc"]


def test_thanks_that_run_on_into_the_notes_are_left_for_the_notes() -> None:
    notes = ("thank you for today it was very helpful, we discussed my plan to open a pharmacy and you said the "
             "location is most important")
    parsed = parse_notes(notes, "Dr. El-Din", "Yasmin")
    assert parsed.takeaways == ["we discussed my plan to open a pharmacy and you said the location is most important"]


def _note(fields: dict[str, Any]) -> str:
    return TASK.compose({"kind": "full", "next_meeting": "", "my_name": "", **fields}, SUMMARY_GUIDANCE, Style()).body


@pytest.mark.parametrize(
    ("mentor", "notes", "thanked"),
    [
        ("Mr. Haddad", "showed me how he does the night dough schedule, gave me his old proofing log sheets to copy",
         "Thank you also for giving me your old proofing log sheets to copy."),
        ("Kenji", "- diag on the hybrid inverter fault, he walked me through the scan data\n"
                  "- he lent me his copy of the Toyota hybrid training manual (return by xmas!)\n"
                  "- i'll ask my boss about funding",
         "especially for walking me through the scan data. Thank you also for lending me your copy of the Toyota "
         "hybrid training manual."),
        ("Captain Ana Restrepo", "She recommended to chair-fly the engine failure after V1. She will put me in contact "
                                 "with the instructor at Avianca. Big thanks for staying 1 hour extra after her duty.",
         "especially for staying 1 hour extra after your duty. Thank you also for offering to put me in contact with "
         "the instructor at Avianca."),
    ],
)
def test_a_thank_you_thanks_every_favour_in_one_line(mentor: str, notes: str, thanked: str) -> None:
    body = _note({"kind": "thanks", "mentor_name": mentor, "notes": notes})
    assert thanked in body
    assert body.count("Thank you also") <= 1 and "return by" not in body


def test_advice_to_do_something_is_thanked_as_advice_not_as_recommending_a_verb() -> None:
    body = _note({"kind": "thanks", "mentor_name": "Ana", "notes": "She recommended to chair-fly the engine failure "
                                                                   "after V1 every evening."})
    assert "your advice to chair-fly the engine failure after V1 every evening" in body
    assert "recommending chair-fly" not in body


def test_bracketed_and_present_tense_owners_and_two_verbs_of_one_offer() -> None:
    notes = ("TODO (me): rebuild forecast model\nTODO (Raj): intro to the treasury lead at HSBC\n"
             "## Next steps\nRaj shares 2 sample contracts\n"
             "he offered to review my CV and to put in a word with the ICU matron")
    body = _note({"mentor_name": "Mr. Raj Subramanian", "notes": notes,
                  "next_meeting": "Oct 2nd, 8:30am, his office (4th floor)"})
    assert "- **Me:** Rebuild forecast model" in body
    assert "- **Mr. Subramanian:** Introduce me to the treasury lead at HSBC" in body
    assert "- **Mr. Subramanian:** Share 2 sample contracts" in body
    assert "Review my CV and put in a word with the ICU matron" in body
    assert "(me)" not in body and "(you)" not in body and "your office (4th floor)" in body


def test_a_nickname_labels_the_mentors_tasks_as_the_greeting_names_them() -> None:
    body = _note({"mentor_name": "Old Tom Hargreaves", "notes": "he will lend me his tine harrow in march"})
    assert "Hi Old Tom," in body and "- **Old Tom:** Lend me your tine harrow" in body


@pytest.mark.parametrize(
    "text",
    ["one family case (the R. family) is really getting to me", "need GlobalG.A.P. cert before any exporter will sign",
     "Next meeting 6.3. 14:00"],
)
def test_a_full_stop_inside_an_initial_an_abbreviation_or_a_date_ends_no_sentence(text: str) -> None:
    from coach.checks import sentences as check_sentences
    from coach.grammar import sentences
    from coach.writing import pieces_of

    assert sentences(text) == [text] and check_sentences(text) == [text] and pieces_of(text) == [text]
    assert len(sentences("It costs 3.60. Then we go.")) == 2  # a price is no date


def test_numbered_notes_date_with_a_time_and_the_mentor_by_initials() -> None:
    notes = ("sir said:\n1. NCERTs first then standard books\n2. answer writing daily\n"
             "JB: always lead w/ the recommendation, then reasons\n"
             "Action: JB to let me present the Elm St application\n"
             "Action: me to send slides to JB\nsend results to Mr B\nNext meeting 6.3. 14:00")
    body = _note({"mentor_name": "Mr. Brennan", "notes": notes})
    assert ": 1." not in body and "- 2." not in body and "NCERTs first then standard books" in body
    assert "JB" not in body and "Mr B" not in body and "send results to you" in body.lower()
    assert "- **Mr. Brennan:** Let me present the Elm St application" in body
    assert "always lead with the recommendation" in body and "**Mr. Brennan:** Always" not in body
    assert "14:00" in body and "**Me:** Next meeting" not in body and "**Me:** 14:00" not in body


def test_a_run_on_paragraph_splits_at_each_new_topic_promise_and_offer() -> None:
    notes = ("great chat w/ Sofia today abt moving from IC to tech lead, she said track where my time goes for 2 wks, "
             "also we talked abt the conflict w/ Raj re: the migration timeline, she's going to send me the book rec "
             "(An Elegant Puzzle) and I'll do the time tracking and bring it nxt time, oh and she offered to do a mock "
             "of my promo panel in Jan")
    body = _note({"mentor_name": "Sofia", "notes": notes})
    assert "- **Sofia:** Send me the book recommendation (An Elegant Puzzle" in body
    assert "- **Me:** Do the time tracking and bring it next time\n" in body
    assert "- **Sofia:** Do a mock of my promo panel in Jan" in body and ", oh" not in body
    assert "re —" not in body


def test_a_task_with_a_note_after_a_dash_and_a_deadline_are_action_items() -> None:
    notes = ("- get 2 letters of support - Helen suggested the Hive gallery and my old tutor\n"
             "- deadline 14 Feb, aim to submit a week early\nthank you for today it was very helpful")
    body = _note({"mentor_name": "Helen", "notes": notes})
    assert "- **Me:** Get 2 letters of support - you suggested the Hive gallery and my old tutor" in body
    assert "- **Me:** Deadline 14 Feb, aim to submit a week early" in body
    assert "very helpful" not in body


def test_note_marks_are_not_carried_into_the_email() -> None:
    notes = ("salon stuff\n-raise prices 10% in Jan\n-Shaz wants to go self employed\n"
             "sesh w tony at the studio\nmy photos looked tidy :)\n"
             "he'll put us fwd for the support slot in march!!! i gotta send him the EP mixes by next fri\n"
             "W (me) - visit Kandara cooperative nxt wk\nnext: he said call him after the short rains")
    body = _note({"mentor_name": "Tony", "my_name": "Wanjiru", "notes": notes})
    assert "- -" not in body and "-Shaz" not in body and ":)" not in body and "Sesh" not in body
    assert "Session with you at the studio" in body
    assert "- **Tony:** Put us forward for the support slot in March" in body
    assert "- **Me:** Send you the EP mixes" in body and "gotta" not in body
    assert "- **Me:** Visit Kandara cooperative next week" in body and "(me)" not in body
    assert "**Me:** Next" not in body


def test_round_24_notes_initials_titles_asides_and_dates_in_brackets() -> None:
    notes = ("Claire mtg notes (Zoom, ran over)\n"
             "- C might be able to be my DPP herself?? she'll check with her practice manager\n"
             "CR - our theory of change is fuzzy\nK (my colleague) to redo the logic model\n"
             "2. Not to shout, better to wait in silence\n"
             "random: she's moving to Bristol in summer, so meetings will be online after June\n"
             "C - send link to the Keele open evening (it's 5th March)\n"
             "AR to intro me to Dr. Cho in EM (by end of month)\n"
             "shadow in both EM and IM before deciding\ndeadline for app is 28 Feb\n"
             "she will come to observe my lesson on 3.4. and give feedback")
    body = _note({"mentor_name": "Claire Robson", "notes": notes})
    assert "mtg notes" not in body and "You might be able to be my DPP yourself?" in body
    assert "our theory of change is fuzzy" in body and "**Claire:** Our theory" not in body
    assert "- **K:** Redo the logic model" in body and "**Not:**" not in body
    assert "**Me:** Random" not in body and "moving to Bristol" in body
    assert "(it's 5th March" in body and "(it's (" not in body and "(;" not in body
    assert "IM before deciding" in body and "I'm before" not in body
    assert "- **Me:** Deadline for app is 28 Feb" in body
    assert "on 3.4. and give feedback" in body


def test_round_24_thanks_offers_next_steps_and_greeting_respect() -> None:
    mechanic = _note({"kind": "thanks", "mentor_name": "Mr. Papadopoulos", "notes": (
        "he said location matters less than reputation. offered to let me use his diagnostic machine on sundays!!")})
    assert "Thank you also for offering to let me use your diagnostic machine on Sundays." in mechanic
    farmer = _note({"kind": "thanks", "mentor_name": "Ruth", "notes": (
        "she reckons the clover is struggling b/c ph too low, get soil tested. also said dont rush the sheep")})
    assert "Next, I'm going to get soil tested." in farmer
    hotel = _note({"mentor_name": "Rahul sir", "notes": (
        "Met Rahul sir at the lobby cafe, 30 mins.\nHe said front office to revenue mgmt move is possible, but i need "
        "excel skills\nI need to: set up a price test by fri, pull 20 cust data\nNext we meet after 1 month")})
    assert "Hi Rahul sir," in hotel and "your point that front office to revenue management move is possible" in hotel
    assert "lobby cafe" not in hotel and "after 1 month." in hotel and "**Me:**:" not in hotel
    assert "20 customers" in hotel


def test_a_task_said_twice_is_listed_once_with_the_more_detailed_words() -> None:
    notes = ("- GH will forward the 2022 bid that got through as an example\nTODO\n- [ ] GH: send 2022 bid\n"
             "- [ ] me: call Bob\n- [ ] me: call Bob's manager")
    body = _note({"mentor_name": "Gareth Hughes", "notes": notes})
    assert "Forward the 2022 bid that got through as an example" in body and "Send 2022 bid" not in body
    assert "- **Me:** Call Bob\n- **Me:** Call Bob's manager" in body  # one word in common is not the same task
    assert "stuck with me: Forward" not in body  # the mentor's own task is never what "stuck with me"


@pytest.mark.parametrize(
    ("mentor", "notes", "lead", "left_out"),
    [
        # the marker after the note it is about
        ("Mei", "coffee w/ mei, sun\n- she said she was terrible at rotas her first yr\n"
         "she got me the shift lead trial!!! THIS is the main thing to thank her for\n"
         "- me: learn the ordering system b4 the 1st",
         "especially for getting me the shift lead trial.", "main thing"),
        # the marker closes a line of several sentences: its first is the favour, and it was done, not offered
        ("Dr. Siobhán Ní Bhriain",
         "- viva advice: pause before answering\n- she read my WHOLE draft over xmas. 240 pages. on her own time. "
         "biggest thanks for that\n- me: print thesis + tabs",
         "especially for reading my WHOLE draft over Christmas.", "offering"),
        # the marker opens its own line and points at the line above; the reason beside it stays private
        # "the big one" after the note, and "mostly" with no "for this"; the user's "-> I GOT IT" stays out
        ("Mr. Paul Brennan",
         "last session before he moves\n- he lend me his ISTQB book\n- he recommend me for the automation role to "
         "Karen -> I GOT IT. this is the big one, thank him mostly for this",
         "especially for recommending me for the automation role to Karen.", "GOT IT"),
        # named as a thing on a line of its own, with an instruction to the coach
        ("Beatriz Santos",
         "mentoria - Beatriz - 02/06\n- she give me contact of her accountant\n- for me most important is the cash "
         "flow help, without this maybe I close the shop. say this!\n- me: bring her the cake I promised",
         "especially for the cash flow help.", "close the shop"),
        # a reminder to thank for something is what to thank for most
        ("Jojo", "- he said my mixes are muddy, cut around 300hz\n- also DO NOT forget to thank him for the free "
                 "studio time last week\n- me: send him the new mix by fri",
         "especially for the free studio time last week.", "forget"),
        ("Beatriz Santos",
         "Ms Santos came to shop today\n- she help me with price for wholesale, now I know cost for each banh mi "
         "is 1.85. very important!!\n- thank her most for this, I was losing money every day\n"
         "- she say go to cafe owner directly, bring sample, not email\n- me: make new price list before next week",
         "especially for helping me with price for wholesale.", "losing money"),
    ],
)
def test_what_the_user_says_to_thank_for_most_leads_the_thanks(mentor: str, notes: str, lead: str,
                                                                left_out: str) -> None:
    for kind in ("thanks", "full"):
        body = TASK.compose({"mentor_name": mentor, "notes": notes, "kind": kind}, [], Style()).body
        first_thanks = next(line for line in body.splitlines() if "Thank you" in line)
        assert first_thanks.split(". ")[0].rstrip(".").endswith(lead.rstrip(".")), body
        assert left_out.lower() not in body.lower()
        assert body.count(lead.rstrip(".").split()[-1]) == 1  # thanked once, not again as an offer or a task
        assert not reading_problems(first_thanks, sent=True)
    assert parse_notes(notes, mentor).main_thanks
    assert parse_notes("she got me the trial\n- advice: ask early", "Mei").main_thanks is None


def test_a_first_line_of_what_was_done_with_whom_and_the_day_is_a_title_not_a_task() -> None:
    parsed = parse_notes("coffee w/ mei, sun\n- me: learn the ordering system b4 the 1st", "Mei")
    assert [a.task for a in parsed.actions] == ["Learn the ordering system b4 the 1st"]
    # what someone did that day is news, not a task due then ("I'll send the deck today" still is one)
    parsed = parse_notes("Ms Santos came to shop today\n- me: make new price list before next week", "Beatriz Santos")
    assert [a.task for a in parsed.actions] == ["Make new price list"]
    planned = parse_notes("I'll send her the deck today", "Beatriz Santos").actions
    assert [a.task for a in planned] == ["Send her the deck"]


def test_a_topic_line_is_listed_never_the_point_thanked_for() -> None:
    notes = ("- talk about promotion to senior policy officer (grade 7)\n"
             "- advice: write less, my briefings are too long\n- me: make a one-pager before 15/04")
    body = TASK.compose({"mentor_name": "Ms. Adeyemi", "notes": notes}, [], Style()).body
    thanks = next(line for line in body.splitlines() if line.startswith("Thank you"))
    assert "promotion" not in thanks and "write less" in thanks.lower()
    assert "- Talk about promotion to senior policy officer (grade 7)." in body


def test_a_name_typed_family_name_first_is_greeted_as_the_notes_use_it() -> None:
    values = {"mentor_name": "Dr. Chen Jing", "my_name": "Lucía",
              "notes": "mentoring - Dr Chen (CJ) 21-Nov\n- she say apply to 20+, not only big companies\n"
                       "- CJ will check my cover letter\n- she tell me in her first year she failed the Fluids exam"}
    draft = TASK.compose(values, [], Style()).body
    assert draft.startswith("Hi Dr. Chen,") and "**Dr. Chen:** Check my cover letter" in draft
    assert "Dr. Jing" not in draft and "**Dr. Chen:** Tell me" not in draft  # her story is no task of hers
    checks = {c.name: c for c in TASK.check(draft, "Thanks", values)}
    assert checks["action_items_with_owners"].passed
    # written given name first, or with no title in the notes, the name is greeted as typed
    values["notes"] = "call with Dr Jing - she'll check my cover letter"
    assert TASK.compose(values, [], Style()).body.startswith("Hi Dr. Jing,")


def test_said_me_reads_told_me_and_go_is_no_initials() -> None:
    notes = ("meeting with mrs okafor 04.03.2025\nshe said me I must write the care plans more detail\n"
             "we both go to the dementia training on 20th together\n- me: finish the medication module")
    body = TASK.compose({"mentor_name": "Mrs. Okafor", "notes": notes}, [], Style()).body
    assert "that me I must" not in body and "you told me I must write the care plans more detail" in body
    assert "**Both of us:** Go to the dementia training on 20th together" in body  # never "You to the…"
