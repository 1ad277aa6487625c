# title: Follow-up with Director Liang: organising a department meeting
# segment: director
# stage: follow_up
# setting: office
# lang: en
# customer: liang
# dimensions: preparation, relationship, solutions, objections, records, closing
# leaves_to: patience_out
# assumes: need:bleeding_readmissions, need:resident_teaching, promise:renal_substudy, promise:dosing_card, promise:department_meeting

// Norvixa (norvixaban), Trombexa, NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged as a claim.
// A month after stories/director-first-visit-liang. What the rep owes him comes from his memory of that visit
// (promise_open); played from the library alone, the header's assumptions stand in for it.
// Director Liang asks for three things the rules forbid: individual doctors' prescription numbers (tongfang),
// a hotel dinner with speaker fees, and support tied to the department's use.
// The engine plays Director Liang (src/core/world/cast.ts): rapport starts at 45, patience at 55; rapport and
// patience are read here, never set. His secretary gives the visit twenty minutes (fifteen when demanding).

VAR difficulty = 1
VAR rapport = 45
VAR owes_substudy = false
VAR owes_card = false
VAR owes_meeting = false
VAR need_readmit = false
VAR ae_reported = false
VAR owes_favour = false
VAR agreed = false

EXTERNAL promise_open(id)

~ owes_substudy = promise_open("renal_substudy")
~ owes_card = promise_open("dosing_card")
~ owes_meeting = promise_open("department_meeting")
-> prep

=== function promise_open(id) ===
~ return false

=== prep ===
Tuesday, 21:00, at home. Tomorrow at half past four you see Director Liang Guowei, head of cardiology, a month after your first visit. His secretary, Ms Tang, has given you twenty minutes, straight after the department's DRG review. # speaker: narrator # time_granted: 20
{difficulty > 1:
    On the phone Ms Tang added that the director is in a bad mood: the DRG figures were not good. # speaker: narrator
}
{owes_meeting:
    Last month he agreed in principle to a Thursday department meeting with Hengkang's medical adviser: "the cases from my audit, dosing by the kidneys, no product slides." # speaker: narrator
- else:
    Last month you didn't get as far as a meeting. Tomorrow you want to propose one: academic, for his doctors, with Hengkang's medical adviser. # speaker: narrator
}
{owes_substudy:
    You promised him the full NAVIGATE-AF renal sub-study. The reprint is in your bag. # speaker: narrator
}
{owes_card:
    And a dosing card for his residents. It came back from Hengkang's medical review this afternoon, with no advertising on it. # speaker: narrator
}
{not owes_substudy && not owes_card:
    You owe him nothing from last time, but you pack the renal sub-study and the residents' dosing card anyway: a department with this many elderly patients lives on renal dosing. # speaker: narrator
}
* [Set one objective, to get a date in his diary, and trust your memory for the rest #act: preparation.objective_set #off_clock #minutes: 5]
    You write one line in your planner: "Department meeting: fix the date." You know the director well enough by now. # speaker: narrator
* [Reread your notes and his profile; set objectives for the topic, what has changed, and registration #act: preparation.profile_reviewed #act: preparation.objective_set #off_clock #minutes: 30]
    Your notes remind you: fifty-four, director for eight years, a member of the drug and therapeutics committee; worried about the drug cost share and anything that could look like a kickback; interested in readmissions under DRG payment and a provincial research grant. # speaker: narrator
    You write three objectives: agree the meeting's topic, date and format; find out what has changed for him in a month; have the meeting registered the way the hospital requires. # speaker: narrator
* [Print a one-page summary of Norvixa's key selling points to leave on his desk, so the message stays after you've gone #act: preparation.material_unmatched #off_clock #minutes: 10]
    You print a glossy page of key messages: once daily, no routine monitoring, reimbursed. There is nothing on it about his department. # speaker: narrator
- -> prep_material

=== prep_material ===
Before bed you message Dr Fang Yun, Hengkang's medical adviser for the region, who would give the talk. # speaker: narrator
* [Ask Dr Fang to bring the standard national Norvixa slide deck, since it is already approved and ready to go #act: preparation.material_unmatched #off_clock #minutes: 2]
    Dr Fang replies with a thumbs-up and the forty-slide launch deck. # speaker: narrator
* [Brief Dr Fang on the department and ask her for a draft outline #act: preparation.material_matched #off_clock #minutes: 10]
    Before midnight Dr Fang sends a one-page draft: renal function and choice of dose, bleeding in the over-eighties, the provincial anticoagulation pathway, and time for a case discussion. No product slides. # speaker: narrator
- -> reconnect

=== reconnect ===
Wednesday, half past four. The director's office on the seventh floor. # speaker: narrator # phase: reconnect
Director Liang is signing a stack of forms. A printout headed "DRG quarterly review: Cardiology" lies open on the desk, one line circled in red. # speaker: narrator
{difficulty > 1:
    "You have fifteen minutes, not twenty. The DRG meeting ran over." # speaker: liang # mood: sceptical # time_granted: 15
}
"Ah, Hengkang. Sit. Where are we?" # speaker: liang # mood: neutral
* [Thank him for the department's "support" for Norvixa this month and say you hope it continues #act: relationship.transactional #minutes: 1]
    "Director, first of all, thank you for the department's support. Norvixa has done really well in cardiology since the listing, and we hope that continues." # speaker: rep
    He puts down his pen. # speaker: narrator
    "Don't thank me for numbers. What my doctors prescribe is a clinical decision, and I sit on the drug committee. Be careful how you talk in this office." # speaker: liang # mood: annoyed
    -> reconnect_bag
* [Ask how his grant's mid-term review went #act: relationship.personal_care #minutes: 1]
    "Before we start, Director: last time your provincial grant had its mid-term review coming up. How did it go?" # speaker: rep
    "Passed. Just. They want the publication by the end of the year. You remembered." # speaker: liang # mood: pleased
    -> reconnect_bag
* {owes_substudy || owes_card} [Hand him what you promised: the sub-study and the dosing card #act: relationship.promise_kept #keeps: renal_substudy #keeps: dosing_card #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over
* {not owes_substudy && not owes_card} [Give him the renal sub-study and a dosing card for his residents #act: relationship.professional_support #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over

=== reconnect_bag ===
The folder with the sub-study and the dosing card is still in your bag. # speaker: narrator
* {owes_substudy || owes_card} [Give him the sub-study and the card you promised #act: relationship.promise_kept #keeps: renal_substudy #keeps: dosing_card #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over
* {not owes_substudy && not owes_card} [Give him the renal sub-study and a dosing card for his residents #act: relationship.professional_support #gives: renal_substudy_reprint #gives: dosing_card #minutes: 2]
    -> hand_over
* [Keep them back until he has agreed a date for the meeting #act: relationship.transactional #minutes: 0]
    You leave the folder where it is. Better to have something in hand when the date comes up. # speaker: narrator
    -> review_feedback

=== hand_over ===
{owes_substudy || owes_card:
    "Last month you asked for two things, Director. Here is the full NAVIGATE-AF renal sub-study, and this is the dosing card for your residents: one side on estimating creatinine clearance by Cockcroft-Gault and choosing the dose, the other on renal monitoring. Our medical department has reviewed it, and there's no advertising on it." # speaker: rep
- else:
    "Something for your department, Director: the full NAVIGATE-AF renal sub-study, and a dosing card for your residents, on estimating creatinine clearance and choosing the dose from the label. Our medical department has reviewed it, and there's no advertising on it." # speaker: rep
}
He turns the card over twice and holds it under his glasses. # speaker: narrator
{owes_substudy || owes_card:
    "Reps usually promise and forget. Good." # speaker: liang # mood: pleased
- else:
    "My residents guess the dose at night. This, they could use." # speaker: liang # mood: neutral
}
-> review_feedback

=== review_feedback ===
He taps the circled line on the printout. # speaker: narrator # phase: review
"Your drug has been on our wards since the committee listed it last month." # speaker: liang
* [Ask whether everyone is happy with Norvixa #act: discovery.closed_question #minutes: 1]
    "Is everyone happy with Norvixa so far, Director?" # speaker: rep
    "Happy." # speaker: liang
    He hands the word back to you like a coin he doesn't want. # speaker: narrator
    "Mostly. There was a bleed." # speaker: liang # mood: sceptical
* [Ask how the first patients have done, and what has been awkward #act: solutions.feedback_collected #minutes: 2]
    "How have the first patients done, Director? I'd like to hear the problems as much as what worked: bleeding, dosing, anything your doctors or the patients find awkward." # speaker: rep
    "Ward 2 likes once a day. Dr Chen says her older patients manage it better than warfarin. The residents still hesitate over the dose. And there was a bleed." # speaker: liang # mood: neutral
* [Ask how many patients his doctors have started on Norvixa since the listing, to see how it is going #act: relationship.transactional #minutes: 1]
    "How many patients have your doctors started on Norvixa since the listing, Director?" # speaker: rep
    "Counting already? Enough that there was a bleed." # speaker: liang # mood: annoyed
- -> adverse_event

=== adverse_event ===
"Eighty-three-year-old woman, creatinine clearance thirty-eight. The resident started her on 20 milligrams. Ten days later she came back through the emergency department with melaena, haemoglobin seventy-one. Two units of blood, Norvixa stopped, home on Monday. That's one of the readmissions on my DRG report." # speaker: liang # adverse_event: melaena_83f
{difficulty > 1:
    "And before you quote the trial at me: I've read the trial." # speaker: liang # mood: sceptical
}
* [Point out that the resident gave the wrong dose for her kidneys, so it wasn't really the drug #act: solutions.ae_dismissed #violation: ae_unreported #claim: dose_renal #minutes: 1]
    "With respect, Director, at a clearance of thirty-eight the label dose is 10 milligrams once daily. So this was a dosing error rather than a problem with Norvixa." # speaker: rep
    "So it's my resident's fault and your drug is innocent. I'll tell the DRG office." # speaker: liang
    He looks at you over his glasses. # speaker: narrator
    "A patient bled on your drug. That's all she knows." # speaker: liang # mood: annoyed
* [Ask for her name, ID number and bed, so that Hengkang's safety team can contact the family directly #act: solutions.ae_escalated #violation: privacy #minutes: 3]
    "That needs reporting, Director. Could I take down her name, ID card number and bed number, so that our safety team can contact the family directly?" # speaker: rep
    "Her ID number? You're a representative, not her doctor. No company contacts my patients' families. If your safety people need something, they talk to the treating doctor." # speaker: liang # mood: annoyed
* [Say you must report it within 24 hours, and ask only for what the report needs #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    ~ ae_reported = true
    "Thank you for telling me, Director, and I'm sorry she went through that. Any suspected adverse reaction I hear of, I must report to Hengkang's pharmacovigilance within twenty-four hours. I don't need anything that identifies her: age and sex, the dose, her renal function, what happened and when, the treatment and the outcome, and the treating doctor as the contact. Our safety colleague may ask that doctor for follow-up details. Bleeding is the most common adverse reaction with Norvixa, as with any anticoagulant, which is exactly why every case matters." # speaker: rep
    He writes a name on a sticky note: the treating doctor's, not the patient's. # speaker: narrator
    "Dr Zhang Lei, ward 1. He'll expect the call. We report it to the national ADR system from here as well. First time a rep has asked me for a report instead of giving me an excuse." # speaker: liang # mood: neutral
- -> reassess

=== reassess ===
He pushes the DRG printout across the desk. # speaker: narrator # phase: deepen
"So. This meeting of yours." # speaker: liang
* [Confirm the renal dosing talk you discussed last month and move on to dates #act: discovery.closed_question #minutes: 1]
    "So the renal dosing talk we discussed last month, Director? Then we just need a date." # speaker: rep
    "If you like." # speaker: liang # mood: neutral
    He pulls the printout back without explaining the red circle. # speaker: narrator
* [Tell him Dr Fang's standard Norvixa presentation is ready and she can give it any week that suits him #act: preparation.material_unmatched #minutes: 1]
    "Dr Fang has our standard Norvixa presentation ready, Director. She can give it any week that suits you." # speaker: rep
    "My doctors have seen your standard presentation. On your stand at the provincial congress." # speaker: liang # mood: sceptical
* [Ask what has changed in a month, and what the meeting must achieve #act: solutions.needs_reassessed #minutes: 2]
    ~ need_readmit = true
    "Before we fix the topic: what has changed for you since last month, and what would this meeting have to achieve to be worth your doctors' time?" # speaker: rep
    He taps the red circle. # speaker: narrator
    "This has changed. Since this month the hospital charges every unplanned readmission within thirty days to the department's performance pay. The quarter isn't over and we're at nine AF patients back with bleeding, your patient among them. Last month I wanted teaching material. Now I need my doctors to stop causing bleeds: choose the dose by the kidneys, check the kidneys again, and know what to do when an old patient bleeds." # speaker: liang # mood: neutral # need: bleed_prevention
* [Propose building it around bleed prevention straight away: the dosing card, renal monitoring and the over-80 bleeding data #act: solutions.tailored #links: bleed_prevention #act: relationship.value_content #claim: renal_monitoring #claim: elderly_subgroup #minutes: 3]
    "I'd suggest we build it around preventing bleeds, Director: the dosing card, renal function checked at least once a year and more often in the over-seventy-fives, and the over-80 data, where major bleeding was 4.1 against 5.0 per cent a year on warfarin but GI bleeding numerically higher." # speaker: rep
    "You've decided what my problem is before I've told you. Fine. If you like." # speaker: liang # mood: sceptical
    He pulls the printout back without explaining the red circle. # speaker: narrator
- -> prescriptions_request

=== prescriptions_request ===
He leans back in his chair. # speaker: narrator
"One more thing. You people know exactly who prescribes what. Tell me how many Norvixa prescriptions each of my doctors wrote last month. I want to see who's using it." # speaker: liang
{difficulty > 1:
    "And don't hide behind rules. Every company has these numbers." # speaker: liang # mood: sceptical
}
* [Say it's a sensitive area, but you'll see what you can find out #act: objections.evade #violation: prescription_tracking #minutes: 1]
    ~ owes_favour = true
    "That's a sensitive area, Director. Let me see what I can find out." # speaker: rep
    "Don't 'see'. Either you can or you can't. I'll take that as a yes." # speaker: liang # mood: sceptical
* [Agree: your distributor's data can give him the numbers doctor by doctor by next week, so he can see for himself #act: solutions.tailored #links: bleeding_readmissions #violation: prescription_tracking #minutes: 1]
    ~ owes_favour = true
    "I can get that for you, Director. Our distributor's data go down to the prescribing doctor. I'll have the numbers for each of your doctors next week." # speaker: rep
    "Good. Send them to my phone, not my email." # speaker: liang # mood: pleased
* [Refuse plainly, then ask what he wants the numbers to tell him #act: compliance.declined #act: solutions.needs_reassessed #rapport: -10 #minutes: 2]
    "I understand why you want to know, Director, but I can't do that. Counting individual doctors' prescriptions, tongfang, is forbidden by the hospital and by the national rules for representatives, and Hengkang would dismiss me for it, rightly. I don't keep those numbers. What do you want them to tell you? There may be a proper way to get there, with the hospital's own data." # speaker: rep
    "Rules. Every rep in this building has a rule for what he can't do." # speaker: liang # mood: annoyed
    He lets the silence run. Then, grudgingly: # speaker: narrator
    "I want to know whether my doctors dose by the kidneys or by guesswork. I pulled the notes on eleven readmissions myself. I can't pull four hundred. Counting boxes wouldn't tell me that anyway." # speaker: liang # mood: sceptical # need: dosing_audit
* [Refuse, and offer a pharmacist-led review of his doctors' doses instead #act: compliance.declined #act: solutions.tailored #links: dosing_audit #act: relationship.professional_support #rapport: -10 #minutes: 3]
    "I can't do that, Director. Counting individual doctors' prescriptions, tongfang, is forbidden by the hospital and by the national rules for representatives. What I'd suggest instead: your clinical pharmacist could review your doctors' AF prescriptions against the label." # speaker: rep
    "I asked who prescribes it, and you're selling me an audit." # speaker: liang # mood: annoyed
    He waves the idea away before you can say more. # speaker: narrator
- -> meeting_content

=== meeting_content ===
"All right. What would your Dr Fang actually talk about? And I'll tell you what my residents will say: your trial's bleeding figures are for seventy-year-olds. My patient was eighty-three." # speaker: liang # objection: elderly_bleeding
* [Answer them straight away with the over-80 data, and build the talk and a pharmacist's dose review on it #act: objections.evidence_response #act: solutions.tailored #links: bleeding_readmissions #links: dosing_audit #act: relationship.value_content #claim: elderly_subgroup #claim: dose_renal #minutes: 2]
    "The over-80 data are there, Director: 2,600 patients, major bleeding 4.1 against 5.0 per cent a year on warfarin, GI bleeding 1.9 against 1.6. Dr Fang builds the talk on those and on the dose by the kidneys, 10 milligrams at a clearance of 30 to 49, and your clinical pharmacist reviews the department's AF discharges against the label." # speaker: rep
    "I tell you what my residents will say, and you're already arguing with them." # speaker: liang # mood: sceptical
    He writes "over-80 data" on the printout anyway. # speaker: narrator
    "Put it in the talk. The pharmacist's review, fine." # speaker: liang # mood: neutral
* [Ask what exactly worries them about the over-eighties #act: objections.acknowledge #act: objections.explore #minutes: 1]
    "They're right to ask, Director: an eighty-three-year-old isn't the average trial patient. What worries them most?" # speaker: rep
    "The GI bleeds: they've all read that line in your trial. And the dose. Half of them don't trust themselves to work out the clearance at night, so they either overdose or cut it 'to be safe'." # speaker: liang # mood: neutral
    -> meeting_design
* [Propose a broad update on anticoagulation in AF from Dr Fang, with the new provincial pathway #act: relationship.value_content #claim: guideline #minutes: 2]
    "Dr Fang could give a broad update on anticoagulation in AF, Director: the 2025 provincial pathway, which prefers factor Xa inhibitors to warfarin for eligible patients, and the recent trial data." # speaker: rep
    "A broad update. They get one of those every month from somebody. And my residents' question?" # speaker: liang # mood: neutral
* [Offer to present Norvixa's key features yourself, with Dr Fang there to take the doctors' questions afterwards #act: value.feature_dump #act: preparation.material_unmatched #minutes: 2]
    "I could present Norvixa's key features myself, Director: once daily, no routine monitoring, reimbursed. Then Dr Fang takes the questions." # speaker: rep
    "I said academic, not an advert. My doctors can read a leaflet." # speaker: liang # mood: annoyed
- -> meeting_format

=== meeting_design ===
* {need_readmit} [Build the meeting around stopping the bleeds, with the over-80 data both ways #act: objections.evidence_response #act: solutions.tailored #links: bleed_prevention #links: dosing_audit #act: relationship.value_content #claim: elderly_subgroup #claim: dose_renal #claim: renal_monitoring #claim: guideline #minutes: 2]
    "Then let's build the meeting around stopping the bleeds. Dr Fang takes forty minutes on anticoagulation in elderly AF patients with CKD. The 2025 provincial pathway first. Then the dose by Cockcroft-Gault: for Norvixa, 10 milligrams once daily at a clearance of 30 to 49, not recommended below 30, and renal function checked more than once a year in the over-seventy-fives. Then the over-80 data, both ways: major bleeding 4.1 against 5.0 per cent a year on warfarin, but GI bleeding numerically higher, 1.9 against 1.6. Then twenty minutes on a real case from your residents: what to do when an old patient bleeds." # speaker: rep
    "And to see who doses by the kidneys: your own clinical pharmacist could review the department's AF discharges against the label. The hospital's data, in the hospital's hands." # speaker: rep
    "A pharmacist's review. The quality office would love that, and it's clean." # speaker: liang
    He writes it down. # speaker: narrator
    "And a case my residents present themselves. That, they'll remember." # speaker: liang # mood: pleased
* {not need_readmit} [Build on last month's renal dosing talk, with the over-80 data both ways #act: objections.evidence_response #act: solutions.tailored #links: resident_teaching #links: dosing_audit #act: relationship.value_content #claim: elderly_subgroup #claim: dose_renal #claim: guideline #minutes: 2]
    "Then let's keep to what we agreed last month, dosing by the kidneys for your residents. Dr Fang covers the 2025 provincial pathway, the dose by Cockcroft-Gault, 10 milligrams once daily at a clearance of 30 to 49 and not recommended below 30, and the over-80 data both ways: major bleeding 4.1 against 5.0 per cent a year on warfarin, GI bleeding numerically higher, 1.9 against 1.6. Then a case from your residents." # speaker: rep
    "And to see who doses by the kidneys: your own clinical pharmacist could review the department's AF discharges against the label." # speaker: rep
    "A pharmacist's review. Clean. Good." # speaker: liang # mood: neutral
* [Offer to give the over-80 talk yourself, using the product slides you already have #act: value.feature_dump #act: preparation.material_unmatched #minutes: 2]
    "I could take the over-80 part myself, Director. Our product slides cover it." # speaker: rep
    "Product slides. That's exactly what my residents will stop listening to." # speaker: liang # mood: annoyed
- -> meeting_format

=== meeting_format ===
He counts on his fingers. # speaker: narrator
"Now the practical side. Thursday evening at the Jinling Hotel, dinner after the talk. My doctors work late enough without giving up their lunch." # speaker: liang # objection: doctors_time
"And the three young doctors who present cases get a speaker fee: two thousand each. The other companies manage it." # speaker: liang
{difficulty > 1:
    "That's how it's done. If Hengkang can't manage it, another company will." # speaker: liang # mood: sceptical
}
* [Agree: it's how these meetings are done, and you'll find the budget #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    ~ owes_favour = true
    "Of course, Director, that's how these meetings are done. I'll book the Jinling and find the budget for the fees." # speaker: rep
    "Good. The private room on the third floor." # speaker: liang # mood: pleased
* [Say you'll have to check the budget with your manager #act: objections.evade #violation: improper_benefit #minutes: 1]
    ~ owes_favour = true
    "I'll need to check the budget with my manager, Director, and come back to you." # speaker: rep
    "Check, then. The others don't need to ask anyone. Tang will send you the menu." # speaker: liang # mood: sceptical
    To you it was a way out. To him it was a yes. # speaker: narrator
* [Offer a compromise: a cheaper restaurant across the road, and call the payments consultation fees, which is simpler on your side #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    ~ owes_favour = true
    "Perhaps a compromise, Director. The hotel is a bit much, but there's a good restaurant across the road. And we could call the payments consultation fees rather than speaker fees; it's simpler on our side." # speaker: rep
    He shrugs. # speaker: narrator
    "Call it what you like, as long as my people aren't out of pocket." # speaker: liang # mood: neutral
* [Decline the dinner and the fees; offer the teaching room at lunchtime, registered #act: compliance.declined #act: objections.acknowledge #act: relationship.professional_support #minutes: 2]
    "I understand, Director; nobody wants to give up an evening or a lunch hour. But a hotel dinner and fees for your doctors would be a benefit from a company to the department, and neither the hospital's rules nor Hengkang's allow it. It's also exactly what would look bad for you on the drug committee." # speaker: rep
    "What I can do properly: hold it in the department's teaching room at lunchtime, apply to the medical affairs office as the hospital requires, register it in Hengkang's system, and keep the sign-in sheet and slides on record. If the hospital allows it, a simple boxed lunch, nothing more. Your residents' case is part of your teaching programme, so there's no fee; speaker contracts are decided by our medical department, never by a rep." # speaker: rep
    He says nothing for a moment. # speaker: narrator
    "Teaching room, boxed lunch, registered." # speaker: liang
    He almost laughs. # speaker: narrator
    "Medical affairs will faint." # speaker: liang # mood: neutral
- -> support_for_use

=== support_for_use ===
He lowers his voice. # speaker: narrator
"Let's be practical. My department is the biggest user of Norvixa in this hospital, and it will grow if this meeting works. When it grows, what does Hengkang do for us?" # speaker: liang
* [Promise more support if the department's use grows: more meetings, and a place at the national congress if Norvixa use rises by a third this quarter #act: relationship.transactional #violation: sales_quota #minutes: 2]
    "Let me be practical too, Director. If cardiology's Norvixa use goes up by a third by the end of the quarter, I can get budget for more meetings like this one, and a place for you at the national congress." # speaker: rep
    The room goes quiet. Director Liang takes off his glasses. # speaker: narrator
    "I asked what Hengkang does for a department's academic work. You've just offered me a deal for prescriptions, in my office, with the door open. I sit on the drug committee. We're finished. Don't come back to this department until your manager has called me." # speaker: liang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
    -> END
* [Change the subject to the date of the meeting #act: objections.evade #violation: sales_quota #minutes: 1]
    ~ owes_favour = true
    "Shall we fix the date first, Director? Thursday the 21st, or the 28th?" # speaker: rep
    "The 21st. And I'll take it we understand each other." # speaker: liang # mood: neutral
    You said nothing. He has taken it for a yes. # speaker: narrator
* [Say support never depends on prescribing; offer the research route instead #act: compliance.declined #act: objections.defer_and_commit #act: relationship.professional_support #promise: iit_guidelines #minutes: 2]
    "I'll be straight with you, Director: nothing Hengkang does for a department depends on how much it prescribes, and I don't bring numbers into your office. If the meeting helps your patients, that's its whole purpose. If what you're after is the department's research, our medical department reviews applications for investigator-initiated studies through a formal process, separate from sales. I'll find out what it covers and send Ms Tang the guidelines and a contact by Friday." # speaker: rep
    "Separate from sales." # speaker: liang
    He repeats it as if testing the sound. # speaker: narrator
    "That's the right answer. A study of bleeding readmissions in our AF patients would do more for this department at the provincial level than another dinner." # speaker: liang # mood: pleased # need: academic_standing
- -> closing

=== closing ===
His phone buzzes: the ward. # speaker: narrator # phase: closing
"I have to go. Anything else?" # speaker: liang
* [Thank him and say you'll be in touch about the details #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Director. I'll be in touch about the details." # speaker: rep
    "Mm." # speaker: liang # mood: neutral
    He is already on his feet. # speaker: narrator
* [Ask him to remind his doctors to think of Norvixa for their AF patients before the meeting, so the cases are fresh #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    "One small thing, Director: before the meeting, could you remind your doctors to think of Norvixa for their AF patients?" # speaker: rep
    "I remind my doctors of the pathway. Not of brands." # speaker: liang # mood: annoyed
* ["Much obliged, Director. Let me run through what we agreed, and fix the date and the registration." #act: closing.summary #act: closing.thanks #act: closing.next_step #keeps: department_meeting #minutes: 2]
    ~ agreed = true
    "Much obliged, Director. Let me run through what we agreed." # speaker: rep
    {ae_reported:
        "I report the bleed to our pharmacovigilance today, and our safety colleague will contact Dr Zhang." # speaker: rep
    }
    {need_readmit:
        "The meeting is built around stopping the bleeds: the dose by renal function, monitoring, and what to do when an older patient bleeds, with a case from your residents." # speaker: rep
    }
    {owes_favour: "Dr Fang's outline reaches Ms Tang by Monday, and I'll arrange the rest as we discussed." | "It stays academic and on the record: the application goes to medical affairs this week, and Dr Fang's outline reaches Ms Tang by Monday."} # speaker: rep
    "Would Thursday the 21st at half past twelve suit you?" # speaker: rep
    -> confirm
- -> after_visit

=== confirm ===
{
- owes_favour:
    "The 21st. And the other things we talked about: don't make me remind you." # speaker: liang # mood: pleased
- rapport >= 90:
    "The 21st, half past twelve. I'll have Tang clear it. Send me Dr Fang's slides the day before." # speaker: liang # mood: pleased
    He walks you to the door. # speaker: narrator
    "Last year a rep agreed to everything I asked for, just to see what he would do. The discipline office banned him in March. You'll do." # speaker: liang
- else:
    "Send the outline to Tang. If it's what you say it is, we'll find a Thursday." # speaker: liang # mood: neutral
}
-> after_visit

=== after_visit ===
In the car park, before your next call, you open Director Liang's customer record on your phone. # speaker: narrator
* [Copy the bleeding case into his record too, so the account history is complete: her age, ward, bed and dates #act: records.profile_updated #violation: privacy #off_clock #minutes: 3]
    You type it all in: eighty-three, female, ward 1, bed 14, admission and discharge dates. The CRM accepts it without complaint. # speaker: narrator
* [Add your estimate of how many Norvixa patients each of his doctors has started, to plan your next calls #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 2]
    You add a small table: Dr Zhang about ten, Dr Chen about eight, the residents fewer. It feels like good territory planning. # speaker: narrator
* [Leave the profile for Friday and just rework your plan for the month around the meeting instead #act: records.review_done #off_clock #minutes: 2]
    You move the meeting into your monthly plan and push the rest of the profile to Friday. # speaker: narrator
* [Record what changed and what was agreed, no patient details; review your plan #act: records.profile_updated #act: records.review_done #off_clock #minutes: 10]
    You record what changed: bleeding readmissions now cost the department directly and drive his decisions, he wants dosing by renal function checked by his own pharmacist, and the department's research standing matters to him. You add what was agreed and what you owe him: the outline by Monday, the registration this week, the research guidelines by Friday. # speaker: narrator
    Then you review the month: what opened the door, where the director pushed, and where the line has to be drawn before the next visit rather than in the middle of it. You book a call with Dr Fang to finish the outline, and a reminder to check that the safety follow-up reached Dr Zhang. # speaker: narrator
- -> epilogue

=== epilogue ===
{
- owes_favour:
    Back at your desk you open Hengkang's meeting system and stop. There is no honest way to enter what he now expects from you: he heard a yes today. Tomorrow you will have to tell him, and your manager, that you can't deliver it. # speaker: narrator # ending: promises_you_cannot_keep
- not agreed:
    Two days later Ms Tang calls: the director wants to know what happened to "that meeting". You have no outline, no date and no registration to show her. # speaker: narrator # ending: loose_ends
- rapport >= 90:
    Medical affairs approves the application on Monday. On the 21st, thirty-one doctors sign in to the teaching room. The discussion runs fifteen minutes over, and nobody leaves. # speaker: narrator # ending: meeting_confirmed
- else:
    Ms Tang acknowledges the outline. The meeting is "under consideration"; you will need another visit to get a date. # speaker: narrator # ending: meeting_pending
}
-> END

=== patience_out ===
Director Liang stands up and reaches for his white coat. # speaker: narrator
"I have a ward to run. Send whatever you have to my secretary." # speaker: liang # mood: annoyed # ending: patience_exhausted
-> END
