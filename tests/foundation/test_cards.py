"""The shipped guidance cards: complete, well formed, covering the sources, and in our own words."""

import re

import pytest

from coach.config import BUILTIN_CARDS_DIR, PROJECT_DIR
from coach.knowledge import load_guidance

SOURCES_DIR = PROJECT_DIR.parent / "shared" / "guidance-sources"
SOURCE_TITLES = {
    "Building a Strong Relationship with Your Mentor",
    "How to Build Strong Mentoring Relationships",
    "Best Practices for Strengthening Relationships with Mentors",
    "Maximizing Your Mentorship Relationship: Practical Tips for Mentees and Mentors Alike",
    "Mentoring tips for mentors, mentees and both (untitled list)",
}
# One card per topic the sources cover; retrieval, drafts and rehearsal cite these ids.
REQUIRED_TOPICS = [
    "define-your-goals", "choose-the-right-mentor", "first-outreach-message", "make-a-specific-ask",
    "set-expectations-early", "respect-boundaries-and-availability", "respect-their-time",
    "build-a-meeting-agenda", "own-your-development", "prepare-good-questions", "active-listening-and-notes",
    "thank-you-and-follow-up", "act-on-advice-and-report-progress", "ask-for-feedback",
    "receive-feedback-without-defensiveness", "give-specific-behavioural-feedback",
    "balance-feedback-with-strengths", "feedback-with-a-way-forward", "encourage-autonomy-with-open-questions",
    "share-your-experience", "be-a-role-model", "celebrate-successes", "delegate-stretch-tasks",
    "build-trust-and-confidentiality", "be-honest-when-it-isnt-working", "spot-early-warning-signs",
    "open-a-direct-conversation", "resolve-disagreement-respectfully", "re-evaluate-expectations",
    "patience-and-consistency-when-busy", "adapt-and-keep-learning", "mutual-respect", "mutual-benefit",
    "how-often-to-meet", "several-mentors", "how-long-mentorships-last", "end-a-mentorship-gracefully",
    "pay-it-forward", "reverse-mentoring", "situational-mentoring", "hybrid-mentoring",
]  # fmt: skip


@pytest.fixture(scope="module")
def cards() -> dict[str, str]:
    """Card bodies, without front matter (whose `sources` quote the article titles on purpose)."""
    return {path.stem: path.read_text("utf-8").split("---", 2)[2] for path in BUILTIN_CARDS_DIR.glob("*.md")}


def test_at_least_forty_cards_all_load_cleanly() -> None:
    result = load_guidance(BUILTIN_CARDS_DIR)
    assert result.problems == []
    assert result.card_count >= 40


def test_every_source_topic_has_a_card(cards: dict[str, str]) -> None:
    assert [topic for topic in REQUIRED_TOPICS if topic not in cards] == []


def test_cards_name_real_sources_and_show_examples() -> None:
    import yaml

    for path in BUILTIN_CARDS_DIR.glob("*.md"):
        front = yaml.safe_load(path.read_text("utf-8").split("---")[1])
        assert front["id"] == path.stem
        assert front["sources"] and set(front["sources"]) <= SOURCE_TITLES, path.name
        assert "ask" in front["tasks"], path.name
        body = path.read_text("utf-8")
        assert body.count("Weak:") >= 2 and body.count("Stronger:") >= 2, path.name


def test_no_unverified_studies_are_cited(cards: dict[str, str]) -> None:
    pattern = re.compile(r"\b(a study|studies (show|found|suggest)|research (shows|found|suggests)|according to|"
        r"business review|percent)\b|\d+ ?%", re.IGNORECASE)
    assert {card: pattern.findall(text) for card, text in cards.items() if pattern.search(text)} == {}


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("鈥檚", "'s").replace("’", "'")).split()


def _runs(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="the guidance sources sit beside the repo only in CI/dev")
def test_no_sentence_is_copied_from_the_sources(cards: dict[str, str]) -> None:
    source_runs: set[tuple[str, ...]] = set()
    for path in SOURCES_DIR.glob("*.txt"):
        source_runs |= _runs(_words(path.read_text("utf-8", errors="replace")), 10)
    copied = {card: len(_runs(_words(text), 10) & source_runs) for card, text in cards.items()}
    assert {card: n for card, n in copied.items() if n} == {}
