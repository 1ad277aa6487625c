# title: By the hospital's rules: getting in to see Dr Zhao Peng, emergency department
# segment: clinician
# stage: appointment
# setting: office
# lang: en
# customer: zhao
# dimensions: access, preparation, discovery, value, relationship, closing, records
# leaves_to: patience_out

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional; so is the hospital's rulebook below.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// What the story teaches is real practice: under the NMPA's filing measures for medical representatives
// (医药代表备案管理办法（试行）, in force from 1 December 2020) a representative shows the filing record when
// a hospital asks, and a hospital may refuse one who cannot; many hospitals receive representatives only at
// set times, in set places, by set people (三定), with sign-in and a visitor badge; and a department meeting
// with a company is approved by the medical affairs office (医务处) before it is held.
// The hospital's rules here: representatives on Tuesday and Thursday, 14:00-16:00; sign-in, filing record and
// badge at the desk on the ground floor of the administration building; the emergency department receives
// them only in its second-floor teaching room, through its secretary, Ms Qian; a department meeting with a
// company needs the medical affairs office's approval, applied for at least ten working days ahead.
// The engine plays Dr Zhao (cast.ts: rapport 55, patience 45, every minute costs him 1.5). Before he meets
// the rep, his rapport stands for what reaches him: his own messages, and what Ms Qian and the desk tell him.
// Moves away from him are # off_clock; the fifteen minutes he grants are the teaching room's.

VAR difficulty = 1
VAR rapport = 55
VAR ready = false
VAR need_found = false
VAR form_today = false
VAR booked = false

-> prep

=== prep ===
Monday evening, at home. Last Friday, at the hospital's anticoagulation update, Dr Zhao Peng from the emergency department found you at the coffee urn: his juniors, he said, need a proper session on patients who bleed on anticoagulants. # speaker: narrator # phase: approach
Tonight he sends a WeChat message: "Come by Wednesday morning, 9ish, doctors' office, after the round. We'll sort the session out. The director's easy." # speaker: narrator
Your manager forwarded the hospital's revised rules for receiving representatives last week. The attachment is still unopened. # speaker: narrator
* [Reread your notes from Friday, pack the label and the bleeding card, and note what you want from him #act: preparation.profile_reviewed #act: preparation.material_matched #act: preparation.objective_set #off_clock #minutes: 20]
    Your notes from Friday: emergency department, ninety thousand visits a year; he sees anticoagulated patients on their worst nights. The prescribing information and the approved bleeding management card go into your bag. # speaker: narrator
    You write: "Aim: agree the session for his juniors." The hospital's rules stay in your inbox. # speaker: narrator
* [Read the hospital's rules, save your filing record, pack the bleeding card and note your aim #act: preparation.profile_reviewed #act: preparation.material_matched #act: preparation.objective_set #off_clock #minutes: 30]
    ~ ready = true
    The rules are four pages. Representatives are received on Tuesdays and Thursdays, two to four, and only in each department's designated room: for the emergency department, the teaching room on the second floor, arranged through the department secretary, Ms Qian. Never in resuscitation, observation or the doctors' office. # speaker: narrator
    Every visit starts at the desk in the administration building: sign in, show your representative filing record, wear the visitor badge, sign out. A department meeting with any company needs the medical affairs office's approval, applied for at least ten working days ahead, with the topic, the speaker and the slides. # speaker: narrator
    You open Hengkang's filing page on the national platform and save your record to your phone. The approved bleeding management card and the prescribing information go into your bag. You write: "Aim: fifteen minutes with Dr Zhao in the teaching room; start the medical affairs application for his juniors' session." # speaker: narrator
* [Pack the full detail aid and a stack of brochures for his juniors, and leave the rules for the weekend #act: preparation.material_unmatched #off_clock #minutes: 5]
    Forty brochures and the detail aid. Stroke prevention, smiling grandparents, the Suzhou factory. Nothing on what an emergency doctor does when a patient bleeds. # speaker: narrator
- -> reply

=== reply ===
{ready:
    Wednesday is not a reception day, and the doctors' office is not a reception room. # speaker: narrator
- else:
    Wednesday morning suits you. # speaker: narrator
}
How do you answer him? # speaker: narrator
* [Thank him; ask for Thursday at two in the teaching room instead, fifteen minutes #act: access.clear_appointment #off_clock #minutes: 2]
    "Thank you, Dr Zhao! Could we make it Thursday at two, in the ED teaching room? That's where the hospital receives representatives now. Fifteen minutes is all I need." # speaker: rep
    {ready:
        "Ha. You've read the new rules. Nobody reads the new rules. Thursday, two. I'll tell Qian." # speaker: zhao # mood: pleased
    - else:
        "Teaching room, two, Thursday. Fine. Qian will put you on her list." # speaker: zhao # mood: neutral
    }
* [Say you'll be there at nine, and will only need two minutes between patients #act: access.cold_drop_in #violation: clinical_area_intrusion #off_clock #minutes: 1]
    -> wednesday
* [Ask when he has a quiet moment on Wednesday morning; you'll wait outside the department doors #act: access.cold_drop_in #off_clock #minutes: 1]
    "Whenever you have a quiet moment on Wednesday, Dr Zhao. I'll wait outside the department, no problem." # speaker: rep
    An hour later: "Qian says reps on Thursdays now, teaching room, two o'clock. Don't hang around outside. People notice." # speaker: zhao # mood: sceptical
- -> desk

=== wednesday ===
"See you at nine, Dr Zhao. Two minutes between patients, I promise." # speaker: rep
Wednesday, 09:10. The doctors' office behind the emergency department's observation bay. A junior is phoning a relative about a CT result; Dr Zhao waves you in with his pen. # speaker: narrator
You are explaining the session when the head nurse looks in. "A representative, in here, in the middle of the morning? Whose visitor are you? You're not signed in." # speaker: narrator
Dr Zhao stops smiling. "My fault. Sorry, Hengkang. Go through Qian, teaching room, Thursdays. That's how it works now." # speaker: zhao # mood: annoyed
That afternoon the department secretary adds your name to the list she sends to the medical affairs office. # speaker: narrator # end_visit: asked_to_leave # ending: reported_to_medical_affairs
-> END

=== desk ===
Thursday, 13:45. The ground floor of the administration building. At the desk marked "Pharmaceutical representatives: registration", six representatives are queuing in front of a clerk with a sign-in book and a box of visitor badges. # speaker: narrator
Your phone buzzes. Dr Zhao: "Free now. Skip the queue and come straight up to the doctors' office, it's quicker." # speaker: narrator
* {ready} [Queue, sign in, show your filing record, clip on the badge; text him: teaching room at two #act: access.clear_appointment #off_clock #minutes: 10]
    You text: "Signing in downstairs. See you in the teaching room at two, as agreed." # speaker: rep
    When your turn comes, the clerk checks your filing record against the platform, writes "Hengkang, Norvixa, Emergency, Dr Zhao, 14:00" in the book and hands you badge 17. # speaker: narrator
* {not ready} [Queue, sign in, and when she asks for your filing record, ask her to look it up; text him you'll be late #act: access.clear_appointment #rapport: -5 #off_clock #minutes: 20]
    You text: "Signing in downstairs, I may be a few minutes late." # speaker: rep
    "Filing record?" You did not bring it. The clerk sighs, finds Hengkang on the platform and searches for your name while the queue grows behind you. At 14:08 she hands you badge 17. "Next time, have it ready. Without a record, we don't let you in." # speaker: narrator
* [Text back you'll come straight up and sign in on the way out; he's the one who asked #act: access.cold_drop_in #violation: clinical_area_intrusion #off_clock #minutes: 1]
    -> no_badge
* [Clip your company lanyard inside your jacket and go up the patients' stairs with the visitors #act: access.cold_drop_in #violation: undisclosed_identity #off_clock #minutes: 1]
    -> no_badge
- -> teaching_room

=== no_badge ===
Two minutes later you are in the emergency department's doctors' office, without a badge. # speaker: narrator
Ms Qian, the department secretary, looks up from the duty roster. "Hengkang? You're on my list for two o'clock, in the teaching room. Have you signed in? Where is your badge?" # speaker: secretary
She rings the desk downstairs. Nobody called Hengkang has signed in. # speaker: narrator
"Dr Zhao, I'm sorry, I have to report this. The rules apply to every company." # speaker: secretary
Dr Zhao shrugs at you, no longer joking. "She's right. I shouldn't have told you to skip it, and you shouldn't have listened." # speaker: zhao # mood: annoyed # end_visit: asked_to_leave # ending: reported_to_medical_affairs
-> END

=== teaching_room ===
The second-floor teaching room: a long table, a projector, a whiteboard with last week's ECG quiz still on it. # speaker: narrator # phase: request
At two minutes past two Dr Zhao comes in, in scrubs, with a paper cup of tea. # speaker: narrator
"Sorry. A GI bleed in resus. Fifteen minutes, Hengkang, then I'm back down." # speaker: zhao # mood: neutral # time_granted: 15
* [Thank him, and ask what his juniors find hardest when a patient bleeds #act: discovery.open_question #minutes: 2]
    ~ need_found = true
    "Thank you for coming up straight from resus. Before we plan anything: when a patient on an anticoagulant comes in bleeding, what do your juniors find hardest?" # speaker: rep
    "Not knowing what the patient is on, when he took it, and what they're allowed to do about it. They freeze, then they ring me at three in the morning. I want them to have the first ten minutes in their heads." # speaker: zhao # mood: pleased # need: junior_bleeding_training
    -> listen
* ["Thank you for coming up. So, from Friday: a session for your juniors on bleeding patients, soon. Have I understood?" #act: closing.thanks #act: closing.summary #rapport: -5 #minutes: 2]
    "Thank you for coming up. So, from Friday: you'd like a session for your juniors on bleeding patients, and you'd like it soon. Have I understood?" # speaker: rep
    "Yes, that's what I said on Friday. I know what I said." # speaker: zhao # mood: neutral
* [Ask whether his juniors mostly see bleeds on warfarin or on the newer drugs #act: discovery.closed_question #minutes: 1]
    "Do your juniors mostly see bleeds on warfarin, or on the newer drugs?" # speaker: rep
    "Both. Every night." # speaker: zhao # mood: neutral
- -> proposal

=== listen ===
"And the phone calls. Pharmacy says one thing, haematology another, the textbook a third. By the time they've decided, the patient's had two units." # speaker: zhao
* [Play it back: a clear first ten minutes, and one place to check what's approved #act: discovery.active_listening #minutes: 2]
    "So they need two things: a clear sequence for the first ten minutes, and one place to check what is and isn't approved for the drug in front of them. Not four phone calls." # speaker: rep
    "Exactly. And taught by someone who'll say 'we don't know' when it's true." # speaker: zhao # mood: pleased
* [Jump in: the Norvixa bleeding card already answers exactly that question for them #act: discovery.interrupt #minutes: 1]
    "That's exactly what our bleeding card is for, Dr Zhao. It's all on one..." # speaker: rep
    "For Norvixa. They see twelve different drugs a night." # speaker: zhao # mood: sceptical
* [Ask whether the juniors have had any teaching on bleeding patients this year #act: discovery.closed_question #minutes: 1]
    "Have they had any teaching on it this year?" # speaker: rep
    "No." # speaker: zhao # mood: neutral
- -> proposal

=== proposal ===
He puts his tea down. # speaker: narrator
"So here's the plan. Next Wednesday, half past twelve, the seminar room downstairs. Your medical person talks bleeds for half an hour, you bring lunch for thirty. I asked the director in the lift on Monday, he said fine. No paperwork, done." # speaker: zhao
* [Say you'll gladly help, and what the label says, but medical affairs comes first and no lunch #act: compliance.declined #act: relationship.professional_support #act: value.need_linked #links: junior_bleeding_training #act: value.evidence_cited #claim: bleeding_management #minutes: 2]
    "I'd be glad to help. Our medical adviser can take them through what the label says: stop Norvixa, supportive care, treat the source; a half-life of nine to thirteen hours, longer with poor kidneys; no approved specific reversal agent, and anything beyond that goes to Medical Information. But a department meeting with a company needs the medical affairs office's approval first, ten working days ahead, and Hengkang can't bring lunch." # speaker: rep
    "Ten working days. For half an hour of teaching." # speaker: zhao # mood: sceptical
* [Agree to Wednesday, and say you'll send medical affairs the form afterwards, as a formality #act: relationship.professional_support #violation: clinical_area_intrusion #minutes: 1]
    "Wednesday it is. I'll send the form to medical affairs afterwards; it's only a formality." # speaker: rep
    -> unapproved
* [Suggest doing it over dinner at the hotpot place instead, so that the director can come along too #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    "Why not make it an evening? The hotpot place on Jiefang Road, the director too. Much more relaxed than a seminar room." # speaker: rep
    "Hotpot with the director and a drug company. The last rep who did that is banned from the building." # speaker: zhao # mood: annoyed
    "Forget the session for now." # speaker: zhao # end_visit: asked_to_leave # ending: session_refused
    -> END
* [Say Wednesday is fine, and you'll ask your manager about a budget for the lunch #act: relationship.professional_support #violation: improper_benefit #minutes: 1]
    "Wednesday is fine. I'll ask my manager about a budget for the lunch." # speaker: rep
    "Great. Lunch for thirty, then." # speaker: zhao # mood: pleased
    You meant it as a way out. He heard a yes, and so will thirty juniors. # speaker: narrator
    -> unapproved
- -> process

=== unapproved ===
"Perfect. Wednesday, then. Paperwork afterwards." # speaker: zhao # mood: pleased
On Tuesday Ms Qian books the seminar room and, as every booking requires, copies the medical affairs office. The office calls Hengkang's compliance department the same afternoon: a company event in a clinical department, with no application on file. # speaker: narrator
The session is cancelled. Dr Zhao's name is in the office's note as well as yours. # speaker: narrator # end_visit: asked_to_leave # ending: reported_to_medical_affairs
-> END

=== process ===
{difficulty > 1:
    He checks his pager. # speaker: narrator
}
"And medical affairs will sit on it. The Trombexa rep never bothers with forms." # speaker: zhao # mood: sceptical
* {ready} [Offer to fill in Hengkang's part of the form now and leave it with Ms Qian by four #act: relationship.professional_support #act: relationship.value_content #minutes: 2]
    ~ form_today = true
    "Then let's start the clock today. The application form is an appendix to the hospital's rules; I have it here. I'll fill in Hengkang's part now: the topic, our medical adviser as speaker, no catering. Ms Qian gets it by four with the draft slides and, for the juniors' reading, the provincial pathway's chapter on bleeding. The director only has to sign." # speaker: rep
    "By four. All right, that I can live with." # speaker: zhao # mood: neutral
* {not ready} [Say you'll ask Ms Qian for the medical affairs form and bring it back next week #act: relationship.professional_support #minutes: 1]
    "I'll ask Ms Qian for the medical affairs form on my way out and bring it back filled in next week." # speaker: rep
    "Next week. Then it's the week after, then it's the week after that." # speaker: zhao # mood: sceptical
* [Promise to help with whatever his juniors need, and ask how his night shifts are going #act: relationship.professional_support #act: relationship.personal_care #minutes: 3]
    "Whatever your juniors need, we'll help. And how are you holding up? Ms Qian says you've done five nights in a row." # speaker: rep
    "Four. I'm fine. So who's doing this form?" # speaker: zhao # mood: neutral
* [Tell him the Trombexa rep is taking a risk, and the hospital will catch up with him #act: relationship.transactional #minutes: 1]
    "Honestly, Dr Zhao, the Trombexa rep is taking a big risk. Sooner or later the hospital will catch up with him." # speaker: rep
    "Not my problem, and not yours." # speaker: zhao # mood: annoyed
- -> confirm

=== confirm ===
His pager goes. He stands up. # speaker: narrator # phase: confirm
"Right. What have we got?" # speaker: zhao
{
- form_today && need_found && rapport >= 80:
    ~ booked = true
- else:
    ~ booked = false
}
* {booked} [Confirm it back: the form by four, a date once approved, and thank him #act: closing.summary #act: closing.next_step #act: closing.thanks #minutes: 1]
    "So: I'll leave the form with Ms Qian by four. Once medical affairs approves it, she proposes a Wednesday, and our medical adviser does thirty minutes on the first ten minutes with a bleeding patient. Thank you for coming up, Dr Zhao." # speaker: rep
    "Good. And next time, same room, same rules." # speaker: zhao # mood: pleased
* {not booked} [Thank him, and say you'll send him the session outline through Ms Qian #act: closing.thanks #act: closing.next_step #minutes: 1]
    "Thank you for coming up, Dr Zhao. I'll send the outline for the session through Ms Qian." # speaker: rep
    "Fine. Through Qian." # speaker: zhao # mood: neutral
* [Ask him, before he goes, whether he'd try Norvixa in his next AF patients #act: closing.no_next_step #act: relationship.transactional #minutes: 1]
    "Before you go: would you consider Norvixa for your next AF patients?" # speaker: rep
    "I stop anticoagulants, Hengkang, I don't start them. You came up for the session." # speaker: zhao # mood: annoyed
* [Offer to walk down to resus with him and go through the session on the way #act: access.cold_drop_in #minutes: 1]
    "I'll walk down with you, and we can go through the session on the way." # speaker: rep
    "Not into resus, you won't. Badge or no badge." # speaker: zhao # mood: annoyed
- -> records

=== records ===
14:20. You sign out at the desk, hand back badge 17 and sit down in the car. # speaker: narrator
* [Update his card with the Thursday slot, Ms Qian, the application and what his juniors need #act: records.profile_updated #act: records.review_done #off_clock #minutes: 5]
    You write: "Receives reps Thursdays 14:00, ED teaching room, via Ms Qian. Never the doctors' office.{need_found: Juniors need the first ten minutes with a bleeding patient on an anticoagulant.}{form_today: Medical affairs application left with Ms Qian today.}" Under "plan": "Filing record saved on phone; check before every visit." # speaker: narrator
* [Add to his card which of his juniors seem to prescribe Trombexa, for the session's invitation list #act: records.profile_updated #violation: prescription_tracking #off_clock #minutes: 5]
    You write three names and, next to each, "Trombexa?", from what you overheard in the lift. A record of who prescribes what, in a system your whole region can open. # speaker: narrator
* [Type one line, "ED session in progress", and drive to your next call #act: records.profile_updated #off_clock #minutes: 1]
    "ED session in progress." Nothing about the Thursday slot, Ms Qian or the form. Next month you will have to find it all out again. # speaker: narrator
- -> outcome

=== outcome ===
{
- booked:
    Nine working days later the medical affairs office approves the application. Ms Qian proposes the Wednesday after next, 12:30, in the teaching room, sign-in sheet at the door. # speaker: narrator # ending: session_approved
- form_today:
    The application goes in. Three days later medical affairs sends it back: the topic says "bleeding" and nothing more, and the office wants learning objectives and the department's reason for the session. Ms Qian says to ask again in a fortnight. # speaker: narrator # ending: application_pending
- else:
    The form sits on nobody's desk. Dr Zhao will see you again, in the teaching room, on a Thursday, if you ask. # speaker: narrator # ending: slot_only
}
-> END

=== patience_out ===
{teaching_room:
    Dr Zhao's pager goes twice. He is on his feet before he has read it. # speaker: narrator
    "Sorry, Hengkang, resus. Book another Thursday with Qian." # speaker: zhao # mood: annoyed # ending: patience_exhausted
- else:
    A last WeChat from Dr Zhao: "Forget it for now. Book a Thursday with Qian when you're ready." # speaker: zhao # mood: annoyed # ending: patience_exhausted
}
-> END
