/**
 * The demo workshop seeded on first start: a fictional maatwerkbedrijf with
 * two sites, two self-managing teams of ten, six stations and five task
 * cards. Plain data; ids and dates are supplied by the caller.
 */
import type { IluoLevel, Language, StepKind } from '#shared/records.ts';
import type { PictogramName } from '#shared/pictograms.ts';

export const DEMO_ORGANISATION = 'Maatwerkbedrijf De Golfbreker';

export interface DemoStep {
  readonly picto: PictogramName;
  readonly text: string;
  readonly speech?: string;
  readonly kind?: StepKind;
  readonly seconds?: number;
  readonly target?: number;
  readonly key?: boolean;
}

export interface DemoCard {
  readonly title: string;
  readonly picto: PictogramName;
  readonly station: string;
  readonly ppe: readonly PictogramName[];
  readonly steps: readonly DemoStep[];
}

export interface DemoTeam {
  readonly site: string;
  readonly name: string;
  readonly members: readonly (readonly [name: string, avatar: PictogramName, language: Language])[];
  readonly stations: readonly (readonly [name: string, picto: PictogramName, heavy: boolean])[];
  readonly cards: readonly DemoCard[];
  readonly orders: readonly (readonly [customer: string, product: string, quantity: number, dueWeekday: number, dueHour: number])[];
}

/** The team's first list of reject reasons; coaches edit it on their tablet. */
export const DEMO_REJECT_REASONS: readonly (readonly [picto: PictogramName, label: string])[] = [
  ['broken', 'Kapot'],
  ['drop', 'Vuil'],
  ['ruler', 'Verkeerde maat'],
  ['puzzle', 'Stuk ontbreekt'],
  ['colour', 'Verkeerde kleur'],
];

/** Skills-matrix levels cycle so the demo shows every kind of instruction detail. */
export const DEMO_LEVELS: readonly IluoLevel[] = ['I', 'L', 'U', 'O'];

/** One member per team signs in with a pictogram PIN, to show it; the rest tap their photo. */
export const DEMO_PIN: readonly PictogramName[] = ['apple', 'sun', 'fish'];

export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    site: 'Oostende',
    name: 'Team Verpakking',
    members: [
      ['Ann', 'dog', 'nl-BE'], ['Bart', 'cat', 'nl-BE'], ['Chloë', 'fox', 'nl-BE'], ['Dirk', 'bear', 'nl-BE'],
      ['Els', 'panda', 'nl-BE'], ['Filip', 'rabbit', 'nl-BE'], ['Greet', 'tiger', 'nl-BE'], ['Hamid', 'lion', 'fr-BE'],
      ['Ines', 'cow', 'nl-BE'], ['Jens', 'frog', 'nl-BE'],
    ],
    stations: [['Inpakken', 'package', true], ['Etiketteren', 'label', false], ['Kwaliteitscontrole', 'magnifier', false]],
    cards: [
      {
        title: 'Dozen inpakken', picto: 'package', station: 'Inpakken', ppe: ['gloves'],
        steps: [
          { picto: 'gloves', text: 'Doe je handschoenen aan.', key: true },
          { picto: 'package', text: 'Neem een lege doos.' },
          { picto: 'count', text: 'Tel tien stukken.', kind: 'count', target: 10, key: true },
          { picto: 'basket', text: 'Leg de stukken in de doos.' },
          { picto: 'tape', text: 'Kleef de doos dicht met tape.' },
          { picto: 'timer', text: 'Druk de tape twintig tellen aan.', kind: 'timer', seconds: 20, key: true },
          { picto: 'magnifier', text: 'Is de doos goed dicht?', kind: 'check' },
          { picto: 'cart', text: 'Zet de doos op de kar.' },
        ],
      },
      {
        title: 'Etiket kleven', picto: 'label', station: 'Etiketteren', ppe: [],
        steps: [
          { picto: 'clipboard', text: 'Kijk welk etiket je nodig hebt.' },
          { picto: 'label', text: 'Neem vijf etiketten van de rol.', kind: 'count', target: 5, key: true },
          { picto: 'package', text: 'Kleef het etiket op de doos.' },
          { picto: 'timer', text: 'Wrijf het etiket tien tellen aan.', kind: 'timer', seconds: 10, key: true },
          { picto: 'magnifier', text: 'Zit het etiket recht?', kind: 'check' },
          { picto: 'barcode', text: 'Scan de streepjescode.' },
          { picto: 'done', text: 'Zet de doos bij de klare dozen.' },
        ],
      },
      {
        title: 'Stukken controleren', picto: 'magnifier', station: 'Kwaliteitscontrole', ppe: ['goggles'],
        steps: [
          { picto: 'goggles', text: 'Zet je veiligheidsbril op.', key: true },
          { picto: 'timer', text: 'Kijk vijftien tellen goed naar het stuk.', kind: 'timer', seconds: 15, key: true },
          { picto: 'magnifier', text: 'Is het stuk goed?', kind: 'check' },
          { picto: 'done', text: 'Goed stuk? Leg het in de groene bak.' },
          { picto: 'no', text: 'Fout stuk? Leg het in de rode bak.' },
          { picto: 'count', text: 'Tel vijf goede stukken.', kind: 'count', target: 5, key: true },
        ],
      },
    ],
    orders: [
      ['Noordzee Foods', 'Geschenkdozen', 400, 1, 15],
      ['Havenlogistiek Oostende', 'Verzendlabels', 1200, 3, 12],
      ['Kustbrouwerij', 'Kwaliteitscontrole flessendoppen', 2000, 5, 14],
    ],
  },
  {
    site: 'Nieuwpoort',
    name: 'Team Montage',
    members: [
      ['Karel', 'monkey', 'nl-BE'], ['Lotte', 'koala', 'nl-BE'], ['Mohamed', 'owl', 'fr-BE'], ['Nathalie', 'penguin', 'fr-BE'],
      ['Olivier', 'chick', 'nl-BE'], ['Patrick', 'mouse', 'nl-BE'], ['Rani', 'hamster', 'nl-BE'], ['Sofie', 'unicorn', 'nl-BE'],
      ['Tom', 'turtle', 'nl-BE'], ['Yasmina', 'elephant', 'nl-BE'],
    ],
    stations: [['Schroeven', 'screwdriver', false], ['Sorteren', 'sort', false], ['Wegen en tellen', 'scales', true]],
    cards: [
      {
        title: 'Bout en moer monteren', picto: 'nut-bolt', station: 'Schroeven', ppe: ['gloves', 'goggles'],
        steps: [
          { picto: 'gloves', text: 'Doe je handschoenen aan.' },
          { picto: 'goggles', text: 'Zet je veiligheidsbril op.' },
          { picto: 'nut-bolt', text: 'Neem vier bouten en vier moeren.', kind: 'count', target: 4, key: true },
          { picto: 'screwdriver', text: 'Draai de moer op de bout.' },
          { picto: 'wrench', text: 'Draai de moer vast met de sleutel.', key: true },
          { picto: 'timer', text: 'Laat de lijm dertig tellen drogen.', kind: 'timer', seconds: 30, key: true },
          { picto: 'magnifier', text: 'Zit alles goed vast?', kind: 'check', key: true },
          { picto: 'basket', text: 'Leg het stuk in de bak.' },
        ],
      },
      {
        title: 'Sorteren en wegen', picto: 'scales', station: 'Sorteren', ppe: ['gloves'],
        steps: [
          { picto: 'gloves', text: 'Doe je handschoenen aan.' },
          { picto: 'sort', text: 'Sorteer de stukken per kleur.' },
          { picto: 'basket', text: 'Doe één kleur in de bak.' },
          { picto: 'scales', text: 'Zet de bak op de weegschaal.', key: true },
          { picto: 'timer', text: 'Wacht tien tellen tot de weegschaal stil staat.', kind: 'timer', seconds: 10, key: true },
          { picto: 'clipboard', text: 'Klopt het gewicht?', kind: 'check', key: true },
          { picto: 'count', text: 'Tel drie volle bakken.', kind: 'count', target: 3, key: true },
          { picto: 'cart', text: 'Zet de bak op de kar.' },
        ],
      },
    ],
    orders: [
      ['Brugse Kabelwerken', 'Montagesets M8', 800, 2, 16],
      ['Westhoek Meubelen', 'Bevestigingszakjes', 1500, 4, 11],
      ['Polder Techniek', 'Gesorteerde onderdelen', 600, 5, 15],
    ],
  },
];
