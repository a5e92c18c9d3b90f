"""Rehearsal classes still open after review 45's two passes: each test names the class, not the example."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.rubric import MAX_SCORE
from coach.rehearsal.session import RehearsalSession

from .conftest import moves_in, play

SKILLED_DISAGREEMENT = [  # review 45, s04: disagree-advice, skeptical, hard
    "Thanks for the time. You're right, it's about the MBA, and I'd like to talk it through with you properly.",
    "I'll be honest: I see it differently. The programmes I looked at cost around £30,000 and take two years "
    "part-time, and I'm worried that would take me away from the technical work where I've grown most this year.",
    "I can see why you'd recommend it; it opened doors for you. What makes you feel so strongly that it's the right "
    "move for me now?",
    "That's fair, and I don't want to dismiss it. What I'd propose is that for the next six months I take the "
    "company's two free strategy courses and lead the pricing project, so I build the business skills you're talking "
    "about.",
    "If after six months it's clear I'm missing out, I'll revisit the MBA with you. Would you be open to that?",
    "Could we put a check-in on the calendar for early July to look at how it's going? Thank you for pushing me on "
    "this, even when we disagree.",
]
HEDGING_ASK = [  # review 45, s05: ask-to-mentor, busy, easy
    "hi, sorry to bother you, do you have a minute?",
    "um so i really liked your talk at the meetup last month. about the migration",
    "i was wondering if maybe you could mentor me? like only if you have time, no pressure",
    "maybe once a month? 30 min coffee or call, whatever is easy for you",
    "ok cool. i send you an invite for next week then? thank you so much really",
]
HESITANT_ENDING = [  # review 45, s06: end-mentorship, warm, medium
    "Hi, good thanks, the new team is nice. So... I wanted to talk about something, I hope it's ok",
    "We have been meeting for almost two years now and I learned so much from you. Really.",
]
HEDGING_MENTOR = [  # review 45, s08: unprepared-mentee, skeptical, easy
    "hey, got a sec before we start?",
    "so... i noticed you didn't really have anything ready today. and last time too i think",
    "its fine, i just want these sessions to be useful for you",
    "what's going on? is the time not good?",
    "could you maybe send me like 2-3 questions the day before?",
    "cool. lets try that next week and see",
]
SULKING_MENTEE = [  # review 45, s10: frequent-cancels, skeptical, medium
    "So are we actually meeting today or are you going to cancel again?",
    "You always cancel. Every single time. It's obviously not a priority for you.",
    "Great, love that for me. Really great mentoring.",
    "I don't know, just stop cancelling I guess.",
]


def score(session: RehearsalSession, name: str) -> tuple[int, str]:
    """The score and evidence of the criterion called ``name`` in the session's debrief."""
    found = next(c for c in session.debrief().criteria if c.name == name)
    return found.score, found.evidence


def test_a_hint_never_asks_for_the_reason_or_facts_the_user_just_gave(detector: MoveDetector) -> None:
    # class: hints that ignore what the user just did. Right after the talk was named, the hint asked what drew
    # them to this person; right after the £30,000 and two years, it asked for the facts behind the view
    asked = play(detector, "ask-to-mentor", "busy", HEDGING_ASK[:2], "easy")
    assert "drew you to them" not in asked.hint(), asked.hints
    argued = play(detector, "disagree-advice", "skeptical", SKILLED_DISAGREEMENT[:2], "hard")
    assert "concrete facts" not in argued.hint(), argued.hints


def test_a_hint_names_the_poor_move_the_line_shows(detector: MoveDetector) -> None:
    # a vague shrug was called sarcasm in the hint, and vagueness in the debrief
    line = SULKING_MENTEE[-1]
    assert moves_in(detector, line) & {"sarcasm", "vagueness"} == {"vagueness"}
    hint = play(detector, "frequent-cancels", "skeptical", SULKING_MENTEE).hint()
    assert hint.startswith("Your last line came across as vagueness."), hint
    # …while a real jab is still named as one
    assert "sarcasm" in moves_in(detector, "Great, love that for me. Really great mentoring.")


def test_naming_what_drew_you_shows_why_them_through_filler(detector: MoveDetector) -> None:
    # class: a criterion the user met scored as missed. "um so i really liked your talk…" got no move at all
    session = play(detector, "ask-to-mentor", "busy", HEDGING_ASK, "easy")
    points, evidence = score(session, "Specific about why them")
    assert points > 0 and "your talk at the meetup" in evidence, (points, evidence)


def test_evidence_for_the_facts_behind_a_view_is_the_facts_not_the_proposal(detector: MoveDetector) -> None:
    # a six-month proposal was cited as the "specific observation"; the £30,000 line was left out
    session = play(detector, "disagree-advice", "skeptical", SKILLED_DISAGREEMENT, "hard")
    points, evidence = score(session, "Specific observation rather than generalisation")
    assert points == MAX_SCORE and "£30,000" in evidence, (points, evidence)


def test_an_opening_that_names_no_purpose_earns_no_full_marks(detector: MoveDetector) -> None:
    # "So... I wanted to talk about something, I hope it's ok" scored 3/3 for stating the purpose
    session = play(detector, "end-mentorship", "warm", HESITANT_ENDING)
    points, _ = score(session, "Clear opening that states the purpose")
    assert points < MAX_SCORE
    # a topic after "something" is a purpose
    assert "purpose-statement" in moves_in(detector, "I wanted to talk about something from our last session.")


def test_the_strongest_moment_is_a_line_that_earned_full_marks(detector: MoveDetector) -> None:
    # the weakest hedge ("and last time too i think", Specific 2/3) was the strongest moment
    session = play(detector, "unprepared-mentee", "skeptical", HEDGING_MENTOR, "easy")
    debrief = session.debrief()
    assert debrief.strongest != "and last time too i think"
    full = [c for c in session.scenario.criteria() if debrief.score_of(c.id) == MAX_SCORE]
    moves = [m for turn in session.detections for m in turn if m.quote == debrief.strongest]
    assert any(c.counts(m.move, m.quote) for c in full for m in moves), (debrief.strongest, moves)
