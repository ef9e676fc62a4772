/**
 * The day board as a wall screen shows it: switched on from the photo grid,
 * one card per open order (an article named by customer and reference), and
 * the way back to the photo grid. Found by role and accessible name.
 */
import type { Locator } from 'playwright-core';
import { KioskPage } from './KioskPage.ts';

export class DayBoardPage extends KioskPage {
  /** An order's card, by its heading: "Customer · reference" (or the customer alone). */
  boardCard(heading: string | RegExp): Locator {
    return this.page.getByRole('article', { name: heading });
  }

  /** The good pieces against the quantity, as the bar's name says them: "Goede stuks: 120 van 500". */
  boardBar(heading: string | RegExp): Locator {
    return this.boardCard(heading).getByRole('progressbar');
  }

  /** The warning of an order projected late ("Te laat verwacht") or past its due time ("Over tijd"). */
  boardWarning(heading: string | RegExp): Locator {
    return this.boardCard(heading).getByText(/^(Te laat verwacht|Over tijd)$/);
  }
}
