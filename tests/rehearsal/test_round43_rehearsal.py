"""Rehearsal classes found in session 43: each test names the class, not the example that showed it."""

from __future__ import annotations

import re

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.rubric import NOT_SHOWN
from coach.rehearsal.scoring import CriterionScore, Debrief, better_line_advice

from .conftest import moves_in, play

ORDINARY_ENDING = [
    "Hello. Thank you for meeting me today.",
    "Yes. I want to talk about our mentoring. I think maybe it is time to finish it.",
    "Sorry. I mean, when we started one year ago, my goal was to pass the PMP exam and lead my first project. "
    "I did both now.",
    "So I feel the mentoring did its job. You helped me very much, really.",
    "The point is: I would like our last session to be next month, and then stop the regular meetings.",
    "How do you feel about this? Maybe you see it different.",
]



def test_a_sincere_polite_hedge_is_neither_blame_nor_sarcasm(detector: MoveDetector) -> None:
    # round 43: "Only if you have time." after a request was flagged as blame and as sarcasm, costing a nervous,
    # polite user three points across four criteria
    for line in ("Only if you have time.", "could you look at my deck before the next one? only if you have time",
                 "Can I send you a message in some months… Only if you have time.", "No pressure at all."):
        assert not moves_in(detector, line) & {"blame", "sarcasm"}, line
    assert "sarcasm" in moves_in(detector, "Oh sure, only if you have time, like always.")  # sarcasm around it stays


def test_thanks_in_a_sarcastic_turn_are_part_of_the_sarcasm(detector: MoveDetector) -> None:
    # round 43: "Great, very supportive. Thanks a lot." credited "Thanks a lot." for respect, as the strongest moment
    assert moves_in(detector, "Great, very supportive. Thanks a lot.") == {"sarcasm"}
    assert "gratitude" in moves_in(detector, "Thanks a lot, that really helps.")


def test_a_claim_about_what_everyone_knows_is_an_absolute(detector: MoveDetector) -> None:
    assert "absolutes" in moves_in(detector, "No. MBAs are a total scam, everyone knows that.")


def test_a_debrief_with_a_criterion_short_of_full_marks_does_not_say_all_is_done() -> None:
    # round 43: 23 of 24 with "Nothing to add. No line needed rewriting, and every criterion was shown."
    def debrief(scores: list[int]) -> Debrief:
        criteria = [CriterionScore(f"c{i}", f"Criterion {i}", score, "a line", "") for i, score in enumerate(scores)]
        return Debrief(criteria=criteria, strongest="a line", better_line="", weakest=NOT_SHOWN, sources=[])

    heading, sentence = better_line_advice(debrief([3, 3, 2]), str)
    assert heading != "Nothing to add." and "below full marks" in sentence
    assert better_line_advice(debrief([3, 3, 3]), str)[0] == "Nothing to add."


def test_a_question_about_their_side_is_answered_beside_a_vague_sentence(detector: MoveDetector) -> None:
    # round 43: "How do you feel about this? Maybe you see it different." got "That's too vague to do anything with."
    session = play(detector, "end-mentorship", "skeptical", ORDINARY_ENDING)
    assert session.partner.reactions[-1].intent in ("answer", "invite"), session.partner.reactions[-1]
    assert "vague" not in session.transcript[-1].text


def test_the_partner_never_says_a_sentence_of_an_earlier_line_again(detector: MoveDetector) -> None:
    # round 43: "Meaning what, exactly? I can't respond to a feeling." then "Hm. Meaning what, exactly?"
    session = play(detector, "end-mentorship", "skeptical", ORDINARY_ENDING)
    said: set[str] = set()
    for turn in session.transcript:
        if turn.role == "user":
            continue
        parts = {p.strip().lower() for p in re.split(r"[.?!]", turn.text) if len(p.split()) >= 3}
        assert not parts & said, turn.text
        said |= parts


def test_a_direct_request_for_an_answer_gets_one(detector: MoveDetector) -> None:
    # round 43: "…is that ok?" -> "Okay. Good.", "so... is that a yes?" -> "Go on. I've got a few minutes."
    session = play(detector, "ask-to-mentor", "busy", [
        "hi, sorry, do you have a minute? i am maria, i was in your talk about data pipelines last week",
        "i really liked it. i am trying to move from analyst to data engineer and i feel a bit lost honestly",
        "i wanted to ask if maybe you could be my mentor? only if you have time, i know you are very busy",
        "i think mostly advice on what to learn first, and maybe look at my small project sometimes. is that ok?",
        "so... is that a yes? sorry i am a bit nervous",
    ], "easy")
    asked = [r.intent for r in session.partner.reactions[-2:]]
    assert all(intent in ("accept", "counter", "pin-down", "ask-why", "resolve") for intent in asked), asked


def test_the_user_has_a_closing_turn_after_the_yes_and_it_counts(detector: MoveDetector) -> None:
    # round 44: the talk ended on the partner's yes, the user's "Thank you, I really value these sessions…" was
    # dropped, and the debrief gave respect 0/3 and suggested adding a thank-you
    lines = [
        "Yes, there's one thing I'd like to start with: how often we meet.",
        "I'd like to propose moving from weekly to every other week. For the last month, I've come to about half "
        "our sessions without anything new to bring, because my project work moves in two-week sprints.",
        "That's fair, a short update in the off weeks makes sense to me. How do you see it, though? Do you worry "
        "we'd lose momentum?",
        "Then how about this: fortnightly sessions on Thursdays at 4, plus a three-line written update from me "
        "every off-week Thursday.",
        "Can we check in after the first two months and go back to weekly if it isn't working?",
        "Thank you, I really value these sessions, and I think this will make them better.",
    ]
    session = play(detector, "change-cadence", "skeptical", lines, "hard")
    assert session.user_turns == lines and session.end_reason == "resolution"
    respect = next(c for c in session.debrief().criteria if "respectful" in c.name.lower())
    assert respect.score > 0 and "Thank you" in respect.evidence
