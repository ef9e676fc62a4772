/** An order as a coach enters it or a call-off's row gives it, checked and with its product's card found. */
export interface OrderDraft {
  readonly customer: string;
  readonly reference: string;
  readonly product: string;
  readonly cardId: string;
  readonly quantity: number;
  /** An ISO timestamp with offset. */
  readonly due: string;
  readonly priority: 'normal' | 'rush';
}
