"""The classes a fifteenth fresh-eyes reading of offline drafts found, each tried on its own.

Every case is a shape of input (not the reviewer's exact words alone): a whole clause where a noun
phrase belongs, a feeling missing its "I'm", a surname with a particle, a short first name, the next
meeting under its own heading, a trailing "he thinks", a non-native "Ana data is", a label such as
"cocky", and a point whose "them" needs the point before it.
"""

from __future__ import annotations

import pytest

from coach.grammar import clause_as_noun, has_main_verb, spliced_clauses
from coach.tasks._phrasing import about_me, parse_person
from coach.tasks._reframe import read
from coach.tasks.session_notes import parse_notes
from coach.tasks.summary import humanise_when, next_meeting_sentence
from coach.writing import address, clause, greeting_name, initials_of, to_you

# -- outreach: a reason typed as a whole clause ------------------------------------------------------


@pytest.mark.parametrize("why", [
    "your croissant lamination reel with the butter temps changed how I do my doughs",
    "a friend who ran follow spot on Hedda said you explain things to the crew like nobody else",
    "your video on knife skills made me rethink my prep",
    "the article which explained rotas helped me a lot",
])
def test_a_reason_with_a_verb_of_its_own_is_a_clause(why: str) -> None:
    assert has_main_verb(why)
    # and the check reads the splice a noun frame would make of it
    assert clause_as_noun(f"Hi Tom! {why[:1].upper()}{why[1:]} really stuck with me.")


@pytest.mark.parametrize("noun", [
    "the post you wrote on hiring", "your talk on how you moved teams", "the blog post that changed how I run standups",
    "the way you handled the Q and A", "your talk on teams built from scratch", "the article which explained rotas",
])
def test_a_noun_phrase_with_a_clause_inside_is_still_a_noun(noun: str) -> None:
    assert not has_main_verb(noun)
    assert not clause_as_noun(f"{noun[:1].upper()}{noun[1:]} really stuck with me.")


# -- prepare: feelings, verbless notes, the agenda's words --------------------------------------------


@pytest.mark.parametrize(("note", "sentence"), [
    ("scared my quotes are too low", "I'm scared my quotes are too low."),
    ("tired all the time", "I'm tired all the time."),
    ("worried I will fail", "I'm worried I will fail."),
    ("done 2 more passages", "I've done 2 more passages."),
    ("lost my job", "I lost my job."),
])
def test_a_feeling_gets_im_and_an_action_gets_i(note: str, sentence: str) -> None:
    assert about_me(note) == sentence
    assert not spliced_clauses(sentence)  # "I'm scared my quotes are…" is one clause with its complement


def test_verbless_challenges_are_quoted_before_a_colon_and_a_whether_goal_reads_the_same_everywhere() -> None:
    from coach.tasks import get_task
    from coach.tasks.base import Style

    composed = get_task("prepare").compose({
        "mentor_name": "Gwen", "meeting_minutes": 60,
        "goals": "know if I should do the CHIA certificate",
        "challenges": "cashflow if a big customer pays late\nagency spend still too high\ntired all the time",
    }, [], Style()).body
    assert "Cashflow if a big customer pays late: how would you approach that?" in composed
    assert "Agency spend still too high: " in composed
    assert "I'm tired all the time." in composed
    assert "Main topic: Whether I should do the CHIA certificate" in composed


def test_a_short_form_of_the_mentors_first_name_is_you_when_said_to_them() -> None:
    assert to_you("did 6 inspections with Seun watching", "Dr. Oluwaseun Adeyemi, lead EHO", pronouns=False) == (
        "did 6 inspections with you watching")
    assert to_you("Alex said the plan works", "Alexandra Ruiz", pronouns=False) == "You said the plan works"
    assert to_you("Jo and Ann came", "Jo Smith", pronouns=False) == "You and Ann came"  # "Ann" is no short form of "Jo"


# -- names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "greeting", "initials"), [
    ("Dr. Rhys ap Gwynfor", "Dr. ap Gwynfor", "RG"),
    ("Ms. Siobhán Mac Giolla Phádraig", "Ms. Mac Giolla Phádraig", "SM"),
    ("Dr. Anna van Dijk", "Dr. van Dijk", "AD"),
    ("Inspector Raj Malhotra", "Inspector Malhotra", "RM"),
])
def test_a_surname_starts_at_its_first_particle_and_ranks_are_titles(field: str, greeting: str, initials: str) -> None:
    assert greeting_name(field, formal=True) == greeting
    assert initials_of(field) == initials
    assert address("Mary Ann Smith")[2] == "Smith"  # a middle name is not part of the surname


def test_notes_that_leave_accents_off_still_name_the_mentor() -> None:
    assert to_you("ines thinks budget is ok", "Inés Castaño") == "You think budget is ok"
    assert to_you("send the budget template to me and ines", "Inés Castaño").endswith("to me and you")


# -- summaries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("notes", "closing"), [
    ("- x y z\n## next\n- early june, RG will email", "in early June (you said you'd email)."),
    ("- good chat\n- next time 2 weeks, she will text me", "in 2 weeks (you said you'd text me)."),
    ("- went through my CV\n- we will call in 2 weeks", "As we agreed, we will call in 2 weeks."),
    ("- next: thurs week, same time", "on Thursday week, same time."),
])
def test_the_next_meeting_and_who_arranges_it_are_kept(notes: str, closing: str) -> None:
    when = parse_notes(notes, "Rhys ap Gwynfor", "Mairéad").next_meeting
    assert next_meeting_sentence(when, "warm").endswith(closing)


def test_a_clock_time_after_a_written_date_gets_at() -> None:
    assert humanise_when("17 april 10am") == "17 April at 10am"
    assert humanise_when("17 April") == "17 April"


def _owners(notes: str, mentor: str = "Bronwen Hughes") -> list[tuple[str, str]]:
    return [(a.owner, a.task) for a in parse_notes(notes, mentor, "Jess").actions]


def test_task_lines_keep_their_owner_object_and_referent() -> None:
    # "(she offered!)" on a line that already names its owner adds nothing more
    assert _owners("B to intro me to her mate at Brewdog (she offered!)") == [
        ("Bronwen", "Intro me to her mate at Brewdog")]
    # "b4" with nothing after it is before whatever was meant: beforehand
    assert _owners("he will look at my application b4", "Prakash Varma") == [
        ("Prakash", "Look at my application beforehand")]
    # who "him" is comes from the clause before it, and knowing someone is no task
    assert _owners("she know a landlord in Moseley, she will ask him about the shop", "Mrs. Lan Pham") == [
        ("Mrs. Pham", "Ask the landlord in Moseley about the shop")]
    # an errand with a date in doubt, and a step with a deadline, are the user's own
    assert _owners("ask @jo about the arts council deadline (april?)") == [
        ("Me", "Ask Jo about the arts council deadline (april?)")]
    assert _owners("book the safeguarding level 3 refresher before end of june")[0][0] == "Me"
    assert _owners("talk about the team leader role - apply in wk of 22/4") == [
        ("Me", "The team leader role: apply in wk of 22/4")]


def test_a_remark_and_who_said_it_read_in_order() -> None:
    takeaways = parse_notes("she charges like 50/month he thinks\ndefinitely worth it he said", "Femi").takeaways
    assert takeaways[0].startswith("he thinks she charges like 50/month")
    assert takeaways[1].startswith("definitely worth it, he said")


def test_a_topic_line_and_an_end_of_day_routine_are_no_tasks() -> None:
    from coach.tasks.reading import task_lines

    notes = "today we talk about open my own salon.\nshe says I need a proper end of day routine"
    assert task_lines(notes) == []
    assert parse_notes(notes, "Mrs. Lan Pham").takeaways == ["she says I need a proper end of day routine"]


def test_a_british_verb_is_lowered_mid_sentence() -> None:
    assert clause("Practise every morning this week") == "practise every morning this week"
    assert clause("Louise said so") == "Louise said so"


# -- feedback ----------------------------------------------------------------------------------------


def _reading(feedback: str, person: str, direction: str = "give"):  # type: ignore[no-untyped-def]
    return read(feedback, parse_person(person), direction)


def test_a_name_before_a_noun_is_whose_and_an_effect_after_a_time_is_an_impact() -> None:
    ana = _reading("Ana data is very careful, really, but she never ask for help", "Ana, first year PhD student")
    assert ana.strengths == ["your data is very careful, really"]
    jamal = _reading("he doesnt label the containers in the walk-in and yesterday the EHO nearly marked us down",
                     "Jamal, commis chef")
    assert jamal.behaviours == ["you don't label the containers in the walk-in"]
    assert jamal.impacts == ["yesterday the EHO nearly marked us down"]


def test_cocky_is_a_label_and_the_lads_keenness_is_a_strength() -> None:
    liam = _reading("lad's keen and always first on site, but he's been cocky on the boards, unclipping when he "
                    "thinks i'm not looking. someone gonna get hurt", "Liam (apprentice scaffolder)")
    assert liam.labels == ["cocky"]
    assert liam.strengths == ["you're keen and always first on site"]
    assert liam.impacts == ["someone is going to get hurt"]


def test_a_received_point_keeps_the_point_its_pronoun_needs() -> None:
    said = _reading("She told me my catalogue entries are too long and too academic, visitors will not read them, "
                    "also that I should speak more in the team meeting", "Dr. Helen Fairbrother", "received")
    assert said.behaviours[0] == "your catalogue entries are too long and too academic: visitors will not read them"
    assert not said.impacts
