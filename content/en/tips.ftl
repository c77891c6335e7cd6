# Tips (tip-<id>) and the strength exercises (exercise-<id>: name, .start, .how, .avoid,
# .reps). Which tip goes with which reminder or cause, and every source: content/tips.yaml.

## warmup

tip-wu_easy_jog = Start with 5–10 minutes of easy jogging; the first kilometres will feel smoother.
tip-wu_drills = After the easy jog, try leg swings, high knees and a few skips before picking up the pace.
tip-wu_no_long_holds = Skip long static stretches before running: holding a stretch for 60 seconds or more can make you slower.
tip-wu_strides = Before a faster session, add 3–4 relaxed strides of about 20 seconds.
tip-wu_comfort = A warm-up is about feeling good and running well; it is not a guarantee against injury, so keep it short and easy.

## stretch

tip-st_optional = Stretching after a run is optional: do it if it feels good. Studies found it does not prevent injuries.
tip-st_walk = Walk for a few minutes to cool down before you sit down.
tip-st_quads = If you stretch, a gentle thigh stretch of 20–30 seconds per side is plenty; it should never hurt.
tip-st_calves = A gentle calf stretch against a wall, 20–30 seconds per side, if it feels good.

## strength

tip-sr_twice_week = Two short strength sessions a week are enough; strength training almost halved overuse injuries across sports.
tip-sr_hips = Train hips and thighs together: hip plus knee exercises helped kneecap pain more than knee exercises alone.
tip-sr_pain_free = Keep every exercise pain-free; if a move hurts, make it easier or leave it out.
tip-sr_slow = Move slowly, especially on the way down in step-downs and split squats.
tip-sr_progress = When 15 easy reps feel light, add a set or hold a weight.

## rest

tip-rs_adapt = Rest days are when your body adapts to training; they are part of the plan.
tip-rs_cross_train = Cycling or swimming keeps your fitness without the pounding of running.
tip-rs_walk = An easy walk is a fine way to spend a rest day.
tip-rs_no_painkillers = Don't use painkillers to run through knee pain; pain is information about your load.

## distance

tip-ds_gradual = Build your weekly distance gradually; about 10 % a week is a gentle rule of thumb, though in one study the strict 10 % rule did not prevent injuries.
tip-ds_two_weeks = Watch your two-week trend: in one study of new runners, those who increased their distance by more than 30 % in two weeks tended to get more overuse injuries.
tip-ds_hold_after_pain = After a painful week, hold your distance rather than adding more.
tip-ds_easy_weeks = Every few weeks, an easier week gives your knees time to catch up.

## shoes

tip-sh_comfort = Choose shoes by comfort; picking by foot type is not supported by evidence.
tip-sh_rotate = In one study, runners who rotated two pairs of shoes had fewer injuries.
tip-sh_gradual = Ease a new model in over a few short runs before a long one.
tip-sh_rule_of_thumb = 500–800 km per pair is a rule of thumb; look at the sole and listen to how they feel.

## LOAD

tip-ld_gradual = Build your weekly distance gently (about 10 % a week is a rule of thumb, not a proven limit), and hold it after a painful week.
tip-ld_rest_days = Keep at least one or two rest days a week.
tip-ld_cross_train = Swap a run for cycling or swimming when your knee is grumpy.
tip-ld_listen = Use the pain check-ins: 0–3 is fine, 4–5 means hold, 6 or more means rest.

## STRENGTH

tip-sg_routine = Bridges, clamshells, step-downs and split squats, twice a week.
tip-sg_hips = Hip exercises matter for knees: combine them with thigh exercises.
tip-sg_injuries = Strength training reduced sports injuries far more than stretching did.
tip-sg_core = Add a side plank or a dead bug for your core.

## FORM

tip-fm_cadence = Add about 5% to your steps per minute with a metronome app; up to 10% over a few weeks.
tip-fm_under_body = Land with your foot under your body and a soft knee, not far out in front.
tip-fm_quiet = Try running a little more quietly; loud landings often mean long strides.
tip-fm_tall = Run tall and relaxed; a coach or physiotherapist can look at your running.

## SHOES

tip-so_comfort = The most comfortable shoe is a good choice.
tip-so_rotate = Rotating two pairs was linked to fewer injuries.
tip-so_worn = Replace shoes that look or feel worn, often around 500–800 km.
tip-so_new_models = Introduce a new model gradually.

## WARMUP

tip-wm_jog = Begin each run with 5–10 minutes of easy jogging.
tip-wm_drills = Leg swings and skips are a quick, dynamic warm-up.
tip-wm_no_long_holds = Save long static stretches for later; before running they can slow you down.
tip-wm_comfort = Warm up because it feels and performs better; it is not proven injury protection.

## SURFACE

tip-sf_vary = If you like, run some easy kilometres on grass or trails.
tip-sf_track = A running track is an even, slightly softer option for easy runs.
tip-sf_gradual = Change surfaces gradually, just like distance.
tip-sf_optional = Surface evidence is mixed, so pick what feels good to you.

## exercises

exercise-bridge = Glute bridge
    .start = On your back, knees bent, feet flat
    .how = lift your hips until knees, hips and shoulders line up, then lower slowly
    .avoid = arching your lower back at the top
    .reps = 12–15
exercise-clamshell = Clamshell or side-lying leg raise
    .start = On your side, knees bent (or the top leg straight)
    .how = open the top knee like a clamshell (or lift the straight leg), then lower slowly
    .avoid = rolling your hips backwards
    .reps = 12–15 per side
exercise-step_down = Step-down
    .start = Standing on one leg on a low step
    .how = slowly lower the other heel to the floor, then rise
    .avoid = letting the knee drift inwards past the big toe
    .reps = 10 per side
exercise-split_squat = Split squat
    .start = One foot forward, one back, hip-width apart
    .how = lower the back knee towards the floor, then rise
    .avoid = letting the front knee wobble or cave in
    .reps = 8–12 per side
exercise-side_plank = Side plank
    .start = On your forearm and knees (easier) or feet
    .how = hold your body in a straight line
    .avoid = letting your hips sag
    .reps = 20–30 s per side
