"""Classes found in session 41 (twenty blind drafts): each test names the class it holds."""

from __future__ import annotations

import re
from typing import Any

import pytest

from coach.tasks.ask import CROSSED_LINE, CROSSED_LINE_REPLY, AskTask
from coach.tasks.base import Style
from coach.tasks.session_notes import hedged
from coach.writing import expand_shorthand, to_you
from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any], style: Style | None = None) -> tuple[str, str, dict[str, bool]]:
    draft, checks = offline_draft(job, values, style)
    return draft.body, draft.rationale, {check.name: check.passed for check in checks}


def test_the_users_own_verdict_after_what_was_said_is_not_one_of_the_points() -> None:
    # "i mean she's not wrong but it stung a bit" was listed as the manager's point: "You mean she's not wrong but."
    body, _, checks = _draft("feedback", {
        "direction": "received",
        "feedback": "my manager said in my review that i 'talk past the close' - like i get the yes and then keep "
                    "pitching. she also said my pipeline notes in salesforce are 'a diary not a forecast'. i mean "
                    "she's not wrong but it stung a bit"})
    assert "not wrong" not in body and checks["reads_well"]
    # and the one who said it is "your manager", not "them" beside "what she's noticed"
    assert "### What your manager said, put neutrally" in body
    assert "Then tell your manager what you changed, and ask what she's noticed since" in body


def test_a_plural_after_a_preposition_is_not_the_subject() -> None:
    body, _, _ = _draft("feedback", {
        "direction": "received", "person_name": "Dr. Weber, lab supervisor",
        "feedback": "My supervisor tell me that my labeling of the samples is not consistent. She say also your "
                    "concepts is unclear."})
    assert "Your labeling of the samples is not consistent" in body


def test_a_copula_after_a_comma_keeps_its_own_subject() -> None:
    # "he say talk to peer support, is normal to feel like this" became "…, be normal to feel like this"
    said = to_you("he say talk to peer support, is normal to feel like this", "Stefan")
    assert said.endswith("peer support, is normal to feel like this")
    assert to_you("he moves the herd every 12 hours, uses polywire", "Stefan").endswith(", use polywire")


def test_ur_before_off_is_you_are_and_w_in_is_within() -> None:
    assert expand_shorthand("coffee for 15 min when ur off shift?") == "coffee for 15 min when you're off shift?"
    assert expand_shorthand("follow up w/in 24h") == "follow up within 24h"


def test_an_offer_without_its_verb_is_the_one_ask() -> None:
    _, _, checks = _draft("outreach", {
        "mentor_name": "Capt. Reyes", "mentor_context": "run the officer development program for the county",
        "why_them": "guys at station 9 said ur the one who got half the current lts through the exam",
        "goal": "pass the lieutenant exam next spring", "ask": "coffee for 15 min when ur off shift? my treat",
        "channel": "chat", "tone": "casual", "my_name": "Danny"})
    assert checks["one_specific_ask"]


def test_a_thank_you_names_the_step_the_notes_give_the_user_and_their_intro_whole() -> None:
    # "follow up w/in 24h" (advice) was made the user's promise and "me: CRM cleanup by fri" dropped;
    # "offering to Intro to mortgage broker"
    body, _, _ = _draft("summary", {
        "mentor_name": "Carol Brennan", "kind": "thanks",
        "notes": "open house scripts\nfollow up w/in 24h\nCB -> intro to mortgage broker (Dave?)\n"
                 "me: CRM cleanup by fri"})
    assert "CRM cleanup by Friday" in body and "24h" not in body
    assert "offering to introduce me to mortgage broker" in body


def test_a_doubt_about_the_tool_does_not_make_the_task_an_idea() -> None:
    assert not hedged("Start the pharmacology flashcards, maybe Anki?")
    assert hedged("start flashcards, maybe not") and hedged("maybe apply to SURF?") and hedged("call Sam, maybe")
    _, _, checks = _draft("summary", {
        "mentor_name": "Stefan", "my_name": "Luca", "kind": "full",
        "notes": "he explain how he prepare for the exam\nme: call peer support this week\n"
                 "me: start the pharmacology flashcards, maybe Anki?"})
    assert checks["task_lines_in_actions"]


def test_an_owner_given_only_as_an_initial_is_named_in_the_rationale() -> None:
    body, rationale, _ = _draft("summary", {
        "mentor_name": "Dr. Priya Raman", "my_name": "Daniel", "kind": "full",
        "notes": "talked abt how to find a lab\nK to review resume - wed\nme: draft 3 emails to profs by next fri"})
    assert "**K:** Review resume" in body
    assert 'your notes give only "K" as who will review resume' in rationale
    # the mentor's own initials are the mentor, never flagged
    _, rationale, _ = _draft("summary", {"mentor_name": "RJ", "kind": "full",
                                         "notes": "RJ to review my README\nme: deploy the MVP by friday"})
    assert "notes give only" not in rationale


@pytest.mark.parametrize("question", [
    "my mentor (he's a senior partner at my firm, married) has started texting me late at night about non-work "
    "stuff and last week asked if i wanted to get drinks just the two of us. i don't want to lose him as a mentor",
    "my manager makes sexual jokes in our 1:1s and I don't know how to handle it",
])
def test_a_mentor_crossing_a_personal_line_gets_support_not_technique(question: str) -> None:
    task = AskTask()
    reply = task.preflight({"question": question})
    assert reply is not None and reply.body == CROSSED_LINE_REPLY
    assert all(check.passed for check in task.check(reply.body, None, {"question": question}))
    # a technique answer to such a question fails its check
    assert not task.check("Keep your sessions regular [1].", None, {"question": question})[0].passed


@pytest.mark.parametrize("question", [
    "Is it inappropriate to message my mentor on LinkedIn?",
    "My mentor calls me late at night to check on the project, is that normal?",
    "My mentee messages me at 10 p.m. on Sundays and I don't know how to set a limit",
    "how do I keep in touch with my mentor after she moves?",
    "public speaking makes me uncomfortable, how can my mentor help?",
])
def test_ordinary_boundary_questions_are_answered_as_mentoring(question: str) -> None:
    assert not CROSSED_LINE.search(question)


def test_a_move_from_one_thing_to_another_and_advice_on_what_i_can_do_stay_whole() -> None:
    # "talked abt moving from circulation -> digital services" became "Moving from circulation: digital services.";
    # the thanks stopped at "…wants 'project management'" and lost "i can frame the self-checkout rollout as that"
    body, _, checks = _draft("summary", {
        "mentor_name": "Gloria Mendes", "my_name": "Marisol", "kind": "full",
        "notes": "- talked abt moving from circulation -> digital services\n- G: the job posting wants 'project "
                 "mgmt', i can frame the self-checkout rollout as that (i coordinated 3 branches)\n"
                 "- me - rewrite cover letter, lead w/ rollout, by 15 Nov\n"
                 "- me: look up the ALA emerging leaders thing, deadline might be dec?"})
    assert "We talked about moving from circulation to digital services." in body
    assert "— I can frame the self-checkout rollout as that (I coordinated 3 branches)." in body
    # a doubt about the deadline is no doubt about the task
    assert "**Me:** Look up the ALA emerging leaders thing" in body and checks["task_lines_in_actions"]
    assert not hedged("look up the ALA thing, deadline might be dec?") and hedged("maybe look up the ALA thing")


def test_a_linkedin_note_is_signed_when_the_name_fits_and_a_chat_by_a_dash() -> None:
    values = {"mentor_name": "Ms. Haddad", "mentor_context": "lead forensic accounting at a Big Four firm",
              "why_them": "your article on tracing shell-company payments was the clearest thing I've read on it",
              "goal": "moving from audit into forensic accounting", "ask": "send you 3 short questions by email",
              "channel": "linkedin_note", "tone": "formal", "my_name": "Tomasz"}
    body, _, checks = _draft("outreach", values)
    assert re.search(r"\n\n(?:Thank you|With thanks),\nTomasz$", body) and len(body) <= 300 and checks["length"]
    # (a chat was unsigned here until reviews 102 and 104: a first chat to a stranger shows them only a number)
    body, _, _ = _draft("outreach", {**values, "channel": "chat"})
    assert body.endswith("\n\n– Tomasz") and body.count("Tomasz") == 1, body


def test_an_open_item_labelled_with_the_mentors_initial_is_what_they_said_theyd_do() -> None:
    body, _, checks = _draft("prepare", {
        "mentor_name": "Jun", "goals": "get my licence", "meeting_minutes": 30,
        "open_items": "J: intro me to the person at the AIA who runs the study group\nme - send Jun my portfolio pdf\n"
                      "K: send the fee spreadsheet"})
    assert "You said you'd introduce me to the person at the AIA" in body
    assert "I said I'd send you my portfolio pdf" in body
    assert "K: send the fee spreadsheet" in body  # someone else's initial stays as typed
    assert checks["open_items_on_agenda"]
    assert "side project" in _draft("prepare", {"mentor_name": "Jun", "goals": "get my licence",
                                                 "progress": "started my own side proj"})[0]


def test_a_greater_than_between_words_is_over() -> None:
    # "Portfolio > cert? You think portfolio…" went to the mentor as typed
    assert expand_shorthand("portfolio > cert?? she thinks portfolio") == "portfolio over cert?? she thinks portfolio"
    assert expand_shorthand("quality > quantity") == "quality over quantity"
    assert expand_shorthand("score went from 5 > 3") == "score went from 5 > 3"  # between numbers it stays


def test_an_initial_label_reads_the_mentors_name_past_a_title_and_an_arrow() -> None:
    # the label's letter was compared with "Sr. Bernadette"'s first character ("S"), and "B -> was going to…"
    # would have kept its arrow: the initial is read as the notes' summary does (session_notes.mentor_initials)
    body, _, checks = _draft("prepare", {
        "mentor_name": "Sr. Bernadette", "goals": "get through my first year", "meeting_minutes": 30,
        "open_items": "B -> was going to send me the reflective log examples\n"
                      "B -> offered to look at a redacted court report\nS: book the room"})
    assert "You were going to send me the reflective log examples" in body
    assert "You offered to look at a redacted court report" in body and "said you'd offered" not in body
    assert "S: book the room" in body  # the title's letter is not her initial
    assert checks["open_items_on_agenda"]
