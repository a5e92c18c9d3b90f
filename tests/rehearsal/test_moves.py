"""Move detection: real MiniLM plus patterns on realistic lines, and the logic with a fake embedder."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.rehearsal.moves import MoveCatalogue, MoveDetector, classifier_key, load_moves, split_sentences

# Lines written for these tests (not copied from the examples in the data file), so passing them
# shows the detector generalises.
POSITIVE: dict[str, list[str]] = {
    "giving-up": [
        "Oh forget it, it's not worth the fuss.",
        "Never mind, we'll just leave things as they are.",
        "Whatever you prefer, I'll go along with it.",
    ],
    "blame": [
        "You never bother to read what I send you.",
        "It's your fault the project slipped.",
        "You just don't care whether I succeed.",
    ],
    "absolutes": [
        "Every time we meet it's the same conversation.",
        "Nothing ever gets decided in these calls.",
        "You always change the plan at the last minute.",
    ],
    "vagueness": [
        "It's just, like, kind of a lot right now.",
        "I guess things have been a bit off lately.",
        "Maybe we could try something different at some point.",
    ],
    "sarcasm": [
        "Oh great, another rescheduled call, how surprising.",
        "Must be nice to have that much free time.",
        "Yeah right, like that's ever going to happen.",
    ],
    "over-apologising": [
        "I'm really sorry, I know this is probably a stupid question.",
        "Sorry to bother you, sorry, I'll be quick, sorry.",
        "I'm so sorry to take up your time with this.",
    ],
    "acknowledgement": [
        "That's fair, I hadn't thought about your deadlines.",
        "I can see why the last-minute changes frustrated you.",
        "It sounds like the launch has eaten your whole month.",
    ],
    "specific-observation": [
        "In the last three sessions we ran out of time before my question.",
        "On Tuesday the draft arrived an hour before the client call.",
        "Since January we've met twice instead of four times.",
    ],
    "i-statement": [
        "I feel unsure what to work on between our calls.",
        "I'd like a clearer plan for the next quarter.",
        "I've been struggling to keep up with the reading you suggest.",
    ],
    "asks-their-view": [
        "How does that sound from your side?",
        "What do you think would help most?",
        "Can you help me understand why you'd go that way?",
    ],
    "concrete-proposal": [
        "Could we move our call to Thursday mornings at nine?",
        "I'll send you a one-page agenda by Monday evening.",
        "How about thirty minutes every other week until June?",
    ],
    "gratitude": [
        "Thank you for taking the time to go through my draft.",
        "I really appreciate you introducing me to your team.",
        "I'm grateful for how patient you've been with me.",
    ],
    "purpose-statement": [
        "I wanted to talk about how our meetings are going.",
        "The reason I asked for this call is to get your view on my promotion case.",
        "I'd like to raise something about our schedule.",
    ],
    "follow-up": [
        "Let's check in after the next two sessions to see if it's working.",
        "I'll report back once I've tried the new approach.",
        "Can we revisit this at the end of the month?",
    ],
}

# Lines that must NOT count as the move: near misses in topic or wording.
NEGATIVE: dict[str, list[str]] = {
    "blame": ["I think I could have prepared better.", "The deadline moved twice this month."],
    "absolutes": ["Thank you, you've always been generous with your time.", "Twice this month the call moved."],
    "vagueness": ["Could we meet at 9am on Tuesdays?", "The report had three errors in the totals."],
    "sarcasm": ["Thanks so much for making time today.", "Great, that works for me."],
    "over-apologising": ["Sorry I'm late.", "I wanted to talk about our schedule."],
    "acknowledgement": ["You never listen to me.", "Oh great, that's fair, as always."],
    "specific-observation": ["You always cancel.", "Things have been kind of weird."],
    "i-statement": ["You make me feel useless.", "I feel like you never listen."],
    "asks-their-view": ["Oh great, what do you think, that I enjoy waiting?", "I'll send the agenda on Monday."],
    "concrete-proposal": ["Maybe we could do something at some point.", "You always cancel on me."],
    "gratitude": ["Thanks a lot for nothing.", "You never make time for me."],
    "purpose-statement": ["Okay.", "You always cancel."],
    "follow-up": ["You never listen.", "Thank you for the advice."],
    "giving-up": ["Let's try fortnightly and see after two months.", "I'd like to keep going with this."],
}


@pytest.mark.parametrize("move", sorted(POSITIVE))
def test_move_is_found_in_realistic_lines(detector: MoveDetector, move: str) -> None:
    for line in POSITIVE[move]:
        found = {m.move for m in detector.detect(line)}
        assert move in found, f"{move!r} not found in {line!r} (found {sorted(found)})"


@pytest.mark.parametrize("move", sorted(NEGATIVE))
def test_move_is_not_found_in_near_misses(detector: MoveDetector, move: str) -> None:
    for line in NEGATIVE[move]:
        found = {m.move for m in detector.detect(line)}
        assert move not in found, f"{move!r} wrongly found in {line!r}"


def test_embeddings_catch_a_paraphrase_no_pattern_knows(detector: MoveDetector) -> None:
    line = "Your advice on my CV really helped me land the interview."
    assert not any(m.move == "gratitude" for m in MoveDetector(None).detect(line))  # patterns alone miss it
    hits = [m for m in detector.detect(line) if m.move == "gratitude"]
    assert hits and hits[0].via == "embedding" and hits[0].similarity is not None


def test_every_move_in_the_catalogue_has_test_lines() -> None:
    assert set(POSITIVE) == set(load_moves().specs) == set(NEGATIVE)


class BagOfWordsEmbedder:
    """A fake embedder: one dimension per known word, so similarity is shared vocabulary."""

    def __init__(self, vocabulary: list[str]) -> None:
        self.vocabulary = vocabulary

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = []
        for text in texts:
            words = text.lower().replace(".", " ").replace(",", " ").split()
            counts = [float(words.count(word)) for word in self.vocabulary]
            norm = sum(c * c for c in counts) ** 0.5 or 1.0
            vectors.append([c / norm for c in counts])
        return vectors


def test_quotes_are_exact_substrings_of_the_turn() -> None:
    text = "Thanks for this.  In March we met twice!\nYou always cancel… Could we meet on Monday?"
    sentences = split_sentences(text)
    assert sentences == ["Thanks for this.", "In March we met twice!", "You always cancel…", "Could we meet on Monday?"]
    for move in MoveDetector(None).detect(text):
        assert move.quote in text


def test_patterns_work_without_an_embedder() -> None:
    found = {m.move: m.via for m in MoveDetector(None).detect("I wanted to talk about our sessions.")}
    assert found == {"purpose-statement": "pattern"}


def test_a_move_is_vetoed_by_its_opposite_in_the_same_sentence() -> None:
    moves = {m.move for m in MoveDetector(None).detect("Thanks a lot for nothing.")}
    assert "sarcasm" in moves and "gratitude" not in moves
    separate = {m.move for m in MoveDetector(None).detect("Thanks for coming. Oh great, another delay.")}
    assert {"sarcasm", "gratitude"} <= separate  # a veto only applies within one sentence


def test_repeated_apologies_across_sentences_count_for_the_whole_turn() -> None:
    moves = MoveDetector(None).detect("Sorry. I know it's late. Sorry.")
    # "Sorry." is too short to stand alone, so it is read with the sentence after it (and the last with the one before)
    assert [(m.move, m.quote) for m in moves] == [("over-apologising", "Sorry. I know it's late. Sorry.")]


def test_a_short_piece_is_read_with_its_neighbour_and_an_abbreviation_ends_no_sentence() -> None:
    assert split_sentences("Great. Another cancellation.") == ["Great. Another cancellation."]
    assert split_sentences("I was thinking about it. ok?") == ["I was thinking about it. ok?"]
    assert split_sentences("We compared findings vs. opinions in the report. Then we stopped.") == [
        "We compared findings vs. opinions in the report.", "Then we stopped."]
    assert split_sentences("Thanks!") == ["Thanks!"]
    # "no." ends a sentence: it is a word, not an abbreviation
    assert split_sentences("Honestly I said no. Then he left the room early.") == [
        "Honestly I said no.", "Then he left the room early."]


def test_embedding_hit_needs_the_threshold_and_to_be_the_nearest_move() -> None:
    # With this vocabulary a sentence made of "momentum" words is nearest the i-statement example
    # that uses them; one sharing a single word with several examples passes nothing.
    embedder = BagOfWordsEmbedder(["momentum", "keep", "hard", "finding", "cancel"])
    detector = MoveDetector(embedder, mode="combined")
    hits = detector.detect("Finding it hard to keep momentum")
    assert {m.move for m in hits if m.via == "embedding"} == {"i-statement"}
    assert not [m for m in detector.detect("Nothing relevant here") if m.via == "embedding"]


def test_example_vectors_are_computed_once_per_embedder() -> None:
    class CountingEmbedder(BagOfWordsEmbedder):
        calls = 0

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            CountingEmbedder.calls += 1
            return super().embed_documents(texts)

    detector = MoveDetector(CountingEmbedder(["agenda"]))
    detector.detect("One line.")
    detector.detect("Another line.")
    assert CountingEmbedder.calls == 3  # examples once, then one call per turn


@pytest.mark.parametrize(
    ("line", "move"),
    [
        ("What would suit you best going forward?", "asks-their-view"),
        ("What works for you?", "asks-their-view"),
        ("Maybe fortnightly, 30 mins, Tuesday mornings?", "concrete-proposal"),
    ],
)
def test_casual_phrasings_of_good_moves_count(detector: MoveDetector, line: str, move: str) -> None:
    assert move in {m.move for m in detector.detect(line)}


def test_a_vague_maybe_is_still_not_a_proposal(detector: MoveDetector) -> None:
    moves = {m.move for m in detector.detect("Maybe we could do something different at some point.")}
    assert "concrete-proposal" not in moves and "vagueness" in moves


def test_the_trained_classifier_is_kept_on_disk_and_read_back(tmp_path: Path) -> None:
    class CountingEmbedder(BagOfWordsEmbedder):
        texts = 0

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            CountingEmbedder.texts += len(texts)
            return super().embed_documents(texts)

    line = "Oh great, another cancellation. Could we try Tuesdays?"
    first = MoveDetector(CountingEmbedder(["great", "tuesdays"]), keep_in=tmp_path)
    found = first.detect(line)
    trained_with = CountingEmbedder.texts
    assert trained_with > 500 and [p.name for p in tmp_path.glob("moves-*.pickle")]
    again = MoveDetector(CountingEmbedder(["great", "tuesdays"]), catalogue=MoveCatalogue(
        list(load_moves().specs.values())), keep_in=tmp_path)  # a new process: nothing in memory
    assert again.detect(line) == found
    assert CountingEmbedder.texts - trained_with < 5  # only the line itself was embedded, no training


def test_an_unreadable_saved_classifier_is_trained_again(tmp_path: Path) -> None:
    (tmp_path / f"moves-{classifier_key()}.pickle").write_bytes(b"not a pickle")
    detector = MoveDetector(BagOfWordsEmbedder(["great"]), keep_in=tmp_path)
    assert detector.detect("Thank you so much for your help.") is not None
    saved = tmp_path / f"moves-{classifier_key()}.pickle"
    assert saved.read_bytes() != b"not a pickle"
