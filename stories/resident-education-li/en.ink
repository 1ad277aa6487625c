# title: An education visit: Dr Li Xiaoyu, second-year resident in cardiology
# segment: resident
# stage: first_visit
# dimensions: preparation, opening, discovery, value, objections, closing
# lang: en
# customer: li

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Fictional label used throughout: non-valvular AF; 20 mg once daily, 10 mg once daily
// if creatinine clearance (Cockcroft-Gault) is 30-49 mL/min; not recommended below 30 or on dialysis.
// Worked example: man, 76, 60 kg, creatinine 120 umol/L: (140 - 76) x 60 x 1.23 / 120 = 39 mL/min.

VAR difficulty = 1
VAR rapport = 50
VAR patience = 60
VAR has_card = false
VAR need_crcl = false
VAR need_fear = false
VAR mi_referral = false
VAR session_offered = false
VAR next_step_offered = false

~ patience -= 20 * (difficulty - 1)
-> before_visit

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== before_visit ===
Tuesday evening. A WeChat message from Dr Chen Jing, the attending on cardiology ward 2: "My second-year resident, Dr Li Xiaoyu, keeps asking me about anticoagulant doses in renal impairment. She'd like twenty minutes with you tomorrow after the evening handover, in the teaching room. Education, please, not a sales pitch." # speaker: narrator
You have tonight to prepare. # speaker: narrator
* [Reread the label's dosing section, note what Dr Chen told you about her, set an aim (learn how she doses and where she gets stuck) and pack the approved renal dosing card #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #minutes: 1]
    ~ has_card = true
    You reread the dosing section of the label and the medical department's approved education card: the Cockcroft-Gault formula in the units the hospital lab uses, and the label's dose rule underneath. Your aim for tomorrow fits on one line: understand how she works out a dose today and where she gets stuck, before showing her anything. # speaker: narrator
    Two cards, the label and a copy of the renal sub-study go into your bag. Nothing else. # speaker: narrator
* [Pack the full detail aid, the company brochure and ten NAVIGATE-AF reprints: a resident can never have too much information #act: preparation.material_unmatched #minutes: 1]
    ~ patience = clamp(patience - 5)
    You fill your bag: the twelve-page detail aid, Hengkang's corporate brochure, ten reprints of the main NAVIGATE-AF paper. It will look thorough. # speaker: narrator
* [Ask Dr Chen a few questions about her background and rotation, and bring the standard detail aid #act: preparation.profile_reviewed #act: preparation.material_unmatched #minutes: 1]
    You message Dr Chen back. She tells you Dr Li is in the second year of standardised training, conscientious, and was corrected on a ward round on Monday. You pack the standard detail aid, as you do for every visit. # speaker: narrator
- -> arrival

=== arrival ===
Wednesday, 17:35. The teaching room on the seventh floor of Qinghe First People's Hospital. The evening handover has just finished; through the wall you can hear the ward phones ringing. # speaker: narrator # phase: opening
Dr Li Xiaoyu comes in with a stack of admission notes under her arm and sits down on the edge of a chair, as if she might have to get up again at any moment. # speaker: narrator
"Sorry, the handover ran over. Dr Chen said you could help me with renal dosing? I have about twenty minutes before the evening admissions start." # speaker: li # mood: neutral
{difficulty > 1:
    "And... my chief resident says reps always want something back. I hope this isn't going to be a sales talk." # speaker: li # mood: sceptical
}
* [Introduce yourself properly: your pharmacy degree, three years at Hengkang, the company's history and its cardiovascular pipeline #act: opening.long_intro #minutes: 4]
    ~ patience = clamp(patience - 15)
    "Of course. Let me first tell you a little about myself and Hengkang. I studied pharmacy in Wuhan and joined Hengkang three years ago. Hengkang was founded in 1998, and cardiovascular medicine is our core area: besides Norvixa we have three products in development..." # speaker: rep
    Dr Li nods politely and turns her phone face up on the table, so she can see the time. # speaker: narrator
    "Sorry, could we... I really only have twenty minutes." # speaker: li # mood: sceptical
* [Thank her for making time at the end of a long day, say who you are, why you came and that you will keep to twenty minutes #act: opening.thanks #act: opening.purpose_stated #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "Thank you for seeing me at the end of a long day, Dr Li. I'm the Hengkang representative for Norvixa, an anticoagulant for non-valvular AF. Dr Chen said you had questions about dosing when kidney function is reduced. I'd like to hear how you work it out now and, if it helps, leave you our approved dosing material. Twenty minutes at most; I'll watch the clock so you're back for your admissions." # speaker: rep
    She lets her shoulders drop a little. # speaker: narrator
    "Twenty minutes. OK. Thank you." # speaker: li # mood: pleased
* [Thank her, and tell her young doctors are the department's future prescribers, which is why Hengkang likes to invest in them early #act: opening.thanks #act: relationship.transactional #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 5)
    "Thank you for making time, Dr Li. Residents like you are the future of the department, the prescribers of the next thirty years, and Hengkang believes in investing in young doctors early." # speaker: rep
    "Investing... in me?" # speaker: li # mood: sceptical
    She moves her chair back a few centimetres. # speaker: narrator
- -> discovery_practice

=== discovery_practice ===
{patience <= 0: -> patience_out}
She squares the admission notes on her knee. # speaker: narrator
"So... where do we start?" # speaker: li # phase: discovery
* [Ask her whether she uses Norvixa for her AF patients #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 10)
    "Do you use Norvixa for your AF patients?" # speaker: rep
    "Me? I mostly write what my attending tells me to write." # speaker: li # mood: sceptical
    She doesn't say anything more. # speaker: narrator
* [Ask her to walk you through what she does, step by step, when an AF patient with reduced kidney function is admitted #act: discovery.open_question #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "When an AF patient with reduced kidney function is admitted on your shift, how do you decide on the anticoagulant and its dose? Step by step, as you'd actually do it." # speaker: rep
    "Step by step... CHA₂DS₂-VASc first, then HAS-BLED. Then I look at the creatinine. The lab report gives an eGFR, so I usually use that, and then I look up the dose in the drug handbook app on my phone. But the handbook and the label don't always use the same numbers, and I'm never sure which one counts." # speaker: li # mood: neutral
* [Go straight to the Norvixa renal dose, since that is what she asked about #act: discovery.interrupt #minutes: 2]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 5)
    "Then let me save you time. Norvixa's renal dosing is very simple: 20 mg once daily, and 10 mg when..." # speaker: rep
    "Sorry... can I ask my question first?" # speaker: li # mood: sceptical
- -> discovery_crcl

=== discovery_crcl ===
{patience <= 0: -> patience_out}
She pulls an admission note from the stack and keeps her thumb over the name and bed number at the top. # speaker: narrator
"Like this one, this afternoon. Man, seventy-six, sixty kilos, creatinine 120. The lab says eGFR 52, so I wrote 20 mg. On Monday's ward round the associate chief crossed out a dose of mine just like it and said 'Cockcroft-Gault, not eGFR' and walked on. In front of the whole team." # speaker: li
* [Reflect back what you heard: she isn't sure which clearance to use, and being corrected in front of the team stung #act: discovery.active_listening #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    ~ need_crcl = true
    "So the difficulty isn't the dose table itself: it's knowing which clearance the dose should follow, and working it out yourself with confidence. And being corrected like that, in front of everyone, made it worse. Have I understood?" # speaker: rep
    "Yes. Exactly. Nobody ever showed me properly. Cockcroft-Gault needs age, weight and sex, our lab reports creatinine in micromoles, and every formula I find online is in milligrams per decilitre. I don't want to ask again and look stupid." # speaker: li # mood: pleased # need: crcl_method
* [Tell her it's easy and offer to calculate this patient's clearance for her right now #act: discovery.interrupt #minutes: 1]
    ~ patience = clamp(patience - 10)
    "Oh, that's easy, give me the numbers and I'll calculate it for you right now." # speaker: rep
    "I... need to be able to do it myself. At three in the morning there's nobody to ask." # speaker: li # mood: sceptical
* [Ask whether the hospital system calculates Cockcroft-Gault automatically #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Doesn't the hospital system calculate Cockcroft-Gault automatically?" # speaker: rep
    "No. Only eGFR." # speaker: li # mood: neutral
- -> discovery_fear

=== discovery_fear ===
{patience <= 0: -> patience_out}
{rapport >= 65:
    She glances at the door, then lowers her voice. # speaker: narrator
    "Can I be honest? It isn't only the formula." # speaker: li
- else:
    She checks the time on her phone. # speaker: narrator
}
* [Ask whether she is worried about bleeding #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Are you worried about bleeding?" # speaker: rep
    "Of course. Everyone is." # speaker: li # mood: neutral
* [Ask her what worries her most when she is the one writing the dose #act: discovery.open_question #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_fear = true
    "When you're the one writing the dose, what worries you most?" # speaker: rep
    "That a patient bleeds and it was my dose. Last month a resident in the other team gave full dose to a patient whose clearance turned out to be 35. GI bleed. Nobody died, but she had to write an explanation for the medical affairs office. Since then half of us give every old patient the low dose, 'to be safe'. I don't even know if that's right." # speaker: li # mood: neutral # need: fear_of_blame
* [Reassure her that with Norvixa she has nothing to worry about, and move on to the dosing #act: discovery.interrupt #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 5)
    "Don't worry, Norvixa has a very good safety profile. Let me show you the dosing." # speaker: rep
    "Everyone says 'a good safety profile'." # speaker: li # mood: sceptical
- -> present_dose

=== present_dose ===
{patience <= 0: -> patience_out}
"So how do I actually do it, for him?" # speaker: li # phase: presentation
* {has_card} [Hand her the approved renal dosing card and let her work her own patient through it, step by step #act: value.need_linked #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #minutes: 4]
    ~ rapport = clamp(rapport + 10)
    "This is our medical department's approved dosing card; it's yours to keep. The formula is in the units your lab uses: 140 minus age, times weight in kilograms, times 1.23 for a man or 1.04 for a woman, divided by creatinine in micromoles per litre. Try it with your patient." # speaker: rep
    She writes it out in the margin of the admission note: 64 times 60 times 1.23, divided by 120. # speaker: narrator
    "Thirty-nine." # speaker: li
    "Then the card gives you the label's rule. 50 or above: 20 mg once daily. 30 to 49: 10 mg once daily. Below 30, or on dialysis: not recommended. And the label asks for kidney function before starting and at least once a year, more often when the patient is 75 or older or below 60, which he is on both counts. Which dose to write is your and your attending's decision; the card just puts the label on one page." # speaker: rep
    "Thirty-nine, not fifty-two. So I'd have given him double. That's what the associate chief saw." # speaker: li # mood: pleased
* {not has_card} [Open the label on your tablet, go through its dosing section with her and write the formula out on a sheet of paper #act: value.need_linked #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #minutes: 5]
    ~ rapport = clamp(rapport + 5)
    "I don't have a card with me, but here's the label. The dose follows Cockcroft-Gault clearance: 50 or above, 20 mg once daily; 30 to 49, 10 mg once daily; below 30 or on dialysis, not recommended. Kidney function before starting and at least once a year, more often over 75 or below 60. Let me write the formula in micromoles for you..." # speaker: rep
    It takes a while to get the conversion right on paper. She copies it carefully into her notebook and works out her patient: thirty-nine. # speaker: narrator
    "OK. Thirty-nine. So 10 mg, not 20." # speaker: li # mood: neutral
* [Run through Norvixa's main features: once daily, with or without food, no routine coagulation monitoring #act: value.feature_dump #claim: dose_standard #minutes: 3]
    ~ patience = clamp(patience - 10)
    "The good news is that Norvixa is simple: 20 mg once daily, with or without food, and no routine coagulation monitoring. Patients find it very convenient, and..." # speaker: rep
    "Yes, but... how do I calculate the clearance?" # speaker: li # mood: sceptical
- -> present_evidence

=== present_evidence ===
{patience <= 0: -> patience_out}
{need_fear:
    "And 10 mg in someone like him... does it still prevent strokes? And does he bleed less?" # speaker: li
- else:
    "Does the lower dose still work, though?" # speaker: li
}
* [Tell her that at the right dose Norvixa's bleeding is rare and mild, so she can stop worrying #act: value.need_linked #violation: misleading_claim #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 10)
    "At the right dose, bleeding with Norvixa is rare and mild. Honestly, you can stop worrying about it." # speaker: rep
    "Rare and mild? The GI bleed last month wasn't mild. My attending would never say that about any anticoagulant." # speaker: li # mood: sceptical
* {need_fear} [Give her the renal sub-study results, stroke and bleeding together, and say where the data stop #act: value.need_linked #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "You're worried about being the doctor whose patient bleeds, so here is what the dose is based on. NAVIGATE-AF had a pre-specified renal sub-study: 3,050 patients with a clearance of 30 to 49, all on 10 mg. Stroke or systemic embolism was 1.6 per cent a year against 2.1 on warfarin, major bleeding 3.1 against 4.0. So 10 mg isn't a 'weaker' dose for those kidneys; it's the dose that was tested for them. But bleeding still happened, about three patients in a hundred each year, and it does with every anticoagulant." # speaker: rep
    "So if I give 10 mg at thirty-nine, I'm following the evidence. And if I gave 10 mg at seventy..." # speaker: li
    "Then you'd be outside what was studied." # speaker: rep
    She writes 1.6 / 2.1 and 3.1 / 4.0 {has_card:on the back of the card|in her notebook}. # speaker: narrator # mood: pleased
* [Give her the overall NAVIGATE-AF headline results #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "In NAVIGATE-AF, 14,200 patients, stroke or systemic embolism was 1.3 per cent a year on Norvixa against 1.7 on warfarin; major bleeding 2.4 against 3.0, intracranial haemorrhage 0.4 against 0.8, and GI bleeding similar, 1.2 against 1.1." # speaker: rep
    "OK. But that's everyone. Mine is seventy-six with a clearance of thirty-nine." # speaker: li # mood: neutral
- -> objection_senior

=== objection_senior ===
{patience <= 0: -> patience_out}
"One thing, though. Our chief resident says: anyone over seventy-five, just give 10 mg, to be safe. The whole team does it now. Is that wrong?" # speaker: li # phase: objections # mood: sceptical
{difficulty > 1:
    "He's three years ahead of me. And he says the trial patients were younger than ours anyway." # speaker: li
}
* [Tell her plainly that her chief resident is wrong and the label is clear #act: objections.argue #minutes: 1]
    ~ patience = clamp(patience - 10 * difficulty)
    ~ rapport = clamp(rapport - 10)
    "With respect, your chief resident is simply wrong. The label is perfectly clear." # speaker: rep
    "I can't go and tell him that. I'm a second-year." # speaker: li # mood: annoyed
    She looks down at her notes. # speaker: narrator
* [Acknowledge why the idea is tempting, ask what he is worried about, then answer with the label and the over-80 data #act: objections.acknowledge #act: objections.explore #act: objections.evidence_response #claim: dose_renal #claim: renal_monitoring #claim: elderly_subgroup #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "It's an understandable instinct: nobody wants to be the one whose patient bleeds. When he says 'to be safe', is it bleeding he's thinking of, or something else about older patients?" # speaker: rep
    "Bleeding. After last month, everyone's scared." # speaker: li # mood: neutral
    "Then two facts may help you talk to him. In the label, the dose follows clearance, not age: an eighty-year-old with a clearance of 70 gets 20 mg, and what age changes is how often you check the kidneys. And in the 2,600 patients aged 80 or over in NAVIGATE-AF, major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin; GI bleeding was numerically a little higher, 1.9 against 1.6. The risk is real, but a dose lower than the label's isn't backed by any of these data." # speaker: rep
    "'The dose follows the clearance; age decides how often you check.' I can say that on a ward round." # speaker: li # mood: pleased
* [Answer with the label rule alone: the dose follows clearance, not age #act: objections.evidence_response #claim: dose_renal #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "The label ties the dose to clearance, not to age: 10 mg only when it's 30 to 49." # speaker: rep
    "OK. But how do I say that to him?" # speaker: li # mood: neutral
- -> objection_dialysis

=== objection_dialysis ===
{patience <= 0: -> patience_out}
"And one more. There's a patient on our ward on haemodialysis, three times a week, with AF. My attending asked me to look into anticoagulation for him. What dose of Norvixa would you use on dialysis?" # speaker: li # need: dialysis_question
* [Say dialysis is complicated and bring her back to the 30 to 49 range #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10 * difficulty)
    "Dialysis is complicated. The important thing is the 30 to 49 range, where 10 mg is well supported." # speaker: rep
    "So... I still don't know what to tell my attending." # speaker: li # mood: sceptical
* [Tell her 10 mg is what several centres use in dialysis patients #act: objections.evidence_response #violation: off_label #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Between us, several centres use 10 mg in dialysis patients, and the pharmacokinetics look fine. I'd start there." # speaker: rep
    She writes it down in the margin: "Norvixa 10 mg on dialysis, per Hengkang rep". # speaker: narrator
    "OK... I'll tell my attending that's what you said." # speaker: li # mood: neutral
* [Acknowledge the question, explain that it is outside the label and offer to send it to Medical Information for a written answer #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ mi_referral = true
    "That's an important question, and I'm glad you asked instead of guessing. The label doesn't recommend Norvixa for patients on dialysis, so I can't advise a dose. What I can do is send your question to Hengkang's Medical Information department today; a medical adviser will answer you or your attending directly, in writing, with whatever data exist. It's also a good one for the clinical pharmacist." # speaker: rep
    "In writing. That I can show my attending. Yes, please." # speaker: li # mood: pleased
- -> support_exam

=== support_exam ===
{patience <= 0: -> patience_out}
{rapport >= 70:
    She laughs a little, embarrassed. # speaker: narrator
    "Sorry, I've asked you so many questions. It's just... my residency exam is in three months, and the anticoagulation chapter is exactly this: clearance, doses, bleeding. I study at night with an online course. It cost two thousand yuan, and I'm still not sure I get it." # speaker: li # need: exam_preparation
- else:
    "My residency exam is in three months. The anticoagulation chapter is all numbers like these. I'm doing an online course at night; it cost two thousand yuan." # speaker: li # need: exam_preparation
}
* [Wish her luck with the exam, sincerely, and leave it there #act: relationship.personal_care #minutes: 1]
    "Two thousand yuan and nights after a day on the ward: that's a lot. Good luck, I mean it." # speaker: rep
    "Thanks." # speaker: li # mood: neutral
* [Offer to pay for her online course and buy her the exam review books: Hengkang supports young doctors #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> refused_benefit
* [Offer a case-based teaching session by a Hengkang medical colleague for the residents, through the department's teaching programme, and the approved dosing card #act: value.need_linked #act: relationship.professional_support #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    ~ session_offered = true
    "What might help, and not only you, is a case-based session for the residents with one of our medical colleagues, a physician: calculating clearance, choosing the dose, what to do when a patient bleeds. It would go through the department's teaching programme, so Dr Chen or Director Liang would decide whether and when. {has_card:And the dosing card is approved education material; keep it, and I can leave a few for the residents' room.|I'll also bring you our approved dosing card, and a few for the residents' room.}" # speaker: rep
    "A session for all of us... then I wouldn't be the only one asking. Yes." # speaker: li # mood: pleased
- -> closing

=== refused_benefit ===
"Two thousand yuan is a lot on a resident's salary. Let Hengkang take care of it: I'll pay for the course and get you the review books. We like to support young doctors." # speaker: rep
Dr Li stands up and gathers her admission notes against her chest. # speaker: narrator
"No. No, thank you. That's exactly what my chief resident warned me about. If anyone found out... I'm sorry, I have to go back to the ward." # speaker: li # mood: annoyed
{has_card:She leaves the dosing card on the table.|She doesn't look back.} # speaker: narrator # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
{patience <= 0: -> patience_out}
Her phone buzzes: the first evening admission is on its way up from the emergency department. # speaker: narrator # phase: closing
"I have to go soon." # speaker: li
* [Recap Norvixa's advantages and ask her to remember it for her next AF admissions #act: value.feature_dump #act: closing.no_next_step #minutes: 2]
    ~ patience = clamp(patience - 10)
    "Before you go, a quick recap: Norvixa is once daily, needs no routine coagulation monitoring and has one simple renal dose step. I hope you'll think of it for your next AF admissions." # speaker: rep
    -> close_no_next_step
* [Summarise what she told you, thank her and propose a concrete next step #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
    ~ next_step_offered = true
    -> close_next_step
* [Thank her for her time, wish her a quiet night and leave your card #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Dr Li. I hope it's a quiet night. Here's my card." # speaker: rep
    -> close_no_next_step

=== close_no_next_step ===
"Thanks. I'd better go." # speaker: li # mood: neutral
She is already on her feet, phone in hand. # speaker: narrator
-> records

=== close_next_step ===
"Thank you, Dr Li. Let me check I've understood what you need." # speaker: rep
{need_crcl:
    "A way to work out Cockcroft-Gault yourself, in the units your lab uses, so you can dose with confidence at three in the morning." # speaker: rep
}
{need_fear:
    "To know what the dose rests on, so that 'to be safe' doesn't become a dose nobody studied." # speaker: rep
}
{mi_referral:
    "And a written answer from Medical Information about your patient on dialysis; I'll submit the question tonight." # speaker: rep
}
"Next Wednesday I'll bring dosing cards for the residents' room{session_offered:, and I'll ask Dr Chen whether a teaching session with our medical colleague would fit the residents' programme}. Would that be useful?" # speaker: rep
{
- rapport >= 80 && session_offered:
    "Dr Chen runs our teaching on Thursday afternoons. I'll ask her tomorrow myself. Can I send you a date?" # speaker: li # mood: pleased
- rapport >= 60:
    "Bring the cards. I'll mention the session to Dr Chen." # speaker: li # mood: neutral
- else:
    "Maybe. Leave them with the nurses' station if you're passing." # speaker: li # mood: sceptical
}
-> records

=== records ===
Back in the car park, you open the CRM app to log the visit. # speaker: narrator
* [Log her role, what she needs (the clearance method, her fear of blame, the exam), the Medical Information request and the follow-up, and adjust your plan for the cardiology residents #act: records.profile_updated #act: records.review_done #minutes: 1]
    You record the visit in her profile: second-year resident, needs a reliable Cockcroft-Gault method, worried about being blamed for a bleed, exam in three months{mi_referral:, a dialysis question submitted to Medical Information}. Then you add the residents' teaching to your plan for the department. # speaker: narrator
    -> outcome
* [Log the visit with her patient as the worked example: his name and bed number from the admission note, age, weight, creatinine and the dose #act: records.profile_updated #violation: privacy #minutes: 1]
    You type in the worked example as you remember it, with the name and bed number you saw on the admission note when she moved her thumb: a handy example for the next resident. # speaker: narrator
    -> outcome

=== outcome ===
{
- not next_step_offered && rapport >= 70:
    Driving home, you realise she told you exactly what she needed, and you left without offering to bring her any of it. # speaker: narrator # ending: missed_opportunity
- not next_step_offered:
    It isn't clear she'll remember your name. # speaker: narrator # ending: polite_dismissal
- rapport >= 80 && session_offered:
    At 21:40, between two admissions, she sends a WeChat message: "Dr Chen says Thursday the 23rd, 16:00, teaching room. Can your medical colleague come?" # speaker: narrator # ending: next_meeting_booked
- rapport >= 60:
    She has asked you for something. It isn't a meeting yet, but it is a reason to come back. # speaker: narrator # ending: material_requested
- else:
    You leave the cards at the nurses' station. Nobody asks you to come back. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Dr Li's phone rings. She listens, says "Coming", and stands up. # speaker: narrator
"Sorry, the admission is here. I have to go. Thank you..." # speaker: li # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
