"""A small fake job and retriever for engine tests that exercise logic, not the shipped jobs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from coach.knowledge import SearchResult
from coach.tasks.base import Check, Composition, Field, Style, TaskSpec

FAKE_PROMPT = """# Fake outreach prompt

## system
You write short outreach messages to a possible mentor. Start with a line "Subject: ...".

## user
Guidance to follow:
{guidance}

The user's details:
{fields}

Earlier conversation:
{history}

Write the message now.
"""

FAKE_REFINE = """## system
You revise a draft message.

## user
{draft}

Change requested: {instruction}

Guidance:
{guidance}

Details:
{fields}
"""


class FakeOutreach(TaskSpec):
    """An outreach-like job with a predictable composer and checks."""

    name = "outreach"
    title = "Fake outreach"
    description = "Write to a possible mentor."
    fields = (
        Field("mentor_name", "Mentor's name", "Who you are writing to.", required=True, max_chars=80),
        Field("goal", "Your goal", "What you want to learn.", required=True, max_chars=6000, kind="long_text"),
        Field("channel", "Channel", "Where you send it.", kind="choice", choices=("email", "linkedin"),
              default="email"),
    )

    def __init__(self, prompts_dir: Path) -> None:
        self._prompts_dir = prompts_dir

    @property
    def prompt_path(self) -> Path:
        return self._prompts_dir / "outreach.md"

    def retrieval_query(self, values: Mapping[str, Any]) -> str:
        return f"ask a mentor about {values['goal']}"

    def compose(self, values: Mapping[str, Any], guidance: Sequence[SearchResult], style: Style) -> Composition:
        sentences = [
            f"Hi {values['mentor_name']},",
            f"I am working on {values['goal']} and would value your advice [1].",
            "Could we talk for 20 minutes next week?",
            "I would keep it focused and send questions ahead [2].",
        ]
        if style.brevity:
            sentences = sentences[: max(2, len(sentences) - style.brevity)]
        closing = "Kind regards" if style.tone == "formal" else "Warmly"
        return Composition(body=" ".join(sentences) + f"\n\n{closing},\nAlex", subject="A short mentoring question")

    def check(self, text: str, subject: str | None, values: Mapping[str, Any]) -> list[Check]:
        return [
            Check("uses their name", values["mentor_name"] in text, "Greet them by name."),
            Check("has a subject", bool(subject), "Add a subject line."),
        ]


def passage(number: int, text: str | None = None, card: str | None = None) -> SearchResult:
    """A made-up retrieved passage; ``card`` defaults to ``card-<number>``."""
    return SearchResult(
        id=card or f"card-{number}",
        title=f"Card {number}",
        heading=f"Heading {number}",
        text=text or f"Guidance passage number {number}: keep your ask specific and short.",
        score=1.0 / number,
        source=f"knowledge/card-{number}.md",
        passage_id=f"card-{number}#0",
        audience="mentee",
        tasks=("outreach",),
    )


class FakeRetriever:
    """Returns fixed passages and records every search."""

    def __init__(self, results: Sequence[SearchResult]) -> None:
        self.results = list(results)
        self.calls: list[dict[str, Any]] = []

    def search(self, query: str, k: int = 3, **filters: Any) -> list[SearchResult]:
        self.calls.append({"query": query, "k": k, **filters})
        return self.results[:k]


GOOD_FIELDS = {"mentor_name": "Dana", "goal": "moving from support into data engineering"}
