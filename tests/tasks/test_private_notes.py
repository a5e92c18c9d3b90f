"""What the user keeps to themselves never reaches the mentor: secrets, feelings, private opinions, doubts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coach.tasks import private_model
from coach.tasks.private_model import (
    NgramModel,
    build_model,
    learned_settings,
    private_probabilities,
    training_pieces,
)
from coach.tasks.private_notes import kept_to_myself, without_private_lines
from tests.golden.corpus import render


@pytest.mark.parametrize("line", [
    "DO NOT let her know co-founder is thinking of leaving",
    "she doesnt know im talking to the group about head chef at the other site. keep it that way",
    "7. heard layoffs coming Q1 — confidential, DON'T put in email",
    "- don't bring up the salary thing w/ her, she's friends w/ my boss",
    "haven't told anyone at work about the secondment app yet",
    "- honestly scared I'll cry in front of the team if it goes badly",
    "tbh feeling v low, parents keep asking abt the job",
    "she looked exhausted, hope she's ok",
    "Not sure I agree with him on cutting the float pool — didn't say so",
    "- ??? should I just drop to part time",
    "- skint til payday so course fees = problem",
    "remember thank you email + mention the book",
    "send thank u email tonight!!",
    "need overtime this month for rent ugh",
    "- money very tight, ENIC is expensive for me now",
    "- my husband still in Ukraine, I dont want talk about this with him",
    "^ Dad not ready. Not for the email.",
    "- failed the stats midterm, no one knows",
    "- my parents think I am doing better than I am",
    "- My manager is really toxic",
    "- savings are for 4 months more max",
    "feel like she prefers Lena's project tbh",
    "- visa renewal in july, stress",
    "- envoyer email ce soir!!",
    "- credit card is maxed from the hood, lenses have to wait til payday",
    "- remember send email tonight not tmrw, he notices",
    "anxiety bad this week. therapist thurs",
    "send this on Friday, not tonight, too emotional rn",
    "also she was 20 min late & on her phone half the time, kind of annoyed tbh",
    "sometimes I think she prefer the other girl Joy, maybe is my imagination",
    "my salary is lower than Tom, I want to ask him about this but not in the email!!",
    "bank overdraft is at the limit, dad doesnt know how bad it is. keep this between me and the bank",
    "- honestly I think I am already a bit burnout like him. sleep very bad. not write this!",
    "- also Aylin maybe leaves for other job, told me in confidence",
    "kinda feels like he repeats the same stories every time ngl",
    "wish she'd stop pushing me to stay on med surg, my unit is toxic",
    # unvoiced: "didn't say", "did not say but…", "didn't bring it up", "not admitting", "don't want him thinking"
    "I think she undersells the regional offices, but I didn't say",
    "I did not say but the new menu feels dated to me",
    "- scared the contract won't be renewed — didn't bring it up",
    "already spent £900 on the bootcamp, not admitting that to anyone",
    "dont want her thinking I'm complaining about Priya",
    "my lead would be furious if he finds out I asked",
    # money and the user's own people
    "rent is due monday and shifts got cut",
    "money stress again this month",
    "no idea, dont know how we pay for the course if I go down to 3 days",
    "childcare would be really tight on a junior salary",
    "my sister in hospital, is hard to focus on anything",
    "husband says take the job, but 2400 a month is not enough with the mortgage",
    # feelings typed without an "I", and unvoiced questions and doubts
    "ngl was so nervous before the call",
    "felt a bit patronised in that meeting tbh",
    "my own q: do I even like management??",
    "idk if i should take the secondment",
    "- dont agree about the rota, Ben isn't ready",
    "not sure if it's worth the fee",
    # reactions, and notes about this very email
    "he was snapping at the receptionist the whole time, not nice to see",
    "must write her a proper thank-you, she stayed late",
])
def test_secrets_feelings_opinions_doubts_and_questions_to_self_are_private(line: str) -> None:
    assert kept_to_myself(line), line
    assert without_private_lines(f"- she'll send the deck\n{line}\n- I'll redo the budget by Fri") == (
        "- she'll send the deck\n- I'll redo the budget by Fri")


@pytest.mark.parametrize("line", [
    "imposter syndrome stuff - everyone feels it apparently lol",  # a topic and what was said of it
    "low end mud = cut 200-300hz on guitars not the bass",  # "low" is no mood here
    "- me: write out actual $$ for both paths (loans, lost income) by next wk",
    "> re salary, don't bring up first, but know the band (grade 7?)",  # advice, not a secret
    "- I'm burnt out, teaching 34 kids. he said cap at 25",  # a feeling the mentor answered
    "Frank's view: don't say yes until I know my real cost per loaf incl. my own time",
    "?? do i need the MCAT at all if PA -> check GRE reqs",  # a question with its next step
    "4. career - should I go for Group PM? AB: not yet, 6 more months owning the growth area first",
    "send the figma link",
    "- she said the stress of the first year passes, plan for it",  # what she said about stress
    "- send the email to the planning officer tonight",  # an errand, not this email
    "- she said therapy helped her a lot in her first year",  # what she said
    "pricing: stop doing hourly, flat rate. he showed me his price book on his phone",
    "it feels like she said the right thing about the lease",
])
def test_what_the_mentor_may_read_stays_whole(line: str) -> None:
    assert without_private_lines(line, "Frank") == line


def test_only_the_private_aside_goes_when_the_rest_is_for_the_mentor() -> None:
    assert without_private_lines("He said to say no to the on-call rotation swap — I already said yes, damn") == (
        "He said to say no to the on-call rotation swap")
    story = "- he did it in 2009, failed code book section first time (!!)"
    assert without_private_lines(f"{story} made me feel better") == story
    assert without_private_lines("- talked about my court report - keep opinion separate (she was so nice abt it)") == (
        "- talked about my court report - keep opinion separate")
    assert without_private_lines("she will send me her funded proposal as example (confidential, not share!)") == (
        "she will send me her funded proposal as example")


def test_a_secret_takes_its_whole_line_and_a_blank_line_stays() -> None:
    notes = "pregnant - 12 wk scan next wk - NOT telling anyone yet\n\nme:\n- (she was so nice abt the cue disaster)"
    assert without_private_lines(notes) == "\nme:"
    marked = "  ^ Dad not ready. hasnt said it but i think he thinks im selling out. not for the email"
    task = "- me: talk to Dad abt the top field"
    assert without_private_lines(f"{task}\n{marked}") == task


def test_the_summary_email_leaves_out_what_the_user_keeps_to_themselves() -> None:
    notes = ("she'll send me the Boice article\nI'll do 300 words a day starting mon\n"
             "honestly considering quitting, didn't say it\nDO NOT let her know I'm interviewing at Arup\n"
             "felt so stupid about the budget\nshe said reviewers read the first page only")
    email = render("summary", {"fields": {"mentor_name": "Dr. Cohen", "my_name": "Aditya", "notes": notes,
                                          "kind": "full"}})["text"]
    for private in ("quitting", "Arup", "stupid"):
        assert private not in email
    for kept in ("Boice article", "300 words a day", "first page only"):
        assert kept in email


def test_the_learned_reader_scores_as_the_pipeline_it_was_trained_as() -> None:
    texts, private = training_pieces()
    assert len(texts) >= 900 and sum(private) >= 150  # three writers' notes, about a fifth private
    pipeline = build_model(learned_settings()[0]).fit(texts, private)
    samples = [*texts[:200], "a", "I", "ok 😬 ...", "Ünïcode TEST  spaces\ttab", ""]
    expected = pipeline.predict_proba(samples)[:, 1]
    ours = NgramModel.from_pipeline(pipeline)
    assert np.allclose([ours.probability(text) for text in samples], expected, atol=1e-9)


def test_the_trained_reader_is_saved_once_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coach.query_model.environment_model_dir", lambda: tmp_path)
    private_model._trained.cache_clear()
    try:
        first = private_probabilities(["so tired my hands are shaking writing this", "send the deck by Friday"])
        saved = list((tmp_path / "notes").glob("private-*.pickle"))
        assert len(saved) == 1
        private_model._trained.cache_clear()
        monkeypatch.setattr(private_model, "training_pieces", lambda: pytest.fail("trained again"))
        assert private_probabilities(["so tired my hands are shaking writing this", "send the deck by Friday"]) == first
        assert first[0] > 0.5 > first[1]
    finally:
        private_model._trained.cache_clear()


def test_every_cue_in_the_data_file_is_a_pattern() -> None:
    import yaml

    from coach.config import PROMPTS_DIR

    data = yaml.safe_load((PROMPTS_DIR / "phrasing" / "private.yaml").read_text("utf-8"))
    groups = ("secrecy", "feelings", "about_them", "doubts", "questions_to_self", "reactions")
    # ("want(?: to)?" reads as a mapping in plain YAML: such a cue must be written another way or quoted)
    assert all(isinstance(cue, str) for group in groups for cue in data[group])
