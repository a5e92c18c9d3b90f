"""The classes the twenty-eighth fresh-eyes reading of offline drafts found, each tried on its own shape.

Summaries: advice after the mentor's label filed as their task, a pronoun label ("him:"), arrows, an "fyi"
about the mentor, a deadline at the end of a line, a "- I'll book it" promise, the mentor's pronoun from
"he did", lines lost to the takeaway cap, a plan for next time, a noun read as a verb after "said".
Feedback: praise forced into the corrective script, a noun phrase said as "you've been…", the user's "I know
she's right", a listed "when". Outreach: "saw sams talk" as the user's, "or I can…" after the ask, "they
could" in an ask. Prepare: run-on goals, "figure out pricing" as a goal, "maybe quit…???", a goal and its
reason, "also I'm…".
"""

from __future__ import annotations

from coach.tasks import get_task
from coach.tasks._phrasing import about_me, parse_person
from coach.tasks._reframe import read, users_own_apart
from coach.tasks.base import Style
from coach.tasks.outreach_phrasing import Voice, about_sentence, ask_sentence, why_sentence
from coach.tasks.prepare import _goals_apart, _items, _slots
from coach.tasks.reading import task_lines
from coach.tasks.session_notes import ME, mentor_pronoun, parse_notes
from coach.tasks.summary import to_mentor

CASUAL, WARM = Voice("casual", "linkedin_message"), Voice("warm", "email")


def _summary(notes: str, mentor: str, **more: str) -> str:
    values = {"mentor_name": mentor, "notes": notes, "kind": "full", "my_name": "Emre", **more}
    return get_task("summary").compose(values, [], Style()).body


# -- summaries: whose line it is ------------------------------------------------------------------------


def test_an_instruction_after_the_mentors_label_is_advice_unless_only_they_can_do_it() -> None:
    notes = ("- HB: get the CPC transport manager cert (national)\n- me: ask my boss if company pays for CPC\n"
             "- HB: will send me list of training providers in NRW")
    parsed = parse_notes(notes, "Herr Brandt")
    owners = {a.task: a.owner for a in parsed.actions}
    assert owners == {"Ask my boss if company pays for CPC": ME,
                      "Send me list of training providers in NRW": "Herr Brandt"}  # "will" left with the label
    assert any("get the CPC" in t for t in parsed.takeaways)
    arranged = parse_notes("- Me: rewrite B1 summary by 15/4\n- Prof A: set up mock panel", "Prof. Adebayo")
    assert [(a.owner, a.task) for a in arranged.actions][1] == ("Prof. Adebayo", "Set up mock panel")
    # a remark or a report after the label is what they said, never their task
    remark = parse_notes("- JP: our project desc too long, cut to 300 words\n- JP: recommended the BASW workshop",
                         "Joanna Pryce")
    assert remark.actions == [] and remark.takeaways == [
        "JP said our project desc too long, cut to 300 words", "JP recommended the BASW workshop"]


def test_a_pronoun_label_names_the_mentors_task_and_their_pronoun_comes_from_what_they_did() -> None:
    parsed = parse_notes("- him: send me his quote template\n- me: look up ACS dates by fri", "Mr. Okonkwo")
    assert (parsed.actions[0].owner, parsed.actions[0].task) == ("Mr. Okonkwo", "Send me his quote template")
    assert mentor_pronoun("- look at the partnership model, he did this w/ his son in 2015", "Bill") == "he"
    assert mentor_pronoun("- intro to Lerato (she does their sales)", "Kwame") is None  # someone just named
    assert mentor_pronoun("- Bill to send me the name of his solicitor", "Bill") == "he"
    body = _summary("- Bill to send me the name of his solicitor in Mullingar\n- mum is worried about her security - "
                    "make sure shes in the conversation", "Bill")
    assert "worried about her security - make sure she's in the conversation" in body
    assert "your solicitor" in body


def test_arrows_read_as_words_and_a_note_to_self_about_the_mentor_is_left_out() -> None:
    body = _summary("- me -> email Dr Kowalczyk abt collab\n- telematics data -> use it to show fuel savings\n"
                    "- dispatcher -> transport planner\n- FA on leave 1-20 aug fyi", "Prof. Femi Adebayo")
    assert "->" not in body and ">" not in body
    assert "**Me:** Email Dr Kowalczyk about collab" in body
    assert "Telematics data: use it to show fuel savings." in body and "Dispatcher to transport planner." in body
    assert "leave" not in body
    assert task_lines("- FA on leave 1-20 aug fyi") == []  # the check asks no action of it either


def test_a_deadline_at_the_end_and_a_dash_promise_are_action_items() -> None:
    parsed = parse_notes("we talked about the GM job. application deadline is 30 may!!\n"
                         "Teagasc runs a succession clinic in Nov - I'll book it", "Anneliese")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        (ME, "Application deadline is 30 may"), (ME, "Teagasc runs a succession clinic in Nov - I'll book it")]
    # advice that carries its date stays advice
    advice = parse_notes("she said apply for the clinical educator role, deadline 30 April", "Grace")
    assert advice.actions == []


def test_no_takeaway_is_lost_to_a_cap_before_an_aside_and_a_plan_for_next_time_is_kept() -> None:
    notes = ("- we talked for ages about the GM job\n- she said ask the GM if I can sit in on the budget review\n"
             "- she said my guest scores are my strongest card\n- she said look at the rota\n"
             "- she said exit interviews\n- she mentioned her friend in Cape Town\n- I was a bit emotional here tbh\n"
             "- she said the P&L is learnable\n- she said ask Pieter about the budget\n- she said apply by May\n"
             "- next: go through a real quote together")
    body = _summary(notes, "Anneliese", next_meeting="Thursday 12th, 6pm")
    assert "emotional" not in body  # the user's own moment, never the mentor's news
    assert "Cape Town" in body and "strongest card" in body  # the mentor's words stay; the event line goes first
    assert "we talked for ages" not in body.lower()
    assert "Next time: go through a real quote together." in body and "Thursday 12th, 6pm" in body
    assert "said to exit" not in body  # "exit interviews" is a noun, not an instruction to exit


def test_an_offer_to_let_the_user_shadow_them_says_you_and_what_the_user_must_do_is_theirs() -> None:
    body = _summary("- he offered to let me shadow him at the academy on a tues, need to email his PA (Jo) to set up",
                    "Dr. Kwame Asante")
    assert "Let me shadow you at the academy" in body
    assert "**Me:** Email your PA (Jo) to set up" in body


def test_a_single_initial_that_asks_is_the_mentor_and_a_first_line_naming_the_two_of_us_is_a_title() -> None:
    assert to_mentor("Self care: M asked what I do outside work", "Maureen") == (
        "Self care: you asked what I do outside work")
    parsed = parse_notes("JP + me, 45 min, re Arts Council grant\n- idea: partner with the library", "Joanna Pryce")
    assert not any("45 min" in t for t in parsed.takeaways)


def test_a_verbless_remark_is_never_thanked_as_a_point_and_a_state_gets_its_verb() -> None:
    body = _summary("- JP: our project desc too long, cut to 300 words\n- budget: JP says check the rate card",
                    "Joanna Pryce")
    assert "point that our project" not in body
    assert to_mentor("deadline sept 10 -> FA willing to be supervisor", "Prof. Femi Adebayo").endswith(
        "you're willing to be supervisor")
    assert "are you willing" in to_mentor("are you willing to be supervisor", "Femi").lower()


# -- feedback -------------------------------------------------------------------------------------------


def test_feedback_that_is_all_praise_gets_a_praise_script() -> None:
    values = {"direction": "give", "person_name": "Aroha", "when_it_happened": "sat outage (payments api)",
              "feedback": "great incident handling sat night. calm, clear updates in #inc channel every 15 min, "
                          "wrote postmortem by mon. want more of this", "behaviour": "incident comms"}
    body = get_task("feedback").compose(values, [], Style()).body
    assert "something you did well" in body and "calm, clear updates" in body
    assert "I'd like to see more of this" in body
    assert "As a result" not in body and "one change" not in body and "I've noticed incident comms" not in body
    checks = {c.name: c.passed for c in get_task("feedback").check(body, None, values)}
    assert checks["behaviour_and_impact"] is False  # no effect given: the check asks for it
    # a criticism after the praise keeps the corrective script
    values["feedback"] = "great incident handling, but the postmortem was late again"
    assert "something you did well" not in get_task("feedback").compose(values, [], Style()).body


def test_a_noun_phrase_behaviour_is_noticed_whole_and_a_need_to_grasp_is_said_as_the_user_put_it() -> None:
    values = {"direction": "give", "person_name": "Dr. Wei Chen", "behaviour": "long unstructured handovers",
              "feedback": "her handovers are too long, night team gets lost. want her to use SBAR"}
    body = get_task("feedback").compose(values, [], Style()).body
    assert "I've noticed long unstructured handovers" in body and "you've been long" not in body
    reading = read("He laughed it off, third time I've seen it. I need him to get it that it's not optional",
                   parse_person("Liam"), "give")
    assert "third time I've seen it" not in " ".join(reading.impacts)
    assert reading.messages == ["I need you to get it that it's not optional"] and reading.requests == []


def test_the_users_own_i_know_is_theirs_and_a_listed_when_leads_its_question() -> None:
    said, own = users_own_apart("she said i dont speak up in design reviews. I know shes right about the meeting "
                                "but it still stings")
    assert "design reviews" in said and "stings" not in said and own
    values = {"direction": "received", "person_name": "Sister Joanne", "feedback": "She said I am too slow.",
              "when_it_happened": "this week, day shifts mon tue wed"}
    body = get_task("feedback").compose(values, [], Style()).body
    assert "This week, day shifts Monday Tuesday Wednesday: what did you see that I should watch for?" in body


# -- outreach -------------------------------------------------------------------------------------------


def test_what_the_user_did_with_their_work_is_the_users_and_their_name_possessive_is_your() -> None:
    said = why_sentence("saw sams talk on youtube abt going from store floor to ux", CASUAL, "sam k")
    assert said.startswith("I saw your talk on YouTube")
    assert why_sentence("wrote the blog on hiring", WARM, "Ana").startswith("I'm writing because you wrote")


def test_an_ask_with_the_users_offer_after_or_and_they_in_an_ask() -> None:
    asked = ask_sentence("a 20 min phone call or i can call into the yard whenever suits him", WARM,
                         "Mr. Declan Furlong")
    assert asked == "Would you be open to a 20-minute phone call? Or I can call into the yard whenever suits you."
    asked = ask_sentence("would love if they could look at my portfolio, maybe 15 min call", CASUAL, "sam")
    assert asked == "I would love it if you could look at my portfolio, maybe a 15-minute call."


def test_about_me_gives_a_past_clause_its_subject_and_says_a_thing_of_theirs_as_a_thing() -> None:
    assert about_sentence("3rd year apprentice electrician, did a QQI cert at night") == (
        "I'm a 3rd year apprentice electrician. I did a QQI cert at night.")
    assert about_sentence("dairy farm 180 cows, want to go precision") == (
        "A bit about me: dairy farm 180 cows, and I want to go precision.")  # (its "I", since review 107)
    assert about_sentence("farm manager on a dairy farm") == "I'm a farm manager on a dairy farm."


# -- prepare --------------------------------------------------------------------------------------------


def test_run_on_goals_split_and_a_short_goal_is_its_own() -> None:
    goals = _goals_apart(["i want to get promoted when Tony retires, and also i want to get my forklift cert, and "
                          "long term i think i'd like to get into planning"])
    assert goals == ["i want to get promoted when Tony retires", "i want to get my forklift cert",
                     "i think i'd like to get into planning"]
    assert _items("sell work at first group show. figure out pricing.") == [
        "sell work at first group show", "figure out pricing"]
    assert _items("older guys dont listen to me. im 24") == ["older guys dont listen to me. Im 24"]


def test_a_weighed_plan_a_goal_with_its_reason_and_a_note_with_its_subject() -> None:
    kind, slots = _slots("maybe quit the accounting job part time?")
    assert kind == "choice" and slots["label"] == "Whether to quit the accounting job part time?"
    kind, slots = _slots("get my forklift cert because then I can train the new lads myself")
    assert kind == "sentence" and slots["sentence"] == (
        "I want to get my forklift cert because then I can train the new lads myself.")
    assert about_me("also I'm rubbish at the spreadsheets") == "Also I'm rubbish at the spreadsheets."


# -- checks ---------------------------------------------------------------------------------------------


def test_reads_well_passes_an_abbreviation_listed_predicates_and_emphasis_but_not_the_real_slips() -> None:
    from coach.grammar import midsentence_capitals, spliced_clauses, stray_commas

    assert stray_commas("Publish ch2 first - target J. Ecol., you said to submit before viva.") == []
    assert stray_commas("Thanks Greg., see you.") != []
    assert spliced_clauses("Since we last spoke: I did the first 2 modules online, got observed last Sat.") == []
    assert spliced_clauses("We met at PyCon stood out to me.") != []
    assert midsentence_capitals("You said to get the accountant AND solicitor in the same room.") == []
    assert midsentence_capitals("I'm reaching out Because you moved into UX.") != []


def test_thanks_name_what_they_told_the_user_to_do_and_what_they_said_after_a_comma() -> None:
    def thanks(notes: str, mentor: str) -> str:
        values = {"mentor_name": mentor, "notes": notes, "kind": "thanks", "my_name": "Jordan"}
        return get_task("summary").compose(values, [], Style()).body

    said = thanks("store mgr interview prep. she told me to talk about the stock loss numbers (down 30% at my "
                  "store). said wear something comfy", "Deepa")
    assert "your advice to talk about the stock loss numbers (down 30% at my store)" in said
    said = thanks("talked about the band 6 interview, she did a mock interview w me, said my answers on "
                  "safeguarding were strong but too long. use STAR", "Sr. Margaret")
    assert "your point that my answers on safeguarding were strong but too long" in said
    assert "your point that story" not in thanks("she told me story of when she was ward manager", "Ama")


def test_reads_well_names_a_past_form_where_the_base_belongs() -> None:
    from coach.grammar import past_after_to

    assert past_after_to("I am hoping to became arbitration counsel") == ["to became"]
    assert past_after_to("I could went there") == ["could went"]
    assert past_after_to("I want to become a counsel, and went to Madrid") == []
    assert past_after_to("a trip to Made in Chelsea") == []  # a name, not a verb
