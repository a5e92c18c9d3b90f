"""Classes from blind review 77 (10 of 24 sendable on 51b2928) and later reviews: each test names its class and
quotes the draft text that was wrong."""

from __future__ import annotations

from functools import partial

from coach.tasks._reframe import Person, read
from coach.tasks.session_notes import are_mentors_initials
from coach.writing import split_person
from tests.tasks.support import drafted

_draft = partial(drafted, with_subject=True)


def test_summary_reads_initials_of_a_double_barrelled_surname_and_keeps_a_third_persons_he() -> None:
    # review 77 s1: "IC says…" stayed a third person in Dr. Chukwu-Adams's own email, and "if he'll share his
    # successful app" (her postdoc's) became "if you'll share your successful app"
    assert are_mentors_initials("IC", "Dr. Ifeoma Chukwu-Adams")
    assert are_mentors_initials("ICA", "Dr. Ifeoma Chukwu-Adams")
    body, failed = _draft("summary", {
        "mentor_name": "Dr. Ifeoma Chukwu-Adams", "kind": "full", "my_name": "Joe",
        "notes": "- fellowship apps: IC says panels read the first para + the impact statement, thats it\n"
                 "- me: send IC revised case for support by Fri\n"
                 "- IC to ask her old postdoc (Sam?) if he'll share his successful app\n"
                 "- maybe go for the Leverhulme instead?? she wasn't sure, revisit next time"})
    assert "IC" not in body.replace("Ifeoma", "")
    assert "you said panels read the first paragraph" in body
    assert "Send you revised case for support" in body
    assert "if he'll share his successful app" in body and "you'll share your" not in body
    assert not failed, failed


def test_a_rank_of_two_words_is_a_title_so_the_notes_initials_are_the_mentors() -> None:
    # review 77 s4: "Chief Engineer Paulo Reis" read "Chief" as the first name, so "PR:" was someone else
    assert are_mentors_initials("PR", "Chief Engineer Paulo Reis")
    body, _ = _draft("summary", {
        "mentor_name": "Chief Engineer Paulo Reis", "kind": "full", "my_name": "Marco",
        "notes": "PR: examiners love asking abt purifier faults + blackout recovery, know them cold\n"
                 "PR to lend me his old orals question book when we're in Rotterdam"})
    assert "PR" not in body and "You said examiners love asking" in body
    assert "Lend me your old orals question book" in body


def test_a_weekday_that_names_a_thing_is_no_due_date() -> None:
    # review 77 s3: "I'll redo my tags b4 the sat market" became "redo my tags market before the Saturday"
    body, _ = _draft("summary", {"mentor_name": "Ms. Valentina Greco", "kind": "thanks", "my_name": "Ruby",
                                 "notes": "V said price vintage by condition not by what I paid. "
                                          "I'll redo my tags b4 the sat market."})
    assert "redo my tags before the Saturday market" in body


def test_outreach_gives_a_later_verb_piece_its_subject_and_tense() -> None:
    # review 77 o1: "I am a second officer…, 7 years at sea, hold my Chief Mate CoC since last year."
    fields = {"mentor_name": "Capt. Ingrid Halvorsen", "channel": "email", "tone": "formal", "my_name": "Tobias",
              "why_them": "your article in Seaways about pilotage handovers", "goal": "become a marine pilot",
              "about_me": "second officer on product tankers, 7 years at sea, hold my Chief Mate CoC since last year",
              "ask": "whether I could ride along on one pilotage job in March, and if that is not allowed, a short "
                     "phone call about the selection process"}
    body, failed = _draft("outreach", fields)
    assert "and I have held my Chief Mate CoC since last year." in body
    # the fallback request keeps the "for" that makes it one
    assert "and if that is not allowed, for a short phone call about the selection process?" in body
    assert not failed, failed
    warm, _ = _draft("outreach", {**fields, "tone": "warm", "about_me": "bosun on ferries, hold a Class 2 ticket"})
    assert "and I hold a Class 2 ticket." in warm


def test_outreach_a_year_of_a_course_is_where_the_user_is() -> None:
    # review 77 o4: "I'm a final year of my BSL interpreting degree."
    body, _ = _draft("outreach", {"mentor_name": "Ms. Dawn Pickering", "channel": "email", "my_name": "Chloe",
                                  "why_them": "my tutor said you mentor trainees",
                                  "about_me": "final year of my BSL interpreting degree, my parents are both Deaf",
                                  "goal": "register as a trainee interpreter", "ask": "a 30 minute video call"})
    assert "I'm in the final year of my BSL interpreting degree." in body


def test_giving_a_person_called_a_kind_of_person_is_a_label_and_the_rest_is_the_behaviour() -> None:
    # review 77 f2: "I've noticed that you are a bit of a cowboy, push straight to main without a PR"
    body, failed = _draft("feedback", {"direction": "give", "person_name": "Tariq (junior dev)",
                                       "feedback": "tariq is a bit of a cowboy, always pushes straight to main "
                                                   "without a PR. his code is honestly really clean",
                                       "when_it_happened": "twice last sprint"})
    assert "cowboy" not in body and "you push straight to main without a PR" in body
    assert "no_labels" not in " ".join(failed)


def test_giving_a_superlative_typed_without_its_article_is_the_strength() -> None:
    # review 77 f3: "he is fastest picker on nights and never miss a shift" was no strength ("You didn't name a
    # strength of Dmitri's"), and then "You are a fastest picker"
    reading = read("he is fastest picker on nights and never miss a shift", Person("Dmitri", "FLT driver"), "give")
    assert reading.strengths and reading.strengths[0].startswith("you are the fastest picker on nights")
    # a word that only ends like one is not praise
    assert not read("the report is the latest one", Person("Dmitri", ""), "give").strengths


def test_received_the_role_before_the_name_is_a_role_and_a_judgment_keeps_what_was_seen() -> None:
    # review 77 f4: "What your news editor, Gareth said", "Your copy too many typos for the subs to fix." and the
    # late copy dropped
    assert split_person("my news editor, Gareth") == ("Gareth", "my news editor")
    assert split_person("Greg, my team lead") == ("Greg", "my team lead")
    body, _ = _draft("feedback", {"direction": "received", "person_name": "my news editor, Gareth",
                                  "feedback": "he said my copy is always late and sloppy, too many typos for the subs "
                                              "to fix, and that I bury the lead in paragraph 4"})
    assert "### What Gareth said, put neutrally" in body
    assert "- Your copy is often late." in body and "- Your copy has too many typos for the subs to fix." in body
    assert '"sloppy"' in body


def test_received_when_it_was_said_elsewhere_the_meeting_given_is_where_it_happened() -> None:
    # review 77 f5: "Which moments were you thinking of when you told me this in the meeting with Mr Patel daughter"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Karen, registered manager",
                                  "feedback": "my manager say I am too emotional with the family of residents and I "
                                              "take everything personal",
                                  "context": "in supervision last friday",
                                  "when_it_happened": "the meeting with Mr Patel daughter last week"})
    assert "What did you see in the meeting with Mr Patel daughter last week that I should watch for?" in body
    assert "when you told me this" not in body
    assert "- You take things personally." in body and "everything" not in body


def test_received_how_it_was_passed_on_and_how_the_user_feels_are_never_their_points() -> None:
    # review 77 f6: "Leah passed it on at standup…" and "You spent 3 weekends on them." listed as the client's
    body, _ = _draft("feedback", {"direction": "received", "person_name": "the client (via our account manager Leah)",
                                  "feedback": "client said the logo concepts look cheap and amateur and that I always "
                                              "use too many colours. leah passed it on at standup, in front of "
                                              "everyone. honestly gutted, I spent 3 weekends on them"})
    points = body.split("### What might be true")[0]
    assert "Leah" not in points and "weekends" not in points and "cheap" not in points
    assert "- You use too many colours." in points


def test_giving_a_titled_name_typed_without_its_stop_and_two_things_of_theirs_stay_whole() -> None:
    # review 78 f2: "I've noticed that Ms you talk over the kids…", "I've also noticed that your slides [1]." and
    # "Resources are honestly the best I've seen from a Trainee."
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Ms. Hollis (PGCE trainee)",
                                  "feedback": "ms hollis talks over the kids when she asks a question. her slides and "
                                              "resources are honestly the best ive seen from a trainee",
                                  "when_it_happened": "in the year 8 lesson on tuesday"})
    assert "Ms you" not in body and "I've noticed that you talk over the kids when you ask a question" in body
    assert "Your slides and resources are honestly the best I've seen from a trainee." in body
    assert "your slides [" not in body


def test_received_a_label_beside_what_was_seen_keeps_it_and_a_feeling_first_is_the_users() -> None:
    # review 78 f4: "- The state of your containment runs." (not level dropped) and "Your test sheets are spot on
    # kinda annoyed cos you were rushing because he told you to." listed as Phil's point
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Phil (supervisor)",
                                  "feedback": "phil said my containment runs look messy and not level, i need to use "
                                              "the laser not eyeball it. he said my test sheets are spot on tho. kinda "
                                              "annoyed cos i was rushing bc he told me to"})
    points, also = body.split("### What might be true")[0].split("Phil also said:")
    assert "- Your containment runs aren't level." in points and "annoyed" not in body.split("### Questions")[0]
    assert "- Your test sheets are spot on." in also


def test_received_the_conversation_named_in_both_fields_is_where_they_said_it() -> None:
    # review 78 f5: "What did you see at my midpoint interview on 12/3 that I should watch for?"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Sister Adaeze Okafor, my practice assessor",
                                  "feedback": "she said I need to escalate high NEWS scores faster",
                                  "context": "at my midpoint interview",
                                  "when_it_happened": "at my midpoint interview on 12/3"})
    assert "Which moments were you thinking of when you told me this at my midpoint interview on 12/3?" in body


def test_summary_what_the_user_did_after_a_note_both_did_is_theirs() -> None:
    # review 78 s2: "We went through my B1 module 11 mock, failed the hydraulics section again."
    body, _ = _draft("summary", {"mentor_name": "Ahmed", "kind": "full", "my_name": "Rhys",
                                 "notes": "went through my B1 module 11 mock, failed the hydraulics section again. "
                                          "ahmed said stop memorising the question bank"})
    assert "We went through my B1 module 11 mock, and I failed the hydraulics section again." in body


def test_summary_a_vietnamese_title_stays_with_the_name() -> None:
    # review 78 s4: "Hi Chi," and "- You you said the acrylic lifting…"
    body, failed = _draft("summary", {"mentor_name": "Chi Lan", "kind": "full", "my_name": "Thuy",
                                      "notes": "chi Lan say charge more for the design nails. "
                                               "she will give me name of her supplier in Houston"})
    assert body.startswith("Subject:") and "\nHi Chi Lan," in body and "You you" not in body
    assert not failed, failed


def test_prepare_a_challenge_typed_without_im_gets_it_and_one_have_serves_two_deeds() -> None:
    # review 78 p1/p3: "Still getting trowel marks… How would you approach that?" and "I've done about 60% of the lit
    # review and ran 4 of the flume tests"; a darby is a plasterer's float, never "Darby"
    body, _ = _draft("prepare", {"mentor_name": "Gaz", "meeting_minutes": "20",
                                 "goals": "get my skimming flat enough to not need sanding",
                                 "progress": "done about 60% of the ceilings\nran 4 of the test boards\n"
                                             "bought a proper darby",
                                 "challenges": "still getting trowel marks when the mix goes off too fast"})
    assert "I'm still getting trowel marks when the mix goes off too fast. How would you approach that?" in body
    assert "I've done about 60% of the ceilings, run 4 of the test boards and bought a proper darby" in body


def test_checks_a_verb_that_takes_a_clause_is_no_splice_and_a_bound_is_read_in_the_ask() -> None:
    # review 78 f1: reads_well failed "As a result, nobody confirmed the slide was armed on that side."; o3: the
    # rationale said the ask had no time limit while time_boxed passed it on "in 2 hours" from the reason
    from coach.grammar import spliced_clauses

    assert spliced_clauses("As a result, nobody confirmed the slide was armed on that side.") == []
    assert spliced_clauses("We met at PyCon stood out to me.") != []
    fields = {"mentor_name": "Mr. Desmond Achterberg", "channel": "email", "my_name": "Owen",
              "why_them": "at the masterclass you rebuilt the action on that old Bechstein in 2 hours",
              "about_me": "apprentice piano tuner", "goal": "learn regulation and voicing",
              "ask": "would you let me watch you prep a concert grand one time?"}
    _, failed = _draft("outreach", fields)
    assert "time_boxed" not in " ".join(failed)
    _, unbounded = _draft("outreach", {**fields, "ask": "would you let me watch you prep a concert grand?"})
    assert any(f.startswith("time_boxed") for f in unbounded)


def test_ask_a_question_in_a_cards_listed_situation_is_in_scope() -> None:
    # review 78 a1: "my apprentice … keeps turning up 15-20 min late … how do i bring it up so it actually sticks" was
    # turned away as not covered, though the feedback card lists that very situation
    from coach.config import BUILTIN_CARDS_DIR as CARDS_DIR
    from coach.knowledge import SearchResult
    from coach.tasks.ask import SITUATION_IN_SCOPE, _situation_closeness

    card = SearchResult(id="give-specific-behavioural-feedback", title="", heading="How to do it", text="",
                        score=1.0, source=str(CARDS_DIR / "give-specific-behavioural-feedback.md"), passage_id="",
                        audience="mentor", tasks=())
    question = ("my apprentice (17, 1st yr sparky) keeps turning up 15-20 min late and i dont want to sound like his "
                "dad. how do i bring it up so it actually sticks")
    assert _situation_closeness(question, [card]) >= SITUATION_IN_SCOPE
    assert _situation_closeness("What's the capital of Australia?", [card]) < SITUATION_IN_SCOPE


def test_ask_only_the_list_under_a_signs_intro_is_signs() -> None:
    # review 78 a3: a mentor gone quiet for 3 weeks was answered from the thank-you card ("send it within a day"); the
    # warning-signs card now lists what to do after its signs, and those steps are advice, never "A sign to watch for"
    from coach.tasks.ask import _section_units

    text = ("Watch for these signs of a mentorship losing energy:\n\n1. Meetings are cancelled or moved more than "
            "once in a row.\n\nWhat to do when you notice two or more:\n\n1. Follow up once if the other person has "
            "gone quiet, then let it go.")
    units = _section_units("How to do it", text, 1, set(), offset=0)
    assert units[0].text.startswith("A sign to watch for: meetings are cancelled")
    assert units[1].text.startswith("Follow up once if the other person has gone quiet")


# Review 79 (24 new inputs on 8f71428: 11 of 24 sendable).


def test_giving_the_effect_field_says_the_persons_he_to_them_and_a_day_event_takes_its_the() -> None:
    # f1: "As a result, he didn't see a kid struggling in the deep end, Mia had to go in." said to Jonah, and
    # "During Saturday afternoon public session."
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Jonah, pool lifeguard (17)",
                                  "feedback": "jonah sits on the high chair looking at his phone. hes a good swimmer",
                                  "when_it_happened": "sat afternoon public session",
                                  "behaviour": "had his phone out on the high chair",
                                  "impact": "he didnt see a kid struggling in the deep end, Mia had to go in"})
    assert "As a result, you didn't see a kid struggling in the deep end, and Mia had to go in." in body
    assert "During the Saturday afternoon public session." in body


def test_giving_a_verdict_on_the_situation_is_never_a_label_and_the_moment_stays_with_the_deed() -> None:
    # f3: "I've also noticed that you are very dangerous", "table 12 had nut allergy" dropped, and "chef only know
    # because the lady ask again" said as a behaviour
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Pedro, new waiter",
                                  "feedback": "he forget to tell kitchen about allergies. on friday table 12 had nut "
                                              "allergy and he write nothing on the ticket, chef only know because the "
                                              "lady ask again. is very dangerous"})
    behaviour = body.split("**Behaviour:**")[1].split("**")[0]
    assert "you are very dangerous" not in body and "table 12 had nut allergy and you write nothing" in behaviour
    assert "chef only know" not in behaviour and "chef only know because the lady ask again" in body


def test_received_what_was_seen_after_a_verdict_is_kept_with_what_it_is_about() -> None:
    # f5: "my paperwork is a joke, job sheets missing half the parts…" gave only "The state of your paperwork."
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Gary, my gaffer",
                                  "feedback": "he said my paperwork is a joke, job sheets missing half the parts and "
                                              "customers getting billed wrong"})
    assert "- Your paperwork: job sheets missing half the parts, and customers getting billed wrong." in body


def test_received_a_label_on_where_keeps_its_where_and_a_second_language_be_not_is_dont() -> None:
    # f6: "- The phone: guests think you are not understand them."; "even when is not your fault"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Mr. Dawson, front office manager",
                                  "feedback": "he tell me I am too quiet on the phone and guests think I am not "
                                              "understand them, also I say sorry too much even when is not my fault"})
    assert "- On the phone: guests think you don't understand them." in body
    assert "even when it's not your fault" in body


def test_received_an_anonymous_reviewer_in_a_name_and_role_field_is_answered_in_writing() -> None:
    # f4: "Reviewer 2 (anonymous)" got questions to ask them and "a quick word later"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Reviewer 2 (anonymous)",
                                  "feedback": "the contribution is incremental and the writing is hard to follow in "
                                              "section 3"})
    assert "### Questions to work through before you respond" in body and "quick word" not in body


def test_summary_a_pronouns_gonna_is_their_task_and_where_they_will_be_is_no_task() -> None:
    # s2: "she gonna lend me her curved shears for a week." sat in the takeaways; s4: "**Me:** You're on leave"
    body, _ = _draft("summary", {"mentor_name": "Sheryl", "kind": "full", "my_name": "Tash",
                                 "notes": "she said dont take matted dogs for a full groom. she gonna lend me her "
                                          "curved shears for a week.\nshe's on leave next wk"})
    actions = body.split("**Action items**")[1]
    assert "- **Sheryl:** Lend me your curved shears for a week" in actions
    assert "leave" not in actions and "You're on leave next week." in body


def test_summary_a_turkish_respect_after_the_name_is_greeted_and_never_a_second_you() -> None:
    # s5: "mehmet usta show me…" gave "You you show me…", and "Mehmet Usta" was greeted "Hi Mehmet,"
    body, failed = _draft("summary", {"mentor_name": "Mehmet Usta", "kind": "full", "my_name": "Emre",
                                      "notes": "mehmet usta show me hot towel shave again. he say never shave against "
                                               "grain on first pass."})
    assert "\nHi Mehmet Usta," in body and "You you" not in body and "You showed me hot towel shave again" in body
    assert not failed, failed


def test_outreach_what_they_do_with_two_verbs_is_said_to_them() -> None:
    # o5: "Your experience as lectures in geoinformatics at UNILAG and leads a community flood mapping project…"
    body, _ = _draft("outreach", {"mentor_name": "Dr. Funmilayo Adebanjo", "channel": "email", "tone": "formal",
                                  "my_name": "Chukwuemeka", "goal": "pursue an MSc in GIS",
                                  "mentor_context": "lectures in geoinformatics at UNILAG and leads a community flood "
                                                    "mapping project",
                                  "why_them": "your 2023 paper on flood risk mapping in Lagos with open data",
                                  "ask": "a 20 minute call"})
    assert "Since you lecture in geoinformatics at UNILAG and lead a community flood mapping project" in body


def test_prepare_a_prefixed_past_verb_and_a_choice_split_by_question_marks() -> None:
    # p2: "I'm co-ran 2 groups with Sam"; p4: "go freelance by jan?? or get 2 retainer clients first" became two goals
    body, _ = _draft("prepare", {"mentor_name": "Helen", "meeting_minutes": "25",
                                 "goals": "go freelance by jan?? or get 2 retainer clients first",
                                 "progress": "co-ran 2 groups w/ Sam"})
    assert "I co-ran 2 groups with Sam" in body
    assert "talk about whether to go freelance by Jan or get 2 retainer clients first." in body
    assert "Or get 2 retainer clients first." not in body


def test_outreach_a_linkedin_note_that_leaves_out_a_required_answer_says_so_as_a_notice() -> None:
    # review 79 o2: the goal (required) was left out of a 300-character note, and only the rationale said so
    from coach.tasks.outreach import OutreachTask

    task = OutreachTask()
    values = task.validate({
        "mentor_name": "Ms. Okonkwo-Reyes", "channel": "linkedin_note", "tone": "formal", "my_name": "Olena Bondar",
        "why_them": "I heard your interview on the Charity Finance podcast about restricted funds reporting, it was "
                    "very clear and practical",
        "mentor_context": "finance director at a network of food banks",
        "about_me": "qualified accountant from Kharkiv, 9 years in audit, now volunteer treasurer at a church in Leeds",
        "goal": "move into charity finance role in UK",
        "ask": "one call of 20 minutes in next weeks, if possible"})
    from coach.tasks.registry import initial_style

    composed = task.compose(values, [], initial_style(values))
    assert "What I'm working towards" in " ".join(composed.notices)


# Own reading at the end of session 68 (new messy inputs, read as the recipient would).


def test_giving_cleaning_done_by_someone_else_is_never_praise() -> None:
    # "…and the night porter had to clean it. her knife skills are the best…" gave "What's working: The night porter
    # had to clean it, and your knife skills…"; "saturday close" was "On Saturday close."
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Kasia (apprentice chef)",
                                  "feedback": "kasia always leaves her section dirty at end of shift, on sat the deep "
                                              "fryer was full of crumbs and the night porter had to clean it. her "
                                              "knife skills are the best of the new lot",
                                  "when_it_happened": "saturday close"})
    assert "**What's working:** Your knife skills are the best of the new lot." in body
    assert "and the night porter had to clean it." in body.split("**Impact:**")[1].split("**")[0]
    assert "At Saturday's close." in body


def test_received_a_pace_label_on_a_tool_and_the_users_next_point_stay_apart() -> None:
    # "he said im too slow on the scanner and i chat too much with customers, also my till is always short" gave
    # "How quickly you get through your scanner.", "On the scanner: you chat too much…" and "Your till is short."
    body, _ = _draft("feedback", {"direction": "received", "person_name": "my supervisor Tomasz",
                                  "feedback": "he said im too slow on the scanner and i chat too much with customers, "
                                              "also my till is always short"})
    assert "- Your pace on the scanner." in body and "- You chat too much with customers." in body
    assert "- Your till is often short." in body


def test_outreach_a_retired_role_after_the_first_is_and_a() -> None:
    # "volunteer at a community garden in Bray, retired postman" read "…in Bray, retired postman."
    body, _ = _draft("outreach", {"mentor_name": "Siobhan Kelly", "channel": "email", "tone": "casual",
                                  "my_name": "Dermot", "why_them": "your talk at Bloom about no dig veg beds",
                                  "about_me": "volunteer at a community garden in Bray, retired postman",
                                  "goal": "get a paid job in horticulture", "ask": "shadow u for a morning in spring"})
    assert "I'm a volunteer at a community garden in Bray, and a retired postman." in body
