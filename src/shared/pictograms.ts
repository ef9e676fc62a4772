/**
 * The bundled pictogram subset: OpenMoji 17.0.0 (CC BY-SA 4.0), colour SVGs
 * copied unchanged into public/pictograms/<hex>.svg. Only these ship. Records
 * name a pictogram by its key, never by file, so the set can change its art
 * without touching data. Keywords serve the coach's search in nl, fr and en.
 */
export interface Pictogram {
  readonly hex: string;
  readonly nl: readonly string[];
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

const p = (hex: string, nl: string, fr: string, en: string): Pictogram => ({
  hex,
  nl: nl.split(','),
  fr: fr.split(','),
  en: en.split(','),
});

export const PICTOGRAMS = {
  // Work actions and tools
  screwdriver: p('1FA9B', 'schroevendraaier,schroeven', 'tournevis,visser', 'screwdriver,screw'),
  'nut-bolt': p('1F529', 'moer,bout,monteren', 'écrou,boulon,monter', 'nut,bolt,assemble'),
  package: p('1F4E6', 'doos,inpakken,pak', 'boîte,emballer,colis', 'box,pack,package'),
  label: p('1F3F7', 'etiket,label,kleven', 'étiquette,coller', 'label,tag,stick'),
  count: p('1F9EE', 'tellen,telraam', 'compter,boulier', 'count,abacus'),
  barcode: p('E1D9', 'scannen,streepjescode', 'scanner,code-barres', 'scan,barcode'),
  scales: p('2696', 'wegen,weegschaal', 'peser,balance', 'weigh,scales'),
  sort: p('1F5C2', 'sorteren,ordenen', 'trier,classer', 'sort,file'),
  basket: p('1F9FA', 'mand,verzamelen', 'panier,ramasser', 'basket,collect'),
  scissors: p('2702', 'knippen,schaar', 'couper,ciseaux', 'cut,scissors'),
  hammer: p('1F528', 'hamer,kloppen', 'marteau,frapper', 'hammer'),
  wrench: p('1F527', 'sleutel,vastdraaien', 'clé,serrer', 'wrench,tighten'),
  toolbox: p('1F9F0', 'gereedschap,gereedschapskist', 'outils,boîte à outils', 'tools,toolbox'),
  magnifier: p('1F50D', 'controleren,kijken,loep', 'contrôler,regarder,loupe', 'check,inspect,look'),
  clipboard: p('1F4CB', 'lijst,klembord', 'liste,presse-papiers', 'list,clipboard'),
  broom: p('1F9F9', 'vegen,borstel,opruimen', 'balayer,balai,ranger', 'sweep,broom,tidy'),
  sponge: p('1F9FD', 'poetsen,spons', 'nettoyer,éponge', 'clean,sponge'),
  bucket: p('1FAA3', 'emmer', 'seau', 'bucket'),
  recycle: p('267B', 'afval,recycleren', 'déchets,recycler', 'waste,recycle'),
  cart: p('1F6D2', 'kar,vervoeren', 'chariot,transporter', 'cart,move'),
  factory: p('1F3ED', 'fabriek,atelier', 'usine,atelier', 'factory,workshop'),
  worker: p('1F9D1-200D-1F3ED', 'arbeider,werken', 'ouvrier,travailler', 'worker,work'),
  plug: p('1F50C', 'stekker,machine aan', 'prise,brancher', 'plug,power'),
  gear: p('2699', 'machine,instellen', 'machine,réglages', 'machine,settings'),
  // OpenMoji has no roll of tape; the adhesive strip stands in for it.
  tape: p('1FA79', 'plakband,tape,kleven', 'ruban adhésif,scotch', 'tape,adhesive'),
  ruler: p('1F4CF', 'meten,lat,maat', 'mesurer,règle,taille', 'measure,ruler,size'),
  puzzle: p('1F9E9', 'stuk ontbreekt,onderdeel', 'pièce manquante,pièce', 'missing part,piece'),
  broken: p('1F4A5', 'kapot,gebroken', 'cassé,brisé', 'broken,damaged'),
  drop: p('1F4A7', 'vuil,nat,vlek', 'sale,mouillé,tache', 'dirty,wet,stain'),
  colour: p('1F3A8', 'kleur,verf', 'couleur,peinture', 'colour,paint'),
  stop: p('1F6D1', 'stop,halt', 'stop,arrêt', 'stop,halt'),
  // Protective equipment
  gloves: p('1F9E4', 'handschoenen', 'gants', 'gloves'),
  goggles: p('1F97D', 'veiligheidsbril,bril', 'lunettes de sécurité', 'safety glasses,goggles'),
  vest: p('1F9BA', 'veiligheidsvest,hesje', 'gilet de sécurité', 'safety vest'),
  helmet: p('26D1', 'helm', 'casque', 'helmet'),
  'ear-protection': p('1F3A7', 'gehoorbescherming,oorkap', 'protection auditive,casque antibruit', 'ear protection,ear defenders'),
  mask: p('1F637', 'mondmasker,stofmasker', 'masque', 'mask,dust mask'),
  // Needs and help
  break: p('2615', 'pauze,koffie', 'pause,café', 'break,coffee'),
  toilet: p('1F6BD', 'toilet,wc', 'toilettes,wc', 'toilet'),
  help: p('1F64B', 'hulp,hand opsteken', 'aide,lever la main', 'help,raise hand'),
  sos: p('1F198', 'noodgeval,sos', 'urgence,sos', 'emergency,sos'),
  'not-sure': p('1F937', 'twijfel,weet niet', 'doute,sais pas', 'not sure,unsure'),
  unwell: p('1F912', 'ziek,niet goed voelen', 'malade,pas bien', 'unwell,sick'),
  // Feelings
  'face-good': p('1F642', 'goed,blij', 'bien,content', 'good,happy'),
  'face-unsure': p('1F610', 'gaat wel,twijfel', 'moyen,pas sûr', 'not sure,okay'),
  'face-bad': p('1F641', 'niet goed,verdrietig', 'pas bien,triste', 'not good,sad'),
  'face-great': p('1F600', 'heel goed,super', 'très bien,super', 'very good,great'),
  'face-awful': p('1F622', 'heel slecht,huilen', 'très mal,pleurer', 'very bad,crying'),
  'battery-low': p('1FAAB', 'weinig energie,batterij leeg', 'peu d’énergie,batterie faible', 'low energy,low battery'),
  'battery-full': p('1F50B', 'veel energie,batterij vol', 'pleine énergie,batterie', 'lots of energy,battery'),
  muscle: p('1F4AA', 'sterk,kracht', 'fort,force', 'strong,strength'),
  tired: p('1F634', 'moe,slapen', 'fatigué,dormir', 'tired,sleepy'),
  energy: p('26A1', 'energie,kracht', 'énergie,force', 'energy'),
  talk: p('1F4AC', 'praten,gesprek', 'parler,discussion', 'talk,chat'),
  // Interface
  speaker: p('1F50A', 'spreken,luisteren', 'parler,écouter', 'speak,listen'),
  'speaker-off': p('1F507', 'geen stem,stil', 'muet,pas de voix', 'no voice,muted'),
  done: p('2705', 'klaar,ja,goed', 'fini,oui,bon', 'done,yes,ok'),
  no: p('274C', 'nee,fout,afgekeurd', 'non,erreur,rejeté', 'no,wrong,rejected'),
  next: p('27A1', 'volgende,verder', 'suivant', 'next,forward'),
  back: p('2B05', 'terug,vorige', 'retour,précédent', 'back,previous'),
  plus: p('2795', 'meer,plus', 'plus', 'more,plus'),
  minus: p('2796', 'minder,min', 'moins', 'less,minus'),
  home: p('1F3E0', 'begin,thuis', 'accueil,maison', 'home,start'),
  timer: p('23F1', 'timer,wachten', 'minuteur,attendre', 'timer,wait'),
  clock: p('23F0', 'tijd,klok', 'heure,horloge', 'time,clock'),
  calendar: p('1F4C5', 'dag,kalender', 'jour,calendrier', 'day,calendar'),
  camera: p('1F4F7', 'foto,camera', 'photo,appareil', 'photo,camera'),
  link: p('1F517', 'koppelen,schakel', 'lier,maillon', 'link,enrol'),
  lock: p('1F512', 'slot,code', 'cadenas,code', 'lock,code'),
  signal: p('1F4F6', 'netwerk,verbinding', 'réseau,connexion', 'network,online'),
  cloud: p('2601', 'server,wolk', 'serveur,nuage', 'server,cloud'),
  refresh: p('1F504', 'vernieuwen,opnieuw', 'actualiser,recommencer', 'refresh,update'),
  warning: p('26A0', 'let op,gevaar', 'attention,danger', 'warning,caution'),
  exit: p('1F6AA', 'afmelden,deur', 'se déconnecter,porte', 'sign out,door'),
  yes: p('1F44D', 'ja,duim omhoog,goed', 'oui,pouce levé', 'yes,thumbs up'),
  'thumbs-down': p('1F44E', 'nee,duim omlaag', 'non,pouce baissé', 'no,thumbs down'),
  undo: p('21A9', 'ongedaan maken,terugdraaien', 'annuler,défaire', 'undo'),
  numbers: p('1F522', 'cijfers,getal typen', 'chiffres,taper un nombre', 'numbers,type a number'),
  microphone: p('1F3A4', 'opnemen,microfoon,stem', 'enregistrer,micro,voix', 'record,microphone,voice'),
  pencil: p('270F', 'bewerken,schrijven', 'modifier,écrire', 'edit,write'),
  memo: p('1F4DD', 'kaart,instructie,nota', 'fiche,instruction,note', 'card,instruction,note'),
  trash: p('1F5D1', 'verwijderen,vuilbak', 'supprimer,poubelle', 'delete,bin'),
  up: p('2B06', 'omhoog,hoger', 'monter,haut', 'up,move up'),
  down: p('2B07', 'omlaag,lager', 'descendre,bas', 'down,move down'),
  key: p('1F511', 'coach,sleutel', 'coach,clé', 'coach,key'),
  info: p('2139', 'informatie,uitleg', 'information,explication', 'information,about'),
  eye: p('1F441', 'gezien,kijken', 'vu,regarder', 'seen,look'),
  play: p('25B6', 'start,afspelen', 'démarrer,lire', 'start,play'),
  pause: p('23F8', 'pauzeren,wacht even', 'pause', 'pause'),
  hourglass: p('23F3', 'zandloper,bezig', 'sablier,en cours', 'hourglass,in progress'),
  star: p('2B50', 'belangrijk,ster', 'important,étoile', 'important,star'),
  person: p('1F464', 'persoon,instellingen', 'personne,réglages', 'person,settings'),
  book: p('1F4D6', 'lezen,bronnen', 'lire,sources', 'read,credits'),
  check: p('2714', 'vinkje,gecontroleerd', 'coche,vérifié', 'tick,checked'),
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

/** Where the browser finds a pictogram; relative to the app's base URL. */
export function pictogramUrl(name: PictogramName): string {
  return `/pictograms/${PICTOGRAMS[name].hex}.svg`;
}

/** The first keyword of a pictogram in a language (nl-BE → nl), to name it for screen readers. */
export function pictogramWord(name: string, language: string): string {
  if (!isPictogramName(name)) return name;
  const lang = language.startsWith('fr') ? 'fr' : language.startsWith('en') ? 'en' : 'nl';
  return PICTOGRAMS[name][lang][0] ?? name;
}
