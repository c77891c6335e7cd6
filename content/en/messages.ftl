# KneeGuard texts (English), Project Fluent: https://projectfluent.org/fluent/guide/
# Ids mirror the keys the code asks for ("start.welcome_new" is start-welcome_new).
# Telegram HTML only: <b> <i> <u> <code> <a href> <blockquote>; write &amp; &lt; &gt; for & < >.
# Variables: { $name }. Distances come formatted in the runner's unit ("24 km", "15 mi").
# A count can pick words by plural category: { $count -> [one] … *[other] … }.
# `.source` names the evidence of a health claim; it is shown through { $source } and is
# never translated (translations leave .source out: the English one is used).

## common

common-not_medical_advice = <i>General guidance on habits, not medical advice or a diagnosis.</i>
common-yes_button = Yes
common-no_button = No
common-back_button = « Back
common-cancel_button = Cancel
common-skip_button = Skip

## commands

commands-start = What I do, and your consent
commands-help = All commands
commands-quiz = Find the likely causes of your knee pain
commands-plan = Set up or show your weekly plan
commands-settings = Change time zone, days, times, shoes
commands-status = Where your knee stands and what brings runs back
commands-checkin = Tell me how your knee feels now
commands-history = Your check-ins and distance so far
commands-runs = Your last logged runs
commands-tip = A knee-friendly running tip
commands-learn = Short cards: pain, rest, shoes, cadence
commands-pause = Pause all reminders
commands-resume = Resume reminders
commands-privacy = What I store and why
commands-export = Download all your data
commands-delete = Delete all your data
commands-share = Share KneeGuard with a running friend
commands-connect = Connect Strava: your runs come in by themselves
commands-disconnect = Disconnect Strava
commands-cancel = Stop the current step
commands-broadcast = Admin: send a message to users
commands-stats = Admin: usage statistics
commands-addtip = Admin: add a tip

## start

start-welcome_new =
    Hi! I'm <b>KneeGuard</b>, a helper for runners' knees.
    • A short quiz points to the likely causes of knee pain.
    • A weekly plan reminds you to warm up, strengthen and rest.
    • Quick check-ins tell you when to hold back or get checked.
    <i>I give habits and education, not medical advice or a diagnosis.</i>
start-consent_question =
    To do this I store your quiz answers, pain check-ins and running days. That is health data, so I need your consent. I use it only to coach you, and you can /export or /delete it at any time.
    Do you agree?
start-consent_yes_button = I agree
start-consent_no_button = No, thanks
start-consent_expired = That button has expired. Send /start to see the consent question again.
start-withdraw_in_privacy = You have already agreed, so nothing changed. To withdraw consent (and erase your health data), use /privacy.
start-consent_given = Thank you! Let's find out what bothers your knees: /quiz takes about a minute.
start-consent_declined =
    No problem, I won't store anything about you.
    You can still read a running tip with /tip. If you change your mind, send /start.
start-welcome_back = Welcome back! /plan shows your week, /checkin records how your knee feels, /help lists everything.

## help

help-text =
    <b>What I can do</b>
    /start – what I do, and your consent
    /help – this list
    /quiz – find the likely causes of your knee pain
    /plan – set up or show your weekly plan
    /settings – time zone, running days, run time, distance, shoes
    /status – where your knee stands, and what brings runs back
    /checkin – tell me how your knee feels now
    /history – your check-ins and weekly distance
    /runs – your last runs (send a .fit, .gpx or .tcx file to log one)
    /connect – link Strava, so runs come in by themselves; /disconnect – unlink it
    /tip – a knee-friendly running tip
    /learn – short cards: soreness or pain, when to see a doctor, rest…
    /pause – pause all reminders; /resume – switch them back on
    /privacy – what I store and why
    /export – download all your data
    /delete – delete all your data
    /share – share KneeGuard with a running friend
    /cancel – stop the current step
    Something worrying? The button below lists the signs that need a professional.
    <i>Habits and education, not medical advice.</i>
help-admin =
    <b>Admin commands</b>
    /broadcast – send a message to every active user (with preview and confirmation)
    /stats – user and delivery numbers
    /addtip – add a tip to the rotation (kind, text, source)

## profile

profile-description =
    KneeGuard helps runners keep their knees healthy.
    A short quiz points to the likely causes of knee pain; then you get a weekly plan and gentle reminders in your own time zone: warm-ups, strength, rest days, distance and shoes.
    Habits and education, not a diagnosis. I always tell you clearly when to see a doctor.
    Press Start to begin.
profile-short_description = Knee-friendly running habits: a cause quiz, a weekly plan, gentle reminders. Not a diagnosis.
profile-share_invite = KneeGuard helps runners keep their knees healthy: a short quiz, a weekly plan, gentle reminders.

## share

share-text = Know a runner whose knees could use some care? Send them this link: { $link }
share-share_button = 📣 Share with a running friend

## quiz

quiz-intro = Nine quick questions, buttons only. You can go back at any time.
quiz-progress = <b>Question { $index }/{ $total }</b>
quiz-back_button = « Back
quiz-expired = This question has expired… Send /quiz to start again.
quiz-use_buttons = Please use the buttons below.
quiz-already_running = You are in the middle of the quiz; here is the current question again.
quiz-miles_options-shoes-under_500 = Under { $low }
quiz-miles_options-shoes-km500_800 = { $low_value }–{ $high }
quiz-miles_options-shoes-over_800 = Over { $high }
quiz-miles_reasons-shoes-km500_800 = shoes at { $low_value }–{ $high }
quiz-miles_reasons-shoes-over_800 = shoes past { $high }
quiz-result-heading = <b>Your likely causes</b>
quiz-result-cause_line = { $rank }. <b>{ $title }</b>: { $reasons }.
quiz-result-cause_line_plain = { $rank }. <b>{ $title }</b>
quiz-result-nothing = <b>No clear cause</b> from your answers. Here are the basics that help every runner: build up gradually, keep rest days, and do strength work twice a week.
quiz-result-preventing = No pain right now: great. The plan keeps it that way with gradual load and strength work.
quiz-result-assessment_note = Pain inside or deep in the knee is worth a GP or physiotherapist's look, even while you follow the plan.
quiz-result-cadence_check = Not sure about your stride? Count your steps for 30 seconds on an easy run; the cadence card in /learn says what to do next.
quiz-result-plan_note = Your plan: strength twice a week for everyone, plus the causes above.
quiz-result-disclaimer = <i>Likely habits to change, not a diagnosis. Why? explains each cause.</i>
quiz-result-why_hint = <i>Why? explains each cause.</i>
quiz-result-hold_note = ⚠️ Your knee status holds any increase for now (/status): build up only when it allows.
quiz-result-detail_footer = <i>Habits and education, not a diagnosis.</i>
quiz-result-why_header = <b>Why?</b> ({ $page }/{ $total })
quiz-result-detail_title = <b>{ $rank }. { $title }</b>
quiz-result-detail_because = <i>From your answers:</i> { $reasons }.
quiz-result-detail_body =
    { $why }
    <i>What to do:</i> { $what_to_do }
    <i>Source: { $source }</i>
quiz-result-basics_detail =
    Nothing in your answers points to one cause. The basics still help: build your weekly distance gradually (about 10 % a week is a gentle rule of thumb, not a proven limit), keep rest days, and do strength work for hips and thighs twice a week; strength training almost halved overuse injuries across sports.
    <i>Source: { $source }</i>
    .source = Buist 2008 AJSM; Lauersen 2014 BJSM 48:871; Collins 2018 BJSM 52:1170
quiz-result-why_button = Why?
quiz-result-next_button = Next cause »
quiz-result-back_button = « Back to the result
quiz-result-plan_button = Set up my plan
quiz-result-retake_button = Take the quiz again

## red_flag

red_flag-urgent =
    <b>Please get help today.</b>
    What you describe can be a sign of an injury that needs checking now. Do not run. Go to urgent care or an emergency department, or call your local medical helpline.
    Tell them: { $symptom }, when it started, and what you were doing (for example a fall, a twist or a "pop").
    <i>Source: { $source }</i>
    <i>I can't assess injuries; this is not a diagnosis or medical advice.</i>
    .source = NHS: Knee pain (get help today); NHS Running injuries
red_flag-soon =
    <b>Please see a GP or physiotherapist within the next few days.</b>
    What you describe ({ $symptom }) should be looked at before you keep training. Rest from running until then.
    Tell them where it hurts, since when, what makes it worse and how much you run.
    <i>Source: { $source }</i>
    <i>I can't assess injuries; this is not a diagnosis or medical advice.</i>
    .source = NHS: Knee pain; NHS Running injuries; Willy 2019 JOSPT 49(9) CPG
red_flag-symptoms-cant_bear = not being able to take weight on the leg
red_flag-symptoms-severe = severe pain (8–10 out of 10)
red_flag-symptoms-severe_pain = severe pain (8–10 out of 10)
red_flag-symptoms-locked = a knee that is locked and will not straighten
red_flag-symptoms-swollen = a knee that looks deformed or badly swollen
red_flag-symptoms-hot = a hot, red knee with a fever or feeling unwell
red_flag-symptoms-numb = a numb foot, or a foot that is cold and pale
red_flag-symptoms-pop = a fall or twist with a "pop"
red_flag-symptoms-gives_way = a knee that gives way
red_flag-symptoms-night = pain at night or at rest
red_flag-symptoms-worsening = pain that keeps getting worse
red_flag-symptoms-mild_swelling = mild swelling that does not settle
red_flag-symptoms-catching = a knee that catches (but does not lock)
red_flag-symptoms-checkin_button = the sign you reported
red_flag-quiz_stopped = I've stopped the quiz here: this needs a professional first. You can come back with /quiz later.

## escalation

escalation-message =
    <b>Time to get your knee checked.</b>
    { $reasons }
    Please stop running for now and see a GP or physiotherapist; they can tell you how much running your knee can take while it settles.
    Tell them: where it hurts, since when, your check-in history (/history), and your weekly distance.
    <i>Source: { $source }</i>
    <i>Not medical advice; I can't diagnose.</i>
    .source = NHS Running injuries (stop running and get it checked if the pain has not gone after a week)
escalation-reasons-red_flag = • You reported a sign that needs a professional to look at it.
escalation-reasons-severe_pain = • You reported severe pain (8–10 out of 10).
escalation-reasons-strong_pain_twice = • Your pain was 6–7 out of 10 twice within a week.
escalation-reasons-non_green_three = • Three of your check-ins in a week were not green.
escalation-reasons-worse_morning_twice = • Your knee felt worse the next morning twice within a week.
escalation-reasons-non_green_week = • Your knee has not settled for a week.
escalation-follow_up = A few days ago I suggested getting your knee checked. Did you manage to?
escalation-follow_up_yes_button = Yes, I got it checked
escalation-follow_up_no_button = Not yet
escalation-follow_up_yes =
    Good. Follow what they advised. If they cleared you to run, tell me in /status; until then your run reminders stay on hold.
    <i>Habits and education, not a diagnosis.</i>
escalation-follow_up_no =
    Please do book it soon. Until then: no running, only pain-free movement.
    <i>Habits and education, not a diagnosis.</i>

## plan

plan-no_quiz_yet = Your plan builds on the quiz. Send /quiz first; it takes about a minute.
plan-timezone-prompt =
    First, your time zone, so reminders arrive at the right hour.
    Share your location, pick a zone below, or type a zone or city (for example <code>Europe/Berlin</code> or <code>Lisbon</code>).
plan-timezone-share_location_button = 📍 Share location
plan-timezone-location_hint = Or tap <b>📍 Share location</b> below: I only use it to find your time zone and do not keep it.
plan-timezone-pick_button = Pick from a list
plan-timezone-invalid = I don't know the zone or city <code>{ $value }</code>. Try a zone like <code>Europe/Paris</code> or a big city nearby.
plan-timezone-abbreviation = <code>{ $value }</code> is an abbreviation, and it does not follow summer time. Type your city (like <code>New York</code>) or a zone like <code>America/New_York</code>.
plan-timezone-confirmed = Time zone set to <b>{ $zone }</b> (local time now { $local_time }).
plan-timezone-kept = Time zone unchanged: <b>{ $zone }</b> (local time now { $local_time }).
plan-timezone-location_elsewhere = I use a location only to set your time zone: /settings → Time zone. Nothing was stored.
plan-days-prompt = On which days do you usually run? Tap to toggle, then press Done.
plan-days-done_button = Done
plan-days-none_selected = Please pick at least one running day.
plan-days-selected_mark = ✅ { $day }
plan-days-weekdays-mon = Mon
plan-days-weekdays-tue = Tue
plan-days-weekdays-wed = Wed
plan-days-weekdays-thu = Thu
plan-days-weekdays-fri = Fri
plan-days-weekdays-sat = Sat
plan-days-weekdays-sun = Sun
plan-run_time-prompt = What time do you usually start running? Pick one or type it (like <code>18:30</code> or <code>6:30pm</code>).
plan-run_time-invalid = <code>{ $value }</code> is not a time I understand. Type it like <code>18:30</code> or <code>6:30pm</code>.
plan-weekly_km-prompt = Roughly how many { $unit_name } do you run in a week? Type a number, or skip.
plan-weekly_km-invalid = Please type a number of { $unit_name } between 0 and { $max_km }, for example <code>25</code>.
plan-weekly_km-skip_button = Not sure
plan-shoes-prompt = How far have your current running shoes gone? Pick a range, or type { $unit_name } or the months since you bought them (for example <code>350</code> or <code>8 months</code>).
plan-shoes-options-new = New (under { $low_new })
plan-shoes-options-under_500 = Under { $low }
plan-shoes-options-mid = { $low_value }–{ $high }
plan-shoes-options-over_800 = Over { $high }
plan-shoes-options-unsure = Not sure
plan-shoes-invalid = Please type { $unit_name } (like <code>350</code>) or months (like <code>8 months</code>).
plan-summary-heading = <b>Your week</b>
plan-summary-focus = Focus: <b>{ $first }</b> and <b>{ $second }</b>
plan-summary-focus_one = Focus: <b>{ $first }</b>, plus the basics (gradual load, strength twice a week)
plan-summary-focus_basics = Focus: the basics (gradual load, strength twice a week)
plan-summary-day_line = <b>{ $day }</b>: { $items }
plan-summary-rest_day = rest
plan-summary-weekly_km = Weekly distance to hold for now: <b>{ $km }</b>
plan-summary-shoes_when_due = Shoe check: only when your pair is due ({ $threshold_km } or { $months ->
        [one] { $months } month
       *[other] { $months } months
    }; now { $km }), then { $day } { $time }.
plan-summary-shoes_due = Shoe check: your pair is <b>due</b>; the nudge with the details comes { $day } { $time }.
plan-summary-item = { $label } { $time }
plan-summary-no_rest_day =
    ⚠️ <b>No rest day in this week.</b> Knees adapt between runs: keep at least one day a week without running (change your running days to make room).
    <i>Source: { $source }</i>
    .source = “6 Common Causes of Knee Pain After Running” (article: rest days); Gabbett 2016 BJSM
plan-summary-few_rest_days_new =
    ⚠️ <b>Fewer than two rest days.</b> While you are new to running or coming back, two days a week without running give your knees time to adapt (change your running days to make room).
    <i>Source: { $source }</i>
    .source = “6 Common Causes of Knee Pain After Running” (article: rest days); Gabbett 2016 BJSM
plan-items-warmup = warm-up
plan-items-stretch = stretch
plan-items-checkin = check-in
plan-items-morning_checkin = morning check-in
plan-items-strength = strength
plan-items-rest = rest day
plan-items-distance = weekly distance
plan-items-shoes = shoe check
plan-items-knee_check = knee check
plan-items-weekly_card = weekly card
plan-items-run = run
plan-confirm_button = Looks good
plan-change_button = Change something
plan-confirmed = Your plan is on. I'll send the first reminder at { $next_time }. /pause stops reminders at any time.
plan-expired = These buttons have expired. Send /plan to set up your plan, or /settings to change it.

## units

units-km = { $value } km
units-mi = { $value } mi
units-km_range = { $low }–{ $high } km
units-mi_range = { $low }–{ $high } mi
units-names-km = kilometres
units-names-mi = miles
units-prompt = Show distances in kilometres or miles? Typed distances follow this too ("25 km" or "15 mi" with the number always works).
units-options-km = Kilometres
units-options-mi = Miles

## settings

settings-menu =
    <b>Settings</b>
    What would you like to change?
settings-current-text =
    Time zone: { $zone }
    Runs: { $runs }
    Quiet hours: { $quiet }
    Weekly distance: { $distance }
    Units: { $units }
settings-current-unset = not set
settings-current-distance_runs = from your logged runs
settings-current-distance_typed = typed each Sunday (send run files to log them)
settings-buttons-timezone = Time zone
settings-buttons-days = Running days
settings-buttons-run_time = Run time
settings-buttons-weekly_km = Weekly distance
settings-buttons-shoes = Shoes
settings-buttons-shoe_threshold = Shoe replacement distance
settings-buttons-reminders = Reminders on/off
settings-buttons-quiet_hours = Quiet hours
settings-buttons-language = Language
settings-buttons-weekly_card = Weekly card day
settings-buttons-units = Units
settings-buttons-done = Done
settings-saved = Saved. Your plan is updated.
settings-saved_plan_pending = Saved. Your plan is not confirmed yet: send /plan to finish setting it up.
settings-expired = This settings menu has expired. Send /settings to open it again.
settings-quiet_prompt = When should I keep quiet? Reminders due then wait until the end, except the warm-up and stretch around your own run time; advice to see a doctor is never held back. Pick one or type it like <code>22:30-06:30</code>.
settings-quiet_off = No quiet hours
settings-quiet_invalid = <code>{ $value }</code> is not a time range I understand. Type it like <code>22:30-06:30</code> or <code>11pm to 6am</code>.
settings-language_prompt = Which language should I use?
settings-language_auto = Same as my Telegram app
settings-shoe_threshold_prompt = After how many { $unit_name } should I suggest new shoes? Type a number from { $min_km } to { $max_km } (default { $default_km }).
settings-shoe_threshold_invalid = Please type a number from { $min_km } to { $max_km }.

## pause

pause-question = <b>Pause reminders</b> for how long? Check-ins pause too; safety messages still come through.
pause-done = Reminders paused. Your data stays; send /resume to switch them back on.
pause-done_until = Reminders paused until <b>{ $until }</b>. I'll tell you when they are back on; /resume switches them on sooner.
pause-already = Reminders are already paused. /resume switches them back on.
pause-already_until = Reminders are paused until <b>{ $until }</b>. /resume switches them back on sooner.
pause-cancelled = Nothing changed: reminders stay on.
pause-ended = <b>Reminders are back on</b> after your pause. Next one: { $next_time }. /pause stops them again.
pause-ended_nothing_planned = <b>Your pause is over.</b> No reminder is planned yet: /plan sets up your week.
pause-buttons-one_day = 1 day
pause-buttons-three_days = 3 days
pause-buttons-one_week = 1 week
pause-buttons-two_weeks = 2 weeks
pause-buttons-until_resumed = Until I resume
pause-buttons-resume_now = Resume now
pause-buttons-keep = Keep paused

## resume

resume-done = Reminders are back on. Next one: { $next_time }.
resume-not_paused = Reminders are already on.

## reminders

reminders-warmup =
    <b>Your run is coming up.</b> Start with a few minutes of easy jogging and drills.
    { $tip }
reminders-stretch =
    <b>Run done?</b> If you like, a few gentle stretches now; keep them comfortable and short.
    { $tip }
reminders-strength =
    <b>Strength day.</b> About 20 minutes, pain-free only.

    { $routine }

    <i>Source: { $source } · not a diagnosis</i>
    .source = Collins 2018 BJSM 52:1170; Willy 2019 JOSPT 49(9) CPG
reminders-exercise_card =
    <b>{ $name }</b>, { $sets } × { $reps }
    { $start }: { $how }. Avoid { $avoid }.
reminders-rest =
    <b>Rest day.</b> Walk, cycle or swim if you like; rest days are part of the plan.
    { $tip }
reminders-distance = <b>Weekly check:</b> how many { $unit_name } did you run this week? Type a number, for example <code>24</code>.
reminders-distance_logged = <b>Weekly check:</b> your logged runs add up to <b>{ $km }</b> this week. If you ran more without a file, type the week's total, for example <code>24</code>.
reminders-shoes =
    <b>Shoe check:</b> { $km } on your current pair.
    { $tip }
reminders-warmup_cadence =
    <b>Form focus:</b> on this run, take slightly shorter, quicker steps, about 5 % more per minute. A metronome app set a little above your usual step rate helps.
    <i>Source: { $source }</i>
    .source = Heiderscheit 2011 MSSE 43:296; Lenhart 2014 MSSE
reminders-warmup_caution = <b>Knee status: caution.</b> Keep today's run easy and hold your distance, no increase; short, quick steps help.
reminders-warmup_caution_km = <b>Knee status: caution.</b> Keep today's run easy and stay within about { $km } this week; short, quick steps help.
reminders-warmup_reduced = <b>Knee status: reduced.</b> Run about a third less than usual this week, or swap this run for cycling or swimming.
reminders-warmup_reduced_km = <b>Knee status: reduced.</b> Run less than usual (under { $km } this week), or swap this run for cycling or swimming.
reminders-warmup_returning = <b>Graded return.</b> An easy run at about half your usual distance; no increases yet.
reminders-warmup_returning_km = <b>Graded return.</b> An easy run; keep this week to about { $km } in all, no increases yet.
reminders-rest_instead_of_run =
    <b>No run today.</b> Your knee status is rest: only pain-free strength or easy walking. Runs come back after at least 48 hours and two green check-ins on different days (/status).
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles); NHS Running injuries
reminders-buttons-done = Done
reminders-buttons-snooze_30 = Snooze 30 min
reminders-buttons-snooze_2h = Snooze 2 h
reminders-buttons-skip_today = Skip today
reminders-ack-done = Nice work! ✅
reminders-ack-snoozed = Okay, I'll remind you again at { $time }.
reminders-ack-skipped = Skipped for today.
reminders-ack-too_late = That reminder has passed; nothing to do.
reminders-ack-noted = Noted ✅
reminders-ack-run_distance = How far was it? Type the distance (like <code>8</code>) and I'll log the run; or just carry on.

## checkin

checkin-intro = Quick check-in, two taps.
checkin-poll-pain_question = How much does your knee hurt right now? (0 = none, 10 = worst)
checkin-poll-pain_options-p0 = 0: no pain
checkin-poll-pain_options-p1_3 = 1–3: noticeable, doesn't change how I run
checkin-poll-pain_options-p4_5 = 4–5: it bothers me, I hold back a little
checkin-poll-pain_options-p6_7 = 6–7: hard to run normally
checkin-poll-pain_options-p8_10 = 8–10: severe, I can't run
checkin-poll-morning_question = This morning, compared with before yesterday's run, your knee is:
checkin-poll-morning_options-same_or_better = Same or better
checkin-poll-morning_options-slightly_worse = Slightly worse
checkin-poll-morning_options-clearly_worse = Clearly worse
checkin-walking_pain_button = It hurts when I walk
checkin-thanks = Thanks, noted.
checkin-expired = This check-in has closed; send /checkin to record how you feel now.
checkin-zone-green =
    <b>Green.</b> Carry on as planned; gradual progression is fine.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-back_to_ok =
    <b>Green again, on two different days.</b> Your knee status is back to ok: the plan as set, gradual progression is fine.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-green_hold =
    <b>Green.</b> Good. Keep holding your distance; a green check-in on another day ends the caution.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-amber =
    <b>Amber.</b> Hold your distance this week, no increase. Try shorter, quicker steps (about 5% more steps per minute).
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles); Heiderscheit 2011 MSSE 43:296
checkin-zone-two_ambers =
    <b>Amber twice this week.</b> Cut your running by about 30% and swap one run for cycling or swimming.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles); Esculier 2018 BJSM 52:659
checkin-zone-red =
    <b>Red.</b> No running for now: rest for at least 2 days, with only strength exercises that don't hurt. I'll ask about your knee each morning; runs come back, gently, after two green check-ins on different days.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles); NHS Running injuries
checkin-zone-rest_until_green =
    <b>Still resting.</b> Keep to pain-free strength. Runs come back after at least 48 hours and two green check-ins on different days.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-rest_green =
    <b>Green, good.</b> Rest goes on for now: one green never ends it. Runs come back after at least 48 hours and two green check-ins on different days.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-returning_start =
    <b>Runs are back, gently.</b> For one to two weeks: easy runs at about half your earlier weekly distance (about { $km } a week), no increases, and a check-in after every run.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = NHS Running injuries; adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-returning =
    <b>Noted.</b> Keep to the graded return: easy runs, no increases. Two weeks without amber or red and you're back to your plan.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = NHS Running injuries; adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)
checkin-zone-still_see_clinician =
    <b>Noted.</b> Your runs stay on hold until a GP or physiotherapist has checked your knee. When they clear you to run, tell me in /status.
    <i>Source: { $source }</i>
    <i>Not medical advice; I can't diagnose.</i>
    .source = NHS Running injuries

## status

status-card-ok = <b>Knee status: ok.</b> Your plan runs as set.
status-card-caution = <b>Knee status: caution.</b> Hold your distance (no increases); short, quick steps.
status-card-reduced = <b>Knee status: reduced.</b> About a third less running; swap a run for cycling or swimming.
status-card-rest = <b>Knee status: rest.</b> No runs, warm-ups or stretches for now; only pain-free strength and a daily check on your knee.
status-card-see_clinician = <b>Knee status: see a professional.</b> Your runs are on hold until a GP or physiotherapist has checked your knee.
status-card-returning = <b>Knee status: graded return.</b> Easy runs at about half your earlier distance, no increases, a check-in after every run.
status-since = Since { $since }: { $why }
status-why-red_flag = you reported a sign that needs a professional.
status-why-severe_pain = you reported severe pain (8–10 out of 10).
status-why-strong_pain_twice = pain of 6–7 out of 10 twice within a week.
status-why-non_green_three = three check-ins in a week that were not green.
status-why-worse_morning_twice = worse the next morning twice within a week.
status-why-non_green_week = your knee has not settled for a week.
status-why-red = a red check-in.
status-why-amber = an amber check-in.
status-why-amber_twice = two amber check-ins within a week.
status-why-two_greens = two green check-ins on different days.
status-why-rest_done = rest of at least 48 hours and two green check-ins.
status-why-return_done = two weeks of graded return without amber or red.
status-why-cleared = you told me a professional cleared you to run.
status-why-told_to_rest = you told me a professional advised rest.
status-why-migrated = your earlier check-ins.
status-return_km = This week's guide: about <b>{ $km }</b> in all.
status-leave-ok = Any amber or red check-in changes this.
status-leave-caution = Two green check-ins on different days bring you back to ok.
status-leave-reduced = Two green check-ins on different days bring you back to ok.
status-leave-rest = Runs come back after at least 48 hours of rest and two green check-ins on different days; then a graded return.
status-leave-see_clinician = Runs come back only when you tell me a professional has checked you and cleared you to run (the button below). Then a graded return.
status-leave-returning = Two weeks without an amber or red check-in bring you back to your plan. Amber goes back to caution, red to rest.
status-footer =
    <i>Source: NHS Running injuries; adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles).</i>
    <i>Habits and education, not a diagnosis.</i>
status-runs_on_hold_footer = Your run reminders are on hold. When a professional has checked your knee and cleared you to run, tell me in /status.
status-daily_check =
    <b>How is your knee today?</b> Have you been able to get it checked? Tell me below; I ask once a day and never at night.
    <i>Not medical advice; I can't diagnose.</i>
status-buttons-still_hurts = Still hurts
status-buttons-better = Better
status-buttons-cleared = I've been checked: cleared to run
status-buttons-told_to_rest = I've been checked: told to rest
status-buttons-worry = ⚠️ Something worries me
status-worry-prompt = <b>Do you have any of these?</b> The first seven need help today; the others a check within days. Pick the one that fits best.
status-worry-none_button = None of these
status-worry-none = Good. If anything changes, this list is under every check-in, in /status and in /help.
status-reply-hurts =
    Sorry it still hurts. Please do get it checked soon; if a sign on the list appears, press ⚠️ Something worries me.
    <i>Not medical advice; I can't diagnose.</i>
status-reply-better =
    Good to hear. Runs stay on hold until a professional has checked you and cleared you to run: that is the safe way back.
    <i>Not medical advice; I can't diagnose.</i>
status-reply-cleared =
    Great that you've been checked. Runs are back, gently: one to two weeks of easy runs at about half your earlier distance, no increases, and a check-in after every run.
    <i>Habits and education, not a diagnosis.</i>
status-reply-cleared_km =
    Great that you've been checked. Runs are back, gently: one to two weeks of easy runs, about <b>{ $km }</b> a week, no increases, and a check-in after every run.
    <i>Habits and education, not a diagnosis.</i>
status-reply-rest =
    Thanks. I'll hold your runs and ask about your knee each morning; after at least 48 hours and two green check-ins on different days, a graded return.
    <i>Habits and education, not a diagnosis.</i>
status-reply-stale = That button is old or not yours, so nothing changed. /status shows where your knee stands.
status-reply-not_waiting = Nothing to change: your runs are not on hold for a check. /status shows where your knee stands.
status-plan_banner-caution = ⚠️ <b>Knee status: caution</b> – hold your distance (/status).
status-plan_banner-reduced = ⚠️ <b>Knee status: reduced</b> – about a third less running (/status).
status-plan_banner-rest = ⛔ <b>Knee status: rest</b> – no runs for now; the week below is what I will send (/status).
status-plan_banner-see_clinician = ⛔ <b>Runs on hold until a professional has checked your knee</b> (/status).
status-plan_banner-returning = ↗️ <b>Graded return</b> – easy runs, no increases (/status).

## distance

distance-ask = How many kilometres did you run this week? Type a number, for example <code>24</code>.
distance-invalid = Please type a number of { $unit_name } between 0 and { $max_km }.
distance-recorded = Noted: <b>{ $km }</b> this week.
distance-no_data = I need at least two weeks of distances to compare. Keep them coming.
distance-ramp_ok =
    Steady build-up. Next week up to about <b>{ $next_km }</b> is fine: about 10 % more, a gentle rule of thumb (in one study the strict 10 % rule did not prevent injuries, so listen to your knee too).
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Buist 2008 AJSM; Nielsen 2014 JOSPT
distance-ramp_fast =
    That is more than 10 % up on last week. Gradual steps may be gentler on knees; next week, hold at about <b>{ $next_km }</b>.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Nielsen 2014 JOSPT; Gabbett 2016 BJSM
distance-ramp_warning =
    <b>Careful:</b> your distance rose more than 30 % over two weeks. In one study of new runners, those who increased their distance by more than 30 % in two weeks tended to get more overuse injuries, such as kneecap pain and IT-band syndrome. Hold at about <b>{ $next_km }</b> for now.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Nielsen 2014 JOSPT (874 runners; HR 1.59, 95 % CI 0.96–2.66, not significant in the main analysis)
distance-ramp_ok_small =
    Steady. Under about { $small_week } a week, a step of { $small_steps } is gentler than a percentage: next week up to about <b>{ $next_km }</b>.
    <i>Habits and education, not a diagnosis.</i>
distance-ramp_fast_small =
    That is a step of more than { $small_step } on last week. Under about { $small_week } a week, steps of { $small_steps } are gentler; next week, hold at about <b>{ $next_km }</b>.
    <i>Habits and education, not a diagnosis.</i>
distance-zero_week =
    A week without running, noted. When you start again, begin at about half your usual distance and build up from there.
    <i>Habits and education, not a diagnosis.</i>
distance-comeback =
    Welcome back after a week off. Ease back in: next week about <b>{ $next_km }</b> (half of this week), then build up gradually.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = NHS Running injuries; Gabbett 2016 BJSM
distance-status_rest =
    Noted. Your knee status is rest, so no distance advice for now; runs come back after two green check-ins on different days (/status).
    <i>Habits and education, not a diagnosis.</i>
distance-status_see_clinician =
    Noted. Your runs are on hold until a professional has checked your knee (/status), so no distance advice for now.
    <i>Habits and education, not a diagnosis.</i>
distance-status_returning =
    Graded return: keep to about <b>{ $next_km }</b> a week, no increases, until two weeks pass without amber or red.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = NHS Running injuries
distance-hold_after_pain =
    Your recent check-ins were not green, so hold at about <b>{ $next_km }</b>; no increase until they are.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = adapted from Silbernagel 2007 AJSM 35:897 (pain-monitoring model, Achilles)

## shoes

shoes-nudge_distance =
    Your shoes have about <b>{ $km }</b> on them. Around { $threshold_km } many runners find them worn; if they look or feel tired, time for a new pair. Pick by comfort, and ease new models in over a few runs.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = rule of thumb, thin evidence; Nigg 2015 BJSM; Malisoux 2015 SJMSS
shoes-nudge_strava =
    Strava says your <b>{ $pair }</b> have about <b>{ $km }</b> on them. Around { $threshold_km } many runners find them worn; if they look or feel tired, time for a new pair. Pick by comfort, and ease new models in over a few runs.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = rule of thumb, thin evidence; Nigg 2015 BJSM; Malisoux 2015 SJMSS
shoes-nudge_age =
    Your shoes are about <b>{ $months ->
        [one] { $months } month
       *[other] { $months } months
    }</b> old. If they look or feel worn, consider a new pair, chosen by comfort, eased in gradually.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = rule of thumb, thin evidence; Nigg 2015 BJSM
shoes-ok =
    Your shoes have about { $km } on them; no change needed yet.
    <i>Habits and education, not a diagnosis.</i>
shoes-new_shoes_button = I got new shoes
shoes-reset_done =
    New shoes noted; I'll count from zero. Tip: in one study, runners who rotated two pairs had fewer injuries.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Malisoux 2015 SJMSS (HR 0.61)
shoes-worn_button = They feel worn

## history

history-heading = <b>Your last { $days ->
        [one] day
       *[other] { $days } days
    }</b>
history-empty = No check-ins yet. Send /checkin after your next run.
history-line = { $date }: { $zone } (pain { $pain })
history-distance_line = Week of { $week }: { $km }
history-chart_caption = Your last { $days ->
        [one] day
       *[other] { $days } days
    }: check-ins, runs and knee status.
history-span_4w_button = 4 weeks
history-span_12w_button = 12 weeks
history-span_shown_button = ✓ { $span }
history-zones-green = 🟢 green
history-zones-amber = 🟠 amber
history-zones-red = 🔴 red
history-adherence = Reminders done: { $done } of { $sent }
history-adherence_kind = • { $kind }: { $done } of { $sent }
history-no_reminders = No reminders with buttons in this period.
history-checkins = Check-ins answered: { $answered } of { $asked }
history-streak = Planned days in a row: { $days }. Rest days, pauses and rest for your knee never break it.
history-chart-pain_axis = Pain after a run (0–10)
history-chart-distance_axis-km = km run that day
history-chart-distance_axis-mi = miles run that day
history-chart-after_run = Pain after a run (dot colour: zone)
history-chart-morning_row = Morning after
history-chart-morning_same = Morning: same or better
history-chart-morning_slightly = Morning: slightly worse
history-chart-morning_clearly = Morning: clearly worse
history-chart-walking = Hurts when walking
history-chart-flags = Red flag
history-chart-missing = No answer
history-chart-runs-km = Run (km)
history-chart-runs-mi = Run (mi)
history-chart-rest = Rest for the knee
history-chart-see_clinician = See a clinician
history-chart-empty = No check-ins or runs in these days yet.

## weekly_card

weekly_card-week = <b>Your week</b>: runs { $runs }, { $km } (last week: runs { $last_runs }, { $last_km }).
weekly_card-strength = Strength: { $done } of { $planned } done.
weekly_card-settings_prompt = On which day should your weekly card come? It arrives at 18:00 your time. (The 🔔 weekly card button in /settings switches it off.)
weekly_card-praise = Nice week!
weekly_card-knee = Knee: { $status }, pain { $trend }.
weekly_card-statuses-ok = ok
weekly_card-statuses-caution = caution
weekly_card-statuses-reduced = reduced running
weekly_card-statuses-rest = resting
weekly_card-statuses-see_clinician = waiting to be checked
weekly_card-statuses-returning = graded return
weekly_card-trends-better = better than last week
weekly_card-trends-steady = about the same as last week
weekly_card-trends-worse = worse than last week
weekly_card-trends-unknown = not reported this week
weekly_card-suggestions-rest = Next week: runs stay on hold; pain-free strength is fine. /status shows what brings runs back.
weekly_card-suggestions-see_clinician = Next week: please get your knee checked before running again, and tell me in /status once you are cleared.
weekly_card-suggestions-ease_off = Next week: ease off with shorter, easier runs, and check in after each one.
weekly_card-suggestions-returning = Next week: keep to easy runs of about { $km } in total, no increases.
weekly_card-suggestions-returning_easy = Next week: keep to easy runs at about half your usual distance, no increases.
weekly_card-suggestions-hold = Next week: hold your distance and keep the runs easy.
weekly_card-suggestions-strength = Next week: fit in your strength sessions first; hip and thigh exercises helped kneecap pain.
weekly_card-suggestions-progress = Next week: up to { $km } if your knee stays calm; small steps, never a jump.
weekly_card-suggestions-log_runs = Next week: send me your runs (.fit, .gpx or .tcx files) so I can compare the weeks.
weekly_card-footer =
    <i>Source: Nielsen 2014 JOSPT 44:739 (weekly distance and knee pain); Collins 2018 BJSM 52:1170 (hip and knee strength).</i>
    <i>Habits and education, not a diagnosis.</i>
weekly_card-chart-title-km = Km per day
weekly_card-chart-title-mi = Miles per day
weekly_card-chart-km_axis-km = km
weekly_card-chart-km_axis-mi = mi
weekly_card-chart-this_week = This week
weekly_card-chart-last_week = Last week
weekly_card-chart-days-mon = Mon
weekly_card-chart-days-tue = Tue
weekly_card-chart-days-wed = Wed
weekly_card-chart-days-thu = Thu
weekly_card-chart-days-fri = Fri
weekly_card-chart-days-sat = Sat
weekly_card-chart-days-sun = Sun

## activities

activities-logged = Logged: run on { $when }, <b>{ $km }</b>, { $duration }.
activities-duplicate = Already logged: run on { $when }, { $km }. Nothing changed.
activities-not_run = That was { $sport }: I only count runs, so I left it out.
activities-sports-walking = a walk
activities-sports-hiking = a hike
activities-sports-cycling = a ride
activities-sports-swimming = a swim
activities-sports-other = not a run
activities-duration_minutes = { $minutes } min
activities-duration_hours = { $hours } h { $minutes } min
activities-more = …and { $count } more.
activities-spike =
    <b>Heads-up:</b> this run was { $percent }% longer than your longest in the 30 days before it ({ $longest_km }). In a study of 5,205 runners, a single run more than 10% longer than the 30-day longest came with more overuse injuries. Let the next runs be easy and notice how your knee feels.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Frandsen 2025 BJSM 59:1203 (HRR 1.64)
activities-big_spike =
    <b>Heads-up:</b> this run was more than twice as long as your longest in the 30 days before it ({ $longest_km }). In a study of 5,205 runners, runs over double the 30-day longest came with the most overuse injuries. Let the next runs be easy and notice how your knee feels.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Frandsen 2025 BJSM 59:1203 (HRR 2.28)
activities-errors-too_big = That file is too big for me: I can read activity files up to 20 MB. Nothing was stored.
activities-errors-not_activity = I couldn't read that file: it is not a FIT, GPX or TCX activity file. Nothing was stored.
activities-errors-broken = I couldn't read that file: it looks damaged or cut short. Try exporting it again. Nothing was stored.
activities-errors-empty = I couldn't find an activity in that file. Nothing was stored.
activities-errors-no_times = That file has no times, so I can't tell when the run was (a planned route?). Nothing was stored.
activities-on_hold-rest =
    Noted. Your knee status is rest, so please hold off running for now: runs come back after at least 48 hours and two green check-ins on different days (/status).
    <i>Habits and education, not a diagnosis.</i>
activities-on_hold-see_clinician =
    Noted. Your runs are on hold until a GP or physiotherapist has checked your knee; if it hurts now, please rest it. When they clear you to run, tell me in /status.
    <i>Not medical advice; I can't diagnose.</i>
activities-chart-title-km = Kilometres per week, from your logged runs
activities-chart-title-mi = Miles per week, from your logged runs
activities-chart-km_axis-km = km
activities-chart-km_axis-mi = mi
activities-chart-caption = Your logged runs, the last { $weeks } weeks (weeks start on Monday).
activities-list_heading = <b>Your last runs</b>
activities-list_line = • { $when }: { $km }, { $duration }
activities-list_empty = No runs logged yet. Send me a .fit, .gpx or .tcx file from your watch or app (gzipped is fine) and I'll log it.

## strava

strava-offer =
    <b>Connect Strava</b> and every run you record there comes to me by itself: distance and the heads-up for a run much longer than usual, no files to send.
    I only read your activities; /disconnect ends it at any time. The link works for 30 minutes.
strava-connect_button = Connect Strava
strava-not_available = Strava is not set up on this bot. You can still send me your runs as .fit, .gpx or .tcx files.
strava-already_connected = Strava is already connected: new runs come in by themselves. /disconnect ends it.
strava-connected = <b>Strava connected.</b> Your next runs on Strava come in by themselves. /disconnect ends it at any time.
strava-disconnected = Strava disconnected: I revoked my access and deleted the tokens. Runs already logged stay; /delete erases everything.
strava-not_connected = Strava is not connected. /connect links it.
strava-deauthorized = You removed KneeGuard's access in Strava, so I deleted the connection. /connect links it again.
strava-from_strava = From Strava:
strava-on_hold = Your runs are on hold for now, so I logged it and nothing more. /status says what brings them back.
strava-nice_run = Nice run!
strava-page-title = KneeGuard and Strava
strava-page-connected = Strava is connected. You can close this page and go back to Telegram.
strava-page-bad_link = This link is not valid or has expired. Send /connect in Telegram for a new one.
strava-page-used_link = This link was used already. Send /connect in Telegram for a new one.
strava-page-denied = Nothing was connected. Send /connect in Telegram if you change your mind.
strava-page-scope_missing = KneeGuard needs to read your activities (including private ones) to log your runs. Send /connect in Telegram and leave that box ticked.
strava-page-failed = Strava did not answer as expected, so nothing was connected. Please try /connect again in a few minutes.

## learn

learn-header = <b>Learn</b> { $index }/{ $total }
learn-next_button = Next »
learn-back_button = « Back
learn-done_button = Done
learn-finished = That was the last card. /learn starts again; /help lists everything I can do.
learn-cards-soreness =
    <b>Soreness or pain?</b>
    Muscle soreness is a dull ache in the muscles, often a day or two after a hard or new session, and it eases as you move. Knee pain is sharp or throbbing, at the joint itself, and may get worse as you run. Soreness is part of training; pain at the knee is a signal to hold back and to use the check-ins (/checkin).
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = “6 Common Causes of Knee Pain After Running” (article FAQ); NHS Running injuries
learn-cards-see_doctor =
    <b>When to see a doctor</b>
    <b>Get help today</b> (urgent care or an emergency department):
    { $urgent }
    <b>See a GP or physiotherapist within a few days:</b>
    { $soon }
    And stop running and get it checked if the pain has not gone after about a week. If a sign appears, press ⚠️ Something worries me in /status.
    <i>Source: { $source }</i>
    <i>Not medical advice; I can't diagnose.</i>
    .source = NHS: Knee pain; NHS Running injuries
learn-cards-rest =
    <b>How long to rest</b>
    A few days to a week off running is often enough for a grumpy knee; walking, cycling or swimming are fine if they don't hurt. If the pain has not gone after about a week, stop running and get it checked. Most knee pain settles within 6–12 weeks with the right load. Come back gently, at about half your usual distance.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = NHS Running injuries; “6 Common Causes of Knee Pain After Running” (article FAQ)
learn-cards-surfaces =
    <b>Hard surfaces</b>
    Studies on running surfaces are mixed: no surface is proven to protect knees. Some runners find that mixing in grass, trails or a track feels better. If you change surface, do it gradually, as with distance.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = “6 Common Causes of Knee Pain After Running” (article FAQ); study results on surfaces are mixed; Gabbett 2016 BJSM (sudden load changes, applied to surfaces)
learn-cards-weight =
    <b>Body weight</b>
    Every step carries your weight through the knee, so losing some weight lowers the load on it. Running suits every size: build up slowly, and if you want to lose weight, a GP can help you plan it.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = “6 Common Causes of Knee Pain After Running” (article FAQ: losing weight lowers knee load)
learn-cards-painkillers =
    <b>Painkillers</b>
    Don't use painkillers to run through knee pain: pain tells you the load is too much right now, and masking it can let a small problem grow. For pain relief, follow the leaflet or ask a pharmacist or GP; I give no doses.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = “6 Common Causes of Knee Pain After Running” (article FAQ); NHS Running injuries
learn-cards-braces =
    <b>Braces and taping</b>
    A knee brace or tape may make running feel better for some people, but their effect is uncertain, and they do not fix the cause. If you like them, use them alongside strength work and sensible load, not instead.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Collins 2018 BJSM 52:1170; “6 Common Causes of Knee Pain After Running” (article FAQ)
learn-cards-shoes =
    <b>Shoes</b>
    Choose the pair that feels most comfortable; choosing by foot type is not supported by evidence. 500–800 km is a rule of thumb for replacing them: look at the soles and notice how they feel. Runners who rotated two pairs got injured less often. Ease a new model in over a few runs.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Nigg 2015 BJSM; Nielsen 2014 BJSM 48:440; Malisoux 2015 SJMSS (HR 0.61); rule of thumb (500–800 km), not tested in studies
learn-cards-cadence =
    <b>Cadence</b>
    Cadence is your steps per minute. Taking 5–10 % more steps lowers the load on the knee; +10 % cut the peak force behind the kneecap by 14 %. Count your steps for 30 seconds on an easy run and double it; then set a metronome app about 5 % higher and run to its beat, up to 10 % over a few weeks.
    <i>Source: { $source }</i>
    <i>Habits and education, not a diagnosis.</i>
    .source = Heiderscheit 2011 MSSE 43:296; Lenhart 2014 MSSE

## tip

tip-text =
    <b>Tip:</b> { $tip }
    <i>Source: { $source } · not a diagnosis</i>
tip-none = No tips available right now.

## privacy

privacy-text =
    <b>What I store and why</b>
    • Your Telegram id, language, time zone and settings, to send reminders at the right time.
    • Whether you came through a link a friend shared (never who shared it), to count how KneeGuard spreads.
    • Quiz answers, check-ins, weekly distances and the runs you send me as files or from Strava, to adapt your plan. Strava tokens are stored encrypted and never leave the bot, not even in /export. These are health data; I keep them only with your consent and only to coach you.
    • Nothing is shared or sold.
    /export sends you all of it as a file. /delete erases it at once and withdraws your consent.
privacy-not_consented = You haven't given consent, so I store nothing about you except that you said no.
privacy-withdraw_button = Withdraw consent and erase my health data
privacy-withdrawn = Consent withdrawn. I erased your quiz answers, check-ins, distances, runs, plan and reminders; I keep only your chat id and that you said no. Send /start to give consent again, or /delete to remove even that.
privacy-already_withdrawn = You have no consent on record, so there is nothing to withdraw.

## export

export-caption = All data I hold about you, as JSON.
export-empty = I have no data about you.
export-failed = I couldn't send the file just now; nothing changed. Please try /export again in a minute.

## delete

delete-confirm_question = Delete all your data and stop all reminders? This cannot be undone.
delete-confirm_button = Yes, delete everything
delete-cancel_button = Keep my data
delete-done = Done: all your data is deleted. Send /start if you ever want to come back.
delete-cancelled = Nothing was deleted.
delete-nothing = I have no data about you, so there is nothing to delete.
delete-details = Erased: your profile and settings, your plan, quiz results ({ $quiz }), check-ins ({ $checkins }), weekly distances ({ $distances }), runs ({ $runs }) and reminder records ({ $reminders }). No more reminders will come.
delete-expired = That button has expired. Send /delete again if you still want to delete your data.

## errors

errors-internal = Something went wrong on our side, nothing was lost — please try again.
errors-unknown_command = I don't know that command. /help lists what I can do.
errors-free_text = I work with buttons and commands. /help lists what I can do; /checkin records how your knee feels.
errors-not_text = I can't look at photos, voice messages or stickers, and the only files I read are runs (.fit, .gpx, .tcx). I work with buttons, typed answers and commands; /help lists them.
errors-unknown_button_press = That button is old or unknown, so nothing changed. /help lists what I can do.
errors-group_chat = Knee questions are personal: please talk to me privately.
errors-busy = I'm busy right now — please try again in a minute.
errors-cancelled = Stopped. Nothing else changed.
errors-nothing_to_cancel = There is nothing to cancel.
errors-need_consent = I need your consent first. Send /start.
errors-paused_hint = Your reminders are paused; /resume switches them on.

## admin

admin-broadcast-prompt = Send the message to broadcast (HTML allowed). /cancel stops.
admin-broadcast-preview = <b>Preview</b> – this goes to { $count ->
        [one] { $count } active user
       *[other] { $count } active users
    }:
admin-broadcast-confirm_button = Send it
admin-broadcast-cancel_button = Cancel
admin-broadcast-queued = Queued for { $count ->
        [one] { $count } user
       *[other] { $count } users
    }. I'll report when done.
admin-broadcast-done = Broadcast finished: { $sent } sent, { $failed } failed, { $blocked } blocked the bot.
admin-broadcast-cancelled = Broadcast cancelled.
admin-broadcast-invalid_html = That message has HTML Telegram won't accept: { $error }
admin-stats-heading = <b>Stats</b>
admin-stats-users = Users: { $total } total, { $consented } consented, { $active } active in the last 7 days
admin-stats-reminders = Reminders in the last 24 h: { $sent } sent, { $failed } failed, { $pending } pending
admin-stats-checkins = Check-ins in the last 7 days: { $green } green, { $amber } amber, { $red } red
admin-stats-escalations = Escalations in the last 30 days: { $count }
admin-addtip-prompt = Send the tip as three lines: kind (warmup, stretch, strength, rest, distance, shoes), text, source.
admin-addtip-added = Tip added to <b>{ $kind }</b>.
admin-addtip-invalid = I need three lines: kind, text and source. Kinds: { $kinds }.
admin-broadcast_flow-audience_prompt = Who should get it?
admin-broadcast_flow-audience_all_button = All active users
admin-broadcast_flow-audience_cause_button = By cause
admin-broadcast_flow-audience_language_button = By language
admin-broadcast_flow-audience_region_button = By time-zone region
admin-broadcast_flow-audience_inactive_button = Inactive for N days
admin-broadcast_flow-pick_cause = Users whose top causes include:
admin-broadcast_flow-pick_language = Users whose Telegram language is:
admin-broadcast_flow-pick_region = Users whose time zone is in:
admin-broadcast_flow-pick_inactive = Users not seen for at least:
admin-broadcast_flow-days_button = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
admin-broadcast_flow-back_button = « Back
admin-broadcast_flow-nothing_to_pick = No active user has one yet.
admin-broadcast_flow-preview_heading = <b>Preview</b> (the message above) for { $audience }: { $count ->
        [one] <b>{ $count }</b> user
       *[other] <b>{ $count }</b> users
    } right now.
admin-broadcast_flow-when_prompt = When should it go out? Pick one, or type a UTC time as <code>YYYY-MM-DD HH:MM</code>.
admin-broadcast_flow-now_button = Now
admin-broadcast_flow-in_hours_button = In { $hours } h
admin-broadcast_flow-bad_time = I need a future UTC time such as <code>2026-05-01 09:30</code>.
admin-broadcast_flow-confirm = Send to { $count ->
        [one] <b>{ $count }</b> user
       *[other] <b>{ $count }</b> users
    } ({ $audience }) at { $when } UTC?
admin-broadcast_flow-already = This broadcast is already { $state }.
admin-broadcast_flow-scheduled_status = Broadcast #{ $number } to { $audience }: { $total ->
        [one] { $total } recipient
       *[other] { $total } recipients
    }, scheduled for { $when } UTC.
admin-broadcast_flow-status = Broadcast #{ $number } to { $audience }: { $done }/{ $total } done – { $delivered } delivered, { $blocked } blocked, { $failed } failed.
admin-broadcast_flow-report = <b>Broadcast #{ $number } finished</b>: { $delivered } delivered, { $blocked } blocked the bot (marked inactive), { $failed } failed, { $skipped } skipped.
admin-broadcast_flow-stop_button = Cancel broadcast
admin-broadcast_flow-stopped = Broadcast #{ $number } cancelled; { $skipped ->
        [one] { $skipped } recipient
       *[other] { $skipped } recipients
    } will not get it.
admin-broadcast_flow-not_running = That broadcast has already ended.
admin-broadcast_flow-expired = These buttons have expired. Send /broadcast to start again.
admin-broadcast_flow-audience_names-all = all active users
admin-broadcast_flow-audience_names-cause = users with cause { $value }
admin-broadcast_flow-audience_names-language = language { $value }
admin-broadcast_flow-audience_names-region = time zone { $value }/…
admin-broadcast_flow-audience_names-inactive = users inactive for { $value }+ days
admin-stats_report-users = <b>Users</b>: { $total }: { $active } active, { $paused } paused, { $blocked } blocked
admin-stats_report-user_count = { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
admin-stats_report-runner_count = { $count ->
        [one] { $count } active runner
       *[other] { $count } active runners
    }
admin-stats_report-funnel = <b>Onboarding</b>: { $created } started → { $consented } consented → { $quiz_finished } finished the quiz → { $plan_confirmed } confirmed a plan
admin-stats_report-from_share = <b>Came from a shared link</b>: { $shared } of { $created } started
admin-stats_report-causes = <b>Top causes</b>: { $causes }
admin-stats_report-adherence_heading = <b>Reminders, last { $days ->
        [one] day
       *[other] { $days } days
    }</b> (done or answered / snoozed / skipped / ignored; while runs were on hold)
admin-stats_report-adherence_line = { $kind }: { $done } / { $snoozed } / { $skipped } / { $ignored }; { $held } on hold
admin-stats_report-weeks_heading = <b>Per week</b> (active runners; check-ins green / amber / red; escalations)
admin-stats_report-week_line = { $week }: { $active }; { $green } / { $amber } / { $red }; { $escalations }
admin-stats_report-none = none yet
admin-stats_report-chart_caption = KneeGuard stats, { $date }
admin-stats_report-chart_funnel = Onboarding
admin-stats_report-chart_causes = Top causes
admin-stats_report-chart_adherence = Reminder answers, last 4 weeks
admin-stats_report-chart_weeks = Check-ins per week
admin-stats_report-chart_active = Active runners per week
admin-stats_report-chart_escalations = Escalations per week
admin-stats_report-chart_empty = Nothing yet
admin-stats_report-step_started = started
admin-stats_report-step_consented = consented
admin-stats_report-step_quiz = quiz done
admin-stats_report-step_plan = plan set
admin-stats_report-answer_done = done / answered
admin-stats_report-answer_snoozed = snoozed
admin-stats_report-answer_skipped = skipped
admin-stats_report-answer_ignored = ignored
admin-stats_report-answer_held = on hold
admin-stats_report-zone_green = green
admin-stats_report-zone_amber = amber
admin-stats_report-zone_red = red
admin-stats_report-kind_names-warmup = Warm-up
admin-stats_report-kind_names-stretch = Stretch
admin-stats_report-kind_names-checkin = After-run check-in
admin-stats_report-kind_names-morning_checkin = Morning check-in
admin-stats_report-kind_names-strength = Strength
admin-stats_report-kind_names-rest = Rest day
admin-stats_report-kind_names-distance = Weekly distance
admin-stats_report-kind_names-shoes = Shoe check
admin-stats_report-kind_names-knee_check = Knee check
admin-stats_report-kind_names-escalation = See-a-doctor advice
admin-stats_report-kind_names-escalation_followup = Advice follow-up
admin-stats_report-cause_names-load = Too much, too soon
admin-stats_report-cause_names-strength = Hip and thigh strength
admin-stats_report-cause_names-form = Long strides
admin-stats_report-cause_names-shoes = Worn shoes
admin-stats_report-cause_names-warmup = Cold starts
admin-stats_report-cause_names-surface = Same hard surface
admin-tips-prompt = Send the tip as three lines: cause ({ $causes }), text, source. /cancel stops.
admin-tips-added = Tip #{ $number } added for <b>{ $cause }</b>.
admin-tips-invalid = I need three lines: cause, text and source. Causes: { $causes }.
