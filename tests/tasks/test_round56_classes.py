"""Classes found in review 55's leftovers and review 56's drafts (32 new messy inputs): each test names its class."""

from __future__ import annotations

from functools import partial

import pytest

from coach.tasks.outreach_phrasing import about_sentence
from coach.tasks.session_notes import parse_notes
from coach.tasks.summary import to_mentor
from coach.writing import expand_shorthand
from tests.tasks.support import drafted

_draft = partial(drafted, form_style=False)


def _summary(notes: str, mentor: str = "Kenji", kind: str = "full", me: str = "Duc") -> str:
    body, _ = _draft("summary", {"mentor_name": mentor, "my_name": me, "kind": kind, "notes": notes,
                                 "next_meeting": ""})
    return body


def _actions(notes: str, mentor: str, me: str = "Duc") -> list[tuple[str, str]]:
    return [(a.owner, a.task) for a in parse_notes(notes, mentor, me).actions]


# -- summary ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "said"), [
    ("KW explain P2-P7 process elements", "You explained P2-P7 process elements"),  # initials, then a bare verb
    ("VDA 6.3 - KW explain the audit steps", "VDA 6.3 - you explained the audit steps"),  # after a topic's dash
    ("K explain the steps", "You explained the steps"),
    ("KW say write one idea first", "You said to write one idea first"),
    ("he recomends the GN3 book", "You recommended the GN3 book"),  # a typo and its "s", after "you"
    ("he say just tell him how it go", "You said to just tell you how it goes"),  # report back to the one who said it
    ("clinical dip: she thinks worth it but not urgent", "Clinical dip: you think it's worth it but not urgent"),
    ("mostly talked burnout", "We mostly talked about burnout"),
])
def test_the_mentors_initials_and_non_native_present_read_as_said_to_them(line: str, said: str) -> None:
    assert to_mentor(line, "Kenji") == said


def test_someone_elses_initials_before_a_bare_verb_stay_theirs() -> None:
    assert to_mentor("BP said to wait", "Kenji") == "BP said to wait"
    assert to_mentor("I explain my plan", "Ian") == "I explain my plan"  # the user, not Ian


def test_an_owner_with_nothing_to_do_is_no_task_and_what_follows_is_kept() -> None:
    body = _summary("me: try 1 idea per mtg\nKW: nothing, he say just tell him how it go")
    assert "tell you how it goes." in body and "KW" not in body and "othing" not in body


def test_something_shown_in_the_session_is_not_a_task_to_do_again() -> None:
    assert _actions("he share his checklist (excel) in the call", "Kenji") == []
    assert "You shared your checklist (Excel) in the call." in _summary("he share his checklist (excel) in the call")


@pytest.mark.parametrize(("notes", "thanked"), [
    ("LF rewrote my linkedin headline live on the call (way better), said my plan was too long",
     "rewriting my LinkedIn headline live on the call"),
    ("he give me tip: practice presentation to my wife. report writing - use template from depot",
     "giving me a tip: practice presentation to my wife"),
])
def test_what_they_did_for_the_user_is_thanked(notes: str, thanked: str) -> None:
    assert thanked in _summary(notes, mentor="Lucía", kind="thanks")


def test_a_users_thank_for_the_time_is_not_a_point_that_stuck() -> None:
    body = _summary("thank for the time. shadowing approved, start 3rd of next month", mentor="rick", kind="thanks")
    assert "stuck with me: thank" not in body


@pytest.mark.parametrize(("notes", "mentor", "expected"), [
    # an action mark mid-paragraph, with the user's label after it
    ("cut: multiplayer. AI ash: trim scope doc, send K new version fri", "Kenji",
     [("Me", "Trim scope doc, send K new version")]),
    ("pricing -> fixed fee. AI me: write new engagement letter", "Bernadette", [("Me", "Write new engagement letter")]),
    # the user's label with no colon of its own, then the mentor's after a comma
    ("AI: me apply to 3 jobs by end of month, O: review CV", "Oluwaseun", [("Me", "Apply to 3 jobs"),
                                                                          ("Oluwaseun", "Review CV")]),
    # the mentor's task after a semicolon, by initial and "to"
    ("AI: update terms + website by next session; H to intro me to a QA manager he knows", "Hiro",
     [("Me", "Update terms and website"), ("Hiro", "Intro me to a QA manager he knows")]),
    # a topic, then the mentor's promise about it
    ("NPQ draft: she'll read by next fri", "Gloria", [("Gloria", "Read the NPQ draft")]),
])
def test_each_owners_task_in_a_paragraph_of_notes_is_theirs(notes: str, mentor: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert _actions(notes, mentor, "ash") == expected


def test_the_mentors_words_before_a_dated_plan_are_never_in_the_users_task() -> None:
    # "**Me:** K says vertical slice: show on Discord" listed the mentor's words as the user's task
    assert _actions("K says vertical slice by end of month -> show on discord for feedback", "Kenji") == [
        ("Me", "Vertical slice: show on discord for feedback")]
    assert _actions("she said ship it friday", "Ines") == [("Me", "Ship it")]  # an instruction still is
    assert _actions("K thinks the slice is too big", "Kenji") == []  # a view, with no date, is no task


def test_a_takeaway_typed_as_a_semicolon_list_is_one_point_each_and_quotes_keep_their_arrow() -> None:
    body = _summary("O: no degree needed for junior roles; apply band 5 analyst jobs; portfolio: 3 projects max; "
                    "linkedin headline change to 'lab scientist -> data analyst'", mentor="Oluwaseun")
    assert "- Portfolio: 3 projects max." in body
    assert "'lab scientist → data analyst'" in body and "; apply" not in body


# -- prepare ---------------------------------------------------------------------------------------------


def _prepare(**fields: str) -> str:
    values = {"mentor_name": "Rick", "goals": "", "progress": "", "challenges": "", "meeting_minutes": "45",
              "open_items": "", **fields}
    body, _ = _draft("prepare", values)
    return body


@pytest.mark.parametrize(("item", "listed"), [
    ("rick said he will ask depot manager about shadowing", "You said you'd ask depot manager about shadowing"),
    ("rick suggested join ATA / ITI", "You suggested joining ATA / ITI"),
    ("he asked me to send the dashboard; i did", "You asked me to send the dashboard - I did"),
    ("also update linkedin - not done", "- Update LinkedIn - not done"),
])
def test_open_items_read_as_said_and_a_status_stays_with_its_item(item: str, listed: str) -> None:
    body = _prepare(goals="become a trainer", open_items=item)
    assert listed in body and "\n   - I did" not in body


def test_a_goal_typed_without_its_article_gets_the_one_it_needs() -> None:
    body = _prepare(goals="submit first paper", meeting_minutes="15")
    assert "to submit my first paper?" in body
    assert "become a bus driver trainer" in _prepare(goals="become bus driver trainer")
    assert "become more confident" in _prepare(goals="become more confident")


def test_the_coachs_follow_up_names_the_goal_or_is_not_asked() -> None:
    body = _prepare(goals="submit first paper", challenges="reviewer 2", meeting_minutes="15")
    assert "On submitting my first paper, which signs would tell you I'm on track?" in body
    assert "my main goal" not in _prepare(goals="get better at freelance rates and find direct clients instead of "
                                                "agencies, maybe raise my rates by 20% too", meeting_minutes="60")


def test_progress_and_short_notes_are_each_said_whole() -> None:
    body = _prepare(goals="get promoted", progress="Completed the practice educator course. Supervising one student.",
                    challenges="Burnout. Caseload high.")
    assert "I've been supervising one student." in body and " Supervising one student." not in body
    assert "Burnout, caseload high" in body


# -- outreach ---------------------------------------------------------------------------------------------


def _outreach(**fields: str) -> str:
    values = {"mentor_name": "Marco", "mentor_context": "", "why_them": "your talk about scope stayed with me",
              "about_me": "", "goal": "learn costing", "ask": "could we talk for 20 minutes?", "channel": "email",
              "tone": "warm", "my_name": "Ash", **fields}
    body, _ = _draft("outreach", values)
    return body


def test_a_goal_led_by_an_adverb_or_followed_by_its_own_sentence_reads_whole() -> None:
    assert "I'm hoping to actually ship something on Steam this year." in _outreach(
        goal="actually ship something on Steam this year")
    assert "I'm hoping to one day open a small place. First I want to learn costing." in _outreach(
        goal="one day open a small place, first I want to learn costing")
    assert "within the next year" in _outreach(goal="get a ward role within next year")


def test_an_offer_after_the_ask_is_its_own_sentence() -> None:
    body = _outreach(ask="an hour every couple of weeks going over testing sequence, happy to come to you")
    assert "going over testing sequence? I'm happy to come to you." in body


def test_what_they_do_is_optional_and_about_me_never_repeats_the_reason() -> None:
    why = "I read your 2021 paper on low-resource morphological tagging many times and I use your dataset"
    body = _outreach(why_them=why, about_me="PhD student in computational linguistics, " + why)
    assert body.count("2021 paper") == 1
    assert "as an ops manager at the Daventry DC" in _outreach(mentor_context="now ops manager at the Daventry DC")


def test_who_the_user_is_keeps_a_role_before_its_years_and_splits_a_spliced_sentence() -> None:
    assert about_sentence("coded welder 11 yrs, mig/tig, pipework mostly, my knees are getting bad") == (
        "I've been a coded welder for 11 years, mig/tig, pipework mostly. My knees are getting bad.")


def test_a_linkedin_note_keeps_as_many_optional_sentences_as_fit() -> None:
    body = _outreach(channel="linkedin", mentor_context="runs the weld inspection group",
                     about_me="I've been a coded welder for eleven years, mostly pipework on big industrial "
                              "sites up and down the country, and my knees are not what they were",
                     goal="get my CSWIP 3.1", why_them="your post about moving into inspection was my situation",
                     ask="could I ask you a few questions about the exam?")
    assert "CSWIP 3.1" in body and "weld inspection group" in body and len(body) <= 300


# -- feedback -----------------------------------------------------------------------------------------------


def test_thanks_given_as_feedback_is_said_as_thanks_with_the_users_facts() -> None:
    body, failed = _draft("feedback", {
        "direction": "give", "person_name": "Shaz", "context": "at the bar",
        "feedback": "wanted to say thank u, you covered my shifts when my dad was in hospital and didnt make a big "
                    "deal of it, and you kept the regulars happy. means alot",
        "when_it_happened": "the two weeks in feb", "behaviour": "covered 4 of my closing shifts",
        "impact": "i could be at the hospital every evening", "request": ""})
    assert body.startswith("Shaz, I want to say thank you.")
    assert "During the two weeks in Feb." in body and "You covered 4 of my closing shifts" in body
    assert "**Impact:** I could be at the hospital every evening." in body and body.endswith("It means a lot.")
    assert "worry" not in body and "change to try" not in body and failed == []


def test_a_note_without_a_verb_gives_way_to_the_feedbacks_own_sentence() -> None:
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Hannah",
        "feedback": "she keeps leaving the controlled drugs log unsigned at end of shift",
        "behaviour": "CD log not countersigned at handover", "impact": "we could fail the audit", "request": ""})
    assert "you keep leaving the controlled drugs log unsigned at end of shift" in body
    assert "noticed CD log" not in body


def test_received_feedback_restates_only_what_was_said_and_keeps_the_users_side_and_question() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Sister Achterberg, ward manager",
        "feedback": "she said i was 'too blunt' with the families and that a mum had complained that i made her feel "
                    "stupid about the feeding chart. i dont think i was blunt i was busy. I have 9 patients on a "
                    "normal shift. anyway she wants me to slow down and check they understood",
        "request": "what should I change in my handovers??"})
    said = body.split("### What might be true")[0]
    assert "A mum had complained that you made her feel stupid about the feeding chart." in said
    assert "She wants you to slow down" in said and "Anyway" not in said and "think you were blunt" not in said
    assert 'You also wrote your side: "I have 9 patients on a normal shift."' in body
    assert "1. What should I change in my handovers?" in body and "the team?" not in body


def test_a_question_about_how_to_reply_is_never_asked_of_them() -> None:
    body, _ = _draft("feedback", {"direction": "received", "person_name": "K.",
                                  "feedback": "she said my case notes are thin",
                                  "request": "how do I respond without sounding defensive"})
    assert "How do I respond" not in body


@pytest.mark.parametrize(("typed", "written"), [
    ("templete", "template"), ("I was embarrased", "I was embarrassed"),
    ("contact 10 mfrs", "contact 10 manufacturers"),
])
def test_misspellings_with_one_reading_are_spelled_right(typed: str, written: str) -> None:
    assert expand_shorthand(typed) == written


def test_news_in_a_participle_is_not_what_stuck() -> None:
    # "One thing that really stuck with me: shadowing approved, start 3rd of next month…" (review 56)
    body = _summary("shadowing approved, start 3rd of next month with Linda group. he give me tip: practice "
                    "presentation to my wife", mentor="rick", kind="thanks")
    assert "stuck with me" not in body and "especially for giving me a tip" in body


@pytest.mark.parametrize(("challenge", "asked"), [
    ("dont know if i need a degree", "I don't know if I need a degree. What do you think?"),
    ("Don't know how to price, undercharging the plumber",
     "I don't know how to price. I'm undercharging the plumber. If you were me, how would you go about it?"),
    ("nervous talking in front of groups, my english writing for reports is not so good",
     "I'm nervous talking in front of groups. My English writing for reports is not so good. How would you"),
])
def test_what_the_user_does_not_know_is_asked_and_a_spliced_sentence_stands_apart(challenge: str, asked: str) -> None:
    assert asked in _prepare(goals="become a trainer", challenges=challenge)


def test_review_57_thanks_verdicts_been_and_statements_typed_with_a_question_mark() -> None:
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Margaret",
        "feedback": "want to say a proper thank you to Margaret for the Saturday code club, its been brilliant",
        "behaviour": "set up the code club from scratch", "impact": "", "request": ""})
    assert body.startswith("Margaret, I want to say thank you.") and "you it's" not in body
    assert "It's been brilliant." in body
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Kyle",
                                  "feedback": "kyle keeps ignoring the rota",
                                  "behaviour": "been on his phone between clients", "impact": "", "request": ""})
    assert "you've been on your phone" in body and "you been" not in body
    assert "I'm not sure the head likes me. How would you" in _prepare(
        goals="become a middle leader", challenges="I'm not sure the head likes me?")


def test_their_place_typed_as_hers_is_yours() -> None:
    body, _ = _draft("summary", {"mentor_name": "Sheila", "my_name": "Ana", "kind": "full",
                                 "notes": "cap at 2 weddings per weekend",
                                 "next_meeting": "Wednesday 12 Nov, 10am at hers"})
    assert "10am at yours" in body
