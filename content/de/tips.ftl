# Tips (tip-<id>) and the strength exercises (exercise-<id>: name, .start, .how, .avoid,
# .reps). Which tip goes with which reminder or cause, and every source: content/tips.yaml.

## warmup

tip-wu_easy_jog = Beginne mit 5–10 Minuten lockerem Traben; die ersten Kilometer laufen sich dann runder.
tip-wu_drills = Nach dem lockeren Traben: Beinpendeln, Kniehebelauf und ein paar Hopserläufe, bevor du das Tempo anziehst.
tip-wu_no_long_holds = Lass lange statische Dehnübungen vor dem Laufen weg: Wer eine Dehnung 60 Sekunden oder länger hält, kann langsamer werden.
tip-wu_strides = Vor einer schnelleren Einheit: 3–4 lockere Steigerungsläufe von etwa 20 Sekunden.
tip-wu_comfort = Beim Aufwärmen geht es ums Wohlfühlen und gutes Laufen; es ist keine Garantie gegen Verletzungen, also halte es kurz und locker.

## stretch

tip-st_optional = Dehnen nach dem Laufen ist freiwillig: Mach es, wenn es dir guttut. Studien zufolge verhindert es keine Verletzungen.
tip-st_walk = Geh ein paar Minuten zum Abkühlen, bevor du dich hinsetzt.
tip-st_quads = Wenn du dehnst, reicht eine sanfte Oberschenkeldehnung von 20–30 Sekunden pro Seite; sie sollte nie wehtun.
tip-st_calves = Eine sanfte Wadendehnung an der Wand, 20–30 Sekunden pro Seite, wenn es dir guttut.

## strength

tip-sr_twice_week = Zweimal kurzes Krafttraining pro Woche reicht; Krafttraining hat Überlastungsverletzungen über viele Sportarten hinweg fast halbiert.
tip-sr_hips = Trainiere Hüfte und Oberschenkel zusammen: Hüft- plus Knieübungen halfen bei Kniescheibenschmerzen mehr als Knieübungen allein.
tip-sr_pain_free = Mach jede Übung nur schmerzfrei; tut eine Bewegung weh, mach sie leichter oder lass sie weg.
tip-sr_slow = Bewege dich langsam, vor allem beim Absenken bei Step-downs und Split Squats.
tip-sr_progress = Wenn dir 15 Wiederholungen leichtfallen, mach einen Satz mehr oder nimm ein Gewicht dazu.

## rest

tip-rs_adapt = An Ruhetagen passt sich dein Körper an das Training an; sie gehören zum Plan.
tip-rs_cross_train = Radfahren oder Schwimmen erhält deine Fitness, ohne die Stoßbelastung beim Laufen.
tip-rs_walk = Ein lockerer Spaziergang ist eine gute Art, einen Ruhetag zu verbringen.
tip-rs_no_painkillers = Nimm keine Schmerzmittel, um trotz Knieschmerzen weiterzulaufen; Schmerz sagt dir etwas über deine Belastung.

## distance

tip-ds_gradual = Steigere deine Wochendistanz schrittweise; etwa 10 % pro Woche ist eine sanfte Faustregel, auch wenn die strikte 10-%-Regel in einer Studie Verletzungen nicht verhindert hat.
tip-ds_two_weeks = Behalte deinen Zwei-Wochen-Trend im Blick: In einer Studie mit Laufanfängern bekamen diejenigen, die ihre Distanz in zwei Wochen um mehr als 30 % steigerten, tendenziell mehr Überlastungsverletzungen.
tip-ds_hold_after_pain = Halte nach einer schmerzhaften Woche deine Distanz, statt noch mehr draufzulegen.
tip-ds_easy_weeks = Alle paar Wochen gibt eine leichtere Woche deinen Knien Zeit, sich anzupassen.

## shoes

tip-sh_comfort = Wähle Schuhe nach Komfort; die Wahl nach Fußtyp ist wissenschaftlich nicht belegt.
tip-sh_rotate = In einer Studie hatte, wer zwei Paar Laufschuhe abwechselnd trug, weniger Verletzungen.
tip-sh_gradual = Gewöhn dich über ein paar kurze Läufe an ein neues Modell, bevor du einen langen Lauf darin machst.
tip-sh_rule_of_thumb = 500–800 km pro Paar sind eine Faustregel; schau dir die Sohle an und achte darauf, wie sie sich anfühlen.

## LOAD

tip-ld_gradual = Steigere deine Wochendistanz behutsam (etwa 10 % pro Woche ist eine Faustregel, keine belegte Grenze) und halte sie nach einer schmerzhaften Woche.
tip-ld_rest_days = Plane mindestens ein bis zwei Ruhetage pro Woche ein.
tip-ld_cross_train = Tausch einen Lauf gegen Radfahren oder Schwimmen, wenn dein Knie muckt.
tip-ld_listen = Nutze die Schmerz-Check-ins: 0–3 ist okay, 4–5 heißt Distanz halten, ab 6 heißt Ruhe.

## STRENGTH

tip-sg_routine = Beckenheben, Clamshells, Step-downs und Split Squats, zweimal pro Woche.
tip-sg_hips = Hüftübungen sind wichtig für die Knie: Kombiniere sie mit Oberschenkelübungen.
tip-sg_injuries = Krafttraining hat Sportverletzungen weit stärker verringert als Dehnen.
tip-sg_core = Ergänze Seitstütz oder Dead Bug für deine Rumpfmuskulatur.

## FORM

tip-fm_cadence = Erhöhe deine Schritte pro Minute mit einer Metronom-App um etwa 5 %; über einige Wochen bis zu 10 %.
tip-fm_under_body = Setz den Fuß unter dem Körper mit leicht gebeugtem Knie auf, nicht weit vorne.
tip-fm_quiet = Versuch, etwas leiser zu laufen; laute Landungen bedeuten oft lange Schritte.
tip-fm_tall = Lauf aufrecht und locker; ein Lauftrainer oder eine Physiotherapeutin kann sich deinen Laufstil ansehen.

## SHOES

tip-so_comfort = Der bequemste Schuh ist eine gute Wahl.
tip-so_rotate = Zwei Paar abwechselnd zu tragen ging mit weniger Verletzungen einher.
tip-so_worn = Ersetze Schuhe, die abgenutzt aussehen oder sich so anfühlen, oft bei etwa 500–800 km.
tip-so_new_models = Gewöhn dich schrittweise an ein neues Modell.

## WARMUP

tip-wm_jog = Beginne jeden Lauf mit 5–10 Minuten lockerem Traben.
tip-wm_drills = Beinpendeln und Hopserlauf sind ein schnelles, dynamisches Aufwärmen.
tip-wm_no_long_holds = Heb dir lange statische Dehnübungen für später auf; vor dem Laufen können sie dich langsamer machen.
tip-wm_comfort = Wärm dich auf, weil es sich besser anfühlt und du besser läufst; ein belegter Verletzungsschutz ist es nicht.

## SURFACE

tip-sf_vary = Wenn du magst, lauf ein paar lockere Kilometer auf Gras oder Trails.
tip-sf_track = Eine Laufbahn ist eine ebene, etwas weichere Option für lockere Läufe.
tip-sf_gradual = Wechsle den Untergrund schrittweise, genau wie bei der Distanz.
tip-sf_optional = Die Studienlage zum Untergrund ist uneinheitlich, also wähl, was sich für dich gut anfühlt.

## exercises

exercise-bridge = Beckenheben (Glute Bridge)
    .start = Rückenlage, Knie gebeugt, Füße flach am Boden
    .how = Hüfte anheben, bis Knie, Hüfte und Schultern eine Linie bilden, dann langsam absenken
    .avoid = oben ins Hohlkreuz gehen
    .reps = 12–15
exercise-clamshell = Clamshell oder seitliches Beinheben
    .start = Seitenlage, Knie gebeugt (oder das obere Bein gestreckt)
    .how = oberes Knie wie eine Muschel öffnen (oder das gestreckte Bein heben), dann langsam absenken
    .avoid = die Hüfte nach hinten kippen lassen
    .reps = 12–15 pro Seite
exercise-step_down = Step-down
    .start = Auf einem Bein auf einer niedrigen Stufe stehen
    .how = die andere Ferse langsam zum Boden senken, dann wieder hochdrücken
    .avoid = das Knie nach innen über den großen Zeh wandern lassen
    .reps = 10 pro Seite
exercise-split_squat = Split Squat
    .start = Ein Fuß vorn, einer hinten, hüftbreit auseinander
    .how = das hintere Knie Richtung Boden senken, dann wieder hochkommen
    .avoid = das vordere Knie wackeln oder nach innen knicken lassen
    .reps = 8–12 pro Seite
exercise-side_plank = Seitstütz
    .start = Auf Unterarm und Knien (leichter) oder Füßen
    .how = den Körper in einer geraden Linie halten
    .avoid = die Hüfte durchhängen lassen
    .reps = 20–30 s pro Seite
