/**
 * The bundled pictogram subset: OpenMoji 17.0.0 (CC BY-SA 4.0), colour SVGs
 * copied unchanged into public/pictograms/<hex>.svg. Only these ship. Records
 * name a pictogram by its key, never by file, so the set can change its art
 * without touching data. Each has one word per language (nl, fr, en); the
 * coach's search also knows the extra keywords in pictogramKeywords.ts, kept
 * apart so the member's first screen does not carry them.
 */
export interface Pictogram {
  readonly hex: string;
  /** The word that names the picture, per language: screen readers and speech use it. */
  readonly nl: string;
  readonly fr: string;
  readonly en: string;
}

const p = (hex: string, nl: string, fr: string, en: string): Pictogram => ({ hex, nl, fr, en });

export const PICTOGRAMS = {
  // Work actions and tools
  screwdriver: p('1FA9B', 'schroevendraaier', 'tournevis', 'screwdriver'),
  'nut-bolt': p('1F529', 'moer', 'écrou', 'nut'),
  package: p('1F4E6', 'doos', 'boîte', 'box'),
  label: p('1F3F7', 'etiket', 'étiquette', 'label'),
  count: p('1F9EE', 'tellen', 'compter', 'count'),
  barcode: p('E1D9', 'scannen', 'scanner', 'scan'),
  scales: p('2696', 'wegen', 'peser', 'weigh'),
  sort: p('1F5C2', 'sorteren', 'trier', 'sort'),
  basket: p('1F9FA', 'mand', 'panier', 'basket'),
  scissors: p('2702', 'knippen', 'couper', 'cut'),
  hammer: p('1F528', 'hamer', 'marteau', 'hammer'),
  wrench: p('1F527', 'sleutel', 'clé', 'wrench'),
  toolbox: p('1F9F0', 'gereedschap', 'outils', 'tools'),
  magnifier: p('1F50D', 'controleren', 'contrôler', 'check'),
  clipboard: p('1F4CB', 'lijst', 'liste', 'list'),
  broom: p('1F9F9', 'vegen', 'balayer', 'sweep'),
  sponge: p('1F9FD', 'poetsen', 'nettoyer', 'clean'),
  bucket: p('1FAA3', 'emmer', 'seau', 'bucket'),
  recycle: p('267B', 'afval', 'déchets', 'waste'),
  cart: p('1F6D2', 'kar', 'chariot', 'cart'),
  factory: p('1F3ED', 'fabriek', 'usine', 'factory'),
  worker: p('1F9D1-200D-1F3ED', 'arbeider,werken', 'ouvrier,travailler', 'worker,work'),
  plug: p('1F50C', 'stekker', 'prise', 'plug'),
  gear: p('2699', 'machine', 'machine', 'machine'),
  // OpenMoji has no roll of tape; the adhesive strip stands in for it.
  tape: p('1FA79', 'plakband', 'ruban adhésif', 'tape'),
  ruler: p('1F4CF', 'meten', 'mesurer', 'measure'),
  puzzle: p('1F9E9', 'stuk ontbreekt', 'pièce manquante', 'missing part'),
  broken: p('1F4A5', 'kapot', 'cassé', 'broken'),
  drop: p('1F4A7', 'vuil', 'sale', 'dirty'),
  colour: p('1F3A8', 'kleur', 'couleur', 'colour'),
  stop: p('1F6D1', 'stop', 'stop', 'stop'),
  // Protective equipment
  gloves: p('1F9E4', 'handschoenen', 'gants', 'gloves'),
  goggles: p('1F97D', 'veiligheidsbril', 'lunettes de sécurité', 'safety glasses'),
  vest: p('1F9BA', 'veiligheidsvest', 'gilet de sécurité', 'safety vest'),
  helmet: p('26D1', 'helm', 'casque', 'helmet'),
  'ear-protection': p('1F3A7', 'gehoorbescherming', 'protection auditive', 'ear protection'),
  mask: p('1F637', 'mondmasker', 'masque', 'mask'),
  // Needs and help
  break: p('2615', 'pauze', 'pause', 'break'),
  toilet: p('1F6BD', 'toilet', 'toilettes', 'toilet'),
  help: p('1F64B', 'hulp', 'aide', 'help'),
  sos: p('1F198', 'noodgeval', 'urgence', 'emergency'),
  'not-sure': p('1F937', 'twijfel', 'doute', 'not sure'),
  unwell: p('1F912', 'ziek', 'malade', 'unwell'),
  // A help call that could not leave the tablet: the member walks to the coach.
  walk: p('1F6B6', 'stappen', 'marcher', 'walk'),
  // Feelings
  'face-good': p('1F642', 'goed', 'bien', 'good'),
  'face-unsure': p('1F610', 'gaat wel', 'moyen', 'not sure'),
  'face-bad': p('1F641', 'niet goed', 'pas bien', 'not good'),
  'face-great': p('1F600', 'heel goed', 'très bien', 'very good'),
  'face-awful': p('1F622', 'heel slecht', 'très mal', 'very bad'),
  'battery-low': p('1FAAB', 'weinig energie', 'peu d’énergie', 'low energy'),
  'battery-full': p('1F50B', 'veel energie', 'pleine énergie', 'lots of energy'),
  muscle: p('1F4AA', 'sterk', 'fort', 'strong'),
  tired: p('1F634', 'moe', 'fatigué', 'tired'),
  energy: p('26A1', 'energie', 'énergie', 'energy'),
  talk: p('1F4AC', 'praten', 'parler', 'talk'),
  // Interface
  speaker: p('1F50A', 'spreken', 'parler', 'speak'),
  'speaker-off': p('1F507', 'geen stem', 'muet', 'no voice'),
  done: p('2705', 'klaar', 'fini', 'done'),
  no: p('274C', 'nee', 'non', 'no'),
  next: p('27A1', 'volgende', 'suivant', 'next'),
  back: p('2B05', 'terug', 'retour', 'back'),
  plus: p('2795', 'meer', 'plus', 'more'),
  // Orders and the team's figures
  truck: p('1F69A', 'bestelling', 'commande', 'order'),
  chart: p('1F4CA', 'cijfers', 'chiffres', 'figures'),
  rush: p('1F6A8', 'spoed', 'urgent', 'rush'),
  minus: p('2796', 'minder', 'moins', 'less'),
  home: p('1F3E0', 'begin', 'accueil', 'home'),
  timer: p('23F1', 'timer', 'minuteur', 'timer'),
  clock: p('23F0', 'tijd', 'heure', 'time'),
  calendar: p('1F4C5', 'dag', 'jour', 'day'),
  camera: p('1F4F7', 'foto', 'photo', 'photo'),
  link: p('1F517', 'koppelen', 'lier', 'link'),
  lock: p('1F512', 'slot', 'cadenas', 'lock'),
  signal: p('1F4F6', 'netwerk', 'réseau', 'network'),
  cloud: p('2601', 'server', 'serveur', 'server'),
  refresh: p('1F504', 'vernieuwen', 'actualiser', 'refresh'),
  warning: p('26A0', 'let op', 'attention', 'warning'),
  exit: p('1F6AA', 'afmelden', 'se déconnecter', 'sign out'),
  yes: p('1F44D', 'ja', 'oui', 'yes'),
  'thumbs-down': p('1F44E', 'nee', 'non', 'no'),
  undo: p('21A9', 'ongedaan maken', 'annuler', 'undo'),
  numbers: p('1F522', 'cijfers', 'chiffres', 'numbers'),
  microphone: p('1F3A4', 'opnemen', 'enregistrer', 'record'),
  pencil: p('270F', 'bewerken', 'modifier', 'edit'),
  memo: p('1F4DD', 'kaart', 'fiche', 'card'),
  trash: p('1F5D1', 'verwijderen', 'supprimer', 'delete'),
  up: p('2B06', 'omhoog', 'monter', 'up'),
  down: p('2B07', 'omlaag', 'descendre', 'down'),
  key: p('1F511', 'coach', 'coach', 'coach'),
  info: p('2139', 'informatie', 'information', 'information'),
  eye: p('1F441', 'gezien', 'vu', 'seen'),
  play: p('25B6', 'start', 'démarrer', 'start'),
  pause: p('23F8', 'pauzeren', 'pause', 'pause'),
  hourglass: p('23F3', 'zandloper', 'sablier', 'hourglass'),
  star: p('2B50', 'belangrijk', 'important', 'important'),
  person: p('1F464', 'persoon', 'personne', 'person'),
  book: p('1F4D6', 'lezen', 'lire', 'read'),
  /** A card shown in another language than the member's own (the card lacks theirs). */
  language: p('1F310', 'taal', 'langue', 'language'),
  check: p('2714', 'vinkje', 'coche', 'tick'),
  // Pictogram PIN: nine pictures that are easy to tell apart and to name.
  apple: p('1F34E', 'appel', 'pomme', 'apple'),
  car: p('1F697', 'auto', 'voiture', 'car'),
  sun: p('2600', 'zon', 'soleil', 'sun'),
  heart: p('2764', 'hart', 'cœur', 'heart'),
  tree: p('1F333', 'boom', 'arbre', 'tree'),
  ball: p('26BD', 'bal', 'ballon', 'ball'),
  flower: p('1F338', 'bloem', 'fleur', 'flower'),
  fish: p('1F41F', 'vis', 'poisson', 'fish'),
  // Avatars
  dog: p('1F436', 'hond', 'chien', 'dog'),
  cat: p('1F431', 'kat', 'chat', 'cat'),
  fox: p('1F98A', 'vos', 'renard', 'fox'),
  bear: p('1F43B', 'beer', 'ours', 'bear'),
  panda: p('1F43C', 'panda', 'panda', 'panda'),
  rabbit: p('1F430', 'konijn', 'lapin', 'rabbit'),
  tiger: p('1F42F', 'tijger', 'tigre', 'tiger'),
  lion: p('1F981', 'leeuw', 'lion', 'lion'),
  cow: p('1F42E', 'koe', 'vache', 'cow'),
  pig: p('1F437', 'varken', 'cochon', 'pig'),
  frog: p('1F438', 'kikker', 'grenouille', 'frog'),
  monkey: p('1F435', 'aap', 'singe', 'monkey'),
  koala: p('1F428', 'koala', 'koala', 'koala'),
  owl: p('1F989', 'uil', 'hibou', 'owl'),
  penguin: p('1F427', 'pinguïn', 'pingouin', 'penguin'),
  chick: p('1F423', 'kuikentje', 'poussin', 'chick'),
  mouse: p('1F42D', 'muis', 'souris', 'mouse'),
  hamster: p('1F439', 'hamster', 'hamster', 'hamster'),
  unicorn: p('1F984', 'eenhoorn', 'licorne', 'unicorn'),
  turtle: p('1F422', 'schildpad', 'tortue', 'turtle'),
  elephant: p('1F418', 'olifant', 'éléphant', 'elephant'),
  giraffe: p('1F992', 'giraf', 'girafe', 'giraffe'),
  hedgehog: p('1F994', 'egel', 'hérisson', 'hedgehog'),
  butterfly: p('1F98B', 'vlinder', 'papillon', 'butterfly'),
  octopus: p('1F419', 'octopus', 'pieuvre', 'octopus'),
  snail: p('1F40C', 'slak', 'escargot', 'snail'),
} as const satisfies Record<string, Pictogram>;

export type PictogramName = keyof typeof PICTOGRAMS;

export function isPictogramName(name: string): name is PictogramName {
  return Object.hasOwn(PICTOGRAMS, name);
}

/** Where the browser finds a pictogram's drawing; relative to the app's base URL. */
export function pictogramUrl(name: PictogramName): string {
  return `/pictograms/${PICTOGRAMS[name].hex}.svg`;
}

/**
 * The width and height, in pixels, of each pictogram's bitmap: twice the
 * largest size a screen shows a small pictogram at (128), so it stays sharp
 * on a tablet with two device pixels per CSS pixel.
 */
export const PICTOGRAM_RASTER_PX = 256;

/**
 * The same pictogram as a WebP bitmap, made from the drawing at build time
 * (vite.config.ts). A screen full of small pictograms shows these: Chromium
 * builds a whole document for every SVG image, on the main thread (about
 * 20 ms each on a slow tablet, a quarter of a second for the photo grid),
 * while a bitmap is decoded on another thread.
 */
export function pictogramRasterUrl(name: PictogramName): string {
  return `/pictograms/${PICTOGRAMS[name].hex}.webp`;
}

/** The first keyword of a pictogram in a language (nl-BE → nl), to name it for screen readers. */
export function pictogramWord(name: string, language: string): string {
  if (!isPictogramName(name)) return name;
  const lang = language.startsWith('fr') ? 'fr' : language.startsWith('en') ? 'en' : 'nl';
  return PICTOGRAMS[name][lang];
}
