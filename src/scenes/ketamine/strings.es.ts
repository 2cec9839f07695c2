/**
 * Every word the `ketamine` scene shows, in Spanish (neutral international Spanish, "usted"), with
 * exactly the keys of strings.en.ts. Two vocabularies: `patient` (palabras sencillas para quien
 * está sentado junto al clínico) and `clinician` (términos clínicos habituales, cifras y dónde la
 * ciencia está discutida). Same metaphors as the English: la ketamina suelta el freno, una ráfaga
 * de tráfico llama a un equipo de obra que construye puntos de anclaje (espinas); las espinas
 * delgadas son conexiones de prueba, las espinas en hongo conexiones establecidas. Decimal comma
 * (0,5 mg/kg), as the Spanish readouts are formatted. Plain text only; paragraphs are separated by a blank line. No
 * dosing advice.
 */
import type { SceneStrings } from '../types';

/** Joins paragraphs with the blank line the story panel splits on. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Cómo podría actuar la ketamina en horas',
    clinician: 'Ketamina, mTOR y espinas dendríticas',
  },

  params: {
    stress: { patient: 'Estrés prolongado', clinician: 'Estrés crónico' },
    dose: { patient: 'Infusión de ketamina', clinician: 'Dosis de ketamina (IV en 40 min)' },
    rapamycin: {
      patient: 'Bloquear al equipo de obra',
      clinician: 'mTORC1 bloqueado (rapamicina)',
    },
  },

  // No choice parameters in this scene.
  options: {},

  paramHelp: {
    stress: {
      patient:
        'Muestra conexiones adelgazadas por semanas de estrés, como se ha visto en estudios con ratas y ratones.',
      clinician:
        'El estrés crónico reduce alrededor de un 30% la densidad de espinas prefrontales en modelos de roedores (Li 2011).',
    },
    dose: {
      patient:
        '0,5 mg/kg en 40 minutos es la dosis que se usó en los estudios de investigación. No es un consejo sobre ningún tratamiento.',
      clinician:
        '0,5 mg/kg IV en 40 min, la dosis de la mayoría de los ensayos (Zarate 2006) y del estudio de espectroscopia (Milak 2016). No es una pauta de dosificación.',
    },
    rapamycin: {
      patient:
        'Una herramienta de investigación de los estudios con animales, usada para poner a prueba la idea. No es un tratamiento.',
      clinician:
        'Bloquea por completo mTORC1, como la rapamicina administrada en el cerebro de ratas (Li 2010). Una herramienta de investigación, no una opción de tratamiento.',
    },
  },

  readouts: {
    ketamine: { patient: 'Nivel de ketamina', clinician: 'Ketamina (respecto al pico)' },
    glutamate: { patient: 'Tráfico de glutamato', clinician: 'Actividad glutamatérgica' },
    mtor: { patient: 'Equipo de obra trabajando', clinician: 'Actividad de mTORC1' },
    spines: { patient: 'Conexiones (espinas)', clinician: 'Densidad de espinas' },
    mushroom: { patient: 'Conexiones establecidas', clinician: 'Fracción de espinas en hongo' },
    relief: { patient: 'Alivio del ánimo (modelo)', clinician: 'Mejoría de síntomas (modelo)' },
  },

  steps: {
    healthy: {
      patient: {
        title: 'Conexiones en una neurona sana',
        body: paras(
          'Una neurona recibe mensajes en unas ramas cubiertas de pequeños salientes llamados espinas. Cada espina es un punto de anclaje donde se conecta otra neurona.',
          'Las espinas delgadas son conexiones de prueba: aparecen y desaparecen. Las espinas con forma de hongo, con una cabeza grande y redonda, son conexiones establecidas que duran.',
          'Lo que sabemos sobre la forma de las espinas viene sobre todo de estudios con ratas y ratones.',
        ),
      },
      clinician: {
        title: 'Espinas dendríticas en condiciones basales',
        body: paras(
          'La mayoría de las sinapsis excitadoras de las neuronas piramidales corticales se sitúan en espinas dendríticas. Las espinas delgadas son pequeñas, móviles y se renuevan con rapidez ("espinas de aprendizaje"); las espinas en hongo tienen cabezas grandes, más receptores AMPA y son estables ("espinas de memoria"). Las espinas delgadas pueden crecer hasta convertirse en espinas en hongo a medida que la sinapsis se refuerza (Bourne & Harris 2007).',
          'El modelo parte de una mezcla sana de aproximadamente dos tercios de espinas delgadas y una cuarta parte de espinas en hongo, tomada de la anatomía en ratas y ratones. La densidad de espinas se muestra en relación con esta célula sana.',
        ),
        points: [
          'La forma de la espina refleja la fuerza de la sinapsis: una cabeza mayor significa más receptores AMPA y más estabilidad.',
          'La densidad de espinas es un indicador indirecto del número de sinapsis excitadoras de la célula.',
          'Las espinas no pueden visualizarse en pacientes vivos; la dinámica procede de ratas y ratones.',
        ],
      },
    },

    stress: {
      patient: {
        title: 'El estrés prolongado adelgaza las conexiones',
        body: paras(
          'En estudios con animales, semanas de estrés hacen que las espinas establecidas se vuelvan delgadas y puntiagudas, y muchas desaparecen. Unas ratas sometidas durante tres semanas a un estrés cambiante perdieron aproximadamente un tercio de las espinas de una zona frontal del cerebro que ayuda a regular el ánimo y las decisiones.',
          'Las neuronas no mueren. Pierden conexiones.',
          'Las espinas no se pueden contar en una persona viva, así que esta parte de la historia se basa en pruebas obtenidas en animales.',
        ),
      },
      clinician: {
        title: 'Estrés crónico: pérdida de espinas prefrontales',
        body: paras(
          'En ratas, 21 días de estrés crónico impredecible redujeron la densidad de espinas y las proteínas sinápticas en las neuronas piramidales de la capa V de la corteza prefrontal medial, con EPSC menos frecuentes y de menor amplitud (Li 2011). En ratones, la conducta de tipo depresivo se acompañó de una eliminación de espinas específica de rama en las neuronas de proyección prefrontales (Moda-Sava 2019).',
          'Se trata de una atrofia sináptica, no de muerte celular, y en animales es reversible. El modelo fija la densidad de espinas bajo estrés en alrededor de 0,7 de la sana.',
        ),
        points: [
          'Alrededor de un 30-40% menos de espinas en los modelos de estrés en roedores; las neuronas sobreviven.',
          'Menos espinas significa menos aferencias excitadoras sobre las neuronas prefrontales de salida.',
          'Las pruebas de pérdida de espinas en la depresión humana son indirectas.',
        ],
      },
    },

    infusion: {
      patient: {
        title: 'Una infusión en la clínica',
        body: paras(
          'La ketamina se administra lentamente en una vena, durante unos 40 minutos, en una clínica donde el personal vigila la presión arterial y cómo se siente la persona.',
          'En la imagen, el gotero lleva la ketamina hasta las neuronas. Su nivel sube durante la infusión y vuelve a bajar en pocas horas.',
          'En uno de los primeros estudios, con personas cuya depresión no había mejorado con otros tratamientos, la mayoría se sentía claramente mejor al día siguiente.',
        ),
      },
      clinician: {
        title: 'Ketamina 0,5 mg/kg IV en 40 minutos',
        body: paras(
          'El protocolo habitual de investigación es ketamina racémica 0,5 mg/kg en infusión de 40 minutos, una dosis subanestésica (Zarate 2006; Milak 2016). Las concentraciones plasmáticas alcanzan su pico al final de la infusión y descienden con una semivida de unas 2-3 horas.',
          'En el ensayo cruzado de Zarate, con 18 pacientes con depresión resistente al tratamiento, la ketamina se separó del placebo en 110 minutos y el 71% respondió a las 24 horas. La imagen muestra el minuto 15: la ketamina está subiendo y los receptores NMDA empiezan a bloquearse.',
        ),
        points: [
          'La ketamina IV, usada fuera de indicación, y la esketamina en espray nasal, aprobada, son productos distintos; esta escena sigue el protocolo IV de investigación.',
          'La disociación y la presión arterial se vigilan durante la infusión y después.',
          'El reloj del modelo empieza cuando empieza la infusión.',
        ],
      },
    },

    brake: {
      patient: {
        title: 'Se suelta el freno: una ráfaga de tráfico',
        body: paras(
          "Algunas neuronas funcionan como frenos: mantienen tranquilas a sus vecinas. Una idea es que la ketamina calma primero a estas células freno. Al soltar el freno, las neuronas principales envían una ráfaga de glutamato, el mensajero de 'adelante' del cerebro, como una oleada de tráfico.",
          'Los escáneres de 11 personas mostraron que el glutamato subía más de un tercio hacia el minuto 26. El mensajero calmante, el GABA, también subió, así que la idea del freno quizá sea demasiado simple.',
        ),
      },
      clinician: {
        title: 'Desinhibición y aumento de glutamato (una hipótesis)',
        body: paras(
          'Hipótesis de la desinhibición: la ketamina bloquearía de forma preferente los receptores NMDA de las interneuronas GABAérgicas con actividad tónica, liberando a las neuronas piramidales y provocando un aumento brusco de glutamato. Se apoya sobre todo en estudios con animales y está discutida.',
          'En 11 pacientes, la 1H-MRS de la corteza prefrontal medial mostró que Glx y GABA alcanzaban ambos un pico de alrededor de un 38% sobre el nivel basal hacia los 26 minutos, con cursos temporales correlacionados (Milak 2016). La 13C-MRS mostró un aumento del 13% del ciclo glutamato-glutamina durante la infusión (Abdallah 2018). El modelo sitúa el pico de actividad glutamatérgica cerca de 1,38 veces el nivel basal hacia los 26 minutos.',
        ),
        points: [
          'La MRS muestra un aumento de glutamato en personas; no puede mostrar qué células quedaron desinhibidas.',
          "Que el GABA suba junto con Glx no encaja con una secuencia simple de 'primero baja el GABA, luego sube el glutamato'.",
          'Una explicación rival: bloquear los receptores NMDA en reposo de las propias neuronas piramidales desencadena la síntesis de BDNF (Autry 2011, ratones).',
        ],
      },
    },

    crew: {
      patient: {
        title: 'La ráfaga llama a un equipo de obra',
        body: paras(
          'La ráfaga de tráfico libera una señal de crecimiento llamada BDNF. El BDNF pone en marcha un equipo de obra dentro de la célula, llamado mTOR, que fabrica las piezas necesarias para nuevos puntos de anclaje.',
          'En ratas, este equipo trabajó con más intensidad entre 30 y 60 minutos después de la ketamina y ya se había detenido hacia las dos horas. Trabaja poco tiempo, pero lo que construye puede durar.',
        ),
      },
      clinician: {
        title: 'BDNF, TrkB y un pulso breve de mTORC1',
        body: paras(
          'En la corteza prefrontal de rata, la ketamina aumentó mTOR, p70S6K y 4E-BP1 fosforilados en 30 minutos, con un pico a los 30-60 minutos y vuelta al nivel basal hacia las 2 horas; las proteínas sinápticas (PSD-95, GluR1, sinapsina I) aumentaron desde alrededor de las 2 horas y se mantuvieron elevadas unos 3 días (Li 2010). En ratones, el efecto conductual rápido requirió una síntesis rápida de BDNF (Autry 2011).',
          'El modelo encadena la actividad glutamatérgica con la señalización de TrkB y con mTORC1, cuya actividad alcanza su pico 30-60 minutos después del inicio de la infusión.',
        ),
        points: [
          'mTORC1 es un interruptor de la síntesis local de proteínas: un pulso breve construye componentes sinápticos duraderos.',
          'El curso temporal procede de ratas; la actividad de mTOR no se ha medido en el cerebro de pacientes.',
          'No todos los estudios en roedores han replicado la activación de mTORC1 por la ketamina.',
        ],
      },
    },

    early: {
      patient: {
        title: 'El ánimo puede mejorar en horas',
        body: paras(
          'En ensayos que la compararon con un gotero simulado, las personas a menudo notaban una diferencia a partir de unas dos horas, antes de que pudieran construirse nuevos puntos de anclaje. En un estudio pequeño en el que todos sabían que recibían ketamina, 10 de 11 personas estaban mucho mejor en cuatro horas.',
          'Los estudios en ratones sugieren dos etapas: la mejoría rápida no necesita espinas nuevas, pero las espinas nuevas ayudan a que dure.',
          'La cifra de alivio es un esquema didáctico, no una predicción para usted.',
        ),
      },
      clinician: {
        title: 'Inicio en horas, antes de nuevas espinas',
        body: paras(
          'En 7 ensayos aleatorizados, una sola infusión dio una odds ratio de respuesta de 9,87 a las 24 horas, con un efecto rápido pero transitorio (Newport 2015). En Milak 2016, un estudio abierto de imagen sin grupo placebo, 10 de 11 pacientes remitieron en 230 minutos; en el ensayo cruzado aleatorizado (Zarate 2006), la ketamina se separó del placebo por primera vez a los 110 minutos.',
          'En ratones, la ketamina restableció la conducta de escape antes de que se formaran espinas nuevas; eliminar ópticamente las espinas nuevas no impidió la respuesta inicial, pero la acortó (Moda-Sava 2019). La lectura de alivio es una construcción didáctica: un término rápido que sigue al aumento de glutamato más un término lento que sigue a las espinas.',
        ),
        points: [
          'Un inicio rápido apunta a un desencadenante que no espera al crecimiento de sinapsis.',
          'En ratones, las espinas mantienen la respuesta más que iniciarla.',
          'La lectura de alivio es ilustrativa, no está ajustada a datos de ensayos.',
        ],
      },
    },

    regrow: {
      patient: {
        title: 'En ratas, al día siguiente, las conexiones han vuelto',
        body: paras(
          'En ratas sometidas a estrés prolongado, una sola dosis de ketamina recuperó en 24 horas las espinas perdidas.',
          'En la imagen, primero brotan conexiones de prueba y algunas crecen hasta convertirse en conexiones establecidas.',
          'No se sabe si ocurre lo mismo en las personas, porque las espinas no se pueden ver en un cerebro humano vivo. Este paso muestra pruebas obtenidas en animales.',
        ),
      },
      clinician: {
        title: 'Espinas restablecidas a las 24 horas (roedores)',
        body: paras(
          'En ratas, una dosis de ketamina aumentó la densidad de espinas en las neuronas piramidales prefrontales de la capa V a las 24 horas, y las nuevas sinapsis funcionaban: las EPSC evocadas por serotonina e hipocretina eran mayores (Li 2010). Tras 21 días de estrés crónico impredecible, la ketamina revirtió en 24 horas el déficit de espinas y de proteínas sinápticas, un efecto dependiente de mTOR (Li 2011). En ratones, las espinas nuevas se formaron cerca de las que el estrés había eliminado (Moda-Sava 2019).',
          'El modelo devuelve la densidad de espinas de alrededor de 0,7 a alrededor de 1,0 de la sana a las 24 horas.',
        ),
        points: [
          'La sinaptogénesis rápida es la base propuesta del beneficio sostenido, demostrada en roedores.',
          'Si las espinas importan en las personas está discutido: la densidad sináptica tras la ketamina no se mide en pacientes.',
          'Las espinas recuperadas no son aleatorias: muchas reemplazan a las perdidas por el estrés.',
        ],
      },
    },

    blocked: {
      patient: {
        title: '¿Y si se bloquea al equipo de obra?',
        body: paras(
          'Para poner a prueba la idea, unos investigadores dieron a ratas rapamicina, un fármaco que detiene al equipo de obra, directamente en el cerebro antes de la ketamina. No aparecieron nuevos puntos de anclaje, y la mejoría de las ratas también desapareció.',
          'Aquí la rapamicina se usa como herramienta de investigación, no como tratamiento. En un estudio pequeño en personas, la rapamicina tomada por boca no bloqueó el efecto de la ketamina, así que la cuestión no está resuelta.',
        ),
      },
      clinician: {
        title: 'La rapamicina bloquea la sinaptogénesis en ratas',
        body: paras(
          'La rapamicina central antes de la ketamina bloqueó la señalización de mTOR, el aumento de proteínas sinápticas y de espinas, y la respuesta conductual en ratas (Li 2010), y bloqueó la reversión de los déficits por estrés (Li 2011). En el modelo, mTORC1 no puede activarse, así que las espinas se quedan cerca del nivel de estrés.',
          'La prueba en humanos fue en sentido contrario: rapamicina oral 6 mg antes de la ketamina en 20 pacientes no bloqueó la respuesta a las 24 horas y quizá la prolongó (Abdallah 2020). La administración sistémica podría no bloquear mTORC1 en el cerebro; en las personas, la explicación basada en mTOR sigue siendo una hipótesis.',
        ),
        points: [
          'Una herramienta mecanística en animales; no es un tratamiento ni forma parte de la atención con ketamina.',
          'Los datos cruzados en humanos (n = 20) van en contra de una dependencia simple de mTORC1 de la respuesta a las 24 horas.',
          'El modelo sigue el resultado en roedores: sin aumento de espinas con rapamicina.',
        ],
      },
    },

    fade: {
      patient: {
        title: 'Por qué se desvanece y por qué se repite el tratamiento',
        body: paras(
          'Después de una infusión, la mejoría del ánimo suele desvanecerse en una o dos semanas. En los ensayos, la mayor parte del beneficio había desaparecido en aproximadamente una semana. En ratones, las espinas nuevas duraron hasta dos semanas.',
          'Por eso la ketamina o la esketamina se administran en una serie de sesiones. La frecuencia la planifica su equipo médico; esta imagen no puede decírsela.',
        ),
      },
      clinician: {
        title: 'Beneficio transitorio tras una sola infusión',
        body: paras(
          'Tras una infusión, el beneficio es transitorio y en gran parte ha desaparecido en una semana en los ensayos agrupados (Newport 2015). En ratones, la densidad de espinas tras una dosis se mantuvo elevada hasta 2 semanas, por más formación de espinas y no por menos eliminación (Phoumthipphavong 2016).',
          'El tratamiento repetido se usa para mantener la respuesta: en un ensayo aleatorizado de retirada, continuar con esketamina junto con un antidepresivo oral retrasó la recaída en pacientes en remisión estable (recayó el 26,7% frente al 45,3%; Daly 2019). La imagen muestra el día 10 tras una sola infusión.',
        ),
        points: [
          'La duración, no el inicio, es la principal limitación de una infusión única.',
          'Esta escena no da ninguna pauta de tratamiento; las pautas proceden de los ensayos y de la ficha técnica.',
          'No se sabe cómo se relaciona la pérdida del beneficio en las personas con la persistencia de espinas en ratones.',
        ],
      },
    },

    caveats: {
      patient: {
        title: 'Lo que sabemos, lo que no, y los riesgos',
        body: paras(
          'La historia de las espinas viene sobre todo de ratas y ratones. En las personas, los escáneres muestran que el glutamato y el mensajero calmante suben a la vez, lo que no encaja con la historia simple del freno.',
          'La forma aprobada es la esketamina en espray nasal, que se usa junto con un antidepresivo en comprimidos y se administra bajo supervisión en una clínica. Entre sus efectos secundarios están una sensación de desconexión o de irrealidad y la subida de la presión arterial. La ketamina puede usarse de forma indebida, y el consumo recreativo intenso ha dañado la vejiga.',
        ),
      },
      clinician: {
        title: 'Advertencias: pruebas, producto y riesgos',
        body: paras(
          'Las pruebas sobre espinas y mTOR proceden de ratas y ratones; si las espinas importan en las personas está discutido. Glx y GABA aumentan juntos en la MRS (Milak 2016), así que la desinhibición sigue siendo una hipótesis. Una explicación basada en un metabolito, la (2R,6R)-hidroxinorketamina, que actúa sin bloqueo NMDA en ratones (Zanos 2016), también está discutida.',
          'La esketamina en espray nasal con un antidepresivo oral nuevo superó al antidepresivo más placebo en el día 28 (Popova 2019); está aprobada para la depresión resistente al tratamiento y se administra bajo supervisión. Riesgos: disociación, aumento de la presión arterial, potencial de uso indebido e inflamación de la vejiga (cistitis) con el consumo recreativo intenso (Short 2018).',
        ),
        points: [
          'Discutido: la desinhibición, si las espinas importan en las personas y la explicación de la hidroxinorketamina.',
          'La seguridad a largo plazo del uso repetido está poco estudiada (Short 2018).',
          'Las pruebas humanas más sólidas son de un alivio rápido y breve en la depresión resistente al tratamiento.',
        ],
      },
    },
  },

  stageAlt: {
    patient:
      'Tiempo: {t}. La ketamina está al {ketamine} de su pico; el tráfico de glutamato es {glutamate}; el equipo de obra trabaja al {mtor}; conexiones (espinas) comparadas con una célula sana: {spines}, y {mushroom} de ellas son establecidas; el alivio del ánimo en este modelo didáctico es {relief}.',
    clinician:
      'Tiempo: {t}. Ketamina {ketamine} del pico; actividad glutamatérgica {glutamate}; actividad de mTORC1 {mtor}; densidad de espinas frente a la sana {spines}; espinas en hongo {mushroom} del total; mejoría sintomática modelada {relief}.',
  },

  actors: {
    dendrite: { patient: 'Rama receptora', clinician: 'Dendrita' },
    thin: { patient: 'Conexión de prueba', clinician: 'Espina delgada' },
    mushroom: { patient: 'Conexión establecida', clinician: 'Espina en hongo' },
    brake: { patient: 'Célula freno', clinician: 'Interneurona GABA' },
    ketamine: { patient: 'Ketamina', clinician: 'Ketamina' },
    glutamate: { patient: 'Tráfico de glutamato', clinician: 'Glutamato' },
    bdnf: { patient: 'Señal de crecimiento', clinician: 'BDNF → TrkB' },
    crew: { patient: 'Equipo de obra', clinician: 'mTORC1' },
    rapamycin: { patient: 'Bloqueador del equipo', clinician: 'Rapamicina' },
  },

  phases: {
    infusion: { patient: 'infusión', clinician: 'infusión' },
  },

  describe: {
    'spines.thinned': {
      patient: 'Hay menos conexiones: {spines}, si lo basal es una célula sana.',
      clinician: 'Densidad de espinas reducida: {spines} (basal = célula sana).',
    },
    'spines.partial': {
      patient:
        'Han vuelto algunas de las conexiones perdidas: {spines}, si lo basal es una célula sana.',
      clinician: 'Densidad de espinas recuperada en parte: {spines}; espinas en hongo {mushroom}.',
    },
    'spines.partial.down': {
      patient: 'Las conexiones nuevas se van perdiendo: {spines}, si lo basal es una célula sana.',
      clinician:
        'La ganancia de espinas se desvanece: densidad {spines}; espinas en hongo {mushroom}.',
    },
    'spines.healthy': {
      patient: 'Las conexiones están en un nivel sano: {spines}.',
      clinician: 'Densidad de espinas cercana a la sana: {spines}; espinas en hongo {mushroom}.',
    },
    'spines.extra': {
      patient: 'Hay más conexiones que en una célula sana: {spines}.',
      clinician:
        'Densidad de espinas por encima de la sana: {spines}; espinas en hongo {mushroom}.',
    },
    'glutamate.baseline': {
      patient: 'El tráfico de glutamato está en su nivel habitual.',
      clinician: 'Actividad glutamatérgica en nivel basal.',
    },
    'glutamate.raised': {
      patient: 'El tráfico de glutamato ha subido: {glutamate}.',
      clinician: 'Actividad glutamatérgica elevada: {glutamate}.',
    },
    'glutamate.peak': {
      patient: 'Una ráfaga de tráfico de glutamato, cerca de su punto máximo: {glutamate}.',
      clinician: 'Aumento brusco de glutamato, cerca de su pico: {glutamate}.',
    },
    'mtor.idle': {
      patient: 'El equipo de obra no está trabajando.',
      clinician: 'mTORC1 inactivo.',
    },
    'mtor.working': {
      patient: 'El equipo de obra está trabajando: {mtor}.',
      clinician: 'mTORC1 parcialmente activo: {mtor}.',
    },
    'mtor.busy': {
      patient: 'El equipo de obra trabaja a pleno ritmo: {mtor}.',
      clinician: 'Actividad de mTORC1 alta: {mtor}.',
    },
    'relief.none': {
      patient: 'Alivio del ánimo en este modelo didáctico: poco o ninguno.',
      clinician: 'Mejoría sintomática modelada mínima ({relief}).',
    },
    'relief.some': {
      patient: 'Alivio del ánimo en este modelo didáctico: parcial, {relief}.',
      clinician: 'Mejoría sintomática modelada parcial: {relief}.',
    },
    'relief.clear': {
      patient: 'Alivio del ánimo en este modelo didáctico: claro, {relief}.',
      clinician: 'Mejoría sintomática modelada marcada: {relief}.',
    },
  },

  findings: {
    bourneharris2007:
      'Revisión, sobre todo de estudios en roedores: las espinas delgadas aparecen y desaparecen ("espinas de aprendizaje"); las espinas en hongo son grandes y estables ("espinas de memoria"); las espinas delgadas pueden convertirse en espinas en hongo.',
    li2011:
      'En ratas, 21 días de estrés crónico impredecible redujeron las espinas y las proteínas sinápticas prefrontales; una dosis de ketamina revirtió rápidamente esto y la conducta, y la rapamicina lo bloqueó.',
    modasava2019:
      'En ratones, el estrés eliminó espinas prefrontales; la ketamina las restableció cerca de donde se habían perdido. La conducta mejoró antes de que se formaran espinas nuevas; las espinas nuevas mantuvieron la mejoría.',
    zarate2006:
      'Ensayo cruzado aleatorizado en 18 personas con depresión resistente al tratamiento: ketamina 0,5 mg/kg IV superó al placebo en 110 minutos; el 71% respondió al día siguiente.',
    milak2016:
      'Espectroscopia cerebral en 11 pacientes con depresión que recibieron ketamina 0,5 mg/kg IV: Glx y GABA prefrontales alcanzaron ambos un pico de alrededor de un 38% sobre el nivel basal hacia el minuto 26; 10 de 11 remitieron en 230 min.',
    abdallah2018:
      'Espectroscopia de 13C en 21 personas (14 sanas, 7 con depresión): durante la infusión, la ketamina aumentó un 13% el ciclo glutamato-glutamina prefrontal en comparación con suero salino.',
    autry2011:
      'En ratones, el efecto rápido de tipo antidepresivo de la ketamina necesitó una síntesis rápida de BDNF, activada al bloquear los receptores NMDA en reposo (a través de la cinasa eEF2).',
    li2010:
      'En ratas, la ketamina activó la señalización de mTOR en una hora y luego aumentó las proteínas sinápticas y las sinapsis en espinas prefrontales; bloquear mTOR con rapamicina impidió ambas cosas y el efecto conductual.',
    newport2015:
      'Metanálisis de 7 ensayos aleatorizados: una infusión de ketamina produjo un efecto antidepresivo rápido pero transitorio; odds ratio de respuesta a las 24 horas de 9,87.',
    abdallah2020:
      'Ensayo cruzado en 20 pacientes con depresión: la rapamicina oral antes de la ketamina no bloqueó el efecto antidepresivo a las 24 horas y pareció prolongarlo durante dos semanas.',
    phoumthipphavong2016:
      'Imágenes repetidas en ratones vivos: tras una inyección de ketamina, la densidad de espinas frontales se mantuvo más alta hasta 2 semanas, por más formación de espinas y no por menos pérdida.',
    daly2019:
      'Ensayo aleatorizado de retirada: en personas en remisión estable, continuar con esketamina en espray nasal y un antidepresivo oral redujo a la mitad el riesgo de recaída (recayó el 26,7% frente al 45,3%).',
    popova2019:
      'Ensayo de fase 3 (TRANSFORM-2, 227 aleatorizados): la esketamina en espray nasal más un antidepresivo oral nuevo superó al antidepresivo más espray placebo en el día 28; la disociación y las náuseas fueron frecuentes.',
    short2018:
      'Revisión sistemática de 60 estudios: la disociación, el aumento de la presión arterial y otros efectos adversos agudos son frecuentes tras la ketamina; la seguridad a largo plazo tras el uso repetido está poco estudiada.',
    zanos2016:
      'En ratones, un metabolito de la ketamina, la (2R,6R)-hidroxinorketamina, tuvo efectos de tipo antidepresivo sin bloqueo de los receptores NMDA; otros laboratorios lo han discutido.',
  },
};
