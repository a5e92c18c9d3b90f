"""Classes left open by review 58 and mended in session 56: each test names its class."""

from __future__ import annotations

from functools import partial

from coach.tasks.feedback import happened_once
from coach.writing import expand_shorthand, greeting_name
from tests.tasks.support import drafted

_draft = partial(drafted, form_style=False)


def _behaviour(**fields: str) -> str:
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Tom", **fields})
    return next(line for line in body.splitlines() if line.startswith("**Behaviour:**"))


def test_one_incident_is_said_in_the_past_never_as_a_habit() -> None:
    once = _behaviour(feedback="he gave a client the wrong delivery date this morning",
                      when_it_happened="this morning in the handover",
                      behaviour="giving the client the wrong delivery date without checking the system")
    assert "you gave the client the wrong delivery date without checking the system." in once
    assert "you've been" not in once
    late = _behaviour(feedback="late to the ward round", when_it_happened="yesterday",
                      behaviour="late to the ward round")
    assert "you were late to the ward round." in late
    twice = _behaviour(feedback="interrupting people", when_it_happened="Monday's standup",
                       behaviour="interrupting Jun twice while she was giving her update")
    assert "you interrupted Jun twice while she was giving her update." in twice


def test_a_habit_or_a_stretch_of_time_keeps_you_have_been() -> None:
    again = _behaviour(feedback="keeps turning up late", when_it_happened="on Tuesday and again today",
                       behaviour="arriving after the round started")
    assert "you've been arriving after the round started." in again
    assert not happened_once("over the last month", "arriving late")
    assert not happened_once("mondays", "arriving late")
    assert not happened_once("yesterday", "always arriving late")
    assert happened_once("in Tuesday's client call", "talking over the client")


def test_a_two_word_given_name_leading_a_longer_name_is_greeted_whole() -> None:
    assert greeting_name("Juan Carlos Ortega", formal=False) == "Juan Carlos"
    assert greeting_name("Ana Lucía Gómez Ruiz", formal=True) == "Ana Lucía Gómez Ruiz"
    assert greeting_name("Dr. Juan Carlos Ortega", formal=False) == "Dr. Ortega"
    assert greeting_name("Juan Ortega", formal=False) == "Juan"
    assert greeting_name("Marie Anne Dupont", formal=False) == "Marie"


def test_a_bare_verb_typed_as_a_question_is_framed_as_the_users_request() -> None:
    body, failed = _draft("outreach", {
        "mentor_name": "Juan Carlos Ortega", "my_name": "Lucía", "channel": "email", "tone": "warm",
        "why_them": "you run the regenerative farm near Tarragona that my uncle told me about",
        "about_me": "I'm a sous chef in Barcelona", "goal": "starting my own small farm-to-table kitchen",
        "ask": "visit your farm?"})
    assert body.startswith("Hi Juan Carlos,")
    assert "Could I visit your farm?" in body and "\nVisit your farm?" not in body
    assert "one_specific_ask" not in failed
    assert "time_boxed" in failed  # no size was given, so the check asks for one rather than inventing it


# -- review 59 -------------------------------------------------------------------------------------------


def test_two_people_in_one_name_field_are_both_spoken_to() -> None:
    assert greeting_name("Maria and Tom", formal=False) == "Maria and Tom"
    assert greeting_name("Dr. Chen & Dr. Osei", formal=True) == "Dr. Chen and Dr. Osei"
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Sam and Priya", "feedback": "The handover notes you both write are thin",
        "behaviour": "left the fluid balance totals blank on the handover sheet"})
    assert body.startswith("Sam and Priya, can I share")
    prep, _ = _draft("prepare", {
        "mentor_name": "Dr. Chen and Dr. Osei", "goals": "agree the scope of chapter 3", "progress": "",
        "challenges": "Dr. Osei and I disagree on whether to include the pilot data", "meeting_minutes": 60})
    assert "Dr. Osei and I disagree" in prep and "You and I disagree" not in prep


def test_a_task_for_two_people_is_theirs_never_mine() -> None:
    body, _ = _draft("summary", {
        "mentor_name": "Claire Dubois", "my_name": "Hannah", "kind": "full",
        "notes": "Actions:\n* me: email program officer this week\n* Claire + Jo: read the new aims page\n"
                 "* me & Claire: pick a date for the mock panel"})
    assert "- **Claire and Jo:** Read the new aims page" in body
    assert "You and Jo" not in body
    assert "- **Both of us:** Pick a date for the mock panel" in body


def test_the_received_sheet_says_put_neutrally_once() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Janet, my charge nurse",
        "feedback": "u need to speak up more in handover, ur notes r good tho but the night team dont hear the "
                    "important stuff bc u rush it"})
    assert body.count("put neutrally") + body.count("Put neutrally") == 1
    assert "Janet pointed to this:" in body
    # the concern after "tho but" goes with the point it explains, never under the praise
    assert "- You need to speak up more in handover: the night team don't hear the important stuff because you " \
           "rush it." in body
    assert "Janet also said:\n- Your notes are good." in body


def test_prepare_never_says_since_we_last_spoke_twice() -> None:
    rambled, _ = _draft("prepare", {
        "mentor_name": "Olusegun", "goals": "get to 10 regular clients", "meeting_minutes": 60,
        "progress": "So since we last talked I did actually follow your advice and went to the breakfast"})
    assert "Since we last spoke: I did actually follow your advice" in rambled
    assert "since we last talked" not in rambled
    spoke, _ = _draft("prepare", {
        "mentor_name": "Helen", "goals": "decide on the MSc", "meeting_minutes": 30,
        "progress": "Spoke to two NPs on my unit about their routes"})
    assert "Since our last session, I spoke to two NPs" in spoke
    cv, _ = _draft("prepare", {"mentor_name": "Ana", "goals": "get my visa sorted", "meeting_minutes": 20,
                               "progress": "Updated CV"})
    assert "Since we last spoke, I updated my CV." in cv


def test_outreach_frames_take_what_the_user_typed_whole() -> None:
    from coach.tasks.outreach_phrasing import Voice, about_sentence, ask_sentence, context_sentence, goal_sentence

    warm, formal = Voice("warm", "email"), Voice("formal", "email")
    # a gerund goal with a participle in it ("an advanced … role") is still a goal, never a bare fragment
    assert goal_sentence("moving into an advanced clinical practitioner role within the next two years", formal) == (
        "At present I am focused on moving into an advanced clinical practitioner role within the next two years.")
    # what they did is never put after "as a", and is said with "you" (review 97: left out, it was a fact lost);
    # what they do now is said with "you"
    assert context_sentence("co-founded the Riverside Community Bakery", warm) == (
        "Since you co-founded the Riverside Community Bakery, your perspective would help me a great deal.")
    assert context_sentence("co-leads the nursing network", warm).startswith("Since you co-lead the nursing network")
    assert "co-founder of the Riverside Bakery" in context_sentence("co-founder of the Riverside Bakery", warm)
    assert about_sentence("a line cook for 6 years who wants to open a social-enterprise café") == (
        "I've been a line cook for 6 years, and I want to open a social-enterprise café.")
    # time asked for to do something the user does is asked by the user
    assert ask_sentence("an hour to visit the bakery on a quiet morning and ask you both some questions", warm) == (
        "Could I have an hour to visit the bakery on a quiet morning and ask you both some questions?")


def test_shorthand_with_one_reading_is_spelled_out() -> None:
    assert expand_shorthand("figure out if i shld move teams") == "figure out if i should move teams"
    assert expand_shorthand("cut the intro para") == "cut the intro paragraph"
    assert expand_shorthand("matter more than # of pubs") == "matter more than number of publications"
    assert expand_shorthand("Tues or Thurs after 4pm") == "Tuesday or Thursday after 4pm"
    assert expand_shorthand("went to the pubs after") == "went to the pubs after"
    # a mark-up is "plus", a list is "and", a sum stays
    assert expand_shorthand("materials + 20%") == "materials plus 20%"
    assert expand_shorthand("corn/soy + 30 head") == "corn/soy and 30 head"
    assert expand_shorthand("2 + 2") == "2 + 2"


def test_what_was_shown_after_a_colon_is_thanked_whole() -> None:
    from coach.tasks.summary import favours_done

    assert favours_done("you walked me through how you price fit-outs: materials plus 20%, labour by the day") == [
        "walking me through how you price fit-outs: materials plus 20%, labour by the day"]
    assert favours_done("you lent me your manual, showed me the 10:30 run") == [
        "lending me your manual", "showing me the 10:30 run"]


def test_reads_well_names_a_dashed_list_run_into_a_sentence() -> None:
    from coach.grammar import reading_problems

    spliced = ("I'm reaching out because - ex-teacher like me - wrote the 'from classroom to SQL' thread - hires "
               "junior analysts.")
    assert any(p.startswith("a dashed list run into a sentence") for p in reading_problems(spliced))
    # a bullet line, a dash before a remark or a range is no list run into a sentence
    for fine in ("- Read the book you lent me (Peynaud) - halfway", "Challenge - rota clash (10 min): my question.",
                 "Weeks 1 - 3 are the pilot."):
        assert not any(p.startswith("a dashed list") for p in reading_problems(fine)), fine


def test_a_perfect_typed_with_the_bare_verb_since_a_span_is_the_perfect() -> None:
    assert expand_shorthand("I have follow your blog since one year") == "I've followed your blog for one year"
    assert expand_shorthand("I have a stall since 5 years") == "I've had a stall for 5 years"
    assert expand_shorthand("the post about 'diary studies' it help me a lot") == (
        "the post about 'diary studies' it helped me a lot")
    assert expand_shorthand("the habits that help me stay calm") == "the habits that help me stay calm"
    assert expand_shorthand("Let it help me grow.") == "Let it help me grow."
    assert expand_shorthand("will it help me in the end?") == "will it help me in the end?"


def test_received_feedback_typed_as_bullets_keeps_every_point() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Sunil (manager)", "context": "mid-year review",
        "feedback": "- too quiet in client calls\n- good technical depth\n- need to push back on scope creep\n"
                    "- emails too long"})
    assert "nothing specific to restate" not in body
    assert "- You need to push back on scope creep." in body and "- Emails too long." in body
    assert "Sunil also said:\n- Good technical depth." in body
    assert '"too quiet"' in body  # the label, asked about rather than restated


def test_and_also_that_starts_another_point() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Mrs. Dlamini",
        "feedback": "She said that I should think about timing each section, and also that my marking is not "
                    "consistent across the two Year 9 groups"})
    assert "- Your marking is not consistent across the two Year 9 groups." in body


def test_the_thanks_name_help_given_and_an_offer_beside_advice() -> None:
    helped, _ = _draft("summary", {"mentor_name": "raj", "my_name": "sam", "kind": "thanks",
                                   "notes": "helped me w/ the offer negotiation, got them up 8k!! also said ask for "
                                            "remote fridays"})
    assert "helping me with the offer negotiation" in helped
    offered, _ = _draft("summary", {"mentor_name": "Sister Mary Okafor", "my_name": "Joy", "kind": "thanks",
                                    "notes": "talked about the band 7 post. she said apply and she will be a referee"})
    assert "especially for your advice to apply, and for offering to be a referee." in offered
    assert "you will be a referee" not in offered


def test_non_native_slips_with_one_reading_are_mended() -> None:
    assert expand_shorthand("my draft is too much descriptive") == "my draft is too descriptive"
    assert expand_shorthand("too much sugar") == "too much sugar"
    assert expand_shorthand("I practice the talk 3 time") == "I practice the talk 3 times"
    assert expand_shorthand("3 time slots") == "3 time slots"
    assert expand_shorthand("my slides have too many text") == "my slides have too much text"
    assert expand_shorthand("you said not to apply to 50 jobs, pick 10 and tailor") == (
        "you said not to apply to 50 jobs, but to pick 10 and tailor")
    assert expand_shorthand("He explain me that in Japan") == "He explain to me that in Japan"  # the tense as typed
    assert expand_shorthand("there is too much administrative work") == "there is too much administrative work"
    assert expand_shorthand("too many text messages") == "too many text messages"
    assert expand_shorthand("Why do we not have a plan") == "Why do we not have a plan"
    assert expand_shorthand("3 time blocks") == "3 time blocks"
    assert expand_shorthand("can you explain me this") == "can you explain me this"


def test_the_users_own_note_after_the_ask_is_a_sentence_of_its_own() -> None:
    from coach.tasks.outreach_phrasing import Voice, ask_sentence

    assert ask_sentence("30 min call sometime in march, tues or thurs after 4pm works best for me",
                        Voice("casual", "email")) == (
        "Would you be up for a 30-minute call sometime in March? Tuesday or Thursday after 4pm works best for me.")


# -- review 60 -------------------------------------------------------------------------------------------


def test_a_strength_in_the_feedback_reaches_the_script_when_the_fields_are_filled() -> None:
    body, failed = _draft("feedback", {
        "direction": "give", "person_name": "Callum, my 2nd year apprentice",
        "feedback": "he's a great tradesman but his van and site are a mess and its a safety risk, need him to sort it",
        "when_it_happened": "tuesday at the Hendersons job",
        "behaviour": "left offcuts of 2.5 twin and earth and an open box of screws on the stairs",
        "impact": "mrs henderson nearly tripped carrying her grandson",
        "request": "do a 5 min tidy at every break and before you leave"})
    assert "**What's working:** You're a great tradesman." in body and "includes_strength" not in failed
    told, failed = _draft("feedback", {
        "direction": "give", "person_name": "Priya Raghunathan, senior analyst",
        "feedback": "I want to tell Priya her client presentations are strong but she talks over the juniors in "
                    "meetings and they've stopped contributing.",
        "behaviour": "finished Tom's and Aisha's sentences", "request": "let the juniors finish"})
    assert "**What's working:** Your client presentations are strong." in told and "includes_strength" not in failed


def test_praise_named_as_praise_is_praise_said_to_them() -> None:
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Mei",
        "feedback": "praise!! my mentee handled an angry customer really well, want to tell her specifically what "
                    "was good",
        "when_it_happened": "sat afternoon at the tills",
        "behaviour": "kept her voice calm, repeated back what the customer said, and offered the refund before he "
                     "asked for the manager",
        "impact": "he calmed down and actually thanked her, and the queue kept moving"})
    assert body.startswith("Mei, I want to tell you about something you did well.")
    assert "before he asked for the manager" in body and "you handled an angry customer really well" in body
    assert "thanked you" in body and "want to tell her" not in body and "change to try" not in body


def test_a_question_typed_as_the_ask_is_asked_as_typed() -> None:
    from coach.tasks.outreach_phrasing import Voice, ask_sentence

    asked = ask_sentence("how did you get your first portfolio piece when you had no UX job? could I ask you that "
                         "on a 15 min call sometime?", Voice("casual", "chat"))
    assert asked.startswith("How did you get your first portfolio piece when you had no UX job?")
    assert "up for how" not in asked
    assert expand_shorthand("cud i ask u 3 quick qs") == "could i ask you 3 quick questions"


def test_prepare_never_says_spoke_twice_in_a_list_of_news_either() -> None:
    body, _ = _draft("prepare", {
        "mentor_name": "Mr. Olumide Bakare", "goals": "Decide if I should do the CIPD level 7 or an MBA.",
        "meeting_minutes": 45, "progress": "I spoke to two people who did the MBA. I made a spreadsheet comparing "
                                           "cost and time."})
    assert "Since our last session: I spoke to two people who did the MBA." in body


def test_a_count_of_times_and_a_goal_typed_better_at_read_whole() -> None:
    assert expand_shorthand("ran the huddle on my own x3") == "ran the huddle on my own 3 times"
    assert expand_shorthand("2x4 timber") == "2x4 timber"
    assert expand_shorthand("better at saying no since last session") == "better at saying no since last session"
    assert expand_shorthand("He bought a BMW X5.") == "He bought a BMW X5."
    body, _ = _draft("prepare", {"mentor_name": "Anke", "meeting_minutes": 30,
                                 "goals": "get promoted\nbetter at difficult convos w/ consultants"})
    assert "get better at difficult conversations with consultants" in body


def test_a_goal_typed_as_a_plan_for_the_meeting_is_its_topic() -> None:
    body, failed = _draft("prepare", {
        "mentor_name": "Siobhán Ní Bhriain", "meeting_minutes": 60,
        "goals": "I want to use this meeting to talk about whether I should stay in academia or move to industry",
        "progress": "Submitted the paper to eLife on 2 May\nHad the interview at AZ (2 rounds)"})
    assert "Today I'd most like to talk about whether I should stay in academia or move to industry." in body
    assert "use this meeting" not in body
    assert "reads_well" not in failed  # "…on 2 May, had the interview" is a list, never a name and its verb


def test_a_missing_to_or_dont_in_non_native_writing_is_put_back() -> None:
    assert expand_shorthand("I want learn how to lead a team") == "I want to learn how to lead a team"
    assert expand_shorthand("I not know how to say it") == "I don't know how to say it"
    assert expand_shorthand("I need help") == "I need help"


def test_a_filler_before_why_them_goes_and_when_is_good_stays_in_the_ask() -> None:
    from coach.tasks.outreach_phrasing import Voice, ask_sentence, why_sentence

    why = why_sentence("honestly ive been following what youve done with the adult returners course",
                       Voice("casual", "email"))
    assert why.startswith("I've been following what you've done") and "What really stuck with me was" not in why
    asked = ask_sentence("Is it possible we meet for coffee one time, maybe 45 minutes, near Croydon when is good for "
                         "you?", Voice("warm", "email"))
    assert asked == "Is it possible we meet for coffee one time, maybe 45 minutes, near Croydon when is good for you?"


def test_this_sessions_rules_leave_ordinary_writing_alone() -> None:
    # found by a review of the change itself: each rule must fire only where it has one reading
    from coach.grammar import dashed_lists
    from coach.tasks.outreach_phrasing import Voice, ask_sentence
    from coach.tasks.summary import _AND_YOU_WILL

    assert dashed_lists("The real issue is - as you know - time.") == []
    assert ask_sentence("Could we meet for a coffee, whichever day works best for you?", Voice("warm", "email")) == (
        "Could we meet for a coffee, whichever day works best for you?")
    assert _AND_YOU_WILL.match("keep a time log for a week and you'll see the pattern") is None
    mixed, _ = _draft("feedback", {"direction": "give", "person_name": "Sam",
                                   "feedback": "Positive: great with patients. Negative: his notes are always late"})
    assert "Thank you for this." not in mixed and "**What's working:** You're great with patients." in mixed
    noted, _ = _draft("feedback", {"direction": "received", "person_name": "Jo",
                                   "feedback": "needs to speak up more in meetings; has to send status updates weekly"})
    assert "You needs" not in noted and "You has" not in noted
    rude, _ = _draft("feedback", {"direction": "give", "person_name": "Tom", "feedback": "rude to a customer",
                                  "when_it_happened": "yesterday", "behaviour": "being rude to a customer"})
    assert "you were rude to a customer" in rude and "you was" not in rude
    shrug, _ = _draft("feedback", {"direction": "give", "person_name": "Tom", "when_it_happened": "friday",
                                   "feedback": "when the guest complained she had waited 40 minutes, he just shrugged"})
    assert "you just shrugged" in shrug
    told, _ = _draft("feedback", {"direction": "give", "person_name": "Priya",
                                  "feedback": "Priya's client deck was strong, want to tell her the client asked for "
                                              "her by name"})
    assert "the client asked for you by name" in told and "want to tell you the client" not in told


def test_a_question_that_opens_with_the_point_is_not_a_repeat_back() -> None:
    from coach.rehearsal.partner import question_kind

    assert question_kind("The point is I want to get better at this, what would you have cut?") == "in-my-place"
    assert question_kind("The problem is the release. Can we push the session to Friday?") != "check"
