# title: Follow-up with Dr Chen Jing: the leaflets, and something in passing
# segment: clinician
# stage: follow_up
# setting: office
# dimensions: relationship, solutions, records
# lang: en
# customer: chen
# leaves_to: patience_out
# assumes: need:ward_dosing_tools, need:readable_leaflets, need:post_discharge_bleeding, promise:dosing_card, promise:patient_leaflets

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional, and so are the patients.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// Follows clinician-first-visit-chen (needs ward_dosing_tools, readable_leaflets, post_discharge_bleeding;
// promises dosing_card, patient_leaflets). Another follow-up may already have delivered the leaflets.
// The engine plays Dr Chen and writes rapport, patience and customer_state; this story only reads them.
// Adverse events heard of here: nosebleed_bruising (in passing) and haematuria. Either is reported by any
// later move that escalates; never escalating fails the visit on ae_unreported.

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 55
VAR patience = 55
VAR customer_state = "guarded"
VAR leaflets_owed = false
VAR leaflets_sent = false
VAR cards_owed = false
VAR nose_heard = false
VAR nose_noted = false
VAR heard_count = false
VAR reported = false
VAR ae_open = false
VAR need_calls = false
VAR leaked = false
VAR pushed = false
VAR wavered = false

-> reconnect

=== function remembers(id) ===
~ return false

=== function promise_open(id) ===
~ return false

=== reconnect ===
~ leaflets_owed = promise_open("patient_leaflets")
~ leaflets_sent = remembers("patient_leaflets") && not leaflets_owed
~ cards_owed = promise_open("dosing_card")
Monday, 10:40, two weeks after your first visit. The doctors' office on cardiology ward 2. # speaker: narrator # phase: reconnect
{
- leaflets_owed:
    Under your arm is a box of fifty large-print patient booklets, approved by Hengkang's medical department last Wednesday: the leaflets you promised Dr Chen. # speaker: narrator
- leaflets_sent:
    Dr Chen has had the large-print booklet for a week: you sent her the approved file the day it came out. Under your arm is a box of fifty printed copies for her Thursday sessions. # speaker: narrator
- else:
    Under your arm is a box of fifty large-print patient booklets, approved by Hengkang's medical department last Wednesday. At your first visit Dr Chen told you her older patients couldn't read the leaflets they were given. # speaker: narrator
}
{cards_owed:
    In your folder are the laminated dosing cards you promised for her residents. # speaker: narrator
- else:
    In your folder is a fresh stack of laminated dosing cards for the residents who joined the ward this month. # speaker: narrator
}
{difficulty > 1:
    "Oh, it's you. Make it quick, we've had three admissions since seven." # speaker: chen # mood: sceptical
- else:
    "Ah, the Hengkang rep! You actually came back." Dr Chen waves you in with her pen. # speaker: chen # mood: pleased
}
* {leaflets_owed} [Hand her what you promised, and ask how last Thursday's session went #act: relationship.promise_kept #act: relationship.personal_care #keeps: patient_leaflets #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    "As promised: fifty large-print booklets, with the bleeding warning signs in plain words on page four. {cards_owed:And the dosing cards for your residents.|And a few more dosing cards for the new residents.} How did last Thursday's session go? You said Xiao Zhang and Xiao He were staying late for it." # speaker: rep
    -> thursday
* {leaflets_owed} [Hand her the booklets, and mention how hard you pushed to get them approved, so a few more Norvixa patients would be appreciated #act: relationship.promise_kept #act: relationship.transactional #keeps: patient_leaflets #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    ~ pushed = true
    -> lever
* {leaflets_owed} [Put the box and the cards on her desk and get straight to business #act: relationship.promise_kept #keeps: patient_leaflets #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 1]
    -> brisk
* {not leaflets_owed} [Hand her the box and the cards, and ask how last Thursday's session went #act: relationship.professional_support #act: relationship.personal_care #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    "{leaflets_sent:Printed copies of the booklet, fifty of them, so the nurses don't have to queue at the photocopier.|Our large-print booklet was approved last Wednesday; you told me your patients couldn't read the old leaflets, so I brought fifty.} {cards_owed:And the dosing cards I promised your residents.|And a few more dosing cards for the new residents.} How did last Thursday's session go? You said Xiao Zhang and Xiao He were staying late for it." # speaker: rep
    -> thursday
* {not leaflets_owed} [Hand her the box, and mention how hard you pushed to get them printed, so a few more Norvixa patients would be appreciated #act: relationship.transactional #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 2]
    ~ pushed = true
    -> lever
* {not leaflets_owed} [Put the box and the cards on her desk and get straight to business #act: relationship.professional_support #keeps: dosing_card #gives: patient_leaflet #gives: dosing_card #minutes: 1]
    -> brisk

= thursday
{leaflets_sent:
    "Eleven families, and two grandsons who took notes on their phones! Our photocopies of your file came out grey; these are much better." She holds a printed booklet at arm's length and nods. # speaker: chen # mood: pleased
- else:
    "Eleven families, and two grandsons who took notes on their phones!" She lifts a booklet out of the box and holds it at reading distance, then at arm's length. "Oh. Oh, the old men can read this." # speaker: chen # mood: pleased
}
-> review

= lever
"Here are the booklets. I had to fight for these, Dr Chen, our medical department doesn't move fast. So if a few more of your AF patients could go home on Norvixa, my manager would really notice." # speaker: rep
The smile goes out of her face. She puts the booklet back in the box. # speaker: narrator
"I see. I thought they were for my patients." # speaker: chen # mood: sceptical
-> review

= brisk
"The large-print booklets, fifty copies, and the dosing cards." # speaker: rep
"Good. Thank you." She slides the box under the desk. # speaker: chen # mood: neutral
-> review

=== review ===
She pulls one booklet back out of the box and puts it next to her photocopied sheets. # speaker: narrator # phase: review
* [Ask how her patients on Norvixa are doing at home: effect, side effects, how easy they find it #act: solutions.feedback_collected #minutes: 3]
    ~ nose_heard = true
    ~ heard_count = true
    "And your patients who've gone home on Norvixa: how are they doing? Effect, side effects, how easy they find it?" # speaker: rep
    "They like once a day; the county ones especially. Eleven or twelve have gone home on it since you were here, I suppose." She taps her pen on the desk. # speaker: chen # mood: neutral
    "Side effects, the usual. One old lady had a nosebleed at home that stopped with pressure, another has bruises up both forearms. Nothing I'd call a problem." # speaker: chen # adverse_event: nosebleed_bruising
    -> nosebleeds
* [Ask how many patients she has started on Norvixa since your last visit #act: relationship.transactional #minutes: 1]
    ~ pushed = true
    "How many patients have you started on Norvixa since my last visit, Dr Chen?" # speaker: rep
    "I don't count for companies. I use what's right for the patient. You know that." # speaker: chen # mood: sceptical
    -> ae_mention
* [Tell her about the provincial anticoagulation pathway published last month #act: relationship.value_content #claim: guideline #minutes: 2]
    "Have you seen the Qinghe Provincial Anticoagulation Pathway, 2025 edition? It lists factor Xa inhibitors, Norvixa among them, as preferred over warfarin for eligible patients with non-valvular AF. I've brought you the full text, not a summary." # speaker: rep
    "I heard it was out. Leave it, I'll read it tonight." # speaker: chen # mood: neutral
    -> ae_mention

=== nosebleeds ===
She is already reaching for the next discharge summary. # speaker: narrator
* [Ask a little more about the nosebleed and the bruises, and say that these go to pharmacovigilance too #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 2]
    ~ nose_noted = true
    "Before you go on: nosebleeds and bruising are listed reactions, and even the expected ones go to our pharmacovigilance; that's how they know how often they happen. Was either of them serious? Did anything have to be done?" # speaker: rep
    "The nosebleed stopped after ten minutes of pressure, at home; no transfusion, still on the drug. The bruises, no fall, haemoglobin normal. Both women are in their eighties." She shrugs. "Report them if you must. I can give you the details before you go." # speaker: chen # mood: neutral
* [Tell her nosebleeds and bruising are listed side effects, so there's nothing to worry about #act: solutions.ae_dismissed #claim: common_adverse_events #minutes: 1]
    ~ wavered = true
    "Those are listed side effects, Dr Chen. Nothing to worry about." # speaker: rep
    "That's what I tell the families." # speaker: chen # mood: neutral
* [Ask what the families make of the booklet so far #act: solutions.feedback_collected #minutes: 2]
    "And the families: what do they make of the booklet so far?" # speaker: rep
    "They read the bleeding page first. Of course they do." # speaker: chen # mood: neutral
- -> ae_mention

=== ae_mention ===
She opens a discharge summary, signs it, and speaks without looking up. # speaker: narrator
"Oh, and old Gao, Gao Jianguo in bed 15, eighty-one. He's on Norvixa. He had some blood in his urine last week. Probably nothing, his prostate's the size of an orange. Urology saw him." # speaker: chen # mood: neutral # adverse_event: haematuria
{difficulty > 1:
    "Don't look at me like that. Happens all the time at his age." # speaker: chen
}
* [Stop and take it seriously: any suspected adverse reaction goes to pharmacovigilance within 24 hours; ask for three minutes for the facts #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 2]
    "Dr Chen, can I stop you there for a moment? Blood in the urine is one of the listed adverse reactions for Norvixa, and whatever the cause turns out to be, I have to report any suspected adverse reaction I hear about to Hengkang's pharmacovigilance within 24 hours. It isn't about blame, and it isn't my job to decide whether it was the drug. Could you give me three minutes for the facts?" # speaker: rep
    {difficulty > 1:
        "Three minutes. And I don't want twenty phone calls from your head office about it." # speaker: chen # mood: sceptical
    - else:
        "You're serious. All right, three minutes." She closes the summary. # speaker: chen # mood: neutral
    }
    -> ae_facts
* [Agree it's probably his prostate, and move on #act: solutions.ae_dismissed #minutes: 1]
    ~ ae_open = true
    "At eighty-one, with a prostate like that, it's probably nothing to do with the drug." # speaker: rep
    "That's what urology said." She signs the next page. # speaker: chen # mood: neutral
    -> deepen_needs
* [Make a note to bring it up at next month's visit, once you know more #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    "I'll make a note of that and we can come back to it next month, when you know more about the cause." # speaker: rep
    You write "bed 15? haematuria" in your notebook and turn the page. # speaker: narrator
    "Fine." # speaker: chen # mood: neutral
    -> deepen_needs

=== ae_facts ===
She pulls bed 15's notes up on the screen. # speaker: narrator
"What do you need?" # speaker: chen
* [Ask only for what the report needs, nothing that identifies him, and whether our safety team may call her #act: solutions.ae_escalated #minutes: 3]
    "Only what the report needs, and nothing that identifies him: his initials, age and sex; the Norvixa dose and when he started; what happened, when it began and ended; what was done; any other medicines; how he is now. And you as the reporting doctor: may our drug safety colleague call you if they have a follow-up question?{nose_heard: The nosebleed and the bruising you mentioned go in the same call{nose_noted:; I have what you told me|: I was too quick about them earlier. Just age, sex, what happened and the outcome}.}" # speaker: rep
    "G-J-G, male, eighty-one. Ten milligrams once daily, clearance forty-one, started on the 2nd when he went home. On Tuesday the 9th his son rang: red urine. We saw him on the 10th: urine full of red cells, haemoglobin 121, same as at discharge. Urology: enlarged prostate, no stones. We kept the Norvixa and it cleared up by the 12th." # speaker: chen # mood: neutral
    She scrolls down and frowns. # speaker: narrator
    "And here's one for your form: he'd started taking aspirin again on his own. A neighbour told him it's good for the heart. We stopped it. Yes, they can call me. Mornings are best." # speaker: chen
    -> ae_report
* [Ask for his full name, bed number and ID number, and whether you can photograph the page of his chart, so pharmacovigilance has everything #act: solutions.ae_escalated #violation: privacy #minutes: 2]
    -> asked_to_leave
* [Ask only whether she thinks the drug caused it: if it was the prostate, there's nothing to report #act: solutions.ae_dismissed #minutes: 1]
    ~ ae_open = true
    "Do you think it was actually the Norvixa? Because if it's the prostate, there's nothing to report." # speaker: rep
    "At eighty-one? Could be either. Could be both." She shrugs and closes the notes. "Then there's nothing to report, I suppose." # speaker: chen # mood: neutral
    -> deepen_needs

=== asked_to_leave ===
"To be thorough, could I have his full name, bed number and ID number? And if I could just take a photo of that page of his chart, pharmacovigilance will have everything they need." # speaker: rep
Dr Chen turns the screen away from you. # speaker: narrator
"A photo of my patient's chart? On your phone? No. Absolutely not." # speaker: chen # mood: annoyed
"You've just reminded me why I don't tell reps anything. I'll report it through the hospital's own system. I think we're finished for today." # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== ae_report ===
{difficulty > 1:
    "So what happens now? I've got a ward to run. I'm not filling in forms for your company." # speaker: chen # mood: sceptical
- else:
    "So what happens now? Am I going to get phone calls about this?" # speaker: chen
}
* [Say you'll report it today, their safety team may call her once, and the hospital's own system still applies #act: solutions.ae_escalated #minutes: 2]
    ~ reported = true
    "You don't have to fill in anything for us. I'll phone it through to our pharmacovigilance team as soon as I leave the ward{nose_heard:, with the nosebleed and the bruising}: well inside 24 hours. A drug safety colleague may call you once, in a morning, if something is missing. If the hospital wants it in its own adverse reaction system too, that goes through your pharmacy as usual; the two don't conflict." # speaker: rep
    "Once, in a morning. Fine. Liu Yang never reported anything, you know. At least, not that I ever heard." # speaker: chen # mood: neutral
* [Say you'll report it today, and that it shows her nurses should phone patients after discharge, with a checklist from us #act: solutions.ae_escalated #act: solutions.tailored #links: post_discharge_calls #minutes: 2]
    ~ reported = true
    "I'll phone it through to pharmacovigilance as soon as I leave, well inside 24 hours. And honestly, Dr Chen, this is exactly why your nurses should phone every patient after discharge. We could give them a checklist." # speaker: rep
    "He had red urine and a big prostate, and we handled it. Don't turn my patient into a reason for another of your papers." # speaker: chen # mood: sceptical
* [Reassure her: he's recovered and it was minor, so there's no need to bother pharmacovigilance after all #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    "Actually, since he's recovered and it was minor, I don't think we need to bother pharmacovigilance. No phone calls." # speaker: rep
    "Good. Less paperwork for everyone." # speaker: chen # mood: pleased
* [Tell her you'll put it in your weekly report to your manager on Friday #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    "I'll include it in my weekly report on Friday; my manager passes these things on." # speaker: rep
    "As you like." # speaker: chen # mood: neutral
- -> deepen_needs

=== deepen_needs ===
She pats the box of booklets. # speaker: narrator
"So the residents have their cards and the patients have their booklets. {leaflets_owed || leaflets_sent || cards_owed:You've done what you said.|And you came back with something useful.} Most of you don't." # speaker: chen # phase: deepen
* [Ask what has changed on the ward since, and where the next gap is #act: solutions.needs_reassessed #minutes: 3]
    ~ need_calls = true
    "Thank you. Now that the cards and booklets are in use, has anything changed in what the ward needs? Where's the next gap?" # speaker: rep
    "The gap is the first two weeks at home. The booklet tells them what to look for, but nobody asks them whether they've seen it. Xiao Zhang started phoning the over-eighties after discharge, on her own initiative, with a list she wrote on the back of an envelope. {ae_open:Half the problems we see could be caught on a phone call.|Old Gao's son would have told her about the red urine on day one.}" # speaker: chen # mood: neutral # need: post_discharge_calls
* [Offer a medical colleague to help her nurses set up phone follow-up for patients after discharge #act: solutions.tailored #links: post_discharge_calls #act: relationship.professional_support #minutes: 2]
    "Dr Chen, what many wards do now is phone their older patients after discharge. A medical colleague of mine could help your nurses set that up." # speaker: rep
    "With which nurses? Mine already stay late on Thursdays." She looks at you for a moment. "You haven't asked me what the ward needs." # speaker: chen # mood: sceptical
* [Ask whether, now that she has the booklets, she could move some of her Trombexa patients onto Norvixa #act: relationship.transactional #minutes: 1]
    ~ pushed = true
    "Now that the booklets are here, could you think about moving some of your Trombexa patients onto Norvixa?" # speaker: rep
    "The booklets were for the patients, not a down payment. I switch a stable patient when there's a clinical reason." # speaker: chen # mood: annoyed
* [Remind her that once-daily dosing already solves most adherence problems #act: value.feature_dump #claim: dose_standard #minutes: 1]
    "And of course, once-daily dosing already solves most adherence problems on its own." # speaker: rep
    "If only." # speaker: chen # mood: sceptical
- -> deepen_solution

=== deepen_solution ===
{
- need_calls:
    "So, any ideas? Xiao Zhang's envelope is falling apart." # speaker: chen
- customer_state == "irritated":
    She glances at the clock and stands up. "Anything else? The ward's waiting." # speaker: chen # mood: annoyed
- else:
    She glances at the clock. "Anything else? The ward's waiting." # speaker: chen
}
* [Offer a day-3 and day-14 phone checklist built from the booklet's warning signs, and to bring it with a medical colleague #act: solutions.tailored #links: post_discharge_calls #act: relationship.professional_support #claim: common_adverse_events #claim: renal_monitoring #minutes: 2]
    {need_calls:
        "Then let's give Xiao Zhang something better than an envelope. I can ask our medical team to turn the booklet's warning-sign page into a one-page phone checklist for day 3 and day 14: nosebleeds, gum bleeding, bruising, blood in the urine, black stools, signs of anaemia, any new medicines, aspirin included. And a reminder line for the kidney checks: at least yearly, more often from seventy-five or below a clearance of 60. I'll bring the draft with a medical colleague on the 29th, if that suits you." # speaker: rep
        "The 29th, after the round. Bring Xiao Zhang a copy too: it's her envelope." # speaker: chen # mood: pleased
    - else:
        "I could ask our medical team for a phone checklist for day 3 and day 14 after discharge, built from the booklet's warning signs, with a line on the kidney checks. I'd bring it with a medical colleague." # speaker: rep
        "A checklist for phone calls nobody on my ward has time to make." She doesn't write anything down. # speaker: chen # mood: sceptical
    }
* [Offer help turning the ward's education programme into a poster for the provincial nursing conference #act: relationship.professional_support #act: relationship.value_content #minutes: 2]
    "Your Thursday programme is worth showing outside the hospital. The provincial nursing conference takes posters until the end of next month. I can send you a literature search on education for older patients on anticoagulants and the submission guidelines; the writing is yours and Xiao Zhang's." # speaker: rep
    "A poster. Xiao Zhang would like that. Send me the guidelines." # speaker: chen # mood: pleased
* [Suggest the patients simply set a phone alarm for their tablet #act: value.feature_dump #minutes: 1]
    "Could they just set an alarm on their phones for the tablet?" # speaker: rep
    "Half of them have phones that only make calls." # speaker: chen # mood: sceptical
- -> leaving

=== leaving ===
The nurse from bed 9 is at the door. Dr Chen stands up. # speaker: narrator # phase: closing
{reported:
    "Send me your drug safety colleague's number on WeChat, so I know who's calling." # speaker: chen
- else:
    "Send me whatever you promised on WeChat. I'll look tonight." # speaker: chen
}
You thank her and leave the ward. # speaker: narrator
{ae_open:
    -> second_thoughts
}
-> wechat

=== second_thoughts ===
In the lift, you look at your notebook. "Bed 15, 81, blood in urine. Probably prostate." # speaker: narrator
* [Go back up, ask Dr Chen for the missing facts in two minutes, and report it to pharmacovigilance today #act: solutions.ae_escalated #minutes: 3]
    ~ ae_open = false
    ~ reported = true
    ~ wavered = true
    You catch her at the nurses' station and ask for two minutes: initials, age, dose, the dates, what was done, the outcome{nose_heard && not nose_noted:, and the same for the nosebleed and the bruising}. # speaker: narrator
    "I thought you'd dropped it." She looks at you for a moment longer than usual. "G-J-G, eighty-one, ten milligrams. Ninth to the twelfth. Kept the drug. Urology thinks prostate. He'd restarted aspirin on his own; we stopped it. Now go, I'm busy." # speaker: chen # mood: neutral
    From the car park you phone it through to Hengkang's pharmacovigilance, two hours after you first heard it. # speaker: narrator
* [Leave it: she said it was probably the prostate, and he's recovered #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    You close the notebook. The lift doors open on the ground floor. # speaker: narrator
- -> wechat

=== wechat ===
In the car you open WeChat to send Dr Chen the follow-up you promised. # speaker: narrator
* [Thank her and send what you promised, with no patient details in it #act: relationship.professional_support #off_clock]
    {reported:
        "Dr Chen, thank you for this morning. As agreed, I've reported {nose_heard:the cases|the case} we discussed to Hengkang's pharmacovigilance. Ms Xu from our drug safety team may call you one morning if they need anything; her direct line is below.{need_calls: I'll bring the phone checklist draft with our medical colleague on the 29th.}" # speaker: rep
    - else:
        "Dr Chen, thank you for this morning, and I'm glad the booklets are in use.{need_calls: I'll bring the phone checklist draft with our medical colleague on the 29th.}" # speaker: rep
    }
    A thumbs-up comes back a minute later. # speaker: narrator
* [Make the message complete so there's no confusion about which patient: his name, bed number and what happened #act: relationship.professional_support #violation: privacy #off_clock]
    ~ leaked = true
    "Dr Chen, thanks for this morning! Re Gao Jianguo, bed 15, the haematuria on Norvixa 10 mg: {reported:I've reported it to our pharmacovigilance, Ms Xu may call you.|noted on my side.}" # speaker: rep
    Her reply comes within a minute. # speaker: narrator
    "Delete that. Now. Never put my patients' names in WeChat." # speaker: chen # mood: annoyed
- -> crm_note

=== crm_note ===
Before you drive off, you open the customer record to log the visit. # speaker: narrator
* [Update her profile, with the adverse events only as "reported to pharmacovigilance", then review your plan for her #act: records.profile_updated #act: records.review_done #off_clock]
    You write: "Dr Chen: booklets delivered and in use; dosing cards in use by residents. {need_calls:Need has shifted to follow-up in the first two weeks after discharge (nurse phone calls). }Concern: bleeding in over-80s at home. {reported:Suspected adverse reactions reported to pharmacovigilance today; no patient data here.}" # speaker: narrator
    Then you look at your plan for her. {need_calls:She has moved from "what dose" to "who checks on them at home": the next visit is the 29th, with the medical colleague and the checklist, not a new detail aid.|Next visit in two weeks: ask what the ward needs now.} # speaker: narrator
    -> outcome
* {heard_count} [Log the visit, and add "about 12 patients on Norvixa since the first visit" for your manager's uptake tracker #act: records.profile_updated #violation: prescription_tracking #off_clock]
    You write: "Dr Chen: booklets delivered. Approx. 12 pts started on Norvixa since last visit (her estimate)." You copy the number into the territory spreadsheet your manager reviews on Fridays. # speaker: narrator
    -> count_flagged
* [Write it all down while it's fresh so nothing is lost, patient's name and bed number included #act: records.profile_updated #violation: privacy #off_clock]
    You write: "Dr Chen. Pt Gao Jianguo, bed 15, 81M, haematuria on Norvixa 10 mg 9th-12th, prostate? restarted aspirin. Booklets delivered." # speaker: narrator
    -> note_flagged
* [Log a quick profile update now; the plan can wait for Friday's review #act: records.profile_updated #off_clock]
    You write: "Booklets delivered. Cards in use. {need_calls:Nurses phone patients after discharge. }{reported:AEs reported to pharmacovigilance.}" # speaker: narrator
    -> outcome

=== outcome ===
{
- leaked:
    You delete the message, but she has already read it, and so has anyone who glanced at her phone on the ward. # speaker: narrator
    The next time you ask Dr Chen for ten minutes, she is busy. And the time after that. # speaker: narrator # ending: privacy_breach
- not reported:
    Ten days later, Hengkang's pharmacovigilance team receives a report of haematuria in an 81-year-old man on Norvixa, forwarded from the hospital's own adverse reaction system. The reporter's name is Dr Chen Jing. # speaker: narrator
    Your manager asks why it didn't come from you: you were on the ward the day she mentioned it. # speaker: narrator # ending: ae_not_reported
- reported && need_calls && not pushed && not wavered && rapport >= 80:
    That evening Dr Chen forwards your message to Xiao Zhang with one line: "This is the Hengkang rep I told you about. Does what they say." # speaker: narrator # ending: trusted_partner
- else:
    The visit is logged. Dr Chen will see you again; whether she will tell you anything that matters is another question. # speaker: narrator # ending: relationship_maintained
}
-> END

=== count_flagged ===
At Friday's review your manager stops at the spreadsheet. # speaker: narrator
"Twelve patients for Dr Chen since your first visit. Where does that come from?" # speaker: manager
"From her. She mentioned it." # speaker: rep
"Then it stays with her. We never record what an individual doctor prescribes, whoever says the number first. Delete the column, and the note." # speaker: manager # ending: tracking_flagged
-> END

=== note_flagged ===
On Tuesday morning the compliance team's automatic check of customer notes flags yours: a patient's full name and bed number. # speaker: narrator
Your manager asks you to come in. "Dr Chen told you that in confidence, to get a safety report right. Not so it could sit in our CRM with her name next to it." # speaker: narrator # ending: privacy_breach
-> END

=== patience_out ===
Dr Chen stands up and picks up her stethoscope. # speaker: narrator
"I'm sorry, I really have to go. The ward won't wait." # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
