"""Classes found reading session 48's fresh drafts (review 50): each test names its class, not the example."""

from __future__ import annotations

from typing import Any

from tests.tasks.support import offline_draft


def _body(job: str, values: dict[str, Any]) -> str:
    return offline_draft(job, values, None)[0].body


def _failed(job: str, values: dict[str, Any]) -> list[str]:
    return [check.name for check in offline_draft(job, values, None)[1] if not check.passed]


def test_what_only_notes_something_is_never_what_stuck() -> None:
    # "One thing that really stuck with me: Visit to oakfield approved." / "…: HS happy to take me on via panel." /
    # "…: You said rent chair first 1-2 years before own salon.": news, a verbless note and advice no frame takes
    news = _body("summary", {"mentor_name": "Mr Harrison", "notes": (
        "visit to oakfield approved!!\nhe'll ask mrs khan to share her seating plan")})
    assert "stuck with me: Visit" not in news
    noted = _body("summary", {"mentor_name": "Harjit", "my_name": "Aisha", "notes": (
        "HS happy to take me on via panel\nshe'll intro me to Tom K for a coffee")})
    assert "stuck with me: HS happy" not in noted and "- HS happy to take me on via panel." in noted
    advice = _body("summary", {"mentor_name": "Ellie", "kind": "thanks", "notes": (
        "she said rent chair first 1-2 yrs b4 own salon. instagram is 80% of her bookings")})
    assert "stuck with me: You said rent chair" not in advice
    # …while advice said as a whole clause, or as an instruction, still is what stuck
    said = _body("summary", {"mentor_name": "Mr. Papadopoulos", "notes": (
        "he said location matters less than reputation")})
    assert "stuck with me: you said location matters less than reputation." in said


def test_a_task_labelled_with_its_verb_is_no_topic_talked_about() -> None:
    # "especially for our talk about read: IDS employment law handbook Ch 1-3."
    body = _body("summary", {"mentor_name": "Harjit", "notes": (
        "read: IDS employment law handbook ch 1-3\nemployment tribunal - sit in on a hearing, go to Leeds ET")})
    assert "talk about read" not in body


def test_advice_is_never_the_users_own_need() -> None:
    # "…especially for your advice to need to finish note draft."
    body = _body("summary", {"mentor_name": "Judge Alvarez", "notes": (
        "you said not to rely on GPA alone, journal note matters: need to finish note draft")})
    assert "advice to need" not in body


def test_how_sessions_will_run_and_when_is_nobodys_task() -> None:
    # "talk again in 6 wks" and "meet monthly, 45 min, teams" were the user's action items, and "AH on leave
    # 20 dec - 6 jan" became "**Me:** You on leave 20 Dec (6 Jan)"
    again = _body("summary", {"mentor_name": "Gwen", "my_name": "Dylan", "notes": (
        "- G to send me her old practice papers\n- talk again in 6 wks")})
    assert "**Me:** Talk again" not in again and "in 6 weeks" in again
    cadence = _body("summary", {"mentor_name": "Harjit", "notes": (
        "meet monthly, 45 min, teams\nshe'll intro me to Tom K for a coffee")})
    assert "**Me:** Meet monthly" not in cadence and "- Meet monthly, 45 min, teams." in cadence
    values = {"mentor_name": "Dr. Hoekstra", "my_name": "Li Na", "notes": (
        "LN: send revised by 12/3\nAH on leave 20 dec - 6 jan")}
    assert "on leave" not in _body("summary", values) and "task_lines_in_actions" not in _failed("summary", values)


def test_an_owner_noted_at_the_end_and_advice_on_how_to_be_are_read_as_such() -> None:
    # "1:1s w/ each of the 22 in first month - me" was a takeaway ending "- me."; "be same with everyone" and
    # "expect lose 1-2 clients, thats ok" were the user's action items
    body = _body("summary", {"mentor_name": "Ken", "notes": (
        "1:1s w/ each of the 22 in first month (10 min each) - me\nbe same with everyone\n"
        "expect lose 1-2 clients, thats ok")})
    assert "- **Me:** 1:1s with each of the 22 in first month (10 min each)" in body
    assert "**Me:** Be same" not in body and "**Me:** Expect" not in body


def test_a_short_thank_you_keeps_its_paragraphs_apart() -> None:
    # "…open a small menu.\nNext, I'm going to…\nLooking forward…": lines run together as one block
    body = _body("summary", {"mentor_name": "Marco", "my_name": "Jordan", "kind": "thanks", "notes": (
        "he said dont open a restaurant, open a small menu. do popups first 6-12 months to test.")})
    paragraphs = body.split("\n\n")
    assert len(paragraphs) >= 4 and all("\n" not in p for p in paragraphs[:-1])


_OUTREACH = {"mentor_name": "Priya", "mentor_context": "runs a bookkeeping practice for sole traders",
             "why_them": "your LinkedIn posts about pricing bookkeeping packages", "goal": "raise my prices",
             "ask": "a 20 min call", "channel": "email", "tone": "warm", "my_name": "Sam"}


def test_an_ask_typed_as_a_question_or_for_advice_is_asked_as_one() -> None:
    # "Would you be willing to please can you spare 30 minutes…?", "Would you be open to advice on how you priced…?",
    # "Would you be up for chat?"
    spare = _body("outreach", {**_OUTREACH, "ask": "Please can you spare 30 minutes for video call in coming weeks?"})
    assert "Can you spare 30 minutes for video call in coming weeks?" in spare and "please can" not in spare.lower()
    advice = _body("outreach", {**_OUTREACH, "ask": "advice on how you priced your packages when you started"})
    assert "Could I ask for your advice on how you priced your packages when you started?" in advice
    chat = _body("outreach", {**_OUTREACH, "ask": "chat?"})
    assert "to a chat?" in chat


def test_a_goal_typed_as_a_plan_is_hoped_for_and_a_seen_talk_was_seen() -> None:
    # "I am working towards not burn out in first year…", "I'm working towards open salon.", "I seen you talk…",
    # and "ur good at people stuff" spelled "your good at…"
    burn = _body("outreach", {**_OUTREACH, "goal": "not burn out in first year and keep the congregations together"})
    assert "I'm hoping to not burn out in first year and keep the congregations together." in burn
    salon = _body("outreach", {**_OUTREACH, "goal": "open salon"})
    assert "I'm hoping to open salon." in salon
    seen = _body("outreach", {**_OUTREACH, "why_them": "seen her talk at the skills fair abt getting into inspection"})
    assert "I saw you talk at the skills fair about getting into inspection." in seen
    good = _body("outreach", {**_OUTREACH,
                              "why_them": "the scheme matched me with you and said ur good at people stuff"})
    assert "said you're good at people stuff" in good


def test_a_note_of_what_to_tell_them_is_not_the_script_and_an_offer_after_if_stands_alone() -> None:
    # "I've noticed that want to tell my junior (paralegal) that your attendance notes are too thin…" and
    # "Could you be on time from Monday, if there's a problem at home tell me?"
    noted = _body("feedback", {"direction": "give", "person_name": "Jess", "feedback": (
        "want to tell my junior (paralegal) that her attendance notes are too thin, partner complained")})
    assert "want to tell" not in noted and "I've noticed that your attendance notes are too thin" in noted
    offer = _body("feedback", {"direction": "give", "person_name": "Dave", "feedback": "stop coming late",
                               "behaviour": "arrived 10-15 min late to the briefing on 4 occasions",
                               "request": "be on time from monday, if theres a problem at home tell me"})
    assert "Could you be on time from Monday? If there's a problem at home, tell me." in offer


def test_after_a_man_of_the_family_he_is_him_not_the_mentor() -> None:
    # "he said talk to dad NOW not when he's 70" became "…not when you're 70", as if the mentor would be
    body = _body("summary", {"mentor_name": "Bob", "notes": (
        "he said talk to dad NOW not when he's 70, get a facilitator\nhe'll send me the FCN number")})
    assert "when he's 70" in body and "you're 70" not in body
    assert "Send me the FCN number" in body


def test_a_measure_with_its_figures_is_a_thing_to_improve() -> None:
    # "Today I'd most like to talk about how to pick rate 140->160…", "What would you focus on first to pick rate…?"
    body = _body("prepare", {"mentor_name": "Ken", "goals": "pick rate 140->160 an hour by Christmas",
                             "meeting_minutes": 30})
    # (the arrow between the figures said in words, session 61)
    assert "to pick rate" not in body and "with pick rate from 140 to 160 an hour by Christmas?" in body


def test_a_numbered_list_typed_on_one_line_is_an_item_each() -> None:
    # "1. redo experiments with log transform 2. GR4J baseline comparison 3. arrange research visit in May" was one
    # goal: "…to redo experiments with log transform 2?" and "…with GR4J baseline comparison 3?"
    from coach.checks import split_items

    assert split_items("1. redo experiments with log transform 2. GR4J baseline comparison 3. arrange visit") == [
        "redo experiments with log transform", "GR4J baseline comparison", "arrange visit"]
    assert split_items("1. NSE from 0.71 to 0.78 in chapter 3. Then the rest") == [
        "NSE from 0.71 to 0.78 in chapter 3. Then the rest"]


def test_an_aside_word_before_a_dash_leaves_the_task_its_owners() -> None:
    # "also - apply for band 7 secondment when it opens in march!!" was the takeaway "Also: apply for…"
    body = _body("summary", {"mentor_name": "Dr. Okonkwo", "my_name": "Chioma", "notes": (
        "she will share her template. also - apply for band 7 secondment when it opens in march!!")})
    assert "- **Me:** Apply for band 7 secondment when it opens in March" in body and "Also:" not in body
