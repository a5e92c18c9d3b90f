"""Who owns a task in the notes, in the forms the labelled notes sets showed (``coach eval --notes``)."""

from __future__ import annotations

import pytest

from coach.tasks.session_notes import BOTH, ME, parse_notes


def owners(notes: str, mentor: str = "Dana Okoro") -> list[tuple[str, str]]:
    return [(item.owner, item.task) for item in parse_notes(notes, mentor, "Sam").actions]


@pytest.mark.parametrize(("line", "task"), [
    ("we both will go through the ICML reviewer comments together on a call",
     "Go through the ICML reviewer comments together on a call"),
    ("lets both do a tasting of the spring menu together when its drafted",
     "Do a tasting of the spring menu together when its drafted"),
    ("we agree to co-present the dashboard at all-hands in Aug", "Co-present the dashboard at all-hands in Aug"),
    ("we're gonna swap playtests, her roguelike + my jam game", "Swap playtests, her roguelike and my jam game"),
    ("me + KW: run the BA drill together on blue watch", "Run the BA drill together on blue watch"),
    ("Segun and I review my promotion packet together in June", "Review my promotion packet together in June"),
    ("we taste them together end of month", "Taste them together"),
])
def test_what_the_two_of_them_will_do_is_both_of_theirs(line: str, task: str) -> None:
    assert owners(line, "Segun Adeyemi") == [(BOTH, task)]


def test_a_time_or_slashes_before_a_line_lead_it_as_a_bullet_does() -> None:
    assert owners("14:40 - she'll send me the PM budget template from her Fringe show") == [
        ("Dana", "Send me the PM budget template from her Fringe show")]
    assert owners("// he'll send the assessment centre pack from last yr", "Kev Walsh") == [
        ("Kev", "Send the assessment centre pack from last yr")]


def test_a_plan_in_the_present_is_the_users_task_but_what_was_said_is_not() -> None:
    assert owners("I send her my CIPD level 5 assignment feedback so she can see where I lose marks") == [
        (ME, "Send her my CIPD level 5 assignment feedback so she can see where I lose marks")]
    assert owners("I ask him about salary for mid-level in Singapore vs Jakarta", "Budi Santoso") == []
    assert owners("I share with him that I am stressed about the MSc deadlines.", "Budi Santoso") == []


def test_a_first_line_naming_the_field_and_the_session_is_a_title() -> None:
    assert owners("HR mentoring w/ Nadia 3/10\n14:02 - she said CIPD L5 is worth it, do it part time",
                  "Nadia Haddad") == []


def test_a_list_verb_opens_a_task_where_the_tagger_reads_a_noun_but_not_a_noun_phrase() -> None:
    assert owners("book PA exam for Oct") == [(ME, "Book PA exam for Oct")]
    assert owners("email the Pinal clerk tmrw morning to confirm the fee") == [
        (ME, "Email the Pinal clerk tmrw morning to confirm the fee")]
    assert owners("research statement should name one question\nvisit to her farm was great") == []


def test_a_heading_of_my_bits_a_conditional_offer_and_what_i_learned() -> None:
    assert owners("me todo:\n- Sec+ exam - book for Dec") == [(ME, "Sec+ exam - book for Dec")]
    assert owners("she'd edit a first draft\nshe'd rather I waited") == [("Dana", "Edit a first draft")]
    assert owners("me: didnt know that unit was hiring!! apply by 10/30") == [(ME, "Apply")]


def test_notes_typed_in_capitals_are_read_in_ordinary_case_with_names_and_acronyms_kept() -> None:
    notes = ("LIFT SUPERVISOR TICKET - PAT SAYS DO THE CPCS A61 FIRST THEN APPOINTED PERSON\n"
             "HE WILL RING THE TRAINING PLACE IN WAKEFIELD FOR ME\n"
             "I'LL DIG OUT MY OLD SLINGER SIGNALLER CARD AND SEND HIM A PHOTO")
    assert owners(notes, "Mr. Pat Dennehy") == [
        (ME, "Lift supervisor ticket - Pat says do the CPCS A61 first then appointed person"),
        ("Mr. Dennehy", "Ring the training place in Wakefield for me"),
        (ME, "Dig out my old slinger signaller card and send him a photo"),
    ]
    assert owners("MIKE K - LUNCH AT THE DINER\nmet JB at the NHS trust") == []  # a title; mixed case stays as typed


def test_a_first_line_of_the_mentor_then_when_and_where_is_a_title() -> None:
    notes = "chef marco 🔪 - after sat service, at the bar\nhe'll let me use the kitchen mon nights"
    assert owners(notes, "Chef Marco") == [("Chef Marco", "Let me use the kitchen mon nights")]
    assert owners("Dana - send me the deck by fri") == [("Dana", "Send me the deck")]  # a name, then a task


@pytest.mark.parametrize(
    ("mentor", "line", "owner", "task"),
    [
        ("Prof. Ingrid Halvorsen", "TODO me - redraft ch3 intro", "Me", "Redraft ch3 intro"),
        ("Prof. Ingrid Halvorsen", "TODO her - intro me to Jonas at Bergen", "Prof. Halvorsen",
         "Intro me to Jonas at Bergen"),
        ("Dave", "TODO dave: sign off my NVQ evidence", "Dave", "Sign off my NVQ evidence"),
        ("Dave", "TODO him: sign off my NVQ evidence", "Dave", "Sign off my NVQ evidence"),
        ("Kwame", "next time we do mock interview together", "Both of us", "Do mock interview together"),
        ("Sarah", "Together we look on my LinkedIn next call.", "Both of us", "Look on my LinkedIn next call"),
        # the label says who: no "Both of us: Both go…"
        ("Ana Ruiz", "we both go to the dementia training on 20th together", "Both of us",
         "Go to the dementia training on 20th together"),
    ],
)
def test_a_to_do_names_its_owner_however_the_label_is_typed(mentor: str, line: str, owner: str, task: str) -> None:
    parsed = parse_notes(f"- advice: keep it short\n{line}", mentor)
    assert [(a.owner, a.task) for a in parsed.actions] == [(owner, task)]
    assert parsed.takeaways == ["keep it short"]


@pytest.mark.parametrize(
    ("mentor", "first"),
    [("Margaret Fleming", "Notes - Margaret F (farm business mentor thru the FCN scheme) 2 Feb"),
     ("Ms. Adeyemi", "RDV with Ms Adeyemi - 03/04")],
)
def test_a_first_line_of_the_mentor_and_a_date_is_a_title(mentor: str, first: str) -> None:
    parsed = parse_notes(f"{first}\n- me: get 3 quotes for the track", mentor)
    assert [a.task for a in parsed.actions] == ["Get 3 quotes for the track"] and not parsed.takeaways
    # a line that says something is no title, date or not
    said = parse_notes("Margaret said do the pre-app first 2 Feb\n- me: get quotes", "Margaret Fleming")
    assert any("pre-app" in piece for piece in [*said.takeaways, *(a.task for a in said.actions)])


@pytest.mark.parametrize(
    ("mentor", "line", "expected"),
    [
        ("Chef Marco", "he'll let me use the kitchen mon nights for the pop-up tasting (!!!) - confirm dates w/ him",
         [("Chef Marco", "Let me use the kitchen mon nights for the pop-up tasting"), (ME, "Confirm dates w/ him")]),
        ("Margaret Fleming", "- look at the protected landscapes grant -> she'll email me the link + a contact",
         [(ME, "Look at the protected landscapes grant"), ("Margaret", "Email me the link and a contact")]),
        # a promise that short says how the errand goes, and stays with it
        ("Ana Ruiz", "talk to Kristen (her old resident) - she'll email intro",
         [(ME, "Talk to Kristen (her old resident) - she'll email intro")]),
    ],
)
def test_a_line_of_two_peoples_tasks_gives_each_their_own(mentor: str, line: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert [(a.owner, a.task) for a in parse_notes(line, mentor).actions] == expected
