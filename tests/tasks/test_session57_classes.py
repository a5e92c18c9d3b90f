"""Classes found reading drafts on new messy input in session 57: each test names its class."""

from __future__ import annotations

from coach.compose import article_for
from coach.grammar import clause_as_noun
from coach.writing import expand_shorthand
from tests.tasks.support import drafted

_draft = drafted


OUTREACH = {"mentor_name": "Mr. David Osei", "channel": "email", "tone": "formal", "my_name": "Ruth Mensah",
            "goal": "decide whether to leave audit for an FP&A role this year",
            "ask": "20 minutes by phone at your convenience"}


def test_a_formal_reason_is_given_as_the_reason_never_as_an_admiration_nobody_typed() -> None:
    why = "your interview in the CFO Review about moving from audit into industry"
    body, failed = _draft("outreach", {**OUTREACH, "why_them": why})
    assert ("I am writing to you because of your interview in the CFO Review about moving from audit into "
            "industry.") in body
    assert "admired" not in body and not failed
    # the check reads the new frame: a whole clause put where its noun phrase belongs is a splice
    assert clause_as_noun("I am writing to you because of your post changed how I think about pricing.")
    assert not clause_as_noun("I am writing to you because of your interview in the CFO Review.")


def test_an_initialism_takes_the_article_of_its_first_letters_name() -> None:
    assert article_for("MSc student in Lagos") == "an"
    assert article_for("MEng graduate") == "an"
    assert article_for("BSc student") == "a"
    assert article_for("PhD candidate") == "a"
    assert article_for("UX designer") == "a"
    body, _ = _draft("outreach", {**OUTREACH, "why_them": "you supervised my friend Ada's PhD",
                                  "about_me": "MSc student in Lagos, public health"})
    assert "I am an MSc student in Lagos" in body  # (a formal note says "I am", session 61)


def test_what_the_user_also_does_after_their_role_joins_it_with_and() -> None:
    body, failed = _draft("outreach", {
        "mentor_name": "Sarah Kim", "mentor_context": "runs a bakery with 3 locations in Leeds",
        "why_them": "i love your sourdough and your insta about going from home baker to shop",
        "about_me": "home baker, sell at farmers market on saturdays", "goal": "open my own small bakery in 2 years",
        "ask": "could i buy you a coffee and ask how you got started?", "channel": "linkedin_message",
        "tone": "warm", "my_name": "Dee"})
    assert "I'm a home baker and sell at farmers market on Saturdays." in body
    assert "your Instagram about going from home baker to shop" in body  # "insta" spelled out
    assert expand_shorthand("saw it on insta") == "saw it on Instagram"
    assert not failed


def test_help_named_as_a_thing_given_is_thanked_too() -> None:
    body, failed = _draft("summary", {
        "mentor_name": "Dr. Patel", "my_name": "Aisha", "kind": "thanks",
        "notes": "helped me figure out the stats for chapter 3, esp the mixed models bit. also the tip about "
                 "talking to my supervisor early"})
    assert "especially for helping me figure out the stats for chapter 3." in body
    assert "Thank you also for the tip about talking to my supervisor early." in body
    assert not failed


def test_someone_they_know_who_might_help_gets_the_who_a_sentence_needs() -> None:
    body, _ = _draft("summary", {
        "mentor_name": "Mike", "my_name": "Jen", "kind": "full",
        "notes": "Mike said dont quit yet, wait for bonus in march. I will talk to HR about part time options. "
                 "He knows someone at Deloitte might intro."})
    assert "You know someone at Deloitte who might introduce me." in body
    assert expand_shorthand("Someone at Deloitte might know.") == "Someone at Deloitte might know."  # whole already


def test_the_name_said_to_them_makes_its_verb_agree() -> None:
    body, failed = _draft("feedback", {
        "direction": "give", "person_name": "Marcus",
        "feedback": "Marcus talks over the junior devs in code review and rewrites their PRs without asking. two "
                    "of them told me they feel they cant contribute"})
    assert "I've noticed that you talk over the junior devs in code review." in body
    assert "you talks" not in body and "reads_well" not in failed


def test_the_base_form_after_ever_in_a_superlative_is_the_present_perfect() -> None:
    assert expand_shorthand("the duck was the best thing I ever eat") == "the duck was the best thing I've ever eaten"
    assert expand_shorthand("the best talk I ever see") == "the best talk I've ever seen"
    assert expand_shorthand("the best talk I ever heard") == "the best talk I ever heard"  # a past reads as typed


def test_an_anonymous_reviewer_is_neither_asked_nor_written_to_as_a_person() -> None:
    for reviewer in ("Reviewer 2", "the referees", "anonymous examiner", "R2"):
        body, failed = _draft("feedback", {
            "direction": "received", "person_name": reviewer,
            "feedback": "reviewer said paper lacks novelty and the related work section ignores 3 key papers from "
                        "2023. harsh but maybe fair??"})
        assert "The related work section ignores 3 key papers from 2023." in body
        assert "### Questions to work through before you respond" in body
        assert "### A response you could start from" in body
        assert "Thank you for telling me" not in body and "quick word" not in body  # no one to talk to
        assert "specific moment" not in body and "what you changed, and ask" not in body
        assert not failed, (reviewer, failed)
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Dr. Reviewer-Smith",
                                  "feedback": "my charting is sloppy"})
    assert "### Questions to ask" in body  # a person is still asked


def test_a_timed_log_of_notes_is_read_without_its_times() -> None:
    body, failed = _draft("summary", {
        "mentor_name": "Dr. Ngozi Eze", "my_name": "Tom", "kind": "full",
        "notes": "[10:02] Ngozi: portfolio looks ok but reflections are thin\n[10:15] me - email Dr Lowe re "
                 "anaesthetics taster\n[10:16] Ngozi will sign off my DOPS for the ascitic tap\n[10:24] me: finish "
                 "the QIP write-up by 28th"})
    assert "- **Me:** Email Dr Lowe about anaesthetics taster" in body
    assert "- **Dr. Eze:** Sign off my DOPS for the ascitic tap" in body
    assert "[10:" not in body and not failed


def test_a_law_case_and_a_levels_are_no_slips() -> None:
    from coach.grammar import midsentence_capitals, shorthand
    assert not shorthand("I watched your closing speech in R v Mensah at the Old Bailey.")
    assert shorthand("It was v good.") == ["v"]
    assert not midsentence_capitals("I'm 17 and doing A levels in art, maths and physics.")


def test_a_learners_role_before_their_name_is_no_name() -> None:
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Student Nurse Amina Yusuf",
        "feedback": "Amina is kind with patients. But she's interrupting the nurse in charge for things to look up",
        "behaviour": "asked me or the nurse in charge about doses she could check in the BNF"})
    assert body.startswith("Amina,")
    assert "the nurse in charge" in body and "the you in charge" not in body


def test_two_people_are_spoken_to_in_the_plural() -> None:
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Dean and Kyle, labourers",
        "feedback": "Dean and Kyle keep taking their hard hats off on the scaffold. Good workers, quick and tidy, "
                    "but I can't have this on my site.",
        "behaviour": "took their hard hats off on the second lift of the scaffold"})
    assert "you took your hard hats off on the second lift of the scaffold" in body
    assert "You're good workers, quick and tidy." in body


def test_who_they_are_after_the_name_is_not_said_to_them() -> None:
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Aoife",
        "feedback": "Aoife my new hire is brilliant with customers but she's been on her phone a lot at the till"})
    assert "You are brilliant with customers." in body and "my new hire" not in body
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Kwame", "request": "tailor the first paragraph to each company",
        "feedback": "wants to tell my mentee Kwame that his cover letter is generic - same letter for every job"})
    assert "want to tell" not in body and "your cover letter is generic" in body


def test_thanks_for_a_chat_about_something_names_it() -> None:
    body, failed = _draft("summary", {
        "mentor_name": "Kat", "my_name": "Robyn", "kind": "thanks",
        "notes": "thx for the chat re going freelance. ur invoice template?? + the tip about charging day rate not "
                 "hourly"})
    assert "Thank you for the chat about going freelance." in body
    assert "Thank you also for the tip about charging day rate not hourly." in body
    assert not failed


def test_two_supervisors_each_keep_their_own_tasks_and_a_goal_is_ahead() -> None:
    body, _ = _draft("prepare", {
        "mentor_name": "Dr. Ruth Adler and Dr. Kofi Mensah", "meeting_minutes": 60,
        "goals": "Agree whether chapter 2 stays in the thesis\nSet a realistic submission date",
        "progress": "So since last supervision I spent most of November in the archive",
        "open_items": "Ruth: send comments on chapter 3\nKofi: check if the department can extend my desk space"})
    assert "Since we last spoke: I spent most of November in the archive." in body
    assert "- Ruth: send comments on chapter 3" in body and "You said you'd" not in body
    assert "if I want to set a realistic submission date?" in body and "I set a" not in body


def test_two_mentors_initials_each_name_their_own() -> None:
    body, _ = _draft("summary", {
        "mentor_name": "Amy Chen and Jonah Weiss", "my_name": "Priti", "kind": "full",
        "notes": "J: churn 7% is fine for now, focus on activation\nA to intro me to the CFO at Bupa Dental\nJ will "
                 "review pitch deck v4\nme: fix onboarding email sequence"})
    assert "- **Amy:** Introduce me to the CFO at Bupa Dental" in body
    assert "- **Jonah:** Review pitch deck v4" in body
    assert "Jonah said churn 7% is fine for now" in body


def test_a_heading_over_pasted_feedback_is_no_point_and_plurals_agree() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Alistair Grant, supervising partner",
        "feedback": "Feedback from Alistair after the completion on the Harcourt Road sale:\n1. Your attendance "
                    "notes are on average 3 days late.\n2. Ask for help earlier rather than sitting on a problem."})
    assert "Harcourt Road" not in body and "- Your attendance notes are on average 3 days late." in body
    said = "He say my bug reports is too short and developers cannot reproduce"
    body, failed = _draft("feedback", {"direction": "received", "person_name": "Rafael", "feedback": said})
    # (what it costs others is said with the point, review 82)
    assert "Your bug reports are too short, and developers cannot reproduce." in body and "reads_well" not in failed


def test_non_native_and_shorthand_slips_with_one_reading() -> None:
    assert expand_shorthand("Carmen say me to ask accountant about VAT") == "Carmen told me to ask accountant about VAT"
    assert expand_shorthand("look at mid size cos") == "look at mid size companies"
    assert expand_shorthand("I left cos I was bored") == "I left cos I was bored"  # "because" stays as typed


def test_a_causative_or_look_like_is_no_splice() -> None:
    from coach.grammar import spliced_clauses
    assert not spliced_clauses("As a result, it makes me look like I can't handle my work and it's embarrassing.")
    assert spliced_clauses("We met at PyCon stood out to me.")
    assert spliced_clauses("Admired your post made a strong impression on me.")


def test_review_of_the_change_each_new_rule_keeps_to_its_one_reading() -> None:
    """Counter-examples a review of this change found (one per rule): each stays as it was before the rule."""
    from coach.grammar import spliced_clauses
    from coach.tasks.session_notes import _two_mentors_by_initial, _without_timestamps

    # a request to let the user know is a request, never the user's note to self
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Tom",
                                  "feedback": "needs to let me know that he's running late rather than not turning up"})
    assert "I've noticed that you're running late" not in body
    # two people: other people's "they" stay theirs
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Dean and Kyle",
                                  "feedback": "Dean and Kyle leave the gate open, the apprentices told me they feel "
                                              "unsafe and their parents complained"})
    assert "you feel unsafe" not in body and "your parents" not in body
    # an initial that is a letter stays a letter
    for line in ("Plan A: stay and ask for promotion", "I got a B and an A - A says fine", "Q: rates? A: day rate"):
        assert _two_mentors_by_initial(line, "Amy Chen and Jonah Park") == line
    # times that say when something happens, and prices, stay
    for notes in ("9:30 call with HR tomorrow\n2:00 panel interview Thursday", "1.50 an hour raise\n2.10 per mile"):
        assert _without_timestamps(notes) == notes
    # slips keep to their one reading
    for typed in ("Marcus knows someone at Deloitte I could talk to", "He knows someone at Deloitte. Might be worth it",
                  "I dont apply to more cos im scared", "more cos of the commute", "My mum always say me to rest",
                  "Can you say me to what address"):
        assert "who" not in expand_shorthand(typed).split()[-6:] or "who" in typed
        assert "companies" not in expand_shorthand(typed) and "told me" not in expand_shorthand(typed)
    # words said as words take the article of their sound
    assert [article_for(w) for w in ("iOS developer", "SaaS executive", "FedEx driver", "MySQL admin")] == [
        "an", "a", "a", "a"]
    # a noun after the comma is no second verb
    body, _ = _draft("outreach", {**OUTREACH, "why_them": "your interview in the CFO Review",
                                  "about_me": "IT technician, help desk for 4 years"})
    assert "and help desk" not in body
    # an examiner met in person is asked, as anyone is
    body, _ = _draft("feedback", {"direction": "received", "person_name": "the examiner",
                                  "feedback": "failed my driving test, didn't check mirrors at the roundabout"})
    assert "### Questions to ask" in body
    # a goal that was done last year stays done
    body, _ = _draft("prepare", {"mentor_name": "Lena", "meeting_minutes": 30,
                                 "goals": "set up my own salon last year, now want to hire my first stylist"})
    assert "this: set up my own salon last year" not in body
    # "since the last review of chapter 1" is what the sentence says
    body, _ = _draft("prepare", {"mentor_name": "Lena", "meeting_minutes": 30, "goals": "finish chapter 2",
                                 "progress": "haven't had feedback since the last review of chapter 1"})
    assert "since the last review of chapter 1" in body
    # a quality that is no praise is never praised
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Tom",
                                  "feedback": "good worker otherwise, slow, keeps missing the 7am start"})
    assert "and slow" not in body
    assert spliced_clauses("It looks like it will rain stuck with me.")


def test_sending_something_to_the_mentor_is_the_users_promise() -> None:
    items = "send CV v3 to Stewart\nemail the draft to Stewart"
    body, _ = _draft("prepare", {"mentor_name": "Maj. (retd) Stewart Baird", "goals": "land a civvy job in ops",
                                 "meeting_minutes": 30, "open_items": items})
    assert "- I said I'd send CV v3 to you" in body and "- I said I'd email the draft to you" in body
    assert "- Send CV v3 to you" not in body
