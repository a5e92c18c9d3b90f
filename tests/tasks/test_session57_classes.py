"""Classes found reading drafts on new messy input in session 57: each test names its class."""

from __future__ import annotations

from typing import Any

from coach.compose import article_for
from coach.grammar import clause_as_noun
from coach.tasks.registry import initial_style
from coach.writing import expand_shorthand
from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any]) -> tuple[str, list[str]]:
    draft, checks = offline_draft(job, values, initial_style(values))  # the tone the form's choice gives
    return draft.body, [check.name for check in checks if not check.passed]


OUTREACH = {"mentor_name": "Mr. David Osei", "channel": "email", "tone": "formal", "my_name": "Ruth Mensah",
            "goal": "decide whether to leave audit for an FP&A role this year",
            "ask": "20 minutes by phone at your convenience"}


def test_a_formal_reason_is_given_as_the_reason_never_as_an_admiration_nobody_typed() -> None:
    why = "your interview in the CFO Review about moving from audit into industry"
    body, failed = _draft("outreach", {**OUTREACH, "why_them": why})
    assert ("I am writing to you because of your interview in the CFO Review about moving from audit into "
            "industry.") in body
    assert "admired" not in body and not failed
    # the check reads the new frame: a whole clause put where its noun phrase belongs is a splice
    assert clause_as_noun("I am writing to you because of your post changed how I think about pricing.")
    assert not clause_as_noun("I am writing to you because of your interview in the CFO Review.")


def test_an_initialism_takes_the_article_of_its_first_letters_name() -> None:
    assert article_for("MSc student in Lagos") == "an"
    assert article_for("MEng graduate") == "an"
    assert article_for("BSc student") == "a"
    assert article_for("PhD candidate") == "a"
    assert article_for("UX designer") == "a"
    body, _ = _draft("outreach", {**OUTREACH, "why_them": "you supervised my friend Ada's PhD",
                                  "about_me": "MSc student in Lagos, public health"})
    assert "I'm an MSc student in Lagos" in body


def test_what_the_user_also_does_after_their_role_joins_it_with_and() -> None:
    body, failed = _draft("outreach", {
        "mentor_name": "Sarah Kim", "mentor_context": "runs a bakery with 3 locations in Leeds",
        "why_them": "i love your sourdough and your insta about going from home baker to shop",
        "about_me": "home baker, sell at farmers market on saturdays", "goal": "open my own small bakery in 2 years",
        "ask": "could i buy you a coffee and ask how you got started?", "channel": "linkedin_message",
        "tone": "warm", "my_name": "Dee"})
    assert "I'm a home baker and sell at farmers market on Saturdays." in body
    assert "your Instagram about going from home baker to shop" in body  # "insta" spelled out
    assert expand_shorthand("saw it on insta") == "saw it on Instagram"
    assert not failed


def test_help_named_as_a_thing_given_is_thanked_too() -> None:
    body, failed = _draft("summary", {
        "mentor_name": "Dr. Patel", "my_name": "Aisha", "kind": "thanks",
        "notes": "helped me figure out the stats for chapter 3, esp the mixed models bit. also the tip about "
                 "talking to my supervisor early"})
    assert "especially for helping me figure out the stats for chapter 3." in body
    assert "Thank you also for the tip about talking to my supervisor early." in body
    assert not failed


def test_someone_they_know_who_might_help_gets_the_who_a_sentence_needs() -> None:
    body, _ = _draft("summary", {
        "mentor_name": "Mike", "my_name": "Jen", "kind": "full",
        "notes": "Mike said dont quit yet, wait for bonus in march. I will talk to HR about part time options. "
                 "He knows someone at Deloitte might intro."})
    assert "You know someone at Deloitte who might introduce me." in body
    assert expand_shorthand("Someone at Deloitte might know.") == "Someone at Deloitte might know."  # whole already


def test_the_name_said_to_them_makes_its_verb_agree() -> None:
    body, failed = _draft("feedback", {
        "direction": "give", "person_name": "Marcus",
        "feedback": "Marcus talks over the junior devs in code review and rewrites their PRs without asking. two "
                    "of them told me they feel they cant contribute"})
    assert "I've noticed that you talk over the junior devs in code review." in body
    assert "you talks" not in body and "reads_well" not in failed


def test_the_base_form_after_ever_in_a_superlative_is_the_present_perfect() -> None:
    assert expand_shorthand("the duck was the best thing I ever eat") == "the duck was the best thing I've ever eaten"
    assert expand_shorthand("the best talk I ever see") == "the best talk I've ever seen"
    assert expand_shorthand("the best talk I ever heard") == "the best talk I ever heard"  # a past reads as typed


def test_an_anonymous_reviewer_is_neither_asked_nor_written_to_as_a_person() -> None:
    for reviewer in ("Reviewer 2", "the referees", "anonymous examiner", "R2"):
        body, failed = _draft("feedback", {
            "direction": "received", "person_name": reviewer,
            "feedback": "reviewer said paper lacks novelty and the related work section ignores 3 key papers from "
                        "2023. harsh but maybe fair??"})
        assert "The related work section ignores 3 key papers from 2023." in body
        assert "### Questions to work through before you respond" in body
        assert "### A response you could start from" in body
        assert "Thank you for telling me" not in body and "quick word" not in body  # no one to talk to
        assert "specific moment" not in body and "what you changed, and ask" not in body
        assert not failed, (reviewer, failed)
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Dr. Reviewer-Smith",
                                  "feedback": "my charting is sloppy"})
    assert "### Questions to ask" in body  # a person is still asked
