"""The light normalisation every offline draft applies to the user's words, and titles before names."""

from __future__ import annotations

import pytest

from coach.checks import has_bounded_ask, name_parts, title_length
from coach.grammar import shorthand
from coach.tasks.session_notes import parse_action, parse_notes
from coach.tasks.summary import next_meeting_sentence
from coach.writing import capitalise_names, expand_shorthand, greeting_name, to_you


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("intake closes end of april", "intake closes end of April"),
        ("cashflow tight in jan", "cashflow tight in Jan"),
        ("send it by fri", "send it by Friday"),
        ("we may meet in may", "we may meet in May"),  # the verb stays, the month gets its capital
        ("march on; 3 march", "march on; 3 March"),
        ("sat down, then sat 4th", "sat down, then Sat 4th"),
        ("someone gonna get hurt", "someone is going to get hurt"),
        ("i gonna ask, they gonna say", "I'm going to ask, they are going to say"),
        ("im gonna try", "I'm going to try"),
        ("updates r too long & too technical", "updates are too long and too technical"),
        ("Hart & Co, R&D and Q&A", "Hart & Co, R&D and Q&A"),  # names and abbreviations keep their "&"
        ("I use R for stats", "I use R for stats"),
        ("mrs h got upset", "Mrs H got upset"),
        ("the dr said to rest", "the dr said to rest"),  # "dr" is also a word in its own right
        ("interviews r mostly scenario qs, eg a refusal", "interviews are mostly scenario questions, e.g. a refusal"),
        ("don't slag off management lol.", "don't slag off management."),
        ("a new clip in 2wks, 3yrs in, a 20min call", "a new clip in 2 weeks, 3 years in, a 20 min call"),
        ("50+ hr weeks, HR said", "50+ hour weeks, HR said"),  # "HR" in capitals is the department
        ("good tho, thx", "good though, thanks"),
        ("research n selling it, n/a", "research and selling it, n/a"),
        ("after nights, prob the 22nd; no prob", "after nights, probably the 22nd; no prob"),
    ],
)
def test_shorthand_and_date_capitals(typed: str, written: str) -> None:
    assert expand_shorthand(typed) == written


@pytest.mark.parametrize(
    ("name", "length", "parts", "greeting"),
    [
        ("Station Officer Reid", 2, ["Reid"], "Station Officer Reid"),
        ("Chief Inspector Morse", 2, ["Morse"], "Chief Inspector Morse"),
        ("Dr. Amaka Okafor", 1, ["Amaka", "Okafor"], "Dr. Okafor"),
        ("Murray Head", 0, ["Murray", "Head"], "Murray"),  # a title is only a title before a name
        ("Officer", 0, ["Officer"], "Officer"),
    ],
)
def test_titles_of_one_or_more_words_stay_with_the_name(name: str, length: int, parts: list[str],
                                                          greeting: str) -> None:
    assert title_length(name.split()) == length
    assert name_parts(name) == parts
    assert greeting_name(name, formal=False) == greeting


@pytest.mark.parametrize(
    ("when", "sentence"),
    [
        ("thurs 12/3 after work", "Looking forward to our next session on Thursday 12/3 after work."),
        ("same time in 2 wks", "Looking forward to our next session, same time in 2 weeks."),
        ("next wk", "Looking forward to seeing you next week."),
        ("2031-03-14 15:00", "Looking forward to our next session on Friday 14 March 2031 at 15:00."),
    ],
)
def test_the_next_meeting_is_spelled_out_and_joined_to_fit_its_shape(when: str, sentence: str) -> None:
    assert next_meeting_sentence(when, "warm") == sentence


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("dave to send me his quote template", "Dave", "send me his quote template"),
        ("Sister O to sign off my practice hours", "Sister Okoye", "sign off my practice hours"),
        ("dr F to email me the two papers", "Dr. Fitzgerald", "email me the two papers"),
    ],
)
def test_a_note_line_opening_with_the_mentor_in_any_case_is_their_action(line: str, owner: str, task: str) -> None:
    mentor = {"Dave": "Dave Hughes", "Sister Okoye": "Sister Okoye", "Dr. Fitzgerald": "Dr. Fitzgerald"}[owner]
    item = parse_action(line, mentor, "Ryan", under_actions=False)
    assert item is not None and item.owner == owner and item.task.lower() == task


def test_received_feedback_typed_as_it_was_said_keeps_the_speakers_my_as_theirs() -> None:
    from coach.tasks._phrasing import parse_person
    from coach.tasks._reframe import read

    reading = read("your writing is unclear. also you dont respond to my comments on the drafts",
                   parse_person("Prof. Adeyemi, my supervisor"), "received")
    assert "You don't respond to their comments on the drafts" in [b[:1].upper() + b[1:] for b in reading.behaviours]
    reported = read("she said my handovers are too long", parse_person("Janet"), "received")
    assert [b.lower() for b in reported.behaviours] == ["your handovers are too long"]


@pytest.mark.parametrize(
    ("ask", "bounded"),
    [
        ("Would you be open to a half hour chat on Teams?", True),
        ("Could I buy you a coffee sometime and ask how you got your first contracts?", True),
        ("Could you look at one case study from my portfolio?", True),
        ("Could you look at my portfolio?", False),  # the whole portfolio: no bound
        ("Could we meet sometime?", False),
    ],
)
def test_a_bounded_ask_is_read_from_what_is_asked(ask: str, bounded: bool) -> None:
    assert has_bounded_ask(ask) == bounded


def test_its_is_it_is_only_before_words_that_cannot_follow_a_possessive() -> None:
    assert expand_shorthand("tell me if its on the right track, its budget is fine") == (
        "tell me if it's on the right track, its budget is fine")


def test_a_present_tense_topic_note_is_a_takeaway_not_a_task() -> None:
    typed = "talk about german job market - networking is very important\n- I will make CV shorter until monday"
    notes = parse_notes(typed, "Mr. Schmidt", "Ahmed")
    assert notes.takeaways == ["German job market: networking is very important"]
    assert [(a.owner, a.due) for a in notes.actions] == [("Me", "Monday")]


def test_a_small_range_of_things_is_a_bounded_ask_and_more_shorthand_is_spelled_out() -> None:
    assert has_bounded_ask("Could you tell me 2-3 things to focus on?")
    assert not has_bounded_ask("Could you tell me things?")
    assert expand_shorthand("project mgmt, dont leave til fri, our kpis") == (
        "project management, don't leave until Fri, our KPIs")


def test_notes_say_nothing_about_how_the_chat_felt_and_an_initial_owns_its_task() -> None:
    notes = parse_notes("great chat!! tomasz said my resume reads like a bank job desc\nk to review my resume v2 - wed",
                        "Tomasz", "Marcus")
    # (the mentor typed in lower case gets a capital)
    assert notes.takeaways == ["Tomasz said my resume reads like a bank job desc"]
    assert [(a.owner, a.task, a.due) for a in notes.actions] == [("K", "Review my resume v2", "Wednesday")]


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("practised cross exam w/ my supervisor", "I practised cross exam with my supervisor."),
        ("prep for first contested hearing", "I prep for first contested hearing."),  # a verb, not "I'm prep"
        ("nervous abt judge interrupting", "I'm nervous about judge interrupting."),
        ("not worth it for me imo", "Not worth it for me in my opinion."),
    ],
)
def test_a_note_about_the_user_gets_the_subject_its_shape_needs(note: str, said: str) -> None:
    from coach.tasks._phrasing import about_me

    assert about_me(note) == said


@pytest.mark.parametrize(
    ("message", "flagged"),
    [
        ("Patients can book an appt in 2wks, prob on a Friday.", ["appt", "prob", "2wks"]),
        ("Your contacts are good tho lol.", ["tho", "lol"]),
        ("Interviews r mostly scenarios.", ["r"]),
        ("I use R and met HR in 2 weeks about the appointment.", []),
    ],
)
def test_the_reads_well_check_flags_the_shorthand_the_composer_spells_out_and_what_it_cannot(
    message: str, flagged: list[str]
) -> None:
    assert shorthand(message) == flagged


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("a reporter in leicester, 5 years in italy", "a reporter in Leicester, 5 years in Italy"),
        ("a PhD at university of porto", "a PhD at University of Porto"),
        ("book by steve swink, a sparky in wigan", "book by Steve Swink, a sparky in Wigan"),
        ("will mark the reading list, polish the deck", "will mark the reading list, polish the deck"),
        ("mail jamie@gmail.com or github.com/dave", "mail jamie@gmail.com or github.com/dave"),
        ("the ED at st james, in 2 wks on discord.", "the ED at St James, in 2 weeks on Discord."),
        ("I work on teams of five and zoom in", "I work on teams of five and zoom in"),
    ],
)
def test_places_and_names_the_lexicon_knows_only_as_names_get_their_capital(typed: str, written: str) -> None:
    assert expand_shorthand(typed) == written


def test_the_people_the_form_names_keep_their_capitals_but_ordinary_words_stay() -> None:
    text = "share notebook with priyanka, ask kev, and will mark it"
    assert capitalise_names(text, ["Priyanka Shah", "Kev", "Will Jones"]) == (
        "share notebook with Priyanka, ask Kev, and will mark it")


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("he knows an officer, he will ask him about it", "You know an officer, you will ask him about it"),
        ("he said to email him", "You said to email you"),
        ("she thinks i should ask her", "You think i should ask you"),
        ("she will send her notes", "You will send your notes"),
        ("Angela advice: always give the employee a chance", "Your advice: always give the employee a chance"),
        ("Angela thinks I should", "You think I should"),
    ],
)
def test_notes_about_the_mentor_are_said_to_them_and_a_third_person_stays_third(note: str, said: str) -> None:
    assert to_you(note, "Angela Reyes" if "Angela" in note else "Alan Kowalski") == said


def test_each_reported_clause_of_received_feedback_is_a_point_of_its_own() -> None:
    from coach.tasks._phrasing import parse_person
    from coach.tasks._reframe import read

    reading = read("my supervisor said my draft reads like a list, that i summarise every paper, and that i need "
                   "to find my voice", parse_person("Dr. Okonkwo"), "received")
    assert [b.lower() for b in reading.behaviours] == [
        "your draft reads like a list", "you summarise every paper", "you need to find your voice"]


def test_a_mentors_two_letter_initials_own_their_tasks_and_are_said_to_them() -> None:
    parsed = parse_notes("DK to set up a shadow day\nRE: send me the manual", "Dan Kowalski", "Rob")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Dan", "Set up a shadow day")]
    assert parse_notes("RE: send me the manual", "Rachel Ellison", "Aisha").actions[0].owner == "Rachel"
    assert to_you("AC thinks I should sit CM1 again", "Angela Carter") == "You think I should sit CM1 again"
    # who arranges the meeting stays with it, said of the mentor
    assert parse_notes("next mtg in 3 wks, dan will send invite", "Dan Kowalski", "Rob").next_meeting == (
        "in 3 wks, they will send invite")


def test_names_the_user_capitalised_in_one_field_keep_their_capitals_in_the_draft() -> None:
    from coach.writing import typed_names, with_typed_names

    names = typed_names(["I work on the Northern Rail line to Crewe, the Team is great"])
    assert names == ["Northern Rail", "Crewe"]
    assert with_typed_names("the northern rail stuff, the 17:42 to crewe, the team", names) == (
        "the Northern Rail stuff, the 17:42 to Crewe, the team")
    assert expand_shorthand("senior QS, scenario qs, fwd me") == "senior QS, scenario questions, forward me"


def test_checks_read_units_counts_and_accents_as_the_user_typed_them() -> None:
    from coach.faithfulness import invented_numbers
    from coach.grammar import dangling_ends

    assert invented_numbers("it took 2 hours", ["took 2hrs"]) == []
    assert invented_numbers("a 15-minute call", ["a couple of qs"]) == ["15-minute"]
    assert has_bounded_ask("Could I send you 2 or 3 of my scripts?")
    assert not has_bounded_ask("Could you review my scripts?")
    assert dangling_ends("Kind regards,\nLucía") == []


def test_round_ten_normalisation_titles_handles_and_ordinary_words() -> None:
    from coach.checks import count_asks
    from coach.tasks.outreach_phrasing import Voice, ask_sentence

    assert expand_shorthand("a taster week, practise it, 45 euro, on 3rd march, bc they, boots and ppe") == (
        "a taster week, practise it, 45 euro, on 3rd March, because they, boots and PPE")
    assert greeting_name("Frau Becker", False) == "Frau Becker"
    parsed = parse_notes("mtg w/ gareth 14/1\nsession 3 (was 20 min late, his train)\n@Prof. Brandt introduce me",
                         "Prof. Brandt", "Ana")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Prof. Brandt", "Introduce me")]
    assert parsed.takeaways == []
    assert count_asks("A 15-minute call sometime?") == 1
    assert ask_sentence("if i can visit your workshop for one day", Voice("warm", "email")) == (
        "Could I visit your workshop for one day?")


def test_a_list_item_may_open_in_lower_case_but_its_second_sentence_may_not() -> None:
    from coach.grammar import lowercase_starts

    assert lowercase_starts("- Time. site visits are eating everything.") == ["site visits are eating everything."]
    assert lowercase_starts("- send the deck\n1. ask about pricing. Then decide.") == []


def test_a_name_after_an_introduction_gets_its_capitals_when_no_lexicon_knows_the_words() -> None:
    from coach.writing import expand_shorthand

    assert expand_shorthand("put me in touch with kirsty mcintyre at the seal unit") == (
        "put me in touch with Kirsty Mcintyre at the seal unit")
    assert expand_shorthand("put me in touch with someone at the council") == (
        "put me in touch with someone at the council")
