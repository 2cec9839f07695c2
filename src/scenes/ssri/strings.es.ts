/**
 * Todas las palabras de la escena `ssri` en español, en dos vocabularios: `patient` (palabras
 * sencillas, de usted, para la persona sentada junto al profesional) y `clinician` (receptores,
 * cifras y dónde la ciencia está en discusión). Mismas claves y marcadores {nombre} que
 * strings.en.ts. Texto plano; los párrafos se separan con una línea en blanco. Sin consejos de dosis.
 */
import type { SceneStrings } from '../types';

/** Une párrafos con la línea en blanco que el panel de la historia usa para separarlos. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Por qué un antidepresivo tarda semanas',
    clinician: 'Los ISRS en la sinapsis serotoninérgica',
  },

  params: {
    drug: { patient: 'Medicamento', clinician: 'ISRS' },
    dose: { patient: 'Dosis diaria', clinician: 'Dosis' },
    profile: { patient: 'Cómo responden las células nerviosas', clinician: 'Perfil neuronal' },
    block2a7: {
      patient: 'Bloquear los receptores excitadores',
      clinician: 'Antagonista 5-HT2A/5-HT7',
    },
    pindolol: {
      patient: 'Apagar el termostato',
      clinician: 'Autorreceptor 5-HT1A bloqueado (pindolol)',
    },
  },

  options: {
    'drug.none': { patient: 'Sin medicamento', clinician: 'Ninguno' },
    'drug.citalopram': { patient: 'Citalopram', clinician: 'Citalopram' },
    'drug.escitalopram': { patient: 'Escitalopram', clinician: 'Escitalopram' },
    'drug.sertraline': { patient: 'Sertralina', clinician: 'Sertralina' },
    'drug.fluoxetine': { patient: 'Fluoxetina', clinician: 'Fluoxetina' },
    'drug.paroxetine': { patient: 'Paroxetina', clinician: 'Paroxetina' },
    'profile.typical': { patient: 'Responden como de costumbre', clinician: 'Típico' },
    'profile.nonresponder': {
      patient: 'Se excitan de más',
      clinician: 'Sin respuesta (fenotipo iPSC)',
    },
  },

  paramHelp: {
    drug: {
      patient: 'Cada uno de estos medicamentos tapa la misma bomba de reciclaje.',
      clinician:
        'Los cinco bloquean el SERT; se diferencian sobre todo en la vida media (la fluoxetina tarda semanas en estabilizarse).',
    },
    dose: {
      patient:
        'Las dosis que se muestran son las que usaron los estudios de investigación. No es un consejo sobre su dosis.',
      clinician:
        'Dosis como en los estudios PET (Meyer 2004); la ocupación se estabiliza cerca del 85%. No es una guía de dosificación.',
    },
    profile: {
      patient:
        'Basado en células nerviosas cultivadas en una placa a partir de 6 personas. No es una prueba que le puedan hacer.',
      clinician:
        'Sin respuesta: impulso 5-HT2A/5-HT7 aproximadamente duplicado, según un estudio con iPSC (Vadodaria 2019). Una hipótesis.',
    },
    block2a7: {
      patient: 'Una idea de investigación probada en células en una placa, no un tratamiento.',
      clinician:
        'Elimina alrededor del 40% del impulso 5-HT2A y 5-HT7 en el modelo; un hallazgo in vitro, no una recomendación clínica.',
    },
    pindolol: {
      patient: 'Muestra qué pasa si el termostato no puede frenar a la célula emisora.',
      clinician:
        'Elimina por completo la retroalimentación del autorreceptor, lo que exagera el efecto del pindolol; los resultados de los ensayos fueron dispares.',
    },
  },

  readouts: {
    occupancy: { patient: 'Bombas tapadas', clinician: 'Ocupación del SERT' },
    serotonin: { patient: 'Serotonina en el espacio', clinician: '5-HT extracelular' },
    firing: { patient: 'Disparo de la célula emisora', clinician: 'Disparo del rafe' },
    activity: {
      patient: 'Actividad de la célula receptora',
      clinician: 'Activación postsináptica',
    },
    relief: { patient: 'Alivio de síntomas (modelo)', clinician: 'Mejoría de síntomas (modelo)' },
    brake: {
      patient: 'Fuerza del termostato',
      clinician: 'Sensibilidad del autorreceptor 5-HT1A',
    },
  },

  steps: {
    normal: {
      patient: {
        title: 'Cómo se pasan un mensaje las células nerviosas',
        body: paras(
          'Las células nerviosas se pasan mensajes a través de un espacio diminuto. La célula emisora guarda serotonina, un mensajero químico, en pequeños paquetes. Cuando la célula se activa, suelta una parte en el espacio.',
          'La serotonina cruza el espacio y encaja en los receptores de la célula receptora, como una llave en una cerradura. Eso cambia cómo se comporta la célula receptora.',
          'Mucho de esto se midió primero en tejido cerebral de ratas. Las mismas piezas existen en el cerebro humano.',
        ),
      },
      clinician: {
        title: 'Transmisión serotoninérgica basal',
        body: paras(
          'Las neuronas del rafe disparan despacio, a unos 1-2 Hz, y liberan 5-HT desde vesículas. Buena parte actúa fuera de la sinapsis clásica: la voltamperometría de barrido rápido en cortes de cerebro de rata muestra que la 5-HT liberada alcanza receptores y transportadores extrasinápticos (Bunin y Wightman 1998).',
          'La neurona receptora tiene aquí tres tipos de receptor: 5-HT1A (inhibidor, Gi), 5-HT2A (excitador, Gq) y 5-HT7 (excitador, Gs). Todas las lecturas son cambios relativos respecto a este estado basal sano, porque los valores absolutos de 5-HT difieren unas 80 veces entre la microdiálisis y la voltamperometría.',
        ),
        points: [
          'Todo lo que aparece en pantalla es relativo a este estado basal sin fármaco: 1,0 significa normal.',
          'El 5-HT1A calma la célula receptora; el 5-HT2A y el 5-HT7 la excitan. Ese equilibrio importa más adelante, en los pacientes que no responden.',
          'La cinética de liberación y recaptación proviene de tejido de rata; la PET en humanos muestra el mismo transportador en el cerebro vivo.',
        ],
      },
    },

    pump: {
      patient: {
        title: 'La bomba de reciclaje',
        body: paras(
          'La serotonina no se queda mucho tiempo en el espacio. La célula emisora tiene bombas de reciclaje que la devuelven a su interior para usarla otra vez. En la imagen están en la pared de la célula emisora.',
          'La limpieza es rápida: en estudios con tejido cerebral de ratas, la serotonina desaparece en uno o dos segundos. Así que cada mensaje es breve.',
          'Estas bombas son justo aquello sobre lo que actúa el medicamento.',
        ),
      },
      clinician: {
        title: 'El SERT retira la 5-HT',
        body: paras(
          'El transportador de serotonina (SERT) de la membrana presináptica recapta la 5-HT para reutilizarla; es la principal vía de eliminación. En voltamperometría en cortes de rata, la 5-HT liberada se elimina en uno o dos segundos (Bunin y Wightman 1998). La 5-HT ambiental está muy por debajo de la Km del transportador, así que la recaptación es casi lineal con la concentración.',
          'La PET con [11C]DASB en humanos mide el mismo transportador en el cerebro vivo; así se conoce la ocupación por los fármacos (Meyer 2007). En el modelo, eliminación = ((1 - ocupación) x kSERT + k0) x 5-HT, donde k0 representa vías más lentas.',
        ),
        points: [
          'El SERT es la bomba que el ISRS tapa; todo lo que sigue se deriva de una menor recaptación.',
          'Como la recaptación es casi lineal, bloquear el 80% del SERT hace la eliminación varias veces más lenta; las otras vías (k0) siguen funcionando.',
          'Los valores cinéticos provienen de tejido de rata; el modelo usa cambios relativos, no concentraciones absolutas.',
        ],
      },
    },

    caps: {
      patient: {
        title: 'El medicamento tapa la mayoría de las bombas',
        body: paras(
          'Un medicamento ISRS, como el citalopram, se coloca en las bombas de reciclaje y las tapa. Las imágenes del cerebro de personas que toman dosis habituales muestran unas 8 de cada 10 bombas tapadas.',
          'Con menos bombas funcionando, la serotonina se queda más tiempo en el espacio, así que cada mensaje dura más.',
          'Casi todo este taponamiento ocurre en los primeros días. Sin embargo, las personas suelen sentirse mejor solo a lo largo de semanas. Los próximos pasos muestran por qué.',
        ),
      },
      clinician: {
        title: 'Alrededor del 80% de ocupación del SERT con la dosis mínima',
        body: paras(
          'PET con [11C]DASB tras 4 semanas: citalopram 20 mg/día ocupó el 77% del SERT y paroxetina 20 mg/día el 83% (Meyer 2001); cinco ISRS a sus dosis terapéuticas mínimas, el 76-85% (Meyer 2004, n = 77). La ocupación aumenta de forma hiperbólica con la dosis y se aplana cerca del 80% con la dosis mínima habitual (Sørensen 2022); las dosis altas alcanzan alrededor del 85% (Voineskos 2007).',
          'La escena muestra citalopram 20 mg/día en el día 2, con una ocupación ya cercana a su valor de estado estable. La ocupación es casi máxima en pocos días, así que no puede explicar por sí sola un beneficio que se construye a lo largo de semanas.',
        ),
        points: [
          'Un bloqueo del SERT de alrededor del 80% es el objetivo común de los ISRS a dosis terapéuticas mínimas (PET, Meyer 2004).',
          'Por encima de eso la curva dosis-ocupación es plana: las dosis más altas añaden unos pocos puntos porcentuales (Sørensen 2022).',
          'La ocupación es casi máxima en días, mientras que el beneficio crece durante semanas: algo más lento tiene que venir después.',
        ],
      },
    },

    thermostat: {
      patient: {
        title: 'Al principio, un termostato frena',
        body: paras(
          'La célula emisora tiene sus propios sensores de serotonina. Imagínelos como un termostato.',
          'Cuando la serotonina se acumula alrededor de la célula, el termostato le indica que vaya más despacio y envíe menos mensajes. Así que, en los primeros días, parte de lo que hace el medicamento queda contrarrestado.',
          'Esto se midió en ratas: sus células de serotonina disparaban más despacio al inicio del tratamiento.',
        ),
      },
      clinician: {
        title: 'Retroalimentación por autorreceptores 5-HT1A',
        body: paras(
          'Bloquear el SERT eleva la 5-HT sobre todo alrededor de los cuerpos celulares del rafe: en microdiálisis en ratas, una sola dosis de un ISRS elevó la 5-HT extracelular varias veces más en el rafe que en la corteza frontal (Bel y Artigas 1992). Los autorreceptores 5-HT1A somatodendríticos lo detectan y reducen el disparo; en ratas, el disparo del rafe cae bruscamente en los primeros días (Blier y de Montigny 1994).',
          'El modelo reproduce esto en el día 2: la 5-HT cortical aproximadamente se duplica mientras el disparo del rafe cae muy por debajo del basal. El termostato compensa parte de la recaptación bloqueada.',
        ),
        points: [
          'Efecto agudo: más 5-HT por cada liberación, pero menos liberaciones.',
          'Un aumento mayor en el rafe que en la corteza es la huella, en la microdiálisis en ratas, de la retroalimentación por autorreceptores.',
          'Son datos en animales; el disparo del rafe no puede registrarse en pacientes, así que la evidencia en humanos es indirecta.',
        ],
      },
    },

    weeks: {
      patient: {
        title: 'Con las semanas, el termostato se relaja',
        body: paras(
          'En dos o tres semanas, el termostato parece volverse más perezoso. En ratas, las células de serotonina vuelven a disparar a su ritmo habitual, y la serotonina en el espacio termina más alta que en los primeros días.',
          'Los científicos todavía discuten si esto explica la espera. Muchos piensan que importan más cambios más lentos: las células nerviosas construyen poco a poco nuevas conexiones. La escena del abono para el cerebro muestra esa parte.',
        ),
      },
      clinician: {
        title: 'Desensibilización de autorreceptores en 2-3 semanas (discutido)',
        body: paras(
          'Con un bloqueo sostenido del SERT, los autorreceptores 5-HT1A se desensibilizan y el disparo del rafe se recupera en 2-3 semanas en la electrofisiología en ratas (Blier y de Montigny 1994). El modelo muestra la consecuencia: hacia los días 21-28, la 5-HT cortical está cerca de 3 veces el basal, frente a unas 2 veces en los primeros días, con el disparo de nuevo por encima de 0,8 del basal.',
          'La explicación del retraso por los autorreceptores es discutida: Commons y Linnros (2019) sostienen que el disparo puede recuperarse pese a una retroalimentación persistente y que el vínculo causal con el inicio clínico es circunstancial. Un cambio adaptativo más lento, como la plasticidad sináptica y la señalización por BDNF (la escena del abono para el cerebro), es una alternativa destacada.',
        ),
        points: [
          'La desensibilización está bien documentada en ratas; no está establecido que cause el retraso clínico.',
          'El lento aumento de 5-HT del modelo proviene de una constante de tiempo supuesta de unos 7 días para el autorreceptor.',
          'La plasticidad (BDNF, espinas dendríticas) es el otro proceso lento: vea la escena del abono para el cerebro.',
        ],
      },
    },

    improvement: {
      patient: {
        title: 'Cuándo empiezan a sentirse mejor las personas',
        body: paras(
          'En 28 estudios con casi 6000 personas, el medicamento ayudaba, en promedio, más que una pastilla sin efecto al final de la primera semana. Después, el beneficio siguió creciendo durante al menos seis semanas.',
          'Así que los pequeños cambios tempranos pueden ser reales, aunque cueste notarlos. Cada persona tiene su propio ritmo, y su médico puede hablar con usted sobre el suyo.',
          'La línea de alivio del gráfico es un esquema para enseñar, no una predicción para usted.',
        ),
      },
      clinician: {
        title: 'Inicio en la semana 1, con aumento hasta la semana 6',
        body: paras(
          'Un metaanálisis de 28 ensayos controlados con placebo (n = 5872) halló que los ISRS se separaban del placebo al final de la semana 1, con una mejoría que continuaba, a un ritmo decreciente, hasta al menos la semana 6 (Taylor 2006). El «inicio tardío» es sobre todo un retraso del efecto completo, no de cualquier efecto.',
          'La lectura de alivio es un constructo didáctico: sigue el aumento sostenido de 5-HT con un retraso de unas dos semanas, elegido para reflejar este curso temporal. No está ajustada a datos de ensayos y no predice nada para un paciente concreto.',
        ),
        points: [
          'En la semana 1, los ISRS aumentaron la probabilidad de una reducción del 50% en la HAM-D (RR 1,64; IC del 95%: 1,2-2,25; Taylor 2006).',
          'En los datos agrupados, la mejoría siguió acumulándose hasta la semana 6.',
          'La curva de alivio del modelo es ilustrativa, no un pronóstico.',
        ],
      },
    },

    pindolol: {
      patient: {
        title: '¿Y si se apagara el termostato?',
        body: paras(
          'Si el termostato frena las cosas, apagarlo podría acelerarlas. Los investigadores lo probaron con pindolol, un medicamento que bloquea el termostato.',
          'En varios estudios, las personas mejoraron más rápido en las dos primeras semanas. Pero a las cuatro a seis semanas, la diferencia ya no estaba clara. En un estudio con personas cuya depresión no había respondido, no ayudó.',
          'Así que el termostato probablemente es solo una parte de la historia.',
        ),
      },
      clinician: {
        title: 'Pindolol: una prueba clínica de la explicación por autorreceptores',
        body: paras(
          'El pindolol bloquea los receptores 5-HT1A además de los adrenorreceptores beta. En ratas impide la caída temprana del disparo del rafe inducida por el ISRS (Blier y de Montigny 1994), por lo que se probó para acelerar los ISRS (Artigas 1994, estudio abierto). En un metaanálisis de 9 ensayos aleatorizados, pindolol más ISRS superó a placebo más ISRS a las 2 semanas (OR 2,8), pero no claramente a las 4-6 semanas (OR 1,4; el IC cruza 1) (Ballesteros 2004). En la depresión resistente a ISRS no fue mejor que el placebo (Pérez 1999).',
          'El modelo elimina el freno por completo, una exageración didáctica, así que la 5-HT es más alta desde los primeros días.',
        ),
        points: [
          'Aceleración temprana sin una ganancia tardía clara: los autorreceptores quizá influyan más en el inicio que en la magnitud del beneficio.',
          'El apagado total del modelo exagera lo que consigue el bloqueo parcial del 5-HT1A por el pindolol.',
          'Sin evidencia de beneficio en pacientes resistentes a ISRS (Pérez 1999).',
        ],
      },
    },

    nonresponder: {
      patient: {
        title: 'Por qué no funciona en todas las personas',
        body: paras(
          'En alrededor de una de cada tres personas, un ISRS no ayuda lo suficiente. Un estudio de laboratorio buscó una razón. Los científicos cultivaron células nerviosas en una placa a partir de células de la piel de 6 personas: 3 a quienes un ISRS había ayudado y 3 a quienes no.',
          'Al añadir serotonina, las células de las personas a quienes no había ayudado se excitaron de más. Tenían más receptores excitadores.',
          'Es un solo estudio pequeño, no una prueba.',
        ),
      },
      clinician: {
        title: 'Falta de respuesta: sobreexcitación vía 5-HT2A/5-HT7 (iPSC)',
        body: paras(
          'Alrededor del 30% de los pacientes no responde a los ISRS. Vadodaria et al. (2019) eligieron a 3 pacientes en remisión con ISRS y a 3 sin remisión de una gran cohorte clínica, reprogramaron sus células de la piel en iPSC y obtuvieron neuronas del prosencéfalo. Expuestas a serotonina, las neuronas de los pacientes sin remisión se volvieron hiperactivas, a través de receptores excitadores 5-HT2A y 5-HT7 aumentados; las de los pacientes en remisión y las de los controles sanos, no.',
          'El perfil de falta de respuesta del modelo aproximadamente duplica el impulso 5-HT2A y 5-HT7. Es una hipótesis basada en células en placa de cultivo de seis pacientes, no un biomarcador ni una prueba.',
        ),
        points: [
          '3 frente a 3 pacientes, in vitro: un mecanismo que hay que poner a prueba, no una forma de predecir la respuesta.',
          'Aquí, más 5-HT sobreexcita a las células receptoras en lugar de estabilizarlas.',
          'La duplicación del impulso 5-HT2A/5-HT7 en el modelo es un tamaño supuesto, elegido para que el efecto se vea.',
        ],
      },
    },

    blocker: {
      patient: {
        title: 'Calmar las células sobreexcitadas',
        body: paras(
          'En el mismo estudio, los científicos bloquearon después los dos receptores excitadores en la placa. Las células nerviosas sobreexcitadas se calmaron y se comportaron más como las demás.',
          'Es una pista, no un plan de tratamiento. Se vio en células y no se ha probado así en personas. Sugiere que no responder puede tener una causa biológica en algunas personas, y que podría haber otras formas de ayudar.',
        ),
      },
      clinician: {
        title: 'El antagonismo 5-HT2A/5-HT7 normalizó la respuesta (in vitro)',
        body: paras(
          'En las mismas neuronas derivadas de iPSC, los antagonistas de 5-HT2A y 5-HT7 redujeron la hiperactividad inducida por serotonina de las neuronas de pacientes sin remisión hacia los niveles de los controles (Vadodaria 2019). En el modelo, el interruptor elimina alrededor del 40% del impulso 5-HT2A y 5-HT7, un bloqueo parcial supuesto que acerca la activación postsináptica a la de una persona con respuesta típica al mismo fármaco.',
          'Esto no se ha probado como forma de elegir tratamiento. Varios fármacos tienen propiedades antagonistas 5-HT2A o 5-HT7, pero el estudio no demuestra que alguno de ellos ayude a quienes no responden a los ISRS.',
        ),
        points: [
          'Solo un rescate in vitro; no hay ninguna prueba clínica prospectiva en este subgrupo.',
          'La fuerza del bloqueador en el modelo (alrededor del 40% del impulso 2A/7 eliminado) es supuesta, no medida.',
          'Útil para explicar que la falta de respuesta puede ser biológica, no un fracaso personal.',
        ],
      },
    },

    imbalance: {
      patient: {
        title: 'No es simplemente «poca serotonina»',
        body: paras(
          'Quizá haya oído que la depresión es un «desequilibrio químico» causado por muy poca serotonina. Una gran revisión de la investigación no encontró buena evidencia de esa historia tan simple. Otros expertos no están de acuerdo con partes de esa revisión.',
          'En cualquier caso, estos medicamentos ayudan a muchas personas. Muchos investigadores piensan que ayudan dando al cerebro tiempo para adaptarse y reconstruir conexiones, no rellenando una sustancia que falta.',
        ),
      },
      clinician: {
        title: 'En qué se equivoca la historia del «desequilibrio químico»',
        body: paras(
          '«La serotonina baja causa depresión» no se sostiene como historia simple: una revisión paraguas no halló evidencia consistente de que la depresión se asocie con una menor concentración o actividad de serotonina, ni de que esta la cause (Moncrieff 2022). Esto es discutido: Jauhar et al. (2023) sostienen que la revisión simplificó en exceso los datos de depleción de triptófano y de neuroimagen, y que el sistema serotoninérgico sí está implicado.',
          'Los ISRS pueden funcionar bajo cualquiera de las dos visiones. Lo que muestra esta escena, con la 5-HT subiendo en días pero el beneficio creciendo durante semanas, encaja mejor con una plasticidad más lenta, posterior a la serotonina, que con la corrección de un déficit.',
        ),
        points: [
          'Los ISRS ayudan a muchas personas, pero no rellenando una sustancia que simplemente estaba baja.',
          'La historia del déficit de serotonina está en discusión (Moncrieff 2022; rebatida por Jauhar 2023); la explicación por plasticidad también es una hipótesis.',
          'La depresión es heterogénea; ningún déficit de un solo neurotransmisor la explica.',
        ],
      },
    },
  },

  stageAlt: {
    patient:
      'El {t}: el {occupancy} de las bombas de reciclaje está tapado; la serotonina en el espacio está a {serotonin}; el disparo de la célula emisora, a {firing}; la actividad de la célula receptora, a {activity}; el alivio de síntomas en este modelo didáctico es del {relief}.',
    clinician:
      'El {t}: ocupación del SERT {occupancy}; 5-HT extracelular {serotonin}; disparo del rafe {firing}; activación postsináptica {activity}; mejoría de síntomas modelada {relief}.',
  },

  actors: {
    terminal: { patient: 'Célula nerviosa emisora', clinician: 'Terminal presináptica' },
    receiving: { patient: 'Célula nerviosa receptora', clinician: 'Neurona postsináptica' },
    vesicles: { patient: 'Paquetes de serotonina', clinician: 'Vesículas' },
    sert: { patient: 'Bomba de reciclaje', clinician: 'SERT' },
    ssri: { patient: 'Medicamento', clinician: 'ISRS' },
    autoreceptor: { patient: 'Termostato', clinician: 'Autorreceptor 5-HT1A' },
    r1a: { patient: 'Receptor calmante', clinician: '5-HT1A' },
    r2a: { patient: 'Receptor excitador A', clinician: '5-HT2A' },
    r7: { patient: 'Receptor excitador B', clinician: '5-HT7' },
    serotonin: { patient: 'Serotonina', clinician: '5-HT' },
    cleft: { patient: 'El espacio', clinician: 'Hendidura sináptica' },
    blocker: { patient: 'Bloqueador de A y B', clinician: 'Antagonista 2A/7' },
    pindolol: { patient: 'Bloqueador del termostato', clinician: 'Pindolol' },
  },

  describe: {
    'occupancy.none': {
      patient:
        'Ninguna bomba de reciclaje está tapada; la serotonina en el espacio está a {serotonin}.',
      clinician: 'SERT sin ocupar ({occupancy}); 5-HT extracelular {serotonin}.',
    },
    'occupancy.some': {
      patient:
        'El medicamento está tapando algunas bombas ({occupancy}); la serotonina está a {serotonin}.',
      clinician: 'Ocupación del SERT en aumento, {occupancy}; 5-HT extracelular {serotonin}.',
    },
    'occupancy.most': {
      patient:
        'La mayoría de las bombas de reciclaje están tapadas ({occupancy}): la serotonina se queda más tiempo en el espacio, ahora a {serotonin}.',
      clinician: 'SERT ocupado en su mayoría ({occupancy}); 5-HT extracelular {serotonin}.',
    },
    'brake.off': {
      patient: 'El termostato está apagado, así que la célula emisora dispara a {firing}.',
      clinician: 'Autorreceptor 5-HT1A bloqueado; disparo del rafe {firing}.',
    },
    'brake.eased': {
      patient: 'El termostato se ha relajado ({brake}): la célula emisora ha vuelto a {firing}.',
      clinician:
        'Autorreceptores 5-HT1A desensibilizados ({brake}); el disparo del rafe se recuperó a {firing}.',
    },
    'brake.easing': {
      patient:
        'El termostato se está relajando poco a poco ({brake}); la célula emisora dispara a {firing}.',
      clinician:
        'Autorreceptores 5-HT1A en desensibilización ({brake}); disparo del rafe {firing}.',
    },
    'brake.strong': {
      patient: 'El termostato está fuerte ({brake}); la célula emisora dispara a {firing}.',
      clinician:
        'Retroalimentación por autorreceptores 5-HT1A fuerte ({brake}); disparo del rafe {firing}.',
    },
    'activity.steady': {
      patient: 'La actividad de la célula receptora está en un rango sano, {activity}.',
      clinician: 'Activación postsináptica dentro del rango típico, {activity}.',
    },
    'activity.over': {
      patient: 'La célula receptora está sobreexcitada, a {activity}.',
      clinician: 'Sobreexcitación postsináptica vía 5-HT2A/5-HT7, activación {activity}.',
    },
    'relief.none': {
      patient: 'En este esquema didáctico todavía no hay alivio.',
      clinician: 'Mejoría modelada: ninguna ({relief}).',
    },
    'relief.early': {
      patient: 'El alivio en este esquema didáctico todavía es pequeño, {relief}.',
      clinician: 'Mejoría modelada pequeña, {relief} (constructo didáctico).',
    },
    'relief.building': {
      patient: 'El alivio en este esquema didáctico va en aumento, {relief}.',
      clinician: 'Mejoría modelada en aumento, {relief} (constructo didáctico).',
    },
    'relief.full': {
      patient: 'El alivio en este esquema didáctico está cerca de su máximo, {relief}.',
      clinician: 'Mejoría modelada cerca de su meseta, {relief} (constructo didáctico).',
    },
  },

  findings: {
    meyer2001:
      'PET en pacientes con depresión tras 4 semanas: paroxetina 20 mg/día ocupó el 83% de los transportadores de serotonina; citalopram 20 mg/día, el 77%.',
    meyer2004:
      'PET en 77 personas: cinco ISRS a sus dosis terapéuticas mínimas ocuparon el 76-85% de los transportadores de serotonina, con una meseta a dosis más altas.',
    meyer2007:
      'Revisión de la imagen del transportador: a las dosis que superan al placebo, los ISRS ocupan alrededor del 80% de los transportadores de serotonina.',
    voineskos2007:
      'PET con dosis altas de ISRS: ocupación de alrededor del 85%, solo un poco por encima del 80% observado con dosis mínimas; alrededor del 15% de los transportadores queda libre.',
    sorensen2022:
      'Revisión sistemática de 17 estudios PET/SPECT: la ocupación aumenta de forma hiperbólica con la dosis y se estabiliza cerca del 80% con la dosis mínima habitual.',
    bunin1998:
      'Voltamperometría rápida en cortes de cerebro de rata: midió la liberación de serotonina y su recaptación por el transportador; la serotonina actúa en parte fuera de la sinapsis.',
    bel1992:
      'Microdiálisis en ratas: una dosis de un ISRS (fluvoxamina) elevó la serotonina extracelular, varias veces más cerca de los cuerpos celulares del rafe que en la corteza frontal.',
    blier1994:
      'Revisión, sobre todo de electrofisiología en ratas: los ISRS primero reducen el disparo del rafe a través de los autorreceptores 5-HT1A; el disparo se recupera en 2-3 semanas a medida que se desensibilizan.',
    commons2019:
      'Perspectiva sobre la evidencia en animales: el disparo puede recuperarse pese a una retroalimentación persistente de los autorreceptores, así que la desensibilización quizá no explique el retraso; una plasticidad más lenta podría hacerlo.',
    taylor2006:
      'Metaanálisis de 28 ensayos controlados con placebo (n = 5872): los ISRS superaron al placebo al final de la semana 1, y la mejoría siguió creciendo hasta al menos la semana 6.',
    artigas1994:
      'Pequeño estudio abierto: añadir pindolol (un bloqueador 5-HT1A) a un ISRS se siguió de una mejoría rápida.',
    ballesteros2004:
      'Metaanálisis de 9 ensayos aleatorizados: pindolol más un ISRS superó a placebo más un ISRS a las 2 semanas, pero no claramente a las 4-6 semanas.',
    perez1999:
      'Ensayo aleatorizado en 80 personas cuya depresión no había respondido a un ISRS: añadir pindolol no fue mejor que el placebo.',
    vadodaria2019:
      'Neuronas obtenidas de células madre derivadas de la piel de 3 personas en remisión con ISRS y 3 sin remisión: las neuronas de las personas sin remisión se volvieron hiperactivas con serotonina vía 5-HT2A/5-HT7; los bloqueadores lo normalizaron.',
    moncrieff2022:
      'Revisión paraguas de estudios en humanos (niveles de serotonina, receptores, transportador, depleción de triptófano, genes): sin evidencia consistente de que la depresión se deba a una serotonina baja.',
    jauhar2023:
      'Respuesta de 35 investigadores: la revisión paraguas exageró sus conclusiones; la depleción de triptófano y la neuroimagen siguen implicando al sistema serotoninérgico en la depresión.',
  },
};
