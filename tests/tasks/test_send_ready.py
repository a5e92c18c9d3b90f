"""Issue 8's defect classes for the two jobs whose text is sent as written (outreach, summary).

Each quoted example from the issue is tried in its class; the flawed text must not come back. A corpus
of messy inputs (tests/tasks/data/messy_drafts.json: nurses, paralegals, tradespeople, career changers,
non-native writers, verb-first, pronoun-first, run-ons, "Name, role", honorifics, LinkedIn notes) is
composed and read by the same rules.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.checks import DATE_PATTERN, char_count
from coach.tasks import get_task
from coach.tasks.base import Composition, Style, split_commentary
from coach.tasks.registry import initial_style
from coach.tasks.session_notes import parse_notes
from coach.writing import expand_shorthand, numbers_in, shape, split_person, to_you
from tests.tasks.support import OUTREACH_GUIDANCE, SUMMARY_GUIDANCE, VOCABULARY

CORPUS = json.loads((Path(__file__).parent / "data" / "messy_drafts.json").read_text("utf-8"))
OUTREACH, SUMMARY = get_task("outreach"), get_task("summary")
BASE = {
    "mentor_name": "Dr. Priya Raman",
    "mentor_context": "VP Engineering at Loomly",
    "why_them": "your talk on growing platform teams",
    "goal": "growing into engineering management",
    "ask": "a 20-minute call next month",
    "my_name": "Sam",
}


def outreach(**changes: Any) -> Composition:
    values = OUTREACH.validate({**BASE, **changes})
    return OUTREACH.finalize(OUTREACH.compose(values, OUTREACH_GUIDANCE, initial_style(values)), values)


def summary(**fields: Any) -> Composition:
    values = SUMMARY.validate({"mentor_name": "Karen Liu", "my_name": "Dev", **fields})
    return SUMMARY.finalize(SUMMARY.compose(values, SUMMARY_GUIDANCE, Style()), values)


def _compose(case: dict[str, Any]) -> tuple[Composition, dict[str, Any]]:
    spec = get_task(case["task"])
    values = spec.validate(case["fields"])
    guidance = OUTREACH_GUIDANCE if case["task"] == "outreach" else SUMMARY_GUIDANCE
    return spec.finalize(spec.compose(values, guidance, initial_style(values)), values), values


# -- facts are whole --------------------------------------------------------------------------------


def test_a_fact_is_never_cut_to_fit_a_note() -> None:
    why = ("I loved your talk on growing platform teams from 3 to 30 people, especially the part about hiring "
           "researchers from non-traditional backgrounds")
    note = outreach(why_them=why, channel="linkedin_note").body
    assert why in note
    assert "from 3." not in note and "non-traditional." not in note


def test_a_subject_never_ends_on_a_cut_phrase() -> None:
    goal = "moving from analytics into data platform engineering within the next year"
    subject = outreach(goal=goal).subject or ""
    assert not re.search(r"\b(?:within|into|from|of|the|and|to)$", subject)
    assert goal in subject or "platform" not in subject


# -- fragments are framed by their shape ------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "flawed", "expected"),
    [
        ("why_them", "We met at PyCon", "We met at PyCon stood out", "We met at PyCon."),
        ("why_them", "Admired your post", "Admired your post made", "I admired your post."),
        ("ask", "maybe a 20-minute phone call", "a maybe a", "Would you be open to a 20-minute phone call?"),
        ("mentor_context", "manage a team of 40", "as a manage", ""),
        ("why_them", "Because you moved from teaching to edtech", "reaching out Because",
         "I'm writing because you moved from teaching to edtech."),
        ("why_them", "your blog about pandas performance. very helpful for me.", ". very",
         "Very helpful for me."),
        ("why_them", "how you grew your firm to 12 staff", "because how", "How you grew your firm to 12 staff"),
        ("about_me", "worried I'll stop coding entirely", "approach worried", ""),
    ],
)  # fmt: skip
def test_fragments_are_not_spliced_into_the_wrong_frame(field: str, value: str, flawed: str, expected: str) -> None:
    message = outreach(**{field: value}).body
    assert flawed not in message
    assert expected in message


def test_shapes_come_from_the_tagger() -> None:
    assert shape("we met at PyCon") == "first_person"
    assert shape("your post made a strong impression on me") == "clause"
    assert shape("your talk on growing platform teams") == "noun"
    assert shape("watched you break down a lamb") == "past"
    assert shape("review my portfolio") == "verb"
    assert shape("leads the payments team") == "present"
    assert shape("moving into design") == "gerund"
    assert shape("engineering manager at Lumen") == "noun"
    assert shape("Head of Design at Monzo") == "noun"


# -- nothing is invented ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ask", "channel", "invented"),
    [
        ("could I ask you a couple questions over DM sometime", "linkedin_note", "call"),
        ("a 20-minute call next month", "linkedin_note", "15"),
        ("a 20-minute call next month", "chat", "15 minutes"),
        ("review my portfolio", "email", "minute"),
    ],
)
def test_no_duration_or_ask_the_user_did_not_give(ask: str, channel: str, invented: str) -> None:
    message = outreach(ask=ask, channel=channel).body
    assert invented not in message
    assert numbers_in(message) <= numbers_in(" ".join([*BASE.values(), ask]))


# -- names ------------------------------------------------------------------------------------------


def test_name_then_role_is_a_name_plus_a_role() -> None:
    assert split_person("Greg, my team lead") == ("Greg", "my team lead")
    text = summary(mentor_name="Greg, my team lead", notes="Greg to pair with me on the deploy script thurs").body
    assert text.startswith("Hi Greg,\n") and "Greg,," not in text and "Greg,." not in text
    assert "- **Greg:** Pair with me on the deploy script (Thursday" in text


def test_honorifics_are_kept_and_the_sign_off_has_a_name() -> None:
    formal = outreach(mentor_name="Mr. Tanaka", tone="formal").body
    assert formal.startswith("Dear Mr. Tanaka,") and formal.endswith("Kind regards,\nSam")
    unsigned = outreach(my_name=None).body
    assert not re.search(r"(?:Thank you|Kind regards|Cheers|Warmly),\s*$", unsigned)


# -- summaries to the mentor ------------------------------------------------------------------------


def test_summary_spells_out_shorthand_and_addresses_the_mentor() -> None:
    notes = ("Talked abt the reorg w/ the team\nKaren thinks I should ask for the lead role\n"
             "She also mentioned the Reforge course, maybe look into it? not sure")
    text = summary(notes=notes).body
    assert "abt" not in text and " w/ " not in text and "We talked about the reorg with the team" in text
    assert "you thinks" not in text.lower() and "Karen thinks" not in text
    assert "your point that I should ask for the lead role" in text
    actions = text.split("**Action items**")[1] if "**Action items**" in text else ""
    assert "Reforge" not in actions, "a maybe is not a commitment"
    assert "the Reforge course, maybe look into it? Not sure." in text


def test_an_initial_with_a_date_is_the_mentors_action_item() -> None:
    text = summary(notes="- K to review resume - wed\n- convo abt moving to product").body
    assert "- **Karen:** Review resume (Wednesday" in text


def test_the_three_line_thanks_never_promises_a_maybe() -> None:
    text = summary(kind="thanks", notes="great convo abt pricing\nmaybe read Never Split the Difference?").body
    assert "going to maybe" not in text.lower() and "Never Split" not in text.split("\n")[2]


def test_to_you_fixes_person_and_agreement() -> None:
    assert to_you("Sofia thinks I should lead with it", "Sofia Marin") == "You think I should lead with it"
    assert to_you("she'll ask her old team", "Sofia Marin") == "You'll ask your old team"
    assert to_you("he was busy", "Aaron Patel") == "You were busy"
    expanded = "talked through the meeting because of the conversation"
    assert expand_shorthand("talked thru the mtg b/c of the convo") == expanded


# -- message and commentary apart -------------------------------------------------------------------


def test_the_linkedin_note_is_counted_without_the_coachs_reasons() -> None:
    composition = outreach(channel="linkedin_note")
    assert char_count(composition.body) <= 300
    assert "[" not in composition.body and "Why this" not in composition.body
    assert "[1]" in composition.rationale
    assert split_commentary(composition.body) == (composition.body, "")


# -- the corpus, read by the same rules ------------------------------------------------------------

_GARBLE = re.compile(
    r",,|\s[,.;:!?]|\b(\w+) \1\b|\b(?:a|an|the) (?:a|an|the)\b|[.!?] [a-z]|\[\d+\]|Why this|\{|\}|"
    r"\b(?:stood out to me|made a strong impression on me)\b(?<=[a-z]{3} stood out to me)",
)


@pytest.mark.parametrize("case", CORPUS, ids=[c["id"] for c in CORPUS])
def test_every_corpus_draft_reads_as_sent(case: dict[str, Any]) -> None:
    composition, values = _compose(case)
    text = composition.body
    assert not _GARBLE.search(text.replace("Dr. ", "Dr ").replace("Mr. ", "Mr ").replace("Ms. ", "Ms ")
                              .replace("Mrs. ", "Mrs ").replace("Prof. ", "Prof ")), text  # fmt: skip
    given = " ".join(str(v) for v in values.values() if v)
    assert numbers_in(text) <= numbers_in(expand_shorthand(given)), text
    assert not re.search(r"(?:Thank you|Kind regards|Cheers|Warmly|Thank you again),\s*$", text)
    if case["task"] == "outreach":
        assert str(values["why_them"]).split()[-1].strip(".") in text, "why them is never cut"
        assert composition.rationale
    else:
        _every_task_and_date_is_an_action(str(values["notes"]), str(values["mentor_name"]), text)


def _every_task_and_date_is_an_action(notes: str, mentor: str, text: str) -> None:
    parsed = parse_notes(notes, mentor)
    for line in notes.splitlines():
        if DATE_PATTERN.search(line) and not re.search(r"next (?:meeting|mtg|session)|\?", line, re.I):
            assert any(a.source.strip() in line for a in parsed.actions), line
    if "**Action items**" in text:
        listed = text.split("**Action items**")[1]
        assert all(expand_shorthand(a.task).split()[-1] in listed for a in parsed.actions)


# -- properties ---------------------------------------------------------------------------------------

_SHAPES = ("I'll {p} by Friday", "Karen to {p}", "talked abt {p}", "maybe {p}? not sure", "{p}", "Karen thinks {p}",
           "me: {p} - wed")  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    shapes=st.lists(st.sampled_from(_SHAPES), min_size=1, max_size=6),
    pool=st.permutations(VOCABULARY),
    number=st.integers(2, 40),
    kind=st.sampled_from(("full", "thanks")),
)
def test_every_note_is_whole_or_absent_and_no_number_is_invented(
    shapes: list[str], pool: list[str], number: int, kind: str
) -> None:
    # Disjoint words per line, so a word found in the email can only have come from one line.
    phrases = [" ".join(pool[3 * i : 3 * i + 2 + i % 2]) for i in range(len(shapes))]
    notes = "\n".join(pattern.format(p=f"{phrase} {number}" if i == 0 else phrase)
                      for i, (pattern, phrase) in enumerate(zip(shapes, phrases, strict=True)))  # fmt: skip
    text = summary(notes=notes, kind=kind).body
    lowered = text.lower()
    for phrase in phrases:
        assert phrase in lowered or not any(re.search(rf"\b{w}\b", lowered) for w in phrase.split()), (phrase, text)
    assert numbers_in(text) <= numbers_in(notes), text
    actions = lowered.split("**action items**")[1].split("\n\n")[0] if "**action items**" in lowered else ""
    for pattern, phrase in zip(shapes, phrases, strict=True):
        if pattern.startswith("maybe"):
            assert phrase not in actions, "a maybe is not an action item"
