"""Classes from blind reviews 85 (14 of 24 sendable on 1d1f475) and 86 (16 of 24 on e94b85f): each test names its
class and quotes the draft text that was wrong. Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from functools import partial

from coach.grammar import agreement_errors
from coach.tasks import get_task
from coach.tasks._phrasing import parse_person
from coach.tasks.ask import NOT_COVERED_REPLY, asker_role, not_covered_reply
from coach.tasks.base import Style
from coach.tasks.summary import read_notes
from coach.writing import expand_shorthand, greeting_name
from tests.tasks.support import drafted, shipped_card

_draft = partial(drafted, with_subject=True)


def _prepare(**fields: object) -> str:
    body, _ = _draft("prepare", {"mentor_name": "Ama", "meeting_minutes": 30, **fields})
    return body


def _received(feedback: str, person: str = "Ms. Okoro, my supervisor") -> str:
    body, _ = _draft("feedback", {"direction": "received", "person_name": person, "feedback": feedback})
    return body


def _answer(question: str, *cards: str) -> str:
    task = get_task("ask")
    return task.compose(task.validate({"question": question}), [shipped_card(c) for c in cards], Style()).body


def test_an_event_note_is_quoted_and_a_decision_after_a_comma_is_a_goal_of_its_own() -> None:
    # review 85 p3: "What have you seen work with one freelancer no show last Saturday?", and "…weddings, decide if i
    # hire full time cook or keep freelancers. What would you focus on first?"
    body = _prepare(goals="grow the bakery to 3 markets, decide if i rent a unit or keep the home kitchen",
                    challenges="one driver no show last friday", meeting_minutes=45)
    assert "seen work with one driver" not in body
    assert "One driver no show last Friday:" in body
    # (asked as the question it is since session 80: "Should I rent a unit…?")
    assert "Should I rent a unit or keep the home kitchen?" in body


def test_a_described_thing_and_a_maybe_plan_get_no_im() -> None:
    # review 86 p2/p3: "I'm very long hours, 6 day weeks, tired." and "I maybe start own business in 3-4 years."
    body = _prepare(goals="maybe open own studio in 2 yrs", challenges="very early starts, 5 day rota, tired",
                    meeting_minutes=45)
    assert "I'm very early" not in body and "Very early starts, 5 day rota, tired." in body
    assert "I maybe" not in body and "Maybe open own studio in 2 years:" in body


def test_a_spanish_don_and_an_ustad_are_kept_with_the_name() -> None:
    # review 86 p3: "Agenda for 60 minutes with Don" for "Don Roberto"; s4: "Hi Ustad," for "Ustad Karim"
    assert greeting_name("Don Alfonso", formal=False) == "Don Alfonso"
    assert greeting_name("Ustad Karim", formal=True) == "Ustad Karim"
    assert greeting_name("Don Walsh", formal=False) == "Don"  # the English name is a name
    assert "with Don Alfonso" in _prepare(mentor_name="Don Alfonso", goals="learn to quote big jobs")


def test_a_respect_after_the_name_stays_and_a_long_setting_before_that_is_where_it_was_said() -> None:
    # review 85 r2: "Verma sir" was "Verma", and "In the morning meeting in front of all that you are giving loads…"
    assert parse_person("Iyer sir (plant head)").address == "Iyer sir"
    body = _received("Iyer sir said in the shift handover meeting in front of everyone that I am signing the "
                     "checklist without checking the valves. I was very upset, the checklist was from the night "
                     "shift", person="Iyer sir (plant head)")
    assert "- You are signing the checklist without checking the valves." in body
    assert "front of everyone that" not in body and "night shift" not in body.split("###")[1]
    assert "Thanks for being honest with me, Iyer sir." in body or "Iyer sir." in body


def test_a_place_where_the_user_did_something_stays_with_what_they_did() -> None:
    # (the longer setting is only where it was said when "that" follows: "she said in the client meeting for the
    # library project i talked…" is where the user talked; golden case)
    body = _received("she said in the site meeting for the new school build i talked about rebar for 15 min")
    assert "site meeting for the new school build" in body


def test_a_point_after_praise_in_another_sentence_is_its_own_and_n_after_a_possessive_is_no_and() -> None:
    # review 86 r2: "…on the Manning's and, and figures are unreadable, too many lines."
    assert expand_shorthand("the Student's n was small, fish n chips") == "the Student's n was small, fish and chips"
    body = _received("she said my report skips the error analysis on the Student's n. She also said the writing is "
                     "clear but the charts are unreadable, too many colours")
    assert "Student's n." in body
    assert "- The charts are unreadable, too many colours." in body or "- Charts are unreadable" in body


def test_the_session_itself_is_no_task_and_no_takeaway() -> None:
    # review 85 s2: "Visit to you farm in Limuru." listed, "Show me drip irrigation…" as her task, "Next meeting you
    # will call me." as a takeaway; s5: "Next, I'm going to ride along on ladder truck 21."
    parsed, _ = read_notes("visit to Amani workshop in Arusha. she show me how to join the frames, it save time. "
                           "Amani will introduce me to the timber supplier. next meeting she will call me",
                           "Mama Amani Juma", "Neema")
    assert not any("visit" in t.lower() for t in parsed.takeaways)
    assert [a.task for a in parsed.actions] == ["Introduce me to the timber supplier"]
    assert parsed.next_meeting == "she will call me"
    parsed, _ = read_notes("ride along on engine 4. he let me hold the hose. said I should drill knots more",
                           "Piet", "Lotte")
    assert all("ride along" not in a.task.lower() and "hold the hose" not in a.task for a in parsed.actions)


def test_a_day_named_with_a_favour_is_still_a_plan() -> None:
    # (golden: "he let me shadow the wine service Friday + Sat dinner" stays an offer)
    parsed, _ = read_notes("he let me shadow the pass on Friday", "Marc", "Lea")
    assert [a.owner for a in parsed.actions] == ["Marc"]


def test_a_session_header_in_indonesian_is_no_task() -> None:
    # review 86 s5: task_lines_in_actions failed on "sesi dgn bu Sari 3/12 (online)"
    _, failed = _draft("summary", {"mentor_name": "Dr. Dewi Lestari", "kind": "full", "my_name": "Made",
                                   "notes": "sesi dgn bu Dewi 5/11 (online)\n- she think the feed is too wet\n"
                                            "- try change feed brand\n- bu Dewi will send me the feed chart"})
    assert "task_lines_in_actions" not in failed


def test_a_mentor_to_be_gets_the_mentors_side() -> None:
    # review 85 a2: "company asked me mentor a new grad" was answered "Ask your mentor early on what they hope to get"
    assert asker_role("my boss asked me to mentor the new apprentice") == "mentor"
    assert asker_role("i am nurse 20 yrs, mentoring a new grad on my ward") == "mentor"
    assert asker_role("how do I find someone to mentor me") == "mentee"
    body = _answer("im head chef and the owner asked me mentor a new commis, i never mentored anybody. what should "
                   "first meeting look like", "set-expectations-early", "choose-the-right-mentor", "mutual-benefit")
    assert body.startswith("The short answer: Use the first meeting to agree the basics")
    assert "Ask your mentor" not in body and "Farah" not in body


def test_an_instruction_for_a_case_never_opens_and_it_points_back_to_the_story() -> None:
    # review 85 a3: "…without burning bridges, if you wrap up, do it deliberately"; review 86 a2: "…her boss, if
    # nothing arrives, consider shortening…"
    body = _answer("I am a potter, 3 years with my mentor, but now nothing new comes. how to end it nicely?",
                   "end-a-mentorship-gracefully", "how-long-mentorships-last")
    assert "if you wrap up" not in body.split("\n")[0] and "decide what you want next" in body.split("\n")[0]
    body = _answer("mentoring a junior chemist, she comes to our sessions with no prep at all. how do i get her to "
                   "own the sessions?", "support-an-unprepared-mentee", "raise-frequent-cancellations")
    first = body.split("\n")[0]
    assert "if nothing arrives" not in first and "graceful way out" not in first and "cancellations" not in body


def test_an_uncovered_question_that_names_a_mentor_is_not_told_to_find_a_mentoring_side() -> None:
    # review 86 a4: a reference letter from a mentor was told "If your question has a mentoring side… ask me that"
    assert not_covered_reply("how do I get a reference letter from my mentor") != NOT_COVERED_REPLY
    assert "mentoring side" not in not_covered_reply("reference letter from my mentor")
    assert not_covered_reply("how do I negotiate a raise") == NOT_COVERED_REPLY


def test_a_clause_after_when_is_an_aside_for_agreement() -> None:
    # (a false failure: "A short close, even when you're breaking up…, keeps the door open" was "you … keeps")
    assert agreement_errors("A short close, even when you're moving on, keeps the door open.") == []
    assert agreement_errors("You miss standups, and your PRs was hard to follow.") == ["PRs was"]


def test_a_range_of_minutes_gets_its_article() -> None:
    # review 86 o1: "Would you be open to 15-20-minute phone call…"
    body, _ = _draft("outreach", {"mentor_name": "Ms. Vale", "why_them": "your talk on tidal energy",
                                  "goal": "move into tidal energy", "ask": "15-20 min phone call next week",
                                  "channel": "email", "my_name": "Kit"})
    assert "a 15-20-minute phone call" in body


def test_a_note_that_leaves_out_the_sign_off_says_so() -> None:
    # review 86 o2: my_name "Théo" was dropped from a full LinkedIn note, and nothing said so
    task = get_task("outreach")
    values = task.validate({
        "mentor_name": "Mme Odile Ferrand, MS", "channel": "linkedin_note", "tone": "formal", "my_name": "Anaïs",
        "why_them": "your talk at the Cider Forum about blending bittersweet apples with low waste was very inspiring "
                    "for me",
        "about_me": "assistant cellar master in Rennes, preparing the advanced exam",
        "goal": "pass the advanced cider exam in 2026",
        "ask": "would you accept 2 questions by message about the tasting part of the exam?"})
    draft = task.compose(values, [], Style())
    assert not draft.body.rstrip().endswith("Anaïs")
    assert "Your name (the sign-off)" in draft.rationale


def test_their_quoted_words_keep_their_person_and_a_liking_is_praise() -> None:
    # review 86 s2: "SP: 'the knife does the work, not ur arm'" became "…, not my arm'"; r1: "patients like me a lot"
    # was listed among the criticisms
    body, _ = _draft("summary", {"mentor_name": "Mr Yannis Kostas", "kind": "thanks", "my_name": "Eleni",
                                 "notes": "- YK: 'let the blade do it, not ur wrist'\n- i practise 3 fillets a day"})
    assert "not your wrist'" in body and "not my wrist" not in body
    body = _received("she said my charts are too long. she also said clients like me a lot")
    points = body.split("also said:")[0]
    assert "like you a lot" not in points and "Clients like you a lot." in body


def test_a_shorthand_unit_is_no_name() -> None:
    # review 86 s3: "metrics: jump dist 4m…" became "jump Dist 4m"
    body, _ = _draft("summary", {"mentor_name": "Ada Brook", "kind": "full", "my_name": "Ola",
                                 "notes": "* metrics: jump dist 4m in my level but standard is 3.5m -> fix"})
    assert "jump dist 4m" in body


def test_the_users_problem_answered_by_their_view_is_not_what_stuck() -> None:
    # review 86 s5: "One thing that really stuck with me: grouper larvae die at day 8-12." (the user's own problem)
    body, _ = _draft("summary", {"mentor_name": "Dr. Rina Putri", "kind": "full", "my_name": "Komang",
                                 "notes": "- seedlings die after 2 weeks, she think is the water pH\n"
                                          "- bu Rina will send me the dosing table"})
    assert "stuck with me: seedlings die" not in body and "offering to send me the dosing table" in body


def test_how_a_thing_went_is_never_the_users_doing() -> None:
    # review 86 p2: "…when the DSM was sick!! went mostly ok, missed LX 47 standby" became "I went mostly ok and
    # missed…"
    body = _prepare(progress="ran the pass 2 nights when chef was off!! went mostly ok, burned one risotto",
                    goals="become sous chef")
    assert "I went" not in body and "It went mostly ok." in body


def test_a_point_for_a_case_never_named_and_one_for_the_other_side_are_left_out() -> None:
    # stop hook sample: "how do I make our 30 minutes count?" got "If you must reschedule, tell them…"; "I've been asked
    # to reverse-mentor our CEO" got "Let the junior mentor set the agenda for their sessions"
    body = _answer("my mentor is very senior and always rushed, how do I make our 20 minutes count?",
                   "respect-their-time", "build-a-meeting-agenda")
    assert "If you must reschedule" not in body
    body = _answer("I've been asked to reverse-mentor our director on social media. How do I start?",
                   "reverse-mentoring")
    assert "Let the junior mentor" not in body


def test_review_87_a_vocative_a_gerund_subject_a_quoted_question_and_respect_words() -> None:
    # o4: "I am writing to you because of sir, I read your paper…"; p1: "writing reports is slow" failed as "reports
    # is"; g3: a quoted question ('like "don't you think…?" so the data…') split a sentence; r3: "Khun Ploy" was
    # "Khun"; s4: "Kovács tanár úr" was "Kovács", and "KT:" was not him
    body, _ = _draft("outreach", {"mentor_name": "Shri A. Iyer", "why_them": "sir, i read your paper on bridge "
                                  "bearings, very clear", "goal": "move into bearing design", "ask": "20 min call "
                                  "next week", "channel": "email", "tone": "formal", "my_name": "Ravi"})
    assert "because of sir" not in body and "sir, I read" not in body
    assert agreement_errors("My writing is ok but writing reports is slow.") == []
    from coach.checks import line_sentences
    assert len(line_sentences('She asks things like "isn\'t this confusing?" so the data is biased.')) == 1
    assert parse_person("Khun Ploy, purser").address == "Khun Ploy"
    assert greeting_name("Kovács tanár úr", formal=False) == "Kovács tanár úr"
    body, _ = _draft("summary", {"mentor_name": "Szabó tanár úr", "kind": "thanks", "my_name": "Anna",
                                 "notes": "- SZ: my bow arm 'is too stiff, let it swing'\n- he lend me his etudes!!"})
    assert "lending me your" in body and "offering to lend" not in body


def test_review_87_a_noun_to_do_a_first_meeting_with_a_senior_mentor_and_an_ask_to_end_it() -> None:
    # p3: "I said I'd list of 5 LLCs to check…"; a4: a junior analyst's first meeting got reverse-mentoring advice;
    # a3: "…he said i am too sensitive… how do i end it?" was answered with how to open a direct conversation
    assert "I said I'd list of" not in _prepare(goals="grow the blog", open_items="me: list of 3 sources to check")
    task = get_task("ask")
    values = task.validate({"question": "first meeting w/ my new mentor (she is senior planner, im junior 1 yr). "
                                        "what should i prepare?"})
    kept = task.kept_guidance(values, [shipped_card("reverse-mentoring"), shipped_card("prepare-good-questions")])
    assert [g.id for g in kept] == ["prepare-good-questions"]
    values = task.validate({"question": "I was asked to reverse-mentor our director"})
    assert len(task.kept_guidance(values, [shipped_card("reverse-mentoring")])) == 1
    body = _answer("my mentor made a joke about my accent and said i am too sensitive. i dont want to continue. how do "
                   "i end it?", "open-a-direct-conversation", "active-listening-and-notes",
                   "end-a-mentorship-gracefully")
    assert "Say why you want to talk" not in body.split("\n")[0]


def test_review_88_a_place_named_like_a_day_a_stranded_of_and_a_ships_rank() -> None:
    # s1: "on the Thu Duc warehouse roof" became "the Thursday Duc warehouse roof"; g1: reads_well failed "…and at
    # least one other time I know of." as cut off; s4: "Bosun Ingrid Haugen" was greeted "Hi Bosun,"
    from coach.tasks.reading import reads_well

    assert expand_shorthand("my layout on the Thu Duc roof, send by thu") == (
        "my layout on the Thu Duc roof, send by Thursday")
    assert reads_well("**Situation:** At the Swords job and at least one other time I know of.").passed
    assert greeting_name("Bosun Ingrid Haugen", formal=False) == "Bosun Haugen"
