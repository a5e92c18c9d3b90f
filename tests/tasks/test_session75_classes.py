"""Classes found by blind reviews 96 and 97: each test names its class and quotes the draft text that was wrong.
Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from functools import partial

from tests.tasks.support import drafted

_draft = partial(drafted, with_subject=True)


def test_review_96_prepare_says_our_last_lesson_to_the_mentor_met() -> None:
    # 96 p08: "I played Don Juan excerpt for him last lesson - he said tempo was rushed", said to Mr. Petrov
    body, _ = _draft("prepare", {"mentor_name": "Mrs. Lindqvist", "goals": "pass the grade 8 exam", "progress": (
        "sang the Schubert song for her last lesson - she said my breathing was late")})
    assert "for you last lesson - you said my breathing was late" in body
    # someone of the user's own keeps "she" ("my coach … she said" is not the mentor)
    body, _ = _draft("prepare", {"mentor_name": "Mrs. Lindqvist", "goals": "pass the grade 8 exam", "progress": (
        "my accompanist heard it last lesson - she said my breathing was late")})
    assert "she said my breathing was late" in body


def test_review_96_received_keeps_what_was_seen_after_a_dash_its_subject_and_how_often_advice_holds() -> None:
    # 96 fr14: "my handover… is 'a mess' - i give info in random order" was dropped whole, "Forgot to mention…" had
    # no subject, and "use a structure, like SBAR, every time" lost "every time"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Ms. Varga", "feedback": (
        "she said my stock count is 'a shambles' - i count the shelves in random order and missed the back room. "
        "she said use the printed checklist, every time")})
    restated = body.split("###")[1]
    assert "Your stock count: you count the shelves in random order" in restated
    assert "- You missed the back room." in restated
    assert "Use the printed checklist, every time." in restated
    assert "shambles" not in restated
