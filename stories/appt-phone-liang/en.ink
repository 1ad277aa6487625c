# title: Phoning for a first appointment with Director Liang Guowei, cardiology
# segment: director
# stage: appointment
# setting: desk
# lang: en
# customer: liang
# dimensions: access, preparation, opening, closing, records
# leaves_to: patience_out

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// Calendar used throughout: today is Monday the 11th; the drug and therapeutics committee meets on
// Wednesday the 20th; the department meets every Thursday at 7:30, before the ward round.
// The engine plays Director Liang (src/core/world/cast.ts). Until he comes to the phone, his rapport and
// patience stand for how his office takes the call: Ms Tang tells him who rang and how.
// The call is dialled at 11:50. When Director Liang comes on he says he has until twelve: ten minutes of
// call in all, so the line carries # time_granted: 10 (the engine counts a grant from the start of the call).
// Preparation before the call and the notes after it are # off_clock.

VAR difficulty = 1
VAR rapport = 45
VAR prepared = false
VAR zhou_ref = false
VAR dept = false
VAR booked = false
VAR confirmed = false
VAR review_sent = false
VAR with_liang = false
VAR heard_bleeding = false
VAR heard_residents = false

-> prep

=== prep ===
Monday the 11th, 11:30. Hengkang's two-room office across the road from Qinghe First People's Hospital. From this month the cardiology department is your territory. # speaker: narrator # phase: approach
Last Tuesday, at the end of your visit, Professor Zhou said: "Anything at department level, teaching, the Thursday meeting, goes through Director Liang. Call his secretary, Tang Min. You may tell her I suggested it." # speaker: narrator
The director's office takes calls until twelve, and Director Liang's clinic starts at two. You have twenty minutes before you dial. # speaker: narrator
* [Reread his profile, write one aim for the call on a card, and have the over-75s bleeding review ready to send #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 15]
    ~ prepared = true
    Director of cardiology for eight years, a member of the drug and therapeutics committee, holder of a provincial grant on outcomes in AF patients. The hospital's DRG report puts cardiology's readmission rate near the top of the list. # speaker: narrator
    On a card by the phone you write: "Aim: 15 minutes with him within two weeks. No pitch on the phone." Beside it, the medical department's review of published bleeding and falls data in patients over 75, approved for distribution, ready to send. # speaker: narrator
* [Attach the twenty-four-page detail aid and the company brochure to an email for him: the product speaks for itself #act: preparation.material_unmatched #off_clock #minutes: 5]
    Twenty-four pages and a twelve-page brochure, the Suzhou factory on the cover. The attachment is nineteen megabytes. # speaker: narrator
* [Check his title on the hospital website and pack the standard detail aid, as you would for any first call #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 5]
    "Liang Guowei, chief physician, director of cardiology, master's supervisor." That is all the page says. The detail aid goes into your bag with everything else. # speaker: narrator
- -> switchboard

=== switchboard ===
11:50. You dial the cardiology director's office. It rings five times. # speaker: narrator
"Cardiology, director's office. Tang speaking." # speaker: secretary
{difficulty > 1:
    In the background a relative is asking loudly about a discharge summary. # speaker: narrator
    "Quickly, please, I have someone at the desk." # speaker: secretary
}
* [Say you're Hengkang's new cardiology rep and would like a short appointment with Director Liang #act: opening.purpose_stated #minutes: 1]
    "Good morning, Ms Tang. I'm the Hengkang Pharma representative who has just taken over cardiology at your hospital. I'm calling to ask whether Director Liang could spare fifteen minutes at some point in the next two weeks." # speaker: rep
    "Hengkang. All right." # speaker: secretary
* [Say you're calling about the provincial AF quality project, which Hengkang helps fund, so she puts you through #violation: undisclosed_identity #minutes: 1]
    -> exposed
* [Ask whether Director Liang is in today: you're just across the road and could be at his office in five minutes #act: access.cold_drop_in #minutes: 1]
    "Good morning, I'm from Hengkang Pharma. Is Director Liang in today? I'm just across the road; I could be at his office in five minutes." # speaker: rep
    "He doesn't see companies without an appointment. And he has a meeting at twelve." # speaker: secretary
* [Give your name, your pharmacy degree and Hengkang's cardiology pipeline, then ask for an appointment #act: opening.long_intro #act: opening.purpose_stated #act: access.clear_appointment #minutes: 3]
    "Good morning, Ms Tang. My name is Zhang, I studied pharmacy in Shenyang and I've been with Hengkang Pharma for four years. Hengkang was founded in 1998; in cardiology we have three products on the market and two in development. From this month I look after your hospital's cardiology department, and I'd like to ask for fifteen minutes with Director Liang in the next two weeks." # speaker: rep
    There is a pause on the line. # speaker: narrator
    "I have someone at the desk. You want an appointment with the director." # speaker: secretary
- -> purpose

=== exposed ===
"Good morning. I'm calling about the provincial AF quality project. Could I speak to Director Liang?" # speaker: rep
"The provincial project? One moment, I'll put you through." # speaker: secretary
A click, then a man's voice, clipped. # speaker: narrator
"Liang. Which part of the project is this? I sit on the provincial AF group, and I know everyone who runs it." # speaker: liang # mood: sceptical
You hear yourself explain that you are with Hengkang Pharma, and that Hengkang supports the project. # speaker: narrator
"So you're a pharmaceutical representative who told my secretary you were calling for the project. In my department we don't do business with people who start with a lie. Don't call this office again; I'll mention it to your regional manager." # speaker: liang # mood: annoyed
The line goes dead. # speaker: narrator # end_visit: asked_to_leave # ending: hung_up
-> END

=== purpose ===
{difficulty > 1:
    "Director Liang gets ten calls a week from companies, and he's told me to take messages." # speaker: secretary
}
"What would the meeting be about? I need one line he'll actually read." # speaker: secretary # phase: request
* [Say you'd like to introduce yourself and your products, and get to know the department #act: objections.evade #minutes: 1]
    "Nothing in particular, really. I'd just like to introduce myself, tell him a little about our products and get to know the department." # speaker: rep
    "Every company wants to 'get to know the department'. He'll say no to that." # speaker: secretary
* [Give her one line: AF patients readmitted with bleeding, the NAVIGATE-AF data, fifteen minutes #act: access.clear_appointment #minutes: 2]
    "It's about AF patients on anticoagulants, especially the ones who come back with bleeding. I'd like to hear how the department approaches them and share the bleeding results of our NAVIGATE-AF trial. Fifteen minutes, whenever suits him{prepared:, and I can send our medical department's review of bleeding data in patients over 75 beforehand, so he can decide whether it's worth his time}." # speaker: rep
    "Bleeding readmissions. That he might read." # speaker: secretary
* [Tell her it's once daily and now reimbursed, and go through the details so she can pass them on accurately #act: value.feature_dump #claim: dose_standard #claim: insurance #minutes: 3]
    "Of course. Norvixa is a once-daily factor Xa inhibitor: 20 mg, with or without food, and no routine coagulation monitoring. Since January it's on the national reimbursement list, category B, so on employee insurance the patient pays about two yuan a day..." # speaker: rep
    "I'm not a doctor. I need one line for his diary, not a lecture." # speaker: secretary
- -> gatekeeper

=== gatekeeper ===
"This month is bad, though. The mid-term review of his provincial grant, and the drug committee meets on the twentieth." # speaker: secretary
{rapport < 50:
    "I really can't promise anything." # speaker: secretary
}
* [Mention that Professor Zhou suggested you contact him, and ask whether she'd like Professor Zhou to mention it first #act: access.referral #minutes: 1]
    ~ zhou_ref = true
    "I understand. Professor Zhou suggested I speak to Director Liang about the department's teaching on anticoagulation. Would it help if I asked her to mention it to him first?" # speaker: rep
    "Professor Zhou? That helps; he listens to her. Oh, wait, he's just walked in." # speaker: secretary
* [Say you'll wait outside his office after the ward round one day this week: five minutes is all you need #act: access.cold_drop_in #minutes: 1]
    "No problem, I'll wait outside his office after the ward round one day this week. Five minutes is all I need." # speaker: rep
    "Please don't. A representative waited in our corridor last month and he complained to the integrity office." # speaker: secretary
    She pauses. # speaker: narrator
    "Oh. He's just walked in." # speaker: secretary
* [Ask when his diary is usually lighter, and say you can fit around the review and the committee #act: access.clear_appointment #minutes: 1]
    "Of course. When is his diary usually lighter? I'm happy to fit around the review and the committee, early morning or after clinic." # speaker: rep
    "After the twentieth is easier. Oh, wait, he's just walked in." # speaker: secretary
- -> liang_on

=== liang_on ===
~ with_liang = true
Muffled voices; Ms Tang has her hand over the receiver. Then a man's voice, brisk. # speaker: narrator
{
- zhou_ref:
    "Liang here. Tang says Professor Zhou sent you. I have until twelve, then a meeting." # speaker: liang # mood: neutral # time_granted: 10
- rapport >= 60:
    "Liang here. Tang says it's about bleeding readmissions. I have until twelve." # speaker: liang # mood: neutral # time_granted: 10
- else:
    "Liang. I have until twelve. What does Hengkang want?" # speaker: liang # mood: sceptical # time_granted: 10
}
{difficulty > 1:
    "And don't read me a brochure." # speaker: liang # mood: sceptical
}
* [Thank him for taking the call, then say in two sentences what you'd like to discuss and for how long #act: opening.thanks #act: access.clear_appointment #minutes: 1]
    ~ heard_bleeding = true
    "Thank you for taking the call, Director. I'd like fifteen minutes to hear how the department handles AF patients who come back with bleeding, and to share the NAVIGATE-AF bleeding data. Any time in the next two weeks that suits you; I'll fit around your clinic and the committee." # speaker: rep
    "Bleeding readmissions. Under DRG, every AF patient who comes back with a bleed counts against my department: the readmission rate is on my monthly report, and the insurer questions anything within fifteen days. That's a topic." # speaker: liang # mood: neutral # need: bleeding_readmissions
* [Tell him his patients would pay about two yuan a day: once daily, no INR monitoring, now reimbursed #act: value.feature_dump #claim: dose_standard #claim: insurance #minutes: 2]
    "Thank you, Director. Very briefly: Norvixa is once daily, 20 mg, no routine coagulation monitoring, and since January it's on the national reimbursement list, so on employee insurance it's about two yuan a day for the patient..." # speaker: rep
    "I didn't come to the phone for a product talk." # speaker: liang # mood: annoyed
* [Suggest catching him on Thursday's ward round instead: two minutes between patients is all you'd need #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 1]
    -> ward_round
* [Thank him, tell him who you are and what Hengkang does in cardiology, then why you're calling and how long you'd need #act: opening.thanks #act: opening.long_intro #act: opening.purpose_stated #act: access.clear_appointment #minutes: 3]
    "Thank you for taking the call, Director. I'm the new Hengkang representative for cardiology; I studied pharmacy in Shenyang and have been with the company four years. Hengkang has three cardiology products and two in development, and we work with hospitals across the province. I'm calling because I'd like fifteen minutes with you in the next two weeks, at a time that suits you." # speaker: rep
    "Tang told me who you are. Fifteen minutes about what? Send her something in writing." # speaker: liang # mood: sceptical
- -> formulary

=== ward_round ===
"Thank you, Director. I don't want to take your time now. Could I catch you on Thursday's ward round? Two minutes between patients is all I'd need." # speaker: rep
There is a short silence on the line. # speaker: narrator
"On my ward round. Representatives are not allowed on the wards in this hospital, and my patients are not your audience. If you don't know the hospital's visiting rules, you're not ready to see me." # speaker: liang # mood: annoyed
"Tang, no appointment for Hengkang." # speaker: liang
The line goes dead. # speaker: narrator # end_visit: asked_to_leave # ending: call_ended
-> END

=== formulary ===
"Let me be clear about one thing. If this is about getting Norvixa onto our formulary, applications go through pharmacy and the committee, not through my office." # speaker: liang # mood: sceptical
{difficulty > 1:
    "Last year a representative promised me 'just data' and then asked me to lobby the committee for him." # speaker: liang
}
* [Agree that listing is for pharmacy and the committee; you'd like to talk about the data and his patients #act: access.clear_appointment #minutes: 1]
    "Understood, Director. The listing is for pharmacy and the committee to decide, and I won't raise it with you. What I'd like to discuss is the clinical data, and how the department manages these patients." # speaker: rep
    "Good. Then we understand each other." # speaker: liang # mood: neutral
* [Say that's exactly why you'd value his time: his voice on the committee carries more weight than anyone's #act: objections.argue #minutes: 1]
    "Honestly, Director, that's exactly why I need you. Your voice on the committee carries more weight than anyone's." # speaker: rep
    "My voice on the committee is not something representatives canvass over the phone." # speaker: liang # mood: annoyed
* [Move on and ask how many AF patients the department admits each month, to show you know his workload #act: discovery.closed_question #minutes: 1]
    "Of course. Roughly how many AF patients does the department admit each month?" # speaker: rep
    "Enough. You didn't answer me." # speaker: liang # mood: sceptical
- -> format

=== format ===
"My diary is full until the committee." # speaker: liang
* [Offer fifteen minutes at a Thursday department meeting: Hengkang's medical adviser presents the bleeding data #act: access.academic_event #minutes: 2]
    "Then may I suggest something for the whole team? At a Thursday department meeting after the committee, our medical adviser could present the NAVIGATE-AF bleeding and renal data in fifteen minutes, with time for questions. And separately, fifteen minutes with you, whenever suits." # speaker: rep
    ~ heard_residents = true
    "The whole team. It's my residents who start these patients on anticoagulants at night, not me, and they guess the dose from the creatinine. Whatever you have, they need it more than I do." # speaker: liang # need: resident_teaching
    {
    - rapport >= 75:
        ~ dept = true
        ~ booked = true
        "Thursday the 28th. Seven-thirty, finished by seven-forty-five, and nothing on the slides beyond the data. And I'll see you myself on Tuesday the 26th, half past four, after clinic. Tang will put both in the diary." # speaker: liang # mood: pleased
    - rapport >= 60:
        ~ booked = true
        "One thing at a time. I'll see you myself first: Tuesday the 26th, half past four, after clinic. The residents can wait until I know what you bring." # speaker: liang # mood: neutral
    - else:
        "One thing at a time. Send Tang something in writing first. If it's useful, she'll find you a slot." # speaker: liang # mood: neutral
    }
* [Say you'll drop by his office one afternoon next week, and keep it to a minute if he's busy #act: access.cold_drop_in #minutes: 1]
    "Then I'll come by your office one afternoon next week, and if you have a moment, wonderful." # speaker: rep
    {
    - rapport >= 75:
        ~ booked = true
        "Don't come by. Tang will give you fifteen minutes: Tuesday the 26th, half past four." # speaker: liang # mood: sceptical
    - else:
        "Don't come by. Send Tang whatever you have. If it's useful, she'll call you." # speaker: liang # mood: annoyed
    }
* [Ask which day after the committee suits him, and say fifteen minutes in his office is all you'd need #act: access.clear_appointment #minutes: 1]
    "Then after the committee, whichever day suits you. Fifteen minutes." # speaker: rep
    {
    - rapport >= 60:
        ~ booked = true
        "Tuesday the 26th, half past four, after clinic. Tang will put it in." # speaker: liang # mood: neutral
    - else:
        "Send Tang something in writing. If it's useful, she'll find you a slot." # speaker: liang # mood: neutral
    }
- -> confirm

=== confirm ===
~ with_liang = false
The receiver changes hands. # speaker: narrator # phase: confirm
{booked:
    "So that's {dept:Thursday the 28th at seven-thirty in the department meeting room, and }Tuesday the 26th at half past four in his office. Anything else?" # speaker: secretary
- else:
    "I'll put your name down. Anything else?" # speaker: secretary
}
* [Read the dates back, promise her the medical review by Wednesday, and thank her #act: closing.summary #act: closing.next_step #act: closing.thanks #minutes: 2]
    ~ confirmed = true
    {booked:
        "Let me read it back: {dept:Thursday the 28th, seven-thirty to seven-forty-five, department meeting room, our medical adviser presenting the bleeding data; and }Tuesday the 26th, four-thirty, fifteen minutes in Director Liang's office, on bleeding readmissions. I'll send you our medical department's review of bleeding data in patients over 75 by Wednesday, so he can look at it first. Thank you for your help, Ms Tang." # speaker: rep
    - else:
        "Thank you. I'll send you our medical department's review of bleeding data in patients over 75 by Wednesday, and if it's useful to him, I'll gladly fit in whenever he has fifteen minutes. Thank you for your help, Ms Tang." # speaker: rep
    }
    "Wednesday. I'll print it for him." # speaker: secretary
* [Thank her warmly and say you'll call back nearer the time to sort out the details #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "That's great, thank you so much. Bye!" # speaker: rep
    She is already talking to the relative at the desk as the line clicks off. # speaker: narrator
- -> after_call

=== after_call ===
You put the phone down. In the CRM, Director Liang's profile is empty apart from his title. # speaker: narrator
* [Send Ms Tang the review, then note in his profile what you learned and what worked #act: preparation.material_matched #act: records.profile_updated #act: records.review_done #gives: safety_review #off_clock #minutes: 10]
    ~ review_sent = true
    The review goes to Ms Tang with a two-line cover note: the topic, the date, and that the safety information is on the last page. # speaker: narrator
    In his profile you note: {heard_bleeding:bleeding readmissions under DRG; }{heard_residents:residents who start anticoagulation at night and guess the dose; }committee on the 20th; formulary questions go to pharmacy, never to him; no drop-ins, all appointments through Tang Min. Under "what worked": a clear topic, fifteen minutes, {zhou_ref:Professor Zhou's name, }no pitch on the phone. # speaker: narrator
* [Email Ms Tang the full detail aid, so he has the whole product story to read before you meet #act: preparation.material_unmatched #gives: detail_aid #off_clock #minutes: 2]
    An hour later Ms Tang replies: "Director Liang asked me to delete the attachment. He'd like the review you mentioned." # speaker: narrator
- -> outcome

=== outcome ===
{
- booked && !confirmed:
    On Thursday Ms Tang sends a message: "Director Liang asks what exactly you're presenting; nothing has come with the appointment. The slot is on hold until he has something in writing." # speaker: narrator
    An appointment nobody confirmed is only half an appointment. # speaker: narrator # ending: slot_on_hold
- dept:
    {review_sent:
        On Wednesday Ms Tang writes back: "He read it. He's asked the residents to attend on the 28th." # speaker: narrator
    - else:
        On Wednesday Ms Tang writes: "He's keeping the 28th. He still wants the review, and nothing else." # speaker: narrator
    }
    Two dates in the diary, one with the director and one with his whole department, and the first contact made the way he likes it. # speaker: narrator # ending: department_meeting_booked
- booked:
    Tuesday the 26th, half past four, is in your calendar: fifteen minutes with the director, booked the way he likes it. # speaker: narrator # ending: appointment_booked
- else:
    Your name is on Ms Tang's list. Whether Director Liang ever calls depends on a review {review_sent:he may or may not read|you haven't sent yet}. # speaker: narrator # ending: waiting_list
}
-> END

=== patience_out ===
{
- with_liang:
    "I have a meeting. Talk to Tang." # speaker: liang # mood: annoyed
    The receiver is put down on the desk, and after a while someone hangs it up. # speaker: narrator # ending: patience_exhausted
- else:
    "I'm sorry, I have people waiting at the desk. Send an email to the department address and I'll see that he gets it." # speaker: secretary
    She hangs up before you can spell the address back. # speaker: narrator # ending: patience_exhausted
}
-> END
