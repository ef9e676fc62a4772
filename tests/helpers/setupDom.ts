import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy and waitFor wait up to 5 s, not 1 s: the first test of a file that opens a lazy screen
// (the member's day, coach mode) has Vitest transform that chunk on the spot, which on a busy
// two-core machine takes longer than a second. A wait limit, not a timing asserted.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
