# title: An education visit: Dr Li Xiaoyu, second-year resident in cardiology
# segment: resident
# stage: first_visit
# setting: meeting
# dimensions: preparation, opening, discovery, value, objections, closing, relationship, records
# lang: en
# customer: li
# leaves_to: patience_out

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged as a claim.
// Label used throughout: non-valvular AF; 20 mg once daily; 10 mg once daily when the Cockcroft-Gault
// creatinine clearance is 30-49 mL/min; not recommended below 30 mL/min or on dialysis. Renal function
// before starting and at least once a year, more often at 75 or over or below 60 mL/min.
// Cockcroft-Gault as the card gives it, in the hospital lab's units (creatinine in umol/L):
//   (140 - age) x weight in kg x 1.23 / creatinine, and x 0.85 for a woman.
// Worked example: man, 76, 60 kg, creatinine 120 umol/L (1.36 mg/dL):
//   (140 - 76) x 60 x 1.23 / 120 = 64 x 60 x 1.23 / 120 = 4,723 / 120 = 39 mL/min, so 10 mg once daily.
//   The lab's eGFR of 52 (per 1.73 m2) is not what the label's dose follows.
// The engine plays Dr Li: rapport and customer_state are read here, never set. She is forgiving and
// patient, so the story branches on them coarsely, and it never reads the clock.

VAR difficulty = 1
VAR rapport = 55
VAR customer_state = "guarded"
VAR card_in_bag = false
VAR need_crcl = false
VAR need_fear = false
VAR session_offered = false
VAR next_step_offered = false

-> before_visit

=== before_visit ===
Tuesday evening. A WeChat message from Dr Chen Jing, the attending on cardiology ward 2: "My second-year resident, Dr Li Xiaoyu, keeps asking me about anticoagulant doses in renal impairment. She'd like twenty minutes with you tomorrow after the evening handover, in the teaching room. Education, please, not a sales pitch." # speaker: narrator
You have tonight to prepare. # speaker: narrator
* [Reread the label's dosing section and Dr Chen's note, write down one aim, and pack the dosing card #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 20]
    ~ card_in_bag = true
    You reread the dosing section of the label and the medical department's approved dosing card: the Cockcroft-Gault formula in the units the hospital lab uses, and the label's dose rule underneath. Your aim for tomorrow fits on one line: understand how she works out a dose today and where she gets stuck, before showing her anything. # speaker: narrator
    A few dosing cards and the label go into your bag. Nothing else. # speaker: narrator
* [Pack the twelve-page detail aid, the company brochure and ten NAVIGATE-AF reprints: better too much than too little #act: preparation.material_unmatched #off_clock #minutes: 10]
    You fill your bag: the twelve-page detail aid, Hengkang's corporate brochure, ten reprints of the main NAVIGATE-AF paper. It will look thorough. # speaker: narrator
* [Message Dr Chen about Dr Li's background and rotation, and pack the standard detail aid as usual #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 10]
    You message Dr Chen back. She tells you Dr Li is in the second year of standardised training, conscientious, and was corrected on a ward round on Monday. You pack the standard detail aid, as you do for every visit. # speaker: narrator
- -> arrival

=== arrival ===
Wednesday, 17:35. The teaching room on the seventh floor of Qinghe First People's Hospital. The evening handover has just finished; through the wall you can hear the ward phones ringing. # speaker: narrator # phase: opening
Dr Li Xiaoyu comes in with a stack of admission notes under her arm and sits down on the edge of a chair, as if she might have to get up again at any moment. # speaker: narrator
"Sorry, the handover ran over. Dr Chen said you could help me with renal dosing? I have about twenty minutes before the evening admissions start." # speaker: li # mood: neutral # time_granted: 20
{difficulty > 1:
    "And... my chief resident says reps always want something back. I hope this isn't going to be a sales talk." # speaker: li # mood: sceptical
}
* ["Of course. First, a little about me: pharmacy in Wuhan, three years at Hengkang, and our cardiovascular pipeline..." #act: opening.long_intro #minutes: 4]
    "Of course. Let me first tell you a little about myself and Hengkang. I studied pharmacy in Wuhan and joined Hengkang three years ago. Hengkang was founded in 1998, and cardiovascular medicine is our core area: besides Norvixa we have three products in development..." # speaker: rep
    Dr Li nods politely and turns her phone face up on the table, so she can see the time. # speaker: narrator
    "Sorry, could we... I really only have twenty minutes." # speaker: li # mood: sceptical
* ["Kind of you to stay after handover. I'm Hengkang's rep for Norvixa, here on renal dosing; twenty minutes at most." #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 1]
    "Thank you for seeing me at the end of a long day, Dr Li. I'm the Hengkang representative for Norvixa, an anticoagulant for preventing stroke and systemic embolism in non-valvular AF. Dr Chen said you had questions about dosing when kidney function is reduced. I'd like to hear how you work it out now and, if it helps, leave you our approved dosing material. Twenty minutes at most; I'll watch the clock so you're back for your admissions." # speaker: rep
    She lets her shoulders drop a little. # speaker: narrator
    "Twenty minutes. OK. Thank you." # speaker: li # mood: pleased
* ["Thank you for making time. Residents like you are the department's future prescribers; Hengkang likes to invest early." #act: opening.thanks #act: relationship.transactional #minutes: 1]
    "Thank you for making time, Dr Li. Residents like you are the future of the department, the prescribers of the next thirty years, and Hengkang believes in investing in young doctors early." # speaker: rep
    "Investing... in me?" # speaker: li # mood: sceptical
    She moves her chair back a few centimetres. # speaker: narrator
- -> discovery_practice

=== discovery_practice ===
She squares the admission notes on her knee. # speaker: narrator
"So... where do we start?" # speaker: li # phase: discovery
* ["To get a picture first: how many of your AF patients have you started on Norvixa so far?" #act: discovery.closed_question #act: relationship.transactional #minutes: 1]
    "To get a picture first: how many of your AF patients have you started on Norvixa so far?" # speaker: rep
    "Started? I... mostly write what my attending tells me to write." # speaker: li # mood: sceptical
    She pulls the admission notes a little closer. # speaker: narrator
    "Is that what you need from me? Numbers?" # speaker: li
* ["When an AF patient with poor kidneys comes in on your shift, how do you work out the dose?" #act: discovery.open_question #minutes: 2]
    "When an AF patient with reduced kidney function is admitted on your shift, how do you decide on the anticoagulant and its dose? Step by step, as you'd actually do it." # speaker: rep
    "Step by step... CHA₂DS₂-VASc first, then HAS-BLED. Then I look at the creatinine. The lab report gives an eGFR, so I usually use that, and then I look up the dose in the drug handbook app on my phone. But the app and the label don't always use the same numbers, and I'm never sure which one counts." # speaker: li # mood: neutral
* ["Let me save you time: 20 mg once daily, and 10 mg when the clearance is 30 to 49. That's it." #act: value.need_linked #links: crcl_method #act: value.evidence_cited #act: discovery.interrupt #claim: dose_standard #claim: dose_renal #minutes: 1]
    "Then let me save you time. Norvixa's renal rule is simple: 20 mg once daily, and 10 mg once daily when the Cockcroft-Gault clearance is 30 to 49..." # speaker: rep
    "Sorry... can I explain my question first?" # speaker: li # mood: sceptical
- -> discovery_crcl

=== discovery_crcl ===
She pulls an admission note from the stack and keeps her thumb over the name and bed number at the top. # speaker: narrator
"Like this one, this afternoon. Man, seventy-six, sixty kilos, creatinine 120. The lab says eGFR 52, so I wrote 20 mg. On Monday's ward round the associate chief crossed out a dose of mine just like it, said 'Cockcroft-Gault, not eGFR' and walked on. In front of the whole team." # speaker: li
* ["So it's not the table: it's which clearance the dose follows. And Monday's round stung. Right?" #act: discovery.active_listening #minutes: 1]
    ~ need_crcl = true
    "So the difficulty isn't the dose table itself: it's knowing which clearance the dose should follow, and working it out yourself with confidence. And being corrected like that, in front of everyone, made it worse. Have I understood?" # speaker: rep
    "Yes. Exactly. Nobody ever showed me properly. Cockcroft-Gault needs age, weight and sex, our lab reports creatinine in micromoles, and every formula I find online is in milligrams per decilitre. I don't want to ask again and look stupid." # speaker: li # mood: pleased # need: crcl_method
* ["Oh, that's easy. Give me his numbers and I'll work it out for you now, so you can get back to the ward." #act: discovery.interrupt #minutes: 1]
    "Oh, that's easy. Give me his numbers and I'll work it out for you right now, then you can get back to the ward." # speaker: rep
    "I... need to be able to do it myself. At three in the morning there's nobody to ask." # speaker: li # mood: sceptical
* ["Doesn't the hospital system work out Cockcroft-Gault for you automatically? Most do these days." #act: discovery.closed_question #minutes: 1]
    "Doesn't the hospital system work out Cockcroft-Gault for you automatically? Most do these days." # speaker: rep
    "No. Only eGFR." # speaker: li # mood: neutral
- -> discovery_fear

=== discovery_fear ===
{rapport >= 65:
    She glances at the door, then lowers her voice. # speaker: narrator
    "Can I be honest? It isn't only the formula." # speaker: li
- else:
    She checks the time on her phone. # speaker: narrator
}
* ["Are you worried about bleeding? Is that what keeps you up on night shifts?" #act: discovery.closed_question #minutes: 1]
    "Are you worried about bleeding? Is that what keeps you up on night shifts?" # speaker: rep
    "Of course. Everyone is." # speaker: li # mood: neutral
* ["When it's your name on the dose, what's the thing that scares you most?" #act: discovery.open_question #minutes: 2]
    ~ need_fear = true
    "When it's your name on the dose, what's the thing that scares you most?" # speaker: rep
    "That a patient bleeds and it was my dose. Last month a resident on the other team wrote a full dose for a patient whose clearance turned out to be 35. The pharmacist caught it at the order check, before the first tablet went out, but she still had to write an explanation for the medical affairs office. Since then half of us give every old patient the low dose, 'to be safe'. I don't even know if that's right." # speaker: li # mood: neutral # need: fear_of_blame
* ["If it's bleeding: in NAVIGATE-AF, major and intracranial bleeds were lower than on warfarin." #act: value.need_linked #links: fear_of_blame #act: value.evidence_cited #act: discovery.interrupt #claim: trial_bleeding #minutes: 2]
    "If bleeding is the worry, the data should help. In NAVIGATE-AF major bleeding was 2.4 per cent a year on Norvixa against 3.0 on warfarin, intracranial haemorrhage 0.4 against 0.8, and GI bleeding similar, 1.2 against 1.1." # speaker: rep
    "I didn't say I was worried about the trial." # speaker: li # mood: sceptical
    She looks back down at her admission note. # speaker: narrator
- -> present_dose

=== present_dose ===
{need_crcl:
    "So how do I actually do it, for him?" # speaker: li # phase: presentation
- else:
    ~ need_crcl = true
    "I mean... how do I actually work out the clearance for him? Nobody ever showed me properly, and our lab gives creatinine in micromoles." # speaker: li # phase: presentation # need: crcl_method
}
* {card_in_bag} [Hand her the dosing card, "Yours to keep", and let her work her own patient through it #act: value.need_linked #links: crcl_method #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #gives: dosing_card #minutes: 3]
    "This is our medical department's approved dosing card; it's yours to keep. The formula is in the units your lab uses: 140 minus age, times weight in kilograms, times 1.23, divided by creatinine in micromoles per litre; for a woman, multiply the result by 0.85. Try it with your patient." # speaker: rep
    She writes it out in the margin of the admission note: 140 minus 76 is 64; 64 times 60 times 1.23, divided by 120. # speaker: narrator
    "Thirty-nine." # speaker: li
    "Then the card gives you the label's rule. 50 or above: 20 mg once daily. 30 to 49: 10 mg once daily. Below 30, or on dialysis: not recommended. And the label asks for kidney function before starting and at least once a year, more often at 75 or over or below 60, and he is both. Which dose to write is your and your attending's decision; the card just puts the label on one page." # speaker: rep
    "Thirty-nine, not fifty-two. So I'd have given him double. That's what the associate chief saw." # speaker: li # mood: pleased
* {not card_in_bag} [Open the label on your tablet, go through the dosing section with her and write the formula out #act: value.need_linked #links: crcl_method #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #minutes: 4]
    "I don't have a card with me, but here's the label. The dose follows the Cockcroft-Gault clearance: 50 or above, 20 mg once daily; 30 to 49, 10 mg once daily; below 30 or on dialysis, not recommended. Kidney function before starting and at least once a year, more often at 75 or over or below 60. Let me write the formula out in micromoles for you..." # speaker: rep
    It takes a while to get the conversion right on paper: 140 minus age, times weight, times 1.23, divided by the creatinine, and times 0.85 for a woman. She copies it carefully into her notebook and works out her patient: 64 times 60 times 1.23, divided by 120. # speaker: narrator
    "Thirty-nine. So 10 mg, not 20." # speaker: li # mood: neutral
* ["The good news: 20 mg once daily, with or without food, and no routine coagulation monitoring." #act: value.feature_dump #claim: dose_standard #minutes: 2]
    "The good news is that Norvixa is simple: 20 mg once daily, with or without food, and no routine coagulation monitoring. Patients find it very convenient, and..." # speaker: rep
    "Yes, but... how do I calculate the clearance?" # speaker: li # mood: sceptical
- -> present_evidence

=== present_evidence ===
// What you packed mattered only for the choice above: forgetting it lets the paths meet again.
~ card_in_bag = false
{need_fear:
    "And 10 mg in someone like him... does it still prevent strokes? And does he bleed less?" # speaker: li
- else:
    "Does the lower dose still work, though?" # speaker: li
}
* ["At the right dose, bleeding on Norvixa is rare and mild. Honestly, you can stop worrying." #act: value.need_linked #links: fear_of_blame #violation: misleading_claim #minutes: 1]
    "At the right dose, bleeding with Norvixa is rare and mild. Honestly, you can stop worrying about it." # speaker: rep
    "Rare and mild? My attending would never say that about any anticoagulant." # speaker: li # mood: sceptical
* {need_fear} ["Here's what 10 mg rests on: the trial's kidney subgroup, strokes and bleeds, and its limits." #act: value.need_linked #links: fear_of_blame #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 2]
    "You're afraid of being the doctor whose patient bleeds, so here is what the dose rests on. NAVIGATE-AF had a pre-specified renal sub-study: 3,050 patients with a clearance of 30 to 49, all on 10 mg. Stroke or systemic embolism was 1.6 per cent a year against 2.1 on warfarin, major bleeding 3.1 against 4.0. So 10 mg isn't a 'weaker' dose for those kidneys; it's the dose that was tested for them. But bleeding still happened, about three patients in a hundred each year, as it does with every anticoagulant." # speaker: rep
    "So if I give 10 mg at thirty-nine, I'm following the evidence. And if I gave 10 mg at seventy..." # speaker: li
    "Then you'd be outside the label and outside what was studied." # speaker: rep
    She writes 1.6 / 2.1 and 3.1 / 4.0 in the margin. # speaker: narrator # mood: pleased
* {not need_fear} ["Here's the trial's kidney subgroup: strokes and bleeds on 10 mg, and where its limits are." #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 2]
    "NAVIGATE-AF had a pre-specified renal sub-study: 3,050 patients with a clearance of 30 to 49, all on 10 mg. Stroke or systemic embolism was 1.6 per cent a year against 2.1 on warfarin, major bleeding 3.1 against 4.0. So 10 mg is the dose that was tested for those kidneys. Bleeding still happened, about three patients in a hundred each year, as with every anticoagulant." # speaker: rep
    "OK. So at thirty-nine, 10 mg is what was studied." # speaker: li # mood: neutral
* ["In NAVIGATE-AF overall, 14,200 patients: fewer strokes and fewer major bleeds than warfarin." #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 2]
    "In NAVIGATE-AF, 14,200 patients, stroke or systemic embolism was 1.3 per cent a year on Norvixa against 1.7 on warfarin; major bleeding 2.4 against 3.0, intracranial haemorrhage 0.4 against 0.8, and GI bleeding similar, 1.2 against 1.1." # speaker: rep
    "OK. But that's everyone. Mine is seventy-six with a clearance of thirty-nine." # speaker: li # mood: neutral
- -> objection_senior

=== objection_senior ===
"One thing, though. Our chief resident says: anyone over seventy-five, just give 10 mg, to be safe. The whole team does it now. Is that wrong?" # speaker: li # phase: objections # mood: sceptical # objection: age_based_low_dose
{difficulty > 1:
    "He's three years ahead of me. And he says the trial patients were younger than ours anyway." # speaker: li
}
* ["With respect, your chief resident is simply wrong. Tell him so on the next ward round." #act: objections.argue #minutes: 1]
    "With respect, your chief resident is simply wrong. The label is perfectly clear, and you should tell him so on the next ward round." # speaker: rep
    "I can't go and tell him that. I'm a second-year." # speaker: li # mood: annoyed
    She looks down at her notes. # speaker: narrator
* ["It's a natural instinct. When he says 'to be safe', what is it he's afraid of?" #act: objections.acknowledge #act: objections.explore #act: objections.evidence_response #claim: dose_renal #claim: renal_monitoring #claim: elderly_subgroup #minutes: 3]
    "It's an understandable instinct: nobody wants to be the one whose patient bleeds. When he says 'to be safe', is it bleeding he's thinking of, or something else about older patients?" # speaker: rep
    "Bleeding. After last month, everyone's scared." # speaker: li # mood: neutral
    "Then two facts may help you talk to him. In the label, the dose follows clearance, not age: an eighty-year-old with a clearance of 70 gets 20 mg, and what age changes is how often you check the kidneys. And NAVIGATE-AF had 2,600 patients aged 80 or over: major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin, while GI bleeding was numerically a little higher, 1.9 against 1.6. The risk is real, and the label's answer to it is the clearance rule and closer monitoring, not a lower dose by age." # speaker: rep
    "'The dose follows the clearance; age decides how often you check.' I can say that on a ward round." # speaker: li # mood: pleased
* ["The label ties the dose to clearance, not age: 10 mg only at 30 to 49. That's all there is." #act: objections.evidence_response #claim: dose_renal #minutes: 1]
    "The label ties the dose to clearance, not to age: 10 mg only when it's 30 to 49. That's all there is." # speaker: rep
    "OK. But how do I say that to him?" # speaker: li # mood: neutral
- -> objection_dialysis

=== objection_dialysis ===
"And one more. There's a man on our ward on haemodialysis, three times a week, with AF. My attending asked me to look into anticoagulation for him. What dose of Norvixa would you use on dialysis?" # speaker: li
* ["Dialysis is complicated. What matters is the 30 to 49 range, where 10 mg is well supported." #act: objections.evade #minutes: 1]
    "Dialysis is complicated. The important thing is the 30 to 49 range, where 10 mg is well supported." # speaker: rep
    "So... I still don't know what to tell my attending." # speaker: li # mood: sceptical
* ["Between us, several centres use 10 mg on dialysis, and the pharmacokinetics look fine." #act: objections.evidence_response #violation: off_label #minutes: 1]
    "Between us, several centres use 10 mg in dialysis patients, and the pharmacokinetics look fine. I'd start there." # speaker: rep
    She writes it down in the margin: "Norvixa 10 mg on dialysis, per Hengkang rep". # speaker: narrator
    "OK... I'll tell my attending that's what you said." # speaker: li # mood: neutral
* ["Let me ask around what other hospitals give their dialysis patients, and message you tomorrow." #act: objections.defer_and_commit #violation: off_label #minutes: 1]
    "Let me ask around. I'll find out what other hospitals are giving their dialysis patients and message you tomorrow." # speaker: rep
    "Thank you! Then I'll tell my attending Hengkang is looking into a dose for him." # speaker: li # mood: pleased
* ["The label doesn't recommend it on dialysis. I can get Medical Information to reply in writing." #act: compliance.medical_referral #act: objections.defer_and_commit #claim: dose_renal #promise: mi_dialysis_answer #minutes: 2]
    "That's an important question, and I'm glad you asked instead of guessing. The label doesn't recommend Norvixa for patients on dialysis, so I can't advise a dose. What I can do is send your question to Hengkang's Medical Information department today; a medical adviser will answer you or your attending directly, in writing, with whatever data exist. I'll submit it tonight." # speaker: rep
    -> dialysis_pressed
- -> support_exam

=== dialysis_pressed ===
"In writing. That I can show my attending." # speaker: li # mood: neutral
She hesitates, her pen over the page. # speaker: narrator
"But he wants an answer on tomorrow's ward round. Can't you just tell me what you'd give him? Off the record. I won't say it came from you." # speaker: li
* ["Off the record, then, just this once: I've heard of centres using 10 mg on dialysis. Not from me." #act: objections.evidence_response #violation: off_label #minutes: 1]
    "Off the record, then, just this once: I've heard of centres using 10 mg on dialysis. But you didn't hear it from me." # speaker: rep
    She writes "10 mg?" in the margin and underlines it twice. # speaker: narrator
    "OK. Thank you." # speaker: li # mood: neutral
* ["Sorry, not even off the record. For tonight, ring the clinical pharmacist or your attending." #act: compliance.declined #rapport: -10 #minutes: 1]
    "I understand the pressure, and I'm sorry I can't make tonight easier. But I can't give you a dose for a use the label doesn't recommend, on or off the record. The written answer will come from a doctor in Medical Information, and for tomorrow's round the clinical pharmacist is the right person to ask tonight; so is your attending." # speaker: rep
    "...OK." # speaker: li # mood: sceptical
    She closes her notebook a little harder than she needs to. # speaker: narrator
    "I just hoped, for once, I'd have the answer before he asked." # speaker: li
- -> support_exam

=== support_exam ===
{rapport >= 75:
    After a moment she looks up again and laughs a little, embarrassed. # speaker: narrator
    "Sorry, I've asked you so many questions. It's just... my residency exam is in three months, and the anticoagulation chapter is exactly this: clearance, doses, bleeding. I study at night with an online course. It cost two thousand yuan, and I'm still not sure I get it." # speaker: li # need: exam_preparation
- else:
    "My residency exam is in three months. The anticoagulation chapter is all numbers like these. I'm doing an online course at night; it cost two thousand yuan." # speaker: li # need: exam_preparation
}
* ["Two thousand yuan and nights after the ward: that's a lot. Good luck, I really mean it." #act: relationship.personal_care #minutes: 1]
    "Two thousand yuan and nights after a day on the ward: that's a lot. Good luck, I mean it." # speaker: rep
    "Thanks." # speaker: li # mood: neutral
* ["Let Hengkang take care of it: I'll pay for the course and get you the review books. We back young doctors." #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> refused_benefit
* ["What about a case session for all the residents? I'll put it to Dr Chen. Here's the pathway in brief." #act: relationship.professional_support #act: relationship.value_content #claim: guideline #gives: guideline_summary #promise: teaching_session #minutes: 1]
    ~ session_offered = true
    "What might help, and not only you, is a case-based session for the residents with one of our medical colleagues, a physician: working out clearance, choosing the dose, what to do when a patient bleeds. It would go through the department's teaching programme, so Dr Chen or Director Liang would decide whether and when; I'll ask Dr Chen. And this is the summary of the provincial anticoagulation pathway your ward follows: it lists the factor Xa inhibitors, Norvixa among them, as preferred over warfarin for eligible patients, and it sets out the whole decision on a few pages." # speaker: rep
    "A session for all of us... then I wouldn't be the only one asking. Yes." # speaker: li # mood: pleased
- -> closing

=== refused_benefit ===
"Two thousand yuan is a lot on a resident's salary. Let Hengkang take care of it: I'll pay for the course and get you the review books. We like to support young doctors." # speaker: rep
Dr Li stands up and gathers her admission notes against her chest. # speaker: narrator
"No. No, thank you. That's exactly what my chief resident warned me about. If anyone found out... I'm sorry, I have to go back to the ward." # speaker: li # mood: annoyed
She doesn't look back. # speaker: narrator # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
Her phone buzzes: the first evening admission is on its way up from the emergency department. # speaker: narrator # phase: closing
{customer_state == "irritated":
    She already has her phone in her hand. # speaker: narrator
    "I have to go." # speaker: li # mood: annoyed
- else:
    "I have to go soon." # speaker: li
}
* ["Before you go: once daily, no routine monitoring, one renal step. Think of Norvixa for your next AF admissions?" #act: value.feature_dump #act: closing.no_next_step #claim: dose_standard #claim: dose_renal #minutes: 1]
    "Before you go: Norvixa is once daily, needs no routine coagulation monitoring and has one simple renal dose step. I hope you'll think of it for your next AF admissions." # speaker: rep
    -> close_no_next_step
* ["Now that you know the dose, maybe you could start a few of your next AF patients on Norvixa?" #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    "Now that you know the dose, maybe you could start a few of your next AF patients on Norvixa?" # speaker: rep
    "I... my attending decides that. And I'd rather not promise prescriptions to a rep." # speaker: li # mood: annoyed
    -> close_no_next_step
* ["So: which clearance, and what 10 mg rests on. Cards for the residents' room next Wednesday?" #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: dosing_card #minutes: 2]
    ~ next_step_offered = true
    -> close_next_step
* ["Thank you for your time, Dr Li. I hope it's a quiet night. Here's my card." #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Dr Li. I hope it's a quiet night. Here's my card." # speaker: rep
    -> close_no_next_step

=== close_no_next_step ===
"Thanks. I'd better go." # speaker: li # mood: neutral
She is already on her feet, phone in hand. # speaker: narrator
-> records

=== close_next_step ===
"Thank you, Dr Li. Let me check I've understood what you need." # speaker: rep
"A way to work out Cockcroft-Gault yourself, in the units your lab uses, so you can dose with confidence at three in the morning." # speaker: rep
{need_fear:
    "To know what the dose rests on, so that 'to be safe' doesn't become a dose nobody studied." # speaker: rep
}
"Next Wednesday I'll bring dosing cards for the residents' room{session_offered:, and I'll have asked Dr Chen whether a session with our medical colleague would fit the residents' programme}. Would that be useful?" # speaker: rep
{
- rapport >= 80 && session_offered:
    "Dr Chen runs our teaching on Thursday afternoons. I'll ask her tomorrow myself. Can I send you a date?" # speaker: li # mood: pleased
- rapport >= 60:
    "Bring the cards.{session_offered: I'll mention the session to Dr Chen.}" # speaker: li # mood: neutral
- else:
    "Maybe. Leave them at the nurses' station if you're passing." # speaker: li # mood: sceptical
}
-> records

=== records ===
Back in the car park, you open the CRM app to log the visit. # speaker: narrator
* [Note her Cockcroft-Gault gap, her exam and the cards you promised; put the residents' teaching in your plan #act: records.profile_updated #act: records.review_done #off_clock #minutes: 5]
    You record the visit in her profile: second-year resident, needs a reliable Cockcroft-Gault method, worried about being blamed for a dosing error, exam in three months. Then you add the residents' teaching to your plan for the department. # speaker: narrator
    -> outcome
* [Log her patient as a worked example for the next resident, with the name and bed number you glimpsed on the note #act: records.profile_updated #violation: privacy #off_clock #minutes: 5]
    You type in the worked example as you remember it, with the name and bed number you saw on the admission note when she moved her thumb: a handy example for the next resident. # speaker: narrator
    -> outcome
* [Add a monthly field to her profile, "Norvixa starts", and set a reminder to check it at each visit #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 2]
    You add a field to her profile, "Norvixa starts this month", and set a reminder to ask her at every visit. # speaker: narrator
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
"Sorry, the admission is here. I have to go. Thank you..." # speaker: li # mood: annoyed # ending: patience_exhausted
-> END
