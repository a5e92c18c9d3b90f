"""The shared detectors the rubric checks are built on."""

from __future__ import annotations

import pytest

from coach import checks


@pytest.mark.parametrize(
    "text",
    [
        "a 20-minute call",
        "20 minutes on a call",
        "a 15 min chat",
        "half an hour",
        "an hour next week",
        "a quick 30-min video call",
        "twenty minutes",
        "1h in March",
        "a half-hour coffee",
    ],
)
def test_durations_are_found(text: str) -> None:
    assert checks.has_duration(text)


@pytest.mark.parametrize("text", ["a quick call", "coffee next month", "20 people", "in 2026", "a minute's thought"])
def test_text_without_a_time_box_has_no_duration(text: str) -> None:
    assert not checks.has_duration(text)


def test_easy_outs_are_found_with_typographic_apostrophes() -> None:
    assert checks.has_easy_out("And if now isn’t a good time, no worries at all.")
    assert checks.has_easy_out("I would completely understand if it's not possible.")
    assert not checks.has_easy_out("I look forward to hearing from you soon.")


def test_request_sentences_count_questions_and_i_would_love_requests() -> None:
    text = (
        "Hi Ana, I'm a designer. Would you be open to a 20-minute call? I'd love your feedback on my CV. "
        "I'd love to learn how you did it. How are things at Acme? No worries if not."
    )
    assert checks.request_sentences(text) == [
        "Would you be open to a 20-minute call?",
        "I'd love your feedback on my CV.",
    ]


def test_questions_and_open_questions() -> None:
    text = "1. What would you focus on first?\n2. **Is** this a good idea? [1]\nA statement."
    found = checks.questions(text)
    assert found == ["What would you focus on first?", "Is this a good idea?"]
    assert [checks.is_open_question(q) for q in found] == [True, False]
    assert not checks.is_open_question("Should I take the job?")
    assert checks.is_open_question("How should I take it?")


def test_absolutes_and_labels_are_whole_words_only() -> None:
    text = "You're always late and sloppy; you never listen, every time."
    assert checks.find_absolutes(text) == ["every time", "always", "never"]
    assert checks.find_labels(text) == ["sloppy"]
    assert checks.find_absolutes("Alwaysson Ltd was nevertheless fine") == []
    assert checks.find_labels("a rudimentary plan, carefully made") == []


def test_defensive_phrases() -> None:
    assert checks.find_defensive("Thanks, but that's not fair.") == ["but", "that's not fair", "not fair"]
    assert checks.find_defensive("Thanks for telling me. Could we talk?") == []
    assert checks.find_defensive("I'll contribute to the butter budget") == []


def test_names_ignore_titles_and_match_any_part() -> None:
    assert checks.name_parts("Dr. Amaka Okafor") == ["Amaka", "Okafor"]
    assert checks.mentions_name("Dear Dr. Okafor,", "Dr. Amaka Okafor")
    assert checks.mentions_name("Hi Amaka!", "Dr. Amaka Okafor")
    assert not checks.mentions_name("Hi there,", "Dr. Amaka Okafor")
    assert not checks.mentions_name("Hi Amakas", "Amaka")


def test_fact_coverage_matches_word_forms() -> None:
    assert checks.fact_coverage("scaling design systems", "how you scaled the design system") == (3, 3)
    assert checks.mentions_fact("Your talk on onboarding stood out.", "your onboarding talk at Config", at_least=2)
    assert not checks.mentions_fact("Your work stood out.", "your onboarding talk at Config")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("redo the deck by Friday", "Friday"),
        ("send it by 3 Dec", "3 Dec"),
        ("on 2026-12-03 15:00", "2026-12-03 15:00"),
        ("before Dec 3rd", "Dec 3rd"),
        ("by next week", "next week"),
        ("by EOW", "EOW"),
        ("no date here", None),
    ],
)
def test_dates_as_people_write_them(text: str, date: str | None) -> None:
    assert checks.find_date(text) == date


def test_split_note_separates_the_message_from_the_why_note() -> None:
    message, note = checks.split_note("Hi Ana,\n\nWould you?\n\n---\n*Why this shape:* one ask [1].")
    assert message == "Hi Ana,\n\nWould you?" and note.startswith("---")
    assert checks.split_note("Hi.\nWhy this works: short [2].")[1] == "Why this works: short [2]."
    assert checks.split_note("Just a message.") == ("Just a message.", "")


def test_counts_ignore_citations_and_markdown() -> None:
    assert checks.word_count("**Hello** there [1], friend [12].") == 3
    assert checks.char_count("Hi [1].") == len("Hi.")


def test_sections_and_list_items() -> None:
    text = "## Agenda\nShape [1].\n1. **Check-in** (5 min)\n   - sub item\n2. Wrap-up (5 min)\n## Questions\n1. Why?"
    agenda = checks.find_section(text, "agenda")
    assert agenda is not None and "Questions" not in agenda
    assert checks.list_items(agenda, top_level_only=True) == ["**Check-in** (5 min)", "Wrap-up (5 min)"]
    assert checks.list_items(agenda) == ["**Check-in** (5 min)", "sub item", "Wrap-up (5 min)"]
    assert checks.find_section("**Next session:** Thursday", "next") == "Thursday"
    assert checks.find_section(text, "missing") is None


def test_minutes_prefer_the_time_box_in_brackets() -> None:
    assert checks.minutes_in("**Main topic: my 5 minutes of fame** (20 min): go") == 20
    assert checks.minutes_in("Wrap-up - 5 mins") == 5
    assert checks.minutes_in("Wrap-up") is None


def test_split_items_accepts_lines_semicolons_and_checkboxes() -> None:
    assert checks.split_items("- [ ] send the deck; book a room\n\n2. call Ana\n;;") == [
        "send the deck",
        "book a room",
        "call Ana",
    ]
    assert checks.split_items(None) == []
