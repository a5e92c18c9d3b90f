"""Each job's offline draft, built on guidance retrieved from the shipped cards by the real retriever."""

from __future__ import annotations

import re
from typing import Any

import pytest

from coach.tasks import get_task
from coach.tasks.ask import asked_part, asker_role
from coach.tasks.base import Style, resolve_citations, split_subject
from coach.tasks.registry import initial_style
from tests.tasks.support import answer_on_the_index, left_to_the_user, rubric

pytestmark = pytest.mark.slow

CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    (
        "outreach",
        {
            "mentor_name": "Ines Duarte",
            "mentor_context": "Head of Research at Acme",
            "why_them": "your talk on diary studies at UX Leeds",
            "about_me": "a support agent of four years",
            "goal": "moving into UX research",
            "ask": "a 20-minute call next month",
            "tone": "formal",
        },
        {"make-a-specific-ask", "first-outreach-message", "ask-someone-to-mentor-you-live", "choose-the-right-mentor"},
    ),
    (
        "prepare",
        {
            "mentor_name": "Ines",
            "goals": "become a staff engineer",
            "challenges": "saying no to extra work",
            "meeting_minutes": 45,
            "open_items": "send the design doc; book the offsite slot",
        },
        {"build-a-meeting-agenda", "prepare-good-questions", "act-on-advice-and-report-progress"},
    ),
    (
        "feedback",
        {
            "direction": "give",
            "feedback": "You're always late and sloppy.",
            "context": "the weekly stand-ups",
            "person_name": "Sam",
        },
        {"give-specific-behavioural-feedback", "balance-feedback-with-strengths", "feedback-with-a-way-forward"},
    ),
    (
        "feedback",
        {"direction": "received", "feedback": "My manager said my reports are careless.", "person_name": "Dana"},
        {"receive-feedback-without-defensiveness", "ask-for-feedback", "act-on-advice-and-report-progress"},
    ),
    (
        "summary",
        {
            "mentor_name": "Aaron Patel",
            "notes": "- Lead with the customer problem\n- I'll redo the deck by Friday\n- Aaron to intro me to Simone",
            "next_meeting": "2026-12-03 15:00",
            "my_name": "Sam",
        },
        {"thank-you-and-follow-up", "act-on-advice-and-report-progress", "reflect-after-sessions"},
    ),
    (
        "ask",
        {"question": "My mentor keeps cancelling our sessions. What should I do?"},
        {"raise-frequent-cancellations", "respect-boundaries-and-availability", "patience-and-consistency-when-busy"},
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected_cards"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_offline_drafts_on_real_guidance_pass_their_checks_and_cite_real_cards(
    retriever: Any, name: str, raw: dict[str, Any], expected_cards: set[str]
) -> None:
    task = get_task(name)
    values = task.validate(raw)
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values))
    assert {r.id for r in found} & expected_cards, [r.id for r in found]
    for brevity in (0, 2):
        style = Style(tone=initial_style(values).tone, brevity=brevity)
        composition = task.compose(values, found, style)
        subject, body = split_subject(
            f"Subject: {composition.subject}\n\n{composition.body}" if composition.subject else composition.body
        )
        final = task.finalize(
            type(composition)(body=body, subject=subject, rationale=composition.rationale), values
        )
        text, sources = resolve_citations(f"{final.body}\n{final.rationale}", found)
        assert sources, "the draft cites the guidance it drew on"
        assert {s.id for s in sources} <= {r.id for r in found}
        failed = [c.name for c in rubric(task.check(text, final.subject, values)) if not c.passed]
        # A feedback script built from a bare label asks for the behaviour and effect only the user saw.
        assert set(failed) <= left_to_the_user(final.body), (failed, text)


@pytest.mark.parametrize(
    ("question", "has_example"),
    [
        ("my mentor keeps cancelling, what do I do", True),
        # The time card's example moves a 3 p.m. call: no help to someone asking how to use 30 minutes well.
        ("my mentor is super senior and always seems rushed, how do I make our 30 minutes count?", False),
    ],
)
def test_an_answer_offers_an_example_line_only_when_it_fits_the_question(
    retriever: Any, question: str, has_example: bool
) -> None:
    task = get_task("ask")
    values = task.validate({"question": question})
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values))
    body = task.compose(values, found, Style()).body
    assert ("For example, with your own details in place of these" in body) == has_example, body


def test_an_answer_to_a_giver_comes_from_cards_written_for_giving(retriever: Any) -> None:
    # round 39: a new team lead asking how to give feedback to a former peer was answered "Send material a few
    # days before you want to discuss it" from the card on asking for feedback
    task = get_task("ask")
    values = task.validate({"question": "i'm a new team lead (2 of them were my peers last month) and one keeps "
                                        "missing deadlines. how do i give him feedback w/o it being weird?"})
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values))
    body = task.compose(values, found, initial_style(values)).body
    cited = {found[int(n) - 1].id for n in re.findall(r"\[(\d)\]", body)}
    assert "ask-for-feedback" not in cited, body
    assert "Send material" not in body


def test_a_how_to_answer_lists_the_steps_of_the_card_it_opens_with(retriever: Any) -> None:
    # round 41: "how do i wind it down…" opened from the ending card, then listed "Learning from a mentor doesn't
    # happen in one meeting" and "Patience and consistency keep a mentorship alive" from other cards
    task = get_task("ask")
    values = task.validate({"question": "I've had the same mentor for about 2 years (monthly calls), it was super "
                                        "helpful at first but now the calls feel kind of repetitive and i think i've "
                                        "outgrown it? how do i wind it down or change it without it being awkward or "
                                        "seeming ungrateful"})
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values))
    body = task.compose(values, found, Style()).body
    assert "Learning from a mentor doesn't happen in one meeting" not in body
    # (round 42: retrieval's first card, on changing how you work together, now leads: "or change it")
    assert "Try new approaches in low-stakes settings first" in body and "Change the format when it helps" in body
    # a card whose one sentence only sounds like the question lends the answer no steps ("how often…?")
    values = task.validate({"question": "how often shd I meet my mentor?"})
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values))
    body = task.compose(values, found, Style()).body
    assert "Set the agenda based on your goals" not in body and "perhaps every two weeks or monthly" in body


def test_an_answer_opens_from_the_card_whose_advice_fits_not_a_line_for_the_other_side(retriever: Any) -> None:
    # "Mentors: be honest with yourself about your reasons…" made the mutual-benefit card the lead for a junior
    # asked to reverse-mentor the CEO, so the answer opened "Let your mentor see the impact of their advice"
    body, found = _answer(retriever, _REVERSE_MENTOR)
    opening = body.split("\n", 1)[0]
    assert f"[{[g.id for g in found].index('reverse-mentoring') + 1}]" in opening, body
    assert "impact of their advice" not in opening


def test_an_answer_opens_from_retrievals_best_card_and_never_points_to_a_card_by_file_name(retriever: Any) -> None:
    # round 42: "how often should I meet my mentor?" opened "Book the meetings yourself" (one sentence of the
    # third card sounded most like the question); "how do I end a mentorship well?" opened from a card whose
    # sentence said "see the end-a-mentorship-gracefully card", and answers showed "(see re-evaluate-expectations)"
    for question, opening in (("how often should I meet my mentor?", "At the start, meet more often"),
                              ("How do I end a mentorship well?", None)):
        body, found = _answer(retriever, question)
        assert not re.search(r"\(see |see the [\w-]+ card", body), body
        first = body.split("\n")[0]
        if opening:
            assert opening in first, body
        else:
            cited = found[int(re.search(r"\[(\d)\]", first).group(1)) - 1].id  # type: ignore[union-attr]
            assert cited == "end-a-mentorship-gracefully", body


def test_a_junior_asked_to_mentor_is_answered_as_the_mentor(retriever: Any) -> None:
    # round 41's stop hook: "I've been asked to reverse-mentor our CEO" opened "Let the junior mentor set the agenda
    # for their sessions" (said about the asker), offered the CEO's own line ("Would you mentor me on it…?") as the
    # example, and ended with a point for mentors in general
    body, _ = _answer(retriever, _REVERSE_MENTOR)
    assert not body.split("\n")[0].startswith("The short answer: Let the"), body
    assert "Would you mentor me" not in body and "For example, with your own details in place of these:" in body
    assert asker_role("I'd really like someone senior to mentor me") == "mentee"
    assert asker_role("I mentor two interns") == "mentor"


def test_an_answer_opens_from_a_card_named_for_the_question_and_reads_on_after_a_leading_if(retriever: Any) -> None:
    # round 42: "how do I give feedback … about missed deadlines?" opened from the card on open questions
    # ("when a mentee brings a problem, ask…"), a near-tie with the feedback cards; "To mentor someone
    # remotely, If you can, meet…" kept the capital of a point that starts with "If"
    body, found = _answer(retriever, "How do I give feedback to my mentee about missed deadlines?")
    first = body.split("\n")[0]
    opened_from = found[int(re.search(r"\[(\d)\]", first).group(1)) - 1]  # type: ignore[union-attr]
    assert "feedback" in opened_from.title.lower(), first
    first = _answer(retriever, "How do I mentor someone remotely?")[0].split("\n")[0]
    assert not re.search(r"[,:] (?:If|When|At|Once|Before|After) ", first), first


def test_a_sample_agenda_line_is_given_with_the_others_or_not_at_all(retriever: Any) -> None:
    # round 42's stop hook: "how do I make our 30 minutes count?" listed "Wrap-up (5 min): repeat back…" alone
    rushed = "my mentor is super senior and always seems rushed, how do I make our 30 minutes count?"
    body = _answer(retriever, rushed)[0]
    assert not re.search(r"\(\d+(?:-\d+)? min\):", body), body
    body = _answer(retriever, "What should I put on the agenda for my next mentoring meeting?")[0]
    assert len(re.findall(r"\(\d+(?:-\d+)? min\):", body)) >= 3, body


def test_a_mentor_is_never_told_about_their_own_mentor(retriever: Any) -> None:
    # round 43: a mentor whose mentee went quiet got "Telling your mentor, respectfully, when something isn't
    # working…", from a card written for both sides
    for question in ("My mentee never prepares for our meetings, how can I help?",
                     "ive been mentoring a young lad and the last month he's gone quiet and cancels our coffees"):
        body = _answer(retriever, question)[0]
        assert "your mentor" not in body.lower().split("for example")[0], body


_answer = answer_on_the_index


_REVERSE_MENTOR = "I'm 26 and I've been asked to reverse-mentor our CEO on AI tools. How do I start?"


def test_the_opening_answers_the_question_the_story_comes_with(retriever: Any) -> None:
    # review 45/46: "how do i end a mentorship politely? its been 1 yr…" opened "Follow up with a short written
    # thank-you", the card's last step, pulled there by the story; the points still use all of it
    task = get_task("ask")
    values = task.validate({"question": "how do i end a mentorship politely? its been 1 yr, he's nice but i dont "
                                        "learn anything new anymore and meetings feel like small talk"})
    found = retriever.search(task.retrieval_query(values), 4, task=task.name, audience=task.audience_for(values))
    body = task.compose(values, found, Style()).body
    assert body.startswith("To end a mentorship politely, tell them in a conversation or call"), body
    # a question that names no topic ("what should i do?") is judged with its story
    story = "my mentor keeps cancelling our sessions. what should i do? it's been 3 times"
    assert asked_part(story) == story
    assert asked_part("how do i end a mentorship politely? its been 1 yr") == "how do i end a mentorship politely?"
