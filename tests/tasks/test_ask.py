"""Ask: crisis and scope preflight, answers drawn from the guidance, and their checks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.checks import CITATION, word_count
from coach.tasks import get_task
from coach.tasks.ask import is_crisis, off_topic
from coach.tasks.base import Style
from tests.tasks.support import ASK_GUIDANCE, PLACEHOLDERS, guidance, rubric

TASK = get_task("ask")


def ask(question: str) -> dict[str, str]:
    return TASK.validate({"question": question})


@pytest.mark.parametrize(
    "question",
    [
        "I want to kill myself",
        "Sometimes I think about ending my life",
        "I've been feeling suicidal since the layoff",
        "I keep wanting to hurt myself after work",
        "There's no reason to live anymore",
        "I just want to die",
        "I want to end it all, my mentor ignored me",
    ],
)
def test_crisis_language_gets_a_caring_pointer_to_help(question: str) -> None:
    reply = TASK.preflight(ask(question))
    assert reply is not None and reply.subject is None
    assert "emergency number" in reply.body and "988" in reply.body and "116 123" in reply.body
    assert "someone you trust" in reply.body.lower()
    assert [(c.name, c.passed) for c in TASK.check(reply.body, None, ask(question))] == [("points_to_help", True)]


def test_crisis_is_checked_before_scope() -> None:
    reply = TASK.preflight(ask("What's a recipe to cheer me up? I want to kill myself"))
    assert reply is not None and "988" in reply.body


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What's a good recipe for banana bread?", "cooking and recipes"),
        ("Will it rain in Leeds tomorrow?", "the weather"),
        ("Who won the football last night?", "sports results"),
        ("Why does my python function return None?", "debugging code"),
        ("Help me fix this stack trace: KeyError in line 3", "debugging code"),
        ("What's the bitcoin price today?", "markets and crypto"),
    ],
)
def test_questions_outside_mentoring_get_a_polite_scope_message(question: str, topic: str) -> None:
    assert off_topic(question) == topic
    reply = TASK.preflight(ask(question))
    assert reply is not None and reply.body.startswith("I'm a mentoring coach")
    assert f"For {topic}," in reply.body
    assert TASK.check(reply.body, None, ask(question))[0].passed


@pytest.mark.parametrize(
    "question",
    [
        "my manager's feedback made me want to quit",
        "how do I ask for a raise",
        "How do I find a mentor?",
        "My mentor keeps cancelling, what should I do?",
        "I'm a junior developer; how do I ask a senior to help me debug my code?",
        "How do I give feedback to a colleague who bakes for the team but misses deadlines?",
        "I'm so stressed I could die, how do I tell my boss I'm overloaded?",
        "What's the best way to network at a football club event for my career?",
        "How do I stop feeling like an impostor?",
        "Is it normal to feel nervous before a 1:1?",
    ],
)
def test_questions_about_work_and_growth_are_not_caught(question: str) -> None:
    assert not is_crisis(question)
    assert off_topic(question) is None
    assert TASK.preflight(ask(question)) is None


def test_an_answer_opens_directly_cites_and_gives_an_example() -> None:
    body = TASK.compose(ask("What should I do when my mentor keeps cancelling?"), ASK_GUIDANCE, Style()).body
    first, points, example, *_ = body.split("\n\n")
    assert first.startswith("When your mentor keeps cancelling, ") and first.endswith(" [1].")
    bullets = points.splitlines()
    # Only points close to the question earn a bullet (MiniLM similarity), so fewer than five is fine.
    assert 2 <= len(bullets) <= 5 and all(b.startswith("- ") and CITATION.search(b) for b in bullets)
    assert example.startswith(
        "For example, with your own details in place of these: \"I've noticed our last few sessions have had to move.")
    assert example.endswith("[2]")
    question = ask("What should I do when my mentor keeps cancelling?")
    assert all(c.passed for c in rubric(TASK.check(body, None, question)))


def test_how_questions_are_answered_in_the_second_person() -> None:
    body = TASK.compose(ask("How do I raise cancellations with my mentor?"), ASK_GUIDANCE, Style()).body
    assert body.startswith("To raise cancellations with your mentor, ")


def test_shorter_answers_have_no_more_points() -> None:
    question = ask("My mentor cancels a lot. What now?")
    counts = []
    for brevity, most in enumerate((5, 4, 3)):
        body = TASK.compose(question, ASK_GUIDANCE, Style(brevity=brevity)).body
        counts.append(sum(line.startswith("- ") for line in body.splitlines()))
        assert 2 <= counts[-1] <= most
        assert all(c.passed for c in rubric(TASK.check(body, None, question)))
    assert counts == sorted(counts, reverse=True)


def test_without_guidance_the_answer_says_so_and_the_check_fails() -> None:
    body = TASK.compose(ask("How do I find a mentor?"), [], Style()).body
    assert "couldn't find guidance" in body and not CITATION.search(body)
    results = {c.name: c.passed for c in TASK.check(body, None, ask("How do I find a mentor?"))}
    assert results == {"reads_well": True, "cites_guidance": False, "reasonable_length": True}


def test_answer_checks_on_hand_written_answers() -> None:
    question = ask("How do I ask for feedback?")
    good = "Ask for one specific thing [1]. " + "Name the moment and ask what they saw. " * 6
    assert all(c.passed for c in TASK.check(good, None, question))
    assert not {c.name: c.passed for c in TASK.check(good.replace("[1]", ""), None, question)}["cites_guidance"]
    assert not {c.name: c.passed for c in TASK.check("Ask them [1].", None, question)}["reasonable_length"]
    assert not {c.name: c.passed for c in TASK.check(good * 10, None, question)}["reasonable_length"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    question=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=300),
    cards=st.lists(
        st.sampled_from(
            [
                "make-a-specific-ask",
                "first-outreach-message",
                "build-a-meeting-agenda",
                "raise-frequent-cancellations",
                "raise-frequent-cancellations#say",
                "raise-frequent-cancellations#pitfalls",
            ]
        ),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    brevity=st.integers(0, 2),
)
def test_any_question_with_guidance_gets_a_cited_answer_of_reasonable_length(
    question: str, cards: list[str], brevity: int
) -> None:
    try:
        values = ask(question)
    except ValueError:
        return
    found = guidance(*cards)
    body = TASK.compose(values, found, Style(brevity=brevity)).body
    numbers = {int(n) for n in CITATION.findall(body) for n in [n.strip(" []")]}
    assert numbers and numbers <= set(range(1, len(found) + 1))
    assert 15 <= word_count(body) <= 400
    assert not PLACEHOLDERS.search(body.replace(question, ""))
