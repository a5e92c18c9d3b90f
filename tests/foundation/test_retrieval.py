from typing import Any

import pytest

from coach.retrieval import GuidanceRetriever, _Query, _reciprocal_rank_fusion


def test_rrf_rewards_agreement_between_rankings() -> None:
    fused = _reciprocal_rank_fusion([([1, 2, 3], 1.0), ([3, 2, 1], 1.0), ([2], 1.0)])
    assert next(iter(fused)) == 2
    assert fused[2] > fused[1] > 0


def test_rrf_weighs_a_part_of_the_question_less_than_the_whole() -> None:
    # a long story's clauses are searched too, each at PART_WEIGHT: one clause never outvotes the whole question
    fused = _reciprocal_rank_fusion([([1, 2], 1.0), ([2, 1], 0.5)])
    assert next(iter(fused)) == 1


def test_a_part_of_a_long_question_brings_its_card_up(retriever: Any) -> None:
    story = ("we used to meet every month and he showed me how he quotes jobs, I have learned a lot from him and I "
             "am grateful, my business plan is nearly done and I register the company soon")
    alone = [r.id for r in retriever.search(story, k=4)]
    helped = [r.id for r in retriever.search(story, k=4, also=["lately he cancels at the last minute every time"])]
    assert "raise-frequent-cancellations" in helped and helped != alone


def test_real_question_finds_outreach_guidance(retriever: Any) -> None:
    results = retriever.search("how do I ask someone to mentor me", k=3)
    assert len(results) == 3
    ids = [r.id for r in results]
    assert {"first-outreach-message", "ask-someone-to-mentor-you-live", "make-a-specific-ask"} & set(ids)
    for r in results:
        assert r.title and r.heading and r.text and r.source.endswith(".md") and r.score > 0


def test_one_passage_per_card_unless_asked(retriever: Any) -> None:
    default = retriever.search("giving feedback to a mentee", k=8)
    assert len({r.id for r in default}) == len(default) == 8
    many = retriever.search("giving feedback to a mentee", k=8, per_card=None)
    assert len({r.id for r in many}) < len(many)


@pytest.mark.parametrize("task", ["outreach", "summary", "rehearse"])
def test_task_filter(retriever: Any, task: str) -> None:
    results = retriever.search("what should I write", k=5, task=task)
    assert results and all(task in r.tasks for r in results)


def test_audience_filter_keeps_cards_for_both(retriever: Any) -> None:
    results = retriever.search("how to give feedback", k=10, audience="mentee")
    assert results and all(r.audience in ("mentee", "both") for r in results)


@pytest.mark.parametrize("mode", ["dense", "bm25"])
def test_single_rankers_are_available(retriever: Any, mode: str) -> None:
    results = retriever.search("thank-you email after a meeting", k=3, mode=mode)
    assert "thank-you-and-follow-up" in [r.id for r in results]


def test_nonsense_and_empty_queries_do_not_crash(retriever: Any) -> None:
    assert retriever.search("   ", k=3) == []
    assert len(retriever.search("zzzqqq xyzzy", k=3)) == 3  # dense still ranks everything


def test_langchain_retriever_interface(retriever: Any) -> None:
    lc = GuidanceRetriever(hybrid=retriever, k=2, task="summary")
    documents = lc.invoke("follow-up email after a session")
    assert len(documents) == 2
    assert all("summary" in d.metadata["tasks"] and d.metadata["id"] for d in documents)




def test_situation_lists_rank_cards_but_are_never_quoted(retriever: Any) -> None:
    # This question matches a card's "When this helps" bullets almost word for word.
    results = retriever.search("my mentor has cancelled twice this month, should I mention it", k=5, per_card=3)
    assert results
    assert all(r.heading != "When this helps" for r in results)


def test_top_k_candidates_give_the_same_cards_as_ranking_everything(retriever: Any) -> None:
    # Which cards come back, in which order, is what recall measures. A card's passage is chosen among
    # the candidates, so it may differ from a full ranking when none of the card's passages made the cut.
    from coach.evaluation import DEFAULT_DATASET, load_dataset

    same_passages = 0
    questions = [q.question for q in load_dataset(DEFAULT_DATASET)]
    for question in questions:
        searched = [_Query(question, retriever.embedder.embed_query(question), 1.0)]
        limited = retriever._search(searched, 3, None, None, 1, "hybrid", limit=True)
        everything = retriever._search(searched, 3, None, None, 1, "hybrid", limit=False)
        assert [r.id for r in limited] == [r.id for r in everything], question
        assert all(not retriever.index.passages[retriever._position[r.passage_id]].is_situations for r in limited)
        same_passages += [r.passage_id for r in limited] == [r.passage_id for r in everything]
    assert same_passages >= 0.9 * len(questions)


def test_a_filter_that_empties_the_candidates_still_fills_k(retriever: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import coach.retrieval

    searched = [_Query("what should I write", retriever.embedder.embed_query("what should I write"), 1.0)]
    full = retriever._search(searched, 5, "outreach", None, 1, "hybrid", limit=False)
    assert len(full) == 5
    # One candidate per ranking means at most four cards: too few for five results, so it must widen.
    monkeypatch.setattr(coach.retrieval, "PASSAGE_CANDIDATES", 1)
    monkeypatch.setattr(coach.retrieval, "CARD_CANDIDATES", 1)
    results = retriever.search("what should I write", k=5, task="outreach")
    assert [r.passage_id for r in results] == [r.passage_id for r in full]
    assert all("outreach" in r.tasks for r in results)


def test_card_passages_are_the_cards_own(retriever: Any) -> None:
    passages = retriever.card_passages("thank-you-and-follow-up")
    assert passages and {p.card_id for p in passages} == {"thank-you-and-follow-up"}
    assert retriever.card_passages("no-such-card") == []
