# The cause quiz's texts (structure, scores and sources: content/quiz.yaml).
# question-<question> is the question; option-<question>-<option> a button, its .reason
# what the answer says in the result; cause-<CAUSE> a cause's title with .why (or one
# .why-<question> per question that gave the points, .why the default) and .what-to-do.

question-where = ¿Dónde te duele la rodilla?
option-where-front = Alrededor o detrás de la rótula
    .reason = dolor alrededor de la rótula
option-where-outside = En la parte externa de la rodilla
    .reason = dolor en la parte externa de la rodilla
option-where-below = Justo debajo de la rótula
    .reason = dolor justo debajo de la rótula
option-where-inside = En la parte interna o en lo profundo
option-where-none = Sin dolor, quiero prevenirlo

question-red_flags = ¿Te pasa ahora mismo alguna de estas cosas?
option-red_flags-cant_bear = No puedo apoyar peso en la pierna
option-red_flags-severe = Dolor intenso (8–10 sobre 10)
option-red_flags-locked = Rodilla bloqueada, no puedo estirarla
option-red_flags-swollen = Rodilla deformada o muy hinchada
option-red_flags-hot = Rodilla caliente y roja, con fiebre o malestar
option-red_flags-numb = Pie entumecido, o frío y pálido
option-red_flags-pop = Una caída o torcedura con un «crac»
option-red_flags-gives_way = La rodilla me falla o se dobla
option-red_flags-night = Dolor por la noche o en reposo
option-red_flags-worsening = Dolor que no deja de empeorar
option-red_flags-mild_swelling = Hinchazón leve que no baja
option-red_flags-catching = La rodilla se engancha (no se bloquea)
option-red_flags-none = Nada de esto

question-distance = ¿Cómo ha cambiado tu distancia de carrera en las últimas 2–4 semanas?
option-distance-same_less = Igual o menos
option-distance-up_little = Ha subido un poco
    .reason = distancia un poco mayor
option-distance-up_lot = Ha subido mucho
    .reason = distancia mucho mayor
option-distance-new_runner = Empiezo a correr o vuelvo a hacerlo
    .reason = empiezas o vuelves a correr

question-changed = ¿Qué más ha cambiado últimamente?
option-changed-nothing = Nada
option-changed-pace = Ritmo más rápido o series
    .reason = ritmo más rápido o series
option-changed-hills = Más cuestas
    .reason = más cuestas
option-changed-long_run = Una tirada larga mucho más larga
    .reason = una tirada larga mucho más larga
option-changed-new_gear = Zapatillas o superficie nuevas
    .reason = zapatillas nuevas o una superficie nueva

question-strength = ¿Con qué frecuencia haces ejercicios de fuerza de cadera o muslo?
option-strength-regular = Dos veces por semana o más
option-strength-sometimes = A veces
    .reason = trabajo de fuerza solo a veces
option-strength-never = Nunca
    .reason = sin trabajo de fuerza

question-shoes = ¿Cuánto han recorrido tus zapatillas de correr actuales?
option-shoes-under_500 = Menos de 500 km
option-shoes-km500_800 = 500–800 km
    .reason = zapatillas con 500–800 km
option-shoes-over_800 = Más de 800 km
    .reason = zapatillas con más de 800 km
option-shoes-unknown = No lo sé
    .reason = distancia de las zapatillas desconocida

question-stride = ¿Cómo describirías tu zancada?
option-stride-short_quick = Corta y rápida
option-stride-long_heel = Larga, o apoyo de talón ruidoso
    .reason = zancadas largas o apoyos de talón ruidosos
option-stride-unsure = No lo tengo claro

question-warmup = ¿Qué sueles hacer antes de correr?
option-warmup-easy_jog = Trote suave o ejercicios de técnica
option-warmup-static_only = Solo estiramientos estáticos
    .reason = solo estiramientos estáticos
option-warmup-straight = Salgo directamente a mi ritmo
    .reason = sin calentamiento antes de correr

question-when = ¿Cuándo te duele más?
option-when-stairs = En escaleras, sentadillas o mucho rato sentado
    .reason = duele en escaleras o tras estar sentado
option-when-downhill = En bajadas, o a partir de cierta distancia
    .reason = duele en bajadas o al cabo de un rato
option-when-during_runs = Solo mientras corro
    .reason = duele mientras corres
option-when-hard_ground = Después de correr por asfalto o cemento
    .reason = duele tras correr en suelo duro
option-when-no_pain = No me duele

cause-LOAD = Demasiado, demasiado pronto
    .why-distance = En un estudio con corredores principiantes, quienes aumentaron su distancia más de un 30 % en dos semanas tendieron a sufrir más lesiones por sobrecarga, como dolor de rótula o de la cintilla iliotibial (la relación no era segura). La regla del 10 % es una regla orientativa que, en otro estudio, no evitó las lesiones.
    .why-changed = Las rodillas se adaptan despacio a una carga nueva. Las sesiones más rápidas, más cuestas o una tirada larga mucho más larga añaden una carga a la que tu rodilla aún no está acostumbrada; en un estudio grande, una sola carrera mucho más larga que la más larga del mes anterior se asoció con más lesiones por sobrecarga.
    .why = Tu distancia no aumentó, pero el dolor en estas zonas o mientras corres suele indicar que la rodilla soporta más carga de la que puede asumir ahora mismo: el ritmo, las cuestas y las tiradas largas también cuentan, no solo la distancia.
    .what-to-do = Por ahora, mantén tu carga y auméntala poco a poco: alrededor de un 10 % por semana es una regla orientativa prudente, o 2–3 km por semana si corres menos de 10 km. Respeta los días de descanso; el entrenamiento cruzado mantiene tu forma física.
cause-STRENGTH = Fuerza de cadera y muslo
    .why-strength = Unas caderas y unos muslos fuertes estabilizan la rodilla. Los ejercicios de cadera y rodilla ayudaron más con el dolor de rótula que los ejercicios de rodilla solos, y el entrenamiento de fuerza redujo casi a la mitad las lesiones por sobrecarga en distintos deportes.
    .why = El dolor alrededor de la rótula, en escaleras o tras estar sentado es típico del dolor de rótula, y los ejercicios de cadera y rodilla ayudaron más con él que los de rodilla solos. Además, el entrenamiento de fuerza redujo casi a la mitad las lesiones por sobrecarga en distintos deportes.
    .what-to-do = Dos veces por semana: puentes, almejas o elevaciones laterales de pierna, bajadas de escalón y sentadillas divididas. Solo sin dolor; tus recordatorios de fuerza te muestran la rutina.
cause-FORM = Zancadas largas
    .why-stride = Alargar demasiado la zancada y apoyar el talón con fuerza cargan la rodilla. Dar un 5–10 % más de pasos por minuto reduce la carga sobre la rodilla; un +10 % redujo en un 14 % la fuerza máxima detrás de la rótula.
    .why = Los pasos más cortos y rápidos reducen la carga sobre la rodilla: dar un 5–10 % más de pasos por minuto lo consiguió, y un +10 % redujo en un 14 % la fuerza máxima detrás de la rótula. Vale la pena probarlo donde tu rodilla se queja, por ejemplo en las bajadas.
    .what-to-do = Corre con el cuerpo erguido, apoya el pie bajo el cuerpo con la rodilla ligeramente flexionada y sube alrededor de un 5 % tus pasos por minuto con una app de metrónomo, hasta un 10 % en unas semanas. Un entrenador o un fisioterapeuta puede ayudarte.
cause-SHOES = Zapatillas
    .why-changed = Un modelo de zapatilla nuevo o una superficie nueva cambian la forma en que tus piernas reciben la carga, así que introdúcelos poco a poco a lo largo de unas cuantas carreras. Elige las zapatillas por comodidad; elegirlas según el tipo de pie no está respaldado por la evidencia.
    .why = Cuánto dura una zapatilla es una regla orientativa (unos 500–800 km), así que fíjate en el aspecto y la sensación de las tuyas. Elegir según el tipo de pie no está respaldado por la evidencia; por comodidad, sí. Los corredores que alternaban dos pares se lesionaron con menos frecuencia.
    .what-to-do = Cambia las zapatillas que se vean o se noten gastadas, elige el par más cómodo, introduce los modelos nuevos poco a poco y plantéate alternar dos pares.
cause-WARMUP = Empezar en frío
    .why = Calentar hace que correr resulte más fácil y mejora el rendimiento, aunque no se ha demostrado que los programas de calentamiento prevengan las lesiones al correr. Los estiramientos estáticos largos (60 s o más) antes de correr reducen el rendimiento.
    .what-to-do = Empieza con 5–10 minutos de trote suave y algunos ejercicios de técnica (balanceos de pierna, skipping). Estira después de correr solo si te gusta.
cause-SURFACE = Siempre la misma superficie dura
    .why = La evidencia sobre las superficies para correr es dispar. Algunos corredores notan que alternar con terreno más blando les sienta mejor a las rodillas.
    .what-to-do = Si te apetece, corre algunos kilómetros suaves sobre hierba, por senderos o en una pista.
