"""8587-305 Reflecting on Mentoring Skills: a hospice practice educator's reflective essay, PDF saved from Word.

Bethan Lloyd-Jones is practice educator at an independent adult hospice in North
Yorkshire and mentored three newly qualified nurses through their preceptorship year. She
wrote one continuous first-person essay in Word, with a title and a few plain headings of
her own ('Where I started', 'Three moments from the year', 'What the evidence says',
'Looking forward') but no criterion numbers or criterion wording, and saved it as PDF.
Her six-month plan is a table in the middle of the essay; her review of questioning,
listening and communication (2.1) comes after it, explaining where the plan came from,
and her strengths and areas for improvement (1.2) are woven into the section before. A
signed declaration ends it. No matrix.

Clean but dense: Mentee 1 to 3, the director of care and her supervisor by role only
(three incidents are told in detail, with no names); Clutterbuck, Megginson, Gibbs,
Johns, Schon, Proctor, Hawkins and Shohet, Heron, Egan, Rogers, Kline; the NMC, Hospice
UK, Marie Curie, SystmOne, Schwartz Rounds; Harrogate, Ripon, Leeds, the Dales.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Learning to mentor at the end of life: a reflection"),
    P("""Bethan Lloyd-Jones, Practice Educator, Wharfe and Nidd Hospice, Harrogate. ILM Level
      5 Certificate in Effective Coaching and Mentoring, unit 305 reflective account."""),

    H(1, "Where I started"),
    P("""I have been a nurse for nineteen years and a hospice nurse for eleven, and when I
      took the practice educator post last year I assumed mentoring would come naturally. I
      had supervised students for years under the NMC standards and thought mentoring was
      more or less the same thing with a different name. This account is about finding out
      that it is not. Between February and October I mentored three newly qualified nurses
      in their preceptorship year, who I call Mentee 1, Mentee 2 and Mentee 3. Mentee 1
      came to us straight from university in Leeds, Mentee 2 had moved from an acute
      oncology ward, and Mentee 3 was an experienced healthcare assistant who had just
      qualified through the nursing apprenticeship. All three chose to work in palliative
      care, and all three found, as most of us do, that the first death you are
      responsible for stays with you."""),
    P("""I used Clutterbuck's developmental model of mentoring as my frame, because I
      wanted the mentees to lead, and for reflection I used Gibbs for the shorter entries in
      my journal and Johns' model of structured reflection for anything that moved me,
      which in a hospice is quite a lot."""),

    H(1, "Three moments from the year"),
    P("""Before I turn to the evidence, three moments explain why this year felt different from
      supervising students. The first was in March, when Mentee 1 rang me from the car park
      after her first verification of death on a night shift. She was not upset about the
      death itself but about having forgotten to open the window, something the family had
      asked for, and she wanted me to tell her it did not matter. I did tell her that, quickly
      and kindly, and then spent the next session explaining the hospice's after-death care
      policy. Looking back, she did not need the policy. She needed someone to ask what the
      moment had meant to her."""),
    P("""The second was in June with Mentee 2, who arrived at a session having clearly been
      crying and said she wanted to talk about her revalidation portfolio. We talked about her
      revalidation portfolio for fifty minutes. I noticed, and I said nothing, because I did
      not want to intrude. In my journal that evening, using Johns' cue questions, I wrote
      that I had protected myself rather than her, which is not a comfortable sentence to
      read back."""),
    P("""The third was in September, when Mentee 3 brought a conflict with a senior healthcare
      assistant on the inpatient unit and asked me outright what I would do. For once I
      asked her instead what she thought her options were, and waited. She listed four,
      chose the one I would not have chosen, and it worked better than mine would have.
      That session is the one I come back to when I want to remember why developmental
      mentoring asks the mentor to step back."""),
    P("""The hospice itself shapes all of this. We are a thirty-bed independent charity with
      a day hospice in Ripon and a hospice-at-home team covering the Dales, and most of our
      income comes from our shops and fundraising rather than the NHS. Nurses who join us
      are often moving away from the pace of acute wards for a reason, and they bring
      expectations about calm and time that do not always survive the first month of
      complex symptom management and grieving families. Mentoring, for the hospice, is one
      of the ways we keep them. We lost two newly qualified nurses in the year before the
      scheme started, and the director of care asked me to set it up for that reason."""),

    H(1, "What the evidence says"),
    P("""To judge how effective I have been I went back to three sources: my own records of
      the twenty-one sessions, the notes of my supervision, and what the mentees told me."""),
    P("""My records are kept on a simple template I designed, stored on the shared drive
      and not on SystmOne, since they are about the nurse and not about any patient.
      Reading them in one sitting was humbling. In the early months the record of almost
      every session with Mentee 1 ends with an action that I had set, such as reading the
      Hospice UK guidance on verification of death, while the records with Mentee 3 show
      her setting her own actions from the start. The difference was not in them; it was
      in me. Mentee 1 was young and anxious and I mothered her. By July the records look
      different, and the moment they change is the week after my supervisor asked me why
      I thought Mentee 1 never brought her own agenda."""),
    P("""Supervision has been the most useful part of the whole year. I meet the hospice's
      clinical psychologist every four weeks, and we work loosely to Proctor's three
      functions: normative, formative and restorative. Most of what I took there was
      restorative at first, because two of my mentees were struggling after deaths on the
      ward and I was carrying some of that. Later she used Hawkins and Shohet's seven-eyed
      model to help me see the parallel process: the way Mentee 2 avoided talking about
      the patients she found hardest was mirrored in the way I avoided asking her about
      them. She was right, and it changed how I worked with Mentee 2 from August."""),
    P("""The mentees' feedback came from a short form I gave them at the mid-point and the
      end, and from a conversation at our closing session. All three said they felt
      supported and that mentoring helped them stay in palliative care; Mentee 2 wrote that
      it was the reason she did not go back to oncology. Mentee 1 said she valued my
      knowledge but wanted me to ask more and tell less, and Mentee 3 said the sessions
      sometimes ran over and she felt guilty about leaving the ward short. Taken together,
      the three sources tell me I was effective at support and at keeping new nurses in a
      demanding specialty, and less effective at stepping back and letting them set the
      direction."""),
    P("""When I look at myself against that evidence, my strengths are my knowledge of
      palliative care and of the hospice as an organisation, which means I can open doors
      (Mentee 3 spent a day with the Marie Curie night service through me), my skill at
      creating a calm space for difficult conversations, and my reliability, since I did not
      cancel a single session. My interpersonal skills are probably my greatest strength:
      people trust me quickly, and I can sit with distress without flinching, which I have
      learned at hundreds of bedsides. My communication is warm and clear with patients and
      families."""),
    P("""The areas I need to improve are less comfortable to write. My knowledge of
      mentoring itself, as opposed to clinical education, is thin; I had not read
      Megginson or Kline before this course. My skills in open questioning and in holding
      back advice are weaker than I thought. My behaviour slips into rescuing when someone
      is upset, which is a nursing instinct that does not always serve a mentee. In
      communication I over-explain, and with colleagues, as opposed to patients, I am
      sometimes too indirect to be useful. Heron's six categories gave me a language for
      this: I am very comfortable with supportive and catalytic interventions and avoid
      confronting ones almost entirely."""),

    H(1, "Looking forward"),
    P("""I have built a plan for the next six months, from November to the end of April,
      which I will review with my supervisor at each of our monthly meetings and formally
      with the director of care in January and April. It is set out here and the reasoning
      for it follows."""),
    T(
        ["What I want to develop", "How I will do it", "By when", "How I will know it has worked"],
        ["Open questions and holding back advice", "Plan my opening questions; keep a tally of advice given in each session and bring it to supervision", "Nov – Jan",
         "Advice tally falls by half between November and January"],
        ["Listening at depth", "Practise Kline's Thinking Environment in the hospice's Schwartz Rounds planning group", "Dec – Mar",
         "Mentees' end-of-cycle forms rate listening 5/5"],
        ["Appropriate challenge", "Use Heron's confronting interventions once per session; role-play in supervision first", "Jan – Apr",
         "Supervisor agrees I have challenged in three recorded examples"],
        ["Knowledge of mentoring theory", "Read Megginson and Clutterbuck's Techniques for Coaching and Mentoring; attend the Hospice UK educators' network", "Nov – Feb",
         "Short written summary shared with the education team"],
        ["Managing time in sessions", "Agree end time at start; five-minute warning", "From November",
         "No session overruns in the next mentee cycle"],
    ),
    P("""The plan came out of a review of my mentoring ability that I did mostly on long drives
      between Harrogate and our day hospice in Ripon, so some of it is sharper than the rest."""),
    P("""Questioning is where the biggest opportunity lies. Reading my session notes, my
      questions tend to be closed or leading: "have you thought about talking to the
      family first?" is a suggestion dressed up as a question. I want to practise genuinely
      open questions and, more than that, to ask one and then wait. My strategy is simple:
      before each session I will write three opening questions that do not contain an
      answer, and I will count how often I give advice, because you cannot change what you
      do not notice."""),
    P("""Listening is a strength in one sense and a weakness in another. I listen well to
      distress, with Egan's SOLER and Rogers' core conditions almost second nature from
      nursing. But I listen to work out what someone needs, and then I supply it. The
      development opportunity is to listen without planning a response, which Kline calls
      the quality of attention, and the strategy is to practise it where the stakes are
      lower, in a non-clinical group, before I bring it into mentoring."""),
    P("""Communication with mentees needs to be shorter and more direct. I over-explain
      because I want to be kind, but Mentee 1's feedback suggests it crowds her out. My
      strategy here is to summarise in one sentence and then stop, and to agree the length
      of sessions at the start so that I am not drifting past the hour, which affected
      Mentee 3 and, through her, the ward."""),
    P("""I will measure all of this against the same three sources I used to look back:
      my records, my supervision and my mentees' feedback, so that next year's reflection
      can compare like with like."""),

    H(1, "Closing thought"),
    P("""Schon talks about the swampy lowlands of practice where the important problems
      are, and a hospice is about as swampy as it gets. I came into mentoring thinking my
      job was to protect new nurses from it. I now think my job is to help them learn to
      find their own footing, and that means stepping back further than feels natural to a
      nurse."""),

    P("""Declaration: I confirm that this reflective account is my own work and that all
      mentees have been anonymised. Signed: Bethan Lloyd-Jones   Date: 30 November 2025"""),
]

CASE = Case(
    name="o_305_hospice_essay",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Unit 305 reflective account B Lloyd-Jones.pdf", BLOCKS)],
    labels={
        "1.1": "the reason she did not go back to oncology",
        "1.2": "avoid confronting ones almost entirely",
        "2.1": "a suggestion dressed up as a question",
        "2.2": "Advice tally falls by half",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Mentee 1-3, her supervisor (the clinical psychologist) and the director of care by
        # role; Clutterbuck, Megginson, Gibbs, Johns, Schon, Proctor, Hawkins and Shohet,
        # Heron, Egan, Rogers, Kline; NMC, Hospice UK, Marie Curie, SystmOne, Harrogate, Ripon: not identifying
        "identifying": [],
    },
    about="Hospice practice educator's 305 reflective essay as a PDF from Word: first person, own plain headings, no criterion labels, plan table in the middle with the 2.1 review after it; clean and dense.",
)
