/**
 * The demo workshop seeded on first start: a fictional maatwerkbedrijf with
 * two sites, two self-managing teams of ten, six stations and five task
 * cards, each making one or more of the customers' products. Plain data;
 * ids and dates are supplied by the caller.
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
  /** The article codes and names customers order this card's work by; the title is one of them. */
  readonly products: readonly string[];
  /** Good pieces a member makes in an hour, where the coach knows it. */
  readonly piecesPerHour?: number;
}

/** One of the week's orders: due on a weekday (1 Monday … 5 Friday) at an hour, made on the card titled `card`. */
export interface DemoOrder {
  readonly customer: string;
  /** The customer's order number; the seed appends the ISO week, so each week's orders are new ones. */
  readonly reference: string;
  readonly product: string;
  readonly card: string;
  readonly quantity: number;
  readonly dueWeekday: number;
  readonly dueHour: number;
  readonly priority?: 'rush';
}

/**
 * A rush order that comes in as the demo week is seeded: due a few hours
 * later, nothing made yet and more than the station makes by then, so the
 * day board shows it late. It gets no tasks: the coach places it.
 */
export interface DemoRushOrder {
  readonly customer: string;
  readonly reference: string;
  readonly product: string;
  readonly card: string;
  readonly quantity: number;
  readonly dueInHours: number;
}

export interface DemoTeam {
  readonly site: string;
  readonly name: string;
  readonly members: readonly (readonly [name: string, avatar: PictogramName, language: Language])[];
  readonly stations: readonly (readonly [name: string, picto: PictogramName, heavy: boolean])[];
  readonly cards: readonly DemoCard[];
  readonly orders: readonly DemoOrder[];
  readonly rushOrder?: DemoRushOrder;
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
        products: ['DOOS-A4', 'DOOS-A5', 'Geschenkdozen', 'Dozen inpakken'], piecesPerHour: 40,
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
        products: ['ETK-100', 'Verzendlabels', 'Etiket kleven'], piecesPerHour: 120,
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
        products: ['QC-DOP', 'Kwaliteitscontrole flessendoppen', 'Stukken controleren'],
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
      { customer: 'Noordzee Foods', reference: 'NF-4471', product: 'Geschenkdozen', card: 'Dozen inpakken', quantity: 400, dueWeekday: 1, dueHour: 15 },
      { customer: 'Havenlogistiek Oostende', reference: 'HLO-88120', product: 'ETK-100', card: 'Etiket kleven', quantity: 1200, dueWeekday: 3, dueHour: 12, priority: 'rush' },
      { customer: 'Kustbrouwerij', reference: 'KB-2210', product: 'QC-DOP', card: 'Stukken controleren', quantity: 2000, dueWeekday: 5, dueHour: 14 },
    ],
    rushOrder: { customer: 'Noordzee Foods', reference: 'NF-4472-SPOED', product: 'DOOS-A4', card: 'Dozen inpakken', quantity: 900, dueInHours: 3 },
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
        products: ['SET-M8', 'Montagesets M8', 'ZAK-BEV', 'Bevestigingszakjes', 'Bout en moer monteren'], piecesPerHour: 25,
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
        products: ['SORT-MIX', 'Gesorteerde onderdelen', 'Sorteren en wegen'],
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
      { customer: 'Brugse Kabelwerken', reference: 'BKW-5031', product: 'SET-M8', card: 'Bout en moer monteren', quantity: 800, dueWeekday: 2, dueHour: 16 },
      { customer: 'Westhoek Meubelen', reference: 'WM-17-204', product: 'Bevestigingszakjes', card: 'Bout en moer monteren', quantity: 1500, dueWeekday: 4, dueHour: 11, priority: 'rush' },
      { customer: 'Polder Techniek', reference: 'PT-0912', product: 'SORT-MIX', card: 'Sorteren en wegen', quantity: 600, dueWeekday: 5, dueHour: 15 },
    ],
  },
];
