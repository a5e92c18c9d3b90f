"""Classes left open after review 57 (32 messy inputs): each test names its class."""

from __future__ import annotations

from functools import partial

import pytest

from coach.grammar import reading_problems
from coach.tasks.outreach_phrasing import about_sentence
from coach.tasks.session_notes import parse_notes
from coach.writing import expand_shorthand
from tests.tasks.support import drafted

_draft = partial(drafted, form_style=False)


def _parsed(notes: str, mentor: str = "Jo") -> tuple[list[tuple[str, str]], list[str]]:
    parsed = parse_notes(notes, mentor, "Sam")
    return [(a.owner, a.task) for a in parsed.actions], list(parsed.takeaways)


# -- light normalisation: slips with one reading ---------------------------------------------------------


@pytest.mark.parametrize(("typed", "fixed"), [
    ("You must to escalate earlier", "You must escalate earlier"),
    ("the post which we has used at my company", "the post which we have used at my company"),
    ("0.06/word which is to low for legal", "0.06/word which is too low for legal"),
    ("specially the post about pipelines", "especially the post about pipelines"),
    ("You recommended join the ITI and get the MITI", "You recommended joining the ITI and getting the MITI"),
    ("dont panic, its seasonal", "don't panic, it's seasonal"),
    ("it is not a personal failure it's the caseload", "it is not a personal failure, it's the caseload"),
    ("after my next trip, prob early Dec", "after my next trip, probably early Dec"),
])
def test_slips_with_one_reading_are_fixed(typed: str, fixed: str) -> None:
    assert expand_shorthand(typed) == fixed


@pytest.mark.parametrize("typed", [
    "went from high to low.", "the plan is to slow down", "on its own.", "she suggested books by Smith",
    "specially made", "since 2 weeks ago I have",
])
def test_what_could_be_meant_as_typed_stays(typed: str) -> None:
    assert expand_shorthand(typed) == typed


def test_since_before_a_length_of_time_is_named_for_the_user_and_said_right_for_a_role() -> None:
    assert any("since" in problem for problem in reading_problems("I am midwife since 9 years in São Paulo."))
    assert not reading_problems("I've been following your blog since 2021.")
    assert about_sentence("plumber since 6 year, now working for a big company") == (
        "I've been a plumber for 6 years, now working for a big company.")


def test_a_number_abbreviated_no_is_no_sentence_end() -> None:
    assert not reading_problems("Could you fill in the batch no. before the patient leaves the chair?")


# -- feedback --------------------------------------------------------------------------------------------


def test_feedback_passed_on_from_others_asks_what_they_said_not_its_effect_on_the_teller() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Dawn, area manager", "when_it_happened": "yesterday",
        "feedback": "area manager says some of the team told her in the staff survey that I'm 'hard to approach'. "
                    "she didnt give names"})
    questions = body.split("### Questions to ask")[1].split("###")[0]
    assert "What did they say it was like for them?" in questions
    assert "Did they give any examples I could learn from, even without names?" in questions
    assert "effect did it have on you" not in questions


def test_feedback_seen_first_hand_still_asks_its_effect() -> None:
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Sgt. Hollis",
                                  "feedback": "she said I was too chatty on calls"})
    assert "What effect did it have on you or your work?" in body


# -- prepare ---------------------------------------------------------------------------------------------


def _prepare(**fields: str) -> str:
    values = {"mentor_name": "Kenji", "goals": "", "progress": "", "challenges": "", "meeting_minutes": "30",
              "open_items": "", **fields}
    body, _ = _draft("prepare", values)
    return body


def test_the_next_session_question_only_makes_up_the_least_a_sheet_needs() -> None:
    full = _prepare(goals="get onto the critical care course next intake",
                    challenges="failed the cannulation OSCE first time; rota clashes with the course days")
    assert "most useful for you" not in full
    assert full.count("\n1. ") == 2  # the agenda's first item and the first question


def test_a_long_meeting_on_one_goal_keeps_check_in_and_wrap_up_short() -> None:
    body = _prepare(mentor_name="", goals="get to DSM on a west end show", meeting_minutes="90")
    assert "**Check-in and my update** (10 min)" in body and "**Wrap-up** (10 min)" in body
    assert "(70 min)" in body


def test_a_promise_typed_with_a_bare_verb_reads_as_said() -> None:
    body = _prepare(goals="open my own studio", open_items="kenji said he send me his price sheet")
    assert "You said you'd send me your price sheet" in body


# -- summary ---------------------------------------------------------------------------------------------


def test_an_action_mark_before_an_owners_dash_gives_them_the_task_up_to_the_next_semicolon() -> None:
    actions, takeaways = _parsed("pricing: fixed fees; AI: review 5 biggest clients fees; AI: Jo - share her "
                                 "engagement letter template; consider hiring a bookkeeper pt in jan??")
    assert ("Jo", "Share her engagement letter template") in actions
    assert ("Me", "Review 5 biggest clients fees") in actions
    assert any(t.startswith("consider hiring a bookkeeper") for t in takeaways)


def test_marked_actions_still_make_an_unmarked_label_what_they_said() -> None:
    actions, takeaways = _parsed("* JM: call the MCA abt the gaps tmrw, dont wait\n"
                                 "* AI: me - get the chief to sign off the missing pages\n"
                                 "* AI: JM - intro to the guy at the training college", "Capt. John Mills")
    assert ("Capt. Mills", "Intro to the guy at the training college") in actions
    assert not any("MCA" in task for _, task in actions)
    assert any("call the MCA" in t for t in takeaways)


def test_a_line_labelled_read_is_the_users_own_task() -> None:
    actions, takeaways = _parsed("read: the Pain Science book he mentioned (Explain Pain?)", "Rahul Kapoor")
    assert actions == [("Me", "Read the Pain Science book he mentioned (Explain Pain?)")]
    assert takeaways == []


def test_a_run_on_gives_each_owner_their_task_and_each_topic_its_line() -> None:
    actions, takeaways = _parsed(
        "we talked about the case and she said yes absolutely, then we talked about supervision and B said I should "
        "keep a log, also she said the burnout thing is not a personal failure it's the caseload, I'm going to email "
        "my manager about supervision this week and B is going to send me the BASW guidance on caseloads",
        "Bernadette")
    assert ("Me", "Email my manager about supervision this week") in actions
    assert ("Bernadette", "Send me the BASW guidance on caseloads") in actions
    assert any(t.startswith("we talked about supervision") for t in takeaways)
    assert not any(t.lower().startswith("then") for t in takeaways)
    assert any(t.startswith("she also said the burnout thing") for t in takeaways)


def test_an_offer_to_put_me_in_touch_says_with_whom() -> None:
    actions, _ = _parsed("She knows the lead for the apprenticeships, she will put me in touch.", "Angela")
    assert ("Angela", "Put me in touch with the lead for the apprenticeships") in actions


def test_a_figure_and_how_it_moved_is_news_not_a_task() -> None:
    actions, takeaways = _parsed("- pick rate down 8% since peak, dont panic, its seasonal\n- talk to HR", "Linda")
    assert actions == [("Me", "Talk to HR")]
    assert takeaways and takeaways[0].startswith("pick rate down 8%")
