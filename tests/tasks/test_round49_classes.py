"""Classes found reading session 47's fresh drafts (review 49): each test names its class, not the example."""

from __future__ import annotations

from typing import Any

from tests.tasks.support import offline_draft


def _body(job: str, values: dict[str, Any]) -> str:
    return offline_draft(job, values, None)[0].body


def test_what_the_mentor_did_in_a_non_native_present_is_no_task_for_them() -> None:
    # "he review my business plan" and "marco listen my mix" were listed as the mentor's action items
    # ("**Mr Okafor:** Review my business plan"), asking them to do again what they did in the session
    body = _body("summary", {"mentor_name": "Mr Okafor", "my_name": "Chidi", "notes": (
        "he review my business plan. said the pricing is too low, i must add my transport cost. he will send me the "
        "excel template he use. i will redo the numbers and send to him before friday")})
    assert "Review my business plan" not in body and "- You reviewed my business plan." in body
    assert "- **Mr Okafor:** Send me the Excel template you use" in body
    mix = _body("summary", {"mentor_name": "Marco", "my_name": "Ade", "notes": (
        "marco listen my mix. he say the low end is muddy\nhe will send me his eq preset")})
    assert "- You listened to my mix." in mix and "Listen my mix" not in mix
    # …while a review still to come stays the mentor's task
    later = _body("summary", {"mentor_name": "Mr Okafor", "my_name": "Chidi", "notes": (
        "he review my business plan again next week\ni will redo the numbers")})
    assert "**Mr Okafor:** Review my business plan again" in later


def test_a_hedge_at_the_end_of_a_suggestion_goes_first() -> None:
    # "read 'The Staff Engineer's Path' maybe" was listed as "Read 'The Staff Engineer's Path' maybe."
    body = _body("summary", {"mentor_name": "Priya", "my_name": "Tom", "notes": (
        "priya thinks I'm ready for senior\nI need to write up the Q4 outage postmortem by end of next week\n"
        "read 'The Staff Engineer's Path' maybe")})
    assert "- Maybe read 'The Staff Engineer's Path'." in body


def test_a_deadline_of_next_session_is_a_deadline_not_the_meeting() -> None:
    # "me - update CV by sunday, apply to 3 roles before next session" was read as the next meeting ("Sunday"), so
    # neither task reached the email; and a line of two tasks kept the first one's date for both
    body = _body("summary", {"mentor_name": "Helen", "my_name": "Sam", "next_meeting": "in 2 weeks", "notes": (
        "she'll send me 2 contacts at boutique firms\nme - update CV by sunday, apply to 3 roles before next session")})
    assert "- **Me:** Update CV (by Sunday)" in body
    assert "- **Me:** Apply to 3 roles (before next session)" in body
    assert "next session in 2 weeks" in body


def test_a_comparison_typed_without_its_verb_gets_one() -> None:
    # "she thinks boutique better for me" was "You think boutique better for me."
    body = _body("summary", {"mentor_name": "Helen", "my_name": "Sam", "notes": (
        "she thinks boutique better for me\nhe thinks smaller firms better for juniors\nme: update CV")})
    assert "boutique is better for me." in body and "boutique better" not in body
    assert "smaller firms are better for juniors" in body


def test_a_decision_between_two_things_is_talked_about_as_one() -> None:
    # "decide between industry and a postdoc" opened "Today I'd most like to talk about this: decide between…" and
    # was asked "Decide between industry and a postdoc: what would you weigh up first?"
    body = _body("prepare", {"mentor_name": "Dr. Osei", "goals": "decide between industry and a postdoc\nfinish my "
                             "thesis by june", "progress": "submitted chapter 3", "challenges": "",
                             "meeting_minutes": "45"})
    assert "talk about how to decide between industry and a postdoc." in body
    assert "1. Deciding between industry and a postdoc: what would you weigh up first?" in body


def test_a_goal_about_my_own_work_is_never_asked_as_theirs() -> None:
    # "In my position, how would you finish my thesis by June?" asked the mentor to write the user's thesis
    body = _body("prepare", {"mentor_name": "Dr. Osei", "goals": "decide between industry and a postdoc\nfinish my "
                             "thesis by june", "progress": "submitted chapter 3", "challenges": "i procrastinate",
                             "meeting_minutes": "45"})
    assert "how would you finish my thesis" not in body
    assert "finish my thesis by June?" in body


def test_a_name_typed_with_its_capital_keeps_it_where_a_frame_puts_it_first() -> None:
    # "she say Playwright better than Selenium" was thanked for "your point that playwright is better…"
    body = _body("summary", {"mentor_name": "Agnieszka", "my_name": "Paweł", "notes": (
        "she say Playwright better than Selenium for start, less pain\nme: do 1 small project until 12/3")})
    assert "your point that Playwright is better than Selenium" in body


def test_an_ask_that_is_their_question_to_answer_is_asked() -> None:
    # "whether you might take PhD students in 2027, and if so a 20-minute video call" became "Would you be available
    # for whether you might take…", and "MSc marine biology, …" became "I'm a MSc marine biology, …"
    body = _body("outreach", {
        "mentor_name": "Prof. Helga Brandt", "mentor_context": "leads the coastal ecology group at Kiel",
        "why_them": "your 2023 paper on seagrass restoration in the Baltic, which I used in my masters thesis",
        "about_me": "MSc marine biology, now working as a field technician",
        "goal": "apply for a PhD in coastal ecology next year",
        "ask": "whether you might take PhD students in 2027, and if so a 20-minute video call",
        "channel": "email", "tone": "formal", "my_name": "Aoife Byrne"})
    assert "I ask whether you might take PhD students in 2027, and if so, for a 20-minute video call?" in body
    assert "available for whether" not in body and "I'm a MSc" not in body
    assert "MSc marine biology, now working as a field technician." in body


def test_a_first_line_that_makes_a_point_is_no_title() -> None:
    # hypothesis found "- Mentoring matters more than polish" as a first line read as the notes' title, and dropped
    body = _body("summary", {"mentor_name": "Amaka", "my_name": "Ify", "notes": (
        "- Mentoring matters more than polish\n- [ ] accessibility")})
    assert "Mentoring matters more than polish." in body
