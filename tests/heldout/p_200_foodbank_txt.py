"""8584-200 Understanding Mentoring (TXT): a food bank volunteer coordinator, questions pasted above answers.

Bernadette Kilbride, a retired school secretary who now coordinates volunteers at a
church-run food bank in Sunderland, is about to mentor new volunteers. She typed the
assignment in a plain text editor on a library computer: each task's question copied from
the brief and pasted above her answer, with the number in front ('1.2 Outline the main
benefits...'). She did not answer in the brief's order: she did Task 2 first ('the skills
part felt easiest'), then Task 1 with 1.2 before 1.1 and 1.4 before 1.3, then Task 3.
Her 2.1 answer is a table, as the brief asks. Chatty, older voice. The brief's declaration
line at the end with her name; no matrix (a knowledge unit).

Clean: the new volunteers are 'a new volunteer' or by role. Not identifying: Bernadette's own
name, the food bank manager and the vicar (roles), Citizens Advice,
the Duke of Edinburgh award, the council's welfare team, GROW, CLEAR (Hawkins), Pendleton's feedback
model, SMART, GDPR.
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-200 Understanding Mentoring - assignment"),
    P("Bernadette Kilbride"),
    P("""Note to my tutor: I have done Task 2 first because the skills part felt easiest and got
      me going. Everything is here, just not in order. I've copied each question in so you can
      see which one I'm answering."""),

    P("TASK 2"),
    P("""2.1 Consider the key skills you need to be effective in your role as a mentor. Present a
      minimum of two of these skills in a table which gives essential information about those
      skills."""),
    T(
        ["Skill", "What it means", "Why it matters at the food bank"],
        ["Listening", "Giving someone your full attention and hearing what is under the words",
         "New volunteers often come to us after their own hard times and need to be heard before they can learn the job"],
        ["Asking good questions", "Open questions that let the person think for themselves",
         "So they work out how to handle a client at the door rather than copying me"],
        ["Giving feedback", "Saying what went well and what to change, kindly and clearly",
         "Mistakes with vouchers or allergy labels matter, so feedback has to be honest"],
        ["Role modelling", "Doing what I ask others to do",
         "If I am rude about a client in the back room, they will be too"],
    ),
    P("""2.2 Select a model or process that you are planning to follow with an individual in your
      mentoring sessions and describe how it will work in your organisation or situation."""),
    P("""I am going to use GROW because it is easy to remember and I can explain it to a new
      volunteer in a minute. Goal: what do they want to be able to do (for example, run the
      welcome desk on their own). Reality: where are they now, what has happened so far on
      their shifts. Options: what could they try, who could they watch, what could they
      practise. Will (or Way forward): what exactly will they do before next Tuesday. At the
      food bank our shifts are only three hours, so I will use GROW in a 20 minute chat over a
      cup of tea after the doors close, not a long formal meeting. I also looked at CLEAR
      but it felt more suited to business people."""),
    P("""2.3 Explain how you are going to use your knowledge of questioning and listening
      techniques effectively in mentoring individuals."""),
    P("""I will start with open questions like "How did today feel?" and "What was the hardest
      bit?" because they let the person tell me what matters to them. I will use closed
      questions only to check facts ("Did you write the referral number on the voucher?").
      When I listen I will put my phone away, face them, nod, and not plan my answer while
      they are still talking, which is my bad habit from 30 years in a school office. I will
      summarise back what they said so they know I have heard it, and I will leave silences
      because people often say the important thing second."""),
    P("""2.4 Part of your role will be to give feedback to individuals. Describe how you will do
      this in an effective way."""),
    P("""I am going to use Pendleton's rules, which our trainer showed us: the volunteer says
      first what went well, then I add what I saw go well, then they say what they would do
      differently, then I add my suggestions. That way they are doing most of the thinking
      and it never feels like a telling-off. I will give feedback soon after the shift, in
      private, and about what they did, not what they are like. For example, not "you're
      disorganised" but "the tins went on the wrong shelf, let's look at the labels together"."""),
    P("""2.5 It will take time to develop trust with individuals in mentoring situations,
      describe what can be done to achieve this."""),
    P("""Trust comes from doing what you say you will. If I say I will be there on Tuesday I
      will be there. I will also be clear from the first chat about confidentiality - what
      they tell me stays with me unless someone is at risk - and I will explain that
      exception up front so nobody feels tricked later. Sharing some of my own first-week
      mistakes helps too (I once gave a family a parcel with peanut butter when the child had
      a nut allergy; luckily the mum noticed). And I will not gossip about them to the other
      volunteers, which in a small church hall is harder than it sounds."""),

    P("TASK 1"),
    P("""1.2 Outline the main benefits of the mentoring you are about to undertake by describing
      at least three situations where the mentoring will add value."""),
    P("""First, new volunteers at our food bank: mentoring helps them feel confident quickly, so
      they stay. Last year we lost nearly half our new volunteers in the first two months.
      Second, young people doing their Duke of Edinburgh volunteering with us: a mentor helps
      them connect what they are doing to their own goals and gives them someone to ask who
      is not a teacher. Third, outside the food bank, someone returning to work after a long
      illness, like my neighbour, benefits from a mentor at work who helps them settle back in
      and rebuild their confidence without it going through their manager."""),
    P("""1.1 Considering your new mentoring role in supporting individuals, describe the essential
      parts of the work and the main activities."""),
    P("""A mentor is a more experienced person who helps someone else learn and grow, mostly by
      helping them think rather than by telling them. It is different from a trainer, who
      teaches a set thing, and from a supervisor, who checks the work. The main activities of
      my role will be: meeting my new volunteer regularly, helping them set goals, listening,
      asking questions, sharing my experience when it helps, giving feedback, keeping a few
      notes, and pointing them to other help (the food bank manager, Citizens Advice) when
      something is beyond me. The person being mentored stays in charge of their own
      learning. I am there to walk alongside, not to push."""),
    P("""1.4 Provide an explanation of how to overcome each of the potential barriers to
      effective mentoring that you have identified."""),
    P("""(I answered this one before 1.3 because I kept thinking of solutions first - the barriers
      are in 1.3 just below.) For time: we will meet for 20 minutes after the doors close,
      which is already in everyone's shift, so nobody has to come in on a different day. For
      vulnerable volunteers: I will ask gently at the start what support they would like, keep
      sessions short, and know when to refer to the vicar or the food bank manager, or to the
      council's welfare team. For lack of privacy: we will use the vestry, which has a door,
      instead of the main hall."""),
    P("""1.3 There are likely to be potential barriers which will affect the success of your
      mentoring. Outline two or more and explain why they are each a potential barrier."""),
    P("""Time is the first barrier: everyone is a volunteer, most have jobs or caring duties, and
      nobody wants to stay longer than their shift. A second barrier is that some of our
      volunteers have been food bank clients themselves and may be vulnerable, so talking
      about their feelings could bring up difficult things. A third is the building: the hall
      is busy and noisy and there is nowhere private, so people will not speak openly if
      they can be overheard."""),

    P("TASK 3"),
    P("""3.1 Explain your method for planning effective mentoring sessions and how you will plan
      to use any forms or templates as evidence."""),
    P("""Before the first session I will ask the new volunteer to fill in a one page "about you"
      form: what they hope to get from volunteering, what they are nervous about, which
      jobs they would like to try. That helps me see their needs. At the first meeting we will
      agree a simple mentoring agreement (how often, where, confidentiality, how to end it)
      and both sign it. Before each session I will look back at my notes from last time and
      think of one or two questions to start with. Sessions will be every Tuesday after the
      shift for six weeks, in the vestry. The forms become my evidence."""),
    P("""3.2 Select at least two goals that would be agreed between you and the individual you
      are mentoring and describe what you would consider for the goals to become
      effective."""),
    P("""Goal one: to run the welcome desk on their own, including checking vouchers and
      recording referral numbers correctly, by their sixth shift. Goal two: to be able to
      explain our allergy labelling system to another new volunteer within four weeks. To make
      goals effective I would use SMART (specific, measurable, achievable, realistic, timed),
      make sure the volunteer chooses them and really wants them, and check their commitment
      by asking them to score how much they want it out of ten."""),
    P("""3.3 Give reasons for the selection of records that the mentor is required to keep,
      identifying examples, and explaining the main considerations in keeping those
      records."""),
    P("""Records I will keep: the signed mentoring agreement, the "about you" form, short notes
      of each session (date, what we talked about, what they agreed to do), and the goals
      sheet. The reasons: so I remember what we agreed, so we can both see progress, and so
      there is a record if anything goes wrong. The main considerations are confidentiality
      and GDPR: notes will be kept in a locked tin in the office cupboard, not on my own
      phone, the volunteer can see anything I write about them, and I will shred them six
      months after we finish."""),

    P("By submitting I confirm that this assessment is my own work. Bernadette Kilbride"),
]

CASE = Case(
    name="p_200_foodbank_txt",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 200 Bernadette Kilbride.txt", BLOCKS)],
    labels={
        "1.1": "I am there to walk alongside, not to push",
        "1.2": "we lost nearly half our new volunteers in the first two months",
        "1.3": "there is nowhere private, so people will not speak openly",
        "1.4": "we will use the vestry, which has a door",
        "2.1": "If I am rude about a client in the back room, they will be too",
        "2.2": "in a 20 minute chat over a cup of tea after the doors close",
        "2.3": "my bad habit from 30 years in a school office",
        "2.4": "then they say what they would do differently, then I add my suggestions",
        "2.5": "which in a small church hall is harder than it sounds",
        "3.1": "a one page \"about you\" form",
        "3.2": "by their sixth shift",
        "3.3": "I will shred them six months after we finish",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # the new volunteers are never named; Bernadette Kilbride, the food bank manager and
        # the vicar (roles), Citizens Advice, GROW, CLEAR, Pendleton, SMART, GDPR: not identifying
        "identifying": [],
    },
    about="Food bank volunteer coordinator's 200 as a plain text file: each brief question pasted above its answer, Task 2 before Task 1, 1.2 before 1.1 and 1.4 before 1.3, a skills table for 2.1; clean.",
)
