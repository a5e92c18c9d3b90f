"""Outreach: checks on hand-written drafts, the composer's drafts, and LinkedIn's 300-character limit."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.checks import WHY_MIN_WORDS, char_count, split_note, word_count
from coach.tasks import get_task
from coach.tasks.base import Composition, Style
from coach.tasks.outreach import CHANNELS
from coach.tasks.outreach_phrasing import TONES, Voice, context_sentence
from coach.writing import numbers_in
from tests.tasks.support import OUTREACH_GUIDANCE, PLACEHOLDERS, READING_CHECKS, VOCABULARY, person, words, words_up_to

TASK = get_task("outreach")
RAW = {
    "mentor_name": "Dr. Amaka Okafor",
    "mentor_context": "leads clinical informatics at Leeds Teaching Hospitals",
    "why_them": "your blog post on the night-shift handover checklist",
    "about_me": "third-year nursing student at Leeds",
    "goal": "moving from bedside nursing into clinical informatics",
    "ask": "a 20-minute video call next month",
    "my_name": "Priya",
}
GOOD = (
    "Hi Amaka,\n\nI'm a nursing student at Leeds. Your blog post on the night-shift handover checklist stood "
    "out to me.\n\nWould you be open to a 20-minute video call next month? If the timing isn't right, no worries "
    "at all.\n\nWarmly,\nPriya\n\n---\n*Why this shape:* one time-boxed ask [1]."
)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def values(**changes: Any) -> dict[str, Any]:
    return TASK.validate({**RAW, **changes})


def checks_of(text: str, subject: str | None = "Quick question", **changes: Any) -> dict[str, bool]:
    # GOOD asks for 20 minutes, so the fields it is checked against must say so (nothing invented).
    chosen = values(**{"ask": "a 20-minute video call next month", **changes})
    return {c.name: c.passed for c in TASK.check(text, subject, chosen)}


def draft(style: Style | None = None, **changes: Any) -> Composition:
    chosen = values(**changes)
    style = style or Style(tone=chosen["tone"])
    return TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, style), chosen)


def test_a_good_message_passes_every_check() -> None:
    assert checks_of(GOOD) == {
        "reads_well": True,
        "faithful": True,
        "names_mentor": True,
        "says_why_them": True,
        "one_specific_ask": True,
        "time_boxed": True,
        "easy_out": True,
        "length": True,
        "subject_line": True,
    }


@pytest.mark.parametrize(
    ("bad", "failing"),
    [
        (GOOD.replace("Hi Amaka", "Hi there"), "names_mentor"),
        (GOOD.replace("Your blog post on the night-shift handover checklist", "Your work"), "says_why_them"),
        (GOOD.replace("next month?", "next month? Could you also review my CV?"), "one_specific_ask"),
        (
            GOOD.replace(
                "Would you be open to a 20-minute video call next month?", "Would you be my mentor for 20 minutes?"
            ),
            "one_specific_ask",
        ),
        (
            GOOD.replace(
                "Would you be open to a 20-minute video call next month?", "Let me know if a 20-minute call works."
            ),
            "one_specific_ask",
        ),
        (GOOD.replace("20-minute ", ""), "time_boxed"),
        (GOOD.replace("If the timing isn't right, no worries at all.", "I look forward to it."), "easy_out"),
        (GOOD.replace("If the timing isn't right, no worries at all.", "Totally fine if not. No worries if not!"),
         "easy_out"),
        (GOOD.replace("Warmly,", "More words here. " * 40), "length"),
    ],
)
def test_each_check_fails_on_a_message_that_lacks_it(bad: str, failing: str) -> None:
    results = checks_of(bad)
    assert not results[failing]
    assert sum(not ok for name, ok in results.items() if name not in READING_CHECKS) == 1, results


def test_subject_is_required_for_email_only() -> None:
    assert not checks_of(GOOD, subject=None)["subject_line"]
    assert "subject_line" not in checks_of(GOOD, subject=None, channel="chat")


def test_linkedin_note_length_is_counted_in_characters() -> None:
    short = (
        "Hi Amaka, your blog post on the night-shift handover checklist stood out. Could we talk for 15 minutes? "
        "No worries if not."
    )
    assert checks_of(short, None, channel="linkedin_note")["length"]
    assert not checks_of(short + " More words." * 20, None, channel="linkedin_note")["length"]


def test_the_why_note_is_not_part_of_the_message_checked() -> None:
    untimed = GOOD.replace("20-minute ", "").replace("one time-boxed ask [1]", "Would a 20-minute call work? [1]")
    results = checks_of(untimed)
    assert not results["time_boxed"], "a duration in the note does not time-box the message"
    assert results["one_specific_ask"], "a question in the note is not a second request"


def test_the_example_draft_reads_like_a_message_to_send() -> None:
    composition = draft()
    message = composition.body
    assert composition.subject == "Hoping to learn about moving from bedside nursing into clinical informatics"
    assert message == (
        "Hi Dr. Okafor,\n\n"
        "Your blog post on the night-shift handover checklist really stayed with me. "
        "I'm a third-year nursing student at Leeds.\n\n"
        "Right now I'm focused on moving from bedside nursing into clinical informatics. Since you lead clinical "
        "informatics at Leeds Teaching Hospitals, your perspective would help me a great deal.\n\n"
        "Would you be open to a 20-minute video call next month? If now isn't a good time, no worries at all.\n\n"
        "Thank you,\nPriya"
    )
    assert split_note(message) == (message, ""), "no note inside the message"
    assert "[" not in message, "citations stay out of the message"
    assert "[1]" in composition.rationale and "[2]" in composition.rationale


def test_formal_and_casual_change_greeting_and_sign_off() -> None:
    formal = draft(tone="formal").body
    casual = draft(tone="casual").body
    assert formal.startswith("Dear Dr. Okafor,") and formal.endswith("Kind regards,\nPriya")
    assert casual.startswith("Hi Dr. Okafor!") and casual.endswith("Cheers,\nPriya")


@pytest.mark.parametrize(
    ("name", "greeting"),
    [("Mr. Kenji Tanaka", "Dear Mr. Tanaka,"), ("Mr. Tanaka", "Dear Mr. Tanaka,"), ("Ms Ada Obi", "Dear Ms Obi,"),
     ("Prof. Ana Ruiz", "Dear Prof. Ruiz,"), ("David Osei", "Dear David Osei,"), ("Greg, my team lead", "Dear Greg,")],
)  # fmt: skip
def test_honorifics_are_kept_as_given_and_a_role_after_a_comma_is_not_a_name(name: str, greeting: str) -> None:
    assert draft(tone="formal", mentor_name=name).body.startswith(greeting)


def test_without_my_name_there_is_no_empty_sign_off() -> None:
    message = draft(my_name=None).body
    assert not message.rstrip().endswith(","), "no 'Thank you,' with nothing under it"
    assert message.rstrip().endswith("no worries at all.")
    assert "Your name" in draft(my_name=None).rationale


def test_refinement_tone_wins_over_the_field() -> None:
    assert draft(Style(tone="formal"), tone="warm").body.startswith("Dear Dr. Okafor,")


def test_channels_shape_the_message() -> None:
    note = draft(channel="linkedin_note")
    chat = draft(channel="chat")
    linkedin = draft(channel="linkedin_message")
    assert note.subject is None and chat.subject is None and linkedin.subject is None
    # (a chat's only line break is before its sign-off, "– Name", when a name is given)
    assert "\n" not in note.body and "\n" not in chat.body.split("\n\n– ")[0]
    assert note.body.startswith("Hi Dr. Okafor, your blog post"), "the note reads on after the greeting"
    assert linkedin.body.count("\n\n") >= 3


@pytest.mark.parametrize(
    ("ask", "channel", "expected"),
    [
        ("could I ask you a couple questions over DM sometime", "linkedin_note",
         "Could I ask you a couple questions over DM sometime?"),
        ("a 20-minute call", "linkedin_note", "Would you be open to a 20-minute call?"),
        ("review my portfolio", "email", "Would you be willing to review my portfolio?"),
        ("maybe a 20-minute phone call", "email", "Would you be open to a 20-minute phone call?"),
        ("to hear how you made the switch", "chat", "Could I hear how you made the switch?"),
        ("chat for 20 mins", "email", "Could we chat for 20 minutes?"),
    ],
)  # fmt: skip
def test_the_ask_is_the_users_own_never_a_different_one(ask: str, channel: str, expected: str) -> None:
    message = draft(ask=ask, channel=channel).body
    assert expected in message
    assert numbers_in(message) <= numbers_in(" ".join(str(v) for v in values(ask=ask).values()))
    assert "15" not in message, "no duration the user did not give"


def test_an_ask_without_a_time_box_is_not_given_one_and_the_rationale_says_so() -> None:
    composition = draft(ask="review my portfolio")
    assert "minute" not in composition.body and "at most" not in composition.body
    assert "no time limit" in composition.rationale
    assert not checks_of(composition.body, ask="review my portfolio")["time_boxed"]


def test_an_ask_written_as_a_question_is_kept() -> None:
    message = draft(ask="Could we chat for 15 minutes about your move into informatics?").body
    assert "Could we chat for 15 minutes about your move into informatics?" in message


def test_shorter_drops_optional_sentences_and_still_passes() -> None:
    lengths = []
    for brevity in (0, 1, 2):
        composition = draft(Style(brevity=brevity))
        lengths.append(word_count(composition.body))
        assert all(c.passed for c in TASK.check(composition.body, composition.subject, values()))
        assert "Your blog post on the night-shift handover checklist" in composition.body
    assert lengths[0] > lengths[1] > lengths[2]


def test_same_input_same_draft() -> None:
    assert draft().body == draft().body


def test_without_guidance_there_are_no_citation_markers() -> None:
    composition = TASK.compose(values(), [], Style())
    assert "[" not in composition.body and "[" not in composition.rationale


def _whole_or_absent(fact: str, message: str, content: str | None = None) -> bool:
    """``fact`` appears as one phrase, or none of its ``content`` words (the user's own) appears at all."""
    lowered = " ".join(message.lower().split())
    tokens = (content or fact).lower().split()
    return " ".join(fact.lower().split()) in lowered or not any(f" {t} " in f" {lowered} " for t in tokens)


def _phrase(vocabulary: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(vocabulary), min_size=1, max_size=6, unique=True).map(" ".join)


# Disjoint words per field, so a word found in the message can only have come from one field.
_WHY, _ABOUT, _GOAL, _ASK = (VOCABULARY[i::4] for i in range(4))


@SETTINGS
@given(
    name=person,
    context=words,
    why=_phrase(_WHY),
    about=_phrase(_ABOUT),
    goal=_phrase(_GOAL),
    ask=_phrase(_ASK),
    number=st.integers(2, 99),
    channel=st.sampled_from(CHANNELS),
    tone=st.sampled_from(TONES),
)
def test_every_fact_is_whole_or_absent_and_no_number_is_invented(
    name: str, context: str, why: str, about: str, goal: str, ask: str, number: int, channel: str, tone: str
) -> None:
    content = {"why_them": why, "about_me": about, "goal": goal, "ask": ask}
    raw = {
        "mentor_name": name,
        "mentor_context": context,
        "why_them": f"your talk on {why}",
        "about_me": about,
        "goal": f"moving into {goal}",
        "ask": f"a {number}-minute call about {ask}",
        "channel": channel,
        "tone": tone,
        "my_name": "Sam",
    }
    chosen = TASK.validate(raw)
    composition = TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, Style(tone=tone)), chosen)
    message = composition.body
    for field, words_given in content.items():
        # ("architecture" as what they do may also be a word of the goal: only the goal's own words tell)
        own_words = " ".join(w for w in words_given.split() if w not in context.split())
        assert not own_words or _whole_or_absent(raw[field], message, own_words), (field, message)
    assert raw["why_them"].lower() in message.lower() and raw["ask"].lower() in message.lower()
    assert numbers_in(message) <= numbers_in(" ".join(raw.values())), message
    assert name.split()[0] in message
    assert not PLACEHOLDERS.search(message) and "[" not in message
    failed = [c.name for c in TASK.check(message, composition.subject, chosen) if not c.passed]
    assert not failed or (channel == "linkedin_note" and failed == ["length"] and composition.notices)


@SETTINGS
@given(
    name=words_up_to(80),
    context=words_up_to(200),
    why=words_up_to(300),
    about=words_up_to(300),
    goal=words_up_to(200),
    ask=words_up_to(170),
    channel=st.sampled_from(CHANNELS),
    brevity=st.integers(0, 2),
)
def test_long_inputs_keep_the_facts_whole_and_say_what_to_shorten(
    name: str, context: str, why: str, about: str, goal: str, ask: str, channel: str, brevity: int
) -> None:
    raw = {
        "mentor_name": name.title(),
        "mentor_context": context,
        "why_them": why,
        "about_me": about,
        "goal": goal,
        "ask": f"a 20-minute call about {ask}",
        "channel": channel,
    }
    chosen = TASK.validate(raw)
    composition = TASK.finalize(TASK.compose(chosen, OUTREACH_GUIDANCE, Style(brevity=brevity)), chosen)
    thin = len(why.split()) < WHY_MIN_WORDS  # too short to say why them: left out, and the check says so
    for field in ("ask",) if thin else ("why_them", "ask"):
        assert " ".join(raw[field].split()).lower() in composition.body.lower(), field
    failed = [c.name for c in TASK.check(composition.body, composition.subject, chosen) if not c.passed]
    if "length" in failed:
        assert composition.notices and "shorten" in composition.notices[0]
    assert set(failed) - {"length"} == ({"says_why_them"} if thin else set())


def test_a_note_that_cannot_fit_keeps_the_facts_and_names_the_field_to_shorten() -> None:
    why = ("your lecture series on surgical training in low-resource settings, which I watched twice during my "
           "foundation years and which changed how I think about the kind of surgeon I want to become")
    composition = draft(channel="linkedin_note", why_them=why)
    assert why in composition.body
    assert composition.notices and "I'm writing to you because" in composition.notices[0]
    assert "characters" in composition.notices[0]


@SETTINGS
@given(extra=st.lists(words, min_size=3, max_size=12, unique=True))
def test_finalize_drops_whole_sentences_from_any_engines_long_linkedin_note(extra: list[str]) -> None:
    chosen = values(channel="linkedin_note")
    added = [f"I also care about {e}." for e in extra]
    long_reply = (
        "Hi Amaka,\n\nI'm a nursing student. Your blog post on the night-shift handover checklist stood out to me. "
        + " ".join(added)
        + "\n\nWould you be open to a 20-minute video call next month? No worries if not.\n\nBest,\nSam"
    )
    final = TASK.finalize(Composition(body=long_reply, subject="Hello"), chosen)
    assert final.subject is None
    assert char_count(final.body) <= 300
    assert all(sentence in final.body or sentence not in final.body for sentence in added)
    assert "Would you be open to a 20-minute video call next month?" in final.body
    assert all(c.passed for c in TASK.check(final.body, None, chosen))


def test_finalize_keeps_a_short_note_as_written_and_adds_a_missing_email_subject() -> None:
    short = "Hi Amaka, could we talk for 15 minutes? No worries if not."
    assert TASK.finalize(Composition(body=short), values(channel="linkedin_note")).body == short
    assert TASK.finalize(Composition(body=GOOD), values()).subject


@pytest.mark.parametrize(
    ("context", "sentence"),
    [
        ("staff engineer on payments at Finch", "as a staff engineer on payments at Finch is exactly"),
        ("engineering manager at Lumen", "as an engineering manager at Lumen is exactly"),
        ("Head of Design at Monzo", "as Head of Design at Monzo is exactly"),
        ("leads the payments team", "Since you lead the payments team, your perspective"),
        ("she runs the accounts team at Halden", "Since you run the accounts team at Halden"),
        # the first of facts set apart is said whole (session 80)
        ("CFO at Harbourline Shipping; previously audit partner", "as CFO at Harbourline Shipping is exactly"),
        ("manage a team of 40", "Since you manage a team of 40"),  # completes "they…", as the form asks (review 92)
    ],
)
def test_their_role_is_used_only_when_it_reads_whole(context: str, sentence: str) -> None:
    text = context_sentence(context, Voice("warm", "email"))
    assert (sentence in text) if sentence else text == ""


@pytest.mark.parametrize(
    ("why", "opening"),
    [("the way you turned round the night shift pick rates last year",
      "The way you turned round the night shift pick rates last year really stayed with me."),
     ("your paper on timber fire performance that I cited in my dissertation",
      "Your paper on timber fire performance that I cited in my dissertation really stayed with me."),
     ("the post you wrote made me think", "I'm writing because the post you wrote made me think.")],
)  # fmt: skip
def test_a_reason_with_a_relative_clause_is_a_noun_phrase_not_a_because(why: str, opening: str) -> None:
    from coach.tasks.outreach_phrasing import Voice, why_sentence

    assert why_sentence(why, Voice("warm", "email")) == opening


def test_the_users_own_way_out_is_kept_and_said_once_and_right_now_is_not_said_twice() -> None:
    values = {"mentor_name": "Marcus", "why_them": "ur breakdown of the parry window was the best I've seen",
              "goal": "getting better at combat design, im a gameplay programmer rn", "channel": "chat",
              "ask": "would u be up for looking at a 2 min clip of my prototype? totally fine if not", "tone": "casual"}
    text = get_task("outreach").compose(values, OUTREACH_GUIDANCE, Style()).body
    assert text.endswith("Would you be up for looking at a 2 min clip of my prototype? Totally fine if not.")
    assert "I'm focused on getting better at combat design, I'm a gameplay programmer right now." in text


def test_a_role_held_for_years_somewhere_reads_as_how_long() -> None:
    values = {"mentor_name": "Claire", "why_them": "your talk on monitoring brachycephalic dogs changed my practice",
              "about_me": "RVN for 3 yrs at a mixed practice in somerset, mostly small animal", "channel": "email",
              "ask": "could we do a 20 min call next month?"}
    text = get_task("outreach").compose(values, OUTREACH_GUIDANCE, Style()).body
    assert "I've been an RVN for 3 years at a mixed practice in Somerset, mostly small animal." in text


@pytest.mark.parametrize(
    ("ask", "question"),
    [
        ("if is possible to stage one day in your kitchen", "Would it be possible to stage one day in your kitchen?"),
        ("if you could look at my CV", "Could you look at my CV?"),
        ("I was wondering if you would be open to a 20 min call", "Would you be open to a 20-minute call?"),
        ("if you have time for a quick call", "Would you be available for a quick call?"),
    ],
)
def test_an_ask_typed_as_an_if_clause_becomes_its_question(ask: str, question: str) -> None:
    from coach.tasks.outreach_phrasing import ask_sentence

    assert ask_sentence(ask, Voice("formal", "email")) == question


def test_a_question_that_opens_on_the_offer_counts_as_the_one_ask() -> None:
    from coach.checks import count_asks

    assert count_asks("Hi Gaz! Buy you a pint and pick your brains for half an hour one evening?") == 1
    assert count_asks("Fancy a coffee next week?") == 1
    assert count_asks("Check out my post.") == 0


def test_a_why_whose_noun_has_its_own_verb_after_a_comma_is_a_reason_not_a_thing_admired() -> None:
    from coach.tasks.outreach_phrasing import why_sentence

    why = "your blog post how you went from cafe job to developer, is very similar with my situation"
    assert why_sentence(why, Voice("warm", "email")) == f"I'm writing because {why}."


def test_a_why_that_recalls_a_moment_is_remembered_whole() -> None:
    from coach.tasks.outreach_phrasing import why_sentence

    why = "when you came to Tsavo for the training you told us rangers must be also teachers"
    assert why_sentence(why, Voice("warm", "email")) == f"I remember {why}."


@pytest.mark.parametrize(
    ("why", "sentence"),
    [
        ("your post on research nuggets basically changed how our team stores findings",
         "I'm writing because your post on research nuggets basically changed how our team stores findings."),
        ("your post on mentoring newly qualified nurses", "Your post on mentoring newly qualified nurses really "
                                                           "stayed with me."),
        ("the post you wrote about pricing", "The post you wrote about pricing really stayed with me."),
    ],
)
def test_a_why_with_a_verb_of_its_own_is_a_reason_and_a_noun_phrase_is_admired(why: str, sentence: str) -> None:
    from coach.tasks.outreach_phrasing import why_sentence

    assert why_sentence(why, Voice("warm", "email")) == sentence


def test_a_why_with_its_own_subject_is_a_reason_and_a_verb_for_their_work_is_not_made_a_role() -> None:
    from coach.checks import has_bounded_ask
    from coach.tasks.outreach_phrasing import context_sentence, why_sentence

    why = "people in my building say you helped 2 technicians move to bioinformatics roles"
    assert why_sentence(why, Voice("warm", "email")) == f"I'm writing because {why}."
    assert context_sentence("study seagrass die-off in the firth of forth", Voice("warm", "email")).startswith(
        "Since you study seagrass die-off")  # never "Your experience as a study seagrass…" (review 92: never left out)
    assert context_sentence("line cook at Dishoom", Voice("warm", "email")).startswith(
        "Your experience as a line cook at Dishoom")
    assert has_bounded_ask("Could I come with you on an install one Saturday, just to watch?")


def test_a_year_of_study_takes_its_article_and_a_platform_after_on_its_capital() -> None:
    from coach.tasks.outreach_phrasing import about_sentence
    from coach.writing import expand_shorthand

    assert about_sentence("2nd yr marine bio student at st andrews") == (
        "I'm a 2nd year marine bio student at St Andrews.")
    assert expand_shorthand("a 15 min chat on zoom sometime?") == "a 15 min chat on Zoom sometime?"
    assert expand_shorthand("we work on teams of five") == "we work on teams of five"
    assert expand_shorthand("a quick chat over teams") == "a quick chat over Teams"


def test_an_ask_with_what_the_user_wants_to_ask_says_who_asks() -> None:
    from coach.tasks.outreach_phrasing import ask_sentence

    assert ask_sentence("30 minutes by video, at a time that suits you, to ask how you prepared for the test",
                        Voice("formal", "email")) == ("Would you be available for 30 minutes by video, at a time that "
                                                      "suits you, so I can ask how you prepared for the test?")


def test_round_thirteen_outreach_years_after_subject_and_purpose_of_the_ask() -> None:
    from coach.checks import count_asks, has_bounded_ask
    from coach.tasks.outreach_phrasing import about_sentence

    assert about_sentence("a trained book conservator returning to work after eight years at home") == (
        "I'm a trained book conservator returning to work after eight years at home.")
    assert count_asks("Could we have a 30-minute phone call? I would love to ask about training routes.") == 1
    assert has_bounded_ask("Could you let me watch you work for a couple of days?")
    assert has_bounded_ask("Could I send you my research proposal (2 pages) for a short feedback?")


def test_a_question_of_the_users_own_after_the_ask_is_its_own_sentence() -> None:
    from coach.tasks.outreach_phrasing import ask_sentence

    assert ask_sentence("15 min call about the IAPP certificate, is it worth it?", Voice("warm", "linkedin_note")) == (
        "Would you be open to a 15-minute call about the IAPP certificate? Is it worth it?")


def test_a_why_with_its_own_verb_after_an_inner_clause_and_a_gerund_goal_read_whole() -> None:
    values = {"mentor_name": "Priya", "why_them": "your post on how you moved from nursing into UX research was "
              "basically my story", "goal": "working in community midwifery within 2-3 years",
              "ask": "10 min of your time after your Thursday lecture", "channel": "email", "tone": "warm"}
    text = get_task("outreach").compose(values, OUTREACH_GUIDANCE, Style()).body
    assert ("I'm writing because your post on how you moved from nursing into UX research was basically my "
            "story.") in text
    assert "stayed with me was" not in text and "working on working" not in text
    assert "focused on working in community midwifery within 2-3 years" in text
    assert "Could I have 10 min of your time after your Thursday lecture?" in text


def test_a_qualified_role_is_what_you_are_and_years_elsewhere_stay_apart() -> None:
    compose = get_task("outreach").compose
    nurse = compose({"mentor_name": "Dr. Fernandes", "why_them": "I read your article about night shifts",
                     "about_me": "registered nurse from Kerala, working in the NHS since 2022", "goal": "move to ICU",
                     "ask": "3 questions by email", "channel": "email", "tone": "formal"}, OUTREACH_GUIDANCE,
                    Style()).body
    assert "I'm a registered nurse from Kerala" in nurse and "I registered nurse" not in nurse
    chef = compose({"mentor_name": "Marco", "why_them": "I saw your doco", "about_me": "sous chef at a bistro in "
                    "Fitzroy, 8 yrs in kitchens", "goal": "stepping up to head chef", "ask": "a quick call",
                    "channel": "chat", "tone": "casual"}, OUTREACH_GUIDANCE, Style()).body
    assert "I'm a sous chef at a bistro in Fitzroy, 8 years in kitchens." in chef
