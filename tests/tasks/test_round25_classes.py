"""The classes the twenty-fifth fresh-eyes reading of offline drafts found, each tried on its own shape.

A mentor written about as "she" or "he" in a message to them; a user's own sentences in received
feedback; someone else's pronoun in a behaviour; a gerund behaviour and its effect after "so"; goals
typed on one line; a word shortened with a full stop ("incl.", "conf."); a weekday and its date.
"""

from __future__ import annotations

import pytest

from coach.checks import count_asks, has_bounded_ask, rejoined
from coach.tasks import get_task
from coach.tasks._phrasing import about_me, parse_person
from coach.tasks._reframe import read, users_own_apart
from coach.tasks.base import FieldError, Style
from coach.tasks.feedback import _behaviour_and_effect, _behaviour_clause
from coach.tasks.outreach_phrasing import Voice, ask_sentence, goal_sentence, why_sentence
from coach.tasks.prepare import _goals_apart, _items, _Plan
from coach.tasks.session_notes import parse_notes
from coach.tasks.summary import sentence_case
from coach.writing import to_you
from tests.tasks.support import PREPARE_GUIDANCE

WARM = Voice("warm", "email")

# -- outreach: the mentor as "she" or "he", in a message to them -------------------------------------


def test_an_ask_about_the_mentor_in_the_third_person_is_asked_of_them() -> None:
    ask = ask_sentence("would she be willing to meet once for coffee and tell me what she looked for when promoting "
                       "store managers", WARM, "Ms. Angela Whitfield")
    assert ask == ("Would you be willing to meet once for coffee and tell me what you looked for when promoting "
                   "store managers?")
    assert ask_sentence("if she could spare 30 minutes on zoom", WARM, "Prof. Helga Lindqvist") == (
        "Could you spare 30 minutes on Zoom?")


def test_a_reason_and_a_goal_about_the_mentor_say_you() -> None:
    why = why_sentence("saw him at the IBEW open house, he talked about going from journeyman to running his own "
                       "shop", WARM, "Mr. Dwayne Okafor")
    assert why.startswith("I saw you at the IBEW open house, you talked about going from journeyman to running your")
    assert "I met you briefly" in why_sentence("Her paper is the basis of my thesis. I met her briefly at the ESA "
                                               "meeting", WARM, "Prof. Helga Lindqvist")
    assert "learn your isotope labelling methods" in goal_sentence("do a postdoc and learn her isotope labelling "
                                                                   "methods", WARM, "Prof. Helga Lindqvist")


def test_someone_else_the_user_names_keeps_their_pronoun() -> None:
    # the first pronoun is the mentor's ("shes been…"), so the other one ("him") is Ron's
    why = why_sentence("shes been doing organic transition for 15 yrs and my neighbour Ron said she helped him with "
                       "the paperwork", Voice("casual", "chat"), "Bev")
    assert "you've been doing organic transition" in why and "you helped him with the paperwork" in why
    # a field that already calls them "you" means someone else by "him"
    kept = why_sentence("my tutor Dave said you took him on when nobody else would", WARM, "Mr. Okafor")
    assert "took him on" in kept


def test_a_linkedin_channel_typed_loosely_is_the_note() -> None:
    spec = get_task("outreach")
    base = {"mentor_name": "Dr. Samuel Adeyemi", "mentor_context": "poet", "why_them": "his book Salt Roads",
            "goal": "finish a first chapbook", "ask": "feedback on 5 poems"}
    assert spec.validate({**base, "channel": "linkedin"})["channel"] == "linkedin_note"
    assert spec.validate({**base, "channel": "LinkedIn message"})["channel"] == "linkedin_message"
    with pytest.raises(FieldError, match="channel must be one of"):
        spec.validate({**base, "channel": "fax"})


def test_a_count_bounds_an_ask_and_a_goal_with_a_number_is_no_request() -> None:
    assert has_bounded_ask("Would you be available for feedback on 5 poems by email?")
    assert has_bounded_ask("Would you be willing to meet once for coffee?")
    assert not has_bounded_ask("Could you look at my poems sometime?")
    assert count_asks("I'm hoping to get 20 acres certified organic in 3 years. Could I visit one morning?") == 1


# -- feedback received: what was said, apart from how the user took it ------------------------------


def test_the_users_own_sentences_are_not_what_the_other_person_said() -> None:
    said, own = users_own_apart(
        "my tech lead said my PRs are 'too big to review'. she said i went silent for 4 days on the payments ticket. "
        "honestly i was stuck and didnt want to look dumb. she also said my code quality is good which i guess is "
        "something. i felt kinda blindsided because nobody told me before")
    assert "went silent for 4 days" in said and "code quality is good" in said
    assert "guess" not in said and "dumb" not in said and "blindsided" not in said
    assert len(own) == 2
    _, own = users_own_apart("she said I asked permission for everything. but isn't asking permission what we're "
                             "taught?? i cried in the car after")
    assert own == ["but isn't asking permission what we're taught??", "I cried in the car after"]
    # a plain "I never…" may go on with what was said, and "I was told…" reports
    assert users_own_apart("My manager said I'm lazy. I never update the tracker.")[1] == []
    assert users_own_apart("I was told I'm too slow on the tills.")[1] == []


def test_a_word_the_user_used_of_themselves_is_no_label_the_other_person_gave() -> None:
    reading = read("she said i went silent for 4 days. honestly i was stuck and didnt want to look dumb",
                   parse_person("Hannah, tech lead"), "received")
    assert reading.labels == [] and reading.behaviours == ["You went silent for 4 days"]


def test_a_said_to_me_and_a_patient_are_read_as_meant() -> None:
    reading = read("boss say to me I am not careful with the tractor. she said i asked the patient's permission for "
                   "everything and it wasted time", parse_person("Mr. Jansen"), "received")
    assert "You are not careful with the tractor" in reading.behaviours
    assert not any("permission" in s for s in reading.strengths)


# -- feedback given: whose pronoun, what the behaviour is, and what its effect is ---------------------


def test_a_pronoun_after_someone_elses_name_is_theirs() -> None:
    anika = parse_person("Anika")
    assert _behaviour_clause("interrupting Jun three times while he was presenting", anika) == (
        "you've been interrupting Jun three times while he was presenting")
    assert _behaviour_clause("she cut in while Jun was presenting her data", anika) == (
        "you cut in while Jun was presenting your data")
    # "the Bain Marie" is a thing, not a person, so "he" is still the person
    assert "when you clocked off" in str(_behaviour_clause("left the Bain Marie out when he clocked off",
                                                           parse_person("Tom")))


def test_a_gerund_behaviour_leads_and_its_effect_after_so_is_the_impact() -> None:
    behaviour, effect = _behaviour_and_effect("spending extra time on garnish during the rush so tickets waited 10+ "
                                              "minutes")
    assert (behaviour, effect) == ("spending extra time on garnish during the rush", "tickets waited 10+ minutes")
    assert _behaviour_clause(behaviour, parse_person("Tomás")) == (
        "you've been spending extra time on garnish during the rush")
    assert _behaviour_clause("morning briefing ran over", parse_person("Tomás")) == "morning briefing ran over"


def test_what_the_user_tried_how_long_they_have_been_there_and_the_scene_are_no_impact() -> None:
    kev = read("Kev keeps leaving the tags unsigned. I've told him in passing but it's not sinking in. If HSE came "
               "on site we'd be in real trouble. He's a good worker otherwise, he's been with us 6 years",
               parse_person("Kevin Marsh"), "give")
    assert kev.impacts == ["If HSE came on site we'd be in real trouble"]
    assert any("with us 6 years" in s for s in kev.strengths)
    anika = read("Anika interrupts in lab meeting constantly, yesterday Jun tried to present his data three times "
                 "and she cut in each time, Jun went quiet after", parse_person("Anika"), "give")
    assert not any("tried to present" in i for i in anika.impacts) and any("went quiet" in i for i in anika.impacts)


def test_an_effect_that_starts_with_if_is_a_worry_not_a_result() -> None:
    values = {"direction": "give", "feedback": "Kev leaves the tags unsigned. If HSE came on site we'd be in trouble",
              "person_name": "Kevin", "when_it_happened": "last Tuesday"}
    body = get_task("feedback").compose(values, [], Style()).body
    assert "As a result, if HSE" not in body and "if HSE came on site we'd be in trouble" in body


# -- prepare: goals on one line, an aside, a topic exclaimed, a modifier --------------------------------


def test_goals_typed_on_one_line_are_each_a_goal_and_a_list_inside_one_stays() -> None:
    assert _goals_apart(["get into the open studios in october, sell enough prints to cover rent, apply for the "
                         "DYCP grant"]) == ["get into the open studios in october",
                                            "sell enough prints to cover rent", "apply for the DYCP grant"]
    assert _goals_apart(["get better at pricing, quoting and invoicing"]) == [
        "get better at pricing, quoting and invoicing"]


def test_an_aside_after_a_goal_and_a_topic_exclaimed_are_quoted_not_spliced() -> None:
    fields = {"mentor_name": "Gus",
              "goals": "get my 6G pipe cert\nmove from the shop floor to field work, better money",
              "challenges": "pricing!! no idea what to charge", "meeting_minutes": 30}
    body = get_task("prepare").compose(fields, PREPARE_GUIDANCE, Style()).body
    assert "field work, better money?" not in body
    assert "Move from the shop floor to field work, better money:" in body
    assert _items("pricing!! no idea what to charge") == ["pricing: no idea what to charge"]


def test_a_modifier_and_its_noun_have_a_subject_already() -> None:
    assert about_me("Behaviours-based interviews terrify me") == "Behaviours-based interviews terrify me."
    assert about_me("practised root passes") == "I practised root passes."


def test_the_mentors_own_open_item_is_what_they_said_theyd_do() -> None:
    plan = _Plan({"mentor_name": "Dr. Ruth Amoah", "goals": "x",
                  "open_items": "she to check the spare meter\nRuth to send me her notes\nask her abt the van\n"
                                "Ruth: intro to the editor"})
    assert plan.open_items == ["You said you'd check the spare meter", "You said you'd send me your notes",
                               "I wanted to ask you about the van", "You said you'd intro me to the editor"]


# -- summaries and writing: shortened words, dates, "she's been" -------------------------------------


def test_a_word_shortened_with_a_full_stop_does_not_end_the_sentence() -> None:
    assert rejoined(["apply to 30 jobs, incl.", "SLACs, and teaching schools"]) == [
        "apply to 30 jobs, incl. SLACs, and teaching schools"]
    assert rejoined(["cut the conf.", "abstracts older than 2019"]) == ["cut the conf. abstracts older than 2019"]
    assert rejoined(["HoD role in science dept.", "idk if i should apply"]) == [
        "HoD role in science dept.", "idk if i should apply"]
    assert sentence_case("cut the conf. abstracts older than 2019. then send it") == (
        "Cut the conf. abstracts older than 2019. Then send it")
    parsed = parse_notes("* PO said apply to ~30 jobs, incl. SLACs, don't dismiss teaching schools", "Prof. Okoye")
    # ("PO" are the notes' initials for Prof. Okoye, so the line is what she said)
    assert parsed.takeaways == ["Okoye said apply to ~30 jobs, incl. SLACs, don't dismiss teaching schools"]


@pytest.mark.parametrize(("text", "said"), [
    ("she's been teaching for years", "You've been teaching for years"),
    ("he's got a van", "You've got a van"),
    ("she's tired", "You're tired"),
])
def test_has_and_is_after_she_are_told_apart(text: str, said: str) -> None:
    assert to_you(text, "Ana") == said


@pytest.mark.parametrize(("notes", "said"), [
    ("he uses ServiceTitan but says too expensive for me", "You use ServiceTitan but say too expensive for me"),
    ("she moves the herd every 12 hours, uses polywire", "You move the herd every 12 hours, use polywire"),
    ("she did hers at Keele, recommends it, but says the DPP is hard", "You did yours at Keele, recommend it, but say"),
    ("she said the soil is poor, needs lime", "You said the soil is poor, needs lime"),  # the soil needs it
    ("he bought flowers, cards and a cake", "You bought flowers, cards and a cake"),
])
def test_a_second_verb_of_the_same_you_agrees(notes: str, said: str) -> None:
    assert to_you(notes, "Frank").startswith(said)


def test_notes_keep_a_point_with_its_name_drop_the_users_asides_and_read_dr_p() -> None:
    from coach.tasks.summary import next_meeting_sentence, to_mentor

    notes = ("ok so long chat today about pricing\n- yr 7s need more playing less theory, he said 70/30 rule\n"
             "- aside: his dog just had puppies lol\n- NRCS money - apply by the ranking date, i need to check when")
    parsed = parse_notes(notes, "Mr Benedetti", "Hannah")
    assert "yr 7s need more playing less theory, he said 70/30 rule" in parsed.takeaways
    assert not any("puppies" in t for t in parsed.takeaways) and parsed.takeaways[0].startswith("long chat")
    assert not any(a.task.lower() == "check when" for a in parsed.actions)
    assert to_mentor("dr p said anesthesia fits me", "Dr. Patel").startswith("You said anesthesia fits me")
    assert next_meeting_sentence("she said come back in june", "warm") == "You said to come back in June."


def test_a_ratio_is_no_date_and_dated_advice_thanked_for_with_its_date_is_not_lost() -> None:
    from coach.checks import DATE_PATTERN
    from coach.tasks.reading import actions_listed

    assert DATE_PATTERN.search("he said 70/30 rule") is None and DATE_PATTERN.search("by 10/3")
    notes = "she said apply for the clinical educator role at St Mary's, deadline 30 April\nme: ask my manager"
    message = ("Thank you for your advice to apply for the clinical educator role at St Mary's, deadline 30 April.\n\n"
               "**Action items**\n- **Me:** Ask my manager")
    assert actions_listed(message, notes).passed
    assert not actions_listed(message.replace(", deadline 30 April", ""), notes).passed
    # the task before a dash is what must be listed ("- thinking about…" is the user's musing)
    mused = "I'm to pick a topic - thinking about working with fathers"
    assert actions_listed("**Action items**\n- **Me:** Pick a topic for the session", mused).passed


def test_thanks_that_quote_a_note_are_specific() -> None:
    from coach.tasks.summary import SummaryTask

    notes = "Carol said I'm holding too much, I need to bring it to the team meeting"
    assert SummaryTask._specific_thanks("Thank you, especially for your point that I'm holding too much.", notes).passed
    generic, plain_notes = "Thank you for your time today.", "thanks for your time today\nwent through my CV and letter"
    assert not SummaryTask._specific_thanks(generic, plain_notes).passed


def test_shorthand_a_notes_aside_on_someone_else_and_advice_with_its_second_half() -> None:
    from coach.writing import expand_shorthand

    assert expand_shorthand("start w 20 acres, paddocks 2 acres ea.") == "start with 20 acres, paddocks 2 acres each."
    assert expand_shorthand("Research stmt for the search cmte") == "Research statement for the search committee"
    assert to_you("intro to Dr. Marsh at Oberlin (she's on search cmte?)", "Prof. Okoye") == (
        "intro to Dr. Marsh at Oberlin (she's on search cmte?)")
    assert to_you("she will send the form (she's busy till Friday)", "Prof. Okoye") == (
        "You will send the form (you're busy till Friday)")
    advice = parse_notes("about salary negotiation: never say number first, ask the range", "Yuki-san", "Kenji")
    assert advice.actions == []
    assert advice.takeaways == ["about salary negotiation: never say number first, ask the range"]
