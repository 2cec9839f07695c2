/**
 * Todas las palabras de la escena `opioid` en español, en dos vocabularios: `patient` (palabras
 * sencillas, de usted, para alguien sentado junto a su psiquiatra de adicciones) y `clinician`
 * (receptores, cifras y la solidez de la evidencia). Mismas metáforas que en inglés: las
 * endorfinas son las llaves propias del cerebro, los receptores opioides mu las cerraduras, el gen
 * del receptor la «fábrica de cerraduras», una neurona GABA el guardia de la puerta de la
 * dopamina. La pérdida de receptores se ha visto en animales; el único estudio en personas midió la
 * metilación del ADN en sangre. Lenguaje centrado en la persona («persona que usa opioides»), sin
 * estigma. Texto plano; los párrafos se separan con una línea en blanco. Ningún consejo de dosis.
 */
import type { SceneStrings } from '../types';

/** Une párrafos con la línea en blanco que usa el panel de la historia. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Llaves y cerraduras: por qué se necesita más y dejarlo duele',
    clinician: 'Receptores mu: tolerancia, abstinencia y riesgo de sobredosis',
  },

  params: {
    useDays: { patient: 'Días de consumo de opioides', clinician: 'Duración del consumo (días)' },
    pattern: { patient: 'Con qué frecuencia', clinician: 'Patrón de exposición' },
    naloxone: {
      patient: '¿Y si se administra naloxona?',
      clinician: 'Naloxona al final del consumo',
    },
  },

  options: {
    'pattern.daily': { patient: 'Una vez al día', clinician: 'Una vez al día (intermitente)' },
    'pattern.continuous': { patient: 'Todo el tiempo', clinician: 'Exposición continua' },
  },

  paramHelp: {
    useDays: {
      patient:
        'Cuántos días se usó el opioide antes de dejarlo. Cuanto más largo el consumo, más cerraduras se retiran al interior y más largo es el camino de vuelta.',
      clinician:
        'Días de exposición antes del cese brusco (0-60). Las cantidades del modelo son unidades equivalentes de morfina con fines didácticos, no dosis para ninguna persona.',
    },
    pattern: {
      patient:
        'Tener el opioide en el cuerpo todo el tiempo crea más tolerancia que una vez al día. Esto viene de estudios con animales.',
      clinician:
        'En estudios con roedores, la exposición continua (pellet o infusión) produjo más tolerancia que la inyección una vez al día; el modelo sigue ese orden.',
    },
    naloxone: {
      patient:
        'La naloxona revierte una sobredosis. Solo actúa durante poco tiempo, así que llame siempre a los servicios de emergencia y quédese con la persona.',
      clinician:
        'La naloxona desplaza a los opioides de los receptores mu y revierte la sobredosis; su efecto se pasa antes que el de muchos opioides, así que hay que llamar a los servicios de emergencia y vigilar.',
    },
  },

  readouts: {
    receptors: { patient: 'Cerraduras en la superficie', clinician: 'Receptores mu en superficie' },
    tolerance: {
      patient: 'Necesario para sentir lo mismo',
      clinician: 'Tolerancia (veces la DE50)',
    },
    withdrawal: { patient: 'Abstinencia', clinician: 'Intensidad de la abstinencia' },
    reward: {
      patient: 'Alegría por las cosas cotidianas',
      clinician: 'Respuesta a la recompensa natural',
    },
    doseEffect: {
      patient: 'Lo que hace ahora la dosis de antes',
      clinician: 'Efecto de la dosis habitual frente al primer consumo',
    },
  },

  steps: {
    keys: {
      patient: {
        title: 'Las llaves y cerraduras propias del cerebro',
        body: paras(
          'Las células nerviosas tienen en su superficie unas cerraduras diminutas. El cerebro fabrica sus propias llaves, que encajan en ellas: se llaman endorfinas.',
          'Cuando pasa algo bueno, como una comida, un abrazo o una risa, un pequeño chorro de estas llaves naturales abre unas cuantas cerraduras, y eso se siente bien. Después, las llaves se retiran.',
          'Las cerraduras se llaman receptores opioides mu. Mucho de lo que sabemos de ellas en la zona del cerebro que produce placer viene de estudios con animales.',
        ),
      },
      clinician: {
        title: 'Endorfinas y receptores opioides mu',
        body: paras(
          'Los péptidos opioides endógenos (beta-endorfina, encefalinas) actúan sobre los receptores opioides mu (MOR), receptores acoplados a proteínas G codificados por OPRM1. En el modelo, las recompensas naturales liberan pulsos breves y pequeños de péptido, de modo que en cada momento solo está ocupada una fracción de los receptores.',
          'El día 0 muestra el estado sin exposición previa: la persona aún no ha usado opioides y todas las lecturas están en su nivel basal. El detalle del circuito de recompensa en esta escena se apoya sobre todo en estudios con ratas (Johnson & North 1992; Jalabert 2011).',
        ),
        points: [
          'Metáfora para el paciente: las endorfinas son llaves; los receptores mu, las cerraduras.',
          'El día 0 es antes de cualquier consumo de opioides; todas las lecturas valen 1,0 del nivel basal.',
          'Los mecanismos del circuito proceden en gran parte de estudios con ratas.',
        ],
      },
    },

    flood: {
      patient: {
        title: 'Un opioide inunda las cerraduras',
        body: paras(
          'Los opioides, como la heroína, la morfina, la oxicodona y el fentanilo, son copias de las llaves naturales, pero llegan muchas más a la vez. Abren una cerradura tras otra.',
          'En la zona del placer del cerebro, algunas cerraduras están en un guardia que vigila la puerta de la dopamina. El opioide calma al guardia, la puerta se abre de par en par y una oleada de dopamina hace que el momento se sienta muy bien.',
          'Este mecanismo del guardia y la puerta se demostró en estudios con ratas.',
        ),
      },
      clinician: {
        title: 'Los agonistas MOR desinhiben las neuronas dopaminérgicas',
        body: paras(
          'Los agonistas exógenos ocupan muchos más MOR que la liberación endógena. En cortes de ATV de rata, los agonistas mu hiperpolarizaron interneuronas GABAérgicas y redujeron su aferencia inhibitoria sobre las células dopaminérgicas, sin actuar sobre las propias células dopaminérgicas (Johnson & North 1992).',
          'En ratas in vivo, la morfina aumentó la descarga de las neuronas dopaminérgicas a través de MOR situados en aferencias GABAérgicas de la cola del ATV, el núcleo tegmental rostromedial (Jalabert 2011). La imagen lo dibuja como el opioide que silencia al guardia de la puerta de la dopamina.',
        ),
        points: [
          'Desinhibición: el opioide suelta el freno en lugar de pisar el acelerador.',
          'Los datos de cortes y de circuitos in vivo proceden de ratas.',
          'La dopamina es una parte de la recompensa opioide, no toda.',
        ],
      },
    },

    tolerance: {
      patient: {
        title: 'Más llaves para sentir lo mismo',
        body: paras(
          'Con opioides todos los días, el cerebro trabaja para recuperar su equilibrio. Vuelve menos sensibles las cerraduras, retira algunas al interior de la célula y fabrica menos cerraduras nuevas.',
          'Con menos cerraduras en la superficie, hacen falta más llaves para sentir lo mismo. Esto es la tolerancia. No es una debilidad de carácter: es la forma en que las células nerviosas se protegen.',
          'La pérdida de cerraduras se ha visto en estudios con animales. En personas, un estudio pequeño encontró cambios en el gen de la cerradura en la sangre, no en el cerebro.',
        ),
      },
      clinician: {
        title: 'Desensibilización, internalización, menos receptores',
        body: paras(
          'En cortes de cerebro de animales tratados de forma crónica con morfina, la desensibilización de los MOR fue más rápida y su recuperación incompleta (Dang & Williams 2004). En ratones con un implante de morfina, la DE50 analgésica se duplicó el día 1 y aumentó de 4 a 7 veces hacia el día 3 (Way 1969). El modelo añade internalización y menor síntesis, de modo que los receptores en superficie bajan a medida que sube la tolerancia.',
          'La evidencia en personas es indirecta: Chorbov 2011 encontró mayor metilación del promotor de OPRM1 en el ADN de sangre de 13 hombres con dependencia de opioides que en 21 controles. Es sangre, no recuentos de receptores en el cerebro.',
        ),
        points: [
          'La pérdida de receptores se ha demostrado en animales, no se ha medido en el cerebro humano.',
          'La tolerancia es neuroadaptación, no un fallo moral; decirlo reduce la vergüenza.',
          'En datos con animales, la exposición continua crea más tolerancia que el consumo una vez al día.',
        ],
      },
    },

    grey: {
      patient: {
        title: 'Los placeres cotidianos abren muy pocas cerraduras',
        body: paras(
          'Las llaves naturales usan las mismas cerraduras. Con menos cerraduras en la superficie, el pequeño chorro de endorfinas de una buena comida, la música o un rato con amigos abre muy pocas, y el guardia de la puerta de la dopamina sigue en su puesto.',
          'La vida puede empezar a sentirse gris y sin sabor, y el opioide puede parecer lo único que todavía ayuda. La imagen de las cerraduras y el guardia viene de estudios con animales.',
        ),
      },
      clinician: {
        title: 'Recompensa natural embotada: la vida se vuelve gris',
        body: paras(
          'Los péptidos endógenos actúan sobre los mismos receptores, así que la reducción de MOR en superficie y la contraadaptación también embotan la recompensa natural en el modelo: la lectura de recompensa cae por debajo de lo sano y los placeres cotidianos silencian con menos frecuencia al guardia GABA de las neuronas dopaminérgicas.',
          'El mecanismo se extrapola de datos de receptores y circuitos en animales (Dang & Williams 2004; Johnson & North 1992); no se conoce su magnitud en personas. Concuerda con la anhedonia que describen muchos pacientes, que puede mantener el consumo como alivio del ánimo bajo más que como búsqueda de euforia.',
        ),
        points: [
          'La lectura de recompensa es una construcción del modelo, no un valor medido en personas.',
          'Presentar el ánimo gris como una adaptación esperable puede aliviar la culpa y la desesperanza.',
          'La anhedonia puede persistir en la abstinencia temprana; conviene planificar apoyo para ella.',
        ],
      },
    },

    withdrawal: {
      patient: {
        title: 'Dejarlo duele, y pasa',
        body: paras(
          'Cuando el opioide se deja, el cerebro sigue preparado para él: pocas cerraduras en la superficie, y los cambios que hizo para compensar el opioide quedan ahora solos. Eso es la abstinencia: dolores, sudor, moqueo, retortijones, inquietud, mal sueño y un deseo intenso de consumir.',
          'Después de la heroína suele empezar en menos de un día, es peor los días 2 y 3, y en general se alivia en 7 a 10 días. El ánimo bajo, el mal sueño y el deseo de consumir pueden durar de semanas a meses.',
        ),
      },
      clinician: {
        title: 'Abstinencia aguda: inicio a las 8-24 h, pico a las 36-72 h',
        body: paras(
          'Tras opioides de acción corta como la heroína, la abstinencia empieza 8-24 h después de la última dosis y dura unos 4-10 días, con un pico hacia las 36-72 h; tras la metadona, el inicio es a las 12-48 h y dura 10-20 días (OMS 2009). Los síntomas prolongados (disforia, insomnio, craving) pueden durar de semanas a meses.',
          'En el modelo, la abstinencia es la contraadaptación que ya no tiene el fármaco enfrente. Este paso es el día 30, unos 2 días después de la última dosis, cerca del pico. Aliviar la abstinencia es un motivo frecuente para volver a consumir.',
        ),
        points: [
          'El curso temporal depende de la semivida del opioide consumido.',
          'El tratamiento con metadona o buprenorfina alivia la abstinencia y mantiene a las personas en tratamiento.',
          'Prepare a los pacientes para los síntomas prolongados, para que no se interpreten como un fracaso.',
        ],
      },
    },

    recovery: {
      patient: {
        title: 'Sin consumir: la fábrica de cerraduras se reactiva',
        body: paras(
          'Si el opioide no vuelve, el cerebro recupera otra vez el equilibrio. La fábrica de cerraduras en el centro de la célula, el gen que fabrica las cerraduras, se pone en marcha de nuevo, y en unas semanas vuelven cerraduras nuevas a la superficie.',
          'Poco a poco, los placeres cotidianos vuelven a abrir suficientes cerraduras, y lo gris se disipa. En estudios con animales, la tolerancia desapareció en dos fases: rápido en los primeros días y luego despacio a lo largo de varias semanas. La recuperación es real, y necesita tiempo.',
        ),
      },
      clinician: {
        title: 'Recuperación de los receptores en semanas',
        body: paras(
          'En ratas y ratones, la respuesta se recuperó en dos fases tras morfina, metadona o diamorfina en dosis que inducían tolerancia: una fase rápida poco precisa y, desde el día 4, una fase lenta con una semivida de 13,2 días en ratas y 17,4 días en ratones (Cox 1975).',
          'El modelo vuelve a activar la expresión de OPRM1 y devuelve los receptores en superficie y la tolerancia hacia el nivel basal en semanas; este paso es una semana después de dejarlo, con los receptores en superficie en torno a tres cuartas partes del nivel basal. La recuperación de receptores en el cerebro humano no se ha medido directamente; el curso temporal se extrapola de animales.',
        ),
        points: [
          'La recuperación lleva semanas; la anhedonia y el craving ceden poco a poco.',
          'La sensibilidad recuperada es también protección perdida frente a la sobredosis (paso siguiente).',
          'Curso temporal de roedores; no medido en el cerebro humano.',
        ],
      },
    },

    danger: {
      patient: {
        title: 'Tras una pausa, la dosis de antes puede matar',
        body: paras(
          'A las dos semanas sin consumir, muchas cerraduras han vuelto y los cambios de compensación del cerebro se han desvanecido. La dosis de antes golpea ahora mucho más fuerte que el último día de consumo, lo bastante como para detener la respiración.',
          'Por eso las semanas después de salir de prisión, de una hospitalización o de una desintoxicación son las más peligrosas. Las drogas de la calle pueden contener además fentanilo, que es mucho más potente. La naloxona puede revertir una sobredosis. El tratamiento con metadona o buprenorfina reduce el riesgo de morir.',
        ),
      },
      clinician: {
        title: 'Pérdida de tolerancia y riesgo de sobredosis',
        body: paras(
          'Tras salir de prisión, las muertes relacionadas con drogas fueron 3-8 veces más altas en las semanas 1-2 que en las semanas 3-12 (Merrall 2010). Tras una desintoxicación hospitalaria, las tres muertes por sobredosis se dieron entre personas que habían perdido la tolerancia (Strang 2003). El tiempo fuera del tratamiento con metadona o buprenorfina tuvo más mortalidad que el tiempo dentro de él (Sordo 2017). Son estudios observacionales. En ratas, la tolerancia se perdió con un semivida de la fase lenta de unas dos semanas (Cox 1975).',
          'La tolerancia a la depresión respiratoria va por detrás de la tolerancia a la euforia, y el suministro de la calle puede contener fentanilo. La naloxona revierte una sobredosis.',
        ),
        points: [
          'Nombre el riesgo de forma explícita en la desintoxicación, el alta y la salida de prisión.',
          'Ofrezca naloxona a la persona y a quienes la rodean.',
          'Mantenerse en tratamiento con metadona o buprenorfina reduce la mortalidad; evidencia observacional pero constante.',
        ],
      },
    },

    naloxone: {
      patient: {
        title: 'Qué hace la naloxona',
        body: paras(
          'La naloxona bloquea las cerraduras. Saca las llaves del opioide de las cerraduras y las mantiene cerradas un rato, para que la respiración pueda volver.',
          'Actúa durante poco tiempo, a menudo menos que el opioide, así que la sobredosis puede volver. Llame a los servicios de emergencia y quédese con la persona. En alguien que ha usado opioides a diario, la naloxona provoca una abstinencia repentina, que se siente fatal pero pasa.',
        ),
      },
      clinician: {
        title: 'Naloxona: un antagonista de acción corta',
        body: paras(
          'La naloxona desplaza a los agonistas de los MOR y revierte la depresión respiratoria. Su acción es más corta que la de muchos opioides, sobre todo la metadona y otros agonistas de acción prolongada, así que la sedación puede volver: hay que llamar a los servicios de emergencia y vigilar. En una persona con dependencia precipita la abstinencia; en ratones con un implante de morfina, la naloxona precipitó la abstinencia en 5 minutos (Way 1969).',
          'La OMS (2014) recomienda el acceso a la naloxona para quienes probablemente presencien una sobredosis, incluidas las personas que usan opioides, sus familias y sus amistades. En el modelo, la naloxona llega al final del consumo.',
        ),
        points: [
          'La naloxona da tiempo; no es un tratamiento del trastorno por consumo de opioides.',
          'Explique antes la abstinencia precipitada para que no tome a nadie por sorpresa.',
          'Ofrezca kits de naloxona a los pacientes, a sus familias y a sus amistades.',
        ],
      },
    },
  },

  callouts: {
    danger: {
      patient:
        'Tras una pausa, aunque sea de pocos días, la dosis de antes golpea mucho más fuerte, de un modo que nadie puede prever, y puede detener la respiración. El alcohol, las benzodiacepinas o las pastillas para dormir lo empeoran; consumir a solas significa que nadie puede ayudar. La naloxona revierte una sobredosis: téngala a mano y llame a emergencias. El tratamiento con metadona o buprenorfina reduce el riesgo de morir.',
      clinician:
        'En este modelo didáctico, la dosis habitual previa tiene ahora unas {x} veces el efecto que tenía el último día de consumo (un valor del modelo; el suministro de la calle puede contener fentanilo). La tolerancia a la depresión respiratoria va por detrás de la euforia. El riesgo empieza en días: las muertes fueron 3-8 veces más altas en las semanas 1-2 tras salir de prisión que en las semanas 3-12 (Merrall 2010, observacional). El alcohol y las benzodiacepinas suman depresión respiratoria; consumir a solas impide el rescate. La naloxona actúa poco tiempo. La metadona o la buprenorfina reducen la mortalidad por sobredosis.',
    },
  },

  stageAlt: {
    patient:
      'En el {t}: cerraduras en la superficie comparadas con antes de cualquier consumo: {receptors}; cantidad necesaria para sentir lo del primer día: {tolerance}; abstinencia: {withdrawal}; alegría por las cosas cotidianas comparada con una persona sana: {reward}; lo que haría ahora la dosis de antes comparado con la primera vez: {doseEffect}.',
    clinician:
      'En el {t}: receptores mu en superficie frente a sin exposición previa {receptors}; tolerancia (veces la DE50) {tolerance}; intensidad de la abstinencia {withdrawal}; respuesta a la recompensa natural frente a lo sano {reward}; efecto de la dosis habitual frente al primer consumo {doseEffect}.',
  },

  actors: {
    lock: { patient: 'Cerradura', clinician: 'Receptor opioide mu' },
    endorphin: { patient: 'Llave natural', clinician: 'Endorfina' },
    opioid: { patient: 'Llave opioide', clinician: 'Agonista mu' },
    inside: { patient: 'Cerradura retirada', clinician: 'Receptor internalizado' },
    factory: { patient: 'Fábrica de cerraduras', clinician: 'OPRM1 (gen del receptor)' },
    guard: { patient: 'Guardia de la puerta', clinician: 'Interneurona GABA' },
    dopamine: { patient: 'Dopamina', clinician: 'Dopamina' },
    naloxone: { patient: 'Naloxona', clinician: 'Naloxona (antagonista)' },
  },

  phases: {
    use: { patient: 'consumo', clinician: 'consumo de opioides' },
    withdrawal: { patient: 'abstinencia', clinician: 'abstinencia aguda' },
    recovery: { patient: 'vuelven las cerraduras', clinician: 'vuelven los receptores' },
  },

  describe: {
    'receptors.few': {
      patient:
        'Muchas cerraduras están retiradas o apagadas: las de la superficie están en {receptors}.',
      clinician:
        'Receptores mu en superficie muy reducidos ({receptors}): desensibilizados e internalizados.',
    },
    'receptors.returning': {
      patient: 'Hay menos cerraduras de lo habitual en la superficie: {receptors}.',
      clinician: 'Receptores mu en superficie algo reducidos ({receptors}).',
    },
    'receptors.returning.up': {
      patient: 'Las cerraduras vuelven a la superficie: ahora, {receptors}.',
      clinician: 'Receptores mu en superficie en recuperación ({receptors}) al volver su síntesis.',
    },
    'receptors.returning.down': {
      patient: 'Las cerraduras se van retirando: quedan {receptors} en la superficie.',
      clinician:
        'Receptores mu en superficie en descenso ({receptors}): desensibilización e internalización.',
    },
    'receptors.most': {
      patient: 'Casi todas las cerraduras están en la superficie ({receptors}).',
      clinician: 'Receptores mu en superficie cerca del nivel sin exposición previa ({receptors}).',
    },
    'doseEffect.blocked': {
      patient:
        'La naloxona bloquea las cerraduras: por ahora el opioide casi no hace nada (el {doseEffect} de su primer efecto).',
      clinician:
        'La naloxona ocupa los receptores: mientras dura, la dosis habitual tiene el {doseEffect} de su efecto en el primer consumo.',
    },
    'doseEffect.weak': {
      patient:
        'Tolerancia: la dosis de siempre hace ahora mucho menos, el {doseEffect} de lo que hizo la primera vez.',
      clinician:
        'Tolerancia alta: la dosis habitual tiene el {doseEffect} de su efecto en el primer consumo.',
    },
    'doseEffect.partial': {
      patient:
        'Algo de tolerancia: la dosis de siempre haría ahora el {doseEffect} de lo que hizo la primera vez.',
      clinician:
        'Tolerancia parcial: la dosis habitual tendría el {doseEffect} de su efecto en el primer consumo.',
    },
    'doseEffect.partial.up': {
      patient:
        'La tolerancia se va perdiendo: la dosis de siempre haría ahora el {doseEffect} de lo que hizo la primera vez.',
      clinician:
        'Tolerancia en descenso: la dosis habitual tendría el {doseEffect} de su efecto en el primer consumo.',
    },
    'doseEffect.partial.down': {
      patient:
        'La tolerancia va en aumento: la dosis de siempre hace ahora el {doseEffect} de lo que hizo la primera vez.',
      clinician:
        'Tolerancia en aumento: la dosis habitual tiene el {doseEffect} de su efecto en el primer consumo.',
    },
    'doseEffect.full': {
      patient:
        'Poca o ninguna tolerancia: la dosis de siempre golpearía casi tan fuerte como la primera vez ({doseEffect}).',
      clinician:
        'Tolerancia escasa o nula: la dosis habitual tendría el {doseEffect} de su efecto en el primer consumo.',
    },
    'withdrawal.low': {
      patient: 'Poca o ninguna abstinencia ({withdrawal}).',
      clinician: 'Abstinencia mínima ({withdrawal}).',
    },
    'withdrawal.moderate': {
      patient:
        'La abstinencia se nota ({withdrawal}): dolores, sudor, inquietud y ganas de consumir.',
      clinician: 'Abstinencia moderada ({withdrawal}).',
    },
    'withdrawal.severe': {
      patient: 'La abstinencia es fuerte ({withdrawal}): se siente fatal, y pasa.',
      clinician: 'Abstinencia intensa ({withdrawal}): contraadaptación sin el fármaco enfrente.',
    },
    'reward.grey': {
      patient:
        'Los placeres de cada día apenas se notan: la alegría por las cosas cotidianas está en {reward}.',
      clinician: 'Respuesta a la recompensa natural embotada ({reward}).',
    },
    'reward.dim': {
      patient:
        'Los placeres de cada día se sienten apagados: la alegría por las cosas cotidianas está en {reward}.',
      clinician: 'Respuesta a la recompensa natural reducida en parte ({reward}).',
    },
    'reward.full': {
      patient: 'Los placeres cotidianos se sienten casi como siempre ({reward}).',
      clinician: 'Respuesta a la recompensa natural cerca de lo sano ({reward}).',
    },
  },

  findings: {
    johnson1992:
      'En cortes de cerebro de rata, los agonistas opioides mu hiperpolarizaron las interneuronas GABAérgicas del ATV, no las células dopaminérgicas, y retiraron la inhibición de las neuronas dopaminérgicas.',
    jalabert2011:
      'En ratas in vivo, la morfina aumentó la descarga de las neuronas dopaminérgicas al actuar sobre los receptores mu de aferencias GABAérgicas de la cola del ATV (RMTg).',
    dang2004:
      'En cortes de cerebro de animales tratados de forma crónica con morfina, la desensibilización del receptor mu fue más rápida y su recuperación incompleta (locus coeruleus).',
    way1969:
      'En ratones con un implante de morfina, la DE50 analgésica se duplicó tras 1 día y aumentó de 4 a 7 veces hacia el día 3; la naloxona precipitó la abstinencia en 5 min.',
    cox1975:
      'En ratas y ratones, la tolerancia desapareció en dos fases tras morfina, metadona o diamorfina; la fase lenta tuvo una semivida de 13,2 días (ratas) y 17,4 (ratones).',
    chorbov2011:
      'Mayor metilación del ADN en el promotor de OPRM1 (gen del receptor mu) en la sangre de 13 hombres con dependencia de opioides frente a 21 controles; sangre, no receptores del cerebro.',
    who2009:
      'Guía basada en revisiones sistemáticas: la abstinencia tras la heroína empieza 8-24 h después de la última dosis y dura 4-10 días; tras la metadona, 12-48 h y 10-20 días.',
    merrall2010:
      'Metanálisis de 6 cohortes observacionales tras salir de prisión: muertes relacionadas con drogas 3-8 veces más altas en las semanas 1-2 que en las semanas 3-12.',
    strang2003:
      'Seguimiento observacional de 137 personas tras una desintoxicación hospitalaria: las 3 muertes por sobredosis se dieron entre quienes habían perdido la tolerancia, ninguna entre quienes la conservaban.',
    sordo2017:
      'Metanálisis de 19 cohortes: muertes 3,2 veces más altas fuera que dentro del tratamiento con metadona (sobredosis, 4,8 veces) y 2,2 veces para la buprenorfina.',
    who2014:
      'Guía: la naloxona revierte la sobredosis por opioides; quienes probablemente presencien una, incluidas las personas que usan opioides y sus familias, deben tener acceso a ella.',
  },
};
