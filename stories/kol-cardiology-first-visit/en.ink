# title: First visit to a KOL: Professor Zhou Minghua, arrhythmia service
# segment: kol
# stage: first_visit
# setting: office
# dimensions: opening, discovery, value, objections, closing, relationship
# lang: en
# customer: zhou
# leaves_to: patience_out

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged as a claim.
// Fictional label used throughout: non-valvular AF; 20 mg once daily, 10 mg once daily
// if creatinine clearance (Cockcroft-Gault) is 30-49 mL/min; not recommended below 30 or on dialysis.
// The engine plays Professor Zhou: rapport and patience are read here, never set.

VAR rapport = 45
VAR patience = 60
VAR need_renal = false
VAR need_juniors = false
VAR need_followup = false
VAR need_registry = false
VAR falls_promised = false
VAR mi_referral = false

-> arrival

=== arrival ===
Tuesday, 12:40. The doctors' office of the arrhythmia ward, cardiology, on the ninth floor of Qinghe First People's Hospital, between the morning ward round and the afternoon clinic. A stack of ECGs sits beside a half-eaten lunch box. # speaker: narrator # phase: opening
Professor Zhou Minghua looks up from a spreadsheet. # speaker: narrator
"Hengkang Pharma. My secretary says you asked for twenty minutes. Let's see whether it's worth fifteen." # speaker: zhou # mood: neutral
* ["Before anything else, let me tell you a little about myself and about Hengkang's history." #act: opening.long_intro #minutes: 5]
    "Thank you, Professor. Let me first introduce myself and Hengkang. I studied clinical pharmacy in Nanjing and joined Hengkang three years ago. Hengkang was founded in 1998, we now have more than six thousand employees, fourteen products on the market and a new research centre in Suzhou..." # speaker: rep
    She lets you reach the slide with the research centre on it, then looks at the clock on the wall. # speaker: narrator
    "I know who Hengkang is. What do you want from me?" # speaker: zhou # mood: annoyed
* ["I'm grateful for the slot, Professor. Norvixa, your elderly AF patients, fifteen minutes at most." #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 2]
    "Thank you for seeing me between your ward round and your clinic, Professor. I'm the Hengkang representative for Norvixa, our factor Xa inhibitor for stroke prevention in non-valvular AF. I'd like to understand how you approach anticoagulation in your elderly patients and, if it's useful to you, share one set of data. Fifteen minutes." # speaker: rep
    "Elderly patients. At least you've read something about me. Go on." # speaker: zhou # mood: neutral
* [Open the detail aid on her desk: "Norvixa: once daily, with or without food, no monitoring..." #act: value.feature_dump #claim: dose_standard #minutes: 3]
    "Professor, Norvixa is our factor Xa inhibitor: 20 mg once daily, with or without food, and no routine coagulation monitoring..." # speaker: rep
    She slides the detail aid back across the desk without looking at it. # speaker: narrator
    "I read the package insert when it was approved. I don't need it read to me." # speaker: zhou # mood: annoyed
- -> discovery_practice

=== discovery_practice ===
She pushes the lunch box aside. # speaker: narrator
"So. What do you want to know?" # speaker: zhou # phase: discovery
* ["Do you prescribe NOACs to your AF patients, Professor? Just so I know where to start." #act: discovery.closed_question #minutes: 1]
    "Do you prescribe NOACs to your AF patients, Professor?" # speaker: rep
    "Yes. When it's appropriate." # speaker: zhou
    She waits, as if that settles it. # speaker: narrator # mood: sceptical
* ["How do you decide on anticoagulation for your elderly patients, and where does it get hard?" #act: discovery.open_question #minutes: 3]
    "How do you decide on anticoagulation for your elderly AF patients today, and where does it get harder than the guidelines make it look?" # speaker: rep
    "The guideline part is easy. Over seventy-five, age alone is two points on CHA₂DS₂-VASc, and most of mine score four or more. They all qualify. The hard part is everything else: a HAS-BLED of three, a fall last winter, a creatinine that's different every time we measure it." # speaker: zhou # mood: neutral
* ["Elderly patients are where Norvixa is simplest: one renal threshold, 10 mg at a clearance of 30 to 49." #act: value.need_linked #links: renal_dosing #act: value.evidence_cited #claim: dose_renal #claim: dose_standard #rapport: -10 #minutes: 2]
    "Professor, elderly patients are where Norvixa is simplest. There's one renal threshold: 10 mg once daily when the clearance is 30 to 49, 20 mg above that." # speaker: rep
    "Simplest for whom? I haven't told you a thing about my patients yet." # speaker: zhou # mood: annoyed
    She lets the silence run long enough for you to notice it. # speaker: narrator
- -> discovery_renal

=== discovery_renal ===
"Sixty per cent of my AF patients are over seventy-five. Half of those have a creatinine clearance below fifty by Cockcroft-Gault, and a fair number drop below thirty when they get dehydrated in summer." # speaker: zhou
* [Cut in: "That's exactly where Norvixa helps, Professor: one simple reduction to 10 mg when..." #act: discovery.interrupt #claim: dose_renal #minutes: 1]
    "That's exactly where Norvixa helps, Professor. There's a simple reduction to 10 mg when..." # speaker: rep
    "I hadn't finished." # speaker: zhou # mood: annoyed
    She doesn't come back to the point. # speaker: narrator
* ["Do you recheck their creatinine every three months? I want to understand how closely they're followed." #act: discovery.closed_question #minutes: 1]
    "Do you check their creatinine every three months?" # speaker: rep
    "When they come back. Many don't." # speaker: zhou # mood: neutral
* ["So it's not whether to anticoagulate. It's keeping the dose right while their kidneys keep moving?" #act: discovery.active_listening #minutes: 1]
    ~ need_renal = true
    "So the question isn't whether to anticoagulate. It's how to keep the dose right while their kidney function keeps moving. Have I understood you correctly?" # speaker: rep
    "Exactly. I have patients whose clearance goes from fifty-five to thirty-five between two visits. Every dose decision in an eighty-year-old with CKD is a guess, and I want data, not guesses." # speaker: zhou # mood: pleased # need: renal_dosing
- -> discovery_juniors

=== discovery_juniors ===
{rapport >= 60:
    She leans back a little. # speaker: narrator
    "And I'm not the one who writes most of the prescriptions." # speaker: zhou
- else:
    Her eyes are already back on the spreadsheet. # speaker: narrator
    "Anything else?" # speaker: zhou
}
* ["Who looks after these patients day to day, and how do the juniors manage on their own?" #act: discovery.open_question #minutes: 2]
    ~ need_juniors = true
    "Who manages these patients day to day, and what happens when the junior doctors are on their own with them?" # speaker: rep
    "The residents. And they're frightened. One GI bleed on their watch and they stop anticoagulation for everyone over eighty, or they give a low dose 'to be safe' that protects nobody. Last month a resident halved the dose for a patient with a clearance of seventy. I need my juniors to dose by the numbers, not out of fear." # speaker: zhou # mood: neutral # need: junior_bleeding_fear
* ["NAVIGATE-AF's bleeding figures will give your junior doctors real confidence: 2.4 against 3.0 per cent a year." #act: value.need_linked #links: junior_bleeding_fear #act: value.evidence_cited #claim: trial_bleeding #rapport: -10 #minutes: 2]
    "Your junior doctors will feel much more confident with Norvixa, Professor. In NAVIGATE-AF major bleeding was 2.4 per cent a year against 3.0 on warfarin, and intracranial haemorrhage 0.4 against 0.8." # speaker: rep
    "You haven't asked me what they're afraid of." # speaker: zhou # mood: sceptical
* ["Are your junior doctors comfortable prescribing anticoagulants, or do they come and ask you every time?" #act: discovery.closed_question #minutes: 1]
    "Are your junior doctors comfortable prescribing anticoagulants?" # speaker: rep
    "Comfortable? No." # speaker: zhou
    She doesn't elaborate. # speaker: narrator # mood: sceptical
- -> discovery_followup

=== discovery_followup ===
"The patients who are anticoagulated are mostly still on warfarin. Our INR clinic sees two hundred patients a week." # speaker: zhou
* ["Honestly, warfarin is a 1950s drug. An INR clinic that size is a waste of your team's time." #act: discovery.interrupt #violation: disparagement #minutes: 2]
    "Honestly, Professor, warfarin is a drug from the 1950s. Most big centres have moved on, and an INR clinic like yours is just wasting your team's time." # speaker: rep
    "Warfarin is cheap, it can be reversed with vitamin K, and my nurses know it inside out. Plenty of my patients are alive because of it. Don't tell me what my clinic is wasting." # speaker: zhou # mood: annoyed
* ["Two hundred a week? The INR clinic must be very busy. Is it hard for your nurses to keep up?" #act: discovery.closed_question #minutes: 1]
    "Is the INR clinic very busy?" # speaker: rep
    "Yes." # speaker: zhou # mood: sceptical
* ["How do those patients get their INR checked, and what does all that cost them and your team?" #act: discovery.open_question #minutes: 2]
    ~ need_followup = true
    "How do those patients get their INR checked, and what does all that cost them and your team?" # speaker: rep
    "Two nurses, one pharmacist and a queue down the corridor every Tuesday and Thursday morning. Patients from the counties travel three hours for a finger-prick. Time in therapeutic range is about fifty per cent. And the ones who miss appointments are the ones I worry about most: the frail ones whose children can't take a day off to bring them." # speaker: zhou # mood: neutral # need: inr_followup_burden
- -> discovery_registry

=== discovery_registry ===
{rapport >= 65:
    She turns her monitor towards you. The spreadsheet is headed "Provincial AF-CKD Registry". # speaker: narrator
    "This is what I actually spend my evenings on." # speaker: zhou
- else:
    She glances back at the spreadsheet on her monitor, headed "Provincial AF-CKD Registry". # speaker: narrator
}
* ["Would you be able to record the Norvixa patients in your registry too, Professor?" #act: discovery.closed_question #minutes: 1]
    "Would you be able to record Norvixa patients in your registry, Professor?" # speaker: rep
    "The registry records whatever the patients are on. It isn't a marketing tool." # speaker: zhou # mood: sceptical
* ["For a registry like yours, the renal sub-study is the obvious comparison: 3,050 patients on 10 mg, 1.6 versus 2.1." #act: value.need_linked #links: registry_data #act: value.evidence_cited #claim: renal_substudy #rapport: -10 #minutes: 2]
    "For a registry like yours, Professor, the NAVIGATE-AF renal sub-study is the obvious comparison: 3,050 patients with a clearance of 30 to 49 on 10 mg, stroke or systemic embolism 1.6 versus 2.1 per cent a year." # speaker: rep
    "You don't know what my registry needs. You haven't asked." # speaker: zhou # mood: sceptical
* ["I read your paper on elderly patients with CKD. What are you hoping the registry will show?" #act: discovery.open_question #act: discovery.active_listening #minutes: 2]
    ~ need_registry = true
    "I read your paper on anticoagulation in elderly patients with CKD. What are you hoping the registry will show?" # speaker: rep
    {rapport >= 65:
        "Twenty-three hospitals, four thousand patients over seventy-five with AF and a clearance below sixty. I want to know who bleeds, who has a stroke, and whether the dose they actually get matches their kidneys. What I lack is good trial data in these patients to compare against, and money for data managers." # speaker: zhou # mood: pleased # need: registry_data
    - else:
        "Real-world outcomes in elderly patients with CKD. There's very little trial data in them, and we need something to compare against." # speaker: zhou # mood: neutral # need: registry_data
    }
- -> present_renal

=== present_renal ===
{rapport < 45:
    "You said you had data. Be quick." # speaker: zhou # phase: presentation # mood: sceptical
- else:
    "All right. You said you had data." # speaker: zhou # phase: presentation
}
* [Open the detail aid: "Once daily, no food effect, no monitoring, no cold chain, and it's reimbursed..." #act: value.feature_dump #claim: dose_standard #claim: storage #claim: insurance #minutes: 4]
    "Norvixa is 20 mg once daily, with or without food, with no routine coagulation monitoring. It keeps for three years below 30 degrees with no cold chain, and it's on the National Reimbursement Drug List. Page four shows..." # speaker: rep
    "Every factor Xa detail aid says the same thing. Which of these helps my eighty-year-old with a clearance of thirty-five?" # speaker: zhou # mood: annoyed
* {need_renal} ["You said every dose feels like a guess. The renal sub-study at 10 mg, and where its data stop." #act: value.need_linked #links: renal_dosing #act: value.evidence_cited #claim: renal_substudy #claim: dose_renal #minutes: 3]
    "You said every dose decision in an elderly CKD patient feels like a guess. NAVIGATE-AF's pre-specified renal sub-study followed 3,050 patients with a clearance of 30 to 49 on the 10 mg dose, against dose-adjusted warfarin. Stroke or systemic embolism was 1.6 versus 2.1 per cent a year, major bleeding 3.1 versus 4.0. The dose rule has one threshold: 10 mg once daily at a Cockcroft-Gault clearance of 30 to 49. Below 30, or on dialysis, the label doesn't recommend it." # speaker: rep
    "One threshold is something my residents can follow. And you told me where the data stop. Most of your colleagues don't." # speaker: zhou # mood: pleased
* ["The main NAVIGATE-AF results first: stroke and bleeding side by side, in 14,200 patients." #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 3]
    "In NAVIGATE-AF, 14,200 patients with non-valvular AF followed for a median of 2.1 years, stroke or systemic embolism was 1.3 per cent a year on Norvixa against 1.7 on dose-adjusted warfarin. Major bleeding was 2.4 versus 3.0 per cent a year and intracranial haemorrhage 0.4 versus 0.8. GI bleeding was similar, 1.2 versus 1.1." # speaker: rep
    "Reasonable numbers. But my patients aren't the average trial patient." # speaker: zhou # mood: neutral
- -> present_bleeding

=== present_bleeding ===
{need_juniors:
    "And my residents?" # speaker: zhou
- else:
    "What about bleeding? That's what stops people prescribing." # speaker: zhou
}
* ["Honestly, with Norvixa your residents won't need to worry about bleeding. It's the safest one there is." #act: value.need_linked #links: junior_bleeding_fear #violation: misleading_claim #minutes: 1]
    "Honestly, Professor, with Norvixa your residents won't need to worry about bleeding. It's the safest anticoagulant on the market." # speaker: rep
    "No anticoagulant is free of bleeding. If you said that in front of my residents, I would ask you to leave. Be careful." # speaker: zhou # mood: annoyed
* ["The bleeding rates were acceptable, much as you'd expect. May I show you how convenient it is for patients?" #act: objections.evade #minutes: 1]
    "The bleeding rates were acceptable, in line with what you'd expect. Can I show you how convenient it is for patients?" # speaker: rep
    "'Acceptable' is not a number." # speaker: zhou # mood: sceptical
* ["For your residents: the over-80 bleeding figures, the GI one too, and a medical session on dosing." #act: value.need_linked #links: junior_bleeding_fear #act: value.evidence_cited #act: relationship.professional_support #claim: elderly_subgroup #claim: dose_renal #minutes: 2]
    {need_juniors:
        "You said your residents under-dose out of fear. In the 2,600 patients over 80 in NAVIGATE-AF, major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin: the risk is real with both. GI bleeding was numerically higher on Norvixa, 1.9 versus 1.6, and they should know that too. The label has two doses and one threshold, 10 mg at a clearance of 30 to 49; a card with just that may help them more than anything I say. If it fits your teaching programme, our medical colleagues can run a case-based session on dosing for them." # speaker: rep
        "A card with the clearance threshold and what to do after a bleed. Yes, that would be useful, as long as it's medical and not an advertisement." # speaker: zhou # mood: pleased
    - else:
        "Junior doctors are often afraid of bleeding, Professor. In the 2,600 patients over 80 in NAVIGATE-AF, major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin, and GI bleeding 1.9 versus 1.6. The label has one threshold, 10 mg at a clearance of 30 to 49, and our medical colleagues could run a session on dosing for your residents." # speaker: rep
        "You're telling me what my residents are afraid of. You haven't asked them, and you haven't asked me." # speaker: zhou # mood: sceptical
    }
* ["The bleeding figures for the whole trial and for the over-80s, exactly as they were published." #act: value.evidence_cited #claim: trial_bleeding #claim: elderly_subgroup #minutes: 2]
    "Across NAVIGATE-AF, major bleeding was 2.4 per cent a year on Norvixa against 3.0 on warfarin, intracranial haemorrhage 0.4 against 0.8, GI bleeding 1.2 against 1.1. In the 2,600 patients over 80, major bleeding was 4.1 against 5.0, and GI bleeding numerically higher on Norvixa, 1.9 against 1.6." # speaker: rep
    "You gave me the GI number that doesn't flatter you. Good." # speaker: zhou # mood: neutral
- -> objection_elderly

=== objection_elderly ===
{patience < 30:
    She speaks faster now, and her pen is tapping the desk. # speaker: narrator
}
"Here's my problem with every one of these trials. Median age seventy-two. The median in my clinic is eighty-one, and a third of my patients fell in the last year." # speaker: zhou # phase: objections # mood: sceptical # objection: elderly_data
* ["Plenty of doctors in the province already use it in their elderly patients, and they're very happy with it." #act: objections.evade #minutes: 1]
    "Plenty of doctors in the province already use Norvixa in their elderly patients, Professor, and they're very happy with it." # speaker: rep
    "Then they should publish it. Anecdote isn't data." # speaker: zhou # mood: sceptical
    -> objection_offlabel
* ["That's a fair challenge. Which elderly patients worry you most: the fallers, the light ones, failing kidneys?" #act: objections.acknowledge #act: objections.explore #minutes: 1]
    "That's a fair challenge. When you say elderly, which patients worry you most: the ones who fall, the very light ones, or the ones whose clearance is falling?" # speaker: rep
    -> falls_question
* ["2,600 of the NAVIGATE-AF patients were 80 or older: major bleeding 4.1 against 5.0 a year." #act: objections.evidence_response #act: value.evidence_cited #claim: elderly_subgroup #rapport: -15 #minutes: 2]
    "We do have data there, Professor. 2,600 patients in NAVIGATE-AF were 80 or older: major bleeding 4.1 per cent a year on Norvixa against 5.0 on warfarin, GI bleeding 1.9 against 1.6." # speaker: rep
    "I've read the subgroup. You haven't asked which of my patients I mean." # speaker: zhou # mood: sceptical
    -> objection_offlabel
* ["With respect, Professor, every subgroup was consistent, so the results clearly apply to your patients too." #act: objections.argue #minutes: 2]
    "With respect, Professor, every subgroup was consistent. The data clearly apply to elderly patients as well." # speaker: rep
    "Consistent subgroups in a trial that left out the frail ones. Don't lecture me on subgroup analysis." # speaker: zhou # mood: annoyed
    -> objection_offlabel

=== falls_question ===
"The fallers. Eighty-four, forty-five kilos, two falls, clearance thirty-eight. Do you have anything on her?" # speaker: zhou # mood: neutral # need: falls_risk
* ["I have nothing on falls, and I won't pretend I do. Here are the over-80 figures; I'll find out what exists." #act: objections.evidence_response #act: objections.defer_and_commit #claim: elderly_subgroup #claim: dose_renal #promise: falls_data #minutes: 2]
    ~ falls_promised = true
    "Honestly, I have no falls data to show you, and I won't pretend I do. What there is: the 2,600 patients over 80, with major bleeding 4.1 versus 5.0 per cent a year and GI bleeding 1.9 versus 1.6. Her clearance of 38 puts her on 10 mg by the label. I'd rather check exactly what exists on patients who fall and bring it to you than guess." # speaker: rep
    "Good. Don't guess." # speaker: zhou # mood: neutral
* ["The over-80 results cover exactly her, Professor. Norvixa is safe in patients like that." #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    "The over-80 results cover exactly her, Professor. Norvixa is safe in patients like that." # speaker: rep
    "Safe? In an eighty-four-year-old who falls? Nobody can tell me that, and you certainly can't." # speaker: zhou # mood: annoyed
* ["Falls risk is really a matter for your clinical judgement, Professor. You know your patients best." #act: objections.evade #minutes: 1]
    "Falls risk is really a matter of clinical judgement, Professor. You know your patients best." # speaker: rep
    "I know. That's why I asked you for data." # speaker: zhou # mood: sceptical
- -> objection_offlabel

=== objection_offlabel ===
"And the ones below thirty? A fifth of my registry have a clearance under thirty, and some are on haemodialysis. What dose do I give them?" # speaker: zhou # objection: renal_below_30
* ["That's outside the label, so I can't advise on it. Medical Information can answer you in writing." #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #claim: dose_renal #promise: mi_dialysis_answer #minutes: 1]
    ~ mi_referral = true
    "That's exactly the right question for your registry. The label doesn't recommend Norvixa below a clearance of 30 or on dialysis, so it isn't something I can advise on. With your permission, I'll log your question with Hengkang's Medical Information department today, and a medical adviser will reply to you directly, in writing, with whatever data exist." # speaker: rep
    "That's the right answer. And I'd rather have it in writing anyway." # speaker: zhou # mood: pleased
* ["Off the record, several centres give 10 mg on dialysis, and only a third of it is cleared by the kidneys." #act: objections.evidence_response #violation: off_label #minutes: 2]
    "Off the record, several centres use 10 mg in dialysis patients and the pharmacokinetic data look fine. Only about a third of Norvixa is cleared by the kidneys, so it should be safe." # speaker: rep
    "There is no 'off the record' in my office. Are you telling me to use your drug outside its label on the strength of a pharmacokinetic study?" # speaker: zhou # mood: annoyed
* ["The data are limited below thirty, but from 30 to 49 the 10 mg dose has very solid evidence behind it." #act: objections.evade #claim: dose_renal #minutes: 1]
    "The data are a bit limited there. But for a clearance of 30 to 49 the 10 mg dose is very well supported." # speaker: rep
    "I asked about below thirty." # speaker: zhou # mood: sceptical
- -> objection_cost

=== objection_cost ===
{patience <= 30:
    Professor Zhou glances at her watch. # speaker: narrator
}
"Last thing. Most of my patients are retired workers, and some are farmers on the residents' scheme. Warfarin costs them almost nothing. What does this cost them, and is it reimbursed?" # speaker: zhou # objection: patient_cost
* ["Both schemes cover it. I'm not sure of the residents' co-payment, so I'll confirm it with market access by Friday." #act: objections.defer_and_commit #claim: insurance #promise: copay_check #minutes: 1]
    "It's on the National Reimbursement Drug List, so both schemes cover it. What I'm not certain of is the co-payment under this province's residents' scheme, and I don't want to give you a wrong number. I'll check with our market access colleague and send it to your secretary by Friday." # speaker: rep
    "Friday. I'll remember." # speaker: zhou # mood: neutral
* ["What's a few yuan a day next to the cost of a stroke? Families should see it as an investment." #act: objections.argue #minutes: 2]
    "Professor, what's a few yuan a day compared with the cost of a stroke? Families should see it as an investment." # speaker: rep
    "Tell that to a farmer's widow living on a pension of two hundred yuan a month. I asked you about reimbursement." # speaker: zhou # mood: annoyed
* ["It matters for farmers, I know. About two yuan a day on employee insurance; the residents' figure by Friday." #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #claim: insurance #claim: renal_monitoring #claim: dose_standard #promise: copay_check #minutes: 2]
    "It's a real concern for your patients. Norvixa has been on the National Reimbursement Drug List for non-valvular AF since January, so on employee insurance the patient pays roughly two yuan a day{need_followup:, and your patients from the counties wouldn't need the INR trips, though their kidney function still needs checking at least once a year, more often over 75}. The residents' scheme co-payment depends on the province, and I'd rather not guess: I'll send the exact figure to your secretary by Friday. Whether it's listed in this hospital is for your drug and therapeutics committee to decide." # speaker: rep
    "Two yuan is less than their bus fare to my INR clinic. Fine. Friday." # speaker: zhou # mood: neutral
- -> registry_support

=== registry_support ===
{need_registry:
    She hesitates for a moment. # speaker: narrator
    "About the registry. We're presenting the first-year data at the Asia-Pacific heart rhythm congress in Singapore in October. The department budget covers one person, and it won't be me. Your company sponsors congresses, doesn't it?" # speaker: zhou
- else:
    Half to herself, she mentions that her team is presenting registry data at an Asia-Pacific heart rhythm congress in Singapore in October, and that the department budget covers only one person. # speaker: narrator
    "Your company sponsors congresses, doesn't it?" # speaker: zhou
}
* ["For the registry, I could pull together how many patients each of your doctors has started on Norvixa." #act: value.need_linked #links: registry_data #violation: prescription_tracking #minutes: 1]
    "For the registry, I could put together how many patients each doctor in your department has started on Norvixa. I keep track of it for my territory anyway." # speaker: rep
    "Individual doctors' prescription numbers? That is exactly what the hospital forbids, and representatives get banned from this building for it. If you're keeping those numbers, stop." # speaker: zhou # mood: annoyed
* ["Hengkang can't fund your trip. But the congress has travel awards, and there's a formal research-support route." #act: compliance.declined #act: relationship.professional_support #act: relationship.value_content #minutes: 1]
    "Hengkang can't pay for individual doctors' travel, Professor, and I'm not the person to discuss research funding. Two things may help. The congress runs its own travel awards for presenting authors; I'll send you the page. And our medical department reviews applications to support investigator-initiated research, through a formal, transparent process. I'll send your secretary the guidelines and the contact there." # speaker: rep
    "Good. That's how it should be done. Send them." # speaker: zhou # mood: neutral
* ["Research like this deserves support, Professor. Hengkang would be glad to cover your flight and hotel to Singapore." #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> asked_to_leave
- -> closing

=== asked_to_leave ===
"Professor, Hengkang would be glad to support you. We can cover your flight and hotel for Singapore; it's the least we can do for such important research." # speaker: rep
Professor Zhou puts down her pen. # speaker: narrator
"Do you understand what you've just offered me? The hospital's integrity rules forbid it, and so do your company's. We're done. Please leave, and tell your manager why." # speaker: zhou # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
A nurse knocks: the first afternoon patient is ready. # speaker: narrator # phase: closing
{patience <= 20:
    Professor Zhou is already on her feet, white coat over her arm. # speaker: narrator
    "I said fifteen minutes." # speaker: zhou # mood: annoyed
- else:
    Professor Zhou glances at the clinic list on her phone. # speaker: narrator
    "I have patients waiting." # speaker: zhou
}
* ["Thank you for your time, Professor. Here's my card; do call me if anything comes up." #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Professor. Here's my card." # speaker: rep
    -> no_next_step
* ["Before I go, the key points again: once daily, no INR checks, one renal step, reimbursed. Do try it on your next patients." #act: value.feature_dump #act: closing.no_next_step #claim: dose_standard #claim: dose_renal #claim: insurance #minutes: 3]
    "Before I go, a quick recap: Norvixa is once daily, needs no INR monitoring, has one simple renal dose step and is reimbursed. I hope you'll give it a try with your next patients." # speaker: rep
    -> no_next_step
* ["Very useful, Professor. So: over-75s whose kidneys keep moving, and the cost. May I bring the renal tables in two weeks?" #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: renal_substudy #minutes: 2]
    -> next_step

=== no_next_step ===
{rapport >= 70:
    She nods and seems about to say something more, then picks up her stethoscope. # speaker: narrator
    "Fine. Leave it with my secretary." # speaker: zhou # mood: neutral
    In the lift you realise she told you exactly what she needs, and you left without offering to bring her any of it. # speaker: narrator # ending: missed_opportunity
- else:
    She is already reading the next patient's notes. # speaker: narrator
    "Yes. Thank you." # speaker: zhou # mood: neutral
    You leave your card on the corner of the desk. It isn't clear she'll remember your name. # speaker: narrator # ending: polite_dismissal
}
-> END

=== next_step ===
"Thank you, Professor, this has been very useful. Let me check I've understood you." # speaker: rep
{need_renal:
    "Your over-seventy-fives need a dose that follows their clearance, and you want data rather than guesses." # speaker: rep
}
{need_juniors:
    "Your residents reduce the dose because they're afraid of bleeding, and a clear rule would help them." # speaker: rep
}
{need_followup:
    "The INR clinic is stretched, and the frailest patients are the ones who miss follow-up." # speaker: rep
}
{need_registry:
    "And your registry needs trial data in elderly CKD patients to compare against." # speaker: rep
}
{not need_renal && not need_juniors && not need_followup && not need_registry:
    You hear yourself looking for something to sum up, and finding nothing she actually told you. # speaker: narrator
}
"In two weeks I'd like to bring you the full NAVIGATE-AF renal sub-study and the over-80 bleeding data{falls_promised:, with whatever exists on patients who fall}{mi_referral:; Medical Information will answer your dialysis question directly, in writing}. Could I have twenty minutes then?" # speaker: rep
{
- rapport >= 85 && need_renal:
    "Don't bring it to me alone. Come to our department meeting on Thursday the 14th at seven-thirty, before the ward round, with your medical adviser. Fifteen minutes on the renal data; the residents will be there. Send me the slides the day before." # speaker: zhou # mood: pleased
    She writes it into her diary herself. # speaker: narrator # ending: next_meeting_booked
- rapport >= 55:
    "Send the sub-study to my secretary first. If it answers my questions, I'll call you." # speaker: zhou # mood: neutral
    It isn't a meeting yet, but she has asked for something. # speaker: narrator # ending: material_requested
- else:
    "Leave it with my secretary. I'll look at it when I can." # speaker: zhou # mood: sceptical
    She doesn't look up as you close the door. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Professor Zhou closes the folder in front of her and stands up. # speaker: narrator
"I'm sorry, I have a clinic to run. Leave whatever you brought with my secretary." # speaker: zhou # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
