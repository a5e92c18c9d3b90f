"""The classes the fifteenth and sixteenth fresh-eyes readings of offline drafts found, each tried on its own.

Every case is a shape of input (not the reviewer's exact words alone): a whole clause where a noun
phrase belongs, a feeling missing its "I'm", a surname with a particle, a short first name, the next
meeting under its own heading, a trailing "he thinks", a non-native "Ana data is", a label such as
"cocky", and a point whose "them" needs the point before it.
"""

from __future__ import annotations

import pytest

from coach.grammar import clause_as_noun, has_main_verb, spliced_clauses
from coach.tasks._phrasing import about_me, parse_person
from coach.tasks._reframe import read
from coach.tasks.session_notes import parse_notes
from coach.tasks.summary import humanise_when, next_meeting_sentence
from coach.writing import address, clause, greeting_name, initials_of, to_you

# -- outreach: a reason typed as a whole clause ------------------------------------------------------


@pytest.mark.parametrize("why", [
    "your croissant lamination reel with the butter temps changed how I do my doughs",
    "a friend who ran follow spot on Hedda said you explain things to the crew like nobody else",
    "your video on knife skills made me rethink my prep",
    "the article which explained rotas helped me a lot",
])
def test_a_reason_with_a_verb_of_its_own_is_a_clause(why: str) -> None:
    assert has_main_verb(why)
    # and the check reads the splice a noun frame would make of it
    assert clause_as_noun(f"Hi Tom! {why[:1].upper()}{why[1:]} really stuck with me.")


@pytest.mark.parametrize("noun", [
    "the post you wrote on hiring", "your talk on how you moved teams", "the blog post that changed how I run standups",
    "the way you handled the Q and A", "your talk on teams built from scratch", "the article which explained rotas",
])
def test_a_noun_phrase_with_a_clause_inside_is_still_a_noun(noun: str) -> None:
    assert not has_main_verb(noun)
    assert not clause_as_noun(f"{noun[:1].upper()}{noun[1:]} really stuck with me.")


# -- prepare: feelings, verbless notes, the agenda's words --------------------------------------------


@pytest.mark.parametrize(("note", "sentence"), [
    ("scared my quotes are too low", "I'm scared my quotes are too low."),
    ("tired all the time", "I'm tired all the time."),
    ("worried I will fail", "I'm worried I will fail."),
    ("done 2 more passages", "I've done 2 more passages."),
    ("lost my job", "I lost my job."),
])
def test_a_feeling_gets_im_and_an_action_gets_i(note: str, sentence: str) -> None:
    assert about_me(note) == sentence
    assert not spliced_clauses(sentence)  # "I'm scared my quotes are…" is one clause with its complement


def test_verbless_challenges_are_quoted_before_a_colon_and_a_whether_goal_reads_the_same_everywhere() -> None:
    from coach.tasks import get_task
    from coach.tasks.base import Style

    composed = get_task("prepare").compose({
        "mentor_name": "Gwen", "meeting_minutes": 60,
        "goals": "know if I should do the CHIA certificate",
        "challenges": "cashflow if a big customer pays late\nagency spend still too high\ntired all the time",
    }, [], Style()).body
    assert "Cashflow if a big customer pays late: how would you approach that?" in composed
    assert "Agency spend still too high: " in composed
    assert "I'm tired all the time." in composed
    assert "Main topic: Whether I should do the CHIA certificate" in composed


def test_a_short_form_of_the_mentors_first_name_is_you_when_said_to_them() -> None:
    assert to_you("did 6 inspections with Seun watching", "Dr. Oluwaseun Adeyemi, lead EHO", pronouns=False) == (
        "did 6 inspections with you watching")
    assert to_you("Alex said the plan works", "Alexandra Ruiz", pronouns=False) == "You said the plan works"
    assert to_you("Jo and Ann came", "Jo Smith", pronouns=False) == "You and Ann came"  # "Ann" is no short form of "Jo"


# -- names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "greeting", "initials"), [
    ("Dr. Rhys ap Gwynfor", "Dr. ap Gwynfor", "RG"),
    ("Ms. Siobhán Mac Giolla Phádraig", "Ms. Mac Giolla Phádraig", "SM"),
    ("Dr. Anna van Dijk", "Dr. van Dijk", "AD"),
    ("Inspector Raj Malhotra", "Inspector Malhotra", "RM"),
])
def test_a_surname_starts_at_its_first_particle_and_ranks_are_titles(field: str, greeting: str, initials: str) -> None:
    assert greeting_name(field, formal=True) == greeting
    assert initials_of(field) == initials
    assert address("Mary Ann Smith")[2] == "Smith"  # a middle name is not part of the surname


def test_notes_that_leave_accents_off_still_name_the_mentor() -> None:
    assert to_you("ines thinks budget is ok", "Inés Castaño") == "You think budget is ok"
    assert to_you("send the budget template to me and ines", "Inés Castaño").endswith("to me and you")


# -- summaries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("notes", "closing"), [
    ("- x y z\n## next\n- early june, RG will email", "in early June (you said you'd email)."),
    ("- good chat\n- next time 2 weeks, she will text me", "in 2 weeks (you said you'd text me)."),
    ("- went through my CV\n- we will call in 2 weeks", "As we agreed, we will call in 2 weeks."),
    ("- next: thurs week, same time", "on Thursday week, same time."),
])
def test_the_next_meeting_and_who_arranges_it_are_kept(notes: str, closing: str) -> None:
    when = parse_notes(notes, "Rhys ap Gwynfor", "Mairéad").next_meeting
    assert next_meeting_sentence(when, "warm").endswith(closing)


def test_a_clock_time_after_a_written_date_gets_at() -> None:
    assert humanise_when("17 april 10am") == "17 April at 10am"
    assert humanise_when("17 April") == "17 April"


def _owners(notes: str, mentor: str = "Bronwen Hughes") -> list[tuple[str, str]]:
    return [(a.owner, a.task) for a in parse_notes(notes, mentor, "Jess").actions]


def test_task_lines_keep_their_owner_object_and_referent() -> None:
    # "(she offered!)" on a line that already names its owner adds nothing more
    assert _owners("B to intro me to her mate at Brewdog (she offered!)") == [
        ("Bronwen", "Intro me to her mate at Brewdog")]
    # "b4" with nothing after it is before whatever was meant: beforehand
    assert _owners("he will look at my application b4", "Prakash Varma") == [
        ("Prakash", "Look at my application beforehand")]
    # who "him" is comes from the clause before it, and knowing someone is no task
    assert _owners("she know a landlord in Moseley, she will ask him about the shop", "Mrs. Lan Pham") == [
        ("Mrs. Pham", "Ask the landlord in Moseley about the shop")]
    # an errand with a date in doubt, and a step with a deadline, are the user's own
    assert _owners("ask @jo about the arts council deadline (april?)") == [
        ("Me", "Ask Jo about the arts council deadline (april?)")]
    assert _owners("book the safeguarding level 3 refresher before end of june")[0][0] == "Me"
    assert _owners("talk about the team leader role - apply in wk of 22/4") == [
        ("Me", "The team leader role: apply in wk of 22/4")]


def test_a_remark_and_who_said_it_read_in_order() -> None:
    takeaways = parse_notes("she charges like 50/month he thinks\ndefinitely worth it he said", "Femi").takeaways
    assert takeaways[0].startswith("he thinks she charges like 50/month")
    assert takeaways[1].startswith("definitely worth it, he said")


def test_a_topic_line_and_an_end_of_day_routine_are_no_tasks() -> None:
    from coach.tasks.reading import task_lines

    notes = "today we talk about open my own salon.\nshe says I need a proper end of day routine"
    assert task_lines(notes) == []
    assert parse_notes(notes, "Mrs. Lan Pham").takeaways == ["she says I need a proper end of day routine"]


def test_a_british_verb_is_lowered_mid_sentence() -> None:
    assert clause("Practise every morning this week") == "practise every morning this week"
    assert clause("Louise said so") == "Louise said so"


# -- feedback ----------------------------------------------------------------------------------------


def _reading(feedback: str, person: str, direction: str = "give"):  # type: ignore[no-untyped-def]
    return read(feedback, parse_person(person), direction)


def test_a_name_before_a_noun_is_whose_and_an_effect_after_a_time_is_an_impact() -> None:
    ana = _reading("Ana data is very careful, really, but she never ask for help", "Ana, first year PhD student")
    assert ana.strengths == ["your data is very careful, really"]
    jamal = _reading("he doesnt label the containers in the walk-in and yesterday the EHO nearly marked us down",
                     "Jamal, commis chef")
    assert jamal.behaviours == ["you don't label the containers in the walk-in"]
    assert jamal.impacts == ["yesterday the EHO nearly marked us down"]


def test_cocky_is_a_label_and_the_lads_keenness_is_a_strength() -> None:
    liam = _reading("lad's keen and always first on site, but he's been cocky on the boards, unclipping when he "
                    "thinks i'm not looking. someone gonna get hurt", "Liam (apprentice scaffolder)")
    assert liam.labels == ["cocky"]
    assert liam.strengths == ["you're keen and always first on site"]
    assert liam.impacts == ["someone is going to get hurt"]


def test_a_received_point_keeps_the_point_its_pronoun_needs() -> None:
    said = _reading("She told me my catalogue entries are too long and too academic, visitors will not read them, "
                    "also that I should speak more in the team meeting", "Dr. Helen Fairbrother", "received")
    assert said.behaviours[0] == "your catalogue entries are too long and too academic: visitors will not read them"
    assert not said.impacts


# -- round 16 ----------------------------------------------------------------------------------------


def test_praise_in_a_superlative_is_the_strength_and_a_good_word_in_a_place_is_not() -> None:
    tomasz = _reading("he is great cook and the fastest on grill we ever had but he keeps shouting at the young "
                      "ones on the pass", "Tomasz, my sous chef")
    assert tomasz.strengths == ["you are great cook and the fastest on grill we ever had"]
    assert tomasz.behaviours == ["you keep shouting at the young ones on the pass"]
    lindiwe = _reading("Lindiwe is the most musical pianist we have had, and the tenors follow her without me even "
                       "conducting. But she speeds up in the fast sections", "Lindiwe, our accompanist")
    assert lindiwe.strengths == [
        "you are the most musical pianist we have had, and the tenors follow you without me even conducting"]
    assert lindiwe.behaviours == ["you speed up in the fast sections"]
    risk = _reading("i know he is the fastest driver on nights but if the mast chain is worn nobody finds out",
                    "Bartek")
    assert risk.impacts == ["if the mast chain is worn nobody finds out"]


def test_praise_they_also_gave_is_kept_apart_with_its_never() -> None:
    said = _reading("she told me guests find me cold at the desk. she said also I am very accurate with bookings "
                    "and never make mistakes in the system", "Frau Keller", "received")
    assert said.strengths == ["You are very accurate with bookings and never make mistakes in the system"]


def test_their_role_typed_as_what_they_do_is_never_put_after_as() -> None:
    from coach.tasks.outreach_phrasing import Voice, context_sentence

    voice = Voice(tone="warm", channel="email")
    # (what they do, typed after "they" as the form asks, is said as theirs: "Since you train…", review 92)
    assert context_sentence("train new bus drivers at the Arriva depot in Chester", voice).startswith(
        "Since you train new bus drivers at the Arriva depot in Chester")
    assert "as a line cook" in context_sentence("line cook at Dishoom", voice)


def test_a_reason_that_says_it_is_the_reason_takes_no_because() -> None:
    from coach.tasks.outreach_phrasing import Voice, why_sentence

    voice = Voice(tone="warm", channel="linkedin_note")
    assert why_sentence("your paper on otolith rings is the reason I want to do fisheries science", voice) == (
        "Your paper on otolith rings is the reason I want to do fisheries science.")


def test_one_of_their_things_is_a_bounded_ask() -> None:
    from coach.checks import has_bounded_ask

    assert has_bounded_ask("Could you let me sit in the back on one of your training drives?")
    assert not has_bounded_ask("Could you mentor me?")


@pytest.mark.parametrize(("note", "sentence"), [
    ("done about half the sequencing runs", "I've done about half the sequencing runs."),
    ("done with the course", "I'm done with the course."),
])
def test_done_with_an_amount_is_ive_done(note: str, sentence: str) -> None:
    assert about_me(note) == sentence


def test_note_shorthand_that_reads_one_way_is_spelled_out() -> None:
    from coach.writing import expand_shorthand

    assert expand_shorthand("make it v clear") == "make it very clear"
    assert expand_shorthand("Spurs v Arsenal") == "Spurs v Arsenal"
    assert expand_shorthand("ill call the grant ppl tmrw") == "I'll call the grant people tomorrow"
    assert expand_shorthand("feeling ill today") == "feeling ill today"
    assert expand_shorthand("its empty mostly, its prob too small") == "it's empty mostly, it's probably too small"
    assert expand_shorthand("lab mtg pres") == "lab meeting presentation"


def test_a_double_barrelled_surname_gives_three_initials_and_a_topic_with_w_is_a_title() -> None:
    assert initials_of("Dr. Rhiannon Pryce-Evans") == "RPE"
    notes = "cuts w/ marco\nRPE says grant draft too long - cut the aims to 3\nRPE to share her application"
    parsed = parse_notes(notes, "Dr. Rhiannon Pryce-Evans", "Jay")
    assert [a.owner for a in parsed.actions] == ["Dr. Pryce-Evans"]
    assert "cuts" not in " ".join(parsed.takeaways)


def test_the_thanks_take_the_instruction_after_a_topic_and_advice_not_to() -> None:
    from coach.tasks.summary import thanks_sentence

    mentor = "Dr. Rhiannon Pryce-Evans"
    assert thanks_sentence("RPE says grant draft too long - cut the aims to 3", "warm", "x", mentor).endswith(
        "your advice to cut the aims to 3.")
    assert thanks_sentence("she said don't undersell the audit", "warm", "x", mentor).endswith(
        "your advice not to undersell the audit.")


def test_summary_lines_read_as_meant() -> None:
    from coach.tasks.summary import to_mentor

    mentor = "Gareth Lloyd"
    assert to_mentor("he says need it asap", mentor) == "You said I need it as soon as possible"
    assert to_mentor("she said always ask for a fee", mentor) == "You said to always ask for a fee"
    assert to_mentor("she said don't take tanker jobs", mentor) == "You said not to take tanker jobs"
    parsed = parse_notes("- he thinks its prob too small, idk\n- ill call the grant ppl tmrw\n"
                         "- next time prob after lambing, he'll text", mentor, "Ffion")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Me", "Call the grant ppl tmrw")]
    assert parsed.takeaways == ["he thinks its prob too small"]
    assert next_meeting_sentence(parsed.next_meeting, "warm").endswith("after lambing (you said you'd text).")


def test_what_she_did_or_offered_after_a_promise_is_apart_and_no_closing_promise_is_added() -> None:
    carer = parse_notes("I must to write my daily notes more clear, she showed me a good example", "Mrs. Okonjo")
    assert [(a.owner, a.task) for a in carer.actions] == [("Me", "Write my daily notes more clear")]
    assert carer.takeaways == ["she showed me a good example"]
    potter = parse_notes("showed me how to centre clay, she offered to lend me her kick wheel (!!), felt so inspired",
                         "Olabisi Adebayo")
    assert [a.task for a in potter.actions] == ["Lend me her kick wheel"]
    assert next_meeting_sentence(None, "warm") == "Looking forward to our next conversation."


def test_who_they_know_mid_paragraph_and_the_meetings_time_are_kept() -> None:
    notes = ("He thinks I should work as dispensing assistant meanwhile, he knows a pharmacy manager in Bradford, "
             "he'll ask him about hours.\nNext time in 2 weeks, same time.")
    parsed = parse_notes(notes, "Dr. Khaled Al-Hashimi", "Rana")
    assert [a.task for a in parsed.actions] == ["Ask the pharmacy manager in Bradford about hours"]
    assert parsed.next_meeting == "in 2 weeks, same time"
    assert parse_notes("next: 2nd of Dec, 9.30, her office", "Marguerite").next_meeting == "2nd of Dec, 9.30"


def test_a_topic_and_its_point_read_topic_colon_point() -> None:
    assert parse_notes("menu costing - aim for 30% food cost", "Jules").takeaways == [
        "menu costing: aim for 30% food cost"]
    assert parse_notes("she said pricing - charge 25 not 18", "Jules").takeaways == [
        "she said pricing - charge 25 not 18"]


def test_reads_well_reads_a_that_with_nothing_after_it_and_you_with_an_s_verb() -> None:
    from coach.grammar import agreement_errors, clause_without_verb

    assert clause_without_verb("I've noticed that the fastest on grill we ever had [1].")
    assert not clause_without_verb("I noticed that the last two reports were late.")
    assert not clause_without_verb("She said that the best option is to wait.")
    assert agreement_errors("What's working: You speeds up in the fast sections.") == ["You speeds"]
    assert agreement_errors("you guys are great, you lads in the back") == []


# -- round 17 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "address_as"), [
    ("Dr. Aoife Ní Fhloinn, head of collections", "Dr. Ní Fhloinn"),
    ("Major (retd) Hamish Drummond", "Major Drummond"),
    ("Ms. Josefina 'Joy' Dela Cruz", "Ms. Dela Cruz"),
    ("gaz the foreman", "Gaz"),
    ("Reviewer 2", "Reviewer 2"),
])
def test_every_job_reads_a_person_field_the_same_way(field: str, address_as: str) -> None:
    person = parse_person(field)
    assert person.address == address_as
    assert greeting_name(field, formal=False) == address_as or not person.address.startswith(("Dr", "Ms", "Major"))
    assert not {"the", "Ní", "Dela"} & set(person.names)  # a particle or "the" never stands for the person


def test_initials_nicknames_and_a_lone_initial_are_the_mentor() -> None:
    assert to_you("LdV says translate every role into outcomes", "Capt. Louise de Villiers").startswith("You say")
    assert to_you("Joy she said I need to learn the rota", "Ms. Josefina 'Joy' Dela Cruz") == (
        "You said I need to learn the rota")
    assert to_you("T. said learn the route by landmarks", "Mr. Terence Ogunleye") == (
        "You said learn the route by landmarks")


def test_titles_that_name_a_visit_or_a_1_1_and_an_intro_only_they_can_make() -> None:
    studio = parse_notes("studio visit. robin went through my glaze tests", "Mx. Robin Achterberg")
    assert studio.takeaways == ["robin went through my glaze tests"]
    notes = "1-1 w/ LdV re: resettlement\n- intro me to @bridget at the community foundation"
    parsed = parse_notes(notes, "Capt. Louise de Villiers", "Sam")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Capt. de Villiers", "Intro me to Bridget at the community foundation")]
    assert parsed.takeaways == []


def test_prepare_reads_a_noun_with_its_own_verb_and_a_state_without_one() -> None:
    assert about_me("interview with a pharma company in Basel went ok") == (
        "Interview with a pharma company in Basel went ok.")
    assert about_me("freeze when asked about leadership") == "I freeze when asked about leadership."
    from coach.tasks.prepare import _choice_between_verbs, _slots

    assert _slots("wife worried about moving for work")[0] == "label"
    assert _slots("decide whether to go organic or not")[1]["topic"] == "whether to go organic or not"
    assert not _choice_between_verbs("land a project manager job in construction or rail before I leave")
    assert _choice_between_verbs("buy a second unit or lease one")


def test_give_keeps_the_praise_its_proof_and_the_users_message() -> None:
    kyle = _reading("kyle is lazy about the gates, left the gate to the road field open twice, the heifers got out "
                    "onto the B road. good with the calves tho, they follow him everywhere", "Kyle")
    assert kyle.behaviours == ["you left the gate to the road field open twice"]
    assert kyle.strengths == ["you're good with the calves, and they follow you everywhere"]
    assert _reading("he's got great knife skills", "Tomás").strengths == ["you've got great knife skills"]
    darius = _reading("he drive too quick. I want to say him the speed is not the target, safe is the target",
                      "Darius")
    assert darius.messages == ["the speed is not the target, safe is the target"]
    lab = _reading("she is really careful and her pipetting is better than mine, the labelling on the tubes is a "
                   "problem", "Mia")
    assert lab.strengths == ["you are really careful and your pipetting is better than mine"]


def test_task_check_reads_a_lower_case_word_as_no_name_and_a_moved_date_as_a_fact() -> None:
    from coach.tasks.reading import task_lines

    assert task_lines("technician to scientist usually needs a MSc\nrules exam moved to Tues 27th May") == []
    assert task_lines("Dan to send me the figures") == ["Dan to send me the figures"]


def test_who_they_know_by_the_a_meeting_set_by_an_event_and_an_aside_after_a_handle() -> None:
    notes = ("walked the hill ground w/ eilidh\nshe knows the forestry officer, she'll ask him to come out\n"
             "maybe get a second dog? idk\nnext time after the tups go out\n@fiona (his accountant) to call me")
    parsed = parse_notes(notes, "Mrs. Eilidh MacLeod", "Ewan")
    assert [a.task for a in parsed.actions] == ["Ask the forestry officer to come out", "Call me"]
    assert parsed.takeaways == ["maybe get a second dog?"]
    assert parsed.next_meeting == "after the tups go out"


# -- round 18 ----------------------------------------------------------------------------------------


def test_round_eighteen_outreach_reads_a_relative_clause_an_if_ask_and_a_casual_way_out() -> None:
    from coach.checks import has_bounded_ask, has_easy_out
    from coach.tasks.outreach_phrasing import Voice, ask_sentence

    assert has_main_verb("the lads from our mosque who play in your league won't stop talking about it")
    assert not has_main_verb("the people who play in your league")
    assert ask_sentence("if is possible I help in your next firing", Voice(tone="warm", channel="chat")).startswith(
        "Would it be possible for me to help in your next firing")
    assert has_easy_out("Can I come watch a session? Totally get it if not.")
    assert has_bounded_ask("Would it be possible for me to help in your next firing?")
    assert has_bounded_ask("Would you read my two-page personal statement?")


def test_titles_said_with_the_first_name_and_a_state_quoted() -> None:
    from coach.tasks.prepare import _slots

    assert greeting_name("Dame Philippa Crowe", formal=True) == "Dame Philippa"
    assert greeting_name("Aunty Grace Owusu, owner of the chop bar", formal=False) == "Aunty Grace"
    assert _slots("visa for Malawi still pending")[0] == "label"
    assert about_me("visa for Malawi still pending") == "Visa for Malawi still pending."


def test_round_eighteen_summary_lines_land_where_they_belong() -> None:
    notes = ("good call w/ sandra today. she thinks i should go for the deputy manager role at the leeds store, ill "
             "apply by end of month. she said ask hr if the relocation package covers rent. she'll put in a word "
             "with the regional manager (she offered!). cheers for the coffee. next time tues 3rd 4.30")
    parsed = parse_notes(notes, "Sandra Price", "Kirsty")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Me", "Go for the deputy manager role at the leeds store"),
        ("Sandra", "Put in a word with the regional manager")]
    assert parsed.next_meeting == "tues 3rd 4.30"
    assert "cheers" not in " ".join(parsed.takeaways)
    lab = parse_notes("- talked about the postdoc at EMBL - apply before 30 April\n- next 1-1: 28/3 10:30\n"
                      "- next meeting 03.04 at 15:00 via zoom", "Dr. Henrik Brandt-Olsen")
    assert [a.task for a in lab.actions] == ["The postdoc at EMBL: apply before 30 April"]
    assert lab.next_meeting == "03.04 at 15:00 via zoom"
    from coach.writing import expand_shorthand

    assert expand_shorthand("ask hr if it covers rent, 2 hr drive, get more exp, in 3 wks prob") == (
        "ask HR if it covers rent, 2 hour drive, get more experience, in 3 weeks probably")


def test_a_session_on_another_day_is_not_today_and_a_title_with_an_initial_is_the_mentor() -> None:
    from coach.tasks import get_task
    from coach.tasks.base import Style

    body = get_task("summary").compose({"mentor_name": "Coach Hussain", "my_name": "Leanne", "kind": "thanks",
                                        "notes": "T watched my U12s session on sat. said make it a game."},
                                       [], Style()).body
    assert "today" not in body.lower()
    assert to_you("Rabbi M. said my visit notes are too long", "Rabbi Miriam Levy-Stern") == (
        "You said my visit notes are too long")


# -- round 19 ----------------------------------------------------------------------------------------


def test_round_nineteen_titles_roles_weeks_and_praise_with_a_but() -> None:
    from coach.tasks.outreach_phrasing import about_sentence

    assert parse_person("Revd Canon Hilary Okafor").address == "Revd Canon Okafor"
    assert about_sentence("level 4 referee in Germany") == "I'm a level 4 referee in Germany."
    assert about_sentence("train apprentices at a garage") == "I train apprentices at a garage."
    assert about_sentence("line cook at Dishoom") == "I'm a line cook at Dishoom."
    book = parse_notes("book studio for w/c 14/4", "Kansola Adeyemi").actions
    assert [(a.task, a.due) for a in book] == [("Book studio", "w/c 14/4")]
    client = _reading("she is very good with clients, they love her, but this must stop", "Priya")
    assert client.strengths == ["you are very good with clients, and they love you"]


def test_round_nineteen_meetings_nicknames_and_the_users_verdict() -> None:
    from coach.checks import has_bounded_ask
    from coach.tasks.reading import actions_listed

    rail = parse_notes("kit will check if I can do the simulator on Tuesday 8am\nnext time 28/11 14h",
                       "Driver Manager Keith 'Kit' Marsh", "Lan")
    assert [a.owner for a in rail.actions] == ["Driver Manager Marsh"]
    assert rail.next_meeting is not None and rail.next_meeting.startswith("28/11")
    assert actions_listed("Looking forward to our next session on 03/06 at 10:00.",
                          "next 1-1 03/06 at 10:00, depot mess room").passed
    assert actions_listed("Nothing here.", "prob need to cut the sunday hours tho, idk").passed
    assert has_bounded_ask("Could I send you two clips from my last match and ask what you'd look at first?")
    priya = _reading("she is very good with clients, they love her, but this must stop", "Priya")
    assert priya.judged == ["this must stop"] and not priya.impacts


def test_a_feeling_the_tagger_calls_an_adjective_takes_its_clause() -> None:
    # found by the property test (seed 41): "not sure" was read as two sentences spliced together
    assert not spliced_clauses("I'm not sure the firm will pay for ADR.")
    assert spliced_clauses("We met at PyCon stood out to me.")


@pytest.mark.parametrize(("field", "greeting"), [
    ("Big Mike", "Big Mike"), ("Old Tom Hargreaves", "Old Tom"), ("Shri Ramesh Patil ji", "Shri Patil"),
    ("Dr. Henrik af Klint", "Dr. af Klint"), ("Dra. María José de la Fuente", "Dra. de la Fuente"),
    ("Barr. (Mrs.) Folake Adeyemi-Johnson SAN", "Barr. Adeyemi-Johnson"), ("Atty. Ramon dela Paz", "Atty. dela Paz"),
    ("Ate Joy (Joy Santos, RN)", "Ate Joy"),
])
def test_nicknames_titles_and_particles_from_more_countries(field: str, greeting: str) -> None:
    assert greeting_name(field, False) == greeting


def test_an_about_me_spliced_with_a_second_i_is_two_sentences_and_a_vague_ask_says_so() -> None:
    from coach.tasks.outreach import _one_specific_ask
    from coach.tasks.outreach_phrasing import about_sentence

    assert about_sentence("i'm a home baker turned market stall owner, i sell at the market") == (
        "I'm a home baker turned market stall owner. I sell at the market.")
    assert not spliced_clauses("I'm a home baker turned market stall owner.")
    vague = _one_specific_ask(1, ["could I buy you a coffee and pick your brain?"])
    assert not vague.passed and vague.hint.startswith("Make your ask specific")
