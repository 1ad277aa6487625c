# title: First visit to Dr Wu Hao, stroke unit: price, habit and the fear of a bleed
# segment: clinician
# stage: first_visit
# lang: en
# customer: wu

// Norvixa (norvixaban), Trombexa (trombexaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every fact the rep states comes from the claims sheet (src/core/world/product.ts) and is tagged # claim:.
// Norvixa: 20 mg once daily, list price 5.60 yuan a day, National Reimbursement Drug List category B.
// Trombexa: 5 mg twice daily, about 0.90 yuan a day in volume-based procurement.
// No head-to-head trial compares them; when to start anticoagulation after a stroke is not in the label.

VAR difficulty = 1
VAR rapport = 45
VAR patience = 70
VAR need_ich = false
VAR need_adherence = false
VAR promised = false
VAR mi_referral = false

~ patience -= 20 * (difficulty - 1)

-> arrival

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== arrival ===
Wednesday, 12:50. Dr Wu Hao's office on the sixth floor, one corridor away from the stroke unit. A CT scan is open on his monitor and a cold cup of tea sits on a pile of discharge letters. # speaker: narrator # phase: opening
He agreed to twenty minutes after Dr Chen's introduction and your one-page summary. His clinic starts at 13:30. # speaker: narrator
"Chen's rep. I read your page. Twenty minutes. Go." # speaker: wu # mood: sceptical
{difficulty > 1:
    "And I've had three reps this month. Each of them had the answer to everything." # speaker: wu
}
* [Thank him, then say what you would like to understand and how long you need #act: opening.thanks #act: opening.purpose_stated #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "Thank you for the time, Dr Wu. I'm the Hengkang representative for Norvixa. I'd like to understand how you manage anticoagulation after an AF-related stroke, and to answer your questions on the bleeding data as straight as I can. Twenty minutes, and I'll stop before your clinic." # speaker: rep
    "Straight would make a change. Go on." # speaker: wu # mood: neutral
* [Introduce yourself and Hengkang properly first: the company's history, its research centre, its portfolio #act: opening.long_intro #minutes: 4]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 5)
    "Thank you, Dr Wu. Let me first say a little about Hengkang: founded in 1998, six thousand employees, fourteen products on the market, a new research centre in Suzhou..." # speaker: rep
    "I know what Hengkang is. You now have eighteen minutes." # speaker: wu # mood: annoyed
* [Open the detail aid at the page on once-daily dosing and start there #act: value.feature_dump #claim: dose_standard #minutes: 3]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    "Dr Wu, Norvixa is 20 mg once daily, with or without food, and it needs no routine coagulation monitoring..." # speaker: rep
    He doesn't look at the page. # speaker: narrator
    "I can read a leaflet. I didn't give you twenty minutes to read me one." # speaker: wu # mood: annoyed
- -> practice

=== practice ===
-> patience_check ->
He leans back and folds his arms. # speaker: narrator
"So what do you want to know?" # speaker: wu # phase: discovery
* [Ask how he decides on anticoagulation after an AF-related stroke, and what makes it hard #act: discovery.open_question #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    ~ need_ich = true
    "How do you decide on anticoagulation for a patient after an AF-related stroke, and where is it hardest?" # speaker: rep
    "Whether is easy: they've had a stroke with AF, they need it. When and how safely is hard. Start too early in a big infarct and you can turn it into a haematoma. Start too late and they have a second stroke while you wait. Intracranial haemorrhage is what I think about at three in the morning." # speaker: wu # mood: neutral # need: ich_data
* [Ask whether he uses NOACs in his AF stroke patients #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 10)
    "Do you use NOACs in your AF stroke patients?" # speaker: rep
    "Yes." # speaker: wu # mood: sceptical
    He waits for a better question. # speaker: narrator
* [Tell him you'd like to start with why Norvixa suits stroke patients #act: discovery.interrupt #minutes: 2]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    "Actually, Dr Wu, I'd like to start with why Norvixa suits stroke patients so well..." # speaker: rep
    "You haven't asked me a single thing about my patients." # speaker: wu # mood: annoyed
- -> stable

=== stable ===
-> patience_check ->
"They go home on Trombexa, twice daily. They're stable." # speaker: wu
* [Ask what "stable" looks like once they are home, and listen #act: discovery.open_question #act: discovery.active_listening #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_adherence = true
    "When you say stable, what does that look like once they're home, say three months later?" # speaker: rep
    "Most are fine. The ones who come back worry me: old people who live alone and forget the evening dose. Their daughters ring at eight to remind them, when the daughters remember. Last year two of my readmissions had missed a week of evening doses." # speaker: wu # mood: neutral # need: twice_daily_adherence
    "So the morning dose gets taken, and the evening one is where it slips, in the patients with nobody at home. Is that it?" # speaker: rep
    "That's it." # speaker: wu
* [Jump in: twice daily is exactly where once-daily Norvixa helps #act: discovery.interrupt #claim: dose_standard #minutes: 1]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    "That's exactly where Norvixa helps, Dr Wu: one tablet, once a day..." # speaker: rep
    "I said they're stable. You heard 'twice daily' and stopped listening." # speaker: wu # mood: annoyed
* [Ask whether his patients take it properly #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Do your patients take it properly?" # speaker: rep
    "Mostly." # speaker: wu # mood: sceptical
- -> present

=== present ===
-> patience_check ->
"Right. You wrote that you had bleeding data. Show me." # speaker: wu # phase: presentation
* {need_ich} [Link his fear of intracranial haemorrhage to the NAVIGATE-AF bleeding results, and say what they compare against #act: value.need_linked #act: value.evidence_cited #claim: trial_bleeding #claim: competitor_facts #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "You said intracranial haemorrhage is what keeps you awake. In NAVIGATE-AF, against dose-adjusted warfarin, intracranial haemorrhage was 0.4 per cent a year on Norvixa and 0.8 on warfarin; major bleeding 2.4 against 3.0; gastrointestinal bleeding similar, 1.2 against 1.1. That comparison is with warfarin. There's no head-to-head trial against Trombexa." # speaker: rep
    "Against warfarin. At least you said so before I had to." # speaker: wu # mood: neutral
* {need_adherence} [Link the missed evening dose to once-daily dosing, without claiming it beats Trombexa #act: value.need_linked #claim: dose_standard #claim: competitor_facts #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "For the patients who miss the evening dose: Norvixa is one 20 mg tablet once a day, with or without food. I can't show you data that adherence or outcomes are better than with Trombexa, because no trial has compared them. It's one dose instead of two, and whether that matters for a particular patient is your judgement." # speaker: rep
    "Fair. It's not nothing for a woman of eighty who lives alone." # speaker: wu # mood: neutral
* [Present the NAVIGATE-AF headline efficacy result #act: value.evidence_cited #claim: trial_efficacy #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "NAVIGATE-AF randomised 14,200 patients with non-valvular AF, followed for a median of 2.1 years: stroke or systemic embolism was 1.3 per cent a year on Norvixa against 1.7 on dose-adjusted warfarin." # speaker: rep
    "Efficacy against warfarin. Everyone beats warfarin in their own trial." # speaker: wu # mood: sceptical
* [Run through the features: once daily, no food effect, no monitoring, no cold chain #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 4]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    "Once daily, with or without food, no routine coagulation monitoring, stored below 30 degrees with a 36-month shelf life..." # speaker: rep
    "Shelf life. My patients are bleeding into their brains and you're telling me about shelf life." # speaker: wu # mood: annoyed
- -> price

=== price ===
-> patience_check ->
He taps the summary you sent him. # speaker: narrator
"Now the practical part. 5.60 yuan a day. Trombexa is in volume-based procurement at 0.90. Six times the price." # speaker: wu # phase: objections # mood: sceptical
{difficulty > 1:
    "And the hospital has a contracted procurement volume of Trombexa to meet. The pharmacy reports to the director on anyone who prescribes around it." # speaker: wu
}
* [Acknowledge the gap, and ask what the price means for him: the pharmacy, or his patients' pockets #act: objections.acknowledge #act: objections.explore #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "It's a big difference, and I won't pretend it isn't. When you say price, which part weighs most for you: the pharmacy and the procurement volume, or what your patients pay after discharge?" # speaker: rep
    "Both, but the second one more. The pharmacy I can argue with. My patients pay for this themselves for the rest of their lives." # speaker: wu # mood: neutral # need: patient_cost
* [State the prices plainly: 5.60 yuan a day against about 0.90 for Trombexa in procurement #act: objections.evidence_response #claim: price #claim: competitor_facts #minutes: 1]
    "The numbers are as you say. Norvixa's list price is 5.60 yuan a day, the 10 mg tablet the same; Trombexa is about 0.90 in volume-based procurement. I'm not going to argue that Norvixa is the cheaper drug." # speaker: rep
    "Good. Then what are you arguing?" # speaker: wu # mood: neutral
* [Tell him a few yuan a day is nothing against the cost of a second stroke #act: objections.argue #minutes: 2]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 10)
    "With respect, Dr Wu, a few yuan a day is nothing next to the cost of a second stroke." # speaker: rep
    "My patients don't pay for a second stroke that might happen. They pay for tablets every month, out of a rural pension of a few hundred yuan. I know what a second stroke costs; I see one every day." # speaker: wu # mood: annoyed
* [Explain that the price reflects a better drug: Norvixa is proven to do better than Trombexa on strokes and on bleeding #act: objections.evidence_response #violation: misleading_claim #minutes: 2]
    ~ patience = clamp(patience - 25)
    ~ rapport = clamp(rapport - 20)
    "The price reflects the evidence, Dr Wu. Norvixa is proven to do better than Trombexa, on strokes and on bleeding." # speaker: rep
    "Proven? Show me the head-to-head trial." # speaker: wu # mood: annoyed
    You open your folder. There is no such trial in it, because there is no such trial. # speaker: narrator
    "That's what I thought. Your own summary says there isn't one. Don't tell me things your own paper contradicts." # speaker: wu
- -> insurance

=== insurance ===
-> patience_check ->
"And half my patients are farmers on the residents' scheme. What does your drug cost them?" # speaker: wu
{difficulty > 1:
    "An exact figure. Not 'it's reimbursed'." # speaker: wu
}
* [Give the reimbursement facts you have, and promise this province's residents' scheme figure by Friday #act: objections.evidence_response #act: objections.defer_and_commit #claim: insurance #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ promised = true
    "Since January it's been on the National Reimbursement Drug List, category B, for non-valvular AF. On employee insurance the patient pays about 2 yuan a day. On the residents' scheme the co-payment depends on the province, and I don't know this province's figure well enough to quote it to you. I'll check with our market access team and email it to you by Friday." # speaker: rep
    "Friday. I'll remember whether you did." # speaker: wu # mood: neutral
* [Say you're not sure, and that you'll find out #act: objections.defer_and_commit #minutes: 1]
    ~ promised = true
    "I'm not sure of the figure for the residents' scheme, Dr Wu. I'll find out and let you know." # speaker: rep
    "Let me know when?" # speaker: wu # mood: sceptical
* [Reassure him that it's on the national list, so his patients are covered #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    "It's on the national reimbursement list, Dr Wu, so your patients are covered. It won't be a problem." # speaker: rep
    "Covered how much? A farmer doesn't pay in 'covered'." # speaker: wu # mood: sceptical
- -> habit

=== habit ===
-> patience_check ->
"And here's the real point. I've used Trombexa for six years. My patients are stable on it. I don't switch stable patients to please a rep." # speaker: wu
* [Agree that stable patients should stay as they are, and ask where twice daily does not work so well for him #act: objections.acknowledge #act: objections.explore #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "I'm not asking you to switch stable patients. If they're doing well on Trombexa, that's what matters. Where does twice daily not work so well for you?" # speaker: rep
    {need_adherence:
        "You know where: the evening dose, in the ones who live alone. That's new patients I'm deciding for, not the stable ones." # speaker: wu # mood: neutral
    - else:
        ~ need_adherence = true
        "The evening dose. Old people who live alone forget it, and I see them again with a second stroke. That's new patients I'm deciding for, not the stable ones." # speaker: wu # mood: neutral # need: twice_daily_adherence
    }
* {need_adherence} [For new patients who miss an evening dose, offer once-daily dosing as an option, and say what you can't claim #act: objections.evidence_response #act: value.need_linked #claim: dose_standard #claim: competitor_facts #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "I wouldn't touch the stable ones either. For a new patient who lives alone and you think will miss an evening dose, Norvixa is one tablet once a day. I have no trial showing it does better than Trombexa; it's simply one dose instead of two." # speaker: rep
    "New patients who live alone. That I can think about." # speaker: wu # mood: neutral
* [Point out that twice-daily Trombexa is an outdated procurement drug and his "stable" patients are missing doses #act: objections.argue #violation: disparagement #minutes: 2]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 15)
    "Honestly, Dr Wu, twice daily is yesterday's regimen. Trombexa is in procurement because it's cheap, not because it's good, and half your 'stable' patients are probably unprotected every evening." # speaker: rep
    "Trombexa has kept hundreds of my patients out of this hospital, and you have no data that says otherwise. Don't run down a drug you've never had to prescribe." # speaker: wu # mood: annoyed
* [Insist that stable today doesn't mean protected tomorrow, and that he should review them all #act: objections.argue #minutes: 2]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 10)
    "With respect, stable today doesn't mean protected tomorrow. You really should review all of them." # speaker: rep
    "I review my patients every three months. I don't need a rep to tell me to." # speaker: wu # mood: annoyed
- -> safety

=== safety ===
-> patience_check ->
He turns the monitor towards you: an anonymised CT from his teaching file, a bright patch of blood inside a week-old infarct. # speaker: narrator
"This is what an anticoagulant can do to a fresh infarct. Your trial compared with warfarin, in patients most of whom never had a stroke. Why should I believe your bleeding numbers apply to mine?" # speaker: wu # mood: sceptical
{difficulty > 1:
    "And don't quote me warfarin again. I don't use warfarin." # speaker: wu
}
* [Acknowledge the limits, then give the bleeding data in full: what the label says, and what you don't know #act: objections.acknowledge #act: objections.evidence_response #claim: trial_bleeding #claim: contraindications #claim: common_adverse_events #claim: competitor_facts #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "That's the right question, and the honest answer has limits. NAVIGATE-AF compared Norvixa with dose-adjusted warfarin: intracranial haemorrhage 0.4 against 0.8 per cent a year, major bleeding 2.4 against 3.0, gastrointestinal bleeding similar. Bleeding is still the most common adverse reaction, and the label contraindicates Norvixa in active clinically significant bleeding and in lesions at significant risk of major bleeding. There's no head-to-head with Trombexa, and I have no separate analysis of patients with a recent stroke to show you. I'd rather ask our medical department what exists than guess." # speaker: rep
    "You told me where the data stop. That's more than the last three reps managed." # speaker: wu # mood: neutral
* [Ask which of his patients worry him most before you answer #act: objections.explore #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "Before I answer: which patients worry you most?" # speaker: rep
    "Large infarcts. Anyone with haemorrhagic transformation on the scan. And everything in the first two weeks." # speaker: wu # mood: neutral # need: early_ich_risk
* [Tell him that with Norvixa bleeding into the brain is simply not a worry: the risk was halved #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    -> asked_to_leave
* [Say the bleeding profile was in line with the class, and move on to dosing convenience #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 15)
    ~ rapport = clamp(rapport - 5)
    "The bleeding profile was in line with the class, Dr Wu. What I'd really like to show you is how convenient once-daily dosing is..." # speaker: rep
    "'In line with the class' is not a number. I showed you a scan." # speaker: wu # mood: annoyed
- -> timing

=== asked_to_leave ===
"Honestly, Dr Wu, with Norvixa bleeding into the brain isn't something you need to worry about. The risk was halved. There's essentially no bleeding risk." # speaker: rep
He looks at you, then at the scan, then back at you. # speaker: narrator
"No bleeding risk. You say that to a stroke physician, with that on the screen. Every anticoagulant bleeds, and your own summary says so. We're done. Leave your paper and go." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== timing ===
-> patience_check ->
"Then tell me this. After an AF stroke, when do I start your drug? Day three? Day fourteen? Your label doesn't say a word about it." # speaker: wu
* [Acknowledge it is the key question, explain it is outside the label, and offer a written answer from Medical Information #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ mi_referral = true
    "It's the question that matters most on your unit, and you're right: the label doesn't address timing after a stroke, so I'm not the person to advise you on it. With your permission I'll log it with our Medical Information department today, and a medical adviser will reply to you directly, in writing, with whatever data exist." # speaker: rep
    "In writing. Good. That's the right answer." # speaker: wu # mood: pleased
* [Tell him what stroke centres commonly do: start on day three, six or twelve depending on the size of the infarct #act: objections.evidence_response #violation: off_label #minutes: 2]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 15)
    "Most stroke centres go by infarct size, Dr Wu: day three for a small one, six for moderate, twelve for large. You could do the same with Norvixa." # speaker: rep
    "A rule of thumb about my patients' brains, from a rep, about something your own label doesn't cover. Don't ever do that in front of my residents." # speaker: wu # mood: annoyed
* [Say that timing is his clinical judgement, and move back to the data #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 15)
    "That's really your clinical judgement, Dr Wu. Shall we go back to the data?" # speaker: rep
    "Thank you. I knew it was my judgement." # speaker: wu # mood: sceptical
- -> closing

=== closing ===
-> patience_check ->
There is a knock at the door: the clinic nurse, with the first patient's notes. # speaker: narrator # phase: closing
{patience < 30:
    Dr Wu is already standing, his white coat over his arm. # speaker: narrator
    "Time's up." # speaker: wu # mood: annoyed
- else:
    Dr Wu glances at the clock. # speaker: narrator
    "I have a clinic." # speaker: wu
}
* [Summarise what he told you, thank him, and propose a concrete next step #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
    -> next_step
* [Thank him for his time and leave your card #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Dr Wu. Here's my card." # speaker: rep
    -> no_next_step
* [Recap Norvixa's key points and ask him to give it a try in his next patients #act: value.feature_dump #act: closing.no_next_step #minutes: 2]
    ~ patience = clamp(patience - 10)
    "Before I go: once daily, strong data against warfarin, and reimbursed. I hope you'll give it a try in your next AF patients." # speaker: rep
    -> no_next_step

=== next_step ===
"Thank you, Dr Wu. Let me check I've understood you." # speaker: rep
{need_ich:
    "What matters most to you is intracranial haemorrhage, and honest numbers on where the data stop." # speaker: rep
}
{need_adherence:
    "Your stable patients stay as they are; the question is new patients living alone who miss an evening dose." # speaker: rep
}
"And your patients pay for this themselves, so the cost to them matters as much as the pharmacy." # speaker: rep
{promised:
    "By Friday you'll have this province's residents' scheme figure by email." # speaker: rep
}
{mi_referral:
    "Medical Information will answer you in writing on timing after a stroke." # speaker: rep
}
"Could our medical adviser come to one of your teaching sessions with the full bleeding data, so your residents can question it?" # speaker: rep
{
- rapport >= 70 + 10 * difficulty:
    "The journal club on the 21st. Fifteen minutes, your medical adviser presents, no logos, and my residents will ask the questions I asked. Send the slides the day before." # speaker: wu # mood: pleased
    He writes it on the whiteboard behind his desk. # speaker: narrator # ending: journal_club_invited
- rapport >= 55:
    "Send what you promised first. If it holds up, we'll talk about the residents." # speaker: wu # mood: neutral
    It isn't a date yet, but he has told you exactly what to bring. # speaker: narrator # ending: material_requested
- else:
    "Send your paper to my email. I'll read it when I can." # speaker: wu # mood: sceptical
    He is reading the first patient's notes before you reach the door. # speaker: narrator # ending: polite_dismissal
}
-> END

=== no_next_step ===
{rapport >= 70:
    He nods, and for a moment seems about to say something more. Then the nurse calls his name. # speaker: narrator
    "Fine. Email me if you have something." # speaker: wu # mood: neutral
    In the lift you realise he gave you three questions to answer, and you left without offering to answer any of them. # speaker: narrator # ending: missed_opportunity
- else:
    "Yes. Thank you." # speaker: wu # mood: neutral
    Your card stays on the corner of his desk, under the cold tea. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Dr Wu stands up and opens the door. # speaker: narrator
"That's enough. I have patients waiting. Email me if you ever have a number worth reading." # speaker: wu # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
