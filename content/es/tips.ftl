# Tips (tip-<id>) and the strength exercises (exercise-<id>: name, .start, .how, .avoid,
# .reps). Which tip goes with which reminder or cause, and every source: content/tips.yaml.

## warmup

tip-wu_easy_jog = Empieza con 5–10 minutos de trote suave; los primeros kilómetros te resultarán más fluidos.
tip-wu_drills = Después del trote suave, prueba balanceos de pierna, rodillas altas y un poco de skipping antes de subir el ritmo.
tip-wu_no_long_holds = Evita los estiramientos estáticos largos antes de correr: mantener un estiramiento 60 segundos o más puede restarte velocidad.
tip-wu_strides = Antes de una sesión más rápida, añade 3–4 progresiones relajadas de unos 20 segundos.
tip-wu_comfort = Calentar sirve para sentirte bien y correr bien; no es una garantía contra las lesiones, así que hazlo corto y suave.

## stretch

tip-st_optional = Estirar después de correr es opcional: hazlo si te sienta bien. Según los estudios, no previene las lesiones.
tip-st_walk = Camina unos minutos para enfriarte antes de sentarte.
tip-st_quads = Si estiras, basta con un estiramiento suave del muslo de 20–30 segundos por lado; nunca debería doler.
tip-st_calves = Un estiramiento suave de gemelos contra una pared, 20–30 segundos por lado, si te sienta bien.

## strength

tip-sr_twice_week = Con dos sesiones de fuerza cortas por semana basta; el entrenamiento de fuerza redujo casi a la mitad las lesiones por sobrecarga en distintos deportes.
tip-sr_hips = Entrena caderas y muslos a la vez: los ejercicios de cadera y rodilla ayudaron más con el dolor de rótula que los ejercicios de rodilla solos.
tip-sr_pain_free = Haz cada ejercicio sin dolor; si un movimiento duele, hazlo más fácil o sáltatelo.
tip-sr_slow = Muévete despacio, sobre todo al bajar en las bajadas de escalón y las sentadillas divididas.
tip-sr_progress = Cuando 15 repeticiones fáciles te resulten ligeras, añade una serie o sujeta un peso.

## rest

tip-rs_adapt = Los días de descanso son cuando tu cuerpo se adapta al entrenamiento; forman parte del plan.
tip-rs_cross_train = La bici o la natación mantienen tu forma física sin los impactos de correr.
tip-rs_walk = Un paseo tranquilo es una buena forma de pasar un día de descanso.
tip-rs_no_painkillers = No uses analgésicos para seguir corriendo con dolor de rodilla; el dolor te informa sobre tu carga.

## distance

tip-ds_gradual = Aumenta tu distancia semanal poco a poco; alrededor de un 10 % por semana es una regla orientativa prudente, aunque en un estudio la regla estricta del 10 % no evitó las lesiones.
tip-ds_two_weeks = Vigila tu tendencia de dos semanas: en un estudio con corredores principiantes, quienes aumentaron su distancia más de un 30 % en dos semanas tendieron a sufrir más lesiones por sobrecarga.
tip-ds_hold_after_pain = Después de una semana con dolor, mantén tu distancia en lugar de aumentarla.
tip-ds_easy_weeks = Cada pocas semanas, una semana más suave da tiempo a tus rodillas para ponerse al día.

## shoes

tip-sh_comfort = Elige las zapatillas por comodidad; elegirlas según el tipo de pie no está respaldado por la evidencia.
tip-sh_rotate = En un estudio, los corredores que alternaban dos pares de zapatillas tuvieron menos lesiones.
tip-sh_gradual = Estrena un modelo nuevo en unas cuantas carreras cortas antes de usarlo en una larga.
tip-sh_rule_of_thumb = 500–800 km por par es una regla orientativa; mira la suela y fíjate en cómo las notas.

## LOAD

tip-ld_gradual = Aumenta tu distancia semanal con suavidad (alrededor de un 10 % por semana es una regla orientativa, no un límite demostrado) y mantenla después de una semana con dolor.
tip-ld_rest_days = Deja al menos uno o dos días de descanso por semana.
tip-ld_cross_train = Cambia una carrera por bici o natación cuando tu rodilla proteste.
tip-ld_listen = Usa los check-ins de dolor: 0–3 está bien, 4–5 significa mantener, 6 o más significa descansar.

## STRENGTH

tip-sg_routine = Puentes, almejas, bajadas de escalón y sentadillas divididas, dos veces por semana.
tip-sg_hips = Los ejercicios de cadera importan para las rodillas: combínalos con ejercicios de muslo.
tip-sg_injuries = El entrenamiento de fuerza redujo las lesiones deportivas mucho más que los estiramientos.
tip-sg_core = Añade una plancha lateral o un dead bug para el core.

## FORM

tip-fm_cadence = Sube alrededor de un 5 % tus pasos por minuto con una app de metrónomo; hasta un 10 % en unas semanas.
tip-fm_under_body = Apoya el pie bajo el cuerpo, con la rodilla ligeramente flexionada, no muy por delante de ti.
tip-fm_quiet = Prueba a correr un poco más silenciosamente; los apoyos ruidosos suelen indicar zancadas largas.
tip-fm_tall = Corre con el cuerpo erguido y relajado; un entrenador o un fisioterapeuta puede observar cómo corres.

## SHOES

tip-so_comfort = Las zapatillas más cómodas son una buena elección.
tip-so_rotate = Alternar dos pares se asoció con menos lesiones.
tip-so_worn = Cambia las zapatillas que se vean o se noten gastadas, a menudo hacia los 500–800 km.
tip-so_new_models = Introduce un modelo nuevo poco a poco.

## WARMUP

tip-wm_jog = Empieza cada carrera con 5–10 minutos de trote suave.
tip-wm_drills = Los balanceos de pierna y el skipping son un calentamiento rápido y dinámico.
tip-wm_no_long_holds = Deja los estiramientos estáticos largos para después; antes de correr pueden restarte velocidad.
tip-wm_comfort = Calienta porque te sienta mejor y rindes más; no está demostrado que proteja de las lesiones.

## SURFACE

tip-sf_vary = Si te apetece, corre algunos kilómetros suaves sobre hierba o por senderos.
tip-sf_track = Una pista de atletismo es una opción regular y algo más blanda para las carreras suaves.
tip-sf_gradual = Cambia de superficie poco a poco, igual que con la distancia.
tip-sf_optional = La evidencia sobre superficies es dispar, así que elige la que te siente bien.

## exercises

exercise-bridge = Puente de glúteos
    .start = Boca arriba, rodillas flexionadas, pies apoyados en el suelo
    .how = sube la cadera hasta que rodillas, cadera y hombros queden alineados, luego baja despacio
    .avoid = arquear la zona lumbar arriba del todo
    .reps = 12–15
exercise-clamshell = Almeja o elevación lateral de pierna
    .start = De lado, rodillas flexionadas (o la pierna de arriba estirada)
    .how = abre la rodilla de arriba como una almeja (o sube la pierna estirada), luego baja despacio
    .avoid = dejar que la cadera se gire hacia atrás
    .reps = 12–15 por lado
exercise-step_down = Bajada de escalón
    .start = De pie sobre una pierna en un escalón bajo
    .how = baja despacio el talón de la otra pierna hasta el suelo, luego sube
    .avoid = dejar que la rodilla se vaya hacia dentro más allá del dedo gordo
    .reps = 10 por lado
exercise-split_squat = Sentadilla dividida
    .start = Un pie delante y otro detrás, separados al ancho de la cadera
    .how = baja la rodilla de atrás hacia el suelo, luego sube
    .avoid = dejar que la rodilla de delante se tambalee o se hunda hacia dentro
    .reps = 8–12 por lado
exercise-side_plank = Plancha lateral
    .start = Sobre el antebrazo y las rodillas (más fácil) o los pies
    .how = mantén el cuerpo en línea recta
    .avoid = dejar que la cadera se hunda
    .reps = 20–30 s por lado
