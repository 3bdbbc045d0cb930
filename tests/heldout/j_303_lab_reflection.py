"""8587-303 Reflecting on Coaching Skills: a pharmaceutical QC lab supervisor's reflective account, TXT.

Harriet Lomax supervises a quality control laboratory at a contract pharmaceutical
manufacturer and coached three analysts for unit 302. She wrote her reflection in a plain
text editor: first person throughout, no numbers and no headings apart from a title line,
each criterion paraphrased in her own words at the start of a paragraph ('So how good was
my coaching, really?'), never quoted. The examination of her effectiveness (1.1) comes in
two halves: records and supervision first, then, after the strengths and weaknesses, a
return to what her coachees' feedback said; the label sits in the second half. Her plan
(2.2) is a table, which the text file shows as pipe-separated lines. No declaration, no matrix.

Planted: coachee 1 appears once as "Mr Adeyemi" (a surname with title, in a line she
copied from her session notes) and coachee 3 by first name alone ("Tomasz") in a late
paragraph. Otherwise: "Coachee 1/2/3", the QC Manager and her supervisor by role, the
Fleming Lab, LIMS and Empower by product name, Whitmore, Kline, Rogers and Schon, MHRA and
GMP, months and weekdays.
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflecting on my coaching - unit 303 - Harriet Lomax, QC Laboratory Supervisor, Castlebrook Pharma"),
    P("""I am writing this at the end of a long February, five months after I started
      coaching three analysts in our quality control laboratory. I coached them as part of
      unit 302 and this is my honest look back at how it went and where I go next. I call
      them Coachee 1, Coachee 2 and Coachee 3 here. All three are analysts in the Fleming
      Lab, where we run release testing on tablets and capsules under GMP, and all three
      asked for coaching after their annual reviews with the QC Manager."""),
    P("""So how good was my coaching, really? I want to start with the evidence I kept,
      because my memory is kinder to me than my paperwork is. I have twenty-one session
      records, three coaching agreements and my own reflective log. Reading them in order,
      the first thing I notice is how technical my early notes are. In October I wrote down
      which HPLC method we had talked about and what the out-of-specification procedure
      says, as if the sessions were investigations. Somewhere around the sixth session the
      notes start to record what the coachee decided rather than what I explained, and the
      action lists get shorter and more theirs. One note from November just says 'Mr Adeyemi
      chose to lead the Tuesday huddle himself - my suggestion was to shadow first, he
      said no', which is the moment I think I started coaching rather than supervising."""),
    P("""My supervision tells the same story from another angle. I had four sessions with the
      external coach supervisor our training provider arranged, on Teams, on Thursday
      evenings. In the second she asked me to play back a recording I had made, with
      permission, of a session with Coachee 2. I had counted on hearing good open questions.
      What I heard was me speaking for over half the session and answering two of my own
      questions before Coachee 2 could. The supervisor did not tell me off; she asked what I
      thought the silence would have cost me. I realised it would have cost me feeling
      useful. That conversation changed my practice more than anything on the course."""),
    P("""What am I good at, and what not? On knowledge, my strength is that I know the
      laboratory, the regulations and the people, so I can follow a coachee's story without
      needing it explained, and I have read enough of Whitmore and Kline to understand why
      the coachee should do the thinking. My gap in knowledge is that I know one model, GROW,
      well and almost nothing else, so when a session did not fit it I had nowhere to go. On
      skills, I am good at structuring a session and keeping to time, and I write clear
      records. I am weaker at tolerating silence and I rush to reframe. On behaviour, I am
      consistent, I keep confidences and I turn up; but I can slip into the supervisor's
      habit of checking and correcting, which in a GMP lab is a virtue and in coaching is a
      problem. My communication is clear and calm, people say, but too full: I explain when
      I should ask. Interpersonally I am warm and people open up, which is my best quality,
      and my weakness is that I want to be liked, so I soften challenge until it disappears."""),
    P("""Going back to the effectiveness question, the feedback from my coachees is the
      third piece of evidence and the one I trust most. I asked each of them to fill in a
      short anonymous form at the end, and two did. Both said that they had achieved the
      goal they set and that the sessions felt safe. One wrote that the most useful thing
      was being asked 'what would you do if I wasn't here?' and having to answer it. The
      less comfortable comment was that I sometimes seemed to have an answer in mind and
      was waiting for them to find it. Put together with my records and with what
      supervision showed me, I would say my coaching was effective in building confidence
      and independence, and only partly effective in being truly non-directive, and the
      two written comments and the recording agree on that. Tomasz, who did not return a
      form, told me at the coffee machine that it had helped, which is nice but not evidence."""),
    P("""Where could my coaching grow from here? Looking at my questioning, I ask good open
      questions at the start and then switch to closed checking questions once I think I
      understand, which narrows things too early. I want to learn to stay open for longer,
      and to use the clean language questions I read about on a forum, because they keep my
      assumptions out. For listening, the opportunity is to listen at the level Whitmore
      and Rogers both point to, for feelings and values and not only facts; I plan to
      practise by leaving a count of five before I speak, and to ask my supervisor to
      listen to another recording with me. For communication, I want to say less and
      summarise more, and to notice my body language on video calls, where I nod so much
      that coachees stop to check I agree. I also see opportunities outside sessions: the
      company's internal coaching pool meets every other Wednesday, the EMCC has a local
      group in the region, and our Learning and Development Business Partner has offered me
      a place as an observer on the leadership programme's coaching skills day in May."""),
    P("""My plan for the next six months, March to August 2026, is below. I will review it
      with my supervisor at the end of May and at the end of August."""),
    T(
        ['What', 'How', 'When', "How I'll know it worked"],
        ['Stay non-directive longer', 'Use only open and clean language questions for the first 20 minutes of each session', 'March to August', 'In a recorded session in June fewer than a quarter of my questions are closed, counted with my supervisor'],
        ['Tolerate silence', 'Count to five before speaking; note in my log each time I answered my own question', 'March to May', 'My log shows no self-answered questions in three sessions running by the end of May'],
        ['Listen for more than facts', 'Practise level 3 listening; reflect back a feeling in each session', 'April to July', 'Coachees say on the end-of-cycle form that they felt heard, 4 out of 5 or better'],
        ['Learn a second model', 'Read and try OSKAR with one new coachee', 'March to June', 'I have run at least two sessions with OSKAR and written a one-page comparison with GROW'],
        ['Give challenge kindly', 'Agree in contracting that I will challenge, then do it once a session', 'May to August', "The anonymous form at the end includes a rating of 4 or more for 'challenged my thinking'"],
        ['Be observed', 'Observe and be observed at the coaching skills day', 'May', 'Written feedback from the observer discussed in the August supervision'],
    ),
    P("""Reading back over this I notice that almost every development point is about doing
      less. That feels right for someone whose day job is to check things. Schon talks about
      reflection in action, and what I want from the next six months is to notice in the
      moment when I am about to fix something for the coachee, and to stop."""),
    P("""Sources I used: Whitmore, Coaching for Performance; Kline, Time to Think; Rogers,
      On Becoming a Person; Schon, The Reflective Practitioner; the EMCC Global Code of
      Ethics; MHRA guidance on data integrity (for what I may and may not record)."""),
]

CASE = Case(
    name="j_303_lab_reflection",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Lomax_H_303_reflection.txt", BLOCKS)],
    labels={
        # second half of 1.1 (the first half is records and supervision, before 1.2)
        "1.1": "the two written comments and the recording agree",
        "1.2": "I want to be liked, so I soften challenge",
        "2.1": "leaving a count of five before I speak",
        "2.2": "fewer than a quarter of my questions are closed",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # coachee 1 as surname with title in a copied note; coachee 3 by first name alone
        "identifying": ["Mr Adeyemi", "Tomasz"],
    },
    about="Pharma QC lab supervisor's 303 reflection as plain text: first person, criteria paraphrased, no numbers, 1.1 split in two halves; a title+surname and a first name left in.",
)
