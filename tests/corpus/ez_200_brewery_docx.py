"""8584-200 Understanding Mentoring: a brewery packaging team leader's essay, as a DOCX.

Ryan Whitlock leads a shift on a brewery's canning and bottling line and has started
mentoring new operators. His essay has no criterion labels: a few lines of his own act as
sub-titles ("Why bother", "Getting it right", "Keeping track"). He begins with the benefits
(with three situations: a new starter, a forklift driver stepping up, and a volunteer at
his son's football club), puts trust early and barriers late, answers the overcoming of
barriers in a paragraph of its own after a story, splits listening and questioning over two
paragraphs (the first the fuller), gives the skills as a run of his own words, and ends with
records. An introduction and conclusion touch every topic; one reference.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring on the packaging line"),
    P("Ryan Whitlock - ILM Level 2 mentoring assignment"),
    P("""I am a shift team leader in the packaging hall of an independent brewery. This essay covers
      what a mentor does, how mentoring helps people in different places, what gets in the way and
      how to deal with it, the skills you need, the model I use, listening and questioning, giving
      feedback, building trust, planning sessions, setting goals and keeping records."""),
    P("Why bother"),
    P("""The people who gain most from a mentor are the ones in a new situation. A new operator on
      the canning line has a hundred things to learn about seamer checks, date coding and
      changeovers, and having one person to go to means they settle in weeks instead of months.
      When our forklift driver Jas stepped up to be a line lead, his mentor helped him with the
      side of the job nobody trains you for, like telling a mate his breaks are too long. Outside
      work, I help at my son's under-twelves football club, where the older volunteer coaches
      mentor the new parent helpers, and the benefit there is confidence and keeping volunteers
      who would otherwise drift away. In every case the person gets someone on their side who has
      been there before."""),
    P("""A mentor is not a trainer and not the mentee's boss. The trainer shows you how to run the
      filler; the mentor is the person you can talk to about how it's going, who helps you work out
      your own way forward, shares what they learned the hard way and points you to the right
      people. Their job is to support the mentee's development, keep to what was agreed, and know
      when something is beyond them and needs passing on to HR or occupational health."""),
    P("""Trust comes first, because without it nobody tells you what is really going on. I build it by
      doing what I say I will do, by being upfront that what we talk about stays between us unless
      somebody is at risk of getting hurt, and by admitting my own mistakes, like the time I put a
      whole pallet of the wrong labels through. I never use anything from a mentoring chat in a
      shift review."""),
    P("Getting it right"),
    P("""The skills I think matter most are listening, asking good questions, patience, not judging,
      being able to explain things simply, setting targets, giving honest feedback and setting a good
      example on the line."""),
    P("""I follow the GROW model. First we agree the Goal, for example getting signed off on the
      labeller. Then the Reality: what they can do now and what is getting in the way. Then the
      Options they can come up with, and finally the Way forward, what they will do before we next
      meet. It keeps us on track in a short session."""),
    P("""Listening properly means putting the radio down, facing the person and letting them finish.
      On a noisy line that means going into the break room, because you cannot listen to someone
      over the palletiser. I nod, repeat back what they said in my own words and check I have got it
      right, and I watch their face as much as their words. Good listening makes the mentee feel
      taken seriously and means I deal with the real problem instead of the one I assumed."""),
    P("""I use open questions to get them talking, like 'What happened on the changeover?' and 'How
      do you think it went?', and closed ones only to check facts, like 'Did you do the seam check
      at the start?'"""),
    P("""When I give feedback I start with what went well, then one thing to change and why, then
      finish on something positive, and I do it straight after the event while it is fresh but
      always in private. I give facts rather than opinions: 'three cans went through unchecked'
      rather than 'you were sloppy'."""),
    P("""Before mentoring starts I have a half-hour chat with the new person and go through a short
      questionnaire about their experience, how they like to learn and what worries them. I look at
      their training record to spot gaps, we agree a simple mentoring agreement on how often we will
      meet and what stays private, and I book the sessions at the start of the shift, before the
      line gets busy, in the break room."""),
    P("""Examples of goals: to be signed off to run the labeller on their own within six weeks; to do a
      full changeover from cans to bottles without help by the end of the quarter; to lead the
      start-of-shift briefing once a week by Christmas. Each one has a date and something you can
      see, and I ask how much they want it, out of ten."""),
    P("""Last winter one of my mentees nearly packed it in. He had been on nights, was never in the
      same place as me, and was too embarrassed to ask for help because he is older than most of
      the team."""),
    P("""That shows the main things that get in the way: shifts that don't line up, no quiet place to
      talk, the mentee not wanting to be mentored or feeling awkward about it, and mentors simply
      being too busy on the line. For his case the answer was to swap him onto my shift pattern for
      a month, meet in the quality office at shift change, and agree with him that we were two
      colleagues swapping ideas, not a teacher and a pupil. Generally I would say: get the manager
      to agree protected time, find somewhere private, explain what the mentee gets out of it, and
      if the pairing is wrong, find them another mentor."""),
    P("Keeping track"),
    P("""I keep a short record of each session: the date, what we talked about, the goals and the
      actions agreed, and how they are getting on. It goes in a locked cabinet in the shift office,
      not on the shared drive, and only the mentee and I see it, because of data protection. I also
      keep my own diary of how I think I did as a mentor, and we look back at the records together
      to see progress."""),
    P("""To finish, mentoring on the line is about being there for people. I have covered the role, the
      benefits, barriers and how to deal with them, the skills, GROW, listening and questions,
      feedback, trust, planning, goals and records."""),
    P("Reference: Whitmore, J. (2017) Coaching for Performance. London: Nicholas Brealey."),
]

CASE = Case(
    name="ez_200_brewery_docx",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Whitlock mentoring essay.docx", BLOCKS)],
    labels={
        "1.1": "A mentor is not a trainer",
        "1.2": "under-twelves football club",
        "1.3": "shifts that don't line up",
        "1.4": "swap him onto my shift pattern",
        "2.1": "patience, not judging",
        "2.2": "I follow the GROW model",
        "2.3": "putting the radio down",
        "2.4": "three cans went through unchecked",
        "2.5": "I never use anything from a mentoring chat",
        "3.1": "short questionnaire about their experience",
        "3.2": "run the labeller on their own within six weeks",
        "3.3": "locked cabinet in the shift office",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": ["Jas"]},
    about="Brewery mentoring essay DOCX: plain own lines, benefits first across three situations, trust early, a story then barriers and remedies in one paragraph, listening and questions over two paragraphs, intro and conclusion.",
)
