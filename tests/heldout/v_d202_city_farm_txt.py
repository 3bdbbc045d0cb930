"""D2.02 Undertaking Supervised Mentoring: a young volunteer's city farm diary, plain text.

Tegan Lloyd, 17, volunteers on Saturdays at a city farm in Bristol and mentors a 13-year-old
boy on the farm's young volunteers scheme. She calls him "Robin (not his real name)". Her
diary is a .txt typed on her phone and tidied on a college PC: a short outcomes part, then
dated paragraphs, one per Saturday, each giving how long the session was ("40 mins",
"1 hr 20", "half an hour") and how long the review with her supervisor took afterwards; one
Saturday the farm was shut after a storm, so nothing happened that week. Then her answers to
3a-3d under the letters, and a note on how she kept her records. Nothing is to be flagged.

Clean but tricky: her own name; the declared pseudonym Robin; animals with people's names
(Dolly and Dot the goats, Bramble the pony, Mrs Pepper the pig, Nigel the ram), the
supervisor by role (Youth Volunteer Coordinator), Bristol places (St Werburghs, the M32,
Cabot Circus), City of Bristol College, the Duke of Edinburgh's Award.

Practice arithmetic:
  11 Jan 40 mins | 18 Jan 35 min | 25 Jan 1 hr 20 = 80 | 1 Feb farm shut, nothing
  8 Feb half an hour = 30 | 15 Feb 45 mins | 22 Feb 50 mins
  40 + 35 + 80 + 30 + 45 + 50 = 280 (40+35=75, +80=155, +30=185, +45=230, +50=280); 6 sessions; 1.
  Reviews: 30 + half an hour 30 + 40 + 30 + 30 + an hour 60 = 220
  (30+30=60, +40=100, +30=130, +30=160, +60=220). The pre-start check of the outcomes with
  the coordinator has no length and is not a review.
"""

from corpus.case import Case, P, SourceFile

DIARY = [
    P("MENTORING DIARY - D2.02 Undertaking supervised mentoring"),
    P("Name: Tegan Lloyd   Centre: City of Bristol College   Placement: Hollybrook City Farm, St Werburghs"),
    P("Supervisor: Youth Volunteer Coordinator at the farm"),
    P("---"),
    P("SECTION 1 - OUTCOMES"),
    P("""I have volunteered at the farm every Saturday for two years and this year I was asked to
      mentor one of the new young volunteers, a 13 year old boy who I will call Robin in this
      diary (not his real name). He had been coming for a month but hardly spoke to anyone and
      his mum said he wanted to give up. At our first session in the classroom by the goat pens
      we talked about what he wanted out of volunteering and agreed three outcomes:"""),
    P("""1. Robin will be able to do the Saturday morning feed round for the goats and sheep on his
      own, with the checklist, by the end of February."""),
    P("""2. He will talk to at least one member of the public on the open day and tell them about
      one of the animals."""),
    P("""3. He will decide by the end whether he wants to do his Duke of Edinburgh's Award
      volunteering section here."""),
    P("""I showed these to my supervisor before we started and she said number 2 was a big ask for
      someone that shy, but to keep it because Robin chose it himself. He wrote all three on the
      inside of his volunteer folder."""),
    P("---"),
    P("SECTION 2 - DIARY"),
    P("""Sat 11 January. Session 1, 40 mins. We sat in the classroom with hot chocolate because it
      was freezing. I explained what a mentor is (not a teacher, not in charge of him) and we
      agreed the outcomes above. He told me he likes the goats best and is scared of Nigel the
      ram. Then we walked the feed round together and I did it while he watched. Afterwards:
      review with my supervisor in the office, 30 mins. She asked me what I noticed about him and
      I said he only talks when he's doing something with his hands. She said to use that."""),
    P("""Sat 18 January. Session 2, 35 min. Did the feed round together, him carrying the scoop and
      me reading the checklist. Asked him which bit he wanted to do first on his own and he picked
      Dolly and Dot because they are the friendliest goats. Review with supervisor afterwards,
      half an hour. We talked about how I kept asking him "are you ok?" every two minutes and
      she said it might make him think I don't trust him."""),
    P("""Sat 25 January. Session 3, 1 hr 20. Longer than planned, it was the lambing preview day so
      we did the whole round and then helped set up the pens. He did the goats on his own and I
      only checked at the end. He also asked a family where the toilets were, which sounds small
      but he had never spoken to a visitor before. Supervision after, 40 mins. My supervisor
      said I should not have let the session go on so long without checking he was ok with
      it, even though it went well."""),
    P("""Sat 1 February. No session. Farm shut after Storm Herminia brought a tree down on the
      fence by the M32. Texted the farm's volunteer group so he knew. No review either."""),
    P("""Sat 8 February. Session 4, half an hour. Short one because he had a football match.
      He did the goats and the sheep on his own, I walked behind with the checklist and did not
      say anything unless he missed something (he forgot the water for Bramble the pony). Review
      with supervisor, 30 mins. Talked about how hard it was to stay quiet."""),
    P("""Sat 15 February. Session 5, 45 mins. We practised what he would say on the open day about
      Mrs Pepper the pig. He wrote three facts on a card. Then he did the whole round on his own,
      first time with no mistakes. He said "I actually know what I'm doing now". Review afterwards,
      30 mins, about how to end the mentoring without him feeling dropped."""),
    P("""Sat 22 February. Session 6, 50 mins. OPEN DAY. He told two different families about Mrs
      Pepper and one little girl asked him a question and he answered it. Afterwards we sat down
      and went through the three outcomes. 1 done, 2 done, 3 he says yes to the Duke of Edinburgh
      here. Last review with my supervisor, an hour because we also went through my whole diary
      and my reflections."""),
    P("""Looking back over the six weeks, the turning point was session 3 when he spoke to a family
      on his own. I did not plan it and I did not make it happen, I just stayed a few steps back,
      and that was when he stopped looking at me before he did anything."""),
    P("---"),
    P("SECTION 3 - REVIEW OF MY PROGRESS"),
    P("""3a) I think I was good at being patient and at making Robin feel welcome. What worked best
      was doing things side by side instead of sitting and talking, because he opened up while
      his hands were busy with the feed. Letting him choose which animals to start with worked
      too, and so did giving him the checklist so he did not have to rely on me."""),
    P("""3b) I learned that I fuss. I ask if people are ok all the time because I want them to like
      me, and my supervisor helped me see that it can come across as not trusting them. I also
      learned that I can stay calm when something goes wrong, like when Nigel got out on the
      first day and Robin panicked."""),
    P("""3c) Next time I would keep to the time we agreed (session 3 was too long) and I would plan
      the ending earlier so it isn't a surprise. I would also check in with his mum at the start
      about anything he finds hard, through the coordinator, instead of finding out half way."""),
    P("""3d) I still need to get better at asking open questions, as I still ask lots of yes/no ones,
      and at giving feedback that says exactly what he did well instead of just "well done". I
      also want to learn how to deal with someone who gets upset, which I have never had to do."""),
    P("""My records: I wrote each entry on my phone on the bus home after the review, then typed
      them up at college. I never used Robin's real name or took photos of him, only of Mrs Pepper
      and the goats. My supervisor has read and initialled the printed copy, which stays in the
      volunteer office, and I deleted the notes from my phone."""),
    P("""Declaration: this diary is my own work and a true record of my mentoring. Tegan Lloyd,
      3 March 2025."""),
]

CASE = Case(
    name="v_d202_city_farm_txt",
    unit="D2.02",
    kind="unstructured",
    files=[SourceFile("tegan lloyd mentoring diary.txt", DIARY)],
    labels={
        "section-1": "He wrote all three on the inside of his volunteer folder",
        "section-2": "he stopped looking at me before he did anything",
        "section-3": "I deleted the notes from my phone",
        "q2a": "He did the goats on his own and I only checked",
        "q2b": "it might make him think I don't trust him",
        "q3a": "he opened up while his hands were busy with the feed",
        "q3b": "I ask if people are ok all the time",
        "q3c": "I would keep to the time we agreed",
        "q3d": "I still ask lots of yes/no ones",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],  # Robin is a declared pseudonym; Dolly, Dot, Bramble, Mrs Pepper, Nigel are animals
        # 40 + 35 + 80 ("1 hr 20") + 30 ("half an hour") + 45 + 50 = 280; 1 Feb farm shut.
        "minutes": 280,
        "sessions": 6,
        "individuals": 1,
        # reviews 30 + 30 (half an hour) + 40 + 30 + 30 + 60 (an hour) = 220; none on 1 Feb.
        "supervision_minutes": 220,
    },
    about="Young city farm volunteer's D2.02 plain-text diary in dated paragraphs: lengths like '40 mins', '1 hr 20', 'half an hour', reviews after each, a storm-closed Saturday with nothing held; clean with pseudonym Robin and animals named like people.",
)
