"""Outreach: checks on hand-written drafts, the composer's drafts, and LinkedIn's 300-character limit."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.checks import char_count, split_note, word_count
from coach.tasks import get_task
from coach.tasks.base import Composition, Style
from coach.tasks.outreach import CHANNELS
from coach.tasks.outreach_phrasing import TONES
from tests.tasks.support import (
    OUTREACH_GUIDANCE,
    PLACEHOLDERS,
    READING_CHECKS,
    missing_words,
    person,
    rubric,
    words,
    words_up_to,
)

TASK = get_task("outreach")
RAW = {
    "mentor_name": "Dr. Amaka Okafor",
    "mentor_context": "leads clinical informatics at Leeds Teaching Hospitals",
    "why_them": "your blog post on the night-shift handover checklist",
    "about_me": "third-year nursing student at Leeds",
    "goal": "moving from bedside nursing into clinical informatics",
    "ask": "a video call next month",
}
GOOD = (
    "Hi Amaka,\n\nI'm a nursing student at Leeds. Your blog post on the night-shift handover checklist stood "
    "out to me.\n\nWould you be open to a 20-minute video call next month? If the timing isn't right, no worries "
    "at all.\n\nWarmly,\nPriya\n\n---\n*Why this shape:* one time-boxed ask [1]."
)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def values(**changes: Any) -> dict[str, Any]:
    return TASK.validate({**RAW, **changes})


def checks_of(text: str, subject: str | None = "Quick question", **changes: Any) -> dict[str, bool]:
    # GOOD asks for 20 minutes, so the fields it is checked against must say so (nothing invented).
    chosen = values(**{"ask": "a 20-minute video call next month", **changes})
    return {c.name: c.passed for c in TASK.check(text, subject, chosen)}


def draft(style: Style | None = None, **changes: Any) -> Composition:
    chosen = values(**changes)
    style = style or Style(tone=chosen["tone"])
    return TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, style), chosen)


def test_a_good_message_passes_every_check() -> None:
    assert checks_of(GOOD) == {
        "reads_well": True,
        "faithful": True,
        "names_mentor": True,
        "says_why_them": True,
        "one_specific_ask": True,
        "time_boxed": True,
        "easy_out": True,
        "length": True,
        "subject_line": True,
    }


@pytest.mark.parametrize(
    ("bad", "failing"),
    [
        (GOOD.replace("Hi Amaka", "Hi there"), "names_mentor"),
        (GOOD.replace("Your blog post on the night-shift handover checklist", "Your work"), "says_why_them"),
        (GOOD.replace("next month?", "next month? Could you also review my CV?"), "one_specific_ask"),
        (
            GOOD.replace(
                "Would you be open to a 20-minute video call next month?", "Would you be my mentor for 20 minutes?"
            ),
            "one_specific_ask",
        ),
        (
            GOOD.replace(
                "Would you be open to a 20-minute video call next month?", "Let me know if a 20-minute call works."
            ),
            "one_specific_ask",
        ),
        (GOOD.replace("20-minute ", ""), "time_boxed"),
        (GOOD.replace("If the timing isn't right, no worries at all.", "I look forward to it."), "easy_out"),
        (GOOD.replace("Warmly,", "More words here. " * 40), "length"),
    ],
)
def test_each_check_fails_on_a_message_that_lacks_it(bad: str, failing: str) -> None:
    results = checks_of(bad)
    assert not results[failing]
    assert sum(not ok for name, ok in results.items() if name not in READING_CHECKS) == 1, results


def test_subject_is_required_for_email_only() -> None:
    assert not checks_of(GOOD, subject=None)["subject_line"]
    assert "subject_line" not in checks_of(GOOD, subject=None, channel="chat")


def test_linkedin_note_length_is_counted_in_characters() -> None:
    short = (
        "Hi Amaka, your blog post on the night-shift handover checklist stood out. Could we talk for 15 minutes? "
        "No worries if not."
    )
    assert checks_of(short, None, channel="linkedin_note")["length"]
    assert not checks_of(short + " More words." * 20, None, channel="linkedin_note")["length"]


def test_the_why_note_is_not_part_of_the_message_checked() -> None:
    untimed = GOOD.replace("20-minute ", "").replace("one time-boxed ask [1]", "Would a 20-minute call work? [1]")
    results = checks_of(untimed)
    assert not results["time_boxed"], "a duration in the note does not time-box the message"
    assert results["one_specific_ask"], "a question in the note is not a second request"


def test_the_example_draft_reads_like_a_message_to_send() -> None:
    composition = draft()
    message, note = split_note(composition.body)
    assert composition.subject == "Quick question about moving from bedside nursing into clinical informatics"
    assert message.startswith("Hi Amaka,\n\nI'm a third-year nursing student at Leeds.")
    assert "your blog post on the night-shift handover checklist" in message.lower()
    assert "your experience leading clinical informatics at Leeds Teaching Hospitals" in message
    assert "20-minute video call next month?" in message
    assert "[" not in message, "citations stay out of the message"
    assert note.startswith("---") and "[1]" in note and "[2]" in note


def test_formal_and_casual_change_greeting_and_sign_off() -> None:
    formal = split_note(draft(tone="formal").body)[0]
    casual = split_note(draft(tone="casual").body)[0]
    assert formal.startswith("Dear Dr. Okafor,") and formal.rstrip().endswith(("Kind regards,", "best regards,"))
    assert casual.startswith(("Hey Amaka!", "Hi Amaka!")) and casual.rstrip().endswith(("Cheers,", "Thanks!"))


def test_refinement_tone_wins_over_the_field() -> None:
    assert split_note(draft(Style(tone="formal"), tone="warm").body)[0].startswith("Dear Dr. Okafor,")


def test_channels_shape_the_message() -> None:
    note = draft(channel="linkedin_note")
    chat = draft(channel="chat")
    linkedin = draft(channel="linkedin_message")
    assert note.subject is None and chat.subject is None and linkedin.subject is None
    assert "\n" not in split_note(note.body)[0] and "\n" not in split_note(chat.body)[0]
    assert "15-minute" in split_note(chat.body)[0], "chat and LinkedIn get a shorter time box"
    assert split_note(linkedin.body)[0].count("\n\n") >= 3


def test_an_ask_without_a_time_box_gets_one() -> None:
    message = split_note(draft(ask="review my portfolio").body)[0]
    assert "Would you be willing to review my portfolio?" in message
    assert "20 minutes at most" in message
    results = checks_of(draft(ask="review my portfolio").body)
    assert all(ok for name, ok in results.items() if name not in READING_CHECKS)


def test_an_ask_written_as_a_question_is_kept() -> None:
    message = split_note(draft(ask="Could we chat for 15 minutes about your move into informatics?").body)[0]
    assert "Could we chat for 15 minutes about your move into informatics?" in message


def test_shorter_drops_optional_sentences_and_still_passes() -> None:
    lengths = []
    for brevity in (0, 1, 2):
        composition = draft(Style(brevity=brevity))
        lengths.append(word_count(split_note(composition.body)[0]))
        assert all(c.passed for c in rubric(TASK.check(composition.body, composition.subject, values())))
    assert lengths[0] > lengths[1] > lengths[2]


def test_same_input_same_draft_and_different_people_get_different_wording() -> None:
    assert draft().body == draft().body
    openings = {
        split_note(draft(mentor_name=f"Mentor {name}", why_them=f"your {topic} talk").body)[0].split("\n\n")[2]
        for name, topic in [
            ("Ana", "pricing"),
            ("Bo", "hiring"),
            ("Cy", "roadmap"),
            ("Di", "design"),
            ("Ed", "budgets"),
            ("Flo", "privacy"),
        ]
    }
    assert len({o.split(" ")[0] for o in openings}) > 1


def test_without_guidance_there_are_no_citation_markers() -> None:
    composition = TASK.compose(values(), [], Style())
    assert "[" not in composition.body


@SETTINGS
@given(
    name=person,
    context=words,
    why=words,
    about=words,
    goal=words,
    ask=words,
    channel=st.sampled_from(["email", "linkedin_message", "chat"]),
    tone=st.sampled_from(TONES),
)
def test_every_fact_the_user_gave_is_used_and_the_draft_passes(
    name: str, context: str, why: str, about: str, goal: str, ask: str, channel: str, tone: str
) -> None:
    raw = {
        "mentor_name": name,
        "mentor_context": context,
        "why_them": why,
        "about_me": about,
        "goal": goal,
        "ask": ask,
        "channel": channel,
        "tone": tone,
    }
    chosen = TASK.validate(raw)
    composition = TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, Style(tone=tone)), chosen)
    message = split_note(composition.body)[0]
    for field in ("mentor_context", "why_them", "about_me", "goal", "ask"):
        assert not missing_words(raw[field], message), field
    assert name.split()[0] in message
    failed = [c for c in rubric(TASK.check(composition.body, composition.subject, chosen)) if not c.passed]
    assert not failed
    assert not PLACEHOLDERS.search(composition.body)


@SETTINGS
@given(
    name=words_up_to(80),
    context=words_up_to(200),
    why=words_up_to(300),
    about=words_up_to(300),
    goal=words_up_to(200),
    ask=words_up_to(200),
    channel=st.sampled_from(CHANNELS),
    brevity=st.integers(0, 2),
)
def test_long_inputs_still_pass_every_check_on_every_channel(
    name: str, context: str, why: str, about: str, goal: str, ask: str, channel: str, brevity: int
) -> None:
    raw = {
        "mentor_name": name.title(),
        "mentor_context": context,
        "why_them": why,
        "about_me": about,
        "goal": goal,
        "ask": ask,
        "channel": channel,
    }
    chosen = TASK.validate(raw)
    composition = TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, Style(brevity=brevity)), chosen)
    failed = [c for c in rubric(TASK.check(composition.body, composition.subject, chosen)) if not c.passed]
    assert not failed
    if channel == "linkedin_note":
        assert char_count(split_note(composition.body)[0]) <= 300


printable = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1)


@SETTINGS
@given(
    name=printable.map(lambda s: s[:80]),
    context=printable.map(lambda s: s[:200]),
    why=printable.map(lambda s: s[:300]),
    goal=printable.map(lambda s: s[:200]),
    ask=printable.map(lambda s: s[:200]),
)
def test_linkedin_note_never_exceeds_300_characters_for_any_text(
    name: str, context: str, why: str, goal: str, ask: str
) -> None:
    raw = {
        "mentor_name": name,
        "mentor_context": context,
        "why_them": why,
        "goal": goal,
        "ask": ask,
        "channel": "linkedin_note",
    }
    try:
        chosen = TASK.validate(raw)
    except ValueError:
        return  # blank after stripping: validation, not the composer, handles it
    composition = TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, Style()), chosen)
    message = split_note(composition.body)[0]
    assert char_count(message) <= 300
    results = {c.name: c.passed for c in rubric(TASK.check(composition.body, None, chosen))}
    assert results["time_boxed"] and results["easy_out"] and results["one_specific_ask"] and results["length"]


@SETTINGS
@given(extra=st.lists(words, min_size=3, max_size=12))
def test_finalize_cuts_any_engines_long_linkedin_note_to_300_characters(extra: list[str]) -> None:
    chosen = values(channel="linkedin_note")
    long_reply = (
        "Hi Amaka,\n\nI'm a nursing student. Your blog post on the night-shift handover checklist stood out to me. "
        + " ".join(f"I also care about {e}." for e in extra)
        + "\n\nWould you be open to a 20-minute video call next month? No worries if not.\n\nBest,\nSam"
        + "\n\n---\n*Why this shape:* one ask [1]."
    )
    final = TASK.finalize(Composition(body=long_reply, subject="Hello"), chosen)
    message, note = split_note(final.body)
    assert final.subject is None
    assert char_count(message) <= 300
    assert note.startswith("---")
    assert all(c.passed for c in rubric(TASK.check(final.body, None, chosen)))


def test_finalize_keeps_a_short_note_as_written_and_adds_a_missing_email_subject() -> None:
    short = "Hi Amaka, could we talk for 15 minutes? No worries if not."
    assert TASK.finalize(Composition(body=short), values(channel="linkedin_note")).body == short
    assert TASK.finalize(Composition(body=GOOD), values()).subject


@pytest.mark.parametrize(
    ("context", "phrase"),
    [
        ("staff engineer on payments at Finch", "your experience as a staff engineer on payments at Finch"),
        ("engineering manager at Lumen", "your experience as an engineering manager at Lumen"),
        ("Head of Design at Monzo", "your experience as Head of Design at Monzo"),
        ("leads the payments team", "your experience leading the payments team"),
    ],
)
def test_role_reads_as_a_noun_phrase(context: str, phrase: str) -> None:
    from coach.tasks.outreach_phrasing import context_phrase

    assert context_phrase(context) == phrase
