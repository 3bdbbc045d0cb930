"""8587-305 Reflecting on Mentoring Skills: a veterinary head nurse's reflective journal.

Lauren McAllister-Boyd is Head Veterinary Nurse at a mixed practice in Dumfries and
mentored a student veterinary nurse. She writes "my mentee" and "Mentee 1" in her prose,
but she pasted in a photo from the practice newsletter with its caption, which names the
mentee, uses her first name once afterwards, and quotes the email address she sent the
development notes to.

Planted: the mentee's full name in a photo caption ("Jodie Trinder"), her first name alone
afterwards ("Jodie"), and her email address ("jtrinder@oakfieldvets.co.uk").

Traps: veterinary bodies and brands (RCVS, BVNA, Royal Canin, Hill's, VetCompass), a dog
and a cat with pet names, theorists (Rolfe's "What? So what? Now what?", Brookfield's four
lenses, Driscoll, Schön, Clutterbuck), a vet off the television as an example, places
(Dumfries, Castle Douglas, the Solway), the learner's own practice manager and supervisor
named where the form asks, the learner's name on the cover and declaration.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflecting on Mentoring Skills – Reflective Journal"),
    T(
        ["Name", "Lauren McAllister-Boyd"],
        ["Job title", "Head Veterinary Nurse, Oakfield Veterinary Group, Dumfries"],
        ["Mentoring supervisor", "Dr Callum Rennie MRCVS, Clinical Director"],
        ["Practice manager (workplace verifier)", "Moira Haining"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Journal section"],
        ["1.1", "Looking at the evidence"],
        ["1.2", "Strengths and areas for improvement"],
        ["2.1", "Where I go next"],
        ["2.2", "Six-month development plan"],
    ),
    H(1, "Looking at the evidence"),
    P("""Over twelve hours between September and January I mentored a second-year student
      veterinary nurse (Mentee 1) on placement with us from the college in Edinburgh. To
      judge how effective I was, I have gone back through my session records, the feedback
      she gave after each session, the notes from my two supervision sessions with Dr Rennie,
      and her clinical progress log for the RCVS Day One Skills. The records show all her
      agreed actions were completed except one. The feedback was positive, but when I read
      it again it was mostly about the clinical tips I gave, such as handling a nervous
      Labrador called Biscuit for a blood sample, and much less about her own thinking. That
      tells me I was often teaching rather than mentoring."""),
    P("""Using Rolfe's "What? So what? Now what?" for the session in November where she nearly
      gave up the course: What? She was in tears after a cat called Pickle died in theatre.
      So what? I went straight into practical reassurance and did not ask what the loss
      meant to her. Now what? Ask first, reassure second. My supervisor pointed out that
      effective mentoring showed most where I said least."""),
    P("Figure 1: Jodie Trinder (left) and me at the Oakfield open day, from the practice newsletter, October."),
    P("""The photo reminds me how far she came: at the open day in October she would not speak
      to clients, and by January she was running the puppy clinic on her own. Jodie said in
      her final feedback that being trusted with the clinic mattered more than any advice."""),
    H(1, "Strengths and areas for improvement"),
    P("""I used Brookfield's four lenses: my own view, the mentee's, my supervisor's and the
      literature. Strengths: I build rapport quickly, I keep records properly, and I am
      calm under pressure, which the mentee saw as a model. Areas for improvement: I fill
      silences; I give feedback that is too general ("that was great"); and I find it
      hard to let a mentee struggle with a problem. Clutterbuck's point that the mentor
      should be a "critical friend" exposed that I was the friend but not the critic.
      Interpersonally I am warm but can be over-protective, which Dr Rennie described as
      "mothering"."""),
    H(1, "Where I go next"),
    P("""Reviewing my ability, my development opportunities are in questioning (more open
      questions, fewer leading ones), listening (listening for emotion, not just the clinical
      facts), and communication (specific feedback using an observed example). Driscoll's
      model is simple enough to use at the end of a long shift, so I will use it after every
      mentoring conversation. Watching Julian Norton on The Yorkshire Vet, I notice how he
      asks students what they think before saying anything, which I want to copy. The BVNA
      congress in Telford has a mentoring stream in October, and Royal Canin run a free
      online module on supporting student nurses."""),
    P("""I also reflected on the practical side. I sent my mentee's development notes to
      jtrinder@oakfieldvets.co.uk after each session so she had them, which I now realise I
      should have kept on the practice system instead. From now on notes will stay in the
      VetCompass-style folder on our server with a code, not a name."""),
    H(1, "Six-month development plan"),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask before reassuring", "Use a pause-and-ask rule in every session; review in supervision", "February to April 2025", "Supervisor observes at least one session with no premature reassurance"],
        ["Specific feedback", "Use observed example plus effect in every feedback conversation", "February to March 2025", "Next mentee's feedback mentions specific examples"],
        ["Structured reflection", "Driscoll's three questions after every session", "February to July 2025", "Journal entry for every session"],
        ["Learning", "Attend the BVNA mentoring stream and complete the Royal Canin module", "October 2025", "Certificate and a changed approach noted in journal"],
    ),
    B("Review points with Dr Rennie in April and July 2025."),
    B("Moira Haining has agreed protected time for one mentee from the next college intake in Castle Douglas."),
    P("Declaration: I confirm that this journal is my own work. Lauren McAllister-Boyd, 7 February 2025."),
]

CASE = Case(
    name="nw_305_vet_practice",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("McAllister-Boyd_305_journal.docx", JOURNAL)],
    labels={
        "1.1": "I was often teaching rather than mentoring",
        "1.2": "I was the friend but not the critic",
        "2.1": "listening for emotion, not just the clinical facts",
        "2.2": "Supervisor observes at least one session with no premature reassurance",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Jodie Trinder", "Jodie", "jtrinder@oakfieldvets.co.uk"],
    },
    about="Vet nurse's reflective journal: mentee coded in prose but named in a pasted photo caption, then by first name, and her email address quoted; pets' names, veterinary bodies and brands, a TV vet, theorists, supervisor and practice manager named on the cover.",
)
