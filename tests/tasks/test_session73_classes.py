"""Classes from blind review 91 (19 of 24 sendable on 0c7dcc6): each test names its class and quotes the draft text
that was wrong. Inputs are phrased apart from the review's own."""

from __future__ import annotations

from functools import partial
from typing import Any

from coach.tasks import get_task
from coach.writing import capitalise_names, greeting_name
from tests.tasks.support import answer_on_the_index, drafted

_draft = partial(drafted, with_subject=True)


def test_a_long_story_whose_trouble_is_one_clause_is_answered_from_its_card(retriever: Any) -> None:
    # review 91 a2: a nine-line story ("…since around summer he always cancels last minute or says 'next week
    # mate'…") got "The guidance I draw on doesn't cover this"
    question = (
        "right so bit of background, I fit kitchens for a living, 12 yrs now, and my old site manager Gareth offered "
        "to mentor me last spring because I want to go self employed. the first few months were brilliant, we met "
        "at the builders merchant cafe and he walked me through how he prices a job, but lately he cancels on the "
        "day or says 'maybe next week' and then nothing, and when we do sit down he mostly talks about his caravan. "
        "I dont want to fall out with him because he knows all the trade and he has helped me loads. should I say "
        "something to him or just find someone else")
    parts = get_task("ask").retrieval_parts({"question": question})
    assert any("cancels on the day" in part for part in parts)
    body, found = answer_on_the_index(retriever, question)
    assert "doesn't cover this" not in body
    assert "raise-frequent-cancellations" in {g.id for g in found}


def test_getting_ready_for_a_first_meeting_opens_on_a_step_before_it(retriever: Any) -> None:
    # "To prepare for a first mentoring meeting, during the meeting, ask for clarification…", and "Review your goals
    # and your notes from last time" for a first meeting
    body, _ = answer_on_the_index(retriever, "how should I prepare for my first mentoring meeting?")
    opening = body.split("\n")[0]
    assert "during the meeting" not in opening.lower() and "last time" not in body


def test_the_persons_she_in_a_typed_effect_is_you_and_what_to_tell_them_to_do_is_the_request() -> None:
    # review 91 g2: "As a result, base didn't know where she was for about 20 minutes", said to Inge; g3: "I want to
    # tell him measure twice paint once" lost for "What would help you with this?"
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Marta", "feedback": "Marta is our fastest rigger. but she skips the "
        "harness check on the last lift", "impact": "the crew lead didn't know she was clipped in and stopped the "
        "job", "request": "do the check every lift"})
    assert "didn't know you were clipped in" in body and "she was" not in body
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Joel, my apprentice", "feedback": (
        "his joints are neat now. But he rushes the cutting, doesnt check the angle, so we recut. I want to tell him "
        "check the angle before every cut")})
    assert "check the angle before every cut?" in body
    assert "What would help you with this?" not in body


def test_a_korean_name_is_greeted_whole_and_its_initials_are_the_mentor() -> None:
    # review 91 s5: "Hi Park," for Park Ji-hoon, "JH said apply to…" and "**Park:** Send me your rig"; s4: "Shadow B
    # on route 6" to Brigitte
    assert greeting_name("Kim Min-jun", formal=False) == "Kim Min-jun"
    body, _ = _draft("summary", {"mentor_name": "Choi Seo-jin", "kind": "full", "notes": (
        "1-1 w/ SJ\nSJ said enter the regional contest\nshe will send me her lighting notes\n"
        "me: shadow S at the studio on fri\nSJ: keep the reel under a minute")})
    assert "Hi Choi Seo-jin," in body
    assert "SJ" not in body and "enter the regional contest" in body
    assert "Shadow you at the studio" in body


def test_a_view_with_a_bare_instruction_the_month_may_and_ur_before_an_adjective() -> None:
    # review 91 s1: "you think do it before going solo"; s3: "take it in Oct not may"; o3: "No worries if your flat out"
    body, _ = _draft("summary", {"mentor_name": "Ola Bakare", "kind": "full", "notes": (
        "- insurance: OB thinks get it b4 the first job\n- OB to send me his contract template by mon")})
    assert "I should get it before the first job" in body and "think get it" not in body
    assert capitalise_names("sit the exam in nov not may, less busy") == "sit the exam in Nov not May, less busy"
    assert capitalise_names("we may not make it") == "we may not make it"
    body, _ = _draft("outreach", {"mentor_name": "Dai", "why_them": "your name comes up whenever we talk about "
                                  "the new signalling", "goal": "move up to a bigger panel",
                                  "ask": "15 min on teams sometime? no worries if ur snowed "
                                  "under", "channel": "chat", "tone": "casual", "my_name": "Bryn"})
    assert "if you're snowed under" in body


def test_outreach_keeps_a_past_time_in_the_past_and_a_clause_after_an_aside_apart() -> None:
    # review 91 o1: "I've just made chargehand last month"; o4: "…-- especially the part on… -- I read it three
    # times." run on inside "I am writing to you because of…"
    body, _ = _draft("outreach", {
        "mentor_name": "Dr. Alan Reyes", "mentor_context": "runs the avionics shop at a big MRO",
        "why_them": "your talk at the MRO expo on wiring faults -- mostly the bit on chafing -- I took notes on all "
                    "of it", "about_me": "avionics tech 5 yrs, just passed my B2 licence last month",
        "goal": "move into avionics troubleshooting", "ask": "Could I send you 2 short questions by email?",
        "channel": "email", "tone": "formal", "my_name": "Kai"})
    assert "I just passed my B2 licence last month" in body
    assert "— mostly the bit on chafing. I took notes on all of it." in body


def test_a_british_past_opens_an_update_with_its_i() -> None:
    # review 91 p2: "Learnt to use the kiln controller properly, no more cracked pieces." after "I finished…"
    body, _ = _draft("prepare", {"mentor_name": "Rosa", "meeting_minutes": 45, "goals": "pricing my repairs",
                                 "progress": "finished the church door hinge job - took 2 weeks longer than quoted\n"
                                             "learnt to weld cast iron properly, no more cracked welds"})
    assert "I learnt to weld cast iron" in body
