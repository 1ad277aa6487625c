# title: Follow-up with Professor Zhou: when the question changes
# segment: kol
# stage: follow_up
# setting: office
# lang: en
# customer: zhou
# dimensions: preparation, relationship, solutions, value, objections, closing, records
# leaves_to: patience_out
# assumes: need:renal_dosing, need:junior_bleeding_fear, promise:renal_substudy, promise:falls_data, promise:copay_check, promise:mi_dialysis_answer

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged as a claim.
// Two weeks after stories/kol-cardiology-first-visit. What the rep owes her comes from her memory of that
// visit (promise_open, remembers); played from the library alone, the header's assumptions stand in for it.
// The engine plays Professor Zhou: rapport and patience are read here, never set.

VAR difficulty = 1
VAR rapport = 45
VAR patience = 60
VAR prepared = false
VAR ae_reported = false
VAR mi_referral = false
VAR session_offered = false
VAR booked = false
VAR cold = false

EXTERNAL promise_open(id)
EXTERNAL remembers(id)

-> prep

=== function promise_open(id) ===
~ return false

=== function remembers(id) ===
~ return false

=== prep ===
Monday, 21:30, at home. Tomorrow at 12:40 you have twenty minutes with Professor Zhou Minghua, booked through her secretary two weeks after your first visit. # speaker: narrator
Your bag is by the door and the CRM is open on your phone. # speaker: narrator
How do you prepare? # speaker: narrator
* [Reread your notes, list what you owe her, write one objective, and pack only what fits #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 30]
    ~ prepared = true
    -> notes
* [Pack the renal sub-study and the glossy efficacy detail aid; you remember the first visit well #act: preparation.material_matched #off_clock #minutes: 5]
    The sub-study goes into a folder with the detail aid on top. You close the laptop early. # speaker: narrator
    -> arrival
* [Pack the region's new forty-slide deck on stroke prevention: it's this quarter's campaign message #act: preparation.material_unmatched #off_clock #minutes: 5]
    The first slide says, in bold: "Fewer strokes. Simpler dosing." # speaker: narrator
    -> arrival

=== notes ===
{remembers("renal_dosing") || remembers("junior_bleeding_fear"):
    Your notes from two weeks ago: # speaker: narrator
    {remembers("renal_dosing"):
        Renal dosing in the over-75s. "Data, not guesses." # speaker: narrator
    }
    {remembers("junior_bleeding_fear"):
        Her residents are afraid of bleeding and cut the dose on their own. # speaker: narrator
    }
- else:
    Your notes from the first visit are thin: her elderly patients, her registry, not much more. # speaker: narrator
}
{promise_open("renal_substudy"):
    You promised her the full renal sub-study and the over-80 bleeding data. Both reprints go into a folder, the dosing pages flagged. # speaker: narrator
- else:
    You pack the renal sub-study and the over-80 reprints anyway: renal dosing in the very old is her subject. # speaker: narrator
}
{promise_open("copay_check"):
    You also promised her the residents' scheme co-payment by Friday. Market access only confirmed the provincial figure this afternoon, ten days late. It is on one page in the folder. # speaker: narrator
}
{promise_open("mi_dialysis_answer"):
    Her dialysis question: Medical Information wrote to her directly last week. You make a note to check the answer reached her. # speaker: narrator
}
{promise_open("falls_data"):
    And anything on patients who fall. NAVIGATE-AF has no falls analysis, and you won't invent one, but the medical department has an approved review of published bleeding and falls data in patients over 75. It goes into the folder. # speaker: narrator
- else:
    You add the medical department's approved review of published bleeding and falls data in patients over 75: falls in the very old are what worry her most. # speaker: narrator
}
{not promise_open("renal_substudy") && not promise_open("copay_check") && not promise_open("mi_dialysis_answer") && not promise_open("falls_data"):
    You check twice: you owe her nothing from last time. # speaker: narrator
}
In your notebook: "Objective: deliver what I owe her, find out what has changed for her, agree one piece of support for her residents." # speaker: narrator
-> arrival

=== arrival ===
Tuesday, 12:40, the week before the Mid-Autumn Festival. The doctors' office of the arrhythmia ward, ninth floor. At the nurses' station, boxes of mooncakes from patients' families are piled behind the counter. # speaker: narrator # phase: reconnect
There is no lunch box on Professor Zhou's desk today. On her screen is a discharge summary, a haemoglobin trend marked in red, a surname and a bed number in the header. # speaker: narrator
{difficulty > 1:
    "Twenty minutes, and I may have to go before that. There's an admission waiting in emergency." # speaker: zhou # mood: sceptical # time_granted: 20
- else:
    "Hengkang. You're on time. Sit down; I have twenty minutes." # speaker: zhou # mood: neutral # time_granted: 20
}
* {prepared} ["Happy Mid-Autumn in advance, Professor." Then hand over the folder you prepared #act: relationship.personal_care #keeps: renal_substudy #keeps: copay_check #keeps: mi_dialysis_answer #gives: renal_substudy_reprint #gives: elderly_subgroup_reprint #minutes: 2]
    "Thank you for the time, Professor, and a happy Mid-Autumn Festival in advance." # speaker: rep
    {promise_open("renal_substudy"):
        "As promised, the full NAVIGATE-AF renal sub-study and the over-80 bleeding tables, with the dosing pages flagged." # speaker: rep
    - else:
        "The renal sub-study and the over-80 tables, in case your residents want their own copies." # speaker: rep
    }
    {promise_open("copay_check"):
        "And the residents' scheme co-payment I owed you. I'm sorry it's late: market access only confirmed the provincial figure yesterday." # speaker: rep
    }
    {promise_open("mi_dialysis_answer"):
        "Medical Information tells me they wrote to you on dialysis last week. Did it reach you?" # speaker: rep
        "It did. Short, referenced, and no sales in it." # speaker: zhou
    }
    She takes the folder and turns to the flagged pages. # speaker: narrator
    {promise_open("renal_substudy") || promise_open("copay_check"):
        "Late, but you did what you said you would. That's rarer than you'd think." # speaker: zhou # mood: pleased
    - else:
        "Thank you." # speaker: zhou # mood: neutral
    }
* {not prepared} ["Happy Mid-Autumn in advance, Professor." Then hand over the renal sub-study #act: relationship.personal_care #keeps: renal_substudy #gives: renal_substudy_reprint #minutes: 2]
    "Thank you for the time, Professor, and a happy Mid-Autumn Festival in advance. Here is the full NAVIGATE-AF renal sub-study." # speaker: rep
    She takes it and waits, as if for something else. It doesn't come. # speaker: narrator
    "Thank you." # speaker: zhou # mood: neutral
* [Put a gift box of Hengkang mooncakes on her desk "for the department", then hand over the sub-study #act: relationship.transactional #violation: improper_benefit #keeps: renal_substudy #gives: renal_substudy_reprint #minutes: 2]
    "Just a little something for the festival, Professor, for you and the team. And here's the sub-study." # speaker: rep
    She looks at the box, not at the folder. # speaker: narrator
    "Take that back to your car. Gifts from companies go to the hospital's integrity office, and I'd rather not have to explain yours. Leave the paper." # speaker: zhou # mood: annoyed
* [She's busy: skip the small talk, hand over the folder and go straight to the sub-study results #act: value.evidence_cited #claim: renal_substudy #keeps: renal_substudy #keeps: copay_check #gives: renal_substudy_reprint #gives: elderly_subgroup_reprint #rapport: -10 #minutes: 3]
    "The renal sub-study and the other figures you asked for, Professor. The key result: in 3,050 patients with a clearance of 30 to 49 on 10 mg, stroke or systemic embolism was 1.6 versus 2.1 per cent a year, and major bleeding 3.1 versus 4.0..." # speaker: rep
    "I read the abstract two weeks ago. Leave it. I'll read the rest tonight." # speaker: zhou # mood: neutral
    {promise_open("mi_dialysis_answer"):
        You never ask whether Medical Information's answer on dialysis reached her. # speaker: narrator
    }
- -> reassess

=== reassess ===
She puts the folder on a pile of journals. Her eyes go back to the red numbers on the screen. # speaker: narrator # phase: review
{remembers("renal_dosing"):
    "Renal dosing. Yes. Two weeks ago that was my question." # speaker: zhou
- else:
    "Renal data. Yes. Two weeks ago I'd have read that first." # speaker: zhou
}
* ["You said 'two weeks ago'. Has something changed? What's on your mind now?" #act: solutions.needs_reassessed #minutes: 1]
    "You said 'two weeks ago'. It sounds as if something has changed since then. What's on your mind about your anticoagulated patients now?" # speaker: rep
    She is quiet for a moment, then minimises the window on her screen. # speaker: narrator
    "You're right. It has." # speaker: zhou # mood: neutral
* ["I've brought the over-80 GI bleeding figures, Professor, since bleeding is what worries you." #act: value.need_linked #links: gi_bleeding_elderly #act: value.evidence_cited #claim: elderly_subgroup #rapport: -10 #minutes: 3]
    "I thought you'd want the GI bleeding figures in the over-80s, Professor: 1.9 per cent a year on Norvixa against 1.6 on warfarin, while major bleeding was 4.1 against 5.0." # speaker: rep
    She minimises the window on her screen. # speaker: narrator
    "I haven't said a word about bleeding. Were you reading my screen?" # speaker: zhou # mood: annoyed
* ["How many have you started on Norvixa since we last met?" #act: relationship.transactional #minutes: 1]
    "How many patients have you started on Norvixa since we last met, Professor?" # speaker: rep
    "Is that what you came here to count?" # speaker: zhou # mood: annoyed
    A pause. Then she taps the screen with her pen. # speaker: narrator
- -> bleeds

=== bleeds ===
"Two GI bleeds in ten days, both over eighty. An eighty-three-year-old man on warfarin from my INR clinic: his GP gave him antibiotics, his INR went to 4.6, and he came in through emergency at two in the morning vomiting blood." # speaker: zhou
"And an eighty-six-year-old woman on your drug, 10 mg, clearance about forty, started at her county hospital in the spring. Melaena, haemoglobin 68, two units of blood. The endoscopy showed a gastric ulcer. Afterwards her daughter told us she'd been buying a painkiller for her knees at the pharmacy." # speaker: zhou # need: gi_bleeding_elderly # adverse_event: norvixa_gi_bleed
"Both are recovering. Both are off anticoagulation, and I have to decide whether to restart, and when." # speaker: zhou # need: restart_after_bleed
* ["I'm sorry, that's a hard fortnight. For our safety team, no name: her age, dose, kidneys, other medicines?" #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    ~ ae_reported = true
    "I'm sorry. That's a hard fortnight. Bleeding is the most common adverse reaction with Norvixa, and every suspected case has to reach our pharmacovigilance department, so I need to report the second patient within 24 hours. I don't need her name: age, sex, dose, kidney function, her other medicines, what happened and how she is now. Do you know which painkiller it was? And may pharmacovigilance contact you directly if they need more?" # speaker: rep
    "Diclofenac, we think. Yes, they can call me. We'll report it to the national ADR monitoring system from here as well." # speaker: zhou # mood: neutral
    She gives you the facts and you write them down: eighty-six, female, 10 mg once daily since April, clearance about forty, over-the-counter diclofenac, melaena, haemoglobin 68 g/L, two units transfused, gastric ulcer at endoscopy, Norvixa stopped, recovering. # speaker: narrator
    "You're the first rep who has asked me that properly." # speaker: zhou # mood: pleased
* ["If she was taking an NSAID for her knees, that's the likely cause. I wouldn't put it down to Norvixa." #act: solutions.ae_dismissed #minutes: 1]
    "If she was taking an NSAID for her knees, Professor, that's the most likely cause. I wouldn't put it down to Norvixa." # speaker: rep
    "Causality isn't yours to decide, and it isn't mine alone either. She bled on your drug." # speaker: zhou # mood: sceptical
* ["I'm sorry, that's a hard fortnight. The label says stop it, support her and treat the source." #act: solutions.tailored #links: restart_after_bleed #act: value.evidence_cited #act: compliance.medical_referral #claim: bleeding_management #minutes: 2]
    "I'm sorry. That's a hard fortnight. The label says: stop Norvixa, give supportive care and treat the source of the bleeding. The half-life is 9 to 13 hours, longer when the kidneys are poor, and there's no specific reversal agent approved for it. When to restart goes beyond the label; Medical Information can answer that in writing." # speaker: rep
    "I know how to stop an anticoagulant." # speaker: zhou # mood: neutral
    She looks at you a moment longer, as if waiting for another question. It doesn't come. # speaker: narrator
* ["Since the county hospital started her on it and she took an NSAID herself, no formal report is needed." #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    -> ae_asked_to_leave
- -> gi_data

=== ae_asked_to_leave ===
"Professor, since the county hospital started her on it and she was taking an NSAID on her own, I don't think this needs to become a formal report. It would only make paperwork for you." # speaker: rep
Professor Zhou takes off her glasses and puts them on the desk. # speaker: narrator
"A patient bled on your product and you're asking me to keep quiet about it. Every suspected adverse reaction gets reported: my department reports to the national system, and your company is obliged to as well. We're finished. I'll tell your medical department about this conversation myself." # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== gi_data ===
"So tell me honestly. What do your data say about GI bleeding in patients over eighty?" # speaker: zhou # phase: deepen
{difficulty > 1:
    "And I've read the supplement, so don't round." # speaker: zhou # mood: sceptical
}
* ["GI bleeding is actually lower on Norvixa than on warfarin. I think she was simply unlucky." #act: value.need_linked #links: gi_bleeding_elderly #violation: misleading_claim #minutes: 1]
    -> misleading_asked_to_leave
* ["Over-80s: major bleeding 4.1 versus 5.0, but GI bleeding 1.9 versus 1.6, higher on Norvixa." #act: value.need_linked #links: gi_bleeding_elderly #act: value.evidence_cited #claim: elderly_subgroup #claim: trial_bleeding #minutes: 2]
    "In NAVIGATE-AF, 2,600 patients were 80 or older. Major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin. GI bleeding went the other way: 1.9 versus 1.6 per cent a year, numerically higher on Norvixa. Across the whole trial, intracranial haemorrhage was 0.4 versus 0.8. So in your over-eighties the GI signal is real, and it's the bleed you have just seen." # speaker: rep
    "Thank you. That's the table I read at one in the morning, and you didn't round it in your favour." # speaker: zhou # mood: neutral
* ["The bigger picture matters: in the renal sub-study, the strokes prevented outweigh the bleeds." #act: value.feature_dump #claim: renal_substudy #minutes: 2]
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
"So in exactly my patients there's more GI bleeding. Give me one reason to put an eighty-five-year-old on it rather than keep him on warfarin." # speaker: zhou # mood: sceptical # objection: gi_tradeoff
{difficulty > 1:
    "And spare me the relative risk reductions." # speaker: zhou
}
* {prepared} ["It's a trade-off, and your call for each patient. Here's the balance, and Medical's falls review." #act: objections.acknowledge #act: objections.evidence_response #act: relationship.value_content #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #keeps: falls_data #gives: safety_review #minutes: 3]
    "It is a trade-off, and it's your decision for each patient. What the data can give you is the balance: in the over-80s, major bleeding 4.1 versus 5.0 per cent a year and GI bleeding 1.9 versus 1.6; across the trial, intracranial haemorrhage 0.4 versus 0.8. The label contraindicates it in active bleeding and in lesions at significant risk of major bleeding; whether her ulcer still counts is your clinical judgement." # speaker: rep
    {promise_open("falls_data"):
        "Last time I said I'd check what exists on patients who fall. NAVIGATE-AF has no falls analysis, and I won't invent one. What I can give you is this: our medical department's review of the published bleeding and falls data in patients over 75, approved for sharing with doctors. It isn't NAVIGATE-AF, and it isn't a Norvixa brochure." # speaker: rep
    - else:
        "You mentioned falls last time. NAVIGATE-AF has no falls analysis, but our medical department has reviewed the published bleeding and falls data in patients over 75; this is the approved review. It isn't a Norvixa brochure." # speaker: rep
    }
    She reads the summary page, then folds the corner of it. # speaker: narrator
    "Balanced numbers, and a review that doesn't start from your drug. Good." # speaker: zhou # mood: pleased
* {not prepared} ["It's a trade-off, and your call for each patient. Here's the balance, as it stands." #act: objections.acknowledge #act: objections.evidence_response #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #minutes: 2]
    "It is a trade-off, and it's your decision for each patient. What the data can give you is the balance: in the over-80s, major bleeding 4.1 versus 5.0 per cent a year and GI bleeding 1.9 versus 1.6; across the trial, intracranial haemorrhage 0.4 versus 0.8. The label contraindicates it in active bleeding and in lesions at significant risk of major bleeding; whether her ulcer still counts is your clinical judgement." # speaker: rep
    {promise_open("falls_data"):
        "Balanced, at least. Weren't you also going to look into patients who fall?" # speaker: zhou # mood: sceptical
        You weren't ready for that. You say you'll send something this week, and she makes a note. # speaker: narrator
    - else:
        "Balanced, at least." # speaker: zhou # mood: neutral
    }
* [Read out every bleeding figure in the over-80 tables, then the label's contraindications, one by one #act: objections.evidence_response #act: value.need_linked #links: gi_bleeding_elderly #act: value.evidence_cited #claim: elderly_subgroup #claim: trial_bleeding #claim: contraindications #rapport: -10 #minutes: 4]
    "Major bleeding in the over-80s, 4.1 versus 5.0 per cent a year. GI bleeding 1.9 versus 1.6. Across the trial, major bleeding 2.4 versus 3.0, intracranial 0.4 versus 0.8, GI 1.2 versus 1.1. The contraindications are active clinically significant bleeding, lesions at significant risk of major bleeding, hepatic disease with coagulopathy..." # speaker: rep
    "I read that table at one in the morning. I asked you for a reason, not a recital." # speaker: zhou # mood: sceptical
* ["With respect, a GI bleed can be treated and a stroke can't be undone. The efficacy clearly wins." #act: objections.argue #minutes: 1]
    "With respect, Professor, a GI bleed can be treated; a stroke can't be undone. The efficacy clearly wins." # speaker: rep
    "Tell that to an eighty-six-year-old with a haemoglobin of 68. Don't lecture me about what wins." # speaker: zhou # mood: annoyed
- -> juniors

=== juniors ===
"And here's what keeps me awake. Since the second bleed my residents have stopped dosing by clearance. Everyone over eighty gets 10 mg, whatever the kidneys say. Yesterday I found one giving 10 mg every other day to a man with a clearance of sixty-five." # speaker: zhou # need: junior_dose_reduction
"Frankly, after this fortnight I'm not sure they're wrong. You know this drug. Is 10 mg enough for an eighty-five-year-old with good kidneys? Can I tell them it's fine?" # speaker: zhou # objection: empiric_low_dose
* ["Honestly, in the very old 10 mg for everyone over 80 is a sensible precaution. Plenty of centres do it." #act: solutions.tailored #links: junior_dose_reduction #violation: off_label #minutes: 1]
    "Honestly, Professor, in the very old 10 mg is a sensible precaution, and plenty of centres do it. Your residents are being careful, and I'd support that." # speaker: rep
    She looks at you for a long moment. # speaker: narrator
    "A dose that isn't in your label and wasn't tested in your trial, and you'd 'support' it. That's exactly what I didn't want to hear from you." # speaker: zhou # mood: annoyed
* ["Their fear makes sense. The label says 20 mg, or 10 at 30 to 49. Lower doses I'll put to Medical." #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: dose_standard #claim: dose_renal #promise: mi_low_dose_answer #minutes: 2]
    ~ mi_referral = true
    "After two bleeds in a fortnight, their fear makes sense. But I can only tell you what the label and the trial say. The dose is 20 mg once daily, and 10 mg once daily when the Cockcroft-Gault clearance is 30 to 49. Giving 10 mg to someone with a clearance of sixty-five is outside the label, so there's nothing I can offer to say it still prevents strokes. Whether any data exist on lower doses in the very old is a question for our Medical Information department. I'll log it today, and a medical adviser will answer you in writing." # speaker: rep
    "The label rule, and where it ends. Fine. I'd rather have the rest in writing anyway." # speaker: zhou # mood: neutral
* ["That's a clinical decision for your doctors, Professor. I'm afraid it's not something I can comment on." #act: objections.evade #minutes: 1]
    "That's a clinical decision for your doctors, Professor. I'm afraid it's not something I can comment on." # speaker: rep
    "You can tell me what your own label says. My residents could have given me that answer." # speaker: zhou # mood: sceptical
- -> support

=== support ===
"So what do I do with them? Telling them off won't help. They're frightened." # speaker: zhou
* ["I'd be glad to take the residents through NAVIGATE-AF myself; once they see the efficacy, they'll trust it." #act: value.feature_dump #claim: trial_efficacy #minutes: 2]
    "I'd be glad to present NAVIGATE-AF to them myself, Professor: 14,200 patients, stroke or systemic embolism 1.3 versus 1.7 per cent a year. Once they see the efficacy, they'll have the confidence to use the full dose." # speaker: rep
    "They don't doubt your efficacy. They're afraid of the next bleed. A product talk is the last thing they need." # speaker: zhou # mood: annoyed
* ["I'll leave a box of our dosing cards for the residents: 20 mg once daily, and 10 mg at 30 to 49." #act: solutions.tailored #links: junior_dose_reduction #claim: dose_standard #claim: dose_renal #gives: dosing_card #minutes: 1]
    "I'll leave a box of our dosing cards for the residents: 20 mg once daily, and 10 mg at a clearance of 30 to 49." # speaker: rep
    "A card won't make them less frightened. But leave them." # speaker: zhou # mood: neutral
* ["What if our medical adviser ran a case-based hour at your department meeting? Your cases, your approval." #act: relationship.professional_support #act: solutions.tailored #links: junior_dose_reduction #links: restart_after_bleed #claim: dose_renal #claim: renal_monitoring #claim: bleeding_management #gives: bleeding_management_card #minutes: 3]
    ~ session_offered = true
    "What might help is a session built around their fear rather than around our product. Our medical adviser, from the medical department, not sales, could run a case-based hour at your department meeting: working out clearance with Cockcroft-Gault and choosing the label dose, assessing bleeding risk before starting, and what to do when a patient bleeds. You choose the cases and approve the slides." # speaker: rep
    "For the bleeds, this card says only what the label says: stop Norvixa, supportive care, treat the source; the half-life is 9 to 13 hours, longer when the kidneys are poor; there's no specific reversal agent. When to restart goes beyond the label, so that's for Medical Information and the adviser, not for me." # speaker: rep
    "Cases, not slides about your drug. Yes. And have your adviser take restarting through the cases: that's what they phone me about at night." # speaker: zhou # mood: pleased
- -> feedback

=== feedback ===
{patience <= 25:
    She glances at the clock above the door. # speaker: narrator
    "Five minutes." # speaker: zhou
- else:
    She glances at the clock above the door. # speaker: narrator
}
* ["Apart from her, how are your patients on Norvixa doing? And where does it get hard for your team?" #act: solutions.feedback_collected #minutes: 2]
    "One more question, if I may, because it matters to us. Apart from this patient, how are your patients on Norvixa doing: any strokes, bleeding or other problems, and how does once-daily dosing work for them in practice? And where does it get hard for your team?" # speaker: rep
    "No strokes, no other bleeds that I know of. Once a day suits the county patients. The problem is the kidneys: they don't come back for their creatinine, a clearance of fifty-five in spring is forty by autumn, and nobody notices until the dose is wrong." # speaker: zhou # mood: neutral # need: renal_monitoring_gaps
    "That's useful. I'll ask the medical adviser to build one case around a falling clearance." # speaker: rep
* ["How are your other patients on Norvixa doing? I've brought large-print leaflets for the county ones, too." #act: solutions.feedback_collected #act: solutions.tailored #links: renal_monitoring_gaps #gives: patient_leaflet #rapport: -5 #minutes: 3]
    "How are your other patients on Norvixa doing, Professor? And I've brought large-print leaflets for your older patients, if they'd help the county ones." # speaker: rep
    "No strokes, no other bleeds that I know of. Leaflets aren't the problem. The kidneys are: they don't come back for their creatinine, a clearance of fifty-five in spring is forty by autumn, and nobody notices until the dose is wrong." # speaker: zhou # mood: neutral # need: renal_monitoring_gaps
* ["Now that you have the full data, do you think you'll be starting more patients on Norvixa?" #act: relationship.transactional #minutes: 1]
    "Now that you have the full data, Professor, do you think you'll be starting more patients on Norvixa?" # speaker: rep
    "After the fortnight I've just described? I'll start whoever should be on it, on whatever they should be on." # speaker: zhou # mood: sceptical
- -> closing

=== closing ===
A nurse knocks: the admission from emergency has reached the ward. # speaker: narrator # phase: closing
{rapport < 50:
    "I have to go." # speaker: zhou # mood: annoyed
- else:
    "I have to go up to the ward." # speaker: zhou
}
* ["Thank you for your time, Professor. Here's my card; call me whenever you need anything." #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Professor. Here's my card; call me whenever you need anything." # speaker: rep
    -> no_next_step
* ["Before I go: fewer strokes than warfarin, once daily, one renal step. Keep Norvixa in mind?" #act: value.feature_dump #act: closing.no_next_step #claim: trial_efficacy #claim: dose_standard #minutes: 2]
    "Before I go, Professor: fewer strokes than warfarin, once daily, one simple renal dose step. I hope you'll keep Norvixa in mind for your next patients." # speaker: rep
    -> no_next_step
* ["So: GI bleeds in the over-80s, and residents cutting doses. May I come back in two weeks?" #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
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
{session_offered:
    "Our medical adviser will contact your secretary this week about the case-based session, with the cases and slides to you first. May I come back in two weeks to hear how it went?" # speaker: rep
- else:
    "May I come back in two weeks, once you've read the sub-study?" # speaker: rep
}
{
- session_offered && rapport >= 80:
    ~ booked = true
    "Department meeting on the 28th, seven-thirty. Forty minutes, not fifteen. I'll ask Sun Mei to bring her geriatricians; they see the same patients. Your adviser sends me the cases by the 21st." # speaker: zhou # mood: pleased
    She writes it in her diary on her way to the door. # speaker: narrator
- rapport >= 55:
    "Send me the written answers first. If what you bring is medicine and not marketing, we'll talk again." # speaker: zhou # mood: neutral
- else:
    ~ cold = true
    "Leave it with my secretary." # speaker: zhou # mood: sceptical
}
-> record

=== record ===
Twenty minutes later, in the café on the ground floor, you open Professor Zhou's profile in the CRM. # speaker: narrator
The last entry is from your first visit: "Renal dosing, residents' bleeding fear, INR clinic, AF-CKD registry." # speaker: narrator
- (entry)
* [Write down what changed: what worries her now, the support she wants, what's open. No patient details. #act: records.profile_updated #off_clock #minutes: 3]
    You write: "Needs moved from renal dosing to GI bleeding in over-80s and residents reducing doses outside the label. Reads supplements herself; wants exact numbers and medical, non-promotional support. Open: medical adviser's case-based session{not prepared && promise_open("falls_data"):; the falls data I still owe her}. Renal rechecks are missed in county patients." # speaker: narrator
    {mi_referral:
        You add: "Medical Information: written answer on lower doses in the very old, logged today." # speaker: narrator
    }
    {ae_reported:
        You add the pharmacovigilance reference number, and nothing that could identify the patient. # speaker: narrator
    }
* [Write everything down for the adviser, with the surname and bed number from her screen, so the cases are easy #act: records.profile_updated #violation: privacy #off_clock #minutes: 2]
    You type the surname, the bed number, the age and the haemoglobin into the note, and attach it to Professor Zhou's profile, where the whole regional team can read it. # speaker: narrator
* [Add an estimate of her Norvixa patients, so you can see whether her prescribing grows after the session #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 2]
    You add a field: "Prof. Zhou, Norvixa patients: about 20. Target after session: 30." # speaker: narrator
* {not ae_reported} [Before typing a word, phone pharmacovigilance about the patient who bled on Norvixa #act: solutions.ae_escalated #off_clock #minutes: 10]
    ~ ae_reported = true
    She told you of a patient who bled on Norvixa, and until now it has gone no further than your head. # speaker: narrator
    You report what you know: an eighty-six-year-old woman, 10 mg once daily, clearance about forty, melaena, haemoglobin 68, two units transfused, gastric ulcer at endoscopy, an over-the-counter painkiller, Norvixa stopped, recovering; reporter Professor Zhou, who is willing to be contacted. The safety officer gives you a reference number and will call her for the rest. # speaker: narrator
    Then you send Professor Zhou's secretary a short message: the case has been reported to Hengkang's pharmacovigilance, and they may call. # speaker: narrator
    -> entry
- -> review

=== review ===
Then the account plan for the arrhythmia service, written a month ago: "Q3 message: renal efficacy. Goal: Norvixa first choice in CKD patients." # speaker: narrator
* [Keep the plan: the quarter's message is renal efficacy, and next time you'll take the residents through it #act: value.feature_dump #off_clock #minutes: 1]
    You leave the plan as it is. Next month's call notes are already half written. # speaker: narrator
* [Tie the plan to a number: after the session, her department should start ten new patients a month #act: records.review_done #violation: sales_quota #off_clock #minutes: 2]
    You write: "Medical session on the 28th. Expected return: plus ten new patients a month from the arrhythmia service." # speaker: narrator
* [Rework the plan: safety first, the medical session, what's still open, and a link to geriatrics #act: records.review_done #off_clock #minutes: 3]
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
