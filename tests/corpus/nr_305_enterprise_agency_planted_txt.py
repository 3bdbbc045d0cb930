"""8587-305 Reflecting on Mentoring Skills: an enterprise agency's senior business adviser, plain-text journal, planted.

Rhian Watkins is Senior Business Adviser at Cwm Enterprise Centre in Merthyr Tydfil, which
delivers start-up support in the Valleys under a Business Wales contract. For unit 304 she
mentored two newly appointed business advisers ("M1" and "M2"); this is her 305 reflective
journal, typed in Notepad and uploaded as a .txt: dated entries under her own headings (no AC
numbers), a quoted feedback comment pasted from a form, and a six-month development plan typed
as a pipe table. No evidence matrix and no declaration.

Planted (4): M2's full name signing a feedback quote she pastes in ("Aled Prys-Jenkins"); a
client business of M1's that is a person's name ("Siân Whitcombe Hair Design"); a colleague's
Welsh first name in possessive form ("Llinos's" spreadsheet); a colleague by nickname alone
("Jonno").

Clean but tricky: her own name and her tutor named in the header ("Tutor: Gwenllian Parry");
places (Merthyr Tydfil, the Cynon Valley, the Rhondda, Aberdare, Treorchy, Caerphilly,
Pwllheli); the
Prince Charles Hospital, Cyfarthfa Castle, the Dic Penderyn pub, the Tommy Cooper statue;
Merthyr Town and the Ospreys; Business Wales, the Development Bank of Wales, HMRC, Companies
House, Xero, QuickBooks, Canva, Etsy, Instagram, Teams; theorists with and without citations
(Clutterbuck, Megginson, Garvey, Kline, Egan, Rogers, Kolb, Gibbs, Schön, Hawkins and Shohet,
Daloz, the Johari window); M1 and M2.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("REFLECTIVE JOURNAL - UNIT 8587-305 REFLECTING ON MENTORING SKILLS WITHIN AN ORGANISATIONAL CONTEXT"),
    P("Rhian Watkins, Senior Business Adviser, Cwm Enterprise Centre, Merthyr Tydfil"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring. Tutor: Gwenllian Parry"),
    P("Submitted February 2025"),

    P("Background"),
    P("""Cwm Enterprise Centre is a not-for-profit enterprise agency with nine advisers covering
      Merthyr, the Cynon Valley and the Rhondda. We deliver start-up support under contract to
      Business Wales: one-to-one advice, workshops, help with business plans and cashflow, and
      referrals to the Development Bank of Wales and the Start Up Loans scheme. Last summer we
      took on two new advisers, one from retail banking and one who had run his own café, and I
      offered to mentor them as part of my ILM Level 3. This journal reflects on that mentoring
      (my unit 304 evidence) and plans where I go next. I call them M1 and M2. M1 is a
      first-language Welsh speaker from Pwllheli who came to us from a bank; M2 is the ex-café
      owner. Between them I mentored for twelve and a half hours over fourteen sessions from
      September to December, with two supervision sessions and one observation by my tutor."""),

    P("Entry 1 - 8 January 2025 - Looking back at the evidence: did my mentoring work?"),
    P("""I went back through everything in my 304 portfolio before writing this: the session
      records, my reflective log, both supervision notes, the observation form, the feedback
      forms and the notes from the three-way review with our Operations Manager. I wanted the
      evidence to tell me whether the mentoring was effective, not my memory of it."""),
    P("""The records first. Both mentees met all the goals they set, which looks good, but the
      action completion rate tells a different story. Of the 31 actions agreed in sessions, M1
      completed 27 and M2 only 15, and most of M2's missed actions were in the first half. When I
      read my notes against those sessions, I was setting the actions, not him. My records say
      things like "Agreed: M2 to redo cashflow template" in my words, and my reflective log for
      session 3 says "he seemed keen". He was being polite. Once I changed to asking "What will
      you do before next time, and how will I know?" and writing down his answer word for word,
      his completion rate went up to almost all of them."""),
    P("""M1's client notes are the best evidence of her progress. In October she brought a case to
      our session where her client, Siân Whitcombe Hair Design in Aberdare, wanted to take on a
      second stylist and M1 wanted to tell her it was too soon. We worked through it using
      Egan's current and preferred scenario, and she went back and asked the client questions
      instead of giving an opinion. The client did the sums herself in Xero and decided to wait
      six months. M1 said it was the first time she had seen a client change her mind without
      being told to."""),
    P("""Supervision was the part of the evidence I had thought least about, and it was the most
      useful. In my first supervision my tutor asked me who else I had talked to about the
      mentoring. I admitted that early on I had talked through M1's worries with Jonno over a
      coffee in the kitchen. I had not named her, but in an office of nine it was obvious who I
      meant. That was a breach of the spirit of our confidentiality agreement even if not the
      letter, and I told M1 at our next session. It did not damage our relationship, but it
      showed me that my mentoring was only as effective as my discretion, and I now take my
      thinking to supervision rather than the kitchen."""),
    P("""Feedback from the mentees was mostly positive (M1 scored the mentoring 9/10 overall and
      M2 8/10) but the comments were more useful than the scores. This is what M2 wrote on his
      final feedback form:"""),
    P("""\"You never once told me what to do about the Treorchy bakery, and it drove me mad at the
      time, but it meant the plan was mine when I took it to the Development Bank.\""""),
    P("- Aled Prys-Jenkins, Business Adviser"),
    P("""The observation form from my tutor agrees with the feedback: good at building rapport and
      keeping to a structure, less good at leaving space. She noted that I filled two silences
      that M2 was about to fill himself. Putting all of this together, my honest judgement is
      that the mentoring was effective for both mentees by the end, but much more effective in
      the second half, after supervision, than in the first."""),

    P("Entry 2 - 15 January 2025 - What I am good at and what I am not"),
    P("""Knowledge. I know start-up finance, cashflow, VAT registration, Companies House and what
      HMRC expects from a sole trader, and I know the mentoring theory from the course
      (Clutterbuck's phases, Megginson's stages, Egan, Kline). My knowledge of start-up finance
      is both a strength and a trap: it gave me credibility with M2, who was nervous about
      numbers, but it also tempted me to give him answers. Where I need more knowledge is in
      mentoring people who are different from me, for example M1 working in her second language
      with English-speaking clients, which I never really asked her about."""),
    P("""Skills. My strengths are structure, record keeping and summarising. Llinos's spreadsheet
      for tracking client actions, which I borrowed and adapted for the mentoring, was the best
      thing I did for keeping the records auditable. My weaker skills are questioning (I stack
      questions when I am anxious) and tolerating silence."""),
    P("""Behaviour. I am reliable, I keep to time and I am warm with people. I am also impatient,
      and I rescue. When M2 was struggling in session 4 with a client who wanted to open a
      sandwich van outside the Prince Charles Hospital, I rang a contact at the Development Bank
      for him, which felt helpful at the time and was not my job."""),
    P("""Communication and interpersonal skills. My written communication is good and both mentees
      liked having the notes. Face to face, I build rapport quickly (we bonded over the Ospreys,
      and M2 over Merthyr Town's cup run), I adapt my language to the person, and I notice body
      language. The interpersonal weakness is that I avoid conflict: I never challenged M2 about
      his missed actions directly, and Daloz would say I gave plenty of support and not enough
      challenge. Using the Johari window with my tutor, my blind spot turned out to be that people
      experience my helpfulness as taking over."""),

    P("Entry 3 - 29 January 2025 - Where next: reviewing my ability as a mentor"),
    P("""Looking at my ability as a whole, I am a competent mentor who is at her best with
      structure and at her worst when the mentee goes quiet. The opportunities I can see are
      mostly in three areas."""),
    P("""Questioning: I want to learn to ask fewer, cleaner questions, one at a time, and to use more
      questions that hand the thinking back ("What do you think the client needs from you
      here?") rather than questions that test whether the mentee has reached my answer. Clean
      Language is one route, and our centre runs a short course on it in the spring."""),
    P("""Listening: I listen to solve. Kline's idea of the Thinking Environment, where the listener
      gives attention without planning the reply, is the opposite of how I work with clients all
      day, and I need to practise it deliberately, probably by recording sessions with consent
      and listening back to how often I jump in."""),
    P("""Communication strategies: I need a strategy for challenge that does not feel like conflict
      to me, such as contracting at the start for the mentee to be challenged and asking
      permission ("Can I say what I'm noticing?"). I also want to find out how M1 experienced
      being mentored in English and whether offering sessions in Welsh, with a Welsh-speaking
      mentor from another agency, would be better for future mentees like her. Reading Garvey,
      Stokes and Megginson on mentoring across difference is a starting point, and regular
      supervision, as Hawkins and Shohet describe it, is the thing that will keep me honest."""),
    P("""My organisation has opportunities too: Business Wales is setting up a peer mentoring scheme
      for new advisers across South Wales, and my manager has asked if I would help design it."""),

    P("Entry 4 - 5 February 2025 - My development plan, February to August 2025"),
    P("""I drafted this plan and then went through it with my tutor on Teams, which changed two of
      the measures to make them things I could actually count."""),
    T(
        ["What I want to develop", "Actions", "Timescale", "How I will measure success", "Support"],
        ["Questioning - one question at a time, more open", "Record three sessions (with consent) and count my questions; go on the Clean Language course", "Recordings by end of April 2025; course in May 2025", "Stacked questions down from about one in three to fewer than one in ten on the recordings", "Tutor; centre training budget"],
        ["Listening without planning the reply", "Read Kline's Time to Think; practise in team meetings by summarising before I speak", "Reading by end of March 2025; practice ongoing to August 2025", "Mentee feedback on listening scores 9/10 or above; tutor observation in July", "Tutor observation"],
        ["Challenge", "Contract for challenge at the start of every new mentoring; use permission questions", "From first new mentee, April 2025", "Mentee's action completion rate above 80 percent; mentee says in feedback they were stretched", "Supervision"],
        ["Mentoring across difference", "Ask M1 for a follow-up conversation about language; read Garvey, Stokes and Megginson", "By end of May 2025", "One change made to how our scheme matches mentees", "M1, Operations Manager"],
        ["Confidentiality and discretion", "Take all mentoring concerns to supervision only; monthly supervision", "Monthly, February to August 2025", "No mentoring conversations outside supervision; six supervision notes", "External supervisor"],
        ["Wider mentoring role", "Help design the Business Wales peer mentoring scheme", "Design group June to August 2025", "Scheme guide written and two mentors trained by August 2025", "Manager; Business Wales"],
    ),
    P("""I will review the plan with my manager at my mid-year review in May and again at the end of
      August, using Kolb's cycle to look at what I tried, what happened, and what I will change.
      If I am honest, the measure I care most about is the one M2 gave me without meaning to:
      whether the next person I mentor leaves with a plan that is theirs."""),

    P("Postscript"),
    P("""The final three-way review with our Operations Manager was held in the café at Cyfarthfa
      Castle rather than the office, and we finished the mentoring with a team lunch at the Dic
      Penderyn. M1 starts her own mentoring training next month. I have pinned a photo of the
      Tommy Cooper statue in Caerphilly above my desk, with a note underneath: "Just like that"
      is not a mentoring technique."""),

    P("References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Daloz, L. (2012) Mentor. 2nd edn. San Francisco: Jossey-Bass."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Garvey, B., Stokes, P. and Megginson, D. (2018) Coaching and Mentoring: Theory and Practice. 3rd edn. London: Sage."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
]

CASE = Case(
    name="nr_305_enterprise_agency_planted_txt",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("rhian watkins 305 journal.txt", BLOCKS)],
    labels={
        "1.1": "the action completion rate tells a different story",
        "1.2": "is both a strength and a trap",
        "2.1": "I want to learn to ask fewer, cleaner questions",
        "2.2": "Record three sessions (with consent) and count my questions",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        "identifying": ["Aled Prys-Jenkins", "Siân Whitcombe Hair Design", "Llinos's", "Jonno"],
    },
    about="Enterprise agency business adviser's 305 journal, plain text with own headings and a pipe-table plan, no declaration or matrix, planted: mentee's full name signing a pasted quote, a client business named after its owner, a Welsh first name in possessive, a nickname; look-alikes Prince Charles Hospital, Cyfarthfa Castle, Dic Penderyn, Tommy Cooper statue, Merthyr Town/Ospreys, Business Wales/Development Bank/HMRC/Xero, Clutterbuck/Kline/Egan/Daloz/Garvey, tutor in header.",
)
