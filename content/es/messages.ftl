# KneeGuard texts (Spanish, neutral, «tú»), Project Fluent: https://projectfluent.org/fluent/guide/
# Ids mirror the keys the code asks for ("start.welcome_new" is start-welcome_new).
# Telegram HTML only: <b> <i> <u> <code> <a href> <blockquote>; write &amp; &lt; &gt; for & < >.
# Variables: { $name }. Distances come formatted in the runner's unit ("24 km", "15 mi").
# `.source` is left out here: the English one is used.

## common

common-not_medical_advice = <i>Orientación general sobre hábitos, no consejo médico ni un diagnóstico.</i>
common-yes_button = Sí
common-no_button = No
common-back_button = « Atrás
common-cancel_button = Cancelar
common-skip_button = Omitir

## commands

commands-start = Qué hago y tu consentimiento
commands-help = Todos los comandos
commands-quiz = Descubre las causas probables de tu dolor de rodilla
commands-plan = Crea o consulta tu plan semanal
commands-settings = Cambia zona horaria, días, horas, zapatillas
commands-status = Cómo está tu rodilla y qué te devuelve a correr
commands-checkin = Cuéntame cómo sientes la rodilla ahora
commands-history = Tus check-ins y tu distancia hasta ahora
commands-runs = Tus últimas carreras registradas
commands-tip = Un consejo para correr cuidando las rodillas
commands-learn = Fichas breves: dolor, descanso, zapatillas, cadencia
commands-pause = Pausa todos los recordatorios
commands-resume = Reactiva los recordatorios
commands-privacy = Qué datos guardo y por qué
commands-export = Descarga todos tus datos
commands-delete = Borra todos tus datos
commands-share = Comparte KneeGuard con alguien que corre
commands-connect = Conecta Strava: tus carreras llegan solas
commands-disconnect = Desconecta Strava
commands-cancel = Detén el paso actual
commands-broadcast = Admin: enviar un mensaje a los usuarios
commands-stats = Admin: estadísticas de uso
commands-addtip = Admin: añadir un consejo

## start

start-welcome_new =
    ¡Hola! Soy <b>KneeGuard</b>, un ayudante para las rodillas de quienes corren.
    • Un cuestionario breve señala las causas probables del dolor de rodilla.
    • Un plan semanal te recuerda calentar, hacer fuerza y descansar.
    • Los check-ins rápidos te dicen cuándo frenar o cuándo hacerte revisar.
    <i>Te doy hábitos e información, no consejo médico ni un diagnóstico.</i>
start-consent_question =
    Para ello guardo tus respuestas al cuestionario, tus check-ins de dolor y tus días de carrera. Son datos de salud, así que necesito tu consentimiento. Los uso solo para acompañarte en tu entrenamiento, y puedes exportarlos con /export o borrarlos con /delete cuando quieras.
    ¿Estás de acuerdo?
start-consent_yes_button = Acepto
start-consent_no_button = No, gracias
start-consent_expired = Ese botón ha caducado. Envía /start para ver de nuevo la pregunta de consentimiento.
start-withdraw_in_privacy = Ya diste tu consentimiento, así que no ha cambiado nada. Para retirarlo (y borrar tus datos de salud), usa /privacy.
start-consent_given = ¡Gracias! Veamos qué les pasa a tus rodillas: /quiz dura más o menos un minuto.
start-consent_declined =
    No hay problema, no guardaré nada sobre ti.
    Aun así puedes leer un consejo para correr con /tip. Si cambias de opinión, envía /start.
start-welcome_back = ¡Qué bien verte de nuevo! /plan muestra tu semana, /checkin registra cómo sientes la rodilla y /help lo enumera todo.

## help

help-text =
    <b>Lo que puedo hacer</b>
    /start – qué hago y tu consentimiento
    /help – esta lista
    /quiz – descubre las causas probables de tu dolor de rodilla
    /plan – crea o consulta tu plan semanal
    /settings – zona horaria, días de carrera, hora, distancia, zapatillas
    /status – cómo está tu rodilla y qué te devuelve a correr
    /checkin – cuéntame cómo sientes la rodilla ahora
    /history – tus check-ins y tu distancia semanal
    /runs – tus últimas carreras (envía un archivo .fit, .gpx o .tcx para registrar una)
    /connect – vincula Strava para que tus carreras lleguen solas; /disconnect – desvincúlalo
    /tip – un consejo para correr cuidando las rodillas
    /learn – fichas breves: molestia o dolor, cuándo ir al médico, descanso…
    /pause – pausa todos los recordatorios; /resume – vuelve a activarlos
    /privacy – qué datos guardo y por qué
    /export – descarga todos tus datos
    /delete – borra todos tus datos
    /share – comparte KneeGuard con alguien que corre
    /cancel – detén el paso actual
    ¿Algo te preocupa? El botón de abajo enumera las señales que requieren a un profesional.
    <i>Hábitos e información, no consejo médico.</i>
help-admin =
    <b>Comandos de administración</b>
    /broadcast – envía un mensaje a todos los usuarios activos (con vista previa y confirmación)
    /stats – cifras de usuarios y de entregas
    /addtip – añade un consejo a la rotación (tipo, texto, fuente)

## profile

profile-description =
    KneeGuard ayuda a quienes corren a mantener sus rodillas sanas.
    Un cuestionario breve señala las causas probables del dolor de rodilla; después recibes un plan semanal y recordatorios amables en tu propia zona horaria: calentamientos, fuerza, días de descanso, distancia y zapatillas.
    Hábitos e información, no un diagnóstico. Siempre te digo con claridad cuándo ir al médico.
    Pulsa Iniciar para empezar.
profile-short_description = Hábitos para correr cuidando las rodillas: cuestionario de causas, plan semanal, recordatorios. No es un diagnóstico.
profile-share_invite = KneeGuard cuida las rodillas de quienes corren: un cuestionario breve, un plan semanal y recordatorios amables.

## share

share-text = ¿Conoces a alguien que corre y a cuyas rodillas les vendría bien algo de cuidado? Envíale este enlace: { $link }
share-share_button = 📣 Comparte con quien corre

## quiz

quiz-intro = Nueve preguntas rápidas, solo con botones. Puedes volver atrás cuando quieras.
quiz-progress = <b>Pregunta { $index }/{ $total }</b>
quiz-back_button = « Atrás
quiz-expired = Esta pregunta ha caducado… Envía /quiz para empezar de nuevo.
quiz-use_buttons = Usa los botones de abajo, por favor.
quiz-already_running = Estás a mitad del cuestionario; aquí tienes otra vez la pregunta actual.
quiz-miles_options-shoes-under_500 = Menos de { $low }
quiz-miles_options-shoes-km500_800 = { $low_value }–{ $high }
quiz-miles_options-shoes-over_800 = Más de { $high }
quiz-miles_reasons-shoes-km500_800 = zapatillas con { $low_value }–{ $high }
quiz-miles_reasons-shoes-over_800 = zapatillas con más de { $high }
quiz-result-heading = <b>Tus causas probables</b>
quiz-result-cause_line = { $rank }. <b>{ $title }</b>: { $reasons }.
quiz-result-cause_line_plain = { $rank }. <b>{ $title }</b>
quiz-result-nothing = <b>Ninguna causa clara</b> según tus respuestas. Aquí tienes lo básico que ayuda a cualquier corredor: aumenta poco a poco, respeta los días de descanso y haz trabajo de fuerza dos veces por semana.
quiz-result-preventing = Ahora mismo no tienes dolor: genial. El plan lo mantiene así con una carga progresiva y trabajo de fuerza.
quiz-result-assessment_note = Si el dolor está en la parte interna de la rodilla o en lo profundo de ella, conviene que lo vea un médico de cabecera o un fisioterapeuta, aunque sigas el plan.
quiz-result-cadence_check = ¿No tienes clara tu zancada? Cuenta tus pasos durante 30 segundos en una carrera suave; la ficha de cadencia en /learn te dice qué hacer después.
quiz-result-plan_note = Tu plan: fuerza dos veces por semana para todos, más las causas de arriba.
quiz-result-disclaimer = <i>Hábitos que probablemente convenga cambiar, no un diagnóstico. «¿Por qué?» explica cada causa.</i>
quiz-result-why_hint = <i>«¿Por qué?» explica cada causa.</i>
quiz-result-hold_note = ⚠️ Por ahora, el estado de tu rodilla frena cualquier aumento (/status): aumenta solo cuando lo permita.
quiz-result-detail_footer = <i>Hábitos e información, no un diagnóstico.</i>
quiz-result-why_header = <b>¿Por qué?</b> ({ $page }/{ $total })
quiz-result-detail_title = <b>{ $rank }. { $title }</b>
quiz-result-detail_because = <i>Según tus respuestas:</i> { $reasons }.
quiz-result-detail_body =
    { $why }
    <i>Qué hacer:</i> { $what_to_do }
    <i>Fuente: { $source }</i>
quiz-result-basics_detail =
    Nada en tus respuestas apunta a una causa concreta. Lo básico ayuda igualmente: aumenta tu distancia semanal poco a poco (un 10 % por semana es una regla orientativa prudente, no un límite demostrado), respeta los días de descanso y haz trabajo de fuerza de caderas y muslos dos veces por semana; el entrenamiento de fuerza redujo casi a la mitad las lesiones por sobrecarga en distintos deportes.
    <i>Fuente: { $source }</i>
quiz-result-why_button = ¿Por qué?
quiz-result-next_button = Siguiente causa »
quiz-result-back_button = « Volver al resultado
quiz-result-plan_button = Crear mi plan
quiz-result-retake_button = Repetir el cuestionario

## red_flag

red_flag-urgent =
    <b>Busca ayuda hoy mismo, por favor.</b>
    Lo que describes puede ser señal de una lesión que hay que revisar ya. No corras. Ve a urgencias o llama al teléfono de atención sanitaria de tu zona.
    Diles: { $symptom }, cuándo empezó y qué estabas haciendo (por ejemplo, una caída, una torcedura o un «crac»).
    <i>Fuente: { $source }</i>
    <i>No puedo valorar lesiones; esto no es un diagnóstico ni consejo médico.</i>
red_flag-soon =
    <b>Acude a un médico de cabecera o a un fisioterapeuta en los próximos días, por favor.</b>
    Lo que describes ({ $symptom }) debería revisarse antes de seguir entrenando. Hasta entonces, no corras.
    Cuéntale dónde te duele, desde cuándo, qué lo empeora y cuánto corres.
    <i>Fuente: { $source }</i>
    <i>No puedo valorar lesiones; esto no es un diagnóstico ni consejo médico.</i>
red_flag-symptoms-cant_bear = no poder apoyar el peso sobre la pierna
red_flag-symptoms-severe = dolor intenso (8–10 sobre 10)
red_flag-symptoms-severe_pain = dolor intenso (8–10 sobre 10)
red_flag-symptoms-locked = una rodilla bloqueada que no se puede estirar
red_flag-symptoms-swollen = una rodilla que parece deformada o muy hinchada
red_flag-symptoms-hot = una rodilla caliente y roja, con fiebre o sensación de malestar
red_flag-symptoms-numb = un pie entumecido, o un pie frío y pálido
red_flag-symptoms-pop = una caída o torcedura con un «crac»
red_flag-symptoms-gives_way = una rodilla que falla o se dobla
red_flag-symptoms-night = dolor por la noche o en reposo
red_flag-symptoms-worsening = dolor que no deja de empeorar
red_flag-symptoms-mild_swelling = una hinchazón leve que no baja
red_flag-symptoms-catching = una rodilla que se engancha (pero no se bloquea)
red_flag-symptoms-checkin_button = la señal que indicaste
red_flag-quiz_stopped = He detenido el cuestionario aquí: primero tiene que verlo un profesional. Puedes retomarlo más adelante con /quiz.

## escalation

escalation-message =
    <b>Es hora de que te revisen la rodilla.</b>
    { $reasons }
    Deja de correr por ahora y acude a un médico de cabecera o a un fisioterapeuta, por favor; pueden decirte cuánto puedes correr mientras tu rodilla se calma.
    Cuéntales: dónde te duele, desde cuándo, tu historial de check-ins (/history) y tu distancia semanal.
    <i>Fuente: { $source }</i>
    <i>No es consejo médico; no puedo diagnosticar.</i>
escalation-reasons-red_flag = • Indicaste una señal que debe valorar un profesional.
escalation-reasons-severe_pain = • Indicaste dolor intenso (8–10 sobre 10).
escalation-reasons-strong_pain_twice = • Tuviste un dolor de 6–7 sobre 10 dos veces en una semana.
escalation-reasons-non_green_three = • Tres de tus check-ins de una semana no fueron verdes.
escalation-reasons-worse_morning_twice = • Notaste la rodilla peor a la mañana siguiente dos veces en una semana.
escalation-reasons-non_green_week = • Tu rodilla lleva una semana sin calmarse.
escalation-follow_up = Hace unos días te sugerí que te revisaran la rodilla. ¿Pudiste hacerlo?
escalation-follow_up_yes_button = Sí, ya me la revisaron
escalation-follow_up_no_button = Todavía no
escalation-follow_up_yes =
    Bien. Sigue lo que te aconsejaron. Si te dieron el visto bueno para correr, dímelo en /status; hasta entonces, tus recordatorios de carrera siguen en pausa.
    <i>Hábitos e información, no un diagnóstico.</i>
escalation-follow_up_no =
    Pide cita pronto, por favor. Hasta entonces: nada de correr, solo movimiento sin dolor.
    <i>Hábitos e información, no un diagnóstico.</i>

## plan

plan-no_quiz_yet = Tu plan se basa en el cuestionario. Envía primero /quiz; dura más o menos un minuto.
plan-timezone-prompt =
    Primero, tu zona horaria, para que los recordatorios lleguen a la hora correcta.
    Comparte tu ubicación, elige una zona abajo o escribe una zona o ciudad (por ejemplo, <code>Europe/Madrid</code> o <code>Buenos Aires</code>).
plan-timezone-share_location_button = 📍 Enviar ubicación
plan-timezone-location_hint = O toca <b>📍 Enviar ubicación</b> abajo: solo la uso para averiguar tu zona horaria y no la guardo.
plan-timezone-pick_button = Elegir de una lista
plan-timezone-invalid = No conozco la zona o ciudad <code>{ $value }</code>. Prueba con una zona como <code>Europe/Madrid</code> o con una ciudad grande cercana.
plan-timezone-abbreviation = <code>{ $value }</code> es una abreviatura y no sigue el horario de verano. Escribe tu ciudad (como <code>Madrid</code>) o una zona como <code>America/Mexico_City</code>.
plan-timezone-confirmed = Zona horaria fijada: <b>{ $zone }</b> (hora local ahora: { $local_time }).
plan-timezone-kept = Zona horaria sin cambios: <b>{ $zone }</b> (hora local ahora: { $local_time }).
plan-timezone-location_elsewhere = Solo uso la ubicación para fijar tu zona horaria: /settings → Zona horaria. No se ha guardado nada.
plan-days-prompt = ¿Qué días sueles correr? Toca para marcar o desmarcar y luego pulsa Listo.
plan-days-done_button = Listo
plan-days-none_selected = Elige al menos un día de carrera, por favor.
plan-days-selected_mark = ✅ { $day }
plan-days-weekdays-mon = Lun
plan-days-weekdays-tue = Mar
plan-days-weekdays-wed = Mié
plan-days-weekdays-thu = Jue
plan-days-weekdays-fri = Vie
plan-days-weekdays-sat = Sáb
plan-days-weekdays-sun = Dom
plan-run_time-prompt = ¿A qué hora sueles empezar a correr? Elige una o escríbela (por ejemplo, <code>18:30</code>).
plan-run_time-invalid = No entiendo <code>{ $value }</code> como hora. Escríbela así: <code>18:30</code>.
plan-weekly_km-prompt = ¿Cuántos { $unit_name } corres más o menos a la semana? Escribe un número u omite esta pregunta.
plan-weekly_km-invalid = Escribe un número de { $unit_name } entre 0 y { $max_km }, por ejemplo <code>25</code>.
plan-weekly_km-skip_button = No lo sé
plan-shoes-prompt = ¿Cuánto han recorrido tus zapatillas actuales? Elige un rango o escribe los { $unit_name } o los meses desde que las compraste (por ejemplo, <code>350</code> u <code>8 meses</code>).
plan-shoes-options-new = Nuevas (menos de { $low_new })
plan-shoes-options-under_500 = Menos de { $low }
plan-shoes-options-mid = { $low_value }–{ $high }
plan-shoes-options-over_800 = Más de { $high }
plan-shoes-options-unsure = No lo sé
plan-shoes-invalid = Escribe los { $unit_name } (como <code>350</code>) o los meses (como <code>8 meses</code>), por favor.
plan-summary-heading = <b>Tu semana</b>
plan-summary-focus = Enfoque: <b>{ $first }</b> y <b>{ $second }</b>
plan-summary-focus_one = Enfoque: <b>{ $first }</b>, más lo básico (carga progresiva, fuerza dos veces por semana)
plan-summary-focus_basics = Enfoque: lo básico (carga progresiva, fuerza dos veces por semana)
plan-summary-day_line = <b>{ $day }</b>: { $items }
plan-summary-rest_day = descanso
plan-summary-weekly_km = Distancia semanal que mantener por ahora: <b>{ $km }</b>
plan-summary-shoes_when_due = Revisión de zapatillas: solo cuando toque cambiarlas ({ $threshold_km } o { $months ->
        [one] { $months } mes
        [many] { $months } meses
       *[other] { $months } meses
    }; ahora { $km }), y entonces el { $day } a las { $time }.
plan-summary-shoes_due = Revisión de zapatillas: ya <b>toca</b> cambiarlas; el aviso con los detalles llega el { $day } a las { $time }.
plan-summary-item = { $label } { $time }
plan-summary-no_rest_day =
    ⚠️ <b>No hay ningún día de descanso esta semana.</b> Las rodillas se adaptan entre carrera y carrera: deja al menos un día a la semana sin correr (cambia tus días de carrera para hacer hueco).
    <i>Fuente: { $source }</i>
plan-summary-few_rest_days_new =
    ⚠️ <b>Menos de dos días de descanso.</b> Mientras empiezas a correr o estás volviendo a hacerlo, dos días a la semana sin correr dan tiempo a tus rodillas para adaptarse (cambia tus días de carrera para hacer hueco).
    <i>Fuente: { $source }</i>
plan-items-warmup = calentamiento
plan-items-stretch = estiramientos
plan-items-checkin = check-in
plan-items-morning_checkin = check-in matutino
plan-items-strength = fuerza
plan-items-rest = día de descanso
plan-items-distance = distancia semanal
plan-items-shoes = revisión de zapatillas
plan-items-knee_check = control de rodilla
plan-items-weekly_card = ficha semanal
plan-items-run = carrera
plan-confirm_button = Me parece bien
plan-change_button = Cambiar algo
plan-confirmed = Tu plan está activo. Te enviaré el primer recordatorio: { $next_time }. /pause detiene los recordatorios cuando quieras.
plan-expired = Estos botones han caducado. Envía /plan para crear tu plan o /settings para cambiarlo.

## units

units-km = { $value } km
units-mi = { $value } mi
units-km_range = { $low }–{ $high } km
units-mi_range = { $low }–{ $high } mi
units-names-km = kilómetros
units-names-mi = millas
units-prompt = ¿Muestro las distancias en kilómetros o en millas? Las distancias que escribas también usarán esta unidad (escribir «25 km» o «15 mi» con la unidad siempre funciona).
units-options-km = Kilómetros
units-options-mi = Millas

## settings

settings-menu =
    <b>Ajustes</b>
    ¿Qué quieres cambiar?
settings-current-text =
    Zona horaria: { $zone }
    Carreras: { $runs }
    Horas de silencio: { $quiet }
    Distancia semanal: { $distance }
    Unidades: { $units }
settings-current-unset = sin definir
settings-current-distance_runs = según tus carreras registradas
settings-current-distance_typed = la escribes cada domingo (envía archivos de tus carreras para registrarlas)
settings-buttons-timezone = Zona horaria
settings-buttons-days = Días de carrera
settings-buttons-run_time = Hora de carrera
settings-buttons-weekly_km = Distancia semanal
settings-buttons-shoes = Zapatillas
settings-buttons-shoe_threshold = Vida útil de las zapatillas
settings-buttons-reminders = Recordatorios sí/no
settings-buttons-quiet_hours = Horas de silencio
settings-buttons-language = Idioma
settings-buttons-weekly_card = Día de ficha semanal
settings-buttons-units = Unidades
settings-buttons-done = Listo
settings-saved = Guardado. Tu plan está actualizado.
settings-saved_plan_pending = Guardado. Tu plan aún no está confirmado: envía /plan para terminar de crearlo.
settings-expired = Este menú de ajustes ha caducado. Envía /settings para abrirlo de nuevo.
settings-quiet_prompt = ¿Cuándo debo guardar silencio? Los recordatorios de esas horas esperan hasta el final, salvo el calentamiento y los estiramientos en torno a tu hora de carrera; los avisos para ir al médico nunca se retienen. Elige una opción o escríbela así: <code>22:30-06:30</code>.
settings-quiet_off = Sin horas de silencio
settings-quiet_invalid = No entiendo <code>{ $value }</code> como franja horaria. Escríbela así: <code>22:30-06:30</code>.
settings-language_prompt = ¿Qué idioma uso?
settings-language_auto = El mismo que mi app de Telegram
settings-shoe_threshold_prompt = ¿Después de cuántos { $unit_name } te sugiero zapatillas nuevas? Escribe un número de { $min_km } a { $max_km } (por defecto, { $default_km }).
settings-shoe_threshold_invalid = Escribe un número de { $min_km } a { $max_km }, por favor.

## pause

pause-question = ¿Durante cuánto tiempo <b>pauso los recordatorios</b>? Los check-ins también se pausan; los mensajes de seguridad siguen llegando.
pause-done = Recordatorios en pausa. Tus datos se conservan; envía /resume para reactivarlos.
pause-done_until = Recordatorios en pausa hasta el <b>{ $until }</b>. Te avisaré cuando vuelvan; /resume los reactiva antes.
pause-already = Los recordatorios ya están en pausa. /resume los reactiva.
pause-already_until = Los recordatorios están en pausa hasta el <b>{ $until }</b>. /resume los reactiva antes.
pause-cancelled = No ha cambiado nada: los recordatorios siguen activos.
pause-ended = <b>Los recordatorios vuelven a estar activos</b> tras tu pausa. Próximo: { $next_time }. /pause los detiene de nuevo.
pause-ended_nothing_planned = <b>Tu pausa ha terminado.</b> Aún no hay ningún recordatorio previsto: /plan organiza tu semana.
pause-buttons-one_day = 1 día
pause-buttons-three_days = 3 días
pause-buttons-one_week = 1 semana
pause-buttons-two_weeks = 2 semanas
pause-buttons-until_resumed = Hasta reactivarlos
pause-buttons-resume_now = Reactivar ya
pause-buttons-keep = Mantener pausa

## resume

resume-done = Los recordatorios vuelven a estar activos. Próximo: { $next_time }.
resume-not_paused = Los recordatorios ya están activos.

## reminders

reminders-warmup =
    <b>Se acerca tu carrera.</b> Empieza con unos minutos de trote suave y ejercicios de técnica.
    { $tip }
reminders-stretch =
    <b>¿Carrera hecha?</b> Si te apetece, haz ahora unos estiramientos suaves; que sean cómodos y breves.
    { $tip }
reminders-strength =
    <b>Día de fuerza.</b> Unos 20 minutos, solo sin dolor.

    { $routine }

    <i>Fuente: { $source } · no es un diagnóstico</i>
reminders-exercise_card =
    <b>{ $name }</b>, { $sets } × { $reps }
    { $start }: { $how }. Evita { $avoid }.
reminders-rest =
    <b>Día de descanso.</b> Camina, pedalea o nada si te apetece; los días de descanso son parte del plan.
    { $tip }
reminders-distance = <b>Control semanal:</b> ¿cuántos { $unit_name } corriste esta semana? Escribe un número, por ejemplo <code>24</code>.
reminders-distance_logged = <b>Control semanal:</b> tus carreras registradas suman <b>{ $km }</b> esta semana. Si corriste más sin archivo, escribe el total de la semana, por ejemplo <code>24</code>.
reminders-shoes =
    <b>Revisión de zapatillas:</b> { $km } con tu par actual.
    { $tip }
reminders-warmup_cadence =
    <b>Técnica:</b> en esta carrera, da pasos algo más cortos y rápidos, alrededor de un 5 % más por minuto. Ayuda una app de metrónomo ajustada un poco por encima de tu ritmo de pasos habitual.
    <i>Fuente: { $source }</i>
reminders-warmup_caution = <b>Estado de la rodilla: precaución.</b> Haz la carrera de hoy suave y mantén tu distancia, sin aumentarla; ayudan los pasos cortos y rápidos.
reminders-warmup_caution_km = <b>Estado de la rodilla: precaución.</b> Haz la carrera de hoy suave y no pases de unos { $km } esta semana; ayudan los pasos cortos y rápidos.
reminders-warmup_reduced = <b>Estado de la rodilla: reducido.</b> Corre alrededor de un tercio menos de lo habitual esta semana, o cambia esta carrera por bici o natación.
reminders-warmup_reduced_km = <b>Estado de la rodilla: reducido.</b> Corre menos de lo habitual (menos de { $km } esta semana), o cambia esta carrera por bici o natación.
reminders-warmup_returning = <b>Vuelta progresiva.</b> Una carrera suave de más o menos la mitad de tu distancia habitual; todavía sin aumentos.
reminders-warmup_returning_km = <b>Vuelta progresiva.</b> Una carrera suave; esta semana, unos { $km } en total, todavía sin aumentos.
reminders-rest_instead_of_run =
    <b>Hoy no hay carrera.</b> El estado de tu rodilla es descanso: solo fuerza sin dolor o caminar tranquilamente. Vuelves a correr tras al menos 48 horas y dos check-ins verdes en días distintos (/status).
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
reminders-buttons-done = Hecho
reminders-buttons-snooze_30 = Posponer 30 min
reminders-buttons-snooze_2h = Posponer 2 h
reminders-buttons-skip_today = Saltar hoy
reminders-ack-done = ¡Buen trabajo! ✅
reminders-ack-snoozed = Vale, te lo recuerdo de nuevo a las { $time }.
reminders-ack-skipped = Omitido por hoy.
reminders-ack-too_late = Ese recordatorio ya pasó; no hay nada que hacer.
reminders-ack-noted = Anotado ✅
reminders-ack-run_distance = ¿Qué distancia fue? Escríbela (por ejemplo, <code>8</code>) y registro la carrera; o sigue sin más.

## checkin

checkin-intro = Check-in rápido, dos toques.
checkin-poll-pain_question = ¿Cuánto te duele la rodilla ahora mismo? (0 = nada, 10 = lo peor)
checkin-poll-pain_options-p0 = 0: sin dolor
checkin-poll-pain_options-p1_3 = 1–3: lo noto, pero no cambia cómo corro
checkin-poll-pain_options-p4_5 = 4–5: me molesta, me contengo un poco
checkin-poll-pain_options-p6_7 = 6–7: me cuesta correr con normalidad
checkin-poll-pain_options-p8_10 = 8–10: intenso, no puedo correr
checkin-poll-morning_question = Esta mañana, en comparación con antes de la carrera de ayer, tu rodilla está:
checkin-poll-morning_options-same_or_better = Igual o mejor
checkin-poll-morning_options-slightly_worse = Algo peor
checkin-poll-morning_options-clearly_worse = Claramente peor
checkin-walking_pain_button = Me duele al caminar
checkin-thanks = Gracias, anotado.
checkin-expired = Este check-in ya se cerró; envía /checkin para registrar cómo te sientes ahora.
checkin-zone-green =
    <b>Verde.</b> Sigue según lo previsto; puedes progresar poco a poco.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-back_to_ok =
    <b>Verde otra vez, en dos días distintos.</b> El estado de tu rodilla vuelve a ser ok: el plan tal como está, y puedes progresar poco a poco.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-green_hold =
    <b>Verde.</b> Bien. Sigue manteniendo tu distancia; un check-in verde en otro día pone fin a la precaución.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-amber =
    <b>Ámbar.</b> Mantén tu distancia esta semana, sin aumentarla. Prueba a dar pasos más cortos y rápidos (alrededor de un 5 % más de pasos por minuto).
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-two_ambers =
    <b>Ámbar dos veces esta semana.</b> Reduce lo que corres en alrededor de un 30 % y cambia una carrera por bici o natación.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-red =
    <b>Rojo.</b> Nada de correr por ahora: descansa al menos 2 días, solo con ejercicios de fuerza que no duelan. Te preguntaré por tu rodilla cada mañana; vuelves a correr, con suavidad, tras dos check-ins verdes en días distintos.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-rest_until_green =
    <b>Sigues en descanso.</b> Limítate a la fuerza sin dolor. Vuelves a correr tras al menos 48 horas y dos check-ins verdes en días distintos.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-rest_green =
    <b>Verde, bien.</b> Por ahora el descanso continúa: un solo verde nunca lo termina. Vuelves a correr tras al menos 48 horas y dos check-ins verdes en días distintos.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-returning_start =
    <b>Vuelves a correr, con suavidad.</b> Durante una o dos semanas: carreras suaves de más o menos la mitad de tu distancia semanal anterior (unos { $km } por semana), sin aumentos, y un check-in después de cada carrera.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-returning =
    <b>Anotado.</b> Sigue con la vuelta progresiva: carreras suaves, sin aumentos. Dos semanas sin ámbar ni rojo y vuelves a tu plan.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
checkin-zone-still_see_clinician =
    <b>Anotado.</b> Tus carreras siguen en pausa hasta que un médico de cabecera o un fisioterapeuta te revise la rodilla. Cuando te den el visto bueno para correr, dímelo en /status.
    <i>Fuente: { $source }</i>
    <i>No es consejo médico; no puedo diagnosticar.</i>

## status

status-card-ok = <b>Estado de la rodilla: ok.</b> Tu plan sigue tal como está.
status-card-caution = <b>Estado de la rodilla: precaución.</b> Mantén tu distancia (sin aumentos); pasos cortos y rápidos.
status-card-reduced = <b>Estado de la rodilla: reducido.</b> Alrededor de un tercio menos de carrera; cambia una carrera por bici o natación.
status-card-rest = <b>Estado de la rodilla: descanso.</b> Por ahora, nada de carreras, calentamientos ni estiramientos; solo fuerza sin dolor y un control diario de tu rodilla.
status-card-see_clinician = <b>Estado de la rodilla: consulta a un profesional.</b> Tus carreras están en pausa hasta que un médico de cabecera o un fisioterapeuta te revise la rodilla.
status-card-returning = <b>Estado de la rodilla: vuelta progresiva.</b> Carreras suaves de más o menos la mitad de tu distancia anterior, sin aumentos, y un check-in después de cada carrera.
status-since = Desde { $since }: { $why }
status-why-red_flag = indicaste una señal que requiere a un profesional.
status-why-severe_pain = indicaste dolor intenso (8–10 sobre 10).
status-why-strong_pain_twice = dolor de 6–7 sobre 10 dos veces en una semana.
status-why-non_green_three = tres check-ins en una semana que no fueron verdes.
status-why-worse_morning_twice = peor a la mañana siguiente dos veces en una semana.
status-why-non_green_week = tu rodilla lleva una semana sin calmarse.
status-why-red = un check-in rojo.
status-why-amber = un check-in ámbar.
status-why-amber_twice = dos check-ins ámbar en una semana.
status-why-two_greens = dos check-ins verdes en días distintos.
status-why-rest_done = descanso de al menos 48 horas y dos check-ins verdes.
status-why-return_done = dos semanas de vuelta progresiva sin ámbar ni rojo.
status-why-cleared = me dijiste que un profesional te dio el visto bueno para correr.
status-why-told_to_rest = me dijiste que un profesional te aconsejó descansar.
status-why-migrated = tus check-ins anteriores.
status-return_km = Guía de esta semana: unos <b>{ $km }</b> en total.
status-leave-ok = Cualquier check-in ámbar o rojo cambia esto.
status-leave-caution = Dos check-ins verdes en días distintos te devuelven a ok.
status-leave-reduced = Dos check-ins verdes en días distintos te devuelven a ok.
status-leave-rest = Vuelves a correr tras al menos 48 horas de descanso y dos check-ins verdes en días distintos; después, una vuelta progresiva.
status-leave-see_clinician = Solo vuelves a correr cuando me digas que un profesional te ha revisado y te ha dado el visto bueno para correr (el botón de abajo). Después, una vuelta progresiva.
status-leave-returning = Dos semanas sin ningún check-in ámbar ni rojo te devuelven a tu plan. Un ámbar te devuelve a precaución; un rojo, a descanso.
status-footer =
    <i>Fuente: NHS Running injuries; adaptado de Silbernagel 2007 AJSM 35:897 (modelo de control del dolor, Aquiles).</i>
    <i>Hábitos e información, no un diagnóstico.</i>
status-runs_on_hold_footer = Tus recordatorios de carrera están en pausa. Cuando un profesional te haya revisado la rodilla y te haya dado el visto bueno para correr, dímelo en /status.
status-daily_check =
    <b>¿Cómo está hoy tu rodilla?</b> ¿Has podido hacer que te la revisen? Dímelo abajo; pregunto una vez al día y nunca de noche.
    <i>No es consejo médico; no puedo diagnosticar.</i>
status-buttons-still_hurts = Aún me duele
status-buttons-better = Mejor
status-buttons-cleared = Me revisaron: puedo correr
status-buttons-told_to_rest = Me revisaron: debo descansar
status-buttons-worry = ⚠️ Algo me preocupa
status-worry-prompt = <b>¿Tienes alguna de estas señales?</b> Las siete primeras requieren ayuda hoy mismo; las demás, una revisión en pocos días. Elige la que mejor encaje.
status-worry-none_button = Ninguna de estas
status-worry-none = Bien. Si algo cambia, esta lista está debajo de cada check-in, en /status y en /help.
status-reply-hurts =
    Siento que todavía te duela. Haz que te la revisen pronto, por favor; si aparece alguna señal de la lista, pulsa ⚠️ Algo me preocupa.
    <i>No es consejo médico; no puedo diagnosticar.</i>
status-reply-better =
    Me alegra saberlo. Las carreras siguen en pausa hasta que un profesional te revise y te dé el visto bueno para correr: así se vuelve de forma segura.
    <i>No es consejo médico; no puedo diagnosticar.</i>
status-reply-cleared =
    Genial que ya te hayan revisado. Vuelves a correr, con suavidad: una o dos semanas de carreras suaves de más o menos la mitad de tu distancia anterior, sin aumentos, y un check-in después de cada carrera.
    <i>Hábitos e información, no un diagnóstico.</i>
status-reply-cleared_km =
    Genial que ya te hayan revisado. Vuelves a correr, con suavidad: una o dos semanas de carreras suaves, unos <b>{ $km }</b> por semana, sin aumentos, y un check-in después de cada carrera.
    <i>Hábitos e información, no un diagnóstico.</i>
status-reply-rest =
    Gracias. Pondré en pausa tus carreras y te preguntaré por tu rodilla cada mañana; tras al menos 48 horas y dos check-ins verdes en días distintos, una vuelta progresiva.
    <i>Hábitos e información, no un diagnóstico.</i>
status-reply-stale = Ese botón es antiguo o no es tuyo, así que no ha cambiado nada. /status muestra cómo está tu rodilla.
status-reply-not_waiting = No hay nada que cambiar: tus carreras no están en pausa a la espera de una revisión. /status muestra cómo está tu rodilla.
status-plan_banner-caution = ⚠️ <b>Estado de la rodilla: precaución</b> – mantén tu distancia (/status).
status-plan_banner-reduced = ⚠️ <b>Estado de la rodilla: reducido</b> – alrededor de un tercio menos de carrera (/status).
status-plan_banner-rest = ⛔ <b>Estado de la rodilla: descanso</b> – por ahora no hay carreras; la semana de abajo es lo que te enviaré (/status).
status-plan_banner-see_clinician = ⛔ <b>Carreras en pausa hasta que un profesional te revise la rodilla</b> (/status).
status-plan_banner-returning = ↗️ <b>Vuelta progresiva</b> – carreras suaves, sin aumentos (/status).

## distance

distance-ask = ¿Cuántos kilómetros corriste esta semana? Escribe un número, por ejemplo <code>24</code>.
distance-invalid = Escribe un número de { $unit_name } entre 0 y { $max_km }, por favor.
distance-recorded = Anotado: <b>{ $km }</b> esta semana.
distance-no_data = Necesito al menos dos semanas de distancias para comparar. Sigue enviándomelas.
distance-ramp_ok =
    Progresión constante. La próxima semana puedes llegar hasta unos <b>{ $next_km }</b>: alrededor de un 10 % más, una regla orientativa prudente (en un estudio, la regla estricta del 10 % no evitó las lesiones, así que escucha también a tu rodilla).
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
distance-ramp_fast =
    Eso es más de un 10 % por encima de la semana pasada. Los aumentos graduales pueden ser más suaves para las rodillas; la próxima semana, mantente en unos <b>{ $next_km }</b>.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
distance-ramp_warning =
    <b>Cuidado:</b> tu distancia subió más de un 30 % en dos semanas. En un estudio con corredores principiantes, quienes aumentaron su distancia más de un 30 % en dos semanas tendieron a sufrir más lesiones por sobrecarga, como dolor de rótula y síndrome de la cintilla iliotibial. Por ahora, mantente en unos <b>{ $next_km }</b>.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
distance-ramp_ok_small =
    Progresión constante. Por debajo de unos { $small_week } por semana, un aumento de { $small_steps } es más suave que un porcentaje: la próxima semana, hasta unos <b>{ $next_km }</b>.
    <i>Hábitos e información, no un diagnóstico.</i>
distance-ramp_fast_small =
    Eso es un aumento de más de { $small_step } respecto a la semana pasada. Por debajo de unos { $small_week } por semana, los aumentos de { $small_steps } son más suaves; la próxima semana, mantente en unos <b>{ $next_km }</b>.
    <i>Hábitos e información, no un diagnóstico.</i>
distance-zero_week =
    Una semana sin correr, anotado. Cuando vuelvas a empezar, comienza con más o menos la mitad de tu distancia habitual y ve aumentando a partir de ahí.
    <i>Hábitos e información, no un diagnóstico.</i>
distance-comeback =
    Qué bien verte de nuevo tras una semana sin correr. Retoma con calma: la próxima semana, unos <b>{ $next_km }</b> (la mitad de esta semana), y después ve aumentando poco a poco.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
distance-status_rest =
    Anotado. El estado de tu rodilla es descanso, así que por ahora no hay consejos de distancia; vuelves a correr tras dos check-ins verdes en días distintos (/status).
    <i>Hábitos e información, no un diagnóstico.</i>
distance-status_see_clinician =
    Anotado. Tus carreras están en pausa hasta que un profesional te revise la rodilla (/status), así que por ahora no hay consejos de distancia.
    <i>Hábitos e información, no un diagnóstico.</i>
distance-status_returning =
    Vuelta progresiva: mantente en unos <b>{ $next_km }</b> por semana, sin aumentos, hasta que pasen dos semanas sin ámbar ni rojo.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
distance-hold_after_pain =
    Tus últimos check-ins no fueron verdes, así que mantente en unos <b>{ $next_km }</b>; sin aumentos hasta que lo sean.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>

## shoes

shoes-nudge_distance =
    Tus zapatillas llevan unos <b>{ $km }</b>. Hacia los { $threshold_km }, muchos corredores las notan gastadas; si se ven o se notan cansadas, toca un par nuevo. Elige por comodidad e introduce los modelos nuevos poco a poco a lo largo de unas cuantas carreras.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
shoes-nudge_strava =
    Según Strava, tus <b>{ $pair }</b> llevan unos <b>{ $km }</b>. Hacia los { $threshold_km }, muchos corredores las notan gastadas; si se ven o se notan cansadas, toca un par nuevo. Elige por comodidad e introduce los modelos nuevos poco a poco a lo largo de unas cuantas carreras.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
shoes-nudge_age =
    Tus zapatillas tienen aproximadamente <b>{ $months ->
        [one] { $months } mes
        [many] { $months } meses
       *[other] { $months } meses
    }</b>. Si se ven o se notan gastadas, plantéate un par nuevo: elígelo por comodidad e introdúcelo poco a poco.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
shoes-ok =
    Tus zapatillas llevan unos { $km }; todavía no hace falta cambiarlas.
    <i>Hábitos e información, no un diagnóstico.</i>
shoes-new_shoes_button = Tengo zapatillas nuevas
shoes-reset_done =
    Zapatillas nuevas anotadas; empiezo a contar desde cero. Consejo: en un estudio, los corredores que alternaban dos pares tuvieron menos lesiones.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
shoes-worn_button = Las noto gastadas

## history

history-heading = <b>{ $days ->
        [one] Tu último día
        [many] Tus últimos { $days } días
       *[other] Tus últimos { $days } días
    }</b>
history-empty = Aún no hay check-ins. Envía /checkin después de tu próxima carrera.
history-line = { $date }: { $zone } (dolor { $pain })
history-distance_line = Semana del { $week }: { $km }
history-chart_caption = { $days ->
        [one] Tu último día
        [many] Tus últimos { $days } días
       *[other] Tus últimos { $days } días
    }: check-ins, carreras y estado de la rodilla.
history-span_4w_button = 4 semanas
history-span_12w_button = 12 semanas
history-span_shown_button = ✓ { $span }
history-zones-green = 🟢 verde
history-zones-amber = 🟠 ámbar
history-zones-red = 🔴 rojo
history-adherence = Recordatorios completados: { $done } de { $sent }
history-adherence_kind = • { $kind }: { $done } de { $sent }
history-no_reminders = No hay recordatorios con botones en este periodo.
history-checkins = Check-ins respondidos: { $answered } de { $asked }
history-streak = Días planificados seguidos: { $days }. Los días de descanso, las pausas y el descanso por tu rodilla nunca rompen la racha.
history-chart-pain_axis = Dolor después de correr (0–10)
history-chart-distance_axis-km = km corridos ese día
history-chart-distance_axis-mi = millas corridas ese día
history-chart-after_run = Dolor después de correr (color del punto: zona)
history-chart-morning_row = Mañana siguiente
history-chart-morning_same = Mañana: igual o mejor
history-chart-morning_slightly = Mañana: algo peor
history-chart-morning_clearly = Mañana: claramente peor
history-chart-walking = Duele al caminar
history-chart-flags = Señal de alarma
history-chart-missing = Sin respuesta
history-chart-runs-km = Carrera (km)
history-chart-runs-mi = Carrera (mi)
history-chart-rest = Descanso para la rodilla
history-chart-see_clinician = Consultar a un profesional
history-chart-empty = Aún no hay check-ins ni carreras en estos días.

## weekly_card

weekly_card-week = <b>Tu semana</b>: { $runs ->
        [one] { $runs } carrera
        [many] { $runs } carreras
       *[other] { $runs } carreras
    }, { $km } (semana pasada: { $last_runs ->
        [one] { $last_runs } carrera
        [many] { $last_runs } carreras
       *[other] { $last_runs } carreras
    }, { $last_km }).
weekly_card-strength = Fuerza: { $done } de { $planned } completadas.
weekly_card-settings_prompt = ¿Qué día quieres recibir tu ficha semanal? Llega a las 18:00, tu hora. (El botón 🔔 ficha semanal de /settings la desactiva).
weekly_card-praise = ¡Buena semana!
weekly_card-knee = Rodilla: { $status }, dolor { $trend }.
weekly_card-statuses-ok = ok
weekly_card-statuses-caution = precaución
weekly_card-statuses-reduced = carrera reducida
weekly_card-statuses-rest = en descanso
weekly_card-statuses-see_clinician = pendiente de revisión
weekly_card-statuses-returning = vuelta progresiva
weekly_card-trends-better = mejor que la semana pasada
weekly_card-trends-steady = más o menos igual que la semana pasada
weekly_card-trends-worse = peor que la semana pasada
weekly_card-trends-unknown = sin datos esta semana
weekly_card-suggestions-rest = La próxima semana: las carreras siguen en pausa; la fuerza sin dolor está bien. /status muestra qué hace falta para volver a correr.
weekly_card-suggestions-see_clinician = La próxima semana: por favor, haz que te revisen la rodilla antes de volver a correr, y avísame en /status cuando te den el visto bueno.
weekly_card-suggestions-ease_off = La próxima semana: afloja con carreras más cortas y suaves, y haz un check-in después de cada una.
weekly_card-suggestions-returning = La próxima semana: limítate a carreras suaves de unos { $km } en total, sin aumentos.
weekly_card-suggestions-returning_easy = La próxima semana: solo carreras suaves, más o menos la mitad de tu distancia habitual, sin aumentos.
weekly_card-suggestions-hold = La próxima semana: mantén tu distancia y haz carreras suaves.
weekly_card-suggestions-strength = La próxima semana: prioriza tus sesiones de fuerza; los ejercicios de cadera y muslo ayudaron con el dolor de rótula.
weekly_card-suggestions-progress = La próxima semana: hasta { $km } si tu rodilla sigue tranquila; pasos pequeños, nunca un salto.
weekly_card-suggestions-log_runs = La próxima semana: envíame tus carreras (archivos .fit, .gpx o .tcx) para que pueda comparar las semanas.
weekly_card-footer =
    <i>Fuente: Nielsen 2014 JOSPT 44:739 (distancia semanal y dolor de rodilla); Collins 2018 BJSM 52:1170 (fuerza de cadera y rodilla).</i>
    <i>Hábitos e información, no un diagnóstico.</i>
weekly_card-chart-title-km = Km por día
weekly_card-chart-title-mi = Millas por día
weekly_card-chart-km_axis-km = km
weekly_card-chart-km_axis-mi = mi
weekly_card-chart-this_week = Esta semana
weekly_card-chart-last_week = Semana pasada
weekly_card-chart-days-mon = Lun
weekly_card-chart-days-tue = Mar
weekly_card-chart-days-wed = Mié
weekly_card-chart-days-thu = Jue
weekly_card-chart-days-fri = Vie
weekly_card-chart-days-sat = Sáb
weekly_card-chart-days-sun = Dom

## activities

activities-logged = Registrada: carrera del { $when }, <b>{ $km }</b>, { $duration }.
activities-duplicate = Ya estaba registrada: carrera del { $when }, { $km }. No ha cambiado nada.
activities-not_run = Era { $sport }: solo cuento carreras, así que no la he incluido.
activities-sports-walking = una caminata
activities-sports-hiking = una excursión a pie
activities-sports-cycling = una salida en bici
activities-sports-swimming = una sesión de natación
activities-sports-other = otra actividad, no una carrera
activities-duration_minutes = { $minutes } min
activities-duration_hours = { $hours } h { $minutes } min
activities-more = …y { $count } más.
activities-spike =
    <b>Atención:</b> esta carrera fue un { $percent } % más larga que la más larga de los 30 días anteriores ({ $longest_km }). En un estudio con 5205 corredores, una sola carrera más de un 10 % más larga que la más larga de los 30 días previos se asoció con más lesiones por sobrecarga. Haz suaves las próximas carreras y fíjate en cómo se siente tu rodilla.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
activities-big_spike =
    <b>Atención:</b> esta carrera fue más del doble de larga que la más larga de los 30 días anteriores ({ $longest_km }). En un estudio con 5205 corredores, las carreras de más del doble de la más larga de los 30 días previos se asociaron con el mayor número de lesiones por sobrecarga. Haz suaves las próximas carreras y fíjate en cómo se siente tu rodilla.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
activities-errors-too_big = Ese archivo es demasiado grande para mí: puedo leer archivos de actividad de hasta 20 MB. No se ha guardado nada.
activities-errors-not_activity = No he podido leer ese archivo: no es un archivo de actividad FIT, GPX ni TCX. No se ha guardado nada.
activities-errors-broken = No he podido leer ese archivo: parece dañado o incompleto. Prueba a exportarlo de nuevo. No se ha guardado nada.
activities-errors-empty = No he encontrado ninguna actividad en ese archivo. No se ha guardado nada.
activities-errors-no_times = Ese archivo no tiene horas, así que no sé cuándo fue la carrera (¿una ruta planificada?). No se ha guardado nada.
activities-on_hold-rest =
    Anotado. El estado de tu rodilla es descanso, así que, por favor, no corras por ahora: vuelves a correr tras al menos 48 horas y dos check-ins verdes en días distintos (/status).
    <i>Hábitos e información, no un diagnóstico.</i>
activities-on_hold-see_clinician =
    Anotado. Tus carreras están en pausa hasta que un médico de cabecera o un fisioterapeuta te revise la rodilla; si ahora te duele, déjala descansar, por favor. Cuando te den el visto bueno para correr, avísame en /status.
    <i>No es consejo médico; no puedo diagnosticar.</i>
activities-chart-title-km = Kilómetros por semana, según tus carreras registradas
activities-chart-title-mi = Millas por semana, según tus carreras registradas
activities-chart-km_axis-km = km
activities-chart-km_axis-mi = mi
activities-chart-caption = Tus carreras registradas { $weeks ->
        [one] en la última semana
        [many] en las últimas { $weeks } semanas
       *[other] en las últimas { $weeks } semanas
    } (las semanas empiezan el lunes).
activities-list_heading = <b>Tus últimas carreras</b>
activities-list_line = • { $when }: { $km }, { $duration }
activities-list_empty = Aún no hay carreras registradas. Envíame un archivo .fit, .gpx o .tcx de tu reloj o tu app (comprimido con gzip también vale) y lo registraré.

## strava

strava-offer =
    <b>Conecta Strava</b> y cada carrera que registres allí me llegará sola: la distancia y el aviso si una carrera es mucho más larga de lo habitual, sin enviar archivos.
    Solo leo tus actividades; /disconnect lo termina en cualquier momento. El enlace funciona durante 30 minutos.
strava-connect_button = Conectar Strava
strava-not_available = Strava no está configurado en este bot. Aun así, puedes enviarme tus carreras como archivos .fit, .gpx o .tcx.
strava-already_connected = Strava ya está conectado: las carreras nuevas llegan solas. /disconnect lo desconecta.
strava-connected = <b>Strava conectado.</b> Tus próximas carreras en Strava llegarán solas. /disconnect lo desconecta en cualquier momento.
strava-disconnected = Strava desconectado: he revocado mi acceso y he borrado los tokens. Las carreras ya registradas se quedan; /delete lo borra todo.
strava-not_connected = Strava no está conectado. /connect lo vincula.
strava-deauthorized = Quitaste el acceso de KneeGuard en Strava, así que he borrado la conexión. /connect lo vuelve a vincular.
strava-from_strava = Desde Strava:
strava-on_hold = Tus carreras están en pausa por ahora, así que solo la he registrado, nada más. /status te dice qué hace falta para volver a correr.
strava-nice_run = ¡Buena carrera!
strava-page-title = KneeGuard y Strava
strava-page-connected = Strava está conectado. Puedes cerrar esta página y volver a Telegram.
strava-page-bad_link = Este enlace no es válido o ha caducado. Envía /connect en Telegram para obtener uno nuevo.
strava-page-used_link = Este enlace ya se ha usado. Envía /connect en Telegram para obtener uno nuevo.
strava-page-denied = No se ha conectado nada. Envía /connect en Telegram si cambias de opinión.
strava-page-scope_missing = KneeGuard necesita leer tus actividades (también las privadas) para registrar tus carreras. Envía /connect en Telegram y deja marcada esa casilla.
strava-page-failed = Strava no respondió como se esperaba, así que no se ha conectado nada. Vuelve a intentar /connect dentro de unos minutos, por favor.

## learn

learn-header = <b>Aprende</b> { $index }/{ $total }
learn-next_button = Siguiente »
learn-back_button = « Atrás
learn-done_button = Listo
learn-finished = Esa era la última ficha. /learn vuelve a empezar; /help muestra todo lo que puedo hacer.
learn-cards-soreness =
    <b>¿Molestia muscular o dolor?</b>
    La molestia muscular es un dolor sordo en los músculos, a menudo uno o dos días después de una sesión dura o nueva, y se alivia al moverte. El dolor de rodilla es agudo o pulsátil, en la propia articulación, y puede empeorar mientras corres. La molestia muscular forma parte del entrenamiento; el dolor en la rodilla es una señal para frenar y para usar los check-ins (/checkin).
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-see_doctor =
    <b>Cuándo ir al médico</b>
    <b>Busca ayuda hoy mismo</b> (urgencias):
    { $urgent }
    <b>Acude a un médico de cabecera o a un fisioterapeuta en los próximos días:</b>
    { $soon }
    Y si el dolor no se ha ido después de más o menos una semana, deja de correr y haz que te revisen la rodilla. Si aparece alguna señal, pulsa ⚠️ Algo me preocupa en /status.
    <i>Fuente: { $source }</i>
    <i>No es consejo médico; no puedo diagnosticar.</i>
learn-cards-rest =
    <b>Cuánto descansar</b>
    A menudo bastan entre unos días y una semana sin correr para una rodilla que protesta; caminar, ir en bici o nadar está bien si no duele. Si el dolor no se ha ido después de más o menos una semana, deja de correr y haz que te revisen la rodilla. La mayoría de los dolores de rodilla se calman en 6–12 semanas con la carga adecuada. Vuelve con suavidad, con más o menos la mitad de tu distancia habitual.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-surfaces =
    <b>Superficies duras</b>
    Los estudios sobre superficies para correr son dispares: no se ha demostrado que ninguna superficie proteja las rodillas. Algunos corredores notan que alternar con hierba, senderos o una pista les sienta mejor. Si cambias de superficie, hazlo poco a poco, igual que con la distancia.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-weight =
    <b>Peso corporal</b>
    Con cada paso, tu peso pasa por la rodilla, así que perder algo de peso reduce la carga sobre ella. Correr es para cuerpos de todas las tallas: aumenta poco a poco y, si quieres perder peso, un médico de cabecera puede ayudarte a planificarlo.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-painkillers =
    <b>Analgésicos</b>
    No uses analgésicos para seguir corriendo con dolor de rodilla: el dolor te dice que ahora mismo la carga es demasiado alta, y enmascararlo puede permitir que un problema pequeño crezca. Para aliviar el dolor, sigue el prospecto o consulta a un farmacéutico o a un médico de cabecera; yo no doy dosis.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-braces =
    <b>Rodilleras y vendajes</b>
    Una rodillera o un vendaje (taping) puede hacer que correr resulte más cómodo para algunas personas, pero su efecto es incierto y ninguno de los dos corrige la causa. Si te gustan, úsalos junto con el trabajo de fuerza y una carga sensata, no en su lugar.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-shoes =
    <b>Zapatillas</b>
    Elige el par que te resulte más cómodo; elegir según el tipo de pie no está respaldado por la evidencia. 500–800 km es una regla orientativa para cambiarlas: mira las suelas y fíjate en cómo las notas. Los corredores que alternaban dos pares se lesionaron con menos frecuencia. Introduce un modelo nuevo poco a poco a lo largo de unas cuantas carreras.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>
learn-cards-cadence =
    <b>Cadencia</b>
    La cadencia son tus pasos por minuto. Dar un 5–10 % más de pasos reduce la carga sobre la rodilla; un +10 % redujo en un 14 % la fuerza máxima detrás de la rótula. Cuenta tus pasos durante 30 segundos en una carrera suave y multiplícalos por dos; luego pon una app de metrónomo alrededor de un 5 % más rápida y corre a su ritmo, hasta un 10 % en unas semanas.
    <i>Fuente: { $source }</i>
    <i>Hábitos e información, no un diagnóstico.</i>

## tip

tip-text =
    <b>Consejo:</b> { $tip }
    <i>Fuente: { $source } · no es un diagnóstico</i>
tip-none = Ahora mismo no hay consejos disponibles.

## privacy

privacy-text =
    <b>Qué guardo y por qué</b>
    • Tu id de Telegram, idioma, zona horaria y ajustes, para enviarte los recordatorios a la hora adecuada.
    • Si llegaste a través de un enlace que compartió alguien (nunca quién lo compartió), para contar cómo se difunde KneeGuard.
    • Las respuestas del cuestionario, los check-ins, las distancias semanales y las carreras que me envías como archivos o desde Strava, para adaptar tu plan. Los tokens de Strava se guardan cifrados y nunca salen del bot, ni siquiera en /export. Son datos de salud; solo los conservo con tu consentimiento y solo para acompañarte en tu entrenamiento.
    • No se comparte ni se vende nada.
    /export te lo envía todo en un archivo. /delete lo borra al instante y retira tu consentimiento.
privacy-not_consented = No me has dado tu consentimiento, así que no guardo nada sobre ti, salvo que dijiste que no.
privacy-withdraw_button = Retirar consentimiento y borrar mis datos de salud
privacy-withdrawn = Consentimiento retirado. He borrado tus respuestas del cuestionario, check-ins, distancias, carreras, plan y recordatorios; solo guardo tu id de chat y que dijiste que no. Envía /start para volver a dar tu consentimiento, o /delete para borrar incluso eso.
privacy-already_withdrawn = No consta ningún consentimiento tuyo, así que no hay nada que retirar.

## export

export-caption = Todos los datos que tengo sobre ti, en JSON.
export-empty = No tengo datos sobre ti.
export-failed = No he podido enviar el archivo ahora mismo; no ha cambiado nada. Vuelve a probar /export dentro de un minuto, por favor.

## delete

delete-confirm_question = ¿Borrar todos tus datos y detener todos los recordatorios? Esto no se puede deshacer.
delete-confirm_button = Sí, borrar todo
delete-cancel_button = Conservar mis datos
delete-done = Listo: todos tus datos están borrados. Envía /start si algún día quieres volver.
delete-cancelled = No se ha borrado nada.
delete-nothing = No tengo datos sobre ti, así que no hay nada que borrar.
delete-details = Borrado: tu perfil y ajustes, tu plan, los resultados del cuestionario ({ $quiz }), los check-ins ({ $checkins }), las distancias semanales ({ $distances }), las carreras ({ $runs }) y los registros de recordatorios ({ $reminders }). No recibirás más recordatorios.
delete-expired = Ese botón ha caducado. Envía /delete otra vez si aún quieres borrar tus datos.

## errors

errors-internal = Algo ha fallado por nuestra parte, no se ha perdido nada — vuelve a intentarlo, por favor.
errors-unknown_command = No conozco ese comando. /help muestra lo que puedo hacer.
errors-free_text = Funciono con botones y comandos. /help muestra lo que puedo hacer; /checkin registra cómo sientes la rodilla.
errors-not_text = No puedo ver fotos, mensajes de voz ni stickers, y los únicos archivos que leo son carreras (.fit, .gpx, .tcx). Funciono con botones, respuestas escritas y comandos; /help los muestra.
errors-unknown_button_press = Ese botón es antiguo o desconocido, así que no ha cambiado nada. /help muestra lo que puedo hacer.
errors-group_chat = Las preguntas sobre la rodilla son personales: háblame en privado, por favor.
errors-busy = Ahora mismo estoy ocupado — vuelve a intentarlo en un minuto, por favor.
errors-cancelled = Detenido. No ha cambiado nada más.
errors-nothing_to_cancel = No hay nada que cancelar.
errors-need_consent = Primero necesito tu consentimiento. Envía /start.
errors-paused_hint = Tus recordatorios están en pausa; /resume los vuelve a activar.

## admin

admin-broadcast-prompt = Envía el mensaje que quieres difundir (se permite HTML). /cancel lo detiene.
admin-broadcast-preview = <b>Vista previa</b> – esto se enviará a { $count ->
        [one] { $count } usuario activo
        [many] { $count } usuarios activos
       *[other] { $count } usuarios activos
    }:
admin-broadcast-confirm_button = Enviar
admin-broadcast-cancel_button = Cancelar
admin-broadcast-queued = En cola para { $count ->
        [one] { $count } usuario
        [many] { $count } usuarios
       *[other] { $count } usuarios
    }. Te aviso cuando termine.
admin-broadcast-done = Difusión terminada. Enviados: { $sent }; fallidos: { $failed }; han bloqueado el bot: { $blocked }.
admin-broadcast-cancelled = Difusión cancelada.
admin-broadcast-invalid_html = Ese mensaje tiene HTML que Telegram no acepta: { $error }
admin-stats-heading = <b>Estadísticas</b>
admin-stats-users = Usuarios: { $total } en total; con consentimiento: { $consented }; activos en los últimos 7 días: { $active }
admin-stats-reminders = Recordatorios en las últimas 24 h: enviados: { $sent }; fallidos: { $failed }; pendientes: { $pending }
admin-stats-checkins = Check-ins en los últimos 7 días: verdes: { $green }; ámbar: { $amber }; rojos: { $red }
admin-stats-escalations = Derivaciones en los últimos 30 días: { $count }
admin-addtip-prompt = Envía el consejo en tres líneas: tipo (warmup, stretch, strength, rest, distance, shoes), texto, fuente.
admin-addtip-added = Consejo añadido a <b>{ $kind }</b>.
admin-addtip-invalid = Necesito tres líneas: tipo, texto y fuente. Tipos: { $kinds }.
admin-broadcast_flow-audience_prompt = ¿Quién debe recibirlo?
admin-broadcast_flow-audience_all_button = Todos los usuarios activos
admin-broadcast_flow-audience_cause_button = Por causa
admin-broadcast_flow-audience_language_button = Por idioma
admin-broadcast_flow-audience_region_button = Por región horaria
admin-broadcast_flow-audience_inactive_button = Inactivos desde hace N días
admin-broadcast_flow-pick_cause = Usuarios cuyas causas principales incluyen:
admin-broadcast_flow-pick_language = Usuarios cuyo idioma de Telegram es:
admin-broadcast_flow-pick_region = Usuarios cuya zona horaria está en:
admin-broadcast_flow-pick_inactive = Usuarios sin actividad desde hace al menos:
admin-broadcast_flow-days_button = { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
admin-broadcast_flow-back_button = « Atrás
admin-broadcast_flow-nothing_to_pick = Ningún usuario activo tiene uno todavía.
admin-broadcast_flow-preview_heading = <b>Vista previa</b> (el mensaje de arriba) para { $audience }: { $count ->
        [one] <b>{ $count }</b> usuario
        [many] <b>{ $count }</b> usuarios
       *[other] <b>{ $count }</b> usuarios
    } ahora mismo.
admin-broadcast_flow-when_prompt = ¿Cuándo debe enviarse? Elige una opción o escribe una hora UTC con el formato <code>AAAA-MM-DD HH:MM</code>.
admin-broadcast_flow-now_button = Ahora
admin-broadcast_flow-in_hours_button = Dentro de { $hours } h
admin-broadcast_flow-bad_time = Necesito una hora UTC futura, como <code>2026-05-01 09:30</code>.
admin-broadcast_flow-confirm = ¿Enviar a { $count ->
        [one] <b>{ $count }</b> usuario
        [many] <b>{ $count }</b> usuarios
       *[other] <b>{ $count }</b> usuarios
    } ({ $audience }) el { $when } UTC?
admin-broadcast_flow-already = Esta difusión ya está { $state }.
admin-broadcast_flow-scheduled_status = Difusión #{ $number } a { $audience }: { $total ->
        [one] { $total } destinatario
        [many] { $total } destinatarios
       *[other] { $total } destinatarios
    }, programada para el { $when } UTC.
admin-broadcast_flow-status = Difusión #{ $number } a { $audience }: { $done }/{ $total } procesados – entregados: { $delivered }; bloqueados: { $blocked }; fallidos: { $failed }.
admin-broadcast_flow-report = <b>Difusión #{ $number } terminada</b>: entregados: { $delivered }; han bloqueado el bot (marcados como inactivos): { $blocked }; fallidos: { $failed }; omitidos: { $skipped }.
admin-broadcast_flow-stop_button = Cancelar difusión
admin-broadcast_flow-stopped = Difusión #{ $number } cancelada; { $skipped ->
        [one] { $skipped } destinatario no la recibirá
        [many] { $skipped } destinatarios no la recibirán
       *[other] { $skipped } destinatarios no la recibirán
    }.
admin-broadcast_flow-not_running = Esa difusión ya ha terminado.
admin-broadcast_flow-expired = Estos botones han caducado. Envía /broadcast para empezar de nuevo.
admin-broadcast_flow-audience_names-all = todos los usuarios activos
admin-broadcast_flow-audience_names-cause = usuarios con la causa { $value }
admin-broadcast_flow-audience_names-language = idioma { $value }
admin-broadcast_flow-audience_names-region = zona horaria { $value }/…
admin-broadcast_flow-audience_names-inactive = usuarios inactivos desde hace { $value }+ días
admin-stats_report-users = <b>Usuarios</b>: { $total }; activos: { $active }; en pausa: { $paused }; bloqueados: { $blocked }
admin-stats_report-user_count = { $count ->
        [one] { $count } usuario
        [many] { $count } usuarios
       *[other] { $count } usuarios
    }
admin-stats_report-runner_count = { $count ->
        [one] { $count } corredor activo
        [many] { $count } corredores activos
       *[other] { $count } corredores activos
    }
admin-stats_report-funnel = <b>Incorporación</b>: inicio { $created } → consentimiento { $consented } → cuestionario terminado { $quiz_finished } → plan confirmado { $plan_confirmed }
admin-stats_report-from_share = <b>Llegaron por un enlace compartido</b>: { $shared } de { $created } que empezaron
admin-stats_report-causes = <b>Causas principales</b>: { $causes }
admin-stats_report-adherence_heading = <b>Recordatorios, { $days ->
        [one] último día
        [many] últimos { $days } días
       *[other] últimos { $days } días
    }</b> (completados o respondidos / pospuestos / omitidos / ignorados; mientras las carreras estaban en pausa)
admin-stats_report-adherence_line = { $kind }: { $done } / { $snoozed } / { $skipped } / { $ignored }; { $held } en pausa
admin-stats_report-weeks_heading = <b>Por semana</b> (corredores activos; check-ins verde / ámbar / rojo; derivaciones)
admin-stats_report-week_line = { $week }: { $active }; { $green } / { $amber } / { $red }; { $escalations }
admin-stats_report-none = ninguno todavía
admin-stats_report-chart_caption = Estadísticas de KneeGuard, { $date }
admin-stats_report-chart_funnel = Incorporación
admin-stats_report-chart_causes = Causas principales
admin-stats_report-chart_adherence = Respuestas a recordatorios, últimas 4 semanas
admin-stats_report-chart_weeks = Check-ins por semana
admin-stats_report-chart_active = Corredores activos por semana
admin-stats_report-chart_escalations = Derivaciones por semana
admin-stats_report-chart_empty = Nada todavía
admin-stats_report-step_started = empezaron
admin-stats_report-step_consented = con consentimiento
admin-stats_report-step_quiz = cuestionario hecho
admin-stats_report-step_plan = plan fijado
admin-stats_report-answer_done = hecho / respondido
admin-stats_report-answer_snoozed = pospuesto
admin-stats_report-answer_skipped = omitido
admin-stats_report-answer_ignored = ignorado
admin-stats_report-answer_held = en pausa
admin-stats_report-zone_green = verde
admin-stats_report-zone_amber = ámbar
admin-stats_report-zone_red = rojo
admin-stats_report-kind_names-warmup = Calentamiento
admin-stats_report-kind_names-stretch = Estiramientos
admin-stats_report-kind_names-checkin = Check-in tras correr
admin-stats_report-kind_names-morning_checkin = Check-in matutino
admin-stats_report-kind_names-strength = Fuerza
admin-stats_report-kind_names-rest = Día de descanso
admin-stats_report-kind_names-distance = Distancia semanal
admin-stats_report-kind_names-shoes = Revisión de zapatillas
admin-stats_report-kind_names-knee_check = Control de rodilla
admin-stats_report-kind_names-escalation = Aviso para ir al médico
admin-stats_report-kind_names-escalation_followup = Seguimiento del aviso
admin-stats_report-cause_names-load = Demasiado, demasiado pronto
admin-stats_report-cause_names-strength = Fuerza de cadera y muslo
admin-stats_report-cause_names-form = Zancadas largas
admin-stats_report-cause_names-shoes = Zapatillas gastadas
admin-stats_report-cause_names-warmup = Empezar en frío
admin-stats_report-cause_names-surface = Misma superficie dura
admin-tips-prompt = Envía el consejo en tres líneas: causa ({ $causes }), texto, fuente. /cancel lo detiene.
admin-tips-added = Consejo #{ $number } añadido para <b>{ $cause }</b>.
admin-tips-invalid = Necesito tres líneas: causa, texto y fuente. Causas: { $causes }.
