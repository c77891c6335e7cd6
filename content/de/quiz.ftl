# The cause quiz's texts (structure, scores and sources: content/quiz.yaml).
# question-<question> is the question; option-<question>-<option> a button, its .reason
# what the answer says in the result; cause-<CAUSE> a cause's title with .why (or one
# .why-<question> per question that gave the points, .why the default) and .what-to-do.

question-where = Wo tut dein Knie weh?
option-where-front = Um oder hinter der Kniescheibe
    .reason = Schmerzen rund um die Kniescheibe
option-where-outside = Außen am Knie
    .reason = Schmerzen außen am Knie
option-where-below = Direkt unter der Kniescheibe
    .reason = Schmerzen direkt unter der Kniescheibe
option-where-inside = Innen oder tief im Knie
option-where-none = Keine Schmerzen, ich will vorbeugen

question-red_flags = Hast du gerade eines dieser Anzeichen?
option-red_flags-cant_bear = Kann das Knie nicht belasten
option-red_flags-severe = Sehr starke Schmerzen (8–10 von 10)
option-red_flags-locked = Blockiert, lässt sich nicht strecken
option-red_flags-swollen = Verformt oder stark geschwollen
option-red_flags-hot = Knie heiß und rot, mit Fieber oder Krankheitsgefühl
option-red_flags-numb = Fuß taub oder kalt und blass
option-red_flags-pop = Sturz oder Verdrehen mit „Knacks“
option-red_flags-gives_way = Knie knickt weg
option-red_flags-night = Schmerzen nachts oder in Ruhe
option-red_flags-worsening = Schmerzen werden immer schlimmer
option-red_flags-mild_swelling = Leichte Schwellung, die nicht abklingt
option-red_flags-catching = Knie hakt (blockiert aber nicht)
option-red_flags-none = Nichts davon

question-distance = Wie hat sich deine Laufdistanz in den letzten 2–4 Wochen verändert?
option-distance-same_less = Gleich oder weniger
option-distance-up_little = Etwas mehr
    .reason = Distanz etwas gesteigert
option-distance-up_lot = Deutlich mehr
    .reason = Distanz deutlich gesteigert
option-distance-new_runner = Ich bin neu dabei oder steige wieder ein
    .reason = Neu- oder Wiedereinstieg ins Laufen

question-changed = Was hat sich in letzter Zeit sonst verändert?
option-changed-nothing = Nichts
option-changed-pace = Schnelleres Tempo, Intervalle
    .reason = schnelleres Tempo oder Intervalle
option-changed-hills = Mehr Hügel
    .reason = mehr Hügel
option-changed-long_run = Viel längerer langer Lauf
    .reason = ein viel längerer langer Lauf
option-changed-new_gear = Neue Schuhe oder Untergrund
    .reason = neue Schuhe oder neuer Untergrund

question-strength = Wie oft machst du Kraftübungen für Hüfte oder Oberschenkel?
option-strength-regular = 2× pro Woche oder öfter
option-strength-sometimes = Manchmal
    .reason = Krafttraining nur ab und zu
option-strength-never = Nie
    .reason = kein Krafttraining

question-shoes = Wie viel Strecke haben deine aktuellen Laufschuhe schon hinter sich?
option-shoes-under_500 = Unter 500 km
option-shoes-km500_800 = 500–800 km
    .reason = Schuhe mit 500–800 km
option-shoes-over_800 = Über 800 km
    .reason = Schuhe über 800 km
option-shoes-unknown = Weiß ich nicht
    .reason = Laufleistung der Schuhe unbekannt

question-stride = Wie würdest du deinen Laufschritt beschreiben?
option-stride-short_quick = Kurz und schnell
option-stride-long_heel = Lang oder mit lauter Fersenlandung
    .reason = lange Schritte oder laute Fersenlandungen
option-stride-unsure = Nicht sicher

question-warmup = Was machst du meistens vor einem Lauf?
option-warmup-easy_jog = Einlaufen oder Lauf-ABC
option-warmup-static_only = Nur statisches Dehnen
    .reason = nur statisches Dehnen
option-warmup-straight = Direkt los in meinem Tempo
    .reason = kein Aufwärmen vor dem Laufen

question-when = Wann tut es am meisten weh?
option-when-stairs = Treppen, Kniebeugen, langes Sitzen
    .reason = Schmerzen beim Treppensteigen oder nach dem Sitzen
option-when-downhill = Bergab oder nach einer bestimmten Strecke
    .reason = Schmerzen bergab oder nach einer Weile
option-when-during_runs = Nur beim Laufen
    .reason = Schmerzen beim Laufen
option-when-hard_ground = Nach Läufen auf Asphalt oder Beton
    .reason = Schmerzen nach Läufen auf hartem Untergrund
option-when-no_pain = Es tut nicht weh

cause-LOAD = Zu viel, zu schnell
    .why-distance = In einer Studie mit Laufanfängern bekamen diejenigen, die ihre Distanz in zwei Wochen um mehr als 30 % steigerten, tendenziell mehr Überlastungsverletzungen, etwa Schmerzen an der Kniescheibe oder am IT-Band (der Zusammenhang war nicht sicher). Die 10-%-Regel ist eine Faustregel, die in einer anderen Studie Verletzungen nicht verhindert hat.
    .why-changed = Knie gewöhnen sich nur langsam an neue Belastung. Schnellere Einheiten, mehr Hügel oder ein viel längerer langer Lauf bringen Belastung, die dein Knie noch nicht gewohnt ist; in einer großen Studie ging ein einzelner Lauf, der viel länger war als der längste des Vormonats, mit mehr Überlastungsverletzungen einher.
    .why = Deine Distanz ist nicht gestiegen, aber Schmerzen an diesen Stellen oder beim Laufen bedeuten oft, dass das Knie gerade mehr Belastung trägt, als es verkraftet: Tempo, Hügel und lange Läufe zählen auch, nicht nur die Distanz.
    .what-to-do = Halte deine Belastung vorerst und steigere dann schrittweise: etwa 10 % pro Woche ist eine sanfte Faustregel, oder 2–3 km pro Woche, wenn du unter 10 km läufst. Halte deine Ruhetage ein; Ausgleichstraining erhält deine Fitness.
cause-STRENGTH = Kraft in Hüfte und Oberschenkeln
    .why-strength = Kräftige Hüften und Oberschenkel stabilisieren das Knie. Hüft- plus Knieübungen halfen bei Kniescheibenschmerzen mehr als Knieübungen allein, und Krafttraining hat Überlastungsverletzungen über viele Sportarten hinweg fast halbiert.
    .why = Schmerzen rund um die Kniescheibe, auf Treppen oder nach dem Sitzen sind typisch für Kniescheibenschmerzen, und Hüft- plus Knieübungen halfen dabei mehr als Knieübungen allein. Krafttraining hat außerdem Überlastungsverletzungen über viele Sportarten hinweg fast halbiert.
    .what-to-do = Zweimal pro Woche: Beckenheben, Clamshells oder seitliches Beinheben im Liegen, Step-downs und Split Squats. Nur schmerzfrei; deine Kraft-Erinnerungen zeigen dir das Programm.
cause-FORM = Lange Schritte
    .why-stride = Zu lange Schritte (Overstriding) und harte Fersenlandungen belasten das Knie. 5–10 % mehr Schritte pro Minute senken die Kniebelastung; +10 % senkten die Spitzenkraft hinter der Kniescheibe um 14 %.
    .why = Kürzere, schnellere Schritte senken die Belastung des Knies: 5–10 % mehr Schritte pro Minute taten das, und +10 % senkten die Spitzenkraft hinter der Kniescheibe um 14 %. Einen Versuch wert, wo dein Knie sich meldet, etwa bergab.
    .what-to-do = Lauf aufrecht, setz den Fuß unter dem Körper mit leicht gebeugtem Knie auf und erhöhe deine Schrittfrequenz mit einer Metronom-App um etwa 5 %, über einige Wochen bis zu 10 %. Ein Lauftrainer oder eine Physiotherapeutin kann dir dabei helfen.
cause-SHOES = Schuhe
    .why-changed = Ein neues Schuhmodell oder ein neuer Untergrund verändert, wie deine Beine die Belastung aufnehmen; gewöhn dich also über ein paar Läufe daran. Wähle Schuhe nach Komfort; die Wahl nach Fußtyp ist wissenschaftlich nicht belegt.
    .why = Wie lange ein Schuh hält, ist eine Faustregel (etwa 500–800 km), also prüf, wie deine aussehen und sich anfühlen. Die Wahl nach Fußtyp ist nicht belegt, die nach Komfort schon. Wer zwei Paar abwechselnd trug, verletzte sich seltener.
    .what-to-do = Ersetze Schuhe, die abgenutzt aussehen oder sich so anfühlen, wähl das bequemste Paar, gewöhn dich schrittweise an neue Modelle und überleg dir, zwei Paar abwechselnd zu tragen.
cause-WARMUP = Kaltstarts
    .why = Nach dem Aufwärmen fühlt sich das Laufen leichter an und die Leistung ist besser, auch wenn nicht nachgewiesen ist, dass Aufwärmprogramme Laufverletzungen verhindern. Langes statisches Dehnen (60 s oder mehr) vor dem Laufen mindert die Leistung.
    .what-to-do = Beginne mit 5–10 Minuten lockerem Traben und ein paar Übungen aus dem Lauf-ABC (Beinpendeln, Hopserlauf). Dehne nach dem Laufen nur, wenn du magst.
cause-SURFACE = Immer derselbe harte Untergrund
    .why = Die Studienlage zu Laufuntergründen ist uneinheitlich. Manche finden, dass ihren Knien ab und zu weicherer Boden guttut.
    .what-to-do = Wenn du magst, lauf ein paar lockere Kilometer auf Gras, Trails oder einer Laufbahn.
