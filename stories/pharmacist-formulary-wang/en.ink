# title: A formulary meeting: Wang Li, deputy director of pharmacy
# segment: pharmacist
# stage: first_visit
# setting: office
# dimensions: preparation, opening, discovery, value, objections, closing
# lang: en
# customer: wang
# leaves_to: patience_out

// Norvixa (norvixaban), NAVIGATE-AF, Trombexa and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// Facts a rep may state here: price (5.60 a tablet, both strengths the same), reimbursement (NRDL category B
// since January 2026, about 2 yuan a day on employee insurance), storage (below 30 C in the original package,
// 36 months, no cold chain), Trombexa 5 mg twice daily in national volume-based procurement at about 0.90 a
// day, no head-to-head trial between the two. Any cost-saving figure beyond this is unsupported.
// The sheet says Norvixa is on the national list (category B); it says nothing about negotiated status or a
// provincial dual-channel listing, so the rep never asserts either and points to the published lists.
// Policy as the best path states it (national, not a product claim): for negotiated NRDL drugs, hospitals
// should make them available by clinical need, and drug share, budget caps or formulary-count limits are not
// grounds to refuse them; it does not oblige a committee to list anything. Dual channel: where the province
// lists a negotiated drug for dual-channel management, a prescription written at a designated hospital can
// be dispensed at a designated retail pharmacy under the same payment policy; it does not replace listing.
// Hand-overs are approved materials only: formulary_dossier, pharmacoeconomic_summary, label.
// The engine plays Wang Li (meticulous, formal, immune to charm) and writes rapport; this story only reads it.

VAR difficulty = 1
VAR rapport = 40
VAR has_dossier = false
VAR need_criteria = false
VAR need_cost = false
VAR need_supply = false
VAR heco_promised = false
VAR policy_clear = false
VAR dual_clear = false

-> before_visit

=== before_visit ===
Director Liang's cardiology department has submitted a new-drug application for Norvixa. Wang Li, deputy director of pharmacy and secretary of the formulary committee, has agreed to see you on Thursday for twenty-five minutes. The committee meets on the 18th; submissions close on the 4th. # speaker: narrator
You have two days to prepare. # speaker: narrator
* [Bring the clinical detail aid and a stack of NAVIGATE-AF reprints: the data will speak for themselves #act: preparation.material_unmatched #off_clock]
    You pack the detail aid and twenty reprints of the main NAVIGATE-AF paper. It is what you bring to every doctor. # speaker: narrator
* [Get the pharmacy's new-drug checklist, build the dossier to it, read her paper, and set one aim: learn what the committee will weigh #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock]
    ~ has_dossier = true
    The pharmacy office emails you its checklist: eleven items. You read Wang Li's paper on substitution after volume-based procurement and the committee's published procedure, then spend an evening with head office on each item: the latest batch test reports, this province's platform listing, the supply assurance letter, the integrity undertaking signed by your general manager. Medical affairs adds the pharmacoeconomic summary they reviewed last month. # speaker: narrator
    Your aim fits on one line: find out what the committee will weigh and what her paper still needs. Not to ask for her vote. # speaker: narrator
* [Read up on her role and her paper on procurement, and bring the standard hospital-listing pack head office sends everywhere #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock]
    You read her paper on substitution after volume-based procurement. The listing pack from head office is the one used for every hospital in the country; you don't check it against anything. # speaker: narrator
- -> arrival

=== arrival ===
Thursday, 14:00. The pharmacy department offices on the second floor of the outpatient building. Binders line one wall, each labelled with a committee date. # speaker: narrator # phase: opening
Wang Li sits upright behind a clear desk. The only thing on it is cardiology's application form, signed by Director Liang. # speaker: narrator
"Hengkang Pharma. You asked for twenty-five minutes. Cardiology's application is here." # speaker: wang # mood: neutral # time_granted: 25
{difficulty > 1:
    "You are the third company this week. Please be precise." # speaker: wang # mood: sceptical
}
* [Thank her, say who you are and why you came, and keep to the twenty-five minutes #act: opening.thanks #act: opening.purpose_stated #minutes: 2]
    "Thank you for seeing me, Director Wang. I'm the Hengkang representative for Norvixa. Cardiology has applied to list it; I'm here to understand what the committee needs to reach a decision and to make sure your paper has everything it needs from us. Twenty-five minutes at most." # speaker: rep
    "Good. Then let's use them." # speaker: wang # mood: neutral
* [Open warmly: call her Sister Wang, admire the orchid on her windowsill and mention you heard her daughter sits the gaokao this year #act: relationship.transactional #rapport: -5 #minutes: 2]
    "Sister Wang, what a beautiful orchid! And I hear your daughter has the gaokao this year: you must be so proud..." # speaker: rep
    "Director Wang will do. And my family is not on the committee's agenda." # speaker: wang # mood: annoyed
* [Introduce yourself and Hengkang properly: your background, the company's history, its national ranking and its new factory #act: opening.long_intro #minutes: 4]
    "Let me first introduce myself and Hengkang. I joined three years ago from a distribution company. Hengkang was founded in 1998, it's among the top fifty pharmaceutical companies in China, and last year we opened a new tablet factory in Taizhou..." # speaker: rep
    She waits until you stop. # speaker: narrator
    "The committee does not list companies. It lists drugs." # speaker: wang # mood: sceptical
- -> discovery_criteria

=== discovery_criteria ===
She folds her hands on the application form. # speaker: narrator
"Go on." # speaker: wang # phase: discovery
* [Ask whether she can put Norvixa on the agenda for the 18th #act: discovery.closed_question #minutes: 1]
    "Can Norvixa be on the agenda for the 18th?" # speaker: rep
    "The chair sets the agenda. Applications complete by the 4th are considered." # speaker: wang # mood: sceptical
* [Tell her Norvixa is reimbursed and in the provincial pathway, so it already ticks the committee's boxes #act: value.need_linked #links: committee_criteria #act: value.evidence_cited #claim: insurance #claim: guideline #minutes: 2]
    "Director Wang, Norvixa has been on the national reimbursement list, category B, since January, and the Qinghe 2025 pathway lists factor Xa inhibitors, Norvixa among them, as preferred over warfarin. It already ticks the committee's boxes." # speaker: rep
    "Which boxes? You haven't asked what this committee weighs. I have read the pathway." # speaker: wang # mood: sceptical
* [Ask how the committee decides on a new drug, and where applications fail #act: discovery.open_question #minutes: 3]
    ~ need_criteria = true
    "How does the committee reach a decision on a new drug, and where do applications usually fail?" # speaker: rep
    "Four questions. Is there a clinical gap the current list doesn't cover. What does it cost, per patient and in total. Can it be supplied and stored reliably. And is the dossier complete. Most applications fail on the last one before anyone discusses the first three. Last quarter I sent back six: no batch test reports, a price listing from the wrong province, a pharmacoeconomic study against placebo." # speaker: wang # mood: neutral # need: committee_criteria
* [Start with NAVIGATE-AF: the committee will want to see the efficacy first #act: discovery.interrupt #minutes: 2]
    "I'd like to start with NAVIGATE-AF, because the efficacy data are what the committee will want to see first..." # speaker: rep
    "The committee will want what I put in front of it. You don't know yet what that is." # speaker: wang # mood: sceptical
- -> discovery_cost

=== discovery_cost ===
"Let me tell you where we are. We already have a factor Xa inhibitor: Trombexa, from national volume-based procurement, ninety fen a day, with an agreed volume we are obliged to meet. Cardiology's drug cost share has been over target two quarters running. And now cardiology wants a second one, at five yuan sixty." # speaker: wang
* [Ask whether the cost-share target is strictly enforced, or whether the committee has any leeway #act: discovery.closed_question #minutes: 1]
    "Is the cost-share target strictly enforced, or does the committee have some leeway?" # speaker: rep
    "Yes." # speaker: wang # mood: sceptical
* [Jump in: Norvixa is once daily, so the difference is worth it #act: discovery.interrupt #claim: dose_standard #minutes: 1]
    "But Norvixa is once daily, Director Wang, so the difference is more than worth it..." # speaker: rep
    "Worth it to whom? I hadn't finished." # speaker: wang # mood: annoyed
* [Put the committee's question back to her in your own words, and check you have it right #act: discovery.active_listening #minutes: 2]
    ~ need_cost = true
    "So the committee's question is why add a second, more expensive drug of the same class when the hospital has a procurement volume to meet and a cost-share problem in cardiology. And you are the one who has to write the answer. Have I understood?" # speaker: rep
    "Precisely. The chair will ask me two things: what does it do that Trombexa cannot, and what will it cost us. If my paper can't answer both with sources, it fails, and it's my paper." # speaker: wang # mood: neutral # need: cost_argument
- -> discovery_supply

=== discovery_supply ===
{rapport >= 55:
    She takes off her glasses and rubs the bridge of her nose. # speaker: narrator
    "And then there's my other problem, which no company ever asks about." # speaker: wang
- else:
    "Anything else?" # speaker: wang
}
* [Ask whether the pharmacy has enough storage space #act: discovery.closed_question #minutes: 1]
    "Does the pharmacy have enough storage space?" # speaker: rep
    "Not much." # speaker: wang # mood: neutral
* [Ask what goes wrong for the pharmacy once a new drug is listed #act: discovery.open_question #minutes: 2]
    ~ need_supply = true
    "Once a new drug is on the list, what goes wrong for the pharmacy?" # speaker: rep
    "Stock-outs. Last winter an anticoagulant we had listed disappeared for three weeks. The distributor blamed the manufacturer, the manufacturer blamed the distributor, and our nurses were phoning other hospitals for tablets. Then storage: the main store is full, and in summer the ward cabinets go past twenty-eight degrees. And near-expiry stock nobody takes back." # speaker: wang # mood: neutral # need: supply_security
* [Say you won't take her time on logistics and move on to the clinical value #act: discovery.interrupt #minutes: 1]
    "I won't take your time with logistics; let me show you the clinical value." # speaker: rep
    "Logistics is my time." # speaker: wang # mood: sceptical
- -> present_dossier

=== present_dossier ===
"Show me what you have brought." # speaker: wang # phase: presentation
* {has_dossier} [Hand her the dossier, tabbed to her checklist, and take her through the evidence and the price in it #act: value.need_linked #links: committee_criteria #act: value.evidence_cited #claim: indication #claim: trial_efficacy #claim: trial_bleeding #claim: guideline #claim: price #claim: insurance #gives: formulary_dossier #minutes: 4]
    "It follows your checklist, item by item. Registration certificate and label: the indication is stroke prevention in adults with non-valvular AF and at least one risk factor. Quality standard and the last three batch test reports. This province's platform listing: five yuan sixty per tablet, the same for 10 mg and 20 mg. The reimbursement document: national list, category B, since January. Clinical evidence: NAVIGATE-AF, 14,200 patients against warfarin: stroke or systemic embolism 1.3 against 1.7 per cent a year; major bleeding 2.4 against 3.0; intracranial haemorrhage 0.4 against 0.8; GI bleeding similar, 1.2 against 1.1. The Qinghe 2025 anticoagulation pathway, which lists factor Xa inhibitors, Norvixa among them, as preferred over warfarin. The supply assurance letter and the integrity undertaking are the last two tabs." # speaker: rep
    She checks each tab against her list with a pencil, without a word. # speaker: narrator
    {need_criteria:
        "Batch reports. The right province. The undertaking signed. This is the first complete dossier I've had this month." # speaker: wang # mood: pleased
    - else:
        "Complete, as far as my list goes." She closes it. "Whether it answers what the committee will ask is another matter. You never asked me what that is." # speaker: wang # mood: neutral
    }
* {not has_dossier} [Hand over the pack you have, tell her plainly what is missing against her list, and commit to a date #act: objections.defer_and_commit #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #gives: label #promise: missing_documents #minutes: 3]
    "This is the standard pack: the registration certificate, the label and NAVIGATE-AF, where stroke or systemic embolism was 1.3 against 1.7 per cent a year on warfarin, and major bleeding 2.4 against 3.0. Against your list I'm missing the batch test reports and this province's platform listing. You'll have both by Monday." # speaker: rep
    "Monday. If they aren't here by the 4th, it waits a quarter." # speaker: wang # mood: neutral
* [Take her through the detail aid: once daily, no routine monitoring, with or without food #act: value.feature_dump #claim: dose_standard #minutes: 3]
    "Norvixa is 20 mg once daily, with or without food, and needs no routine coagulation monitoring. Page two of the detail aid..." # speaker: rep
    "I am not prescribing it. I am listing it. Where is the dossier?" # speaker: wang # mood: annoyed
- -> present_supply

=== present_supply ===
{need_supply:
    "And my stock-outs?" # speaker: wang
- else:
    "Supply. Who delivers, and what happens when they don't?" # speaker: wang
}
"I'll tell you now: our last new-drug distributor stopped delivering in a dispute over late payments and invoices. I will not go through that again." # speaker: wang # objection: supply_risk
* [Reassure her that Hengkang is a large company and supply is never a problem #act: objections.evade #minutes: 1]
    "Hengkang is a large company, Director Wang. Supply is never a problem for us." # speaker: rep
    "Every company says that. The one last winter said it too." # speaker: wang # mood: sceptical
* [Offer to chase the invoices and payments with the distributor yourself: your quarterly target depends on this hospital anyway #act: value.need_linked #links: supply_security #violation: sales_quota #minutes: 1]
    "Leave the invoices to me. I'll chase the payments with the distributor myself; honestly, my quarterly target depends on this hospital, so I'll make sure nothing gets stuck." # speaker: rep
    She puts her pencil down. # speaker: narrator
    "Your quarterly target is not the committee's concern. And a representative has no business touching our invoices or payments; under the filing rules, that alone is reportable. I will assume I misheard you." # speaker: wang # mood: annoyed
* [Give her the storage facts and the supply route, and say payments and invoices never go through you #act: value.need_linked #links: supply_security #claim: storage #minutes: 2]
    "Storage first: below 30 degrees in the original package, a shelf life of 36 months, no cold chain. Supply: delivery is by Qinghe Pharmaceutical Logistics, the distributor already on the provincial platform for this hospital. Hengkang's supply assurance letter {has_dossier:is in the dossier|will come with the missing documents}, with the name of our supply-chain manager for escalation. Payments and invoices are between the hospital and the distributor; as a representative I handle neither. But if a delivery fails, our supply-chain team will hear about it from me the same day." # speaker: rep
    "Thirty-six months, no cold chain: my cabinets can manage that. And you know what a representative may not do. Good." # speaker: wang # mood: pleased
- -> objection_price

=== objection_price ===
"Now the question the chair will ask me. Trombexa costs ninety fen a day and we have a procurement commitment. Norvixa costs five yuan sixty. Why should this hospital list it?" # speaker: wang # phase: objections # mood: sceptical # objection: price_gap
{difficulty > 1:
    "And the chair has already said: no new drugs outside procurement this year without a clear clinical gap." # speaker: wang
}
* [Tell her price shouldn't drive a decision about preventing strokes #act: objections.argue #minutes: 2]
    "With respect, Director Wang, price shouldn't drive a decision about preventing strokes." # speaker: rep
    "Price is exactly what this committee is for. Clinical merit is cardiology's argument. Affordability is mine." # speaker: wang # mood: annoyed
    -> drug_share
* [Give her the figures at once: reimbursement, once daily, the 10 mg at the same price, the bleeding results #act: objections.evidence_response #act: value.evidence_cited #claim: insurance #claim: dose_standard #claim: price #claim: trial_bleeding #minutes: 2]
    "The figures, then. Since January Norvixa is on the national reimbursement list, category B: about two yuan a day for a patient on employee insurance. It's once daily, and the 10 mg tablet costs the same as the 20 mg. Against warfarin, NAVIGATE-AF showed intracranial haemorrhage of 0.4 against 0.8 per cent a year." # speaker: rep
    "Against warfarin. I asked you about Trombexa and a procurement volume, and you answered a question I didn't ask." # speaker: wang # mood: sceptical
    -> drug_share
* [Say it's a sixfold gap and you won't pretend otherwise, and ask what weighs most with the committee #act: objections.acknowledge #act: objections.explore #minutes: 1]
    "It's a sixfold difference per day, and I won't pretend otherwise. May I ask what weighs most with the committee: the daily price, the total budget, or the procurement volume?" # speaker: rep
    "The volume. If cardiology moves patients off Trombexa and we miss the agreed volume, the pharmacy answers for it." # speaker: wang # mood: neutral
    -> price_answer
* [Hint that procurement winners are the lowest bidders, and their quality and supply can't really be relied on #act: objections.argue #violation: disparagement #minutes: 2]
    "Between us, procurement winners are whoever bid lowest. Everyone in the industry knows you can't really rely on their quality, or their supply." # speaker: rep
    "We have used Trombexa for two years without a single quality complaint. If you have evidence otherwise, report it to the regulator. If you don't, don't say it in my office." # speaker: wang # mood: annoyed
    -> drug_share

=== price_answer ===
She waits, pencil ready. # speaker: narrator
* [Set out what you can stand behind: no head-to-head trial, dosing, price, reimbursement; the listing terms are the committee's #act: objections.evidence_response #claim: competitor_facts #claim: dose_standard #claim: price #claim: insurance #minutes: 2]
    "Then here is what I can stand behind. There is no head-to-head trial of Norvixa against Trombexa, so I can't tell you either prevents more strokes; any comparison rests on separate trials. What is fact: Norvixa is taken once a day, Trombexa 5 mg twice a day. The 10 mg Norvixa tablet costs the same as the 20 mg. Since January Norvixa is on the national reimbursement list, category B, about two yuan a day for a patient on employee insurance. Whether that justifies a second option, and for which patients, is for the committee and cardiology to define; a restricted listing that protects the procurement volume is the committee's call, not mine." # speaker: rep
    "'No head-to-head; any comparison rests on separate trials.' I can put that sentence in my paper. It is more than most companies admit." # speaker: wang # mood: pleased
* [Assure her cardiology will only use it in a handful of patients, so the volume won't suffer #act: objections.evade #minutes: 1]
    "I'm sure cardiology will only use it in a handful of patients, Director Wang. The volume won't suffer." # speaker: rep
    "You cannot promise me what cardiology will prescribe. Nor should you try." # speaker: wang # mood: sceptical
- -> drug_share

=== drug_share ===
"Then the president's office. Cardiology's drug share has been over target two quarters running, and the office sends me the figure every month. Whatever the committee decides, my paper needs a line on drug share that the office will accept." # speaker: wang # need: drug_share_case
{difficulty > 1:
    "At the last management meeting a vice-president said it in so many words: nothing new for cardiology until the share comes down." # speaker: wang # mood: sceptical
}
* [Offer to supply the first three months free as "samples", so none of it shows in cardiology's drug share #act: value.need_linked #links: drug_share_case #violation: improper_benefit #minutes: 1]
    "There's a simple way round that. Hengkang can supply the first three months free, as samples. Nothing is dispensed at a price, so nothing shows in cardiology's drug share." # speaker: rep
    She does not write it down. # speaker: narrator
    "Free goods to a hospital are a rebate under another name. The procurement rules forbid them, and so does this office. I will take it that you didn't make that offer." # speaker: wang # mood: annoyed
* [Tell her reimbursement takes care of it: a patient on employee insurance pays about two yuan a day #act: value.feature_dump #claim: insurance #claim: price #minutes: 1]
    "It's less than it looks, Director Wang. On employee insurance the patient pays about two yuan a day, and the 10 mg tablet costs the same as the 20 mg." # speaker: rep
    "Drug share is counted on what the hospital dispenses, at five yuan sixty a tablet, not on what the patient pays. You have answered the patient's question. The office asked a different one." # speaker: wang # mood: sceptical
* [Tell her drug share can't be held against a drug on the reimbursement list any more, so the office can't block it #act: objections.argue #claim: insurance #minutes: 1]
    "But Norvixa has been on the national reimbursement list since January. Drug share can't be held against a reimbursed drug any more; the office can't block it." # speaker: rep
    "'Can't' is a big word for a representative. The national notices are about negotiated drugs: hospitals should make them available, and drug share, budget caps or the number of items on the formulary are not grounds to refuse them. They do not say a committee must list every drug on the national list, and they do not tell a president's office what it can't do. Quote a policy to me when you have read it." # speaker: wang # mood: annoyed
* [Say the office's worry is fair, then tell her what the national rules on negotiated drugs do and don't cover #act: value.need_linked #links: drug_share_case #act: value.evidence_cited #claim: insurance #minutes: 1]
    ~ policy_clear = true
    "The office's worry is fair; nobody wants cardiology further over target. What I can state{has_dossier:, and what the reimbursement tab shows,} is that Norvixa has been on the national list, category B, since January. The rules you have in mind are about negotiated drugs: the national notices say hospitals should make them available according to clinical need, and that drug share, budget caps or the number of items on the formulary are not grounds to refuse them. Please check Norvixa's entry against the published list rather than take my word for it. And those rules remove an obstacle; they don't make the case. The clinical gap and the budget are still the committee's to weigh." # speaker: rep
    "The notice is in that binder. I'll cite it myself. 'It removes an obstacle, it doesn't make the case': that is how I will put it to the office." # speaker: wang # mood: pleased
- -> dual_channel

=== dual_channel ===
"One more thing the chair will raise, because he reads the same notices. Patients started on Norvixa at the provincial hospital already come to our outpatient window, and we send them away. And under dual channel a designated retail pharmacy can dispense a negotiated drug, reimbursed. So he will ask: why list it here at all?" # speaker: wang # need: interim_access
* [Promise her Hengkang will get Norvixa onto the province's dual-channel list before the 18th #act: value.need_linked #links: interim_access #violation: misleading_claim #minutes: 1]
    "Leave that to us. Hengkang will have Norvixa on the province's dual-channel list before the 18th, so your patients are covered either way." # speaker: rep
    "Hengkang does not write the province's list. The healthcare security bureau does. Don't promise me what isn't yours to give." # speaker: wang # mood: annoyed
* [Agree with the chair: patients can get it at a designated pharmacy, so the hospital needn't list it at all #act: objections.evade #minutes: 1]
    "Honestly, he has a point. With dual channel your patients can get it at a designated pharmacy, so the hospital needn't list it, and cardiology's drug share stays as it is." # speaker: rep
    "A representative telling me not to list the drug you came here about. Dual channel still starts with a prescription written here, by a doctor here, who follows the patient up here. And a patient started on the ward cannot be sent across the road for the first dose. It is for patients who can't wait, not a way round this committee." # speaker: wang # mood: sceptical
* [Say it helps the patients she sends away but can't replace listing, and explain how it works #act: value.need_linked #links: interim_access #minutes: 1]
    ~ dual_clear = true
    "He's right that it helps those patients; they shouldn't have to wait for the 18th. Where the province has put a negotiated drug under dual-channel management, a doctor here writes the prescription, it goes through the prescription-circulation platform, and a designated pharmacy dispenses it under the same payment policy as the hospital. The bureau publishes that list and the designated pharmacies; check Norvixa there, not with me. But it doesn't replace listing: the prescriber and the follow-up are here, and so are the inpatients who start it on the ward." # speaker: rep
    "Accurate, and no more than accurate. I'll check the bureau's list this afternoon." # speaker: wang # mood: pleased
* [Ask whether the hospital is already connected to the prescription-circulation platform #act: discovery.closed_question #minutes: 1]
    "Is the hospital connected to the prescription-circulation platform yet?" # speaker: rep
    "Since last year. That was not the question." # speaker: wang # mood: neutral
- -> objection_budget

=== objection_budget ===
"Last point. The committee wants a pharmacoeconomic evaluation and a budget impact for this hospital. Cardiology's application says patient numbers will be 'substantial'. I need better than 'substantial'." # speaker: wang # need: budget_impact # objection: budget_impact
* [Quote the figure from the regional sales slide: listing Norvixa saves a hospital like this about 1.2 million yuan a year in bleeding admissions #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    "I can give you a number now: for a hospital of this size, listing Norvixa saves about 1.2 million yuan a year in bleeding admissions." # speaker: rep
    "From which study? Against which comparator? With whose patient numbers? If a figure like that goes into my paper and a committee member asks for the source, it is my name on it. Don't ever give me a number you can't source." # speaker: wang # mood: annoyed
* [Say Director Liang's department will certainly use enough to justify the listing #act: objections.evade #minutes: 1]
    "Director Liang's department will certainly use enough to justify it." # speaker: rep
    "That is exactly what I am afraid of." # speaker: wang # mood: sceptical
* {has_dossier} [Agree the numbers should be the hospital's own, and give her the reviewed pharmacoeconomic summary with its methods #act: objections.acknowledge #act: value.need_linked #links: budget_impact #claim: price #gives: pharmacoeconomic_summary #minutes: 3]
    "You're right that 'substantial' won't survive the committee. Patient numbers should come from the hospital's own aggregate data: how many AF patients cardiology anticoagulates in a year. The pharmacy and the information office hold that, not me. The inputs I can give you are the listed price and the fact that both strengths cost the same. And this is the pharmacoeconomic summary our medical affairs department reviewed: the method, the comparator and the limitations are on the first page. If the committee has questions on the method, our health economics team will answer them in writing." # speaker: rep
    She reads the first page, then turns to the back for the references. # speaker: narrator
    "A stated comparator and stated limitations. Aggregate data we have. This I can use." # speaker: wang # mood: pleased
* {not has_dossier} [Agree the numbers should be the hospital's own, offer the price inputs, and promise the reviewed pharmacoeconomic summary by the 4th #act: objections.defer_and_commit #act: value.need_linked #links: budget_impact #claim: price #promise: pharmacoeconomic_summary #minutes: 3]
    ~ heco_promised = true
    "Patient numbers should come from the hospital's own aggregate data: how many AF patients cardiology anticoagulates in a year. The pharmacy and the information office hold that, not me. The inputs I can give you are the listed price and the fact that both strengths cost the same. Our medical affairs department has reviewed a pharmacoeconomic summary; I didn't bring it, and I should have. You'll have it by the 4th, with its methods and limitations, not a sales slide." # speaker: rep
    "Aggregate data we have. Send me the summary by the 4th." # speaker: wang # mood: neutral
* [Offer per-doctor anticoagulant prescribing figures for cardiology, from the distributor's data, so the committee can see the demand #act: value.need_linked #links: budget_impact #violation: prescription_tracking #minutes: 1]
    -> asked_to_leave
- -> closing

=== asked_to_leave ===
"To show the committee the demand, I can get you each cardiologist's anticoagulant prescribing, Trombexa and warfarin, doctor by doctor. The distributor's data make it easy." # speaker: rep
Wang Li closes the application form and puts her pencil on top of it. # speaker: narrator
"Doctor-by-doctor prescribing figures are exactly what this hospital forbids. The pharmacy is the department that enforces that rule. This meeting is over. I will be noting it in the visit register, and I suggest you tell your manager before I do." # speaker: wang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
There is a knock: the head of the dispensary, with a question about a recall notice. Wang Li glances at the clock. # speaker: narrator # phase: closing
"We are at time." # speaker: wang
* [Thank her for her time, leave your card, and say you will wait to hear what the committee decides #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Director Wang. Here is my card; I'll wait to hear what the committee decides." # speaker: rep
    -> close_no_next_step
* ["Much obliged. Here is what the committee will weigh; shall we check the full set together before the 4th?" #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: dossier_check #minutes: 2]
    -> close_next_step
* [Ask whether you can count on her support when cardiology's application comes before the committee on the 18th #act: closing.no_next_step #minutes: 1]
    "Director Wang, when cardiology's application comes before the committee on the 18th, can I count on your support?" # speaker: rep
    "I don't support drugs. I prepare papers." # speaker: wang # mood: sceptical
    -> close_no_next_step

=== close_no_next_step ===
{rapport >= 70:
    She nods and turns to the dispensary head. # speaker: narrator
    "Submissions close on the 4th." # speaker: wang # mood: neutral
    On the stairs you realise she told you exactly what her paper needs, and you left without agreeing what you would send or when. # speaker: narrator # ending: missed_opportunity
- else:
    "Thank you." # speaker: wang # mood: neutral
    She is already reading the recall notice. Cardiology's application goes back into its tray. # speaker: narrator # ending: polite_dismissal
}
-> END

=== close_next_step ===
"Much obliged, Director Wang. Here is what the committee will weigh, as I have it." # speaker: rep
{need_criteria:
    "A clinical gap, the cost per patient and in total, reliable supply and storage, and a complete dossier." # speaker: rep
}
{need_cost:
    "Above all, why a second factor Xa inhibitor at five yuan sixty when you have Trombexa and a procurement volume to meet, answered with sources." # speaker: rep
}
{need_supply:
    "And no more stock-outs: a named distributor and someone who answers when a delivery fails." # speaker: rep
}
{policy_clear:
    "For the president's office, the national notices on negotiated drugs, cited from the source: they remove an obstacle; they don't make the case." # speaker: rep
}
{dual_clear:
    "And dual channel as a bridge for the patients at your window, not a substitute for listing." # speaker: rep
}
"By the 2nd I'll send {has_dossier:the signed original of the supply assurance letter|the missing batch reports and this province's platform listing}{heco_promised:, and the pharmacoeconomic summary}. Could I have ten minutes on the 2nd to check the full set against your checklist?" # speaker: rep
{
- rapport >= 75 && need_criteria && need_cost:
    "The 2nd, at ten. One binder, tabbed as today. If it is complete, it goes into my paper for the 18th." # speaker: wang # mood: pleased
    She writes it into the committee diary. # speaker: narrator # ending: next_meeting_booked
- rapport >= 55:
    "Email it to the pharmacy office. I will tell you if anything is missing." # speaker: wang # mood: neutral
    It isn't a meeting, but she has asked for something. # speaker: narrator # ending: material_requested
- else:
    "Send whatever you have to the pharmacy office." # speaker: wang # mood: sceptical
    Cardiology's application goes back into its tray. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Wang Li closes the application form. # speaker: narrator
"I have a recall notice to deal with. Send the documents to the pharmacy office; the committee will judge them on paper." # speaker: wang # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
