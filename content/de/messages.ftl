# KneeGuard texts (German, «du»), Project Fluent: https://projectfluent.org/fluent/guide/
# Ids mirror the keys the code asks for ("start.welcome_new" is start-welcome_new).
# Telegram HTML only: <b> <i> <u> <code> <a href> <blockquote>; write &amp; &lt; &gt; for & < >.
# `.source` attributes are left out on purpose: the bot takes them from English.
# Terms: check-in = Check-in, warm-up = Aufwärmen, strength session = Krafttraining,
# rest day = Ruhetag, knee status = Kniestatus, run reminder = Lauf-Erinnerung,
# weekly distance = Wochendistanz; green/amber/red = Grün/Gelb/Rot; professional = Fachperson.

## common

common-not_medical_advice = <i>Allgemeine Hinweise zu Gewohnheiten, keine medizinische Beratung und keine Diagnose.</i>
common-yes_button = Ja
common-no_button = Nein
common-back_button = « Zurück
common-cancel_button = Abbrechen
common-skip_button = Überspringen

## commands

commands-start = Was ich mache, und deine Einwilligung
commands-help = Alle Befehle
commands-quiz = Finde die wahrscheinlichen Ursachen deiner Knieschmerzen
commands-plan = Deinen Wochenplan einrichten oder anzeigen
commands-settings = Zeitzone, Tage, Uhrzeiten, Schuhe ändern
commands-status = Wie es um dein Knie steht und wann du wieder läufst
commands-checkin = Sag mir, wie sich dein Knie gerade anfühlt
commands-history = Deine bisherigen Check-ins und Distanzen
commands-runs = Deine zuletzt erfassten Läufe
commands-tip = Ein knieschonender Lauftipp
commands-learn = Kurze Karten: Schmerz, Ruhe, Schuhe, Schrittfrequenz
commands-pause = Alle Erinnerungen pausieren
commands-resume = Erinnerungen fortsetzen
commands-privacy = Was ich speichere und warum
commands-export = Alle deine Daten herunterladen
commands-delete = Alle deine Daten löschen
commands-share = KneeGuard mit Laufkumpels teilen
commands-connect = Strava verbinden: Deine Läufe kommen von selbst
commands-disconnect = Strava trennen
commands-cancel = Aktuellen Schritt abbrechen
commands-broadcast = Admin: Nachricht an Nutzer senden
commands-stats = Admin: Nutzungsstatistik
commands-addtip = Admin: Tipp hinzufügen

## start

start-welcome_new =
    Hi! Ich bin <b>KneeGuard</b>, ein Helfer für die Knie von Läuferinnen und Läufern.
    • Ein kurzes Quiz zeigt die wahrscheinlichen Ursachen von Knieschmerzen.
    • Ein Wochenplan erinnert dich ans Aufwärmen, ans Krafttraining und an Ruhetage.
    • Kurze Check-ins sagen dir, wann du kürzertreten oder dich untersuchen lassen solltest.
    <i>Ich vermittle Gewohnheiten und Wissen, keine medizinische Beratung und keine Diagnose.</i>
start-consent_question =
    Dafür speichere ich deine Quiz-Antworten, Schmerz-Check-ins und Lauftage. Das sind Gesundheitsdaten, deshalb brauche ich deine Einwilligung. Ich nutze sie nur, um dich zu coachen, und du kannst sie jederzeit mit /export herunterladen oder mit /delete löschen.
    Bist du einverstanden?
start-consent_yes_button = Ich stimme zu
start-consent_no_button = Nein, danke
start-consent_expired = Dieser Button ist abgelaufen. Sende /start, um die Frage zur Einwilligung noch einmal zu sehen.
start-withdraw_in_privacy = Du hast schon zugestimmt, es hat sich also nichts geändert. Um deine Einwilligung zu widerrufen (und deine Gesundheitsdaten zu löschen), nutze /privacy.
start-consent_given = Danke! Finden wir heraus, was deinen Knien zu schaffen macht: /quiz dauert etwa eine Minute.
start-consent_declined =
    Kein Problem, ich speichere nichts über dich.
    Mit /tip kannst du trotzdem einen Lauftipp lesen. Wenn du es dir anders überlegst, sende /start.
start-welcome_back = Willkommen zurück! /plan zeigt deine Woche, /checkin hält fest, wie sich dein Knie anfühlt, /help listet alles auf.

## help

help-text =
    <b>Was ich kann</b>
    /start – was ich mache, und deine Einwilligung
    /help – diese Liste
    /quiz – finde die wahrscheinlichen Ursachen deiner Knieschmerzen
    /plan – deinen Wochenplan einrichten oder anzeigen
    /settings – Zeitzone, Lauftage, Startzeit, Distanz, Schuhe
    /status – wie es um dein Knie steht und wann du wieder läufst
    /checkin – sag mir, wie sich dein Knie gerade anfühlt
    /history – deine Check-ins und Wochendistanz
    /runs – deine letzten Läufe (schick eine Datei im Format .fit, .gpx oder .tcx, um einen Lauf zu erfassen)
    /connect – Strava verknüpfen, damit Läufe von selbst kommen; /disconnect – Verknüpfung trennen
    /tip – ein knieschonender Lauftipp
    /learn – kurze Karten: Muskelkater oder Schmerz, wann zum Arzt, Ruhe…
    /pause – alle Erinnerungen pausieren; /resume – wieder einschalten
    /privacy – was ich speichere und warum
    /export – alle deine Daten herunterladen
    /delete – alle deine Daten löschen
    /share – KneeGuard mit Laufkumpels teilen
    /cancel – aktuellen Schritt abbrechen
    Etwas beunruhigt dich? Der Button unten listet die Anzeichen auf, bei denen du eine Fachperson brauchst.
    <i>Gewohnheiten und Wissen, keine medizinische Beratung.</i>
help-admin =
    <b>Admin-Befehle</b>
    /broadcast – eine Nachricht an alle aktiven Nutzer senden (mit Vorschau und Bestätigung)
    /stats – Nutzer- und Zustellzahlen
    /addtip – einen Tipp zur Rotation hinzufügen (Art, Text, Quelle)

## profile

profile-description =
    KneeGuard hilft Läuferinnen und Läufern, ihre Knie gesund zu halten.
    Ein kurzes Quiz zeigt die wahrscheinlichen Ursachen von Knieschmerzen; danach bekommst du einen Wochenplan und sanfte Erinnerungen in deiner Zeitzone: Aufwärmen, Kraft, Ruhetage, Distanz und Schuhe.
    Gewohnheiten und Wissen, keine Diagnose. Ich sage dir immer klar, wann du zum Arzt oder zur Ärztin gehen solltest.
    Tippe auf Start, um loszulegen.
profile-short_description = Knieschonende Laufgewohnheiten: Ursachen-Quiz, Wochenplan, sanfte Erinnerungen. Keine Diagnose.
profile-share_invite = KneeGuard hilft, beim Laufen die Knie gesund zu halten: ein kurzes Quiz, ein Wochenplan, sanfte Erinnerungen.

## share

share-text = Kennst du jemanden, der läuft und dessen Knie etwas Pflege gebrauchen könnten? Schick diesen Link weiter: { $link }
share-share_button = 📣 Mit Laufkumpels teilen

## quiz

quiz-intro = Neun kurze Fragen, nur Buttons. Du kannst jederzeit zurückgehen.
quiz-progress = <b>Frage { $index }/{ $total }</b>
quiz-back_button = « Zurück
quiz-expired = Diese Frage ist abgelaufen… Sende /quiz, um neu zu starten.
quiz-use_buttons = Bitte nutze die Buttons unten.
quiz-already_running = Du bist mitten im Quiz; hier ist die aktuelle Frage noch einmal.
quiz-miles_options-shoes-under_500 = Unter { $low }
quiz-miles_options-shoes-km500_800 = { $low_value }–{ $high }
quiz-miles_options-shoes-over_800 = Über { $high }
quiz-miles_reasons-shoes-km500_800 = Schuhe mit { $low_value }–{ $high }
quiz-miles_reasons-shoes-over_800 = Schuhe mit über { $high }
quiz-result-heading = <b>Deine wahrscheinlichen Ursachen</b>
quiz-result-cause_line = { $rank }. <b>{ $title }</b>: { $reasons }.
quiz-result-cause_line_plain = { $rank }. <b>{ $title }</b>
quiz-result-nothing = <b>Keine klare Ursache</b> aus deinen Antworten. Hier sind die Grundlagen, die allen helfen, die laufen: allmählich steigern, Ruhetage einhalten und zweimal pro Woche Krafttraining.
quiz-result-preventing = Gerade keine Schmerzen: super. Der Plan sorgt dafür, dass es so bleibt – mit allmählich steigender Belastung und Krafttraining.
quiz-result-assessment_note = Schmerzen innen oder tief im Knie sollte sich ein Hausarzt/eine Hausärztin oder ein Physiotherapeut/eine Physiotherapeutin ansehen, auch während du dem Plan folgst.
quiz-result-cadence_check = Unsicher bei deinem Laufschritt? Zähl bei einem lockeren Lauf 30 Sekunden lang deine Schritte; die Karte zur Schrittfrequenz in /learn sagt dir, wie es weitergeht.
quiz-result-plan_note = Dein Plan: zweimal pro Woche Krafttraining (für alle), dazu gezielt die Ursachen oben.
quiz-result-disclaimer = <i>Wahrscheinliche Gewohnheiten, die du ändern kannst, keine Diagnose. „Warum?“ erklärt jede Ursache.</i>
quiz-result-why_hint = <i>„Warum?“ erklärt jede Ursache.</i>
quiz-result-hold_note = ⚠️ Wegen deines Kniestatus gibt es vorerst keine Steigerung (/status): Steigere erst, wenn er es zulässt.
quiz-result-detail_footer = <i>Gewohnheiten und Wissen, keine Diagnose.</i>
quiz-result-why_header = <b>Warum?</b> ({ $page }/{ $total })
quiz-result-detail_title = <b>{ $rank }. { $title }</b>
quiz-result-detail_because = <i>Aus deinen Antworten:</i> { $reasons }.
quiz-result-detail_body =
    { $why }
    <i>Was tun:</i> { $what_to_do }
    <i>Quelle: { $source }</i>
quiz-result-basics_detail =
    Nichts in deinen Antworten deutet auf eine bestimmte Ursache. Die Grundlagen helfen trotzdem: Steigere deine Wochendistanz allmählich (etwa 10 % pro Woche ist eine sanfte Faustregel, keine belegte Grenze), halte Ruhetage ein und trainiere zweimal pro Woche die Kraft von Hüften und Oberschenkeln; Krafttraining hat Überlastungsverletzungen sportartübergreifend fast halbiert.
    <i>Quelle: { $source }</i>
quiz-result-why_button = Warum?
quiz-result-next_button = Nächste Ursache »
quiz-result-back_button = « Zurück zum Ergebnis
quiz-result-plan_button = Plan einrichten
quiz-result-retake_button = Quiz wiederholen

## red_flag

red_flag-urgent =
    <b>Bitte hol dir heute noch Hilfe.</b>
    Was du beschreibst, kann ein Zeichen für eine Verletzung sein, die jetzt untersucht werden muss. Lauf nicht. Geh in eine Notaufnahme oder ruf den ärztlichen Bereitschaftsdienst an (in Deutschland 116 117).
    Sag dort: { $symptom }, wann es angefangen hat und was du dabei gemacht hast (zum Beispiel ein Sturz, ein Verdrehen oder ein „Knacks“).
    <i>Quelle: { $source }</i>
    <i>Ich kann Verletzungen nicht beurteilen; das ist keine Diagnose und keine medizinische Beratung.</i>
red_flag-soon =
    <b>Bitte geh in den nächsten Tagen zum Hausarzt/zur Hausärztin oder zur Physiotherapie.</b>
    Was du beschreibst ({ $symptom }), sollte untersucht werden, bevor du weitertrainierst. Mach bis dahin eine Laufpause.
    Sag dort, wo es wehtut, seit wann, was es schlimmer macht und wie viel du läufst.
    <i>Quelle: { $source }</i>
    <i>Ich kann Verletzungen nicht beurteilen; das ist keine Diagnose und keine medizinische Beratung.</i>
red_flag-symptoms-cant_bear = das Bein nicht belasten können
red_flag-symptoms-severe = sehr starke Schmerzen (8–10 von 10)
red_flag-symptoms-severe_pain = sehr starke Schmerzen (8–10 von 10)
red_flag-symptoms-locked = ein blockiertes Knie, das sich nicht strecken lässt
red_flag-symptoms-swollen = ein Knie, das verformt aussieht oder stark geschwollen ist
red_flag-symptoms-hot = ein heißes, rotes Knie mit Fieber oder Krankheitsgefühl
red_flag-symptoms-numb = ein tauber Fuß oder ein Fuß, der kalt und blass ist
red_flag-symptoms-pop = ein Sturz oder Verdrehen mit einem „Knacks“
red_flag-symptoms-gives_way = ein Knie, das wegknickt
red_flag-symptoms-night = Schmerzen nachts oder in Ruhe
red_flag-symptoms-worsening = Schmerzen, die immer schlimmer werden
red_flag-symptoms-mild_swelling = eine leichte Schwellung, die nicht zurückgeht
red_flag-symptoms-catching = ein Knie, das hakt (aber nicht blockiert)
red_flag-symptoms-checkin_button = das gemeldete Anzeichen
red_flag-quiz_stopped = Ich habe das Quiz hier angehalten: Das muss sich zuerst eine Fachperson ansehen. Später kannst du mit /quiz zurückkommen.

## escalation

escalation-message =
    <b>Zeit, dein Knie untersuchen zu lassen.</b>
    { $reasons }
    Bitte hör vorerst auf zu laufen und geh zum Hausarzt/zur Hausärztin oder zur Physiotherapie; dort kann man dir sagen, wie viel Laufen dein Knie verträgt, während es sich beruhigt.
    Nenne dort: wo es wehtut, seit wann, deinen Check-in-Verlauf (/history) und deine Wochendistanz.
    <i>Quelle: { $source }</i>
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>
escalation-reasons-red_flag = • Du hast ein Anzeichen gemeldet, das sich eine Fachperson ansehen muss.
escalation-reasons-severe_pain = • Du hast sehr starke Schmerzen gemeldet (8–10 von 10).
escalation-reasons-strong_pain_twice = • Deine Schmerzen lagen innerhalb einer Woche zweimal bei 6–7 von 10.
escalation-reasons-non_green_three = • Drei deiner Check-ins in einer Woche waren nicht grün.
escalation-reasons-worse_morning_twice = • Dein Knie fühlte sich innerhalb einer Woche zweimal am nächsten Morgen schlechter an.
escalation-reasons-non_green_week = • Dein Knie hat sich seit einer Woche nicht beruhigt.
escalation-follow_up = Vor ein paar Tagen habe ich dir vorgeschlagen, dein Knie untersuchen zu lassen. Hat das geklappt?
escalation-follow_up_yes_button = Ja, wurde untersucht
escalation-follow_up_no_button = Noch nicht
escalation-follow_up_yes =
    Gut. Halte dich an das, was man dir geraten hat. Wenn man dir das Laufen freigegeben hat, sag es mir in /status; bis dahin bleiben deine Lauf-Erinnerungen pausiert.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
escalation-follow_up_no =
    Bitte mach bald einen Termin. Bis dahin: kein Laufen, nur schmerzfreie Bewegung.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>

## plan

plan-no_quiz_yet = Dein Plan baut auf dem Quiz auf. Sende zuerst /quiz; es dauert etwa eine Minute.
plan-timezone-prompt =
    Zuerst deine Zeitzone, damit Erinnerungen zur richtigen Uhrzeit kommen.
    Teile deinen Standort, wähle unten eine Zone oder tippe eine Zone oder Stadt ein (zum Beispiel <code>Europe/Vienna</code> oder <code>Berlin</code>).
plan-timezone-share_location_button = 📍 Standort teilen
plan-timezone-location_hint = Oder tippe unten auf <b>📍 Standort teilen</b>: Ich nutze ihn nur, um deine Zeitzone zu finden, und speichere ihn nicht.
plan-timezone-pick_button = Aus Liste wählen
plan-timezone-invalid = Die Zone oder Stadt <code>{ $value }</code> kenne ich nicht. Versuch eine Zone wie <code>Europe/Berlin</code> oder eine große Stadt in der Nähe.
plan-timezone-abbreviation = <code>{ $value }</code> ist eine Abkürzung und berücksichtigt keine Sommerzeit. Tippe deine Stadt (z. B. <code>Berlin</code>) oder eine Zone wie <code>Europe/Berlin</code>.
plan-timezone-confirmed = Zeitzone auf <b>{ $zone }</b> gesetzt (Ortszeit jetzt { $local_time }).
plan-timezone-kept = Zeitzone unverändert: <b>{ $zone }</b> (Ortszeit jetzt { $local_time }).
plan-timezone-location_elsewhere = Einen Standort nutze ich nur, um deine Zeitzone einzustellen: /settings → Zeitzone. Es wurde nichts gespeichert.
plan-days-prompt = An welchen Tagen läufst du meistens? Tippe zum An- und Abwählen, dann auf „Fertig“.
plan-days-done_button = Fertig
plan-days-none_selected = Bitte wähle mindestens einen Lauftag.
plan-days-selected_mark = ✅ { $day }
plan-days-weekdays-mon = Mo
plan-days-weekdays-tue = Di
plan-days-weekdays-wed = Mi
plan-days-weekdays-thu = Do
plan-days-weekdays-fri = Fr
plan-days-weekdays-sat = Sa
plan-days-weekdays-sun = So
plan-run_time-prompt = Um wie viel Uhr startest du meistens zum Laufen? Wähle eine Zeit oder tippe sie ein (z. B. <code>18:30</code>).
plan-run_time-invalid = <code>{ $value }</code> ist keine Uhrzeit, die ich verstehe. Tippe sie z. B. als <code>18:30</code>.
plan-weekly_km-prompt = Wie viele { $unit_name } läufst du ungefähr pro Woche? Tippe eine Zahl oder überspringe.
plan-weekly_km-invalid = Bitte tippe eine Anzahl { $unit_name } zwischen 0 und { $max_km }, zum Beispiel <code>25</code>.
plan-weekly_km-skip_button = Weiß nicht
plan-shoes-prompt = Wie viel haben deine aktuellen Laufschuhe schon hinter sich? Wähle einen Bereich oder tippe { $unit_name } oder die Monate seit dem Kauf (zum Beispiel <code>350</code> oder <code>8 Monate</code>).
plan-shoes-options-new = Neu (unter { $low_new })
plan-shoes-options-under_500 = Unter { $low }
plan-shoes-options-mid = { $low_value }–{ $high }
plan-shoes-options-over_800 = Über { $high }
plan-shoes-options-unsure = Weiß nicht
plan-shoes-invalid = Bitte tippe { $unit_name } (z. B. <code>350</code>) oder Monate (z. B. <code>8 Monate</code>).
plan-summary-heading = <b>Deine Woche</b>
plan-summary-focus = Fokus: <b>{ $first }</b> und <b>{ $second }</b>
plan-summary-focus_one = Fokus: <b>{ $first }</b>, dazu die Grundlagen (allmählich steigende Belastung, zweimal pro Woche Kraft)
plan-summary-focus_basics = Fokus: die Grundlagen (allmählich steigende Belastung, zweimal pro Woche Kraft)
plan-summary-day_line = <b>{ $day }</b>: { $items }
plan-summary-rest_day = Ruhetag
plan-summary-weekly_km = Halte deine Wochendistanz vorerst bei <b>{ $km }</b>
plan-summary-shoes_when_due = Schuh-Check: erst wenn dein Paar fällig ist (bei { $threshold_km } oder { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    }; jetzt { $km }), dann am { $day } um { $time }.
plan-summary-shoes_due = Schuh-Check: Dein Paar ist <b>fällig</b>; der Hinweis mit den Details kommt am { $day } um { $time }.
plan-summary-item = { $label } { $time }
plan-summary-no_rest_day =
    ⚠️ <b>Kein Ruhetag in dieser Woche.</b> Knie passen sich zwischen den Läufen an: Halte mindestens einen Tag pro Woche lauffrei (ändere deine Lauftage, um Platz zu schaffen).
    <i>Quelle: { $source }</i>
plan-summary-few_rest_days_new =
    ⚠️ <b>Weniger als zwei Ruhetage.</b> Solange du neu im Laufen bist oder wieder einsteigst, geben zwei lauffreie Tage pro Woche deinen Knien Zeit, sich anzupassen (ändere deine Lauftage, um Platz zu schaffen).
    <i>Quelle: { $source }</i>
plan-items-warmup = Aufwärmen
plan-items-stretch = Dehnen
plan-items-checkin = Check-in
plan-items-morning_checkin = Morgen-Check-in
plan-items-strength = Krafttraining
plan-items-rest = Ruhetag
plan-items-distance = Wochendistanz
plan-items-shoes = Schuh-Check
plan-items-knee_check = Knie-Check
plan-items-weekly_card = Wochenkarte
plan-items-run = Lauf
plan-confirm_button = Passt so
plan-change_button = Etwas ändern
plan-confirmed = Dein Plan läuft. Erste Erinnerung: { $next_time }. Mit /pause stoppst du Erinnerungen jederzeit.
plan-expired = Diese Buttons sind abgelaufen. Sende /plan, um deinen Plan einzurichten, oder /settings, um ihn zu ändern.

## units

units-km = { $value } km
units-mi = { $value } mi
units-km_range = { $low }–{ $high } km
units-mi_range = { $low }–{ $high } mi
units-names-km = Kilometer
units-names-mi = Meilen
units-prompt = Distanzen in Kilometern oder Meilen anzeigen? Eingetippte Distanzen richten sich auch danach („25 km“ oder „15 mi“ mit Zahl funktioniert immer).
units-options-km = Kilometer
units-options-mi = Meilen

## settings

settings-menu =
    <b>Einstellungen</b>
    Was möchtest du ändern?
settings-current-text =
    Zeitzone: { $zone }
    Läufe: { $runs }
    Ruhezeiten: { $quiet }
    Wochendistanz: { $distance }
    Einheiten: { $units }
settings-current-unset = nicht festgelegt
settings-current-distance_runs = aus deinen erfassten Läufen
settings-current-distance_typed = jeden Sonntag eingetippt (schick Lauf-Dateien, um Läufe zu erfassen)
settings-buttons-timezone = Zeitzone
settings-buttons-days = Lauftage
settings-buttons-run_time = Startzeit
settings-buttons-weekly_km = Wochendistanz
settings-buttons-shoes = Schuhe
settings-buttons-shoe_threshold = Distanz für neue Schuhe
settings-buttons-reminders = Erinnerungen an/aus
settings-buttons-quiet_hours = Ruhezeiten
settings-buttons-language = Sprache
settings-buttons-weekly_card = Tag der Wochenkarte
settings-buttons-units = Einheiten
settings-buttons-done = Fertig
settings-saved = Gespeichert. Dein Plan ist aktualisiert.
settings-saved_plan_pending = Gespeichert. Dein Plan ist noch nicht bestätigt: Sende /plan, um die Einrichtung abzuschließen.
settings-expired = Dieses Einstellungsmenü ist abgelaufen. Sende /settings, um es erneut zu öffnen.
settings-quiet_prompt = Wann soll ich still sein? Erinnerungen, die in diese Zeit fallen, warten bis zu ihrem Ende – außer Aufwärmen und Dehnen rund um deine eigene Laufzeit; den Rat, zum Arzt zu gehen, halte ich nie zurück. Wähle eine Option oder tippe sie ein, z. B. <code>22:30-06:30</code>.
settings-quiet_off = Keine Ruhezeiten
settings-quiet_invalid = <code>{ $value }</code> ist kein Zeitraum, den ich verstehe. Tippe ihn z. B. als <code>22:30-06:30</code>.
settings-language_prompt = Welche Sprache soll ich verwenden?
settings-language_auto = Wie meine Telegram-App
settings-shoe_threshold_prompt = Ab welcher Distanz ({ $unit_name }) soll ich dir neue Schuhe vorschlagen? Tippe eine Zahl von { $min_km } bis { $max_km } (Standard: { $default_km }).
settings-shoe_threshold_invalid = Bitte tippe eine Zahl von { $min_km } bis { $max_km }.

## pause

pause-question = <b>Erinnerungen pausieren</b> – für wie lange? Check-ins pausieren auch; Sicherheitsnachrichten kommen weiterhin an.
pause-done = Erinnerungen pausiert. Deine Daten bleiben erhalten; mit /resume schaltest du sie wieder ein.
pause-done_until = Erinnerungen pausiert bis <b>{ $until }</b>. Ich sage dir Bescheid, wenn sie wieder an sind; mit /resume schaltest du sie früher ein.
pause-already = Erinnerungen sind schon pausiert. Mit /resume schaltest du sie wieder ein.
pause-already_until = Erinnerungen sind bis <b>{ $until }</b> pausiert. Mit /resume schaltest du sie früher wieder ein.
pause-cancelled = Nichts geändert: Erinnerungen bleiben an.
pause-ended = <b>Erinnerungen sind wieder an</b> – deine Pause ist vorbei. Nächste: { $next_time }. Mit /pause stoppst du sie wieder.
pause-ended_nothing_planned = <b>Deine Pause ist vorbei.</b> Noch ist keine Erinnerung geplant: Mit /plan richtest du deine Woche ein.
pause-buttons-one_day = 1 Tag
pause-buttons-three_days = 3 Tage
pause-buttons-one_week = 1 Woche
pause-buttons-two_weeks = 2 Wochen
pause-buttons-until_resumed = Bis auf Weiteres
pause-buttons-resume_now = Fortsetzen
pause-buttons-keep = Pausiert lassen

## resume

resume-done = Erinnerungen sind wieder an. Nächste: { $next_time }.
resume-not_paused = Erinnerungen sind schon an.

## reminders

reminders-warmup =
    <b>Dein Lauf steht an.</b> Beginne mit ein paar Minuten lockerem Joggen und Lauf-ABC.
    { $tip }
reminders-stretch =
    <b>Lauf geschafft?</b> Wenn du magst, jetzt ein paar sanfte Dehnübungen; angenehm und kurz halten.
    { $tip }
reminders-strength =
    <b>Krafttag.</b> Etwa 20 Minuten, nur schmerzfrei.

    { $routine }

    <i>Quelle: { $source } · keine Diagnose</i>
reminders-exercise_card =
    <b>{ $name }</b>, { $sets } × { $reps }
    { $start }: { $how }. Vermeide: { $avoid }.
reminders-rest =
    <b>Ruhetag.</b> Geh spazieren, fahr Rad oder schwimm, wenn du magst; Ruhetage gehören zum Plan.
    { $tip }
reminders-distance = <b>Wochen-Check:</b> Wie viele { $unit_name } bist du diese Woche gelaufen? Tippe eine Zahl, zum Beispiel <code>24</code>.
reminders-distance_logged = <b>Wochen-Check:</b> Deine erfassten Läufe ergeben diese Woche <b>{ $km }</b>. Wenn du ohne Datei mehr gelaufen bist, tippe die Gesamtsumme der Woche, zum Beispiel <code>24</code>.
reminders-shoes =
    <b>Schuh-Check:</b> { $km } auf deinem aktuellen Paar.
    { $tip }
reminders-warmup_cadence =
    <b>Fokus Laufstil:</b> Mach bei diesem Lauf etwas kürzere, schnellere Schritte, etwa 5 % mehr pro Minute. Eine Metronom-App, etwas über deiner üblichen Schrittfrequenz eingestellt, hilft dabei.
    <i>Quelle: { $source }</i>
reminders-warmup_caution = <b>Kniestatus: Vorsicht.</b> Lauf heute locker und halte deine Distanz, keine Steigerung; kurze, schnelle Schritte helfen.
reminders-warmup_caution_km = <b>Kniestatus: Vorsicht.</b> Lauf heute locker und bleib diese Woche bei höchstens etwa { $km }; kurze, schnelle Schritte helfen.
reminders-warmup_reduced = <b>Kniestatus: reduziert.</b> Lauf diese Woche etwa ein Drittel weniger als sonst, oder ersetze diesen Lauf durch Radfahren oder Schwimmen.
reminders-warmup_reduced_km = <b>Kniestatus: reduziert.</b> Lauf weniger als sonst (diese Woche unter { $km }), oder ersetze diesen Lauf durch Radfahren oder Schwimmen.
reminders-warmup_returning = <b>Schrittweiser Wiedereinstieg.</b> Ein lockerer Lauf über etwa die Hälfte deiner üblichen Distanz; noch keine Steigerung.
reminders-warmup_returning_km = <b>Schrittweiser Wiedereinstieg.</b> Ein lockerer Lauf; bleib diese Woche insgesamt bei etwa { $km }, noch keine Steigerung.
reminders-rest_instead_of_run =
    <b>Heute kein Lauf.</b> Dein Kniestatus ist Ruhe: nur schmerzfreies Krafttraining oder lockeres Gehen. Läufe gibt es wieder nach mindestens 48 Stunden und zwei grünen Check-ins an verschiedenen Tagen (/status).
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
reminders-buttons-done = Erledigt
reminders-buttons-snooze_30 = 30 Min. später
reminders-buttons-snooze_2h = 2 Std. später
reminders-buttons-skip_today = Heute nicht
reminders-ack-done = Gut gemacht! ✅
reminders-ack-snoozed = Okay, ich erinnere dich um { $time } noch einmal.
reminders-ack-skipped = Für heute ausgelassen.
reminders-ack-too_late = Diese Erinnerung ist vorbei; nichts zu tun.
reminders-ack-noted = Notiert ✅
reminders-ack-run_distance = Wie weit war es? Tippe die Distanz (z. B. <code>8</code>), dann erfasse ich den Lauf; oder mach einfach weiter.

## checkin

checkin-intro = Kurzer Check-in, zwei Taps.
checkin-poll-pain_question = Wie stark tut dein Knie gerade weh? (0 = gar nicht, 10 = am schlimmsten)
checkin-poll-pain_options-p0 = 0: keine Schmerzen
checkin-poll-pain_options-p1_3 = 1–3: spürbar, ändert nichts an meinem Laufen
checkin-poll-pain_options-p4_5 = 4–5: stört mich, ich halte mich etwas zurück
checkin-poll-pain_options-p6_7 = 6–7: normales Laufen fällt schwer
checkin-poll-pain_options-p8_10 = 8–10: stark, ich kann nicht laufen
checkin-poll-morning_question = Verglichen mit vor deinem gestrigen Lauf ist dein Knie heute Morgen:
checkin-poll-morning_options-same_or_better = Gleich oder besser
checkin-poll-morning_options-slightly_worse = Etwas schlechter
checkin-poll-morning_options-clearly_worse = Deutlich schlechter
checkin-walking_pain_button = Es tut beim Gehen weh
checkin-thanks = Danke, notiert.
checkin-expired = Dieser Check-in ist geschlossen; sende /checkin, um festzuhalten, wie es dir jetzt geht.
checkin-zone-green =
    <b>Grün.</b> Mach weiter wie geplant; allmählich zu steigern ist in Ordnung.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-back_to_ok =
    <b>Wieder grün, an zwei verschiedenen Tagen.</b> Dein Kniestatus ist wieder ok: Plan wie eingestellt, allmählich zu steigern ist in Ordnung.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-green_hold =
    <b>Grün.</b> Gut. Halte weiter deine Distanz; ein grüner Check-in an einem anderen Tag beendet die Vorsicht.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-amber =
    <b>Gelb.</b> Halte diese Woche deine Distanz, keine Steigerung. Versuch kürzere, schnellere Schritte (etwa 5 % mehr Schritte pro Minute).
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-two_ambers =
    <b>Zweimal Gelb diese Woche.</b> Reduziere dein Laufen um etwa 30 % und ersetze einen Lauf durch Radfahren oder Schwimmen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-red =
    <b>Rot.</b> Vorerst kein Laufen: mindestens 2 Tage Ruhe, nur Kraftübungen, die nicht wehtun. Ich frage jeden Morgen nach deinem Knie; Läufe kommen behutsam zurück nach zwei grünen Check-ins an verschiedenen Tagen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-rest_until_green =
    <b>Weiter Ruhe.</b> Bleib bei schmerzfreiem Krafttraining. Läufe gibt es wieder nach mindestens 48 Stunden und zwei grünen Check-ins an verschiedenen Tagen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-rest_green =
    <b>Grün, gut.</b> Die Ruhe geht vorerst weiter: Ein einzelnes Grün beendet sie nie. Läufe gibt es wieder nach mindestens 48 Stunden und zwei grünen Check-ins an verschiedenen Tagen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-returning_start =
    <b>Läufe sind zurück, behutsam.</b> Für ein bis zwei Wochen: lockere Läufe mit etwa der Hälfte deiner früheren Wochendistanz (etwa { $km } pro Woche), keine Steigerung und nach jedem Lauf ein Check-in.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-returning =
    <b>Notiert.</b> Bleib beim schrittweisen Wiedereinstieg: lockere Läufe, keine Steigerung. Zwei Wochen ohne Gelb oder Rot, und du bist zurück bei deinem Plan.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
checkin-zone-still_see_clinician =
    <b>Notiert.</b> Deine Läufe bleiben pausiert, bis ein Hausarzt/eine Hausärztin oder ein Physiotherapeut/eine Physiotherapeutin dein Knie untersucht hat. Sobald man dir das Laufen freigibt, sag es mir in /status.
    <i>Quelle: { $source }</i>
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>

## status

status-card-ok = <b>Kniestatus: ok.</b> Dein Plan läuft wie eingestellt.
status-card-caution = <b>Kniestatus: Vorsicht.</b> Halte deine Distanz (keine Steigerung); kurze, schnelle Schritte.
status-card-reduced = <b>Kniestatus: reduziert.</b> Etwa ein Drittel weniger laufen; ersetze einen Lauf durch Radfahren oder Schwimmen.
status-card-rest = <b>Kniestatus: Ruhe.</b> Vorerst keine Läufe, kein Aufwärmen und kein Dehnen; nur schmerzfreies Krafttraining und ein täglicher Knie-Check.
status-card-see_clinician = <b>Kniestatus: Fachperson aufsuchen.</b> Deine Läufe sind pausiert, bis ein Hausarzt/eine Hausärztin oder ein Physiotherapeut/eine Physiotherapeutin dein Knie untersucht hat.
status-card-returning = <b>Kniestatus: schrittweiser Wiedereinstieg.</b> Lockere Läufe mit etwa der Hälfte deiner früheren Distanz, keine Steigerung, ein Check-in nach jedem Lauf.
status-since = Seit { $since }: { $why }
status-why-red_flag = du hast ein Anzeichen gemeldet, das sich eine Fachperson ansehen muss.
status-why-severe_pain = du hast sehr starke Schmerzen gemeldet (8–10 von 10).
status-why-strong_pain_twice = zweimal innerhalb einer Woche Schmerzen bei 6–7 von 10.
status-why-non_green_three = drei Check-ins in einer Woche, die nicht grün waren.
status-why-worse_morning_twice = zweimal innerhalb einer Woche am nächsten Morgen schlechter.
status-why-non_green_week = dein Knie hat sich seit einer Woche nicht beruhigt.
status-why-red = ein roter Check-in.
status-why-amber = ein gelber Check-in.
status-why-amber_twice = zwei gelbe Check-ins innerhalb einer Woche.
status-why-two_greens = zwei grüne Check-ins an verschiedenen Tagen.
status-why-rest_done = mindestens 48 Stunden Ruhe und zwei grüne Check-ins.
status-why-return_done = zwei Wochen schrittweiser Wiedereinstieg ohne Gelb oder Rot.
status-why-cleared = du hast mir gesagt, dass eine Fachperson dir das Laufen freigegeben hat.
status-why-told_to_rest = du hast mir gesagt, dass eine Fachperson dir Ruhe geraten hat.
status-why-migrated = deine früheren Check-ins.
status-return_km = Richtwert für diese Woche: insgesamt etwa <b>{ $km }</b>.
status-leave-ok = Jeder gelbe oder rote Check-in ändert das.
status-leave-caution = Zwei grüne Check-ins an verschiedenen Tagen bringen dich zurück auf ok.
status-leave-reduced = Zwei grüne Check-ins an verschiedenen Tagen bringen dich zurück auf ok.
status-leave-rest = Läufe gibt es wieder nach mindestens 48 Stunden Ruhe und zwei grünen Check-ins an verschiedenen Tagen; danach ein schrittweiser Wiedereinstieg.
status-leave-see_clinician = Läufe gibt es erst wieder, wenn du mir sagst, dass eine Fachperson dich untersucht und dir das Laufen freigegeben hat (Button unten). Danach ein schrittweiser Wiedereinstieg.
status-leave-returning = Zwei Wochen ohne gelben oder roten Check-in bringen dich zurück zu deinem Plan. Gelb führt zurück zu Vorsicht, Rot zu Ruhe.
status-footer =
    <i>Quelle: NHS Running injuries; adaptiert nach Silbernagel 2007 AJSM 35:897 (Schmerz-Monitoring-Modell, Achillessehne).</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
status-runs_on_hold_footer = Deine Lauf-Erinnerungen sind pausiert. Wenn eine Fachperson dein Knie untersucht und dir das Laufen freigegeben hat, sag es mir in /status.
status-daily_check =
    <b>Wie geht es deinem Knie heute?</b> Konntest du es untersuchen lassen? Sag es mir unten; ich frage einmal am Tag und nie nachts.
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>
status-buttons-still_hurts = Tut noch weh
status-buttons-better = Besser
status-buttons-cleared = Untersucht: darf laufen
status-buttons-told_to_rest = Untersucht: Ruhe empfohlen
status-buttons-worry = ⚠️ Etwas beunruhigt mich
status-worry-prompt = <b>Hast du eines davon?</b> Bei den ersten sieben brauchst du heute noch Hilfe, bei den anderen eine Untersuchung innerhalb weniger Tage. Wähle, was am besten passt.
status-worry-none_button = Nichts davon
status-worry-none = Gut. Falls sich etwas ändert: Diese Liste findest du unter jedem Check-in, in /status und in /help.
status-reply-hurts =
    Tut mir leid, dass es noch wehtut. Bitte lass es bald untersuchen; wenn ein Anzeichen von der Liste auftritt, tippe auf ⚠️ Etwas beunruhigt mich.
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>
status-reply-better =
    Schön zu hören. Läufe bleiben pausiert, bis eine Fachperson dich untersucht und dir das Laufen freigegeben hat: Das ist der sichere Weg zurück.
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>
status-reply-cleared =
    Super, dass du untersucht wurdest. Läufe sind zurück, behutsam: ein bis zwei Wochen lockere Läufe mit etwa der Hälfte deiner früheren Distanz, keine Steigerung und ein Check-in nach jedem Lauf.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
status-reply-cleared_km =
    Super, dass du untersucht wurdest. Läufe sind zurück, behutsam: ein bis zwei Wochen lockere Läufe, etwa <b>{ $km }</b> pro Woche, keine Steigerung und ein Check-in nach jedem Lauf.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
status-reply-rest =
    Danke. Ich pausiere deine Läufe und frage jeden Morgen nach deinem Knie; nach mindestens 48 Stunden und zwei grünen Check-ins an verschiedenen Tagen folgt ein schrittweiser Wiedereinstieg.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
status-reply-stale = Dieser Button ist veraltet oder nicht deiner, daher hat sich nichts geändert. /status zeigt, wie es um dein Knie steht.
status-reply-not_waiting = Nichts zu ändern: Deine Läufe sind nicht wegen einer ausstehenden Untersuchung pausiert. /status zeigt, wie es um dein Knie steht.
status-plan_banner-caution = ⚠️ <b>Kniestatus: Vorsicht</b> – halte deine Distanz (/status).
status-plan_banner-reduced = ⚠️ <b>Kniestatus: reduziert</b> – etwa ein Drittel weniger laufen (/status).
status-plan_banner-rest = ⛔ <b>Kniestatus: Ruhe</b> – vorerst keine Läufe; die Woche unten ist das, was ich dir schicken werde (/status).
status-plan_banner-see_clinician = ⛔ <b>Läufe pausiert, bis eine Fachperson dein Knie untersucht hat</b> (/status).
status-plan_banner-returning = ↗️ <b>Schrittweiser Wiedereinstieg</b> – lockere Läufe, keine Steigerung (/status).

## distance

distance-ask = Wie viele Kilometer bist du diese Woche gelaufen? Schreib eine Zahl, zum Beispiel <code>24</code>.
distance-invalid = Bitte gib eine Zahl zwischen 0 und { $max_km } ein ({ $unit_name }).
distance-recorded = Notiert: <b>{ $km }</b> diese Woche.
distance-no_data = Zum Vergleichen brauche ich mindestens zwei Wochen mit Distanzen. Schick sie mir einfach weiter.
distance-ramp_ok =
    Gleichmäßiger Aufbau. Nächste Woche sind bis etwa <b>{ $next_km }</b> in Ordnung: rund 10 % mehr, eine sanfte Faustregel (in einer Studie hat die strikte 10-%-Regel Verletzungen nicht verhindert, also hör auch auf dein Knie).
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-ramp_fast =
    Das ist ein Plus von mehr als 10 % gegenüber letzter Woche. Schrittweise Steigerungen schonen die Knie vermutlich; bleib nächste Woche bei etwa <b>{ $next_km }</b>.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-ramp_warning =
    <b>Vorsicht:</b> Deine Distanz ist in zwei Wochen um mehr als 30 % gestiegen. In einer Studie mit Laufanfängern bekamen diejenigen, die ihre Distanz in zwei Wochen um mehr als 30 % steigerten, tendenziell mehr Überlastungsverletzungen, etwa Kniescheibenschmerzen oder ein IT-Band-Syndrom. Bleib vorerst bei etwa <b>{ $next_km }</b>.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-ramp_ok_small =
    Gleichmäßig. Unter etwa { $small_week } pro Woche ist ein Schritt von { $small_steps } schonender als ein Prozentwert: nächste Woche bis etwa <b>{ $next_km }</b>.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-ramp_fast_small =
    Das ist ein Sprung von mehr als { $small_step } gegenüber letzter Woche. Unter etwa { $small_week } pro Woche sind Schritte von { $small_steps } schonender; bleib nächste Woche bei etwa <b>{ $next_km }</b>.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-zero_week =
    Eine Woche ohne Laufen, notiert. Wenn du wieder anfängst, starte mit etwa der Hälfte deiner üblichen Distanz und steigere dich von dort aus.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-comeback =
    Willkommen zurück nach einer Woche Pause. Steig sanft wieder ein: nächste Woche etwa <b>{ $next_km }</b> (die Hälfte dieser Woche), dann schrittweise steigern.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-status_rest =
    Notiert. Dein Kniestatus ist „Ruhe“, daher gerade keine Tipps zur Distanz; Läufe gibt es wieder nach zwei grünen Check-ins an verschiedenen Tagen (/status).
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-status_see_clinician =
    Notiert. Deine Läufe pausieren, bis eine Fachperson dein Knie untersucht hat (/status), daher gerade keine Tipps zur Distanz.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-status_returning =
    Schrittweiser Wiedereinstieg: Bleib bei etwa <b>{ $next_km }</b> pro Woche, ohne Steigerung, bis zwei Wochen ohne Gelb oder Rot vergangen sind.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
distance-hold_after_pain =
    Deine letzten Check-ins waren nicht grün, also bleib bei etwa <b>{ $next_km }</b>; keine Steigerung, bis sie wieder grün sind.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>

## shoes

shoes-nudge_distance =
    Deine Schuhe haben etwa <b>{ $km }</b> hinter sich. Um die { $threshold_km } sind Laufschuhe für viele abgenutzt; wenn deine so aussehen oder sich so anfühlen, ist es Zeit für ein neues Paar. Wähl nach Komfort und gewöhn dich über ein paar Läufe an neue Modelle.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
shoes-nudge_strava =
    Laut Strava haben deine <b>{ $pair }</b> etwa <b>{ $km }</b> hinter sich. Um die { $threshold_km } sind Laufschuhe für viele abgenutzt; wenn deine so aussehen oder sich so anfühlen, ist es Zeit für ein neues Paar. Wähl nach Komfort und gewöhn dich über ein paar Läufe an neue Modelle.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
shoes-nudge_age =
    Deine Schuhe sind etwa <b>{ $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }</b> alt. Wenn sie abgenutzt aussehen oder sich so anfühlen, denk über ein neues Paar nach – nach Komfort ausgewählt und schrittweise eingelaufen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
shoes-ok =
    Deine Schuhe haben etwa { $km } hinter sich; noch kein Wechsel nötig.
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
shoes-new_shoes_button = Neue Schuhe gekauft
shoes-reset_done =
    Neue Schuhe notiert; ich zähle ab null. Tipp: In einer Studie hatte, wer zwei Paar abwechselnd trug, weniger Verletzungen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
shoes-worn_button = Wirken abgenutzt

## history

history-heading = <b>{ $days ->
        [one] Der letzte Tag
       *[other] Die letzten { $days } Tage
    }</b>
history-empty = Noch keine Check-ins. Schick /checkin nach deinem nächsten Lauf.
history-line = { $date }: { $zone } (Schmerz { $pain })
history-distance_line = Woche ab { $week }: { $km }
history-chart_caption = { $days ->
        [one] Der letzte Tag
       *[other] Die letzten { $days } Tage
    }: Check-ins, Läufe und Kniestatus.
history-span_4w_button = 4 Wochen
history-span_12w_button = 12 Wochen
history-span_shown_button = ✓ { $span }
history-zones-green = 🟢 grün
history-zones-amber = 🟠 gelb
history-zones-red = 🔴 rot
history-adherence = Erledigte Erinnerungen: { $done } von { $sent }
history-adherence_kind = • { $kind }: { $done } von { $sent }
history-no_reminders = Keine Erinnerungen mit Buttons in diesem Zeitraum.
history-checkins = Beantwortete Check-ins: { $answered } von { $asked }
history-streak = Geplante Tage in Folge: { $days }. Ruhetage, Pausen und Schonung fürs Knie unterbrechen die Serie nie.
history-chart-pain_axis = Schmerz nach dem Lauf (0–10)
history-chart-distance_axis-km = km an dem Tag
history-chart-distance_axis-mi = Meilen an dem Tag
history-chart-after_run = Schmerz nach dem Lauf (Punktfarbe: Zone)
history-chart-morning_row = Morgen danach
history-chart-morning_same = Morgens: gleich oder besser
history-chart-morning_slightly = Morgens: etwas schlechter
history-chart-morning_clearly = Morgens: deutlich schlechter
history-chart-walking = Schmerzen beim Gehen
history-chart-flags = Warnzeichen
history-chart-missing = Keine Antwort
history-chart-runs-km = Lauf (km)
history-chart-runs-mi = Lauf (mi)
history-chart-rest = Ruhe fürs Knie
history-chart-see_clinician = Untersuchen lassen
history-chart-empty = In diesen Tagen noch keine Check-ins oder Läufe.

## weekly_card

weekly_card-week = <b>Deine Woche</b>: Läufe { $runs }, { $km } (letzte Woche: Läufe { $last_runs }, { $last_km }).
weekly_card-strength = Kraft: { $done } von { $planned } erledigt.
weekly_card-settings_prompt = An welchem Tag soll deine Wochenkarte kommen? Sie kommt um 18:00 Uhr deiner Zeit. (Mit dem Button 🔔 Wochenkarte in /settings schaltest du sie aus.)
weekly_card-praise = Starke Woche!
weekly_card-knee = Knie: { $status }, Schmerz { $trend }.
weekly_card-statuses-ok = okay
weekly_card-statuses-caution = Vorsicht
weekly_card-statuses-reduced = reduziert
weekly_card-statuses-rest = Ruhe
weekly_card-statuses-see_clinician = wartet auf Untersuchung
weekly_card-statuses-returning = schrittweiser Wiedereinstieg
weekly_card-trends-better = besser als letzte Woche
weekly_card-trends-steady = etwa wie letzte Woche
weekly_card-trends-worse = schlechter als letzte Woche
weekly_card-trends-unknown = diese Woche nicht angegeben
weekly_card-suggestions-rest = Nächste Woche: Läufe bleiben pausiert; schmerzfreies Krafttraining ist okay. /status zeigt, wann du wieder laufen kannst.
weekly_card-suggestions-see_clinician = Nächste Woche: Bitte lass dein Knie untersuchen, bevor du wieder läufst, und sag mir in /status Bescheid, sobald du grünes Licht hast.
weekly_card-suggestions-ease_off = Nächste Woche: Nimm etwas raus – kürzere, lockerere Läufe – und mach nach jedem Lauf einen Check-in.
weekly_card-suggestions-returning = Nächste Woche: Bleib bei lockeren Läufen von insgesamt etwa { $km }, ohne Steigerung.
weekly_card-suggestions-returning_easy = Nächste Woche: nur lockere Läufe, etwa die Hälfte deiner üblichen Distanz, keine Steigerung.
weekly_card-suggestions-hold = Nächste Woche: Halte deine Distanz und lauf locker.
weekly_card-suggestions-strength = Nächste Woche: Bring zuerst dein Krafttraining unter; Hüft- und Oberschenkelübungen halfen bei Kniescheibenschmerzen.
weekly_card-suggestions-progress = Nächste Woche: bis zu { $km }, wenn dein Knie ruhig bleibt; kleine Schritte, nie ein Sprung.
weekly_card-suggestions-log_runs = Nächste Woche: Schick mir deine Läufe (.fit-, .gpx- oder .tcx-Dateien), damit ich die Wochen vergleichen kann.
weekly_card-footer =
    <i>Quelle: Nielsen 2014 JOSPT 44:739 (Wochendistanz und Knieschmerzen); Collins 2018 BJSM 52:1170 (Hüft- und Kniekraft).</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
weekly_card-chart-title-km = Km pro Tag
weekly_card-chart-title-mi = Meilen pro Tag
weekly_card-chart-km_axis-km = km
weekly_card-chart-km_axis-mi = mi
weekly_card-chart-this_week = Diese Woche
weekly_card-chart-last_week = Letzte Woche
weekly_card-chart-days-mon = Mo
weekly_card-chart-days-tue = Di
weekly_card-chart-days-wed = Mi
weekly_card-chart-days-thu = Do
weekly_card-chart-days-fri = Fr
weekly_card-chart-days-sat = Sa
weekly_card-chart-days-sun = So

## activities

activities-logged = Erfasst: Lauf am { $when }, <b>{ $km }</b>, { $duration }.
activities-duplicate = Schon erfasst: Lauf am { $when }, { $km }. Nichts geändert.
activities-not_run = Das war { $sport }: Ich zähle nur Läufe, deshalb habe ich es weggelassen.
activities-sports-walking = ein Spaziergang
activities-sports-hiking = eine Wanderung
activities-sports-cycling = eine Radfahrt
activities-sports-swimming = eine Schwimmeinheit
activities-sports-other = kein Lauf
activities-duration_minutes = { $minutes } Min.
activities-duration_hours = { $hours } Std. { $minutes } Min.
activities-more = …und { $count } weitere.
activities-spike =
    <b>Achtung:</b> Dieser Lauf war { $percent } % länger als dein längster in den 30 Tagen davor ({ $longest_km }). In einer Studie mit 5.205 Laufenden ging ein einzelner Lauf, der mehr als 10 % länger war als der längste der letzten 30 Tage, mit mehr Überlastungsverletzungen einher. Lauf die nächsten Male locker und achte darauf, wie sich dein Knie anfühlt.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
activities-big_spike =
    <b>Achtung:</b> Dieser Lauf war mehr als doppelt so lang wie dein längster in den 30 Tagen davor ({ $longest_km }). In einer Studie mit 5.205 Laufenden gingen Läufe, die mehr als doppelt so lang waren wie der längste der letzten 30 Tage, mit den meisten Überlastungsverletzungen einher. Lauf die nächsten Male locker und achte darauf, wie sich dein Knie anfühlt.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
activities-errors-too_big = Diese Datei ist mir zu groß: Ich kann Aktivitätsdateien bis 20 MB lesen. Es wurde nichts gespeichert.
activities-errors-not_activity = Ich konnte die Datei nicht lesen: Sie ist keine FIT-, GPX- oder TCX-Aktivitätsdatei. Es wurde nichts gespeichert.
activities-errors-broken = Ich konnte die Datei nicht lesen: Sie scheint beschädigt oder abgeschnitten zu sein. Versuch, sie noch einmal zu exportieren. Es wurde nichts gespeichert.
activities-errors-empty = Ich konnte in dieser Datei keine Aktivität finden. Es wurde nichts gespeichert.
activities-errors-no_times = Die Datei enthält keine Zeiten, daher weiß ich nicht, wann der Lauf war (eine geplante Route?). Es wurde nichts gespeichert.
activities-on_hold-rest =
    Notiert. Dein Kniestatus ist „Ruhe“, also verzichte bitte vorerst aufs Laufen: Läufe gibt es erst wieder nach mindestens 48 Stunden und zwei grünen Check-ins an verschiedenen Tagen (/status).
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
activities-on_hold-see_clinician =
    Notiert. Deine Läufe pausieren, bis dein Knie hausärztlich oder physiotherapeutisch untersucht wurde; wenn es gerade wehtut, schone es bitte. Wenn du grünes Licht zum Laufen bekommst, sag mir in /status Bescheid.
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>
activities-chart-title-km = Kilometer pro Woche, aus deinen erfassten Läufen
activities-chart-title-mi = Meilen pro Woche, aus deinen erfassten Läufen
activities-chart-km_axis-km = km
activities-chart-km_axis-mi = mi
activities-chart-caption = Deine erfassten Läufe { $weeks ->
        [one] der letzten Woche
       *[other] der letzten { $weeks } Wochen
    } (Wochen beginnen montags).
activities-list_heading = <b>Deine letzten Läufe</b>
activities-list_line = • { $when }: { $km }, { $duration }
activities-list_empty = Noch keine Läufe erfasst. Schick mir eine .fit-, .gpx- oder .tcx-Datei von deiner Uhr oder App (gern auch gzip-komprimiert), dann erfasse ich den Lauf.

## strava

strava-offer =
    <b>Verbinde Strava</b>, und jeder Lauf, den du dort aufzeichnest, kommt automatisch zu mir: Distanz und der Hinweis bei einem Lauf, der viel länger ist als sonst – ganz ohne Dateien zu schicken.
    Ich lese nur deine Aktivitäten; mit /disconnect beendest du das jederzeit. Der Link gilt 30 Minuten.
strava-connect_button = Strava verbinden
strava-not_available = Strava ist für diesen Bot nicht eingerichtet. Du kannst mir deine Läufe aber weiterhin als .fit-, .gpx- oder .tcx-Datei schicken.
strava-already_connected = Strava ist schon verbunden: Neue Läufe kommen automatisch rein. /disconnect beendet die Verbindung.
strava-connected = <b>Strava verbunden.</b> Deine nächsten Läufe auf Strava kommen automatisch rein. /disconnect beendet die Verbindung jederzeit.
strava-disconnected = Strava getrennt: Ich habe meinen Zugriff widerrufen und die Tokens gelöscht. Bereits erfasste Läufe bleiben; /delete löscht alles.
strava-not_connected = Strava ist nicht verbunden. /connect verbindet es.
strava-deauthorized = Du hast KneeGuard in Strava den Zugriff entzogen, deshalb habe ich die Verbindung gelöscht. /connect verbindet es wieder.
strava-from_strava = Von Strava:
strava-on_hold = Deine Läufe pausieren gerade, deshalb habe ich ihn nur erfasst, sonst nichts. /status zeigt, wann du wieder laufen kannst.
strava-nice_run = Schöner Lauf!
strava-page-title = KneeGuard und Strava
strava-page-connected = Strava ist verbunden. Du kannst diese Seite schließen und zu Telegram zurückkehren.
strava-page-bad_link = Dieser Link ist ungültig oder abgelaufen. Schick /connect in Telegram, um einen neuen zu bekommen.
strava-page-used_link = Dieser Link wurde schon benutzt. Schick /connect in Telegram, um einen neuen zu bekommen.
strava-page-denied = Es wurde nichts verbunden. Schick /connect in Telegram, falls du es dir anders überlegst.
strava-page-scope_missing = KneeGuard muss deine Aktivitäten lesen dürfen (auch private), um deine Läufe zu erfassen. Schick /connect in Telegram und lass dieses Häkchen gesetzt.
strava-page-failed = Strava hat nicht wie erwartet geantwortet, daher wurde nichts verbunden. Bitte versuch /connect in ein paar Minuten noch einmal.

## learn

learn-header = <b>Wissen</b> { $index }/{ $total }
learn-next_button = Weiter »
learn-back_button = « Zurück
learn-done_button = Fertig
learn-finished = Das war die letzte Karte. /learn startet von vorn; /help zeigt alles, was ich kann.
learn-cards-soreness =
    <b>Muskelkater oder Schmerz?</b>
    Muskelkater ist ein dumpfer Schmerz in den Muskeln, oft ein oder zwei Tage nach einer harten oder neuen Einheit, und er lässt nach, wenn du dich bewegst. Knieschmerz ist stechend oder pochend, direkt am Gelenk, und kann beim Laufen schlimmer werden. Muskelkater gehört zum Training; Schmerz am Knie ist ein Signal, kürzerzutreten und die Check-ins zu nutzen (/checkin).
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-see_doctor =
    <b>Wann du zum Arzt oder zur Ärztin solltest</b>
    <b>Hol dir noch heute Hilfe</b> (Notaufnahme oder ärztlicher Bereitschaftsdienst, in Deutschland 116 117):
    { $urgent }
    <b>Geh innerhalb weniger Tage zum Hausarzt/zur Hausärztin oder in die Physiotherapie:</b>
    { $soon }
    Und hör mit dem Laufen auf und lass es abklären, wenn der Schmerz nach etwa einer Woche nicht weg ist. Wenn ein Anzeichen auftritt, tippe in /status auf ⚠️ Etwas beunruhigt mich.
    <i>Quelle: { $source }</i>
    <i>Keine medizinische Beratung; ich kann keine Diagnosen stellen.</i>
learn-cards-rest =
    <b>Wie lange pausieren?</b>
    Ein paar Tage bis eine Woche Laufpause reichen oft für ein gereiztes Knie; Gehen, Radfahren oder Schwimmen sind okay, wenn sie nicht wehtun. Wenn der Schmerz nach etwa einer Woche nicht weg ist, hör mit dem Laufen auf und lass es abklären. Die meisten Knieschmerzen klingen mit der richtigen Belastung innerhalb von 6–12 Wochen ab. Steig sanft wieder ein, mit etwa der Hälfte deiner üblichen Distanz.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-surfaces =
    <b>Harter Untergrund</b>
    Studien zu Laufuntergründen sind uneinheitlich: Für keinen Untergrund ist belegt, dass er die Knie schützt. Manche finden, dass sich Gras, Trails oder eine Laufbahn zwischendurch besser anfühlen. Wenn du den Untergrund wechselst, dann schrittweise, wie bei der Distanz.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-weight =
    <b>Körpergewicht</b>
    Bei jedem Schritt trägt das Knie dein Gewicht, daher senkt etwas weniger Gewicht auch die Belastung darauf. Laufen passt zu jedem Körper: Steigere dich langsam, und wenn du abnehmen möchtest, kann dir deine Hausärztin oder dein Hausarzt bei der Planung helfen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-painkillers =
    <b>Schmerzmittel</b>
    Nimm keine Schmerzmittel, um trotz Knieschmerzen weiterzulaufen: Schmerz zeigt dir, dass die Belastung gerade zu hoch ist, und wenn du ihn überdeckst, kann aus einem kleinen Problem ein größeres werden. Zur Schmerzlinderung halte dich an den Beipackzettel oder frag in der Apotheke oder in deiner Hausarztpraxis; Dosierungen nenne ich keine.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-braces =
    <b>Bandagen und Tapes</b>
    Eine Kniebandage oder ein Tape kann das Laufen für manche angenehmer machen, aber die Wirkung ist unsicher, und sie beheben nicht die Ursache. Wenn du sie magst, nutze sie zusätzlich zu Krafttraining und vernünftiger Belastung, nicht stattdessen.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-shoes =
    <b>Schuhe</b>
    Wähle das Paar, das sich am bequemsten anfühlt; die Wahl nach Fußtyp ist wissenschaftlich nicht belegt. 500–800 km sind eine Faustregel für den Wechsel: Schau dir die Sohlen an und achte darauf, wie sie sich anfühlen. Wer zwei Paar abwechselnd trug, verletzte sich seltener. Gewöhn dich über ein paar Läufe an ein neues Modell.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>
learn-cards-cadence =
    <b>Schrittfrequenz</b>
    Die Schrittfrequenz ist die Zahl deiner Schritte pro Minute. 5–10 % mehr Schritte senken die Belastung des Knies; +10 % senkten die Spitzenkraft hinter der Kniescheibe um 14 %. Zähl bei einem lockeren Lauf 30 Sekunden lang deine Schritte und verdopple die Zahl; stell dann eine Metronom-App etwa 5 % höher ein und lauf im Takt, über einige Wochen bis zu 10 % mehr.
    <i>Quelle: { $source }</i>
    <i>Gewohnheiten und Wissen, keine Diagnose.</i>

## tip

tip-text =
    <b>Tipp:</b> { $tip }
    <i>Quelle: { $source } · keine Diagnose</i>
tip-none = Gerade sind keine Tipps verfügbar.

## privacy

privacy-text =
    <b>Was ich speichere und warum</b>
    • Deine Telegram-ID, Sprache, Zeitzone und Einstellungen, um Erinnerungen zur richtigen Zeit zu schicken.
    • Ob du über einen Link gekommen bist, den jemand mit dir geteilt hat (nie, wer ihn geteilt hat), um zu zählen, wie sich KneeGuard verbreitet.
    • Quiz-Antworten, Check-ins, Wochendistanzen und die Läufe, die du mir als Datei oder über Strava schickst, um deinen Plan anzupassen. Strava-Tokens werden verschlüsselt gespeichert und verlassen den Bot nie, auch nicht bei /export. Das sind Gesundheitsdaten; ich speichere sie nur mit deiner Einwilligung und nur, um dich zu coachen.
    • Nichts wird weitergegeben oder verkauft.
    /export schickt dir alles als Datei. /delete löscht es sofort und widerruft deine Einwilligung.
privacy-not_consented = Du hast nicht eingewilligt, daher speichere ich nichts über dich außer, dass du Nein gesagt hast.
privacy-withdraw_button = Einwilligung widerrufen, Gesundheitsdaten löschen
privacy-withdrawn = Einwilligung widerrufen. Ich habe deine Quiz-Antworten, Check-ins, Distanzen, Läufe, deinen Plan und deine Erinnerungen gelöscht; ich behalte nur deine Chat-ID und dass du Nein gesagt hast. Schick /start, um wieder einzuwilligen, oder /delete, um auch das zu entfernen.
privacy-already_withdrawn = Es liegt keine Einwilligung von dir vor, also gibt es nichts zu widerrufen.

## export

export-caption = Alle Daten, die ich über dich habe, als JSON.
export-empty = Ich habe keine Daten über dich.
export-failed = Ich konnte die Datei gerade nicht schicken; es hat sich nichts geändert. Bitte versuch /export in einer Minute noch einmal.

## delete

delete-confirm_question = Alle deine Daten löschen und alle Erinnerungen stoppen? Das lässt sich nicht rückgängig machen.
delete-confirm_button = Ja, alles löschen
delete-cancel_button = Daten behalten
delete-done = Erledigt: Alle deine Daten sind gelöscht. Schick /start, wenn du irgendwann zurückkommen willst.
delete-cancelled = Es wurde nichts gelöscht.
delete-nothing = Ich habe keine Daten über dich, also gibt es nichts zu löschen.
delete-details = Gelöscht: dein Profil und deine Einstellungen, dein Plan, Quiz-Ergebnisse ({ $quiz }), Check-ins ({ $checkins }), Wochendistanzen ({ $distances }), Läufe ({ $runs }) und Erinnerungsdaten ({ $reminders }). Es kommen keine Erinnerungen mehr.
delete-expired = Dieser Button ist abgelaufen. Schick /delete noch einmal, wenn du deine Daten weiterhin löschen willst.

## errors

errors-internal = Bei uns ist etwas schiefgelaufen, verloren ging nichts – bitte versuch es noch einmal.
errors-unknown_command = Diesen Befehl kenne ich nicht. /help zeigt, was ich kann.
errors-free_text = Ich arbeite mit Buttons und Befehlen. /help zeigt, was ich kann; mit /checkin hältst du fest, wie sich dein Knie anfühlt.
errors-not_text = Fotos, Sprachnachrichten oder Sticker kann ich mir nicht ansehen, und die einzigen Dateien, die ich lese, sind Läufe (.fit, .gpx, .tcx). Ich arbeite mit Buttons, getippten Antworten und Befehlen; /help listet sie auf.
errors-unknown_button_press = Dieser Button ist alt oder unbekannt, deshalb hat sich nichts geändert. /help zeigt, was ich kann.
errors-group_chat = Fragen zum Knie sind persönlich: Schreib mir bitte privat.
errors-busy = Ich bin gerade beschäftigt – bitte versuch es in einer Minute noch einmal.
errors-cancelled = Abgebrochen. Sonst hat sich nichts geändert.
errors-nothing_to_cancel = Es gibt nichts abzubrechen.
errors-need_consent = Ich brauche zuerst deine Einwilligung. Schick /start.
errors-paused_hint = Deine Erinnerungen sind pausiert; /resume schaltet sie wieder ein.

## admin

admin-broadcast-prompt = Schick die Nachricht für den Rundversand (HTML erlaubt). /cancel bricht ab.
admin-broadcast-preview = <b>Vorschau</b> – das geht an { $count ->
        [one] { $count } aktiven Nutzer
       *[other] { $count } aktive Nutzer
    }:
admin-broadcast-confirm_button = Senden
admin-broadcast-cancel_button = Abbrechen
admin-broadcast-queued = In der Warteschlange für { $count ->
        [one] { $count } Nutzer
       *[other] { $count } Nutzer
    }. Ich melde mich, wenn es fertig ist.
admin-broadcast-done = Rundversand abgeschlossen: { $sent } gesendet, { $failed } fehlgeschlagen, { $blocked } { $blocked ->
        [one] hat
       *[other] haben
    } den Bot blockiert.
admin-broadcast-cancelled = Rundversand abgebrochen.
admin-broadcast-invalid_html = Diese Nachricht enthält HTML, das Telegram nicht akzeptiert: { $error }
admin-stats-heading = <b>Statistik</b>
admin-stats-users = Nutzer: { $total } insgesamt, { $consented } eingewilligt, { $active } aktiv in den letzten 7 Tagen
admin-stats-reminders = Erinnerungen in den letzten 24 h: { $sent } gesendet, { $failed } fehlgeschlagen, { $pending } ausstehend
admin-stats-checkins = Check-ins in den letzten 7 Tagen: { $green } grün, { $amber } gelb, { $red } rot
admin-stats-escalations = Eskalationen in den letzten 30 Tagen: { $count }
admin-addtip-prompt = Schick den Tipp in drei Zeilen: Art (warmup, stretch, strength, rest, distance, shoes), Text, Quelle.
admin-addtip-added = Tipp zu <b>{ $kind }</b> hinzugefügt.
admin-addtip-invalid = Ich brauche drei Zeilen: Art, Text und Quelle. Arten: { $kinds }.
admin-broadcast_flow-audience_prompt = Wer soll sie bekommen?
admin-broadcast_flow-audience_all_button = Alle aktiven Nutzer
admin-broadcast_flow-audience_cause_button = Nach Ursache
admin-broadcast_flow-audience_language_button = Nach Sprache
admin-broadcast_flow-audience_region_button = Nach Zeitzonen-Region
admin-broadcast_flow-audience_inactive_button = Seit N Tagen inaktiv
admin-broadcast_flow-pick_cause = Nutzer, deren Top-Ursachen enthalten:
admin-broadcast_flow-pick_language = Nutzer mit Telegram-Sprache:
admin-broadcast_flow-pick_region = Nutzer mit Zeitzone in:
admin-broadcast_flow-pick_inactive = Nutzer, inaktiv seit mindestens:
admin-broadcast_flow-days_button = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
admin-broadcast_flow-back_button = « Zurück
admin-broadcast_flow-nothing_to_pick = Noch kein aktiver Nutzer hat eine.
admin-broadcast_flow-preview_heading = <b>Vorschau</b> (die Nachricht oben) für { $audience }: gerade { $count ->
        [one] <b>{ $count }</b> Nutzer
       *[other] <b>{ $count }</b> Nutzer
    }.
admin-broadcast_flow-when_prompt = Wann soll sie rausgehen? Wähl eine Option oder tippe eine UTC-Zeit als <code>YYYY-MM-DD HH:MM</code>.
admin-broadcast_flow-now_button = Jetzt
admin-broadcast_flow-in_hours_button = In { $hours } Std.
admin-broadcast_flow-bad_time = Ich brauche eine UTC-Zeit in der Zukunft, z. B. <code>2026-05-01 09:30</code>.
admin-broadcast_flow-confirm = An { $count ->
        [one] <b>{ $count }</b> Nutzer
       *[other] <b>{ $count }</b> Nutzer
    } ({ $audience }) senden, geplant für { $when } UTC?
admin-broadcast_flow-already = Dieser Rundversand ist bereits { $state }.
admin-broadcast_flow-scheduled_status = Rundversand #{ $number } an { $audience }: { $total ->
        [one] { $total } Empfänger
       *[other] { $total } Empfänger
    }, geplant für { $when } UTC.
admin-broadcast_flow-status = Rundversand #{ $number } an { $audience }: { $done }/{ $total } erledigt – { $delivered } zugestellt, { $blocked } blockiert, { $failed } fehlgeschlagen.
admin-broadcast_flow-report = <b>Rundversand #{ $number } abgeschlossen</b>: { $delivered } zugestellt, { $blocked } { $blocked ->
        [one] hat
       *[other] haben
    } den Bot blockiert (als inaktiv markiert), { $failed } fehlgeschlagen, { $skipped } übersprungen.
admin-broadcast_flow-stop_button = Rundversand abbrechen
admin-broadcast_flow-stopped = Rundversand #{ $number } abgebrochen; { $skipped ->
        [one] { $skipped } Empfänger bekommt
       *[other] { $skipped } Empfänger bekommen
    } ihn nicht.
admin-broadcast_flow-not_running = Dieser Rundversand ist bereits beendet.
admin-broadcast_flow-expired = Diese Buttons sind abgelaufen. Schick /broadcast, um neu zu starten.
admin-broadcast_flow-audience_names-all = alle aktiven Nutzer
admin-broadcast_flow-audience_names-cause = Nutzer mit Ursache { $value }
admin-broadcast_flow-audience_names-language = Sprache { $value }
admin-broadcast_flow-audience_names-region = Zeitzone { $value }/…
admin-broadcast_flow-audience_names-inactive = Nutzer, die seit { $value }+ Tagen inaktiv sind
admin-stats_report-users = <b>Nutzer</b>: { $total }: { $active } aktiv, { $paused } pausiert, { $blocked } blockiert
admin-stats_report-user_count = { $count ->
        [one] { $count } Nutzer
       *[other] { $count } Nutzer
    }
admin-stats_report-runner_count = { $count ->
        [one] { $count } aktiver Läufer
       *[other] { $count } aktive Läufer
    }
admin-stats_report-funnel = <b>Onboarding</b>: { $created } gestartet → { $consented } eingewilligt → { $quiz_finished } Quiz abgeschlossen → { $plan_confirmed } Plan bestätigt
admin-stats_report-from_share = <b>Über geteilten Link gekommen</b>: { $shared } von { $created } gestartet
admin-stats_report-causes = <b>Top-Ursachen</b>: { $causes }
admin-stats_report-adherence_heading = <b>Erinnerungen, { $days ->
        [one] letzter Tag
       *[other] letzte { $days } Tage
    }</b> (erledigt oder beantwortet / verschoben / übersprungen / ignoriert; während Läufe pausiert waren)
admin-stats_report-adherence_line = { $kind }: { $done } / { $snoozed } / { $skipped } / { $ignored }; { $held } pausiert
admin-stats_report-weeks_heading = <b>Pro Woche</b> (aktive Läufer; Check-ins grün / gelb / rot; Eskalationen)
admin-stats_report-week_line = { $week }: { $active }; { $green } / { $amber } / { $red }; { $escalations }
admin-stats_report-none = noch keine
admin-stats_report-chart_caption = KneeGuard-Statistik, { $date }
admin-stats_report-chart_funnel = Onboarding
admin-stats_report-chart_causes = Top-Ursachen
admin-stats_report-chart_adherence = Antworten auf Erinnerungen, letzte 4 Wochen
admin-stats_report-chart_weeks = Check-ins pro Woche
admin-stats_report-chart_active = Aktive Läufer pro Woche
admin-stats_report-chart_escalations = Eskalationen pro Woche
admin-stats_report-chart_empty = Noch nichts
admin-stats_report-step_started = gestartet
admin-stats_report-step_consented = eingewilligt
admin-stats_report-step_quiz = Quiz fertig
admin-stats_report-step_plan = Plan steht
admin-stats_report-answer_done = erledigt / beantwortet
admin-stats_report-answer_snoozed = verschoben
admin-stats_report-answer_skipped = übersprungen
admin-stats_report-answer_ignored = ignoriert
admin-stats_report-answer_held = pausiert
admin-stats_report-zone_green = grün
admin-stats_report-zone_amber = gelb
admin-stats_report-zone_red = rot
admin-stats_report-kind_names-warmup = Aufwärmen
admin-stats_report-kind_names-stretch = Dehnen
admin-stats_report-kind_names-checkin = Check-in nach dem Lauf
admin-stats_report-kind_names-morning_checkin = Morgen-Check-in
admin-stats_report-kind_names-strength = Kraft
admin-stats_report-kind_names-rest = Ruhetag
admin-stats_report-kind_names-distance = Wochendistanz
admin-stats_report-kind_names-shoes = Schuh-Check
admin-stats_report-kind_names-knee_check = Knie-Check
admin-stats_report-kind_names-escalation = Rat zur ärztlichen Abklärung
admin-stats_report-kind_names-escalation_followup = Nachfrage zum Rat
admin-stats_report-cause_names-load = Zu viel, zu schnell
admin-stats_report-cause_names-strength = Kraft in Hüfte und Oberschenkeln
admin-stats_report-cause_names-form = Lange Schritte
admin-stats_report-cause_names-shoes = Abgenutzte Schuhe
admin-stats_report-cause_names-warmup = Kaltstarts
admin-stats_report-cause_names-surface = Gleicher harter Untergrund
admin-tips-prompt = Schick den Tipp in drei Zeilen: Ursache ({ $causes }), Text, Quelle. /cancel bricht ab.
admin-tips-added = Tipp #{ $number } für <b>{ $cause }</b> hinzugefügt.
admin-tips-invalid = Ich brauche drei Zeilen: Ursache, Text und Quelle. Ursachen: { $causes }.
