import { createTheme } from '@mantine/core';

/** theme keeps the app calm and dense: small type, one accent colour. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'Inter, "Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif',
  headings: { sizes: { h2: { fontSize: '1.4rem' }, h3: { fontSize: '1.1rem' } } },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, fz: 'sm' } },
    // A badge is a status: never cut it to "ON …"; what it sits in makes room.
    Badge: { styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } },
  },
});
