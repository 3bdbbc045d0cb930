"""8587-300 Understanding Good Practice in Coaching: a hearing care clinic manager's essay.

Sunita Rayner manages one of five clinics of an independent hearing care company in
Leicestershire and coaches audiology assistants and hearing aid audiologists. She wrote a
continuous essay with no headings and no criterion numbers, answering the criteria in
roughly the brief's order. Her examples use "Coachee A" and "an audiology assistant I will
call Sam", after which she writes "Sam". Nothing is to be flagged.

Clean but tricky: her own name at the top and in the declaration, the assessor named on the
top lines; competitors and brands that read like names or phrases (Specsavers, Boots
Hearingcare, Amplifon, Hidden Hearing, Phonak, Oticon), software with a person's name
(Noah) beside Microsoft Teams and Excel, bodies (the Health and Care Professions Council,
BSHAA, the NHS, EMCC), places (Leicester, Oadby, Market Harborough, Loughborough), a public
figure and a club (Claudio Ranieri, Leicester City), job titles (Hearing Aid Audiologist,
Audiology Assistant, Area Manager), sentence-initial months ("May is ...", "Last
September"), weekdays, theorists cited every way ("Whitmore (2017)", "(Passmore, 2010)",
"(Clutterbuck & Megginson, 2005)", "Gallwey's inner game", "Egan's skilled helper",
"Rogers' core conditions", Hawkins and Smith's CLEAR, "Kolb's cycle", Schön, Kline), book
titles and a reference list; the declared pseudonym Sam.
"""

from .case import Case, P, SourceFile

ESSAY = [
    P("Sunita Rayner"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring – Unit 300 written assignment"),
    P("Assessor: Jonathan Abara. Submitted Friday 14 March 2025"),
    P("""Coaching in a hearing care business"""),
    P("""I manage the Oadby clinic of Clearsound Hearing, an
      independent hearing care company with five clinics across Leicestershire. We compete
      with Specsavers, Boots Hearingcare, Amplifon and Hidden Hearing, and we cannot win on
      price, so we try to win on service. That depends on our Audiology Assistants and
      Hearing Aid Audiologists being confident with clients, not only technically accurate. """),
    P("""Whitmore (2017) describes coaching as unlocking
      potential, and Gallwey's inner game idea (performance is potential minus
      interference) fits our world well. A new Hearing Aid Audiologist
      knows how to run a hearing test; what gets in the way is nerves when a client pushes
      back on the price of premium hearing aids. In our group the purpose
      of coaching is to help skilled people become confident with clients, to keep good
      staff (we lost four Audiology Assistants to the big chains last year), and to grow our own
      managers rather than recruit them. """),
    P("""The coach's role is to help the coachee think, not to think for them. I am responsible
      for the process (the contract, the structure, time keeping, confidentiality and records)
      and the coachee is responsible for the content and the actions. This is different from training, where the
      trainer decides what is learnt, and from mentoring. It is also different from line management, which
      is the hardest boundary for me because I manage most of the people I could coach. I also agree goals at the start, check progress in the middle,
      end the relationship properly, and recognise when an issue is beyond coaching. If someone raises stress or a health problem, my responsibility is
      to refer them to our employee assistance line or their GP, not to play counsellor."""),
    P("""The skills a coach needs are active listening, open questioning, summarising,
      challenging kindly, and holding a silence. The knowledge includes at least one coaching model, the limits of
      confidentiality, data protection law, the EMCC code of ethics, and enough of the
      coachee's job to follow them, including the BSHAA code and HCPC standards. The behaviours matter just as much: being non-judgemental, patient and
      curious, keeping promises, and being willing to show my own mistakes. Rogers' core
      conditions of empathy, congruence and unconditional positive regard sum up the
      behaviours for me."""),
    P("""For the coach, the obvious barrier is that I am
      also the manager, so people may tell me what they think I want to hear. I overcome this
      by coaching staff from our Market Harborough and Loughborough clinics rather than my
      own, and by being clear in the contract that coaching notes never go into appraisals.
      For the coachee, previous experience
      can get in the way: one assistant thought coaching meant she was in trouble. Letting
      people say no helps. For the organisation, the barrier is
      time and space. We now protect one hour a week per coach on the rota and use the staff room with the door
      shut, or Microsoft Teams when someone works at a different practice. May is our busiest
      month because the NHS referral contract renews, so we avoid starting new coaching then."""),
    P("""I begin with an informal chemistry
      conversation of about twenty minutes, where I explain what coaching is and is not, share
      a short bio including the mistakes I made as a new audiologist, and ask the
      coachee what they would want from it. I listen more than I talk and I match their pace.
      Egan's skilled helper reminds me that the first stage is letting the person tell their
      story. Being reliable from the first
      contact builds trust quicker than anything I say."""),
    P("""Contracting matters because it makes expectations explicit and protects both of us.
      Without it, a coachee might think I report back to the Area Manager. The process has two stages. First I meet the
      coachee alone and we agree the number and length of sessions (usually six sessions of
      an hour over three months), where and when we meet, how to cancel, what I will record
      and where it is stored, and the limits of confidentiality. Then we have a short
      three-way meeting with their line manager to agree the broad goals, after which the
      manager hears only whether sessions are happening. Both of us sign the written
      contract. With Coachee A, a Hearing Aid Audiologist from Loughborough, we added a clause
      that if she applied for my job we would pause the coaching."""),
    P("""Safe and ethical practice starts with confidentiality and its limits: if a coachee
      tells me about something that puts a patient at risk, such as a colleague skipping the ear
      examination before taking an impression, the Health and Care Professions Council
      standards come before coaching
      confidentiality, and the coachee knows that from the contract. I follow the EMCC Global Code of Ethics and the Equality Act 2010, so
      a coachee who is dyslexic gets notes in the format that suits her. Practically, I never coach in the soundproof booth with the door sealed, and I do
      not coach anyone whose pay review I am about to decide, because that is a conflict of
      interest. Last September I coached an audiology assistant I will call Sam (not his real name). He
      asked me to keep our sessions off the clinic diary, so we booked them as one-to-ones."""),
    P("""I manage the coaching process with GROW. Goal: Sam wanted to run aftercare appointments without calling an audiologist over.
      Reality: he knew the devices but froze when a client asked "which one is right for
      me?". Options: he came up with asking the client what bothered them most about their
      hearing, using our Phonak and Oticon display as a starting point, or practising on
      colleagues first. Way
      forward: he would try the first question with three clients that week. GROW is easy
      to explain and keeps sessions moving. Its weakness is that it can rush to actions
      before the reality is understood, and it does not include contracting or review, which
      is why Hawkins and Smith's CLEAR model is useful alongside it. Any model can also turn into a script (Passmore, 2010)."""),
    P("""I use several tools to find out what a coachee wants and how they like to learn. A
      wheel of the job, with segments for hearing tests, device
      fittings, aftercare appointments, paperwork and working with the audiologist, lets them score themselves and
      shows where to start. Scaling questions ("on a scale of one to ten, how confident are
      you with a client who says the aids whistle?") turn a vague worry into something we can set a goal
      against and track. A learning styles questionnaire showed that Sam learns by doing, so
      we used role play with me as a difficult client rather than reading our policies.
      Kline's "Time to Think"
      approach, ten minutes where I do not interrupt at all, helps someone who does not yet
      know what they want."""),
    P("""To monitor progress I start each session by reviewing the actions from the last one,
      and we repeat the scaling questions at sessions three and six so the coachee can see the
      change. Feedback from others is a second method: with consent, I asked the audiologist who works
      with Sam how his client conversations had gone, which was more objective than
      his own view. We also look at hard measures where they fit, such as the percentage of aftercare appointments Sam completed without help, which we
      pulled from Noah into an Excel sheet. Self-report can be too harsh or too kind, and sales figures depend on things the coachee
      cannot control, so I use both."""),
    P("""Coaching records have a purpose for both people. For me they show what was agreed, help me prepare and protect
      me if anything I did is questioned. For the coachee they are a reminder of their goals and actions and a
      record of how far they have come, which helps in a bad week. Our records are
      the contract, session notes, tool results and feedback forms.
      They use initials only, are kept in a password-protected folder on Teams that only the
      coach and coachee can open, are never shared with HR, and are deleted twelve months
      after coaching ends under UK GDPR. """),
    P("""Reflective practice and supervision are essential. Without
      reflection I would repeat my habit of jumping in with advice, because I would never
      notice it. After each session I use Kolb's cycle. Schön (1983) talks about reflection in action,
      and the moment I now notice myself about to give Sam the answer is exactly that.
      Supervision gives an outside view I cannot give myself. My supervisor, a qualified coach
      from another retailer, spotted that I only challenged the coachees I liked, which I had
      never seen. Supervision also
      protects coachees, because ethical dilemmas get discussed with someone neutral. A coaching culture depends on coaches continuing to
      learn (Clutterbuck & Megginson, 2005), and Claudio Ranieri's Leicester City showed our region what a team
      can do when people are developed rather than simply replaced."""),
    P("References"),
    P("""Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work: Creating a Coaching
      Culture. London: CIPD."""),
    
    P("Gallwey, W.T. (1974) The Inner Game of Tennis. New York: Random House."),
    
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Passmore, J. (ed.) (2010) Excellence in Coaching. London: Kogan Page."),
    
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("""I declare that this assignment is my own work and that the coachees described have
      agreed to be written about anonymously. Sunita Rayner"""),
]

CASE = Case(
    name="nj_300_hearing_centre_essay",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Sunita Rayner unit 300.docx", ESSAY)],
    labels={
        "1.1": "help skilled people become confident with clients",
        "1.2": "I am responsible for the process",
        "1.3": "being non-judgemental, patient and curious, keeping promises",
        "1.4": "coaching notes never go into appraisals",
        "2.1": "an informal chemistry conversation of about twenty minutes",
        "2.2": "a short three-way meeting with their line manager",
        "2.3": "I never coach in the soundproof booth",
        "3.1": "it can rush to actions before the reality is understood",
        "3.2": "A wheel of the job, with segments for hearing tests",
        "3.3": "repeat the scaling questions at sessions three and six",
        "4.1": "a record of how far they have come",
        "4.2": "I only challenged the coachees I liked",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Hearing care clinic manager's 300 essay with no headings or numbers: clean; Specsavers, Hidden Hearing, Phonak and Oticon, Noah software, the HCPC and BSHAA, Claudio Ranieri and Leicester City, theorists cited every way, reference list, declared pseudonym Sam and Coachee A, assessor on the top lines.",
)
