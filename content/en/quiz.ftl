# The cause quiz's texts (structure, scores and sources: content/quiz.yaml).
# question-<question> is the question; option-<question>-<option> a button, its .reason
# what the answer says in the result; cause-<CAUSE> a cause's title with .why (or one
# .why-<question> per question that gave the points, .why the default) and .what-to-do.

question-where = Where does your knee hurt?
option-where-front = Around or behind the kneecap
    .reason = pain around the kneecap
option-where-outside = Outside of the knee
    .reason = pain outside the knee
option-where-below = Just below the kneecap
    .reason = pain just below the kneecap
option-where-inside = Inside, or deep in the knee
option-where-none = No pain, I want to prevent it

question-red_flags = Do you have any of these right now?
option-red_flags-cant_bear = Can't take weight on it
option-red_flags-severe = Severe pain (8–10 out of 10)
option-red_flags-locked = Locked, won't straighten
option-red_flags-swollen = Deformed or badly swollen
option-red_flags-hot = Hot, red knee with fever or unwell
option-red_flags-numb = Numb foot, or cold and pale
option-red_flags-pop = A fall or twist with a "pop"
option-red_flags-gives_way = Knee gives way
option-red_flags-night = Pain at night or at rest
option-red_flags-worsening = Pain that keeps getting worse
option-red_flags-mild_swelling = Mild swelling that won't settle
option-red_flags-catching = Catching (not locking)
option-red_flags-none = None of these

question-distance = How has your running distance changed over the last 2–4 weeks?
option-distance-same_less = Same or less
option-distance-up_little = Up a little
    .reason = distance up a little
option-distance-up_lot = Up a lot
    .reason = distance up a lot
option-distance-new_runner = I'm new or returning to running
    .reason = new or returning runner

question-changed = What else changed lately?
option-changed-nothing = Nothing
option-changed-pace = Faster pace or intervals
    .reason = faster pace or intervals
option-changed-hills = More hills
    .reason = more hills
option-changed-long_run = A much longer long run
    .reason = a much longer long run
option-changed-new_gear = New shoes or surface
    .reason = new shoes or a new surface

question-strength = How often do you do hip or thigh strength exercises?
option-strength-regular = Twice a week or more
option-strength-sometimes = Sometimes
    .reason = strength work only sometimes
option-strength-never = Never
    .reason = no strength work

question-shoes = How far have your current running shoes gone?
option-shoes-under_500 = Under 500 km
option-shoes-km500_800 = 500–800 km
    .reason = shoes at 500–800 km
option-shoes-over_800 = Over 800 km
    .reason = shoes past 800 km
option-shoes-unknown = I don't know
    .reason = shoe distance unknown

question-stride = How would you describe your stride?
option-stride-short_quick = Short and quick
option-stride-long_heel = Long, or a loud heel landing
    .reason = long strides or loud heel landings
option-stride-unsure = Not sure

question-warmup = What do you usually do before a run?
option-warmup-easy_jog = Easy jog or drills
option-warmup-static_only = Static stretches only
    .reason = static stretches only
option-warmup-straight = Straight into my pace
    .reason = no warm-up before runs

question-when = When does it hurt most?
option-when-stairs = Stairs, squats or long sitting
    .reason = it hurts on stairs or after sitting
option-when-downhill = Downhill, or after a set distance
    .reason = it hurts downhill or after a while
option-when-during_runs = During runs only
    .reason = it hurts during runs
option-when-hard_ground = After runs on roads or concrete
    .reason = it hurts after hard ground
option-when-no_pain = It doesn't hurt

cause-LOAD = Too much, too soon
    .why-distance = In one study of new runners, those who increased their distance by more than 30 % in two weeks tended to get more overuse injuries, such as kneecap and IT-band pain (the link was not certain). The 10 % rule is a rule of thumb that did not prevent injuries in another study.
    .why-changed = Knees adapt to new load slowly. Faster sessions, more hills or a much longer long run add load your knee is not used to yet; in a large study, a single run much longer than the longest of the month before came with more overuse injuries.
    .why = Your distance did not rise, but pain in these places or during runs often means the knee carries more load than it can handle right now: pace, hills and long runs count too, not only distance.
    .what-to-do = Hold your load for now and build up gradually: about 10 % a week is a gentle rule of thumb, or 2–3 km a week when you run under 10 km. Keep rest days; cross-training keeps your fitness.
cause-STRENGTH = Hip and thigh strength
    .why-strength = Strong hips and thighs steady the knee. Hip plus knee exercises helped kneecap pain more than knee exercises alone, and strength training almost halved overuse injuries across sports.
    .why = Pain around the kneecap, on stairs or after sitting is typical of kneecap pain, and hip plus knee exercises helped it more than knee exercises alone. Strength training also almost halved overuse injuries across sports.
    .what-to-do = Twice a week: bridges, clamshells or side-lying leg raises, step-downs and split squats. Pain-free only; your strength reminders show the routine.
cause-FORM = Long strides
    .why-stride = Overstriding and heavy heel landings load the knee. Taking 5–10 % more steps per minute lowers knee load; +10 % cut the peak force behind the kneecap by 14 %.
    .why = Shorter, quicker steps lower the load on the knee: 5–10 % more steps per minute did so, and +10 % cut the peak force behind the kneecap by 14 %. Worth trying where your knee complains, such as downhill.
    .what-to-do = Run tall, land under your body with a soft knee, and add about 5 % to your step rate with a metronome app, up to 10 % over a few weeks. A coach or physio can help.
cause-SHOES = Shoes
    .why-changed = A new shoe model or a new surface changes how your legs take the load, so ease it in over a few runs. Choose shoes by comfort; choosing by foot type is not supported by evidence.
    .why = How long a shoe lasts is a rule of thumb (roughly 500–800 km), so check how yours look and feel. Choosing by foot type is not supported by evidence; comfort is. Runners who rotated two pairs got injured less often.
    .what-to-do = Replace shoes that look or feel worn, choose the most comfortable pair, ease new models in gradually, and consider rotating two pairs.
cause-WARMUP = Cold starts
    .why = A warm-up makes running feel easier and improves performance, though warm-up programmes have not been shown to prevent running injuries. Long static stretches (60 s or more) before running reduce performance.
    .what-to-do = Start with 5–10 minutes of easy jogging and a few drills (leg swings, skips). Stretch after runs only if you like it.
cause-SURFACE = Always the same hard surface
    .why = The evidence on running surfaces is mixed. Some runners find that mixing in softer ground feels better on their knees.
    .what-to-do = If you like, run some easy kilometres on grass, trails or a track.
