/**
 * Todas las palabras de la escena `bdnf` en español, en dos vocabularios: `patient` (palabras
 * sencillas, de usted, para quien se sienta junto al profesional) y `clinician` (receptores,
 * cifras y dónde se discute la ciencia). Mismas claves y {marcadores} que strings.en.ts. Las
 * metáforas siguen shared/science/bdnf.md: el BDNF es abono, TrkB su receptor en las raíces, un
 * cerebro con depresión «un césped que se ha quedado un poco ralo»; adelgazar no es morir. El BDNF
 * en sangre es un reflejo pobre y no cambia con la EMT; los datos de ramas vienen de animales.
 * Texto plano; los párrafos se separan con una línea en blanco. Ningún consejo sobre dosis.
 */
import type { SceneStrings } from '../types';

/** Une párrafos con la línea en blanco que separa el panel de la historia. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Abono para el cerebro, y por qué necesita semanas',
    clinician: 'BDNF, dendritas y la latencia de los antidepresivos',
  },

  params: {
    stress: { patient: 'Depresión o estrés prolongado', clinician: 'Depresión / estrés crónico' },
    treatment: { patient: 'Tratamiento', clinician: 'Tratamiento' },
    startDay: {
      patient: 'El tratamiento empieza el día',
      clinician: 'Inicio del tratamiento (día)',
    },
  },

  options: {
    'treatment.none': { patient: 'Sin tratamiento', clinician: 'Ninguno' },
    'treatment.ssri': { patient: 'Antidepresivo (ISRS)', clinician: 'ISRS' },
    'treatment.snri': { patient: 'Antidepresivo (IRSN)', clinician: 'IRSN' },
    'treatment.lithium': { patient: 'Litio', clinician: 'Litio' },
    'treatment.ect': { patient: 'Terapia electroconvulsiva (TEC)', clinician: 'TEC' },
    'treatment.tms': { patient: 'Estimulación magnética (EMT)', clinician: 'EMTr' },
    'treatment.exercise': { patient: 'Ejercicio', clinician: 'Ejercicio aeróbico' },
  },

  paramHelp: {
    stress: {
      patient:
        'La depresión y el estrés prolongado probablemente van con menos abono y ramas más delgadas. Lo de las ramas viene de estudios con animales.',
      clinician:
        'BDNF cerebral en torno a 0,65 del sano, longitud dendrítica en torno a 0,7: el BDNF sérico es menor en la depresión (Molendijk 2014); las dendritas, de modelos de estrés en roedores.',
    },
    treatment: {
      patient:
        'En qué se basa cada uno: antidepresivos, análisis de sangre en personas y estudios del cerebro en animales; TEC, sube en sangre en personas, sin relación con la mejoría; litio, un pequeño estudio en sangre; EMT, ningún cambio en sangre; ejercicio, sobre todo estudios con animales.',
      clinician:
        'ISRS/IRSN: metanálisis en sangre más datos cerebrales en ratas. TEC: BDNF en sangre aumenta, sin seguir la respuesta. Litio: un estudio no controlado (n = 10, manía). EMT: sangre sin cambios; el efecto cerebral se supone a partir de animales. Ejercicio: datos cerebrales en animales, pequeños aumentos en sangre.',
    },
    startDay: {
      patient: 'Mueva el inicio para ver que la espera empieza cuando empieza el tratamiento.',
      clinician:
        'Día de inicio del tratamiento (0-28). El gráfico sombrea los 3 primeros días y las semanas 2-6 posteriores.',
    },
  },

  readouts: {
    bdnf: { patient: 'Abono en el cerebro', clinician: 'BDNF cerebral' },
    serum: { patient: 'Abono en un análisis de sangre', clinician: 'BDNF sérico' },
    dendrites: { patient: 'Longitud de las ramas', clinician: 'Longitud dendrítica' },
    relief: { patient: 'Alivio del ánimo (modelo)', clinician: 'Mejoría de síntomas (modelo)' },
  },

  steps: {
    healthy: {
      patient: {
        title: 'Una célula nerviosa sana, como un césped sano',
        body: paras(
          'Las células nerviosas reciben mensajes en sus ramas. Un abono natural llamado BDNF mantiene esas ramas creciendo y bien conectadas, un poco como el abono mantiene un césped tupido y verde.',
          'El BDNF actúa al posarse en unos receptores llamados TrkB, que están en las ramas como raíces que absorben el abono.',
          'Lo que sabemos de las ramas y del BDNF dentro del cerebro viene sobre todo de estudios con animales.',
        ),
      },
      clinician: {
        title: 'BDNF y TrkB mantienen la arborización dendrítica',
        body: paras(
          'El factor neurotrófico derivado del cerebro (BDNF) se libera con la actividad neuronal y señaliza a través de su receptor TrkB para sostener el crecimiento dendrítico, las espinas y la plasticidad sináptica, sobre todo en el hipocampo y la corteza prefrontal. En ratas, el BDNF y TrkB se expresan en todo el hipocampo y los tratamientos antidepresivos los regulan (Nibuya 1995).',
          'El modelo parte de una neurona sana: BDNF cerebral, BDNF sérico y longitud dendrítica valen 1,0; cualquier otro estado se muestra como múltiplo de esta referencia.',
        ),
        points: [
          'La metáfora para el paciente: el BDNF es abono y TrkB el receptor en las raíces.',
          'La arborización dendrítica no puede medirse en pacientes vivos; esta capa se basa en ratas y otros animales.',
          'Las lecturas son múltiplos de la referencia sana, no concentraciones.',
        ],
      },
    },

    thinning: {
      patient: {
        title: 'Depresión y estrés: un césped que se ha quedado ralo',
        body: paras(
          'En la depresión y el estrés prolongado probablemente hay menos de este abono en el cerebro. Análisis de sangre de miles de personas muestran, en promedio, un BDNF más bajo en la depresión; el cerebro vivo no se puede medir directamente.',
          'En estudios con animales, tres semanas de estrés diario acortaron las ramas de una zona del cerebro ligada a la memoria, más o menos entre una quinta parte y un tercio. Las células no murieron: el césped se quedó ralo, no lo arrancaron.',
          'En ratas, las ramas volvieron a crecer en unos diez días una vez que terminó el estrés.',
        ),
      },
      clinician: {
        title: 'Menos BDNF, dendritas retraídas, no muerte celular',
        body: paras(
          'La depresión sin medicación se asocia a un BDNF sérico más bajo (d = -0,71; -0,47 corregido por sesgo de publicación; Molendijk 2014). En ratas, 21 días de estrés por inmovilización causaron atrofia de las dendritas apicales de CA3 (Watanabe 1992); en musarañas arborícolas, 28 días de estrés social redujeron los puntos de ramificación y la longitud apicales (Magariños 1996), en torno a un 20-35 % en estos modelos animales.',
          'Se trata de retracción, no de pérdida neuronal, y es reversible: en ratas, las dendritas apicales prelímbicas retraídas tras 10 días de inmovilización se parecían a las de los controles tras 10 días de descanso (Moench 2017). El modelo sitúa el BDNF cerebral con estrés cerca de 0,65 y la longitud dendrítica cerca de 0,7.',
        ),
        points: [
          'El BDNF sérico es más bajo en la depresión en promedio; no sirve para diagnosticar a nadie.',
          'La atrofia dendrítica es reversible en animales: un césped ralo, no arrancado.',
          'La evidencia de atrofia dendrítica en personas con depresión es indirecta.',
        ],
      },
    },

    start: {
      patient: {
        title: 'Día 3: todavía no se ve nada',
        body: paras(
          'Empieza un tratamiento. El medicamento llega pronto al cerebro, pero el abono no aparece enseguida. Primero la célula tiene que encender su receta de abono, el gen del BDNF. Luego fabrica el abono, y solo entonces pueden crecer las ramas.',
          'En ratas, una sola dosis de un antidepresivo no aumentó el BDNF en el cerebro; semanas de tratamiento, sí.',
          'Por eso el día 3 todavía no se ve nada, y es lo esperable.',
        ),
      },
      clinician: {
        title: 'Por qué los primeros días no muestran nada',
        body: paras(
          'En ratas, la administración repetida, pero no única, de varias clases de antidepresivos aumentó el ARNm de BDNF y de TrkB en el hipocampo, y las crisis electroconvulsivas repetidas lo hicieron de forma marcada (Nibuya 1995). La latencia está en la inducción génica, la síntesis de proteínas y el crecimiento, no en alcanzar la diana del fármaco.',
          'En el modelo, el tratamiento actúa mediante un efecto crónico lento que enciende el gen del BDNF a lo largo de una semana aproximadamente. En el día 3, el BDNF cerebral, el BDNF sérico y la longitud dendrítica siguen en la línea de base con estrés.',
        ),
        points: [
          'La unión a la diana es rápida; la cascada neurotrófica es lenta.',
          'El curso temporal viene de ratas: semanas de administración, no una dosis única.',
          'Que no se vea nada en el día 3 es lo esperable, no una señal de que el tratamiento haya fallado.',
        ],
      },
    },

    regrow: {
      patient: {
        title: 'Semanas 2 a 6: el césped se rellena',
        body: paras(
          'En las semanas siguientes el abono vuelve a acumularse y las ramas empiezan a crecer de nuevo, como las zonas ralas de un césped que se van rellenando.',
          'Las ramas crecen después de que ha subido el abono, así que van por detrás de él.',
          'Los análisis de sangre muestran, en promedio, más BDNF tras semanas de tratamiento antidepresivo. Las ramas que vuelven a crecer solo se han visto en estudios con animales.',
        ),
      },
      clinician: {
        title: 'Semanas 2-6: sube el BDNF, las dendritas lo siguen',
        body: paras(
          'Los estudios en sangre agrupados muestran que el BDNF aumenta tras el tratamiento antidepresivo (tamaño del efecto 0,62; 20 estudios; 1504 personas; Brunoni 2008; Sen 2008). En el modelo, el BDNF cerebral se recupera en 4-8 semanas y la señalización de TrkB impulsa un rebrote dendrítico que va por detrás del BDNF.',
          'El rebrote se modela con datos de recuperación en animales: en ratas, las dendritas prefrontales retraídas recuperaron la forma de los controles en 10 días al terminar el estrés (Moench 2017). No se ha medido directamente si los antidepresivos hacen rebrotar dendritas en pacientes.',
        ),
        points: [
          'Orden en el modelo: gen, luego BDNF, luego señalización de TrkB, luego ramas.',
          'El BDNF en sangre sube con el tratamiento en promedio; es un indicador tardío y ruidoso.',
          'El rebrote de ramas en pacientes se infiere, no se observa.',
        ],
      },
    },

    weeks: {
      patient: {
        title: 'Por qué esto encaja con las semanas que necesitan los antidepresivos',
        body: paras(
          'Como el abono hay que fabricarlo y las ramas tienen que crecer, todo el proceso dura semanas, no días. Eso coincide con lo que notan muchas personas: los antidepresivos suelen necesitar varias semanas antes de que el ánimo mejore con claridad.',
          'La línea del ánimo en el gráfico es un esquema didáctico que sigue a las ramas. No es una predicción para usted, y la recuperación rara vez es una línea recta.',
        ),
      },
      clinician: {
        title: 'Un mecanismo lento para una respuesta lenta',
        body: paras(
          'La hipótesis neurotrófica (Duman 2006) ofrece una explicación de la latencia terapéutica: las dianas del fármaco se ocupan en horas, pero el efecto propuesto pasa por la expresión génica y el crecimiento estructural a lo largo de semanas. En Brunoni 2008, el cambio del BDNF en sangre se correlacionó con el cambio en las puntuaciones de depresión (p = 0,02), una asociación en personas.',
          'El alivio en el modelo es una construcción didáctica que sigue la longitud dendrítica y la señalización de TrkB; no está ajustado a datos de ensayos. No se excluyen otras explicaciones de la latencia.',
        ),
        points: [
          'La latencia encaja con la hipótesis neurotrófica; encajar no es probar.',
          'La curva de alivio es ilustrativa, no un pronóstico para un paciente concreto.',
          'La correlación entre BDNF y síntomas es una asociación de grupo, no un marcador individual.',
        ],
      },
    },

    compare: {
      patient: {
        title: 'Otros tratamientos: TEC y litio',
        body: paras(
          'La terapia electroconvulsiva (TEC) es uno de los tratamientos más eficaces para la depresión grave, y en la imagen actúa más rápido. Tras un ciclo de TEC, el BDNF en sangre sube, pero esa subida no se relaciona con cuánto mejoran las personas. Así que el BDNF puede ser parte de la historia, o solo una señal de que algo está cambiando.',
          'El litio, que se usa en el trastorno bipolar, aumentó el BDNF en sangre en cuatro semanas en un estudio pequeño.',
        ),
      },
      clinician: {
        title: 'TEC y litio: el BDNF sube, su relación con la respuesta no está clara',
        body: paras(
          'Tras la TEC, el BDNF en sangre aumentó (g = 0,35; 11 estudios; n = 221) sin asociación con la mejoría clínica en la metarregresión (Brunoni 2014). En personas aumentó el BDNF plasmático, pero no el sérico (g = 0,72 frente a 0,14), y la relación con la conducta fue inconsistente (Polyakova 2015).',
          'Litio: en 10 personas con manía bipolar, el BDNF plasmático aumentó tras 28 días de monoterapia, sin relación significativa con la mejoría (de Sousa 2011). En el modelo, la TEC actúa más rápido y con más fuerza que los fármacos, con una pequeña parte que llega al suero.',
        ),
        points: [
          'Asociación no es causa: el BDNF sube tras la TEC responda o no el paciente.',
          'Suero y plasma discrepan tras la TEC, un motivo más para desconfiar del BDNF en sangre como medida.',
          'El estudio de litio fue pequeño (n = 10), no controlado y en manía, no en depresión.',
        ],
      },
    },

    other: {
      patient: {
        title: 'El ejercicio, y la terapia de conversación',
        body: paras(
          'El ejercicio es un abono potente en estudios con animales: tres semanas corriendo aumentaron el BDNF en el cerebro y evitaron que bajara durante el estrés. En personas, el BDNF en sangre sube tras el ejercicio, un poco más con el entrenamiento regular.',
          'La psicoterapia ayuda a muchas personas con depresión. Imaginamos que también puede nutrir el césped, pero nadie puede medir el BDNF dentro de un cerebro vivo, así que esta parte es una suposición.',
        ),
      },
      clinician: {
        title: 'El ejercicio, y una psicoterapia que no podemos medir',
        body: paras(
          'En animales, 3 semanas de carrera voluntaria en rueda aumentaron la proteína BDNF del hipocampo y evitaron su caída tras el estrés por inmovilización (Adlard 2004). En personas, el BDNF en sangre aumentó tras una sola sesión de ejercicio (g = 0,46) y ligeramente en reposo tras ejercicio regular (g = 0,28; Szuhany 2015, 29 estudios).',
          'La psicoterapia es eficaz en la depresión, e imaginamos que actúa sobre la misma plasticidad, pero el BDNF cerebral no puede medirse en personas vivas. Por eso el modelo no tiene opción de psicoterapia.',
        ),
        points: [
          'Ejercicio: evidencia sólida en animales para el BDNF cerebral; en personas, sobre todo subidas agudas en sangre.',
          'Psicoterapia: aquí es una hipótesis, no un efecto medido sobre el BDNF.',
          'La metáfora del césped sirve para cualquier tratamiento que restablezca la plasticidad, no solo para los fármacos.',
        ],
      },
    },

    blood: {
      patient: {
        title: 'Un análisis de sangre no es una ventana al cerebro',
        body: paras(
          'La mayor parte del BDNF de una muestra de sangre está guardada en las plaquetas, unas células diminutas que ayudan a coagular la sangre, así que el BDNF en sangre es solo un eco aproximado y tardío del cerebro. No es una prueba para la depresión ni para saber si un tratamiento funciona.',
          'La estimulación magnética (EMT) puede ayudar a personas con depresión, y sin embargo, en estudios en personas, el BDNF en sangre no cambia con la EMT. Aquí el indicador de sangre se queda plano. Lo que pasa dentro del cerebro no se sabe.',
        ),
      },
      clinician: {
        title: 'El BDNF sérico es un indicador pobre; la EMT no lo cambia',
        body: paras(
          'El BDNF sérico refleja sobre todo las reservas plaquetarias liberadas al coagular, y suero y plasma pueden discrepar (Polyakova 2015). Es más bajo en la depresión en promedio (Molendijk 2014), pero es un indicador de grupo, no una prueba diagnóstica ni de seguimiento.',
          'Tras EMTr o tDCS en la depresión, el BDNF en sangre no cambió (g = 0,03; 8 conjuntos de datos; n = 259; Brunoni 2015). El modelo mantiene plano el BDNF sérico con la EMT; su pequeño efecto cerebral es una suposición a partir de trabajos con animales, no una medida en personas.',
        ),
        points: [
          'Ningún cambio del BDNF en sangre tras la EMT en estudios en personas; el modelo no finge lo contrario.',
          'El BDNF sérico es una medida de investigación, no una prueba clínica.',
          'Un indicador de sangre plano no demuestra que nada haya cambiado en el cerebro, ni lo contrario.',
        ],
      },
    },

    caveats: {
      patient: {
        title: 'Lo que sabemos y lo que no',
        body: paras(
          'La idea del abono es una imagen útil, pero no está demostrada. El BDNF en sangre sube con varios tratamientos, pero tras la TEC la subida no coincidió con quién mejoró: una relación no es lo mismo que una causa.',
          'Lo de las ramas viene de ratas y otros animales. Un estudio más reciente en ratones y en células sugiere que los antidepresivos también podrían actuar directamente sobre las raíces, el receptor TrkB. Los científicos todavía lo debaten.',
        ),
      },
      clinician: {
        title: 'Salvedades: hipótesis plausible, no mecanismo demostrado',
        body: paras(
          'La hipótesis neurotrófica (Duman 2006) es plausible pero no está demostrada. El BDNF sérico es un indicador pobre, y su aumento tras la TEC no sigue la respuesta (Brunoni 2014; Polyakova 2015): asociación no es causa. La atrofia y el rebrote dendríticos son datos en animales.',
          'En células y ratones, la fluoxetina, la imipramina y la ketamina se unieron al dominio transmembrana de TrkB, y mutar ese sitio alteró sus efectos (Casarotto 2021). Esto está discutido: un solo grupo, a la espera de replicación independiente y de evidencia en personas.',
        ),
        points: [
          'Discutido o abierto: si el BDNF es necesario para la respuesta en pacientes, y la unión directa a TrkB.',
          'El BDNF en sangre no es una prueba, y el BDNF cerebral no puede medirse en personas vivas.',
          'Los datos de ramas son de animales; la imagen del césped es una hipótesis que encaja con la latencia.',
        ],
      },
    },
  },

  stageAlt: {
    patient:
      'El {t}: abono (BDNF) en el cerebro comparado con un cerebro sano: {bdnf}; en un análisis de sangre: {serum}; longitud de las ramas comparada con la sana: {dendrites}; alivio del ánimo en este modelo didáctico: {relief}.',
    clinician:
      'En el {t}: BDNF cerebral frente al sano {bdnf}; BDNF sérico {serum}; longitud dendrítica {dendrites}; mejoría de síntomas modelada {relief}.',
  },

  actors: {
    neuron: { patient: 'Célula nerviosa', clinician: 'Neurona piramidal' },
    branches: { patient: 'Ramas', clinician: 'Dendritas' },
    bdnf: { patient: 'Abono (BDNF)', clinician: 'BDNF' },
    trkb: { patient: 'Raíces que lo absorben', clinician: 'Receptor TrkB' },
    gene: { patient: 'Receta del abono', clinician: 'Gen del BDNF' },
    lawn: { patient: 'El césped', clinician: 'Césped (metáfora)' },
    blood: { patient: 'Muestra de sangre', clinician: 'BDNF sérico' },
    brain: { patient: 'En el cerebro', clinician: 'BDNF cerebral (modelo)' },
    healthy: { patient: 'Nivel sano', clinician: 'Nivel sano' },
  },

  phases: {
    early: { patient: 'día 3: aún no se ve nada', clinician: 'días 0-3: aún sin cambios' },
    regrow: {
      patient: 'semanas 2-6: rebrotan las ramas',
      clinician: 'semanas 2-6: sube BDNF, rebrote',
    },
  },

  describe: {
    'bdnf.low': {
      patient: 'El abono en el cerebro está bajo: {bdnf}.',
      clinician: 'BDNF cerebral bajo, en el rango de estrés: {bdnf}.',
    },
    'bdnf.partway': {
      patient: 'El abono en el cerebro se ha recuperado en parte: {bdnf}.',
      clinician: 'BDNF cerebral recuperado en parte: {bdnf}.',
    },
    'bdnf.healthy': {
      patient: 'El abono en el cerebro está en un nivel sano: {bdnf}.',
      clinician: 'BDNF cerebral cerca del nivel sano: {bdnf}.',
    },
    'bdnf.above': {
      patient: 'El abono en el cerebro está por encima del nivel sano: {bdnf}.',
      clinician: 'BDNF cerebral por encima del nivel sano: {bdnf}.',
    },
    'dendrites.thin': {
      patient: 'Las ramas están delgadas: longitud {dendrites}.',
      clinician: 'Dendritas retraídas: longitud {dendrites}.',
    },
    'dendrites.partial': {
      patient: 'Las ramas han vuelto a crecer en parte: longitud {dendrites}.',
      clinician: 'Dendritas rebrotadas en parte, por detrás del BDNF: longitud {dendrites}.',
    },
    'dendrites.full': {
      patient: 'Las ramas están completas: longitud {dendrites}.',
      clinician: 'Longitud dendrítica cerca de la sana: {dendrites}.',
    },
    'relief.none': {
      patient: 'Alivio del ánimo en este modelo didáctico: ninguno ({relief}).',
      clinician: 'Mejoría de síntomas modelada: ninguna ({relief}).',
    },
    'relief.starting': {
      patient: 'El ánimo empieza a mejorar en este modelo didáctico: {relief}.',
      clinician: 'Mejoría modelada incipiente: {relief}.',
    },
    'relief.partial': {
      patient: 'El ánimo ha mejorado en parte en este modelo didáctico: {relief}.',
      clinician: 'Mejoría modelada parcial: {relief}.',
    },
    'relief.clear': {
      patient: 'El ánimo ha mejorado claramente en este modelo didáctico: {relief}.',
      clinician: 'Mejoría modelada clara: {relief}, ilustrativa, no un pronóstico.',
    },
    'serum.low': {
      patient:
        'Un análisis de sangre mostraría poco abono: {serum}, solo un eco aproximado del cerebro.',
      clinician: 'BDNF sérico bajo: {serum}, un indicador pobre del cerebro.',
    },
    'serum.partway': {
      patient: 'Un análisis de sangre mostraría algo más de abono: {serum}.',
      clinician: 'BDNF sérico algo elevado: {serum}.',
    },
    'serum.healthy': {
      patient: 'Un análisis de sangre mostraría un nivel sano: {serum}.',
      clinician: 'BDNF sérico cerca del nivel sano: {serum}.',
    },
  },

  findings: {
    molendijk2014:
      'Metanálisis de 179 asociaciones (N = 9484): BDNF sérico más bajo en la depresión sin medicación (d = -0,71; -0,47 tras corregir el sesgo de publicación).',
    brunoni2008:
      'Metanálisis de 20 estudios (1504 personas): el BDNF en sangre aumentó tras el tratamiento antidepresivo (tamaño del efecto 0,62), y su cambio se correlacionó con el cambio de los síntomas.',
    sen2008:
      'Metanálisis: BDNF sérico más bajo en la depresión (11 estudios, N = 748) y más alto tras un ciclo de tratamiento antidepresivo (8 estudios, N = 220).',
    brunoni2014:
      'Metanálisis de 11 estudios (n = 221): el BDNF en sangre aumentó tras la TEC (g = 0,35), pero el aumento no se asoció con la mejoría de la depresión.',
    polyakova2015:
      'Metanálisis: la TEC aumentó el BDNF plasmático pero no el sérico en personas (g = 0,72 frente a 0,14); las crisis electroconvulsivas aumentaron el BDNF cerebral en animales; la relación con la conducta fue inconsistente.',
    brunoni2015:
      'Metanálisis de 8 conjuntos de datos (n = 259) en depresión: el BDNF en sangre no cambió tras EMTr o tDCS (g = 0,03).',
    desousa2011:
      'Estudio pequeño no controlado, 10 personas en manía bipolar: el BDNF plasmático aumentó tras 28 días de litio en monoterapia, sin relación significativa con la mejoría clínica.',
    szuhany2015:
      'Metanálisis de 29 estudios (N = 1111): el BDNF en sangre aumentó tras una sesión de ejercicio (g = 0,46) y ligeramente en reposo tras ejercicio regular (g = 0,28).',
    nibuya1995:
      'En ratas, las crisis electroconvulsivas repetidas y semanas (no dosis únicas) de varias clases de antidepresivos aumentaron el ARNm de BDNF y de TrkB en el hipocampo.',
    watanabe1992:
      'En ratas, 21 días de estrés diario por inmovilización atrofiaron las dendritas apicales de las neuronas CA3 del hipocampo; las dendritas basales no cambiaron.',
    magarinos1996:
      'En musarañas arborícolas (animales), 28 días de estrés social redujeron los puntos de ramificación y la longitud total de las dendritas apicales de CA3; la densidad de espinas no cambió.',
    moench2017:
      'En ratas macho, 10 días de estrés por inmovilización retrajeron las dendritas apicales prelímbicas; tras 10 días de recuperación se parecían a las de ratas sin estrés.',
    adlard2004:
      'En animales con rueda para correr durante 3 semanas, la proteína BDNF del hipocampo aumentó y se evitó su caída tras el estrés por inmovilización.',
    casarotto2021:
      'En células y ratones: la fluoxetina, la imipramina y la ketamina se unieron al dominio transmembrana de TrkB; mutar ese sitio alteró sus efectos sobre la plasticidad y la conducta.',
    duman2006:
      'Revisión que propone el modelo neurotrófico: el estrés reduce y los antidepresivos aumentan el BDNF en regiones límbicas; se basa sobre todo en datos en animales, una hipótesis.',
  },
};
