"""Classes from the thirty-sixth fresh-eyes reading of offline summaries, each tried on shapes of its own.

"her" as the one who does the next verb or gets something ("helped her restock", "send her christmas card",
"shout at her everyday"); story notes without their teller ("told me about 2002…", "Story about how…", "he told
story re…", "he told about…"); labels typed into a line ("Main thing:", "Story:", "Lesson is…", "point is…");
and "<mentor> gonna <verb>" as the mentor's task, not something they said. Checks: a sentence the user kept to
themselves fails one ("nothing_kept_private"), and a private line is no task the email must list.
"""

from __future__ import annotations

import pytest

from coach.tasks import get_task
from coach.tasks.base import Style
from coach.tasks.private_notes import kept_to_myself
from coach.tasks.reading import task_lines
from coach.tasks.session_notes import is_title_line, parse_notes
from coach.tasks.summary import to_mentor
from coach.writing import as_text_names, to_you


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("the neighbours helped her restock the flock", "the neighbours helped you restock the flock"),
        ("they let her go home early", "they let you go home early"),
        ("the family shout at her everyday, but she stayed", "the family shout at you everyday, but you stayed"),
        ("I saw her yesterday at the market", "I saw you yesterday at the market"),
        ("that family send her christmas card every year", "that family send you christmas card every year"),
        ("they would give her advice on contracts", "they would give you advice on contracts"),
        # hers, and said to her as "your"
        ("she will send her notes", "You will send your notes"),
        ("she had her team review it", "You had your team review it"),
        ("I helped her team with the rota", "I helped your team with the rota"),
    ],
)
def test_her_is_you_when_she_is_the_one_acted_on(notes: str, expected: str) -> None:
    assert to_you(notes, "Mrs. Okafor") == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("told me about 2002 when she lost half her ewes", "You told me about 2002 when you lost half your ewes"),
        ("Story about how he opened for a big act in 98", "You told me how he opened for a big act in 98"),
        ("story abt his first shop", "You told me about his first shop"),
        ("he told story re his first year at the firm", "You told me about your first year at the firm"),
        ("he also told about his first store in Lyon", "You also told me about your first store in Lyon"),
        ("Lesson is pre-empt the obvious objections", "The lesson: pre-empt the obvious objections"),
        ("point is be ready for anything", "The point: be ready for anything"),
        ("The point is that he wants me to ask", "The point is that you want me to ask"),
        ("story about his secondment in 2012 very helpful", "Story about your secondment in 2012 very helpful"),
    ],
)
def test_story_notes_name_their_teller_and_labels_read_as_labels(note: str, expected: str) -> None:
    said = to_mentor(note, "Jojo Mensah")
    if note.startswith("Story about how"):
        expected = expected.replace("he opened", "you opened")
    if note.startswith("story abt"):
        expected = expected.replace("his", "your")
    assert said == expected


def test_label_prefixes_are_not_part_of_the_takeaway() -> None:
    parsed = parse_notes("Main thing: stop sending demos to labels, nobody listens\n"
                         "Story: his own viva went 5 hours because one examiner hated his stats\n"
                         "key point - test in staging first", "Jojo Mensah")
    assert parsed.takeaways == ["stop sending demos to labels, nobody listens",
                                "his own viva went 5 hours because one examiner hated his stats",
                                "test in staging first"]


@pytest.mark.parametrize("commitment", ["gonna", "is gonna", "going to", "is going to"])
def test_the_mentor_gonna_do_something_is_their_task(commitment: str) -> None:
    parsed = parse_notes(f"Gus {commitment} bring his old TIG torch for me to try", "Gus")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Gus", "Bring his old TIG torch for me to try")]
    assert parsed.takeaways == []


NOTES = ("- she said lead with the 3 numbers the stakeholders care about\n"
         "- me: redo the churn dashboard by friday\n"
         "- therapist thurs\n"
         "- my salary is lower than Tom, I want to ask her about this but not in the email!!\n")
VALUES = {"mentor_name": "Kenji Nakamura", "my_name": "Val", "notes": NOTES, "kind": "full", "next_meeting": ""}


def _failed(text: str) -> dict[str, str]:
    summary = get_task("summary")
    return {c.name: c.hint for c in summary.check(text, "Thanks", summary.validate(VALUES)) if not c.passed}


def test_the_checks_pass_the_offline_draft_that_left_private_lines_out() -> None:
    summary = get_task("summary")
    draft = summary.compose(summary.validate(VALUES), [], Style()).body
    assert "therapist" not in draft.lower() and "salary" not in draft
    assert "nothing_kept_private" not in _failed(draft)
    assert "task_lines_in_actions" not in _failed(draft)  # "therapist thurs" is no task the email must list


@pytest.mark.parametrize("leak", [
    "- **Me:** Therapist (Thursday)",  # a line the user kept to themselves, as a model might list it
    "My salary is lower than Tom's, which I'd rather not put in writing.",  # most of a private line
    "Please keep this between us: I'm interviewing elsewhere.",  # a secret the cues know, typed in by the user
    "I didn't tell my manager I'm applying elsewhere.",
])
def test_a_sentence_kept_private_in_a_draft_fails_the_check(leak: str) -> None:
    summary = get_task("summary")
    draft = summary.compose(summary.validate(VALUES), [], Style()).body
    edited = draft.replace("**Action items**", f"{leak}\n\n**Action items**")
    hint = _failed(edited).get("nothing_kept_private", "")
    assert hint.startswith("Leave out what you kept to yourself"), edited


@pytest.mark.parametrize(("field", "notes", "expected"), [
    ("Nakamura Kenji", "1:1 Kenji - 5 march\nKenji say my dashboards have too much info", "Kenji Nakamura"),
    ("Maya Chen", "Maya said lead with the migration", "Maya Chen"),  # the first word is the one used
    ("Nakamura Kenji", "talked with Nakamura-san and Kenji", "Nakamura Kenji"),  # both used: as typed
    ("Okafor", "Okafor said", "Okafor"),  # one word: nothing to reorder
])
def test_an_untitled_name_typed_family_name_first_is_greeted_as_the_notes_address_them(
        field: str, notes: str, expected: str) -> None:
    assert as_text_names(field, notes) == expected


def test_a_feeling_after_and_is_kept_private() -> None:
    assert kept_to_myself("still lost with pivot tables and I'm so embarrassed to ask again")
    assert kept_to_myself("I don't get window functions and im embarrased to ask him again")


@pytest.mark.parametrize("line", ["Bev visit - 17th Sept", "Jo visit, 12 May", "mentoring session 3/2"])
def test_a_first_line_naming_the_visit_and_its_day_is_a_title_no_task(line: str) -> None:
    assert is_title_line(line)
    assert task_lines(f"{line}\nshe will lend me her moisture meter") == ["she will lend me her moisture meter"]


@pytest.mark.parametrize("line", ["visit the site on friday", "call about the contract"])
def test_a_visit_or_call_to_make_is_still_a_task(line: str) -> None:
    assert not is_title_line(line)
