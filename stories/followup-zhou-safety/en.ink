# title: Follow-up with Professor Zhou: when the question changes
# segment: kol
# stage: follow_up
# lang: en
# customer: zhou
# dimensions: preparation, relationship, solutions, value, objections, closing, records

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged as a claim.
// Two weeks after stories/kol-cardiology-first-visit: the rep promised the full renal sub-study,
// the over-80 bleeding data and a check on data in patients who fall.

VAR difficulty = 1
VAR rapport = 60
VAR patience = 70
VAR prepared = false
VAR ae_reported = false
VAR mi_referral = false
VAR booked = false
VAR cold = false

~ patience -= 20 * (difficulty - 1)
-> prep

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== prep ===
Monday, 21:30, at home. Tomorrow at 12:40 you have twenty minutes with Professor Zhou Minghua, booked through her secretary two weeks after your first visit. # speaker: narrator
Your bag is by the door and the CRM is open on your phone. # speaker: narrator
How do you prepare? # speaker: narrator
* [Reread your notes from the first visit, list what you promised, set one objective, and pack what fits: the full renal sub-study, the over-80 data and the falls review you found #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #minutes: 1]
    ~ prepared = true
    Your notes from two weeks ago: renal dosing in the over-75s; residents afraid of bleeding and reducing doses; the overloaded INR clinic; her provincial AF-CKD registry. # speaker: narrator
    Your promises: the full renal sub-study and the over-80 bleeding tables, now in a folder; the residents' scheme co-payment, sent to her secretary on the Friday; her dialysis question, answered in writing by Medical Information last week; and anything on patients who fall. For that one you found no analysis in NAVIGATE-AF, so you printed an independent review on anticoagulation in older people who fall. # speaker: narrator
    In your notebook: "Objective: deliver what I promised, find out what has changed for her, agree one piece of support for her residents." # speaker: narrator
* [Pack the renal sub-study and the new efficacy detail aid; you remember the first visit well enough #act: preparation.material_matched #minutes: 1]
    The sub-study goes into a folder with the glossy detail aid on top. You close the laptop early. # speaker: narrator
* [Pack the regional team's new slide deck: this quarter's campaign is stroke prevention, and every doctor should hear it #act: preparation.material_unmatched #minutes: 1]
    ~ patience = clamp(patience - 10)
    The deck is forty slides long. The first one says, in bold: "Fewer strokes. Simpler dosing." # speaker: narrator
- -> arrival

=== arrival ===
Tuesday, 12:40, the week before the Mid-Autumn Festival. The arrhythmia office on the ninth floor. At the nurses' station downstairs, boxes of mooncakes from patients' families are piled behind the counter. # speaker: narrator # phase: reconnect
There is no lunch box on Professor Zhou's desk today. On her screen is a discharge summary, a haemoglobin trend marked in red, a surname and a bed number in the header. # speaker: narrator
{difficulty > 1:
    "Twenty minutes, and I may have to go before that. There's an admission waiting in emergency." # speaker: zhou # mood: sceptical
- else:
    "Hengkang. You're on time. Sit down." # speaker: zhou # mood: neutral
}
* [Wish her a good Mid-Autumn Festival in one sentence, then hand over the sub-study and the over-80 tables you promised #act: relationship.personal_care #act: relationship.promise_kept #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "Thank you for the time, Professor, and a happy Mid-Autumn Festival in advance. As promised, here is the full NAVIGATE-AF renal sub-study and the over-80 bleeding tables, with the dosing pages flagged." # speaker: rep
    {prepared:
        "The co-payment figures went to your secretary on the Friday, and Medical Information tells me their written answer on dialysis reached you last week." # speaker: rep
    }
    She takes the folder and turns to the flagged pages. # speaker: narrator
    "You did what you said you would. That's rarer than you'd think." # speaker: zhou # mood: pleased
* [Put a gift box of Hengkang mooncakes on her desk "for the department", then hand over the sub-study #act: relationship.transactional #act: relationship.promise_kept #violation: improper_benefit #minutes: 2]
    ~ rapport = clamp(rapport - 20)
    ~ patience = clamp(patience - 10)
    "Just a little something for the festival, Professor, for you and the team. And here's the sub-study you asked for." # speaker: rep
    She looks at the box, not at the folder. # speaker: narrator
    "Take that back to your car. Gifts from companies go to the hospital's integrity office, and I'd rather not have to explain yours. Leave the paper." # speaker: zhou # mood: annoyed
* [She's busy, so skip the pleasantries: lay out the sub-study and start on its stroke-prevention results #act: relationship.promise_kept #act: value.feature_dump #claim: renal_substudy #minutes: 3]
    ~ patience = clamp(patience - 10)
    "Here's the full renal sub-study, Professor. The key result: in 3,050 patients with a clearance of 30 to 49 on 10 mg, stroke or systemic embolism was 1.6 versus 2.1 per cent a year, and major bleeding 3.1 versus 4.0..." # speaker: rep
    "I read the abstract two weeks ago. Leave it. I'll read the rest tonight." # speaker: zhou # mood: neutral
- -> reassess

=== reassess ===
-> patience_check ->
She puts the folder on a pile of journals. Her eyes go back to the red numbers on the screen. # speaker: narrator # phase: review
"Renal dosing. Yes. Two weeks ago that was my question." # speaker: zhou
* [Notice that she is somewhere else, and ask what has changed for her since you last met #act: solutions.needs_reassessed #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "You said 'two weeks ago'. It sounds as if something has changed since then. What's on your mind about your anticoagulated patients now?" # speaker: rep
    She is quiet for a moment, then minimises the window on her screen. # speaker: narrator
    "You're right. It has." # speaker: zhou # mood: neutral
* [While you have her attention, take her through the key efficacy pages one by one #act: value.feature_dump #claim: trial_efficacy #minutes: 3]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 10)
    "Let me take you quickly through the key pages. Across the whole trial, stroke or systemic embolism was 1.3 versus 1.7 per cent a year with warfarin, and in the renal sub-study..." # speaker: rep
    "Stop. I don't need to be sold stroke prevention this week." # speaker: zhou # mood: annoyed
* [Ask whether she has started any patients on Norvixa since your last visit #act: relationship.transactional #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 10)
    "Have you had the chance to start any patients on Norvixa since we last met, Professor?" # speaker: rep
    "Is that what you came here to count?" # speaker: zhou # mood: annoyed
    A pause. Then she taps the screen with her pen. # speaker: narrator
- -> bleeds

=== bleeds ===
-> patience_check ->
"Two GI bleeds in ten days, both over eighty. An eighty-three-year-old man on warfarin from my INR clinic: his GP gave him antibiotics, his INR went to 4.6, and he came in through emergency at two in the morning vomiting blood. And an eighty-six-year-old woman on your drug, 10 mg, clearance about forty, started at her county hospital in the spring. Melaena, haemoglobin 68, two units of blood. The endoscopy showed a gastric ulcer. Afterwards her daughter told us she'd been buying a painkiller for her knees at the pharmacy." # speaker: zhou # need: gi_bleeding_elderly
"Both are recovering. Both are off anticoagulation, and I have to decide whether to restart, and when." # speaker: zhou
* [Say you're sorry to hear it, ask for the facts Hengkang's pharmacovigilance needs about the Norvixa case without any patient identifiers, and explain that you must report it within 24 hours #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    ~ ae_reported = true
    "I'm sorry. That's a hard fortnight. Bleeding is the most common adverse reaction with Norvixa, and every suspected case has to reach our pharmacovigilance department, so I need to report the second patient within 24 hours. I don't need her name: age, sex, dose, kidney function, her other medicines, what happened and how she is now. Do you know which painkiller it was? And may pharmacovigilance contact you directly if they need more?" # speaker: rep
    "Diclofenac, we think. Yes, they can call me. We'll report it to the national ADR monitoring system from here as well." # speaker: zhou # mood: neutral
    She gives you the facts and you write them down: eighty-six, female, 10 mg once daily since April, clearance about forty, over-the-counter diclofenac, melaena, haemoglobin 68 g/L, two units transfused, gastric ulcer at endoscopy, Norvixa stopped, recovering. # speaker: narrator
    "You're the first rep who has asked me that properly." # speaker: zhou # mood: pleased
* [Point out that she was also taking a painkiller, so the bleed was probably not Norvixa's doing #act: solutions.ae_dismissed #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    "If she was taking an NSAID for her knees, Professor, that's the most likely cause. I wouldn't put it down to Norvixa." # speaker: rep
    "Causality isn't yours to decide, and it isn't mine alone either. She bled on your drug." # speaker: zhou # mood: sceptical
* [Suggest that, since the county hospital prescribed it and she took an NSAID on her own, there's no need for a formal report #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    -> ae_asked_to_leave
- -> gi_data

=== ae_asked_to_leave ===
"Professor, since the county hospital started her on it and she was taking an NSAID on her own, I don't think this needs to become a formal report. It would only make paperwork for you." # speaker: rep
Professor Zhou takes off her glasses and puts them on the desk. # speaker: narrator
"A patient bled on your product and you're asking me to keep quiet about it. Every suspected adverse reaction gets reported: my department reports to the national system, and your company is obliged to as well. We're finished. I'll tell your medical department about this conversation myself." # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== gi_data ===
-> patience_check ->
"So tell me honestly. What do your data say about GI bleeding in patients over eighty?" # speaker: zhou # phase: deepen
{difficulty > 1:
    "And I've read the supplement, so don't round." # speaker: zhou # mood: sceptical
}
* [Reassure her that GI bleeding is lower on Norvixa than on warfarin, so her patient was unlucky #act: value.need_linked #violation: misleading_claim #minutes: 1]
    -> misleading_asked_to_leave
* [Give her the over-80 figures as they are, including the GI bleeding that was numerically higher on Norvixa #act: value.need_linked #act: value.evidence_cited #claim: elderly_subgroup #claim: trial_bleeding #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "In NAVIGATE-AF, 2,600 patients were 80 or older. Major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin. GI bleeding went the other way: 1.9 versus 1.6 per cent a year, numerically higher on Norvixa. Across the whole trial, intracranial haemorrhage was 0.4 versus 0.8. So in your over-eighties the GI signal is real, and it's the bleed you have just seen." # speaker: rep
    "Thank you. That's the table I read at one in the morning, and you didn't round it in your favour." # speaker: zhou # mood: neutral
* [Steer back to the bigger picture: the strokes prevented in the renal sub-study outweigh the bleeds #act: value.feature_dump #claim: renal_substudy #minutes: 2]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 10)
    "I understand, Professor, but the bigger picture matters. In the renal sub-study, stroke or systemic embolism was 1.6 per cent a year against 2.1 on warfarin. Think of the strokes prevented..." # speaker: rep
    "I asked about GI bleeding and you answered about strokes. That tells me what I need to know about your GI numbers." # speaker: zhou # mood: annoyed
- -> objection_why

=== misleading_asked_to_leave ===
"Actually, Professor, GI bleeding is lower on Norvixa than on warfarin. I think she was simply unlucky." # speaker: rep
"Lower? The over-eighty table in your own trial says 1.9 versus 1.6. Higher. I read it the night she bled." # speaker: zhou # mood: annoyed
She stands up. # speaker: narrator
"I asked you for honesty and you misquoted your own data to me. If you said that to my residents, they would believe you. Please leave." # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== objection_why ===
-> patience_check ->
"So in exactly my patients there's more GI bleeding. Give me one reason to put an eighty-five-year-old on it rather than keep him on warfarin." # speaker: zhou # mood: sceptical
{difficulty > 1:
    "And spare me the relative risk reductions." # speaker: zhou
}
* {prepared} [Acknowledge the trade-off, give her the whole bleeding picture, and hand over the falls review you promised to look for #act: objections.acknowledge #act: objections.evidence_response #act: relationship.promise_kept #act: relationship.value_content #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "It is a trade-off, and it's your decision for each patient. What the data can give you is the whole balance: in the over-80s, major bleeding 4.1 versus 5.0 per cent a year and GI bleeding 1.9 versus 1.6; across the trial, intracranial haemorrhage 0.4 versus 0.8. The label contraindicates it in active bleeding and in lesions at significant risk of major bleeding; whether her ulcer still counts is your clinical judgement." # speaker: rep
    "Last time I said I'd check what exists on patients who fall. NAVIGATE-AF has no falls analysis, and I won't invent one. I found this instead: an independent review on anticoagulation in older people who fall. It isn't ours and it isn't about Norvixa." # speaker: rep
    She reads the abstract, then folds the corner of the first page. # speaker: narrator
    "This one I haven't seen. Balanced numbers and somebody else's paper. Good." # speaker: zhou # mood: pleased
* {not prepared} [Acknowledge the trade-off and give her the whole bleeding picture #act: objections.acknowledge #act: objections.evidence_response #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "It is a trade-off, and it's your decision for each patient. What the data can give you is the whole balance: in the over-80s, major bleeding 4.1 versus 5.0 per cent a year and GI bleeding 1.9 versus 1.6; across the trial, intracranial haemorrhage 0.4 versus 0.8. The label contraindicates it in active bleeding and in lesions at significant risk of major bleeding; whether her ulcer still counts is your clinical judgement." # speaker: rep
    "Balanced, at least. Weren't you also going to look into patients who fall?" # speaker: zhou # mood: neutral
    You weren't ready for that. You promise to send it this week, and she makes a note. # speaker: narrator
* [Argue that a GI bleed can be treated and a stroke can't, so the efficacy clearly wins #act: objections.argue #minutes: 1]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 10)
    "With respect, Professor, a GI bleed can be treated; a stroke can't be undone. The efficacy clearly wins." # speaker: rep
    "Tell that to an eighty-six-year-old with a haemoglobin of 68. Don't lecture me about what wins." # speaker: zhou # mood: annoyed
* [Say that every anticoagulant bleeds in the very old; it's a class effect #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10)
    "Every anticoagulant bleeds in the very old, Professor. It's really a class effect." # speaker: rep
    "That isn't an answer. It's a shrug." # speaker: zhou # mood: sceptical
- -> juniors

=== juniors ===
-> patience_check ->
"And here's what keeps me awake. Since the second bleed my residents have stopped dosing by clearance. Everyone over eighty gets 10 mg, whatever the kidneys say. Yesterday I found one giving 10 mg every other day to a man with a clearance of sixty-five." # speaker: zhou # need: junior_dose_reduction
"Frankly, after this fortnight I'm not sure they're wrong. You know this drug. Is 10 mg enough for an eighty-five-year-old with good kidneys? Can I tell them it's fine?" # speaker: zhou
* [Agree that 10 mg for everyone over 80 is a sensible precaution; plenty of centres do it #act: solutions.tailored #violation: off_label #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 20)
    "Honestly, Professor, in the very old 10 mg is a sensible precaution, and plenty of centres do it. Your residents are being careful, and I'd support that." # speaker: rep
    She looks at you for a long moment. # speaker: narrator
    "A dose that isn't in your label and wasn't tested in your trial, and you'd 'support' it. That's exactly what I didn't want to hear from you." # speaker: zhou # mood: annoyed
* [Acknowledge the fear behind it, give her the label's dose rule and where the data stop, and offer a written answer from Medical Information on lower doses #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: dose_standard #claim: dose_renal #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    ~ mi_referral = true
    "After two bleeds in a fortnight, their fear makes sense. But I can only tell you what the label and the trial say. The dose is 20 mg once daily, and 10 mg once daily when the Cockcroft-Gault clearance is 30 to 49. Giving 10 mg to someone with a clearance of sixty-five is outside the label, so there's nothing I can offer to say it still prevents strokes. Whether any data exist on lower doses in the very old is a question for our Medical Information department. I'll log it today, and a medical adviser will answer you in writing." # speaker: rep
    "The label rule, and where it ends. Fine. I'd rather have the rest in writing anyway." # speaker: zhou # mood: neutral
* [Say that dosing is her doctors' clinical decision and you can't comment #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10)
    "That's a clinical decision for your doctors, Professor. I'm afraid I can't comment." # speaker: rep
    "You can tell me what your own label says. My residents could have given me that answer." # speaker: zhou # mood: sceptical
- -> support

=== support ===
-> patience_check ->
"So what do I do with them? Telling them off won't help. They're frightened." # speaker: zhou
* [Offer to present the NAVIGATE-AF efficacy results to the residents yourself, to restore their confidence in the drug #act: value.feature_dump #claim: trial_efficacy #minutes: 2]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 10)
    "I'd be glad to present NAVIGATE-AF to them myself, Professor: 14,200 patients, stroke or systemic embolism 1.3 versus 1.7 per cent a year. Once they see the efficacy, they'll have the confidence to use the full dose." # speaker: rep
    "They don't doubt your efficacy. They're afraid of the next bleed. A product talk is the last thing they need." # speaker: zhou # mood: annoyed
* [Leave a box of the approved dosing pocket cards for the residents #act: solutions.tailored #claim: dose_standard #claim: dose_renal #minutes: 1]
    "I'll leave a box of our dosing cards for the residents: 20 mg once daily, and 10 mg at a clearance of 30 to 49." # speaker: rep
    "A card won't make them less frightened. But leave them." # speaker: zhou # mood: neutral
* [Propose a case-based teaching session run by Hengkang's medical team: dosing by clearance, bleeding risk, what to do after a GI bleed, on her terms #act: relationship.professional_support #act: solutions.tailored #claim: dose_renal #claim: renal_monitoring #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "What might help is a session built around their fear rather than around our product. Our medical adviser, from the medical department, not sales, could run a case-based hour at your department meeting: working out clearance with Cockcroft-Gault and choosing the label dose, assessing bleeding risk before starting, and how to think about a GI bleed. You choose the cases and approve the slides. I can add a one-page card that says only what the label says: 10 mg at a clearance of 30 to 49, not below 30, and kidney function checked at least once a year, more often from 75." # speaker: rep
    "Cases, not slides about your drug. Yes. And have your adviser cover restarting after a bleed: that's what they phone me about at night." # speaker: zhou # mood: pleased # need: restart_after_bleed
- -> feedback

=== feedback ===
-> patience_check ->
She glances at the clock above the door. # speaker: narrator
{difficulty > 1:
    "Five minutes." # speaker: zhou
}
* [Ask how her other patients on Norvixa are doing on efficacy, tolerability and convenience, and where it gets hard for her team #act: solutions.feedback_collected #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "One more question, if I may, because it matters to us. Apart from this patient, how are your patients on Norvixa doing: any strokes, bleeding or other problems, and how does once-daily dosing work for them in practice? And where does it get hard for your team?" # speaker: rep
    "No strokes, no other bleeds that I know of. Once a day suits the county patients. The problem is the kidneys: they don't come back for their creatinine, a clearance of fifty-five in spring is forty by autumn, and nobody notices until the dose is wrong." # speaker: zhou # mood: neutral # need: renal_monitoring_gaps
    "That's useful. The card can say when to recheck, and I'll ask the medical adviser to build one case around a falling clearance." # speaker: rep
* [Ask whether, now that she has the full data, she'll be starting more of her patients on Norvixa #act: relationship.transactional #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 5)
    "Now that you have the full data, Professor, do you think you'll be starting more patients on Norvixa?" # speaker: rep
    "After the fortnight I've just described? I'll start whoever should be on it, on whatever they should be on." # speaker: zhou # mood: sceptical
- -> closing

=== closing ===
-> patience_check ->
A nurse knocks: the admission from emergency has reached the ward. # speaker: narrator # phase: closing
{rapport < 50:
    "I have to go." # speaker: zhou # mood: annoyed
- else:
    "I have to go up to the ward." # speaker: zhou
}
* [Thank her and leave your card #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Professor. Here's my card." # speaker: rep
    -> no_next_step
* [Recap Norvixa's efficacy messages and ask her to keep it in mind for her next patients #act: value.feature_dump #act: closing.no_next_step #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    "Before I go, Professor: fewer strokes than warfarin, once daily, one simple renal dose step. I hope you'll keep Norvixa in mind for your next patients." # speaker: rep
    -> no_next_step
* [Summarise what has changed for her and what happens next, thank her, and agree a concrete next step #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
    -> next_step

=== no_next_step ===
{rapport >= 70:
    "Fine. Leave it with my secretary." # speaker: zhou # mood: neutral
    She is gone before you've closed your bag. # speaker: narrator
- else:
    ~ cold = true
    "Yes. Thank you." # speaker: zhou # mood: sceptical
    She doesn't look back. # speaker: narrator
}
-> record

=== next_step ===
"Thank you, Professor. Let me check I have it right. Your worry has moved from renal dosing to GI bleeding in your over-eighties, and to residents who now reduce the dose out of fear." # speaker: rep
{ae_reported:
    "Today I report the second patient to our pharmacovigilance, and they may call you." # speaker: rep
}
{mi_referral:
    "Medical Information will answer your question on lower doses in writing." # speaker: rep
}
"And our medical adviser will contact your secretary this week about a case-based session for the residents, with the cases and slides to you first. May I come back in two weeks to hear how it went?" # speaker: rep
{
- rapport >= 80 + 10 * (difficulty - 1):
    ~ booked = true
    "Department meeting on the 28th, seven-thirty. Forty minutes, not fifteen. I'll ask Sun Mei to bring her geriatricians; they see the same patients. Your adviser sends me the cases by the 21st." # speaker: zhou # mood: pleased
    She writes it in her diary on her way to the door. # speaker: narrator
- rapport >= 55:
    "Send me the written answers and your adviser's outline first. If it's medicine and not marketing, I'll put it on the agenda." # speaker: zhou # mood: neutral
- else:
    ~ cold = true
    "Leave it with my secretary." # speaker: zhou # mood: sceptical
}
-> record

=== record ===
Twenty minutes later, in the café on the ground floor, you open Professor Zhou's profile in the CRM. # speaker: narrator
The last entry is from your first visit: "Renal dosing, residents' bleeding fear, INR clinic, AF-CKD registry." # speaker: narrator
* [Update it with what changed: her new needs, how she wants to be supported, the open promises{ae_reported: and the safety report reference}, and no patient details #act: records.profile_updated #minutes: 3]
    You write: "Needs moved from renal dosing to GI bleeding in over-80s and residents reducing doses outside the label. Reads supplements herself; wants exact numbers and medical, non-promotional support. Open: medical adviser's case-based session{not prepared:; the falls data I still owe her}. Renal rechecks are missed in county patients." # speaker: narrator
    {mi_referral:
        You add: "Medical Information: written answer on lower doses in the very old, logged today." # speaker: narrator
    }
    {ae_reported:
        You add the pharmacovigilance reference number, and nothing that could identify the patient. # speaker: narrator
    }
* [Write everything down for the medical adviser, including the surname and bed number you saw on her screen, so the cases are easy to prepare #act: records.profile_updated #violation: privacy #minutes: 2]
    You type the surname, the bed number, the age and the haemoglobin into the note, and attach it to Professor Zhou's profile, where the whole regional team can read it. # speaker: narrator
* [Add an estimate of how many of her patients are on Norvixa, to track whether her prescribing grows after the session #act: records.profile_updated #violation: prescription_tracking #minutes: 2]
    You add a field: "Prof. Zhou, Norvixa patients: about 20. Target after session: 30." # speaker: narrator
- -> review

=== review ===
Then the account plan for the arrhythmia service, written a month ago: "Q3 message: renal efficacy. Goal: Norvixa first choice in CKD patients." # speaker: narrator
* [Keep the plan: the quarter's message is renal efficacy, and next time you'll take the residents through it #act: value.feature_dump #minutes: 1]
    You leave the plan as it is. Next month's call notes are already half written. # speaker: narrator
* [Tie the plan to a number: after the teaching session, her department should start ten new patients a month #act: records.review_done #violation: sales_quota #minutes: 2]
    You write: "Medical session on the 28th. Expected return: plus ten new patients a month from the arrhythmia service." # speaker: narrator
* [Review the plan against what you learned: safety before efficacy, the medical session, the open promises, a link to geriatrics #act: records.review_done #minutes: 3]
    You rewrite the plan. Message: bleeding risk and the label dose, not efficacy. Actions: the medical adviser's session; Medical Information's written answer; a first contact with Dr Sun Mei in geriatrics, through the session rather than a cold call. Check in two weeks whether the residents' dosing questions have changed. # speaker: narrator
- -> wrap_up

=== wrap_up ===
{
- booked:
    Two weeks later, at seven-thirty, the seminar room on the ninth floor is full: residents, two geriatricians and Professor Zhou in the front row. The first case on the screen is an eighty-six-year-old woman with melaena, and nobody in the room knows her name. # speaker: narrator # ending: teaching_session_booked
- cold:
    Professor Zhou's secretary takes your calls politely. The next appointment she can offer is in six weeks. # speaker: narrator # ending: polite_dismissal
- else:
    Three days later Professor Zhou's secretary answers your email: the professor has read what you left and will see you again next month. It isn't a date yet, but the door is still open. # speaker: narrator # ending: material_requested
}
-> END

=== patience_out ===
Professor Zhou stands and takes her white coat from the back of the door. # speaker: narrator
"I have an admission waiting and no more time for this. Leave whatever you brought with my secretary." # speaker: zhou # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
