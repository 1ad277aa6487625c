# title: Follow-up with Director Liang: organising a department meeting
# segment: director
# stage: follow_up
# lang: en
# customer: liang
# dimensions: preparation, relationship, solutions, objections, records, closing

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// A month after a first visit, the rep comes back to organise a department meeting with Hengkang's
// medical adviser. Director Liang asks for three things the rules forbid: individual doctors'
// prescription numbers, a hotel dinner with speaker fees, and support tied to the department's use.

VAR difficulty = 1
VAR rapport = 55
VAR patience = 60
VAR need_readmit = false
VAR ae_reported = false
VAR owes_favour = false
VAR agreed = false

~ patience = clamp(patience - 20 * (difficulty - 1))
-> prep_notes

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== prep_notes ===
Tuesday evening, the day before your follow-up with Director Liang Guowei, head of cardiology at Qinghe First People's Hospital. # speaker: narrator
A month ago, at your first visit, he agreed in principle to a department meeting for his doctors, "if it's academic, not an advert", and asked for two things: the full NAVIGATE-AF renal sub-study, and something his residents could use to choose the dose by kidney function. His secretary has given you twenty minutes tomorrow at half past four, after the department's DRG review. # speaker: narrator
{difficulty > 1:
    On the phone she added that the director is in a bad mood: the DRG figures were not good. # speaker: narrator
}
* [Set one objective, to get a date in his diary, and trust your memory for the rest #act: preparation.objective_set #minutes: 2]
    You write one line in your planner: "Department meeting: fix the date." You know the director well enough by now. # speaker: narrator
* [Re-read your notes from the first visit and the department's profile, and set objectives: topic and date, what has changed for him, and the hospital's registration #act: preparation.profile_reviewed #act: preparation.objective_set #minutes: 5]
    Your notes remind you: fifty-four, director for eight years, a member of the drug and therapeutics committee; worried about the drug cost share and anything that could look like a kickback; interested in readmissions under DRG payment and a provincial research grant. # speaker: narrator
    You write three objectives: agree the meeting's topic, date and format; find out what has changed for him in a month; have the meeting registered the way the hospital requires. # speaker: narrator
* [Print a one-page summary of Norvixa's selling points to leave on his desk #act: preparation.material_unmatched #minutes: 3]
    You print a glossy page of key messages: once daily, no routine monitoring, reimbursed. There is nothing on it about his department. # speaker: narrator
- -> prep_material

=== prep_material ===
Before bed you message Dr Fang Yun, Hengkang's medical adviser for the region, who would give the talk. # speaker: narrator
* [Ask Dr Fang to bring the standard national Norvixa slide deck; it is approved and ready #act: preparation.material_unmatched #minutes: 1]
    Dr Fang replies with a thumbs-up and the forty-slide launch deck. # speaker: narrator
* [Brief Dr Fang on the department and ask for a draft outline on anticoagulation in elderly AF patients with CKD #act: preparation.material_matched #minutes: 4]
    Before midnight Dr Fang sends a one-page draft: renal function and choice of dose, bleeding in the over-eighties, the provincial anticoagulation pathway, and time for a case discussion. # speaker: narrator
- -> reconnect

=== reconnect ===
Wednesday, half past four. The director's office on the seventh floor. In your bag: the renal sub-study and the residents' dosing card you promised, just back from Hengkang's medical review. # speaker: narrator # phase: reconnect
Director Liang is signing a stack of forms. A printout headed "DRG quarterly review: Cardiology" lies open on the desk, one line circled in red. # speaker: narrator
{difficulty > 1:
    "You have fifteen minutes, not twenty. The DRG meeting ran over." # speaker: liang # mood: sceptical
}
"Ah, Hengkang. Sit. Where are we?" # speaker: liang # mood: neutral
* [Thank him for the department's "support" for Norvixa this month and say you hope it continues #act: relationship.transactional #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "Director, first of all, thank you for the department's support. Norvixa has done really well in cardiology this month, and we hope that continues." # speaker: rep
    He puts down his pen. # speaker: narrator
    "Don't thank me for numbers. What my doctors prescribe is a clinical decision, and I sit on the drug committee. Be careful how you talk in this office." # speaker: liang # mood: annoyed
* [Ask how the provincial grant application he mentioned last time went #act: relationship.personal_care #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    "Before we start, Director: last time you were finishing the provincial grant application. Did it go in?" # speaker: rep
    "Submitted on the last day, like everyone else. We'll hear in the spring. You remembered." # speaker: liang # mood: pleased
* [Hand him what you promised last month: the renal sub-study and the residents' dosing card, reviewed by Hengkang's medical department #act: relationship.promise_kept #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "Last month you asked for two things, Director. Here is the full NAVIGATE-AF renal sub-study, and this is the draft dosing card for your residents: one side on estimating creatinine clearance by Cockcroft-Gault and choosing the dose, the other on renal monitoring. Our medical department has reviewed it, and there's no advertising on it." # speaker: rep
    He turns the card over twice and holds it under his glasses. # speaker: narrator
    "Reps usually promise and forget. Good." # speaker: liang # mood: pleased
- -> review_feedback

=== review_feedback ===
-> patience_check ->
He taps the circled line on the printout. # speaker: narrator # phase: review
"Your drug has been on our wards for a month now." # speaker: liang
* [Ask whether everyone is happy with Norvixa #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Is everyone happy with Norvixa so far, Director?" # speaker: rep
    "Happy." # speaker: liang
    He hands the word back to you like a coin he doesn't want. # speaker: narrator
    "Mostly. There was a bleed." # speaker: liang # mood: sceptical
* [Ask how the first patients have done: efficacy, bleeding, dosing, and what his doctors and patients find awkward in practice #act: solutions.feedback_collected #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "How have the first patients done, Director? I'd like to hear the problems as much as what worked: bleeding, dosing, anything your doctors or the patients find awkward." # speaker: rep
    "Ward 2 likes once a day. Dr Chen says her older patients manage it better than warfarin. The residents still hesitate over the dose. And there was a bleed." # speaker: liang # mood: neutral
- -> adverse_event

=== adverse_event ===
-> patience_check ->
"Eighty-three-year-old woman, creatinine clearance thirty-eight. The resident started her on 20 milligrams. Ten days later she came back through the emergency department with melaena, haemoglobin seventy-one. Two units of blood, Norvixa stopped, home on Monday. That's one of the readmissions on my DRG report." # speaker: liang
{difficulty > 1:
    "And before you quote the trial at me: I've read the trial." # speaker: liang # mood: sceptical
}
* [Point out that the resident gave the wrong dose for her kidneys, so it wasn't really the drug #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1 #claim: dose_renal]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "With respect, Director, at a clearance of thirty-eight the label dose is 10 milligrams once daily. So this was a dosing error rather than a problem with Norvixa." # speaker: rep
    "So it's my resident's fault and your drug is innocent. I'll tell the DRG office." # speaker: liang
    He looks at you over his glasses. # speaker: narrator
    "A patient bled on your drug. That's all she knows." # speaker: liang # mood: annoyed
* [Ask for her name, ID number and bed, so that Hengkang's safety team can contact the family directly #act: solutions.ae_escalated #violation: privacy #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    "That needs reporting, Director. Could I take down her name, ID card number and bed number, so that our safety team can contact the family directly?" # speaker: rep
    "Her ID number? You're a representative, not her doctor. No company contacts my patients' families. If your safety people need something, they talk to the treating doctor." # speaker: liang # mood: annoyed
* [Take it seriously: say you must report it to Hengkang's pharmacovigilance within 24 hours, ask only for what the report needs, and offer a safety colleague to follow up with the treating doctor #act: solutions.ae_escalated #minutes: 3 #claim: common_adverse_events]
    ~ rapport = clamp(rapport + 5)
    ~ ae_reported = true
    "Thank you for telling me, Director, and I'm sorry she went through that. Any suspected adverse reaction I hear of, I must report to Hengkang's pharmacovigilance within twenty-four hours. I don't need anything that identifies her: age and sex, the dose, her renal function, what happened and when, the treatment and the outcome, and the treating doctor as the contact. Our safety colleague may ask that doctor for follow-up details. Bleeding is the most common adverse reaction with Norvixa, as with any anticoagulant, which is exactly why every case matters." # speaker: rep
    He writes a name on a sticky note: the treating doctor's, not the patient's. # speaker: narrator
    "Dr Zhang Lei, ward 1. He'll expect the call. First time a rep has asked me for a report instead of giving me an excuse." # speaker: liang # mood: neutral
- -> reassess

=== reassess ===
-> patience_check ->
He pushes the DRG printout across the desk. # speaker: narrator # phase: deepen
"So. This meeting of yours." # speaker: liang
* [Confirm the renal dosing talk you discussed last month and move on to dates #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "So the renal dosing talk we discussed last month, Director? Then we just need a date." # speaker: rep
    "If you like." # speaker: liang # mood: neutral
    He pulls the printout back without explaining the red circle. # speaker: narrator
* [Tell him Dr Fang's standard Norvixa presentation is ready and can be given any week #act: preparation.material_unmatched #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 10)
    "Dr Fang has our standard Norvixa presentation ready, Director. She can give it any week that suits you." # speaker: rep
    "My doctors have seen your standard presentation. On your stand at the provincial congress." # speaker: liang # mood: sceptical
* [Before fixing the topic, ask what has changed for the department since last month and what the meeting must achieve for him #act: solutions.needs_reassessed #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    ~ need_readmit = true
    "Before we fix the topic: what has changed for you since last month, and what would this meeting have to achieve to be worth your doctors' time?" # speaker: rep
    He taps the red circle. # speaker: narrator
    "This has changed. Under DRG the hospital now charges every unplanned readmission within thirty days to the department. AF patients readmitted with bleeding: six last quarter, eleven this quarter, and your patient is one of them. Last month I wanted teaching material. Now I need my doctors to stop causing bleeds: choose the dose by the kidneys, check the kidneys again, and know what to do when an old patient bleeds." # speaker: liang # mood: neutral # need: bleeding_readmissions
- -> prescriptions_request

=== prescriptions_request ===
-> patience_check ->
He leans back in his chair. # speaker: narrator
"One more thing. You people know exactly who prescribes what. Tell me how many Norvixa prescriptions each of my doctors wrote last quarter. I want to see who's using it, and who's using it wrong." # speaker: liang
{difficulty > 1:
    "And don't hide behind rules. Every company has these numbers." # speaker: liang # mood: sceptical
}
* [Say it's a sensitive area, but you'll see what you can find out #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ owes_favour = true
    "That's a sensitive area, Director. Let me see what I can find out." # speaker: rep
    "Don't 'see'. Either you can or you can't. I'll take that as a yes." # speaker: liang # mood: sceptical
* [Agree: your distributor's data can give him the numbers doctor by doctor by next week #act: solutions.tailored #violation: prescription_tracking #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    ~ owes_favour = true
    "I can get that for you, Director. Our distributor's data go down to the prescribing doctor. I'll have the numbers for each of your doctors next week." # speaker: rep
    "Good. Send them to my phone, not my email." # speaker: liang # mood: pleased
* [Decline clearly and say why, then ask what he needs the numbers to tell him #act: objections.acknowledge #act: objections.explore #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "I understand why you want to know, Director, but I can't do that. Counting individual doctors' prescriptions, tongfang, is forbidden by the hospital and by the national rules for representatives, and Hengkang would dismiss me for it, rightly. I don't keep those numbers. May I ask what you want them to tell you? There may be a proper way to get there." # speaker: rep
    He studies you for a moment. # speaker: narrator
    "I want to know whether my doctors dose by the kidneys or by guesswork. Counting boxes wouldn't tell me that anyway." # speaker: liang # mood: neutral # need: dosing_audit
- -> meeting_content

=== meeting_content ===
-> patience_check ->
"All right. What would your Dr Fang actually talk about?" # speaker: liang
* {need_readmit} [Build the meeting around his readmissions: dosing by renal function, monitoring, bleeding in the over-eighties and the provincial pathway; a case from his residents; the dosing card; and a dosing review by his own clinical pharmacist #act: solutions.tailored #act: relationship.value_content #minutes: 4 #claim: guideline #claim: dose_renal #claim: renal_monitoring #claim: elderly_subgroup]
    ~ rapport = clamp(rapport + 10)
    "Then let's build it around your readmissions. Dr Fang takes forty minutes on anticoagulation in elderly AF patients with CKD. First, the 2025 provincial anticoagulation pathway, which prefers factor Xa inhibitors to warfarin for eligible patients. Then the dose by Cockcroft-Gault: for Norvixa, 10 milligrams once daily at a clearance of 30 to 49, and not recommended below 30. Renal function checked before starting and more often than once a year in the over-seventy-fives. And the bleeding data in the over-eighties: major bleeding 4.1 against 5.0 per cent a year on warfarin, but GI bleeding numerically higher, 1.9 against 1.6. Then twenty minutes on a real case, presented by one of your residents: what to do when an elderly patient bleeds. Every doctor leaves with the dosing card." # speaker: rep
    "And if you want to know who doses by the kidneys, your own clinical pharmacist could review the department's AF discharges against the label. The hospital's data, in the hospital's hands." # speaker: rep
    "A pharmacist's audit. The quality office would love that, and it's clean." # speaker: liang
    He writes it down. # speaker: narrator
    "And a case my residents present themselves. That, they'll remember." # speaker: liang # mood: pleased
* [Propose a broad update on anticoagulation in AF from Dr Fang, with the new provincial pathway #act: relationship.value_content #minutes: 2 #claim: guideline]
    ~ rapport = clamp(rapport + 5)
    "Dr Fang could give a broad update on anticoagulation in AF, Director: the 2025 provincial pathway, which prefers factor Xa inhibitors to warfarin for eligible patients, and the recent trial data." # speaker: rep
    "A broad update. They get one of those every month from somebody." # speaker: liang # mood: neutral
* [Offer to present Norvixa's key features yourself, with Dr Fang taking questions #act: value.feature_dump #act: preparation.material_unmatched #minutes: 2]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 10)
    "I could present Norvixa's key features myself, Director: once daily, no routine monitoring, reimbursed. Then Dr Fang takes the questions." # speaker: rep
    "I said academic, not an advert. My doctors can read a leaflet." # speaker: liang # mood: annoyed
- -> meeting_format

=== meeting_format ===
-> patience_check ->
He counts on his fingers. # speaker: narrator
"Now the practical side. Thursday evening at the Jinling Hotel, dinner after the talk. My doctors work late enough without giving up their lunch. And the three young doctors who present cases get a speaker fee: two thousand each. The other companies manage it." # speaker: liang
{difficulty > 1:
    "That's how it's done. If Hengkang can't manage it, another company will." # speaker: liang # mood: sceptical
}
* [Agree: it's how these meetings are done, and you'll find the budget #act: relationship.professional_support #violation: improper_benefit #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    ~ owes_favour = true
    "Of course, Director, that's how these meetings are done. I'll book the Jinling and find the budget for the fees." # speaker: rep
    "Good. The private room on the third floor." # speaker: liang # mood: pleased
* [Say you'll have to check the budget with your manager #act: objections.evade #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 10)
    ~ owes_favour = true
    "I'll need to check the budget with my manager, Director, and come back to you." # speaker: rep
    "Check, then. The others don't need to ask anyone." # speaker: liang # mood: sceptical
* [Offer a compromise: a cheaper restaurant across the road, and call the payments consultation fees #act: relationship.professional_support #violation: improper_benefit #minutes: 2]
    ~ owes_favour = true
    "Perhaps a compromise, Director. The hotel is a bit much, but there's a good restaurant across the road. And we could call the payments consultation fees rather than speaker fees; it's simpler on our side." # speaker: rep
    He shrugs. # speaker: narrator
    "Call it what you like, as long as my people aren't out of pocket." # speaker: liang # mood: neutral
* [Decline the dinner and the fees and explain why; propose the department's teaching room, registration with the hospital, and at most a simple working lunch if the rules allow #act: objections.acknowledge #act: relationship.professional_support #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    "I understand, Director; nobody wants to give up an evening or a lunch hour. But a hotel dinner and fees for your doctors would be a benefit from a company to the department, and neither the hospital's rules nor Hengkang's allow it. It's also exactly what would look bad for you on the drug committee." # speaker: rep
    "What I can do properly: hold it in the department's teaching room at lunchtime, apply to the medical affairs office as the hospital requires, register it in Hengkang's system, and keep the sign-in sheet and slides on record. If the hospital allows it, a simple boxed lunch, nothing more. Your residents' case is part of your teaching programme, so there's no fee; speaker contracts are decided by our medical department, never by a rep." # speaker: rep
    He says nothing for a moment. # speaker: narrator
    "Teaching room, boxed lunch, registered." # speaker: liang
    He almost laughs. # speaker: narrator
    "Medical affairs will faint." # speaker: liang # mood: neutral
- -> support_for_use

=== support_for_use ===
-> patience_check ->
He lowers his voice. # speaker: narrator
"Let's be practical. My department is the biggest user of Norvixa in this hospital, and it will grow if this meeting works. When it grows, what does Hengkang do for us?" # speaker: liang
* [Promise more support if the department's use grows: more meetings, and a place at the national congress if Norvixa use rises by a third this quarter #act: relationship.transactional #violation: sales_quota #minutes: 2]
    -> asked_to_leave
* [Change the subject to the date of the meeting #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10)
    "Shall we fix the date first, Director? Thursday the 21st, or the 28th?" # speaker: rep
    "You didn't answer my question." # speaker: liang # mood: sceptical
* [Say plainly that Hengkang's support never depends on prescribing, and offer the formal route for what he is really after: the medical department's process for investigator-initiated research #act: objections.defer_and_commit #act: relationship.professional_support #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "I'll be straight with you, Director: nothing Hengkang does for a department depends on how much it prescribes, and I don't bring numbers into your office. If the meeting helps your patients, that's its whole purpose. If what you're after is the department's research, our medical department reviews applications for investigator-initiated studies through a formal process, separate from sales. I'll find out what it covers and send your secretary the guidelines and a contact by Friday." # speaker: rep
    "Separate from sales." # speaker: liang
    He repeats it as if testing the sound. # speaker: narrator
    "That's the right answer. A study of bleeding readmissions in our AF patients would do more for this department at the provincial level than another dinner." # speaker: liang # mood: pleased # need: academic_standing
- -> closing

=== asked_to_leave ===
"Let me be practical too, Director. If cardiology's Norvixa use goes up by a third by the end of the quarter, I can get budget for more meetings like this one, and a place for you at the national congress." # speaker: rep
The room goes quiet. Director Liang takes off his glasses. # speaker: narrator
"I asked what Hengkang does for a department's academic work. You've just offered me a deal for prescriptions, in my office, with the door open. I sit on the drug committee. We're finished. Don't come back to this department until your manager has called me." # speaker: liang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
-> patience_check ->
His phone buzzes: the ward. # speaker: narrator # phase: closing
"I have to go. Anything else?" # speaker: liang
* [Thank him and say you'll be in touch about the details #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Director. I'll be in touch about the details." # speaker: rep
    "Mm." # speaker: liang # mood: neutral
    He is already on his feet. # speaker: narrator
* [Ask him to remind his doctors to think of Norvixa for their AF patients before the meeting #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    "One small thing, Director: before the meeting, could you remind your doctors to think of Norvixa for their AF patients?" # speaker: rep
    "I remind my doctors of the pathway. Not of brands." # speaker: liang # mood: annoyed
* [Summarise what you agreed, thank him, and set the next steps: outline to his secretary by Monday, registration filed this week, a date for the meeting #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 2]
    ~ agreed = true
    "Thank you, Director. Let me sum up what we agreed." # speaker: rep
    {ae_reported:
        "I'll report the bleed to our pharmacovigilance today, and our safety colleague will contact Dr Zhang." # speaker: rep
    }
    {need_readmit:
        "The meeting is built around your bleeding readmissions: the dose by renal function, monitoring, and what to do when an older patient bleeds, with a case from your residents." # speaker: rep
    }
    {owes_favour: "Dr Fang's outline reaches your secretary by Monday, and I'll arrange the rest as we discussed." | "It stays academic and on the record: the application goes to medical affairs this week, and Dr Fang's outline reaches your secretary by Monday."} # speaker: rep
    "Would Thursday the 21st at half past twelve suit you?" # speaker: rep
    -> confirm
- -> after_visit

=== confirm ===
{
- owes_favour:
    "The 21st. And the other things we talked about: don't make me remind you." # speaker: liang # mood: pleased
- rapport >= 70 + 10 * (difficulty - 1):
    "The 21st, half past twelve. I'll have my secretary clear it. Send me Dr Fang's slides the day before." # speaker: liang # mood: pleased
    He walks you to the door. # speaker: narrator
    "Last year a rep agreed to everything I asked for, just to see what he would do. The discipline office banned him in March. You'll do." # speaker: liang
- else:
    "Send the outline to my secretary. If it's what you say it is, we'll find a Thursday." # speaker: liang # mood: neutral
}
-> after_visit

=== after_visit ===
In the car park, before your next call, you open Director Liang's customer record on your phone. # speaker: narrator
* [Copy the bleeding case into his record too, so the account history is complete: her age, ward, bed and dates #act: records.profile_updated #violation: privacy #minutes: 3]
    You type it all in: eighty-three, female, ward 1, bed 14, admission and discharge dates. The CRM accepts it without complaint. # speaker: narrator
* [Add your estimate of how many Norvixa patients each of his doctors has started, to plan your next calls #act: records.profile_updated #violation: prescription_tracking #minutes: 2]
    You add a small table: Dr Zhang about ten, Dr Chen about eight, the residents fewer. It feels like good territory planning. # speaker: narrator
* [Leave the profile for Friday and just rework your plan for the month around the meeting #act: records.review_done #minutes: 2]
    You move the meeting into your monthly plan and push the rest of the profile to Friday. # speaker: narrator
* [Update his profile with what changed and what was agreed, with no patient details, then review your plan for the department #act: records.profile_updated #act: records.review_done #minutes: 5]
    You record what changed: bleeding readmissions under DRG now drive his decisions, he wants dosing by renal function checked by his own pharmacist, and the department's research standing matters to him. You add what was agreed and what you owe him: the outline by Monday, the registration this week, the research guidelines by Friday. # speaker: narrator
    Then you review the month: what opened the door, where the director pushed, and where the line has to be drawn before the next visit rather than in the middle of it. You book a call with Dr Fang to finish the outline, and a reminder to check that the safety follow-up reached Dr Zhang. # speaker: narrator
- -> epilogue

=== epilogue ===
{
- owes_favour:
    Back at your desk you open Hengkang's meeting system and stop. There is no honest way to enter what he now expects from you: he heard a yes today. Tomorrow you will have to tell him, and your manager, that you can't deliver it. # speaker: narrator # ending: promises_you_cannot_keep
- not agreed:
    Two days later the department secretary calls: the director wants to know what happened to "that meeting". You have no outline, no date and no registration to show her. # speaker: narrator # ending: loose_ends
- rapport >= 70 + 10 * (difficulty - 1):
    Medical affairs approves the application on Monday. On the 21st, thirty-one doctors sign in to the teaching room. The discussion runs fifteen minutes over, and nobody leaves. # speaker: narrator # ending: meeting_confirmed
- else:
    His secretary acknowledges the outline. The meeting is "under consideration"; you will need another visit to get a date. # speaker: narrator # ending: meeting_pending
}
-> END

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== patience_out ===
Director Liang stands up and reaches for his white coat. # speaker: narrator
"I have a ward to run. Send whatever you have to my secretary." # speaker: liang # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
