"""Rehearsal classes found in session 43's second blind round (review 44)."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector

from .conftest import moves_in, play


def test_delighted_thanks_are_no_sarcasm_and_sarcastic_thanks_still_are(detector: MoveDetector) -> None:
    # review 44: "oh wow thank you so much!!" from a nervous user was read as sarcasm
    assert moves_in(detector, "oh wow thank you so much!!") == {"gratitude"}
    assert "sarcasm" in moves_in(detector, "Oh wow, thanks a lot for nothing.")


def test_saying_it_is_not_their_fault_is_no_blame(detector: MoveDetector) -> None:
    # review 44: "Is not your fault, I think." was blame
    assert "blame" not in moves_in(detector, "Is not your fault, I think.")
    assert "blame" in moves_in(detector, "It's not your fault, but you never reply.")


def test_a_proposal_is_said_back_with_one_length() -> None:
    # review 44: "Ten minutes, on Thursday, half an hour." said back as the partner's yes
    from coach.rehearsal.partner import proposal_specifics

    said = proposal_specifics("Could we do ten minutes on Thursday to go through it, and then half an hour next month?")
    assert said is not None and "half an hour" not in said and "ten minutes" in said


def test_a_hint_after_a_vague_line_mid_talk_is_not_about_the_opening(detector: MoveDetector) -> None:
    # review 44: after the proposal, /hint said "Your last line came across as vagueness. Open with one sentence
    # that names the topic…", though the topic was named in the first turn
    session = play(detector, "not-working", "warm", [
        "Hello. Today I want to speak about something, it is not so easy for me to say.",
        "I feel our meetings are not helping me so much like before. Is not your fault, I think.",
        "But mostly we talk about general career things, and I need more help with the technical side.",
        "What do you think? Maybe you see it different.",
        "Yes, the stories are useful sometimes. Maybe we can try something?",
    ])
    hint = session.hint()
    assert "vagueness" in hint and "Open with" not in hint, hint
